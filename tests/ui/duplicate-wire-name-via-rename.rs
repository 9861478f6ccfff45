use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    InProgress,
    #[graph_enum(rename = "inProgress")]
    Running,
}

fn main() {}

use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    #[graph_enum(rename = "done", rename = "finished")]
    Done,
}

fn main() {}

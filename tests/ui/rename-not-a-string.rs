use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    #[graph_enum(rename = done)]
    Done,
}

fn main() {}

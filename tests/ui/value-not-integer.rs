use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    #[graph_enum(value = "1")]
    Done,
}

fn main() {}

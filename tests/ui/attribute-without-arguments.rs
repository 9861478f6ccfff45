use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    #[graph_enum]
    Done,
}

fn main() {}

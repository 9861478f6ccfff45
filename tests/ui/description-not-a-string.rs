use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    #[graph_enum(description = 5)]
    Done,
}

fn main() {}

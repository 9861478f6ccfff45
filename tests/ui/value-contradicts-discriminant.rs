use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    #[graph_enum(value = 2)]
    Done = 1,
}

fn main() {}

use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    Done = 0,
    #[graph_enum(unknown)]
    Other = 99,
}

fn main() {}

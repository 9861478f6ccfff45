use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    Done = 1,
    Finished = 2,
    #[graph_enum(value = 1)]
    Complete,
}

fn main() {}

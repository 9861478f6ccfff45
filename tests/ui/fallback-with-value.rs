use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    Done,
    #[graph_enum(unknown, value = 99)]
    Other,
}

fn main() {}

use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    Done,
    #[graph_enum(unknown = true)]
    Other,
}

fn main() {}

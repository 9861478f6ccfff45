use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    #[graph_enum(namespace = "microsoft.graph")]
    Done,
}

fn main() {}

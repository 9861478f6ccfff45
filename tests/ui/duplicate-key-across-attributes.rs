use graph_enum::GraphEnum;

#[derive(GraphEnum)]
#[graph_enum(namespace = "microsoft.graph")]
#[graph_enum(namespace = "microsoft.graph.security")]
enum Status {
    Done,
}

fn main() {}

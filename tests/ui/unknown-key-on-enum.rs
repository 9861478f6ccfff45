use graph_enum::GraphEnum;

#[derive(GraphEnum)]
#[graph_enum(namespaces = "microsoft.graph")]
enum Status {
    Done,
}

fn main() {}

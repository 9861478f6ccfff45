use graph_enum::GraphEnum;

#[derive(GraphEnum)]
#[graph_enum(namespace = "microsoft..graph")]
enum Status {
    Done,
}

fn main() {}

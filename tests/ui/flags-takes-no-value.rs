use graph_enum::GraphEnum;

#[derive(GraphEnum)]
#[graph_enum(flags = true)]
enum Actions {
    Added = 1,
}

fn main() {}

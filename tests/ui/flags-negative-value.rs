use graph_enum::GraphEnum;

#[derive(GraphEnum)]
#[graph_enum(flags)]
enum Actions {
    Added = 1,
    Removed = -2,
}

fn main() {}

use graph_enum::GraphEnum;

#[derive(GraphEnum)]
#[graph_enum(flags = true)]
enum Access {
    Read = 1,
}

#[derive(GraphEnum)]
#[graph_enum(flags = "bitset")]
enum Sharing {
    Read = 1,
}

fn main() {}

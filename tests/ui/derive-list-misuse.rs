use graph_enum::GraphEnum;

// Every misuse of `derive(...)` is reported at once, each at its name.
#[derive(GraphEnum)]
#[graph_enum(derive(Clone, Copy, Ord, Display, Clone, Debug = 1))]
enum Status {
    Done,
}

#[derive(GraphEnum)]
#[graph_enum(derive = "Clone")]
enum Phase {
    Done,
}

fn main() {}

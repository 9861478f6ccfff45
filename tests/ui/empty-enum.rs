use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Nothing {}

fn main() {}

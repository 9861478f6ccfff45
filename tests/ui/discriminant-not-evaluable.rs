use graph_enum::GraphEnum;

const BASE: isize = 10;

#[derive(GraphEnum)]
enum Status {
    Done = BASE,
    Failed,
}

fn main() {}

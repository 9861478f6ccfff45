use graph_enum::GraphEnum;

#[derive(GraphEnum)]
struct Status {
    code: i32,
}

fn main() {}

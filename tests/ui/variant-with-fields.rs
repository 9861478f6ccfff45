use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    Done,
    Failed(String),
    Partial { percent: u8 },
}

fn main() {}

use graph_enum::GraphEnum;

#[derive(GraphEnum)]
#[repr(u64)]
enum Huge {
    One = 1,
}

fn main() {}

use graph_enum::GraphEnum;

#[derive(GraphEnum)]
union Bits {
    int: u32,
    float: f32,
}

fn main() {}

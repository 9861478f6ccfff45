use graph_enum::GraphEnum;

#[derive(GraphEnum)]
#[repr(u8)]
enum Small {
    Low = 1,
    #[graph_enum(value = 300)]
    High,
}

fn main() {}

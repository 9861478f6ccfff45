use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Big {
    Low = 1,
    #[graph_enum(value = 3_000_000_000)]
    High,
}

fn main() {}

use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Later {
    #[graph_enum(alias_of = B)]
    A = 5,
    B = 0,
}

#[derive(GraphEnum)]
enum Missing {
    A = 0,
    #[graph_enum(alias_of = Z)]
    B = 1,
}

#[derive(GraphEnum)]
enum WithValue {
    A = 0,
    #[graph_enum(alias_of = A, value = 0)]
    B = 1,
}

#[derive(GraphEnum)]
enum OfAlias {
    A = 0,
    #[graph_enum(alias_of = A)]
    B = 1,
    #[graph_enum(alias_of = B)]
    C = 2,
}

#[derive(GraphEnum)]
#[graph_enum(flags)]
enum InFlags {
    A = 1,
    #[graph_enum(alias_of = A)]
    B = 2,
}

fn main() {}

use graph_enum::{GraphEnum, UnknownValue};

#[derive(GraphEnum)]
enum Status {
    Done,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
    Failed,
}

fn main() {}

use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    Done,
    UnknownFutureValue,
    #[graph_enum(rename = "unknownfuturevalue")]
    Later,
}

fn main() {}

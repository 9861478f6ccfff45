use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status<'a> {
    Done,
    #[graph_enum(rename = "x")]
    Other(&'a str),
}

fn main() {}

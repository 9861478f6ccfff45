use graph_enum::GraphEnum;

#[derive(GraphEnum)]
#[graph_enum(rename_all = "camel_case")]
enum Status {
    InProgress,
}

fn main() {}

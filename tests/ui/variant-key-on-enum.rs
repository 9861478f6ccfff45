use graph_enum::GraphEnum;

#[derive(GraphEnum)]
#[graph_enum(rename = "status")]
enum Status {
    Done,
}

fn main() {}

use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    #[graph_enum(rename = "other")]
    Misc,
    #[graph_enum(unknown)]
    Other,
}

fn main() {}

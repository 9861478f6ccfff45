use graph_enum::GraphEnum;

#[derive(GraphEnum)]
#[graph_enum(ascii_case_insensitive)]
enum Level {
    #[graph_enum(rename = "NONE")]
    Nothing,
    Low,
    #[graph_enum(unknown)]
    None,
}

fn main() {}

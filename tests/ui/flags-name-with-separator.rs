use graph_enum::GraphEnum;

// A flags value is split at commas and each part trimmed.
#[derive(GraphEnum)]
#[graph_enum(flags)]
enum Access {
    #[graph_enum(rename = "read,write")]
    ReadWrite = 1,
    #[graph_enum(rename = " delete")]
    Delete = 2,
    #[graph_enum(rename = "share it")]
    Share = 4,
}

fn main() {}

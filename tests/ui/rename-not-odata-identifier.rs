use graph_enum::GraphEnum;

#[derive(GraphEnum)]
enum Status {
    #[graph_enum(rename = "in progress")]
    InProgress,
    #[graph_enum(rename = "2fa")]
    TwoFactor,
}

fn main() {}

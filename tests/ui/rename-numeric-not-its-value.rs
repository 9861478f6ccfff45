use graph_enum::GraphEnum;

// Any text can be a wire name, but OData numeric text must be the member's own
// value: "2" would otherwise mean both `TwoFactor` and the value 2.
#[derive(GraphEnum)]
enum Status {
    #[graph_enum(rename = "in progress")]
    InProgress,
    #[graph_enum(rename = "2")]
    TwoFactor,
    #[graph_enum(rename = "+2")]
    Two,
    #[graph_enum(rename = "3")]
    Three,
}

fn main() {}

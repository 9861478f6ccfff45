/// Two members with one wire name: the output is the error and stub impls,
/// so the user's other uses of the enum compile and the error is the only one.
#[derive(GraphEnum)]
enum Status {
    Active,
    #[graph_enum(rename = "active")]
    Enabled,
}

/// An evolvable enum: members after `unknownFutureValue` are sent only to
/// clients that ask for them. Names are also read ignoring ASCII case, and
/// values are ordered in declaration order, unknowns last.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[graph_enum(ascii_case_insensitive, ord)]
pub enum BodyType {
    Text = 0,
    Html = 1,
    UnknownFutureValue = 2,
    /// Added after the sentinel.
    Markdown = 3,
    #[graph_enum(unknown)]
    Other(UnknownValue),
}

/// An evolvable enum: members after `unknownFutureValue` are sent only to
/// clients that ask for them. Names are also read ignoring ASCII case, values
/// are ordered in declaration order, unknowns last, and the std traits are
/// written over the index, as the generated catalogues have them.
#[derive(GraphEnum)]
#[graph_enum(ascii_case_insensitive, ord, derive(Clone, Debug, PartialEq, Eq, Hash))]
pub enum BodyType {
    Text = 0,
    Html = 1,
    UnknownFutureValue = 2,
    /// Added after the sentinel.
    Markdown = 3,
    #[graph_enum(unknown)]
    Other(UnknownValue<Self>),
}

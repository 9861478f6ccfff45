/// Graph's `chatMessageActions`: a set of bits, read and written as
/// `"reactionAdded,reactionRemoved"`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[graph_enum(flags)]
pub enum ChatMessageActions {
    ReactionAdded = 1,
    ReactionRemoved = 2,
    ActionUndefined = 4,
    /// Both reactions, written for the two bits together.
    Reactions = 3,
    UnknownFutureValue = 8,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

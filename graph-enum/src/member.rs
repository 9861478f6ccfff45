//! What the schema says about one declared member, and how an enum treats the
//! values it does not declare.

/// One declared member of a [`GraphEnum`](crate::GraphEnum), as listed in
/// [`GraphEnum::MEMBERS`](crate::GraphEnum::MEMBERS).
///
/// ```
/// use graph_enum::{GraphEnum, VppTokenSyncStatus};
///
/// let member = &VppTokenSyncStatus::MEMBERS[1];
/// assert_eq!(member.name, "inProgress");
/// assert_eq!(member.value, 1);
/// assert_eq!(member.description, Some("Last Sync in progress."));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Member {
    /// The wire name, exactly as Graph writes it in JSON (`"inProgress"`).
    pub name: &'static str,
    /// The integer value from the schema, widened to `i64` whatever the enum's
    /// [`Value`](crate::GraphEnum::Value) type is.
    pub value: i64,
    /// The member's description: its doc comment, or
    /// `#[graph_enum(description = "...")]`.
    pub description: Option<&'static str>,
}

impl Member {
    /// Only the derive builds members; new fields can then be added without a
    /// breaking change (the struct is `#[non_exhaustive]`).
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(name: &'static str, value: i64, description: Option<&'static str>) -> Self {
        Member {
            name,
            value,
            description,
        }
    }
}

/// What an enum does with a value it does not declare, chosen by its
/// `#[graph_enum(unknown)]` variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fallback {
    /// No fallback variant: unknown input is an error
    /// ([`ParseError`](crate::ParseError), [`ValueError`](crate::ValueError)).
    Closed,
    /// A unit fallback variant: unknown input becomes that variant and the text
    /// or number is dropped. The enum can stay `Copy`.
    Lossy,
    /// A fallback variant holding an [`UnknownValue`](crate::UnknownValue):
    /// unknown input is kept byte for byte and written back unchanged.
    Lossless,
}

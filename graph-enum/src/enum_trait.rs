//! The trait every `#[derive(GraphEnum)]` type implements.

use core::fmt::Display;
use core::str::FromStr;

use crate::{Fallback, Integer, Member, ParseError, ValueError};

/// A Rust enum that is a Microsoft Graph (or any OData) enum type.
///
/// Implemented by `#[derive(GraphEnum)]`; see the [crate docs](crate) for the
/// attributes. Everything a derived enum offers as inherent methods is here too,
/// so generic code can convert any Graph enum:
///
/// ```
/// use graph_enum::{GraphEnum, VppTokenSyncStatus};
///
/// fn describe<E: GraphEnum>(text: &str) -> String {
///     match text.parse::<E>() {
///         Ok(e) if e.is_unknown() => format!("{}: unknown value {e}", E::NAME),
///         Ok(e) => format!("{}: {e} = {:?}", E::NAME, e.value()),
///         Err(error) => error.to_string(),
///     }
/// }
///
/// assert_eq!(describe::<VppTokenSyncStatus>("completed"), "vppTokenSyncStatus: completed = Some(2)");
/// assert_eq!(describe::<VppTokenSyncStatus>("paused"), "vppTokenSyncStatus: unknown value paused");
/// ```
pub trait GraphEnum: Sized + FromStr<Err = ParseError> + Display + 'static {
    /// The type of the members' values: the enum's `#[repr]` integer, `i32`
    /// (Graph's `Edm.Int32`) when it has none.
    type Value: Integer;

    /// The enum type's name in the schema (`"vppTokenSyncStatus"`): the Rust
    /// name with its first letter lower-cased, or `#[graph_enum(name = "...")]`.
    const NAME: &'static str;

    /// The schema namespace (`"microsoft.graph"` unless
    /// `#[graph_enum(namespace = "...")]` says otherwise).
    const NAMESPACE: &'static str;

    /// The type's description: its doc comment, or
    /// `#[graph_enum(description = "...")]`.
    const DESCRIPTION: Option<&'static str>;

    /// The declared members in declaration order. The fallback variant is not a
    /// member and is not listed.
    const MEMBERS: &'static [Member];

    /// What the enum does with values it does not declare.
    const FALLBACK: Fallback;

    /// The wire name: a member's name, the text of a lossless unknown, or the
    /// name of a unit fallback variant.
    fn as_str(&self) -> &str;

    /// The integer value: `Some` for declared members and for a lossless
    /// unknown whose text is a number that fits [`Self::Value`], `None` otherwise.
    fn value(&self) -> Option<Self::Value>;

    /// The description of this member (or of the fallback variant).
    fn description(&self) -> Option<&'static str>;

    /// The declared member this is, `None` for the fallback variant.
    fn member(&self) -> Option<&'static Member>;

    /// Whether this is the fallback variant.
    fn is_unknown(&self) -> bool {
        self.member().is_none()
    }

    /// The member with this value, or the fallback for an undeclared one.
    ///
    /// This is the enum's `TryFrom<Self::Value>` (closed enums) or
    /// `From<Self::Value>` (enums with a fallback, where it never fails).
    ///
    /// # Errors
    /// [`ValueError`] when the enum is closed and declares no such value.
    fn from_value(value: Self::Value) -> Result<Self, ValueError>;
}

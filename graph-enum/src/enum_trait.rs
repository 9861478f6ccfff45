//! The trait every `#[derive(GraphEnum)]` type implements.

use core::fmt::Display;
use core::str::FromStr;

#[cfg(feature = "alloc")]
use alloc::string::{String, ToString};

use crate::error::{ParseError, RequestValueError, ValueError};
use crate::integer::{parse_integer, Integer};
use crate::lookup::{index_ignoring_case, Lookup};
use crate::member::{localized, text, Fallback, Member};
use crate::odata::ODataLiteral;
use crate::trace;
use crate::undeclared::Undeclared;

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

    /// Whether the enum is *evolvable*: it declares Graph's sentinel member
    /// `unknownFutureValue` (in any case).
    const EVOLVABLE: bool = false;

    /// Whether `FromStr` (and serde) also read a name that equals exactly one
    /// member's name ignoring ASCII case (`"HTML"` for `html`), as that member,
    /// written back in the schema's spelling: `#[graph_enum(ascii_case_insensitive)]`,
    /// on for every prebuilt catalogue enum. An exact name always wins
    /// (SPEC.md, "Case").
    const ASCII_CASE_INSENSITIVE: bool = false;

    /// Translations of [`DESCRIPTION`](Self::DESCRIPTION), `(BCP 47 tag, text)`,
    /// from `#[graph_enum(description(de = "..."))]` on the enum.
    const DESCRIPTIONS: &'static [(&'static str, &'static str)] = &[];

    /// Every declared member as a value, in declaration order: `ALL[i]` is
    /// the member described by `MEMBERS[i]`. A fallback is not among them.
    ///
    /// ```
    /// use graph_enum::{GraphEnum, VppTokenSyncStatus};
    /// assert_eq!(VppTokenSyncStatus::ALL[1], VppTokenSyncStatus::InProgress);
    /// let names: Vec<String> = VppTokenSyncStatus::iter().map(ToString::to_string).collect();
    /// assert_eq!(names, ["none", "inProgress", "completed", "failed"]);
    /// ```
    const ALL: &'static [Self];

    /// Whether this is a flags enum (`#[graph_enum(flags)]`, CSDL's
    /// `IsFlags`): its sets are [`Flags<Self>`](crate::Flags).
    const IS_FLAGS: bool = false;

    /// The declared members as values, in declaration order ([`ALL`](Self::ALL)).
    fn iter() -> core::slice::Iter<'static, Self> {
        Self::ALL.iter()
    }

    /// The position in [`MEMBERS`](Self::MEMBERS) and [`ALL`](Self::ALL);
    /// `None` for a value the enum does not declare.
    fn index(&self) -> Option<usize> {
        let index = self.__index();
        (index < Self::MEMBERS.len()).then_some(index)
    }

    /// The wire name: a member's name, the text of a lossless unknown, or the
    /// name of a unit fallback variant.
    fn as_str(&self) -> &str {
        // A lossless enum's (the derive writes a closed or lossy enum's own
        // `match`, whose fallback name is not in `__NAMES`): generic, so the
        // catalogues' enums type-check one body fewer each.
        match self.__unknown_text() {
            Some(text) => text,
            None => Self::__NAMES[self.__index()],
        }
    }

    /// The integer value: `Some` for declared members and for a lossless
    /// unknown whose text is a number that fits [`Self::Value`], `None` otherwise.
    fn value(&self) -> Option<Self::Value> {
        match self.__unknown_text() {
            Some(text) => parse_integer(text).and_then(|value| Self::Value::try_from(value).ok()),
            None => Self::__VALUES.get(self.__index()).copied(),
        }
    }

    /// The description of this member (or of the fallback variant).
    fn description(&self) -> Option<&'static str> {
        match self.member() {
            Some(member) => member.description,
            None => text(Self::__FALLBACK_DESCRIPTION),
        }
    }

    /// The declared member this is, `None` for the fallback variant.
    fn member(&self) -> Option<&'static Member> {
        Self::MEMBERS.get(self.__index())
    }

    /// Whether this is the fallback variant.
    fn is_unknown(&self) -> bool {
        self.__index() >= Self::MEMBERS.len()
    }

    /// The member with this value, or the fallback for an undeclared one.
    ///
    /// This is the enum's `TryFrom<Self::Value>` (closed enums) or
    /// `From<Self::Value>` (enums with a fallback, where it never fails).
    ///
    /// # Errors
    /// [`ValueError`] when the enum is closed and declares no such value.
    fn from_value(value: Self::Value) -> Result<Self, ValueError> {
        match Self::__index_of(value).and_then(Self::__from_index) {
            Some(member) => Ok(member),
            None => fallback::<Self>(Undeclared::Integer(value.into()))
                .ok_or_else(|| ValueError::new(Self::NAME, value.into())),
        }
    }

    /// Parses like `FromStr`, but matches declared names ignoring ASCII case,
    /// for input typed by people (`"InProgress"`, `"INPROGRESS"`), whatever
    /// [`ASCII_CASE_INSENSITIVE`](Self::ASCII_CASE_INSENSITIVE) says.
    ///
    /// An exact name always wins, so an enum whose names differ in case only
    /// (`iosUpdate`, `iOSUpdate`: OData names are case-sensitive, and the derive
    /// accepts them) parses each of its names to itself; other text must equal
    /// exactly one name ignoring case, and text that equals two is not guessed
    /// at: it is read as `FromStr` reads it (an unknown value, or an error).
    ///
    /// # Errors
    /// [`ParseError`] when the enum is closed and nothing matches.
    fn from_str_ignore_ascii_case(text: &str) -> Result<Self, ParseError> {
        match index_ignoring_case(&Self::__LOOKUP, Self::__NAMES, text).and_then(Self::__from_index)
        {
            Some(member) => Ok(member),
            None => text.parse(),
        }
    }

    /// Whether the enum is evolvable (see [`EVOLVABLE`](Self::EVOLVABLE)).
    #[must_use]
    fn is_evolvable() -> bool {
        Self::EVOLVABLE
    }

    /// Whether this is the evolvable enum's sentinel, `unknownFutureValue`.
    fn is_sentinel(&self) -> bool {
        self.member().is_some_and(|member| member.is_sentinel)
    }

    /// Whether this member is declared after `unknownFutureValue`: Graph sends
    /// it only to requests with the header
    /// [`INCLUDE_UNKNOWN_ENUM_MEMBERS`](crate::INCLUDE_UNKNOWN_ENUM_MEMBERS),
    /// and `unknownFutureValue` in its place otherwise.
    fn requires_opt_in(&self) -> bool {
        self.member().is_some_and(|member| member.requires_opt_in)
    }

    /// The wire name to put in a create or update request (POST, PUT, PATCH).
    ///
    /// Writing a value back where it was read is always fine (`Display`), but
    /// two values cannot be *sent*: the sentinel `unknownFutureValue`, which
    /// Graph answers with `400 Bad Request`, and a lossy fallback variant,
    /// which stands for a value that was dropped. A lossless unknown value is
    /// sent as received.
    ///
    /// # Errors
    /// [`RequestValueError`] for those two.
    fn to_request_str(&self) -> Result<&str, RequestValueError> {
        match self.member() {
            Some(member) if member.is_sentinel => {
                Err(RequestValueError::new(Self::NAME, Some(member.name)))
            }
            None if Self::FALLBACK == Fallback::Lossy => {
                Err(RequestValueError::new(Self::NAME, None))
            }
            _ => Ok(self.as_str()),
        }
    }

    /// The value as an OData literal for `$filter`,
    /// `microsoft.graph.vppTokenSyncStatus'inProgress'`, written by `Display`
    /// without allocating.
    fn odata_literal(&self) -> ODataLiteral<&str> {
        ODataLiteral::new(Self::NAMESPACE, Self::NAME, self.as_str())
    }

    /// [`odata_literal`](Self::odata_literal) as a `String`.
    #[cfg(feature = "alloc")]
    fn to_odata_literal(&self) -> String {
        self.odata_literal().to_string()
    }

    /// The description in `language` (a BCP 47 tag such as `de-DE`), falling
    /// back from `de-DE` to `de` and then to [`description`](Self::description).
    fn description_in(&self, language: &str) -> Option<&'static str> {
        match self.member() {
            Some(member) => member.description_in(language),
            None => self.description(),
        }
    }

    /// The display name in `language` (`"in Bearbeitung"`), falling back like
    /// [`description_in`](Self::description_in); `None` when the member has
    /// no display name.
    fn display_name_in(&self, language: &str) -> Option<&'static str> {
        self.member()
            .and_then(|member| member.display_name_in(language))
    }

    /// The enum type's description in `language`, falling back like
    /// [`description_in`](Self::description_in) to [`DESCRIPTION`](Self::DESCRIPTION).
    #[must_use]
    fn type_description_in(language: &str) -> Option<&'static str> {
        localized(Self::DESCRIPTIONS, language).or(Self::DESCRIPTION)
    }

    // What the derive generates and the methods above are built on. Not a
    // public API: hidden, and free to change with the derive (the two crates are
    // always the same release).

    /// The members' wire names, in the order of `MEMBERS`.
    #[doc(hidden)]
    const __NAMES: &'static [&'static str];

    /// The members' values, in the order of `MEMBERS`.
    #[doc(hidden)]
    const __VALUES: &'static [Self::Value];

    /// How `FromStr` finds a name, chosen by the derive for this enum.
    #[doc(hidden)]
    const __LOOKUP: Lookup;

    /// The description of the fallback variant, `""` for none.
    #[doc(hidden)]
    const __FALLBACK_DESCRIPTION: &'static str = "";

    /// The position in `MEMBERS` of the sentinel `unknownFutureValue`, a
    /// name of its own in any ASCII case (SPEC.md, "The sentinel").
    #[doc(hidden)]
    const __SENTINEL: Option<usize> = crate::member::sentinel_position(Self::MEMBERS);

    /// The position in `MEMBERS`; `MEMBERS.len()` for the fallback variant.
    #[doc(hidden)]
    fn __index(&self) -> usize;

    /// The member at `index` in `MEMBERS`.
    #[doc(hidden)]
    fn __from_index(index: usize) -> Option<Self>;

    /// The position in `MEMBERS` of the member with this value.
    #[doc(hidden)]
    fn __index_of(value: Self::Value) -> Option<usize>;

    /// The fallback variant for input no member matches; `None` when closed.
    #[doc(hidden)]
    fn __fallback(undeclared: Undeclared<'_>) -> Option<Self>;

    /// The text of a lossless unknown value.
    #[doc(hidden)]
    fn __unknown_text(&self) -> Option<&str> {
        None
    }
}

/// The fallback `E` makes of input no member matches, reported to
/// `tracing`; `None` when `E` is closed.
#[inline]
pub(crate) fn fallback<E: GraphEnum>(undeclared: Undeclared<'_>) -> Option<E> {
    let value = E::__fallback(undeclared)?;
    report::<E>(undeclared);
    Some(value)
}

/// Reports `value`, taken by `E` as a value it does not declare (`trace`).
#[inline]
pub(crate) fn report<E: GraphEnum>(value: impl Display) {
    trace::undeclared(E::NAME, E::NAMESPACE, E::FALLBACK, value);
}

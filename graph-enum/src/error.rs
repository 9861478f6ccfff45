//! The errors of a closed enum's conversions.

use core::fmt;

use crate::suggest::nearest_name;
use crate::Member;

/// How much of a rejected input a [`ParseError`] keeps. Enough for every Graph
/// name (the longest is under 60 bytes) and small enough to live inline, so a
/// failed parse allocates nothing.
const KEPT_INPUT: usize = 64;

/// The text given to a closed enum's `FromStr` or `TryFrom<&str>` matched no
/// member.
///
/// It names the enum and the input (cut to 64 bytes), and its message suggests
/// the nearest declared name when one is close. The suggestion is computed when
/// the message is displayed, so a failed parse costs no more than a successful one.
///
/// ```
/// use graph_enum::GraphEnum;
///
/// #[derive(GraphEnum, Debug)]
/// enum Color {
///     Red,
///     DarkBlue,
/// }
///
/// let error = "darkblue".parse::<Color>().unwrap_err();
/// assert_eq!(error.type_name(), "color");
/// assert_eq!(error.input(), "darkblue");
/// assert_eq!(error.to_string(), r#"invalid color value "darkblue"; did you mean "darkBlue"?"#);
/// ```
#[derive(Clone)]
pub struct ParseError {
    type_name: &'static str,
    members: &'static [Member],
    kept: [u8; KEPT_INPUT],
    kept_len: u8,
    input_len: usize,
}

impl ParseError {
    /// The derive's constructor; `members` are the names a suggestion may come from.
    #[inline]
    pub(crate) fn new(type_name: &'static str, members: &'static [Member], input: &str) -> Self {
        let mut cut = input.len().min(KEPT_INPUT);
        while !input.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut kept = [0; KEPT_INPUT];
        kept[..cut].copy_from_slice(&input.as_bytes()[..cut]);
        ParseError {
            type_name,
            members,
            kept,
            kept_len: u8::try_from(cut).unwrap_or(u8::MAX),
            input_len: input.len(),
        }
    }

    /// The Graph name of the enum (`"vppTokenSyncStatus"`).
    #[must_use]
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The rejected input, cut to its first 64 bytes at a character boundary.
    #[must_use]
    pub fn input(&self) -> &str {
        let kept = &self.kept[..usize::from(self.kept_len)];
        // The bytes were copied from a `&str` and cut at a character boundary.
        core::str::from_utf8(kept).unwrap_or_default()
    }

    /// Whether [`input`](Self::input) is shorter than what was given.
    #[must_use]
    pub fn is_truncated(&self) -> bool {
        usize::from(self.kept_len) < self.input_len
    }

    /// The declared name nearest to the input, if one is close enough to be a
    /// likely typo: the same name in another case, or a few edits away.
    #[must_use]
    pub fn suggestion(&self) -> Option<&'static str> {
        if self.is_truncated() {
            return None;
        }
        nearest_name(self.input(), self.members.iter().map(|member| member.name))
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {} value {:?}", self.type_name, self.input())?;
        if self.is_truncated() {
            write!(f, " (cut from {} bytes)", self.input_len)?;
        }
        if let Some(name) = self.suggestion() {
            write!(f, "; did you mean {name:?}?")?;
        }
        Ok(())
    }
}

impl fmt::Debug for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseError")
            .field("type_name", &self.type_name)
            .field("input", &self.input())
            .field("truncated", &self.is_truncated())
            .finish_non_exhaustive()
    }
}

impl PartialEq for ParseError {
    fn eq(&self, other: &Self) -> bool {
        self.type_name == other.type_name
            && self.input() == other.input()
            && self.input_len == other.input_len
    }
}

impl Eq for ParseError {}

impl core::error::Error for ParseError {}

/// The integer given to a closed enum's `TryFrom<R>` is not one of its values.
///
/// ```
/// use graph_enum::GraphEnum;
///
/// #[derive(GraphEnum, Debug)]
/// enum Color {
///     Red = 1,
///     Green = 2,
/// }
///
/// let error = Color::try_from(7).unwrap_err();
/// assert_eq!(error.value(), 7);
/// assert_eq!(error.to_string(), "invalid color value 7");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ValueError {
    type_name: &'static str,
    value: i64,
}

impl ValueError {
    pub(crate) const fn new(type_name: &'static str, value: i64) -> Self {
        ValueError { type_name, value }
    }

    /// The Graph name of the enum (`"vppTokenSyncStatus"`).
    #[must_use]
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The rejected value, widened to `i64`.
    #[must_use]
    pub const fn value(&self) -> i64 {
        self.value
    }
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {} value {}", self.type_name, self.value)
    }
}

impl core::error::Error for ValueError {}

/// A value that must not be sent to Graph in a create or update request; see
/// [`GraphEnum::to_request_str`](crate::GraphEnum::to_request_str).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RequestValueError {
    type_name: &'static str,
    sentinel: Option<&'static str>,
}

impl RequestValueError {
    pub(crate) const fn new(type_name: &'static str, sentinel: Option<&'static str>) -> Self {
        RequestValueError {
            type_name,
            sentinel,
        }
    }

    /// The Graph name of the enum.
    #[must_use]
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The sentinel's wire name (`"unknownFutureValue"`) when that is what was
    /// to be sent; `None` for a lossy fallback variant, a value dropped when read.
    #[must_use]
    pub const fn sentinel(&self) -> Option<&'static str> {
        self.sentinel
    }
}

impl fmt::Display for RequestValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.sentinel {
            Some(name) => write!(
                f,
                "{name} stands in for {} values this client did not opt in to; Graph rejects it in a request",
                self.type_name
            ),
            None => write!(
                f,
                "this {} value was dropped when it was read, so there is nothing to send",
                self.type_name
            ),
        }
    }
}

impl core::error::Error for RequestValueError {}

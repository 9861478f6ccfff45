//! The payload of a lossless fallback variant.

use alloc::boxed::Box;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;

use crate::integer::IntegerText;
use crate::undeclared::Undeclared;

/// A value the enum `E` does not declare, kept exactly as it was received.
///
/// A lossless fallback variant (`#[graph_enum(unknown)] Unknown(UnknownValue<Self>)`)
/// holds one. Only reading `E` (text, numbers, serde, a database) creates it,
/// and only for input that matches none of `E`'s members; there is no public
/// constructor, and the type parameter ties the value to the enum that read
/// it. So no safe code can put a declared name into `E`'s fallback:
/// `"inProgress"` is always `InProgress`, never `Unknown("inProgress")`, and
/// the std derives of `PartialEq`, `Hash` and `Ord` stay sound (SPEC.md, law 5).
/// A value one enum kept (an older catalogue's) moves to another through its
/// text, which the other enum reads by its own members:
/// `beta::X::from(v1_value.as_str())`.
///
/// ```
/// use graph_enum::VppTokenSyncStatus;
///
/// let status: VppTokenSyncStatus = "pausedByAdmin".parse()?;
/// let VppTokenSyncStatus::Unknown(unknown) = &status else { unreachable!() };
/// assert_eq!(unknown.as_str(), "pausedByAdmin");
/// assert_eq!(unknown.value(), None);
///
/// let status = VppTokenSyncStatus::from(17);
/// assert_eq!(status.to_string(), "17");
/// assert_eq!(status.value(), Some(17));
/// # Ok::<(), graph_enum::ParseError>(())
/// ```
///
/// A value of another enum does not fit:
///
/// ```compile_fail
/// use graph_enum::{GraphEnum, UnknownValue, VppTokenSyncStatus};
///
/// #[derive(GraphEnum)]
/// enum State {
///     Valid,
///     #[graph_enum(unknown)]
///     Unknown(UnknownValue<Self>),
/// }
///
/// let VppTokenSyncStatus::Unknown(kept) = "valid".parse().unwrap() else { unreachable!() };
/// let lie = State::Unknown(kept); // expected `UnknownValue<State>`
/// ```
pub struct UnknownValue<E> {
    // The text as received (numbers in canonical decimal): Display and
    // serialization write it back verbatim.
    text: Box<str>,
    // `fn() -> E`: the value holds no `E`, so it is `Send`, `Sync` and
    // `Unpin` whatever `E` is.
    marker: PhantomData<fn() -> E>,
}

impl<E> UnknownValue<E> {
    /// Keeps `text` that matched none of `E`'s members.
    pub(crate) fn from_text(text: &str) -> Self {
        UnknownValue {
            text: text.into(),
            marker: PhantomData,
        }
    }

    /// Keeps a number that matched none of `E`'s members, as its decimal text.
    pub(crate) fn from_integer(value: i64) -> Self {
        Self::from_text(IntegerText::new(i128::from(value)).as_str())
    }

    /// The text as received, byte for byte; a number in canonical decimal.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The number, when the text is OData's numeric form of an enum value (an
    /// optional sign and up to 19 decimal digits), otherwise `None`.
    #[must_use]
    pub fn value(&self) -> Option<i64> {
        crate::integer::parse_integer(&self.text)
    }
}

// By hand, not derived: the derives would ask `E` for the same trait, and the
// value holds no `E`.

impl<E> Clone for UnknownValue<E> {
    fn clone(&self) -> Self {
        UnknownValue {
            text: self.text.clone(),
            marker: PhantomData,
        }
    }
}

impl<E> PartialEq for UnknownValue<E> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl<E> Eq for UnknownValue<E> {}

impl<E> PartialOrd for UnknownValue<E> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<E> Ord for UnknownValue<E> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.text.cmp(&other.text)
    }
}

impl<E> Hash for UnknownValue<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.text.hash(state);
    }
}

impl<E> fmt::Display for UnknownValue<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.text)
    }
}

impl<E> fmt::Debug for UnknownValue<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.text, f)
    }
}

impl<E> AsRef<str> for UnknownValue<E> {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

/// The payload of a lossless fallback variant, made of `undeclared`: the one
/// way to build an [`UnknownValue`], called by the derive's `__fallback`.
#[must_use]
pub fn undeclared_value<E>(undeclared: Undeclared<'_>) -> UnknownValue<E> {
    match undeclared {
        Undeclared::Text(text) => UnknownValue::from_text(text),
        Undeclared::Integer(value) => UnknownValue::from_integer(value),
    }
}

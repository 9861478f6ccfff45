//! The payload of a lossless fallback variant.

use alloc::boxed::Box;

use crate::integer::IntegerText;
use core::fmt;

/// A value an enum does not declare, kept exactly as it was received.
///
/// A lossless fallback variant (`#[graph_enum(unknown)] Unknown(UnknownValue)`)
/// holds one. Only parsing and integer conversion create it, and they create it
/// only for input that matches no declared member, so an `UnknownValue` never
/// holds a declared name or value: comparing or hashing the enum stays sound
/// (`"inProgress"` always becomes `InProgress`, never `Unknown("inProgress")`).
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
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnknownValue {
    // The text as received (numbers in canonical decimal): Display and
    // serialization write it back verbatim.
    text: Box<str>,
}

impl UnknownValue {
    /// Keeps `text` that matched no member.
    pub(crate) fn from_text(text: &str) -> Self {
        UnknownValue { text: text.into() }
    }

    /// Keeps a number that matched no member, as its decimal text.
    pub(crate) fn from_integer(value: i64) -> Self {
        UnknownValue {
            text: IntegerText::new(i128::from(value)).as_str().into(),
        }
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

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.text)
    }
}

impl fmt::Debug for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.text, f)
    }
}

impl AsRef<str> for UnknownValue {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

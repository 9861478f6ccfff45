//! Derived enums in a `#![no_std]` crate: closed and lossy ones need only
//! `core`; lossless ones and flags need the `alloc` feature.

#![no_std]

use core::str::FromStr;

use graph_enum::{GraphEnum, ParseError};

/// A closed enum: unknown input is an error, which allocates nothing.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closed {
    /// None.
    None,
    /// In progress.
    InProgress,
}

/// A lossy enum: unknown input becomes `Other`, which allocates nothing.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lossy {
    /// Red.
    Red = 1,
    /// Green.
    Green = 2,
    /// Anything else.
    #[graph_enum(unknown)]
    Other,
}

/// Parses both shapes, so the generic code is instantiated here too.
///
/// # Errors
/// When `text` is no `Closed` name.
pub fn parse(text: &str) -> Result<(Closed, Lossy), ParseError> {
    Ok((Closed::from_str(text)?, Lossy::from_str(text).unwrap_or(Lossy::Other)))
}

/// A lossless enum and a flags set, with `alloc` (built without it only by
/// CI's probe, which must fail with the errors that name the feature).
#[cfg(any(feature = "alloc", feature = "without-alloc-probe"))]
pub mod with_alloc {
    use graph_enum::{Flags, GraphEnum, UnknownValue};

    /// Keeps unknown values.
    #[derive(GraphEnum, Clone, Debug, PartialEq, Eq)]
    pub enum Lossless {
        /// Done.
        Done,
        /// Anything else, kept.
        #[graph_enum(unknown)]
        Unknown(UnknownValue<Self>),
    }

    /// A flags enum.
    #[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
    #[graph_enum(flags)]
    pub enum Days {
        /// Monday.
        Monday = 1,
        /// Tuesday.
        Tuesday = 2,
    }

    /// Both days.
    #[must_use]
    pub fn both() -> Flags<Days> {
        Days::Monday | Days::Tuesday
    }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

//! Derived code is clean under the strictest lints a user may set. rustc checks
//! the `rustc` lints here on every `cargo test`; `cargo clippy --all-targets`
//! (run by CI) checks the clippy ones.

#![deny(warnings, missing_docs, clippy::all, clippy::pedantic)]
#![forbid(unsafe_code)]

use graph_enum::{GraphEnum, UnknownValue};

/// A closed enum.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Closed {
    /// First.
    First = 1,
    /// Second.
    Second = -2,
}

/// A lossy enum.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Lossy {
    /// First.
    First,
    /// Anything else.
    #[graph_enum(unknown)]
    Other,
}

/// A lossless enum.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(i64)]
pub enum Lossless {
    /// First.
    #[graph_enum(rename = "first_one")]
    First = 5_000_000_000,
    /// Anything else.
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// Only a fallback.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
pub enum OnlyFallback {
    /// Anything.
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// A private enum with the derive's std traits, whose accessors nothing
/// calls: its code adds no dead-code warning.
#[derive(GraphEnum)]
#[graph_enum(ord, derive(Clone, Debug, PartialEq, Eq, Hash))]
enum Private {
    First,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[test]
fn strictly_linted_enums_work() {
    assert_eq!(Private::from("first"), Private::First);
    assert_eq!(Closed::Second.value(), Some(-2));
    assert_eq!(Lossy::Other.as_str(), "other");
    assert_eq!(Lossless::First.as_str(), "first_one");
    assert_eq!(
        "x".parse::<OnlyFallback>().map(|value| value.is_unknown()),
        Ok(true)
    );
}

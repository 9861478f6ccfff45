//! Input no declared member matches: what a fallback is made of, single
//! values and each part of a set alike.

use core::fmt;

/// Input no declared member matches, handed to `GraphEnum::__fallback`.
#[derive(Clone, Copy, Debug)]
pub enum Undeclared<'a> {
    /// Text that is neither a declared name nor a declared value's number.
    Text(&'a str),
    /// An integer that is no declared value, kept canonically (`"09"`, `"+9"`
    /// and `9` are one value).
    Integer(i64),
}

impl fmt::Display for Undeclared<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Undeclared::Text(text) => formatter.write_str(text),
            Undeclared::Integer(value) => value.fmt(formatter),
        }
    }
}

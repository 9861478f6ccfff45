//! The one shape a Graph enum has in JSON Schema and in OpenAPI, which the
//! `schemars` and `utoipa` features each write in their own types. SPEC.md
//! ("Schemas") is the contract:
//!
//! - a closed enum is a string, one of its members' names (`enum`);
//! - an open (lossy or lossless) enum is `anyOf` that `enum` and any string,
//!   because it reads any string, and its members stay listed for readers;
//! - a set of a flags enum ([`Flags`](crate::Flags)) is a string: the
//!   comma-separated form it is written in, and for a closed enum a `pattern`
//!   of its members' names, because only those can be in it;
//! - the type's description is the schema's `description`, and the members'
//!   descriptions are `x-enum-descriptions`, parallel to `enum` (the
//!   extension OpenAPI generators read), when any member has one.
//!
//! The schema states what is written and what Graph sends (member names as
//! strings); the reader also takes OData's numeric text and integers.

use alloc::string::String;
use alloc::vec::Vec;

use crate::{Fallback, GraphEnum};

/// The parts of a schema, taken from an enum's `GraphEnum` items.
pub(crate) struct Shape {
    /// The type's description.
    pub(crate) description: Option<&'static str>,
    /// Whether the value is one member's name (`enum`), or a set of them.
    pub(crate) form: Form,
}

pub(crate) enum Form {
    /// One member's name; `open` when any other string is a value too.
    Value { open: bool },
    /// The comma-separated form of a set; `pattern` when only member names
    /// can be in it.
    Set { pattern: Option<String> },
}

impl Shape {
    /// The shape of a single value of `E`.
    pub(crate) fn of_value<E: GraphEnum>() -> Self {
        Shape {
            description: E::DESCRIPTION,
            form: Form::Value {
                open: E::FALLBACK != Fallback::Closed,
            },
        }
    }

    /// The shape of a `Flags<E>` set.
    #[cfg(feature = "alloc")]
    pub(crate) fn of_set<E: GraphEnum>() -> Self {
        let pattern = (E::FALLBACK == Fallback::Closed).then(|| {
            let names: Vec<String> = E::MEMBERS
                .iter()
                .map(|member| escape_regex(member.name))
                .collect();
            let name = names.join("|");
            // What a closed set is written as: member names joined by commas,
            // or "" for an empty set with no zero member.
            alloc::format!("^(?:(?:{name})(?:,(?:{name}))*)?$")
        });
        Shape {
            description: E::DESCRIPTION,
            form: Form::Set { pattern },
        }
    }
}

/// The members' names, in declaration order: the schema's `enum`.
pub(crate) fn names<E: GraphEnum>() -> Vec<&'static str> {
    E::MEMBERS.iter().map(|member| member.name).collect()
}

/// The members' descriptions, parallel to [`names`] (`""` for a member
/// without one), or `None` when no member has one.
pub(crate) fn descriptions<E: GraphEnum>() -> Option<Vec<&'static str>> {
    E::MEMBERS
        .iter()
        .any(|member| member.description.is_some())
        .then(|| {
            E::MEMBERS
                .iter()
                .map(|member| member.description.unwrap_or_default())
                .collect()
        })
}

/// `text` as a regular expression that matches it literally (the syntax
/// JSON Schema's `pattern` shares with ECMA-262 and Rust's `regex`).
fn escape_regex(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        // ECMA-262's syntax characters but `/`: escaping any other
        // character is an error in its Unicode mode.
        if "\\^$.|?*+()[]{}".contains(character) {
            escaped.push('\\');
        }
        escaped.push(character);
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::escape_regex;

    #[test]
    fn escapes_every_regex_metacharacter() {
        assert_eq!(escape_regex("read"), "read");
        assert_eq!(escape_regex("a.b+c(d)|e"), r"a\.b\+c\(d\)\|e");
        assert_eq!(escape_regex("in-progress"), "in-progress");
        assert_eq!(escape_regex(r"[x]{2}^$\"), r"\[x\]\{2\}\^\$\\");
    }
}

//! Reading a single value from text: the rules of SPEC.md § "Reading a
//! single value", shared by `FromStr`, serde and each part of a `Flags` set.

use crate::enum_trait::{fallback, report, GraphEnum};
use crate::error::ParseError;
use crate::integer::parse_integer;
use crate::lookup::unique_ignoring_case;
use crate::member::Fallback;
use crate::undeclared::Undeclared;

#[cfg(feature = "alloc")]
/// The member `text` names: the exact wire name, else (when the enum reads
/// names ignoring ASCII case) the one member equal to it ignoring case.
#[inline]
pub(crate) fn member_index<E: GraphEnum>(text: &str) -> Option<usize> {
    match E::__LOOKUP.find(E::__NAMES, text) {
        Some(index) => Some(index),
        None if E::ASCII_CASE_INSENSITIVE => unique_ignoring_case(E::__NAMES, text),
        None => sentinel_in_any_case::<E>(text),
    }
}

/// The sentinel's position when `text` spells `unknownFutureValue` in any
/// ASCII case: it is a name of its own in every enum that declares it, case
/// sensitive or not, since Graph's service reads it so (SPEC.md, "The
/// sentinel").
#[inline]
pub(crate) fn sentinel_in_any_case<E: GraphEnum>(text: &str) -> Option<usize> {
    E::__SENTINEL.filter(|_| graph_enum_rules::is_sentinel(text))
}

/// The member `text` names ignoring ASCII case, whatever the enum says
/// (`from_str_ignore_ascii_case` of a `Flags` set).
#[cfg(feature = "alloc")]
pub(crate) fn member_index_ignoring_case<E: GraphEnum>(text: &str) -> Option<usize> {
    crate::lookup::index_ignoring_case(&E::__LOOKUP, E::__NAMES, text)
}

/// The declared member whose value `number` is, if any.
#[inline]
pub(crate) fn member_with_value<E: GraphEnum>(number: i64) -> Option<usize> {
    E::Value::try_from(number).ok().and_then(E::__index_of)
}

/// `FromStr` of every derived enum.
///
/// # Errors
/// [`ParseError`] when the enum is closed and nothing matches.
// Always inlined: a few loads, a multiply and a comparison, specialised to
// the enum's constant table at each place a value is read.
// Measured: BENCHMARKS.md, "Runtime against the limit".
#[allow(clippy::inline_always)]
#[inline(always)]
pub fn parse<E: GraphEnum>(text: &str) -> Result<E, ParseError> {
    match E::__LOOKUP.find(E::__NAMES, text).and_then(E::__from_index) {
        Some(member) => Ok(member),
        // A lossy fallback is a constant and a closed enum's error a copy of
        // the input into an array, so reading a name the enum does not
        // declare is a few instructions: inline, where the copy is dropped
        // unless the caller reads the error. A lossless fallback allocates.
        None if E::FALLBACK != Fallback::Lossless => parse_no_exact_name(text),
        None => parse_no_exact_name_out_of_line(text),
    }
}

/// [`parse`] of text that is no declared name.
// Measured: BENCHMARKS.md, "Runtime against the limit".
#[allow(clippy::inline_always)]
#[inline(always)]
fn parse_no_exact_name<E: GraphEnum>(text: &str) -> Result<E, ParseError> {
    parse_undeclared::<E>(text).or_else(|undeclared| {
        fallback::<E>(undeclared).ok_or_else(|| ParseError::new(E::NAME, E::MEMBERS, text))
    })
}

/// [`parse_no_exact_name`] where it builds an `UnknownValue`: out of line, so
/// that the path of declared names stays small enough to inline where it is
/// read (serde's visitors, `Flags`).
#[inline(never)]
fn parse_no_exact_name_out_of_line<E: GraphEnum>(text: &str) -> Result<E, ParseError> {
    parse_no_exact_name(text)
}

/// `From<&str>` of an open enum: the member `text` names, else the fallback
/// made of it (the same reading as [`parse`], which cannot fail here).
#[inline]
pub fn parse_or_fallback<E: GraphEnum>(text: &str) -> E {
    match E::__LOOKUP.find(E::__NAMES, text).and_then(E::__from_index) {
        Some(member) => member,
        None => parse_undeclared::<E>(text).unwrap_or_else(|undeclared| {
            report::<E>(undeclared);
            open_fallback(undeclared)
        }),
    }
}

/// `From<integer>` of an open enum: the member with `value`, else the
/// fallback made of it.
#[inline]
pub fn member_or_fallback<E: GraphEnum>(value: E::Value) -> E {
    match E::__index_of(value).and_then(E::__from_index) {
        Some(member) => member,
        None => {
            let undeclared = Undeclared::Integer(value.into());
            report::<E>(undeclared);
            open_fallback(undeclared)
        }
    }
}

/// An open enum's fallback, which `GraphEnum::__fallback` always returns: the
/// generic conversions call it, so no derived impl carries a closure of its
/// own to build it (one body fewer per enum to type-check).
#[inline]
pub(crate) fn open_fallback<E: GraphEnum>(undeclared: Undeclared<'_>) -> E {
    match E::__fallback(undeclared) {
        Some(fallback) => fallback,
        None => unreachable!("only an enum with a fallback has values no member matches"),
    }
}

/// Text that is no exact declared name: a name in another case (if the enum
/// allows it), OData's numeric form of a value (`"2"`, `"+02"`), or the
/// fallback's. An undeclared number is kept as its canonical decimal text, so
/// `"09"`, `"+9"` and `9` are one value (SPEC.md, "numeric text").
#[inline]
fn parse_undeclared<E: GraphEnum>(text: &str) -> Result<E, Undeclared<'_>> {
    let number = parse_integer(text);
    // The common case, a name the enum does not declare, without a call.
    if number.is_none()
        && !E::ASCII_CASE_INSENSITIVE
        && (E::__SENTINEL.is_none() || text.len() != graph_enum_rules::SENTINEL.len())
    {
        return Err(Undeclared::Text(text));
    }
    declared_in_other_form::<E>(text, number)
}

/// [`parse_undeclared`] of a number, or of a name in an enum that reads
/// names ignoring case.
#[inline(never)]
fn declared_in_other_form<E: GraphEnum>(
    text: &str,
    number: Option<i64>,
) -> Result<E, Undeclared<'_>> {
    let ignoring_case = if E::ASCII_CASE_INSENSITIVE {
        unique_ignoring_case(E::__NAMES, text)
    } else {
        None
    };
    let declared = ignoring_case
        .or_else(|| sentinel_in_any_case::<E>(text))
        .or_else(|| number.and_then(member_with_value::<E>))
        .and_then(E::__from_index);
    if let Some(member) = declared {
        return Ok(member);
    }
    Err(match number {
        Some(number) => Undeclared::Integer(number),
        None => Undeclared::Text(text),
    })
}

//! Reading and writing a set's comma form (SPEC.md, "Flags"): parts split
//! at commas and trimmed, names and numbers, the greedy writing of bits.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::{self, Write};
use core::str::FromStr;

use super::kind::{bits_of, FlagsKind, GraphFlags};
use super::{Flags, Part, Piece};
use crate::enum_trait::report;
use crate::error::ParseError;
use crate::integer::{parse_integer, IntegerText};
use crate::member::Fallback;
use crate::parse::{member_index, member_with_value};
use crate::undeclared::Undeclared;

impl<E: GraphFlags> Flags<E> {
    /// What a part of a set's text is: `name` finds a member.
    #[inline]
    pub(super) fn piece(part: &str, name: impl Fn(&str) -> Option<usize>) -> Piece<'_> {
        match name(part) {
            Some(index) => Self::member(index),
            None => match parse_integer(part) {
                Some(number) => Self::number(number),
                None => Piece::Undeclared(Undeclared::Text(part)),
            },
        }
    }

    /// Reads `text` part by part; `name` finds a part's member, and
    /// `fallback` says what becomes of the rest (`E::FALLBACK`, or closed for
    /// a strict reading).
    #[inline]
    pub(super) fn read(
        text: &str,
        name: impl Fn(&str) -> Option<usize>,
        fallback: Fallback,
    ) -> Result<Self, ParseError> {
        let mut flags = Self::empty();
        let mut unknown = Vec::new();
        for part in parts(text) {
            let piece = Self::piece(part, &name);
            if cfg!(feature = "tracing")
                && fallback != Fallback::Closed
                && Self::is_undeclared(&piece)
            {
                report::<E>(part);
            }
            // Unknown parts are collected and indexed once at the end, so a
            // value of many parts costs O(n log n), not O(n²).
            if let Piece::Undeclared(undeclared) = piece {
                match fallback {
                    Fallback::Closed => return Err(ParseError::new(E::NAME, E::MEMBERS, part)),
                    Fallback::Lossy => {}
                    Fallback::Lossless => unknown.push(part_text(undeclared)),
                }
            } else if flags.add(piece, fallback).is_err() {
                return Err(ParseError::new(E::NAME, E::MEMBERS, part));
            }
        }
        // Most sets have no unknown part: no call for them.
        if !unknown.is_empty() {
            flags.unknown.extend(unknown);
        }
        Ok(flags)
    }

    /// A member by position: a bit set for the bits kind (the sentinel aside),
    /// a name otherwise.
    pub(super) fn member(index: usize) -> Piece<'static> {
        match E::KIND {
            FlagsKind::Bits if Some(index) != E::__SENTINEL => {
                Piece::Bits(bits_of(&E::MEMBERS[index]))
            }
            _ => Piece::Member(index),
        }
    }

    /// OData's numeric form of a set.
    pub(super) fn number(number: i64) -> Piece<'static> {
        match (E::KIND, u64::try_from(number)) {
            (FlagsKind::Bits, Ok(bits)) => Piece::Bits(bits),
            (FlagsKind::Names, _) => match member_with_value::<E>(number) {
                Some(index) => Piece::Member(index),
                None => Piece::Undeclared(Undeclared::Integer(number)),
            },
            // A negative number has no bits: all of it is undeclared.
            (FlagsKind::Bits, Err(_)) => Piece::Undeclared(Undeclared::Integer(number)),
        }
    }

    /// Whether a piece read holds something `E` does not declare: an
    /// unknown part, or bits no member has.
    pub(super) fn is_undeclared(piece: &Piece<'_>) -> bool {
        match piece {
            Piece::Undeclared(_) => E::FALLBACK != Fallback::Closed,
            Piece::Bits(bits) => Self::covered(*bits) != *bits && E::FALLBACK != Fallback::Closed,
            Piece::Member(_) | Piece::Dropped => false,
        }
    }

    /// Walks the parts as they are written: the members (the exact one, or
    /// the greedy decomposition, and those held by name) in declaration
    /// order, then the remaining bits, then unknowns.
    pub(super) fn for_each_part(
        &self,
        mut each: impl FnMut(Part<'_>) -> fmt::Result,
    ) -> fmt::Result {
        let members = E::MEMBERS;
        let mut written = self.named;
        let mut remaining = self.bits;
        if E::KIND == FlagsKind::Bits {
            if let Some(member_of_bit) = E::__MEMBER_OF_BIT {
                // One bit per member: the greedy decomposition takes every
                // declared bit set, each to its own member.
                let mut held = remaining & E::__DECLARED_BITS;
                remaining &= !E::__DECLARED_BITS;
                while held != 0 {
                    written.insert(usize::from(member_of_bit[held.trailing_zeros() as usize]));
                    held &= held - 1;
                }
            } else {
                // Largest value first, each member once: a member that does
                // not fit cannot fit once more bits are taken, and the first
                // to fit is the one whose bits are exactly the set's, if any.
                for &index in E::__BITS_BY_VALUE {
                    if remaining == 0 {
                        break;
                    }
                    let index = usize::from(index);
                    let bits = bits_of(&members[index]);
                    if bits & remaining == bits {
                        written.insert(index);
                        remaining &= !bits;
                    }
                }
                // Overlapping members (`b = 6, c = 3` in `7`) can leave
                // bits that a member in the set still covers: written by
                // that member, so the text reads back without a number.
                if remaining & E::__DECLARED_BITS != 0 {
                    for &index in E::__BITS_BY_VALUE {
                        let index = usize::from(index);
                        let bits = bits_of(&members[index]);
                        if bits & self.bits == bits && bits & remaining != 0 {
                            written.insert(index);
                            remaining &= !bits;
                        }
                    }
                }
            }
            if written.is_empty() && remaining == 0 && self.unknown.is_empty() {
                if let Some(zero) = E::__ZERO {
                    written.insert(zero);
                }
            }
        }
        for index in written.iter() {
            each(Part::Member(index))?;
        }
        if remaining != 0 {
            each(Part::Remainder(remaining))?;
        }
        for unknown in self.unknown.iter() {
            each(Part::Unknown(unknown))?;
        }
        Ok(())
    }

    /// Writes the comma form; `empty` is written for a set of no parts.
    pub(super) fn write(&self, out: &mut impl Write, empty: &str) -> fmt::Result {
        let mut first = true;
        self.for_each_part(|part| {
            if !first {
                out.write_char(',')?;
            }
            first = false;
            match part {
                Part::Member(index) => out.write_str(E::MEMBERS[index].name),
                Part::Remainder(bits) => out.write_str(IntegerText::new(i128::from(bits)).as_str()),
                Part::Unknown(unknown) => out.write_str(unknown),
            }
        })?;
        if first {
            out.write_str(empty)?;
        }
        Ok(())
    }
}

/// The text a lossless set keeps of an undeclared part: as received, a
/// number in canonical decimal (formatted on the stack).
pub(super) fn part_text(undeclared: Undeclared<'_>) -> PartText<'_> {
    match undeclared {
        Undeclared::Text(text) => PartText::Text(text),
        Undeclared::Integer(number) => PartText::Number(IntegerText::new(i128::from(number))),
    }
}

/// An unknown part's text, without an allocation of its own.
pub(super) enum PartText<'a> {
    Text(&'a str),
    Number(IntegerText),
}

impl AsRef<str> for PartText<'_> {
    fn as_ref(&self) -> &str {
        match self {
            PartText::Text(text) => text,
            PartText::Number(number) => number.as_str(),
        }
    }
}

/// The parts of a set's text: split at commas, each trimmed of white space,
/// empty ones skipped (SPEC.md, "Flags").
pub(crate) fn parts(text: &str) -> impl Iterator<Item = &str> {
    text.split(',').map(trim).filter(|part| !part.is_empty())
}

/// `str::trim`, without decoding characters when the part starts and ends
/// with an ASCII byte that is not white space, as Graph's parts do: white
/// space is either ASCII up to the space or a character of several bytes, and
/// decoding is a measurable part of reading a set.
#[inline]
pub(super) fn trim(part: &str) -> &str {
    let plain = |byte: &u8| (b'!'..0x80).contains(byte);
    match part.as_bytes() {
        [first, .., last] if plain(first) && plain(last) => part,
        [only] if plain(only) => part,
        _ => part.trim(),
    }
}

impl<E: GraphFlags> FromStr for Flags<E> {
    type Err = ParseError;

    fn from_str(text: &str) -> Result<Self, ParseError> {
        Self::read(text, member_index::<E>, E::FALLBACK)
    }
}

impl<E: GraphFlags> fmt::Display for Flags<E> {
    /// The comma form; width, fill and alignment apply to the whole of it, as
    /// they do to a single value (`{:>30}`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.width().is_none() && f.precision().is_none() {
            return self.write(f, "");
        }
        let mut text = String::new();
        self.write(&mut text, "")?;
        f.pad(&text)
    }
}

impl<E: GraphFlags> fmt::Debug for Flags<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Flags({:?})", self.to_string())
    }
}

/// The value of a set in an OData literal; see [`Flags::odata_literal`].
pub struct FlagsLiteral<'a, E>(pub(super) &'a Flags<E>);

impl<E> Clone for FlagsLiteral<'_, E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for FlagsLiteral<'_, E> {}

impl<E> PartialEq for FlagsLiteral<'_, E> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<E: GraphFlags> fmt::Debug for FlagsLiteral<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("FlagsLiteral").field(self.0).finish()
    }
}

impl<E: GraphFlags> fmt::Display for FlagsLiteral<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write(f, "0")
    }
}

#[cfg(test)]
mod tests {
    use super::trim;
    use alloc::format;

    #[test]
    fn trim_is_str_trim() {
        // Every character of the Basic Multilingual Plane alone, around a
        // name and inside one: the fast path may only skip what `str::trim`
        // would leave as it is.
        for code in 0..=0xFFFF_u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            for text in [
                format!("{c}"),
                format!("{c}read"),
                format!("read{c}"),
                format!("{c}read{c}"),
                format!("r{c}d"),
            ] {
                assert_eq!(trim(&text), text.trim(), "{text:?}");
            }
        }
        assert_eq!(trim(""), "");
    }
}

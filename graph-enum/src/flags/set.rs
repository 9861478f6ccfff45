//! The public API of a set: building it, asking what it holds, changing it.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::marker::PhantomData;

use super::grammar::{part_text, parts};
use super::kind::{bits_of, FlagsKind, GraphFlags};
use super::member_set::MemberSet;
use super::unknown_parts::UnknownParts;
use super::{Flags, FlagsLiteral, Part, Piece};
use crate::enum_trait::report;
use crate::error::{ParseError, RequestValueError, ValueError};
use crate::integer::parse_integer;
use crate::member::Fallback;
use crate::odata::ODataLiteral;
use crate::parse::{member_index, member_index_ignoring_case};
use crate::undeclared::Undeclared;

impl<E: GraphFlags> Flags<E> {
    /// The empty set.
    #[must_use]
    pub const fn empty() -> Self {
        Flags {
            bits: 0,
            named: MemberSet::EMPTY,
            unknown: UnknownParts::new(),
            marker: PhantomData,
        }
    }

    /// Every member a client may send: all declared members but the sentinel
    /// `unknownFutureValue`, which Graph rejects in a request.
    #[must_use]
    pub fn all() -> Self {
        let mut flags = Self::empty();
        match E::KIND {
            FlagsKind::Bits => flags.bits = E::__DECLARED_BITS,
            FlagsKind::Names => {
                for index in 0..E::MEMBERS.len() {
                    if Some(index) != E::__SENTINEL {
                        flags.named.insert(index);
                    }
                }
            }
        }
        flags
    }

    /// The set with this integer value, as OData's numeric form and a JSON
    /// integer are read: for a bits enum the members whose bits it holds plus
    /// the remainder, for a names enum the member with that value. What no
    /// member covers is kept (lossless `E`, as one number), dropped (lossy) or
    /// an error (closed).
    ///
    /// # Errors
    /// [`ValueError`] if `E` is closed and `bits` is not covered by its members.
    pub fn from_bits(bits: i64) -> Result<Self, ValueError> {
        let mut flags = Self::empty();
        let piece = Self::number(bits);
        let undeclared = cfg!(feature = "tracing") && Self::is_undeclared(&piece);
        match flags.add(piece, E::FALLBACK) {
            Ok(()) => {
                if undeclared {
                    report::<E>(bits);
                }
                Ok(flags)
            }
            Err(()) => Err(ValueError::new(E::NAME, bits)),
        }
    }

    /// The set's integer value: the union of its members' bits and of its
    /// undeclared numeric parts. The sentinel has no bits, nor has text no
    /// member names; for a [`FlagsKind::Names`] enum, whose values are not
    /// bits, this is the union of the values, which only a set of one member
    /// states faithfully.
    #[must_use]
    pub fn bits(&self) -> i64 {
        // Only a names set holds members by name (a bits set at most the
        // sentinel, which has no bits): skip the walk for the common case.
        let named = if E::KIND == FlagsKind::Names {
            self.named
                .iter()
                .filter(|&index| Some(index) != E::__SENTINEL)
                .fold(0, |bits, index| bits | bits_of(&E::MEMBERS[index]))
        } else {
            0
        };
        // Most sets have no unknown part: no walk for them.
        let numbers = if self.unknown.is_empty() {
            0
        } else {
            self.unknown
                .iter()
                .filter_map(parse_integer)
                .filter_map(|value| u64::try_from(value).ok())
                .fold(0, |bits, value| bits | value)
        };
        i64::try_from(self.bits | named | numbers).unwrap_or(i64::MAX)
    }

    /// Whether the set holds no member and no unknown part.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.bits == 0 && self.named.is_empty() && self.unknown.is_empty()
    }

    /// Whether `flag` is in the set: every part it adds (see
    /// [`insert`](Self::insert)) is. For a bits enum a member is in when all
    /// its bits are, and a zero member (or an unknown value of no parts,
    /// `""`) only in the empty set; a lossy fallback is in no set.
    #[must_use]
    pub fn contains(&self, flag: &E) -> bool {
        let mut parts = 0;
        let mut held = true;
        Self::pieces_of(flag, |piece| {
            parts += 1;
            held &= self.holds(&piece);
        });
        if parts == 0 {
            self.is_empty()
        } else {
            held
        }
    }

    /// Whether one piece is in the set.
    fn holds(&self, piece: &Piece<'_>) -> bool {
        match *piece {
            Piece::Member(index) => self.named.contains(index),
            Piece::Dropped => false,
            Piece::Bits(0) => self.is_empty(),
            Piece::Bits(bits) => self.bits & bits == bits,
            Piece::Undeclared(undeclared) => self.unknown.contains(part_text(undeclared).as_ref()),
        }
    }

    /// Adds `flag`: a member, or what an unknown value of a lossless `E`
    /// reads as in a set (a lossy fallback adds nothing). An unknown value
    /// is text, and adding it is reading that text as a set reads it (split
    /// at commas, parts trimmed, empty parts skipped, names, numbers and the
    /// sentinel recognised), so a set holds only what it writes and reads
    /// back (SPEC.md, "Building a set").
    // By value like every set's `insert`, so `flags.insert(E::A)` reads naturally.
    #[allow(clippy::needless_pass_by_value)]
    pub fn insert(&mut self, flag: E) {
        // An `E` holds only what `E` keeps, so adding it cannot fail.
        Self::pieces_of(&flag, |piece| {
            let _ = self.add(piece, E::FALLBACK);
        });
    }

    /// Removes `flag`: every part [`insert`](Self::insert) would add (for a
    /// bits enum a member's bits, which may leave part of a combination
    /// member).
    pub fn remove(&mut self, flag: &E) {
        Self::pieces_of(flag, |piece| match piece {
            Piece::Member(index) => self.named.remove(index),
            Piece::Dropped => {}
            Piece::Bits(bits) => self.bits &= !bits,
            Piece::Undeclared(undeclared) => self.unknown.remove(part_text(undeclared).as_ref()),
        });
        self.drop_uncovered();
    }

    /// In a closed or lossy `E`, drops the bits no member covers that `-`,
    /// `&` or `remove` left (of overlapping members): such a set could not be
    /// written so that it reads back.
    pub(super) fn drop_uncovered(&mut self) {
        if E::FALLBACK != Fallback::Lossless {
            self.bits = Self::covered(self.bits);
        }
    }

    /// The members and unknown values in the set, in the order they are
    /// written (see the type's docs), so that `set.iter().collect()` is the
    /// set. Remaining bits are yielded as one unknown value of a lossless
    /// `E` (a closed or lossy set holds none): even a remainder equal to the
    /// sentinel's value, which as a set's bits is not the sentinel (SPEC.md,
    /// law 5).
    #[must_use]
    pub fn iter(&self) -> alloc::vec::IntoIter<E> {
        // The fallback is built straight from each part, which no member
        // covers: reading its text again could name a member (a remainder
        // equal to the sentinel's value) and would report it to `tracing`.
        let mut parts = Vec::new();
        let _ = self.for_each_part(|part| {
            parts.extend(match part {
                Part::Member(index) => E::__from_index(index),
                Part::Remainder(bits) => {
                    E::__fallback(Undeclared::Integer(i64::try_from(bits).unwrap_or(i64::MAX)))
                }
                Part::Unknown(unknown) => E::__fallback(match parse_integer(unknown) {
                    Some(number) => Undeclared::Integer(number),
                    None => Undeclared::Text(unknown),
                }),
            });
            Ok(())
        });
        parts.into_iter()
    }

    /// The set as an OData literal for `$filter`
    /// (`microsoft.graph.chatMessageActions'reactionAdded,reactionRemoved'`).
    ///
    /// OData's grammar needs at least one value between the quotes, so the
    /// empty set of a bits enum without a zero member is written as its value,
    /// `'0'`. The empty set of a [`FlagsKind::Names`] enum has no literal (its
    /// values are not bits, so `0` would name a member): `None`.
    #[must_use]
    pub fn odata_literal(&self) -> Option<ODataLiteral<FlagsLiteral<'_, E>>> {
        if self.is_empty() && E::KIND == FlagsKind::Names {
            return None;
        }
        Some(ODataLiteral::new(E::NAMESPACE, E::NAME, FlagsLiteral(self)))
    }

    /// [`odata_literal`](Self::odata_literal) as a `String`.
    #[must_use]
    pub fn to_odata_literal(&self) -> Option<String> {
        self.odata_literal().map(|literal| literal.to_string())
    }

    /// The set as written for a create or update request (POST, PUT, PATCH).
    ///
    /// # Errors
    /// [`RequestValueError`] if the set holds the sentinel `unknownFutureValue`,
    /// which Graph answers with `400 Bad Request`, like
    /// [`GraphEnum::to_request_str`](crate::GraphEnum::to_request_str) for a single value.
    pub fn to_request_str(&self) -> Result<String, RequestValueError> {
        match E::__SENTINEL {
            Some(sentinel) if self.named.contains(sentinel) => Err(RequestValueError::new(
                E::NAME,
                Some(E::MEMBERS[sentinel].name),
            )),
            _ => Ok(self.to_string()),
        }
    }

    /// Parses like `FromStr`, but matches each part's name ignoring ASCII
    /// case, as [`GraphEnum::from_str_ignore_ascii_case`](crate::GraphEnum::from_str_ignore_ascii_case) does for one value.
    ///
    /// # Errors
    /// [`ParseError`] when `E` is closed and a part matches nothing.
    pub fn from_str_ignore_ascii_case(text: &str) -> Result<Self, ParseError> {
        Self::read(text, member_index_ignoring_case::<E>, E::FALLBACK)
    }

    /// Reads `text` as [`FromStr`] does, but refuses every part `E` does not
    /// declare, bits no member covers included, whatever `E`'s fallback
    /// (`graph_enum::serde::strict`).
    #[cfg(feature = "serde")]
    pub(crate) fn from_str_declared(text: &str) -> Result<Self, ParseError> {
        Self::read(text, member_index::<E>, Fallback::Closed)
    }

    /// The bits of `bits` that members cover: the union of the members whose
    /// bits are all in `bits`. What is left is no member's (`{a = 1, b = 6}`
    /// covers nothing of `2`).
    pub(super) fn covered(bits: u64) -> u64 {
        if E::__MEMBER_OF_BIT.is_some() {
            // One bit per member: every declared bit is a member.
            return bits & E::__DECLARED_BITS;
        }
        E::__BITS_BY_VALUE
            .iter()
            .map(|&index| bits_of(&E::MEMBERS[usize::from(index)]))
            .filter(|member| member & !bits == 0)
            .fold(0, |covered, member| covered | member)
    }

    /// Calls `each` with what a value of `E` adds to a set: a member, or
    /// the parts an unknown value's text reads as, or `Dropped` for a lossy
    /// fallback.
    pub(super) fn pieces_of<'a>(flag: &'a E, mut each: impl FnMut(Piece<'a>)) {
        match flag.member() {
            Some(_) => each(Self::member(flag.__index())),
            None => match flag.__unknown_text() {
                Some(text) => {
                    for part in parts(text) {
                        each(Self::piece(part, member_index::<E>));
                    }
                }
                None => each(Piece::Dropped),
            },
        }
    }

    /// Adds a piece, splitting bits into the covered ones and a remainder
    /// that `fallback` keeps, drops or refuses (`Err`).
    pub(super) fn add(&mut self, piece: Piece<'_>, fallback: Fallback) -> Result<(), ()> {
        match piece {
            Piece::Member(index) => self.named.insert(index),
            Piece::Dropped => {}
            Piece::Bits(bits) => {
                let covered = Self::covered(bits);
                self.bits |= covered;
                if covered != bits {
                    match fallback {
                        Fallback::Closed => return Err(()),
                        Fallback::Lossy => {}
                        Fallback::Lossless => self.bits |= bits,
                    }
                }
            }
            Piece::Undeclared(undeclared) => match fallback {
                Fallback::Closed => return Err(()),
                Fallback::Lossy => {}
                Fallback::Lossless => self.unknown.insert(part_text(undeclared).as_ref()),
            },
        }
        Ok(())
    }
}

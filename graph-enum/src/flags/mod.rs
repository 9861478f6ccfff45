//! `Flags<E>`: a set of the members of a flags enum, as Graph writes them
//! (`"reactionAdded,reactionRemoved"`). The rules are SPEC.md's "Flags".

mod unknown_parts;

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt::{self, Write};
use core::hash::Hash;
use core::marker::PhantomData;
use core::ops::{BitAnd, BitAndAssign, BitOr, BitOrAssign, Sub, SubAssign};
use core::str::FromStr;

use self::unknown_parts::UnknownParts;
use crate::enum_trait::{report, GraphEnum};
use crate::error::{ParseError, RequestValueError, ValueError};
use crate::integer::{parse_integer, IntegerText};
use crate::member::{Fallback, Member};
use crate::odata::ODataLiteral;
use crate::parse::{member_index, member_index_ignoring_case, member_with_value};
use crate::undeclared::Undeclared;

use graph_enum_rules::flags::MAX_FLAGS_MEMBERS;

/// How the members of a flags enum make up a set. The derive decides it with
/// the rule the generator and this crate share (`graph_enum_rules`).
#[doc(inline)]
pub use graph_enum_rules::flags::FlagsKind;

/// A `#[graph_enum(flags)]` enum, used through [`Flags`]. Implemented by the
/// derive.
pub trait GraphFlags: GraphEnum {
    /// Whether the members are bits or names; see [`FlagsKind`].
    const KIND: FlagsKind;

    /// The union of every member's bits but the sentinel's (bits kind only).
    #[doc(hidden)]
    const __DECLARED_BITS: u64 = declared_bits(Self::MEMBERS, Self::__SENTINEL);

    /// The position of the zero member (not the sentinel), which a bits set
    /// writes when it is empty.
    #[doc(hidden)]
    const __ZERO: Option<usize> = zero_position(Self::MEMBERS, Self::__SENTINEL);

    /// The members a bits set is written with (non-zero, not the sentinel),
    /// largest value first: the order of Graph's greedy writing. Computed by
    /// the derive; empty for the names kind.
    #[doc(hidden)]
    const __BITS_BY_VALUE: &'static [u16];

    /// When every member but the zero and the sentinel is one bit, as in
    /// nearly all of Graph's flags enums: the position in `MEMBERS` of each
    /// bit's member. The greedy writing then takes each bit set to its member,
    /// a step per bit rather than per member. `None` if a member has several
    /// bits (the writer then walks `__BITS_BY_VALUE`).
    #[doc(hidden)]
    const __MEMBER_OF_BIT: Option<[u16; 64]> = member_of_bit(Self::MEMBERS, Self::__SENTINEL);
}

/// See [`GraphFlags::__MEMBER_OF_BIT`]; a bit no member holds maps to
/// `u16::MAX`, which is never read (the writer looks up declared bits only).
const fn member_of_bit(members: &[Member], sentinel: Option<usize>) -> Option<[u16; 64]> {
    let mut table = [u16::MAX; 64];
    let mut index = 0;
    while index < members.len() {
        let value = members[index].value;
        if !is_sentinel_at(sentinel, index) && value != 0 {
            if value < 0 || value & (value - 1) != 0 || index > u16::MAX as usize {
                return None;
            }
            // `u16::try_from` is not const; the index was checked just above.
            #[allow(clippy::cast_possible_truncation)]
            let position = index as u16;
            table[value.trailing_zeros() as usize] = position;
        }
        index += 1;
    }
    Some(table)
}

/// Whether `index` is the sentinel's position (`Option::is_some_and` is not
/// `const`).
const fn is_sentinel_at(sentinel: Option<usize>, index: usize) -> bool {
    match sentinel {
        Some(position) => position == index,
        None => false,
    }
}

const fn zero_position(members: &[Member], sentinel: Option<usize>) -> Option<usize> {
    let mut index = 0;
    while index < members.len() {
        if !is_sentinel_at(sentinel, index) && members[index].value == 0 {
            return Some(index);
        }
        index += 1;
    }
    None
}

const fn declared_bits(members: &[Member], sentinel: Option<usize>) -> u64 {
    let mut bits = 0;
    let mut index = 0;
    while index < members.len() {
        if !is_sentinel_at(sentinel, index) {
            // `u64::try_from` is not const; the derive rejects negative values.
            bits |= members[index].value.unsigned_abs();
        }
        index += 1;
    }
    bits
}

/// A set of flags of a `#[graph_enum(flags)]` enum `E`, read and written as
/// Graph does: member names joined by commas, `"reactionAdded,reactionRemoved"`.
///
/// ```
/// use graph_enum::{Flags, GraphEnum, UnknownValue};
///
/// /// Graph's chatMessageActions.
/// #[derive(GraphEnum, Clone, Debug, PartialEq)]
/// #[repr(i32)]
/// #[graph_enum(flags)]
/// enum ChatMessageActions {
///     ReactionAdded = 1,
///     ReactionRemoved = 2,
///     ActionUndefined = 4,
///     UnknownFutureValue = 8,
///     #[graph_enum(unknown)]
///     Unknown(UnknownValue<Self>),
/// }
///
/// let mut actions: Flags<ChatMessageActions> = "reactionAdded,reactionRemoved".parse()?;
/// assert!(actions.contains(&ChatMessageActions::ReactionRemoved));
/// assert_eq!(actions.bits(), 3);
///
/// actions.remove(&ChatMessageActions::ReactionAdded);
/// actions |= ChatMessageActions::ActionUndefined;
/// assert_eq!(actions.to_string(), "reactionRemoved,actionUndefined");
///
/// // A name Graph added later is kept, and written back.
/// let newer: Flags<ChatMessageActions> = "reactionAdded, pinned".parse()?;
/// assert_eq!(newer.to_string(), "reactionAdded,pinned");
///
/// // A number is split into the members it holds and a remainder.
/// let number: Flags<ChatMessageActions> = "17".parse()?;
/// assert!(number.contains(&ChatMessageActions::ReactionAdded));
/// assert_eq!(number, Flags::from_bits(17)?);
/// assert_eq!(number.to_string(), "reactionAdded,16");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # How it reads and writes
///
/// SPEC.md ("Flags") is the contract; in short:
///
/// - **Reading** splits at commas, trims spaces around each part and skips
///   empty parts (`""` is the empty set). A part is a member's name, or
///   OData's numeric form: for a [`FlagsKind::Bits`] enum a number is split
///   into the members whose bits it holds plus a remainder, exactly as
///   [`from_bits`](Self::from_bits) and a JSON integer are; for a
///   [`FlagsKind::Names`] enum it is the member with that value.
/// - **Writing** follows Graph (whose service formats flags like .NET's
///   `Enum.ToString`): a member whose value is exactly the set's bits is
///   written alone (`full`, not `read,write,delete,share`); otherwise members
///   are taken greedily from the largest value down; all are written in
///   declaration order, then the remaining bits as one number, then unknown
///   names in the order received. The empty set is the zero member's name
///   (`none`) if a bits enum has one, else `""`.
/// - **The sentinel** `unknownFutureValue` is a name of its own: it is never
///   read from or written as bits, and is only in a set it was put in.
/// - **Unknown parts** are kept when `E` has a lossless fallback, dropped
///   when its fallback is lossy (only the undeclared remainder of a number is
///   dropped), and an error when `E` is closed.
pub struct Flags<E> {
    /// Bits kind: the union of the members' bits and, for a lossless `E`, of
    /// undeclared numeric parts. Always 0 for the names kind.
    bits: u64,
    /// Members held by name: every member for the names kind, only the
    /// sentinel for the bits kind.
    named: MemberSet,
    /// Parts no member covers, as received; empty unless `E` is lossless.
    unknown: UnknownParts,
    marker: PhantomData<fn() -> E>,
}

/// A set of member positions (< [`MAX_FLAGS_MEMBERS`]).
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct MemberSet([u64; MAX_FLAGS_MEMBERS / 64]);

impl MemberSet {
    const EMPTY: MemberSet = MemberSet([0; MAX_FLAGS_MEMBERS / 64]);

    fn contains(self, index: usize) -> bool {
        index < MAX_FLAGS_MEMBERS && self.0[index / 64] & (1 << (index % 64)) != 0
    }

    fn insert(&mut self, index: usize) {
        if index < MAX_FLAGS_MEMBERS {
            self.0[index / 64] |= 1 << (index % 64);
        }
    }

    fn remove(&mut self, index: usize) {
        if index < MAX_FLAGS_MEMBERS {
            self.0[index / 64] &= !(1 << (index % 64));
        }
    }

    fn is_empty(self) -> bool {
        self == Self::EMPTY
    }

    /// The positions in the set, in increasing order.
    fn iter(self) -> impl Iterator<Item = usize> {
        self.0
            .into_iter()
            .enumerate()
            .flat_map(|(word_index, word)| {
                let mut rest = word;
                core::iter::from_fn(move || {
                    if rest == 0 {
                        return None;
                    }
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    Some(word_index * 64 + bit)
                })
            })
    }

    fn union(self, other: Self) -> Self {
        let mut out = self;
        for (word, other) in out.0.iter_mut().zip(other.0) {
            *word |= other;
        }
        out
    }

    fn intersection(self, other: Self) -> Self {
        let mut out = self;
        for (word, other) in out.0.iter_mut().zip(other.0) {
            *word &= other;
        }
        out
    }

    fn difference(self, other: Self) -> Self {
        let mut out = self;
        for (word, other) in out.0.iter_mut().zip(other.0) {
            *word &= !other;
        }
        out
    }
}

/// One part of a set as it is written.
enum Part<'a> {
    Member(usize),
    Remainder(u64),
    Unknown(&'a str),
}

/// What a part of the input (or a value added) is, before it joins a set.
#[derive(Clone, Copy)]
enum Piece<'a> {
    Member(usize),
    Bits(u64),
    Undeclared(Undeclared<'a>),
    /// A lossy fallback: it stands for a value that was dropped.
    Dropped,
}

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
    fn drop_uncovered(&mut self) {
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
    /// [`GraphEnum::to_request_str`] for a single value.
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
    /// case, as [`GraphEnum::from_str_ignore_ascii_case`] does for one value.
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

    /// What a part of a set's text is: `name` finds a member.
    #[inline]
    fn piece(part: &str, name: impl Fn(&str) -> Option<usize>) -> Piece<'_> {
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
    fn read(
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
    fn member(index: usize) -> Piece<'static> {
        match E::KIND {
            FlagsKind::Bits if Some(index) != E::__SENTINEL => {
                Piece::Bits(bits_of(&E::MEMBERS[index]))
            }
            _ => Piece::Member(index),
        }
    }

    /// OData's numeric form of a set.
    fn number(number: i64) -> Piece<'static> {
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
    fn is_undeclared(piece: &Piece<'_>) -> bool {
        match piece {
            Piece::Undeclared(_) => E::FALLBACK != Fallback::Closed,
            Piece::Bits(bits) => Self::covered(*bits) != *bits && E::FALLBACK != Fallback::Closed,
            Piece::Member(_) | Piece::Dropped => false,
        }
    }

    /// The bits of `bits` that members cover: the union of the members whose
    /// bits are all in `bits`. What is left is no member's (`{a = 1, b = 6}`
    /// covers nothing of `2`).
    fn covered(bits: u64) -> u64 {
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
    fn pieces_of<'a>(flag: &'a E, mut each: impl FnMut(Piece<'a>)) {
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
    fn add(&mut self, piece: Piece<'_>, fallback: Fallback) -> Result<(), ()> {
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

    /// Walks the parts as they are written: the members (the exact one, or
    /// the greedy decomposition, and those held by name) in declaration
    /// order, then the remaining bits, then unknowns.
    fn for_each_part(&self, mut each: impl FnMut(Part<'_>) -> fmt::Result) -> fmt::Result {
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
    fn write(&self, out: &mut impl Write, empty: &str) -> fmt::Result {
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
fn part_text(undeclared: Undeclared<'_>) -> PartText<'_> {
    match undeclared {
        Undeclared::Text(text) => PartText::Text(text),
        Undeclared::Integer(number) => PartText::Number(IntegerText::new(i128::from(number))),
    }
}

/// An unknown part's text, without an allocation of its own.
enum PartText<'a> {
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
/// space is either ASCII up to the space or a character of several bytes.
/// (`str::trim` cost about 60 of the 783 instructions of reading a set of one
/// to three members; BENCHMARKS.md, "`Flags` format and reading in instructions".)
#[inline]
fn trim(part: &str) -> &str {
    let plain = |byte: &u8| (b'!'..0x80).contains(byte);
    match part.as_bytes() {
        [first, .., last] if plain(first) && plain(last) => part,
        [only] if plain(only) => part,
        _ => part.trim(),
    }
}

/// A member's value as bits; the derive rejects negative values in flags enums.
fn bits_of(member: &Member) -> u64 {
    u64::try_from(member.value).unwrap_or(0)
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
pub struct FlagsLiteral<'a, E>(&'a Flags<E>);

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

impl<E> Clone for Flags<E> {
    fn clone(&self) -> Self {
        Flags {
            bits: self.bits,
            named: self.named,
            unknown: self.unknown.clone(),
            marker: PhantomData,
        }
    }
}

impl<E: GraphFlags> Default for Flags<E> {
    fn default() -> Self {
        Self::empty()
    }
}

/// Sets are equal when they hold the same members, bits and unknown values,
/// in any order; exactly when they are written with the same parts.
impl<E> PartialEq for Flags<E> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits && self.named == other.named && self.unknown == other.unknown
    }
}

impl<E> Eq for Flags<E> {}

/// Agrees with `==`: unknown values are hashed in text order.
impl<E> Hash for Flags<E> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.bits.hash(state);
        self.named.hash(state);
        self.unknown.hash(state);
    }
}

/// A total order that agrees with `==` (bits, then members, then unknown
/// values by text), so sets can be `BTreeMap` keys. It is not an order of
/// meaning, like "subset of".
impl<E> PartialOrd for Flags<E> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<E> Ord for Flags<E> {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.bits, self.named)
            .cmp(&(other.bits, other.named))
            .then_with(|| self.unknown.cmp(&other.unknown))
    }
}

impl<E: GraphFlags> From<E> for Flags<E> {
    fn from(flag: E) -> Self {
        let mut flags = Self::empty();
        flags.insert(flag);
        flags
    }
}

impl<E: GraphFlags> FromIterator<E> for Flags<E> {
    fn from_iter<I: IntoIterator<Item = E>>(iter: I) -> Self {
        let mut flags = Self::empty();
        flags.extend(iter);
        flags
    }
}

impl<E: GraphFlags> Extend<E> for Flags<E> {
    fn extend<I: IntoIterator<Item = E>>(&mut self, iter: I) {
        // The unknown parts' texts, one after the other, added at once.
        let mut texts = String::new();
        let mut ends = Vec::new();
        for flag in iter {
            Self::pieces_of(&flag, |piece| match piece {
                Piece::Undeclared(undeclared) if E::FALLBACK == Fallback::Lossless => {
                    texts.push_str(part_text(undeclared).as_ref());
                    ends.push(texts.len());
                }
                piece => {
                    let _ = self.add(piece, E::FALLBACK);
                }
            });
        }
        let mut start = 0;
        self.unknown.extend(ends.into_iter().map(|end| {
            let part = &texts[start..end];
            start = end;
            part
        }));
    }
}

impl<E: GraphFlags> BitOrAssign for Flags<E> {
    fn bitor_assign(&mut self, other: Self) {
        self.bits |= other.bits;
        self.named = self.named.union(other.named);
        self.unknown.union(&other.unknown);
    }
}

impl<E: GraphFlags> BitOrAssign<E> for Flags<E> {
    fn bitor_assign(&mut self, flag: E) {
        self.insert(flag);
    }
}

impl<E: GraphFlags> BitAndAssign for Flags<E> {
    fn bitand_assign(&mut self, other: Self) {
        self.bits &= other.bits;
        self.named = self.named.intersection(other.named);
        self.unknown.intersect(&other.unknown);
        self.drop_uncovered();
    }
}

impl<E: GraphFlags> SubAssign for Flags<E> {
    fn sub_assign(&mut self, other: Self) {
        self.bits &= !other.bits;
        self.named = self.named.difference(other.named);
        self.unknown.subtract(&other.unknown);
        self.drop_uncovered();
    }
}

impl<E: GraphFlags> SubAssign<E> for Flags<E> {
    fn sub_assign(&mut self, flag: E) {
        self.remove(&flag);
    }
}

macro_rules! binary_operators {
    ($($trait:ident $method:ident $assign:ident $rhs:ty;)*) => {$(
        impl<E: GraphFlags> $trait<$rhs> for Flags<E> {
            type Output = Self;

            fn $method(mut self, other: $rhs) -> Self {
                self.$assign(other);
                self
            }
        }
    )*};
}

binary_operators! {
    BitOr bitor bitor_assign Self;
    BitOr bitor bitor_assign E;
    BitAnd bitand bitand_assign Self;
    Sub sub sub_assign Self;
    Sub sub sub_assign E;
}

impl<E: GraphFlags> IntoIterator for &Flags<E> {
    type Item = E;
    type IntoIter = alloc::vec::IntoIter<E>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
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

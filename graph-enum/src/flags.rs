//! `Flags<E>`: a set of the members of a flags enum, as Graph writes them
//! (`"reactionAdded,reactionRemoved"`).

use alloc::vec::Vec;
use core::fmt::{self, Write};
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;
use core::ops::{BitAnd, BitAndAssign, BitOr, BitOrAssign, Sub, SubAssign};
use core::str::FromStr;

use crate::integer::{parse_integer, IntegerText};
use crate::{Fallback, GraphEnum, Member, ODataLiteral, ParseError, UnknownValue, ValueError};

/// The most members a flags enum may declare; the derive rejects more. Graph's
/// largest flags enum has a few dozen, and the bound keeps formatting free of
/// allocation.
pub(crate) const MAX_FLAGS_MEMBERS: usize = 256;

/// A `#[graph_enum(flags)]` enum: its members are bits (`1`, `2`, `4`, …),
/// unions of bits (`full = 15`) or zero (`none`). Implemented by the derive;
/// use it through [`Flags`].
pub trait GraphFlags: GraphEnum {}

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
///     Unknown(UnknownValue),
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
/// let both = ChatMessageActions::ReactionAdded | ChatMessageActions::ReactionRemoved;
/// assert_eq!(both, "3".parse()?);
/// # Ok::<(), graph_enum::ParseError>(())
/// ```
///
/// # How it reads and writes
///
/// - **Reading** takes names and OData's numeric parts alike (`"1,reactionRemoved"`),
///   splits at commas and tolerates spaces around them (`", "`). An empty
///   string is the empty set.
/// - **Writing** follows Graph (whose service formats flags like .NET's
///   `Enum.ToString`): a member whose value is exactly the set is written
///   alone (`full`, not `read,write,delete,share` for `full = 15`); otherwise
///   members are taken greedily from the largest value down and written in
///   declaration order. The empty set is the zero member's name (`none`) if
///   the enum has one, else `""`. Bits no member covers any more (after
///   removing part of a combination member) are written as one number.
/// - **Unknown parts** (a name or number no member covers) are kept, in the
///   order received and after the known names, when `E` has a lossless
///   fallback; dropped when its fallback is lossy; an error when `E` is closed.
///   So a value read from Graph and written back is unchanged, up to the
///   canonical order and combination names Graph itself writes.
pub struct Flags<E> {
    /// The union of the declared members' values in the set.
    bits: u64,
    /// Parts no member covers, as received; empty unless `E` is lossless.
    unknown: Vec<UnknownValue>,
    marker: PhantomData<fn() -> E>,
}

impl<E: GraphFlags> Flags<E> {
    /// The empty set.
    #[must_use]
    pub const fn empty() -> Self {
        Flags {
            bits: 0,
            unknown: Vec::new(),
            marker: PhantomData,
        }
    }

    /// Every declared member.
    #[must_use]
    pub fn all() -> Self {
        Self::from_known_bits(all_bits::<E>())
    }

    fn from_known_bits(bits: u64) -> Self {
        Flags {
            bits,
            unknown: Vec::new(),
            marker: PhantomData,
        }
    }

    /// The set with these bits. Bits no member declares are kept as one
    /// unknown number if `E` is lossless, and dropped if it is lossy.
    ///
    /// # Errors
    /// [`ValueError`] if `E` is closed and `bits` has undeclared bits (or is negative).
    pub fn from_bits(bits: i64) -> Result<Self, ValueError> {
        // A negative value has no bits a member declares: all of it is unknown.
        let (known, rest) = match u64::try_from(bits) {
            Ok(unsigned) => {
                let known = unsigned & all_bits::<E>();
                (known, i64::try_from(unsigned & !known).unwrap_or(0))
            }
            Err(_) => (0, bits),
        };
        let mut flags = Self::from_known_bits(known);
        if rest != 0 {
            match E::FALLBACK {
                Fallback::Closed => return Err(ValueError::new(E::NAME, bits)),
                Fallback::Lossy => {}
                Fallback::Lossless => flags.unknown.push(UnknownValue::from_integer(rest)),
            }
        }
        Ok(flags)
    }

    /// The set's integer value: the union of its members' values and of its
    /// unknown numeric parts.
    #[must_use]
    pub fn bits(&self) -> i64 {
        let unknown = self
            .unknown
            .iter()
            .filter_map(UnknownValue::value)
            .filter_map(|value| u64::try_from(value).ok())
            .fold(0, |bits, value| bits | value);
        // Member values are non-negative i64s, so their union fits in i64.
        i64::try_from(self.bits | unknown).unwrap_or(i64::MAX)
    }

    /// Whether the set holds no member and no unknown part.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.bits == 0 && self.unknown.is_empty()
    }

    /// Whether `flag` is in the set: all of a member's bits are (the zero
    /// member is in the empty set only), or an unknown value was received.
    #[must_use]
    pub fn contains(&self, flag: &E) -> bool {
        match flag.member() {
            Some(member) if member.value == 0 => self.is_empty(),
            Some(member) => bits_of(member) & self.bits == bits_of(member),
            None => self
                .unknown
                .iter()
                .any(|unknown| unknown.as_str() == flag.as_str()),
        }
    }

    /// Adds `flag`: a member's bits, or a lossless unknown value.
    // By value like every set's `insert`, so `flags.insert(E::A)` reads naturally.
    #[allow(clippy::needless_pass_by_value)]
    pub fn insert(&mut self, flag: E) {
        match flag.member() {
            Some(member) => self.bits |= bits_of(member),
            None if E::FALLBACK == Fallback::Lossless => {
                self.insert_unknown(UnknownValue::from_text(flag.as_str()));
            }
            None => {}
        }
    }

    /// Removes `flag`: a member's bits (which may leave part of a combination
    /// member), or an unknown value.
    pub fn remove(&mut self, flag: &E) {
        match flag.member() {
            Some(member) => self.bits &= !bits_of(member),
            None => self
                .unknown
                .retain(|unknown| unknown.as_str() != flag.as_str()),
        }
    }

    /// The members and unknown values in the set, in the order they are
    /// written (see the type's docs). Bits no member covers any more are
    /// yielded as an unknown value of a lossless `E` and skipped otherwise.
    #[must_use]
    pub fn iter(&self) -> alloc::vec::IntoIter<E> {
        let mut parts = Vec::new();
        self.for_each_part(|part| {
            let flag = match part {
                Part::Member(member) => member.name.parse().ok(),
                Part::Leftover(bits) => IntegerText::new(i128::from(bits)).as_str().parse().ok(),
                Part::Unknown(unknown) => unknown.as_str().parse().ok(),
            };
            parts.extend(flag);
            Ok(())
        })
        .ok();
        parts.into_iter()
    }

    /// The set as an OData literal for `$filter`
    /// (`microsoft.graph.chatMessageActions'reactionAdded,reactionRemoved'`).
    #[must_use]
    pub fn odata_literal(&self) -> ODataLiteral<&Self> {
        ODataLiteral::new(E::NAMESPACE, E::NAME, self)
    }

    /// [`odata_literal`](Self::odata_literal) as a `String`.
    #[must_use]
    pub fn to_odata_literal(&self) -> alloc::string::String {
        alloc::string::ToString::to_string(&self.odata_literal())
    }

    fn insert_unknown(&mut self, unknown: UnknownValue) {
        if !self.unknown.contains(&unknown) {
            self.unknown.push(unknown);
        }
    }

    /// Walks the parts as they are written: the exact member, or the greedy
    /// decomposition in declaration order, then leftover bits, then unknowns.
    fn for_each_part(&self, mut each: impl FnMut(Part<'_>) -> fmt::Result) -> fmt::Result {
        let members = E::MEMBERS;
        if self.bits == 0 {
            if self.unknown.is_empty() {
                if let Some(zero) = members.iter().find(|member| member.value == 0) {
                    each(Part::Member(zero))?;
                }
            }
        } else if let Some(exact) = members.iter().find(|member| bits_of(member) == self.bits) {
            each(Part::Member(exact))?;
        } else {
            let mut selected = [0u64; MAX_FLAGS_MEMBERS / 64];
            let mut remaining = self.bits;
            // Largest first: each pick takes at least one bit, so at most 64 rounds.
            while let Some((index, member)) = members
                .iter()
                .enumerate()
                .filter(|(index, member)| {
                    let bits = bits_of(member);
                    *index < MAX_FLAGS_MEMBERS && bits != 0 && bits & remaining == bits
                })
                .max_by_key(|(_, member)| member.value)
            {
                selected[index / 64] |= 1 << (index % 64);
                remaining &= !bits_of(member);
            }
            for (index, member) in members.iter().enumerate().take(MAX_FLAGS_MEMBERS) {
                if selected[index / 64] & (1 << (index % 64)) != 0 {
                    each(Part::Member(member))?;
                }
            }
            if remaining != 0 {
                each(Part::Leftover(remaining))?;
            }
        }
        for unknown in &self.unknown {
            each(Part::Unknown(unknown))?;
        }
        Ok(())
    }
}

enum Part<'a> {
    Member(&'static Member),
    Leftover(u64),
    Unknown(&'a UnknownValue),
}

/// A member's value as bits; the derive rejects negative values in flags enums.
fn bits_of(member: &Member) -> u64 {
    u64::try_from(member.value).unwrap_or(0)
}

fn all_bits<E: GraphEnum>() -> u64 {
    E::MEMBERS
        .iter()
        .fold(0, |bits, member| bits | bits_of(member))
}

impl<E: GraphFlags> FromStr for Flags<E> {
    type Err = ParseError;

    fn from_str(text: &str) -> Result<Self, ParseError> {
        let mut flags = Self::empty();
        let all = all_bits::<E>();
        for part in text
            .split(',')
            .map(str::trim)
            .filter(|part| !part.is_empty())
        {
            // OData allows a number for a set of flags as for a single member.
            if let Some(number) = parse_integer(part).and_then(|number| u64::try_from(number).ok())
            {
                if number & !all == 0 {
                    flags.bits |= number;
                    continue;
                }
            } else if let Ok(flag) = part.parse::<E>() {
                if let Some(member) = flag.member() {
                    flags.bits |= bits_of(member);
                    continue;
                }
            }
            match E::FALLBACK {
                Fallback::Closed => return Err(ParseError::new(E::NAME, E::MEMBERS, part)),
                Fallback::Lossy => {}
                Fallback::Lossless => flags.insert_unknown(UnknownValue::from_text(part)),
            }
        }
        Ok(flags)
    }
}

impl<E: GraphFlags> fmt::Display for Flags<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        self.for_each_part(|part| {
            if !first {
                f.write_char(',')?;
            }
            first = false;
            match part {
                Part::Member(member) => f.write_str(member.name),
                Part::Leftover(bits) => f.write_str(IntegerText::new(i128::from(bits)).as_str()),
                Part::Unknown(unknown) => f.write_str(unknown.as_str()),
            }
        })
    }
}

impl<E: GraphFlags> fmt::Debug for Flags<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Flags({:?})", alloc::string::ToString::to_string(self))
    }
}

impl<E> Clone for Flags<E> {
    fn clone(&self) -> Self {
        Flags {
            bits: self.bits,
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

/// Sets are equal when they hold the same members and the same unknown
/// values, in any order.
impl<E> PartialEq for Flags<E> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
            && self.unknown.len() == other.unknown.len()
            && self
                .unknown
                .iter()
                .all(|unknown| other.unknown.contains(unknown))
    }
}

impl<E> Eq for Flags<E> {}

impl<E> Hash for Flags<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Order-independent, as equality is: the unknowns' count, not their order.
        self.bits.hash(state);
        self.unknown.len().hash(state);
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
        for flag in iter {
            self.insert(flag);
        }
    }
}

impl<E: GraphFlags> BitOrAssign for Flags<E> {
    fn bitor_assign(&mut self, other: Self) {
        self.bits |= other.bits;
        for unknown in other.unknown {
            self.insert_unknown(unknown);
        }
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
        self.unknown
            .retain(|unknown| other.unknown.contains(unknown));
    }
}

impl<E: GraphFlags> SubAssign for Flags<E> {
    fn sub_assign(&mut self, other: Self) {
        self.bits &= !other.bits;
        self.unknown
            .retain(|unknown| !other.unknown.contains(unknown));
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

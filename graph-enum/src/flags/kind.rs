//! The trait every flags enum implements, and the tables of its members
//! that `const` evaluation derives from `MEMBERS`.

use crate::enum_trait::GraphEnum;
use crate::member::Member;

/// How the members of a flags enum make up a set. The derive decides it with
/// the rule the generator and this crate share (`graph_enum_rules`).
#[doc(inline)]
pub use graph_enum_rules::flags::FlagsKind;

/// A `#[graph_enum(flags)]` enum, used through [`Flags`](super::Flags). Implemented by the
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

/// A member's value as bits; the derive rejects negative values in flags enums.
pub(super) fn bits_of(member: &Member) -> u64 {
    u64::try_from(member.value).unwrap_or(0)
}

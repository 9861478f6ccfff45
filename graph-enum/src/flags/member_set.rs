//! The members a set holds by name, as a fixed bitset of their positions.

use graph_enum_rules::flags::MAX_FLAGS_MEMBERS;

/// A set of member positions (< [`MAX_FLAGS_MEMBERS`]).
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) struct MemberSet([u64; MAX_FLAGS_MEMBERS / 64]);

impl MemberSet {
    pub(super) const EMPTY: MemberSet = MemberSet([0; MAX_FLAGS_MEMBERS / 64]);

    pub(super) fn contains(self, index: usize) -> bool {
        index < MAX_FLAGS_MEMBERS && self.0[index / 64] & (1 << (index % 64)) != 0
    }

    pub(super) fn insert(&mut self, index: usize) {
        if index < MAX_FLAGS_MEMBERS {
            self.0[index / 64] |= 1 << (index % 64);
        }
    }

    pub(super) fn remove(&mut self, index: usize) {
        if index < MAX_FLAGS_MEMBERS {
            self.0[index / 64] &= !(1 << (index % 64));
        }
    }

    pub(super) fn is_empty(self) -> bool {
        self == Self::EMPTY
    }

    /// The positions in the set, in increasing order.
    pub(super) fn iter(self) -> impl Iterator<Item = usize> {
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

    pub(super) fn union(self, other: Self) -> Self {
        let mut out = self;
        for (word, other) in out.0.iter_mut().zip(other.0) {
            *word |= other;
        }
        out
    }

    pub(super) fn intersection(self, other: Self) -> Self {
        let mut out = self;
        for (word, other) in out.0.iter_mut().zip(other.0) {
            *word &= other;
        }
        out
    }

    pub(super) fn difference(self, other: Self) -> Self {
        let mut out = self;
        for (word, other) in out.0.iter_mut().zip(other.0) {
            *word &= !other;
        }
        out
    }
}

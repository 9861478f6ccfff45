//! The std traits of a set and its operators (`|`, `&`, `-` and their
//! assigning forms), by value and by reference.

use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::hash::Hash;
use core::marker::PhantomData;
use core::ops::{BitAnd, BitAndAssign, BitOr, BitOrAssign, Sub, SubAssign};

use super::grammar::part_text;
use super::kind::GraphFlags;
use super::{Flags, Piece};
use crate::member::Fallback;

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

//! Finding a member by its wire name: the table the derive builds for each enum
//! and the search that reads it.
//!
//! The derive chooses the strategy at expansion time. A few members are compared
//! one by one, as a `match` would. More get a perfect hash: the key is the
//! length and a handful of byte positions the derive picked so that no two names
//! share a key; a folded multiply spreads the key over a table whose slots hold
//! member indexes, with a per-bucket displacement chosen so that no two names
//! share a slot (the "hash and displace" scheme). A lookup then costs a few byte
//! loads, one multiply, two table loads and one string comparison, whatever the
//! number of members. Up to [`ONE_BUCKET_MAX_MEMBERS`] members the derive first
//! looks for a table of a single bucket, whose displacement is a constant the
//! lookup folds away: one table load.
//!
//! The derive builds the tables with [`build`] (feature `build`) at expansion
//! time and the runtime reads them with [`Lookup::find`]: one set of key and
//! slot functions for both. graph-enum's catalogue tests parse every name of
//! 2,722 Graph enums, plus near misses of each, through this code.

/// A position counted from the end of the text (`0` = the last byte).
pub const FROM_END: u16 = 0x8000;

#[cfg(feature = "build")]
mod build;
#[cfg(feature = "build")]
pub use self::build::{build, Table, ONE_BUCKET_MAX_MEMBERS, SCAN_MAX_MEMBERS};

/// How an enum finds a member by name: the derive writes one as a constant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup<'a> {
    /// Compare with each name in declaration order.
    Scan,
    /// A perfect hash over the names.
    Hash(Hash<'a>),
}

/// A perfect hash over an enum's wire names; see the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hash<'a> {
    /// Byte positions whose bytes, with the length, make the key (at most six);
    /// [`FROM_END`] marks one counted from the end. Positions past the end read
    /// the last byte (or the first, counting from the end).
    pub positions: &'a [u16],
    /// The odd multiplier of the folded multiply.
    pub multiplier: u64,
    /// One displacement per bucket, combined into the slot by exclusive or;
    /// the length is a power of two.
    pub displacements: &'a [u16],
    /// The member index in each slot (member 0's in slots no name hashes to);
    /// the length is a power of two.
    pub slots: &'a [u16],
}

impl Lookup<'_> {
    /// The index of the name equal to `text`, if any.
    // Always inlined: each enum's lookup is a constant, so at the call site
    // the strategy, the byte positions and the multiplier fold into straight
    // code. Out of line (LLVM's choice inside serde_json's `deserialize_any`)
    // it walked the positions in a loop and cost twice the instructions.
    // Measured: BENCHMARKS.md, "Runtime against the limit".
    #[allow(clippy::inline_always)]
    #[inline(always)]
    #[must_use]
    pub fn find(&self, names: &[&str], text: &str) -> Option<usize> {
        match self {
            Lookup::Scan => names.iter().position(|name| *name == text),
            Lookup::Hash(hash) => {
                // Every slot holds a member index, free ones member 0's: no
                // branch on emptiness, which unknown input would mispredict.
                let index = usize::from(hash.slots[hash.slot(text.as_bytes())]);
                if names.get(index).is_some_and(|name| *name == text) {
                    Some(index)
                } else {
                    None
                }
            }
        }
    }
}

impl Hash<'_> {
    /// The slot `text` hashes to.
    // Measured: BENCHMARKS.md, "Runtime against the limit".
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn slot(&self, text: &[u8]) -> usize {
        let hash = fold(key(text, self.positions), self.multiplier);
        let bucket = bucket(hash, self.displacements.len());
        slot(hash, self.displacements[bucket], self.slots.len())
    }
}

/// The length and the bytes at `positions`, packed: distinct for distinct
/// names when the derive chose the positions.
// Measured: BENCHMARKS.md, "Runtime against the limit".
#[allow(clippy::inline_always)]
#[inline(always)]
#[must_use]
pub fn key(text: &[u8], positions: &[u16]) -> u64 {
    // Lengths past 16 bits alias, harmlessly: the final comparison rejects.
    let mut key = text.len() as u64 & 0xFFFF;
    let Some(last) = text.len().checked_sub(1) else {
        return key;
    };
    let mut shift = 16;
    for &position in positions {
        let offset = usize::from(position & !FROM_END).min(last);
        let index = if position & FROM_END == 0 {
            offset
        } else {
            last - offset
        };
        key |= u64::from(text[index]) << shift;
        shift += 8;
    }
    key
}

/// The folded multiply: the exclusive or of the 128-bit product's halves.
#[inline]
#[must_use]
pub fn fold(key: u64, multiplier: u64) -> u64 {
    let product = u128::from(key) * u128::from(multiplier);
    // Both halves, deliberately truncated.
    #[allow(clippy::cast_possible_truncation)]
    let folded = (product as u64) ^ ((product >> 64) as u64);
    folded
}

/// The bucket of a hash among `buckets` (a power of two): bits the slot does
/// not use, taken with a mask (a multiply here would lengthen every lookup's
/// chain of dependent steps).
#[inline]
#[must_use]
pub fn bucket(hash: u64, buckets: usize) -> usize {
    // Only the bits under the mask survive.
    #[allow(clippy::cast_possible_truncation)]
    let high = (hash >> 32) as usize;
    high & (buckets - 1)
}

/// The slot of a hash in a table of `slots` (a power of two) slots.
#[inline]
#[must_use]
pub fn slot(hash: u64, displacement: u16, slots: usize) -> usize {
    // Only the low bits survive the mask.
    #[allow(clippy::cast_possible_truncation)]
    let low = hash as usize;
    (low ^ usize::from(displacement)) & (slots - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_reads_positions_from_both_ends_and_clamps() {
        let positions = [0, 1, FROM_END, FROM_END | 1, 9];
        let key = key(b"abc", &positions);
        let bytes = key.to_le_bytes();
        assert_eq!(&bytes[..2], &[3, 0]);
        assert_eq!(&bytes[2..7], b"abcbc");
        assert_eq!(super::key(b"", &positions), 0);
    }

    #[test]
    fn scan_finds_exact_names_only() {
        let names = ["none", "inProgress"];
        assert_eq!(Lookup::Scan.find(&names, "inProgress"), Some(1));
        assert_eq!(Lookup::Scan.find(&names, "inprogress"), None);
        assert_eq!(Lookup::Scan.find(&names, ""), None);
    }

    /// A table for `names` in one bucket, built as the derive builds them
    /// (trying multipliers until the names land in distinct slots).
    fn one_bucket_table(names: &[&str]) -> Hash<'static> {
        (1..=u64::MAX)
            .step_by(2)
            .find_map(|multiplier| {
                let mut slots = std::vec![u16::MAX; names.len().next_power_of_two()];
                for (index, name) in names.iter().enumerate() {
                    let slot = slot(fold(key(name.as_bytes(), &[]), multiplier), 0, slots.len());
                    if slots[slot] != u16::MAX {
                        return None;
                    }
                    slots[slot] = u16::try_from(index).ok()?;
                }
                Some(Hash {
                    positions: &[],
                    multiplier,
                    displacements: &[0],
                    slots: std::vec::Vec::leak(slots),
                })
            })
            .unwrap_or_else(|| unreachable!("some multiplier separates two lengths"))
    }

    #[test]
    fn hash_compares_the_name_in_the_slot() {
        // "a" and "bb" differ by length alone, so no positions are needed.
        let names = ["a", "bb"];
        let hash = Lookup::Hash(one_bucket_table(&names));
        assert_eq!(hash.find(&names, "a"), Some(0));
        assert_eq!(hash.find(&names, "bb"), Some(1));
        for miss in ["b", "ab", "", "A", "bbb"] {
            assert_eq!(hash.find(&names, miss), None, "{miss:?}");
        }
    }

    /// Fixed values: a change to a function changes every table the derive
    /// writes, which the derive's expansion snapshots then show.
    #[test]
    fn functions_give_fixed_values() {
        let positions = [3, FROM_END | 2, 40];
        // Length 10, then 'r' (byte 3), 'e' (third from the end), 's' (40 is past the end).
        assert_eq!(key(b"inProgress", &positions), 0x0073_6572_000A);
        assert_eq!(
            fold(0x0073_6572_000A, 0x9E37_79B9_7F4A_7C15),
            0xC073_908A_D2DC_DEC6
        );
        assert_eq!(bucket(0xC073_908A_D2DC_DEC6, 64), 0x0A);
        assert_eq!(slot(0xC073_908A_D2DC_DEC6, 0x0155, 256), 0x93);
    }
}

//! Building the perfect hash of an enum's names, at expansion time.

use alloc::vec;
use alloc::vec::Vec;

use super::{bucket, fold, key, slot, Hash, Lookup, FROM_END};
use crate::sort_pairs;

/// Up to this many members, `FromStr` compares names one by one, as a `match`
/// does. From three on the hash wins on unpredictable input (BENCHMARKS.md,
/// "Runtime against the limit"), since it takes no data-dependent branch
/// before the compare.
pub const SCAN_MAX_MEMBERS: usize = 2;

/// Up to this many names, a table of one bucket is tried first (see [`build`]):
/// 16 names fit one in 32 or 64 slots within a few multipliers, and most Graph
/// enums have fewer.
pub const ONE_BUCKET_MAX_MEMBERS: usize = 16;

/// A free slot while the table is built; the finished table points free slots
/// at member 0, so a lookup never branches on emptiness (the comparison decides).
const FREE: u16 = u16::MAX;
/// The key holds the length and at most this many bytes.
const MAX_POSITIONS: usize = 6;
/// Multipliers tried before giving up on a hash (never seen to take more than a few).
const ATTEMPTS: u64 = 256;

/// A perfect hash as built, owning its tables; [`Table::as_lookup`] reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// [`Hash::positions`].
    pub positions: Vec<u16>,
    /// [`Hash::multiplier`].
    pub multiplier: u64,
    /// [`Hash::displacements`].
    pub displacements: Vec<u16>,
    /// [`Hash::slots`].
    pub slots: Vec<u16>,
}

impl Table {
    /// The lookup that reads this table.
    #[must_use]
    pub fn as_lookup(&self) -> Lookup<'_> {
        Lookup::Hash(Hash {
            positions: &self.positions,
            multiplier: self.multiplier,
            displacements: &self.displacements,
            slots: &self.slots,
        })
    }
}

/// The perfect hash for these names (distinct, in `MEMBERS` order), or `None`
/// where a scan is the lookup: for up to [`SCAN_MAX_MEMBERS`] names, and for
/// names no key of six bytes tells apart.
#[must_use]
pub fn build(names: &[&str]) -> Option<Table> {
    // Slot values are u16 member indexes, u16::MAX meaning empty, and the table
    // has up to 1.25 × the names' slots, rounded up to a power of two ≤ 2^16.
    if names.len() <= SCAN_MAX_MEMBERS || names.len() > 50_000 {
        return None;
    }
    let positions = positions(names)?;
    let mut keys = Vec::with_capacity(names.len());
    for name in names {
        keys.push(key(name.as_bytes(), &positions));
    }
    let slots = (names.len() + names.len() / 4).next_power_of_two();
    let buckets = names.len().div_ceil(3).next_power_of_two();
    // A few names first try one bucket, in the usual table and in one twice
    // its size: its displacement is then a constant the lookup folds away, so
    // a lookup is one multiply, one table load and one comparison, with no
    // dependent load of a displacement before the slot (the limit's shape).
    let mut shapes = Vec::with_capacity(3);
    if names.len() <= ONE_BUCKET_MAX_MEMBERS {
        shapes.extend([(1, slots), (1, 2 * slots)]);
    }
    shapes.push((buckets, slots));
    for (buckets, slots) in shapes {
        for attempt in 0..ATTEMPTS {
            let multiplier = splitmix(attempt) | 1;
            if let Some((displacements, slots)) = displace(&keys, multiplier, buckets, slots) {
                return Some(Table {
                    positions,
                    multiplier,
                    displacements,
                    slots,
                });
            }
        }
    }
    None
}

/// Byte positions that, with the length, tell every name apart: chosen greedily,
/// each the one that leaves the fewest names sharing a key (the first such).
fn positions(names: &[&str]) -> Option<Vec<u16>> {
    let longest = names.iter().map(|name| name.len()).max().unwrap_or(0);
    let longest = u16::try_from(longest).ok()?.min(FROM_END - 1);
    let mut candidates = Vec::with_capacity(2 * usize::from(longest));
    for offset in 0..longest {
        candidates.extend([offset, offset | FROM_END]);
    }
    let mut chosen = Vec::new();
    // The names that share their key with another, in groups of one key: a
    // new position only ever splits a group, so only these are looked at again
    // (the derive runs unoptimised, for every enum of a crate).
    let mut bytes = Vec::with_capacity(names.len());
    for name in names {
        bytes.push(name.as_bytes());
    }
    let mut groups = Vec::new();
    split(&mut groups, &bytes, &[]);
    let mut shared = sharing(&groups);
    while shared > 0 {
        if chosen.len() == MAX_POSITIONS {
            return None;
        }
        // One that leaves none cannot be beaten, so the search stops there.
        let mut best: Option<(u16, usize)> = None;
        for &candidate in &candidates {
            let mut left = 0;
            for group in &groups {
                left += group.len() - distinct(group, candidate);
            }
            if matches!(best, Some((_, fewest)) if fewest <= left) {
                continue;
            }
            best = Some((candidate, left));
            if left == 0 {
                break;
            }
        }
        let (best, left) = best?;
        if left == shared {
            return None;
        }
        chosen.push(best);
        let mut split_groups = Vec::new();
        for group in &groups {
            split(&mut split_groups, group, &[best]);
        }
        groups = split_groups;
        shared = left;
    }
    Some(chosen)
}

/// The names that share a key with another at these positions, grouped by
/// key, added to `groups`. (Plain loops: see the crate docs.)
fn split<'a>(groups: &mut Vec<Vec<&'a [u8]>>, names: &[&'a [u8]], positions: &[u16]) {
    let mut keyed: Vec<(u64, Vec<&[u8]>)> = Vec::new();
    for &name in names {
        let name_key = key(name, positions);
        let mut found = false;
        for (group_key, group) in &mut keyed {
            if *group_key == name_key {
                group.push(name);
                found = true;
                break;
            }
        }
        if !found {
            keyed.push((name_key, vec![name]));
        }
    }
    for (_, group) in keyed {
        if group.len() > 1 {
            groups.push(group);
        }
    }
}

/// How many names share their key with another (all but one of each group).
fn sharing(groups: &[Vec<&[u8]>]) -> usize {
    let mut shared = 0;
    for group in groups {
        shared += group.len() - 1;
    }
    shared
}

/// How many keys the names of one group (one length, one key) have once
/// `position` is added: how many different bytes they have there.
fn distinct(group: &[&[u8]], position: u16) -> usize {
    let mut seen = [false; 256];
    let mut count = 0;
    for name in group {
        // The key's byte at this position, after its two bytes of length.
        let byte = usize::from(key(name, &[position]).to_le_bytes()[2]);
        if !seen[byte] {
            seen[byte] = true;
            count += 1;
        }
    }
    count
}

/// Hash and displace: buckets with the most keys first, each gets the first
/// displacement that puts all its keys in free, distinct slots.
fn displace(
    keys: &[u64],
    multiplier: u64,
    buckets: usize,
    slots: usize,
) -> Option<(Vec<u16>, Vec<u16>)> {
    let mut hashes = Vec::with_capacity(keys.len());
    for &key in keys {
        hashes.push(fold(key, multiplier));
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
    for (index, &hash) in hashes.iter().enumerate() {
        members[bucket(hash, buckets)].push(index);
    }
    // Most keys first (the negated count), then in bucket order.
    let mut order = Vec::with_capacity(buckets);
    for (bucket, keys) in members.iter().enumerate() {
        order.push((-(keys.len() as i128), bucket));
    }
    sort_pairs(&mut order);
    let mut table = vec![FREE; slots];
    let mut displacements = vec![0; buckets];
    let mut taken = Vec::new();
    for (_, bucket) in order {
        if members[bucket].is_empty() {
            break;
        }
        // A displacement is an exclusive or, the same for a bucket's keys: two
        // keys of one bucket in one slot stay together under every displacement,
        // so the multiplier fails without trying them (the usual case for the
        // one-bucket tables, whose single bucket holds every key).
        taken.clear();
        for &index in &members[bucket] {
            let slot = slot(hashes[index], 0, slots);
            if taken.contains(&slot) {
                return None;
            }
            taken.push(slot);
        }
        let found = (0..=u16::try_from(slots - 1).ok()?).find(|&displacement| {
            taken.clear();
            for &index in &members[bucket] {
                let slot = slot(hashes[index], displacement, slots);
                if table[slot] != FREE || taken.contains(&slot) {
                    return false;
                }
                taken.push(slot);
            }
            true
        })?;
        displacements[bucket] = found;
        for (&index, &slot) in members[bucket].iter().zip(&taken) {
            table[slot] = u16::try_from(index).ok()?;
        }
    }
    for slot in &mut table {
        if *slot == FREE {
            *slot = 0;
        }
    }
    Some((displacements, table))
}

/// A fixed sequence of well-mixed multipliers, so expansions are reproducible.
fn splitmix(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::borrow::ToOwned;
    use std::string::String;
    use std::{format, vec};

    /// The lookup the runtime reads: the table, or a scan.
    fn find(table: Option<&Table>, names: &[&str], text: &str) -> Option<usize> {
        table
            .map_or(Lookup::Scan, Table::as_lookup)
            .find(names, text)
    }

    /// Every name is found at its own index, and text one edit away from a
    /// name is found only when it is itself a name.
    fn assert_exact(names: &[&str]) -> Option<Table> {
        let table = build(names);
        if let Some(table) = &table {
            assert!(table
                .slots
                .iter()
                .all(|&slot| usize::from(slot) < names.len()));
        }
        for (index, name) in names.iter().enumerate() {
            assert_eq!(find(table.as_ref(), names, name), Some(index), "{name:?}");
            let mut misses = vec![
                name[1..].to_owned(),
                name[..name.len() - 1].to_owned(),
                format!("{name}x"),
                format!("x{name}"),
                name.to_ascii_uppercase(),
                name.to_ascii_lowercase(),
            ];
            for position in 0..name.len() {
                for change in [0x20, 0x01] {
                    let mut bytes = name.as_bytes().to_vec();
                    bytes[position] ^= change;
                    misses.extend(String::from_utf8(bytes).ok());
                }
            }
            for miss in &misses {
                let expected = names.iter().position(|other| other == miss);
                assert_eq!(
                    find(table.as_ref(), names, miss),
                    expected,
                    "{miss:?} near {name:?}"
                );
            }
        }
        table
    }

    /// A deterministic stream of pseudo-random numbers (xorshift).
    fn numbers(mut state: u64) -> impl Iterator<Item = u64> {
        core::iter::repeat_with(move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        })
    }

    #[test]
    fn two_names_are_scanned_more_are_hashed() {
        assert!(assert_exact(&["none", "inProgress"]).is_none());
        assert!(assert_exact(&["none", "inProgress", "completed", "failed"]).is_some());
    }

    #[test]
    fn a_few_names_get_one_bucket_more_get_many() {
        let mut random = numbers(0x2545_F491_4F6C_DD1D);
        for count in 3..=40 {
            let names: Vec<String> = (0..count)
                .map(|index| {
                    let len = 3 + (random.next().unwrap_or(0) % 20) as usize;
                    let body: String = (0..len)
                        .map(|_| char::from(b'a' + (random.next().unwrap_or(0) % 26) as u8))
                        .collect();
                    format!("{body}{index}")
                })
                .collect();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            let table = assert_exact(&names).expect("more than two names are hashed");
            let one_bucket = table.displacements.len() == 1;
            assert_eq!(one_bucket, count <= ONE_BUCKET_MAX_MEMBERS, "{count} names");
        }
    }

    #[test]
    fn graph_like_names_get_a_perfect_hash() {
        let words = [
            "device",
            "compliance",
            "policy",
            "state",
            "sync",
            "token",
            "apple",
            "app",
            "a",
        ];
        let mut names: Vec<String> = Vec::new();
        for (first, second) in words.iter().flat_map(|a| words.iter().map(move |b| (a, b))) {
            names.push(format!(
                "{first}{}{}",
                second[..1].to_uppercase(),
                &second[1..]
            ));
        }
        // 1- and 60-character names, and names differing in one middle byte or in case only.
        names.extend(["q".to_owned(), "x".repeat(30) + &"Y".repeat(30)]);
        names.extend((b'a'..=b'z').map(|c| format!("shared{}Suffix", char::from(c))));
        names.push("SHAREDaSuffix".to_owned());
        names.sort();
        names.dedup();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        assert!(assert_exact(&names).is_some());
    }

    #[test]
    fn random_name_sets_of_every_size_are_exact() {
        let mut random = numbers(0x9E37_79B9_7F4A_7C15);
        for count in (1..40).chain([100, 150, 472, 826, 2000]) {
            let mut names: Vec<String> = (0..count)
                .map(|_| {
                    let len = 1 + (random.next().unwrap_or(0) % 24) as usize;
                    (0..len)
                        .map(|_| char::from(b'a' + (random.next().unwrap_or(0) % 6) as u8))
                        .collect()
                })
                .collect();
            names.sort();
            names.dedup();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            let table = assert_exact(&names);
            assert_eq!(table.is_none(), names.len() <= SCAN_MAX_MEMBERS, "{count}");
        }
    }

    #[test]
    fn names_no_six_positions_tell_apart_are_scanned() {
        // 2^8 names of one length differing in 8 scattered bytes: the key
        // holds at most six, so no key separates them all.
        let names: Vec<String> = (0..256_u32)
            .map(|bits| {
                (0..8)
                    .map(|bit| if bits >> bit & 1 == 1 { "ab" } else { "aa" })
                    .collect()
            })
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        assert!(assert_exact(&names).is_none());
    }
}

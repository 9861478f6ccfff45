//! The parts of a `Flags` set that no member covers: kept in the order they
//! were received (that is how they are written back) and indexed by text (that
//! is how they are found, compared and hashed), so no operation is quadratic in
//! the number of parts (SPEC.md, "Cost").

use alloc::vec::Vec;
use core::cmp::Ordering;
use core::hash::{Hash, Hasher};

use crate::UnknownValue;

#[derive(Clone, Default)]
pub(crate) struct UnknownParts {
    /// Each distinct part once, in the order first received.
    received: Vec<UnknownValue>,
    /// Positions in `received`, sorted by text.
    by_text: Vec<u32>,
}

impl UnknownParts {
    pub(crate) const fn new() -> Self {
        UnknownParts {
            received: Vec::new(),
            by_text: Vec::new(),
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.received.is_empty()
    }

    /// In the order received.
    pub(crate) fn iter(&self) -> core::slice::Iter<'_, UnknownValue> {
        self.received.iter()
    }

    /// In text order: the order `==` and `Hash` see.
    fn sorted(&self) -> impl Iterator<Item = &UnknownValue> + '_ {
        self.by_text
            .iter()
            .map(|&position| &self.received[position as usize])
    }

    /// Where `text` is or would be in `by_text`.
    fn search(&self, text: &str) -> Result<usize, usize> {
        self.by_text
            .binary_search_by(|&position| self.received[position as usize].as_str().cmp(text))
    }

    pub(crate) fn contains(&self, text: &str) -> bool {
        self.search(text).is_ok()
    }

    /// Adds one part unless it is there already: a binary search and one
    /// insertion into the index.
    pub(crate) fn insert(&mut self, part: UnknownValue) {
        if let Err(slot) = self.search(part.as_str()) {
            self.by_text.insert(slot, self.next_position());
            self.received.push(part);
        }
    }

    /// Adds many parts at once (reading, `extend`, `|`): appended, then one
    /// sort and one pass to drop repeats, O(n log n) however many there are.
    pub(crate) fn extend(&mut self, parts: impl IntoIterator<Item = UnknownValue>) {
        let before = self.received.len();
        self.received.extend(parts);
        if self.received.len() == before {
            return;
        }
        self.reindex_keeping_first();
    }

    pub(crate) fn remove(&mut self, text: &str) {
        if let Ok(slot) = self.search(text) {
            let position = self.by_text.remove(slot);
            self.received.remove(position as usize);
            for later in &mut self.by_text {
                if *later > position {
                    *later -= 1;
                }
            }
        }
    }

    /// Keeps the parts for which `keep` holds, in their received order.
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&UnknownValue) -> bool) {
        let before = self.received.len();
        self.received.retain(|part| keep(part));
        if self.received.len() != before {
            self.reindex_keeping_first();
        }
    }

    fn next_position(&self) -> u32 {
        // A set of more than 4 billion parts cannot be read from any input
        // this crate accepts in memory; saturating keeps the index in range.
        u32::try_from(self.received.len()).unwrap_or(u32::MAX)
    }

    /// Rebuilds the index after `received` changed, dropping every repeat
    /// of a text after its first occurrence: one stable sort, one pass.
    fn reindex_keeping_first(&mut self) {
        let received = &self.received;
        let mut order: Vec<u32> = (0..received.len())
            .map(|position| u32::try_from(position).unwrap_or(u32::MAX))
            .collect();
        // Stable: among equal texts the first received comes first.
        order.sort_by(|&a, &b| received[a as usize].cmp(&received[b as usize]));
        order.dedup_by(|later, first| received[*later as usize] == received[*first as usize]);
        if order.len() < received.len() {
            // Drop the repeats and renumber the survivors in received order.
            let mut kept = alloc::vec![false; received.len()];
            for &position in &order {
                kept[position as usize] = true;
            }
            let mut renumbered = alloc::vec![0_u32; received.len()];
            let mut next = 0_u32;
            for (position, &keep) in kept.iter().enumerate() {
                renumbered[position] = next;
                next += u32::from(keep);
            }
            for position in &mut order {
                *position = renumbered[*position as usize];
            }
            let mut position = 0;
            self.received.retain(|_| {
                position += 1;
                kept[position - 1]
            });
        }
        self.by_text = order;
    }
}

impl PartialEq for UnknownParts {
    /// The same parts, in any order.
    fn eq(&self, other: &Self) -> bool {
        self.received.len() == other.received.len() && self.sorted().eq(other.sorted())
    }
}

impl Eq for UnknownParts {}

impl PartialOrd for UnknownParts {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for UnknownParts {
    /// By text, as `==` compares.
    fn cmp(&self, other: &Self) -> Ordering {
        self.sorted().cmp(other.sorted())
    }
}

impl Hash for UnknownParts {
    /// In text order, so it agrees with `==`.
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.received.len().hash(state);
        for part in self.sorted() {
            part.hash(state);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::UnknownParts;
    use crate::UnknownValue;

    fn parts(texts: &[&str]) -> UnknownParts {
        let mut parts = UnknownParts::new();
        parts.extend(texts.iter().map(|text| UnknownValue::from_text(text)));
        parts
    }

    fn received(parts: &UnknownParts) -> alloc::vec::Vec<&str> {
        parts.iter().map(UnknownValue::as_str).collect()
    }

    #[test]
    fn keeps_the_first_of_repeats_in_received_order() {
        let set = parts(&["pinned", "archived", "pinned", "b", "archived"]);
        assert_eq!(received(&set), ["pinned", "archived", "b"]);
        assert!(set.contains("b") && !set.contains("c"));
    }

    #[test]
    fn extending_with_repeats_keeps_order_and_index() {
        let mut set = parts(&["c", "a"]);
        set.extend(["a", "b", "c", "d", "b"].map(UnknownValue::from_text));
        assert_eq!(received(&set), ["c", "a", "b", "d"]);
        for text in ["a", "b", "c", "d"] {
            assert!(set.contains(text), "{text}");
        }
        assert!(!set.contains("e"));
        assert!(set == parts(&["d", "c", "b", "a"]));
    }

    #[test]
    fn equality_ignores_order() {
        assert!(parts(&["a", "b"]) == parts(&["b", "a", "b"]));
        assert!(parts(&["a", "b"]) != parts(&["a", "c"]));
    }

    #[test]
    fn insert_remove_and_retain_keep_the_index() {
        let mut set = parts(&["c", "a"]);
        set.insert(UnknownValue::from_text("b"));
        set.insert(UnknownValue::from_text("a"));
        assert_eq!(received(&set), ["c", "a", "b"]);
        set.remove("c");
        assert_eq!(received(&set), ["a", "b"]);
        assert!(set.contains("a") && set.contains("b") && !set.contains("c"));
        set.retain(|part| part.as_str() != "a");
        assert_eq!(received(&set), ["b"]);
        assert!(set == parts(&["b"]));
    }
}

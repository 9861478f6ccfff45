//! The parts of a `Flags` set that no member covers: kept in the order they
//! were received (that is how they are written back) and indexed by text (that
//! is how they are found, compared and hashed), so no operation is quadratic in
//! the number of parts (SPEC.md, "Cost").
//!
//! The texts live in one buffer, in received order, and both orders are
//! arrays of spans into it: a walk in either order reads one array
//! sequentially and the buffer, with no allocation and no pointer per part.
//! A set of a million parts stays a few bytes per part beyond its text, so
//! the walks in text order (`==`, `Hash`, `Ord`) stay within the caches far
//! longer than one allocation per part did.

use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::hash::{Hash, Hasher};
use core::ops::Range;

#[derive(Clone, Default)]
pub(crate) struct UnknownParts {
    /// Every part's text, concatenated in the order received; a removed
    /// part's text stays until it is more than half of the buffer.
    text: String,
    /// The bytes of `text` no span holds any more.
    removed: usize,
    /// Each distinct part once, in the order first received.
    received: Vec<Span>,
    /// The same spans, sorted by text.
    by_text: Vec<Span>,
}

/// Where a part's text is in the buffer.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Span {
    start: usize,
    end: usize,
}

impl Span {
    fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl UnknownParts {
    pub(crate) const fn new() -> Self {
        UnknownParts {
            text: String::new(),
            removed: 0,
            received: Vec::new(),
            by_text: Vec::new(),
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.received.is_empty()
    }

    fn text(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// A part's bytes: `==`, `Ord` and `Hash` need no more (`str` compares
    /// and hashes as its bytes), and slicing bytes checks no char boundary.
    fn bytes(&self, span: Span) -> &[u8] {
        &self.text.as_bytes()[span.range()]
    }

    /// In the order received.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.received.iter().map(|&span| self.text(span))
    }

    /// In text order: the order `==` and `Hash` see.
    fn sorted(&self) -> impl Iterator<Item = &[u8]> + '_ {
        self.by_text.iter().map(|&span| self.bytes(span))
    }

    /// Where `text` is or would be in `by_text`.
    fn search(&self, text: &str) -> Result<usize, usize> {
        self.by_text
            .binary_search_by(|&span| self.bytes(span).cmp(text.as_bytes()))
    }

    pub(crate) fn contains(&self, text: &str) -> bool {
        self.search(text).is_ok()
    }

    /// Appends a part's text, not yet indexed.
    fn push(&mut self, part: &str) -> Span {
        let start = self.text.len();
        self.text.push_str(part);
        let span = Span {
            start,
            end: self.text.len(),
        };
        self.received.push(span);
        span
    }

    /// Adds one part unless it is there already: a binary search and one
    /// insertion into the index.
    pub(crate) fn insert(&mut self, part: &str) {
        if let Err(slot) = self.search(part) {
            let span = self.push(part);
            self.by_text.insert(slot, span);
        }
    }

    /// Adds many parts at once (reading, `extend`, `|`): appended, then one
    /// sort and one pass to drop repeats, O(n log n) however many there are.
    pub(crate) fn extend<T: AsRef<str>>(&mut self, parts: impl IntoIterator<Item = T>) {
        let before = self.received.len();
        for part in parts {
            self.push(part.as_ref());
        }
        if self.received.len() != before {
            self.reindex_keeping_first();
        }
    }

    /// Adds the parts of `other` (`|`).
    pub(crate) fn union(&mut self, other: &UnknownParts) {
        if other.is_empty() {
            return;
        }
        self.text.reserve(other.text.len());
        self.received.reserve(other.received.len());
        self.extend(other.iter());
    }

    pub(crate) fn remove(&mut self, text: &str) {
        if let Ok(slot) = self.search(text) {
            let removed = self.by_text.remove(slot);
            // `received` is in buffer order, so the span is found by its start.
            if let Ok(place) = self
                .received
                .binary_search_by_key(&removed.start, |span| span.start)
            {
                self.received.remove(place);
            }
            self.removed += removed.end - removed.start;
            if self.removed > self.text.len() / 2 {
                self.rebuild();
            }
        }
    }

    /// The buffer of only the parts held, in received order, and both span
    /// arrays into it.
    fn rebuild(&mut self) {
        let old = core::mem::take(self);
        let mut order = old.by_text;
        for &span in &old.received {
            self.push(&old.text[span.range()]);
        }
        for span in &mut order {
            let place = old
                .received
                .binary_search_by_key(&span.start, |received| received.start)
                .unwrap_or_default();
            *span = self.received[place];
        }
        self.by_text = order;
    }

    /// Keeps the parts for which `keep` holds, in their received order.
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        let kept: Vec<bool> = self.iter().map(&mut keep).collect();
        if kept.iter().all(|&kept| kept) {
            return;
        }
        let old = core::mem::take(self);
        for (part, _) in old.iter().zip(&kept).filter(|(_, &kept)| kept) {
            self.push(part);
        }
        // The survivors are distinct already; only the index is new.
        self.reindex_keeping_first();
    }

    /// Rebuilds the index after parts were appended, dropping every repeat
    /// of a text after its first occurrence: one stable sort, one pass.
    fn reindex_keeping_first(&mut self) {
        let mut order = self.received.clone();
        let text = &self.text;
        let bytes = text.as_bytes();
        // Stable: among equal texts the first received comes first.
        order.sort_by(|&a, &b| bytes[a.range()].cmp(&bytes[b.range()]));
        order.dedup_by(|later, first| bytes[later.range()] == bytes[first.range()]);
        let repeats = order.len() < self.received.len();
        if repeats {
            // Keep the survivors, in received order (buffer order).
            let mut survivors = order.clone();
            survivors.sort_unstable_by_key(|span| span.start);
            self.received = survivors;
        }
        self.by_text = order;
        if repeats {
            self.rebuild();
        }
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
            // Terminated, as `str` hashes itself: ("ab", "c") is not ("a", "bc").
            state.write(part);
            state.write_u8(0xff);
        }
    }
}
#[cfg(test)]
mod tests {
    use super::UnknownParts;

    fn parts(texts: &[&str]) -> UnknownParts {
        let mut parts = UnknownParts::new();
        parts.extend(texts.iter().copied());
        parts
    }

    fn received(parts: &UnknownParts) -> alloc::vec::Vec<&str> {
        parts.iter().collect()
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
        set.extend(["a", "b", "c", "d", "b"]);
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
        set.insert("b");
        set.insert("a");
        assert_eq!(received(&set), ["c", "a", "b"]);
        set.remove("c");
        assert_eq!(received(&set), ["a", "b"]);
        assert!(set.contains("a") && set.contains("b") && !set.contains("c"));
        set.retain(|part| part != "a");
        assert_eq!(received(&set), ["b"]);
        assert!(set == parts(&["b"]));
    }

    fn sorted(parts: &UnknownParts) -> alloc::vec::Vec<&str> {
        parts
            .sorted()
            .map(|bytes| core::str::from_utf8(bytes).unwrap())
            .collect()
    }

    #[test]
    fn removing_keeps_both_orders_and_compacts_the_buffer() {
        let mut set = parts(&["delta", "alpha", "charlie", "bravo"]);
        set.remove("alpha");
        assert_eq!(received(&set), ["delta", "charlie", "bravo"]);
        assert_eq!(sorted(&set), ["bravo", "charlie", "delta"]);
        set.remove("delta");
        set.remove("echo");
        assert_eq!(received(&set), ["charlie", "bravo"]);
        assert!(set.contains("bravo") && set.contains("charlie") && !set.contains("delta"));
        // Removed texts stay in the buffer until they are more than half of it.
        assert_eq!(set.text, "deltaalphacharliebravo");
        set.insert("alpha");
        assert_eq!(received(&set), ["charlie", "bravo", "alpha"]);
        assert!(set == parts(&["alpha", "bravo", "charlie"]));
        set.remove("charlie");
        assert_eq!(set.text, "bravoalpha");
        assert_eq!(received(&set), ["bravo", "alpha"]);
        assert_eq!(sorted(&set), ["alpha", "bravo"]);
    }

    #[test]
    fn repeats_across_unions_are_dropped_and_the_buffer_rebuilt() {
        let mut set = parts(&["b", "a"]);
        set.union(&parts(&["a", "c", "b", "d"]));
        assert_eq!(received(&set), ["b", "a", "c", "d"]);
        assert_eq!(set.text, "bacd");
        assert_eq!(sorted(&set), ["a", "b", "c", "d"]);
        set.retain(|part| part != "b" && part != "d");
        assert_eq!(received(&set), ["a", "c"]);
        assert_eq!(set.text, "ac");
        assert!(set.contains("c") && !set.contains("b"));
    }
}

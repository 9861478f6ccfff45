//! The parts of a `Flags` set that no member covers: kept in the order they
//! were received (that is how they are written back) and in text order (that
//! is how they are found, compared and hashed), so no operation is quadratic in
//! the number of parts and every walk reads memory in order (SPEC.md, "Cost").
//!
//! Each order has its own copy of the texts. `text` holds them as received,
//! for writing; `sorted` holds them sorted, each followed by a byte no UTF-8
//! text contains, so `==` is one comparison of two buffers and `Hash` one
//! write. At a million parts the sets are far larger than the caches, and a
//! walk in text order through a buffer in received order would miss the
//! cache at every part; these walks never leave the buffer they read.
//!
//! Adding many parts (reading, `extend`, `|`) sorts only the new ones and
//! merges them into `sorted` in one pass; `&` and `-` are merges too. Parts
//! inserted or removed one at a time wait beside the two orders, found by a
//! search of their own, and join them in one merge once they are as many as
//! the parts there (`settle`), so n such steps cost O(n log n) in all.

use alloc::boxed::Box;
use alloc::collections::{BTreeMap, BTreeSet};
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::hash::{Hash, Hasher};
use core::ops::Range;

use alloc::string::String;

/// Ends each text in `sorted`: no UTF-8 text holds this byte, so the
/// concatenation tells `["ab", "c"]` from `["a", "bc"]`.
const END: u8 = 0xff;

#[derive(Clone, Default)]
pub(crate) struct UnknownParts {
    /// Every part's text, concatenated in the order received; the text of a
    /// part removed (or dropped as a repeat) stays until such texts are more
    /// than half of the buffer.
    text: String,
    /// The bytes of `text` no part holds any more.
    removed: usize,
    /// Each distinct part once, in the order first received (buffer order).
    received: Vec<Span>,
    /// The distinct texts in text order, each followed by `END`.
    sorted: Vec<u8>,
    /// One entry a part, in text order.
    index: Vec<Entry>,
    /// Parts inserted one at a time, not yet in `index`: their texts, each
    /// with where it starts in `text`. None of them is held in `index`
    /// (outside `gone`).
    pending: BTreeMap<Box<str>, usize>,
    /// The places in `index` of parts removed one at a time.
    gone: BTreeSet<usize>,
    /// The spans in `received` of parts removed one at a time.
    dead: BTreeSet<Span>,
}

/// Where a part's text is in `text`. `received` is sorted by (start, end):
/// an empty text starts where the next text does, so the start alone does
/// not tell them apart.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Span {
    start: usize,
    end: usize,
}

impl Span {
    fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

/// A part in text order: where its text is in `sorted` and in `text` (to
/// find its place in `received`).
#[derive(Clone, Copy)]
struct Entry {
    sorted: usize,
    received: usize,
    len: usize,
}

impl Entry {
    fn sorted_range(self) -> Range<usize> {
        self.sorted..self.sorted + self.len
    }

    fn received_span(self) -> Span {
        Span {
            start: self.received,
            end: self.received + self.len,
        }
    }
}

impl UnknownParts {
    pub(crate) const fn new() -> Self {
        UnknownParts {
            text: String::new(),
            removed: 0,
            received: Vec::new(),
            sorted: Vec::new(),
            index: Vec::new(),
            pending: BTreeMap::new(),
            gone: BTreeSet::new(),
            dead: BTreeSet::new(),
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.received.len() == self.dead.len()
    }

    /// How many parts there are.
    fn len(&self) -> usize {
        self.index.len() - self.gone.len() + self.pending.len()
    }

    /// Whether every part is in both orders and nothing waits beside them.
    fn is_settled(&self) -> bool {
        self.pending.is_empty() && self.gone.is_empty() && self.dead.is_empty()
    }

    /// In the order received.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.received
            .iter()
            .filter(|span| self.dead.is_empty() || !self.dead.contains(span))
            .map(|&span| &self.text[span.range()])
    }

    /// In text order, as bytes: `Ord` needs no more (`str` orders as its
    /// bytes). The parts of `index` and those waiting in `pending`, merged.
    fn sorted(&self) -> impl Iterator<Item = &[u8]> + '_ {
        let mut settled = self
            .index
            .iter()
            .enumerate()
            .filter(|(slot, _)| self.gone.is_empty() || !self.gone.contains(slot))
            .map(|(_, &entry)| &self.sorted[entry.sorted_range()])
            .peekable();
        let mut pending = self.pending.keys().map(|text| text.as_bytes()).peekable();
        core::iter::from_fn(move || match (settled.peek(), pending.peek()) {
            (Some(ours), Some(waiting)) if waiting < ours => pending.next(),
            (Some(_), _) => settled.next(),
            (None, _) => pending.next(),
        })
    }

    /// Where `text` is or would be in `index`.
    fn search(&self, text: &str) -> Result<usize, usize> {
        self.index
            .binary_search_by(|&entry| self.sorted[entry.sorted_range()].cmp(text.as_bytes()))
    }

    pub(crate) fn contains(&self, text: &str) -> bool {
        let settled = match self.search(text) {
            Ok(slot) => !self.gone.contains(&slot),
            Err(_) => false,
        };
        settled || self.pending.contains_key(text)
    }

    /// Appends a part's text and its span in received order.
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

    /// Adds one part unless it is there already: it waits in `pending`.
    pub(crate) fn insert(&mut self, part: &str) {
        if self.contains(part) {
            return;
        }
        let span = self.push(part);
        self.pending.insert(part.into(), span.start);
        self.settle_when_due();
    }

    /// Removes one part: from `pending`, or marked `gone` from `index`.
    pub(crate) fn remove(&mut self, text: &str) {
        let start = match self.pending.remove(text) {
            Some(start) => start,
            None => match self.search(text) {
                Ok(slot) if self.gone.insert(slot) => self.index[slot].received,
                _ => return,
            },
        };
        self.dead.insert(Span {
            start,
            end: start + text.len(),
        });
        self.settle_when_due();
    }

    /// Settles once the parts waiting are more than those in `index`: each
    /// settling is one pass over the set, paid for by as many single steps.
    fn settle_when_due(&mut self) {
        if self.pending.len() + self.gone.len() > self.index.len().max(16) {
            self.settle();
        }
    }

    /// Brings the parts inserted and removed one at a time into both orders:
    /// the removed ones dropped from `index`, then the waiting ones merged in.
    fn settle(&mut self) {
        if !self.gone.is_empty() {
            let mut gone = core::mem::take(&mut self.gone).into_iter().peekable();
            let mut sorted = Vec::with_capacity(self.sorted.len());
            let mut index = Vec::with_capacity(self.index.len());
            for (slot, &entry) in self.index.iter().enumerate() {
                if gone.next_if_eq(&slot).is_none() {
                    index.push(Entry {
                        sorted: sorted.len(),
                        ..entry
                    });
                    sorted.extend_from_slice(&self.sorted[entry.sorted_range()]);
                    sorted.push(END);
                }
            }
            self.sorted = sorted;
            self.index = index;
        }
        if !self.pending.is_empty() {
            let pending = core::mem::take(&mut self.pending);
            let bytes = pending.keys().map(|text| text.len() + 1).sum();
            let run = pending
                .iter()
                .map(|(text, &received)| (text.as_bytes(), received));
            let merged = merge(
                &self.sorted,
                &self.index,
                run,
                (bytes, pending.len()),
                |_| {},
                |_| {},
            );
            self.sorted = merged.sorted;
            self.index = merged.index;
        }
        if !self.dead.is_empty() {
            let dead = core::mem::take(&mut self.dead).into_iter().collect();
            self.drop_received(dead);
        }
    }

    /// Counts `len` bytes of `text` as held by no part, and compacts the
    /// buffer once they are more than half of it.
    fn forget(&mut self, len: usize) {
        self.removed += len;
        if self.removed > self.text.len() / 2 {
            self.compact();
        }
    }

    /// Adds many parts at once (reading, `extend`): appended in received
    /// order, the new ones sorted (O(k log k) for k parts) and merged into
    /// text order in one pass; repeats keep their first occurrence.
    pub(crate) fn extend<T: AsRef<str>>(&mut self, parts: impl IntoIterator<Item = T>) {
        self.settle();
        let first = self.received.len();
        let first_byte = self.text.len();
        for part in parts {
            self.push(part.as_ref());
        }
        if self.received.len() == first {
            return;
        }
        let bytes = self.text.as_bytes();
        let new = &self.received[first..];
        // Sorted by a key of the first eight bytes, so most comparisons read
        // no text; among equal texts the first received comes first.
        let mut order: Vec<(u64, usize)> = new
            .iter()
            .enumerate()
            .map(|(position, span)| (prefix(&bytes[span.range()]), position))
            .collect();
        order.sort_unstable_by(|&(a_key, a), &(b_key, b)| {
            a_key
                .cmp(&b_key)
                .then_with(|| bytes[new[a].range()].cmp(&bytes[new[b].range()]))
                .then(a.cmp(&b))
        });
        // Repeats are adjacent now, and told apart by their keys but for
        // texts alike in their first eight bytes.
        let mut repeats = Vec::new();
        let mut previous: Option<(u64, Span)> = None;
        let run = order.iter().filter_map(|&(key, position)| {
            let span = new[position];
            let repeat = previous.is_some_and(|(held, kept)| {
                held == key && bytes[kept.range()] == bytes[span.range()]
            });
            if repeat {
                repeats.push(span);
                return None;
            }
            previous = Some((key, span));
            Some((&bytes[span.range()], span.start))
        });
        let room = (bytes.len() - first_byte + new.len(), new.len());
        let mut held = Vec::new();
        let merged = merge(
            &self.sorted,
            &self.index,
            run,
            room,
            |span| held.push(span),
            |_| {},
        );
        held.append(&mut repeats);
        self.sorted = merged.sorted;
        self.index = merged.index;
        self.drop_received(held);
    }

    /// Adds the parts of `other` (`|`): its text order merged into this
    /// one, then the parts it added appended in `other`'s received order;
    /// nothing is sorted but the new parts' places.
    pub(crate) fn union(&mut self, other: &UnknownParts) {
        if other.is_empty() {
            return;
        }
        self.settle();
        if !other.is_settled() {
            let mut settled = other.clone();
            settled.settle();
            return self.union(&settled);
        }
        let run = other
            .index
            .iter()
            .map(|&entry| (&other.sorted[entry.sorted_range()], entry.received));
        let room = (other.sorted.len(), other.index.len());
        let mut added = Vec::new();
        let mut merged = merge(
            &self.sorted,
            &self.index,
            run,
            room,
            |_| {},
            |place| added.push(place),
        );
        // The added entries still point into `other`'s buffer.
        added.sort_unstable_by_key(|&place| merged.index[place].received);
        self.text.reserve(other.text.len() - other.removed);
        self.received.reserve(added.len());
        for place in added {
            let entry = &mut merged.index[place];
            entry.received = self.push(&other.text[entry.received_span().range()]).start;
        }
        self.sorted = merged.sorted;
        self.index = merged.index;
    }

    /// Keeps the parts that `other` holds too (`&`).
    pub(crate) fn intersect(&mut self, other: &UnknownParts) {
        self.keep(other, true);
    }

    /// Keeps the parts that `other` does not hold (`-`).
    pub(crate) fn subtract(&mut self, other: &UnknownParts) {
        self.keep(other, false);
    }

    /// Keeps the parts whose presence in `other` is `shared`: one merge of
    /// the two text orders.
    fn keep(&mut self, other: &UnknownParts, shared: bool) {
        self.settle();
        let mut sorted = Vec::with_capacity(self.sorted.len());
        let mut index = Vec::with_capacity(self.index.len());
        let mut dropped = Vec::new();
        let mut theirs = other.sorted().peekable();
        for &entry in &self.index {
            let text = &self.sorted[entry.sorted_range()];
            while theirs.next_if(|&their| their < text).is_some() {}
            let held = theirs.next_if_eq(&text).is_some();
            if held == shared {
                index.push(Entry {
                    sorted: sorted.len(),
                    ..entry
                });
                sorted.extend_from_slice(text);
                sorted.push(END);
            } else {
                dropped.push(entry.received_span());
            }
        }
        self.sorted = sorted;
        self.index = index;
        self.drop_received(dropped);
    }

    /// Removes the parts at `spans` from `received`, in one pass.
    fn drop_received(&mut self, mut spans: Vec<Span>) {
        spans.sort_unstable();
        let mut spans = spans.into_iter().peekable();
        let mut freed = 0;
        // `retain` moves nothing when there is nothing to drop.
        self.received.retain(|span| {
            let drop = spans.next_if_eq(span).is_some();
            if drop {
                freed += span.end - span.start;
            }
            !drop
        });
        self.forget(freed);
    }

    /// A buffer of only the parts held, in received order.
    fn compact(&mut self) {
        let old_text = core::mem::take(&mut self.text);
        let old_received = core::mem::take(&mut self.received);
        for &span in &old_received {
            self.push(&old_text[span.range()]);
        }
        self.removed = 0;
        // Both arrays are in buffer order, so a part's old span finds its
        // new one.
        for entry in &mut self.index {
            let place = old_received
                .binary_search(&entry.received_span())
                .unwrap_or_default();
            entry.received = self.received[place].start;
        }
    }
}

/// The first eight bytes as a number that orders as they do (padded with
/// zeros, so texts that it does not tell apart are compared in full).
fn prefix(bytes: &[u8]) -> u64 {
    let mut key = [0; 8];
    let len = bytes.len().min(8);
    key[..len].copy_from_slice(&bytes[..len]);
    u64::from_be_bytes(key)
}

/// A text order built by a merge.
struct Merged {
    sorted: Vec<u8>,
    index: Vec<Entry>,
}

/// Merges `run` (distinct texts in text order, each with where it starts in
/// the received buffer) into the text order `sorted`/`index`; a text already
/// there keeps its entry. `room` is at most how many bytes (ends included)
/// and parts the run adds, so the buffers are allocated once. `held` hears
/// of each part of the run that was there already (where it is in the
/// received buffer), `added` of each it adds (its place in the new index).
fn merge<'a>(
    sorted: &[u8],
    index: &[Entry],
    run: impl Iterator<Item = (&'a [u8], usize)>,
    room: (usize, usize),
    mut held: impl FnMut(Span),
    mut added: impl FnMut(usize),
) -> Merged {
    let mut merged = Merged {
        sorted: Vec::with_capacity(sorted.len() + room.0),
        index: Vec::with_capacity(index.len() + room.1),
    };
    let mut ours = index.iter().peekable();
    for (text, received) in run {
        while let Some(entry) = ours.next_if(|entry| &sorted[entry.sorted_range()] < text) {
            merged.add(&sorted[entry.sorted_range()], entry.received);
        }
        let there = ours
            .peek()
            .is_some_and(|entry| &sorted[entry.sorted_range()] == text);
        if there {
            held(Span {
                start: received,
                end: received + text.len(),
            });
        } else {
            added(merged.index.len());
            merged.add(text, received);
        }
    }
    for &entry in ours {
        merged.add(&sorted[entry.sorted_range()], entry.received);
    }
    merged
}

impl Merged {
    /// Appends a text to the order.
    fn add(&mut self, text: &[u8], received: usize) {
        self.index.push(Entry {
            sorted: self.sorted.len(),
            received,
            len: text.len(),
        });
        self.sorted.extend_from_slice(text);
        self.sorted.push(END);
    }
}

impl PartialEq for UnknownParts {
    /// The same parts, in any order: the same texts in text order.
    fn eq(&self, other: &Self) -> bool {
        if self.is_settled() && other.is_settled() {
            self.sorted == other.sorted
        } else {
            self.sorted().eq(other.sorted())
        }
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
    /// The texts in text order, each ended, so it agrees with `==`.
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        if self.is_settled() {
            state.write(&self.sorted);
        } else {
            // One write of the same bytes: a hasher may tell writes apart.
            let mut sorted = Vec::new();
            for text in self.sorted() {
                sorted.extend_from_slice(text);
                sorted.push(END);
            }
            state.write(&sorted);
        }
    }
}

#[cfg(test)]
mod tests;

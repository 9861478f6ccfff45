//! The two orders of unknown parts agree under every operation.

use super::UnknownParts;
use alloc::vec::Vec;
use core::hash::{Hash, Hasher};

fn parts(texts: &[&str]) -> UnknownParts {
    let mut parts = UnknownParts::new();
    parts.extend(texts.iter().copied());
    parts
}

fn received(parts: &UnknownParts) -> Vec<&str> {
    parts.iter().collect()
}

fn sorted(parts: &UnknownParts) -> Vec<&str> {
    parts
        .sorted()
        .map(|bytes| core::str::from_utf8(bytes).unwrap())
        .collect()
}

#[test]
fn keeps_the_first_of_repeats_in_received_order() {
    let set = parts(&["pinned", "archived", "pinned", "b", "archived"]);
    assert_eq!(received(&set), ["pinned", "archived", "b"]);
    assert_eq!(sorted(&set), ["archived", "b", "pinned"]);
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
fn equality_ignores_order_and_tells_where_texts_end() {
    assert!(parts(&["a", "b"]) == parts(&["b", "a", "b"]));
    assert!(parts(&["a", "b"]) != parts(&["a", "c"]));
    // The same bytes, cut in other places.
    assert!(parts(&["ab", "c"]) != parts(&["a", "bc"]));
    assert!(parts(&["a\0b"]) != parts(&["a", "b"]));
}

#[test]
fn order_is_the_order_of_the_sorted_texts() {
    // "a" < "ab" as texts, although `END` is the greatest byte.
    assert!(parts(&["a"]) < parts(&["ab"]));
    assert!(parts(&["a", "b"]) < parts(&["ab"]));
    assert!(parts(&["b"]) > parts(&["a", "c"]));
    assert!(parts(&[]) < parts(&[""]));
}

#[test]
fn texts_alike_in_their_first_eight_bytes_sort_in_full() {
    let set = parts(&[
        "unknownFuture2",
        "unknownFuture10",
        "unknownF",
        "unknownF\0",
    ]);
    assert_eq!(
        sorted(&set),
        [
            "unknownF",
            "unknownF\0",
            "unknownFuture10",
            "unknownFuture2"
        ]
    );
}

#[test]
fn insert_remove_and_set_operations_keep_both_orders() {
    let mut set = parts(&["c", "a"]);
    set.insert("b");
    set.insert("a");
    assert_eq!(received(&set), ["c", "a", "b"]);
    assert_eq!(sorted(&set), ["a", "b", "c"]);
    set.remove("c");
    assert_eq!(received(&set), ["a", "b"]);
    assert!(set.contains("a") && set.contains("b") && !set.contains("c"));
    set.subtract(&parts(&["a", "z"]));
    assert_eq!(received(&set), ["b"]);
    assert!(set == parts(&["b"]));
    let mut set = parts(&["d", "b", "c", "a"]);
    set.intersect(&parts(&["a", "e", "c"]));
    assert_eq!(received(&set), ["c", "a"]);
    assert_eq!(sorted(&set), ["a", "c"]);
}

#[test]
fn removing_compacts_the_buffer_once_half_is_unused() {
    let mut set = parts(&["delta", "alpha", "charlie", "bravo"]);
    set.remove("alpha");
    assert_eq!(received(&set), ["delta", "charlie", "bravo"]);
    assert_eq!(sorted(&set), ["bravo", "charlie", "delta"]);
    set.remove("delta");
    set.remove("echo");
    set.settle();
    assert_eq!(received(&set), ["charlie", "bravo"]);
    assert!(set.contains("bravo") && set.contains("charlie") && !set.contains("delta"));
    // Removed texts stay in the buffer until they are more than half of it.
    assert_eq!(set.text, "deltaalphacharliebravo");
    set.insert("alpha");
    assert_eq!(received(&set), ["charlie", "bravo", "alpha"]);
    assert!(set == parts(&["alpha", "bravo", "charlie"]));
    set.remove("charlie");
    set.settle();
    assert_eq!(set.text, "bravoalpha");
    assert_eq!(received(&set), ["bravo", "alpha"]);
    assert_eq!(sorted(&set), ["alpha", "bravo"]);
    set.remove("alpha");
    assert!(set.contains("bravo") && !set.contains("alpha"));
}

#[test]
fn a_union_appends_the_new_parts_in_their_received_order() {
    let mut set = parts(&["b", "a"]);
    set.union(&parts(&["a", "c", "b", "d"]));
    assert_eq!(received(&set), ["b", "a", "c", "d"]);
    assert_eq!(sorted(&set), ["a", "b", "c", "d"]);
    // Only the new parts' texts were appended.
    assert_eq!(set.text, "bacd");
    set.subtract(&parts(&["b", "d"]));
    assert_eq!(received(&set), ["a", "c"]);
    // Unused texts are half of the buffer, not more: kept.
    assert_eq!(set.text, "bacd");
    assert!(set.contains("c") && !set.contains("b"));
    set.subtract(&parts(&["c"]));
    assert_eq!(set.text, "a");
    assert_eq!(received(&set), ["a"]);
}

/// A reference model: the parts in received order, first occurrences.
#[derive(Default)]
struct Model(Vec<&'static str>);

impl Model {
    fn insert(&mut self, text: &'static str) {
        if !self.0.contains(&text) {
            self.0.push(text);
        }
    }
    fn sorted(&self) -> Vec<&'static str> {
        let mut sorted = self.0.clone();
        sorted.sort_unstable();
        sorted
    }
}

/// A hasher that keeps what it is given, to compare what was hashed.
#[derive(Default)]
struct Recorder(Vec<u8>);

impl Hasher for Recorder {
    fn finish(&self) -> u64 {
        0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0.extend_from_slice(bytes);
    }
}

fn hashed(set: &UnknownParts) -> Vec<u8> {
    let mut recorder = Recorder::default();
    set.hash(&mut recorder);
    recorder.0
}

#[test]
fn every_operation_agrees_with_a_model() {
    const TEXTS: [&str; 12] = [
        "a",
        "ab",
        "b",
        "",
        "a\0",
        "zz",
        "unknownFuture1",
        "unknownFuture10",
        "unknownFuture2",
        "unknownF",
        "é",
        "9",
    ];
    // xorshift: the same sequence on every run.
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        usize::try_from(state % bound as u64).unwrap()
    };
    let mut set = UnknownParts::new();
    let mut model = Model::default();
    for _ in 0..4_000 {
        let text = TEXTS[next(TEXTS.len())];
        match next(6) {
            0 => {
                set.insert(text);
                model.insert(text);
            }
            1 => {
                set.remove(text);
                model.0.retain(|&held| held != text);
            }
            2 | 3 => {
                let batch: Vec<&str> = (0..next(5)).map(|_| TEXTS[next(TEXTS.len())]).collect();
                if next(2) == 0 {
                    set.extend(batch.iter().copied());
                } else {
                    // A set whose buffer holds a removed text too.
                    let mut other = parts(&batch);
                    other.insert("removed");
                    other.remove("removed");
                    set.union(&other);
                }
                for &text in &batch {
                    model.insert(text);
                }
            }
            4 => {
                let other: Vec<&str> = (0..next(6)).map(|_| TEXTS[next(TEXTS.len())]).collect();
                set.intersect(&parts(&other));
                model.0.retain(|held| other.contains(held));
            }
            _ => {
                let other: Vec<&str> = (0..next(3)).map(|_| TEXTS[next(TEXTS.len())]).collect();
                set.subtract(&parts(&other));
                model.0.retain(|held| !other.contains(held));
            }
        }
        assert_eq!(received(&set), model.0);
        assert_eq!(sorted(&set), model.sorted());
        for text in TEXTS {
            assert_eq!(set.contains(text), model.0.contains(&text), "{text:?}");
        }
        // Any other way to the same parts is equal, ordered equal and
        // hashed the same.
        let mut reversed = model.0.clone();
        reversed.reverse();
        let again = parts(&reversed);
        assert!(set == again);
        assert_eq!(set.cmp(&again), core::cmp::Ordering::Equal);
        assert_eq!(hashed(&set), hashed(&again));
        assert!(set.removed <= set.text.len() / 2);
    }
}

//! One run of each `Flags` operation on a set of N distinct unknown parts, for
//! callgrind to count its instructions: how the work grows with N, apart from
//! the caches that the wall-clock growth benchmark (`flags_growth`) also
//! measures. `benches/flags-growth-instructions.sh` runs it for every size.
//!
//! Usage: flags_growth_instructions N

use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
use std::hint::black_box;

use graph_enum::Flags;
use graph_enum_runtime_benches::growth::{received_text, Actions};

type Set = Flags<Actions>;

// Each operation in a function of its own, never inlined, whose name
// callgrind's --toggle-collect matches (`measured_*`). Each result goes
// through `black_box` inside, so the operation is no tail call, which
// callgrind would count outside the function.

#[inline(never)]
fn measured_parse(text: &str) -> Set {
    black_box(text.parse().unwrap())
}

#[inline(never)]
fn measured_write(set: &Set) -> String {
    black_box(set.to_string())
}

#[inline(never)]
fn measured_eq(set: &Set, other: &Set) -> bool {
    black_box(set == other)
}

#[inline(never)]
fn measured_hash(set: &Set) -> u64 {
    black_box(BuildHasherDefault::<DefaultHasher>::default().hash_one(set))
}

#[inline(never)]
fn measured_insert_remove(set: &mut Set, extra: &Actions) {
    set.insert(extra.clone());
    set.remove(extra);
    black_box(set);
}

#[inline(never)]
fn measured_union(set: Set, other: Set) -> Set {
    black_box(set | other)
}

#[inline(never)]
fn measured_insert_each(values: &[Actions]) -> Set {
    let mut set = Set::empty();
    for value in values {
        set.insert(value.clone());
    }
    black_box(set)
}

#[inline(never)]
fn measured_remove_each(mut set: Set, values: &[Actions]) -> Set {
    for value in values {
        set.remove(value);
    }
    black_box(set)
}

fn main() {
    let parts: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).expect("usage: flags_growth_instructions N");
    let text = received_text(parts);
    let reversed_text = text.rsplit(',').collect::<Vec<_>>().join(",");
    let set = measured_parse(black_box(&text));
    let reversed: Set = reversed_text.parse().unwrap();
    assert_eq!(measured_write(black_box(&set)).len(), text.len());
    assert!(measured_eq(black_box(&set), black_box(&reversed)));
    black_box(measured_hash(black_box(&set)));
    let extra: Actions = "p5x".parse().unwrap();
    let mut working = set.clone();
    measured_insert_remove(black_box(&mut working), black_box(&extra));
    let (copy, other) = (set.clone(), reversed.clone());
    assert_eq!(measured_union(black_box(copy), black_box(other)), set);
    // Built one part at a time, and emptied one part at a time.
    let values: Vec<Actions> = text.split(',').map(|part| part.parse().unwrap()).collect();
    assert_eq!(measured_insert_each(black_box(&values)), set);
    assert!(measured_remove_each(set.clone(), black_box(&values)).is_empty());
}

//! `Flags` set operations on undeclared parts and members against a model:
//! the two orders a set keeps its undeclared parts in must agree with a
//! plain list under every operation (SPEC.md, "Building a set" and "Cost").

use graph_enum::Flags;

use crate::fixtures::Permissions;
use crate::laws::hash_of;

/// The undeclared texts `flags_ops` adds and removes: alike in their first
/// eight bytes, prefixes of each other, empty-adjacent, non-ASCII, and one
/// that sorts between the others only by its last byte.
pub const PART_TEXTS: [&str; 10] = [
    "a",
    "ab",
    "b",
    "unknownF",
    "unknownFuture1",
    "unknownFuture10",
    "unknownFuture2",
    "é",
    "zz",
    "p5x",
];

/// What a `Flags<Permissions>` should hold after a sequence of operations: the
/// members' bits, and the undeclared parts in the order they were received.
#[derive(Clone, Debug, Default)]
pub struct FlagsModel {
    bits: i64,
    unknown: Vec<&'static str>,
}

impl FlagsModel {
    fn insert(&mut self, text: &'static str) {
        if !self.unknown.contains(&text) {
            self.unknown.push(text);
        }
    }

    /// The same set built another way: its parts in reverse order, through
    /// `insert` one by one.
    fn rebuilt(&self) -> Flags<Permissions> {
        let mut set = Flags::from_bits(self.bits).unwrap();
        for text in self.unknown.iter().rev() {
            set.insert(text.parse().unwrap());
        }
        set
    }
}

/// Member `index` of `Permissions` that has bits of its own (read, write, share).
fn member(index: u8) -> (Permissions, i64) {
    match index % 3 {
        0 => (Permissions::Read, 1),
        1 => (Permissions::Write, 2),
        _ => (Permissions::Share, 8),
    }
}

/// Runs the operations `data` encodes (two bytes each: an operation, an
/// argument) on two sets and their models, and checks after each one that the
/// set holds what the model does, reads back from its writing, and is equal,
/// ordered and hashed as the same parts received in another order.
pub fn flags_operations(data: &[u8]) {
    let mut sets = [Flags::<Permissions>::empty(), Flags::empty()];
    let mut models = [FlagsModel::default(), FlagsModel::default()];
    for pair in data.chunks_exact(2) {
        let (operation, argument) = (pair[0], pair[1]);
        let target = usize::from(operation & 1);
        let text = PART_TEXTS[usize::from(argument) % PART_TEXTS.len()];
        let other = sets[1 - target].clone();
        let other_model = models[1 - target].clone();
        let (set, model) = (&mut sets[target], &mut models[target]);
        match (operation >> 1) % 8 {
            0 => {
                set.insert(text.parse().unwrap());
                model.insert(text);
            }
            1 => {
                set.remove(&text.parse().unwrap());
                model.unknown.retain(|&held| held != text);
            }
            2 => {
                let (flag, bits) = member(argument);
                set.insert(flag);
                model.bits |= bits;
            }
            3 => {
                let (flag, bits) = member(argument);
                set.remove(&flag);
                model.bits &= !bits;
            }
            4 => {
                *set |= other;
                model.bits |= other_model.bits;
                for &text in &other_model.unknown {
                    model.insert(text);
                }
            }
            5 => {
                *set &= other;
                model.bits &= other_model.bits;
                model
                    .unknown
                    .retain(|held| other_model.unknown.contains(held));
            }
            6 => {
                *set -= other;
                model.bits &= !other_model.bits;
                model
                    .unknown
                    .retain(|held| !other_model.unknown.contains(held));
            }
            _ => {
                // Several at once, repeats included, through `extend`.
                let batch = PART_TEXTS
                    .iter()
                    .cycle()
                    .skip(usize::from(argument))
                    .step_by(3)
                    .take(usize::from(argument % 5));
                set.extend(
                    batch
                        .clone()
                        .map(|text| text.parse::<Permissions>().unwrap()),
                );
                for &text in batch {
                    model.insert(text);
                }
            }
        }
        let unknown: Vec<String> = set
            .iter()
            .filter(Permissions::is_unknown)
            .map(|part| part.to_string())
            .collect();
        assert_eq!(unknown, model.unknown, "{set:?}");
        assert_eq!(set.bits(), model.bits, "{set:?}");
        for text in PART_TEXTS {
            assert_eq!(
                set.contains(&text.parse().unwrap()),
                model.unknown.contains(&text),
                "{text:?} in {set:?}"
            );
        }
        let written = set.to_string();
        let again: Flags<Permissions> = written.parse().unwrap();
        assert_eq!(&again, &*set, "{written:?}");
        let rebuilt = model.rebuilt();
        assert_eq!(&rebuilt, &*set);
        assert_eq!(rebuilt.cmp(set), std::cmp::Ordering::Equal);
        assert_eq!(hash_of(&rebuilt), hash_of(&*set));
    }
    // Sets that differ compare unequal, and order agrees with that.
    let [first, second] = &sets;
    let same = models[0].bits == models[1].bits && {
        let mut ours = models[0].unknown.clone();
        let mut theirs = models[1].unknown.clone();
        ours.sort_unstable();
        theirs.sort_unstable();
        ours == theirs
    };
    assert_eq!(first == second, same);
    assert_eq!(first.cmp(second) == std::cmp::Ordering::Equal, same);
    assert_eq!(first.cmp(second), second.cmp(first).reverse());
}

//! SPEC.md, "Equality, hashing, order" (of sets): the same members, bits and
//! undeclared parts in any order are one set; `Hash` and `Ord` agree.

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashSet};

use graph_enum::Flags;
use graph_enum_test_support::fixtures::ChatMessageActions;
use graph_enum_test_support::laws::hash_of;

type Actions = Flags<ChatMessageActions>;

#[test]
fn the_order_of_parts_is_no_part_of_a_set() {
    let a: Actions = "pinned,archived,reactionAdded,16".parse().unwrap();
    let b: Actions = "16,archived, reactionAdded,pinned,pinned".parse().unwrap();
    assert_eq!(a, b);
    assert_eq!(hash_of(&a), hash_of(&b));
    assert_eq!(a.cmp(&b), Ordering::Equal);
    let mut keys = BTreeSet::new();
    keys.insert(a.clone());
    assert!(!keys.insert(b.clone()));
    let mut hashed = HashSet::new();
    hashed.insert(a);
    assert!(!hashed.insert(b));
}

#[test]
fn sets_differing_in_any_part_differ() {
    let base: Actions = "reactionAdded,pinned".parse().unwrap();
    for other in [
        "reactionAdded",
        "reactionAdded,pinned,archived",
        "reactionRemoved,pinned",
        "reactionAdded,pinned,16",
        "reactionAdded,Pinned",
    ] {
        let other: Actions = other.parse().unwrap();
        assert_ne!(base, other);
        assert_ne!(base.cmp(&other), Ordering::Equal, "{other}");
        assert_eq!(base.cmp(&other), other.cmp(&base).reverse());
    }
}

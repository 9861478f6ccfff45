//! arbitrary (feature `arbitrary`): values for fuzz targets and property
//! tests: declared members for closed enums, and for open ones also text and
//! numbers no member has, so the unknown path is exercised.

use arbitrary::{Arbitrary, Unstructured};
use graph_enum::{Flags, GraphEnum, GraphFlags};
use graph_enum_integrations::{
    ChatMessageActions, Permissions, VppTokenAccountType, VppTokenState, VppTokenSyncStatus,
};

/// `count` values, each from its own pseudo-random input, as a fuzzer gives.
fn values<T: for<'a> Arbitrary<'a>>(count: u64) -> Vec<T> {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    (0..count)
        .map(|_| {
            let bytes: Vec<u8> = (0..48)
                .map(|_| {
                    // xorshift64
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    state.to_le_bytes()[0]
                })
                .collect();
            T::arbitrary(&mut Unstructured::new(&bytes)).unwrap()
        })
        .collect()
}

/// Every value written and read back is itself.
fn round_trips<T: GraphEnum + PartialEq + std::fmt::Debug>(values: &[T]) {
    for value in values {
        assert_eq!(&value.to_string().parse::<T>().unwrap(), value);
    }
}

#[test]
fn a_closed_enum_gives_every_member_and_nothing_else() {
    let values = values::<VppTokenAccountType>(500);
    assert!(values.iter().all(|value| !value.is_unknown()));
    for member in VppTokenAccountType::iter() {
        assert!(values.contains(member), "{member} never given");
    }
}

#[test]
fn a_lossless_enum_gives_members_undeclared_text_and_undeclared_numbers() {
    let values = values::<VppTokenSyncStatus>(2_000);
    for member in VppTokenSyncStatus::iter() {
        assert!(values.contains(member), "{member} never given");
    }
    let unknown: Vec<_> = values.iter().filter(|value| value.is_unknown()).collect();
    // One value in four, give or take.
    assert!(
        (300..700).contains(&unknown.len()),
        "{} unknown",
        unknown.len()
    );
    assert!(
        unknown.iter().any(|value| value.value().is_some()),
        "no undeclared number"
    );
    assert!(
        unknown.iter().any(|value| value.value().is_none()),
        "no undeclared text"
    );
    round_trips(&values);
}

#[test]
fn a_lossy_enum_gives_its_fallback() {
    let values = values::<VppTokenState>(1_000);
    assert!(values.contains(&VppTokenState::Other));
    assert!(values.contains(&VppTokenState::AssignedToExternalMDM));
    round_trips(&values);
}

#[test]
fn sets_hold_members_and_for_open_enums_unknown_parts() {
    fn unknown_parts<E: GraphFlags>(set: &Flags<E>) -> usize {
        set.iter().filter(GraphEnum::is_unknown).count()
    }
    let open = values::<Flags<ChatMessageActions>>(1_000);
    assert!(open.iter().any(|set| unknown_parts(set) > 0));
    assert!(open
        .iter()
        .any(|set| set.contains(&ChatMessageActions::ReactionRemoved)));
    assert!(open.iter().any(Flags::is_empty));
    for set in &open {
        assert_eq!(&set.to_string().parse::<Flags<_>>().unwrap(), set, "{set}");
    }
    let closed = values::<Flags<Permissions>>(500);
    assert!(closed.iter().all(|set| unknown_parts(set) == 0));
    assert!(closed.contains(&(Permissions::Read | Permissions::Write | Permissions::Delete)));
}

/// Arbitrary values collected into a set (as a fuzz target over `Vec<E>`
/// builds one) obey law 1: arbitrary text holds commas, edge spaces or
/// nothing, and the set holds what that text reads as.
#[test]
fn sets_collected_from_arbitrary_values_round_trip() {
    let values = values::<Vec<ChatMessageActions>>(500);
    let mut with_text = 0;
    for parts in values {
        with_text += parts.iter().filter(|part| part.is_unknown()).count();
        let set: Flags<ChatMessageActions> = parts.into_iter().collect();
        let written = set.to_string();
        assert_eq!(written.parse::<Flags<_>>().unwrap(), set, "{written:?}");
        assert_eq!(set.iter().collect::<Flags<_>>(), set, "{written:?}");
    }
    assert!(with_text > 50, "{with_text}");
}

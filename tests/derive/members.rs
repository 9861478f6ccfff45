//! Members as data: `ALL`, `iter`, `index`, `IS_FLAGS`, on each shape.

use graph_enum::{GraphEnum, UnknownValue, VppTokenSyncStatus};
use graph_enum_test_support::fixtures::{Closed, Lossy, Permissions};

/// `ALL[i]` is `MEMBERS[i]`, for every shape, and `index` goes back.
fn all_matches_members<E: GraphEnum + PartialEq + std::fmt::Debug>() {
    assert_eq!(E::ALL.len(), E::MEMBERS.len());
    for (index, (value, member)) in E::iter().zip(E::MEMBERS).enumerate() {
        assert_eq!(value.as_str(), member.name);
        assert_eq!(value.index(), Some(index));
        assert_eq!(value.value().map(Into::into), Some(member.value));
        assert_eq!(value.member(), Some(member));
    }
}

#[test]
fn all_lists_the_members_in_declaration_order() {
    all_matches_members::<Closed>();
    all_matches_members::<Lossy>();
    all_matches_members::<Permissions>();
    all_matches_members::<VppTokenSyncStatus>();
    assert_eq!(
        Closed::ALL,
        [
            Closed::None,
            Closed::InProgress,
            Closed::Failed,
            Closed::Tls12,
            Closed::AssignedToExternalMDM
        ]
    );
    assert_eq!(Lossy::ALL, [Lossy::Unknown, Lossy::Low, Lossy::High]);
    assert_eq!(
        VppTokenSyncStatus::ALL,
        [
            VppTokenSyncStatus::None,
            VppTokenSyncStatus::InProgress,
            VppTokenSyncStatus::Completed,
            VppTokenSyncStatus::Failed
        ]
    );
}

#[test]
fn the_fallback_has_no_index() {
    assert_eq!(Lossy::Other.index(), None);
    let unknown: VppTokenSyncStatus = "paused".into();
    assert_eq!(unknown.index(), None);
}

/// What generic code sees.
fn is_flags<E: GraphEnum>() -> bool {
    E::IS_FLAGS
}

#[test]
fn is_flags_says_which_enums_are_sets() {
    assert!(is_flags::<Permissions>());
    assert!(!is_flags::<Closed>() && !is_flags::<Lossy>() && !is_flags::<VppTokenSyncStatus>());
}

/// `#[non_exhaustive]`, as the catalogue enums are: the derive passes it
/// through and everything works as without it (inside the defining crate a
/// match may still be exhaustive; other crates need a `_` arm).
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
enum Evolving {
    Old,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[test]
fn a_non_exhaustive_enum_derives_as_any_other() {
    assert_eq!(Evolving::ALL, [Evolving::Old]);
    assert_eq!(Evolving::from("old"), Evolving::Old);
    assert_eq!(Evolving::from("new").to_string(), "new");
}

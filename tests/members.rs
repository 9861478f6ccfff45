//! Members as data: `ALL`, `iter`, `index`, `IS_FLAGS`, and the infallible
//! `From<&str>` of open enums, on each shape.

use std::convert::Infallible;

use graph_enum::{GraphEnum, UnknownValue, VppTokenSyncStatus};

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Closed {
    Alpha = 1,
    Beta = 2,
}

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Lossy {
    On = 0,
    Off = 1,
    #[graph_enum(unknown)]
    Other,
}

#[derive(GraphEnum, Clone, Debug, PartialEq, Eq)]
#[repr(i32)]
#[graph_enum(flags)]
enum Actions {
    Read = 1,
    Write = 2,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

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
    all_matches_members::<Actions>();
    all_matches_members::<VppTokenSyncStatus>();
    assert_eq!(Closed::ALL, [Closed::Alpha, Closed::Beta]);
    assert_eq!(Lossy::ALL, [Lossy::On, Lossy::Off]);
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

/// `TryFrom<&str>` as generic code asks for it.
fn convert<T: TryFrom<&'static str>>(text: &'static str) -> Result<T, T::Error> {
    T::try_from(text)
}

/// What generic code sees.
fn is_flags<E: GraphEnum>() -> bool {
    E::IS_FLAGS
}

#[test]
fn is_flags_says_which_enums_are_sets() {
    assert!(is_flags::<Actions>());
    assert!(!is_flags::<Closed>() && !is_flags::<Lossy>() && !is_flags::<VppTokenSyncStatus>());
}

#[test]
fn open_enums_convert_from_text_without_failing() {
    assert_eq!(Lossy::from("off"), Lossy::Off);
    assert_eq!(Lossy::from("dimmed"), Lossy::Other);
    assert_eq!(VppTokenSyncStatus::from("2"), VppTokenSyncStatus::Completed);
    let kept = VppTokenSyncStatus::from("pausedByApple");
    assert_eq!(kept.to_string(), "pausedByApple");
    assert_eq!(VppTokenSyncStatus::from("+09").to_string(), "9");
    // `From` reads as `FromStr` does.
    for text in ["none", "inProgress", "3", "pausedByApple", ""] {
        assert_eq!(Ok(VppTokenSyncStatus::from(text)), text.parse());
    }
    // `TryFrom` then comes from std, with an error that cannot happen, for
    // generic code that asks for `TryFrom<&str>`.
    let converted: Result<Lossy, Infallible> = convert("on");
    assert_eq!(converted, Ok(Lossy::On));
    // A closed enum's conversion can fail, with the parse error.
    assert_eq!(
        Closed::try_from("gamma").unwrap_err().to_string(),
        r#"invalid closed value "gamma""#
    );
}

/// Values out of declaration order, as in Graph's `iosUpdatesInstallStatus`.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq)]
#[repr(i32)]
#[graph_enum(ord)]
enum InstallStatus {
    Success = 0,
    Available = 1,
    Idle = 2,
    DeviceOsHigherThanDesiredOsVersion = -2_016_330_712,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[test]
fn ord_is_declaration_order_with_unknowns_last_by_text() {
    let mut values: Vec<InstallStatus> = [
        "zeta",
        "deviceOsHigherThanDesiredOsVersion",
        "idle",
        "alpha",
        "success",
    ]
    .iter()
    .map(|text| (*text).into())
    .collect();
    values.sort();
    assert_eq!(values[2], InstallStatus::DeviceOsHigherThanDesiredOsVersion);
    let written: Vec<String> = values.iter().map(ToString::to_string).collect();
    // `derive(Ord)` would put the negative value first: it orders by value.
    assert_eq!(
        written,
        [
            "success",
            "idle",
            "deviceOsHigherThanDesiredOsVersion",
            "alpha",
            "zeta"
        ]
    );
    assert!(InstallStatus::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    // `==` agrees: equal values compare equal.
    assert_eq!(
        InstallStatus::from("zeta").cmp(&InstallStatus::from("zeta")),
        std::cmp::Ordering::Equal
    );
    let keyed: std::collections::BTreeMap<InstallStatus, u8> =
        [(InstallStatus::Idle, 1), (InstallStatus::from("new"), 2)].into();
    assert_eq!(keyed[&InstallStatus::Idle], 1);
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

//! Evolvable enums: the sentinel `unknownFutureValue` (in any spelling a
//! `rename` gives it) makes an enum evolvable, and members declared after it
//! need Graph's opt-in header. Reading and writing it are SPEC.md's
//! ("Reading a single value", "Writing a single value", "The sentinel").

use graph_enum::{GraphEnum, INCLUDE_UNKNOWN_ENUM_MEMBERS};
use graph_enum_test_support::fixtures::{Closed, Lossless, SingleBits};

/// The `PascalCase` spelling of the sentinel, which a `rename` may give it.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
#[graph_enum(name = "tlsVersion", namespace = "microsoft.graph.security")]
enum TlsVersion {
    #[graph_enum(rename = "tls1_2")]
    Tls12 = -2,
    #[graph_enum(rename = "UnknownFutureValue")]
    Sentinel = 0,
    #[graph_enum(rename = "tls1_3")]
    Tls13 = 1,
    #[graph_enum(unknown)]
    Other,
}

#[test]
fn the_sentinel_makes_an_enum_evolvable() {
    assert!(Lossless::is_evolvable());
    assert!(SingleBits::is_evolvable());
    assert!(TlsVersion::is_evolvable());
    assert!(!Closed::is_evolvable());
    assert!(Lossless::UnknownFutureValue.is_sentinel());
    assert!(TlsVersion::Sentinel.is_sentinel());
    assert!(!TlsVersion::Tls12.is_sentinel());
    assert!(!Closed::None.is_sentinel());
}

/// The names of `E`'s members that need the opt-in header.
fn opt_in<E: GraphEnum>() -> Vec<&'static str> {
    E::MEMBERS
        .iter()
        .filter(|member| member.requires_opt_in)
        .map(|member| member.name)
        .collect()
}

#[test]
fn members_after_the_sentinel_require_opt_in() {
    assert_eq!(opt_in::<Lossless>(), ["paused"]);
    assert_eq!(opt_in::<SingleBits>(), ["share", "archive"]);
    assert_eq!(opt_in::<TlsVersion>(), ["tls1_3"]);
    assert!(opt_in::<Closed>().is_empty());
    assert!(Lossless::Paused.requires_opt_in());
    assert!(!Lossless::Completed.requires_opt_in());
    assert!(!Lossless::UnknownFutureValue.requires_opt_in());
    assert!(!Lossless::from("new").requires_opt_in());
    assert!(TlsVersion::Tls13.requires_opt_in());
    assert!(!TlsVersion::Other.requires_opt_in());
    assert_eq!(
        INCLUDE_UNKNOWN_ENUM_MEMBERS,
        ("Prefer", "include-unknown-enum-members")
    );
}

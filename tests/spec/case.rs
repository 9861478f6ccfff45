//! SPEC.md, "Case": names are read exactly (OData names are case-sensitive)
//! unless the enum is `ascii_case_insensitive`, and
//! `from_str_ignore_ascii_case` reads a name typed by a person; either way
//! only when exactly one member matches ignoring ASCII case.

use graph_enum::GraphEnum;
use graph_enum_test_support::fixtures::{CaseInsensitive, Closed, Large, Lossless, Lossy};

#[test]
fn ascii_case_insensitive_reads_a_unique_match_as_the_member() {
    const { assert!(CaseInsensitive::ASCII_CASE_INSENSITIVE) };
    assert_eq!("HTML".parse(), Ok(CaseInsensitive::Html));
    // Written back in the schema's spelling.
    assert_eq!(
        "HTML".parse::<CaseInsensitive>().unwrap().to_string(),
        "html"
    );
    assert_eq!(
        serde_json::from_str::<CaseInsensitive>(r#""Text""#).unwrap(),
        CaseInsensitive::Text
    );
    // An exact name wins; two matches ignoring case are not guessed at.
    assert_eq!("iOSUpdate".parse(), Ok(CaseInsensitive::IOsUpdate));
    let ambiguous: CaseInsensitive = "IOSUPDATE".parse().unwrap();
    assert!(ambiguous.is_unknown());
    assert_eq!(ambiguous.to_string(), "IOSUPDATE");
    // Without the attribute, case matters, as OData says.
    const { assert!(!Closed::ASCII_CASE_INSENSITIVE) };
    assert!("INPROGRESS".parse::<Closed>().is_err());
}

#[test]
fn case_insensitive_parsing_is_for_people() {
    assert_eq!(
        Closed::from_str_ignore_ascii_case("TLS1_2"),
        Ok(Closed::Tls12)
    );
    assert_eq!(
        Closed::from_str_ignore_ascii_case("INPROGRESS"),
        Ok(Closed::InProgress)
    );
    assert_eq!(Closed::from_str_ignore_ascii_case("-3"), Ok(Closed::Failed));
    let error = Closed::from_str_ignore_ascii_case("maybe").unwrap_err();
    assert_eq!(error.to_string(), r#"invalid closed value "maybe""#);
    assert_eq!(Lossy::from_str_ignore_ascii_case("HIGH"), Ok(Lossy::High));
    assert_eq!(Lossy::from_str_ignore_ascii_case("ssl3"), Ok(Lossy::Other));
    assert_eq!(
        Lossless::from_str_ignore_ascii_case("PAUSED"),
        Ok(Lossless::Paused)
    );
    let kept = Lossless::from_str_ignore_ascii_case("PassKey").unwrap();
    assert_eq!(kept.to_string(), "PassKey");
    // The exact parser stays exact.
    assert_eq!("HIGH".parse(), Ok(Lossy::Other));
}

#[test]
fn an_exact_name_wins_over_one_equal_ignoring_case() {
    // `Large` has `iosUpdateStatus` and `iOSUpdateStatus`, `a` and `A`.
    for member in Large::MEMBERS {
        let parsed = Large::from_str_ignore_ascii_case(member.name).unwrap();
        assert_eq!(parsed.as_str(), member.name);
    }
    // Text equal to two names ignoring case is not guessed at.
    let ambiguous = Large::from_str_ignore_ascii_case("IOSUPDATESTATUS").unwrap();
    assert!(ambiguous.is_unknown());
    assert_eq!(ambiguous.as_str(), "IOSUPDATESTATUS");
    assert_eq!(
        Large::from_str_ignore_ascii_case("threatfinder"),
        Ok(Large::ThreatFinder)
    );
}

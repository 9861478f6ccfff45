//! Case: names are read exactly (OData names are case-sensitive), and
//! `from_str_ignore_ascii_case` reads a name typed by a person when exactly one
//! member matches it ignoring ASCII case (SPEC.md, "Case").

use graph_enum::{GraphEnum, UnknownValue};

/// Lossy, with renamed and numeric-looking members.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
enum Protocol {
    #[graph_enum(rename = "tls1_2")]
    Tls12 = -2,
    #[graph_enum(rename = "self")]
    SelfSigned = -1,
    #[graph_enum(unknown)]
    Other,
}

/// Closed.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
enum Answer {
    Yes,
    No,
}

/// Lossless.
#[derive(GraphEnum, Clone, Debug, PartialEq)]
enum Method {
    Password,
    Sms,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[test]
fn case_insensitive_parsing_is_for_people() {
    assert_eq!(
        Protocol::from_str_ignore_ascii_case("TLS1_2"),
        Ok(Protocol::Tls12)
    );
    assert_eq!(
        Protocol::from_str_ignore_ascii_case("SELF"),
        Ok(Protocol::SelfSigned)
    );
    assert_eq!(
        Protocol::from_str_ignore_ascii_case("-1"),
        Ok(Protocol::SelfSigned)
    );
    assert_eq!(
        Protocol::from_str_ignore_ascii_case("ssl3"),
        Ok(Protocol::Other)
    );
    assert_eq!(Answer::from_str_ignore_ascii_case("YES"), Ok(Answer::Yes));
    let error = Answer::from_str_ignore_ascii_case("maybe").unwrap_err();
    assert_eq!(error.to_string(), r#"invalid answer value "maybe""#);
    let kept = Method::from_str_ignore_ascii_case("PassKey").unwrap();
    assert_eq!(kept.to_string(), "PassKey");
    // The exact parser stays exact.
    assert_eq!("SELF".parse(), Ok(Protocol::Other));
}

/// OData names are case-sensitive: names may differ in case only.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
enum UpdateStatus {
    #[graph_enum(rename = "iosUpdateStatus")]
    Ios,
    #[graph_enum(rename = "iOSUpdateStatus")]
    IOs,
    Other,
}

#[test]
fn an_exact_name_wins_over_one_equal_ignoring_case() {
    for member in UpdateStatus::MEMBERS {
        let parsed = UpdateStatus::from_str_ignore_ascii_case(member.name).unwrap();
        assert_eq!(parsed.as_str(), member.name);
    }
    // Text equal to two names ignoring case is not guessed at (SPEC.md, "Case").
    let ambiguous = UpdateStatus::from_str_ignore_ascii_case("IOSUPDATESTATUS").unwrap_err();
    assert_eq!(ambiguous.input(), "IOSUPDATESTATUS");
    assert_eq!(
        UpdateStatus::from_str_ignore_ascii_case("OTHER"),
        Ok(UpdateStatus::Other)
    );
}

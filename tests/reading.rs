//! SPEC.md, "Reading a single value", step by step, for each fallback shape
//! with and without `ascii_case_insensitive`, through `FromStr` and through
//! serde (JSON strings and integers). Each shape takes its own path through
//! the runtime (a lossy enum reads an undeclared name inline, the others out
//! of line; numeric text and other-case names go a third way), so each is
//! checked on every step.

use graph_enum::{GraphEnum, ParseError, UnknownValue};

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
enum Closed {
    Html = 1,
    Text = 2,
}

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
#[graph_enum(ascii_case_insensitive)]
enum ClosedAnyCase {
    Html = 1,
    Text = 2,
}

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
enum Lossy {
    Html = 1,
    Text = 2,
    #[graph_enum(unknown)]
    Other = 0,
}

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
#[graph_enum(ascii_case_insensitive)]
enum LossyAnyCase {
    Html = 1,
    Text = 2,
    #[graph_enum(unknown)]
    Other = 0,
}

#[derive(GraphEnum, Clone, Debug, PartialEq)]
#[repr(i32)]
enum Lossless {
    Html = 1,
    Text = 2,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[derive(GraphEnum, Clone, Debug, PartialEq)]
#[repr(i32)]
#[graph_enum(ascii_case_insensitive)]
enum LosslessAnyCase {
    Html = 1,
    Text = 2,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

/// What `text` reads as, written back: `Err` with the rejected input for a
/// closed enum. The same through `FromStr` and `serde_json` (a string).
fn read<E>(text: &str) -> Result<String, String>
where
    E: GraphEnum + serde::de::DeserializeOwned + std::fmt::Debug + PartialEq,
{
    let parsed = text.parse::<E>();
    let json = serde_json::to_string(text).unwrap();
    let decoded = serde_json::from_str::<E>(&json);
    match (&parsed, &decoded) {
        (Ok(parsed), Ok(decoded)) => assert_eq!(parsed, decoded, "{text:?}"),
        (Err(_), Err(_)) => {}
        _ => panic!("{text:?}: FromStr {parsed:?}, serde {decoded:?}"),
    }
    parsed
        .map(|value| value.to_string())
        .map_err(|error: ParseError| error.input().to_owned())
}

/// A JSON integer, read as the same numeric text is.
fn read_integer<E>(number: i64) -> Option<String>
where
    E: GraphEnum + serde::de::DeserializeOwned,
{
    serde_json::from_str::<E>(&number.to_string())
        .ok()
        .map(|value| value.to_string())
}

#[test]
fn exact_names_read_as_their_member_in_every_shape() {
    for read in [
        read::<Closed>,
        read::<ClosedAnyCase>,
        read::<Lossy>,
        read::<LossyAnyCase>,
        read::<Lossless>,
        read::<LosslessAnyCase>,
    ] {
        assert_eq!(read("html"), Ok("html".into()));
        assert_eq!(read("text"), Ok("text".into()));
    }
}

#[test]
fn another_case_is_a_member_only_where_the_enum_allows_it() {
    assert_eq!(read::<Closed>("HTML"), Err("HTML".into()));
    assert_eq!(read::<Lossy>("HTML"), Ok("other".into()));
    assert_eq!(read::<Lossless>("HTML"), Ok("HTML".into()));
    assert_eq!(read::<ClosedAnyCase>("HTML"), Ok("html".into()));
    assert_eq!(read::<LossyAnyCase>("Text"), Ok("text".into()));
    assert_eq!(read::<LosslessAnyCase>("hTmL"), Ok("html".into()));
}

#[test]
fn numeric_text_and_integers_are_values_in_every_shape() {
    for text in ["2", "+2", "02", "+0002"] {
        assert_eq!(read::<Closed>(text), Ok("text".into()), "{text:?}");
        assert_eq!(read::<ClosedAnyCase>(text), Ok("text".into()), "{text:?}");
        assert_eq!(read::<Lossy>(text), Ok("text".into()), "{text:?}");
        assert_eq!(read::<LossyAnyCase>(text), Ok("text".into()), "{text:?}");
        assert_eq!(read::<Lossless>(text), Ok("text".into()), "{text:?}");
        assert_eq!(read::<LosslessAnyCase>(text), Ok("text".into()), "{text:?}");
    }
    assert_eq!(read_integer::<Closed>(1).as_deref(), Some("html"));
    assert_eq!(read_integer::<LossyAnyCase>(1).as_deref(), Some("html"));
    assert_eq!(read_integer::<LosslessAnyCase>(1).as_deref(), Some("html"));
    // An undeclared number: refused, dropped, or kept in canonical decimal.
    assert_eq!(read::<Closed>("+09"), Err("+09".into()));
    assert_eq!(read::<ClosedAnyCase>("-7"), Err("-7".into()));
    assert_eq!(read::<Lossy>("+09"), Ok("other".into()));
    assert_eq!(read::<LossyAnyCase>("9"), Ok("other".into()));
    assert_eq!(read::<Lossless>("+09"), Ok("9".into()));
    assert_eq!(read::<LosslessAnyCase>("-07"), Ok("-7".into()));
    assert_eq!(read_integer::<Closed>(9), None);
    assert_eq!(read_integer::<Lossy>(9).as_deref(), Some("other"));
    assert_eq!(read_integer::<LosslessAnyCase>(9).as_deref(), Some("9"));
}

#[test]
fn undeclared_names_are_refused_dropped_or_kept() {
    for text in ["markdown", "", "-html", "+", "1x", "html "] {
        assert_eq!(read::<Closed>(text), Err(text.into()), "{text:?}");
        assert_eq!(read::<ClosedAnyCase>(text), Err(text.into()), "{text:?}");
        assert_eq!(read::<Lossy>(text), Ok("other".into()), "{text:?}");
        assert_eq!(read::<LossyAnyCase>(text), Ok("other".into()), "{text:?}");
        assert_eq!(read::<Lossless>(text), Ok(text.into()), "{text:?}");
        assert_eq!(read::<LosslessAnyCase>(text), Ok(text.into()), "{text:?}");
    }
}

#[test]
fn a_closed_enums_serde_error_names_the_value_and_suggests() {
    let error = serde_json::from_str::<Closed>(r#""htm""#)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains(r#""htm""#) && error.contains(r#"did you mean "html"?"#),
        "{error}"
    );
}

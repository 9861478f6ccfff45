//! SPEC.md, "Reading a single value": each step for each fallback shape
//! with and without `ascii_case_insensitive`, through `FromStr` and through
//! serde (JSON strings and integers), on six enums of the same members. Each
//! shape takes its own path through the runtime (a lossy enum reads an
//! undeclared name inline, the others out of line; numeric text and
//! other-case names go a third way), so each is checked on every step. Then
//! the fixtures': what each fallback does with undeclared input, the
//! `ParseError`, and the conversions that read.

use std::convert::Infallible;

use graph_enum::{GraphEnum, ParseError, UnknownValue, VppTokenSyncStatus};
use graph_enum_test_support::fixtures as fixture;
use proptest::prelude::*;

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

#[test]
fn names_are_read_exactly_and_case_sensitively() {
    use fixture::Closed;
    assert_eq!("inProgress".parse(), Ok(Closed::InProgress));
    assert_eq!("tls1_2".parse(), Ok(Closed::Tls12));
    assert_eq!(Closed::try_from("failed"), Ok(Closed::Failed));
    for text in ["InProgress", "inprogress", "inProgress ", " inProgress"] {
        assert!(text.parse::<Closed>().is_err(), "{text:?}");
    }
    assert_eq!("HIGH".parse(), Ok(fixture::Lossy::Other));
}

#[test]
fn a_closed_enum_refuses_everything_else() {
    for input in [
        "",
        "paused",
        "3",
        "1.0",
        "0x1",
        "99999999999999999999",
        "none,inProgress",
    ] {
        let error: ParseError = input.parse::<fixture::Closed>().unwrap_err();
        assert_eq!(error.type_name(), "closed");
        assert_eq!(error.input(), input);
        assert!(!error.is_truncated());
    }
}

#[test]
fn the_parse_error_names_the_type_and_the_input_and_suggests() {
    use fixture::Closed;
    let error = "inprogress".parse::<Closed>().unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"invalid closed value "inprogress"; did you mean "inProgress"?"#
    );
    assert_eq!(error.suggestion(), Some("inProgress"));

    let error = "xyzzy".parse::<Closed>().unwrap_err();
    assert_eq!(error.to_string(), r#"invalid closed value "xyzzy""#);
    assert_eq!(error.suggestion(), None);

    // Quotes and control characters are escaped, not printed raw.
    let error = "a\"b\n".parse::<Closed>().unwrap_err();
    assert_eq!(error.to_string(), r#"invalid closed value "a\"b\n""#);

    let error: Box<dyn std::error::Error> = Box::new("x".parse::<Closed>().unwrap_err());
    assert!(error.source().is_none());
}

#[test]
fn long_input_is_cut_at_a_character_boundary() {
    let input = "é".repeat(100);
    let error = input.parse::<fixture::Closed>().unwrap_err();
    assert!(error.is_truncated());
    assert_eq!(error.input(), "é".repeat(32));
    assert_eq!(
        error.to_string(),
        format!(
            "invalid closed value \"{}\" (cut from 200 bytes)",
            "é".repeat(32)
        )
    );
}

#[test]
fn a_lossy_fallback_drops_the_input() {
    use fixture::Lossy;
    for input in ["medium", "", "7", "Low"] {
        let value: Lossy = input.parse().unwrap();
        assert_eq!(value, Lossy::Other);
        assert!(value.is_unknown());
        assert_eq!(value.value(), None);
        assert_eq!(value.member(), None);
    }
    // Its own name reads as itself.
    assert_eq!("other".parse(), Ok(Lossy::Other));
    assert_eq!(Lossy::from(9), Lossy::Other);
}

#[test]
fn a_lossless_fallback_keeps_the_text() {
    use fixture::Lossless;
    let value: Lossless = "brandNew".parse().unwrap();
    let Lossless::Unknown(unknown) = &value else {
        panic!("{value:?} is not unknown")
    };
    assert_eq!(unknown.as_str(), "brandNew");
    assert_eq!(unknown.value(), None);
    assert_eq!(value.as_str(), "brandNew");
    assert_eq!(value.value(), None);
    assert!(value.is_unknown());
}

/// `TryFrom<&str>` as generic code asks for it.
fn convert<T: TryFrom<&'static str>>(text: &'static str) -> Result<T, T::Error> {
    T::try_from(text)
}

#[test]
fn open_enums_convert_from_text_without_failing() {
    use fixture::Lossy;
    assert_eq!(Lossy::from("low"), Lossy::Low);
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
    let converted: Result<Lossy, Infallible> = convert("low");
    assert_eq!(converted, Ok(Lossy::Low));
    // A closed enum's conversion can fail, with the parse error.
    assert_eq!(
        fixture::Closed::try_from("gamma").unwrap_err().to_string(),
        r#"invalid closed value "gamma""#
    );
}

#[test]
fn an_enum_of_only_a_fallback_keeps_everything() {
    #[derive(GraphEnum, Debug, PartialEq)]
    enum Empty {
        #[graph_enum(unknown)]
        Unknown(UnknownValue<Self>),
    }
    assert!(Empty::MEMBERS.is_empty());
    assert_eq!("anything".parse::<Empty>().unwrap().as_str(), "anything");
    assert_eq!("+03".parse::<Empty>().unwrap().as_str(), "3");
    assert_eq!(Empty::from(3).to_string(), "3");
}

proptest! {
    #[test]
    fn any_text_survives_the_lossless_fallback(text in any::<String>()) {
        let value: fixture::Lossless = text.parse().unwrap();
        if value.is_unknown() {
            prop_assert_eq!(value.to_string(), text.clone());
            let again: fixture::Lossless = value.to_string().parse().unwrap();
            prop_assert_eq!(again, value);
        } else {
            // Only a name, the sentinel in another case or a declared value's number.
            let member = value.member().unwrap();
            prop_assert!(
                text == member.name
                    || (value.is_sentinel() && text.eq_ignore_ascii_case(member.name))
                    || text.parse::<i64>() == Ok(member.value)
            );
        }
    }

    #[test]
    fn closed_reading_is_ok_exactly_for_members(text in "[a-zA-Z0-9+-]{0,12}") {
        use fixture::Closed;
        match text.parse::<Closed>() {
            Ok(value) => {
                let member = value.member().unwrap();
                prop_assert!(text == member.name || text.parse::<i64>() == Ok(member.value));
            }
            Err(error) => {
                prop_assert_eq!(error.input(), text.as_str());
                prop_assert!(Closed::MEMBERS.iter().all(|member| member.name != text));
            }
        }
    }

    #[test]
    fn identifiers_write_back_as_read(name in "[a-z][a-zA-Z0-9_]{0,20}") {
        prop_assume!(!name.eq_ignore_ascii_case("unknownFutureValue"));
        let value: fixture::Lossless = name.parse().unwrap();
        prop_assert_eq!(value.as_str(), name.as_str());
    }
}

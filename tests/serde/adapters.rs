//! The serde field adapters: `strict` refuses what the enum does not declare
//! (for tests that must notice schema drift), `ignore_ascii_case` reads names
//! in another case; both write as the default does.

use graph_enum::{Flags, GraphEnum, UnknownValue, VppTokenSyncStatus};
use serde::{Deserialize, Serialize};

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Lossy {
    Full,
    Partial,
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

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Strict {
    #[serde(with = "graph_enum::serde::strict")]
    status: VppTokenSyncStatus,
    #[serde(with = "graph_enum::serde::strict")]
    mode: Lossy,
    #[serde(with = "graph_enum::serde::strict")]
    actions: Flags<Actions>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct AnyCase {
    #[serde(with = "graph_enum::serde::ignore_ascii_case")]
    status: VppTokenSyncStatus,
    #[serde(with = "graph_enum::serde::ignore_ascii_case")]
    mode: Lossy,
    #[serde(with = "graph_enum::serde::ignore_ascii_case")]
    actions: Flags<Actions>,
}

#[test]
fn strict_reads_declared_values_and_writes_as_the_default() {
    let json = r#"{"status":"completed","mode":"partial","actions":"read,write"}"#;
    let read: Strict = serde_json::from_str(json).unwrap();
    assert_eq!(read.status, VppTokenSyncStatus::Completed);
    assert_eq!(read.actions, Actions::Read | Actions::Write);
    assert_eq!(serde_json::to_string(&read).unwrap(), json);
    // Numeric text of a declared value is declared.
    let numeric: Strict =
        serde_json::from_str(r#"{"status":"2","mode":"full","actions":"3"}"#).unwrap();
    assert_eq!(numeric.status, VppTokenSyncStatus::Completed);
    // A set's parts are read as `FromStr` reads them: split at commas, each
    // trimmed of white space (here a no-break space too), empty ones skipped.
    let spaced: Strict = serde_json::from_str(
        r#"{"status":"completed","mode":"partial","actions":" read ,,\u00a0write\u00a0"}"#,
    )
    .unwrap();
    assert_eq!(spaced.actions, Actions::Read | Actions::Write);
}

#[test]
fn strict_refuses_what_a_lossless_lossy_or_flags_enum_would_keep() {
    // serde_json's message, without the position it appends.
    let error = |json: &str| {
        let message = serde_json::from_str::<Strict>(json)
            .unwrap_err()
            .to_string();
        message
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(
        error(r#"{"status":"pausedByApple","mode":"full","actions":"read"}"#),
        r#"invalid value: string "pausedByApple", expected a vppTokenSyncStatus value"#
    );
    assert_eq!(
        error(r#"{"status":"none","mode":"ful","actions":"read"}"#),
        r#"invalid value: string "ful", expected a lossy value (did you mean "full"?)"#
    );
    assert_eq!(
        error(r#"{"status":"none","mode":"full","actions":"read,share"}"#),
        r#"invalid value: string "share", expected a actions value"#
    );
    // The refused part is named trimmed, as it was read.
    assert_eq!(
        error(r#"{"status":"none","mode":"full","actions":"read , share "}"#),
        r#"invalid value: string "share", expected a actions value"#
    );
    assert!(error(r#"{"status":"9","mode":"full","actions":"read"}"#).contains(r#"string "9""#));
}

#[test]
fn ignore_ascii_case_reads_names_in_any_case_and_writes_the_schemas() {
    let read: AnyCase =
        serde_json::from_str(r#"{"status":"INPROGRESS","mode":"FULL","actions":"READ,Write"}"#)
            .unwrap();
    assert_eq!(read.status, VppTokenSyncStatus::InProgress);
    assert_eq!(read.mode, Lossy::Full);
    assert_eq!(read.actions, Actions::Read | Actions::Write);
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r#"{"status":"inProgress","mode":"full","actions":"read,write"}"#
    );
    // Numbers read as ever, as integers or numeric text.
    let numbers: AnyCase = serde_json::from_str(r#"{"status":2,"mode":"1","actions":3}"#).unwrap();
    assert_eq!(numbers.status, VppTokenSyncStatus::Completed);
    assert_eq!(numbers.mode, Lossy::Partial);
    assert_eq!(numbers.actions, Actions::Read | Actions::Write);
    // What matches no name in any case is kept, as the type keeps it.
    let kept: AnyCase =
        serde_json::from_str(r#"{"status":"PAUSED","mode":"none","actions":"read"}"#).unwrap();
    assert_eq!(kept.status.to_string(), "PAUSED");
    assert_eq!(kept.mode, Lossy::Other);
}

/// Graph's chatMessageActions: the sentinel's value is no bit.
#[derive(GraphEnum, Clone, Debug, PartialEq, Eq)]
#[repr(i32)]
#[graph_enum(flags)]
enum Evolvable {
    ReactionAdded = 1,
    ReactionRemoved = 2,
    UnknownFutureValue = 8,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
#[graph_enum(flags)]
enum LossyFlags {
    A = 1,
    B = 2,
    #[graph_enum(unknown)]
    Other,
}

#[test]
fn strict_refuses_every_undeclared_part_bits_included() {
    #[derive(Deserialize, Debug)]
    struct Sets {
        #[serde(with = "graph_enum::serde::strict")]
        #[allow(dead_code)]
        evolvable: Flags<Evolvable>,
        #[serde(with = "graph_enum::serde::strict")]
        #[allow(dead_code)]
        lossy: Flags<LossyFlags>,
    }
    let read = |evolvable: &str, lossy: &str| {
        serde_json::from_str::<Sets>(&format!(
            r#"{{"evolvable": {evolvable}, "lossy": {lossy}}}"#
        ))
    };
    assert!(read(r#""reactionAdded,unknownFutureValue""#, r#""a,b""#).is_ok());
    assert!(read("3", "3").is_ok());
    // 8 is the sentinel's value, which is never bits: undeclared.
    let error = read(r#""8""#, r#""a""#).unwrap_err().to_string();
    assert!(error.contains(r#"string "8""#), "{error}");
    assert!(read("8", r#""a""#).is_err());
    assert!(read(r#""reactionAdded,19""#, r#""a""#).is_err());
    // A lossy set would drop `zzz`: refused before it can.
    let error = read(r#""1""#, r#""a,zzz""#).unwrap_err().to_string();
    assert!(error.contains(r#"string "zzz""#), "{error}");
    assert!(read(r#""1""#, "4").is_err());
}

#[test]
fn adapters_read_and_write_optional_fields() {
    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Optional {
        #[serde(default, with = "graph_enum::serde::strict")]
        status: Option<VppTokenSyncStatus>,
        #[serde(default, with = "graph_enum::serde::ignore_ascii_case")]
        mode: Option<Lossy>,
        #[serde(default, with = "graph_enum::serde::self_describing")]
        actions: Option<Flags<Actions>>,
    }
    let read: Optional =
        serde_json::from_str(r#"{"status": "completed", "mode": "FULL", "actions": 3}"#).unwrap();
    assert_eq!(
        read,
        Optional {
            status: Some(VppTokenSyncStatus::Completed),
            mode: Some(Lossy::Full),
            actions: Some("read,write".parse().unwrap()),
        }
    );
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r#"{"status":"completed","mode":"full","actions":"read,write"}"#
    );
    let nulls: Optional =
        serde_json::from_str(r#"{"status": null, "mode": null, "actions": null}"#).unwrap();
    let absent: Optional = serde_json::from_str("{}").unwrap();
    for none in [nulls, absent] {
        assert_eq!(none.status, None);
        assert_eq!(none.mode, None);
        assert_eq!(none.actions, None);
        assert_eq!(
            serde_json::to_string(&none).unwrap(),
            r#"{"status":null,"mode":null,"actions":null}"#
        );
    }
    // `strict` still refuses inside `Some`.
    assert!(serde_json::from_str::<Optional>(r#"{"status": "pausedByApple"}"#).is_err());
}

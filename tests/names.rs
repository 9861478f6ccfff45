//! Wire names, values and descriptions: what the derive reads from the enum.

use graph_enum::{GraphEnum, UnknownValue};

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
#[allow(non_camel_case_types)]
enum GraphNames {
    InProgress,
    AssignedToExternalMDM,
    MacOS,
    ArM64,
    #[graph_enum(rename = "tls1_2")]
    Tls12,
    #[graph_enum(rename = "FlowWhenChanged")]
    FlowWhenChanged,
    #[graph_enum(rename = "self")]
    SelfValue,
    r#true,
    #[graph_enum(rename = "l")]
    Large,
    #[graph_enum(rename = "remote_Control_Software")]
    RemoteControlSoftwareOld,
    RemoteControlSoftware,
    Ärger,
}

#[test]
fn default_rule_lowercases_only_the_first_character() {
    let names: Vec<&str> = GraphNames::MEMBERS
        .iter()
        .map(|member| member.name)
        .collect();
    assert_eq!(
        names,
        [
            "inProgress",
            "assignedToExternalMDM",
            "macOS",
            "arM64",
            "tls1_2",
            "FlowWhenChanged",
            "self",
            "true",
            "l",
            "remote_Control_Software",
            "remoteControlSoftware",
            "ärger",
        ]
    );
    for member in GraphNames::MEMBERS {
        let value: GraphNames = member.name.parse().unwrap();
        assert_eq!(value.as_str(), member.name);
    }
    assert_eq!("self".parse(), Ok(GraphNames::SelfValue));
    assert_eq!("true".parse(), Ok(GraphNames::r#true));
}

#[test]
fn type_name_and_namespace() {
    #[derive(GraphEnum, Debug)]
    #[graph_enum(name = "alertSeverity", namespace = "microsoft.graph.security")]
    enum SecurityAlertSeverity {
        Low,
    }
    assert_eq!(GraphNames::NAME, "graphNames");
    assert_eq!(GraphNames::NAMESPACE, "microsoft.graph");
    assert_eq!(SecurityAlertSeverity::NAME, "alertSeverity");
    assert_eq!(SecurityAlertSeverity::NAMESPACE, "microsoft.graph.security");
    assert_eq!(SecurityAlertSeverity::Low.as_str(), "low");
}

#[test]
fn rename_all_for_other_services() {
    #[derive(GraphEnum, Debug, PartialEq)]
    #[graph_enum(rename_all = "snake_case")]
    enum Snake {
        InProgress,
        AssignedToExternalMDM,
        #[graph_enum(rename = "Custom")]
        Renamed,
    }
    #[derive(GraphEnum, Debug, PartialEq)]
    #[graph_enum(rename_all = "SCREAMING-KEBAB-CASE")]
    enum Kebab {
        InProgress,
    }
    #[derive(GraphEnum, Debug, PartialEq)]
    #[graph_enum(rename_all = "PascalCase")]
    #[allow(non_camel_case_types)]
    enum Pascal {
        in_progress,
    }
    #[derive(GraphEnum, Debug, PartialEq)]
    #[graph_enum(rename_all = "SCREAMING_SNAKE_CASE")]
    enum Screaming {
        InProgress,
    }
    assert_eq!(Snake::InProgress.as_str(), "in_progress");
    assert_eq!(
        Snake::AssignedToExternalMDM.as_str(),
        "assigned_to_external_mdm"
    );
    assert_eq!(Snake::Renamed.as_str(), "Custom");
    assert_eq!("in_progress".parse(), Ok(Snake::InProgress));
    assert_eq!(Kebab::InProgress.as_str(), "IN-PROGRESS");
    assert_eq!(Pascal::in_progress.as_str(), "InProgress");
    assert_eq!(Screaming::InProgress.as_str(), "IN_PROGRESS");
    // rename_all changes member names only; the type keeps Graph's rule.
    assert_eq!(Snake::NAME, "snake");
}

#[test]
fn values_follow_rustc_discriminants() {
    #[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
    enum Counted {
        Zero,
        One,
        Ten = 10,
        Eleven,
        MinusFive = -5,
        MinusFour,
        Shifted = 1 << 20,
        Combined = 0x10 | 0x01,
    }
    let values: Vec<i64> = Counted::MEMBERS.iter().map(|member| member.value).collect();
    assert_eq!(values, [0, 1, 10, 11, -5, -4, 1 << 20, 17]);
    // The derive's numbering agrees with rustc's own.
    for variant in [
        Counted::Zero,
        Counted::One,
        Counted::Ten,
        Counted::Eleven,
        Counted::MinusFive,
        Counted::MinusFour,
        Counted::Shifted,
        Counted::Combined,
    ] {
        assert_eq!(variant.value(), Some(variant as i32));
    }
}

#[test]
fn value_attribute_sets_values_discriminants_cannot() {
    const BASE: isize = 100;
    #[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
    enum FromConstants {
        #[graph_enum(value = 100)]
        Base = BASE,
        #[graph_enum(value = 101)]
        Next,
        Literal = 7,
        #[graph_enum(value = -3)]
        Negative,
        Implicit,
    }
    let values: Vec<i64> = FromConstants::MEMBERS
        .iter()
        .map(|member| member.value)
        .collect();
    // `Implicit` follows rustc: the discriminant after `Negative` (8), not its value -3.
    assert_eq!(values, [100, 101, 7, -3, 9]);
    assert_eq!(FromConstants::try_from(-3), Ok(FromConstants::Negative));
}

#[test]
fn repr_sets_the_value_type() {
    #[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
    #[repr(u8)]
    enum Byte {
        Max = 255,
    }
    #[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
    #[repr(i64)]
    enum Wide {
        Big = 9_000_000_000,
        Small = 0,
    }
    let max: u8 = Byte::Max.value().unwrap();
    assert_eq!(max, 255);
    let big: i64 = Wide::Big.value().unwrap();
    assert_eq!(big, 9_000_000_000);
    assert_eq!(Wide::try_from(0), Ok(Wide::Small));
    assert_eq!(u8::from(Byte::Max), 255);
}

/// Possible sync statuses.
///
/// A second paragraph,
/// over two lines.
///
/// ```
/// // Examples are not part of the description.
/// ```
#[derive(GraphEnum, Clone, Debug, PartialEq)]
enum Documented {
    ///   Default status.
    None,
    /// Last sync
    /// in progress.
    InProgress,
    /// Ignored: the attribute wins.
    #[graph_enum(description = "Last sync completed.")]
    Completed,
    Undocumented,
    /// Anything else.
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[test]
fn descriptions_come_from_doc_comments() {
    assert_eq!(
        Documented::DESCRIPTION,
        Some("Possible sync statuses.\n\nA second paragraph, over two lines.")
    );
    assert_eq!(Documented::None.description(), Some("Default status."));
    assert_eq!(
        Documented::InProgress.description(),
        Some("Last sync in progress.")
    );
    assert_eq!(
        Documented::Completed.description(),
        Some("Last sync completed.")
    );
    assert_eq!(Documented::Undocumented.description(), None);
    let unknown: Documented = "new".parse().unwrap();
    assert_eq!(unknown.description(), Some("Anything else."));
    let member = &Documented::MEMBERS[1];
    assert_eq!(
        (member.name, member.value, member.description),
        ("inProgress", 1, Some("Last sync in progress."))
    );
    assert_eq!(GraphNames::DESCRIPTION, None);
}

#[test]
fn enum_description_attribute_overrides_docs() {
    /// Rust-facing docs.
    #[derive(GraphEnum)]
    #[graph_enum(description = "What Graph says.")]
    enum Overridden {
        Only,
    }
    assert_eq!(Overridden::DESCRIPTION, Some("What Graph says."));
    assert_eq!(Overridden::Only.as_str(), "only");
}

#[test]
fn an_empty_description_attribute_is_no_description() {
    /// Rust-facing docs.
    #[derive(GraphEnum)]
    #[graph_enum(description = "")]
    enum Blank {
        #[graph_enum(description = "")]
        Quiet,
        /// Said.
        #[graph_enum(description = "")]
        Overridden,
        /// Kept.
        Kept,
        #[graph_enum(unknown, description = "")]
        Other,
    }
    assert_eq!(Blank::DESCRIPTION, None);
    assert_eq!(Blank::Quiet.description(), None);
    assert_eq!(Blank::Overridden.description(), None);
    assert_eq!(Blank::Kept.description(), Some("Kept."));
    assert_eq!(Blank::Other.description(), None);
    assert_eq!(GraphEnum::description(&Blank::Other), None);
    let descriptions: Vec<_> = Blank::MEMBERS
        .iter()
        .map(|member| member.description)
        .collect();
    assert_eq!(descriptions, [None, None, Some("Kept.")]);
}

#[test]
fn an_enum_of_only_a_fallback_accepts_everything() {
    #[derive(GraphEnum, Debug, PartialEq)]
    enum Empty {
        #[graph_enum(unknown)]
        Unknown(UnknownValue<Self>),
    }
    assert!(Empty::MEMBERS.is_empty());
    assert_eq!("anything".parse::<Empty>().unwrap().as_str(), "anything");
    assert_eq!(Empty::from(3).to_string(), "3");
}

/// Wire names of other services' schemas: any non-empty text (SPEC.md, "Names").
#[derive(GraphEnum, Clone, Debug, PartialEq)]
#[repr(i32)]
enum OtherServices {
    #[graph_enum(rename = "IN PROGRESS")]
    InProgress = 0,
    #[graph_enum(rename = "Item2:SubItem1")]
    SubItem = 1,
    #[graph_enum(rename = "in-progress")]
    Dashed = 2,
    #[graph_enum(rename = "3")]
    Three = 3,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[test]
fn rename_takes_any_text() {
    for (text, member) in [
        ("IN PROGRESS", OtherServices::InProgress),
        ("Item2:SubItem1", OtherServices::SubItem),
        ("in-progress", OtherServices::Dashed),
        ("3", OtherServices::Three),
        ("+03", OtherServices::Three),
    ] {
        let parsed: OtherServices = text.parse().unwrap();
        assert_eq!(parsed, member, "{text}");
        assert_eq!(parsed.to_string().parse::<OtherServices>().unwrap(), member);
    }
    assert_eq!(OtherServices::Three.to_string(), "3");
    assert_eq!(OtherServices::Three.value(), Some(3));
}

#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
#[graph_enum(rename_all = "kebab-case")]
enum Kebab {
    InProgress,
    NotStarted,
}

#[test]
fn rename_all_may_produce_any_text_too() {
    assert_eq!(Kebab::InProgress.to_string(), "in-progress");
    assert_eq!("not-started".parse(), Ok(Kebab::NotStarted));
}

/// 270 Graph enums have a member `unknown`: a lossless fallback never writes
/// its own name, so it may be called `Unknown` beside it.
#[derive(GraphEnum, Clone, Debug, PartialEq)]
enum AlertStatus {
    #[graph_enum(rename = "unknown")]
    UnknownState,
    Resolved,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[test]
fn a_lossless_fallback_name_may_be_a_members_name() {
    assert_eq!("unknown".parse(), Ok(AlertStatus::UnknownState));
    assert_eq!(AlertStatus::UnknownState.to_string(), "unknown");
    let new: AlertStatus = "dismissed".parse().unwrap();
    assert!(new.is_unknown());
    assert_eq!(new.to_string(), "dismissed");
}

/// Graph's bodyType, read as the service reads it (SPEC.md, "Case").
#[derive(GraphEnum, Clone, Debug, PartialEq)]
#[graph_enum(ascii_case_insensitive)]
enum BodyType {
    Text,
    Html,
    #[graph_enum(rename = "iosUpdate")]
    IosUpdate,
    #[graph_enum(rename = "iOSUpdate")]
    IOsUpdate,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[test]
fn ascii_case_insensitive_reads_a_unique_match_as_the_member() {
    const { assert!(BodyType::ASCII_CASE_INSENSITIVE) };
    assert_eq!("HTML".parse(), Ok(BodyType::Html));
    // Written back in the schema's spelling.
    assert_eq!("HTML".parse::<BodyType>().unwrap().to_string(), "html");
    assert_eq!(
        serde_json::from_str::<BodyType>(r#""Text""#).unwrap(),
        BodyType::Text
    );
    // An exact name wins; two matches ignoring case are not guessed at.
    assert_eq!("iOSUpdate".parse(), Ok(BodyType::IOsUpdate));
    let ambiguous: BodyType = "IOSUPDATE".parse().unwrap();
    assert!(ambiguous.is_unknown());
    assert_eq!(ambiguous.to_string(), "IOSUPDATE");
    // Without the attribute, case matters, as OData says.
    const { assert!(!Kebab::ASCII_CASE_INSENSITIVE) };
    assert!("In-Progress".parse::<Kebab>().is_err());
}

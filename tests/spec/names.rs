//! SPEC.md, "Names": a member's wire name from its identifier (Graph's rule),
//! `rename_all` or `rename`, and the type's name and namespace. Values and
//! descriptions are `tests/derive/`.

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

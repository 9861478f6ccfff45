//! Members that share a value (`#[graph_enum(alias_of)]`, SPEC.md
//! "Aliases"): SAP's `FieldControlType` declares `Hidden` as a deprecated
//! synonym of `Inapplicable`, both of value 0.

use graph_enum::{GraphEnum, UnknownValue};

#[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
#[graph_enum(rename_all = "PascalCase")]
enum FieldControlType {
    Mandatory = 7,
    Optional = 3,
    ReadOnly = 1,
    Inapplicable = 0,
    /// Deprecated synonym of `Inapplicable`.
    #[graph_enum(alias_of = Inapplicable)]
    Hidden = 8,
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[test]
fn each_name_reads_and_writes_as_itself() {
    for member in FieldControlType::iter() {
        let written = member.to_string();
        assert_eq!(&written.parse::<FieldControlType>().unwrap(), member);
        assert_eq!(
            serde_json::from_str::<FieldControlType>(&format!("{written:?}")).unwrap(),
            *member
        );
    }
    assert_eq!("Hidden".parse(), Ok(FieldControlType::Hidden));
    assert_eq!(FieldControlType::Hidden.as_str(), "Hidden");
    assert_ne!(FieldControlType::Hidden, FieldControlType::Inapplicable);
}

#[test]
fn a_shared_value_reads_as_the_member_the_alias_names() {
    assert_eq!(FieldControlType::Hidden.value(), Some(0));
    assert_eq!(FieldControlType::Inapplicable.value(), Some(0));
    assert_eq!("0".parse(), Ok(FieldControlType::Inapplicable));
    assert_eq!(FieldControlType::from(0), FieldControlType::Inapplicable);
    assert_eq!(
        serde_json::from_str::<FieldControlType>("0").unwrap(),
        FieldControlType::Inapplicable
    );
    // The alias's discriminant (8) is rustc's numbering only: no value.
    assert!(FieldControlType::from(8).is_unknown());
}

#[test]
fn members_lists_every_name() {
    let names: Vec<&str> = FieldControlType::MEMBERS
        .iter()
        .map(|member| member.name)
        .collect();
    assert_eq!(
        names,
        [
            "Mandatory",
            "Optional",
            "ReadOnly",
            "Inapplicable",
            "Hidden"
        ]
    );
    let values: Vec<i64> = FieldControlType::MEMBERS
        .iter()
        .map(|member| member.value)
        .collect();
    assert_eq!(values, [7, 3, 1, 0, 0]);
    assert_eq!(
        FieldControlType::Hidden.description(),
        Some("Deprecated synonym of `Inapplicable`.")
    );
}

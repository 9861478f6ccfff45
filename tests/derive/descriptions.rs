//! Descriptions from doc comments and attributes, translated descriptions and
//! display names, and how a language falls back.

use graph_enum::{GraphEnum, UnknownValue};

/// Documented in English, translated with attributes.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
#[graph_enum(description(de = "Ampelfarbe", fr_CA = "Couleur de feu"))]
enum Light {
    /// Stop.
    #[graph_enum(
        description(de = "Anhalten.", de_CH = "Halt."),
        display_name = "Red",
        display_name(de = "Rot")
    )]
    Red,
    /// Go.
    Green,
}

#[test]
fn localized_texts_fall_back_from_region_to_language_to_default() {
    assert_eq!(Light::type_description_in("de-AT"), Some("Ampelfarbe"));
    assert_eq!(Light::type_description_in("fr-CA"), Some("Couleur de feu"));
    assert_eq!(
        Light::type_description_in("fr-FR"),
        Some("Documented in English, translated with attributes.")
    );
    assert_eq!(Light::Red.description_in("de-CH"), Some("Halt."));
    assert_eq!(Light::Red.description_in("de_CH"), Some("Halt."));
    assert_eq!(Light::Red.description_in("DE"), Some("Anhalten."));
    assert_eq!(Light::Red.description_in("en"), Some("Stop."));
    assert_eq!(Light::Green.description_in("de"), Some("Go."));
    assert_eq!(Light::Red.display_name_in("de-DE"), Some("Rot"));
    assert_eq!(Light::Red.display_name_in("it"), Some("Red"));
    assert_eq!(Light::Green.display_name_in("de"), None);
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
    #[derive(GraphEnum)]
    enum Plain {
        Only,
    }
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
    assert_eq!(Plain::DESCRIPTION, None);
    assert_eq!(Plain::Only.description(), None);
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

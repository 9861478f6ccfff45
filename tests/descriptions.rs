//! Translated descriptions and display names, and how a language falls back.

use graph_enum::GraphEnum;

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

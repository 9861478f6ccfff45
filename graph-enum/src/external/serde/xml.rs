//! XML element text, which quick-xml hands over as a map: told from any
//! other format's map by quick-xml's error type (feature `quick-xml`).

use core::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Unexpected, Visitor};

use super::StrSeed;

/// The text of an XML element, which quick-xml hands over as a map (an
/// element may have attributes) whose one entry is its text, `$text`.
/// Anything else in the map is an error. An empty map is an empty element
/// (`<actions/>`) where empty text is a value (`empty_is_text`: the empty
/// `Flags` set), and an error otherwise. A map from any other format (JSON's
/// `{"$text": "completed"}` or `{}`) is not a value.
pub(super) fn element_text<'de, A: MapAccess<'de>, V: Visitor<'de>>(
    mut map: A,
    seed: StrSeed<V>,
    empty_is_text: bool,
) -> Result<V::Value, A::Error> {
    let expected = seed.0;
    if !from_quick_xml::<A::Error>() {
        return Err(de::Error::invalid_type(Unexpected::Map, &expected));
    }
    match map.next_key_seed(TextKey)? {
        None if empty_is_text => expected.visit_str(""),
        None => Err(de::Error::invalid_type(Unexpected::Map, &expected)),
        Some(()) => {
            let value = map.next_value_seed(StrSeed(expected))?;
            match map.next_key_seed(TextKey)? {
                None => Ok(value),
                Some(()) => Err(de::Error::duplicate_field("$text")),
            }
        }
    }
}

/// Whether a map comes from quick-xml: serde gives a format no way to say it
/// is XML, but every map quick-xml hands over, also buffered by `untagged` or
/// `flatten`, reports quick-xml's error type.
#[cfg(feature = "quick-xml")]
fn from_quick_xml<Error: ?Sized>() -> bool {
    typeid::of::<Error>() == typeid::of::<quick_xml::DeError>()
}

#[cfg(not(feature = "quick-xml"))]
#[allow(
    clippy::extra_unused_type_parameters,
    reason = "the same call as with the feature"
)]
fn from_quick_xml<Error: ?Sized>() -> bool {
    false
}

/// The key of an element's text; any other key (an attribute, a child
/// element) is not part of an enum value.
struct TextKey;

impl<'de> DeserializeSeed<'de> for TextKey {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for TextKey {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an element's text, `$text`")
    }

    fn visit_str<Error: de::Error>(self, key: &str) -> Result<(), Error> {
        if key == "$text" {
            Ok(())
        } else {
            Err(Error::unknown_field(key, &["$text"]))
        }
    }
}

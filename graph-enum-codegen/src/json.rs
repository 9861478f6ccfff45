//! The JSON form of the enum catalogue: a JSON array of
//! `{"name", "namespace", "flags", "underlying", "members": [{"name", "value"}]}`.

use serde::Deserialize;

use crate::schema::{EnumType, Member};

#[derive(Deserialize)]
struct JsonEnum {
    name: String,
    namespace: String,
    flags: bool,
    underlying: String,
    members: Vec<JsonMember>,
}

#[derive(Deserialize)]
struct JsonMember {
    name: String,
    value: i64,
}

/// Reads the catalogue.
///
/// # Errors
/// When `text` is not such a JSON array.
pub fn parse(text: &str) -> Result<Vec<EnumType>, serde_json::Error> {
    let enums: Vec<JsonEnum> = serde_json::from_str(text)?;
    Ok(enums
        .into_iter()
        .map(|json| EnumType {
            namespace: json.namespace,
            name: json.name,
            flags: json.flags,
            underlying: json.underlying,
            description: None,
            source: crate::schema::Source::default(),
            members: json
                .members
                .into_iter()
                .map(|member| Member {
                    name: member.name,
                    value: member.value,
                    description: None,
                    line: None,
                })
                .collect(),
        })
        .collect())
}

//! OData CSDL JSON (`$metadata?$format=application/json`, OData 4.01): the
//! enum types of every schema, with their `Core.Description` annotations,
//! inline (`"@Core.Description"`, `"member@Core.Description"`) or in the
//! schema's `$Annotations`, read as the CSDL JSON specification defines them.
//! The same schema as XML and as JSON gives the same enum types.

use std::collections::HashMap;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use crate::csdl::CsdlError;
use crate::schema::{EnumType, Member, Source};

/// A JSON value whose objects keep their members in document order, which
/// is the order of a type's members (`serde_json::Value` sorts them).
enum Json {
    Object(Vec<(String, Json)>),
    Array(Vec<Json>),
    String(String),
    Number(Number),
    Bool(bool),
    Null,
}

#[derive(Clone, Copy)]
enum Number {
    Integer(i128),
    Float,
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("JSON")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut members = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Json>()? {
            members.push((key, value));
        }
        Ok(Json::Object(members))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut elements = Vec::new();
        while let Some(element) = seq.next_element()? {
            elements.push(element);
        }
        Ok(Json::Array(elements))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Json, E> {
        Ok(Json::String(text.to_owned()))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Json, E> {
        Ok(Json::Number(Number::Integer(value.into())))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Json, E> {
        Ok(Json::Number(Number::Integer(value.into())))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Json, E> {
        Ok(Json::Number(Number::Float))
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Json, E> {
        Ok(Json::Bool(value))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
}

impl Json {
    fn members(&self) -> &[(String, Json)] {
        match self {
            Json::Object(members) => members,
            _ => &[],
        }
    }

    fn get(&self, key: &str) -> Option<&Json> {
        self.members()
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }

    fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }
}

/// Reads every enum type of a CSDL JSON document, in document order.
///
/// # Errors
/// When the text is not JSON, not a CSDL JSON document (an object with
/// `$Version` and at least one schema), or breaks a rule of CSDL JSON for an
/// enum type: a member value that is no `Edm.Int64` integer, an
/// `$UnderlyingType` or `$IsFlags` of the wrong JSON type.
pub fn parse(text: &str) -> Result<Vec<EnumType>, CsdlError> {
    let document: Json =
        serde_json::from_str(text).map_err(|error| CsdlError(format!("invalid JSON: {error}")))?;
    if document.get("$Version").and_then(Json::as_str).is_none() {
        return Err(CsdlError(
            "not a CSDL JSON document: it is no object with a $Version string".to_owned(),
        ));
    }
    let schemas: Vec<(&str, &Json)> = document
        .members()
        .iter()
        .filter(|(name, value)| !name.starts_with('$') && matches!(value, Json::Object(_)))
        .map(|(name, value)| (name.as_str(), value))
        .collect();
    if schemas.is_empty() {
        return Err(CsdlError(
            "not a CSDL JSON document: it holds no schema".to_owned(),
        ));
    }
    let core = core_names(&document);
    let mut enums = Vec::new();
    for &(namespace, schema) in &schemas {
        let alias = schema.get("$Alias").and_then(Json::as_str);
        let targeted = targeted_descriptions(schema, &core);
        for (name, element) in schema.members() {
            if name.starts_with('$') || name.contains('@') {
                continue;
            }
            if element.get("$Kind").and_then(Json::as_str) != Some("EnumType") {
                continue;
            }
            enums.push(enum_type(
                namespace, alias, name, element, &core, &targeted,
            )?);
        }
    }
    Ok(enums)
}

/// One `$Kind: EnumType` element.
fn enum_type(
    namespace: &str,
    alias: Option<&str>,
    name: &str,
    element: &Json,
    core: &[String],
    targeted: &HashMap<String, String>,
) -> Result<EnumType, CsdlError> {
    let target = format!("{namespace}.{name}");
    let error = |message: String| CsdlError(format!("EnumType {target}: {message}"));
    // A target may name the type by the schema's alias instead.
    let find_targeted = |path: &str| {
        targeted
            .get(&format!("{target}{path}"))
            .or_else(|| alias.and_then(|alias| targeted.get(&format!("{alias}.{name}{path}"))))
    };
    let flags = match element.get("$IsFlags") {
        None => false,
        Some(Json::Bool(flags)) => *flags,
        Some(_) => return Err(error("$IsFlags is not a JSON boolean".to_owned())),
    };
    let underlying = match element.get("$UnderlyingType") {
        None => "Edm.Int32".to_owned(),
        Some(Json::String(text)) => text.clone(),
        Some(_) => return Err(error("$UnderlyingType is not a string".to_owned())),
    };
    let mut members = Vec::new();
    for (member, value) in element.members() {
        if member.starts_with('$') || member.contains('@') {
            continue;
        }
        let value = member_value(value).map_err(|message| {
            CsdlError(format!("EnumType {target}, Member {member:?}: {message}"))
        })?;
        members.push(Member {
            name: member.clone(),
            value,
            description: description(element, member, core)
                .or_else(|| find_targeted(&format!("/{member}")).cloned()),
            line: None,
        });
    }
    Ok(EnumType {
        namespace: namespace.to_owned(),
        name: name.to_owned(),
        flags,
        underlying,
        description: description(element, "", core).or_else(|| find_targeted("").cloned()),
        members,
        source: Source::default(),
    })
}

/// A member's value: a JSON integer, or (for `Edm.Int64` values beyond what
/// IEEE 754 holds exactly, as OData's `IEEE754Compatible` writes them) a
/// string of one.
fn member_value(value: &Json) -> Result<i64, String> {
    let out_of_range = |text: &str| {
        format!(
            "value {text} is out of range: an enum member's value is an Edm.Int64 ({} to {})",
            i64::MIN,
            i64::MAX
        )
    };
    match value {
        Json::Number(Number::Integer(number)) => {
            i64::try_from(*number).map_err(|_| out_of_range(&number.to_string()))
        }
        Json::String(text) => text.trim().parse::<i64>().map_err(|_| {
            if text.trim().parse::<i128>().is_ok() {
                out_of_range(text)
            } else {
                format!("value {text:?} is not an integer")
            }
        }),
        _ => Err("the value is not an integer".to_owned()),
    }
}

/// The `Core.Description` annotation of `member` (or, for `""`, of the
/// element itself) on `element`: the key `member@Core.Description`.
fn description(element: &Json, member: &str, core: &[String]) -> Option<String> {
    element.members().iter().find_map(|(key, value)| {
        let term = key.strip_prefix(member)?.strip_prefix('@')?;
        is_description(term, core)
            .then(|| value.as_str().map(str::to_owned))
            .flatten()
    })
}

/// Whether `term` is `Org.OData.Core.V1.Description` under one of `core`'s
/// names (unqualified: a `#qualifier` is a variant for another audience).
fn is_description(term: &str, core: &[String]) -> bool {
    term.strip_suffix(".Description")
        .is_some_and(|vocabulary| core.iter().any(|name| name == vocabulary))
}

/// The names the Core vocabulary goes by: its namespace, `Core`, and the
/// aliases `$Reference`'s `$Include`s give it.
fn core_names(document: &Json) -> Vec<String> {
    const CORE: &str = "Org.OData.Core.V1";
    let mut names = vec![CORE.to_owned(), "Core".to_owned()];
    let references = document.get("$Reference").map_or(&[][..], Json::members);
    for (_, reference) in references {
        let Some(Json::Array(includes)) = reference.get("$Include") else {
            continue;
        };
        names.extend(
            includes
                .iter()
                .filter(|include| include.get("$Namespace").and_then(Json::as_str) == Some(CORE))
                .filter_map(|include| include.get("$Alias").and_then(Json::as_str))
                .map(str::to_owned),
        );
    }
    names
}

/// Descriptions given in the schema's `$Annotations`, by target.
fn targeted_descriptions(schema: &Json, core: &[String]) -> HashMap<String, String> {
    let mut descriptions = HashMap::new();
    let annotations = schema.get("$Annotations").map_or(&[][..], Json::members);
    for (target, annotations) in annotations {
        if let Some(text) = description(annotations, "", core) {
            descriptions.entry(target.clone()).or_insert(text);
        }
    }
    descriptions
}

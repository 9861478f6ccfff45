//! schemars support (feature `schemars`): every derived enum and every
//! [`Flags`] set is `JsonSchema`, in the shape SPEC.md ("Schemas") gives:
//! a closed enum is an `enum` of its names; an open one is those names *or*
//! any string (`anyOf`), because it reads Graph's next member too; a set is
//! its comma-separated string. Descriptions come from the doc comments.
//!
//! ```
//! use graph_enum::VppTokenSyncStatus;
//! use serde_json::json;
//!
//! let schema = schemars::schema_for!(VppTokenSyncStatus);
//! assert_eq!(schema.get("anyOf").unwrap()[0]["enum"], json!(["none", "inProgress", "completed", "failed"]));
//! assert_eq!(schema.get("anyOf").unwrap()[1], json!({"type": "string"}));
//! ```
//
// The derive cannot see this crate's features, so it always invokes
// `__private::impl_schemars!`, which is the impl with the feature and
// nothing without it.

use alloc::borrow::Cow;
use alloc::format;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{json, Map, Value};

use super::schema::{descriptions, names, Form, Shape};
use crate::{Flags, GraphEnum, GraphFlags};

/// The schema of a value or a set of `E`.
fn schema<E: GraphEnum>(shape: &Shape) -> Schema {
    let mut schema = Map::new();
    if let Some(description) = shape.description {
        schema.insert("description".into(), description.into());
    }
    match &shape.form {
        Form::Value { open } => {
            let mut members = Map::new();
            members.insert("type".into(), "string".into());
            members.insert("enum".into(), json!(names::<E>()));
            if let Some(descriptions) = descriptions::<E>() {
                members.insert("x-enum-descriptions".into(), json!(descriptions));
            }
            if *open {
                let any_string = json!({ "type": "string" });
                schema.insert("anyOf".into(), json!([members, any_string]));
            } else {
                schema.extend(members);
            }
        }
        Form::Set { pattern } => {
            schema.insert("type".into(), "string".into());
            if let Some(pattern) = pattern {
                schema.insert("pattern".into(), Value::from(pattern.as_str()));
            }
        }
    }
    Schema::from(schema)
}

/// `JsonSchema::json_schema` of a derived enum.
#[doc(hidden)]
#[must_use]
pub fn json_schema<E: GraphEnum>() -> Schema {
    schema::<E>(&Shape::of_value::<E>())
}

/// `JsonSchema::schema_id` of a derived enum: its Rust path, so that two
/// types with one schema name (`v1` and `beta`) stay two definitions.
#[doc(hidden)]
#[must_use]
pub fn schema_id<E>() -> Cow<'static, str> {
    Cow::Borrowed(core::any::type_name::<E>())
}

impl<E: GraphFlags> JsonSchema for Flags<E> {
    /// `Flags_<enum name>` (`Flags_chatMessageActions`), beside the schema
    /// of one value: the name utoipa gives the set too.
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(format!("Flags_{}", E::NAME))
    }

    fn schema_id() -> Cow<'static, str> {
        schema_id::<Self>()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        schema::<E>(&Shape::of_set::<E>())
    }
}

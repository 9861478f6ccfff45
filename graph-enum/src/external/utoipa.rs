//! utoipa support (feature `utoipa`): every derived enum and every
//! [`Flags`] set is `ToSchema`, in the shape `graph_enum::schemars` writes
//! (SPEC.md, "Schemas"): a closed enum is an `enum` of its names, an open one
//! those names *or* any string (`anyOf`), a set its comma-separated string.
//!
//! ```
//! use graph_enum::VppTokenSyncStatus;
//! use utoipa::OpenApi;
//!
//! #[derive(OpenApi)]
//! #[openapi(components(schemas(VppTokenSyncStatus)))]
//! struct Api;
//!
//! let document = serde_json::to_value(Api::openapi())?;
//! let schema = &document["components"]["schemas"]["vppTokenSyncStatus"];
//! assert_eq!(schema["anyOf"][0]["enum"][1], "inProgress");
//! # Ok::<(), serde_json::Error>(())
//! ```
//
// The derive cannot see this crate's features, so it always invokes
// `__private::impl_utoipa!`, which is the impl with the feature and nothing
// without it.

use alloc::borrow::Cow;
use alloc::vec::Vec;

use utoipa::openapi::extensions::ExtensionsBuilder;
use utoipa::openapi::schema::{AnyOfBuilder, ObjectBuilder, Schema, Type};
use utoipa::openapi::RefOr;
use utoipa::ToSchema;

use super::schema::{descriptions, names, Form, Shape};
use crate::{Flags, GraphEnum, GraphFlags};

/// The schema of a value or a set of `E`.
fn schema<E: GraphEnum>(shape: &Shape) -> RefOr<Schema> {
    let string = || ObjectBuilder::new().schema_type(Type::String);
    let schema: Schema = match &shape.form {
        Form::Value { open } => {
            let mut members = string().enum_values(Some(names::<E>()));
            if let Some(descriptions) = descriptions::<E>() {
                let extensions = ExtensionsBuilder::new().add("x-enum-descriptions", descriptions);
                members = members.extensions(Some(extensions.build()));
            }
            if *open {
                AnyOfBuilder::new()
                    .description(shape.description)
                    .item(members)
                    .item(string())
                    .into()
            } else {
                members.description(shape.description).into()
            }
        }
        Form::Set { pattern } => string()
            .description(shape.description)
            .pattern(pattern.as_deref())
            .into(),
    };
    RefOr::T(schema)
}

/// `PartialSchema::schema` of a derived enum.
#[doc(hidden)]
#[must_use]
pub fn value_schema<E: GraphEnum>() -> RefOr<Schema> {
    schema::<E>(&Shape::of_value::<E>())
}

// utoipa's derive reaches a generic type's schema (`Flags<E>` as a field or
// in `components(schemas(...))`) through `ComposeSchema`, whose blanket impl
// is the type's `PartialSchema`; `Flags<E>` takes no schema from `E`'s.
impl<E: GraphFlags> utoipa::__dev::ComposeSchema for Flags<E> {
    fn compose(_: Vec<RefOr<Schema>>) -> RefOr<Schema> {
        schema::<E>(&Shape::of_set::<E>())
    }
}

impl<E: GraphFlags> ToSchema for Flags<E> {
    /// `Flags`, to which utoipa appends `E`'s name: `Flags_chatMessageActions`,
    /// the name `graph_enum::schemars` gives the set too.
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Flags")
    }
}

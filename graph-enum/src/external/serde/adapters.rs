//! The field adapters, `#[serde(with = "graph_enum::serde::...")]`: a
//! value read another way than its `Deserialize` reads it.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, MapAccess, Unexpected, Visitor};
use serde::ser::Serializer;

#[cfg(feature = "alloc")]
use super::flags::FlagsVisitor;
use super::xml::element_text;
use super::{serialize, EnumVisitor, Rejected, StrSeed};
use crate::enum_trait::GraphEnum;
use crate::error::ParseError;
#[cfg(feature = "alloc")]
use crate::flags::{Flags, GraphFlags};
use crate::integer::IntegerText;

/// How a field adapter reads a value.
#[doc(hidden)]
#[derive(Clone, Copy)]
pub enum Adapter {
    /// [`strict`]: only what the enum declares.
    Strict,
    /// [`ignore_ascii_case`]: names in any ASCII case.
    IgnoreAsciiCase,
    /// [`self_describing`]: whatever the format holds.
    SelfDescribing,
}

/// What the field adapters ([`strict`], [`ignore_ascii_case`],
/// [`self_describing`]) take: a derived enum, a [`Flags`] set, or an
/// `Option` of either (an optional property: `null` or absent with
/// `#[serde(default)]` is `None`). Sealed.
pub trait Value: Sized + sealed::Sealed {
    #[doc(hidden)]
    fn __serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;
    /// Reads a value the adapter's way.
    #[doc(hidden)]
    fn __deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
        adapter: Adapter,
    ) -> Result<Self, D::Error>;
}

/// Reads text the adapter's way; `declared` refuses what `E` (or a part of a
/// set) does not declare, before a fallback can keep or drop it. `set` says
/// whether an empty XML element is a value (the empty set).
fn read_adapted<'de, T, D: Deserializer<'de>>(
    deserializer: D,
    adapter: Adapter,
    declared: fn(&str) -> Result<T, ParseError>,
    ignoring_case: fn(&str) -> Result<T, ParseError>,
    any: impl FnOnce(D) -> Result<T, D::Error>,
    set: bool,
) -> Result<T, D::Error> {
    let visitor = |parse, expecting| TextVisitor {
        parse,
        expecting,
        set,
    };
    match adapter {
        Adapter::Strict => read_text(deserializer, visitor(declared, "a declared name or value")),
        Adapter::IgnoreAsciiCase => read_text(
            deserializer,
            visitor(ignoring_case, "a name, in any ASCII case"),
        ),
        Adapter::SelfDescribing => any(deserializer),
    }
}

impl<E: GraphEnum> Value for E {
    fn __serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize(self, serializer)
    }

    fn __deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
        adapter: Adapter,
    ) -> Result<Self, D::Error> {
        read_adapted(
            deserializer,
            adapter,
            |text| {
                let value: E = text.parse()?;
                if value.is_unknown() {
                    Err(ParseError::new(E::NAME, E::MEMBERS, text))
                } else {
                    Ok(value)
                }
            },
            E::from_str_ignore_ascii_case,
            |deserializer| deserializer.deserialize_any(EnumVisitor(PhantomData)),
            false,
        )
    }
}

#[cfg(feature = "alloc")]
impl<E: GraphFlags> Value for Flags<E> {
    fn __serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }

    fn __deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
        adapter: Adapter,
    ) -> Result<Self, D::Error> {
        read_adapted(
            deserializer,
            adapter,
            Flags::from_str_declared,
            Flags::from_str_ignore_ascii_case,
            |deserializer| deserializer.deserialize_any(FlagsVisitor(PhantomData)),
            true,
        )
    }
}

impl<T: Value> Value for Option<T> {
    fn __serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(value) => serializer.serialize_some(&Adapted(value)),
            None => serializer.serialize_none(),
        }
    }

    fn __deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
        adapter: Adapter,
    ) -> Result<Self, D::Error> {
        deserializer.deserialize_option(OptionVisitor(adapter, PhantomData))
    }
}

/// A value inside `Some`, serialized as its adapter does.
struct Adapted<'a, T>(&'a T);

impl<T: Value> serde::Serialize for Adapted<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.__serialize(serializer)
    }
}

/// `None` for a null, else the value read by the adapter.
struct OptionVisitor<T>(Adapter, PhantomData<T>);

impl<'de, T: Value> Visitor<'de> for OptionVisitor<T> {
    type Value = Option<T>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a value or null")
    }

    fn visit_none<Error: de::Error>(self) -> Result<Option<T>, Error> {
        Ok(None)
    }

    fn visit_unit<Error: de::Error>(self) -> Result<Option<T>, Error> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        T::__deserialize(deserializer, self.0).map(Some)
    }
}

mod sealed {
    pub trait Sealed {}
    impl<E: crate::GraphEnum> Sealed for E {}
    #[cfg(feature = "alloc")]
    impl<E: crate::GraphFlags> Sealed for crate::Flags<E> {}
    impl<T: super::Value> Sealed for Option<T> {}
}

/// The adapters' `serialize`: the wire name, as the default writes it
/// (`None` as the format's null).
///
/// # Errors
/// Those of the serializer.
pub fn serialize_value<T: Value, S: Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    value.__serialize(serializer)
}

/// Reads a string, or in human-readable formats an integer as its decimal
/// text, with the visitor's `parse`: the adapters that read text their own way.
fn read_text<'de, T, D: Deserializer<'de>>(
    deserializer: D,
    visitor: TextVisitor<T>,
) -> Result<T, D::Error> {
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(visitor)
    } else {
        deserializer.deserialize_str(visitor)
    }
}

struct TextVisitor<T> {
    parse: fn(&str) -> Result<T, ParseError>,
    expecting: &'static str,
    /// An empty element is the empty set.
    set: bool,
}

impl<'de, T> Visitor<'de> for TextVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str(self.expecting)
    }

    fn visit_str<Error: de::Error>(self, text: &str) -> Result<T, Error> {
        (self.parse)(text).map_err(|error| {
            Error::invalid_value(Unexpected::Str(error.input()), &Rejected(&error))
        })
    }

    fn visit_i64<Error: de::Error>(self, value: i64) -> Result<T, Error> {
        self.visit_str(IntegerText::new(i128::from(value)).as_str())
    }

    fn visit_u64<Error: de::Error>(self, value: u64) -> Result<T, Error> {
        self.visit_str(IntegerText::new(i128::from(value)).as_str())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        let set = self.set;
        element_text(map, StrSeed(self), set)
    }
}

/// For `#[serde(with = "graph_enum::serde::strict")]`: a field that refuses
/// values the enum does not declare, with the error a closed enum gives, while
/// the type stays lossless everywhere else. For tests that must notice that
/// Graph's schema moved on.
///
/// ```
/// use graph_enum::VppTokenSyncStatus;
///
/// #[derive(serde::Deserialize, Debug)]
/// struct Token {
///     #[serde(with = "graph_enum::serde::strict")]
///     status: VppTokenSyncStatus,
/// }
///
/// assert!(serde_json::from_str::<Token>(r#"{"status": "completed"}"#).is_ok());
/// let error = serde_json::from_str::<Token>(r#"{"status": "pausedByApple"}"#).unwrap_err();
/// assert!(error.to_string().starts_with(
///     r#"invalid value: string "pausedByApple", expected a vppTokenSyncStatus value"#
/// ));
/// // Outside the field, the value is kept as ever.
/// let kept: VppTokenSyncStatus = serde_json::from_str(r#""pausedByApple""#).unwrap();
/// assert!(kept.is_unknown());
/// ```
pub mod strict {
    use serde::Deserializer;

    pub use super::{serialize_value as serialize, Value};

    /// Reads a name, numeric text or (in human-readable formats) an integer,
    /// and refuses a value, or a part of a set, the enum does not declare.
    ///
    /// # Errors
    /// For an undeclared value: `invalid value: string "x", expected a
    /// vppTokenSyncStatus value`; and for input that is no string or integer.
    pub fn deserialize<'de, T: Value, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        T::__deserialize(deserializer, super::Adapter::Strict)
    }
}

/// For `#[serde(with = "graph_enum::serde::ignore_ascii_case")]`: a field
/// from a service that sends names in another case (Azure's `FULL` for
/// `full`): a name equal to exactly one member's ignoring ASCII case reads as
/// that member, an exact name always wins ([`GraphEnum::from_str_ignore_ascii_case`],
/// [`Flags::from_str_ignore_ascii_case`](crate::Flags::from_str_ignore_ascii_case)).
///
/// ```
/// use graph_enum::VppTokenSyncStatus;
///
/// #[derive(serde::Deserialize)]
/// struct Token {
///     #[serde(with = "graph_enum::serde::ignore_ascii_case")]
///     status: VppTokenSyncStatus,
/// }
///
/// let token: Token = serde_json::from_str(r#"{"status": "INPROGRESS"}"#)?;
/// assert_eq!(token.status, VppTokenSyncStatus::InProgress);
/// # Ok::<(), serde_json::Error>(())
/// ```
pub mod ignore_ascii_case {
    use serde::Deserializer;

    pub use super::{serialize_value as serialize, Value};

    /// Reads a name as `from_str_ignore_ascii_case` does (numeric text and,
    /// in human-readable formats, integers as ever).
    ///
    /// # Errors
    /// For a closed enum and a value it does not declare, and for input that
    /// is no string or integer.
    pub fn deserialize<'de, T: Value, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        T::__deserialize(deserializer, super::Adapter::IgnoreAsciiCase)
    }
}

/// For `#[serde(with = "graph_enum::serde::self_describing")]`: a field that
/// also reads integers in self-describing binary formats (CBOR, `MessagePack`),
/// where the default reads only the string this crate writes. Not for bincode
/// or postcard, which cannot read "a string or an integer".
pub mod self_describing {
    use serde::Deserializer;

    pub use super::{serialize_value as serialize, Value};

    /// Reads whatever the format holds: a name, numeric text or an integer.
    ///
    /// # Errors
    /// As the default's, and the format's own for `deserialize_any`.
    pub fn deserialize<'de, T: Value, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        T::__deserialize(deserializer, super::Adapter::SelfDescribing)
    }
}

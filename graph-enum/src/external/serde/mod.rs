//! serde support (feature `serde`): a Graph enum is its wire name on the wire.
//!
//! Every derived enum and [`Flags`](crate::Flags) implement `Serialize` and `Deserialize`:
//! written as the wire name (a string), read from a name, OData's numeric text
//! or, in human-readable formats (JSON, YAML, TOML, XML), an integer; in XML
//! from attributes and, with the feature `quick-xml`, from element text
//! (`<status>inProgress</status>`). SPEC.md ("serde") lists the formats the
//! tests prove.
//!
//! Binary formats say they are not human-readable, and serde offers no way to
//! ask whether one describes its own types: bincode and postcard cannot read
//! "a string or an integer", CBOR and `MessagePack` can. So in a binary format
//! the value is read as the string this crate writes. A field that must also
//! read integers from a self-describing binary format (a CBOR integer written
//! by another implementation) says so with [`self_describing`]:
//!
//! ```
//! use graph_enum::VppTokenSyncStatus;
//!
//! #[derive(serde::Deserialize)]
//! struct Token {
//!     #[serde(with = "graph_enum::serde::self_describing")]
//!     status: VppTokenSyncStatus,
//! }
//!
//! let token: Token = serde_json::from_str(r#"{"status": 2}"#)?;
//! assert_eq!(token.status, VppTokenSyncStatus::Completed);
//! # Ok::<(), serde_json::Error>(())
//! ```

mod adapters;
#[cfg(feature = "alloc")]
mod flags;
mod xml;

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, Expected, MapAccess, Unexpected, Visitor};
use serde::ser::Serializer;

use self::xml::element_text;
use crate::enum_trait::GraphEnum;
use crate::error::ParseError;
use crate::integer::IntegerText;

pub use self::adapters::{
    ignore_ascii_case, self_describing, serialize_value, strict, Adapter, Value,
};

/// `Serialize` of every derived enum: the wire name, as a string.
///
/// # Errors
/// Those of the serializer.
#[doc(hidden)]
pub fn serialize<E: GraphEnum, S: Serializer>(value: &E, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.as_str())
}

/// `Deserialize` of every derived enum: a name or OData's numeric text, and in
/// human-readable formats (JSON, YAML, TOML, XML) also an integer.
///
/// Declared names are matched on the borrowed or transient `&str` the format
/// hands over: nothing is allocated but an unknown value's text. A closed
/// enum's error names the type and the value, and the nearest name when one
/// is close (`did you mean "darkBlue"?`), not every member.
///
/// # Errors
/// For a closed enum and a value it does not declare, and for input that is not
/// a string or an integer.
#[doc(hidden)]
pub fn deserialize<'de, E: GraphEnum, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<E, D::Error> {
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(EnumVisitor(PhantomData))
    } else {
        deserializer.deserialize_str(EnumVisitor(PhantomData))
    }
}

struct EnumVisitor<E>(PhantomData<E>);

impl<E: GraphEnum> EnumVisitor<E> {
    fn integer<Error: de::Error>(self, value: i128, unexpected: Unexpected) -> Result<E, Error> {
        IntegerText::new(value)
            .as_str()
            .parse()
            .map_err(|_: ParseError| Error::invalid_value(unexpected, &self))
    }
}

impl<'de, E: GraphEnum> Visitor<'de> for EnumVisitor<E> {
    type Value = E;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        write!(formatter, "a {} value", E::NAME)
    }

    // The path of nearly every value, inlined into the format's
    // `deserialize_any` (which LLVM would not do by itself inside serde_json's
    // large one), so reading a name costs what `<&str>::deserialize` and
    // `FromStr` cost; the other kinds of input are out of line.
    // Measured: BENCHMARKS.md, "Runtime against the limit".
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn visit_str<Error: de::Error>(self, text: &str) -> Result<E, Error> {
        crate::parse::parse(text).map_err(|error| rejected(&error))
    }

    // serde's default forwards to `visit_str`, out of line.
    // Measured: BENCHMARKS.md, "Runtime against the limit".
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn visit_borrowed_str<Error: de::Error>(self, text: &'de str) -> Result<E, Error> {
        self.visit_str(text)
    }

    #[inline(never)]
    fn visit_i64<Error: de::Error>(self, value: i64) -> Result<E, Error> {
        self.integer(i128::from(value), Unexpected::Signed(value))
    }

    #[inline(never)]
    fn visit_u64<Error: de::Error>(self, value: u64) -> Result<E, Error> {
        self.integer(i128::from(value), Unexpected::Unsigned(value))
    }

    #[inline(never)]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<E, A::Error> {
        element_text(map, StrSeed(self), false)
    }
}

/// A closed enum's refusal as the format's error.
#[cold]
#[inline(never)]
fn rejected<Error: de::Error>(error: &ParseError) -> Error {
    Error::invalid_value(Unexpected::Str(error.input()), &Rejected(error))
}

/// What a closed enum expected, with the nearest name when one is close.
struct Rejected<'a>(&'a ParseError);

impl Expected for Rejected<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        write!(formatter, "a {} value", self.0.type_name())?;
        match self.0.suggestion() {
            Some(name) => write!(formatter, " (did you mean {name:?}?)"),
            None => Ok(()),
        }
    }
}

/// Reads a value as a string, with `visitor`.
struct StrSeed<V>(V);

impl<'de, V: Visitor<'de>> DeserializeSeed<'de> for StrSeed<V> {
    type Value = V::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        deserializer.deserialize_str(self.0)
    }
}

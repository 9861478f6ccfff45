//! serde support (feature `serde`): a Graph enum is its wire name on the wire.
//!
//! Every derived enum and [`Flags`] implement `Serialize` and `Deserialize`:
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
//
// The derive cannot see this crate's features, so it always invokes
// `__private::impl_serde!`, which this module defines to write the impls when
// the feature is on and to nothing when it is off.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, Expected, MapAccess, Unexpected, Visitor};
use serde::ser::Serializer;

use crate::integer::IntegerText;
#[cfg(feature = "alloc")]
use crate::{Flags, GraphFlags};
use crate::{GraphEnum, ParseError};

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

/// The text of an XML element, which quick-xml hands over as a map (an
/// element may have attributes) whose one entry is its text, `$text`.
/// Anything else in the map is an error. An empty map is an empty element
/// (`<actions/>`) where empty text is a value (`empty_is_text`: the empty
/// `Flags` set), and an error otherwise. A map from any other format (JSON's
/// `{"$text": "completed"}` or `{}`) is not a value.
fn element_text<'de, A: MapAccess<'de>, V: Visitor<'de>>(
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
#[allow(clippy::extra_unused_type_parameters, reason = "the same call as with the feature")]
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

// `Flags` (feature `alloc`): the comma form as a string.

/// Written as Graph writes it, `"reactionAdded,reactionRemoved"`, straight
/// into the serializer (`collect_str`, no intermediate `String`).
#[cfg(feature = "alloc")]
impl<E: GraphFlags> serde::Serialize for Flags<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Read from the comma-separated names (or numbers) Graph sends, and in
/// self-describing formats also from the set's integer value.
#[cfg(feature = "alloc")]
impl<'de, E: GraphFlags> serde::Deserialize<'de> for Flags<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(FlagsVisitor(PhantomData))
        } else {
            deserializer.deserialize_str(FlagsVisitor(PhantomData))
        }
    }
}

#[cfg(feature = "alloc")]
struct FlagsVisitor<E>(PhantomData<E>);

#[cfg(feature = "alloc")]
impl<'de, E: GraphFlags> Visitor<'de> for FlagsVisitor<E> {
    type Value = Flags<E>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        write!(formatter, "a comma-separated list of {} values", E::NAME)
    }

    fn visit_str<Error: de::Error>(self, text: &str) -> Result<Flags<E>, Error> {
        text.parse().map_err(|error: ParseError| {
            Error::invalid_value(Unexpected::Str(error.input()), &self)
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Flags<E>, A::Error> {
        element_text(map, StrSeed(self), true)
    }

    fn visit_i64<Error: de::Error>(self, value: i64) -> Result<Flags<E>, Error> {
        Flags::from_bits(value).map_err(|_| Error::invalid_value(Unexpected::Signed(value), &self))
    }

    fn visit_u64<Error: de::Error>(self, value: u64) -> Result<Flags<E>, Error> {
        match i64::try_from(value) {
            Ok(signed) => self.visit_i64(signed),
            // Beyond any member's bits: an unknown part if `E` keeps them.
            Err(_) => IntegerText::new(i128::from(value))
                .as_str()
                .parse()
                .map_err(|_: ParseError| Error::invalid_value(Unexpected::Unsigned(value), &self)),
        }
    }
}

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

//! serde support (feature `serde`): a Graph enum is its wire name on the wire.
//!
//! The derive cannot see this crate's features, so it always invokes
//! `__private::impl_serde!`, which this module defines to write the impls when
//! the feature is on and to nothing when it is off.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::ser::Serializer;

use crate::integer::IntegerText;
#[cfg(feature = "alloc")]
use crate::{Flags, GraphFlags};
use crate::{GraphEnum, ParseError};

/// `Serialize` of every derived enum: the wire name, as a string.
///
/// # Errors
/// Those of the serializer.
pub fn serialize<E: GraphEnum, S: Serializer>(value: &E, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.as_str())
}

/// `Deserialize` of every derived enum: a name or OData's numeric text, and in
/// self-describing formats (JSON, YAML, …) also an integer.
///
/// Declared names are matched on the borrowed or transient `&str` the format
/// hands over: nothing is allocated but an unknown value's text. A closed
/// enum's error names the type and the value, not every member, so a bad
/// value costs about as much as a good one.
///
/// # Errors
/// For a closed enum and a value it does not declare, and for input that is not
/// a string or an integer.
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

impl<E: GraphEnum> Visitor<'_> for EnumVisitor<E> {
    type Value = E;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        write!(formatter, "a {} value", E::NAME)
    }

    fn visit_str<Error: de::Error>(self, text: &str) -> Result<E, Error> {
        text.parse().map_err(|error: ParseError| {
            Error::invalid_value(Unexpected::Str(error.input()), &self)
        })
    }

    fn visit_i64<Error: de::Error>(self, value: i64) -> Result<E, Error> {
        self.integer(i128::from(value), Unexpected::Signed(value))
    }

    fn visit_u64<Error: de::Error>(self, value: u64) -> Result<E, Error> {
        self.integer(i128::from(value), Unexpected::Unsigned(value))
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
impl<E: GraphFlags> Visitor<'_> for FlagsVisitor<E> {
    type Value = Flags<E>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        write!(formatter, "a comma-separated list of {} values", E::NAME)
    }

    fn visit_str<Error: de::Error>(self, text: &str) -> Result<Flags<E>, Error> {
        text.parse().map_err(|error: ParseError| {
            Error::invalid_value(Unexpected::Str(error.input()), &self)
        })
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

#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_impl_serde {
    ($ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<__S>(
                &self,
                serializer: __S,
            ) -> $crate::__private::Result<__S::Ok, __S::Error>
            where
                __S: $crate::__private::serde::Serializer,
            {
                $crate::__private::serialize(self, serializer)
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<__D>(deserializer: __D) -> $crate::__private::Result<Self, __D::Error>
            where
                __D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize(deserializer)
            }
        }
    };
}

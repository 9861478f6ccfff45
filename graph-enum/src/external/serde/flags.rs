//! `Flags` (feature `alloc`): the comma form as a string.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, MapAccess, Unexpected, Visitor};
use serde::ser::Serializer;

use super::xml::element_text;
use super::StrSeed;
use crate::error::ParseError;
use crate::flags::{Flags, GraphFlags};
use crate::integer::IntegerText;

/// Written as Graph writes it, `"reactionAdded,reactionRemoved"`, straight
/// into the serializer (`collect_str`, no intermediate `String`).
impl<E: GraphFlags> serde::Serialize for Flags<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Read from the comma-separated names (or numbers) Graph sends, and in
/// self-describing formats also from the set's integer value.
impl<'de, E: GraphFlags> serde::Deserialize<'de> for Flags<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(FlagsVisitor(PhantomData))
        } else {
            deserializer.deserialize_str(FlagsVisitor(PhantomData))
        }
    }
}

pub(super) struct FlagsVisitor<E>(pub(super) PhantomData<E>);

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

#![feature(prelude_import)]
#![allow(unused_imports)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
use graph_enum::{GraphEnum, UnknownValue};

/// An evolvable enum: members after `unknownFutureValue` are sent only to
/// clients that ask for them. Names are also read ignoring ASCII case, values
/// are ordered in declaration order, unknowns last, and the std traits are
/// written over the index, as the generated catalogues have them.
#[graph_enum(ascii_case_insensitive, ord,
derive(Clone, Debug, PartialEq, Eq, Hash))]
pub enum BodyType {
    Text = 0,
    Html = 1,
    UnknownFutureValue = 2,

    /// Added after the sentinel.
    Markdown = 3,

    #[graph_enum(unknown)]
    Other(UnknownValue<Self>),
}
#[doc =
"Conversions of the Graph enum type `microsoft.graph.bodyType`.\n\n| Variant | Wire name | Value | Description |\n|---|---|---|---|\n| `Text` | `text` | 0 |  |\n| `Html` | `html` | 1 |  |\n| `UnknownFutureValue` | `unknownFutureValue` | 2 |  |\n| `Markdown` | `markdown` | 3 | Added after the sentinel. |\n\n`Other`: any other value, kept verbatim."]
impl BodyType {
    #[doc(hidden)]
    #[inline]
    pub const fn __graph_enum_index(&self) -> ::core::primitive::usize {
        match self {
            Self::Text => 0usize,
            Self::Html => 1usize,
            Self::UnknownFutureValue => 2usize,
            Self::Markdown => 3usize,
            Self::Other(_) =>
                <Self as ::graph_enum::GraphEnum>::MEMBERS.len(),
        }
    }
    /// The wire name: the member's name as Graph writes it (see the table above).
    #[must_use]
    #[inline]
    pub fn as_str(&self) -> &::core::primitive::str {
        <Self as ::graph_enum::GraphEnum>::as_str(self)
    }
    /// The member's integer value (see the table above); for a value the
    /// enum does not declare, `None` unless it is a number.
    #[must_use]
    #[inline]
    pub fn value(&self) -> ::core::option::Option<::core::primitive::i32> {
        <Self as ::graph_enum::GraphEnum>::value(self)
    }
    /// The member's description, from its doc comment.
    #[must_use]
    #[inline]
    pub const fn description(&self)
        -> ::core::option::Option<&'static ::core::primitive::str> {
        ::graph_enum::__private::description(<Self as
                ::graph_enum::GraphEnum>::MEMBERS, self.__graph_enum_index(),
            <Self as ::graph_enum::GraphEnum>::__FALLBACK_DESCRIPTION)
    }
    /// Whether this is a value the enum does not declare.
    #[must_use]
    #[inline]
    pub const fn is_unknown(&self) -> ::core::primitive::bool {
        self.__graph_enum_index() >=
            <Self as ::graph_enum::GraphEnum>::MEMBERS.len()
    }
}
#[allow(clippy :: large_stack_arrays)]
#[automatically_derived]
impl ::graph_enum::GraphEnum for BodyType {
    type Value = ::core::primitive::i32;
    const MEMBERS: &'static [::graph_enum::Member] =
        &::graph_enum::Member::__table(<Self as
                    ::graph_enum::GraphEnum>::__NAMES, [0, 1, 2, 3],
                ["", "", "", "Added after the sentinel."], 2usize);
    const FALLBACK: ::graph_enum::Fallback = ::graph_enum::Fallback::Lossless;
    const ALL: &'static [Self] =
        &[Self::Text, Self::Html, Self::UnknownFutureValue, Self::Markdown];
    const __NAMES: &'static [&'static ::core::primitive::str] =
        &["text", "html", "unknownFutureValue", "markdown"];
    const __VALUES: &'static [::core::primitive::i32] = &[0, 1, 2, 3];
    const NAME: &'static ::core::primitive::str = "bodyType";
    const NAMESPACE: &'static ::core::primitive::str = "microsoft.graph";
    const DESCRIPTION: ::core::option::Option<&'static ::core::primitive::str>
        =
        ::core::option::Option::Some("An evolvable enum: members after `unknownFutureValue` are sent only to clients that ask for them. Names are also read ignoring ASCII case, values are ordered in declaration order, unknowns last, and the std traits are written over the index, as the generated catalogues have them.");
    const EVOLVABLE: ::core::primitive::bool = true;
    const ASCII_CASE_INSENSITIVE: ::core::primitive::bool = true;
    const __LOOKUP: ::graph_enum::__private::Lookup =
        ::graph_enum::__private::Lookup::Hash(::graph_enum::__private::Hash {
                positions: &[0u16],
                multiplier: 17909611376780542445u64,
                displacements: &[0u16],
                slots: &[0u16, 0u16, 1u16, 0u16, 0u16, 3u16, 2u16, 0u16],
            });
    #[inline]
    fn __fallback(undeclared: ::graph_enum::__private::Undeclared<'_>)
        -> ::core::option::Option<Self> {
        ::core::option::Option::Some(Self::Other(::graph_enum::__private::undeclared_value::<Self>(undeclared)))
    }
    #[allow(unreachable_patterns)]
    #[inline]
    fn __unknown_text(&self)
        -> ::core::option::Option<&::core::primitive::str> {
        match self {
            Self::Other(unknown) =>
                ::core::option::Option::Some(unknown.as_str()),
            _ => ::core::option::Option::None,
        }
    }
    #[inline]
    fn __index(&self) -> ::core::primitive::usize {
        Self::__graph_enum_index(self)
    }
    #[inline]
    fn __from_index(index: ::core::primitive::usize)
        -> ::core::option::Option<Self> {
        ::core::option::Option::Some(match index {
                0usize => Self::Text,
                1usize => Self::Html,
                2usize => Self::UnknownFutureValue,
                3usize => Self::Markdown,
                _ => return ::core::option::Option::None,
            })
    }
    #[allow(unreachable_patterns)]
    #[inline]
    fn __index_of(value: ::core::primitive::i32)
        -> ::core::option::Option<::core::primitive::usize> {
        ::core::option::Option::Some(match value {
                0 => 0usize,
                1 => 1usize,
                2 => 2usize,
                3 => 3usize,
                _ => return ::core::option::Option::None,
            })
    }
}
#[automatically_derived]
impl ::core::str::FromStr for BodyType {
    type Err = ::graph_enum::ParseError;
    #[inline]
    fn from_str(text: &::core::primitive::str)
        -> ::core::result::Result<Self, ::graph_enum::ParseError> {
        ::graph_enum::__private::parse(text)
    }
}
#[automatically_derived]
impl ::core::fmt::Display for BodyType {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>)
        -> ::core::fmt::Result {
        formatter.pad(Self::as_str(self))
    }
}
#[automatically_derived]
impl<'text> ::core::convert::From<&'text ::core::primitive::str> for BodyType
    {
    #[inline]
    fn from(text: &'text ::core::primitive::str) -> Self {
        ::graph_enum::__private::parse_or_fallback(text)
    }
}
#[automatically_derived]
impl ::core::convert::From<::core::primitive::i32> for BodyType {
    #[inline]
    fn from(value: ::core::primitive::i32) -> Self {
        ::graph_enum::__private::member_or_fallback(value)
    }
}
#[automatically_derived]
impl ::core::cmp::PartialOrd for BodyType {
    #[inline]
    fn partial_cmp(&self, other: &Self)
        -> ::core::option::Option<::core::cmp::Ordering> {
        ::core::option::Option::Some(::graph_enum::__private::cmp(self,
                other))
    }
}
#[automatically_derived]
impl ::core::cmp::Ord for BodyType {
    #[inline]
    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
        ::graph_enum::__private::cmp(self, other)
    }
}
#[automatically_derived]
impl ::core::clone::Clone for BodyType {
    #[inline]
    fn clone(&self) -> Self { ::graph_enum::__private::clone(self) }
}
#[automatically_derived]
impl ::core::fmt::Debug for BodyType {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>)
        -> ::core::fmt::Result {
        ::graph_enum::__private::debug(self, formatter,
            &["Text", "Html", "UnknownFutureValue", "Markdown", "Other"])
    }
}
#[automatically_derived]
impl ::core::cmp::PartialEq for BodyType {
    #[inline]
    fn eq(&self, other: &Self) -> ::core::primitive::bool {
        ::graph_enum::__private::eq(self, other)
    }
}
#[automatically_derived]
impl ::core::cmp::Eq for BodyType { }
#[automatically_derived]
impl ::core::hash::Hash for BodyType {
    #[inline]
    fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
        ::graph_enum::__private::hash(self, state)
    }
}
#[automatically_derived]
impl ::graph_enum::__private::serde::Serialize for BodyType {
    fn serialize<__S>(&self, serializer: __S)
        -> ::core::result::Result<__S::Ok, __S::Error> where
        __S: ::graph_enum::__private::serde::Serializer {
        ::graph_enum::__private::serialize(self, serializer)
    }
}
#[automatically_derived]
impl<'de> ::graph_enum::__private::serde::Deserialize<'de> for BodyType {
    fn deserialize<__D>(deserializer: __D)
        -> ::core::result::Result<Self, __D::Error> where
        __D: ::graph_enum::__private::serde::Deserializer<'de> {
        ::graph_enum::__private::deserialize(deserializer)
    }
}

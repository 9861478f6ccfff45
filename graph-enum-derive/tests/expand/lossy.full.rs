#![feature(prelude_import)]
#![allow(unused_imports)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
use graph_enum::{GraphEnum, UnknownValue};

/// A `Copy` enum of another service's spelling: unknown input becomes `Other`.
#[repr(u8)]
#[graph_enum(namespace = "Contoso.Sales", rename_all = "snake_case")]
pub enum OrderState {
    Open = 1,
    InTransit = 2,

    #[graph_enum(value = 4)]
    Delivered,

    #[graph_enum(unknown)]
    Other,
}
#[doc =
"Conversions of the Graph enum type `Contoso.Sales.orderState`.\n\n| Variant | Wire name | Value | Description |\n|---|---|---|---|\n| `Open` | `open` | 1 |  |\n| `InTransit` | `in_transit` | 2 |  |\n| `Delivered` | `delivered` | 4 |  |\n\n`Other`: any other value, dropped; written as `other`."]
impl OrderState {
    #[doc(hidden)]
    #[inline]
    pub const fn __graph_enum_index(&self) -> ::core::primitive::usize {
        match self {
            Self::Open => 0usize,
            Self::InTransit => 1usize,
            Self::Delivered => 2usize,
            Self::Other => <Self as ::graph_enum::GraphEnum>::MEMBERS.len(),
        }
    }
    /// The wire name: the member's name as Graph writes it (see the table above).
    #[must_use]
    #[inline]
    pub const fn as_str(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Open => "open",
            Self::InTransit => "in_transit",
            Self::Delivered => "delivered",
            Self::Other => "other",
        }
    }
    /// The member's integer value (see the table above); for a value the
    /// enum does not declare, `None` unless it is a number.
    #[must_use]
    #[inline]
    pub const fn value(&self)
        -> ::core::option::Option<::core::primitive::u8> {
        ::graph_enum::__private::value(<Self as
                ::graph_enum::GraphEnum>::__VALUES, self.__graph_enum_index())
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
impl ::graph_enum::GraphEnum for OrderState {
    type Value = ::core::primitive::u8;
    const MEMBERS: &'static [::graph_enum::Member] =
        &::graph_enum::Member::__table(<Self as
                    ::graph_enum::GraphEnum>::__NAMES, [1, 2, 4], ["", "", ""],
                ::core::primitive::usize::MAX);
    const FALLBACK: ::graph_enum::Fallback = ::graph_enum::Fallback::Lossy;
    const ALL: &'static [Self] =
        &[Self::Open, Self::InTransit, Self::Delivered];
    const __NAMES: &'static [&'static ::core::primitive::str] =
        &["open", "in_transit", "delivered"];
    const __VALUES: &'static [::core::primitive::u8] = &[1, 2, 4];
    const NAME: &'static ::core::primitive::str = "orderState";
    const NAMESPACE: &'static ::core::primitive::str = "Contoso.Sales";
    const DESCRIPTION: ::core::option::Option<&'static ::core::primitive::str>
        =
        ::core::option::Option::Some("A `Copy` enum of another service's spelling: unknown input becomes `Other`.");
    const __LOOKUP: ::graph_enum::__private::Lookup =
        ::graph_enum::__private::Lookup::Hash(::graph_enum::__private::Hash {
                positions: &[],
                multiplier: 16294208416658607535u64,
                displacements: &[0u16],
                slots: &[2u16, 0u16, 1u16, 0u16],
            });
    #[inline]
    fn __fallback(_: ::graph_enum::__private::Undeclared<'_>)
        -> ::core::option::Option<Self> {
        ::core::option::Option::Some(Self::Other)
    }
    #[inline]
    fn as_str(&self) -> &::core::primitive::str { Self::as_str(self) }
    #[inline]
    fn __index(&self) -> ::core::primitive::usize {
        Self::__graph_enum_index(self)
    }
    #[inline]
    fn __from_index(index: ::core::primitive::usize)
        -> ::core::option::Option<Self> {
        ::core::option::Option::Some(match index {
                0usize => Self::Open,
                1usize => Self::InTransit,
                2usize => Self::Delivered,
                _ => return ::core::option::Option::None,
            })
    }
    #[allow(unreachable_patterns)]
    #[inline]
    fn __index_of(value: ::core::primitive::u8)
        -> ::core::option::Option<::core::primitive::usize> {
        ::core::option::Option::Some(match value {
                1 => 0usize,
                2 => 1usize,
                4 => 2usize,
                _ => return ::core::option::Option::None,
            })
    }
}
#[automatically_derived]
impl ::core::str::FromStr for OrderState {
    type Err = ::graph_enum::ParseError;
    #[inline]
    fn from_str(text: &::core::primitive::str)
        -> ::core::result::Result<Self, ::graph_enum::ParseError> {
        ::graph_enum::__private::parse(text)
    }
}
#[automatically_derived]
impl ::core::fmt::Display for OrderState {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>)
        -> ::core::fmt::Result {
        formatter.pad(Self::as_str(self))
    }
}
#[automatically_derived]
impl<'text> ::core::convert::From<&'text ::core::primitive::str> for
    OrderState {
    #[inline]
    fn from(text: &'text ::core::primitive::str) -> Self {
        ::graph_enum::__private::parse_or_fallback(text)
    }
}
#[automatically_derived]
impl ::core::convert::From<::core::primitive::u8> for OrderState {
    #[inline]
    fn from(value: ::core::primitive::u8) -> Self {
        ::graph_enum::__private::member_or_fallback(value)
    }
}
#[automatically_derived]
impl ::graph_enum::__private::serde::Serialize for OrderState {
    fn serialize<__S>(&self, serializer: __S)
        -> ::core::result::Result<__S::Ok, __S::Error> where
        __S: ::graph_enum::__private::serde::Serializer {
        ::graph_enum::__private::serialize(self, serializer)
    }
}
#[automatically_derived]
impl<'de> ::graph_enum::__private::serde::Deserialize<'de> for OrderState {
    fn deserialize<__D>(deserializer: __D)
        -> ::core::result::Result<Self, __D::Error> where
        __D: ::graph_enum::__private::serde::Deserializer<'de> {
        ::graph_enum::__private::deserialize(deserializer)
    }
}
#[automatically_derived]
#[doc(hidden)]
unsafe impl ::core::clone::TrivialClone for OrderState { }
#[automatically_derived]
impl ::core::clone::Clone for OrderState {
    #[inline]
    fn clone(&self) -> OrderState { *self }
}
#[automatically_derived]
impl ::core::marker::Copy for OrderState { }
#[automatically_derived]
impl ::core::fmt::Debug for OrderState {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
        ::core::fmt::Formatter::write_str(f,
            match self {
                OrderState::Open => "Open",
                OrderState::InTransit => "InTransit",
                OrderState::Delivered => "Delivered",
                OrderState::Other => "Other",
            })
    }
}
#[automatically_derived]
impl ::core::marker::StructuralPartialEq for OrderState { }
#[automatically_derived]
impl ::core::cmp::PartialEq for OrderState {
    #[inline]
    fn eq(&self, other: &OrderState) -> bool {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        __self_discr == __arg1_discr
    }
}
#[automatically_derived]
impl ::core::cmp::Eq for OrderState {
    #[doc(hidden)]
    #[coverage(off)]
    fn assert_fields_are_eq(&self) {}
}
#[automatically_derived]
impl ::core::hash::Hash for OrderState {
    #[inline]
    fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        ::core::hash::Hash::hash(&__self_discr, state)
    }
}

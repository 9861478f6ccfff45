#![feature(prelude_import)]
#![allow(unused_imports)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
use graph_enum::{GraphEnum, UnknownValue};

/// The type of a Volume Purchase Program account: no fallback, so unknown
/// input is an error.
pub enum VppTokenAccountType {
    Business,
    Education,

    #[graph_enum(rename = "enterprise_v2")]
    Enterprise,
}
#[doc =
"Conversions of the Graph enum type `microsoft.graph.vppTokenAccountType`.\n\n| Variant | Wire name | Value | Description |\n|---|---|---|---|\n| `Business` | `business` | 0 |  |\n| `Education` | `education` | 1 |  |\n| `Enterprise` | `enterprise_v2` | 2 |  |"]
impl VppTokenAccountType {
    #[doc(hidden)]
    #[inline]
    pub const fn __graph_enum_index(&self) -> ::core::primitive::usize {
        match self {
            Self::Business => 0usize,
            Self::Education => 1usize,
            Self::Enterprise => 2usize,
        }
    }
    /// The wire name: the member's name as Graph writes it (see the table above).
    #[must_use]
    #[inline]
    pub const fn as_str(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Business => "business",
            Self::Education => "education",
            Self::Enterprise => "enterprise_v2",
        }
    }
    /// The member's integer value (see the table above); for a value the
    /// enum does not declare, `None` unless it is a number.
    #[must_use]
    #[inline]
    pub const fn value(&self)
        -> ::core::option::Option<::core::primitive::i32> {
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
impl ::graph_enum::GraphEnum for VppTokenAccountType {
    type Value = ::core::primitive::i32;
    const MEMBERS: &'static [::graph_enum::Member] =
        &::graph_enum::Member::__table(<Self as
                    ::graph_enum::GraphEnum>::__NAMES, [0, 1, 2], ["", "", ""],
                ::core::primitive::usize::MAX);
    const FALLBACK: ::graph_enum::Fallback = ::graph_enum::Fallback::Closed;
    const ALL: &'static [Self] =
        &[Self::Business, Self::Education, Self::Enterprise];
    const __NAMES: &'static [&'static ::core::primitive::str] =
        &["business", "education", "enterprise_v2"];
    const __VALUES: &'static [::core::primitive::i32] = &[0, 1, 2];
    const NAME: &'static ::core::primitive::str = "vppTokenAccountType";
    const NAMESPACE: &'static ::core::primitive::str = "microsoft.graph";
    const DESCRIPTION: ::core::option::Option<&'static ::core::primitive::str>
        =
        ::core::option::Option::Some("The type of a Volume Purchase Program account: no fallback, so unknown input is an error.");
    const __LOOKUP: ::graph_enum::__private::Lookup =
        ::graph_enum::__private::Lookup::Hash(::graph_enum::__private::Hash {
                positions: &[],
                multiplier: 7960286522194355701u64,
                displacements: &[0u16],
                slots: &[2u16, 0u16, 1u16, 0u16],
            });
    #[inline]
    fn __fallback(_: ::graph_enum::__private::Undeclared<'_>)
        -> ::core::option::Option<Self> {
        ::core::option::Option::None
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
                0usize => Self::Business,
                1usize => Self::Education,
                2usize => Self::Enterprise,
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
                _ => return ::core::option::Option::None,
            })
    }
}
#[automatically_derived]
impl ::core::str::FromStr for VppTokenAccountType {
    type Err = ::graph_enum::ParseError;
    #[inline]
    fn from_str(text: &::core::primitive::str)
        -> ::core::result::Result<Self, ::graph_enum::ParseError> {
        ::graph_enum::__private::parse(text)
    }
}
#[automatically_derived]
impl ::core::fmt::Display for VppTokenAccountType {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>)
        -> ::core::fmt::Result {
        formatter.pad(Self::as_str(self))
    }
}
#[automatically_derived]
impl<'text> ::core::convert::TryFrom<&'text ::core::primitive::str> for
    VppTokenAccountType {
    type Error = ::graph_enum::ParseError;
    #[inline]
    fn try_from(text: &'text ::core::primitive::str)
        -> ::core::result::Result<Self, ::graph_enum::ParseError> {
        ::graph_enum::__private::parse(text)
    }
}
#[automatically_derived]
impl ::core::convert::TryFrom<::core::primitive::i32> for VppTokenAccountType
    {
    type Error = ::graph_enum::ValueError;
    #[inline]
    fn try_from(value: ::core::primitive::i32)
        -> ::core::result::Result<Self, ::graph_enum::ValueError> {
        <Self as ::graph_enum::GraphEnum>::from_value(value)
    }
}
#[automatically_derived]
impl ::core::convert::From<VppTokenAccountType> for ::core::primitive::i32 {
    #[inline]
    fn from(value: VppTokenAccountType) -> Self {
        <VppTokenAccountType as
                ::graph_enum::GraphEnum>::__VALUES[value.__graph_enum_index()]
    }
}
#[automatically_derived]
impl ::graph_enum::__private::serde::Serialize for VppTokenAccountType {
    fn serialize<__S>(&self, serializer: __S)
        -> ::core::result::Result<__S::Ok, __S::Error> where
        __S: ::graph_enum::__private::serde::Serializer {
        ::graph_enum::__private::serialize(self, serializer)
    }
}
#[automatically_derived]
impl<'de> ::graph_enum::__private::serde::Deserialize<'de> for
    VppTokenAccountType {
    fn deserialize<__D>(deserializer: __D)
        -> ::core::result::Result<Self, __D::Error> where
        __D: ::graph_enum::__private::serde::Deserializer<'de> {
        ::graph_enum::__private::deserialize(deserializer)
    }
}
#[automatically_derived]
#[doc(hidden)]
unsafe impl ::core::clone::TrivialClone for VppTokenAccountType { }
#[automatically_derived]
impl ::core::clone::Clone for VppTokenAccountType {
    #[inline]
    fn clone(&self) -> VppTokenAccountType { *self }
}
#[automatically_derived]
impl ::core::marker::Copy for VppTokenAccountType { }
#[automatically_derived]
impl ::core::fmt::Debug for VppTokenAccountType {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
        ::core::fmt::Formatter::write_str(f,
            match self {
                VppTokenAccountType::Business => "Business",
                VppTokenAccountType::Education => "Education",
                VppTokenAccountType::Enterprise => "Enterprise",
            })
    }
}
#[automatically_derived]
impl ::core::marker::StructuralPartialEq for VppTokenAccountType { }
#[automatically_derived]
impl ::core::cmp::PartialEq for VppTokenAccountType {
    #[inline]
    fn eq(&self, other: &VppTokenAccountType) -> bool {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        __self_discr == __arg1_discr
    }
}
#[automatically_derived]
impl ::core::cmp::Eq for VppTokenAccountType {
    #[doc(hidden)]
    #[coverage(off)]
    fn assert_fields_are_eq(&self) {}
}
#[automatically_derived]
impl ::core::hash::Hash for VppTokenAccountType {
    #[inline]
    fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        ::core::hash::Hash::hash(&__self_discr, state)
    }
}

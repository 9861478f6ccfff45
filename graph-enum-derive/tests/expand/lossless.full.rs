#![feature(prelude_import)]
#![allow(unused_imports)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
use graph_enum::{GraphEnum, UnknownValue};

/// Possible sync statuses associated with an Apple Volume Purchase Program token.
#[repr(i32)]
pub enum VppTokenSyncStatus {

    /// Default status.
    None = 0,

    /// Last Sync in progress.
    InProgress = 1,

    /// Last Sync completed successfully.
    Completed = 2,

    /// Last Sync failed.
    Failed = 3,

    /// A value this version of the crate does not know, kept verbatim.
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}
#[doc =
"Conversions of the Graph enum type `microsoft.graph.vppTokenSyncStatus`.\n\n| Variant | Wire name | Value | Description |\n|---|---|---|---|\n| `None` | `none` | 0 | Default status. |\n| `InProgress` | `inProgress` | 1 | Last Sync in progress. |\n| `Completed` | `completed` | 2 | Last Sync completed successfully. |\n| `Failed` | `failed` | 3 | Last Sync failed. |\n\n`Unknown`: any other value, kept verbatim."]
impl VppTokenSyncStatus {
    #[doc(hidden)]
    #[inline]
    pub const fn __graph_enum_index(&self) -> ::core::primitive::usize {
        match self {
            Self::None => 0usize,
            Self::InProgress => 1usize,
            Self::Completed => 2usize,
            Self::Failed => 3usize,
            Self::Unknown(_) =>
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
impl ::graph_enum::GraphEnum for VppTokenSyncStatus {
    type Value = ::core::primitive::i32;
    const MEMBERS: &'static [::graph_enum::Member] =
        &::graph_enum::Member::__table(<Self as
                    ::graph_enum::GraphEnum>::__NAMES, [0, 1, 2, 3],
                ["Default status.", "Last Sync in progress.",
                        "Last Sync completed successfully.", "Last Sync failed."],
                ::core::primitive::usize::MAX);
    const FALLBACK: ::graph_enum::Fallback = ::graph_enum::Fallback::Lossless;
    const ALL: &'static [Self] =
        &[Self::None, Self::InProgress, Self::Completed, Self::Failed];
    const __NAMES: &'static [&'static ::core::primitive::str] =
        &["none", "inProgress", "completed", "failed"];
    const __VALUES: &'static [::core::primitive::i32] = &[0, 1, 2, 3];
    const NAME: &'static ::core::primitive::str = "vppTokenSyncStatus";
    const NAMESPACE: &'static ::core::primitive::str = "microsoft.graph";
    const DESCRIPTION: ::core::option::Option<&'static ::core::primitive::str>
        =
        ::core::option::Option::Some("Possible sync statuses associated with an Apple Volume Purchase Program token.");
    const __LOOKUP: ::graph_enum::__private::Lookup =
        ::graph_enum::__private::Lookup::Hash(::graph_enum::__private::Hash {
                positions: &[],
                multiplier: 487617019471545679u64,
                displacements: &[0u16],
                slots: &[0u16, 0u16, 3u16, 0u16, 0u16, 0u16, 1u16, 2u16],
            });
    const __FALLBACK_DESCRIPTION: &'static ::core::primitive::str =
        "A value this version of the crate does not know, kept verbatim.";
    #[inline]
    fn __fallback(undeclared: ::graph_enum::__private::Undeclared<'_>)
        -> ::core::option::Option<Self> {
        ::core::option::Option::Some(Self::Unknown(::graph_enum::__private::undeclared_value::<Self>(undeclared)))
    }
    #[allow(unreachable_patterns)]
    #[inline]
    fn __unknown_text(&self)
        -> ::core::option::Option<&::core::primitive::str> {
        match self {
            Self::Unknown(unknown) =>
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
                0usize => Self::None,
                1usize => Self::InProgress,
                2usize => Self::Completed,
                3usize => Self::Failed,
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
impl ::core::str::FromStr for VppTokenSyncStatus {
    type Err = ::graph_enum::ParseError;
    #[inline]
    fn from_str(text: &::core::primitive::str)
        -> ::core::result::Result<Self, ::graph_enum::ParseError> {
        ::graph_enum::__private::parse(text)
    }
}
#[automatically_derived]
impl ::core::fmt::Display for VppTokenSyncStatus {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>)
        -> ::core::fmt::Result {
        formatter.pad(Self::as_str(self))
    }
}
#[automatically_derived]
impl<'text> ::core::convert::From<&'text ::core::primitive::str> for
    VppTokenSyncStatus {
    #[inline]
    fn from(text: &'text ::core::primitive::str) -> Self {
        ::graph_enum::__private::parse_or_fallback(text)
    }
}
#[automatically_derived]
impl ::core::convert::From<::core::primitive::i32> for VppTokenSyncStatus {
    #[inline]
    fn from(value: ::core::primitive::i32) -> Self {
        ::graph_enum::__private::member_or_fallback(value)
    }
}
#[automatically_derived]
impl ::graph_enum::__private::serde::Serialize for VppTokenSyncStatus {
    fn serialize<__S>(&self, serializer: __S)
        -> ::core::result::Result<__S::Ok, __S::Error> where
        __S: ::graph_enum::__private::serde::Serializer {
        ::graph_enum::__private::serialize(self, serializer)
    }
}
#[automatically_derived]
impl<'de> ::graph_enum::__private::serde::Deserialize<'de> for
    VppTokenSyncStatus {
    fn deserialize<__D>(deserializer: __D)
        -> ::core::result::Result<Self, __D::Error> where
        __D: ::graph_enum::__private::serde::Deserializer<'de> {
        ::graph_enum::__private::deserialize(deserializer)
    }
}
#[automatically_derived]
impl ::core::clone::Clone for VppTokenSyncStatus {
    #[inline]
    fn clone(&self) -> VppTokenSyncStatus {
        match self {
            VppTokenSyncStatus::None => VppTokenSyncStatus::None,
            VppTokenSyncStatus::InProgress => VppTokenSyncStatus::InProgress,
            VppTokenSyncStatus::Completed => VppTokenSyncStatus::Completed,
            VppTokenSyncStatus::Failed => VppTokenSyncStatus::Failed,
            VppTokenSyncStatus::Unknown(__self_0) =>
                VppTokenSyncStatus::Unknown(::core::clone::Clone::clone(__self_0)),
        }
    }
}
#[automatically_derived]
impl ::core::fmt::Debug for VppTokenSyncStatus {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
        match self {
            VppTokenSyncStatus::None =>
                ::core::fmt::Formatter::write_str(f, "None"),
            VppTokenSyncStatus::InProgress =>
                ::core::fmt::Formatter::write_str(f, "InProgress"),
            VppTokenSyncStatus::Completed =>
                ::core::fmt::Formatter::write_str(f, "Completed"),
            VppTokenSyncStatus::Failed =>
                ::core::fmt::Formatter::write_str(f, "Failed"),
            VppTokenSyncStatus::Unknown(__self_0) =>
                ::core::fmt::Formatter::debug_tuple_field1_finish(f,
                    "Unknown", &__self_0),
        }
    }
}
#[automatically_derived]
impl ::core::marker::StructuralPartialEq for VppTokenSyncStatus { }
#[automatically_derived]
impl ::core::cmp::PartialEq for VppTokenSyncStatus {
    #[inline]
    fn eq(&self, other: &VppTokenSyncStatus) -> bool {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        __self_discr == __arg1_discr &&
            match (self, other) {
                (VppTokenSyncStatus::Unknown(__self_0),
                    VppTokenSyncStatus::Unknown(__arg1_0)) =>
                    __self_0 == __arg1_0,
                _ => true,
            }
    }
}
#[automatically_derived]
impl ::core::cmp::Eq for VppTokenSyncStatus {
    #[doc(hidden)]
    #[coverage(off)]
    fn assert_fields_are_eq(&self) {
        let _: ::core::cmp::AssertParamIsEq<UnknownValue<Self>>;
    }
}
#[automatically_derived]
impl ::core::hash::Hash for VppTokenSyncStatus {
    #[inline]
    fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        ::core::hash::Hash::hash(&__self_discr, state);
        match self {
            VppTokenSyncStatus::Unknown(__self_0) =>
                ::core::hash::Hash::hash(__self_0, state),
            _ => {}
        }
    }
}

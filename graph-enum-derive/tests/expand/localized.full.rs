#![feature(prelude_import)]
#![allow(unused_imports)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
use graph_enum::{GraphEnum, UnknownValue};

/// Possible sync statuses associated with an Apple Volume Purchase Program token.
#[graph_enum(description(de =
"Mögliche Synchronisierungsstatus eines Apple-VPP-Tokens."))]
pub enum VppTokenSyncStatus {

    /// Default status.
    #[graph_enum(description(de = "Standardstatus."), display_name = "None")]
    None = 0,

    /// Last Sync in progress.
    #[graph_enum(description(de = "Letzte Synchronisierung wird ausgeführt.",
    de_CH = "Synchronisierung läuft."), display_name(de = "In Bearbeitung"))]
    InProgress = 1,

    #[graph_enum(description = "Last Sync completed successfully.")]
    Completed = 2,

    #[graph_enum(unknown)]
    Unknown,
}
#[doc =
"Conversions of the Graph enum type `microsoft.graph.vppTokenSyncStatus`.\n\n| Variant | Wire name | Value | Description |\n|---|---|---|---|\n| `None` | `none` | 0 | Default status. |\n| `InProgress` | `inProgress` | 1 | Last Sync in progress. |\n| `Completed` | `completed` | 2 | Last Sync completed successfully. |\n\n`Unknown`: any other value, dropped; written as `unknown`."]
impl VppTokenSyncStatus {
    #[doc(hidden)]
    #[inline]
    pub const fn __graph_enum_index(&self) -> ::core::primitive::usize {
        match self {
            Self::None => 0usize,
            Self::InProgress => 1usize,
            Self::Completed => 2usize,
            Self::Unknown => <Self as ::graph_enum::GraphEnum>::MEMBERS.len(),
        }
    }
    /// The wire name: the member's name as Graph writes it (see the table above).
    #[must_use]
    #[inline]
    pub const fn as_str(&self) -> &'static ::core::primitive::str {
        match self {
            Self::None => "none",
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::Unknown => "unknown",
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
impl ::graph_enum::GraphEnum for VppTokenSyncStatus {
    type Value = ::core::primitive::i32;
    const MEMBERS: &'static [::graph_enum::Member] =
        &::graph_enum::Member::__localize(::graph_enum::Member::__localize(::graph_enum::Member::__table(<Self
                            as ::graph_enum::GraphEnum>::__NAMES, [0, 1, 2],
                        ["Default status.", "Last Sync in progress.",
                                "Last Sync completed successfully."],
                        ::core::primitive::usize::MAX), 0usize,
                    &[("de", "Standardstatus.")],
                    ::core::option::Option::Some("None"), &[]), 1usize,
                &[("de", "Letzte Synchronisierung wird ausgeführt."),
                            ("de-CH", "Synchronisierung läuft.")],
                ::core::option::Option::None, &[("de", "In Bearbeitung")]);
    const FALLBACK: ::graph_enum::Fallback = ::graph_enum::Fallback::Lossy;
    const ALL: &'static [Self] =
        &[Self::None, Self::InProgress, Self::Completed];
    const __NAMES: &'static [&'static ::core::primitive::str] =
        &["none", "inProgress", "completed"];
    const __VALUES: &'static [::core::primitive::i32] = &[0, 1, 2];
    const NAME: &'static ::core::primitive::str = "vppTokenSyncStatus";
    const NAMESPACE: &'static ::core::primitive::str = "microsoft.graph";
    const DESCRIPTION: ::core::option::Option<&'static ::core::primitive::str>
        =
        ::core::option::Option::Some("Possible sync statuses associated with an Apple Volume Purchase Program token.");
    const DESCRIPTIONS:
        &'static [(&'static ::core::primitive::str,
        &'static ::core::primitive::str)] =
        &[("de",
                        "Mögliche Synchronisierungsstatus eines Apple-VPP-Tokens.")];
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
        ::core::option::Option::Some(Self::Unknown)
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
                0usize => Self::None,
                1usize => Self::InProgress,
                2usize => Self::Completed,
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
#[doc(hidden)]
unsafe impl ::core::clone::TrivialClone for VppTokenSyncStatus { }
#[automatically_derived]
impl ::core::clone::Clone for VppTokenSyncStatus {
    #[inline]
    fn clone(&self) -> VppTokenSyncStatus { *self }
}
#[automatically_derived]
impl ::core::marker::Copy for VppTokenSyncStatus { }
#[automatically_derived]
impl ::core::fmt::Debug for VppTokenSyncStatus {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
        ::core::fmt::Formatter::write_str(f,
            match self {
                VppTokenSyncStatus::None => "None",
                VppTokenSyncStatus::InProgress => "InProgress",
                VppTokenSyncStatus::Completed => "Completed",
                VppTokenSyncStatus::Unknown => "Unknown",
            })
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
        __self_discr == __arg1_discr
    }
}
#[automatically_derived]
impl ::core::cmp::Eq for VppTokenSyncStatus {
    #[doc(hidden)]
    #[coverage(off)]
    fn assert_fields_are_eq(&self) {}
}
#[automatically_derived]
impl ::core::hash::Hash for VppTokenSyncStatus {
    #[inline]
    fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        ::core::hash::Hash::hash(&__self_discr, state)
    }
}

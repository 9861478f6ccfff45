#![feature(prelude_import)]
#![allow(unused_imports)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2021::*;
use graph_enum::{GraphEnum, UnknownValue};

/// Graph's `chatMessageActions`: a set of bits, read and written as
/// `"reactionAdded,reactionRemoved"`.
#[graph_enum(flags)]
pub enum ChatMessageActions {
    ReactionAdded = 1,
    ReactionRemoved = 2,
    ActionUndefined = 4,

    /// Both reactions, written for the two bits together.
    Reactions = 3,
    UnknownFutureValue = 8,

    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}
#[doc =
"Conversions of the Graph enum type `microsoft.graph.chatMessageActions`.\n\n| Variant | Wire name | Value | Description |\n|---|---|---|---|\n| `ReactionAdded` | `reactionAdded` | 1 |  |\n| `ReactionRemoved` | `reactionRemoved` | 2 |  |\n| `ActionUndefined` | `actionUndefined` | 4 |  |\n| `Reactions` | `reactions` | 3 | Both reactions, written for the two bits together. |\n| `UnknownFutureValue` | `unknownFutureValue` | 8 |  |\n\n`Unknown`: any other value, kept verbatim."]
impl ChatMessageActions {
    #[doc(hidden)]
    #[inline]
    pub const fn __graph_enum_index(&self) -> ::core::primitive::usize {
        match self {
            Self::ReactionAdded => 0usize,
            Self::ReactionRemoved => 1usize,
            Self::ActionUndefined => 2usize,
            Self::Reactions => 3usize,
            Self::UnknownFutureValue => 4usize,
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
impl ::graph_enum::GraphEnum for ChatMessageActions {
    type Value = ::core::primitive::i32;
    const MEMBERS: &'static [::graph_enum::Member] =
        &::graph_enum::Member::__table(<Self as
                    ::graph_enum::GraphEnum>::__NAMES, [1, 2, 4, 3, 8],
                ["", "", "",
                        "Both reactions, written for the two bits together.", ""],
                4usize);
    const FALLBACK: ::graph_enum::Fallback = ::graph_enum::Fallback::Lossless;
    const ALL: &'static [Self] =
        &[Self::ReactionAdded, Self::ReactionRemoved, Self::ActionUndefined,
                    Self::Reactions, Self::UnknownFutureValue];
    const __NAMES: &'static [&'static ::core::primitive::str] =
        &["reactionAdded", "reactionRemoved", "actionUndefined", "reactions",
                    "unknownFutureValue"];
    const __VALUES: &'static [::core::primitive::i32] = &[1, 2, 4, 3, 8];
    const NAME: &'static ::core::primitive::str = "chatMessageActions";
    const NAMESPACE: &'static ::core::primitive::str = "microsoft.graph";
    const DESCRIPTION: ::core::option::Option<&'static ::core::primitive::str>
        =
        ::core::option::Option::Some("Graph's `chatMessageActions`: a set of bits, read and written as `\"reactionAdded,reactionRemoved\"`.");
    const EVOLVABLE: ::core::primitive::bool = true;
    const IS_FLAGS: ::core::primitive::bool = true;
    const __LOOKUP: ::graph_enum::__private::Lookup =
        ::graph_enum::__private::Lookup::Hash(::graph_enum::__private::Hash {
                positions: &[0u16],
                multiplier: 7960286522194355701u64,
                displacements: &[0u16],
                slots: &[0u16, 2u16, 4u16, 0u16, 0u16, 0u16, 1u16, 3u16],
            });
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
                0usize => Self::ReactionAdded,
                1usize => Self::ReactionRemoved,
                2usize => Self::ActionUndefined,
                3usize => Self::Reactions,
                4usize => Self::UnknownFutureValue,
                _ => return ::core::option::Option::None,
            })
    }
    #[allow(unreachable_patterns)]
    #[inline]
    fn __index_of(value: ::core::primitive::i32)
        -> ::core::option::Option<::core::primitive::usize> {
        ::core::option::Option::Some(match value {
                1 => 0usize,
                2 => 1usize,
                4 => 2usize,
                3 => 3usize,
                8 => 4usize,
                _ => return ::core::option::Option::None,
            })
    }
}
#[automatically_derived]
impl ::core::str::FromStr for ChatMessageActions {
    type Err = ::graph_enum::ParseError;
    #[inline]
    fn from_str(text: &::core::primitive::str)
        -> ::core::result::Result<Self, ::graph_enum::ParseError> {
        ::graph_enum::__private::parse(text)
    }
}
#[automatically_derived]
impl ::core::fmt::Display for ChatMessageActions {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>)
        -> ::core::fmt::Result {
        formatter.pad(Self::as_str(self))
    }
}
#[automatically_derived]
impl<'text> ::core::convert::From<&'text ::core::primitive::str> for
    ChatMessageActions {
    #[inline]
    fn from(text: &'text ::core::primitive::str) -> Self {
        ::graph_enum::__private::parse_or_fallback(text)
    }
}
#[automatically_derived]
impl ::core::convert::From<::core::primitive::i32> for ChatMessageActions {
    #[inline]
    fn from(value: ::core::primitive::i32) -> Self {
        ::graph_enum::__private::member_or_fallback(value)
    }
}
#[automatically_derived]
impl ::graph_enum::GraphFlags for ChatMessageActions {
    const KIND: ::graph_enum::FlagsKind = ::graph_enum::FlagsKind::Bits;
    const __BITS_BY_VALUE: &'static [::core::primitive::u16] =
        &[2u16, 3u16, 1u16, 0u16];
}
#[automatically_derived]
impl ::core::ops::BitOr for ChatMessageActions {
    type Output = ::graph_enum::Flags<Self>;
    #[inline]
    fn bitor(self, other: Self) -> ::graph_enum::Flags<Self> {
        <::graph_enum::Flags<Self> as ::core::convert::From<Self>>::from(self)
            | other
    }
}
#[automatically_derived]
impl ::graph_enum::__private::serde::Serialize for ChatMessageActions {
    fn serialize<__S>(&self, serializer: __S)
        -> ::core::result::Result<__S::Ok, __S::Error> where
        __S: ::graph_enum::__private::serde::Serializer {
        ::graph_enum::__private::serialize(self, serializer)
    }
}
#[automatically_derived]
impl<'de> ::graph_enum::__private::serde::Deserialize<'de> for
    ChatMessageActions {
    fn deserialize<__D>(deserializer: __D)
        -> ::core::result::Result<Self, __D::Error> where
        __D: ::graph_enum::__private::serde::Deserializer<'de> {
        ::graph_enum::__private::deserialize(deserializer)
    }
}
#[automatically_derived]
impl ::core::clone::Clone for ChatMessageActions {
    #[inline]
    fn clone(&self) -> ChatMessageActions {
        match self {
            ChatMessageActions::ReactionAdded =>
                ChatMessageActions::ReactionAdded,
            ChatMessageActions::ReactionRemoved =>
                ChatMessageActions::ReactionRemoved,
            ChatMessageActions::ActionUndefined =>
                ChatMessageActions::ActionUndefined,
            ChatMessageActions::Reactions => ChatMessageActions::Reactions,
            ChatMessageActions::UnknownFutureValue =>
                ChatMessageActions::UnknownFutureValue,
            ChatMessageActions::Unknown(__self_0) =>
                ChatMessageActions::Unknown(::core::clone::Clone::clone(__self_0)),
        }
    }
}
#[automatically_derived]
impl ::core::fmt::Debug for ChatMessageActions {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
        match self {
            ChatMessageActions::ReactionAdded =>
                ::core::fmt::Formatter::write_str(f, "ReactionAdded"),
            ChatMessageActions::ReactionRemoved =>
                ::core::fmt::Formatter::write_str(f, "ReactionRemoved"),
            ChatMessageActions::ActionUndefined =>
                ::core::fmt::Formatter::write_str(f, "ActionUndefined"),
            ChatMessageActions::Reactions =>
                ::core::fmt::Formatter::write_str(f, "Reactions"),
            ChatMessageActions::UnknownFutureValue =>
                ::core::fmt::Formatter::write_str(f, "UnknownFutureValue"),
            ChatMessageActions::Unknown(__self_0) =>
                ::core::fmt::Formatter::debug_tuple_field1_finish(f,
                    "Unknown", &__self_0),
        }
    }
}
#[automatically_derived]
impl ::core::marker::StructuralPartialEq for ChatMessageActions { }
#[automatically_derived]
impl ::core::cmp::PartialEq for ChatMessageActions {
    #[inline]
    fn eq(&self, other: &ChatMessageActions) -> bool {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        __self_discr == __arg1_discr &&
            match (self, other) {
                (ChatMessageActions::Unknown(__self_0),
                    ChatMessageActions::Unknown(__arg1_0)) =>
                    __self_0 == __arg1_0,
                _ => true,
            }
    }
}
#[automatically_derived]
impl ::core::cmp::Eq for ChatMessageActions {
    #[doc(hidden)]
    #[coverage(off)]
    fn assert_fields_are_eq(&self) {
        let _: ::core::cmp::AssertParamIsEq<UnknownValue<Self>>;
    }
}
#[automatically_derived]
impl ::core::hash::Hash for ChatMessageActions {
    #[inline]
    fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        ::core::hash::Hash::hash(&__self_discr, state);
        match self {
            ChatMessageActions::Unknown(__self_0) =>
                ::core::hash::Hash::hash(__self_0, state),
            _ => {}
        }
    }
}

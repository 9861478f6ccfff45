//! Generated code cannot be captured by the user's names: variants named like
//! prelude items, and a module that shadows the prelude, change nothing.

#![no_implicit_prelude]
#![allow(non_camel_case_types, dead_code, clippy::upper_case_acronyms)]

mod shadowed {
    // Everything the generated code might name without a path.
    pub struct Option;
    pub struct Some;
    pub struct None;
    pub struct Result;
    pub struct Ok;
    pub struct Err;
    pub struct String;
    pub struct From;
    pub struct TryFrom;
    pub struct FromStr;
    pub struct Display;
    pub struct Default;
    pub struct Copy;
    pub trait Into {}
    pub type str = ();
    pub type bool = ();
    pub type i32 = ();
    pub type u8 = ();
    pub struct Clone;
    pub struct Debug;
    pub struct Hash;
    pub struct Hasher;
    pub struct PartialEq;
    pub struct Eq;
    pub struct Formatter;
    pub mod fmt {}
    pub mod hash {}
    pub mod graph_enum {}
    pub mod core {}

    #[derive(::graph_enum::GraphEnum, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    pub enum PreludeNames {
        None,
        Some,
        Ok,
        Err,
        Default,
        Unknown,
        Option,
        Result,
        String,
        #[graph_enum(unknown)]
        Other(::graph_enum::UnknownValue<Self>),
    }

    #[derive(::graph_enum::GraphEnum, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[repr(u8)]
    pub enum Closed {
        None = 0,
        Some = 1,
    }

    // The std traits written by the derive name nothing the user can shadow.
    #[derive(::graph_enum::GraphEnum)]
    #[graph_enum(ord, derive(Clone, Debug, PartialEq, Eq, Hash))]
    pub enum StdTraits {
        Clone,
        Debug,
        Hash,
        Eq,
        #[graph_enum(unknown)]
        Other(::graph_enum::UnknownValue<Self>),
    }

    #[derive(::graph_enum::GraphEnum, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    pub enum Lossy {
        None,
        #[graph_enum(unknown)]
        Unknown,
    }
}

use ::core::assert_eq;
use ::core::convert::TryFrom as _;
use ::std::string::ToString as _;
use shadowed::{Closed, Lossy, PreludeNames, StdTraits};

#[test]
fn shadowed_prelude_changes_nothing() {
    assert_eq!(
        "none".parse::<PreludeNames>().ok(),
        ::core::option::Option::Some(PreludeNames::None)
    );
    assert_eq!(
        "err".parse::<PreludeNames>().ok(),
        ::core::option::Option::Some(PreludeNames::Err)
    );
    assert_eq!(PreludeNames::Unknown.to_string(), "unknown");
    assert_eq!(
        PreludeNames::String.value(),
        ::core::option::Option::Some(8)
    );
    assert_eq!(
        "9".parse::<PreludeNames>()
            .ok()
            .map(|value| value.to_string()),
        ::core::option::Option::Some("9".to_string())
    );
    assert_eq!(
        Closed::try_from(1).ok(),
        ::core::option::Option::Some(Closed::Some)
    );
    assert_eq!(
        <::core::primitive::u8 as ::core::convert::From<Closed>>::from(Closed::None),
        0
    );
    assert_eq!(
        "unknown".parse::<Lossy>().ok(),
        ::core::option::Option::Some(Lossy::Unknown)
    );
    assert_eq!(
        "none".parse::<Lossy>().ok(),
        ::core::option::Option::Some(Lossy::None)
    );
}

#[test]
fn shadowed_names_leave_the_std_traits_alone() {
    use ::core::clone::Clone as _;
    use ::core::hash::{BuildHasher as _, Hash as _};
    let other = <StdTraits as ::core::convert::From<&str>>::from("other");
    assert_eq!(
        ::std::format!("{:?} {other:?}", StdTraits::Hash),
        "Hash Other(\"other\")"
    );
    assert_eq!(other.clone(), other);
    ::core::assert!(StdTraits::Eq < other);
    let state = ::std::hash::RandomState::new();
    assert_eq!(state.hash_one(other.clone()), state.hash_one(&other));
    StdTraits::Clone.hash(&mut state.build_hasher());
}

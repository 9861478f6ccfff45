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
    pub mod fmt {}
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
        Other(::graph_enum::UnknownValue),
    }

    #[derive(::graph_enum::GraphEnum, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[repr(u8)]
    pub enum Closed {
        None = 0,
        Some = 1,
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
use shadowed::{Closed, Lossy, PreludeNames};

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

//! clap support (feature `clap`): every derived enum and every [`Flags`] set
//! is a command-line argument type, with the members as clap's possible
//! values (listed in `--help` and offered by `clap_complete`'s shell
//! completion, each with its description as help).
//!
//! A value is read as `FromStr` reads it, so a lossless or lossy enum still
//! takes a value Graph added after this code was written, and a closed one
//! refuses it with clap's usual error and its "a similar value exists" tip.
//! A negative value is given as `--state=-7`: clap reads a separate `-7` as
//! an option.
//!
//! ```
//! use clap::Parser;
//! use graph_enum::VppTokenSyncStatus;
//!
//! #[derive(Parser)]
//! struct Cli {
//!     /// The state to set.
//!     #[arg(long)]
//!     state: VppTokenSyncStatus,
//! }
//!
//! let cli = Cli::try_parse_from(["tool", "--state", "inProgress"])?;
//! assert_eq!(cli.state, VppTokenSyncStatus::InProgress);
//! let cli = Cli::try_parse_from(["tool", "--state", "pausedByApple"])?;
//! assert!(cli.state.is_unknown());
//! # Ok::<(), clap::Error>(())
//! ```
//
// The derive cannot see this crate's features, so it always invokes
// `__private::impl_clap!`, which is the impl with the feature and nothing
// without it.

use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::marker::PhantomData;
use std::ffi::OsStr;

use clap::builder::{PossibleValue, TypedValueParser, ValueParserFactory};
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::{Flags, GraphEnum, GraphFlags, Member, ParseError};

/// clap's value parser for a derived enum `E` or a set `Flags<E>`: reads as
/// `FromStr` does, lists `E`'s members as the possible values.
pub struct ValueParser<T>(PhantomData<fn() -> T>);

impl<T> ValueParser<T> {
    /// The parser.
    #[must_use]
    pub const fn new() -> Self {
        ValueParser(PhantomData)
    }
}

impl<T> Default for ValueParser<T> {
    fn default() -> Self {
        ValueParser::new()
    }
}

impl<T> Clone for ValueParser<T> {
    fn clone(&self) -> Self {
        ValueParser::new()
    }
}

/// What the parser reads: a derived enum or a `Flags` set, with the members
/// that are its possible values.
pub trait Argument: Sized + Clone + Send + Sync + 'static {
    #[doc(hidden)]
    const __MEMBERS: &'static [Member];
    #[doc(hidden)]
    fn __parse(text: &str) -> Result<Self, ParseError>;
}

impl<E: GraphEnum + Clone + Send + Sync> Argument for E {
    const __MEMBERS: &'static [Member] = E::MEMBERS;

    fn __parse(text: &str) -> Result<Self, ParseError> {
        text.parse()
    }
}

impl<E: GraphFlags + Send + Sync> Argument for Flags<E> {
    const __MEMBERS: &'static [Member] = E::MEMBERS;

    fn __parse(text: &str) -> Result<Self, ParseError> {
        text.parse()
    }
}

impl<T: Argument> TypedValueParser for ValueParser<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        let text = value.to_string_lossy();
        let refused = |suggestion: Option<&str>| {
            let mut error = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
            error.insert(
                ContextKind::InvalidArg,
                ContextValue::String(arg.map_or_else(|| "...".to_owned(), ToString::to_string)),
            );
            error.insert(
                ContextKind::InvalidValue,
                ContextValue::String(text.clone().into_owned()),
            );
            let names: Vec<String> = T::__MEMBERS
                .iter()
                .map(|member| member.name.to_owned())
                .collect();
            error.insert(ContextKind::ValidValue, ContextValue::Strings(names));
            if let Some(suggestion) = suggestion {
                error.insert(
                    ContextKind::SuggestedValue,
                    ContextValue::String(suggestion.to_owned()),
                );
            }
            error
        };
        let Some(text_str) = value.to_str() else {
            return Err(refused(None));
        };
        T::__parse(text_str).map_err(|error| refused(error.suggestion()))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(T::__MEMBERS.iter().map(|member| {
            let value = PossibleValue::new(member.name);
            // A help of "" would still print `name:` and its padding.
            match member.description {
                Some(description) => value.help(description),
                None => value,
            }
        })))
    }
}

impl<E: GraphFlags + Send + Sync> ValueParserFactory for Flags<E> {
    type Parser = ValueParser<Self>;

    fn value_parser() -> Self::Parser {
        ValueParser::new()
    }
}

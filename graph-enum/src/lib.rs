//! Microsoft Graph enum types in Rust: exact wire names, integer values, and
//! values the code does not know yet kept losslessly.
//!
//! Graph sends an enum as its member's name in a JSON string
//! (`"lastSyncStatus": "inProgress"`), gives every member an integer value, and
//! adds members over time. `#[derive(GraphEnum)]` turns a plain Rust enum into
//! such a type, and this crate ships Graph's enums built with it, first of all
//! [`VppTokenSyncStatus`].
//!
//! ```
//! use graph_enum::{GraphEnum, UnknownValue};
//!
//! /// Possible sync statuses associated with an Apple Volume Purchase Program token.
//! #[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
//! #[repr(i32)]
//! pub enum VppTokenSyncStatus {
//!     /// Default status.
//!     None = 0,
//!     /// Last Sync in progress.
//!     InProgress = 1,
//!     /// Last Sync completed successfully.
//!     Completed = 2,
//!     /// Last Sync failed.
//!     Failed = 3,
//!     /// A value this version of the crate does not know, kept verbatim.
//!     #[graph_enum(unknown)]
//!     Unknown(UnknownValue<Self>),
//! }
//!
//! // Declared names, exactly as Graph writes them, and OData's numeric form.
//! assert_eq!("inProgress".parse(), Ok(VppTokenSyncStatus::InProgress));
//! assert_eq!("2".parse(), Ok(VppTokenSyncStatus::Completed));
//! assert_eq!(VppTokenSyncStatus::Failed.to_string(), "failed");
//! assert_eq!(VppTokenSyncStatus::Failed.value(), Some(3));
//! assert_eq!(VppTokenSyncStatus::None.description(), Some("Default status."));
//!
//! // A member Graph added after this code was written survives unchanged.
//! let new: VppTokenSyncStatus = "pausedByApple".parse()?;
//! assert!(new.is_unknown());
//! assert_eq!(new.to_string(), "pausedByApple");
//!
//! // Integers convert both ways; an undeclared one is kept as well.
//! assert_eq!(VppTokenSyncStatus::from(1), VppTokenSyncStatus::InProgress);
//! assert_eq!(VppTokenSyncStatus::from(9).value(), Some(9));
//!
//! // What the schema says, for generic code and documentation.
//! assert_eq!(VppTokenSyncStatus::NAME, "vppTokenSyncStatus");
//! assert_eq!(VppTokenSyncStatus::NAMESPACE, "microsoft.graph");
//! assert_eq!(VppTokenSyncStatus::MEMBERS.len(), 4);
//! # Ok::<(), graph_enum::ParseError>(())
//! ```
//!
//! The contract (what reading accepts, what writing produces, the laws
//! between them, flags, case and serde) is the crate's specification,
//! [SPEC.md](https://github.com/graph-enum/graph-enum/blob/main/graph-enum/SPEC.md).
//!
//! # What the derive generates
//!
//! | Item | Behaviour |
//! |---|---|
//! | `FromStr`, `TryFrom<&str>` | An exact, case-sensitive declared name gives that member; else (with `ascii_case_insensitive`) the one name equal ignoring ASCII case; else OData's numeric text (`"2"`, `"-1"`, `"+02"`) of a declared value gives that member; else the fallback variant (an undeclared number in canonical decimal), or [`ParseError`] for a closed enum. |
//! | `Display`, `as_str()` | The wire name; a lossless unknown writes its text back byte for byte (an undeclared number in canonical decimal); a unit fallback writes its own wire name. Honours width and alignment (`{:>12}`). |
//! | `value() -> Option<R>` | The member's value; for a lossless unknown, its number if the text is one that fits `R`. `R` is the `#[repr]` integer, `i32` by default. |
//! | `From<R>` / `TryFrom<R>` | `From` when the enum has a fallback (an undeclared value is kept), `TryFrom` with [`ValueError`] when it is closed. |
//! | `From<E> for R` | Closed enums only: every variant has a value. |
//! | `description()`, `is_unknown()` | The doc comment of the variant; whether it is the fallback. |
//! | [`GraphEnum`] | `NAME`, `NAMESPACE`, `DESCRIPTION`, `MEMBERS`, `FALLBACK`, `EVOLVABLE`, every conversion above for generic code, and the provided methods below. |
//! | `Serialize`, `Deserialize` | With the `serde` feature: the wire name as a string; reads names, numeric text, XML element text (feature `quick-xml`) and, in human-readable formats (JSON, YAML, TOML, XML), integers; see `graph_enum::serde` for binary formats. |
//! | clap's `ValueParserFactory`; sqlx's `Type`, `Encode`, `Decode`; `JsonSchema`; `ToSchema`; `Arbitrary` | Each with its feature (below), for every derived enum and for [`Flags`]. |
//! | `GraphFlags`, `a \| b` | With `#[graph_enum(flags)]`: the enum works with [`Flags<E>`](Flags). |
//!
//! The [`GraphEnum`] trait (imported by the same `use graph_enum::GraphEnum`
//! as the derive) adds, for every enum:
//!
//! | Method | What it is for |
//! |---|---|
//! | `from_str_ignore_ascii_case` | Input typed by people (`"InProgress"`); Graph's own JSON always uses the exact name. |
//! | `odata_literal`, `to_odata_literal` | `$filter` literals, `microsoft.graph.vppTokenSyncStatus'inProgress'`; the first is `Display` and allocates nothing. |
//! | `is_evolvable`, `is_sentinel`, `requires_opt_in` | Evolvable enums (below). |
//! | `to_request_str` | The wire name for a POST/PUT/PATCH body, refusing the sentinel and a lossy fallback. |
//! | `description_in`, `display_name_in`, `type_description_in` | Texts in a language, `de-DE` falling back to `de`, then to the doc comment. |
//!
//! Conversions that can be `const fn` are (`as_str`, `value` and `description`
//! of closed and lossy enums). Generated code uses absolute paths only, so
//! variants named `None`, `Ok` or `Default` and modules that shadow `Option` or
//! `str` change nothing. It never uses `as` casts on the enum: the fallback
//! variant has no value, whatever rustc numbers it.
//!
//! # Attributes
//!
//! On the enum:
//!
//! | Attribute | Meaning |
//! |---|---|
//! | `#[graph_enum(name = "...")]` | The type's schema name; default: the identifier with its first letter lower-cased (`vppTokenSyncStatus`). |
//! | `#[graph_enum(namespace = "...")]` | The schema namespace; default `"microsoft.graph"`. |
//! | `#[graph_enum(description = "...")]` | Overrides the doc comment as the type's description (`""`: none). |
//! | `#[graph_enum(rename_all = "...")]` | For services that are not Graph: `"lowercase"`, `"UPPERCASE"`, `"PascalCase"`, `"camelCase"` (Graph's rule, the default), `"snake_case"`, `"SCREAMING_SNAKE_CASE"`, `"kebab-case"`, `"SCREAMING-KEBAB-CASE"`. |
//! | `#[graph_enum(crate = "...")]` | The path of this crate, when it is re-exported under another name. |
//! | `#[graph_enum(flags)]` | A flags enum (Graph's `IsFlags="true"`): use sets of its members as [`Flags<E>`](Flags). Whether the values are bits or, numbered like a plain enum's, names ([`FlagsKind`]) is decided from them; `flags = "bits"` or `flags = "names"` says it. |
//! | `#[graph_enum(ord)]` | `PartialOrd` and `Ord` in declaration order, values the enum does not declare after every member, ordered by their text (`derive(Ord)` orders by value). The catalogue enums have it. |
//! | `#[graph_enum(derive(Clone, Debug, PartialEq, Eq, Hash))]` | Any of these std traits, behaving as the std derives do (`Debug` writes `InProgress`, or `Unknown("text")` for a lossless unknown value), each written as one call into generic code instead of an arm per variant: a crate of many enums checks faster (the catalogues use it). One difference: a `const` of the enum cannot be a `match` pattern, as it can with `derive(PartialEq)`. |
//! | `#[graph_enum(ascii_case_insensitive)]` | Also read a name equal to exactly one member's ignoring ASCII case as that member (`"HTML"` for `html`), written back in the schema's spelling; on for the prebuilt catalogues. |
//! | `#[graph_enum(description(de = "..."))]` | The type's description in other languages; the key is a BCP 47 tag with `_` for `-` (`de_CH`). |
//! | `#[repr(i32)]` | The value type: `i8`, `i16`, `i32` (default, Graph's `Edm.Int32`), `i64` (`Edm.Int64`), `u8` (`Edm.Byte`), `u16`, `u32`. |
//!
//! On a variant:
//!
//! | Attribute | Meaning |
//! |---|---|
//! | `#[graph_enum(rename = "...")]` | The wire name. Default: the identifier with only its first character lower-cased, which is Graph's own rule (`AssignedToExternalMDM` → `assignedToExternalMDM`, `MacOS` → `macOS`). Use it for every name the rule cannot produce: `tls1_2`, `FlowWhenChanged`, `self`, `in-progress`, `IN PROGRESS`: any non-empty text, except that numeric text must be the member's own value and a flags member's name cannot hold `,` or edge spaces. |
//! | `#[graph_enum(value = N)]` | The value, when the discriminant is not a literal the derive can read. Discriminants may be integer literals and `+ - * << \| & ^` of them; implicit ones count on from the previous variant, as in rustc. |
//! | `#[graph_enum(alias_of = Member)]` | Another name of an earlier member's value (CSDL requires unique names, not values: SAP's `Hidden`, a synonym of `Inapplicable`). Each name reads and writes as itself; a number reads as `Member`. The alias's discriminant, which rustc needs distinct, is rustc's only. Not in flags enums. Two members of one value without it are a compile error. |
//! | `#[graph_enum(description = "...")]` | Overrides the doc comment. Doc comments become descriptions with lines joined by spaces, paragraphs kept and fenced code blocks left out; use this when the docs say more than the value means; `""` gives none. |
//! | `#[graph_enum(description(de = "..."))]`, `#[graph_enum(display_name = "...")]`, `#[graph_enum(display_name(de = "..."))]` | Descriptions and display names in other languages. |
//! | `#[graph_enum(unknown)]` | The fallback, declared last, any name. A unit variant is *lossy* (unknown input is dropped, the enum can stay `Copy`); a tuple variant holding [`UnknownValue<Self>`](UnknownValue) is *lossless* (the type parameter ties the kept value to this enum). Without one, the enum is *closed* and unknown input is an error. The fallback has no value; a discriminant on it (`Other = 2`, needed when the last member holds the repr's largest value) is rustc's numbering only and is never read. |
//!
//! Graph has 270 enums with a real member called `unknown`, so the fallback
//! can have any name, `Other` for instance:
//!
//! ```
//! use graph_enum::GraphEnum;
//!
//! #[derive(GraphEnum, Clone, Copy, Debug, PartialEq)]
//! enum AlertSeverity {
//!     Unknown,
//!     Informational,
//!     Low,
//!     Medium,
//!     High,
//!     #[graph_enum(unknown)]
//!     Other,
//! }
//!
//! assert_eq!("unknown".parse(), Ok(AlertSeverity::Unknown));
//! assert_eq!("critical".parse(), Ok(AlertSeverity::Other));
//! assert_eq!(AlertSeverity::Other.to_string(), "other");
//! ```
//!
//! Misuse is a compile error that points at the token to fix, every problem in
//! one compile:
//!
//! ```compile_fail
//! #[derive(graph_enum::GraphEnum)]
//! enum Status {
//!     Done,
//!     #[graph_enum(rename = "done")] // wire name "done" is already the name of `Done`
//!     Finished,
//! }
//! ```
//!
//! # Evolvable enums
//!
//! Graph marks most of its newer enums as *evolvable*: they end with the
//! sentinel member `unknownFutureValue`, and members declared after it are sent
//! only to clients that ask with the header [`INCLUDE_UNKNOWN_ENUM_MEMBERS`]
//! (`Prefer: include-unknown-enum-members`); other clients get
//! `unknownFutureValue` in their place. The derive recognises the sentinel in any
//! case and tells each member's side ([`GraphEnum::requires_opt_in`]). Sending the
//! sentinel back in a create or update is rejected by Graph with 400, so request
//! bodies should use [`GraphEnum::to_request_str`], which refuses it:
//!
//! ```
//! use graph_enum::{GraphEnum, UnknownValue};
//!
//! #[derive(GraphEnum, Clone, Debug, PartialEq)]
//! enum RiskState {
//!     None,
//!     AtRisk,
//!     UnknownFutureValue,
//!     Remediated,
//!     #[graph_enum(unknown)]
//!     Unknown(UnknownValue<Self>),
//! }
//!
//! assert!(RiskState::is_evolvable());
//! assert!(RiskState::Remediated.requires_opt_in());
//! assert_eq!(RiskState::AtRisk.to_request_str(), Ok("atRisk"));
//! assert!(RiskState::UnknownFutureValue.to_request_str().is_err());
//! ```
//!
//! # Features
//!
//! | Feature | Default | What it adds |
//! |---|---|---|
//! | `std` | on | `alloc`, and serde's `std` when `serde` is on. |
//! | `alloc` | with `std` | Lossless fallbacks ([`UnknownValue`]), [`Flags`] sets, [`VppTokenSyncStatus`], `to_odata_literal`. |
//! | `serde` | off | `Serialize` and `Deserialize` for every derived enum and for [`Flags`]. |
//! | `clap` | off | Every derived enum and [`Flags`] as a clap argument type, the members as its possible values (`graph_enum::clap`; implies `std`). |
//! | `sqlx` | off | sqlx's `Type`, `Encode`, `Decode` as text, for SQLite, Postgres and MySQL (`graph_enum::sqlx`; implies `std`). |
//! | `schemars` | off | schemars' `JsonSchema`: closed enums an `enum` of names, open ones names or any string, sets their string (`graph_enum::schemars`; implies `alloc`). |
//! | `utoipa` | off | utoipa's `ToSchema`, in the shape schemars gives (`graph_enum::utoipa`; implies `std`). |
//! | `arbitrary` | off | `Arbitrary`: members, and for open enums undeclared text and numbers (`graph_enum::arbitrary`; implies `std`). |
//! | `tracing` | off | A `DEBUG` event, target `graph_enum`, naming the type and the value, each time an undeclared value is read. |
//! | `v1` | off | `graph_enum::v1`: every enum type of Graph v1.0 (861), prebuilt (implies `alloc`). |
//! | `beta` | off | `graph_enum::beta`: every enum type of Graph beta (1,861), prebuilt (implies `alloc`). |
//!
//! # `no_std`
//!
//! The crate is always `#![no_std]`. With `default-features = false` it needs
//! only `core`: closed and lossy enums parse, print, convert and (with `serde`)
//! deserialize without allocating. The `alloc` feature adds what must own memory:
//! a lossless fallback's [`UnknownValue`], [`Flags`] sets (their unknown parts),
//! the prebuilt enums. Deriving a lossless or flags enum without `alloc` is a
//! compile error that says so. CI builds a `#![no_std]` crate with its own panic
//! handler against each feature set (`tests/no-std`), which fails if anything
//! links `std`.

#![no_std]
#![forbid(unsafe_code)]
// docs.rs (nightly) labels every feature-gated item with its feature;
// `doc_auto_cfg` was merged into `doc_cfg` in Rust 1.92.
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
// clap reads `OsStr` arguments; arbitrary, sqlx and utoipa need `std`.
#[cfg(feature = "std")]
extern crate std;

// The derive's generated code names this crate `::graph_enum`, also inside it.
extern crate self as graph_enum;

mod enum_trait;
mod error;
mod external;
#[cfg(feature = "alloc")]
mod flags;
mod integer;
mod lookup;
mod member;
mod odata;
mod parse;
mod std_traits;
mod suggest;
mod trace;
mod undeclared;
#[cfg(feature = "alloc")]
mod unknown;
#[cfg(feature = "alloc")]
mod vpp_token_sync_status;

#[doc(hidden)]
pub mod __private;

#[cfg(feature = "beta")]
pub mod beta;
#[cfg(feature = "v1")]
pub mod v1;

pub use crate::enum_trait::GraphEnum;
pub use crate::error::{ParseError, RequestValueError, ValueError};
#[cfg(feature = "alloc")]
pub use crate::flags::{Flags, FlagsKind, FlagsLiteral, GraphFlags};
pub use crate::integer::Integer;
pub use crate::member::{Fallback, Member};
pub use crate::odata::{ODataLiteral, INCLUDE_UNKNOWN_ENUM_MEMBERS};
#[cfg(feature = "alloc")]
pub use crate::unknown::UnknownValue;
#[cfg(feature = "alloc")]
pub use crate::vpp_token_sync_status::VppTokenSyncStatus;

// The integrations, public at the root whatever file holds them.
#[cfg(feature = "arbitrary")]
pub use crate::external::arbitrary;
#[cfg(feature = "clap")]
pub use crate::external::clap;
#[cfg(feature = "schemars")]
pub use crate::external::schemars;
#[cfg(feature = "serde")]
pub use crate::external::serde;
#[cfg(feature = "sqlx")]
pub use crate::external::sqlx;
#[cfg(feature = "utoipa")]
pub use crate::external::utoipa;

// The README's and the specification's examples are doctests too, so they
// cannot drift from the code.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;

#[cfg(doctest)]
#[doc = include_str!("../SPEC.md")]
struct SpecDoctests;

/// Derives [`GraphEnum`] and the conversions described in the [crate docs](crate).
pub use graph_enum_derive::GraphEnum;

//! `Flags<E>`: a set of the members of a flags enum, as Graph writes them
//! (`"reactionAdded,reactionRemoved"`). The rules are SPEC.md's "Flags".
//!
//! | File | What it holds |
//! |---|---|
//! | `kind.rs` | The `GraphFlags` trait and the tables `const` evaluation derives from `MEMBERS`. |
//! | `member_set.rs` | The set of members held by name, a fixed bitset. |
//! | `unknown_parts.rs` | The parts no member covers, kept in two orders. |
//! | `set.rs` | The public API: building, querying and changing a set. |
//! | `grammar.rs` | Reading and writing the comma form (SPEC.md's grammar), `FromStr`, `Display`. |
//! | `ops.rs` | The std traits and the operators. |

mod grammar;
mod kind;
mod member_set;
mod ops;
mod set;
mod unknown_parts;

use core::marker::PhantomData;

use self::member_set::MemberSet;
use self::unknown_parts::UnknownParts;
use crate::undeclared::Undeclared;

pub use self::grammar::FlagsLiteral;
pub use self::kind::{FlagsKind, GraphFlags};

/// A set of flags of a `#[graph_enum(flags)]` enum `E`, read and written as
/// Graph does: member names joined by commas, `"reactionAdded,reactionRemoved"`.
///
/// ```
/// use graph_enum::{Flags, GraphEnum, UnknownValue};
///
/// /// Graph's chatMessageActions.
/// #[derive(GraphEnum, Clone, Debug, PartialEq)]
/// #[repr(i32)]
/// #[graph_enum(flags)]
/// enum ChatMessageActions {
///     ReactionAdded = 1,
///     ReactionRemoved = 2,
///     ActionUndefined = 4,
///     UnknownFutureValue = 8,
///     #[graph_enum(unknown)]
///     Unknown(UnknownValue<Self>),
/// }
///
/// let mut actions: Flags<ChatMessageActions> = "reactionAdded,reactionRemoved".parse()?;
/// assert!(actions.contains(&ChatMessageActions::ReactionRemoved));
/// assert_eq!(actions.bits(), 3);
///
/// actions.remove(&ChatMessageActions::ReactionAdded);
/// actions |= ChatMessageActions::ActionUndefined;
/// assert_eq!(actions.to_string(), "reactionRemoved,actionUndefined");
///
/// // A name Graph added later is kept, and written back.
/// let newer: Flags<ChatMessageActions> = "reactionAdded, pinned".parse()?;
/// assert_eq!(newer.to_string(), "reactionAdded,pinned");
///
/// // A number is split into the members it holds and a remainder.
/// let number: Flags<ChatMessageActions> = "17".parse()?;
/// assert!(number.contains(&ChatMessageActions::ReactionAdded));
/// assert_eq!(number, Flags::from_bits(17)?);
/// assert_eq!(number.to_string(), "reactionAdded,16");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # How it reads and writes
///
/// SPEC.md ("Flags") is the contract; in short:
///
/// - **Reading** splits at commas, trims spaces around each part and skips
///   empty parts (`""` is the empty set). A part is a member's name, or
///   OData's numeric form: for a [`FlagsKind::Bits`] enum a number is split
///   into the members whose bits it holds plus a remainder, exactly as
///   [`from_bits`](Self::from_bits) and a JSON integer are; for a
///   [`FlagsKind::Names`] enum it is the member with that value.
/// - **Writing** follows Graph (whose service formats flags like .NET's
///   `Enum.ToString`): a member whose value is exactly the set's bits is
///   written alone (`full`, not `read,write,delete,share`); otherwise members
///   are taken greedily from the largest value down; all are written in
///   declaration order, then the remaining bits as one number, then unknown
///   names in the order received. The empty set is the zero member's name
///   (`none`) if a bits enum has one, else `""`.
/// - **The sentinel** `unknownFutureValue` is a name of its own: it is never
///   read from or written as bits, and is only in a set it was put in.
/// - **Unknown parts** are kept when `E` has a lossless fallback, dropped
///   when its fallback is lossy (only the undeclared remainder of a number is
///   dropped), and an error when `E` is closed.
pub struct Flags<E> {
    /// Bits kind: the union of the members' bits and, for a lossless `E`, of
    /// undeclared numeric parts. Always 0 for the names kind.
    bits: u64,
    /// Members held by name: every member for the names kind, only the
    /// sentinel for the bits kind.
    named: MemberSet,
    /// Parts no member covers, as received; empty unless `E` is lossless.
    unknown: UnknownParts,
    marker: PhantomData<fn() -> E>,
}

/// One part of a set as it is written.
enum Part<'a> {
    Member(usize),
    Remainder(u64),
    Unknown(&'a str),
}

/// What a part of the input (or a value added) is, before it joins a set.
#[derive(Clone, Copy)]
enum Piece<'a> {
    Member(usize),
    Bits(u64),
    Undeclared(Undeclared<'a>),
    /// A lossy fallback: it stands for a value that was dropped.
    Dropped,
}

//! An enum type as plain data, and every check on it.
//!
//! The derive and the generator each build an [`EnumType`] from their input
//! (Rust tokens, CSDL, JSON) and call [`EnumType::check`]. A [`Problem`]
//! points at a member by its index in [`EnumType::members`]; each front end
//! words it in its own terms and places it (a span, a file position).
//!
//! ```
//! use graph_enum_rules::model::{EnumType, Fallback, Member, Named, Problem};
//! use graph_enum_rules::repr::Repr;
//!
//! let members = [Member::new("none", 0), Member::new("inProgress", 1), Member::new("none", 2)];
//! let enum_type = EnumType {
//!     members: &members,
//!     ..EnumType::new("vppTokenSyncStatus", Repr::I32, Fallback::Lossless)
//! };
//! assert_eq!(
//!     enum_type.check(),
//!     [Problem::DuplicateName { first: Named::Member(0), second: Named::Member(2) }]
//! );
//! ```

use alloc::vec;
use alloc::vec::Vec;

use crate::flags::{FlagsKind, MAX_FLAGS_MEMBERS};
use crate::naming::{is_odata_identifier, is_odata_namespace};
use crate::number::parse_integer;
use crate::repr::Repr;
use crate::{is_sentinel, sort_pairs, DEFAULT_NAMESPACE};

/// One enum type: what is read and written, not how a front end spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EnumType<'a> {
    /// The type's name in the schema: `vppTokenSyncStatus`.
    pub name: &'a str,
    /// The schema namespace: `microsoft.graph`.
    pub namespace: &'a str,
    /// The integer type of the values.
    pub repr: Repr,
    /// Whether it is a flags enum (CSDL's `IsFlags`), and its kind when the
    /// input says; [`EnumType::flags_kind`] decides it otherwise.
    pub flags: Option<Option<FlagsKind>>,
    /// The declared members, in declaration order.
    pub members: &'a [Member<'a>],
    /// What becomes of a value no member matches.
    pub fallback: Fallback<'a>,
}

/// One declared member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Member<'a> {
    /// The wire name, verbatim.
    pub name: &'a str,
    /// The value; `None` when the front end could not work it out (and has
    /// said so), which the value checks then skip.
    pub value: Option<i128>,
}

impl<'a> Member<'a> {
    /// A member with a known value.
    #[must_use]
    pub const fn new(name: &'a str, value: i128) -> Self {
        Member {
            name,
            value: Some(value),
        }
    }
}

/// What becomes of a value no member matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fallback<'a> {
    /// Nothing: the enum is closed and such a value is an error.
    Closed,
    /// A unit variant stands for every such value, written with this wire name.
    Lossy(&'a str),
    /// A variant keeps the value as received and writes it back; it has no
    /// wire name of its own, so its name may be a member's.
    Lossless,
}

/// Where a wire name comes from: a member, or a lossy fallback.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Named {
    /// The member at this index.
    Member(usize),
    /// The [`Fallback::Lossy`] variant.
    Fallback,
}

/// What makes an [`EnumType`] something no Graph enum can be. Member indexes
/// are into [`EnumType::members`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The type name is not an OData identifier ([`is_odata_identifier`]).
    InvalidName,
    /// The namespace is not OData identifiers joined by dots.
    InvalidNamespace,
    /// No members and no fallback: the type has no values.
    NoValues,
    /// A wire name is empty.
    EmptyName {
        /// Whose name.
        named: Named,
    },
    /// A value is out of the range of [`EnumType::repr`].
    OutOfRange {
        /// The member.
        member: usize,
        /// Its value.
        value: i128,
    },
    /// A flags enum's wire name holds `,` or starts or ends with white space:
    /// a flags value is split at commas and each part trimmed.
    FlagsNameNotAPart {
        /// Whose name.
        named: Named,
    },
    /// A wire name is OData's numeric form of another value than its own
    /// member's (`"1"` would mean two things).
    NumericName {
        /// Whose name.
        named: Named,
        /// The number the name spells.
        number: i64,
    },
    /// Two wire names are equal.
    DuplicateName {
        /// The first with the name.
        first: Named,
        /// The later one.
        second: Named,
    },
    /// Two members have the same value.
    DuplicateValue {
        /// The first with the value.
        first: usize,
        /// The later one.
        second: usize,
        /// The value.
        value: i128,
    },
    /// Two members spell the sentinel `unknownFutureValue` ([`is_sentinel`]).
    DuplicateSentinel {
        /// The first sentinel.
        first: usize,
        /// The later one.
        second: usize,
    },
    /// A flags enum has more than [`MAX_FLAGS_MEMBERS`] members.
    TooManyFlags {
        /// How many it has.
        count: usize,
    },
    /// A flags member's value is negative: flags are bits or unions of bits.
    NegativeFlag {
        /// The member.
        member: usize,
        /// Its value.
        value: i128,
    },
}

impl<'a> EnumType<'a> {
    /// A type in Graph's namespace with no members (to be given with struct
    /// update syntax), not flags.
    #[must_use]
    pub const fn new(name: &'a str, repr: Repr, fallback: Fallback<'a>) -> Self {
        EnumType {
            name,
            namespace: DEFAULT_NAMESPACE,
            repr,
            flags: None,
            members: &[],
            fallback,
        }
    }

    /// The position among the members of the sentinel `unknownFutureValue`,
    /// if the type is evolvable. Members after it Graph sends only to clients
    /// that ask with `Prefer: include-unknown-enum-members`.
    #[must_use]
    pub fn sentinel(&self) -> Option<usize> {
        self.members
            .iter()
            .position(|member| is_sentinel(member.name))
    }

    /// How the members make up a set, `None` if this is not a flags enum: as
    /// the input says, else [`FlagsKind::from_values`] of the values without
    /// the sentinel's.
    #[must_use]
    pub fn flags_kind(&self) -> Option<FlagsKind> {
        let chosen = self.flags?;
        Some(chosen.unwrap_or_else(|| {
            let sentinel = self.sentinel();
            let mut values = Vec::with_capacity(self.members.len());
            for (index, member) in self.members.iter().enumerate() {
                if let (Some(value), false) = (member.value, Some(index) == sentinel) {
                    values.push(value);
                }
            }
            FlagsKind::from_values(&values)
        }))
    }

    /// The members a [`FlagsKind::Bits`] set is written with, largest value
    /// first (the order of Graph's greedy writing): non-zero, not the sentinel.
    /// Empty for other kinds. Positions fit in `u16`: the checks bound a flags
    /// enum to [`MAX_FLAGS_MEMBERS`] members.
    #[must_use]
    pub fn bits_by_value(&self) -> Vec<u16> {
        if self.flags_kind() != Some(FlagsKind::Bits) {
            return Vec::new();
        }
        let sentinel = self.sentinel();
        // Largest value first: sorted by the negated value (values are positive).
        let mut members = Vec::with_capacity(self.members.len());
        for (index, member) in self.members.iter().enumerate() {
            if let (Some(value), false) = (member.value, Some(index) == sentinel) {
                if value > 0 {
                    members.push((-value, index));
                }
            }
        }
        sort_pairs(&mut members);
        let mut bits = Vec::with_capacity(members.len());
        for (_, index) in members {
            bits.extend(u16::try_from(index).ok());
        }
        bits
    }

    /// Every problem, in a stable order: the type's names, then each member's
    /// own, then those between members, then the flags rules.
    ///
    /// Any non-empty text can be a wire name (`"in-progress"`, `"IN
    /// PROGRESS"`), but for two limits that keep reading unambiguous: a flags
    /// name cannot hold the separator `,` or start or end with white space,
    /// and a name that is OData numeric text must be its own member's value.
    #[must_use]
    pub fn check(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        if !is_odata_identifier(self.name) {
            problems.push(Problem::InvalidName);
        }
        if !is_odata_namespace(self.namespace) {
            problems.push(Problem::InvalidNamespace);
        }
        if self.members.is_empty() && self.fallback == Fallback::Closed {
            problems.push(Problem::NoValues);
        }
        for (member, declared) in self.members.iter().enumerate() {
            if let Some(value) = declared.value.filter(|value| !self.repr.contains(*value)) {
                problems.push(Problem::OutOfRange { member, value });
            }
        }
        self.check_wire_names(&mut problems);
        self.check_unique_names(&mut problems);
        self.check_unique_values(&mut problems);
        let mut sentinels = self
            .members
            .iter()
            .enumerate()
            .filter(|(_, member)| is_sentinel(member.name))
            .map(|(index, _)| index);
        if let Some(first) = sentinels.next() {
            problems.extend(sentinels.map(|second| Problem::DuplicateSentinel { first, second }));
        }
        if self.flags.is_some() {
            if self.members.len() > MAX_FLAGS_MEMBERS {
                problems.push(Problem::TooManyFlags {
                    count: self.members.len(),
                });
            }
            for (member, declared) in self.members.iter().enumerate() {
                if let Some(value) = declared.value.filter(|value| *value < 0) {
                    problems.push(Problem::NegativeFlag { member, value });
                }
            }
        }
        problems
    }

    /// For an enum that reads names ignoring ASCII case: the member whose
    /// name a lossy fallback's equals ignoring case (`none` beside `NONE`).
    /// The fallback writes its own name, which would read back as that
    /// member.
    #[must_use]
    pub fn fallback_read_as_member(&self) -> Option<usize> {
        let Fallback::Lossy(fallback) = self.fallback else {
            return None;
        };
        self.members.iter().position(|member| {
            member.name != fallback && member.name.eq_ignore_ascii_case(fallback)
        })
    }

    /// The wire names that are read and written, with their owners' values:
    /// the members' and a lossy fallback's.
    fn names(&self) -> impl Iterator<Item = (Named, &'a str, Option<i128>)> + '_ {
        let members = self
            .members
            .iter()
            .enumerate()
            .map(|(index, member)| (Named::Member(index), member.name, member.value));
        let fallback = match self.fallback {
            Fallback::Lossy(name) => Some((Named::Fallback, name, None)),
            Fallback::Closed | Fallback::Lossless => None,
        };
        members.chain(fallback)
    }

    fn check_wire_names(&self, problems: &mut Vec<Problem>) {
        for (named, name, value) in self.names() {
            if name.is_empty() {
                problems.push(Problem::EmptyName { named });
                continue;
            }
            // The byte, not the `char`: `str::contains(char)` would build
            // string search for non-ASCII characters into the derive.
            if self.flags.is_some() && (name.as_bytes().contains(&b',') || name.trim() != name) {
                problems.push(Problem::FlagsNameNotAPart { named });
            }
            if let Some(number) = parse_integer(name) {
                if value != Some(i128::from(number)) {
                    problems.push(Problem::NumericName { named, number });
                }
            }
        }
    }

    fn check_unique_names(&self, problems: &mut Vec<Problem>) {
        let mut owners = Vec::with_capacity(self.members.len() + 1);
        let mut names = Vec::with_capacity(self.members.len() + 1);
        for (owner, name, _) in self.names() {
            owners.push(owner);
            names.push(name);
        }
        for (second, first) in earlier_equal(&names, name_hash).into_iter().enumerate() {
            if let Some(first) = first {
                problems.push(Problem::DuplicateName {
                    first: owners[first],
                    second: owners[second],
                });
            }
        }
    }

    fn check_unique_values(&self, problems: &mut Vec<Problem>) {
        let mut order = Vec::with_capacity(self.members.len());
        for (index, member) in self.members.iter().enumerate() {
            if let Some(value) = member.value {
                order.push((value, index));
            }
        }
        sort_pairs(&mut order);
        let mut first_of = vec![None; self.members.len()];
        for run in order.chunk_by(|a, b| a.0 == b.0) {
            for &(value, second) in &run[1..] {
                first_of[second] = Some((run[0].1, value));
            }
        }
        for (second, found) in first_of.into_iter().enumerate() {
            if let Some((first, value)) = found {
                problems.push(Problem::DuplicateValue {
                    first,
                    second,
                    value,
                });
            }
        }
    }
}

/// For each name, the position of the first equal name before it. Sorting
/// (hash, position) pairs finds them in n log n with the one sort this crate
/// compiles ([`sort_pairs`]); a run of equal hashes is in declaration order,
/// and its names are compared, so `hash` decides only how fast this is.
fn earlier_equal(names: &[&str], hash: fn(&str) -> i128) -> Vec<Option<usize>> {
    let mut order = Vec::with_capacity(names.len());
    for (position, name) in names.iter().enumerate() {
        order.push((hash(name), position));
    }
    sort_pairs(&mut order);
    let mut first_of = vec![None; names.len()];
    for run in order.chunk_by(|a, b| a.0 == b.0) {
        for (later, &(_, second)) in run.iter().enumerate() {
            for &(_, first) in &run[..later] {
                if names[first] == names[second] {
                    first_of[second] = Some(first);
                    break;
                }
            }
        }
    }
    first_of
}

/// FNV-1a of a name, the key by which [`EnumType::check`] sorts names.
fn name_hash(name: &str) -> i128 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in name.as_bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    i128::from(hash)
}

#[cfg(test)]
mod tests;

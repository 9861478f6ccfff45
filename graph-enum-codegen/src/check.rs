//! The derive's rules, applied before any code is written: an enum type the
//! derive would reject is refused here, naming the type and the member, so the
//! user's build never meets an error in generated code.

use std::fmt;

use graph_enum_rules::flags::MAX_FLAGS_MEMBERS;
use graph_enum_rules::model::{self, Fallback, Named, Problem};
use graph_enum_rules::naming::is_odata_identifier;
use graph_enum_rules::repr::Repr;

use crate::schema::{EnumType, Source};

/// One enum type the rules refuse, with what CSDL requires.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemaError {
    /// Where: the member's line if the problem is about one, else the type's.
    pub source: Source,
    /// The type's qualified name: `Contoso.Sales.orderState`.
    pub enum_type: String,
    /// The member the problem is about, if one is.
    pub member: Option<String>,
    /// What is wrong and what is required.
    pub message: String,
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.source != Source::default() {
            write!(f, "{}: ", self.source)?;
        }
        write!(f, "EnumType {}", self.enum_type)?;
        if let Some(member) = &self.member {
            write!(f, ", Member {member:?}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for SchemaError {}

/// Every [`SchemaError`] of the input, in input order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemaErrors(pub Vec<SchemaError>);

impl fmt::Display for SchemaErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, error) in self.0.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SchemaErrors {}

/// The Rust type of `enum_type`'s values, or every reason the derive would
/// reject it. Generated enums have a lossless fallback, so its name is free.
pub(crate) fn check(enum_type: &EnumType) -> Result<Repr, Vec<SchemaError>> {
    let error = |member: Option<usize>, message: String| SchemaError {
        source: Source {
            file: enum_type.source.file.clone(),
            line: member
                .and_then(|index| enum_type.members[index].line)
                .or(enum_type.source.line),
        },
        enum_type: format!("{}.{}", enum_type.namespace, enum_type.name),
        member: member.map(|index| enum_type.members[index].name.clone()),
        message,
    };
    let Some(repr) = Repr::from_edm(&enum_type.underlying) else {
        return Err(vec![error(
            None,
            format!(
                "UnderlyingType {:?} is not an enum's: CSDL allows Edm.Byte, Edm.SByte, Edm.Int16, \
                 Edm.Int32 and Edm.Int64",
                enum_type.underlying
            ),
        )]);
    };
    // CSDL names members with SimpleIdentifiers; the derive takes any text
    // (other services spell names otherwise), so this rule is CSDL's, here.
    let unnamed: Vec<SchemaError> = enum_type
        .members
        .iter()
        .enumerate()
        .filter(|(_, member)| !member.name.is_empty() && !is_odata_identifier(&member.name))
        .map(|(index, _)| {
            error(
                Some(index),
                "the Name is not an OData SimpleIdentifier (a letter or `_`, then letters, \
                 digits, combining marks, connectors or joiners, at most 128), as CSDL requires \
                 of a member"
                    .to_owned(),
            )
        })
        .collect();
    if !unnamed.is_empty() {
        return Err(unnamed);
    }
    let members: Vec<model::Member> = enum_type
        .members
        .iter()
        .map(|member| model::Member::new(&member.name, i128::from(member.value)))
        .collect();
    let rules = model::EnumType {
        name: &enum_type.name,
        namespace: &enum_type.namespace,
        repr,
        flags: enum_type.flags.then_some(None),
        members: &members,
        fallback: Fallback::Lossless,
    };
    let mut errors: Vec<SchemaError> = rules
        .check()
        .into_iter()
        // Members that share a value are aliases (`alias_of`), but in a flags type.
        .filter(|problem| enum_type.flags || !matches!(problem, Problem::DuplicateValue { .. }))
        .map(|problem| {
            let (member, message) = describe(enum_type, repr, problem);
            error(member, message)
        })
        .collect();
    if errors.is_empty() && too_many_variants(enum_type, repr) {
        errors.push(error(
            None,
            format!(
                "{} members and the variant that keeps values the schema adds later are more \
                 variants than {} has values ({} to {}): a Rust enum needs a distinct \
                 discriminant for each variant, and every generated enum has that variant",
                enum_type.members.len(),
                enum_type.underlying,
                repr.min(),
                repr.max()
            ),
        ));
    }
    if errors.is_empty() {
        Ok(repr)
    } else {
        Err(errors)
    }
}

/// Whether the members and the fallback are more variants than `repr` has
/// values (an `Edm.Byte` type of 256 members), so they cannot all have a
/// distinct discriminant.
pub(crate) fn too_many_variants(enum_type: &EnumType, repr: Repr) -> bool {
    let range = repr.max() - repr.min() + 1;
    i128::try_from(enum_type.members.len()).map_or(true, |count| count >= range)
}

/// The member a problem is about (by index) and what CSDL requires, in CSDL's terms.
fn describe(enum_type: &EnumType, repr: Repr, problem: Problem) -> (Option<usize>, String) {
    let member_of = |named: Named| match named {
        Named::Member(index) => Some(index),
        Named::Fallback => None,
    };
    match problem {
        Problem::InvalidName => (
            None,
            "the Name is not an OData SimpleIdentifier (a letter or `_`, then letters, digits \
                 or `_`, at most 128)"
                .to_owned(),
        ),
        Problem::InvalidNamespace => (
            None,
            "the Schema Namespace is not SimpleIdentifiers joined by dots".to_owned(),
        ),
        Problem::NoValues => (None, "the type has no members".to_owned()),
        Problem::EmptyName { named } => (
            member_of(named),
            "a Member's Name cannot be empty".to_owned(),
        ),
        Problem::OutOfRange { member, value } => (
            Some(member),
            format!(
                "Value {value} is out of range for the UnderlyingType {} ({} to {})",
                enum_type.underlying,
                repr.min(),
                repr.max()
            ),
        ),
        Problem::FlagsNameNotAPart { named } => (
            member_of(named),
            "a flags member's Name cannot hold `,` or start or end with white space: a flags \
                 value is split at commas"
                .to_owned(),
        ),
        Problem::NumericName { named, number } => (
            member_of(named),
            format!(
                "the Name is OData's numeric form of the value {number}, which is not this \
                     member's Value"
            ),
        ),
        Problem::DuplicateName { first, second } => (
            member_of(second),
            match member_of(first).and_then(|index| enum_type.members[index].line) {
                Some(line) => format!(
                    "the member at line {line} has this Name already; CSDL requires unique member names"
                ),
                None => "a member before it has this Name already; CSDL requires unique member names"
                    .to_owned(),
            },
        ),
        Problem::DuplicateValue {
            first,
            second,
            value,
        } => (
            Some(second),
            format!(
                "Value {value} is already the Value of {:?}; a flags type's sets hold bits, so \
                     two members of one value could not both be written back",
                enum_type.members[first].name
            ),
        ),
        Problem::DuplicateSentinel { first, second } => (
            Some(second),
            format!(
                "only one member can be the sentinel unknownFutureValue, and {:?} is one",
                enum_type.members[first].name
            ),
        ),
        Problem::TooManyFlags { count } => (
            None,
            format!(
                "a flags type can have at most {MAX_FLAGS_MEMBERS} members, this one has {count}"
            ),
        ),
        Problem::NegativeFlag { member, value } => (
            Some(member),
            format!(
                "Value {value} is negative, but the members of an IsFlags type are bits or \
                     unions of bits"
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::check;
    use crate::schema::{EnumType, Member};
    use graph_enum_rules::repr::Repr;

    fn enum_type(underlying: &str, flags: bool, members: &[(&str, i64)]) -> EnumType {
        EnumType {
            namespace: "Contoso".to_owned(),
            name: "state".to_owned(),
            flags,
            underlying: underlying.to_owned(),
            description: None,
            members: members
                .iter()
                .map(|(name, value)| Member {
                    name: (*name).to_owned(),
                    value: *value,
                    description: None,
                    line: None,
                })
                .collect(),
            source: crate::schema::Source::default(),
        }
    }

    fn messages(enum_type: &EnumType) -> Vec<String> {
        check(enum_type)
            .err()
            .unwrap_or_default()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn valid_types_give_their_repr() {
        let byte = enum_type("Edm.Byte", false, &[("a", 0), ("b", 255)]);
        assert_eq!(check(&byte), Ok(Repr::U8));
    }

    #[test]
    fn what_the_derive_rejects_is_refused_by_type_and_member() {
        assert_eq!(
            messages(&enum_type("Edm.Byte", false, &[("a", 300)])),
            ["EnumType Contoso.state, Member \"a\": Value 300 is out of range for the UnderlyingType Edm.Byte (0 to 255)"]
        );
        assert_eq!(
            messages(&enum_type("Edm.Int32", true, &[("read", 1), ("all", -1)])),
            ["EnumType Contoso.state, Member \"all\": Value -1 is negative, but the members of an IsFlags type are bits or unions of bits"]
        );
        assert_eq!(
            messages(&enum_type("Edm.Int32", false, &[("a", 1), ("b", 2), ("a", 3)])),
            ["EnumType Contoso.state, Member \"a\": a member before it has this Name already; CSDL requires unique member names"]
        );
        assert_eq!(
            messages(&enum_type("Edm.String", false, &[("a", 1)])),
            ["EnumType Contoso.state: UnderlyingType \"Edm.String\" is not an enum's: CSDL allows Edm.Byte, Edm.SByte, Edm.Int16, Edm.Int32 and Edm.Int64"]
        );
    }
}

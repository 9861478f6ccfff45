//! The semantic checks: everything that parses but cannot be a Graph enum.
//! The rules of a Graph enum are `graph_enum_rules`' (shared with the
//! generator); this file adds the checks of Rust's side (generics, fields,
//! the fallback variant, attributes) and words each problem with its span.
//! Nothing is generated here and nothing is checked in `expand`.

use graph_enum_rules::flags::MAX_FLAGS_MEMBERS;
use graph_enum_rules::model::{Named, Problem};
use quote::ToTokens;

use crate::ast::{Enum, FallbackShape, Variant};
use crate::attr::Localized;
use crate::ctxt::Ctxt;

pub(crate) fn check(ctxt: &mut Ctxt, input: &Enum) {
    check_generics(ctxt, input);
    check_fallback(ctxt, input);
    for (index, variant) in input.variants.iter().enumerate() {
        check_variant(ctxt, input, variant);
        check_alias(ctxt, input, index);
    }
    check_rules(ctxt, input);
    check_language_tags(ctxt, &input.attrs.description.localized);
    for variant in &input.variants {
        check_language_tags(ctxt, &variant.attrs.description.localized);
        check_language_tags(ctxt, &variant.attrs.display_name.localized);
    }
}

/// The rules' problems, each at the tokens that decided the fact it is about.
fn check_rules(ctxt: &mut Ctxt, input: &Enum) {
    let (name, namespace, members) = (input.name(), input.namespace(), input.model_members());
    let model = input.model(&name, &namespace, &members);
    let problems = model.check();
    let variants: Vec<&Variant> = input.members().collect();
    if input.attrs.ascii_case_insensitive.is_some() {
        if let (Some(member), Some(fallback)) = (model.fallback_read_as_member(), input.fallback())
        {
            let member = variants[member];
            ctxt.error_spanned_by(
                &fallback.wire_name_tokens,
                format!(
                    "the fallback's name {:?} equals the name {:?} of `{}` ignoring ASCII case, \
                     so this #[graph_enum(ascii_case_insensitive)] enum would read it back as `{}`; \
                     rename the fallback",
                    fallback.wire_name,
                    member.wire_name,
                    member.ident(),
                    member.ident()
                ),
            );
        }
    }
    // Only a lossy fallback has a name, so `Named::Fallback` has a variant.
    let named = |named: Named| match named {
        Named::Member(index) => variants.get(index).copied(),
        Named::Fallback => input.fallback(),
    };
    for problem in problems {
        report(ctxt, input, problem, &variants, named);
    }
}

#[allow(clippy::too_many_lines)] // one arm per problem, each a message
fn report<'a>(
    ctxt: &mut Ctxt,
    input: &'a Enum,
    problem: Problem,
    members: &[&'a Variant<'a>],
    named: impl Fn(Named) -> Option<&'a Variant<'a>>,
) {
    let value_tokens = |variant: &Variant| {
        variant
            .value
            .as_ref()
            .map(|(_, tokens)| tokens.to_token_stream())
    };
    match problem {
        Problem::InvalidName => {
            let tokens = input.attrs.name.as_ref().map_or_else(
                || input.ident().to_token_stream(),
                |name| name.tokens.clone(),
            );
            ctxt.error_spanned_by(
                tokens,
                "#[graph_enum(name)] must be an OData identifier: a letter or `_`, then letters, digits or `_`",
            );
        }
        Problem::InvalidNamespace => ctxt.error_spanned_by(
            input.attrs.namespace.as_ref().map(|namespace| &namespace.tokens),
            "#[graph_enum(namespace)] must be OData identifiers joined by dots, like \"microsoft.graph\"",
        ),
        Problem::NoValues => ctxt.error_spanned_by(
            input.ident(),
            "an enum with no variants has no values; declare its members or a #[graph_enum(unknown)] variant",
        ),
        Problem::EmptyName { named: who } => ctxt.error_spanned_by(
            named(who).map(|variant| &variant.wire_name_tokens),
            "#[graph_enum(rename)] cannot be empty",
        ),
        Problem::OutOfRange { member, value } => {
            let repr = &input.repr;
            let advice = if repr.explicit {
                ""
            } else {
                "; values are i32 unless the enum has #[repr(i64)] or another integer repr"
            };
            ctxt.error_spanned_by(
                value_tokens(members[member]),
                format!(
                    "value {value} of `{}` is out of range for {}{advice}",
                    members[member].ident(),
                    repr.ident
                ),
            );
        }
        Problem::FlagsNameNotAPart { named: who } => {
            let Some(variant) = named(who) else { return };
            ctxt.error_spanned_by(
                &variant.wire_name_tokens,
                format!(
                    "wire name {:?} of `{}` cannot be a flag's: a #[graph_enum(flags)] value is split \
                     at commas and each part trimmed, so a name cannot hold `,` or start or end with white space",
                    variant.wire_name,
                    variant.ident()
                ),
            );
        }
        Problem::NumericName { named: who, number } => {
            let Some(variant) = named(who) else { return };
            let meaning = match &variant.value {
                Some((value, _)) => format!("`{}` has value {value}", variant.ident()),
                None => format!("`{}` has no value", variant.ident()),
            };
            ctxt.error_spanned_by(
                &variant.wire_name_tokens,
                format!(
                    "wire name {:?} is OData's numeric form of the value {number}, but {meaning}; \
                     a numeric wire name must be its own member's value",
                    variant.wire_name
                ),
            );
        }
        Problem::DuplicateName { first, second } => {
            let (Some(first), Some(second)) = (named(first), named(second)) else {
                return;
            };
            ctxt.duplicate(
                &second.wire_name_tokens,
                format!(
                    "wire name {:?} of `{}` is already the name of `{}`",
                    second.wire_name,
                    second.ident(),
                    first.ident()
                ),
                &first.wire_name_tokens,
                format!("`{}` is named {:?} here", first.ident(), first.wire_name),
            );
        }
        Problem::DuplicateValue {
            first,
            second,
            value,
        } => {
            let (first, second) = (members[first], members[second]);
            // An alias shares its member's value by declaration.
            if first.attrs.alias_of.is_some() || second.attrs.alias_of.is_some() {
                return;
            }
            ctxt.duplicate(
                value_tokens(second),
                format!(
                    "value {value} of `{}` is already the value of `{}`; if it is another name \
                     of that member, write #[graph_enum(alias_of = {})]",
                    second.ident(),
                    first.ident(),
                    first.ident()
                ),
                value_tokens(first),
                format!("`{}` has value {value} here", first.ident()),
            );
        }
        Problem::DuplicateSentinel { first, second } => {
            let (first, second) = (members[first], members[second]);
            ctxt.duplicate(
                &second.wire_name_tokens,
                format!(
                    "only one member can be the evolvable-enum sentinel, but {:?} and {:?} both spell unknownFutureValue",
                    first.wire_name, second.wire_name
                ),
                &first.wire_name_tokens,
                "the first sentinel is here",
            );
        }
        Problem::TooManyFlags { count } => ctxt.error_spanned_by(
            input.attrs.flags.as_ref().map(|flags| &flags.key),
            format!("a #[graph_enum(flags)] enum can have at most {MAX_FLAGS_MEMBERS} members, this one has {count}"),
        ),
        Problem::NegativeFlag { member, value } => ctxt.error_spanned_by(
            value_tokens(members[member]),
            format!(
                "value {value} of `{}` cannot be a flag: members of a #[graph_enum(flags)] enum are \
                 bits or unions of bits, so their values are zero or positive",
                members[member].ident()
            ),
        ),
    }
}

fn check_language_tags(ctxt: &mut Ctxt, texts: &[Localized]) {
    for text in texts {
        if !is_language_tag(&text.tag) {
            ctxt.error_spanned_by(
                &text.key,
                format!(
                    "`{}` is not a BCP 47 language tag such as de, de_DE or zh_Hant (`_` stands for `-`)",
                    text.key.to_token_stream().to_string().replace(' ', "")
                ),
            );
        }
    }
}

/// A well-formed BCP 47 tag, as far as a text table needs: a primary
/// language of 2-3 or 5-8 letters (or `x`/`i` private and legacy prefixes),
/// then subtags of 1-8 letters and digits.
fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or_default();
    let primary_ok = primary.bytes().all(|byte| byte.is_ascii_alphabetic())
        && (matches!(primary.len(), 2 | 3 | 5..=8)
            || primary.eq_ignore_ascii_case("x")
            || primary.eq_ignore_ascii_case("i"));
    primary_ok
        && subtags.all(|subtag| {
            (1..=8).contains(&subtag.len())
                && subtag.bytes().all(|byte| byte.is_ascii_alphanumeric())
        })
}

fn check_generics(ctxt: &mut Ctxt, input: &Enum) {
    let generics = &input.original.generics;
    if !generics.params.is_empty() {
        ctxt.error_spanned_by(
            &generics.params,
            "#[derive(GraphEnum)] does not support generic enums: a Graph enum's members are plain names",
        );
    } else if let Some(where_clause) = &generics.where_clause {
        ctxt.error_spanned_by(
            where_clause,
            "#[derive(GraphEnum)] does not support where clauses",
        );
    }
}

fn check_fallback(ctxt: &mut Ctxt, input: &Enum) {
    let mut fallbacks = input
        .variants
        .iter()
        .filter(|variant| variant.is_fallback());
    let Some(first) = fallbacks.next() else {
        return;
    };
    let first_key = first.attrs.unknown.as_ref().map(|flag| &flag.key);
    let mut duplicated = false;
    for extra in fallbacks {
        duplicated = true;
        if let Some(flag) = &extra.attrs.unknown {
            ctxt.duplicate(
                &flag.key,
                "only one variant can be #[graph_enum(unknown)]",
                first_key,
                "the first #[graph_enum(unknown)] variant is here",
            );
        }
    }
    // With two fallbacks, "declare it last" would be advice about a variant that should go.
    let is_last = input
        .variants
        .last()
        .is_some_and(|last| std::ptr::eq(last, first));
    if !is_last && !duplicated {
        if let Some(key) = first_key {
            ctxt.error_spanned_by(
                key,
                "the #[graph_enum(unknown)] variant must be declared last",
            );
        }
    }
}

/// `#[graph_enum(alias_of = Member)]`: on a member, after the member it
/// names (which is no alias itself), without a value of its own, and not in a
/// flags enum, whose sets hold bits that two names could not both be written
/// from.
fn check_alias(ctxt: &mut Ctxt, input: &Enum, index: usize) {
    let variant = &input.variants[index];
    let Some(alias_of) = &variant.attrs.alias_of else {
        return;
    };
    if variant.is_fallback() {
        ctxt.error_spanned_by(
            &alias_of.key,
            "the #[graph_enum(unknown)] variant is no member's alias; remove #[graph_enum(alias_of)]",
        );
        return;
    }
    if let Some(value) = &variant.attrs.value {
        ctxt.error_spanned_by(
            &value.key,
            "an alias has its member's value; remove #[graph_enum(value)]",
        );
    }
    if let Some(flags) = &input.attrs.flags {
        ctxt.duplicate(
            &alias_of.key,
            "#[graph_enum(alias_of)] cannot be used in a flags enum: a set holds bits, and one \
             value's bits cannot be written as two names"
                .to_owned(),
            &flags.key,
            "the enum is a flags enum here",
        );
    }
    let target = input.variants[..index]
        .iter()
        .find(|earlier| earlier.ident() == &alias_of.value);
    match target {
        Some(target) if target.attrs.alias_of.is_some() => ctxt.error_spanned_by(
            &alias_of.tokens,
            format!(
                "`{}` is itself an alias; name the member it is an alias of",
                alias_of.value
            ),
        ),
        Some(target) if target.is_fallback() => ctxt.error_spanned_by(
            &alias_of.tokens,
            format!("`{}` is the fallback, which has no value", alias_of.value),
        ),
        Some(_) => {}
        None => ctxt.error_spanned_by(
            &alias_of.tokens,
            format!(
                "no member `{}` is declared before `{}`; an alias names an earlier member",
                alias_of.value,
                variant.ident()
            ),
        ),
    }
}

fn check_variant(ctxt: &mut Ctxt, input: &Enum, variant: &Variant) {
    let ident = variant.ident();
    if variant.is_fallback() {
        match variant.fallback_shape(input.ident()) {
            FallbackShape::Unit | FallbackShape::Lossless => {}
            FallbackShape::Untied(ty) => ctxt.error_spanned_by(
                ty,
                "write `UnknownValue<Self>`: an unknown value belongs to the enum that read it, \
                 so it never holds one of this enum's names",
            ),
            FallbackShape::Invalid(fields) => ctxt.error_spanned_by(
                fields,
                "the #[graph_enum(unknown)] variant must be a unit variant (unknown input is dropped) \
                 or a tuple variant holding one graph_enum::UnknownValue<Self> (unknown input is kept)",
            ),
        }
        if let Some(value) = &variant.attrs.value {
            ctxt.error_spanned_by(
                &value.key,
                "the #[graph_enum(unknown)] variant has no value; remove #[graph_enum(value)]",
            );
        }
        // A discriminant on the fallback is allowed and ignored: it is rustc's
        // numbering only (needed when the last member has the repr's largest value).
        return;
    }
    if !matches!(variant.original.fields, syn::Fields::Unit) {
        ctxt.error_spanned_by(
            &variant.original.fields,
            format!(
                "variant `{ident}` has fields, but a Graph enum member is a name and a value; \
                 only the #[graph_enum(unknown)] variant can hold data"
            ),
        );
    }
    if let (Some(attr), Some(discriminant), Some((_, expr))) = (
        &variant.attrs.value,
        variant.discriminant,
        &variant.original.discriminant,
    ) {
        // An alias's discriminant is rustc's only; `check_alias` refuses its value.
        if discriminant != attr.value && variant.attrs.alias_of.is_none() {
            ctxt.duplicate(
                &attr.tokens,
                format!(
                    "#[graph_enum(value = {})] contradicts the discriminant {discriminant}; keep one of them",
                    attr.value
                ),
                expr,
                "the discriminant is here",
            );
        }
    }
}

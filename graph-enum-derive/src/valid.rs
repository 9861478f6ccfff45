//! The semantic checks: everything that parses but cannot be a Graph enum.
//! Nothing is generated here and nothing is checked in `expand`.

use std::collections::HashMap;

use quote::ToTokens;

use crate::ast::{Enum, FallbackShape, Variant};
use crate::attr::Localized;

/// `graph_enum::Flags` formats without allocating for up to this many members.
const MAX_FLAGS_MEMBERS: usize = 256;
use crate::ctxt::Ctxt;

pub(crate) fn check(ctxt: &mut Ctxt, input: &Enum) {
    check_generics(ctxt, input);
    check_names(ctxt, input);
    check_fallback(ctxt, input);
    for variant in &input.variants {
        check_variant(ctxt, input, variant);
    }
    check_wire_names(ctxt, input);
    check_unique_wire_names(ctxt, input);
    check_unique_values(ctxt, input);
    check_sentinel(ctxt, input);
    check_flags(ctxt, input);
    check_language_tags(ctxt, &input.attrs.description.localized);
    for variant in &input.variants {
        check_language_tags(ctxt, &variant.attrs.description.localized);
        check_language_tags(ctxt, &variant.attrs.display_name.localized);
    }
}

fn check_sentinel(ctxt: &mut Ctxt, input: &Enum) {
    let mut sentinels = input.sentinels();
    let Some(first) = sentinels.next() else {
        return;
    };
    for extra in sentinels {
        ctxt.duplicate(
            &extra.wire_name_tokens,
            format!(
                "only one member can be the evolvable-enum sentinel, but {:?} and {:?} both spell unknownFutureValue",
                first.wire_name, extra.wire_name
            ),
            &first.wire_name_tokens,
            "the first sentinel is here",
        );
    }
}

/// A flags enum's members are bits or unions of bits: the set type keeps them
/// in a `u64`, so a negative value has no meaning there.
fn check_flags(ctxt: &mut Ctxt, input: &Enum) {
    let Some(flags) = &input.attrs.flags else {
        return;
    };
    let count = input.members().count();
    if count > MAX_FLAGS_MEMBERS {
        ctxt.error_spanned_by(
            &flags.key,
            format!("a #[graph_enum(flags)] enum can have at most {MAX_FLAGS_MEMBERS} members, this one has {count}"),
        );
    }
    for member in input.members() {
        if let Some((value, tokens)) = &member.value {
            if *value < 0 {
                ctxt.error_spanned_by(
                    tokens,
                    format!(
                        "value {value} of `{}` cannot be a flag: members of a #[graph_enum(flags)] enum are \
                         bits or unions of bits, so their values are zero or positive",
                        member.ident()
                    ),
                );
            }
        }
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

fn check_names(ctxt: &mut Ctxt, input: &Enum) {
    if input.variants.is_empty() {
        ctxt.error_spanned_by(
            input.ident(),
            "an enum with no variants has no values; declare its members or a #[graph_enum(unknown)] variant",
        );
    }
    if let Some(name) = &input.attrs.name {
        if !is_odata_identifier(&name.value.value()) {
            ctxt.error_spanned_by(
                &name.tokens,
                "#[graph_enum(name)] must be an OData identifier: a letter or `_`, then letters, digits or `_`",
            );
        }
    }
    if let Some(namespace) = &input.attrs.namespace {
        let text = namespace.value.value();
        if !text.split('.').all(is_odata_identifier) {
            ctxt.error_spanned_by(
                &namespace.tokens,
                "#[graph_enum(namespace)] must be OData identifiers joined by dots, like \"microsoft.graph\"",
            );
        }
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

fn check_variant(ctxt: &mut Ctxt, input: &Enum, variant: &Variant) {
    let ident = variant.ident();
    if let Some(rename) = &variant.attrs.rename {
        if rename.value.value().is_empty() {
            ctxt.error_spanned_by(&rename.tokens, "#[graph_enum(rename)] cannot be empty");
        }
    }
    if variant.is_fallback() {
        match variant.fallback_shape() {
            FallbackShape::Unit | FallbackShape::Lossless => {}
            FallbackShape::Invalid(fields) => ctxt.error_spanned_by(
                fields,
                "the #[graph_enum(unknown)] variant must be a unit variant (unknown input is dropped) \
                 or a tuple variant holding one graph_enum::UnknownValue (unknown input is kept)",
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
        if discriminant != attr.value {
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
    if let Some((value, tokens)) = &variant.value {
        let repr = &input.repr;
        if *value < repr.min || *value > repr.max {
            let advice = if repr.explicit {
                String::new()
            } else {
                "; values are i32 unless the enum has #[repr(i64)] or another integer repr"
                    .to_owned()
            };
            ctxt.error_spanned_by(
                tokens,
                format!(
                    "value {value} of `{ident}` is out of range for {}{advice}",
                    repr.ident
                ),
            );
        }
    }
}

/// The variants whose wire name is read or written: the members and a lossy
/// fallback. A lossless fallback writes the text it holds, never its own name,
/// so its name may be a member's (270 Graph enums have a member `unknown`).
fn named_variants<'a>(input: &'a Enum) -> impl Iterator<Item = &'a Variant<'a>> {
    input.variants.iter().filter(|variant| {
        !variant.is_fallback() || matches!(variant.fallback_shape(), FallbackShape::Unit)
    })
}

/// Any non-empty text can be a wire name (`"in-progress"`, `"IN PROGRESS"`,
/// `"Item2:SubItem1"`), but for two limits that keep reading unambiguous:
/// a flags member's name cannot hold the separator `,` or start or end with
/// white space (parts are split at commas and trimmed), and a name that is
/// OData numeric text (`"1"`) must be its own member's value, or `"1"` would
/// mean two things.
fn check_wire_names(ctxt: &mut Ctxt, input: &Enum) {
    for variant in named_variants(input) {
        let name = &variant.wire_name;
        if name.is_empty() {
            // `rename = ""` is reported where it is read.
            continue;
        }
        if input.is_flags() && (name.contains(',') || name.trim() != name) {
            ctxt.error_spanned_by(
                &variant.wire_name_tokens,
                format!(
                    "wire name {name:?} of `{}` cannot be a flag's: a #[graph_enum(flags)] value is split \
                     at commas and each part trimmed, so a name cannot hold `,` or start or end with white space",
                    variant.ident()
                ),
            );
        }
        if let Some(number) = odata_number(name) {
            let own_value = variant.value.as_ref().map(|(value, _)| *value);
            if own_value != Some(number) {
                let meaning = match own_value {
                    Some(value) => format!("`{}` has value {value}", variant.ident()),
                    None => format!("`{}` has no value", variant.ident()),
                };
                ctxt.error_spanned_by(
                    &variant.wire_name_tokens,
                    format!(
                        "wire name {name:?} is OData's numeric form of the value {number}, but {meaning}; \
                         a numeric wire name must be its own member's value"
                    ),
                );
            }
        }
    }
}

/// OData's numeric form of an enum value (`int64Value`): an optional sign and
/// 1 to 19 decimal digits that fit in `i64`. The runtime reads numbers by the
/// same rule (`graph_enum`'s `integer::parse_integer`).
fn odata_number(text: &str) -> Option<i128> {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    if digits.is_empty() || digits.len() > 19 || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let value: i128 = text.strip_prefix('+').unwrap_or(text).parse().ok()?;
    (i128::from(i64::MIN)..=i128::from(i64::MAX))
        .contains(&value)
        .then_some(value)
}

fn check_unique_wire_names(ctxt: &mut Ctxt, input: &Enum) {
    let mut seen: HashMap<&str, &Variant> = HashMap::new();
    for variant in named_variants(input) {
        match seen.get(variant.wire_name.as_str()) {
            Some(first) => ctxt.duplicate(
                &variant.wire_name_tokens,
                format!(
                    "wire name {:?} of `{}` is already the name of `{}`",
                    variant.wire_name,
                    variant.ident(),
                    first.ident()
                ),
                &first.wire_name_tokens,
                format!("`{}` is named {:?} here", first.ident(), first.wire_name),
            ),
            None => {
                seen.insert(&variant.wire_name, variant);
            }
        }
    }
}

fn check_unique_values(ctxt: &mut Ctxt, input: &Enum) {
    let mut seen: HashMap<i128, &Variant> = HashMap::new();
    for variant in input.members() {
        let Some((value, tokens)) = &variant.value else {
            continue;
        };
        match seen.get(value) {
            Some(first) => ctxt.duplicate(
                tokens,
                format!(
                    "value {value} of `{}` is already the value of `{}`",
                    variant.ident(),
                    first.ident()
                ),
                first
                    .value
                    .as_ref()
                    .map(|(_, tokens)| tokens.to_token_stream()),
                format!("`{}` has value {value} here", first.ident()),
            ),
            None => {
                seen.insert(*value, variant);
            }
        }
    }
}

/// OData's `SimpleIdentifier`: a letter or underscore, then letters, digits or
/// underscores, at most 128 characters.
pub(crate) fn is_odata_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    let starts_well = chars
        .next()
        .is_some_and(|first| first.is_alphabetic() || first == '_');
    starts_well && text.chars().count() <= 128 && chars.all(|ch| ch.is_alphanumeric() || ch == '_')
}

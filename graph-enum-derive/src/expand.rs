//! Code generation. The model has been checked by `valid`: nothing here
//! reports errors, it only writes the impls.

use std::fmt::Write as _;

use proc_macro2::{Literal, TokenStream};
use quote::{quote, ToTokens};
use syn::{DeriveInput, Ident};

use crate::ast::{Enum, Facts, FallbackShape, Variant};
use crate::attr::Localized;
use crate::ctxt::Ctxt;
use crate::{fallback, traits, valid};

/// The whole derive on token streams, so tests can run it without rustc.
pub(crate) fn derive(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    let mut ctxt = Ctxt::default();
    let Some(model) = Enum::from_syn(&mut ctxt, &input) else {
        return fallback::expand(&input, None, ctxt);
    };
    valid::check(&mut ctxt, &model);
    if ctxt.has_errors() {
        return fallback::expand(&input, Some(&model), ctxt);
    }
    let generator = Generator::new(&model);
    let enum_impls = generator.enum_impls();
    let conversions = generator.conversions();
    let private = &generator.private;
    let ident = generator.ident;
    let traits = traits::expand(&model);
    let flags = generator.facts.flags_kind.map(|kind| {
        // Each position with its member's identifier, so the call reads
        // without a key, as `impl_enum!`'s member list does.
        let by_value = &generator.facts.bits_by_value;
        let members = by_value.iter().map(|&at| generator.idents[usize::from(at)]);
        let kind = Ident::new(kind.name(), proc_macro2::Span::call_site());
        quote!(#private::impl_flags!(#ident, #kind, [#([#by_value] #members),*]);)
    });
    quote! {
        #enum_impls
        #conversions
        #traits
        #flags
        #private::impl_serde!(#ident);
        #private::impl_integrations!(#ident);
    }
}

/// How the enum treats undeclared input, with its fallback variant.
#[derive(Clone, Copy)]
enum Open<'a> {
    Closed,
    /// A unit variant: undeclared input is dropped.
    Lossy(&'a Variant<'a>),
    /// A variant holding an `UnknownValue`: undeclared input is kept.
    Lossless(&'a Variant<'a>),
}

/// The pieces every impl is made of, computed once.
struct Generator<'a> {
    input: &'a Enum<'a>,
    open: Open<'a>,
    ident: &'a Ident,
    krate: TokenStream,
    private: TokenStream,
    /// `::core::primitive::str`: a user's `mod str` cannot capture it.
    str_ty: TokenStream,
    members: Vec<&'a Variant<'a>>,
    /// What the rules work out: sentinel, flags kind, writing order.
    facts: Facts,
    idents: Vec<&'a Ident>,
    names: Vec<&'a str>,
    values: Vec<TokenStream>,
}

impl<'a> Generator<'a> {
    fn new(input: &'a Enum<'a>) -> Self {
        let krate = input.krate();
        let open = match input.fallback() {
            None => Open::Closed,
            Some(variant) => match variant.fallback_shape(input.ident()) {
                FallbackShape::Lossless => Open::Lossless(variant),
                FallbackShape::Unit | FallbackShape::Untied(_) | FallbackShape::Invalid(_) => {
                    Open::Lossy(variant)
                }
            },
        };
        let members: Vec<&Variant> = input.members().collect();
        Generator {
            input,
            open,
            ident: input.ident(),
            private: quote!(#krate::__private),
            krate,
            str_ty: quote!(::core::primitive::str),
            idents: members.iter().map(|member| member.ident()).collect(),
            names: members
                .iter()
                .map(|member| member.wire_name.as_str())
                .collect(),
            values: members
                .iter()
                .map(|member| integer(member_value(member)))
                .collect(),
            members,
            facts: input.facts(),
        }
    }

    fn optional_str(text: Option<&str>) -> TokenStream {
        match text {
            Some(text) => quote!(::core::option::Option::Some(#text)),
            None => quote!(::core::option::Option::None),
        }
    }

    /// The inherent impl and the `GraphEnum` impl: one `impl_enum!` call with
    /// each member once (variant, position, wire name, value), from which the
    /// runtime's macro writes every arm and table that names it, plus the
    /// items that differ by enum.
    fn enum_impls(&self) -> TokenStream {
        let Generator {
            ident,
            private,
            str_ty,
            idents,
            names,
            values,
            ..
        } = self;
        let shape = match self.open {
            Open::Closed => quote!(Closed),
            Open::Lossy(fallback) => {
                let (variant, wire_name) = (fallback.ident(), &fallback.wire_name);
                quote!(Lossy(#variant #wire_name))
            }
            Open::Lossless(fallback) => {
                let variant = fallback.ident();
                quote!(Lossless(#variant))
            }
        };
        let heading = format!(
            "Conversions of the Graph enum type `{}.{}`.",
            self.input.namespace(),
            self.input.name()
        );
        // One attribute, not one per line: a crate of hundreds of enums checks faster.
        let table = format!("{heading}\n\n{}", member_table(self.input, &self.members));
        let indexes = (0..self.members.len()).map(Literal::usize_suffixed);
        let name = self.input.name();
        let namespace = self.input.namespace();
        let type_description = Self::optional_str(
            self.input
                .attrs
                .description
                .or_doc(self.input.attrs.doc.as_ref())
                .as_deref(),
        );
        let type_translations = (!self.input.attrs.description.localized.is_empty()).then(|| {
            let translations = localized_table(&self.input.attrs.description.localized);
            quote!(const DESCRIPTIONS: &'static [(&'static #str_ty, &'static #str_ty)] = #translations;)
        });
        let evolvable = self.facts.sentinel.is_some().then(|| {
            quote!(
                const EVOLVABLE: ::core::primitive::bool = true;
            )
        });
        let case_insensitive = self.input.attrs.ascii_case_insensitive.is_some().then(|| {
            quote!(
                const ASCII_CASE_INSENSITIVE: ::core::primitive::bool = true;
            )
        });
        let is_flags = self.facts.flags_kind.is_some().then(|| {
            quote!(
                const IS_FLAGS: ::core::primitive::bool = true;
            )
        });
        let fallback_description = self
            .input
            .fallback()
            .and_then(description_of)
            .map(|text| quote!(const __FALLBACK_DESCRIPTION: &'static #str_ty = #text;));
        let members = self.members_table();
        let lookup = self.lookup();
        let repr_ident = &self.input.repr.ident;
        quote! {
            #private::impl_enum!(
                #shape, #[doc = #table] #ident, #repr_ident,
                [#([#indexes] #idents = #values => #names),*],
                #members,
                {
                    const NAME: &'static #str_ty = #name;
                    const NAMESPACE: &'static #str_ty = #namespace;
                    const DESCRIPTION: ::core::option::Option<&'static #str_ty> = #type_description;
                    #evolvable
                    #is_flags
                    #case_insensitive
                    #type_translations
                    const __LOOKUP: #private::Lookup = #lookup;
                    #fallback_description
                }
            );
        }
    }

    /// `Lookup::Scan`, or `Lookup::Hash` with the tables built for these names.
    fn lookup(&self) -> TokenStream {
        let private = &self.private;
        match graph_enum_rules::lookup::build(&self.names) {
            None => quote!(#private::Lookup::Scan),
            Some(graph_enum_rules::lookup::Table {
                positions,
                multiplier,
                displacements,
                slots,
            }) => quote! {
                #private::Lookup::Hash(#private::Hash {
                    positions: &[#(#positions),*],
                    multiplier: #multiplier,
                    displacements: &[#(#displacements),*],
                    slots: &[#(#slots),*],
                })
            },
        }
    }

    /// `MEMBERS`: one `Member::__table` call over parallel arrays (cheap to
    /// type-check), wrapped in a `Member::__localize` call per member with
    /// translations or a display name.
    fn members_table(&self) -> TokenStream {
        let krate = &self.krate;
        let values = self.members.iter().map(|member| {
            // In range: `valid` checked it against the repr, which fits in i64.
            Literal::i64_unsuffixed(i64::try_from(member_value(member)).unwrap_or_default())
        });
        let descriptions = self
            .members
            .iter()
            .map(|member| description_of(member).unwrap_or_default());
        let sentinel = self.facts.sentinel.map_or(
            quote!(::core::primitive::usize::MAX),
            |index| quote!(#index),
        );
        let mut table = quote! {
            #krate::Member::__table(
                <Self as #krate::GraphEnum>::__NAMES,
                [#(#values),*],
                [#(#descriptions),*],
                #sentinel,
            )
        };
        for (index, member) in self.members.iter().enumerate() {
            let attrs = &member.attrs;
            if attrs.description.localized.is_empty()
                && attrs.display_name.default.is_none()
                && attrs.display_name.localized.is_empty()
            {
                continue;
            }
            let descriptions = localized_table(&attrs.description.localized);
            let display_name = Self::optional_str(attrs.display_name.or_doc(None).as_deref());
            let display_names = localized_table(&attrs.display_name.localized);
            table = quote! {
                #krate::Member::__localize(#table, #index, #descriptions, #display_name, #display_names)
            };
        }
        quote!(&#table)
    }

    /// `FromStr`, `Display` and the conversions from text and integers: their
    /// shape depends only on whether the enum is open, so the runtime's
    /// `impl_conversions!` writes them.
    fn conversions(&self) -> TokenStream {
        let Generator { ident, private, .. } = self;
        let repr = &self.input.repr.ident;
        let open = match self.open {
            Open::Closed => quote!(closed),
            Open::Lossy(_) | Open::Lossless(_) => quote!(open),
        };
        quote!(#private::impl_conversions!(#ident, #repr, #open);)
    }
}

fn member_value(member: &Variant) -> i128 {
    member.value.as_ref().map_or(0, |(value, _)| *value)
}

fn description_of(variant: &Variant) -> Option<String> {
    variant.attrs.description.or_doc(variant.attrs.doc.as_ref())
}

/// `&[("de", "..."), ...]`
fn localized_table(texts: &[Localized]) -> TokenStream {
    let entries = texts
        .iter()
        .map(|Localized { tag, text, .. }| quote!((#tag, #text)));
    quote!(&[#(#entries),*])
}

/// An integer as tokens usable in both expressions and patterns (`- 5`).
fn integer(value: i128) -> TokenStream {
    let magnitude = Literal::u128_unsuffixed(value.unsigned_abs());
    if value < 0 {
        quote!(- #magnitude)
    } else {
        magnitude.into_token_stream()
    }
}

/// The rustdoc table of members, one line per doc attribute.
fn member_table(input: &Enum, members: &[&Variant]) -> String {
    let mut table =
        String::from("| Variant | Wire name | Value | Description |\n|---|---|---|---|");
    for member in members {
        let text = description_of(member).unwrap_or_default();
        // Writing to a `String` cannot fail.
        let _ = write!(
            table,
            "\n| `{}` | `{}` | {} | {} |",
            member.ident(),
            member.wire_name,
            member_value(member),
            table_cell(&text)
        );
    }
    if let Some(fallback) = input.fallback() {
        let behaviour = match fallback.fallback_shape(input.ident()) {
            FallbackShape::Lossless => "any other value, kept verbatim".to_owned(),
            _ => format!(
                "any other value, dropped; written as `{}`",
                fallback.wire_name
            ),
        };
        let _ = write!(table, "\n\n`{}`: {behaviour}.", fallback.ident());
    }
    table
}

/// A description as one cell of the member table, as prose on one line:
/// every run of white space (line breaks, indentation, tabs) one space, so no
/// line of it can start a Markdown block (an indented one is a code block,
/// which rustdoc would run as a doctest); `|` escaped, as it ends a cell, and
/// `<` and `>`, so HTML in a schema's text is shown, not interpreted. (By
/// hand, as `str::replace` with a text pattern would build string search into
/// the derive for this one use.)
pub(crate) fn table_cell(text: &str) -> String {
    let mut cell = String::with_capacity(text.len());
    let mut space = false;
    for next in text.trim().chars() {
        if next.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            cell.push(' ');
            space = false;
        }
        if matches!(next, '|' | '<' | '>') {
            cell.push('\\');
        }
        cell.push(next);
    }
    cell
}

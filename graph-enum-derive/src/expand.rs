//! Code generation. The model has been checked by `valid`: nothing here
//! reports errors, it only writes the impls.

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
    let inherent = generator.inherent_impl();
    let graph_enum = generator.graph_enum_impl();
    let conversions = generator.conversions();
    let private = &generator.private;
    let ident = generator.ident;
    let traits = traits::expand(&model);
    let flags = generator.facts.flags_kind.map(|kind| {
        let by_value = &generator.facts.bits_by_value;
        let kind = Ident::new(kind.name(), proc_macro2::Span::call_site());
        quote!(#private::impl_flags!(#ident, #kind, [#(#by_value),*]);)
    });
    quote! {
        #inherent
        #graph_enum
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

/// The bodies of the inherent accessors, which differ by fallback shape.
struct Accessors {
    /// The fallback's arm of `__graph_enum_index`; closed enums have none.
    index_fallback: Option<TokenStream>,
    /// `const` unless the fallback holds an `UnknownValue` (not const-readable).
    constness: Option<TokenStream>,
    as_str: TokenStream,
    value: TokenStream,
    description: TokenStream,
    is_unknown: TokenStream,
}

/// The pieces every impl is made of, computed once.
struct Generator<'a> {
    input: &'a Enum<'a>,
    open: Open<'a>,
    ident: &'a Ident,
    krate: TokenStream,
    private: TokenStream,
    /// `::core::primitive::i32` and friends: a user's `type i32 = ...` or
    /// `mod str` cannot capture them.
    repr: TokenStream,
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
        let repr_ident = &input.repr.ident;
        let open = match input.fallback() {
            None => Open::Closed,
            Some(variant) => match variant.fallback_shape() {
                FallbackShape::Lossless => Open::Lossless(variant),
                FallbackShape::Unit | FallbackShape::Invalid(_) => Open::Lossy(variant),
            },
        };
        let members: Vec<&Variant> = input.members().collect();
        Generator {
            input,
            open,
            ident: input.ident(),
            private: quote!(#krate::__private),
            krate,
            repr: quote!(::core::primitive::#repr_ident),
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

    /// The parts of the inherent impl that depend on the fallback. Each body is
    /// one call into the runtime's `const fn`s over the trait's tables, so it
    /// costs little to type-check; a lossless enum's `as_str` and `value` read
    /// the `UnknownValue`, so they are the trait's and not `const`.
    fn accessors(&self) -> Accessors {
        let Generator { krate, private, .. } = self;
        let graph_enum = quote!(<Self as #krate::GraphEnum>);
        let (index_fallback, lossless) = match self.open {
            Open::Closed => (None, false),
            Open::Lossy(fallback) => {
                let variant = fallback.ident();
                (
                    Some(quote!(Self::#variant => #graph_enum::MEMBERS.len(),)),
                    false,
                )
            }
            Open::Lossless(fallback) => {
                let variant = fallback.ident();
                (
                    Some(quote!(Self::#variant(_) => #graph_enum::MEMBERS.len(),)),
                    true,
                )
            }
        };
        let index = quote!(self.__graph_enum_index());
        Accessors {
            index_fallback,
            constness: (!lossless).then(|| quote!(const)),
            as_str: self.as_str_match(),
            value: if lossless {
                quote!(#graph_enum::value(self))
            } else {
                quote!(#private::value(#graph_enum::__VALUES, #index))
            },
            description: quote! {
                #private::description(#graph_enum::MEMBERS, #index, #graph_enum::__FALLBACK_DESCRIPTION)
            },
            is_unknown: quote!(#index >= #graph_enum::MEMBERS.len()),
        }
    }

    /// `as_str` as a `match` from variant to name: the fastest form, as every
    /// arm is a constant it compiles to a table indexed by the discriminant
    /// (BENCHMARKS.md). A lossless enum reads its names array instead.
    fn as_str_match(&self) -> TokenStream {
        let Generator { idents, names, .. } = self;
        let fallback = match self.open {
            Open::Closed => None,
            Open::Lossy(fallback) => {
                let (variant, wire_name) = (fallback.ident(), &fallback.wire_name);
                Some(quote!(Self::#variant => #wire_name,))
            }
            Open::Lossless(_) => {
                // The trait's provided `as_str`: the unknown's text, else one
                // load from the names array (a match with the unknown's arm
                // compiles to a jump, 6 ns on shuffled input).
                let krate = &self.krate;
                return quote!(<Self as #krate::GraphEnum>::as_str(self));
            }
        };
        quote! {
            match self {
                #(Self::#idents => #names,)*
                #fallback
            }
        }
    }

    /// `as_str`, `value`, `description`, `is_unknown`, with the member table
    /// in the impl's rustdoc, and the variant → index match everything else
    /// is built on.
    fn inherent_impl(&self) -> TokenStream {
        let Generator {
            ident,
            repr,
            str_ty,
            idents,
            ..
        } = self;
        let indexes = 0..self.members.len();
        let Accessors {
            index_fallback,
            constness,
            as_str,
            value,
            description,
            is_unknown,
        } = self.accessors();
        let as_str_type = match constness {
            Some(_) => quote!(&'static #str_ty),
            None => quote!(&#str_ty),
        };
        let heading = format!(
            "Conversions of the Graph enum type `{}.{}`.",
            self.input.namespace(),
            self.input.name()
        );
        let table = format!(
            "{heading}\n\n{}",
            member_table(self.input, &self.members).join("\n")
        );
        quote! {
            // One attribute, not one per line: a crate of hundreds of enums checks faster.
            #[doc = #table]
            #[automatically_derived]
            impl #ident {
                // The position in `MEMBERS`; `MEMBERS.len()` for the fallback.
                #[doc(hidden)]
                #[inline]
                pub const fn __graph_enum_index(&self) -> ::core::primitive::usize {
                    match self {
                        #(Self::#idents => #indexes,)*
                        #index_fallback
                    }
                }

                /// The wire name: the member's name as Graph writes it (see the table above).
                #[must_use]
                #[inline]
                pub #constness fn as_str(&self) -> #as_str_type {
                    #as_str
                }

                /// The member's integer value (see the table above); for a value the
                /// enum does not declare, `None` unless it is a number.
                #[must_use]
                #[inline]
                pub #constness fn value(&self) -> ::core::option::Option<#repr> {
                    #value
                }

                /// The member's description, from its doc comment.
                #[must_use]
                #[inline]
                pub const fn description(&self) -> ::core::option::Option<&'static #str_ty> {
                    #description
                }

                /// Whether this is a value the enum does not declare.
                #[must_use]
                #[inline]
                pub const fn is_unknown(&self) -> ::core::primitive::bool {
                    #is_unknown
                }
            }
        }
    }

    fn graph_enum_impl(&self) -> TokenStream {
        let Generator {
            ident,
            krate,
            private,
            repr,
            str_ty,
            idents,
            names,
            values,
            ..
        } = self;
        let name = self.input.name();
        let namespace = self.input.namespace();
        let type_description = Self::optional_str(
            self.input
                .attrs
                .description
                .or_doc(self.input.attrs.doc.as_ref())
                .as_deref(),
        );
        let type_translations = localized_table(&self.input.attrs.description.localized);
        let type_translations = (!self.input.attrs.description.localized.is_empty()).then(|| {
            quote!(const DESCRIPTIONS: &'static [(&'static #str_ty, &'static #str_ty)] = #type_translations;)
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
        let members = self.members_table();
        let is_flags = self.facts.flags_kind.is_some().then(|| {
            quote!(
                const IS_FLAGS: ::core::primitive::bool = true;
            )
        });
        let fallback_kind = match self.open {
            Open::Closed => quote!(Closed),
            Open::Lossy(_) => quote!(Lossy),
            Open::Lossless(_) => quote!(Lossless),
        };
        let fallback_items = self.fallback_items();
        // A lossless enum's inherent `as_str` is the trait's provided one.
        let as_str = (!matches!(self.open, Open::Lossless(_))).then(|| {
            quote! {
                #[inline]
                fn as_str(&self) -> &#str_ty {
                    Self::as_str(self)
                }
            }
        });
        let lookup = self.lookup();
        let index_fns = self.index_fns();
        quote! {
            // The tables are constant data in the binary, not stack arrays, whatever their size.
            #[allow(clippy::large_stack_arrays)]
            #[automatically_derived]
            impl #krate::GraphEnum for #ident {
                type Value = #repr;
                const NAME: &'static #str_ty = #name;
                const NAMESPACE: &'static #str_ty = #namespace;
                const DESCRIPTION: ::core::option::Option<&'static #str_ty> = #type_description;
                const MEMBERS: &'static [#krate::Member] = #members;
                const FALLBACK: #krate::Fallback = #krate::Fallback::#fallback_kind;
                #evolvable
                const ALL: &'static [Self] = &[#(Self::#idents),*];
                #is_flags
                #case_insensitive
                #type_translations
                const __NAMES: &'static [&'static #str_ty] = &[#(#names),*];
                const __VALUES: &'static [#repr] = &[#(#values),*];
                const __LOOKUP: #private::Lookup = #lookup;
                #fallback_items
                #as_str

                #[inline]
                fn __index(&self) -> ::core::primitive::usize {
                    Self::__graph_enum_index(self)
                }

                #index_fns

            }
        }
    }

    /// `__from_index` and `__index_of`: a `match` from position to variant
    /// and from value to position.
    fn index_fns(&self) -> TokenStream {
        let Generator {
            repr,
            idents,
            values,
            ..
        } = self;
        // `Some` once around the match, not in every arm: fewer tokens and
        // paths to resolve per member. (With no members every arm would
        // return, and `Some` be unreachable code.)
        let indexes = 0..self.members.len();
        let positions = indexes.clone();
        let (from_index, index_of) = if self.members.is_empty() {
            (
                quote!(match index {
                    _ => ::core::option::Option::None,
                }),
                quote!(match value {
                    _ => ::core::option::Option::None,
                }),
            )
        } else {
            (
                quote! {
                    ::core::option::Option::Some(match index {
                        #(#indexes => Self::#idents,)*
                        _ => return ::core::option::Option::None,
                    })
                },
                quote! {
                    ::core::option::Option::Some(match value {
                        #(#values => #positions,)*
                        _ => return ::core::option::Option::None,
                    })
                },
            )
        };
        quote! {
            #[inline]
            fn __from_index(index: ::core::primitive::usize) -> ::core::option::Option<Self> {
                #from_index
            }

            #[inline]
            fn __index_of(value: #repr) -> ::core::option::Option<::core::primitive::usize> {
                #index_of
            }
        }
    }

    /// The trait's hidden items about the fallback variant: its name and
    /// description, building it from undeclared input, reading a lossless one.
    fn fallback_items(&self) -> TokenStream {
        let Generator {
            private, str_ty, ..
        } = self;
        let fallback_description = self
            .input
            .fallback()
            .and_then(description_of)
            .map(|text| quote!(const __FALLBACK_DESCRIPTION: &'static #str_ty = #text;));
        let fallback = match self.open {
            Open::Closed => quote!(::core::option::Option::None),
            Open::Lossy(fallback) => {
                let variant = fallback.ident();
                quote!(::core::option::Option::Some(Self::#variant))
            }
            Open::Lossless(fallback) => {
                let variant = fallback.ident();
                quote!(::core::option::Option::Some(Self::#variant(#private::unknown_value!(undeclared))))
            }
        };
        let unknown_text = match self.open {
            Open::Lossless(fallback) => Some({
                let variant = fallback.ident();
                quote! {
                #[inline]
                fn __unknown_text(&self) -> ::core::option::Option<&#str_ty> {
                    match self {
                        Self::#variant(unknown) => ::core::option::Option::Some(unknown.as_str()),
                        _ => ::core::option::Option::None,
                    }
                }
                }
            }),
            Open::Closed | Open::Lossy(_) => None,
        };
        quote! {
            #fallback_description

            #[inline]
            fn __fallback(undeclared: #private::Undeclared<'_>) -> ::core::option::Option<Self> {
                #fallback
            }

            #unknown_text
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
fn member_table(input: &Enum, members: &[&Variant]) -> Vec<String> {
    let mut lines = vec![
        "| Variant | Wire name | Value | Description |".to_owned(),
        "|---|---|---|---|".to_owned(),
    ];
    for member in members {
        let text = description_of(member).unwrap_or_default();
        lines.push(format!(
            "| `{}` | `{}` | {} | {} |",
            member.ident(),
            member.wire_name,
            member_value(member),
            text.replace('|', "\\|").replace("\n\n", " ")
        ));
    }
    if let Some(fallback) = input.fallback() {
        let behaviour = match fallback.fallback_shape() {
            FallbackShape::Lossless => "any other value, kept verbatim".to_owned(),
            _ => format!(
                "any other value, dropped; written as `{}`",
                fallback.wire_name
            ),
        };
        lines.push(String::new());
        lines.push(format!("`{}`: {behaviour}.", fallback.ident()));
    }
    lines
}

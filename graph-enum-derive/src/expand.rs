//! Code generation. The model has been checked by `valid`: nothing here
//! reports errors, it only writes the impls.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, ToTokens};
use syn::{DeriveInput, Ident};

use crate::ast::{Enum, FallbackShape, Variant};
use crate::attr::Localized;
use crate::ctxt::Ctxt;
use crate::{fallback, valid};

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
    let text = generator.text_impls();
    let values = generator.value_impls();
    let flags = generator.flags_impls();
    let private = &generator.private;
    let ident = generator.ident;
    quote! {
        #inherent
        #graph_enum
        #text
        #values
        #flags
        #private::impl_serde!(#ident);
    }
}

/// How the enum treats undeclared input, with its fallback variant.
#[derive(Clone, Copy)]
enum Open<'a> {
    Closed,
    Lossy(&'a Variant<'a>),
    Lossless(&'a Ident),
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
                FallbackShape::Lossless => Open::Lossless(variant.ident()),
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
        }
    }

    fn optional_str(&self, text: Option<&str>) -> TokenStream {
        let private = &self.private;
        match text {
            Some(text) => quote!(#private::Some(#text)),
            None => quote!(#private::None),
        }
    }

    /// `as_str`, `value`, `description`, `is_unknown`, with the member table
    /// in the impl's rustdoc.
    fn inherent_impl(&self) -> TokenStream {
        let Generator {
            ident,
            private,
            repr,
            str_ty,
            idents,
            names,
            values,
            ..
        } = self;
        let descriptions = self
            .members
            .iter()
            .map(|member| self.optional_str(description(member).as_deref()));
        let fallback_description = self
            .input
            .fallback()
            .map(|variant| self.optional_str(description(variant).as_deref()));
        let (constness, as_str_type) = match self.open {
            Open::Lossless(_) => (None, quote!(&#str_ty)),
            Open::Lossy(_) | Open::Closed => (Some(quote!(const)), quote!(&'static #str_ty)),
        };
        let (as_str_fallback, value_fallback, description_fallback, is_unknown) = match self.open {
            Open::Closed => (None, None, None, quote!(false)),
            Open::Lossy(fallback) => {
                let (variant, wire_name) = (fallback.ident(), &fallback.wire_name);
                (
                    Some(quote!(Self::#variant => #wire_name,)),
                    Some(quote!(Self::#variant => #private::None,)),
                    Some(quote!(Self::#variant => #fallback_description,)),
                    quote!(::core::matches!(self, Self::#variant)),
                )
            }
            Open::Lossless(variant) => (
                Some(quote!(Self::#variant(unknown) => unknown.as_str(),)),
                Some(quote!(Self::#variant(unknown) => #private::unknown_value(unknown),)),
                Some(quote!(Self::#variant(_) => #fallback_description,)),
                quote!(::core::matches!(self, Self::#variant(_))),
            ),
        };
        let heading = format!(
            "Conversions of the Graph enum type `{}.{}`.",
            self.input.namespace(),
            self.input.name()
        );
        let table = member_table(self.input, &self.members);
        quote! {
            #[doc = #heading]
            #[doc = ""]
            #(#[doc = #table])*
            #[automatically_derived]
            impl #ident {
                /// The wire name: the member's name as Graph writes it (see the table above).
                #[must_use]
                #[inline]
                pub #constness fn as_str(&self) -> #as_str_type {
                    match self {
                        #(Self::#idents => #names,)*
                        #as_str_fallback
                    }
                }

                /// The member's integer value (see the table above); for a value the
                /// enum does not declare, `None` unless it is a number.
                #[must_use]
                #[inline]
                pub #constness fn value(&self) -> #private::Option<#repr> {
                    match self {
                        #(Self::#idents => #private::Some(#values),)*
                        #value_fallback
                    }
                }

                /// The member's description, from its doc comment.
                #[must_use]
                #[inline]
                pub const fn description(&self) -> #private::Option<&'static #str_ty> {
                    match self {
                        #(Self::#idents => #descriptions,)*
                        #description_fallback
                    }
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
            values,
            ..
        } = self;
        let name = self.input.name();
        let namespace = self.input.namespace();
        let type_description = self.optional_str(
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
        let evolvable = self.input.sentinels().next().is_some();
        let member_consts = self.member_consts();
        let indexes = 0..self.members.len();
        let (fallback_kind, member_fallback) = match self.open {
            Open::Closed => (quote!(Closed), None),
            Open::Lossy(fallback) => {
                let variant = fallback.ident();
                (
                    quote!(Lossy),
                    Some(quote!(Self::#variant => #private::None,)),
                )
            }
            Open::Lossless(variant) => (
                quote!(Lossless),
                Some(quote!(Self::#variant(_) => #private::None,)),
            ),
        };
        let from_value = match self.open {
            Open::Closed => quote! {
                match value {
                    #(#values => #private::Ok(Self::#idents),)*
                    _ => #private::Err(#private::value_error(<Self as #krate::GraphEnum>::NAME, value)),
                }
            },
            Open::Lossy(_) | Open::Lossless(_) => {
                quote!(#private::Ok(<Self as #private::From<#repr>>::from(value)))
            }
        };
        quote! {
            // `MEMBERS` is constant data in the binary, not a stack array, whatever its size.
            #[allow(clippy::large_stack_arrays)]
            #[automatically_derived]
            impl #krate::GraphEnum for #ident {
                type Value = #repr;
                const NAME: &'static #str_ty = #name;
                const NAMESPACE: &'static #str_ty = #namespace;
                const DESCRIPTION: #private::Option<&'static #str_ty> = #type_description;
                const MEMBERS: &'static [#krate::Member] = &[#(#member_consts),*];
                const FALLBACK: #krate::Fallback = #krate::Fallback::#fallback_kind;
                const EVOLVABLE: ::core::primitive::bool = #evolvable;
                #type_translations

                #[inline]
                fn as_str(&self) -> &#str_ty {
                    Self::as_str(self)
                }

                #[inline]
                fn value(&self) -> #private::Option<#repr> {
                    Self::value(self)
                }

                #[inline]
                fn description(&self) -> #private::Option<&'static #str_ty> {
                    Self::description(self)
                }

                #[inline]
                fn member(&self) -> #private::Option<&'static #krate::Member> {
                    match self {
                        #(Self::#idents => #private::Some(&<Self as #krate::GraphEnum>::MEMBERS[#indexes]),)*
                        #member_fallback
                    }
                }

                #[inline]
                fn is_unknown(&self) -> ::core::primitive::bool {
                    Self::is_unknown(self)
                }

                #[inline]
                fn from_value(value: #repr) -> #private::Result<Self, #krate::ValueError> {
                    #from_value
                }
            }
        }
    }

    /// `Member::__new(..)` for each member, in declaration order.
    fn member_consts(&self) -> Vec<TokenStream> {
        let krate = &self.krate;
        let evolvable = self.input.sentinels().next().is_some();
        self.members
            .iter()
            .map(|member| {
                let name = &member.wire_name;
                // In range: `valid` checked it against the repr, which fits in i64.
                let value = Literal::i64_unsuffixed(
                    i64::try_from(member_value(member)).unwrap_or_default(),
                );
                let description = self.optional_str(description(member).as_deref());
                let attrs = &member.attrs;
                // Only what differs from `__new`'s defaults, to keep expansions small.
                let localized = (!attrs.description.localized.is_empty()
                    || attrs.display_name.default.is_some()
                    || !attrs.display_name.localized.is_empty())
                .then(|| {
                    let descriptions = localized_table(&attrs.description.localized);
                    let display_name =
                        self.optional_str(attrs.display_name.or_doc(None).as_deref());
                    let display_names = localized_table(&attrs.display_name.localized);
                    quote!(.__localized(#descriptions, #display_name, #display_names))
                });
                let evolvable = evolvable.then(|| {
                    let is_sentinel = member.wire_name.eq_ignore_ascii_case("unknownFutureValue");
                    let requires_opt_in = self.input.requires_opt_in(member);
                    quote!(.__evolvable(#is_sentinel, #requires_opt_in))
                });
                quote!(#krate::Member::__new(#name, #value, #description) #localized #evolvable)
            })
            .collect()
    }

    /// For a flags enum: the `GraphFlags` marker, and `a | b` making a `Flags`.
    fn flags_impls(&self) -> Option<TokenStream> {
        let Generator {
            ident,
            krate,
            private,
            ..
        } = self;
        self.input.is_flags().then(|| {
            quote! {
                #[automatically_derived]
                impl #krate::GraphFlags for #ident {}

                #[automatically_derived]
                impl ::core::ops::BitOr for #ident {
                    type Output = #krate::Flags<Self>;

                    #[inline]
                    fn bitor(self, other: Self) -> #krate::Flags<Self> {
                        <#krate::Flags<Self> as #private::From<Self>>::from(self) | other
                    }
                }
            }
        })
    }

    /// `FromStr`, `TryFrom<&str>` and `Display`.
    fn text_impls(&self) -> TokenStream {
        let Generator {
            ident,
            krate,
            private,
            str_ty,
            idents,
            names,
            values,
            ..
        } = self;
        let miss = match self.open {
            Open::Closed => quote! {
                #private::Err(#private::parse_error(
                    <Self as #krate::GraphEnum>::NAME,
                    <Self as #krate::GraphEnum>::MEMBERS,
                    text,
                ))
            },
            Open::Lossy(fallback) => {
                let variant = fallback.ident();
                quote!(#private::Ok(Self::#variant))
            }
            Open::Lossless(variant) => {
                quote!(#private::Ok(Self::#variant(#private::unknown_text(text))))
            }
        };
        // OData allows a member's value as text ("2"); names are tried first.
        let numeric = if self.members.is_empty() {
            miss
        } else {
            quote! {
                match #private::parse_integer(text) {
                    #(#private::Some(#values) => #private::Ok(Self::#idents),)*
                    _ => #miss,
                }
            }
        };
        quote! {
            #[automatically_derived]
            impl #private::FromStr for #ident {
                type Err = #krate::ParseError;

                #[inline]
                fn from_str(text: &#str_ty) -> #private::Result<Self, #krate::ParseError> {
                    match text {
                        #(#names => #private::Ok(Self::#idents),)*
                        _ => #numeric,
                    }
                }
            }

            #[automatically_derived]
            impl<'text> #private::TryFrom<&'text #str_ty> for #ident {
                type Error = #krate::ParseError;

                #[inline]
                fn try_from(text: &'text #str_ty) -> #private::Result<Self, #krate::ParseError> {
                    <Self as #private::FromStr>::from_str(text)
                }
            }

            #[automatically_derived]
            impl #private::Display for #ident {
                fn fmt(&self, formatter: &mut #private::Formatter<'_>) -> #private::FmtResult {
                    formatter.pad(Self::as_str(self))
                }
            }
        }
    }

    /// `TryFrom<R>` and `From<E> for R` for a closed enum, `From<R>` for an open one.
    fn value_impls(&self) -> TokenStream {
        let Generator {
            ident,
            krate,
            private,
            repr,
            idents,
            values,
            ..
        } = self;
        let unknown = match self.open {
            Open::Closed => {
                return quote! {
                    #[automatically_derived]
                    impl #private::TryFrom<#repr> for #ident {
                        type Error = #krate::ValueError;

                        #[inline]
                        fn try_from(value: #repr) -> #private::Result<Self, #krate::ValueError> {
                            <Self as #krate::GraphEnum>::from_value(value)
                        }
                    }

                    #[automatically_derived]
                    impl #private::From<#ident> for #repr {
                        #[inline]
                        fn from(value: #ident) -> Self {
                            match value {
                                #(#ident::#idents => #values,)*
                            }
                        }
                    }
                };
            }
            Open::Lossy(fallback) => {
                let variant = fallback.ident();
                quote!(Self::#variant)
            }
            Open::Lossless(variant) => quote!(Self::#variant(#private::unknown_integer(value))),
        };
        let body = if self.members.is_empty() {
            unknown
        } else {
            quote! {
                match value {
                    #(#values => Self::#idents,)*
                    _ => #unknown,
                }
            }
        };
        quote! {
            #[automatically_derived]
            impl #private::From<#repr> for #ident {
                #[inline]
                fn from(value: #repr) -> Self {
                    #body
                }
            }
        }
    }
}

fn member_value(member: &Variant) -> i128 {
    member.value.as_ref().map_or(0, |(value, _)| *value)
}

fn description(variant: &Variant) -> Option<String> {
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
        let text = description(member).unwrap_or_default();
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

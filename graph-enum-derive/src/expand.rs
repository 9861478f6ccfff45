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

/// The bodies of the inherent accessors, which differ by fallback shape.
struct Accessors {
    /// The fallback's arm of `__graph_enum_index`; closed enums have none.
    index_fallback: Option<TokenStream>,
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

    /// The parts of the inherent impl that depend on the fallback.
    fn accessors(&self) -> Accessors {
        let Generator { krate, private, .. } = self;
        let members = quote!(<Self as #krate::GraphEnum>::MEMBERS);
        let fallback_description = self
            .input
            .fallback()
            .map(|variant| self.optional_str(description(variant).as_deref()));
        // `index` is `MEMBERS.len()` for the fallback, a member's position otherwise.
        match self.open {
            Open::Closed => Accessors {
                index_fallback: None,
                as_str: quote!(Self::__GRAPH_ENUM_NAMES[self.__graph_enum_index()]),
                value: quote!(#private::Some(Self::__GRAPH_ENUM_VALUES[self.__graph_enum_index()])),
                description: quote!(#members[self.__graph_enum_index()].description),
                is_unknown: quote!(false),
            },
            Open::Lossy(fallback) => {
                let (variant, wire_name) = (fallback.ident(), &fallback.wire_name);
                let member = |found: TokenStream, otherwise: TokenStream| {
                    quote! {
                        let index = self.__graph_enum_index();
                        if index < #members.len() { #found } else { #otherwise }
                    }
                };
                Accessors {
                    index_fallback: Some(quote!(Self::#variant => #members.len(),)),
                    as_str: member(quote!(Self::__GRAPH_ENUM_NAMES[index]), quote!(#wire_name)),
                    value: member(
                        quote!(#private::Some(Self::__GRAPH_ENUM_VALUES[index])),
                        quote!(#private::None),
                    ),
                    description: member(
                        quote!(#members[index].description),
                        fallback_description.unwrap_or_default(),
                    ),
                    is_unknown: quote!(::core::matches!(self, Self::#variant)),
                }
            }
            Open::Lossless(variant) => Accessors {
                index_fallback: Some(quote!(Self::#variant(_) => #members.len(),)),
                as_str: quote! {
                    match self {
                        Self::#variant(unknown) => unknown.as_str(),
                        _ => Self::__GRAPH_ENUM_NAMES[self.__graph_enum_index()],
                    }
                },
                value: quote! {
                    match self {
                        Self::#variant(unknown) => #private::unknown_value(unknown),
                        _ => #private::Some(Self::__GRAPH_ENUM_VALUES[self.__graph_enum_index()]),
                    }
                },
                description: quote! {
                    match self {
                        Self::#variant(_) => #fallback_description,
                        _ => #members[self.__graph_enum_index()].description,
                    }
                },
                is_unknown: quote!(::core::matches!(self, Self::#variant(_))),
            },
        }
    }

    /// `as_str`, `value`, `description`, `is_unknown`, with the member table
    /// in the impl's rustdoc, and the lookups everything else is built on:
    /// variant → index into `MEMBERS`, value → variant, and the names and
    /// values as plain arrays.
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
        let indexes = 0..self.members.len();
        let (constness, as_str_type) = match self.open {
            Open::Lossless(_) => (None, quote!(&#str_ty)),
            Open::Lossy(_) | Open::Closed => (Some(quote!(const)), quote!(&'static #str_ty)),
        };
        let Accessors {
            index_fallback,
            as_str,
            value,
            description,
            is_unknown,
        } = self.accessors();
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
                /// The members' values, in the order of `MEMBERS`.
                #[doc(hidden)]
                pub const __GRAPH_ENUM_VALUES: &'static [#repr] = &[#(#values),*];

                /// The members' wire names, in the order of `MEMBERS`: a plain
                /// array of `&str` makes `as_str` one indexed load.
                #[doc(hidden)]
                pub const __GRAPH_ENUM_NAMES: &'static [&'static #str_ty] = &[#(#names),*];

                /// The position in `MEMBERS`; `MEMBERS.len()` for the fallback.
                #[doc(hidden)]
                #[inline]
                pub const fn __graph_enum_index(&self) -> ::core::primitive::usize {
                    match self {
                        #(Self::#idents => #indexes,)*
                        #index_fallback
                    }
                }

                /// The member with this value, if one is declared.
                #[doc(hidden)]
                #[inline]
                pub const fn __graph_enum_declared(value: #repr) -> #private::Option<Self> {
                    match value {
                        #(#values => #private::Some(Self::#idents),)*
                        _ => #private::None,
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
                pub #constness fn value(&self) -> #private::Option<#repr> {
                    #value
                }

                /// The member's description, from its doc comment.
                #[must_use]
                #[inline]
                pub const fn description(&self) -> #private::Option<&'static #str_ty> {
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
        let fallback_kind = match self.open {
            Open::Closed => quote!(Closed),
            Open::Lossy(_) => quote!(Lossy),
            Open::Lossless(_) => quote!(Lossless),
        };
        let undeclared = match self.fallback_value(&quote!(#private::unknown_integer(value))) {
            Some(fallback) => quote!(#private::Ok(#fallback)),
            None => {
                quote!(#private::Err(#private::value_error(<Self as #krate::GraphEnum>::NAME, value)))
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
                    <Self as #krate::GraphEnum>::MEMBERS.get(self.__graph_enum_index())
                }

                #[inline]
                fn is_unknown(&self) -> ::core::primitive::bool {
                    Self::is_unknown(self)
                }

                #[inline]
                fn from_value(value: #repr) -> #private::Result<Self, #krate::ValueError> {
                    match Self::__graph_enum_declared(value) {
                        #private::Some(member) => #private::Ok(member),
                        #private::None => #undeclared,
                    }
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

    /// The fallback variant holding `unknown` (the lossless payload), or
    /// `None` for a closed enum.
    fn fallback_value(&self, unknown: &TokenStream) -> Option<TokenStream> {
        match self.open {
            Open::Closed => None,
            Open::Lossy(fallback) => {
                let variant = fallback.ident();
                Some(quote!(Self::#variant))
            }
            Open::Lossless(variant) => Some(quote!(Self::#variant(#unknown))),
        }
    }

    /// `FromStr`, `TryFrom<&str>` and `Display`.
    fn text_impls(&self) -> TokenStream {
        let Generator {
            ident,
            krate,
            private,
            repr,
            str_ty,
            idents,
            names,
            ..
        } = self;
        let miss = match self.fallback_value(&quote!(#private::unknown_text(text))) {
            Some(fallback) => quote!(#private::Ok(#fallback)),
            None => quote! {
                #private::Err(#private::parse_error(
                    <Self as #krate::GraphEnum>::NAME,
                    <Self as #krate::GraphEnum>::MEMBERS,
                    text,
                ))
            },
        };
        quote! {
            #[automatically_derived]
            impl #private::FromStr for #ident {
                type Err = #krate::ParseError;

                #[inline]
                fn from_str(text: &#str_ty) -> #private::Result<Self, #krate::ParseError> {
                    match text {
                        #(#names => #private::Ok(Self::#idents),)*
                        // OData allows a member's value as text ("2"); names come first.
                        _ => match #private::parse_integer(text)
                            .and_then(|number| <#repr as #private::TryFrom<#private::i64>>::try_from(number).ok())
                            .and_then(Self::__graph_enum_declared)
                        {
                            #private::Some(member) => #private::Ok(member),
                            #private::None => #miss,
                        },
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
            ..
        } = self;
        match self.open {
            Open::Closed => quote! {
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
                        #ident::__GRAPH_ENUM_VALUES[value.__graph_enum_index()]
                    }
                }
            },
            Open::Lossy(_) | Open::Lossless(_) => {
                let fallback = self.fallback_value(&quote!(#private::unknown_integer(value)));
                quote! {
                    #[automatically_derived]
                    impl #private::From<#repr> for #ident {
                        #[inline]
                        fn from(value: #repr) -> Self {
                            match Self::__graph_enum_declared(value) {
                                #private::Some(member) => member,
                                #private::None => #fallback,
                            }
                        }
                    }
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

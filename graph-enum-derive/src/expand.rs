//! Code generation. The model has been checked by `valid`: nothing here
//! reports errors, it only writes the impls.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, ToTokens};
use syn::{DeriveInput, Ident};

use crate::ast::{Enum, FallbackShape, Variant};
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
    expand(&model)
}

/// How the enum treats undeclared input, with its fallback variant.
enum Open<'a> {
    Closed,
    Lossy(&'a Ident),
    Lossless(&'a Ident),
}

fn expand(input: &Enum) -> TokenStream {
    let ident = input.ident();
    let krate = input.krate();
    let private = quote!(#krate::__private);
    let repr_ident = &input.repr.ident;
    let repr = quote!(::core::primitive::#repr_ident);
    let str_ty = quote!(::core::primitive::str);
    let bool_ty = quote!(::core::primitive::bool);

    let open = match input.fallback() {
        None => Open::Closed,
        Some(variant) => match variant.fallback_shape() {
            FallbackShape::Lossless => Open::Lossless(variant.ident()),
            FallbackShape::Unit | FallbackShape::Invalid(_) => Open::Lossy(variant.ident()),
        },
    };
    let members: Vec<&Variant> = input.members().collect();
    let idents: Vec<&Ident> = members.iter().map(|member| member.ident()).collect();
    let names: Vec<&str> = members
        .iter()
        .map(|member| member.wire_name.as_str())
        .collect();
    let values: Vec<TokenStream> = members
        .iter()
        .map(|member| integer(member_value(member)))
        .collect();
    let descriptions: Vec<TokenStream> = members
        .iter()
        .map(|member| optional_str(&private, description(member).as_deref()))
        .collect();
    let indexes = 0..members.len();

    let name = input.name();
    let namespace = input.namespace();
    let type_description = optional_str(
        &private,
        input
            .attrs
            .description
            .as_ref()
            .map(|description| description.value.value())
            .or_else(|| input.attrs.doc.clone())
            .as_deref(),
    );
    let member_consts = members.iter().map(|member| {
        let name = &member.wire_name;
        let value =
            Literal::i64_unsuffixed(i64::try_from(member_value(member)).unwrap_or_default());
        let description = optional_str(&private, description(member).as_deref());
        quote!(#krate::Member::__new(#name, #value, #description))
    });

    let fallback_description = input
        .fallback()
        .map(|variant| optional_str(&private, description(variant).as_deref()));
    let (constness, as_str_type, fallback_kind) = match open {
        Open::Lossless(_) => (None, quote!(&#str_ty), quote!(Lossless)),
        Open::Lossy(_) => (Some(quote!(const)), quote!(&'static #str_ty), quote!(Lossy)),
        Open::Closed => (
            Some(quote!(const)),
            quote!(&'static #str_ty),
            quote!(Closed),
        ),
    };
    let (as_str_fallback, value_fallback, description_fallback, member_fallback, is_unknown) =
        match open {
            Open::Closed => (None, None, None, None, quote!(false)),
            Open::Lossy(fallback) => {
                let wire_name = input.fallback().map(|variant| variant.wire_name.as_str());
                (
                    Some(quote!(Self::#fallback => #wire_name,)),
                    Some(quote!(Self::#fallback => #private::None,)),
                    Some(quote!(Self::#fallback => #fallback_description,)),
                    Some(quote!(Self::#fallback => #private::None,)),
                    quote!(::core::matches!(self, Self::#fallback)),
                )
            }
            Open::Lossless(fallback) => (
                Some(quote!(Self::#fallback(unknown) => unknown.as_str(),)),
                Some(quote!(Self::#fallback(unknown) => #private::unknown_value(unknown),)),
                Some(quote!(Self::#fallback(_) => #fallback_description,)),
                Some(quote!(Self::#fallback(_) => #private::None,)),
                quote!(::core::matches!(self, Self::#fallback(_))),
            ),
        };

    let parse_miss = match open {
        Open::Closed => quote! {
            #private::Err(#private::parse_error(
                <Self as #krate::GraphEnum>::NAME,
                <Self as #krate::GraphEnum>::MEMBERS,
                text,
            ))
        },
        Open::Lossy(fallback) => quote!(#private::Ok(Self::#fallback)),
        Open::Lossless(fallback) => {
            quote!(#private::Ok(Self::#fallback(#private::unknown_text(text))))
        }
    };
    let parse_numeric = if members.is_empty() {
        parse_miss.clone()
    } else {
        quote! {
            match #private::parse_integer(text) {
                #(#private::Some(#values) => #private::Ok(Self::#idents),)*
                _ => #parse_miss,
            }
        }
    };

    let value_conversions = match open {
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
                    match value {
                        #(#ident::#idents => #values,)*
                    }
                }
            }
        },
        Open::Lossy(fallback) | Open::Lossless(fallback) => {
            let unknown = match open {
                Open::Lossless(_) => quote!(Self::#fallback(#private::unknown_integer(value))),
                _ => quote!(Self::#fallback),
            };
            let body = if members.is_empty() {
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
    };
    let from_value = match open {
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

    let table = member_table(input, &members);
    let qualified = format!("`{namespace}.{name}`");

    quote! {
        #[doc = ::core::concat!("Conversions of the Graph enum type ", #qualified, ".")]
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

            /// The integer value of the member (see the table above); `None` for
            /// a value this enum does not declare, unless it is a number.
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
            pub const fn is_unknown(&self) -> #bool_ty {
                #is_unknown
            }
        }

        #[automatically_derived]
        impl #krate::GraphEnum for #ident {
            type Value = #repr;
            const NAME: &'static #str_ty = #name;
            const NAMESPACE: &'static #str_ty = #namespace;
            const DESCRIPTION: #private::Option<&'static #str_ty> = #type_description;
            const MEMBERS: &'static [#krate::Member] = &[#(#member_consts),*];
            const FALLBACK: #krate::Fallback = #krate::Fallback::#fallback_kind;

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
            fn is_unknown(&self) -> #bool_ty {
                Self::is_unknown(self)
            }

            #[inline]
            fn from_value(value: #repr) -> #private::Result<Self, #krate::ValueError> {
                #from_value
            }
        }

        #[automatically_derived]
        impl #private::FromStr for #ident {
            type Err = #krate::ParseError;

            #[inline]
            fn from_str(text: &#str_ty) -> #private::Result<Self, #krate::ParseError> {
                match text {
                    #(#names => #private::Ok(Self::#idents),)*
                    _ => #parse_numeric,
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

        #value_conversions
    }
}

fn member_value(member: &Variant) -> i128 {
    member.value.as_ref().map_or(0, |(value, _)| *value)
}

fn description(variant: &Variant) -> Option<String> {
    match &variant.attrs.description {
        Some(description) => Some(description.value.value()),
        None => variant.attrs.doc.clone(),
    }
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

fn optional_str(private: &TokenStream, text: Option<&str>) -> TokenStream {
    match text {
        Some(text) => quote!(#private::Some(#text)),
        None => quote!(#private::None),
    }
}

/// The rustdoc table of members, one line per doc attribute.
fn member_table(input: &Enum, members: &[&Variant]) -> Vec<String> {
    let mut lines = vec![
        "| Member | Wire name | Value | Description |".to_owned(),
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

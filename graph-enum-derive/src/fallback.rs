//! Output for an input with errors: the errors, plus stub impls of what the
//! derive would have written, so the user's other uses of the enum (`parse`,
//! `to_string`) compile and the errors above are the only ones they see.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::ast::Enum;
use crate::ctxt::Ctxt;

pub(crate) fn expand(input: &DeriveInput, model: Option<&Enum>, ctxt: Ctxt) -> TokenStream {
    let errors = ctxt.into_error().map(|error| error.to_compile_error());
    // A struct, union or generic enum gets only the errors: stubs would not
    // fit it (the trait needs `'static`) and would add errors of their own.
    let Some(model) = model.filter(|_| input.generics.params.is_empty()) else {
        return quote!(#errors);
    };
    let ident = &input.ident;
    let krate = model.krate();
    let private = quote!(#krate::__private);
    let repr_ident = &model.repr.ident;
    let repr = quote!(::core::primitive::#repr_ident);

    // The bodies are never run: the errors above stop the build.
    quote! {
        #errors

        #[automatically_derived]
        impl #ident {
            #[allow(missing_docs, clippy::unused_self)]
            pub fn as_str(&self) -> &::core::primitive::str { ::core::unreachable!() }
            #[allow(missing_docs, clippy::unused_self)]
            pub fn value(&self) -> #private::Option<#repr> { ::core::unreachable!() }
            #[allow(missing_docs, clippy::unused_self)]
            pub fn description(&self) -> #private::Option<&'static ::core::primitive::str> { ::core::unreachable!() }
            #[allow(missing_docs, clippy::unused_self)]
            pub fn is_unknown(&self) -> ::core::primitive::bool { ::core::unreachable!() }
        }

        #[automatically_derived]
        impl #krate::GraphEnum for #ident {
            type Value = #repr;
            const NAME: &'static ::core::primitive::str = "";
            const NAMESPACE: &'static ::core::primitive::str = "";
            const DESCRIPTION: #private::Option<&'static ::core::primitive::str> = #private::None;
            const MEMBERS: &'static [#krate::Member] = &[];
            const FALLBACK: #krate::Fallback = #krate::Fallback::Closed;
            const __NAMES: &'static [&'static ::core::primitive::str] = &[];
            const __VALUES: &'static [#repr] = &[];
            const __LOOKUP: #private::Lookup = #private::Lookup::Scan;
            fn as_str(&self) -> &::core::primitive::str { ::core::unreachable!() }
            fn __index(&self) -> ::core::primitive::usize { ::core::unreachable!() }
            fn __from_index(_: ::core::primitive::usize) -> #private::Option<Self> { ::core::unreachable!() }
            fn __index_of(_: #repr) -> #private::Option<::core::primitive::usize> { ::core::unreachable!() }
            fn __fallback(_: #private::Undeclared<'_>) -> #private::Option<Self> { ::core::unreachable!() }
        }

        #[automatically_derived]
        impl #private::FromStr for #ident {
            type Err = #krate::ParseError;
            fn from_str(_: &::core::primitive::str) -> #private::Result<Self, #krate::ParseError> { ::core::unreachable!() }
        }

        #[automatically_derived]
        impl #private::Display for #ident {
            fn fmt(&self, _: &mut #private::Formatter<'_>) -> #private::FmtResult { ::core::unreachable!() }
        }
    }
}

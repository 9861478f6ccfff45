//! Output for an input with errors: the errors, plus the runtime's stub impls
//! (`graph_enum::__private::stub_impls!`, beside the other impls the derive
//! asks for, so a new trait item is one edit there) and the std traits it asks for (`traits`), so the
//! user's other uses of the enum (`parse`, `to_string`, `==`) compile and the
//! errors are the only ones they see.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::ast::Enum;
use crate::ctxt::Ctxt;
use crate::traits;

pub(crate) fn expand(input: &DeriveInput, model: Option<&Enum>, ctxt: Ctxt) -> TokenStream {
    let errors = ctxt.into_error().map(|error| error.to_compile_error());
    // A struct, union or generic enum gets only the errors: stubs would not
    // fit it (the trait needs `'static`) and would add errors of their own.
    let Some(model) = model.filter(|_| input.generics.params.is_empty()) else {
        return quote!(#errors);
    };
    let ident = &input.ident;
    let krate = model.krate();
    let repr = &model.repr.ident;
    // The conversions of the enum's shape, so its uses compile as they would.
    let shape = if model.fallback().is_some() {
        quote!(open)
    } else {
        quote!(closed)
    };
    let traits = traits::expand(model);
    quote! {
        #errors
        #krate::__private::stub_impls!(#ident, #repr, #shape);
        #traits
    }
}

//! The std traits an enum asks the derive to write: `#[graph_enum(ord)]` and
//! `#[graph_enum(derive(Clone, Debug, PartialEq, Eq, Hash))]`. Each is one
//! invocation of the runtime's `impl_std!`, whose body is one call into
//! generic code over the trait's index, so `cargo check` checks it once, not
//! an arm per variant as the std derives write them. They are written for an
//! input with errors too (over the stub impls), so code that compares or
//! prints the enum adds no errors of its own.

use proc_macro2::TokenStream;
use quote::quote;
use syn::ext::IdentExt;

use crate::ast::Enum;
use crate::attr::StdTrait;

pub(crate) fn expand(input: &Enum) -> TokenStream {
    let ident = input.ident();
    let krate = input.krate();
    let impl_std = quote!(#krate::__private::impl_std!);
    // The runtime's order, declaration order with unknown values last by
    // their text; `derive(Ord)` would order by discriminant, which is the value.
    let ord = input
        .attrs
        .ord
        .is_some()
        .then(|| quote!(#impl_std(Ord, #ident);));
    let derives = input.attrs.derives.iter().map(|derive| match derive.value {
        StdTrait::Clone => quote!(#impl_std(Clone, #ident);),
        StdTrait::Debug => {
            // The identifiers as `derive(Debug)` writes them (`r#type` as
            // `type`), in `__index` order: the members, then the fallback.
            let variants = input
                .members()
                .chain(input.fallback())
                .map(|variant| variant.ident().unraw().to_string());
            quote!(#impl_std(Debug, #ident, [#(#variants),*]);)
        }
        StdTrait::PartialEq => quote!(#impl_std(PartialEq, #ident);),
        StdTrait::Eq => quote!(#impl_std(Eq, #ident);),
        StdTrait::Hash => quote!(#impl_std(Hash, #ident);),
    });
    quote! {
        #ord
        #(#derives)*
    }
}

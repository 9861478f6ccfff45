//! The std traits an enum asks the derive to write: `#[graph_enum(ord)]` and
//! `#[graph_enum(derive(Clone, Debug, PartialEq, Eq, Hash))]`. Each body is one
//! call into the runtime's generic code over the trait's index, so `cargo
//! check` checks it once, not an arm per variant as the std derives write
//! them. They are written for an input with errors too (over the stub impls),
//! so code that compares or prints the enum adds no errors of its own.

use proc_macro2::TokenStream;
use quote::quote;
use syn::ext::IdentExt;

use crate::ast::Enum;
use crate::attr::StdTrait;

pub(crate) fn expand(input: &Enum) -> TokenStream {
    let ident = input.ident();
    let krate = input.krate();
    let private = quote!(#krate::__private);
    let ord = input.attrs.ord.is_some().then(|| {
        // The runtime's order: declaration order, unknown values after the
        // members by their text. (`derive(Ord)` would order by discriminant,
        // which is the value, and put the fallback where rustc numbers it.)
        quote! {
            #[automatically_derived]
            impl ::core::cmp::PartialOrd for #ident {
                #[inline]
                fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                    ::core::option::Option::Some(#private::cmp(self, other))
                }
            }

            #[automatically_derived]
            impl ::core::cmp::Ord for #ident {
                #[inline]
                fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                    #private::cmp(self, other)
                }
            }
        }
    });
    let derives = input.attrs.derives.iter().map(|derive| match derive.value {
        StdTrait::Clone => quote! {
            #[automatically_derived]
            impl ::core::clone::Clone for #ident {
                #[inline]
                fn clone(&self) -> Self {
                    #private::clone(self)
                }
            }
        },
        StdTrait::Debug => {
            // The identifiers as `derive(Debug)` writes them (`r#type` as
            // `type`), in `__index` order: the members, then the fallback.
            let variants = input
                .members()
                .chain(input.fallback())
                .map(|variant| variant.ident().unraw().to_string());
            quote! {
                #[automatically_derived]
                impl ::core::fmt::Debug for #ident {
                    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        #private::debug(self, formatter, &[#(#variants),*])
                    }
                }
            }
        }
        StdTrait::PartialEq => quote! {
            #[automatically_derived]
            impl ::core::cmp::PartialEq for #ident {
                #[inline]
                fn eq(&self, other: &Self) -> ::core::primitive::bool {
                    #private::eq(self, other)
                }
            }
        },
        StdTrait::Eq => quote! {
            #[automatically_derived]
            impl ::core::cmp::Eq for #ident {}
        },
        StdTrait::Hash => quote! {
            #[automatically_derived]
            impl ::core::hash::Hash for #ident {
                #[inline]
                fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                    #private::hash(self, state)
                }
            }
        },
    });
    quote! {
        #ord
        #(#derives)*
    }
}

//! The `#[derive(GraphEnum)]` macro. Use it through the `graph-enum` crate,
//! which re-exports it and documents it: <https://docs.rs/graph-enum>.
//!
//! The derive is a small compiler, one file per stage: `ast` reads the input
//! into our model, `attr` reads `#[graph_enum(...)]` and doc comments, `valid`
//! checks the model, `expand` writes the impls (`traits` the std ones an enum
//! asks for), and on error `fallback` writes the errors with stub impls. Every
//! stage reports into one `ctxt::Ctxt`, so a user sees every problem in one
//! compile.
//!
//! The rules of a Graph enum are not here but in `graph_enum_rules`, shared
//! with the runtime and the generator: `ast` turns the input into its
//! `model::EnumType`, `valid` maps each of its problems to a span, and
//! `expand` asks it for the sentinel, the flags kind and the name lookup.

#![forbid(unsafe_code)]

mod ast;
mod attr;
mod ctxt;
mod discriminant;
mod expand;
mod fallback;
mod traits;
mod valid;

#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Derives `graph_enum::GraphEnum`, `FromStr`, `TryFrom<&str>`, `Display` and the
/// integer conversions for a Microsoft Graph enum. See the `graph-enum` crate.
#[proc_macro_derive(GraphEnum, attributes(graph_enum))]
pub fn derive_graph_enum(input: TokenStream) -> TokenStream {
    expand::derive(input.into()).into()
}

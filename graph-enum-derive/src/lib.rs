//! The `#[derive(GraphEnum)]` macro. Use it through the `graph-enum` crate,
//! which re-exports it and documents it: <https://docs.rs/graph-enum>.
//!
//! The derive is a small compiler, one file per stage: `ast` reads the input
//! into our model, `attr` reads `#[graph_enum(...)]` and doc comments, `valid`
//! checks the model, `lookup` builds each enum's name lookup (a scan or a
//! perfect hash), `expand` writes the impls, and on error `fallback` writes
//! the errors with stub impls. Every stage reports into one `ctxt::Ctxt`, so a
//! user sees every problem in one compile.

#![forbid(unsafe_code)]

mod ast;
mod attr;
mod case;
mod ctxt;
mod discriminant;
mod expand;
mod fallback;
mod lookup;
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

//! Collects every error of one expansion, so the user sees them all in one
//! compile (serde_derive's `Ctxt`).

use std::fmt::Display;

use quote::ToTokens;

#[derive(Default)]
pub(crate) struct Ctxt {
    errors: Vec<syn::Error>,
}

impl Ctxt {
    /// An error spanned on `tokens` (the whole range, for multi-token spans).
    pub(crate) fn error_spanned_by(&mut self, tokens: impl ToTokens, message: impl Display) {
        self.errors.push(spanned(&tokens, &message));
    }

    /// An error at the second of two things that must be unique, with a note at
    /// the first one.
    pub(crate) fn duplicate(
        &mut self,
        second: impl ToTokens,
        message: impl Display,
        first: impl ToTokens,
        note: impl Display,
    ) {
        let mut error = spanned(&second, &message);
        error.combine(spanned(&first, &note));
        self.errors.push(error);
    }

    pub(crate) fn syn_error(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    pub(crate) fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// All errors as one, in the order they were found.
    pub(crate) fn into_error(self) -> Option<syn::Error> {
        self.errors.into_iter().reduce(|mut all, next| {
            all.combine(next);
            all
        })
    }
}

/// The error itself, built behind `dyn` so that it is compiled once: the
/// methods above are generic for their callers, and each of their copies is
/// code rustc builds for every user of the derive.
fn spanned(tokens: &dyn ToTokens, message: &dyn Display) -> syn::Error {
    syn::Error::new_spanned(tokens.to_token_stream(), message)
}

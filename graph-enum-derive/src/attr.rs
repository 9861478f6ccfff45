//! `#[graph_enum(...)]` keys and doc comments, read into plain values. A key
//! given twice is an error at the second, with a note at the first. Whether the
//! values make sense is `valid`'s job.

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::{Attribute, Expr, Ident, Lit, LitStr};

use graph_enum_rules::flags::FlagsKind;
use graph_enum_rules::naming::RenameRule;
use graph_enum_rules::repr::Repr;

use crate::ctxt::Ctxt;
use crate::discriminant;

/// A value read from an attribute, with the tokens to point at.
pub(crate) struct Spanned<T> {
    pub(crate) value: T,
    /// The key (`rename`), for errors about the key itself.
    pub(crate) key: syn::Path,
    /// The value's tokens (`"inProgress"`), or the key for flags.
    pub(crate) tokens: TokenStream,
}

pub(crate) type Slot<T> = Option<Spanned<T>>;

/// A text in one language: `description(de = "...")`. The key is the BCP 47
/// tag with `_` for `-` (`de_DE`), since a tag is not a Rust identifier.
pub(crate) struct Localized {
    pub(crate) tag: String,
    pub(crate) text: LitStr,
    pub(crate) key: syn::Path,
}

/// A text with its translations: `description = "..."` and
/// `description(de = "...", fr = "...")`.
#[derive(Default)]
pub(crate) struct Texts {
    pub(crate) default: Slot<LitStr>,
    pub(crate) localized: Vec<Localized>,
}

#[derive(Default)]
pub(crate) struct EnumAttrs {
    pub(crate) name: Slot<LitStr>,
    pub(crate) namespace: Slot<LitStr>,
    pub(crate) description: Texts,
    pub(crate) rename_all: Slot<RenameRule>,
    pub(crate) krate: Slot<syn::Path>,
    /// `flags`, or `flags = "bits"` / `flags = "names"` to choose the kind.
    pub(crate) flags: Slot<Option<FlagsKind>>,
    pub(crate) ascii_case_insensitive: Slot<()>,
    /// `ord`: `PartialOrd` and `Ord` in declaration order, unknowns last.
    pub(crate) ord: Slot<()>,
    /// `derive(Clone, Debug, ...)`: std traits written over the index.
    pub(crate) derives: Vec<Spanned<StdTrait>>,
    pub(crate) doc: Option<String>,
}

/// A std trait `#[graph_enum(derive(...))]` implements with one call into the
/// runtime's generic code, which costs `cargo check` less per enum than the
/// std derive's arm per variant; the behaviour is `derive`'s.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum StdTrait {
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
}

impl StdTrait {
    const ALL: [(&'static str, StdTrait); 5] = [
        ("Clone", StdTrait::Clone),
        ("Debug", StdTrait::Debug),
        ("PartialEq", StdTrait::PartialEq),
        ("Eq", StdTrait::Eq),
        ("Hash", StdTrait::Hash),
    ];

    /// `Clone, Debug, PartialEq, Eq, Hash`, for messages.
    fn names() -> String {
        let mut names = String::new();
        for (name, _) in Self::ALL {
            push_listed(&mut names, name);
        }
        names
    }

    fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .find(|(known, _)| *known == name)
            .map(|(_, trait_)| *trait_)
    }
}

#[derive(Default)]
pub(crate) struct VariantAttrs {
    pub(crate) rename: Slot<LitStr>,
    pub(crate) value: Slot<i128>,
    pub(crate) description: Texts,
    pub(crate) display_name: Texts,
    pub(crate) unknown: Slot<()>,
    /// `alias_of = Member`: another name of an earlier member's value.
    pub(crate) alias_of: Slot<Ident>,
    pub(crate) doc: Option<String>,
}

const ENUM_KEYS: &str =
    "name, namespace, description, rename_all, flags, ascii_case_insensitive, ord, derive, crate";
const VARIANT_KEYS: &str = "rename, value, alias_of, description, display_name, unknown";

pub(crate) fn enum_attrs(ctxt: &mut Ctxt, attrs: &[Attribute]) -> EnumAttrs {
    let mut out = EnumAttrs {
        doc: doc_text(attrs),
        ..EnumAttrs::default()
    };
    for attr in graph_enum_attrs(attrs) {
        let result = attr.parse_nested_meta(|meta| {
            let key = key_name(&meta);
            match key.as_str() {
                "name" => {
                    let name = string(ctxt, &meta)?;
                    set(ctxt, &mut out.name, &meta, name);
                }
                "namespace" => {
                    let namespace = string(ctxt, &meta)?;
                    set(ctxt, &mut out.namespace, &meta, namespace);
                }
                "description" => texts(ctxt, &meta, &mut out.description)?,
                "flags" => flags(ctxt, &meta, &mut out.flags)?,
                "ascii_case_insensitive" => flag(ctxt, &meta, &mut out.ascii_case_insensitive)?,
                "ord" => flag(ctxt, &meta, &mut out.ord)?,
                "derive" => derives(ctxt, &meta, &mut out.derives)?,
                "rename_all" => {
                    let rule = string(ctxt, &meta)?.and_then(|lit| rename_rule(ctxt, &lit));
                    set(ctxt, &mut out.rename_all, &meta, rule);
                }
                "crate" => {
                    let path = string(ctxt, &meta)?.and_then(|(lit, tokens)| {
                        match lit.parse::<syn::Path>() {
                            Ok(path) => Some((path, tokens)),
                            Err(_) => {
                                ctxt.error_spanned_by(
                                    &lit,
                                    "expected a path such as \"::graph_enum\"",
                                );
                                None
                            }
                        }
                    });
                    set(ctxt, &mut out.krate, &meta, path);
                }
                _ => {
                    misplaced_or_unknown(
                        ctxt,
                        &meta,
                        &key,
                        VARIANT_KEYS,
                        ENUM_KEYS,
                        "on the enum",
                    )?;
                }
            }
            Ok(())
        });
        if let Err(error) = result {
            ctxt.syn_error(error);
        }
    }
    out
}

pub(crate) fn variant_attrs(ctxt: &mut Ctxt, attrs: &[Attribute]) -> VariantAttrs {
    let mut out = VariantAttrs {
        doc: doc_text(attrs),
        ..VariantAttrs::default()
    };
    for attr in graph_enum_attrs(attrs) {
        let result = attr.parse_nested_meta(|meta| {
            let key = key_name(&meta);
            match key.as_str() {
                "rename" => {
                    let rename = string(ctxt, &meta)?;
                    set(ctxt, &mut out.rename, &meta, rename);
                }
                "description" => texts(ctxt, &meta, &mut out.description)?,
                "display_name" => texts(ctxt, &meta, &mut out.display_name)?,
                "value" => {
                    let expr: Expr = meta.value()?.parse()?;
                    let value = match discriminant::evaluate(&expr) {
                        Ok(value) => Some((value, expr.to_token_stream())),
                        Err(error) => {
                            ctxt.syn_error(error);
                            None
                        }
                    };
                    set(ctxt, &mut out.value, &meta, value);
                }
                "unknown" => flag(ctxt, &meta, &mut out.unknown)?,
                "alias_of" => {
                    let target: Ident = meta.value()?.parse()?;
                    let tokens = target.to_token_stream();
                    set(ctxt, &mut out.alias_of, &meta, Some((target, tokens)));
                }
                _ => misplaced_or_unknown(
                    ctxt,
                    &meta,
                    &key,
                    ENUM_KEYS,
                    VARIANT_KEYS,
                    "on a variant",
                )?,
            }
            Ok(())
        });
        if let Err(error) = result {
            ctxt.syn_error(error);
        }
    }
    out
}

fn graph_enum_attrs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("graph_enum"))
}

fn key_name(meta: &ParseNestedMeta) -> String {
    meta.path.to_token_stream().to_string().replace(' ', "")
}

/// Stores a key's value, or reports the key as a duplicate. `None` values
/// (already reported as malformed) still occupy nothing.
fn set<T>(
    ctxt: &mut Ctxt,
    slot: &mut Slot<T>,
    meta: &ParseNestedMeta,
    value: Option<(T, TokenStream)>,
) {
    let Some((value, tokens)) = value else { return };
    match slot {
        Some(first) => duplicate_key(ctxt, meta, &first.key),
        None => {
            *slot = Some(Spanned {
                value,
                key: meta.path.clone(),
                tokens,
            });
        }
    }
}

/// The error of a key given twice (out of [`set`], which is compiled once
/// per type of value).
fn duplicate_key(ctxt: &mut Ctxt, meta: &ParseNestedMeta, first: &syn::Path) {
    let key = key_name(meta);
    ctxt.duplicate(
        &meta.path,
        format!("duplicate #[graph_enum({key})] attribute"),
        first,
        format!("#[graph_enum({key})] is first given here"),
    );
}

/// Adds `item` to a list for a message, after a comma if it is not the first.
fn push_listed(list: &mut String, item: &str) {
    if !list.is_empty() {
        list.push_str(", ");
    }
    list.push_str(item);
}

/// A key without a value: `unknown`, `flags`.
fn flag(ctxt: &mut Ctxt, meta: &ParseNestedMeta, slot: &mut Slot<()>) -> syn::Result<()> {
    if meta.input.is_empty() || meta.input.peek(syn::Token![,]) {
        set(ctxt, slot, meta, Some(((), meta.path.to_token_stream())));
        Ok(())
    } else {
        let key = key_name(meta);
        ctxt.error_spanned_by(&meta.path, format!("#[graph_enum({key})] takes no value"));
        skip_value(meta.input)
    }
}

/// `flags`, or `flags = "bits"` / `flags = "names"`.
fn flags(
    ctxt: &mut Ctxt,
    meta: &ParseNestedMeta,
    slot: &mut Slot<Option<FlagsKind>>,
) -> syn::Result<()> {
    if !meta.input.peek(syn::Token![=]) {
        set(ctxt, slot, meta, Some((None, meta.path.to_token_stream())));
        return Ok(());
    }
    let kind = string(ctxt, meta)?.and_then(|(lit, tokens)| match lit.value().as_str() {
        "bits" => Some((Some(FlagsKind::Bits), tokens)),
        "names" => Some((Some(FlagsKind::Names), tokens)),
        other => {
            ctxt.error_spanned_by(
                &lit,
                format!("unknown flags kind {other:?}; expected \"bits\" or \"names\""),
            );
            None
        }
    });
    set(ctxt, slot, meta, kind);
    Ok(())
}

/// `derive(Clone, Debug, PartialEq, Eq, Hash)`, any of them. A trait given
/// twice, or one this cannot write, is reported at its name.
fn derives(
    ctxt: &mut Ctxt,
    meta: &ParseNestedMeta,
    derives: &mut Vec<Spanned<StdTrait>>,
) -> syn::Result<()> {
    if !meta.input.peek(syn::token::Paren) {
        ctxt.error_spanned_by(
            &meta.path,
            format!(
                "#[graph_enum(derive(...))] expects a list of traits: {}",
                StdTrait::names()
            ),
        );
        return skip_value(meta.input);
    }
    meta.parse_nested_meta(|inner| {
        let name = key_name(&inner);
        let trait_ = StdTrait::from_name(&name);
        let bare = inner.input.is_empty() || inner.input.peek(syn::Token![,]);
        match trait_ {
            Some(_) if !bare => ctxt.error_spanned_by(
                &inner.path,
                format!("`{name}` in #[graph_enum(derive(...))] takes no arguments"),
            ),
            Some(trait_) => match derives.iter().find(|known| known.value == trait_) {
                Some(first) => ctxt.duplicate(
                    &inner.path,
                    format!("`{name}` is already in #[graph_enum(derive(...))]"),
                    &first.key,
                    format!("`{name}` is first given here"),
                ),
                None => derives.push(Spanned {
                    value: trait_,
                    key: inner.path.clone(),
                    tokens: inner.path.to_token_stream(),
                }),
            },
            None => ctxt.error_spanned_by(&inner.path, not_derivable(&name)),
        }
        if bare {
            Ok(())
        } else {
            skip_value(inner.input)
        }
    })
}

/// Why `#[graph_enum(derive(...))]` does not take a trait, and what does.
fn not_derivable(name: &str) -> String {
    match name {
        "PartialOrd" | "Ord" => format!(
            "`{name}` is not in #[graph_enum(derive(...))]: #[graph_enum(ord)] orders by \
             declaration, #[derive(PartialOrd, Ord)] by value"
        ),
        "Copy" => {
            "`Copy` has no code to write: put it in #[derive(...)] beside GraphEnum".to_owned()
        }
        _ => format!(
            "#[graph_enum(derive(...))] writes {}; derive `{name}` with #[derive({name})]",
            StdTrait::names()
        ),
    }
}

/// `key = "text"`, or `key(de = "...", fr_CA = "...")` for translations.
fn texts(ctxt: &mut Ctxt, meta: &ParseNestedMeta, texts: &mut Texts) -> syn::Result<()> {
    if !meta.input.peek(syn::token::Paren) {
        let text = string(ctxt, meta)?;
        set(ctxt, &mut texts.default, meta, text);
        return Ok(());
    }
    let outer = key_name(meta);
    meta.parse_nested_meta(|inner| {
        let tag = key_name(&inner).replace('_', "-");
        let label = format!("{outer}({})", key_name(&inner));
        let Some((text, _)) = labeled_string(ctxt, &inner, &label)? else {
            return Ok(());
        };
        match texts
            .localized
            .iter()
            .find(|known| known.tag.eq_ignore_ascii_case(&tag))
        {
            Some(first) => ctxt.duplicate(
                &inner.path,
                format!("duplicate #[graph_enum({outer}({tag}))] text"),
                &first.key,
                format!("the {tag} text is first given here"),
            ),
            None => texts.localized.push(Localized {
                tag,
                text,
                key: inner.path.clone(),
            }),
        }
        Ok(())
    })
}

/// A `key = "string"` value. A value that is not a string literal is reported
/// and skipped, so the rest of the attribute is still read.
fn string(ctxt: &mut Ctxt, meta: &ParseNestedMeta) -> syn::Result<Option<(LitStr, TokenStream)>> {
    labeled_string(ctxt, meta, &key_name(meta))
}

/// [`string`], naming the key as `label` in errors (`description(de)`).
fn labeled_string(
    ctxt: &mut Ctxt,
    meta: &ParseNestedMeta,
    label: &str,
) -> syn::Result<Option<(LitStr, TokenStream)>> {
    let expr: Expr = meta.value()?.parse()?;
    if let Expr::Lit(syn::ExprLit {
        lit: Lit::Str(lit), ..
    }) = &expr
    {
        return Ok(Some((lit.clone(), lit.to_token_stream())));
    }
    ctxt.error_spanned_by(
        &expr,
        format!("#[graph_enum({label})] expects a string literal"),
    );
    Ok(None)
}

fn rename_rule(
    ctxt: &mut Ctxt,
    (lit, tokens): &(LitStr, TokenStream),
) -> Option<(RenameRule, TokenStream)> {
    if let Some(rule) = RenameRule::from_name(&lit.value()) {
        return Some((rule, tokens.clone()));
    }
    let mut known = String::new();
    for (name, _) in RenameRule::NAMES {
        push_listed(&mut known, &format!("\"{name}\""));
    }
    ctxt.error_spanned_by(
        lit,
        format!(
            "unknown rename_all rule {:?}; expected one of {}",
            lit.value(),
            known
        ),
    );
    None
}

/// Reports a key that belongs elsewhere or nowhere, then skips its value so
/// the keys after it are still read.
fn misplaced_or_unknown(
    ctxt: &mut Ctxt,
    meta: &ParseNestedMeta,
    key: &str,
    other_level_keys: &str,
    expected: &str,
    here: &str,
) -> syn::Result<()> {
    let belongs_elsewhere = other_level_keys.split(", ").any(|other| other == key);
    let message = if belongs_elsewhere {
        let there = if here == "on the enum" {
            "on a variant"
        } else {
            "on the enum"
        };
        format!("#[graph_enum({key})] belongs {there}, not {here}")
    } else {
        format!("unknown #[graph_enum] key `{key}` {here}; expected one of: {expected}")
    };
    ctxt.error_spanned_by(&meta.path, message);
    skip_value(meta.input)
}

/// Consumes tokens up to the next top-level comma.
fn skip_value(input: ParseStream) -> syn::Result<()> {
    input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((tree, next)) = rest.token_tree() {
            if matches!(&tree, TokenTree::Punct(punct) if punct.as_char() == ',') {
                break;
            }
            rest = next;
        }
        Ok(((), rest))
    })
}

/// The doc comment as one description, by the rules' reading
/// (`graph_enum_rules::docs`). Doc attributes that are not string literals
/// (`#[doc = include_str!(..)]`, `#[doc(hidden)]`) are not text we can read here
/// and are skipped.
pub(crate) fn doc_text(attrs: &[Attribute]) -> Option<String> {
    let texts: Vec<String> = attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .filter_map(|attr| match &attr.meta {
            syn::Meta::NameValue(syn::MetaNameValue {
                value:
                    Expr::Lit(syn::ExprLit {
                        lit: Lit::Str(lit), ..
                    }),
                ..
            }) => Some(lit.value()),
            _ => None,
        })
        .collect();
    graph_enum_rules::docs::description_from_doc(texts.iter().map(String::as_str))
}

/// The integer type in `#[repr(...)]`, if any. Other repr hints (`C`,
/// `align(N)`) are rustc's business; a malformed repr is left for rustc to report.
pub(crate) fn repr(ctxt: &mut Ctxt, attrs: &[Attribute]) -> Option<(Repr, syn::Ident)> {
    let mut found = None;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("repr")) {
        let _ = attr.parse_nested_meta(|meta| {
            if let Some(ident) = meta.path.get_ident() {
                let name = ident.to_string();
                if let Some(repr) = Repr::from_name(&name) {
                    found = Some((repr, ident.clone()));
                } else if Repr::UNSUPPORTED.contains(&name.as_str()) {
                    let [rest @ .., last] = Repr::ALL;
                    let mut names = String::new();
                    for repr in rest {
                        push_listed(&mut names, repr.name());
                    }
                    ctxt.error_spanned_by(
                        ident,
                        format!(
                            "#[repr({name})] is not supported by #[derive(GraphEnum)]: \
                             values must fit in i64 on every target; use {names} or {}",
                            last.name()
                        ),
                    );
                }
            }
            skip_value(meta.input)
        });
    }
    found
}

impl Texts {
    /// The text in no particular language: the attribute, else the doc
    /// comment. An empty text is none, as an empty doc comment is (the
    /// runtime's tables write none as `""`).
    pub(crate) fn or_doc(&self, doc: Option<&String>) -> Option<String> {
        match &self.default {
            Some(text) => Some(text.value.value()).filter(|text| !text.is_empty()),
            None => doc.cloned(),
        }
    }
}

//! Our model of the input enum. Each node keeps its syn original for spans,
//! and the facts every later stage needs (wire name, value) are worked out
//! here once.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::{Data, DeriveInput, Fields, Ident};

use crate::attr::{self, EnumAttrs, VariantAttrs};
use crate::case::{lower_first, RenameRule};
use crate::ctxt::Ctxt;
use crate::discriminant;

pub(crate) struct Enum<'a> {
    pub(crate) original: &'a DeriveInput,
    pub(crate) attrs: EnumAttrs,
    /// The value type: the `#[repr]` integer, `i32` without one.
    pub(crate) repr: Repr,
    pub(crate) variants: Vec<Variant<'a>>,
}

pub(crate) struct Repr {
    pub(crate) ident: Ident,
    pub(crate) min: i128,
    pub(crate) max: i128,
    /// Whether `#[repr]` names it (for error spans), rather than the default.
    pub(crate) explicit: bool,
}

pub(crate) struct Variant<'a> {
    pub(crate) original: &'a syn::Variant,
    pub(crate) attrs: VariantAttrs,
    /// The name on the wire, and the tokens that decided it (the rename
    /// literal, or the identifier).
    pub(crate) wire_name: String,
    pub(crate) wire_name_tokens: TokenStream,
    /// The Graph value and the tokens that decided it; `None` for the
    /// fallback and for values that could not be evaluated (already reported).
    pub(crate) value: Option<(i128, TokenStream)>,
    /// The evaluated explicit discriminant (`= 3`), if there is one.
    pub(crate) discriminant: Option<i128>,
}

impl Variant<'_> {
    pub(crate) fn ident(&self) -> &Ident {
        &self.original.ident
    }

    pub(crate) fn is_fallback(&self) -> bool {
        self.attrs.unknown.is_some()
    }
}

impl<'a> Enum<'a> {
    /// Reads `input`; `None` when it is not an enum (reported to `ctxt`).
    pub(crate) fn from_syn(ctxt: &mut Ctxt, input: &'a DeriveInput) -> Option<Self> {
        let data = match &input.data {
            Data::Enum(data) => data,
            Data::Struct(data) => {
                ctxt.error_spanned_by(
                    data.struct_token,
                    "#[derive(GraphEnum)] only works on enums, not structs",
                );
                return None;
            }
            Data::Union(data) => {
                ctxt.error_spanned_by(
                    data.union_token,
                    "#[derive(GraphEnum)] only works on enums, not unions",
                );
                return None;
            }
        };
        let attrs = attr::enum_attrs(ctxt, &input.attrs);
        let repr = match attr::repr(ctxt, &input.attrs) {
            Some(ident) => Repr::new(ident, true),
            None => Repr::new(Ident::new("i32", input.ident.span()), false),
        };
        let rule = attrs
            .rename_all
            .as_ref()
            .map_or(RenameRule::Graph, |rule| rule.value);

        // Rust's discriminant of the previous variant, counted as rustc does:
        // implicit discriminants continue from the previous one.
        let mut previous: Option<syn::Result<i128>> = None;
        let mut variants = Vec::with_capacity(data.variants.len());
        for original in &data.variants {
            let attrs = attr::variant_attrs(ctxt, &original.attrs);
            let rust_value = match &original.discriminant {
                Some((_, expr)) => discriminant::evaluate(expr).map(|value| (value, expr.to_token_stream())),
                None => match &previous {
                    None => Ok(0),
                    // Out-of-range values are `valid`'s to report; this only must not wrap.
                    Some(Ok(value)) => value.checked_add(1).ok_or_else(|| {
                        syn::Error::new_spanned(&original.ident, "this variant's discriminant overflows")
                    }),
                    Some(Err(_)) => Err(syn::Error::new_spanned(
                        &original.ident,
                        "#[derive(GraphEnum)] cannot count this variant's discriminant because the \
                         one before it cannot be evaluated; add #[graph_enum(value = N)]",
                    )),
                }
                .map(|value| (value, original.ident.to_token_stream())),
            };
            previous = Some(
                rust_value
                    .as_ref()
                    .map(|(value, _)| *value)
                    .map_err(Clone::clone),
            );
            let discriminant = match (&original.discriminant, &rust_value) {
                (Some(_), Ok((value, _))) => Some(*value),
                _ => None,
            };

            let value = if attrs.unknown.is_some() {
                None
            } else if let Some(value) = &attrs.value {
                Some((value.value, value.tokens.clone()))
            } else {
                match rust_value {
                    Ok(value) => Some(value),
                    Err(error) => {
                        ctxt.syn_error(error);
                        None
                    }
                }
            };
            let (wire_name, wire_name_tokens) = match &attrs.rename {
                Some(rename) => (rename.value.value(), rename.tokens.clone()),
                None => (
                    rule.apply(&original.ident.unraw().to_string()),
                    original.ident.to_token_stream(),
                ),
            };
            variants.push(Variant {
                original,
                attrs,
                wire_name,
                wire_name_tokens,
                value,
                discriminant,
            });
        }
        Some(Enum {
            original: input,
            attrs,
            repr,
            variants,
        })
    }

    pub(crate) fn ident(&self) -> &Ident {
        &self.original.ident
    }

    /// The type's name in the schema: `#[graph_enum(name)]`, else the
    /// identifier with its first letter lower-cased, as Graph names types.
    pub(crate) fn name(&self) -> String {
        match &self.attrs.name {
            Some(name) => name.value.value(),
            None => lower_first(&self.ident().unraw().to_string()),
        }
    }

    pub(crate) fn namespace(&self) -> String {
        self.attrs.namespace.as_ref().map_or_else(
            || "microsoft.graph".to_owned(),
            |namespace| namespace.value.value(),
        )
    }

    /// The path of the runtime crate in generated code.
    pub(crate) fn krate(&self) -> TokenStream {
        match &self.attrs.krate {
            Some(path) => path.value.to_token_stream(),
            None => quote::quote!(::graph_enum),
        }
    }

    pub(crate) fn fallback(&self) -> Option<&Variant<'a>> {
        self.variants.iter().find(|variant| variant.is_fallback())
    }

    pub(crate) fn members(&self) -> impl Iterator<Item = &Variant<'a>> {
        self.variants
            .iter()
            .filter(|variant| !variant.is_fallback())
    }

    /// The members named like Graph's evolvable-enum sentinel,
    /// `unknownFutureValue` in any case; `valid` allows one at most.
    pub(crate) fn sentinels(&self) -> impl Iterator<Item = &Variant<'a>> {
        self.members()
            .filter(|member| member.wire_name.eq_ignore_ascii_case("unknownFutureValue"))
    }

    /// The sentinel's position among the members. Those after it Graph sends
    /// only to clients that ask with `Prefer: include-unknown-enum-members`.
    pub(crate) fn sentinel_position(&self) -> Option<usize> {
        self.members()
            .position(|member| member.wire_name.eq_ignore_ascii_case("unknownFutureValue"))
    }

    pub(crate) fn is_flags(&self) -> bool {
        self.attrs.flags.is_some()
    }

    /// How a flags enum's members make up a set: as `#[graph_enum(flags =
    /// "...")]` says, else decided from the values; `None` if not flags.
    pub(crate) fn flags_kind(&self) -> Option<FlagsKind> {
        let chosen = self.attrs.flags.as_ref()?.value;
        Some(chosen.unwrap_or_else(|| {
            let sentinel = self.sentinel_position();
            let values = self
                .members()
                .enumerate()
                .filter(|(index, _)| Some(*index) != sentinel)
                .filter_map(|(_, member)| member.value.as_ref().map(|(value, _)| *value));
            FlagsKind::from_values(values)
        }))
    }
}

impl Enum<'_> {
    /// The members a bits set is written with, largest value first (the
    /// order of Graph's greedy writing): non-zero, not the sentinel. `valid`
    /// bounds a flags enum to 256 members, so positions fit in `u16`.
    pub(crate) fn bits_by_value(&self, kind: FlagsKind) -> Vec<u16> {
        if kind == FlagsKind::Names {
            return Vec::new();
        }
        let sentinel = self.sentinel_position();
        let mut members: Vec<(i128, u16)> = self
            .members()
            .enumerate()
            .filter(|(index, _)| Some(*index) != sentinel)
            .filter_map(|(index, member)| {
                let value = member.value.as_ref().map(|(value, _)| *value)?;
                let index = u16::try_from(index).ok()?;
                (value > 0).then_some((value, index))
            })
            .collect();
        members.sort_unstable_by_key(|(value, _)| std::cmp::Reverse(*value));
        members.into_iter().map(|(_, index)| index).collect()
    }
}

/// How the members of a flags enum make up a set (`graph_enum::FlagsKind`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum FlagsKind {
    Bits,
    Names,
}

impl FlagsKind {
    /// `Names` when the values (the sentinel's left out) are numbered like a
    /// plain enum's: consecutive from 0 or 1, with two or more that are
    /// neither zero nor a single bit (Graph's
    /// `fileStorageContainerTypeSettingsOverride`, 0 to 5: reading 3 as 1|2
    /// would turn one setting into two others). Otherwise `Bits`, which keeps
    /// deliberate unions such as `full = 15` or `greaterThanOrEqual = 5`.
    pub(crate) fn from_values(values: impl Iterator<Item = i128>) -> FlagsKind {
        let mut values: Vec<i128> = values.collect();
        values.sort_unstable();
        let consecutive = values.windows(2).all(|pair| pair[1] == pair[0] + 1);
        let starts_low = values
            .first()
            .is_some_and(|first| *first == 0 || *first == 1);
        let unions = values
            .iter()
            .filter(|value| **value > 0 && value.count_ones() > 1)
            .count();
        if consecutive && starts_low && unions >= 2 {
            FlagsKind::Names
        } else {
            FlagsKind::Bits
        }
    }

    pub(crate) fn ident(self) -> &'static str {
        match self {
            FlagsKind::Bits => "Bits",
            FlagsKind::Names => "Names",
        }
    }
}

impl Repr {
    fn new(ident: Ident, explicit: bool) -> Self {
        let name = ident.to_string();
        let (_, min, max) = attr::INTEGER_TYPES
            .iter()
            .copied()
            .find(|(known, ..)| *known == name)
            .unwrap_or(("i32", i128::from(i32::MIN), i128::from(i32::MAX)));
        Repr {
            ident,
            min,
            max,
            explicit,
        }
    }
}

/// The shape of a fallback variant's fields.
pub(crate) enum FallbackShape<'a> {
    /// `Other`: unknown input is dropped.
    Unit,
    /// `Unknown(UnknownValue)`: unknown input is kept.
    Lossless,
    /// Anything else; `valid` reports it.
    Invalid(&'a Fields),
}

impl<'a> Variant<'a> {
    pub(crate) fn fallback_shape(&self) -> FallbackShape<'a> {
        match &self.original.fields {
            Fields::Unit => FallbackShape::Unit,
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                let field = &fields.unnamed[0];
                let is_unknown_value = matches!(&field.ty, syn::Type::Path(path)
                if path.qself.is_none()
                    && path.path.segments.last().is_some_and(|last| {
                        last.ident == "UnknownValue" && last.arguments.is_none()
                    }));
                if is_unknown_value {
                    FallbackShape::Lossless
                } else {
                    FallbackShape::Invalid(&self.original.fields)
                }
            }
            fields => FallbackShape::Invalid(fields),
        }
    }
}

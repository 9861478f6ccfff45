//! Our model of the input enum. Each node keeps its syn original for spans,
//! and the facts every later stage needs (wire name, value) are worked out
//! here once.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::{Data, DeriveInput, Fields, Ident};

use graph_enum_rules::flags::FlagsKind;
use graph_enum_rules::model::{EnumType, Fallback, Member};
use graph_enum_rules::naming::{lower_first, RenameRule};

use crate::attr::{self, EnumAttrs, VariantAttrs};
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
    /// The integer type as the rules know it.
    pub(crate) integer: graph_enum_rules::repr::Repr,
    pub(crate) ident: Ident,
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

impl Repr {
    /// The `#[repr]` integer type, `i32` (spanned on the enum's name) without one.
    fn from_syn(ctxt: &mut Ctxt, input: &DeriveInput) -> Self {
        match attr::repr(ctxt, &input.attrs) {
            Some((integer, ident)) => Repr {
                integer,
                ident,
                explicit: true,
            },
            None => {
                let integer = graph_enum_rules::repr::Repr::DEFAULT;
                Repr {
                    integer,
                    ident: Ident::new(integer.name(), input.ident.span()),
                    explicit: false,
                }
            }
        }
    }
}

impl<'a> Variant<'a> {
    /// Reads one variant. `previous` is the Rust discriminant of the variant
    /// before it (`None` for the first), updated to this one's.
    fn from_syn(
        ctxt: &mut Ctxt,
        original: &'a syn::Variant,
        rule: RenameRule,
        previous: &mut Option<syn::Result<i128>>,
    ) -> Self {
        let attrs = attr::variant_attrs(ctxt, &original.attrs);
        let rust_value = match &original.discriminant {
            Some((_, expr)) => {
                discriminant::evaluate(expr).map(|value| (value, expr.to_token_stream()))
            }
            None => match previous {
                None => Ok(0),
                // Out-of-range values are `valid`'s to report; this only must not wrap.
                Some(Ok(value)) => value.checked_add(1).ok_or_else(|| {
                    syn::Error::new_spanned(
                        &original.ident,
                        "this variant's discriminant overflows",
                    )
                }),
                Some(Err(_)) => Err(syn::Error::new_spanned(
                    &original.ident,
                    "#[derive(GraphEnum)] cannot count this variant's discriminant because the \
                     one before it cannot be evaluated; add #[graph_enum(value = N)]",
                )),
            }
            .map(|value| (value, original.ident.to_token_stream())),
        };
        *previous = Some(
            rust_value
                .as_ref()
                .map(|(value, _)| *value)
                .map_err(Clone::clone),
        );
        let discriminant = match (&original.discriminant, &rust_value) {
            (Some(_), Ok((value, _))) => Some(*value),
            _ => None,
        };
        let value = if attrs.unknown.is_some() || attrs.alias_of.is_some() {
            // The fallback has none; an alias's is its member's, set by `Enum`.
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
        Variant {
            original,
            attrs,
            wire_name,
            wire_name_tokens,
            value,
            discriminant,
        }
    }
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
        let repr = Repr::from_syn(ctxt, input);
        let rule = attrs
            .rename_all
            .as_ref()
            .map_or(RenameRule::Graph, |rule| rule.value);
        // Rust's discriminant of the previous variant, counted as rustc does:
        // implicit discriminants continue from the previous one.
        let mut previous: Option<syn::Result<i128>> = None;
        let mut variants: Vec<Variant> = data
            .variants
            .iter()
            .map(|original| Variant::from_syn(ctxt, original, rule, &mut previous))
            .collect();
        // An alias's value is its member's, written where the alias names it.
        for index in 0..variants.len() {
            let Some(alias_of) = &variants[index].attrs.alias_of else {
                continue;
            };
            let value = variants[..index]
                .iter()
                .find(|earlier| {
                    earlier.ident() == &alias_of.value && earlier.attrs.alias_of.is_none()
                })
                .and_then(|earlier| earlier.value.as_ref())
                .map(|(value, _)| (*value, alias_of.tokens.clone()));
            variants[index].value = value;
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
            || graph_enum_rules::DEFAULT_NAMESPACE.to_owned(),
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

    /// The members as the rules see them, for [`Enum::model`].
    pub(crate) fn model_members(&self) -> Vec<Member<'_>> {
        self.members()
            .map(|member| Member {
                name: &member.wire_name,
                value: member.value.as_ref().map(|(value, _)| *value),
            })
            .collect()
    }

    /// The enum as the rules see it: `name` and `namespace` are
    /// [`Enum::name`] and [`Enum::namespace`], `members` [`Enum::model_members`].
    pub(crate) fn model<'m>(
        &'m self,
        name: &'m str,
        namespace: &'m str,
        members: &'m [Member<'m>],
    ) -> EnumType<'m> {
        let fallback = match self
            .fallback()
            .map(|variant| (variant, variant.fallback_shape(self.ident())))
        {
            None => Fallback::Closed,
            Some((variant, FallbackShape::Unit)) => Fallback::Lossy(&variant.wire_name),
            // An invalid shape is reported on its own; it has no wire name.
            Some((
                _,
                FallbackShape::Lossless | FallbackShape::Untied(_) | FallbackShape::Invalid(_),
            )) => Fallback::Lossless,
        };
        EnumType {
            name,
            namespace,
            repr: self.repr.integer,
            flags: self.attrs.flags.as_ref().map(|flags| flags.value),
            members,
            fallback,
        }
    }

    /// The facts the expansion needs that the rules work out.
    pub(crate) fn facts(&self) -> Facts {
        let (name, namespace, members) = (self.name(), self.namespace(), self.model_members());
        let model = self.model(&name, &namespace, &members);
        Facts {
            sentinel: model.sentinel(),
            flags_kind: model.flags_kind(),
            bits_by_value: model.bits_by_value(),
        }
    }
}

/// What [`Enum::facts`] works out with the rules.
pub(crate) struct Facts {
    /// The sentinel's position among the members.
    pub(crate) sentinel: Option<usize>,
    /// How a flags enum's members make up a set; `None` if not flags.
    pub(crate) flags_kind: Option<FlagsKind>,
    /// The members a bits set is written with, largest value first.
    pub(crate) bits_by_value: Vec<u16>,
}

/// The shape of a fallback variant's fields.
pub(crate) enum FallbackShape<'a> {
    /// `Other`: unknown input is dropped.
    Unit,
    /// `Unknown(UnknownValue<Self>)`: unknown input is kept.
    Lossless,
    /// `Unknown(UnknownValue<Self>)` or `Unknown(UnknownValue<Other>)`: a value not
    /// tied to this enum; `valid` says to write `UnknownValue<Self>`.
    Untied(&'a syn::Type),
    /// Anything else; `valid` reports it.
    Invalid(&'a Fields),
}

impl<'a> Variant<'a> {
    /// `enum_ident` is the enum's own name, which `UnknownValue<Name>` may
    /// spell instead of `Self`.
    pub(crate) fn fallback_shape(&self, enum_ident: &syn::Ident) -> FallbackShape<'a> {
        match &self.original.fields {
            Fields::Unit => FallbackShape::Unit,
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                let field = &fields.unnamed[0];
                let syn::Type::Path(path) = &field.ty else {
                    return FallbackShape::Invalid(&self.original.fields);
                };
                match path.path.segments.last() {
                    Some(last) if path.qself.is_none() && last.ident == "UnknownValue" => {
                        if is_own_type(&last.arguments, enum_ident) {
                            FallbackShape::Lossless
                        } else {
                            FallbackShape::Untied(&field.ty)
                        }
                    }
                    _ => FallbackShape::Invalid(&self.original.fields),
                }
            }
            fields => FallbackShape::Invalid(fields),
        }
    }
}

/// Whether generic arguments are `<Self>` or `<EnumName>`.
fn is_own_type(arguments: &syn::PathArguments, enum_ident: &syn::Ident) -> bool {
    let syn::PathArguments::AngleBracketed(arguments) = arguments else {
        return false;
    };
    match arguments.args.iter().collect::<Vec<_>>().as_slice() {
        [syn::GenericArgument::Type(syn::Type::Path(path))] => {
            path.qself.is_none() && (path.path.is_ident("Self") || path.path.is_ident(enum_ident))
        }
        _ => false,
    }
}

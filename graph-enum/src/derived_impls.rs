//! The impls `#[derive(GraphEnum)]` asks for by name, whose shape does not
//! depend on the members: the conversions from and to text and integers, and
//! the std traits of `#[graph_enum(ord)]` and `#[graph_enum(derive(...))]`.
//! Each is a `macro_rules!` the derive invokes with the enum's name, so rustc
//! writes their tokens itself: a token the derive emits goes through the proc
//! macro bridge, and in the v1 catalogue's check those of these impls cost more
//! than expanding the macros (BENCHMARKS.md, "Fixed-shape impls by macro").

/// `FromStr`, `Display`, and the conversions from text and from the repr
/// integer: `From` for an `open` enum (any input has a value), `TryFrom` for a
/// `closed` one, which also converts into the integer.
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_impl_conversions {
    ($ty:ident, $repr:ident, open) => {
        $crate::__private::impl_conversions!(@text $ty);

        #[automatically_derived]
        impl<'text> ::core::convert::From<&'text ::core::primitive::str> for $ty {
            #[inline]
            fn from(text: &'text ::core::primitive::str) -> Self {
                $crate::__private::parse_or_fallback(text)
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<::core::primitive::$repr> for $ty {
            #[inline]
            fn from(value: ::core::primitive::$repr) -> Self {
                $crate::__private::member_or_fallback(value)
            }
        }
    };
    ($ty:ident, $repr:ident, closed) => {
        $crate::__private::impl_conversions!(@text $ty);

        #[automatically_derived]
        impl<'text> ::core::convert::TryFrom<&'text ::core::primitive::str> for $ty {
            type Error = $crate::ParseError;

            #[inline]
            fn try_from(
                text: &'text ::core::primitive::str,
            ) -> ::core::result::Result<Self, $crate::ParseError> {
                $crate::__private::parse(text)
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<::core::primitive::$repr> for $ty {
            type Error = $crate::ValueError;

            #[inline]
            fn try_from(
                value: ::core::primitive::$repr,
            ) -> ::core::result::Result<Self, $crate::ValueError> {
                <Self as $crate::GraphEnum>::from_value(value)
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<$ty> for ::core::primitive::$repr {
            #[inline]
            fn from(value: $ty) -> Self {
                <$ty as $crate::GraphEnum>::__VALUES[value.__graph_enum_index()]
            }
        }
    };
    (@text $ty:ident) => {
        #[automatically_derived]
        impl ::core::str::FromStr for $ty {
            type Err = $crate::ParseError;

            #[inline]
            fn from_str(
                text: &::core::primitive::str,
            ) -> ::core::result::Result<Self, $crate::ParseError> {
                $crate::__private::parse(text)
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for $ty {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                formatter.pad(Self::as_str(self))
            }
        }
    };
}

/// One std trait over the index, by the generic functions of `__private`:
/// `Ord` (with `PartialOrd`) for `#[graph_enum(ord)]`, the others for
/// `#[graph_enum(derive(...))]`. `Debug` takes the variants' identifiers in
/// `__index` order, the fallback's last.
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_impl_std {
    (Clone, $ty:ident) => {
        #[automatically_derived]
        impl ::core::clone::Clone for $ty {
            #[inline]
            fn clone(&self) -> Self {
                $crate::__private::clone(self)
            }
        }
    };
    (Debug, $ty:ident, [$($variant:literal),*]) => {
        #[automatically_derived]
        impl ::core::fmt::Debug for $ty {
            fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::debug(self, formatter, &[$($variant),*])
            }
        }
    };
    (PartialEq, $ty:ident) => {
        #[automatically_derived]
        impl ::core::cmp::PartialEq for $ty {
            #[inline]
            fn eq(&self, other: &Self) -> ::core::primitive::bool {
                $crate::__private::eq(self, other)
            }
        }
    };
    (Eq, $ty:ident) => {
        #[automatically_derived]
        impl ::core::cmp::Eq for $ty {}
    };
    (Hash, $ty:ident) => {
        #[automatically_derived]
        impl ::core::hash::Hash for $ty {
            #[inline]
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                $crate::__private::hash(self, state)
            }
        }
    };
    (Ord, $ty:ident) => {
        #[automatically_derived]
        impl ::core::cmp::PartialOrd for $ty {
            #[inline]
            fn partial_cmp(
                &self,
                other: &Self,
            ) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some($crate::__private::cmp(self, other))
            }
        }

        #[automatically_derived]
        impl ::core::cmp::Ord for $ty {
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                $crate::__private::cmp(self, other)
            }
        }
    };
}

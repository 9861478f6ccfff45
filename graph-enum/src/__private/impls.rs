//! The impls the derive asks for by name: each is a `macro_rules!` the
//! derive invokes with the enum's name and its members, so rustc writes their
//! tokens itself (a token the derive emits goes through the proc macro bridge,
//! which costs more: BENCHMARKS.md, "What each enum expands to"). The bodies
//! are calls of the generic code in `parse`, `member`, `std_traits` and the
//! trait's provided methods.

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

/// The inherent impl and the `GraphEnum` impl, from one list of the members,
/// each written `[position] Variant = value => "wire name"`: given once here,
/// it is every arm and table entry that names the member
/// (`__graph_enum_index`, `as_str`, `ALL`, `__NAMES`, `__VALUES`,
/// `__from_index`, `__index_of`). The shape
/// comes first: `Closed`, `Lossy(Variant "wire name")` or
/// `Lossless(Variant)`. `MEMBERS` and the items that vary by enum (name,
/// namespace, description, lookup, flags, case, translations) are the
/// derive's own tokens.
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_impl_enum {
    // Closed and lossy enums differ only in the fallback's arms.
    (Closed, $($rest:tt)*) => {
        $crate::__private::impl_enum!(
            @const_shape Closed {} {} { ::core::option::Option::None } $($rest)*
        );
    };
    (Lossy($fallback:ident $fallback_name:literal), $($rest:tt)*) => {
        $crate::__private::impl_enum!(
            @const_shape Lossy
            { Self::$fallback => <Self as $crate::GraphEnum>::MEMBERS.len(), }
            { Self::$fallback => $fallback_name, }
            { ::core::option::Option::Some(Self::$fallback) }
            $($rest)*
        );
    };
    (
        @const_shape $kind:ident { $($index_fallback:tt)* } { $($name_fallback:tt)* }
        { $($fallback:tt)* }
        $(#[$doc:meta])* $ty:ident, $repr:ident,
        [$([$index:literal] $variant:ident = $value:literal => $name:literal),*],
        $members:expr, { $($items:tt)* }
    ) => {
        $(#[$doc])*
        impl $ty {
            $crate::__private::impl_enum!(@index [$($variant $index),*] {
                $($index_fallback)*
            });
            $crate::__private::impl_enum!(@const_accessors $repr [$($variant $name),*] {
                $($name_fallback)*
            });
            $crate::__private::impl_enum!(@accessors);
        }

        $crate::__private::impl_enum!(
            @graph_enum $ty, $repr, $kind, [$($variant $index $name $value),*], $members,
            {
                $($items)*
                #[inline]
                fn __fallback(
                    _: $crate::__private::Undeclared<'_>,
                ) -> ::core::option::Option<Self> {
                    $($fallback)*
                }

                #[inline]
                fn as_str(&self) -> &::core::primitive::str {
                    Self::as_str(self)
                }
            }
        );
    };
    (
        Lossless($fallback:ident), $(#[$doc:meta])* $ty:ident, $repr:ident,
        [$([$index:literal] $variant:ident = $value:literal => $name:literal),*],
        $members:expr, { $($items:tt)* }
    ) => {
        $(#[$doc])*
        impl $ty {
            $crate::__private::impl_enum!(@index [$($variant $index),*] {
                Self::$fallback(_) => <Self as $crate::GraphEnum>::MEMBERS.len(),
            });

            // The trait's: an unknown value's text and number are not `const`-readable.
            /// The wire name: the member's name as Graph writes it (see the table above).
            #[must_use]
            #[inline]
            pub fn as_str(&self) -> &::core::primitive::str {
                <Self as $crate::GraphEnum>::as_str(self)
            }

            /// The member's integer value (see the table above); for a value the
            /// enum does not declare, `None` unless it is a number.
            #[must_use]
            #[inline]
            pub fn value(&self) -> ::core::option::Option<::core::primitive::$repr> {
                <Self as $crate::GraphEnum>::value(self)
            }

            $crate::__private::impl_enum!(@accessors);
        }

        $crate::__private::impl_enum!(
            @graph_enum $ty, $repr, Lossless, [$($variant $index $name $value),*], $members,
            {
                $($items)*
                #[inline]
                fn __fallback(
                    undeclared: $crate::__private::Undeclared<'_>,
                ) -> ::core::option::Option<Self> {
                    ::core::option::Option::Some(Self::$fallback(
                        $crate::__private::unknown_value!(Self, undeclared),
                    ))
                }

                // `_` is unreachable in an enum whose only variant is the
                // fallback (beta has three).
                #[allow(unreachable_patterns)]
                #[inline]
                fn __unknown_text(&self) -> ::core::option::Option<&::core::primitive::str> {
                    match self {
                        Self::$fallback(unknown) => ::core::option::Option::Some(unknown.as_str()),
                        _ => ::core::option::Option::None,
                    }
                }
            }
        );
    };
    // The position in `MEMBERS`; `MEMBERS.len()` for the fallback.
    (@index [$($variant:ident $index:literal),*] { $($fallback:tt)* }) => {
        #[doc(hidden)]
        #[inline]
        pub const fn __graph_enum_index(&self) -> ::core::primitive::usize {
            match self {
                $(Self::$variant => $index,)*
                $($fallback)*
            }
        }
    };
    // `as_str` as a `match` from variant to name: every arm is a constant, so
    // it compiles to a table indexed by the discriminant.
    (@const_accessors $repr:ident [$($variant:ident $name:literal),*] { $($fallback:tt)* }) => {
        /// The wire name: the member's name as Graph writes it (see the table above).
        #[must_use]
        #[inline]
        pub const fn as_str(&self) -> &'static ::core::primitive::str {
            match self {
                $(Self::$variant => $name,)*
                $($fallback)*
            }
        }

        /// The member's integer value (see the table above); for a value the
        /// enum does not declare, `None` unless it is a number.
        #[must_use]
        #[inline]
        pub const fn value(&self) -> ::core::option::Option<::core::primitive::$repr> {
            $crate::__private::value(
                <Self as $crate::GraphEnum>::__VALUES,
                self.__graph_enum_index(),
            )
        }
    };
    (@accessors) => {
        /// The member's description, from its doc comment.
        #[must_use]
        #[inline]
        pub const fn description(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
            $crate::__private::description(
                <Self as $crate::GraphEnum>::MEMBERS,
                self.__graph_enum_index(),
                <Self as $crate::GraphEnum>::__FALLBACK_DESCRIPTION,
            )
        }

        /// Whether this is a value the enum does not declare.
        #[must_use]
        #[inline]
        pub const fn is_unknown(&self) -> ::core::primitive::bool {
            self.__graph_enum_index() >= <Self as $crate::GraphEnum>::MEMBERS.len()
        }
    };
    (
        @graph_enum $ty:ident, $repr:ident, $fallback_kind:ident,
        [$($variant:ident $index:literal $name:literal $value:literal),*],
        $members:expr, { $($items:tt)* }
    ) => {
        // The tables are constant data in the binary, not stack arrays, whatever their size.
        #[allow(clippy::large_stack_arrays)]
        #[automatically_derived]
        impl $crate::GraphEnum for $ty {
            type Value = ::core::primitive::$repr;
            const MEMBERS: &'static [$crate::Member] = $members;
            const FALLBACK: $crate::Fallback = $crate::Fallback::$fallback_kind;
            const ALL: &'static [Self] = &[$(Self::$variant),*];
            const __NAMES: &'static [&'static ::core::primitive::str] = &[$($name),*];
            const __VALUES: &'static [::core::primitive::$repr] = &[$($value),*];
            $($items)*

            #[inline]
            fn __index(&self) -> ::core::primitive::usize {
                Self::__graph_enum_index(self)
            }

            #[inline]
            fn __from_index(index: ::core::primitive::usize) -> ::core::option::Option<Self> {
                $crate::__private::impl_enum!(@lookup index [$($index => Self::$variant),*])
            }

            // An alias (`alias_of`) repeats its member's value after it: its
            // arm is never reached, so a number reads as the member.
            #[allow(unreachable_patterns)]
            #[inline]
            fn __index_of(
                value: ::core::primitive::$repr,
            ) -> ::core::option::Option<::core::primitive::usize> {
                $crate::__private::impl_enum!(@lookup value [$($value => $index),*])
            }
        }
    };
    // `Some` once around the match, not in every arm (less to check per
    // member); with no members every arm would return and `Some` be
    // unreachable code.
    (@lookup $input:ident []) => {
        match $input {
            _ => ::core::option::Option::None,
        }
    };
    (@lookup $input:ident [$($pattern:literal => $output:expr),+]) => {
        ::core::option::Option::Some(match $input {
            $($pattern => $output,)+
            _ => return ::core::option::Option::None,
        })
    };
}

/// The lossless fallback's payload, or a clear error without `alloc`.
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_unknown_value {
    ($ty:ty, $undeclared:expr) => {
        $crate::__private::undeclared_value::<$ty>($undeclared)
    };
}
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_unknown_value {
    ($($input:tt)*) => {
        ::core::compile_error!(
            "a lossless fallback variant (holding an `UnknownValue`) needs graph-enum's `alloc` feature"
        )
    };
}

/// A flags enum's `GraphFlags` and `a | b`, or a clear error without `alloc`
/// (a `Flags` set keeps its unknown parts in a `Vec`).
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_impl_flags {
    // The members a bits set is written with, largest value first, each its
    // position in `MEMBERS` and its variant (named for the reader only).
    ($ty:ident, $kind:ident, [$([$by_value:literal] $member:ident),*]) => {
        #[automatically_derived]
        impl $crate::GraphFlags for $ty {
            const KIND: $crate::FlagsKind = $crate::FlagsKind::$kind;
            const __BITS_BY_VALUE: &'static [::core::primitive::u16] = &[$($by_value),*];
        }

        #[automatically_derived]
        impl ::core::ops::BitOr for $ty {
            type Output = $crate::Flags<Self>;

            #[inline]
            fn bitor(self, other: Self) -> $crate::Flags<Self> {
                <$crate::Flags<Self> as ::core::convert::From<Self>>::from(self) | other
            }
        }
    };
}
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_impl_flags {
    ($($input:tt)*) => {
        ::core::compile_error!("`#[graph_enum(flags)]` needs graph-enum's `alloc` feature");
    };
}

/// The impls `#[derive(GraphEnum)]` writes for an enum it rejected: the user's other uses
/// of the enum (`parse`, `to_string`, `E::MEMBERS`) still compile, and the
/// derive's errors are the only ones they see. The bodies are never run: the
/// errors stop the build.
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_stub_impls {
    // `$shape` is `open` (the enum has a fallback) or `closed`: the
    // conversions a user's code calls differ (`From` or `TryFrom`).
    ($ty:ident, $repr:ident, $shape:ident) => {
        $crate::__private::stub_impls!(@conversions $shape $ty $repr);
        #[automatically_derived]
        #[allow(missing_docs, clippy::unused_self)]
        impl $ty {
            pub fn as_str(&self) -> &::core::primitive::str {
                ::core::unreachable!()
            }
            pub fn value(&self) -> ::core::option::Option<::core::primitive::$repr> {
                ::core::unreachable!()
            }
            pub fn description(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
                ::core::unreachable!()
            }
            pub fn is_unknown(&self) -> ::core::primitive::bool {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        impl $crate::GraphEnum for $ty {
            type Value = ::core::primitive::$repr;
            const NAME: &'static ::core::primitive::str = "";
            const NAMESPACE: &'static ::core::primitive::str = "";
            const DESCRIPTION: ::core::option::Option<&'static ::core::primitive::str> =
                ::core::option::Option::None;
            const MEMBERS: &'static [$crate::Member] = &[];
            const ALL: &'static [Self] = &[];
            const FALLBACK: $crate::Fallback = $crate::Fallback::Closed;
            const __NAMES: &'static [&'static ::core::primitive::str] = &[];
            const __VALUES: &'static [::core::primitive::$repr] = &[];
            const __LOOKUP: $crate::__private::Lookup = $crate::__private::Lookup::Scan;
            fn as_str(&self) -> &::core::primitive::str {
                ::core::unreachable!()
            }
            fn __index(&self) -> ::core::primitive::usize {
                ::core::unreachable!()
            }
            fn __from_index(_: ::core::primitive::usize) -> ::core::option::Option<Self> {
                ::core::unreachable!()
            }
            fn __index_of(
                _: ::core::primitive::$repr,
            ) -> ::core::option::Option<::core::primitive::usize> {
                ::core::unreachable!()
            }
            fn __fallback(_: $crate::__private::Undeclared<'_>) -> ::core::option::Option<Self> {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for $ty {
            type Err = $crate::ParseError;
            fn from_str(
                _: &::core::primitive::str,
            ) -> ::core::result::Result<Self, $crate::ParseError> {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for $ty {
            fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::unreachable!()
            }
        }
    };
    (@conversions open $ty:ident $repr:ident) => {
        #[automatically_derived]
        impl<'text> ::core::convert::From<&'text ::core::primitive::str> for $ty {
            fn from(_: &'text ::core::primitive::str) -> Self {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<::core::primitive::$repr> for $ty {
            fn from(_: ::core::primitive::$repr) -> Self {
                ::core::unreachable!()
            }
        }
    };
    (@conversions closed $ty:ident $repr:ident) => {
        #[automatically_derived]
        impl<'text> ::core::convert::TryFrom<&'text ::core::primitive::str> for $ty {
            type Error = $crate::ParseError;
            fn try_from(
                _: &'text ::core::primitive::str,
            ) -> ::core::result::Result<Self, $crate::ParseError> {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<::core::primitive::$repr> for $ty {
            type Error = $crate::ValueError;
            fn try_from(
                _: ::core::primitive::$repr,
            ) -> ::core::result::Result<Self, $crate::ValueError> {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<$ty> for ::core::primitive::$repr {
            fn from(_: $ty) -> Self {
                ::core::unreachable!()
            }
        }
    };
}

#[cfg(all(test, feature = "alloc"))]
// The accessors no test calls (a user's crate sees no such warning: the
// macros are external there).
#[allow(dead_code)]
mod tests;

//! The optional integrations' impls: each feature's macro when the feature
//! is on, else one that expands to nothing, so the derive always invokes
//! them. The bodies call the public functions of each integration's module
//! (`graph_enum::serde`, `graph_enum::sqlx`, ...).

/// The impls of an optional integration: the feature's macro with the
/// feature, else one that expands to nothing, so the derive always invokes it.
macro_rules! integration {
    ($feature:literal, $name:ident, $with:ident, $without:ident $(, $reexport:path)*) => {
        #[cfg(feature = $feature)]
        pub use crate::$with as $name;
        $(
            #[cfg(feature = $feature)]
            pub use $reexport;
        )*
        #[cfg(not(feature = $feature))]
        pub use crate::$without as $name;
    };
}

/// The derive's call of an integration whose feature is off.
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_without_feature {
    ($ty:ident) => {};
}

integration!(
    "serde",
    impl_serde,
    __graph_enum_impl_serde,
    __graph_enum_without_feature,
    crate::serde::deserialize,
    crate::serde::serialize,
    ::serde
);
integration!(
    "clap",
    impl_clap,
    __graph_enum_impl_clap,
    __graph_enum_without_feature,
    ::clap
);
integration!(
    "sqlx",
    impl_sqlx,
    __graph_enum_impl_sqlx,
    __graph_enum_without_feature,
    ::sqlx
);
integration!(
    "schemars",
    impl_schemars,
    __graph_enum_impl_schemars,
    __graph_enum_without_feature,
    ::schemars
);
integration!(
    "utoipa",
    impl_utoipa,
    __graph_enum_impl_utoipa,
    __graph_enum_without_feature,
    ::utoipa
);
integration!(
    "arbitrary",
    impl_arbitrary,
    __graph_enum_impl_arbitrary,
    __graph_enum_without_feature,
    ::arbitrary
);

/// The integrations other than serde, in one invocation per enum: with none
/// of their features on (the default, and a serde-only build) it expands to
/// nothing at once, so the catalogues' 2,722 enums pay for one empty macro
/// each, not five.
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_impl_integrations {
    ($ty:ident) => {
        $crate::__private::impl_clap!($ty);
        $crate::__private::impl_sqlx!($ty);
        $crate::__private::impl_schemars!($ty);
        $crate::__private::impl_utoipa!($ty);
        $crate::__private::impl_arbitrary!($ty);
    };
}
#[cfg(any(
    feature = "clap",
    feature = "sqlx",
    feature = "schemars",
    feature = "utoipa",
    feature = "arbitrary"
))]
pub use crate::__graph_enum_impl_integrations as impl_integrations;
#[cfg(not(any(
    feature = "clap",
    feature = "sqlx",
    feature = "schemars",
    feature = "utoipa",
    feature = "arbitrary"
)))]
pub use crate::__graph_enum_without_feature as impl_integrations;

#[cfg(feature = "serde")]
/// `Serialize` and `Deserialize` for a derived enum.
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_impl_serde {
    ($ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<__S>(&self, serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: $crate::__private::serde::Serializer,
            {
                $crate::__private::serialize(self, serializer)
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<__D>(deserializer: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize(deserializer)
            }
        }
    };
}

#[cfg(feature = "clap")]
/// `ValueParserFactory` for a derived enum, or nothing without the feature.
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_impl_clap {
    ($ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::clap::builder::ValueParserFactory for $ty {
            type Parser = $crate::clap::ValueParser<Self>;

            fn value_parser() -> Self::Parser {
                $crate::clap::ValueParser::new()
            }
        }
    };
}

#[cfg(feature = "sqlx")]
/// `Type`, `Encode` and `Decode` for a derived enum, or nothing without the
/// feature.
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_impl_sqlx {
    ($ty:ident) => {
        #[automatically_derived]
        impl<__DB: $crate::__private::sqlx::Database> $crate::__private::sqlx::Type<__DB> for $ty
        where
            ::core::primitive::str: $crate::__private::sqlx::Type<__DB>,
        {
            fn type_info() -> <__DB as $crate::__private::sqlx::Database>::TypeInfo {
                <::core::primitive::str as $crate::__private::sqlx::Type<__DB>>::type_info()
            }

            fn compatible(
                ty: &<__DB as $crate::__private::sqlx::Database>::TypeInfo,
            ) -> ::core::primitive::bool {
                <::core::primitive::str as $crate::__private::sqlx::Type<__DB>>::compatible(ty)
            }
        }

        #[automatically_derived]
        impl<'__q, __DB: $crate::__private::sqlx::Database>
            $crate::__private::sqlx::Encode<'__q, __DB> for $ty
        where
            $crate::__private::String: $crate::__private::sqlx::Encode<'__q, __DB>,
        {
            fn encode_by_ref(
                &self,
                buffer: &mut <__DB as $crate::__private::sqlx::Database>::ArgumentBuffer<'__q>,
            ) -> ::core::result::Result<
                $crate::__private::sqlx::encode::IsNull,
                $crate::__private::sqlx::error::BoxDynError,
            > {
                $crate::sqlx::encode::<__DB, Self>(self, buffer)
            }
        }

        #[automatically_derived]
        impl<'__r, __DB: $crate::__private::sqlx::Database>
            $crate::__private::sqlx::Decode<'__r, __DB> for $ty
        where
            &'__r ::core::primitive::str: $crate::__private::sqlx::Decode<'__r, __DB>,
        {
            fn decode(
                value: <__DB as $crate::__private::sqlx::Database>::ValueRef<'__r>,
            ) -> ::core::result::Result<Self, $crate::__private::sqlx::error::BoxDynError> {
                $crate::sqlx::decode::<__DB, Self>(value, <Self as $crate::GraphEnum>::NAME)
            }
        }
    };
}

#[cfg(feature = "schemars")]
/// `JsonSchema` for a derived enum, or nothing without the feature.
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_impl_schemars {
    ($ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::schemars::JsonSchema for $ty {
            fn schema_name() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                $crate::__private::Cow::Borrowed(<Self as $crate::GraphEnum>::NAME)
            }

            fn schema_id() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                $crate::schemars::schema_id::<Self>()
            }

            fn json_schema(
                _: &mut $crate::__private::schemars::SchemaGenerator,
            ) -> $crate::__private::schemars::Schema {
                $crate::schemars::json_schema::<Self>()
            }
        }
    };
}

#[cfg(feature = "utoipa")]
/// `ToSchema` for a derived enum, or nothing without the feature.
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_impl_utoipa {
    ($ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::utoipa::PartialSchema for $ty {
            fn schema() -> $crate::__private::utoipa::openapi::RefOr<
                $crate::__private::utoipa::openapi::schema::Schema,
            > {
                $crate::utoipa::value_schema::<Self>()
            }
        }

        #[automatically_derived]
        impl $crate::__private::utoipa::ToSchema for $ty {
            fn name() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                $crate::__private::Cow::Borrowed(<Self as $crate::GraphEnum>::NAME)
            }
        }
    };
}

#[cfg(feature = "arbitrary")]
/// `Arbitrary` for a derived enum, or nothing without the feature.
#[doc(hidden)]
#[macro_export]
macro_rules! __graph_enum_impl_arbitrary {
    ($ty:ident) => {
        #[automatically_derived]
        impl<'__a> $crate::__private::arbitrary::Arbitrary<'__a> for $ty {
            fn arbitrary(
                input: &mut $crate::__private::arbitrary::Unstructured<'__a>,
            ) -> $crate::__private::arbitrary::Result<Self> {
                $crate::arbitrary::arbitrary(input)
            }
        }
    };
}

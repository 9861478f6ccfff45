::core::compile_error! {
    "wire name \"active\" of `Enabled` is already the name of `Active`"
}
::core::compile_error! {
    "`Active` is named \"active\" here"
}
#[automatically_derived]
impl Status {
    #[allow(missing_docs, clippy::unused_self)]
    pub fn as_str(&self) -> &::core::primitive::str {
        ::core::unreachable!()
    }
    #[allow(missing_docs, clippy::unused_self)]
    pub fn value(&self) -> ::graph_enum::__private::Option<::core::primitive::i32> {
        ::core::unreachable!()
    }
    #[allow(missing_docs, clippy::unused_self)]
    pub fn description(
        &self,
    ) -> ::graph_enum::__private::Option<&'static ::core::primitive::str> {
        ::core::unreachable!()
    }
    #[allow(missing_docs, clippy::unused_self)]
    pub fn is_unknown(&self) -> ::core::primitive::bool {
        ::core::unreachable!()
    }
}
#[automatically_derived]
impl ::graph_enum::GraphEnum for Status {
    type Value = ::core::primitive::i32;
    const NAME: &'static ::core::primitive::str = "";
    const NAMESPACE: &'static ::core::primitive::str = "";
    const DESCRIPTION: ::graph_enum::__private::Option<
        &'static ::core::primitive::str,
    > = ::graph_enum::__private::None;
    const MEMBERS: &'static [::graph_enum::Member] = &[];
    const FALLBACK: ::graph_enum::Fallback = ::graph_enum::Fallback::Closed;
    const __NAMES: &'static [&'static ::core::primitive::str] = &[];
    const __VALUES: &'static [::core::primitive::i32] = &[];
    const __LOOKUP: ::graph_enum::__private::Lookup = ::graph_enum::__private::Lookup::Scan;
    fn as_str(&self) -> &::core::primitive::str {
        ::core::unreachable!()
    }
    fn __index(&self) -> ::core::primitive::usize {
        ::core::unreachable!()
    }
    fn __from_index(
        _: ::core::primitive::usize,
    ) -> ::graph_enum::__private::Option<Self> {
        ::core::unreachable!()
    }
    fn __index_of(
        _: ::core::primitive::i32,
    ) -> ::graph_enum::__private::Option<::core::primitive::usize> {
        ::core::unreachable!()
    }
    fn __fallback(
        _: ::graph_enum::__private::Undeclared<'_>,
    ) -> ::graph_enum::__private::Option<Self> {
        ::core::unreachable!()
    }
}
#[automatically_derived]
impl ::graph_enum::__private::FromStr for Status {
    type Err = ::graph_enum::ParseError;
    fn from_str(
        _: &::core::primitive::str,
    ) -> ::graph_enum::__private::Result<Self, ::graph_enum::ParseError> {
        ::core::unreachable!()
    }
}
#[automatically_derived]
impl ::graph_enum::__private::Display for Status {
    fn fmt(
        &self,
        _: &mut ::graph_enum::__private::Formatter<'_>,
    ) -> ::graph_enum::__private::FmtResult {
        ::core::unreachable!()
    }
}

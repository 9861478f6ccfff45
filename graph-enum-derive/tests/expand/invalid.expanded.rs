::core::compile_error! {
    "wire name \"active\" of `Enabled` is already the name of `Active`"
}
::core::compile_error! {
    "`Active` is named \"active\" here"
}
::graph_enum::__private::stub_impls!(Status, i32, closed);

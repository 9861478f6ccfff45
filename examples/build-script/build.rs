//! Generates the enums of the Contoso service from its `$metadata` (the
//! generator's CSDL fixture), as a user's build script would.

fn main() -> Result<(), graph_enum_codegen::Error> {
    graph_enum_codegen::Builder::new()
        .root_namespace("Contoso.Sales")
        .crate_path("::ge")
        .derive("PartialOrd")
        .derive("Ord")
        .compile(&["../../graph-enum-codegen/tests/fixtures/service.xml"])?;
    Ok(())
}

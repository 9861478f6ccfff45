//! The generator's output, checked byte for byte: the source generated from a
//! CSDL file of our own (the committed catalogues are `xtask`'s to check).
//!
//! After an intended change, re-bless with
//! `GRAPH_ENUM_BLESS=1 cargo test -p graph-enum-codegen` and read the diff.

use std::path::Path;

use graph_enum_codegen::{csdl, modules, Options};

#[test]
fn csdl_fixture_generates_the_expected_source() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let xml = std::fs::read_to_string(dir.join("service.xml")).unwrap();
    let enums = csdl::parse(&xml).unwrap();
    let options = Options {
        root_namespace: "Contoso.Sales".to_owned(),
        module_doc: vec![
            "Enums of the Contoso sales service, generated from tests/fixtures/service.xml."
                .to_owned(),
        ],
        ..Options::default()
    };
    let generated = modules(&enums, &options).unwrap().single_file(&options);
    let expected_path = dir.join("service.rs");
    if std::env::var_os("GRAPH_ENUM_BLESS").is_some() {
        std::fs::write(&expected_path, &generated).unwrap();
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    assert!(
        expected == generated,
        "generated source differs from {}:\n{generated}",
        expected_path.display()
    );
}

#[test]
fn csdl_reading() {
    let xml = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/service.xml"),
    )
    .unwrap();
    let enums = csdl::parse(&xml).unwrap();
    let names: Vec<(&str, &str)> = enums
        .iter()
        .map(|e| (e.namespace.as_str(), e.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("Contoso.Sales", "orderState"),
            ("Contoso.Sales", "permissions"),
            ("Contoso.Sales", "quirks"),
            ("Contoso.Sales", "placeholder"),
            ("Contoso.Sales.Billing", "invoiceSize"),
            ("Fabrikam", "Color"),
        ]
    );
    let order = &enums[0];
    assert_eq!(
        order.description.as_deref(),
        Some("Where an order is in its life.")
    );
    assert_eq!(
        order.members[1].description.as_deref(),
        Some("Placed, not shipped.")
    );
    assert_eq!(
        (enums[1].flags, enums[1].underlying.as_str()),
        (true, "Edm.Byte")
    );
    let quirks: Vec<i64> = enums[2].members.iter().map(|member| member.value).collect();
    assert_eq!(quirks, [0, 1, 2, 3, 4, -5, -4]);
    assert_eq!(
        enums[2].description.as_deref(),
        Some("Names Rust cannot use as they are.")
    );
    assert_eq!(
        enums[2].members[6].description.as_deref(),
        Some("Counted on from the previous value.")
    );
    assert!(enums[3].members.is_empty());
    assert_eq!(enums[4].members[1].value, 9_000_000_000);
    assert_eq!(enums[4].underlying, "Edm.Int64");
}

#[test]
fn csdl_errors_say_what_is_wrong() {
    let error = csdl::parse("<Schema").unwrap_err().to_string();
    assert!(error.starts_with("invalid XML"), "{error}");
    let error = csdl::parse(r#"<Schema Namespace="N"><EnumType Name="e"><Member Name="a" Value="x"/></EnumType></Schema>"#)
        .unwrap_err()
        .to_string();
    assert_eq!(error, r#"N.e/a: Value "x" is not an integer"#);
    let error =
        csdl::parse(r#"<Schema Namespace="N"><EnumType><Member Name="a"/></EnumType></Schema>"#)
            .unwrap_err()
            .to_string();
    assert_eq!(error, "EnumType at 1:23 has no Name attribute");
}

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
    let error = |xml: &str| csdl::parse(xml).unwrap_err().to_string();
    assert!(error("<Schema").starts_with("1: invalid XML"));
    assert_eq!(
        error(
            r#"<Schema Namespace="N"><EnumType Name="e"><Member Name="a" Value="x"/></EnumType></Schema>"#
        ),
        r#"1: EnumType N.e, Member "a": Value "x" is not an integer"#
    );
    assert_eq!(
        error("<Schema Namespace=\"N\">\n<EnumType Name=\"e\">\n<Member Name=\"a\" Value=\"9223372036854775808\"/></EnumType></Schema>"),
        r#"3: EnumType N.e, Member "a": Value "9223372036854775808" is out of range: an enum member's value is an Edm.Int64 (-9223372036854775808 to 9223372036854775807)"#
    );
    assert_eq!(
        error(r#"<Schema Namespace="N"><EnumType><Member Name="a"/></EnumType></Schema>"#),
        "1: EnumType has no Name attribute"
    );
    assert_eq!(
        error(r#"<Schema Namespace="N"><EnumType Name="e" IsFlags="yes"/></Schema>"#),
        r#"1: EnumType N.e: IsFlags "yes" is not an xsd:boolean (true, false, 1 or 0)"#
    );
    assert_eq!(
        error(
            r#"<Schema Namespace="N"><EnumType Name="e" IsFlags="true"><Member Name="read" Value="1"/><Member Name="write"/></EnumType></Schema>"#
        ),
        r#"1: EnumType N.e, Member "write": a member of an IsFlags type needs a Value: CSDL requires one on every flags member"#
    );
}

#[test]
fn csdl_reads_booleans_and_descriptions_as_the_spec_defines_them() {
    let enums = csdl::parse(
        r#"<Schema Namespace="N">
             <EnumType Name="e" IsFlags=" 1 ">
               <Annotation Term="Org.OData.Core.V1.Description"><String>Element form.</String></Annotation>
               <Member Name="read" Value="1"/>
             </EnumType>
             <EnumType Name="f" IsFlags="0"><Member Name="a"/></EnumType>
           </Schema>"#,
    )
    .unwrap();
    assert!(enums[0].flags);
    assert_eq!(enums[0].description.as_deref(), Some("Element form."));
    assert!(!enums[1].flags);
    assert_eq!(
        (enums[0].source.line, enums[0].members[0].line),
        (Some(2), Some(4))
    );
}

/// `Core.Description` under the alias a document gives the Core vocabulary
/// (`Alias="C"`, as SAP's vocabularies write it), under its full name, and
/// under `Core` without an include, inline and in `Annotations`; a
/// `Description` of another vocabulary is not a description.
#[test]
fn csdl_reads_descriptions_under_any_name_of_the_core_vocabulary() {
    let xml = r#"<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:Reference Uri="https://oasis-tcs.github.io/odata-vocabularies/vocabularies/Org.OData.Core.V1.xml">
    <edmx:Include Namespace="Org.OData.Core.V1" Alias="C"/>
  </edmx:Reference>
  <edmx:DataServices>
    <Schema Namespace="Contoso" Alias="K" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="level">
        <Annotation Term="C.Description" String="By the included alias."/>
        <Member Name="low" Value="0">
          <Annotation Term="Org.OData.Core.V1.Description" String="By the full name."/>
        </Member>
        <Member Name="high" Value="1"/>
        <Member Name="other" Value="2">
          <Annotation Term="Contoso.Description" String="Not Core's."/>
        </Member>
      </EnumType>
      <Annotations Target="K.level/high">
        <Annotation Term="C.Description" String="Targeted, by the alias."/>
      </Annotations>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>"#;
    let enums = graph_enum_codegen::csdl::parse(xml).unwrap();
    let level = &enums[0];
    assert_eq!(level.description.as_deref(), Some("By the included alias."));
    let descriptions: Vec<Option<&str>> = level
        .members
        .iter()
        .map(|member| member.description.as_deref())
        .collect();
    assert_eq!(
        descriptions,
        [
            Some("By the full name."),
            Some("Targeted, by the alias."),
            None
        ]
    );
}

/// CSDL JSON that is not CSDL, or breaks its rules, is refused naming the
/// type and member; a member's value may be a string (`IEEE754Compatible`).
#[test]
fn csdl_json_errors_say_what_is_wrong() {
    let error = |json: &str| {
        graph_enum_codegen::csdl_json::parse(json)
            .unwrap_err()
            .to_string()
    };
    assert!(error("{}").contains("not a CSDL JSON document"));
    assert!(error(r#"{"$Version": "4.01"}"#).contains("holds no schema"));
    assert!(error("[").contains("invalid JSON"));
    let schema = |element: &str| {
        format!(
            r#"{{"$Version": "4.01", "Contoso": {{"color": {{"$Kind": "EnumType", {element}}}}}}}"#
        )
    };
    assert_eq!(
        error(&schema(r#""red": "x""#)),
        r#"EnumType Contoso.color, Member "red": value "x" is not an integer"#
    );
    assert!(error(&schema(r#""$IsFlags": "true", "red": 1"#))
        .contains("$IsFlags is not a JSON boolean"));
    assert!(error(&schema(r#""red": 9223372036854775808"#)).contains("out of range"));
    let enums = graph_enum_codegen::csdl_json::parse(&schema(
        r#""$IsFlags": true, "$UnderlyingType": "Edm.Int64", "red": "9007199254740993", "red@Core.Description": "Red.""#,
    ))
    .unwrap();
    assert!(enums[0].flags);
    assert_eq!(enums[0].underlying, "Edm.Int64");
    assert_eq!(enums[0].members[0].value, 9_007_199_254_740_993);
    assert_eq!(enums[0].members[0].description.as_deref(), Some("Red."));
}

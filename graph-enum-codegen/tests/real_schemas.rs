//! Real schemas of other organisations (`tests/real/`, MANIFEST.md says
//! where each comes from): the XML and the JSON form of a schema give the
//! same Rust, and the generator's reading of each agrees with a plain walk
//! of the XML written here, independently of the generator's reader.

use std::path::{Path, PathBuf};

use graph_enum_codegen::{read_input, Builder};

/// The schemas that come in both forms: `(xml, json)`. (Their names hold
/// dots, `Org.OData.Core.V1.xml`, so the stem is cut as text.)
fn pairs() -> Vec<(PathBuf, PathBuf)> {
    let mut pairs: Vec<(PathBuf, PathBuf)> = std::fs::read_dir("tests/real")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter_map(|path| {
            let stem = path.to_str()?.strip_suffix(".xml")?.to_owned();
            let json = PathBuf::from(format!("{stem}.json"));
            json.exists().then_some((path, json))
        })
        .collect();
    pairs.sort();
    pairs
}

/// What a test compares of an enum type: its qualified name, whether it is
/// flags, and its members with their values.
type Facts = (String, bool, Vec<(String, i64)>);

/// The facts of every enum type, read with roxmltree alone: CSDL's rules for
/// members without a value included.
fn facts_of_xml(path: &Path) -> Vec<Facts> {
    let text = std::fs::read_to_string(path).unwrap();
    let document = roxmltree::Document::parse(&text).unwrap();
    let mut facts = Vec::new();
    for schema in document
        .descendants()
        .filter(|node| node.has_tag_name("Schema"))
    {
        let namespace = schema.attribute("Namespace").unwrap();
        for enum_type in schema
            .children()
            .filter(|node| node.has_tag_name("EnumType"))
        {
            let mut next = 0;
            let members = enum_type
                .children()
                .filter(|node| node.has_tag_name("Member"))
                .map(|member| {
                    let value = member
                        .attribute("Value")
                        .map_or(next, |value| value.trim().parse().unwrap());
                    next = value + 1;
                    (member.attribute("Name").unwrap().to_owned(), value)
                })
                .collect();
            facts.push((
                format!("{namespace}.{}", enum_type.attribute("Name").unwrap()),
                enum_type.attribute("IsFlags") == Some("true"),
                members,
            ));
        }
    }
    facts
}

#[test]
fn the_corpus_of_real_schemas_is_there() {
    assert!(pairs().len() >= 8, "{:?}", pairs());
    assert!(documents().len() >= 11, "{:?}", documents());
}

#[test]
fn xml_and_json_forms_generate_the_same_rust() {
    for (xml, json) in pairs() {
        let builder = Builder::new();
        let from_xml = builder.generate(&[&xml]).unwrap();
        let from_json = builder.generate(&[&json]).unwrap();
        assert!(from_xml.contains("GraphEnum"), "{xml:?}");
        assert_eq!(from_xml, from_json, "{json:?}");
    }
}

/// Every XML document, with its JSON form where there is one.
fn documents() -> Vec<(PathBuf, Option<PathBuf>)> {
    let mut documents: Vec<(PathBuf, Option<PathBuf>)> = std::fs::read_dir("tests/real")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "xml"))
        .map(|xml| {
            let json = pairs()
                .into_iter()
                .find(|(paired, _)| *paired == xml)
                .map(|(_, json)| json);
            (xml, json)
        })
        .collect();
    documents.sort();
    documents
}

#[test]
fn every_type_s_facts_are_the_document_s() {
    let mut types = 0;
    for (xml, json) in documents() {
        let expected = facts_of_xml(&xml);
        types += expected.len();
        for input in std::iter::once(xml).chain(json) {
            let read: Vec<Facts> = read_input(&input)
                .unwrap()
                .into_iter()
                .map(|enum_type| {
                    (
                        format!("{}.{}", enum_type.namespace, enum_type.name),
                        enum_type.flags,
                        enum_type
                            .members
                            .into_iter()
                            .map(|member| (member.name, member.value))
                            .collect(),
                    )
                })
                .collect();
            assert_eq!(read, expected, "{input:?}");
        }
    }
    assert!(types >= 10, "{types} enum types");
}

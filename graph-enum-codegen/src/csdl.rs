//! OData CSDL XML (`$metadata`): the `EnumType` elements of every `Schema`,
//! with their `Core.Description` annotations, inline or in `Annotations`
//! elements that target them.

use std::collections::HashMap;
use std::fmt;

use roxmltree::{Document, Node};

use crate::model::{EnumType, Member};

/// The CSDL document could not be read.
#[derive(Debug)]
pub struct CsdlError(String);

impl fmt::Display for CsdlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CsdlError {}

/// Reads every enum type of the document, in document order.
///
/// # Errors
/// When the XML is malformed, or an enum type or member lacks its `Name`, or a
/// `Value` is not an integer.
pub fn parse(xml: &str) -> Result<Vec<EnumType>, CsdlError> {
    let document =
        Document::parse(xml).map_err(|error| CsdlError(format!("invalid XML: {error}")))?;
    let schemas: Vec<Node> = document
        .descendants()
        .filter(|node| node.has_tag_name("Schema"))
        .collect();
    let targeted = targeted_descriptions(&schemas);
    let mut enums = Vec::new();
    for schema in &schemas {
        let namespace = schema.attribute("Namespace").unwrap_or_default();
        let alias = schema.attribute("Alias");
        for node in schema
            .children()
            .filter(|node| node.has_tag_name("EnumType"))
        {
            let name = required(node, "Name", "EnumType")?;
            let target = format!("{namespace}.{name}");
            let alias_target = alias.map(|alias| format!("{alias}.{name}"));
            let find_targeted = |path: &str| {
                targeted
                    .get(path)
                    .or_else(|| {
                        alias_target
                            .as_ref()
                            .and_then(|alias| targeted.get(&path.replacen(&target, alias, 1)))
                    })
                    .cloned()
            };
            let mut members = Vec::new();
            let mut next_value = 0_i64;
            for member in node.children().filter(|child| child.has_tag_name("Member")) {
                let member_name = required(member, "Name", "Member")?;
                let value = match member.attribute("Value") {
                    Some(text) => text.trim().parse::<i64>().map_err(|_| {
                        CsdlError(format!(
                            "{target}/{member_name}: Value {text:?} is not an integer"
                        ))
                    })?,
                    // CSDL: without values, members count up from 0.
                    None => next_value,
                };
                next_value = value.saturating_add(1);
                members.push(Member {
                    name: member_name.to_owned(),
                    value,
                    description: inline_description(member)
                        .or_else(|| find_targeted(&format!("{target}/{member_name}"))),
                });
            }
            enums.push(EnumType {
                namespace: namespace.to_owned(),
                name: name.to_owned(),
                flags: node.attribute("IsFlags") == Some("true"),
                underlying: node
                    .attribute("UnderlyingType")
                    .unwrap_or("Edm.Int32")
                    .to_owned(),
                description: inline_description(node).or_else(|| find_targeted(&target)),
                members,
            });
        }
    }
    Ok(enums)
}

fn required<'a>(node: Node<'a, '_>, attribute: &str, element: &str) -> Result<&'a str, CsdlError> {
    node.attribute(attribute).ok_or_else(|| {
        let position = node.document().text_pos_at(node.range().start);
        CsdlError(format!(
            "{element} at {position} has no {attribute} attribute"
        ))
    })
}

/// `Core.Description` (`Org.OData.Core.V1.Description`, any alias) on `node`.
fn inline_description(node: Node) -> Option<String> {
    node.children()
        .filter(|child| child.has_tag_name("Annotation"))
        .find(|annotation| {
            annotation
                .attribute("Term")
                .is_some_and(is_description_term)
        })
        .and_then(|annotation| annotation.attribute("String"))
        .map(str::to_owned)
}

fn is_description_term(term: &str) -> bool {
    term == "Org.OData.Core.V1.Description"
        || term.ends_with(".Description") && term.contains("Core")
}

/// Descriptions given by `<Annotations Target="ns.Type">` and
/// `<Annotations Target="ns.Type/Member">`, by target.
fn targeted_descriptions(schemas: &[Node]) -> HashMap<String, String> {
    let mut descriptions = HashMap::new();
    for annotations in schemas
        .iter()
        .flat_map(Node::children)
        .filter(|node| node.has_tag_name("Annotations"))
    {
        if let (Some(target), Some(text)) = (
            annotations.attribute("Target"),
            inline_description(annotations),
        ) {
            descriptions.entry(target.to_owned()).or_insert(text);
        }
    }
    descriptions
}

//! OData CSDL XML (`$metadata`): the `EnumType` elements of every `Schema`,
//! with their `Core.Description` annotations, inline or in `Annotations`
//! elements that target them, read as the CSDL XML specification defines them.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use roxmltree::{Document, Node};

use crate::schema::{EnumType, Member, Source};

/// The CSDL document could not be read, or breaks a rule of CSDL.
#[derive(Debug)]
pub struct CsdlError(pub(crate) String);

impl fmt::Display for CsdlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CsdlError {}

/// Reads the enum types of the CSDL file at `path`, which errors name and
/// each type's [`Source`] keeps.
///
/// # Errors
/// When the file cannot be read, and as [`parse`].
pub fn read(path: &Path) -> Result<Vec<EnumType>, CsdlError> {
    let file = path.display().to_string();
    let xml = std::fs::read_to_string(path)
        .map_err(|error| CsdlError(format!("{file}: cannot read: {error}")))?;
    let mut enums =
        parse(&xml).map_err(|CsdlError(message)| CsdlError(format!("{file}:{message}")))?;
    for enum_type in &mut enums {
        enum_type.source.file = Some(file.clone());
    }
    Ok(enums)
}

/// Reads every enum type of the document, in document order.
///
/// # Errors
/// When the XML is malformed, or an enum type or member lacks its `Name`, a
/// `Value` is not an `Edm.Int64` integer, a member of an `IsFlags` type has no
/// `Value` (CSDL requires one), or `IsFlags` is not an `xsd:boolean`. The
/// message starts with the line.
pub fn parse(xml: &str) -> Result<Vec<EnumType>, CsdlError> {
    let document = Document::parse(xml).map_err(|error| {
        let position = error.pos();
        CsdlError(format!("{}: invalid XML: {error}", position.row))
    })?;
    let lines = Lines::new(xml);
    let line = |node: Node| lines.at(node);
    let root = document.root_element();
    if !matches!(root.tag_name().name(), "Edmx" | "Schema") {
        return Err(CsdlError(format!(
            "{}: not a CSDL document: its root element is <{}>, not edmx:Edmx or Schema",
            line(root),
            root.tag_name().name()
        )));
    }
    let schemas: Vec<Node> = document
        .descendants()
        .filter(|node| node.has_tag_name("Schema"))
        .collect();
    if schemas.is_empty() {
        return Err(CsdlError(format!(
            "{}: not a CSDL document: it holds no Schema element",
            line(root)
        )));
    }
    let core = CoreVocabulary::of(&document);
    let targeted = targeted_descriptions(&schemas, &core);
    let mut enums = Vec::new();
    for schema in &schemas {
        let namespace = schema.attribute("Namespace").unwrap_or_default();
        let alias = schema.attribute("Alias");
        for node in schema
            .children()
            .filter(|node| node.has_tag_name("EnumType"))
        {
            let name = required(node, "Name", "EnumType", line)?;
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
            let flags = is_flags(node, &target, line)?;
            let mut members = Vec::new();
            // The value a member without one takes; `None` past `i64::MAX`.
            let mut next_value = Some(0_i64);
            for member in node.children().filter(|child| child.has_tag_name("Member")) {
                let member_name = required(member, "Name", "Member", line)?;
                let at = |message: String| {
                    CsdlError(format!(
                        "{}: EnumType {target}, Member {member_name:?}: {message}",
                        line(member)
                    ))
                };
                let value = match member.attribute("Value") {
                    Some(text) => parse_value(text).map_err(at)?,
                    None if flags => return Err(at(
                        "a member of an IsFlags type needs a Value: CSDL requires one on every \
                             flags member"
                            .to_owned(),
                    )),
                    // CSDL: without values, members count up from 0.
                    None => next_value.ok_or_else(|| {
                        at(format!(
                            "the implicit value after {} is out of range: an enum member's \
                             value is an Edm.Int64",
                            i64::MAX
                        ))
                    })?,
                };
                next_value = value.checked_add(1);
                members.push(Member {
                    name: member_name.to_owned(),
                    value,
                    description: inline_description(member, &core)
                        .or_else(|| find_targeted(&format!("{target}/{member_name}"))),
                    line: Some(line(member)),
                });
            }
            enums.push(EnumType {
                namespace: namespace.to_owned(),
                name: name.to_owned(),
                flags,
                underlying: node
                    .attribute("UnderlyingType")
                    .unwrap_or("Edm.Int32")
                    .to_owned(),
                description: inline_description(node, &core).or_else(|| find_targeted(&target)),
                members,
                source: Source {
                    file: None,
                    line: Some(line(node)),
                },
            });
        }
    }
    Ok(enums)
}

/// Where each line of a document starts, so a node's line is a binary
/// search: roxmltree's `text_pos_at` scans from the document's start, which
/// made a line for every member quadratic in the document's size.
struct Lines(Vec<usize>);

impl Lines {
    fn new(text: &str) -> Self {
        let breaks = text
            .bytes()
            .enumerate()
            .filter(|&(_, byte)| byte == b'\n')
            .map(|(at, _)| at);
        Lines(breaks.collect())
    }

    /// The 1-based line where `node` starts.
    fn at(&self, node: Node) -> u32 {
        let start = node.range().start;
        let line = self.0.partition_point(|&at| at < start) + 1;
        u32::try_from(line).unwrap_or(u32::MAX)
    }
}

/// `IsFlags`, an `xsd:boolean`: `true`, `false`, `1` or `0`, white space
/// collapsed; absent is false.
fn is_flags(node: Node, target: &str, line: impl Fn(Node) -> u32) -> Result<bool, CsdlError> {
    match node.attribute("IsFlags").map(str::trim) {
        None | Some("false" | "0") => Ok(false),
        Some("true" | "1") => Ok(true),
        Some(other) => Err(CsdlError(format!(
            "{}: EnumType {target}: IsFlags {other:?} is not an xsd:boolean (true, false, 1 or 0)",
            line(node)
        ))),
    }
}

/// A member's `Value`: an `Edm.Int64` in decimal, an optional sign and digits.
fn parse_value(text: &str) -> Result<i64, String> {
    let trimmed = text.trim();
    trimmed.parse::<i64>().map_err(|_| {
        let digits = trimmed.strip_prefix(['+', '-']).unwrap_or(trimmed);
        if !digits.is_empty() && digits.bytes().all(|byte| byte.is_ascii_digit()) {
            format!(
                "Value {text:?} is out of range: an enum member's value is an Edm.Int64 ({} to {})",
                i64::MIN,
                i64::MAX
            )
        } else {
            format!("Value {text:?} is not an integer")
        }
    })
}

fn required<'a>(
    node: Node<'a, '_>,
    attribute: &str,
    element: &str,
    line: impl Fn(Node) -> u32,
) -> Result<&'a str, CsdlError> {
    node.attribute(attribute).ok_or_else(|| {
        CsdlError(format!(
            "{}: {element} has no {attribute} attribute",
            line(node)
        ))
    })
}

/// `Core.Description` (`Org.OData.Core.V1.Description`, any alias) on `node`,
/// in the attribute form (`String="..."`) or the element form
/// (`<String>...</String>`).
fn inline_description(node: Node, core: &CoreVocabulary) -> Option<String> {
    let annotation = node
        .children()
        .filter(|child| child.has_tag_name("Annotation"))
        .find(|annotation| {
            annotation
                .attribute("Term")
                .is_some_and(|term| core.is_description(term))
        })?;
    match annotation.attribute("String") {
        Some(text) => Some(text.to_owned()),
        None => annotation
            .children()
            .find(|child| child.has_tag_name("String"))
            .map(|string| string.text().unwrap_or_default().to_owned()),
    }
}

/// The names the Core vocabulary goes by in a document: its namespace, the
/// aliases its `edmx:Include` elements give it, and `Core`, the alias the
/// vocabulary itself declares and documents use without including it.
struct CoreVocabulary<'a> {
    aliases: Vec<&'a str>,
}

impl<'a> CoreVocabulary<'a> {
    const NAMESPACE: &'static str = "Org.OData.Core.V1";

    fn of(document: &'a Document) -> Self {
        let mut aliases = vec!["Core"];
        aliases.extend(
            document
                .descendants()
                .filter(|node| {
                    node.has_tag_name("Include")
                        && node.attribute("Namespace") == Some(Self::NAMESPACE)
                })
                .filter_map(|include| include.attribute("Alias")),
        );
        CoreVocabulary { aliases }
    }

    /// Whether `term` is `Description` of the Core vocabulary, by any of its names.
    fn is_description(&self, term: &str) -> bool {
        term.strip_suffix(".Description").is_some_and(|vocabulary| {
            vocabulary == Self::NAMESPACE || self.aliases.contains(&vocabulary)
        })
    }
}

/// Descriptions given by `<Annotations Target="ns.Type">` and
/// `<Annotations Target="ns.Type/Member">`, by target.
fn targeted_descriptions(schemas: &[Node], core: &CoreVocabulary) -> HashMap<String, String> {
    let mut descriptions = HashMap::new();
    for annotations in schemas
        .iter()
        .flat_map(Node::children)
        .filter(|node| node.has_tag_name("Annotations"))
    {
        if let (Some(target), Some(text)) = (
            annotations.attribute("Target"),
            inline_description(annotations, core),
        ) {
            descriptions.entry(target.to_owned()).or_insert(text);
        }
    }
    descriptions
}

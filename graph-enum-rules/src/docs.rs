//! Descriptions from doc comments: the derive reads them by this rule, and the
//! generator, which writes doc comments, predicts with it what will be read.

use alloc::string::String;

/// The description a doc comment gives: lines of a paragraph joined with
/// single spaces, paragraphs (split by blank lines) joined with a blank line,
/// the whole trimmed, fenced code blocks (` ``` `, `~~~`) left out, as they
/// document the Rust type, not the value. `docs` are the doc attributes' texts
/// in order (one per `///` line, or several lines each).
///
/// ```
/// use graph_enum_rules::docs::description_from_doc;
/// let docs = [" Last Sync", " in progress.", "", " ```", " let x = 1;", " ```"];
/// assert_eq!(description_from_doc(docs).as_deref(), Some("Last Sync in progress."));
/// assert_eq!(description_from_doc([" "]), None);
/// ```
#[must_use]
pub fn description_from_doc<'a>(docs: impl IntoIterator<Item = &'a str>) -> Option<String> {
    // The paragraphs, with a blank line between two (no `join`: see the crate docs).
    let mut description = String::new();
    let mut paragraph = String::new();
    let mut in_code_block = false;
    for text in docs {
        // `split`, not `lines`: an empty `///` line is a paragraph break.
        for line in text.split('\n').map(str::trim) {
            if line.starts_with("```") || line.starts_with("~~~") {
                in_code_block = !in_code_block;
            } else if in_code_block {
                // Examples are documentation of the Rust type, not of the value.
            } else if line.is_empty() {
                end_paragraph(&mut description, &mut paragraph);
            } else {
                if !paragraph.is_empty() {
                    paragraph.push(' ');
                }
                paragraph.push_str(line);
            }
        }
    }
    end_paragraph(&mut description, &mut paragraph);
    (!description.is_empty()).then_some(description)
}

/// Adds a finished paragraph, if it has text, to the description.
fn end_paragraph(description: &mut String, paragraph: &mut String) {
    if !paragraph.is_empty() {
        if !description.is_empty() {
            description.push_str("\n\n");
        }
        description.push_str(paragraph);
        paragraph.clear();
    }
}

//! The Rust source of one enum type: a `#[derive(GraphEnum)]` enum, its doc
//! comments escaped for rustdoc, its attributes and discriminants.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write;

use graph_enum_rules::docs::description_from_doc;
use graph_enum_rules::naming::lower_first;
use graph_enum_rules::repr::Repr;
use graph_enum_rules::DEFAULT_NAMESPACE;

use crate::options::{Options, DEFAULT_CRATE_PATH};
use crate::rust_names::{pascal_case, Scope};
use crate::schema::EnumType;

/// The std traits of every generated enum, written by the derive
/// (`#[graph_enum(derive(...))]`).
const STD_TRAITS: [&str; 5] = ["Clone", "Debug", "PartialEq", "Eq", "Hash"];

/// Rust's string literal syntax for `text` (the `Debug` form is one).
fn literal(text: &str) -> String {
    format!("{text:?}")
}

/// `text` as doc comment lines that rustdoc reads as the text it is: no
/// code block (so no doctest), link, HTML or heading. Markdown's punctuation
/// is escaped, leading white space (an indented code block) dropped, control
/// characters (a bare CR is an error in a doc comment) made spaces, and URLs
/// written as autolinks (rustdoc warns on bare ones).
fn doc_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| escape_markdown(line.trim()))
        .collect()
}

fn escape_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for (index, word) in line.split(' ').enumerate() {
        if index > 0 {
            out.push(' ');
        }
        // A URL starts anywhere in the word (`(https://…)`) and runs to
        // trailing punctuation (or a character an autolink cannot hold); it
        // becomes an autolink, the rest is text.
        let Some(start) = ["https://", "http://"]
            .iter()
            .filter_map(|scheme| word.find(scheme))
            .min()
        else {
            push_escaped(&mut out, word);
            continue;
        };
        let url = word[start..].trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '\'', '"']);
        let end = start + url.find(['<', '>', '`']).unwrap_or(url.len());
        push_escaped(&mut out, &word[..start]);
        out.push('<');
        out.push_str(&word[start..end]);
        out.push('>');
        push_escaped(&mut out, &word[end..]);
    }
    out
}

/// Text with every character Markdown could read as markup escaped, and
/// control characters as spaces.
fn push_escaped(out: &mut String, text: &str) {
    for ch in text.chars() {
        if ch.is_control() {
            out.push(' ');
            continue;
        }
        if matches!(
            ch,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
}

/// Writes `description` as a doc comment, and as `#[graph_enum(description)]`
/// too when the derive would read the escaped comment as other text (it joins
/// lines and keeps the escapes), so `description()` is the schema's text exactly.
fn write_description(out: &mut String, indent: &str, description: &str, keys: &mut Vec<String>) {
    let lines = doc_lines(description);
    for line in &lines {
        if line.is_empty() {
            let _ = writeln!(out, "{indent}///");
        } else {
            let _ = writeln!(out, "{indent}/// {line}");
        }
    }
    let read = description_from_doc(lines.iter().map(String::as_str));
    if read.as_deref() != Some(description) {
        keys.push(format!("description = {}", literal(description)));
    }
}

/// `#[graph_enum(...)]` with these keys, as rustfmt writes it (its
/// `attr_fn_like_width` is 70), so `cargo fmt` leaves the output unchanged.
fn write_graph_enum_attr(out: &mut String, indent: &str, keys: &[String]) {
    if keys.is_empty() {
        return;
    }
    let keys_line = keys.join(", ");
    if keys_line.len() > 70 {
        let _ = writeln!(
            out,
            "{indent}#[graph_enum(\n{indent}    {}\n{indent})]",
            keys.join(&format!(",\n{indent}    "))
        );
    } else {
        let _ = writeln!(out, "{indent}#[graph_enum({keys_line})]");
    }
}

/// One enum's source.
pub(crate) fn enum_source(
    enum_type: &EnumType,
    repr: Repr,
    ident: &str,
    options: &Options,
) -> String {
    let krate = &options.crate_path;
    let mut out = String::new();
    let mut keys = Vec::new();
    if let Some(description) = &enum_type.description {
        write_description(&mut out, "", description, &mut keys);
    }
    let graph_enum = format!("{krate}::GraphEnum");
    let derives: Vec<&str> = std::iter::once(graph_enum.as_str())
        .chain(options.derives.iter().map(String::as_str))
        .collect();
    let _ = writeln!(out, "#[derive({})]", derives.join(", "));
    let _ = writeln!(out, "#[repr({})]", repr.name());
    if options.non_exhaustive {
        let _ = writeln!(out, "#[non_exhaustive]");
    }
    if lower_first(ident) != enum_type.name {
        keys.push(format!("name = {}", literal(&enum_type.name)));
    }
    if enum_type.namespace != DEFAULT_NAMESPACE {
        keys.push(format!("namespace = {}", literal(&enum_type.namespace)));
    }
    if enum_type.flags {
        keys.push("flags".to_owned());
    }
    if options.ascii_case_insensitive {
        keys.push("ascii_case_insensitive".to_owned());
    }
    if options.ord {
        keys.push("ord".to_owned());
    }
    // The std traits every generated enum has, written by the derive over
    // the index: the std derives' behaviour, for less `cargo check` time per
    // enum (BENCHMARKS.md, "What each enum expands to").
    keys.push(format!("derive({})", STD_TRAITS.join(", ")));
    // The derive names the runtime crate `::graph_enum` unless told.
    if krate != DEFAULT_CRATE_PATH {
        keys.push(format!("crate = {}", literal(krate)));
    }
    write_graph_enum_attr(&mut out, "", &keys);
    let _ = writeln!(out, "pub enum {ident} {{");

    let mut scope = Scope::default();
    // Members whose identifier reproduces their name by Graph's rule claim it
    // first, so a collision renames the odd spelling (`remote_Control_Software`),
    // not the regular one (`remoteControlSoftware`).
    let mut variants: Vec<Option<String>> = enum_type
        .members
        .iter()
        .map(|member| {
            let ident = pascal_case(&member.name);
            (lower_first(&ident) == member.name).then(|| scope.claim(ident))
        })
        .collect();
    // Members that share a value (CSDL requires unique names, not values):
    // the first declared is the member a number reads as, each later one an
    // alias of it, whose discriminant is a free value (rustc's only).
    let mut discriminants = Discriminants::new(enum_type, repr);
    let mut first_of_value: HashMap<i64, String> = HashMap::new();
    for (member, variant) in enum_type.members.iter().zip(&mut variants) {
        let variant = variant.get_or_insert_with(|| scope.claim(pascal_case(&member.name)));
        let mut keys = Vec::new();
        if let Some(description) = &member.description {
            write_description(&mut out, "    ", description, &mut keys);
        }
        let alias_of = first_of_value.get(&member.value).cloned();
        if let Some(canonical) = &alias_of {
            keys.insert(0, format!("alias_of = {canonical}"));
        }
        if lower_first(variant) != member.name {
            keys.insert(0, format!("rename = {}", literal(&member.name)));
        }
        write_graph_enum_attr(&mut out, "    ", &keys);
        let discriminant = match alias_of {
            Some(_) => discriminants.free(),
            None => {
                first_of_value.insert(member.value, variant.clone());
                discriminants.last = Some(i128::from(member.value));
                i128::from(member.value)
            }
        };
        let _ = writeln!(out, "    {variant} = {discriminant},");
    }
    // A lossless fallback writes what it holds, never a name of its own
    // (`Fallback::Lossless` in the rules), so only its identifier must be free.
    let fallback = ["Unknown", "Other", "Unrecognized", "UnknownValue"]
        .into_iter()
        .find(|candidate| !scope.is_taken(candidate))
        .map_or_else(|| scope.claim("Unrecognized".to_owned()), ToOwned::to_owned);
    let _ = writeln!(
        out,
        "    /// A value this version of the crate does not know, kept verbatim."
    );
    let _ = writeln!(out, "    #[graph_enum(unknown)]");
    let discriminant = discriminants
        .fallback()
        .map_or_else(String::new, |value| format!(" = {value}"));
    let _ = writeln!(
        out,
        "    {fallback}({krate}::UnknownValue<Self>){discriminant},"
    );
    out.push_str("}\n");
    out
}

/// The Rust discriminants of one enum's variants: a member's is its value;
/// an alias's, and the fallback's where rustc's own (the previous variant's
/// plus one) would overflow the repr or repeat one, the first free value from
/// there on, wrapping to the repr's minimum. The derive reads neither; rustc
/// only needs them distinct.
struct Discriminants {
    repr: Repr,
    taken: BTreeSet<i128>,
    /// The previous variant's.
    last: Option<i128>,
}

impl Discriminants {
    fn new(enum_type: &EnumType, repr: Repr) -> Self {
        Discriminants {
            repr,
            taken: enum_type
                .members
                .iter()
                .map(|member| i128::from(member.value))
                .collect(),
            last: None,
        }
    }

    /// The first free value after the previous variant's, taken.
    fn free(&mut self) -> i128 {
        let from = self.last.map_or(0, |last| last + 1);
        // The checks leave a free value: the members are fewer than the
        // repr's values (`check::too_many_variants`).
        let free = (from..=self.repr.max())
            .chain(self.repr.min()..from)
            .find(|value| !self.taken.contains(value))
            .unwrap_or(from);
        self.taken.insert(free);
        self.last = Some(free);
        free
    }

    /// The fallback's discriminant, `None` where rustc's own serves.
    fn fallback(&mut self) -> Option<i128> {
        let implicit = self.last.map_or(0, |last| last + 1);
        if self.repr.contains(implicit) && !self.taken.contains(&implicit) {
            return None;
        }
        Some(self.free())
    }
}

#[cfg(test)]
mod tests {
    use super::doc_lines;

    #[test]
    fn descriptions_become_text_for_rustdoc() {
        assert_eq!(
            doc_lines("```\n    let x = 1;\n[link](x) <b> #1 a_b *c*\nSee https://learn.microsoft.com/graph. Done\r"),
            [
                "\\`\\`\\`",
                "let x = 1;",
                "\\[link\\](x) \\<b\\> \\#1 a\\_b \\*c\\*",
                "See <https://learn.microsoft.com/graph>. Done",
            ]
        );
    }
    /// A URL is an autolink wherever it starts in a word (SAP's UI
    /// vocabulary writes `(https://…#semantic-colors)`), and `#` inside it is
    /// left alone; the text around it is escaped.
    #[test]
    fn urls_become_autolinks_inside_words() {
        assert_eq!(
            super::escape_markdown("colors (https://example.com/a_b#x). See http://e.org."),
            "colors (<https://example.com/a_b#x>). See <http://e.org>."
        );
        assert_eq!(
            super::escape_markdown("x_https://a.b/`c"),
            "x\\_<https://a.b/>\\`c"
        );
        assert_eq!(super::escape_markdown("# not_a url"), "\\# not\\_a url");
    }
}

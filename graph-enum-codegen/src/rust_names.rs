//! Rust names for OData names: valid, unique, deterministic, and as close to
//! the original as Rust's conventions allow. The exact OData name is kept by
//! the derive's default rule or a `rename`, never by the identifier.

use std::collections::HashSet;

/// Rust's strict and reserved keywords; a snake-case module name that is one
/// gets a raw identifier.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe",
    "use", "where", "while", "abstract", "become", "box", "do", "final", "macro", "override",
    "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// An upper-camel-case identifier: `assignedToExternalMDM` → `AssignedToExternalMDM`,
/// `remote_Control_Software` → `RemoteControlSoftware`, `tls1_2` → `Tls12`.
/// Underscores go (rustc's style lint rejects them next to letters) and each
/// part's first letter is raised; the rest keeps its case, acronyms included.
pub fn pascal_case(name: &str) -> String {
    let mut ident: String = name
        .split(|ch: char| ch == '_' || !ch.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect();
    if ident.is_empty() {
        ident.push_str("Underscore");
    }
    if ident.starts_with(|ch: char| ch.is_ascii_digit()) {
        ident.insert(0, 'N');
    }
    // `Self` is the one keyword that is upper camel case, and it cannot be raw.
    if ident == "Self" {
        ident.push_str("Value");
    }
    ident
}

/// A snake-case module name: `callRecords` → `call_records`, `caseManagement`
/// → `case_management`, `Größe` → `gr_e` (a run of other characters is one
/// `_`: `__` inside a name is not snake case to rustc's lint); keywords become
/// raw identifiers, except the four that cannot be (`self`, `super`, `crate`,
/// `Self`), which get a `_`: `self_`.
pub fn snake_case(name: &str) -> String {
    let mut snake = String::new();
    let separate = |snake: &mut String| {
        if !snake.ends_with('_') {
            snake.push('_');
        }
    };
    let chars: Vec<char> = name.chars().collect();
    for (index, &ch) in chars.iter().enumerate() {
        if ch.is_ascii_uppercase() {
            let previous_lower = index > 0
                && (chars[index - 1].is_ascii_lowercase() || chars[index - 1].is_ascii_digit());
            let acronym_end = index > 0
                && chars[index - 1].is_ascii_uppercase()
                && chars.get(index + 1).is_some_and(char::is_ascii_lowercase);
            if previous_lower || acronym_end {
                separate(&mut snake);
            }
            snake.push(ch.to_ascii_lowercase());
        } else if ch.is_ascii_alphanumeric() {
            snake.push(ch);
        } else {
            separate(&mut snake);
        }
    }
    match snake.as_str() {
        // Path keywords cannot be raw identifiers; `_` alone is no identifier.
        "self" | "super" | "crate" | "_" => snake + "_",
        keyword if KEYWORDS.contains(&keyword) => format!("r#{snake}"),
        _ => snake,
    }
}

/// Hands out identifiers unique within one scope, resolving collisions by
/// numbering in declaration order: `RemoteControlSoftware`, then
/// `RemoteControlSoftware2`.
#[derive(Default)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    pub fn claim(&mut self, wanted: String) -> String {
        if self.taken.insert(wanted.clone()) {
            return wanted;
        }
        // Terminates: each number is tried once and only finitely many are taken.
        let mut number = 2;
        loop {
            let candidate = format!("{wanted}{number}");
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
            number += 1;
        }
    }

    pub fn is_taken(&self, ident: &str) -> bool {
        self.taken.contains(ident)
    }
}

#[cfg(test)]
mod tests {
    use super::{pascal_case, snake_case, Scope};

    #[test]
    fn identifiers_for_graph_names() {
        for (name, ident) in [
            ("inProgress", "InProgress"),
            ("assignedToExternalMDM", "AssignedToExternalMDM"),
            ("arM64", "ArM64"),
            ("aPIKey", "APIKey"),
            ("tls1_2", "Tls12"),
            ("id_token", "IdToken"),
            ("remote_Control_Software", "RemoteControlSoftware"),
            ("FlowWhenChanged", "FlowWhenChanged"),
            ("self", "SelfValue"),
            ("true", "True"),
            ("l", "L"),
            ("_", "Underscore"),
            ("3d", "N3d"),
        ] {
            assert_eq!(pascal_case(name), ident, "{name}");
        }
    }

    #[test]
    fn module_names() {
        assert_eq!(snake_case("callRecords"), "call_records");
        assert_eq!(snake_case("security"), "security");
        assert_eq!(snake_case("networkaccess"), "networkaccess");
        assert_eq!(snake_case("IOSApps"), "ios_apps");
        assert_eq!(snake_case("type"), "r#type");
        assert_eq!(snake_case("self"), "self_");
        assert_eq!(snake_case("Self"), "self_");
        assert_eq!(snake_case("crate"), "crate_");
        assert_eq!(snake_case("super"), "super_");
        assert_eq!(snake_case("_"), "__");
        assert_eq!(snake_case("Größe"), "gr_e");
        assert_eq!(snake_case("a__b"), "a_b");
        assert_eq!(snake_case("नमस्ते"), "__");
    }

    #[test]
    fn collisions_are_numbered_in_order() {
        let mut scope = Scope::default();
        assert_eq!(scope.claim("A".into()), "A");
        assert_eq!(scope.claim("A".into()), "A2");
        assert_eq!(scope.claim("A".into()), "A3");
        assert!(scope.is_taken("A2"));
    }
}

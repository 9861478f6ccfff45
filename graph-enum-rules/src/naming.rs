//! Names: wire names from identifiers (Graph's rule, and `rename_all` for
//! services that spell their enums another way) and OData's identifiers.

use alloc::string::String;
use alloc::vec::Vec;

/// A `#[graph_enum(rename_all = "...")]` rule. [`RenameRule::Graph`] is the
/// default, Graph's own rule: lower-case the first character and keep the rest.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RenameRule {
    /// `InProgress` → `inProgress`, `AssignedToExternalMDM` → `assignedToExternalMDM`.
    Graph,
    /// `InProgress` → `inprogress`.
    Lower,
    /// `InProgress` → `INPROGRESS`.
    Upper,
    /// `in_progress` → `InProgress`.
    Pascal,
    /// `AssignedToExternalMDM` → `assigned_to_external_mdm`.
    Snake,
    /// `InProgress` → `IN_PROGRESS`.
    ScreamingSnake,
    /// `InProgress` → `in-progress`.
    Kebab,
    /// `InProgress` → `IN-PROGRESS`.
    ScreamingKebab,
}

impl RenameRule {
    /// Each rule by the name `rename_all` takes (serde's names).
    pub const NAMES: &'static [(&'static str, RenameRule)] = &[
        ("camelCase", RenameRule::Graph),
        ("lowercase", RenameRule::Lower),
        ("UPPERCASE", RenameRule::Upper),
        ("PascalCase", RenameRule::Pascal),
        ("snake_case", RenameRule::Snake),
        ("SCREAMING_SNAKE_CASE", RenameRule::ScreamingSnake),
        ("kebab-case", RenameRule::Kebab),
        ("SCREAMING-KEBAB-CASE", RenameRule::ScreamingKebab),
    ];

    /// The rule `rename_all` names `name`.
    #[must_use]
    pub fn from_name(name: &str) -> Option<RenameRule> {
        Self::NAMES
            .iter()
            .find(|(known, _)| *known == name)
            .map(|(_, rule)| *rule)
    }

    /// The wire name of a variant or enum called `ident` (without `r#`).
    #[must_use]
    pub fn apply(self, ident: &str) -> String {
        match self {
            RenameRule::Graph => lower_first(ident),
            RenameRule::Lower => ident.to_lowercase(),
            RenameRule::Upper => ident.to_uppercase(),
            RenameRule::Pascal => join(ident, "", capitalize),
            RenameRule::Snake => join(ident, "_", str::to_lowercase),
            RenameRule::ScreamingSnake => join(ident, "_", str::to_uppercase),
            RenameRule::Kebab => join(ident, "-", str::to_lowercase),
            RenameRule::ScreamingKebab => join(ident, "-", str::to_uppercase),
        }
    }
}

// The functions below build their strings with `push_str`, not iterator
// adapters and `join` (see the crate docs: how this crate is built).

/// Graph's rule for member and type names: only the first character changes.
///
/// ```
/// assert_eq!(graph_enum_rules::naming::lower_first("AssignedToExternalMDM"), "assignedToExternalMDM");
/// ```
#[must_use]
pub fn lower_first(ident: &str) -> String {
    let mut chars = ident.chars();
    let mut name = String::with_capacity(ident.len());
    if let Some(first) = chars.next() {
        name.extend(first.to_lowercase());
    }
    name.push_str(chars.as_str());
    name
}

/// The first character upper-cased, the others lower-cased, each by itself.
fn capitalize(word: &str) -> String {
    let mut word = word.chars();
    let mut capitalized = String::with_capacity(word.as_str().len());
    if let Some(first) = word.next() {
        capitalized.extend(first.to_uppercase());
    }
    for other in word {
        capitalized.extend(other.to_lowercase());
    }
    capitalized
}

/// The words of `ident`, each in `case`, with `separator` between them.
fn join(ident: &str, separator: &str, case: fn(&str) -> String) -> String {
    let mut joined = String::with_capacity(ident.len() + 4);
    for (index, word) in words(ident).into_iter().enumerate() {
        if index > 0 {
            joined.push_str(separator);
        }
        joined.push_str(&case(word));
    }
    joined
}

/// Splits an identifier into words at underscores, at a lower-case letter or
/// digit followed by an upper-case one, and before the last capital of an
/// acronym that starts a new word: `AssignedToExternalMDM` → Assigned, To,
/// External, MDM; `HTTPServer2` → HTTP, Server2.
fn words(ident: &str) -> Vec<&str> {
    let mut words = Vec::new();
    for part in ident.split('_').filter(|part| !part.is_empty()) {
        let chars: Vec<(usize, char)> = part.char_indices().collect();
        let mut start = 0;
        for window in 1..chars.len() {
            let (index, current) = chars[window];
            let previous = chars[window - 1].1;
            let next_is_lower = chars
                .get(window + 1)
                .is_some_and(|(_, next)| next.is_lowercase());
            let boundary = current.is_uppercase()
                && (previous.is_lowercase()
                    || previous.is_ascii_digit()
                    || (previous.is_uppercase() && next_is_lower));
            if boundary {
                words.push(&part[start..index]);
                start = index;
            }
        }
        words.push(&part[start..]);
    }
    words
}

/// OData's `SimpleIdentifier` (CSDL 4.01): a letter (Unicode `L`, `Nl`) or
/// `_`, then letters, decimal digits (`Nd`), combining marks (`Mn`, `Mc`),
/// connector punctuation (`Pc`) or format characters (`Cf`), at most 128
/// characters: `x\u{301}`, `नमस्ते` and `Größe` are identifiers. The
/// categories are read through Unicode's identifier classes (UAX #31's
/// `XID_Start` and `XID_Continue`, which hold the same categories), with the
/// joiners (U+200C, U+200D) of `Cf`, which scripts need inside words.
#[must_use]
pub fn is_odata_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    let starts_well = chars
        .next()
        .is_some_and(|first| unicode_ident::is_xid_start(first) || first == '_');
    starts_well
        && text.chars().count() <= 128
        && chars
            .all(|ch| unicode_ident::is_xid_continue(ch) || matches!(ch, '\u{200c}' | '\u{200d}'))
}

/// OData's namespace: identifiers joined by dots (`microsoft.graph.security`).
#[must_use]
pub fn is_odata_namespace(text: &str) -> bool {
    text.split('.').all(is_odata_identifier)
}

#[cfg(test)]
mod tests {
    use super::RenameRule::{self, *};
    use super::{is_odata_identifier, is_odata_namespace};

    fn check(rule: RenameRule, cases: &[(&str, &str)]) {
        for (ident, expected) in cases {
            assert_eq!(rule.apply(ident), *expected, "{rule:?} of {ident}");
        }
    }

    #[test]
    fn graph_rule_changes_only_the_first_character() {
        check(
            Graph,
            &[
                ("InProgress", "inProgress"),
                ("AssignedToExternalMDM", "assignedToExternalMDM"),
                ("MacOS", "macOS"),
                ("ArM64", "arM64"),
                ("Tls1_2", "tls1_2"),
                ("L", "l"),
                ("self", "self"),
                ("Ärger", "ärger"),
            ],
        );
    }

    #[test]
    fn word_rules_split_acronyms_and_digits() {
        check(
            Snake,
            &[
                ("AssignedToExternalMDM", "assigned_to_external_mdm"),
                ("HTTPServer2", "http_server2"),
                ("Tls1_2", "tls1_2"),
            ],
        );
        check(ScreamingSnake, &[("InProgress", "IN_PROGRESS")]);
        check(Kebab, &[("InProgress", "in-progress"), ("MacOS", "mac-os")]);
        check(ScreamingKebab, &[("InProgress", "IN-PROGRESS")]);
        check(
            Pascal,
            &[("in_progress", "InProgress"), ("InProgress", "InProgress")],
        );
        check(Lower, &[("InProgress", "inprogress")]);
        check(Upper, &[("InProgress", "INPROGRESS")]);
    }

    #[test]
    fn odata_identifiers() {
        assert!(is_odata_identifier("vppTokenSyncStatus"));
        assert!(is_odata_identifier("_x1") && is_odata_identifier("Ärger"));
        // A combining mark, a virama and a vowel sign, a joiner: CSDL allows
        // them after the first character.
        for name in ["x\u{301}", "नमस्ते", "Größe", "a\u{200d}b", "a\u{203f}b"] {
            assert!(is_odata_identifier(name), "{name:?}");
        }
        for name in ["\u{301}x", "a b", "a.b", "a\u{2028}b", "²"] {
            assert!(!is_odata_identifier(name), "{name:?}");
        }
        assert!(
            !is_odata_identifier("1x") && !is_odata_identifier("a-b") && !is_odata_identifier("")
        );
        assert!(is_odata_identifier(&"a".repeat(128)) && !is_odata_identifier(&"a".repeat(129)));
        assert!(is_odata_namespace("microsoft.graph.security"));
        assert!(!is_odata_namespace("microsoft..graph") && !is_odata_namespace("microsoft.graph."));
    }
}

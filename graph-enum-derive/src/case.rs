//! Wire names from Rust identifiers: Graph's rule, and `rename_all` for
//! services that spell their enums another way.

/// A `#[graph_enum(rename_all = "...")]` rule. `None` of these is the default,
/// Graph's own rule: lower-case the first character and keep the rest.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum RenameRule {
    /// `InProgress` → `inProgress`, `AssignedToExternalMDM` → `assignedToExternalMDM`.
    Graph,
    Lower,
    Upper,
    Pascal,
    Snake,
    ScreamingSnake,
    Kebab,
    ScreamingKebab,
}

impl RenameRule {
    pub(crate) const NAMES: &'static [(&'static str, RenameRule)] = &[
        ("camelCase", RenameRule::Graph),
        ("lowercase", RenameRule::Lower),
        ("UPPERCASE", RenameRule::Upper),
        ("PascalCase", RenameRule::Pascal),
        ("snake_case", RenameRule::Snake),
        ("SCREAMING_SNAKE_CASE", RenameRule::ScreamingSnake),
        ("kebab-case", RenameRule::Kebab),
        ("SCREAMING-KEBAB-CASE", RenameRule::ScreamingKebab),
    ];

    pub(crate) fn from_name(name: &str) -> Option<RenameRule> {
        Self::NAMES
            .iter()
            .find(|(known, _)| *known == name)
            .map(|(_, rule)| *rule)
    }

    /// The wire name of a variant or enum called `ident` (already un-raw'd).
    pub(crate) fn apply(self, ident: &str) -> String {
        match self {
            RenameRule::Graph => lower_first(ident),
            RenameRule::Lower => ident.to_lowercase(),
            RenameRule::Upper => ident.to_uppercase(),
            RenameRule::Pascal => words(ident).iter().map(|word| capitalize(word)).collect(),
            RenameRule::Snake => join(ident, "_", str::to_lowercase),
            RenameRule::ScreamingSnake => join(ident, "_", str::to_uppercase),
            RenameRule::Kebab => join(ident, "-", str::to_lowercase),
            RenameRule::ScreamingKebab => join(ident, "-", str::to_uppercase),
        }
    }
}

/// Graph's rule for member and type names: only the first character changes.
pub(crate) fn lower_first(ident: &str) -> String {
    let mut chars = ident.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

fn join(ident: &str, separator: &str, case: fn(&str) -> String) -> String {
    words(ident)
        .iter()
        .map(|word| case(word))
        .collect::<Vec<_>>()
        .join(separator)
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

#[cfg(test)]
mod tests {
    use super::RenameRule::{self, *};

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
}

//! Finding a member by its wire name: the lookup the derive builds for each
//! enum, and the rule for names in another ASCII case. Over tables only, so
//! the trait and the reading code share it without knowing each other.

/// An enum's name lookup, built by the derive (`graph_enum_rules::lookup`).
pub type Lookup = graph_enum_rules::lookup::Lookup<'static>;
/// The perfect hash inside a [`Lookup`].
pub type Hash = graph_enum_rules::lookup::Hash<'static>;

/// The member `text` names ignoring ASCII case: the exact name, else the one
/// name equal to it ignoring case (`from_str_ignore_ascii_case`, for single
/// values and `Flags`).
pub(crate) fn index_ignoring_case(lookup: &Lookup, names: &[&str], text: &str) -> Option<usize> {
    lookup
        .find(names, text)
        .or_else(|| unique_ignoring_case(names, text))
}

/// The position of the only name equal to `text` ignoring ASCII case. Two
/// such names (`iosUpdate`, `iOSUpdate`) make the text ambiguous: `None`,
/// so the input is kept as an unknown value rather than guessed.
pub(crate) fn unique_ignoring_case(names: &[&str], text: &str) -> Option<usize> {
    let mut matches = names
        .iter()
        .enumerate()
        .filter(|(_, name)| name.eq_ignore_ascii_case(text))
        .map(|(index, _)| index);
    let first = matches.next()?;
    match matches.next() {
        Some(_) => None,
        None => Some(first),
    }
}

#[cfg(test)]
mod tests {
    use super::unique_ignoring_case;

    #[test]
    fn a_case_insensitive_match_must_be_unique() {
        let names = ["html", "text", "iosUpdate", "iOSUpdate"];
        assert_eq!(unique_ignoring_case(&names, "HTML"), Some(0));
        assert_eq!(unique_ignoring_case(&names, "Text"), Some(1));
        assert_eq!(unique_ignoring_case(&names, "IOSUPDATE"), None);
        assert_eq!(unique_ignoring_case(&names, "markdown"), None);
    }
}

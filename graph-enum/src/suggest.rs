//! "Did you mean ...?" for a [`ParseError`](crate::ParseError): the declared
//! name nearest to a rejected input.

/// Inputs longer than this get no suggestion; it bounds the stack buffers below.
const MAX_CHARS: usize = 64;

/// The candidate that differs from `input` only in ASCII case, else the one
/// with the smallest edit distance if that distance looks like a typo (at most
/// one edit per three characters, at least one). Ties go to the earlier
/// candidate, so the answer is stable. Numeric input gets no suggestion: it is
/// a value, not a misspelt name.
pub(crate) fn nearest_name<'a>(
    input: &str,
    candidates: impl Iterator<Item = &'a str> + Clone,
) -> Option<&'a str> {
    if input.is_empty() || crate::integer::parse_integer(input).is_some() {
        return None;
    }
    if let Some(same) = candidates
        .clone()
        .find(|name| name.eq_ignore_ascii_case(input))
    {
        return Some(same);
    }
    let mut chars = ['\0'; MAX_CHARS];
    let mut len = 0;
    for ch in input.chars() {
        if len == MAX_CHARS {
            return None;
        }
        chars[len] = ch.to_ascii_lowercase();
        len += 1;
    }
    let input = &chars[..len];
    let limit = (len / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    for name in candidates {
        let distance = edit_distance(input, name, limit);
        if distance <= limit && best.map_or(true, |(shortest, _)| distance < shortest) {
            best = Some((distance, name));
        }
    }
    best.map(|(_, name)| name)
}

/// Levenshtein distance between `input` (lower-cased chars) and `name`,
/// ignoring ASCII case; returns early with `limit + 1` once every path is over
/// `limit`, so long unrelated names cost little.
fn edit_distance(input: &[char], name: &str, limit: usize) -> usize {
    if name.chars().count().abs_diff(input.len()) > limit {
        return limit + 1;
    }
    // row[j] = distance between the name's prefix read so far and input[..j].
    let mut row = [0usize; MAX_CHARS + 1];
    for (j, cell) in row.iter_mut().enumerate().take(input.len() + 1) {
        *cell = j;
    }
    for (i, name_char) in name.chars().enumerate() {
        let name_char = name_char.to_ascii_lowercase();
        let mut diagonal = row[0];
        row[0] = i + 1;
        let mut row_min = row[0];
        for j in 1..=input.len() {
            let substitution = diagonal + usize::from(input[j - 1] != name_char);
            diagonal = row[j];
            row[j] = substitution.min(row[j] + 1).min(row[j - 1] + 1);
            row_min = row_min.min(row[j]);
        }
        if row_min > limit {
            return limit + 1;
        }
    }
    row[input.len()]
}

#[cfg(test)]
mod tests {
    use super::nearest_name;
    use alloc::string::String;

    const NAMES: [&str; 4] = ["none", "inProgress", "completed", "failed"];

    fn suggest(input: &str) -> Option<&'static str> {
        nearest_name(input, NAMES.iter().copied())
    }

    #[test]
    fn case_difference_wins() {
        assert_eq!(suggest("INPROGRESS"), Some("inProgress"));
        assert_eq!(suggest("Failed"), Some("failed"));
    }

    #[test]
    fn typos_within_the_limit() {
        assert_eq!(suggest("inprogres"), Some("inProgress"));
        assert_eq!(suggest("complted"), Some("completed"));
        assert_eq!(suggest("faild"), Some("failed"));
        assert_eq!(suggest("nne"), Some("none"));
    }

    #[test]
    fn nothing_when_far_or_numeric() {
        assert_eq!(suggest("paused"), None);
        assert_eq!(suggest("x"), None);
        assert_eq!(suggest(""), None);
        assert_eq!(suggest("7"), None);
        assert_eq!(
            suggest(&String::from_utf8(alloc::vec![b'a'; 100]).unwrap_or_default()),
            None
        );
    }
}

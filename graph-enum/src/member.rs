//! What the schema says about one declared member, and how an enum treats the
//! values it does not declare.

/// One declared member of a [`GraphEnum`](crate::GraphEnum), as listed in
/// [`GraphEnum::MEMBERS`](crate::GraphEnum::MEMBERS).
///
/// ```
/// use graph_enum::{GraphEnum, VppTokenSyncStatus};
///
/// let member = &VppTokenSyncStatus::MEMBERS[1];
/// assert_eq!(member.name, "inProgress");
/// assert_eq!(member.value, 1);
/// assert_eq!(member.description, Some("Last Sync in progress."));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Member {
    /// The wire name, exactly as Graph writes it in JSON (`"inProgress"`).
    pub name: &'static str,
    /// The integer value from the schema, widened to `i64` whatever the enum's
    /// [`Value`](crate::GraphEnum::Value) type is.
    pub value: i64,
    /// The member's description: its doc comment, or
    /// `#[graph_enum(description = "...")]`.
    pub description: Option<&'static str>,
    /// Translations of the description, `(BCP 47 tag, text)`, from
    /// `#[graph_enum(description(de = "..."))]`.
    pub descriptions: &'static [(&'static str, &'static str)],
    /// A name for people rather than the wire, from
    /// `#[graph_enum(display_name = "...")]`.
    pub display_name: Option<&'static str>,
    /// Translations of the display name, from
    /// `#[graph_enum(display_name(de = "..."))]`.
    pub display_names: &'static [(&'static str, &'static str)],
    /// Whether this is an evolvable enum's sentinel, `unknownFutureValue`.
    pub is_sentinel: bool,
    /// Whether the member is declared after the sentinel: Graph sends it only
    /// when the request asks with [`INCLUDE_UNKNOWN_ENUM_MEMBERS`](crate::INCLUDE_UNKNOWN_ENUM_MEMBERS),
    /// and sends `unknownFutureValue` in its place otherwise.
    pub requires_opt_in: bool,
}

impl Member {
    /// Only the derive builds members (through [`Member::__table`]); new
    /// fields can then be added without a breaking change (the struct is
    /// `#[non_exhaustive]`).
    const fn new(name: &'static str, value: i64, description: Option<&'static str>) -> Self {
        Member {
            name,
            value,
            description,
            descriptions: &[],
            display_name: None,
            display_names: &[],
            is_sentinel: false,
            requires_opt_in: false,
        }
    }

    /// `MEMBERS` of a derived enum from parallel arrays. One const call per enum
    /// type-checks much faster than a call per member, which matters to crates
    /// of hundreds of enums; const evaluation does the loop.
    /// A description of `""` is none. `sentinel` is the position of
    /// `unknownFutureValue`, `usize::MAX` for none; the members after it
    /// require opt-in.
    #[doc(hidden)]
    #[must_use]
    pub const fn __table<const N: usize>(
        names: &[&'static str],
        values: [i64; N],
        descriptions: [&'static str; N],
        sentinel: usize,
    ) -> [Member; N] {
        let mut members = [Member::new("", 0, None); N];
        let mut index = 0;
        // No call per member: const evaluation interprets every call, for
        // each of a catalogue's thousands of members (so `""` as none, the
        // rule of `__private::text`, is written out here).
        while index < N {
            let description = descriptions[index];
            members[index] = Member {
                name: names[index],
                value: values[index],
                description: if description.is_empty() {
                    None
                } else {
                    Some(description)
                },
                descriptions: &[],
                display_name: None,
                display_names: &[],
                is_sentinel: index == sentinel,
                requires_opt_in: index > sentinel,
            };
            index += 1;
        }
        members
    }

    /// Sets the translations of the member at `index` in `table`.
    #[doc(hidden)]
    #[must_use]
    pub const fn __localize<const N: usize>(
        mut table: [Member; N],
        index: usize,
        descriptions: &'static [(&'static str, &'static str)],
        display_name: Option<&'static str>,
        display_names: &'static [(&'static str, &'static str)],
    ) -> [Member; N] {
        table[index] = table[index].localized(descriptions, display_name, display_names);
        table
    }

    const fn localized(
        mut self,
        descriptions: &'static [(&'static str, &'static str)],
        display_name: Option<&'static str>,
        display_names: &'static [(&'static str, &'static str)],
    ) -> Self {
        self.descriptions = descriptions;
        self.display_name = display_name;
        self.display_names = display_names;
        self
    }

    /// The description in `language` (a BCP 47 tag such as `de-DE`), falling
    /// back from `de-DE` to `de` and then to [`description`](Self::description).
    ///
    /// ```
    /// use graph_enum::{GraphEnum, VppTokenSyncStatus};
    ///
    /// let failed = &VppTokenSyncStatus::MEMBERS[3];
    /// assert_eq!(failed.description_in("de-AT"), Some("Fehler bei der letzten Synchronisierung."));
    /// assert_eq!(failed.description_in("fr"), Some("Last Sync failed."));
    /// ```
    #[must_use]
    pub fn description_in(&self, language: &str) -> Option<&'static str> {
        localized(self.descriptions, language).or(self.description)
    }

    /// The display name in `language`, falling back like
    /// [`description_in`](Self::description_in) to
    /// [`display_name`](Self::display_name).
    #[must_use]
    pub fn display_name_in(&self, language: &str) -> Option<&'static str> {
        localized(self.display_names, language).or(self.display_name)
    }
}

/// The position of the sentinel `unknownFutureValue` among `members`.
pub(crate) const fn sentinel_position(members: &[Member]) -> Option<usize> {
    let mut index = 0;
    while index < members.len() {
        if members[index].is_sentinel {
            return Some(index);
        }
        index += 1;
    }
    None
}

/// The inherent `value` of a closed or lossy enum: the member's at `index`,
/// `None` past the end (the fallback).
#[inline]
#[must_use]
pub const fn value<R: Copy>(values: &[R], index: usize) -> Option<R> {
    if index < values.len() {
        Some(values[index])
    } else {
        None
    }
}

/// The inherent `description`: the member's, the fallback's past the end.
#[inline]
#[must_use]
pub const fn description(
    members: &[Member],
    index: usize,
    fallback: &'static str,
) -> Option<&'static str> {
    if index < members.len() {
        members[index].description
    } else {
        text(fallback)
    }
}

/// A description the derive wrote as a plain string, `""` for none: a string
/// constant costs rustc less than an `Option::Some(..)` written through its
/// path (BENCHMARKS.md, "What each enum expands to"), and a crate of hundreds
/// of enums has thousands.
#[inline]
#[must_use]
pub const fn text(text: &'static str) -> Option<&'static str> {
    if text.is_empty() {
        None
    } else {
        Some(text)
    }
}

/// The text for `language` or its nearest parent: `de-DE-1996`, then `de-DE`,
/// then `de`. Tags compare ASCII-case-insensitively, and `_` counts as `-`
/// (`de_DE`, as POSIX locales write it).
pub(crate) fn localized(
    table: &'static [(&'static str, &'static str)],
    language: &str,
) -> Option<&'static str> {
    let mut tag = language;
    loop {
        let same_tag = |known: &str| {
            known.len() == tag.len()
                && known.bytes().zip(tag.bytes()).all(|(a, b)| {
                    a.eq_ignore_ascii_case(&b)
                        || (matches!(a, b'-' | b'_') && matches!(b, b'-' | b'_'))
                })
        };
        if let Some((_, text)) = table.iter().find(|(known, _)| same_tag(known)) {
            return Some(text);
        }
        tag = &tag[..tag.rfind(['-', '_'])?];
    }
}

/// What an enum does with a value it does not declare, chosen by its
/// `#[graph_enum(unknown)]` variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fallback {
    /// No fallback variant: unknown input is an error
    /// ([`ParseError`](crate::ParseError), [`ValueError`](crate::ValueError)).
    Closed,
    /// A unit fallback variant: unknown input becomes that variant and the text
    /// or number is dropped. The enum can stay `Copy`.
    Lossy,
    /// A fallback variant holding an [`UnknownValue`](crate::UnknownValue<Self>):
    /// unknown input is kept byte for byte and written back unchanged (a
    /// number in canonical decimal: SPEC.md, "Numeric text").
    Lossless,
}

#[cfg(test)]
mod tests {
    use super::localized;

    const TABLE: &[(&str, &str)] = &[
        ("de", "Deutsch"),
        ("de-CH", "Schweizerdeutsch"),
        ("zh-Hant", "繁體"),
    ];

    #[test]
    fn falls_back_to_parent_tags() {
        assert_eq!(localized(TABLE, "de"), Some("Deutsch"));
        assert_eq!(localized(TABLE, "de-DE"), Some("Deutsch"));
        assert_eq!(localized(TABLE, "de-CH"), Some("Schweizerdeutsch"));
        assert_eq!(localized(TABLE, "DE_ch"), Some("Schweizerdeutsch"));
        assert_eq!(localized(TABLE, "de-CH-1996"), Some("Schweizerdeutsch"));
        assert_eq!(localized(TABLE, "zh-hant-TW"), Some("繁體"));
    }

    #[test]
    fn no_match_is_none() {
        assert_eq!(localized(TABLE, "fr"), None);
        assert_eq!(localized(TABLE, "d"), None);
        assert_eq!(localized(TABLE, ""), None);
        assert_eq!(localized(TABLE, "-"), None);
        assert_eq!(localized(TABLE, "deu"), None);
    }
}

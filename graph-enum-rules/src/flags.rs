//! How a flags enum's members make up a set.

/// The most members a flags enum may declare. Graph's largest flags enum has
/// 28; the bound keeps the runtime's set of members in 32 bytes.
pub const MAX_FLAGS_MEMBERS: usize = 256;

/// How the members of a flags enum make up a set, decided from the values
/// ([`FlagsKind::from_values`]) unless the enum says (`#[graph_enum(flags =
/// "bits")]` / `flags = "names"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlagsKind {
    /// The values are bits (`1`, `2`, `4`), unions of them (`full = 15`) or
    /// zero (`none`): a set is the union of its members' bits, numbers are
    /// split into members, and a combination member is written for its bits.
    Bits,
    /// The values are numbered like a plain enum's (`0, 1, 2, 3, …`), as in
    /// Graph's `fileStorageContainerTypeSettingsOverride`: their bits mean
    /// nothing, so a set is a set of names, and exactly the names read are
    /// written.
    Names,
}

impl FlagsKind {
    /// The kind of a flags enum with these distinct values (the sentinel's
    /// left out): `Names` when they are numbered like a plain enum's,
    /// consecutive from 0 or 1 with two or more that are neither zero nor a
    /// single bit (Graph's `fileStorageContainerTypeSettingsOverride`, 0 to 5:
    /// reading 3 as 1|2 would turn one setting into two others). Otherwise
    /// `Bits`, which keeps deliberate unions such as `full = 15` or
    /// `greaterThanOrEqual = 5`.
    ///
    /// ```
    /// use graph_enum_rules::flags::FlagsKind;
    /// assert_eq!(FlagsKind::from_values(&[0, 1, 2, 3, 4, 5]), FlagsKind::Names);
    /// assert_eq!(FlagsKind::from_values(&[0, 1, 2, 4, 8, 15]), FlagsKind::Bits);
    /// ```
    #[must_use]
    pub fn from_values(values: &[i128]) -> FlagsKind {
        // One loop rather than `min`, `max` and `filter` (see the crate docs).
        let Some(&first) = values.first() else {
            return FlagsKind::Bits;
        };
        let (mut min, mut max, mut unions) = (first, first, 0);
        for &value in values {
            min = min.min(value);
            max = max.max(value);
            if value > 0 && value.count_ones() > 1 {
                unions += 1;
            }
        }
        // Distinct values (the checks see to that) are consecutive exactly
        // when they span as many numbers as there are of them.
        let consecutive = usize::try_from(max - min).is_ok_and(|span| span + 1 == values.len());
        if consecutive && (min == 0 || min == 1) && unions >= 2 {
            FlagsKind::Names
        } else {
            FlagsKind::Bits
        }
    }

    /// The variant's name: `"Bits"`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            FlagsKind::Bits => "Bits",
            FlagsKind::Names => "Names",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::FlagsKind;

    #[test]
    fn plain_numbering_with_unions_is_names() {
        assert_eq!(FlagsKind::from_values(&[1, 2, 3, 4, 5]), FlagsKind::Names);
        assert_eq!(
            FlagsKind::from_values(&[5, 4, 3, 2, 1, 0]),
            FlagsKind::Names
        );
        // One union only: a bits enum with a combination member.
        assert_eq!(FlagsKind::from_values(&[0, 1, 2, 3]), FlagsKind::Bits);
        // Consecutive but not from 0 or 1.
        assert_eq!(FlagsKind::from_values(&[2, 3, 4, 5, 6]), FlagsKind::Bits);
        assert_eq!(FlagsKind::from_values(&[1, 2, 4, 8]), FlagsKind::Bits);
        assert_eq!(FlagsKind::from_values(&[]), FlagsKind::Bits);
        assert_eq!(FlagsKind::from_values(&[0]), FlagsKind::Bits);
    }
}

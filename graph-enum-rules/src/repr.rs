//! The integer types an enum type's values can have.

/// The integer type of an enum type's values: the Rust `#[repr]`, and in CSDL
/// the `UnderlyingType`.
///
/// Every one has values that fit in `i64`, the type of a member's value at run
/// time; `u64`, `i128`, `u128`, `isize` and `usize` are not among them
/// ([`Repr::UNSUPPORTED`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Repr {
    /// `i8`, CSDL's `Edm.SByte`.
    I8,
    /// `i16`, CSDL's `Edm.Int16`.
    I16,
    /// `i32`, CSDL's `Edm.Int32`: the default in Rust and in CSDL.
    I32,
    /// `i64`, CSDL's `Edm.Int64`.
    I64,
    /// `u8`, CSDL's `Edm.Byte`.
    U8,
    /// `u16`, no CSDL type.
    U16,
    /// `u32`, no CSDL type.
    U32,
}

impl Repr {
    /// Every supported type.
    pub const ALL: [Repr; 7] = [
        Repr::I8,
        Repr::I16,
        Repr::I32,
        Repr::I64,
        Repr::U8,
        Repr::U16,
        Repr::U32,
    ];

    /// Integer types Rust allows in `#[repr]` whose values do not all fit in `i64`
    /// on every target.
    pub const UNSUPPORTED: [&'static str; 5] = ["u64", "i128", "u128", "isize", "usize"];

    /// The type without a `#[repr]` or an `UnderlyingType`: `Edm.Int32`.
    pub const DEFAULT: Repr = Repr::I32;

    /// The Rust name: `"i32"`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Repr::I8 => "i8",
            Repr::I16 => "i16",
            Repr::I32 => "i32",
            Repr::I64 => "i64",
            Repr::U8 => "u8",
            Repr::U16 => "u16",
            Repr::U32 => "u32",
        }
    }

    /// The type with this Rust name.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Repr> {
        Repr::ALL.into_iter().find(|repr| repr.name() == name)
    }

    /// The CSDL `UnderlyingType` of this type, if CSDL has one.
    #[must_use]
    pub const fn edm(self) -> Option<&'static str> {
        match self {
            Repr::I8 => Some("Edm.SByte"),
            Repr::I16 => Some("Edm.Int16"),
            Repr::I32 => Some("Edm.Int32"),
            Repr::I64 => Some("Edm.Int64"),
            Repr::U8 => Some("Edm.Byte"),
            Repr::U16 | Repr::U32 => None,
        }
    }

    /// The type of a CSDL `UnderlyingType`: CSDL allows `Edm.Byte`, `Edm.SByte`,
    /// `Edm.Int16`, `Edm.Int32` and `Edm.Int64`, nothing else.
    ///
    /// ```
    /// use graph_enum_rules::repr::Repr;
    /// assert_eq!(Repr::from_edm("Edm.Byte"), Some(Repr::U8));
    /// assert_eq!(Repr::from_edm("Edm.String"), None);
    /// ```
    #[must_use]
    pub fn from_edm(edm: &str) -> Option<Repr> {
        Repr::ALL.into_iter().find(|repr| repr.edm() == Some(edm))
    }

    /// The smallest value.
    #[must_use]
    pub const fn min(self) -> i128 {
        match self {
            Repr::I8 => i8::MIN as i128,
            Repr::I16 => i16::MIN as i128,
            Repr::I32 => i32::MIN as i128,
            Repr::I64 => i64::MIN as i128,
            Repr::U8 | Repr::U16 | Repr::U32 => 0,
        }
    }

    /// The largest value.
    #[must_use]
    pub const fn max(self) -> i128 {
        match self {
            Repr::I8 => i8::MAX as i128,
            Repr::I16 => i16::MAX as i128,
            Repr::I32 => i32::MAX as i128,
            Repr::I64 => i64::MAX as i128,
            Repr::U8 => u8::MAX as i128,
            Repr::U16 => u16::MAX as i128,
            Repr::U32 => u32::MAX as i128,
        }
    }

    /// Whether `value` is one of this type's.
    #[must_use]
    pub const fn contains(self, value: i128) -> bool {
        self.min() <= value && value <= self.max()
    }
}

#[cfg(test)]
mod tests {
    use super::Repr;

    #[test]
    fn names_and_edm_types_round_trip() {
        for repr in Repr::ALL {
            assert_eq!(Repr::from_name(repr.name()), Some(repr));
            if let Some(edm) = repr.edm() {
                assert_eq!(Repr::from_edm(edm), Some(repr));
            }
        }
        assert_eq!(Repr::from_name("u64"), None);
        assert_eq!(Repr::from_edm("Edm.Int32"), Some(Repr::DEFAULT));
    }

    #[test]
    fn ranges_are_the_rust_types() {
        assert!(Repr::U8.contains(255) && !Repr::U8.contains(256) && !Repr::U8.contains(-1));
        assert!(Repr::I32.contains(-2_147_483_648) && !Repr::I32.contains(3_000_000_000));
        assert_eq!(Repr::I64.max(), i128::from(i64::MAX));
        assert_eq!(Repr::U32.max(), i128::from(u32::MAX));
    }
}

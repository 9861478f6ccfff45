//! `arbitrary` support (feature `arbitrary`): every derived enum and every
//! [`Flags`] set is [`Arbitrary`], so fuzz targets and property tests get
//! Graph values, including the ones a Graph client must survive.
//!
//! A closed enum yields its declared members. An open (lossy or lossless)
//! enum yields a member three times in four and otherwise what Graph may send
//! next month: arbitrary text or an arbitrary number, read as `FromStr` reads
//! it, so the fuzz target runs the unknown path (a lossless enum keeps the
//! input, a lossy one its fallback variant). A set holds arbitrary members
//! and, when `E` is open, arbitrary text and numbers read as parts.
//!
//! ```
//! use arbitrary::{Arbitrary, Unstructured};
//! use graph_enum::VppTokenSyncStatus;
//!
//! let mut values = Vec::new();
//! for seed in 0..64_u8 {
//!     let bytes: Vec<u8> = (0..32).map(|i| seed.wrapping_mul(31).wrapping_add(i * 7)).collect();
//!     values.push(VppTokenSyncStatus::arbitrary(&mut Unstructured::new(&bytes))?);
//! }
//! assert!(values.iter().any(|value| value.is_unknown()));
//! assert!(values.contains(&VppTokenSyncStatus::Completed));
//! # Ok::<(), arbitrary::Error>(())
//! ```
//
// The derive cannot see this crate's features, so it always invokes
// `__private::impl_arbitrary!`, which is the impl with the feature and
// nothing without it.

use arbitrary::{Arbitrary, Error, Result, Unstructured};

use crate::integer::IntegerText;
use crate::{Fallback, Flags, GraphEnum, GraphFlags};

/// One value of a derived enum, as described in the module docs.
///
/// # Errors
/// [`Error::NotEnoughData`] or [`Error::EmptyChoose`] from `arbitrary`: a
/// closed enum with no members has no value to give.
#[doc(hidden)]
pub fn arbitrary<E: GraphEnum>(input: &mut Unstructured<'_>) -> Result<E> {
    let members = E::MEMBERS.len();
    let declared =
        E::FALLBACK == Fallback::Closed || (members > 0 && u8::arbitrary(input)? % 4 != 0);
    if declared {
        return E::__from_index(input.choose_index(members)?).ok_or(Error::IncorrectFormat);
    }
    if bool::arbitrary(input)? {
        read(<&str>::arbitrary(input)?)
    } else {
        read(IntegerText::new(i128::from(i64::arbitrary(input)?)).as_str())
    }
}

/// `text` as an open enum reads it; only a closed enum could refuse it.
fn read<E: GraphEnum>(text: &str) -> Result<E> {
    text.parse().map_err(|_| Error::IncorrectFormat)
}

impl<'a, E: GraphFlags> Arbitrary<'a> for Flags<E> {
    fn arbitrary(input: &mut Unstructured<'a>) -> Result<Self> {
        let mut flags = Flags::empty();
        for index in 0..E::MEMBERS.len() {
            if bool::arbitrary(input)? {
                flags.extend(E::__from_index(index));
            }
        }
        if E::FALLBACK != Fallback::Closed {
            for _ in 0..input.int_in_range(0..=2_u8)? {
                flags |= if bool::arbitrary(input)? {
                    <&str>::arbitrary(input)?
                        .parse()
                        .map_err(|_| Error::IncorrectFormat)?
                } else {
                    Flags::from_bits(i64::arbitrary(input)?).map_err(|_| Error::IncorrectFormat)?
                };
            }
        }
        Ok(flags)
    }
}

//! Expanded inside this crate, where the lints see the macros' own code (in
//! a user's crate they are an external macro's): every shape, and an enum of
//! only a fallback, expand without a warning (CI denies warnings).

use crate::{GraphEnum, UnknownValue};

#[derive(GraphEnum)]
#[graph_enum(crate = "crate", ord, derive(Clone, Debug, PartialEq, Eq, Hash))]
enum OnlyFallback {
    #[graph_enum(unknown)]
    Unknown(UnknownValue<Self>),
}

#[derive(GraphEnum, Debug, PartialEq)]
#[graph_enum(crate = "crate")]
enum Closed {
    A = -1,
    B = 1,
}

#[derive(GraphEnum, Debug, PartialEq)]
#[graph_enum(crate = "crate")]
enum Lossy {
    A,
    #[graph_enum(unknown)]
    Other,
}

#[test]
fn every_shape_reads_and_writes() {
    let unknown = OnlyFallback::from("x");
    assert_eq!((unknown.as_str(), unknown.is_unknown()), ("x", true));
    assert_eq!(unknown.clone(), unknown);
    assert_eq!(Closed::try_from(-1), Ok(Closed::A));
    assert_eq!(i32::from(Closed::B), 1);
    assert_eq!(Lossy::from("b"), Lossy::Other);
    assert_eq!(Lossy::A.as_str(), "a");
}

#![no_main]
//! Reading a single value, every enum shape, on arbitrary text.

use graph_enum_test_support::fixtures::{Closed, Large, Lossless, Lossy};
use graph_enum_test_support::laws::reading;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    reading::<Closed>(text);
    reading::<Lossy>(text);
    reading::<Lossless>(text);
    reading::<Large>(text);
});

#![no_main]
//! `FromStr` of every enum shape on arbitrary text.

use graph_enum_fuzz::{check_parse, Closed, Large, Lossless, Lossy};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    check_parse::<Closed>(text);
    check_parse::<Lossy>(text);
    check_parse::<Lossless>(text);
    check_parse::<Large>(text);
});

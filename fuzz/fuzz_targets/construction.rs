#![no_main]
//! Sets built every way a value is made (SPEC.md, "Building a set"): law 1
//! after each step, for a lossless bits enum with the sentinel, a lossless
//! one whose sentinel is a union of bits, and a closed one with overlapping
//! unions.

use graph_enum_test_support::fixtures::{ChatMessageActions, DetectionOperator, UpdateWeeks};
use graph_enum_test_support::laws::{construction, Step};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let steps = Step::decode(data);
    construction::<ChatMessageActions>(&steps);
    construction::<UpdateWeeks>(&steps);
    construction::<DetectionOperator>(&steps);
});

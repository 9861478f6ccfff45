#![no_main]
//! Sets built every way a value is made (SPEC.md, "Building a set"): law 1
//! after each step, for a lossless bits enum with the sentinel, a lossless
//! one whose sentinel is a union of bits, and a closed one with overlapping
//! unions.

use graph_enum_fuzz::{check_construction, ChatMessageActions, DetectionOperator, UpdateWeeks};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    check_construction::<ChatMessageActions>(data);
    check_construction::<UpdateWeeks>(data);
    check_construction::<DetectionOperator>(data);
});

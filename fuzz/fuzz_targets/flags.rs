#![no_main]
//! SPEC.md's flags laws on arbitrary text: a lossless bits enum with a
//! union, a closed one, and Graph's chatMessageActions.

use graph_enum_test_support::fixtures::{ChatMessageActions, ClosedBits, Permissions};
use graph_enum_test_support::laws::flags;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    flags::<Permissions>(text);
    flags::<ClosedBits>(text);
    flags::<ChatMessageActions>(text);
});

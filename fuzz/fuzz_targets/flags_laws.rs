#![no_main]
//! SPEC.md's flags laws on arbitrary text, on enums with the quirks of Graph's
//! catalogue: a flags enum numbered like a plain enum, a sentinel whose value
//! is a union of other members', overlapping unions.

use graph_enum_test_support::fixtures::{DetectionOperator, SettingsOverride, UpdateWeeks};
use graph_enum_test_support::laws::flags;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    flags::<SettingsOverride>(text);
    flags::<UpdateWeeks>(text);
    flags::<DetectionOperator>(text);
});

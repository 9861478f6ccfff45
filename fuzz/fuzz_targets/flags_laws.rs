#![no_main]
//! SPEC.md's flags laws on arbitrary text, on enums with the quirks of Graph's
//! catalogue: a flags enum numbered like a plain enum, a sentinel whose value
//! is a union of other members', overlapping unions.

use graph_enum_fuzz::{check_flags_laws, DetectionOperator, SettingsOverride, UpdateWeeks};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    check_flags_laws::<SettingsOverride>(text);
    check_flags_laws::<UpdateWeeks>(text);
    check_flags_laws::<DetectionOperator>(text);
});

//! SPEC.md, section by section: each module is one section, named after it,
//! so a failing test names the rule it checks. The fixture enums are
//! `graph_enum_test_support`'s, shared with the fuzz targets; a module
//! declares an enum of its own only for the attribute or quirk it tests.
//! `strategies` is the property tests' inputs, shared by the sections.
//! "serde" is `tests/serde/`; "Databases", "Schemas", "Arbitrary values" and
//! "Events" are `tests/integrations/`; the costs are measured in
//! BENCHMARKS.md, "Runtime against the limit".

mod aliases;
mod canonicalisations;
mod case;
mod flags;
mod laws;
mod names;
mod numeric_text;
mod order;
mod reading_a_single_value;
mod strategies;
mod writing_a_single_value;

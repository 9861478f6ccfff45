//! The fixture enums of graph-enum's tests and fuzz targets, and one
//! implementation of the checks of SPEC.md's laws. Each check panics with the
//! input when a law fails, so the property tests (proptest reports a panic as
//! a failure and shrinks it) and the fuzz targets (a panic is a crash) share
//! them and differ only in how they make inputs.

// Every check panics when its law fails: that is what it is for.
#![allow(clippy::missing_panics_doc)]

// The members are data; each enum's doc says what it is for.
#[allow(missing_docs)]
pub mod fixtures;
pub mod laws;
pub mod operations;

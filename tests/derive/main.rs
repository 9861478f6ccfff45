//! What `#[derive(GraphEnum)]` gives beside SPEC.md's reading and writing:
//! member values and the integer conversions (`values`), the members as data
//! (`members`), evolvable enums (`evolvable`) and descriptions
//! (`descriptions`). Its compile errors are `tests/ui/`, its hygiene and
//! lints `tests/hygiene.rs` and `tests/lints.rs`.

mod descriptions;
mod evolvable;
mod members;
mod values;

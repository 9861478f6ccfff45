//! SPEC.md, "Flags", one module per subsection; "Cost" is measured in
//! BENCHMARKS.md, "Sets: growth from 1,000 to 1,000,000 unknown parts".

mod building_a_set;
mod equality_hashing_order;
mod kinds;
mod reading;
mod the_sentinel;
mod writing;

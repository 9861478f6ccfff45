//! Examples and integration tests of graph-enum live beside this crate (examples/, tests/).

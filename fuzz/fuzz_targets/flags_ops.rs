#![no_main]
//! `Flags<E>` set operations (`insert`, `remove`, `|`, `&`, `-`, `extend`) on
//! undeclared parts and members, against a model: the sorted-and-received
//! bookkeeping of the undeclared parts must agree with a plain list.

use graph_enum_test_support::operations::flags_operations;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| flags_operations(data));

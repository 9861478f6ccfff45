#![no_main]
//! serde_json deserialization of every shape and of flag sets on arbitrary
//! bytes: whatever is accepted writes back and reads back as the same value.

use graph_enum::Flags;
use graph_enum_test_support::fixtures::{Closed, Large, Lossless, Lossy, Permissions};
use graph_enum_test_support::laws::json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    json::<Closed>(data);
    json::<Lossy>(data);
    json::<Lossless>(data);
    json::<Large>(data);
    json::<Flags<Permissions>>(data);
    json::<Vec<Lossless>>(data);
});

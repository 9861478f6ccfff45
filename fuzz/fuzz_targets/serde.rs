#![no_main]
//! serde_json deserialization of every shape and of flag sets on arbitrary
//! bytes: whatever is accepted writes back and reads back as the same value.

use graph_enum::Flags;
use graph_enum_fuzz::{Closed, Large, Lossless, Lossy, Permissions};
use libfuzzer_sys::fuzz_target;

fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(data: &[u8]) {
    if let Ok(value) = serde_json::from_slice::<T>(data) {
        let written = serde_json::to_string(&value).unwrap();
        let again: T = serde_json::from_str(&written).unwrap();
        assert_eq!(again, value, "{written}");
    }
}

fuzz_target!(|data: &[u8]| {
    round_trip::<Closed>(data);
    round_trip::<Lossy>(data);
    round_trip::<Lossless>(data);
    round_trip::<Large>(data);
    round_trip::<Flags<Permissions>>(data);
    round_trip::<Vec<Lossless>>(data);
});

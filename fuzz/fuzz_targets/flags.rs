#![no_main]
//! `Flags<E>` parsing and writing on arbitrary text.

use graph_enum_fuzz::{check_flags, Actions, ChatMessageActions, Permissions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    check_flags::<Permissions>(text);
    check_flags::<Actions>(text);
    check_flags::<ChatMessageActions>(text);
});

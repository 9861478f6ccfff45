//! Every misuse of the derive is a compile error pointing at the token to fix.
//! One file per misuse in tests/ui/; the expected compiler output is beside it.
//! After changing a message, regenerate with `TRYBUILD=overwrite cargo test --test ui`
//! and read every changed .stderr before committing it.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}

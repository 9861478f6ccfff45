//! The inputs the property tests draw from, shared by the sections that
//! have them.

use graph_enum::GraphEnum;
use proptest::prelude::*;

/// Text of every kind for `E`: its names as declared, upper-cased and in
/// mixed case, numbers spelt with signs and zeros, and other text.
pub fn text<E: GraphEnum>() -> impl Strategy<Value = String> {
    let names: Vec<&'static str> = E::MEMBERS.iter().map(|member| member.name).collect();
    let name = proptest::sample::select(names);
    prop_oneof![
        name.clone().prop_map(str::to_owned),
        name.clone().prop_map(str::to_ascii_uppercase),
        (name, any::<u64>()).prop_map(|(name, mask)| mixed_case(name, mask)),
        (-20_i64..40, "[+]?", "0{0,2}").prop_map(|(n, sign, zeros)| if n < 0 {
            format!("-{zeros}{}", -n)
        } else {
            format!("{sign}{zeros}{n}")
        }),
        any::<i64>().prop_map(|n| n.to_string()),
        "[a-zA-Z ]{0,12}",
        "\\PC{0,6}",
    ]
}

/// `name` with each letter upper-cased where `mask` has a one bit.
fn mixed_case(name: &str, mask: u64) -> String {
    name.chars()
        .enumerate()
        .map(|(at, letter)| {
            if mask >> (at % 64) & 1 == 1 {
                letter.to_ascii_uppercase()
            } else {
                letter.to_ascii_lowercase()
            }
        })
        .collect()
}

/// A flags value: parts of every kind joined by commas with stray spaces.
pub fn flags_text<E: GraphEnum>() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            text::<E>(),
            (0_i64..64).prop_map(|n| n.to_string()),
            "[a-z]{1,6}",
        ],
        0..8,
    )
    .prop_map(|parts| parts.join(" , "))
}

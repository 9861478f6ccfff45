//! The derive's core on `proc_macro2` token streams, in process: expansions of
//! valid input are well-formed items, invalid input gives spanned errors, and
//! no input, however mangled, makes it panic.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::str::FromStr;

use proc_macro2::TokenStream;

use crate::expand::derive;

mod snapshots;

const VPP_TOKEN_SYNC_STATUS: &str = r"
    /// Possible sync statuses associated with an Apple Volume Purchase Program token.
    #[derive(GraphEnum, Clone, Debug, PartialEq, Eq, Hash)]
    #[repr(i32)]
    pub enum VppTokenSyncStatus {
        /// Default status.
        None = 0,
        /// Last Sync in progress.
        InProgress = 1,
        /// Last Sync completed successfully.
        Completed = 2,
        /// Last Sync failed.
        Failed = 3,
        /// A value this version of the crate does not know, kept verbatim.
        #[graph_enum(unknown)]
        Unknown(UnknownValue<Self>),
    }
";

/// Inputs the mutations start from: every attribute and shape the derive knows.
const SEEDS: &[&str] = &[
    VPP_TOKEN_SYNC_STATUS,
    r#"#[repr(u8)] #[graph_enum(name = "x", namespace = "a.b", description = "d", rename_all = "snake_case")]
       enum Lossy { A = 1, #[graph_enum(rename = "b_b", value = 2, description = "B")] B, #[graph_enum(unknown)] Other }"#,
    r"enum Flags { A = 1 << 0, B = 0x2 | 0x4, C = -(3), D, #[graph_enum(value = -9)] E }",
    r#"#[graph_enum(crate = "::graph_enum")] enum K { r#self, r#true, #[graph_enum(unknown)] U(graph_enum::UnknownValue<Self>) }"#,
    r"struct S { a: u8 } ",
    r"enum G<'a, T: Copy> where T: Clone { A(&'a T), #[graph_enum(unknown, unknown)] B }",
];

fn expand(source: &str) -> TokenStream {
    let tokens = TokenStream::from_str(source);
    assert!(tokens.is_ok(), "test source does not lex: {source}");
    derive(tokens.unwrap_or_default())
}

fn is_items(tokens: &TokenStream) -> bool {
    syn::parse2::<syn::File>(tokens.clone()).is_ok()
}

fn has_error(tokens: &TokenStream) -> bool {
    tokens.to_string().contains("compile_error")
}

#[test]
fn a_struct_or_function_gets_only_the_error() {
    // An invalid enum's errors and stubs: `snapshots`, `invalid.expanded.rs`.
    let output = expand("struct S;");
    assert!(has_error(&output));
    assert!(
        !output.to_string().contains("impl"),
        "no stubs for a struct: {output}"
    );

    let output = expand("fn not_an_item_we_derive() {}");
    assert!(has_error(&output));
}

#[test]
fn every_error_is_reported_at_once() {
    let output = expand(
        r#"#[graph_enum(colour = "x")] enum E { #[graph_enum(rename = "")] A, B(u8), #[graph_enum(value = 0)] C }"#,
    );
    assert_eq!(
        output.to_string().matches("compile_error").count(),
        5,
        "{output}"
    );
}

/// xorshift64*: deterministic, so a failure reproduces from its iteration number.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % bound as u64).unwrap_or(0)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Tokens the mutations insert: the derive's own keywords, Rust keywords, odd
/// literals and punctuation.
const VOCABULARY: &[&str] = &[
    "#",
    "[",
    "]",
    "(",
    ")",
    "{",
    "}",
    ",",
    "=",
    "-",
    "<<",
    "|",
    "::",
    "'a",
    "<",
    ">",
    ";",
    "graph_enum",
    "unknown",
    "rename",
    "value",
    "description",
    "name",
    "namespace",
    "rename_all",
    "crate",
    "repr",
    "doc",
    "u8",
    "i64",
    "u64",
    "C",
    "UnknownValue",
    "String",
    "enum",
    "struct",
    "union",
    "self",
    "Self",
    "r#type",
    "A",
    "B",
    "0",
    "-1",
    "255",
    "256",
    "4294967296",
    "170141183460469231731687303715884105727",
    "0x7fff_ffff",
    "1u8",
    "1.5",
    "'c'",
    "b'x'",
    "\"\"",
    "\"inProgress\"",
    "\"snake_case\"",
    "\"a b\"",
    "\"ümlaut\"",
    "r\"raw\"",
    "true",
    "const",
    "_",
];

fn mutate(rng: &mut Rng, source: &str) -> String {
    let mut pieces: Vec<String> = TokenStream::from_str(source)
        .map(|tokens| tokens.to_string())
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    // Mostly one edit, so many inputs stay valid and reach code generation.
    let edits = if rng.below(2) == 0 {
        1
    } else {
        1 + rng.below(4)
    };
    for _ in 0..edits {
        if pieces.is_empty() {
            break;
        }
        let at = rng.below(pieces.len());
        match rng.below(5) {
            0 => {
                pieces.remove(at);
            }
            1 => {
                let copy = pieces[at].clone();
                pieces.insert(at, copy);
            }
            2 => {
                let other = rng.below(pieces.len());
                pieces.swap(at, other);
            }
            3 => pieces[at] = rng.pick(VOCABULARY).to_owned(),
            _ => pieces.insert(at, rng.pick(VOCABULARY).to_owned()),
        }
    }
    pieces.join(" ")
}

#[test]
fn mutated_input_never_panics_and_always_gives_items_or_errors() {
    let mut rng = Rng(0x05EE_D0F6_EA9E);
    let (mut with_errors, mut without_errors) = (0, 0);
    for iteration in 0..20_000 {
        let seed = SEEDS[iteration % SEEDS.len()];
        let source = mutate(&mut rng, seed);
        // Unbalanced delimiters never reach a derive: rustc rejects them first.
        let Ok(tokens) = TokenStream::from_str(&source) else {
            continue;
        };
        let output = catch_unwind(AssertUnwindSafe(|| derive(tokens)));
        assert!(
            output.is_ok(),
            "iteration {iteration} panicked on: {source}"
        );
        let output = output.unwrap_or_default();
        if has_error(&output) {
            with_errors += 1;
        } else {
            without_errors += 1;
            assert!(
                is_items(&output),
                "iteration {iteration}: output is not items for {source}:\n{output}"
            );
        }
    }
    // Both paths must be exercised, thousands of times in all.
    assert!(
        with_errors + without_errors > 10_000,
        "only {with_errors} + {without_errors} mutations lexed"
    );
    assert!(
        with_errors > 500 && without_errors > 500,
        "{with_errors} with errors, {without_errors} without"
    );
}

/// The member table's cells are the text's words on one line with `|`, `<`
/// and `>` escaped, exactly as the std calls they stand for would make them.
#[test]
fn table_cells_are_the_text_on_one_line() {
    for text in [
        "",
        "plain",
        "a|b",
        "||",
        "one\n\ntwo",
        "odd\n\n\nbreak",
        "\n\n\n\n",
        "line\nbreak",
        "ümlaut | ß\n\nΣ",
        "  indented\n      code\tand\u{a0}tabs  ",
        "<pre>html</pre>",
    ] {
        let expected = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace('|', "\\|")
            .replace('<', "\\<")
            .replace('>', "\\>");
        assert_eq!(crate::expand::table_cell(text), expected, "{text:?}");
    }
}

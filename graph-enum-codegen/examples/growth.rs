//! How generation grows with the size of a `$metadata` document, against
//! roxmltree's own parse of the same text (the floor: reading CSDL XML is a
//! roxmltree parse, then one walk). Prints one Markdown row per document:
//! the best of three runs of each, in-process, release build.
//!
//! ```sh
//! benches/codegen-growth.sh   # writes 1 to 50 MB documents, runs this on them
//! ```

use std::time::{Duration, Instant};

/// The shortest of three runs of `run`.
fn best_of_three(mut run: impl FnMut()) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

// Sizes shown in MB: a display, where f64's 52 bits are plenty.
#[allow(clippy::cast_precision_loss)]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("| document | enum types | roxmltree parse | generate | ratio |");
    println!("|---|---|---|---|---|");
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        let types = text.matches("<EnumType ").count();
        let parse = best_of_three(|| {
            let document = roxmltree::Document::parse(&text).expect("the document is XML");
            std::hint::black_box(document.descendants().count());
        });
        let builder = graph_enum_codegen::Builder::new();
        let mut source = String::new();
        let generate = best_of_three(|| source = builder.generate(&[&path]).expect("it generates"));
        std::hint::black_box(source.len());
        println!(
            "| {:.1} MB | {types} | {:.0} ms | {:.0} ms | {:.2}× |",
            text.len() as f64 / 1e6,
            parse.as_secs_f64() * 1e3,
            generate.as_secs_f64() * 1e3,
            generate.as_secs_f64() / parse.as_secs_f64()
        );
    }
    Ok(())
}

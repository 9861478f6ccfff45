//! Instructions per parse, for callgrind: each enum shape against the limit
//! (the perfect hash) and a `match`, on known and unknown names of the 4-,
//! 150- and 826-member enums. Where a criterion ratio is within the noise,
//! these counts say where the cycles go (`callgrind_annotate` per function).
//!
//! Usage: valgrind --tool=callgrind --toggle-collect='*measured_*' parse_instructions small|medium|large known|unknown
//! (decoding, encoding, `as_str` and conversions from values are measured on
//! known names either way), or `parse_instructions flags`:
//! `Flags` sets of one to three members read and written, against the
//! hand-written parser and writer of the runtime bench.

use std::hint::black_box;

macro_rules! measured {
    ($size:ident) => {
        mod $size {
            use graph_enum_runtime_benches::$size::*;
            use std::hint::black_box;

            #[inline(never)]
            pub fn measured_match(inputs: &[&str]) -> usize {
                inputs.iter().map(|s| Plain::parse(black_box(s)).map_or(usize::MAX, |p| p as usize)).fold(0, usize::wrapping_add)
            }
            #[inline(never)]
            pub fn measured_perfect_hash(inputs: &[&str]) -> usize {
                inputs.iter().map(|s| perfect_hash(black_box(s)).map_or(usize::MAX, |p| p as usize)).fold(0, usize::wrapping_add)
            }
            #[inline(never)]
            pub fn measured_closed(inputs: &[&str]) -> usize {
                inputs.iter().map(|s| s.parse::<GeClosed>().map_or(usize::MAX, |e| e as usize)).fold(0, usize::wrapping_add)
            }
            #[inline(never)]
            pub fn measured_lossy(inputs: &[&str]) -> usize {
                inputs.iter().map(|s| s.parse::<GeLossy>().map_or(usize::MAX, |e| e as usize)).fold(0, usize::wrapping_add)
            }
            #[inline(never)]
            pub fn measured_lossless(inputs: &[&str]) -> usize {
                use graph_enum::GraphEnum;
                inputs.iter().map(|s| s.parse::<Ge>().map_or(usize::MAX, |e| e.index().unwrap_or(usize::MAX - 1))).fold(0, usize::wrapping_add)
            }
            #[inline(never)]
            pub fn measured_decode_ignored(document: &str) -> usize {
                serde_json::from_str::<Vec<serde::de::IgnoredAny>>(document).unwrap().len()
            }
            #[inline(never)]
            pub fn measured_decode_native(document: &str) -> usize {
                serde_json::from_str::<Vec<GeClosed>>(document).unwrap().len()
            }
            #[inline(never)]
            pub fn measured_decode_via_from_str(document: &str) -> usize {
                serde_json::from_str::<Vec<graph_enum_runtime_benches::ViaFromStr<GeClosed>>>(document).unwrap().len()
            }
            #[inline(never)]
            pub fn measured_decode_lossless(document: &str) -> usize {
                serde_json::from_str::<Vec<Ge>>(document).unwrap().len()
            }
            #[inline(never)]
            pub fn measured_decode_lossless_via_from_str(document: &str) -> usize {
                serde_json::from_str::<Vec<graph_enum_runtime_benches::ViaFromStr<Ge>>>(document).unwrap().len()
            }
            #[inline(never)]
            pub fn measured_decode_perfect_hash(document: &str) -> usize {
                serde_json::from_str::<Vec<PerfectHashed>>(document).unwrap().len()
            }
            #[inline(never)]
            pub fn measured_encode_serialize_str(names: &[&str]) -> usize {
                serde_json::to_string(names).unwrap().len()
            }
            #[inline(never)]
            pub fn measured_encode_lossless(values: &[Ge]) -> usize {
                serde_json::to_string(values).unwrap().len()
            }
            #[inline(never)]
            pub fn measured_encode_closed(values: &[GeClosed]) -> usize {
                serde_json::to_string(values).unwrap().len()
            }
            #[inline(never)]
            pub fn measured_to_name_array(values: &[i32]) -> usize {
                values.iter().map(|&v| NAMES[black_box(v) as usize].len()).fold(0, usize::wrapping_add)
            }
            #[inline(never)]
            pub fn measured_to_name_lossless(values: &[Ge]) -> usize {
                values.iter().map(|e| black_box(e).as_str().len()).fold(0, usize::wrapping_add)
            }
            #[inline(never)]
            pub fn measured_to_name_closed(values: &[GeClosed]) -> usize {
                values.iter().map(|e| black_box(e).as_str().len()).fold(0, usize::wrapping_add)
            }
            #[inline(never)]
            pub fn measured_from_value_num_enum(values: &[i32]) -> usize {
                values.iter().map(|&v| Num::try_from(black_box(v)).map_or(usize::MAX, |e| e as usize)).fold(0, usize::wrapping_add)
            }
            #[inline(never)]
            pub fn measured_from_value_closed(values: &[i32]) -> usize {
                values.iter().map(|&v| GeClosed::try_from(black_box(v)).map_or(usize::MAX, |e| e as usize)).fold(0, usize::wrapping_add)
            }
            #[inline(never)]
            pub fn measured_from_value_lossless(values: &[i32]) -> usize {
                use graph_enum::GraphEnum;
                values.iter().map(|&v| Ge::from(black_box(v)).index().unwrap_or(usize::MAX)).fold(0, usize::wrapping_add)
            }
            /// Writing names, names from values: the rows of `compare`'s
            /// `to_name`, `from_value` and `encode`, in instructions.
            fn run_values() -> usize {
                let names: Vec<&str> = NAMES.iter().cycle().take(4096).copied().collect();
                let values: Vec<i32> = (0..NAMES.len() as i32).cycle().take(4096).collect();
                let lossless: Vec<Ge> = names.iter().map(|name| name.parse().unwrap()).collect();
                let closed: Vec<GeClosed> = names.iter().map(|name| name.parse().unwrap()).collect();
                measured_encode_serialize_str(&names) ^ measured_encode_lossless(&lossless) ^ measured_encode_closed(&closed)
                    ^ measured_to_name_array(&values) ^ measured_to_name_lossless(&lossless) ^ measured_to_name_closed(&closed)
                    ^ measured_from_value_num_enum(&values) ^ measured_from_value_closed(&values) ^ measured_from_value_lossless(&values)
            }
            pub fn run(known: bool) -> usize {
                let document = serde_json::to_string(&NAMES.iter().cycle().take(4096).collect::<Vec<_>>()).unwrap();
                let decoded = run_values() ^ measured_decode_ignored(&document) ^ measured_decode_native(&document) ^ measured_decode_via_from_str(&document) ^ measured_decode_perfect_hash(&document)
                    ^ measured_decode_lossless(&document) ^ measured_decode_lossless_via_from_str(&document);
                let inputs: Vec<String> = NAMES.iter().cycle().take(4096).map(|name| if known { (*name).to_owned() } else { format!("{name}X") }).collect();
                let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
                decoded ^ measured_match(&inputs) ^ measured_perfect_hash(&inputs) ^ measured_closed(&inputs) ^ measured_lossy(&inputs) ^ measured_lossless(&inputs)
            }
        }
    };
}
measured!(small);
measured!(medium);
measured!(large);

mod flags {
    use graph_enum::Flags;
    use graph_enum_runtime_benches::flags::{self, Ge};
    use std::fmt::Write;
    use std::hint::black_box;

    #[inline(never)]
    pub fn measured_flags_parse_match(texts: &[String]) -> i64 {
        texts.iter().map(|t| flags::parse(black_box(t)).map_or(0, i64::from)).fold(0, i64::wrapping_add)
    }
    #[inline(never)]
    pub fn measured_flags_parse(texts: &[String]) -> i64 {
        texts.iter().map(|t| black_box(t).parse::<Flags<Ge>>().map_or(0, |f| f.bits())).fold(0, i64::wrapping_add)
    }
    #[inline(never)]
    pub fn measured_flags_parse_same_rules(texts: &[String]) -> i64 {
        texts.iter().map(|t| flags::parse_same_rules(black_box(t)).map_or(0, i64::from)).fold(0, i64::wrapping_add)
    }
    #[inline(never)]
    pub fn measured_flags_format_match(bits: &[i32], out: &mut String) -> usize {
        bits.iter().map(|&v| { out.clear(); flags::format(black_box(v), out); out.len() }).fold(0, usize::wrapping_add)
    }
    #[inline(never)]
    pub fn measured_flags_format(sets: &[Flags<Ge>], out: &mut String) -> usize {
        sets.iter().map(|f| { out.clear(); write!(out, "{}", black_box(f)).unwrap(); out.len() }).fold(0, usize::wrapping_add)
    }
    pub fn run() -> usize {
        let texts = graph_enum_runtime_benches::flags_texts(4096);
        let sets: Vec<Flags<Ge>> = texts.iter().map(|t| t.parse().unwrap()).collect();
        let bits: Vec<i32> = texts.iter().map(|t| flags::parse(t).unwrap()).collect();
        let mut out = String::with_capacity(256);
        let parsed = measured_flags_parse_match(&texts) ^ measured_flags_parse_same_rules(&texts) ^ measured_flags_parse(&texts);
        parsed as usize ^ measured_flags_format_match(&bits, &mut out) ^ measured_flags_format(&sets, &mut out)
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (size, known) = (args.next().unwrap_or_default(), args.next().as_deref() == Some("known"));
    black_box(match size.as_str() {
        "small" => small::run(known),
        "medium" => medium::run(known),
        "flags" => flags::run(),
        _ => large::run(known),
    });
}

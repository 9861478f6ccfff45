//! graph-enum against a hand-written `match`, strum, serde's derive, num_enum
//! and phf, on 4-, 150- and 826-member enums, in one run (BENCHMARKS.md,
//! "Runtime against the limit").

use graph_enum::GraphEnum;
use std::hint::black_box;
use std::str::FromStr;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use serde::de::{IgnoredAny, IntoDeserializer};
use graph_enum_runtime_benches::ViaFromStr;
use serde::Deserialize;

/// Deterministic shuffle, so every run parses the same sequence.
fn shuffled(names: &[&'static str], count: usize) -> Vec<&'static str> {
    graph_enum_runtime_benches::xorshift(0x9E37_79B9_7F4A_7C15)
        .take(count)
        .map(|state| names[(state % names.len() as u64) as usize])
        .collect()
}

macro_rules! size_benches {
    ($size:ident) => {
        fn $size(c: &mut Criterion) {
            use graph_enum_runtime_benches::$size::*;
            let known = shuffled(&NAMES, 65_536);
            let unknown: Vec<String> = known.iter().map(|name| format!("{name}X")).collect();
            let unknown: Vec<&str> = unknown.iter().map(String::as_str).collect();
            let values: Vec<i32> = known.iter().map(|name| NAMES.iter().position(|n| n == name).unwrap() as i32).collect();
            let ge: Vec<Ge> = known.iter().map(|name| name.parse().unwrap()).collect();
            let ge_closed: Vec<GeClosed> = known.iter().map(|name| name.parse().unwrap()).collect();
            let ge_lossy: Vec<GeLossy> = known.iter().map(|name| name.parse().unwrap()).collect();
            let strum: Vec<Strum> = known.iter().map(|name| Strum::from_str(name).unwrap()).collect();
            let plain: Vec<Plain> = known.iter().map(|name| Plain::parse(name).unwrap()).collect();

            let mut group = c.benchmark_group(concat!(stringify!($size), "/parse_known"));
            group.throughput(Throughput::Elements(known.len() as u64));
            group.bench_function("match", |b| b.iter(|| known.iter().map(|s| Plain::parse(black_box(s)).map_or(usize::MAX, |p| p as usize)).fold(0usize, usize::wrapping_add)));
            group.bench_function("graph-enum", |b| b.iter(|| known.iter().map(|s| Ge::from_str(black_box(s)).map_or(usize::MAX, |e| e.index().unwrap_or(usize::MAX - 1))).fold(0usize, usize::wrapping_add)));
            group.bench_function("graph-enum lossy", |b| b.iter(|| known.iter().map(|s| GeLossy::from_str(black_box(s)).map_or(usize::MAX, |e| e as usize)).fold(0usize, usize::wrapping_add)));
            group.bench_function("graph-enum closed", |b| b.iter(|| known.iter().map(|s| GeClosed::from_str(black_box(s)).map_or(usize::MAX, |e| e as usize)).fold(0usize, usize::wrapping_add)));
            group.bench_function("perfect hash", |b| b.iter(|| known.iter().map(|s| perfect_hash(black_box(s)).map_or(usize::MAX, |p| p as usize)).fold(0usize, usize::wrapping_add)));
            group.bench_function("strum", |b| b.iter(|| known.iter().map(|s| Strum::from_str(black_box(s)).map_or(usize::MAX, |e| e as usize)).fold(0usize, usize::wrapping_add)));
            group.bench_function("serde derive", |b| b.iter(|| known.iter().map(|s| {
                let de: serde::de::value::StrDeserializer<serde::de::value::Error> = black_box(*s).into_deserializer();
                Serde::deserialize(de).map_or(usize::MAX, |e| e as usize)
            }).fold(0usize, usize::wrapping_add)));
            group.bench_function("phf", |b| b.iter(|| known.iter().map(|s| PHF.get(black_box(*s)).map_or(usize::MAX, |p| *p as usize)).fold(0usize, usize::wrapping_add)));
            group.finish();

            let mut group = c.benchmark_group(concat!(stringify!($size), "/parse_unknown"));
            group.throughput(Throughput::Elements(unknown.len() as u64));
            group.bench_function("match", |b| b.iter(|| unknown.iter().map(|s| Plain::parse(black_box(s)).map_or(usize::MAX, |p| p as usize)).fold(0usize, usize::wrapping_add)));
            group.bench_function("graph-enum lossless", |b| b.iter(|| unknown.iter().map(|s| Ge::from_str(black_box(s)).map_or(usize::MAX, |e| e.index().unwrap_or(usize::MAX - 1))).fold(0usize, usize::wrapping_add)));
            group.bench_function("graph-enum lossy", |b| b.iter(|| unknown.iter().map(|s| GeLossy::from_str(black_box(s)).map_or(usize::MAX, |e| e as usize)).fold(0usize, usize::wrapping_add)));
            group.bench_function("graph-enum closed", |b| b.iter(|| unknown.iter().map(|s| GeClosed::from_str(black_box(s)).map_or(usize::MAX, |e| e as usize)).fold(0usize, usize::wrapping_add)));
            group.bench_function("perfect hash", |b| b.iter(|| unknown.iter().map(|s| perfect_hash(black_box(s)).map_or(usize::MAX, |p| p as usize)).fold(0usize, usize::wrapping_add)));
            group.bench_function("strum", |b| b.iter(|| unknown.iter().map(|s| Strum::from_str(black_box(s)).map_or(usize::MAX, |e| e as usize)).fold(0usize, usize::wrapping_add)));
            group.bench_function("serde derive", |b| b.iter(|| unknown.iter().map(|s| {
                let de: serde::de::value::StrDeserializer<serde::de::value::Error> = black_box(*s).into_deserializer();
                Serde::deserialize(de).map_or(usize::MAX, |e| e as usize)
            }).fold(0usize, usize::wrapping_add)));
            group.bench_function("phf", |b| b.iter(|| unknown.iter().map(|s| PHF.get(black_box(*s)).map_or(usize::MAX, |p| *p as usize)).fold(0usize, usize::wrapping_add)));
            group.finish();

            let mut group = c.benchmark_group(concat!(stringify!($size), "/to_name"));
            group.throughput(Throughput::Elements(known.len() as u64));
            group.bench_function("array lookup", |b| b.iter(|| values.iter().map(|&v| NAMES[black_box(v) as usize].len()).fold(0usize, usize::wrapping_add)));
            group.bench_function("match", |b| b.iter(|| plain.iter().map(|p| black_box(*p).name().len()).fold(0usize, usize::wrapping_add)));
            group.bench_function("graph-enum", |b| b.iter(|| ge.iter().map(|e| black_box(e).as_str().len()).fold(0usize, usize::wrapping_add)));
            group.bench_function("graph-enum lossy", |b| b.iter(|| ge_lossy.iter().map(|e| black_box(e).as_str().len()).fold(0usize, usize::wrapping_add)));
            group.bench_function("graph-enum closed", |b| b.iter(|| ge_closed.iter().map(|e| black_box(e).as_str().len()).fold(0usize, usize::wrapping_add)));
            group.bench_function("strum", |b| b.iter(|| strum.iter().map(|e| <&'static str>::from(black_box(*e)).len()).fold(0usize, usize::wrapping_add)));
            group.finish();

            let mut group = c.benchmark_group(concat!(stringify!($size), "/from_value"));
            group.throughput(Throughput::Elements(values.len() as u64));
            group.bench_function("match", |b| b.iter(|| values.iter().map(|&v| Plain::from_value(black_box(v)).map_or(usize::MAX, |p| p as usize)).fold(0usize, usize::wrapping_add)));
            group.bench_function("graph-enum", |b| b.iter(|| values.iter().map(|&v| Ge::from(black_box(v)).index().unwrap_or(usize::MAX)).fold(0usize, usize::wrapping_add)));
            group.bench_function("graph-enum lossy", |b| b.iter(|| values.iter().map(|&v| GeLossy::from(black_box(v)) as usize).fold(0usize, usize::wrapping_add)));
            group.bench_function("graph-enum closed", |b| b.iter(|| values.iter().map(|&v| GeClosed::try_from(black_box(v)).map_or(usize::MAX, |e| e as usize)).fold(0usize, usize::wrapping_add)));
            group.bench_function("num_enum", |b| b.iter(|| values.iter().map(|&v| Num::try_from(black_box(v)).map_or(usize::MAX, |e| e as usize)).fold(0usize, usize::wrapping_add)));
            group.finish();

            // 1,000,000-element JSON arrays of names.
            let million = shuffled(&NAMES, 1_000_000);
            let document = serde_json::to_string(&million).unwrap();
            let ge_million: Vec<Ge> = serde_json::from_str(&document).unwrap();
            let ge_closed_million: Vec<GeClosed> = serde_json::from_str(&document).unwrap();
            let ge_lossy_million: Vec<GeLossy> = serde_json::from_str(&document).unwrap();
            let serde_million: Vec<Serde> = serde_json::from_str(&document).unwrap();
            let mut group = c.benchmark_group(concat!(stringify!($size), "/json_1M"));
            group.sample_size(10).measurement_time(Duration::from_secs(4));
            group.throughput(Throughput::Elements(1_000_000));
            group.bench_function(BenchmarkId::new("decode", "serde_json alone (IgnoredAny)"), |b| b.iter(|| serde_json::from_str::<Vec<IgnoredAny>>(black_box(&document)).unwrap().len()));
            group.bench_function(BenchmarkId::new("decode", "graph-enum"), |b| b.iter(|| serde_json::from_str::<Vec<Ge>>(black_box(&document)).unwrap().len()));
            group.bench_function(BenchmarkId::new("decode", "graph-enum lossy"), |b| b.iter(|| serde_json::from_str::<Vec<GeLossy>>(black_box(&document)).unwrap().len()));
            group.bench_function(BenchmarkId::new("decode", "graph-enum closed"), |b| b.iter(|| serde_json::from_str::<Vec<GeClosed>>(black_box(&document)).unwrap().len()));
            group.bench_function(BenchmarkId::new("decode", "graph-enum via FromStr"), |b| b.iter(|| serde_json::from_str::<Vec<ViaFromStr<Ge>>>(black_box(&document)).unwrap().len()));
            group.bench_function(BenchmarkId::new("decode", "graph-enum closed via FromStr"), |b| b.iter(|| serde_json::from_str::<Vec<ViaFromStr<GeClosed>>>(black_box(&document)).unwrap().len()));
            group.bench_function(BenchmarkId::new("decode", "perfect hash"), |b| b.iter(|| serde_json::from_str::<Vec<PerfectHashed>>(black_box(&document)).unwrap().len()));
            group.bench_function(BenchmarkId::new("decode", "serde derive"), |b| b.iter(|| serde_json::from_str::<Vec<Serde>>(black_box(&document)).unwrap().len()));
            // What keeping each string costs serde_json without any lookup.
            group.bench_function(BenchmarkId::new("decode", "serde_json &str"), |b| b.iter(|| serde_json::from_str::<Vec<&str>>(black_box(&document)).unwrap().len()));
            group.bench_function(BenchmarkId::new("encode", "serialize_str"), |b| b.iter(|| serde_json::to_string(black_box(&million)).unwrap().len()));
            group.bench_function(BenchmarkId::new("encode", "graph-enum"), |b| b.iter(|| serde_json::to_string(black_box(&ge_million)).unwrap().len()));
            group.bench_function(BenchmarkId::new("encode", "graph-enum lossy"), |b| b.iter(|| serde_json::to_string(black_box(&ge_lossy_million)).unwrap().len()));
            group.bench_function(BenchmarkId::new("encode", "graph-enum closed"), |b| b.iter(|| serde_json::to_string(black_box(&ge_closed_million)).unwrap().len()));
            group.bench_function(BenchmarkId::new("encode", "serde derive"), |b| b.iter(|| serde_json::to_string(black_box(&serde_million)).unwrap().len()));
            group.finish();
        }
    };
}

/// Flags sets of one to three members, as Graph writes them.
fn flags(c: &mut Criterion) {
    use graph_enum::Flags;
    use graph_enum_runtime_benches::flags::{self, Ge};
    let texts = graph_enum_runtime_benches::flags_texts(65_536);
    let sets: Vec<Flags<Ge>> = texts.iter().map(|t| t.parse().unwrap()).collect();
    let bits: Vec<i32> = texts.iter().map(|t| flags::parse(t).unwrap()).collect();
    let mut group = c.benchmark_group("flags/parse");
    group.throughput(Throughput::Elements(texts.len() as u64));
    group.bench_function("match", |b| b.iter(|| texts.iter().map(|t| flags::parse(black_box(t)).map_or(0, |v| v as i64)).fold(0i64, i64::wrapping_add)));
    group.bench_function("match, same rules", |b| b.iter(|| texts.iter().map(|t| flags::parse_same_rules(black_box(t)).map_or(0, |v| v as i64)).fold(0i64, i64::wrapping_add)));
    group.bench_function("graph-enum", |b| b.iter(|| texts.iter().map(|t| black_box(t).parse::<Flags<Ge>>().map_or(0, |f| f.bits())).fold(0i64, i64::wrapping_add)));
    group.finish();
    let mut group = c.benchmark_group("flags/format");
    group.throughput(Throughput::Elements(texts.len() as u64));
    let mut out = String::with_capacity(256);
    group.bench_function("match", |b| b.iter(|| bits.iter().map(|&v| { out.clear(); flags::format(black_box(v), &mut out); out.len() }).fold(0usize, usize::wrapping_add)));
    group.bench_function("graph-enum", |b| b.iter(|| sets.iter().map(|f| { out.clear(); std::fmt::Write::write_fmt(&mut out, format_args!("{}", black_box(f))).unwrap(); out.len() }).fold(0usize, usize::wrapping_add)));
    group.finish();
}


/// How each operation of a set grows with its number of distinct unknown
/// parts, 1,000 to 1,000,000 (issue #11: 4x the parts may cost at most ~4.5x).
fn flags_growth(c: &mut Criterion) {
    use graph_enum::Flags;
    use graph_enum_runtime_benches::growth::{received_text, Actions};
    use std::hash::{BuildHasher, RandomState};
    let hasher = RandomState::new();
    for parts in [1_000_usize, 4_000, 16_000, 64_000, 256_000, 1_000_000] {
        let text = received_text(parts);
        let set: Flags<Actions> = text.parse().unwrap();
        let reversed: Flags<Actions> = text.rsplit(',').collect::<Vec<_>>().join(",").parse().unwrap();
        assert_eq!(set, reversed);
        let mut group = c.benchmark_group(format!("flags_growth/{parts}"));
        group.sample_size(10);
        group.throughput(Throughput::Elements(parts as u64));
        group.bench_function("parse", |b| b.iter(|| black_box(&text).parse::<Flags<Actions>>().unwrap()));
        group.bench_function("write", |b| b.iter(|| black_box(&set).to_string().len()));
        group.bench_function("eq", |b| b.iter(|| black_box(&set) == black_box(&reversed)));
        group.bench_function("hash", |b| b.iter(|| hasher.hash_one(black_box(&set))));
        // A new part in the middle of the text order (after "p59…", before
        // "p6"), added to and removed from the same set: the cost of the two
        // operations themselves, as a set that has its room already pays.
        let extra: Actions = "p5x".parse().unwrap();
        let mut working = set.clone();
        group.bench_function("insert+remove", |b| {
            b.iter(|| {
                working.insert(black_box(&extra).clone());
                working.remove(black_box(&extra));
            })
        });
        // Built one part at a time, and emptied one part at a time: n steps
        // cost O(n log n) in all (issue #27), as reading them at once does.
        let values: Vec<Actions> = text.split(',').map(|part| part.parse().unwrap()).collect();
        group.bench_function("insert_each", |b| {
            b.iter(|| {
                let mut built = Flags::<Actions>::empty();
                for value in &values {
                    built.insert(value.clone());
                }
                built
            })
        });
        group.bench_function("remove_each", |b| {
            b.iter_batched(
                || set.clone(),
                |mut emptied| {
                    for value in &values {
                        emptied.remove(value);
                    }
                    emptied
                },
                criterion::BatchSize::LargeInput,
            )
        });
        group.bench_function("union", |b| {
            b.iter_batched(|| set.clone(), |copy| copy | reversed.clone(), criterion::BatchSize::LargeInput)
        });
        // The limit of each operation on this machine at this size: the same
        // work on plain slices, with no set semantics beyond what the
        // operation needs (split and sort to read, a copy to write, one
        // comparison or hash of bytes as many as the set holds, a merge of
        // two sorted lists, an insertion into a full sorted array). Where
        // graph-enum's ratio to its limit stays flat across sizes, the growth
        // is the machine's (the caches, the allocator), not the algorithm's.
        let parts_sorted = {
            let mut parts: Vec<&str> = text.split(',').collect();
            parts.sort_unstable();
            parts
        };
        let bytes: Vec<u8> = parts_sorted.iter().flat_map(|part| part.bytes().chain([0xff])).collect();
        let bytes_copy = bytes.clone();
        group.bench_function("parse limit", |b| {
            b.iter(|| {
                let mut parts: Vec<&str> = black_box(&text).split(',').collect();
                parts.sort_unstable();
                parts.dedup();
                parts.len()
            })
        });
        group.bench_function("write limit", |b| b.iter(|| black_box(String::from(black_box(text.as_str())))));
        group.bench_function("eq limit", |b| b.iter(|| black_box(&bytes) == black_box(&bytes_copy)));
        group.bench_function("hash limit", |b| b.iter(|| hasher.hash_one(black_box(bytes.as_slice()))));
        let mut working_sorted = parts_sorted.clone();
        group.bench_function("insert+remove limit", |b| {
            b.iter(|| {
                let slot = working_sorted.binary_search(black_box(&"p5x")).unwrap_err();
                working_sorted.insert(slot, "p5x");
                working_sorted.remove(slot);
            })
        });
        group.bench_function("union limit", |b| {
            b.iter_batched(
                || (parts_sorted.clone(), parts_sorted.clone()),
                |(ours, theirs)| merge_sorted(&ours, &theirs).len(),
                criterion::BatchSize::LargeInput,
            )
        });
        group.finish();
    }
}

/// The union of two sorted, distinct lists: the floor of `|` on two sets.
fn merge_sorted<'a>(ours: &[&'a str], theirs: &[&'a str]) -> Vec<&'a str> {
    let mut merged = Vec::with_capacity(ours.len() + theirs.len());
    let (mut i, mut j) = (0, 0);
    while i < ours.len() && j < theirs.len() {
        match ours[i].cmp(theirs[j]) {
            std::cmp::Ordering::Less => { merged.push(ours[i]); i += 1; }
            std::cmp::Ordering::Greater => { merged.push(theirs[j]); j += 1; }
            std::cmp::Ordering::Equal => { merged.push(ours[i]); i += 1; j += 1; }
        }
    }
    merged.extend_from_slice(&ours[i..]);
    merged.extend_from_slice(&theirs[j..]);
    merged
}

size_benches!(small);
size_benches!(medium);
size_benches!(large);

fn configure() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
}

criterion_group! {
    name = benches;
    config = configure();
    targets = small, medium, large, flags, flags_growth
}
criterion_main!(benches);

//! Reads a `-Zself-profile` of one crate's `cargo check` (with
//! `-Zself-profile-events=default,args`, so each query names its item) and
//! prints, as Markdown, where the time went by kind of item: the self time of
//! every query on, say, a derived `fmt` or a `MEMBERS` constant is added up
//! over all the enums of the crate, so each row is what one emitted item costs
//! the whole catalogue.
//!
//! Usage: `item-cost <profile stem (the .mm_profdata path without extension)> [rows]`

use std::collections::HashMap;
use std::path::Path;
use std::time::UNIX_EPOCH;

use analyzeme::{EventPayload, ProfilingData, Timestamp};

/// One query's run: start and end (ns), its label and its item.
struct Interval {
    start: u128,
    end: u128,
    label: String,
    item: String,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let stem = args.next().expect("usage: item-cost <profile stem> [rows]");
    let rows: usize = args
        .next()
        .map_or(40, |rows| rows.parse().expect("rows is a number"));
    let data = ProfilingData::new(Path::new(&stem)).expect("a -Zself-profile file");

    let mut threads: HashMap<u32, Vec<Interval>> = HashMap::new();
    for event in data.iter_full() {
        let EventPayload::Timestamp(Timestamp::Interval { start, end }) = event.payload else {
            continue;
        };
        let nanos = |time: std::time::SystemTime| {
            time.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos())
        };
        threads.entry(event.thread_id).or_default().push(Interval {
            start: nanos(start),
            end: nanos(end),
            label: event.label.to_string(),
            item: event
                .additional_data
                .first()
                .map(ToString::to_string)
                .unwrap_or_default(),
        });
    }

    // Self time: each interval's length less that of the intervals nested in it.
    let mut by_kind: HashMap<String, (u128, u64)> = HashMap::new();
    let mut total = 0;
    for mut intervals in threads.into_values() {
        intervals.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        // (index, time of the children so far)
        let mut open: Vec<(usize, u128)> = Vec::new();
        let mut close = |open: &mut Vec<(usize, u128)>, intervals: &[Interval]| {
            let (index, children) = open.pop().expect("an open interval");
            let interval = &intervals[index];
            let length = interval.end - interval.start;
            if let Some(parent) = open.last_mut() {
                parent.1 += length;
            }
            let own = length.saturating_sub(children);
            total += own;
            let entry = by_kind
                .entry(kind(&interval.label, &interval.item))
                .or_default();
            entry.0 += own;
            entry.1 += 1;
        };
        for index in 0..intervals.len() {
            while open
                .last()
                .is_some_and(|&(top, _)| intervals[top].end <= intervals[index].start)
            {
                close(&mut open, &intervals);
            }
            open.push((index, 0));
        }
        while !open.is_empty() {
            close(&mut open, &intervals);
        }
    }

    let mut kinds: Vec<(String, (u128, u64))> = by_kind.into_iter().collect();
    kinds.sort_by(|a, b| b.1 .0.cmp(&a.1 .0));
    let seconds = |nanos: u128| nanos as f64 / 1e9;
    println!(
        "Self time of all queries: {:.2} s (profiling itself included)",
        seconds(total)
    );
    println!();
    println!("| item (all enums together) | self time (s) | share | queries |");
    println!("|---|---|---|---|");
    for (kind, (nanos, queries)) in kinds.iter().take(rows) {
        println!(
            "| {kind} | {:.2} | {:.1}% | {queries} |",
            seconds(*nanos),
            *nanos as f64 * 100.0 / total as f64
        );
    }
}

/// The kind of item a query ran on, the same for every enum: an impl's item
/// by its name (`fmt`, `MEMBERS`), a macro by its name, the declarations, or
/// the crate and its modules as a whole.
fn kind(label: &str, item: &str) -> String {
    if label == "self_profile_alloc_query_strings" {
        return "(the profiler's own bookkeeping)".to_owned();
    }
    if label.starts_with("expand_") && item.starts_with("#[") {
        let name = item
            .trim_start_matches("#[derive(")
            .split([')', ']'])
            .next()
            .unwrap_or(item);
        return format!("derive `{name}`, its execution");
    }
    if item.is_empty() || item == "()" || item.starts_with("LocalModDefId") {
        return "(crate and module passes)".to_owned();
    }
    // Const evaluation names its item inside `DefId(0:1234 ~ crate::path)`.
    let (path, evaluated) = match item.split_once(" ~ ") {
        Some((_, rest)) => (
            rest.split(')').next().unwrap_or(rest),
            label.starts_with("eval_"),
        ),
        None => (item, false),
    };
    let segments: Vec<&str> = path.split("::").collect();
    let in_impl = segments
        .iter()
        .position(|segment| segment.starts_with("{impl") || segment.starts_with("{{impl"));
    let kind = match in_impl {
        Some(at) => match segments.get(at + 1) {
            Some(name) if !name.starts_with('{') => {
                let closure = segments[at + 2..]
                    .iter()
                    .any(|segment| segment.contains("closure"));
                format!("`{name}`{}", if closure { ", its closures" } else { "" })
            }
            _ => "impl headers".to_owned(),
        },
        None => "the enum declarations".to_owned(),
    };
    if evaluated {
        format!("{kind}, const evaluation")
    } else {
        kind
    }
}

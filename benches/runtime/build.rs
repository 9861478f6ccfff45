//! Writes the enums under test, each in every form being compared, from Graph's
//! beta schema: vppTokenSyncStatus (4 members), a 150-member enum (the first
//! members of security.auditLogRecordType) and printerProcessingStateDetail
//! (826). The larger two get a 1-character and a 60-character name added, as
//! the issue asks; real names bring shared prefixes and acronyms.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let schema = Path::new(&manifest).join("../../xtask/metadata/beta-enums.json");
    println!("cargo:rerun-if-changed={}", schema.display());
    let enums: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(schema).unwrap()).unwrap();
    // By namespace and name: `auditLogRecordType` exists (empty) in
    // microsoft.graph as well as in microsoft.graph.security.
    let members = |namespace: &str, name: &str| -> Vec<String> {
        enums
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["namespace"] == namespace && e["name"] == name)
            .unwrap()["members"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let long = "x".repeat(30) + &"Y".repeat(30);
    let mut medium: Vec<String> = members("microsoft.graph.security", "auditLogRecordType").into_iter().take(148).collect();
    medium.extend(["l".to_owned(), long.clone()]);
    let mut large = members("microsoft.graph", "printerProcessingStateDetail");
    large.truncate(824);
    large.extend(["q".to_owned(), long.replace('x', "z")]);

    // The sizes of BENCHMARKS.md, "Runtime against the limit"; a schema lookup gone wrong must not
    // silently benchmark a different enum.
    let small = members("microsoft.graph", "vppTokenSyncStatus");
    assert_eq!(small.len(), 4);
    assert_eq!(medium.len(), 150);
    assert_eq!(large.len(), 826);

    let mut out = String::new();
    for (module, names) in [("small", small), ("medium", medium), ("large", large)] {
        out.push_str(&module_source(module, &names));
    }
    let flags = flag_members(&enums, "windowsDefenderProductStatus");
    assert_eq!(flags.len(), 26);
    out.push_str(&flags_source(&flags));
    std::fs::write(Path::new(&std::env::var("OUT_DIR").unwrap()).join("enums.rs"), out).unwrap();
}

fn ident(name: &str, index: usize) -> String {
    let mut chars = name.chars();
    let first = chars.next().unwrap().to_ascii_uppercase();
    format!("{first}{}{index}", chars.as_str().replace('_', ""))
}

fn module_source(module: &str, names: &[String]) -> String {
    let idents: Vec<String> = names.iter().enumerate().map(|(i, n)| ident(n, i)).collect();
    let mut s = format!("pub mod {module} {{\n#![allow(clippy::all, non_camel_case_types)]\n");
    let _ = writeln!(s, "pub const NAMES: [&str; {}] = {:?};", names.len(), names);

    // graph-enum: lossless (what the catalogues use), lossy and closed.
    for (ty, fallback) in [
        ("Ge", "    #[graph_enum(unknown)] Fallback(graph_enum::UnknownValue<Self>),\n"),
        ("GeLossy", "    #[graph_enum(unknown, rename = \"__fallback\")] Fallback,\n"),
        ("GeClosed", ""),
    ] {
        let copy = if ty == "Ge" { "" } else { "Copy, " };
        let _ = writeln!(s, "#[derive(graph_enum::GraphEnum, Clone, {copy}Debug, PartialEq)]\n#[repr(i32)]\npub enum {ty} {{");
        for (i, (name, id)) in names.iter().zip(&idents).enumerate() {
            let _ = writeln!(s, "    #[graph_enum(rename = {name:?})] {id} = {i},");
        }
        s.push_str(fallback);
        s.push_str("}\n");
    }
    // strum.
    s.push_str("#[derive(strum::EnumString, strum::IntoStaticStr, Clone, Copy, Debug, PartialEq)]\npub enum Strum {\n");
    for (name, id) in names.iter().zip(&idents) {
        let _ = writeln!(s, "    #[strum(serialize = {name:?})] {id},");
    }
    s.push_str("}\n");
    // serde derive.
    s.push_str("#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq)]\npub enum Serde {\n");
    for (name, id) in names.iter().zip(&idents) {
        let _ = writeln!(s, "    #[serde(rename = {name:?})] {id},");
    }
    s.push_str("}\n");
    // num_enum.
    s.push_str("#[derive(num_enum::TryFromPrimitive, Clone, Copy, Debug, PartialEq)]\n#[repr(i32)]\npub enum Num {\n");
    for (i, id) in idents.iter().enumerate() {
        let _ = writeln!(s, "    {id} = {i},");
    }
    s.push_str("}\n");
    // Hand-written: the plain enum a developer would write with matches.
    s.push_str("#[derive(Clone, Copy, Debug, PartialEq)]\n#[repr(i32)]\npub enum Plain {\n");
    for (i, id) in idents.iter().enumerate() {
        let _ = writeln!(s, "    {id} = {i},");
    }
    s.push_str("}\n");
    let _ = writeln!(s, "pub const PLAIN: [Plain; {}] = [{}];", idents.len(), idents.iter().map(|id| format!("Plain::{id}")).collect::<Vec<_>>().join(", "));
    s.push_str("impl Plain {\n    #[inline]\n    pub fn parse(text: &str) -> Option<Plain> {\n        match text {\n");
    for (name, id) in names.iter().zip(&idents) {
        let _ = writeln!(s, "            {name:?} => Some(Plain::{id}),");
    }
    s.push_str("            _ => None,\n        }\n    }\n    #[inline]\n    pub fn name(self) -> &'static str {\n        match self {\n");
    for (name, id) in names.iter().zip(&idents) {
        let _ = writeln!(s, "            Plain::{id} => {name:?},");
    }
    s.push_str("        }\n    }\n    #[inline]\n    pub fn from_value(value: i32) -> Option<Plain> {\n        match value {\n");
    for (i, id) in idents.iter().enumerate() {
        let _ = writeln!(s, "            {i} => Some(Plain::{id}),");
    }
    s.push_str("            _ => None,\n        }\n    }\n}\n");
    // phf.
    s.push_str("pub static PHF: phf::Map<&'static str, Plain> = phf::phf_map! {\n");
    for (name, id) in names.iter().zip(&idents) {
        let _ = writeln!(s, "    {name:?} => Plain::{id},");
    }
    s.push_str("};\n");
    s.push_str(&perfect_hash_source(names));
    s.push_str("/// The limit of decoding: the perfect hash on the `&str` serde_json borrows\n/// from the document.\npub struct PerfectHashed(pub Plain);\nimpl<'de> serde::Deserialize<'de> for PerfectHashed {\n    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {\n        let text = <&str>::deserialize(deserializer)?;\n        perfect_hash(text).map(PerfectHashed).ok_or_else(|| serde::de::Error::custom(\"unknown name\"))\n    }\n}\n");
    s.push_str("}\n");
    s
}

/// The limit of a lookup by name, written out for these names: one hash of
/// the length and a few bytes (a multiply and a shift), one table load, one
/// comparison. The byte positions are chosen so that no two names share a
/// key, then the table is made large enough (a power of two) that some
/// multiplier sends every key to a slot of its own; free slots name member 0,
/// whose comparison then fails, so no branch tests for an empty slot.
fn perfect_hash_source(names: &[String]) -> String {
    let key = |name: &str, positions: &[(bool, usize)]| -> u64 {
        let bytes = name.as_bytes();
        let last = bytes.len() - 1;
        positions.iter().enumerate().fold(bytes.len() as u64, |key, (k, &(from_end, at))| {
            let at = at.min(last);
            key | u64::from(bytes[if from_end { last - at } else { at }]) << (16 + 8 * k)
        })
    };
    let distinct = |positions: &[(bool, usize)]| -> usize {
        let mut keys: Vec<u64> = names.iter().map(|name| key(name, positions)).collect();
        keys.sort_unstable();
        keys.dedup();
        keys.len()
    };
    // Greedy: add the position that separates the most names, up to six.
    let candidates: Vec<(bool, usize)> = (0..16).flat_map(|at| [(false, at), (true, at)]).collect();
    let mut positions = Vec::new();
    while distinct(&positions) < names.len() {
        assert!(positions.len() < 6, "no six byte positions separate the names");
        let best = *candidates.iter().max_by_key(|&&candidate| {
            let mut trial = positions.clone();
            trial.push(candidate);
            distinct(&trial)
        }).unwrap();
        positions.push(best);
    }
    let keys: Vec<u64> = names.iter().map(|name| key(name, &positions)).collect();
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    let (bits, multiplier, slots) = (names.len().next_power_of_two().trailing_zeros() + 1..)
        .find_map(|bits| {
            (0..200_000).find_map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let multiplier = state | 1;
                let mut slots = vec![u16::MAX; 1 << bits];
                for (index, &key) in keys.iter().enumerate() {
                    let slot = (key.wrapping_mul(multiplier) >> (64 - bits)) as usize;
                    if slots[slot] != u16::MAX {
                        return None;
                    }
                    slots[slot] = index as u16;
                }
                Some((bits, multiplier, slots))
            })
        })
        .unwrap();
    let slots: Vec<u16> = slots.into_iter().map(|slot| if slot == u16::MAX { 0 } else { slot }).collect();
    let mut s = String::from("/// The limit: one hash, one table load, one comparison (see build.rs).\n#[inline]\npub fn perfect_hash(text: &str) -> Option<Plain> {\n");
    let _ = writeln!(s, "    static SLOTS: [u16; {}] = {:?};", slots.len(), slots);
    s.push_str("    let bytes = text.as_bytes();\n");
    if !positions.is_empty() {
        s.push_str("    let Some(last) = bytes.len().checked_sub(1) else { return None };\n");
    }
    s.push_str("    let key = bytes.len() as u64");
    for (k, (from_end, at)) in positions.iter().enumerate() {
        let index = if *from_end { format!("last - {at}.min(last)") } else { format!("{at}.min(last)") };
        let _ = write!(s, "\n        | u64::from(bytes[{index}]) << {}", 16 + 8 * k);
    }
    let _ = writeln!(s, ";\n    let index = usize::from(SLOTS[(key.wrapping_mul({multiplier:#x}) >> {}) as usize]);", 64 - bits);
    s.push_str("    if NAMES[index] == text { Some(PLAIN[index]) } else { None }\n}\n");
    s
}

fn flag_members(enums: &serde_json::Value, name: &str) -> Vec<(String, i64)> {
    enums.as_array().unwrap().iter().find(|e| e["namespace"] == "microsoft.graph" && e["name"] == name).unwrap()["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["name"].as_str().unwrap().to_owned(), m["value"].as_i64().unwrap()))
        .collect()
}

/// Graph's windowsDefenderProductStatus (26 members, one bit each but the zero
/// member): graph-enum's `Flags` against a hand-written split-and-match parser and
/// a bit loop writing names.
fn flags_source(members: &[(String, i64)]) -> String {
    let idents: Vec<String> = members.iter().enumerate().map(|(i, (n, _))| ident(n, i)).collect();
    let mut s = String::from("pub mod flags {\n#![allow(clippy::all, non_camel_case_types)]\n");
    let names: Vec<&str> = members.iter().map(|(n, _)| n.as_str()).collect();
    let _ = writeln!(s, "pub const NAMES: [&str; {}] = {:?};", names.len(), names);
    s.push_str("#[derive(graph_enum::GraphEnum, Clone, Copy, Debug, PartialEq)]\n#[graph_enum(flags)]\n#[repr(i32)]\npub enum Ge {\n");
    for ((name, value), id) in members.iter().zip(&idents) {
        let _ = writeln!(s, "    #[graph_enum(rename = {name:?})] {id} = {value},");
    }
    s.push_str("}\n");
    s.push_str("/// Hand-written: split on commas, match each name to its bit.\n#[inline]\npub fn parse(text: &str) -> Option<i32> {\n    let mut bits = 0;\n    for part in text.split(',') {\n        bits |= match part {\n");
    for (name, value) in members {
        let _ = writeln!(s, "            {name:?} => {value},");
    }
    s.push_str("            _ => return None,\n        };\n    }\n    Some(bits)\n}\n");
    // The same match behind `Flags`' own reading rules (SPEC.md, "Flags"):
    // parts trimmed with `str::trim`, empty ones skipped, a number read as
    // bits. This is issue #15's "hand-written parser of the same semantics".
    s.push_str("/// Hand-written with `Flags`' rules: split on commas, trim, skip empty parts, numbers as bits.\n#[inline]\npub fn parse_same_rules(text: &str) -> Option<i32> {\n    let mut bits = 0;\n    for part in text.split(',').map(str::trim).filter(|part| !part.is_empty()) {\n        bits |= match part {\n");
    for (name, value) in members {
        let _ = writeln!(s, "            {name:?} => {value},");
    }
    s.push_str("            _ => part.parse().ok()?,\n        };\n    }\n    Some(bits)\n}\n");
    s.push_str("/// Hand-written: each set bit's name in declaration order, commas between.\n#[inline]\npub fn format(bits: i32, out: &mut String) {\n    if bits == 0 { out.push_str(NAMES[0]); return; }\n    let mut first = true;\n");
    let _ = writeln!(s, "    for (name, value) in NAMES.iter().zip({:?}) {{", members.iter().map(|(_, v)| *v as i32).collect::<Vec<_>>());
    s.push_str("        if value != 0 && bits & value == value {\n            if !first { out.push(','); }\n            out.push_str(name);\n            first = false;\n        }\n    }\n}\n}\n");
    s
}

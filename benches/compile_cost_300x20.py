#!/usr/bin/env python3
"""Writes the crates of issue #4's compile-cost goal: 300 enums of 20 members,
the same enums three ways, for benches/compile-cost-300x20.sh to time.

- `graph-enum`: `#[derive(GraphEnum)]` with every feature a Graph client uses:
  doc-comment descriptions on the type and every member, explicit values, the
  evolvable sentinel `unknownFutureValue` with one opt-in member after it, a
  lossless `Unknown(UnknownValue<Self>)` fallback, the `serde` feature, and every
  tenth enum a flags enum.
- `graph-enum-traits`: the same, with the std traits written by the derive
  (`#[graph_enum(derive(Clone, Debug, PartialEq, Eq, Hash))]`, as the generated
  catalogues have them) instead of the std derives.
- `strum-serde`: what a user of those crates writes for the same job: the same
  docs, `EnumString`, `Display`, `AsRefStr`, `IntoStaticStr`, `FromRepr`,
  `EnumMessage` (descriptions), `Serialize`, `Deserialize`, exact names by
  `serialize_all`/`rename_all`, and a lossless fallback (`#[strum(default)]`,
  `#[serde(untagged)]`) holding a `String`.
- `declarations`: the enums with their std derives and nothing else: the floor
  every derive adds to.

Usage: compile_cost_300x20.py OUT_DIR GRAPH_ENUM_PATH
"""
import sys
from pathlib import Path

ENUMS, MEMBERS = 300, 20
STD_DERIVES = "Clone, Debug, PartialEq, Eq, Hash"
WORDS = [
    "device", "compliance", "policy", "state", "sync", "token", "apple", "managed", "app",
    "windows", "update", "ring", "user", "group", "mail", "calendar", "team", "channel",
    "security", "alert", "risk", "sign", "in", "conditional", "access", "print", "job",
    "drive", "item", "site", "list", "task", "planner", "identity", "governance", "review",
]


def member_names(enum_index):
    """20 distinct camelCase names, Graph-like: two or three words."""
    names, k = [], 0
    while len(names) < MEMBERS - 2:
        a = WORDS[(enum_index * 7 + k) % len(WORDS)]
        b = WORDS[(enum_index * 3 + k * 5 + 1) % len(WORDS)]
        c = WORDS[(k * 11 + enum_index) % len(WORDS)] if k % 3 == 0 else ""
        name = a + b[0].upper() + b[1:] + (c[0].upper() + c[1:] if c else "")
        if name not in names:
            names.append(name)
        k += 1
    return names + ["unknownFutureValue", "optInMember"]


def pascal(name):
    return name[0].upper() + name[1:]


def enum_header(i, flags):
    kind = "flags " if flags else ""
    return [f"/// Graph-like {kind}enum number {i}, for the compile-cost benchmark."]


def value(k, flags):
    return 1 << k if flags else k


def graph_enum(i, own_traits=False):
    flags = i % 10 == 0
    names = member_names(i)
    lines = enum_header(i, flags)
    keys = ["flags"] if flags else []
    if own_traits:
        lines.append("#[derive(GraphEnum)]")
        keys.append(f"derive({STD_DERIVES})")
    else:
        lines.append(f"#[derive({STD_DERIVES}, GraphEnum)]")
    if keys:
        lines.append(f"#[graph_enum({', '.join(keys)})]")
    lines.append("#[repr(i32)]")
    lines.append(f"pub enum Enum{i} {{")
    for k, name in enumerate(names):
        lines.append(f"    /// The member `{name}` of enum {i}.")
        lines.append(f"    {pascal(name)} = {value(k, flags)},")
    lines.append("    /// A value this code does not know, kept as sent.")
    lines.append("    #[graph_enum(unknown)]")
    lines.append("    Unknown(UnknownValue<Self>),")
    lines.append("}")
    return lines


def strum_serde(i):
    flags = i % 10 == 0
    names = member_names(i)
    lines = enum_header(i, flags)
    lines.append(f"#[derive({STD_DERIVES}, strum::EnumString, strum::Display, strum::AsRefStr, "
                 "strum::IntoStaticStr, strum::FromRepr, strum::EnumMessage, "
                 "serde::Serialize, serde::Deserialize)]")
    lines.append('#[strum(serialize_all = "camelCase")]')
    lines.append('#[serde(rename_all = "camelCase")]')
    lines.append("#[repr(i32)]")
    lines.append(f"pub enum Enum{i} {{")
    for k, name in enumerate(names):
        lines.append(f"    /// The member `{name}` of enum {i}.")
        lines.append(f"    {pascal(name)} = {value(k, flags)},")
    lines.append("    /// A value this code does not know, kept as sent.")
    lines.append("    #[strum(default)]")
    lines.append("    #[serde(untagged)]")
    lines.append("    Unknown(String),")
    lines.append("}")
    return lines


def declarations(i):
    flags = i % 10 == 0
    names = member_names(i)
    lines = enum_header(i, flags)
    lines.append(f"#[derive({STD_DERIVES})]")
    lines.append("#[repr(i32)]")
    lines.append(f"pub enum Enum{i} {{")
    for k, name in enumerate(names):
        lines.append(f"    /// The member `{name}` of enum {i}.")
        lines.append(f"    {pascal(name)} = {value(k, flags)},")
    lines.append("    /// A value this code does not know, kept as sent.")
    lines.append("    Unknown(String),")
    lines.append("}")
    return lines


def write(out, name, dependencies, prelude, enum):
    src = out / name / "src"
    src.mkdir(parents=True, exist_ok=True)
    body = [prelude] + [line for i in range(ENUMS) for line in enum(i)]
    (src / "lib.rs").write_text("//! Generated by benches/compile_cost_300x20.py.\n" + "\n".join(body) + "\n")
    (out / name / "Cargo.toml").write_text(
        f'[package]\nname = "cost-{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        f"[dependencies]\n{dependencies}\n[workspace]\n"
    )


def main():
    out, graph_enum_path = Path(sys.argv[1]), Path(sys.argv[2]).resolve()
    serde = 'serde = { version = "1.0.200", features = ["derive"] }\n'
    write(out, "graph-enum",
          f'graph-enum = {{ path = "{graph_enum_path}", features = ["serde"] }}\n' + serde,
          "use graph_enum::{GraphEnum, UnknownValue};", graph_enum)
    write(out, "graph-enum-traits",
          f'graph-enum = {{ path = "{graph_enum_path}", features = ["serde"] }}\n' + serde,
          "use graph_enum::{GraphEnum, UnknownValue};", lambda i: graph_enum(i, own_traits=True))
    write(out, "strum-serde", 'strum = { version = "0.28", features = ["derive"] }\n' + serde,
          "", strum_serde)
    write(out, "declarations", serde, "", declarations)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes a crate with the given catalogue's enums derived with strum + serde
instead of graph-enum, for benches/compile-cost.sh to measure against.

Each enum gets what a user of those crates would write for the same job: exact
wire names (`#[strum(serialize)]`, `#[serde(rename)]` on every member whose name
differs from the variant), `EnumString`, `Display`, `IntoStaticStr`,
`Serialize`, `Deserialize`, `#[repr]` discriminants, and a unit `Unknown`
fallback (`#[serde(other)]`, `#[strum(disabled)]`; neither crate keeps the text).
"""
import json
import re
import sys
from pathlib import Path

KEYWORD_SELF = "Self"


def pascal(name):
    parts = [p for p in re.split(r"[^A-Za-z0-9]+|_", name) if p]
    ident = "".join(p[0].upper() + p[1:] for p in parts) or "Underscore"
    if ident[0].isdigit():
        ident = "N" + ident
    return ident + "Value" if ident == KEYWORD_SELF else ident


def snake(name):
    out = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()
    return "r#" + out if out in {"type", "match", "self", "mod"} else out


REPR = {"Edm.Byte": "u8", "Edm.Int64": "i64", "Edm.SByte": "i8", "Edm.Int16": "i16"}


def main():
    source, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    enums = json.loads(source.read_text())
    modules = {}
    for enum in enums:
        namespace = enum["namespace"]
        rest = namespace[len("microsoft.graph"):].strip(".")
        path = tuple(snake(part) for part in rest.split(".") if part)
        lines = modules.setdefault(path, [])
        taken = set()
        lines.append("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumString, strum::Display, "
                     "strum::IntoStaticStr, serde::Serialize, serde::Deserialize)]")
        lines.append(f"#[repr({REPR.get(enum['underlying'], 'i32')})]")
        lines.append(f"pub enum {pascal(enum['name'])} {{")
        for member in enum["members"]:
            ident = pascal(member["name"])
            while ident in taken:
                ident += "2"
            taken.add(ident)
            name = json.dumps(member["name"])
            lines.append(f"    #[strum(serialize = {name})]")
            lines.append(f"    #[serde(rename = {name})]")
            lines.append(f"    {ident} = {member['value']},")
        fallback = "Unknown"
        while fallback in taken:
            fallback += "2"
        lines.append("    #[strum(disabled)]")
        lines.append("    #[serde(other)]")
        lines.append(f"    {fallback},")
        lines.append("}")
    src = out_dir / "src"
    src.mkdir(parents=True, exist_ok=True)

    def render(path, depth):
        pad = "    " * depth
        text = "".join(pad + line + "\n" for line in modules.get(path, []))
        children = sorted({p[len(path)] for p in modules if len(p) > len(path) and p[:len(path)] == path})
        for child in children:
            text += f"{pad}pub mod {child} {{\n{render(path + (child,), depth + 1)}{pad}}}\n"
        return text

    (src / "lib.rs").write_text("#![allow(non_camel_case_types, clippy::all)]\n" + render((), 0))
    (out_dir / "Cargo.toml").write_text(
        '[package]\nname = "strum-serde-catalogue"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        '[dependencies]\nstrum = { version = "0.28", features = ["derive"] }\n'
        'serde = { version = "1.0.200", features = ["derive"] }\n\n[workspace]\n'
    )


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# How many instructions each Flags operation executes on a set of 1,000 to
# 1,000,000 distinct unknown parts, counted by callgrind (valgrind), which is
# exact and repeatable where wall time also measures the caches. Prints a
# Markdown table with the growth of each 4x step.
#
# Usage: benches/flags-growth-instructions.sh   (needs valgrind; ~5 minutes)
set -euo pipefail
cd "$(dirname "$0")/runtime"
cargo build -q --release --example flags_growth_instructions
binary=target/release/examples/flags_growth_instructions
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
sizes=(1000 4000 16000 64000 256000 1000000)
for parts in "${sizes[@]}"; do
  valgrind -q --tool=callgrind --callgrind-out-file="$out/$parts" \
    --toggle-collect='*measured_*' "$binary" "$parts"
  callgrind_annotate --inclusive=yes --threshold=100 "$out/$parts" |
    sed -n 's/^ *\([0-9,]*\) ([^)]*) *[^ ]*:.*measured_\([a-z_]*\).*/\2 \1/p' |
    tr -d , >"$out/$parts.txt"
done
python3 - "$out" "${sizes[@]}" <<'PY'
import sys
from pathlib import Path
out, sizes = Path(sys.argv[1]), sys.argv[2:]
counts = {}
for size in sizes:
    for line in (out / f"{size}.txt").read_text().split("\n"):
        if line:
            operation, instructions = line.split()
            counts.setdefault(operation, {})[size] = int(instructions)
print("| operation | " + " | ".join(f"{int(s):,}" for s in sizes) + " | worst 4× step |")
print("|---|" + "---|" * (len(sizes) + 1))
for operation in ["parse", "write", "eq", "hash", "insert_remove", "union", "insert_each", "remove_each"]:
    row = [counts[operation][s] for s in sizes]
    steps = [b / a for a, b in zip(row, row[1:])]
    per_part = " | ".join(f"{n / int(s):.1f}" for n, s in zip(row, sizes))
    print(f"| {operation.replace('_', '+')} (instructions per part) | {per_part} | {max(steps):.2f}× |")
PY

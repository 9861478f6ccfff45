#!/usr/bin/env bash
# Where a catalogue's `cargo check` spends its time, item by item (issue #15):
# rustc's self-profile of graph-enum's check with the given catalogue, every
# query's self time added up by the kind of item it ran on (an emitted `fmt`,
# `MEMBERS`, the derive's own execution...) over all the enums. Prints Markdown.
# Needs `-Z` flags: RUSTC_BOOTSTRAP=1 allows them on the stable toolchain.
#
# Usage: benches/compile-cost-items.sh [v1|beta] [rows]    (from anywhere; a few minutes)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
catalogue=${1:-v1}
rows=${2:-40}
work=$root/target/compile-cost-items
rm -rf "$work/profile"
mkdir -p "$work/profile"

(cd "$root/benches/item-cost" && cargo build -q --release --target-dir "$work/tool")
# Dependencies and the derive first, so the profile is of graph-enum alone.
(cd "$root" && CARGO_INCREMENTAL=0 cargo check -q -p graph-enum --features "serde,$catalogue" --target-dir "$work/target")
(cd "$root" && cargo clean -q -p graph-enum --target-dir "$work/target")
(cd "$root" && CARGO_INCREMENTAL=0 RUSTC_BOOTSTRAP=1 cargo rustc -q -p graph-enum --features "serde,$catalogue" \
  --profile check --target-dir "$work/target" -- \
  -Zself-profile="$work/profile" -Zself-profile-events=default,args)
profile=$(ls "$work"/profile/graph_enum-*.mm_profdata)
echo "graph-enum, features \`serde,$catalogue\`, cargo check profiled with -Zself-profile ($(rustc --version)):"
echo
"$work/tool/release/item-cost" "${profile%.mm_profdata}" "$rows"

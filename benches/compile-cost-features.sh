#!/usr/bin/env bash
# What each optional integration feature adds to `cargo check` of the v1
# catalogue (861 enums, 6,347 members), measured in one run on this machine.
# Prints a Markdown table for BENCHMARKS.md. CPU time (user + system, of
# cargo and rustc), not wall time: on this shared machine wall time of the
# same check varies by a third between runs. Each feature set's dependencies
# are checked first, then graph-enum alone is cleaned and timed, so a number
# is the catalogue crate's own check with that feature's impls on every enum.
#
# Usage: benches/compile-cost-features.sh   (takes minutes). To compare the
# first row across commits, copy the script into a worktree of the other
# commit and run it there.
set -euo pipefail
cd "$(dirname "$0")/.."
target=$PWD/target/compile-cost-features
export CARGO_INCREMENTAL=0

seconds() { # features -> median CPU seconds (user + system) of three checks of graph-enum alone
  local features=$1 runs=()
  cargo check -q -p graph-enum --features "$features" --target-dir "$target" >/dev/null 2>&1
  for _ in 1 2 3; do
    cargo clean -q -p graph-enum --target-dir "$target" >/dev/null 2>&1
    /usr/bin/time -f "%U %S" -o "$target/cpu.txt" \
      cargo check -q -p graph-enum --features "$features" --target-dir "$target" >/dev/null 2>&1
    runs+=("$(awk '{printf "%.2f", $1 + $2}' "$target/cpu.txt")")
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p
}

base=$(seconds serde,v1)
echo "| features | cargo check, CPU (s) | added to \`serde,v1\` |"
echo "|---|---|---|"
echo "| \`serde,v1\` | $base | |"
for feature in clap sqlx schemars utoipa arbitrary tracing clap,sqlx,schemars,utoipa,arbitrary,tracing; do
  time=$(seconds "serde,v1,$feature")
  echo "| \`serde,v1,$feature\` | $time | $(python3 -c "print(f'{$time - $base:+.2f}')") |"
done

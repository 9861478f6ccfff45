#!/usr/bin/env bash
# Compile cost of the prebuilt catalogues, against strum + serde derives for the
# same enums, measured in one run on this machine. Prints a Markdown table for
# BENCHMARKS.md. Dependencies are built first, so each number is the time to
# check or build the catalogue crate itself (its derive macro already built).
#
# Usage: benches/compile-cost.sh        (from the workspace root; takes minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$PWD/target/compile-cost
mkdir -p "$work"

seconds() { # command... -> wall seconds, one decimal; a failed build stops the script
  local start end
  start=$(date +%s.%N)
  if ! "$@" >/dev/null 2>"$work/last-error.txt"; then
    echo "failed: $* (see $work/last-error.txt)" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.1f}')"
}

python3 benches/compile_cost_strum_serde.py xtask/metadata/v1.0-enums.json "$work/strum-serde-v1"
python3 benches/compile_cost_strum_serde.py xtask/metadata/beta-enums.json "$work/strum-serde-beta"

ours() { # command profile features -> seconds for graph-enum alone
  local command=$1 profile=$2 features=serde${3:+,$3} target="$work/target-ours"
  cargo "$command" -q -p graph-enum --features serde --profile "$profile" --target-dir "$target" >/dev/null 2>&1
  cargo clean -q -p graph-enum --profile "$profile" --target-dir "$target" >/dev/null 2>&1
  seconds cargo "$command" -q -p graph-enum --features "$features" --profile "$profile" --target-dir "$target"
}

theirs() { # command profile catalogue -> seconds for the strum + serde crate alone
  local command=$1 profile=$2 dir="$work/strum-serde-$3"
  (cd "$dir" && cargo "$command" -q --profile "$profile" --target-dir "$work/target-theirs" >/dev/null 2>&1 &&
    cargo clean -q -p strum-serde-catalogue --profile "$profile" --target-dir "$work/target-theirs" >/dev/null 2>&1)
  (cd "$dir" && seconds cargo "$command" -q --profile "$profile" --target-dir "$work/target-theirs")
}

echo "| crate | cargo check (s) | cargo build --release (s) |"
echo "|---|---|---|"
for features in "" v1 beta; do
  check=$(ours check dev "$features")
  build=$(ours build release "$features")
  echo "| graph-enum, features \`serde${features:+,$features}\` | $check | $build |"
done
for catalogue in v1 beta; do
  check=$(theirs check dev "$catalogue")
  build=$(theirs build release "$catalogue")
  echo "| strum + serde derives, $catalogue catalogue | $check | $build |"
done

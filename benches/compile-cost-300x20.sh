#!/usr/bin/env bash
# Issue #4's compile-cost goals, measured in one run on this machine:
#  1. `cargo check` of a crate of 300 enums x 20 members: graph-enum's derive with
#     every feature on (with the std derives, and with the std traits written by
#     `#[graph_enum(derive(...))]`), against strum + serde derives for the same enums, and
#     against the bare declarations (the floor). Dependencies and derive macros
#     are built first; each number is the median of three checks of the crate itself.
#  2. What graph-enum's own clean build adds, in CPU seconds (user + system), to a
#     project that already builds serde with its derive.
# Prints Markdown for BENCHMARKS.md.
#
# Usage: benches/compile-cost-300x20.sh     (from anywhere; takes a few minutes)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$root/target/compile-cost-300x20
rm -rf "$work/crates"
mkdir -p "$work"
python3 "$root/benches/compile_cost_300x20.py" "$work/crates" "$root/graph-enum"

check_seconds() { # crate -> median wall seconds of `cargo check` of that crate alone
  local dir=$work/crates/$1 target=$work/target-$1
  (cd "$dir" && cargo check -q --target-dir "$target" >/dev/null 2>"$work/last-error.txt") ||
    { echo "failed: check $1 (see $work/last-error.txt)" >&2; exit 1; }
  for _ in 1 2 3; do
    (cd "$dir" && cargo clean -q -p "cost-$1" --target-dir "$target" >/dev/null 2>&1)
    local start end
    start=$(date +%s.%N)
    (cd "$dir" && cargo check -q --target-dir "$target" >/dev/null 2>&1)
    end=$(date +%s.%N)
    python3 -c "print($end - $start)"
  done | sort -n | sed -n 2p
}

echo "| 300 enums x 20 members | cargo check (s) | ratio to strum + serde |"
echo "|---|---|---|"
theirs=$(check_seconds strum-serde)
for crate in graph-enum graph-enum-traits strum-serde declarations; do
  if [ "$crate" = strum-serde ]; then seconds=$theirs; else seconds=$(check_seconds "$crate"); fi
  python3 -c "print(f'| $crate | {$seconds:.2f} | {$seconds / $theirs:.2f}x |')"
done

# 2. Clean builds, CPU seconds: serde + serde_derive alone, then with graph-enum
#    (feature `serde`) added. Both build the same syn, quote and proc-macro2.
cpu_seconds() { # dir -> user + system seconds of a clean `cargo build`
  local dir=$1 target=$work/target-clean-$(basename "$1")
  rm -rf "$target"
  (cd "$dir" && cargo fetch -q >/dev/null 2>&1)
  (cd "$dir" && /usr/bin/time -f "%U %S" -o "$work/time.txt" cargo build -q --target-dir "$target" >/dev/null 2>&1)
  python3 -c "u, s = open('$work/time.txt').read().split()[-2:]; print(float(u) + float(s))"
}
for project in serde-only with-graph-enum; do
  mkdir -p "$work/crates/$project/src"
  echo "use serde as _;" >"$work/crates/$project/src/lib.rs"
done
serde_dep='serde = { version = "1.0.200", features = ["derive"] }'
printf '[package]\nname = "serde-only"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\n%s\n[workspace]\n' \
  "$serde_dep" >"$work/crates/serde-only/Cargo.toml"
printf '[package]\nname = "with-graph-enum"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\n%s\ngraph-enum = { path = "%s", features = ["serde"] }\n[workspace]\n' \
  "$serde_dep" "$root/graph-enum" >"$work/crates/with-graph-enum/Cargo.toml"
echo "use graph_enum as _;" >>"$work/crates/with-graph-enum/src/lib.rs"
# The same versions of everything on both sides.
cp "$root/Cargo.lock" "$work/crates/serde-only/Cargo.lock"
cp "$root/Cargo.lock" "$work/crates/with-graph-enum/Cargo.lock"
# The whole build's CPU time varies by a second or more between runs here, so
# also count graph-enum's own rustc runs: a RUSTC_WRAPPER times each one of a
# graph_enum* crate (user + system), named with its features (the rules crate
# is built for the derive on the host and for the runtime on the target).
cat >"$work/time-rustc.sh" <<'WRAPPER'
#!/usr/bin/env bash
rustc=$1; shift
name=; features=; previous=
for argument in "$@"; do
  [ "$previous" = --crate-name ] && name=$argument
  case "$previous,$argument" in --cfg,feature=*) features="$features ${argument#feature=}" ;; esac
  previous=$argument
done
case $name in
  graph_enum*) exec /usr/bin/time -a -o "$GRAPH_ENUM_CPU_LOG" -f "%U %S $name${features:+ (features$features)}" "$rustc" "$@" ;;
  *) exec "$rustc" "$@" ;;
esac
WRAPPER
chmod +x "$work/time-rustc.sh"
base=$(GRAPH_ENUM_CPU_LOG=/dev/null RUSTC_WRAPPER=$work/time-rustc.sh cpu_seconds "$work/crates/serde-only")
rm -f "$work/graph-enum-cpu.txt"
with=$(GRAPH_ENUM_CPU_LOG=$work/graph-enum-cpu.txt RUSTC_WRAPPER=$work/time-rustc.sh cpu_seconds "$work/crates/with-graph-enum")
echo
echo "| clean cargo build (debug) | CPU seconds (user + system) |"
echo "|---|---|"
python3 -c "print(f'| serde + serde_derive | {$base:.2f} |')"
python3 -c "print(f'| the same + graph-enum (feature serde) | {$with:.2f} |')"
python3 -c "print(f'| graph-enum adds | {$with - $base:.2f} |')"
echo
echo "| graph-enum's own crates in that build | CPU seconds (user + system) |"
echo "|---|---|"
python3 - "$work/graph-enum-cpu.txt" <<'TABLE'
import sys
rows = [line.split(maxsplit=2) for line in open(sys.argv[1]) if line[:1].isdigit()]
for user, system, unit in rows:
    print(f"| {unit.strip().replace(chr(34), '')} | {float(user) + float(system):.2f} |")
print(f"| all of them | {sum(float(u) + float(s) for u, s, _ in rows):.2f} |")
TABLE

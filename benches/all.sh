#!/usr/bin/env bash
# Every measurement in BENCHMARKS.md, in one command: the runtime comparison
# (criterion, then report.py's tables), the 300 x 20 compile-cost crate and the
# catalogues' compile cost with and without the integration features. Prints
# the machine, the date and Markdown tables.
# Keep the machine otherwise idle; it takes about 25 minutes on 2 cores.
#
# Usage: benches/all.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

echo "Run of $(date -u +%Y-%m-%d) on $(nproc) cores of $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), $(rustc --version)"
echo
echo "## Runtime"
(cd "$root/benches/runtime" && cargo bench -q >/dev/null && python3 report.py)
echo
echo "## Compile cost: 300 enums x 20 members"
"$root/benches/compile-cost-300x20.sh"
echo
echo "## Compile cost of the prebuilt catalogues"
"$root/benches/compile-cost.sh"
echo
echo "## Compile cost of the integration features (v1 catalogue)"
"$root/benches/compile-cost-features.sh"
echo
echo "## Compile cost by item (v1 catalogue, -Zself-profile)"
"$root/benches/compile-cost-items.sh" v1 30

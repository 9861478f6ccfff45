#!/usr/bin/env python3
"""Prints BENCHMARKS.md's runtime tables from criterion's results of the last
`cargo bench` (target/criterion/*/*/new/estimates.json): median time per
element, and each implementation's ratio to the group's baseline."""
import json
from pathlib import Path

ROOT = Path(__file__).parent / "target" / "criterion"
BASELINES = {
    "parse_known": "match",
    "parse_unknown": "match",
    "to_name": "match",
    "from_value": "match",
    "decode": "serde_json alone (IgnoredAny)",
    "encode": "serialize_str",
}
ELEMENTS = {"json_1M": 1_000_000}


def median_ns(path):
    return json.loads(path.read_text())["median"]["point_estimate"]


def main():
    rows = {}
    for estimates in sorted(ROOT.glob("**/new/estimates.json")):
        benchmark = json.loads((estimates.parent / "benchmark.json").read_text())
        group, function, value = benchmark["group_id"], benchmark["function_id"], benchmark.get("value_str")
        size, operation = group.split("/")
        if operation == "json_1M":
            operation, implementation = function, value
            per = 1_000_000
        else:
            implementation = function
            per = 65_536
        rows.setdefault((size, operation), {})[implementation] = median_ns(estimates) / per
    for size in ["small", "medium", "large"]:
        members = {"small": 4, "medium": 150, "large": 826}[size]
        print(f"\n### {members} members ({size})\n")
        print("| operation | implementation | ns per element | ratio to baseline |")
        print("|---|---|---|---|")
        for operation in ["parse_known", "parse_unknown", "to_name", "from_value", "decode", "encode"]:
            results = rows.get((size, operation), {})
            baseline = results.get(BASELINES[operation])
            for implementation, ns in results.items():
                ratio = f"{ns / baseline:.2f}×" if baseline else ""
                print(f"| {operation} | {implementation} | {ns:.2f} | {ratio} |")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Prints each criterion group's throughput ratios against its baseline, from the latest run.

Run after `cargo bench`: python3 benches/ratios.py. Reads target/criterion/*/*/*/new/
estimates.json (median times); the baseline of a group is the function whose name contains
"unicode-normalization" (normalize, legacy) or "unicode_segmentation" (tokenize).
"""
import json
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent / "target" / "criterion"
rows = {}
for est in root.glob("**/new/estimates.json"):
    bench = json.loads((est.parent / "benchmark.json").read_text())
    group, func, size = bench["group_id"], bench["function_id"], bench.get("value_str") or ""
    median = json.loads(est.read_text())["median"]["point_estimate"]
    rows.setdefault((group, size), {})[func] = median
if not rows:
    sys.exit("no criterion results under target/criterion: run cargo bench first")
for (group, size), funcs in sorted(rows.items()):
    base = next((f for f in funcs if "unicode-normalization" in f or "unicode_normalization" in f
                 or "unicode_segmentation" in f
                 or "word_bound" in f), None)
    if base is None:
        continue
    for f, t in sorted(funcs.items()):
        if f != base:
            print(f"{group:32} {size:6} {f:36} {funcs[base] / t:6.2f}x  vs {base}")

#!/usr/bin/env python3
"""The command line's speed, as ratios measured in one run (machines here are noisy: quote
the ratios, not the times).

- `--jobs 2` against `--jobs 1` for extract, normalize and tokenize on 50 MB of news;
- `vntext normalize` end to end against the library's in-memory throughput
  (examples/throughput.rs) on the same text;
- `tokenize --format jsonl` against `--format text`.

    python3 scripts/cli-speed.py [MB]      # default 50

Each time is the best of seven runs (the two commands of a ratio interleaved), output to /dev/null, input from a file (page cache
warm). Needs cargo and python3 only.
"""
import os
import subprocess
import sys
import time
from pathlib import Path

root = Path(__file__).resolve().parent.parent
os.chdir(root)
mb = int(sys.argv[1]) if len(sys.argv) > 1 else 50
subprocess.run(["cargo", "build", "--release", "--features", "cli", "--quiet"], check=True)
subprocess.run(["cargo", "build", "--release", "--example", "throughput", "--quiet"], check=True)
binary = root / "target/release/vntext"
news = (root / "benches/corpus/news.txt").read_bytes()
data = root / f"target/cli-speed/news-{mb}mb.txt"
data.parent.mkdir(parents=True, exist_ok=True)
if not data.exists():
    data.write_bytes(news * (mb * 1_000_000 // len(news) + 1))
size = data.stat().st_size


RUNS = 7


def best(args):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return min(times)


def best_pair(a, b):
    """Best times of two commands, their runs interleaved so that both see the same
    machine."""
    ta, tb = [], []
    for _ in range(RUNS):
        for args, times in ((a, ta), (b, tb)):
            start = time.perf_counter()
            subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - start)
    return min(ta), min(tb)


def mbps(seconds):
    return size / seconds / 1e6


print(f"input: {data.relative_to(root)} ({size} bytes), {os.cpu_count()} cores")
print(f"{'command':<28} {'jobs 1':>11} {'jobs 2':>11} {'ratio':>6}")
for cmd in (
    ["extract"],
    ["normalize"],
    ["normalize", "--tone", "new"],
    ["normalize", "--form", "nfd"],
    ["tokenize"],
    ["tokenize", "--format", "jsonl"],
):
    t1, t2 = best_pair([binary, *cmd, "--jobs", "1", data], [binary, *cmd, "--jobs", "2", data])
    print(f"{' '.join(cmd):<28} {mbps(t1):6.1f} MB/s {mbps(t2):6.1f} MB/s {t1 / t2:5.2f}x")

lib = float(
    subprocess.run(
        [root / "target/release/examples/throughput", "normalize", data],
        capture_output=True, check=True, text=True,
    ).stdout
)
cli = mbps(best([binary, "normalize", "--jobs", "1", data]))
print(f"normalize --jobs 1: command line {cli:.1f} MB/s, library in memory {lib:.1f} MB/s: {cli / lib:.2f}x")
text, jsonl = best_pair(
    [binary, "tokenize", "--format", "text", "--jobs", "1", data],
    [binary, "tokenize", "--format", "jsonl", "--jobs", "1", data],
)
print(f"tokenize --jobs 1: jsonl {mbps(jsonl):.1f} MB/s, text {mbps(text):.1f} MB/s: {text / jsonl:.2f}x")

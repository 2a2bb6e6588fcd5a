#!/usr/bin/env python3
"""Select the sentences of evaluation sets 2 and 3 for dates and percentages.

Python 3.11, standard library only.  Deterministic: fixed seeds, no tuning.

Set 2 (shippable sources, tests/data/eval/dates-percents-2.tsv, ids dq0001...):

    python3 tests/data/eval/select_dp2.py --set 2 --corpus /work/shared/corpus \
        --seed-article /work/shared/seed/langson-2020-plan.txt \
        --out tests/data/eval/dates-percents-2.tsv

Set 3 (Vietnamese Wikipedia, CC BY-SA 4.0,
tests/data/eval-ccbysa/dates-percents-3.tsv, ids dw0001...):

    python3 tests/data/eval/select_dp2.py --set 3 --corpus /work/shared/corpus \
        --out tests/data/eval-ccbysa/dates-percents-3.tsv

Steps (documented in GUIDE.md):
1. Set 2 reads binhvq, hdnd, congbao and the seed article exactly as
   select_dp.py does (its load() and split_sentences() are imported), keeps
   sentences of 30..500 characters, drops duplicates (first occurrence wins)
   and drops every sentence that is already an S line of dates-percents.tsv.
   Set 3 reads viwiki-vn-politics/docs/*.txt in file-name order; one line is
   one paragraph (nothing is joined).  Dropped lines: blank lines, table and
   infobox rows (a line that starts or ends with '|'), headings ('#'), and
   citation apparatus (a line containing '^', '`', 'Truy cập ngày' or
   'Lưu trữ bản gốc', or starting with ':' or '(trợ giúp)').  Removed from
   the kept lines: the interface string '[sửa | sửa mã nguồn]' and the bold
   markers '**'.  Paragraphs are split with select_dp.split_sentences, and
   the same length filter and de-duplication apply.
2. Pools (tests on the NFC text, so NFD spellings match too):
   pct   - contains '%' or 'phần trăm' (case-insensitive);
   date  - not in pct, contains an ASCII digit and one of the whole words
           ngày tháng năm quý tết mùng mồng rằm 'giai đoạn' 'nhiệm kỳ'
           (case-insensitive);
   rest  - all other sentences (set 3 only).
3. Draw with random.Random(seed): rng.sample(pct, N_pct), then
   rng.sample(date, N_date), then (set 3) rng.sample(rest, N_rest), each
   pool being a list in reading order.  No stratification by source.  The
   chosen sentences are sorted into reading order and numbered.
"""
import argparse
import glob
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_dp  # noqa: E402  (same directory)

MIN_LEN, MAX_LEN = select_dp.MIN_LEN, select_dp.MAX_LEN

DATE_CUES = ["ngày", "tháng", "năm", "quý", "tết", "mùng", "mồng", "rằm",
             "giai đoạn", "nhiệm kỳ"]
DATE_CUE_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in DATE_CUES)
                         + r")(?!\w)", re.IGNORECASE)
DIGIT_RE = re.compile(r"[0-9]")

SETS = {
    "2": dict(seed=20261202, n=(("pct", 200), ("date", 160)), prefix="dq",
              out="tests/data/eval/dates-percents-2.tsv"),
    "3": dict(seed=20261203, n=(("pct", 100), ("date", 100), ("rest", 40)), prefix="dw",
              out="tests/data/eval-ccbysa/dates-percents-3.tsv"),
}

EDIT_LINK = "[sửa | sửa mã nguồn]"


def pool_of(sent):
    s = unicodedata.normalize("NFC", sent)
    if "%" in s or "phần trăm" in s.lower():
        return "pct"
    if DIGIT_RE.search(s) and DATE_CUE_RE.search(s):
        return "date"
    return "rest"


def wiki_keep(line):
    """Return the cleaned paragraph, or None when the line is dropped."""
    s = line.strip()
    if not s:
        return None
    s = s.replace(EDIT_LINK, "").strip()
    if not s or s.startswith("|") or s.endswith("|") or s.startswith("#"):
        return None
    if ("^" in s or "`" in s or "Truy cập ngày" in s or "Lưu trữ bản gốc" in s
            or s.startswith(":") or s.startswith("(trợ giúp)")):
        return None
    s = s.replace("**", "").strip()
    return s or None


def load_wiki(corpus):
    d = os.path.join(corpus, "viwiki-vn-politics", "docs")
    for path in sorted(glob.glob(os.path.join(d, "*.txt"))):
        stem = os.path.basename(path)[:-4]
        for no, line in enumerate(select_dp.read_lines(path), 1):
            para = wiki_keep(line)
            if para is None:
                continue
            for s in select_dp.split_sentences(para):
                yield "viwiki", f"viwiki:{stem}:{no}", s


def existing_sentences(path):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("S\t"):
                out.add(line.rstrip("\n").split("\t")[3])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=sorted(SETS), required=True)
    ap.add_argument("--corpus", default="/work/shared/corpus")
    ap.add_argument("--seed-article", default="/work/shared/seed/langson-2020-plan.txt")
    ap.add_argument("--exclude", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                      "dates-percents.tsv"),
                    help="set 2: drop the sentences of this file (the first set)")
    ap.add_argument("--out")
    ap.add_argument("--stats", action="store_true", help="print pool sizes only")
    args = ap.parse_args()
    cfg = SETS[args.set]
    out = args.out or cfg["out"]

    if args.set == "2":
        items = select_dp.load(args.corpus, args.seed_article)
        excluded = existing_sentences(args.exclude)
        sources = ["binhvq", "hdnd", "congbao", "seed"]
    else:
        items = load_wiki(args.corpus)
        excluded = set()
        sources = ["viwiki"]

    seen = set()
    pools = {name: [] for name, _ in cfg["n"]}
    n_excluded = 0
    order = 0
    for src, sid, sent in items:
        if not (MIN_LEN <= len(sent) <= MAX_LEN) or sent in seen:
            continue
        seen.add(sent)
        if sent in excluded:
            n_excluded += 1
            continue
        p = pool_of(sent)
        if p in pools:
            pools[p].append((order, src, sid, sent))
        order += 1

    def by_source(lst):
        return ", ".join(f"{s}={sum(1 for x in lst if x[1] == s)}" for s in sources)

    if args.stats:
        print(f"excluded (already in the first set): {n_excluded}")
        for p, lst in pools.items():
            print(p, len(lst), by_source(lst))
        return

    rng = random.Random(cfg["seed"])
    chosen = []
    drawn = {}
    for p, n in cfg["n"]:
        got = rng.sample(pools[p], n)
        drawn[p] = got
        chosen.extend((x, p) for x in got)
    chosen.sort(key=lambda x: x[0][0])

    cmd = f"python3 tests/data/eval/select_dp2.py --set {args.set} --corpus /work/shared/corpus"
    if args.set == "2":
        cmd += " --seed-article /work/shared/seed/langson-2020-plan.txt"
    cmd += f" --out {out}"
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        if args.set == "2":
            f.write("# vntext held-out evaluation set 2: dates and percentages (see GUIDE.md)\n")
        else:
            f.write("# vntext held-out evaluation set 3: dates and percentages, Vietnamese "
                    "Wikipedia text, CC BY-SA 4.0 (see README.md here and ../eval/GUIDE.md)\n")
        f.write(f"# selected by: {cmd}\n")
        f.write(f"# seed {cfg['seed']}; " + " + ".join(f"{n} {p}" for p, n in cfg["n"]) + "\n")
        if args.set == "2":
            f.write(f"# {n_excluded} sentences of dates-percents.tsv excluded from the pools\n")
        for p, n in cfg["n"]:
            f.write(f"# pool {p}: {len(pools[p])} ({by_source(pools[p])}) | drawn: {n} "
                    f"({by_source([x for x in drawn[p]])})\n")
        f.write("# format: S<TAB>id<TAB>source<TAB>sentence, then date/percent/relative lines\n")
        for i, ((order, src, sid, sent), p) in enumerate(chosen, 1):
            f.write(f"S\t{cfg['prefix']}{i:04d}\t{sid}\t{sent}\n")
            f.write(f"# pool {p}\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Select the sentences of the date/percentage DEVELOPMENT sets.

Python 3.11, standard library only.  Deterministic: seed 7, no tuning.

    python3 tests/data/dev/select_dev.py --corpus /work/shared/corpus \
        --seed-article /work/shared/seed/langson-2020-plan.txt

writes (without annotations)

  tests/data/dev/dates-percents-dev.tsv          ids dv0001...  (binhvq, hdnd, congbao, seed)
  tests/data/dev-ccbysa/dates-percents-dev.tsv   ids dx0001...  (Vietnamese Wikipedia)

Reading, sentence splitting, the 30..500 length filter, de-duplication and the pools are
those of the evaluation sets: the functions are imported from ../eval/select_dp.py
(load, split_sentences) and ../eval/select_dp2.py (load_wiki, pool_of).

  pct  - the sentence contains '%' or 'phần trăm' (case-insensitive);
  date - not pct, contains an ASCII digit and one of the whole words
         ngày tháng năm quý tết mùng mồng rằm 'giai đoạn' 'nhiệm kỳ' (case-insensitive);
  rest - every other sentence.

Every sentence that is an S line of any evaluation set (../eval/dates-percents.tsv,
../eval/dates-percents-2.tsv, ../eval-ccbysa/dates-percents-3.tsv) is dropped from the pools
of both files, so the development set and the evaluation sets share no sentence.

Draw: for each file a fresh random.Random(7); rng.sample(pct, N), then rng.sample(date, N),
then rng.sample(rest, N), each pool a list in reading order; no stratification by source.
The chosen sentences are sorted into reading order and numbered.
  dev (shippable sources):  60 pct + 70 date + 30 rest = 160
  dev-ccbysa (Wikipedia):   40 pct + 90 date + 30 rest = 160
"""
import argparse
import os
import random
import sys

sys.dont_write_bytecode = True  # leave ../eval untouched (no __pycache__)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(DATA, "eval"))
import select_dp  # noqa: E402
import select_dp2  # noqa: E402

SEED = 7
MIN_LEN, MAX_LEN = select_dp.MIN_LEN, select_dp.MAX_LEN
EVAL_FILES = [os.path.join(DATA, "eval", "dates-percents.tsv"),
              os.path.join(DATA, "eval", "dates-percents-2.tsv"),
              os.path.join(DATA, "eval-ccbysa", "dates-percents-3.tsv")]

SETS = {
    "dev": dict(prefix="dv", n=(("pct", 60), ("date", 70), ("rest", 30)),
                out="tests/data/dev/dates-percents-dev.tsv",
                sources=["binhvq", "hdnd", "congbao", "seed"]),
    "dev-ccbysa": dict(prefix="dx", n=(("pct", 40), ("date", 90), ("rest", 30)),
                       out="tests/data/dev-ccbysa/dates-percents-dev.tsv",
                       sources=["viwiki"]),
}


def eval_sentences():
    out = set()
    for path in EVAL_FILES:
        out |= select_dp2.existing_sentences(path)
    return out


def build(name, items, excluded, out, stats):
    cfg = SETS[name]
    seen = set()
    pools = {p: [] for p, _ in cfg["n"]}
    n_excluded = 0
    order = 0
    for src, sid, sent in items:
        if not (MIN_LEN <= len(sent) <= MAX_LEN) or sent in seen:
            continue
        seen.add(sent)
        if sent in excluded:
            n_excluded += 1
            continue
        pools[select_dp2.pool_of(sent)].append((order, src, sid, sent))
        order += 1

    def by_source(lst):
        return ", ".join(f"{s}={sum(1 for x in lst if x[1] == s)}" for s in cfg["sources"])

    if stats:
        print(f"{name}: excluded (in an evaluation set): {n_excluded}")
        for p, lst in pools.items():
            print(f"  {p} {len(lst)} ({by_source(lst)})")
        return

    rng = random.Random(SEED)
    chosen, drawn = [], {}
    for p, n in cfg["n"]:
        got = rng.sample(pools[p], n)
        drawn[p] = got
        chosen.extend((x, p) for x in got)
    chosen.sort(key=lambda x: x[0][0])

    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        if name == "dev":
            f.write("# vntext DEVELOPMENT set: dates and percentages (for tuning; see README.md "
                    "and ../eval/GUIDE.md)\n")
        else:
            f.write("# vntext DEVELOPMENT set: dates and percentages, Vietnamese Wikipedia text, "
                    "CC BY-SA 4.0 (see README.md here and ../eval/GUIDE.md)\n")
        f.write("# selected by: python3 tests/data/dev/select_dev.py --corpus /work/shared/corpus "
                "--seed-article /work/shared/seed/langson-2020-plan.txt\n")
        f.write(f"# seed {SEED}; " + " + ".join(f"{n} {p}" for p, n in cfg["n"]) + "\n")
        f.write(f"# {n_excluded} sentences of the evaluation sets excluded from the pools\n")
        for p, n in cfg["n"]:
            f.write(f"# pool {p}: {len(pools[p])} ({by_source(pools[p])}) | drawn: {n} "
                    f"({by_source(drawn[p])})\n")
        f.write("# format: S<TAB>id<TAB>source<TAB>sentence, then date/percent/relative lines\n")
        for i, ((order, src, sid, sent), p) in enumerate(chosen, 1):
            f.write(f"S\t{cfg['prefix']}{i:04d}\t{sid}\t{sent}\n")
            f.write(f"# pool {p}\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/work/shared/corpus")
    ap.add_argument("--seed-article", default="/work/shared/seed/langson-2020-plan.txt")
    ap.add_argument("--only", choices=sorted(SETS), help="build one file only")
    ap.add_argument("--out", help="output path (only with --only)")
    ap.add_argument("--stats", action="store_true", help="print pool sizes only")
    args = ap.parse_args()
    if args.out and not args.only:
        ap.error("--out needs --only")
    excluded = eval_sentences()
    for name in SETS:
        if args.only and name != args.only:
            continue
        if name == "dev":
            items = select_dp.load(args.corpus, args.seed_article)
        else:
            items = select_dp2.load_wiki(args.corpus)
        build(name, items, excluded, args.out or SETS[name]["out"], args.stats)


if __name__ == "__main__":
    main()

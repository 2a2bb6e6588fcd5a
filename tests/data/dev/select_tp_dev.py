#!/usr/bin/env python3
"""Draw the sentences of the title/person DEVELOPMENT sets (Python 3.11, stdlib only).

    python3 tests/data/dev/select_tp_dev.py [--corpus /work/shared/corpus] [--seed-text /work/shared/seed/langson-2020-plan.txt] [--stats]

Writes the skeletons (one `S` line per sentence, no annotation):
    tests/data/dev/titles-persons-dev.tsv          shippable sources, ids dt0001...
    tests/data/dev-ccbysa/titles-persons-dev.tsv   viwiki (CC BY-SA 4.0), ids du0001...
If a file already exists it is NOT overwritten; the skeleton goes to `*.skeleton.tsv` beside it.

Method
------
Reading, sentence splitting, the 30-500 character filter, de-duplication, the groups
(news = binhvq `demo-full.txt` + Lạng Sơn seed; legal = hdnd resolutions + congbao documents;
viwiki) and the cued/other strata are exactly those of the evaluation draw: the functions are
imported from ../eval/select_tp.py (`load`, `is_cued`).

Every sentence that is the text of an `S` line of ../eval/titles-persons.tsv or
../eval-ccbysa/titles-persons.tsv is removed from every pool before drawing, so the
development and evaluation sets share no sentence.

Draw with ONE random.Random(11), rng.sample over each stratum (a list in corpus order), in
this order:
    news cued 43, news other 7, legal cued 42, legal other 8     -> dt, 100 sentences
    viwiki cued 119, viwiki other 21                            -> du, 140 sentences
(85 % cued: 85 of 100 and 119 of 140). Files list the sentences in draw order.
"""
import argparse
import os
import random
import sys

sys.dont_write_bytecode = True  # leave ../eval untouched (no __pycache__)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(DATA, "eval"))
import select_tp  # noqa: E402

SEED = 11
DEV_SHIP = HERE
DEV_CCBYSA = os.path.join(DATA, "dev-ccbysa")
EVAL_FILES = [os.path.join(DATA, "eval", "titles-persons.tsv"),
              os.path.join(DATA, "eval-ccbysa", "titles-persons.tsv")]

# plan: (group, stratum, n), drawn in this order from one random stream
PLAN = [("news", "cued", 43), ("news", "other", 7),
        ("legal", "cued", 42), ("legal", "other", 8),
        ("viwiki", "cued", 119), ("viwiki", "other", 21)]


def eval_sentences():
    """Texts of the S lines of the evaluation files (only the S lines are read)."""
    out = set()
    for path in EVAL_FILES:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("S\t"):
                    cols = line.rstrip("\n").split("\t")
                    out.add(cols[3])
    return out


def draw(corpus, seed_text, stats=False, excluded=None, seed=SEED, plan=PLAN):
    """{"news": [(src, s)...], "legal": [...], "viwiki": [...]}, each in draw order: `plan`'s
    strata sampled with one random.Random(`seed`) after removing the `excluded` texts (by
    default the evaluation sentences). The second development draw calls this with its own."""
    groups = select_tp.load(corpus, seed_text)
    if excluded is None:
        excluded = eval_sentences()
    strata = {}
    n_excl = {}
    for g, items in groups.items():
        kept = [x for x in items if x[1] not in excluded]
        n_excl[g] = len(items) - len(kept)
        strata[(g, "cued")] = [x for x in kept if select_tp.is_cued(x[1])]
        strata[(g, "other")] = [x for x in kept if not select_tp.is_cued(x[1])]
    if stats:
        for g, n in n_excl.items():
            print(f"{g}: {n} sentences of other sets excluded", file=sys.stderr)
        for k, v in strata.items():
            print(k, len(v), file=sys.stderr)
    rng = random.Random(seed)
    drawn = {"news": [], "legal": [], "viwiki": []}
    for g, st, n in plan:
        drawn[g] += rng.sample(strata[(g, st)], n)
    return drawn, strata, n_excl


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/work/shared/corpus")
    ap.add_argument("--seed-text", default="/work/shared/seed/langson-2020-plan.txt")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()

    drawn, strata, n_excl = draw(args.corpus, args.seed_text, args.stats)
    cmd = "python3 tests/data/dev/select_tp_dev.py" + "".join(
        f" {a}" for a in sys.argv[1:] if a != "--stats")

    def pools(groups):
        return "; ".join(f"{g} cued {len(strata[(g, 'cued')])} / other {len(strata[(g, 'other')])}"
                         f" ({n_excl[g]} evaluation sentences excluded)" for g in groups)

    outputs = [
        (os.path.join(DEV_SHIP, "titles-persons-dev.tsv"), "dt", drawn["news"] + drawn["legal"],
         "binhvq-news-sample (Apache-2.0), Lạng Sơn seed, hdnd-resolutions-2017 and "
         "congbao-legal-sample (not protected, IP Law Art. 15)",
         "news cued 43 + other 7, legal cued 42 + other 8", pools(("news", "legal"))),
        (os.path.join(DEV_CCBYSA, "titles-persons-dev.tsv"), "du", drawn["viwiki"],
         "viwiki-vn-politics (Vietnamese Wikipedia, CC BY-SA 4.0; see README.md and LICENSE here)",
         "viwiki cued 119 + other 21", pools(("viwiki",))),
    ]
    write(outputs, "DEVELOPMENT set", cmd, SEED)


def write(outputs, name, cmd, seed):
    """Writes each (path, prefix, items, what, plan, pool) skeleton, beside an existing file
    (`*.skeleton.tsv`) rather than over it."""
    for path, prefix, items, what, plan, pool in outputs:
        if os.path.exists(path):
            path = path[:-4] + ".skeleton.tsv"
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(f"# vntext title/person {name} (for tuning; see "
                    f"tests/data/dev/README-titles-persons.md): {what}\n")
            f.write(f"# selected by: {cmd} (random.Random({seed}))\n")
            f.write(f"# draw: {plan}; pools: {pool}\n")
            f.write("# format and annotation guide: tests/data/eval/GUIDE-titles-persons.md\n")
            for i, (src, s) in enumerate(items, 1):
                f.write(f"S\t{prefix}{i:04d}\t{src}\t{s}\n")
        print(f"wrote {path}: {len(items)} sentences", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Draw the sentences of the SECOND title/person development sets (Python 3.11, stdlib only).

    python3 tests/data/dev/select_tp_dev2.py [--corpus /work/shared/corpus] [--seed-text /work/shared/seed/langson-2020-plan.txt] [--stats]

Writes the skeletons (one `S` line per sentence, no annotation):
    tests/data/dev/titles-persons-dev2.tsv          shippable sources, ids dy0001...
    tests/data/dev-ccbysa/titles-persons-dev2.tsv   viwiki (CC BY-SA 4.0), ids dz0001...
If a file already exists it is NOT overwritten; the skeleton goes to `*.skeleton.tsv` beside it.

Method
------
Reading, sentence splitting, the 30-500 character filter, de-duplication, the groups
(news = binhvq `demo-full.txt` + Lạng Sơn seed; legal = hdnd resolutions + congbao documents;
viwiki) and the cued/other test are those of the first development draw and of the evaluation
draw: select_tp_dev.py is imported, and through it ../eval/select_tp.py (`load`, `is_cued`).

Every sentence that is the text of an `S` line of any of these files is removed from every pool
before drawing (only the `S` lines are read):
    ../eval/titles-persons.tsv, ../eval-ccbysa/titles-persons.tsv        (title/person evaluation)
    titles-persons-dev.tsv, ../dev-ccbysa/titles-persons-dev.tsv         (first title/person dev set)
    ../eval/dates-percents*.tsv, ../eval-ccbysa/dates-percents-3.tsv     (date/percentage evaluation)

Draw with ONE random.Random(23), rng.sample over each stratum (a list in corpus order), in
this order:
    news cued 60, legal cued 20                    -> dy, 80 sentences (all cued)
    viwiki cued 162, viwiki other 18               -> dz, 180 sentences (90 % cued)
Files list the sentences in draw order.
"""
import argparse
import glob
import os
import sys

sys.dont_write_bytecode = True  # leave ../eval and this folder free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import select_tp_dev  # noqa: E402  (imports ../eval/select_tp.py)

select_tp = select_tp_dev.select_tp

SEED = 23
DEV_SHIP = HERE
DEV_CCBYSA = os.path.join(DATA, "dev-ccbysa")
EXCLUDE_FILES = (
    [os.path.join(DATA, "eval", "titles-persons.tsv"),
     os.path.join(DATA, "eval-ccbysa", "titles-persons.tsv"),
     os.path.join(HERE, "titles-persons-dev.tsv"),
     os.path.join(DEV_CCBYSA, "titles-persons-dev.tsv")]
    + sorted(glob.glob(os.path.join(DATA, "eval", "dates-percents*.tsv")))
    + [os.path.join(DATA, "eval-ccbysa", "dates-percents-3.tsv")])

# plan: (group, stratum, n), drawn in this order from one random stream
PLAN = [("news", "cued", 60), ("legal", "cued", 20),
        ("viwiki", "cued", 162), ("viwiki", "other", 18)]


def excluded_sentences():
    """Texts of the S lines of the files in EXCLUDE_FILES (only the S lines are read)."""
    out = set()
    for path in EXCLUDE_FILES:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("S\t"):
                    out.add(line.rstrip("\n").split("\t")[3])
    return out


def draw(corpus, seed_text, stats=False):
    """{"news": [(src, s)...], "legal": [...], "viwiki": [...]}, each in draw order."""
    return select_tp_dev.draw(corpus, seed_text, stats, excluded_sentences(), SEED, PLAN)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/work/shared/corpus")
    ap.add_argument("--seed-text", default="/work/shared/seed/langson-2020-plan.txt")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()

    drawn, strata, n_excl = draw(args.corpus, args.seed_text, args.stats)
    cmd = "python3 tests/data/dev/select_tp_dev2.py" + "".join(
        f" {a}" for a in sys.argv[1:] if a != "--stats")

    def pools(groups):
        return "; ".join(f"{g} cued {len(strata[(g, 'cued')])} / other {len(strata[(g, 'other')])}"
                         f" ({n_excl[g]} sentences of other sets excluded)" for g in groups)

    outputs = [
        (os.path.join(DEV_SHIP, "titles-persons-dev2.tsv"), "dy", drawn["news"] + drawn["legal"],
         "binhvq-news-sample (Apache-2.0), Lạng Sơn seed, hdnd-resolutions-2017 and "
         "congbao-legal-sample (not protected, IP Law Art. 15)",
         "news cued 60, legal cued 20", pools(("news", "legal"))),
        (os.path.join(DEV_CCBYSA, "titles-persons-dev2.tsv"), "dz", drawn["viwiki"],
         "viwiki-vn-politics (Vietnamese Wikipedia, CC BY-SA 4.0; see README.md and LICENSE here)",
         "viwiki cued 162 + other 18", pools(("viwiki",))),
    ]
    select_tp_dev.write(outputs, "DEVELOPMENT set 2", cmd, SEED)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Draw the sentences of the THIRD title/person development set, news only (Python 3.11, stdlib only).

    python3 tests/data/dev/select_tp_dev3.py [--corpus /work/shared/corpus] [--seed-text /work/shared/seed/langson-2020-plan.txt] [--stats]

Writes the skeleton (one `S` line per sentence, no annotation):
    tests/data/dev/titles-persons-dev3.tsv     news (binhvq sample + Lạng Sơn seed), ids dn0001...
If the file already exists it is NOT overwritten; the skeleton goes to `*.skeleton.tsv` beside it.

Method
------
Reading, sentence splitting, the 30-500 character filter, de-duplication and the cued/other test
are those of the other title/person draws: select_tp_dev.py is imported, and through it
../eval/select_tp.py (`load`, `is_cued`). Only the NEWS group is drawn from: binhvq
`demo-full.txt` (Apache-2.0) + the Lạng Sơn seed article (both shippable); not the legal texts,
not Wikipedia (CC BY-SA 4.0).

Every sentence that is the text of an `S` line of any of these files is removed from the pool
before drawing (only the `S` lines are read):
    ../eval/titles-persons.tsv, ../eval-ccbysa/titles-persons.tsv        (title/person evaluation)
    titles-persons-dev.tsv, ../dev-ccbysa/titles-persons-dev.tsv         (first title/person dev set)
    titles-persons-dev2.tsv, ../dev-ccbysa/titles-persons-dev2.tsv       (second title/person dev set)
    ../eval/dates-percents.tsv, ../eval/dates-percents-2.tsv,
    ../eval-ccbysa/dates-percents-3.tsv                                  (date/percentage evaluation)
    dates-percents-dev.tsv, ../dev-ccbysa/dates-percents-dev.tsv         (date/percentage dev sets)

Articles: `demo-full.txt` holds 44 articles, each starting with its headline, which is the
matching line of `demo-title.txt` (lines 1-44 of it; the other 956 headlines belong to articles
not in the sample). A binhvq sentence belongs to the article whose headline line is the last one at
or before its line; the seed file is one article. No article gives more than CAP sentences to the
set (cued and other together). CAP = 6 is the smallest cap with which the draw can be filled: the
pool's cued sentences sit in 38 articles, and at most 5 per article would give 135 < 150.

Draw with ONE random.Random(31), in this order:
    cued 150, other 10                             -> dn, 160 sentences (94 % cued)
For each stratum, rng.sample shuffles the whole stratum (a list in corpus order) and sentences
are taken in that order, skipping a sentence whose article already has CAP sentences, until the
stratum's count is reached. The file lists the sentences in draw order.

(The brief asked for 120 cued + 40 other and said to raise the cued share if that gave fewer
than 60 titles / 90 persons. Before any annotation, a count over the pool showed that its 667
sentences hold only about 35 role words in all, and since the common role words are part of the
cue, the 423 other sentences almost none; so 120 cued could not give 60 titles: the cued share
was raised to 150 of 160. See README-titles-persons.md, "Third development set".)
"""
import argparse
import bisect
import os
import random
import sys

sys.dont_write_bytecode = True  # leave ../eval and this folder free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import select_tp_dev  # noqa: E402  (imports ../eval/select_tp.py)

select_tp = select_tp_dev.select_tp

SEED = 31
CAP = 6
DEV_SHIP = HERE
DEV_CCBYSA = os.path.join(DATA, "dev-ccbysa")
EXCLUDE_FILES = [
    os.path.join(DATA, "eval", "titles-persons.tsv"),
    os.path.join(DATA, "eval-ccbysa", "titles-persons.tsv"),
    os.path.join(HERE, "titles-persons-dev.tsv"),
    os.path.join(DEV_CCBYSA, "titles-persons-dev.tsv"),
    os.path.join(HERE, "titles-persons-dev2.tsv"),
    os.path.join(DEV_CCBYSA, "titles-persons-dev2.tsv"),
    os.path.join(DATA, "eval", "dates-percents.tsv"),
    os.path.join(DATA, "eval", "dates-percents-2.tsv"),
    os.path.join(DATA, "eval-ccbysa", "dates-percents-3.tsv"),
    os.path.join(HERE, "dates-percents-dev.tsv"),
    os.path.join(DEV_CCBYSA, "dates-percents-dev.tsv"),
]

# plan: (stratum, n), drawn in this order from one random stream (news group only)
PLAN = [("cued", 150), ("other", 10)]


def excluded_sentences(files=None):
    """Texts of the S lines of `files` (default EXCLUDE_FILES; only the S lines are read).
    select_tp_dev4.py calls this with its own list."""
    out = set()
    for path in EXCLUDE_FILES if files is None else files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("S\t"):
                    out.add(line.rstrip("\n").split("\t")[3])
    return out


def article_starts(corpus):
    """Line numbers (1-based) of demo-full.txt where an article starts: the lines equal to a
    headline of demo-title.txt, ascending."""
    d = os.path.join(corpus, "binhvq-news-sample")
    with open(os.path.join(d, "demo-title.txt"), encoding="utf-8") as f:
        heads = {select_tp.clean_line(l).strip() for l in f} - {""}
    with open(os.path.join(d, "demo-full.txt"), encoding="utf-8") as f:
        starts = [no for no, l in enumerate(f, 1) if select_tp.clean_line(l).strip() in heads]
    if not starts or starts[0] != 1:
        raise SystemExit("demo-full.txt does not start with a headline of demo-title.txt")
    return starts


def article_of(src, starts):
    """'binhvq:<n>' for the article whose headline is on line n; 'seed' for the seed article."""
    tag, no = src.split(":")[:2]
    if tag != "binhvq":
        return tag
    return f"binhvq:{starts[bisect.bisect_right(starts, int(no)) - 1]}"


def capped_draw(rng, plan, strata, unit_of, cap, unit_name):
    """(drawn [(src, s)...] in draw order, {unit: count}): for each (stratum, n) of `plan` in
    turn, rng.sample shuffles the whole stratum (a list in corpus order) and sentences are taken
    in that order, skipping one whose unit (`unit_of(src)`: article, document) already has `cap`
    sentences, until n are taken. select_tp_dev4.py calls this with its own plan and units."""
    per_unit = {}
    drawn = []
    for st, n in plan:
        pick = []
        for src, s in rng.sample(strata[st], len(strata[st])):
            if len(pick) == n:
                break
            a = unit_of(src)
            if per_unit.get(a, 0) < cap:
                per_unit[a] = per_unit.get(a, 0) + 1
                pick.append((src, s))
        if len(pick) < n:
            raise SystemExit(f"stratum {st}: only {len(pick)} of {n} sentences with at most "
                             f"{cap} per {unit_name}")
        drawn += pick
    return drawn, per_unit


def draw(corpus, seed_text, stats=False):
    """(drawn [(src, s)...] in draw order, strata, number excluded, starts)."""
    news = select_tp.load(corpus, seed_text)["news"]
    starts = article_starts(corpus)
    excluded = excluded_sentences()
    kept = [x for x in news if x[1] not in excluded]
    n_excl = len(news) - len(kept)
    strata = {"cued": [x for x in kept if select_tp.is_cued(x[1])],
              "other": [x for x in kept if not select_tp.is_cued(x[1])]}
    if stats:
        print(f"news: {n_excl} sentences of other sets excluded; {len(starts)} binhvq articles",
              file=sys.stderr)
        for k, v in strata.items():
            arts = {article_of(src, starts) for src, _ in v}
            print(k, len(v), f"in {len(arts)} articles", file=sys.stderr)
    drawn, per_article = capped_draw(random.Random(SEED), PLAN, strata,
                                     lambda src: article_of(src, starts), CAP, "article")
    if stats:
        print(f"drawn from {len(per_article)} articles; per article: "
              + ", ".join(f"{a} {k}" for a, k in sorted(per_article.items(),
                                                        key=lambda x: (x[0] != 'seed', x[0]))),
              file=sys.stderr)
    return drawn, strata, n_excl, starts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/work/shared/corpus")
    ap.add_argument("--seed-text", default="/work/shared/seed/langson-2020-plan.txt")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()

    drawn, strata, n_excl, starts = draw(args.corpus, args.seed_text, args.stats)
    cmd = "python3 tests/data/dev/select_tp_dev3.py" + "".join(
        f" {a}" for a in sys.argv[1:] if a != "--stats")
    n_art = len({article_of(src, starts) for src, _ in drawn})
    select_tp_dev.write(
        [(os.path.join(DEV_SHIP, "titles-persons-dev3.tsv"), "dn", drawn,
          "binhvq-news-sample (Apache-2.0, see tests/data/LICENSE.binhvq-news) and the Lạng Sơn "
          "seed article",
          f"news cued {PLAN[0][1]} + other {PLAN[1][1]}, at most {CAP} sentences per article "
          f"({n_art} articles)",
          f"news cued {len(strata['cued'])} / other {len(strata['other'])} ({n_excl} sentences "
          f"of other sets excluded)")],
        "DEVELOPMENT set 3, news only", cmd, SEED)

if __name__ == "__main__":
    main()

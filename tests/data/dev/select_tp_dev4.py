#!/usr/bin/env python3
"""Draw the sentences of the FOURTH title/person development set, legal texts only (Python 3.11, stdlib only).

    python3 tests/data/dev/select_tp_dev4.py [--corpus /work/shared/corpus] [--seed-text /work/shared/seed/langson-2020-plan.txt] [--stats]

Writes the skeleton (one `S` line per sentence, no annotation):
    tests/data/dev/titles-persons-dev4.tsv     legal (HĐND resolutions + Công báo), ids dl0001...
If the file already exists it is NOT overwritten; the skeleton goes to `*.skeleton.tsv` beside it.

Method
------
Reading, sentence splitting, the 30-500 character filter, de-duplication and the cued/other test
are those of the other title/person draws: select_tp_dev3.py is imported, and through it
select_tp_dev.py and ../eval/select_tp.py (`load`, `is_cued`; the hard-wrapped legal lines are
joined into paragraphs and Công báo table cells dropped there). Only the LEGAL group is drawn
from: `hdnd-resolutions-2017` and `congbao-legal-sample` (legal texts, not protected, IP Law
Art. 15; both shippable); not the news, not Wikipedia (CC BY-SA 4.0).

Every sentence that is the text of an `S` line of any of these files is removed from the pool
before drawing (only the `S` lines are read): the eleven files select_tp_dev3.py excludes
(title/person evaluation and first two development sets, both folders; date/percentage
evaluation and development sets) and titles-persons-dev3.tsv.

Documents: a legal sentence's source is `hdnd:<doc>:<line>` or `congbao:<doc>:<line>`; its
document is `hdnd:<doc>` / `congbao:<doc>`. No document gives more than CAP = 6 sentences to the
set (cued and other together), so the set spreads over many documents.

Draw with ONE random.Random(41), in this order:
    cued 130, other 20                             -> dl, 150 sentences (87 % cued)
For each stratum, rng.sample shuffles the whole stratum (a list in corpus order) and sentences
are taken in that order, skipping a sentence whose document already has CAP sentences, until the
stratum's count is reached (select_tp_dev3.capped_draw). The file lists the sentences in draw
order.
"""
import argparse
import os
import random
import sys

sys.dont_write_bytecode = True  # leave ../eval and this folder free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import select_tp_dev3  # noqa: E402  (imports select_tp_dev.py, which imports ../eval/select_tp.py)

select_tp_dev = select_tp_dev3.select_tp_dev
select_tp = select_tp_dev3.select_tp

SEED = 41
CAP = 6
EXCLUDE_FILES = select_tp_dev3.EXCLUDE_FILES + [os.path.join(HERE, "titles-persons-dev3.tsv")]

# plan: (stratum, n), drawn in this order from one random stream (legal group only)
PLAN = [("cued", 130), ("other", 20)]


def document_of(src):
    """'hdnd:<doc>' or 'congbao:<doc>' for a source 'hdnd:<doc>:<line>' / 'congbao:<doc>:<line>'."""
    return ":".join(src.split(":")[:2])


def draw(corpus, seed_text, stats=False):
    """(drawn [(src, s)...] in draw order, strata, number excluded)."""
    legal = select_tp.load(corpus, seed_text)["legal"]
    excluded = select_tp_dev3.excluded_sentences(EXCLUDE_FILES)
    kept = [x for x in legal if x[1] not in excluded]
    n_excl = len(legal) - len(kept)
    strata = {"cued": [x for x in kept if select_tp.is_cued(x[1])],
              "other": [x for x in kept if not select_tp.is_cued(x[1])]}
    if stats:
        print(f"legal: {n_excl} sentences of other sets excluded", file=sys.stderr)
        for k, v in strata.items():
            docs = {document_of(src) for src, _ in v}
            print(k, len(v), f"in {len(docs)} documents", file=sys.stderr)
    drawn, per_doc = select_tp_dev3.capped_draw(random.Random(SEED), PLAN, strata, document_of,
                                                CAP, "document")
    if stats:
        full = sum(1 for k in per_doc.values() if k == CAP)
        print(f"drawn from {len(per_doc)} documents ({full} with {CAP}); hdnd "
              f"{sum(1 for s, _ in drawn if s.startswith('hdnd:'))}, congbao "
              f"{sum(1 for s, _ in drawn if s.startswith('congbao:'))}", file=sys.stderr)
    return drawn, strata, n_excl


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/work/shared/corpus")
    ap.add_argument("--seed-text", default="/work/shared/seed/langson-2020-plan.txt")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()

    drawn, strata, n_excl = draw(args.corpus, args.seed_text, args.stats)
    cmd = "python3 tests/data/dev/select_tp_dev4.py" + "".join(
        f" {a}" for a in sys.argv[1:] if a != "--stats")
    n_doc = len({document_of(src) for src, _ in drawn})
    select_tp_dev.write(
        [(os.path.join(HERE, "titles-persons-dev4.tsv"), "dl", drawn,
          "hdnd-resolutions-2017 and congbao-legal-sample (legal texts, not protected, IP Law "
          "Art. 15)",
          f"legal cued {PLAN[0][1]} + other {PLAN[1][1]}, at most {CAP} sentences per document "
          f"({n_doc} documents)",
          f"legal cued {len(strata['cued'])} / other {len(strata['other'])} ({n_excl} sentences "
          f"of other sets excluded)")],
        "DEVELOPMENT set 4, legal only", cmd, SEED)


if __name__ == "__main__":
    main()

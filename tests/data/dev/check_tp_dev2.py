#!/usr/bin/env python3
"""Validate the SECOND title/person development files (Python 3.11, stdlib only) and print their counts.

    python3 tests/data/dev/check_tp_dev2.py [FILE ...] [--selection]

Without FILE it checks tests/data/dev/titles-persons-dev2.tsv and
tests/data/dev-ccbysa/titles-persons-dev2.tsv (ids `dy`, `dz`). Exit status 1 if any error.
With --selection it also re-runs select_tp_dev2.py's draw in memory and checks the S lines are
exactly the drawn sentences, in order.

The checks are ../eval/check_tp.py's (format in ../eval/GUIDE-titles-persons.md), run through its
`main` with this set's ids, files and selection.
"""
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "eval"))
sys.path.insert(0, HERE)
import check_tp  # noqa: E402

check_tp.ID_RE = re.compile(r"(d[yz])(\d{4})")
DEFAULT = [os.path.join(HERE, "titles-persons-dev2.tsv"),
           os.path.join(os.path.dirname(HERE), "dev-ccbysa", "titles-persons-dev2.tsv")]


def check_selection(path, sents, header, errors):
    import select_tp_dev2  # noqa: E402
    drawn, _, _ = select_tp_dev2.draw("/work/shared/corpus", "/work/shared/seed/langson-2020-plan.txt")
    want = drawn["viwiki"] if sents and sents[0].sid.startswith("dz") else drawn["news"] + drawn["legal"]
    check_tp.compare_selection(path, sents, want, errors)


if __name__ == "__main__":
    sys.exit(check_tp.main(DEFAULT, check_selection))

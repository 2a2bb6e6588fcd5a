#!/usr/bin/env python3
"""Validate the FOURTH title/person development file (legal only; Python 3.11, stdlib only) and print its counts.

    python3 tests/data/dev/check_tp_dev4.py [FILE ...] [--selection]

Without FILE it checks tests/data/dev/titles-persons-dev4.tsv (ids `dl`). Exit status 1 if any
error. With --selection it also re-runs select_tp_dev4.py's draw in memory and checks the S lines
are exactly the drawn sentences, in order, that every source is legal (`hdnd` or `congbao`), and
that no S line of the file is an S line of any other title/person or date/percentage file in
tests/data/eval*/ or tests/data/dev*/ (only the S lines of those files are read; the overlap
counts are printed per file, never their text).

The checks are ../eval/check_tp.py's (format in ../eval/GUIDE-titles-persons.md), run through its
`main` with this set's ids, files and selection; the overlap check is check_tp_dev3.py's.
"""
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_tp_dev3  # noqa: E402  (imports ../eval/check_tp.py)

check_tp = check_tp_dev3.check_tp
check_tp.ID_RE = re.compile(r"(dl)(\d{4})")
DEFAULT = [os.path.join(HERE, "titles-persons-dev4.tsv")]


def check_selection(path, sents, header, errors):
    import select_tp_dev4  # noqa: E402
    want, _, _ = select_tp_dev4.draw("/work/shared/corpus", "/work/shared/seed/langson-2020-plan.txt")
    for s in sents:
        if s.src.split(":")[0] not in ("hdnd", "congbao"):
            errors.append(f"{path}: {s.sid}: source {s.src} is not a legal source")
    check_tp.compare_selection(path, sents, want, errors)


if __name__ == "__main__":
    sys.exit(check_tp.main(DEFAULT, check_selection, check_tp_dev3.check_overlap))

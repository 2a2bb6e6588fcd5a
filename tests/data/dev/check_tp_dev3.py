#!/usr/bin/env python3
"""Validate the THIRD title/person development file (news only; Python 3.11, stdlib only) and print its counts.

    python3 tests/data/dev/check_tp_dev3.py [FILE ...] [--selection]

Without FILE it checks tests/data/dev/titles-persons-dev3.tsv (ids `dn`). Exit status 1 if any
error. With --selection it also re-runs select_tp_dev3.py's draw in memory and checks the S lines
are exactly the drawn sentences, in order, that every source is news, and that no S line of the
file is an S line of any other title/person or date/percentage file in tests/data/eval*/ or
tests/data/dev*/ (only the S lines of those files are read; the overlap counts are printed per
file, never their text).

The checks are ../eval/check_tp.py's (format in ../eval/GUIDE-titles-persons.md), run through its
`main` with this set's ids, files and selection.
"""
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(DATA, "eval"))
sys.path.insert(0, HERE)
import check_tp  # noqa: E402

check_tp.ID_RE = re.compile(r"(dn)(\d{4})")
DEFAULT = [os.path.join(HERE, "titles-persons-dev3.tsv")]


def check_selection(path, sents, header, errors):
    import select_tp_dev3  # noqa: E402
    want, _, _, _ = select_tp_dev3.draw("/work/shared/corpus", "/work/shared/seed/langson-2020-plan.txt")
    for s in sents:
        if s.src.split(":")[0] not in ("binhvq", "seed"):
            errors.append(f"{path}: {s.sid}: source {s.src} is not a news source")
    check_tp.compare_selection(path, sents, want, errors)


def check_overlap(path, sents, errors):
    """No S line of this file is an S line of another title/person or date/percentage file."""
    import glob
    mine = {s.text: s.sid for s in sents}
    others = sorted(set(glob.glob(os.path.join(DATA, "eval*", "*.tsv"))
                        + glob.glob(os.path.join(DATA, "dev*", "*.tsv")))
                    - {os.path.abspath(path)})
    print("  overlap with other sets (S lines shared):")
    for other in others:
        if other.endswith(".skeleton.tsv"):
            continue
        shared = []
        with open(other, encoding="utf-8") as f:
            for line in f:
                if line.startswith("S\t"):
                    text = line.rstrip("\n").split("\t")[3]
                    if text in mine:
                        shared.append(mine[text])
        print(f"    {os.path.relpath(other, DATA)}: {len(shared)}")
        if shared:
            errors.append(f"{path}: {len(shared)} sentence(s) also in {os.path.relpath(other, DATA)}: "
                          + ", ".join(sorted(shared)))


if __name__ == "__main__":
    sys.exit(check_tp.main(DEFAULT, check_selection, check_overlap))

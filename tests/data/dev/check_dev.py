#!/usr/bin/env python3
"""Validate the date/percentage DEVELOPMENT sets (Python 3.11, stdlib only).

Runs ../eval/check_dp.py's checks (its `main`) with this set's default paths.

    python3 tests/data/dev/check_dev.py [FILE ...]
        [--skeleton FILE]   also check the S lines against a fresh run of
                            select_dev.py --only dev|dev-ccbysa --out FILE (only with one FILE)
        [--stats]           print counts

Without FILE it checks both development files: tests/data/dev/dates-percents-dev.tsv
(ids dv0001...) and tests/data/dev-ccbysa/dates-percents-dev.tsv (dx...).  The id prefix
is the one of the file's first S line.

Checks: UTF-8 NFC; line syntax; unique, consecutive ids; every surface occurs in its
sentence (``surface#k`` = the k-th occurrence, counting overlapping matches);
values match the syntax of ../eval/GUIDE.md and are valid calendar dates; ranges are
ordered; annotations are in text order and their spans do not overlap.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))
import check_dp  # noqa: E402

DEFAULT_FILES = ["tests/data/dev/dates-percents-dev.tsv",
                 "tests/data/dev-ccbysa/dates-percents-dev.tsv"]

if __name__ == "__main__":
    sys.exit(check_dp.main(DEFAULT_FILES))

#!/usr/bin/env python3
"""Validate the date/percentage evaluation sets (Python 3.11, stdlib only).

    python3 tests/data/eval/check_dp.py [FILE ...]
        [--skeleton FILE]   also check the S lines against a fresh run of select_dp.py
                            or select_dp2.py (only with one FILE)
        [--stats]           print counts

Without FILE it checks all three sets: tests/data/eval/dates-percents.tsv (ids dp0001...),
tests/data/eval/dates-percents-2.tsv (dq...) and
tests/data/eval-ccbysa/dates-percents-3.tsv (dw...).  The id prefix is the one of the
file's first S line.

Checks: UTF-8 NFC; line syntax; unique, consecutive ids; every surface occurs in its
sentence (``surface#k`` = the k-th occurrence, counting overlapping matches);
values match the syntax of GUIDE.md and are valid calendar dates; ranges are
ordered; annotations are in text order and their spans do not overlap.
"""
import argparse
import calendar
import re
import sys
import unicodedata

QUALIFIERS = {"hơn", "gần", "khoảng", "trên", "dưới", "đạt", "xấp xỉ", "ít nhất",
              "tối thiểu", "tối đa", "không quá", "chưa đến"}

ONE = re.compile(r"^(?:(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?|-Q(?P<q>[1-4])|-H(?P<h>[12]))?"
                 r"|--(?P<m2>\d{2})(?:-(?P<d2>\d{2}))?|--Q(?P<q2>[1-4])|--H(?P<h2>[12]))$")
NUM = re.compile(r"^-?\d+(?:\.\d+)?$")


def parse_one(v, lunar=False):
    """Return (kind, sort key start, sort key end) or raise ValueError."""
    m = ONE.match(v)
    if not m:
        raise ValueError(f"bad date value {v!r}")
    g = m.groupdict()
    y = int(g["y"]) if g["y"] else None
    mo = g["m"] or g["m2"]
    d = g["d"] or g["d2"]
    q = g["q"] or g["q2"]
    h = g["h"] or g["h2"]
    if mo is not None:
        mo = int(mo)
        if not 1 <= mo <= 12:
            raise ValueError(f"bad month in {v!r}")
    if d is not None:
        d = int(d)
        maxd = 30 if lunar else (calendar.monthrange(y if y else 2000, mo)[1])
        if not 1 <= d <= maxd:
            raise ValueError(f"bad day in {v!r}")
        kind = "day"
        lo = hi = (mo, d)
    elif mo is not None:
        kind = "month"; lo, hi = (mo, 1), (mo, 31)
    elif q is not None:
        q = int(q); kind = "quarter"; lo, hi = (3 * q - 2, 1), (3 * q, 31)
    elif h is not None:
        h = int(h); kind = "half"; lo, hi = (6 * h - 5, 1), (6 * h, 31)
    else:
        kind = "year"; lo, hi = (1, 1), (12, 31)
    return (y is not None, kind, ((y or 0),) + lo, ((y or 0),) + hi)


def check_date_value(v, lunar=False):
    if "/" in v:
        a, b = v.split("/", 1)
        pa, pb = parse_one(a, lunar), parse_one(b, lunar)
        if pa[0] != pb[0]:
            raise ValueError(f"range mixes year and no year: {v!r}")
        if pa[2] > pb[2]:
            raise ValueError(f"range end before start: {v!r}")
        if pa[3] >= pb[3] and pa[2] == pb[2]:
            raise ValueError(f"empty range: {v!r}")
        return pa[0]
    return parse_one(v, lunar)[0]


def check_percent_value(v):
    if ".." in v:
        a, b = v.split("..", 1)
        if not (NUM.match(a) and NUM.match(b)):
            raise ValueError(f"bad percent range {v!r}")
        if float(a) >= float(b):
            raise ValueError(f"percent range not increasing {v!r}")
    elif not NUM.match(v):
        raise ValueError(f"bad percent value {v!r}")


def find_occurrence(sentence, surface, k):
    pos = -1
    for _ in range(k):
        pos = sentence.find(surface, pos + 1)
        if pos < 0:
            return -1
    return pos


DEFAULT_FILES = ["tests/data/eval/dates-percents.tsv", "tests/data/eval/dates-percents-2.tsv",
                 "tests/data/eval-ccbysa/dates-percents-3.tsv"]


def main(defaults=None):
    """Checks the files named on the command line, or `defaults` (the development sets'
    checker, ../dev/check_dev.py, passes its own)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--skeleton")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    paths = args.paths or defaults or DEFAULT_FILES
    if args.skeleton and len(paths) != 1:
        ap.error("--skeleton needs exactly one FILE")
    bad = 0
    for path in paths:
        bad += check_file(path, args.skeleton, args.stats)
    sys.exit(1 if bad else 0)


def check_file(path, skeleton, stats):
    print(f"{path}:")
    raw = open(path, encoding="utf-8").read()
    errors = []
    warnings = []
    if unicodedata.normalize("NFC", raw) != raw:
        errors.append("file is not NFC")
    sentences = []  # (id, source, text)
    cur = None
    prefix = None
    spans = []
    counts = {"date": 0, "percent": 0, "relative": 0}
    per_source = {}

    def close():
        if cur is None:
            return
        last_end = -1
        last_start = -1
        for lineno, s, e in spans:
            if s < last_start:
                errors.append(f"line {lineno}: annotation out of text order")
            if s < last_end:
                errors.append(f"line {lineno}: span overlaps the previous one")
            last_start, last_end = s, max(e, last_end)

    for lineno, line in enumerate(raw.split("\n"), 1):
        if line == "" or line.startswith("#"):
            continue
        f = line.split("\t")
        tag = f[0]
        if tag == "S":
            close()
            if len(f) != 4:
                errors.append(f"line {lineno}: S line needs 4 fields"); cur = None; continue
            _, sid, src, text = f
            if prefix is None:
                prefix = sid[:2]
            want = f"{prefix}{len(sentences) + 1:04d}"
            if sid != want:
                errors.append(f"line {lineno}: id {sid}, expected {want}")
            if not re.match(r"^(binhvq:\d+|hdnd:\S+|congbao:\S+|seed|viwiki:[0-9a-f]{16}:\d+)$", src):
                errors.append(f"line {lineno}: bad source {src!r}")
            if text != text.strip() or "  " in text or not 30 <= len(text) <= 500:
                errors.append(f"line {lineno}: sentence not normalised (whitespace/length)")
            sentences.append((sid, src, text))
            per_source[src.split(":")[0]] = per_source.get(src.split(":")[0], 0) + 1
            cur = text
            spans = []
            continue
        if cur is None:
            errors.append(f"line {lineno}: annotation before any S line"); continue
        if tag not in counts:
            errors.append(f"line {lineno}: unknown tag {tag!r}"); continue
        if len(f) < 3:
            errors.append(f"line {lineno}: too few fields"); continue
        surface, value, extra = f[1], f[2], f[3:]
        k = 1
        m = re.match(r"^(.*)#(\d+)$", surface)
        if m:
            surface, k = m.group(1), int(m.group(2))
            if k < 2:
                errors.append(f"line {lineno}: write #k only for k >= 2")
        if not surface or surface != surface.strip():
            errors.append(f"line {lineno}: empty or padded surface {surface!r}")
        pos = find_occurrence(cur, surface, k)
        if pos < 0:
            errors.append(f"line {lineno}: surface {surface!r} (occurrence {k}) not in sentence")
            continue
        spans.append((lineno, pos, pos + len(surface)))
        end = pos + len(surface)
        if (pos > 0 and cur[pos - 1].isalnum()) or (end < len(cur) and cur[end].isalnum()):
            warnings.append(f"line {lineno}: span {surface!r} starts or ends inside a word "
                            f"({cur[max(0, pos - 5):end + 5]!r})")
        counts[tag] += 1
        try:
            if tag == "date":
                lunar = None
                for x in extra:
                    if x.startswith("lunar="):
                        lunar = x[6:]
                    else:
                        raise ValueError(f"unknown date field {x!r}")
                if lunar is not None:
                    lunar_has_year = check_date_value(lunar, lunar=True)
                if value == "null":
                    if lunar is None:
                        raise ValueError("null needs lunar=")
                elif value == "=lunar":
                    if lunar is None or not lunar_has_year:
                        raise ValueError("=lunar needs a lunar= value with a year")
                else:
                    check_date_value(value)
            elif tag == "percent":
                check_percent_value(value)
                seen_q = None
                for x in extra:
                    if x == "pp":
                        continue
                    if x.startswith("q="):
                        q = x[2:]
                        if q not in QUALIFIERS:
                            raise ValueError(f"unknown qualifier {q!r}")
                        if not surface.lower().startswith(q):
                            raise ValueError(f"qualifier {q!r} does not start the surface")
                        seen_q = q
                    else:
                        raise ValueError(f"unknown percent field {x!r}")
                if seen_q is None:
                    for q in QUALIFIERS:
                        if surface.lower().startswith(q + " "):
                            raise ValueError(f"surface starts with qualifier {q!r} but no q=")
            else:
                if not value.strip() or extra:
                    raise ValueError("relative needs one gloss field")
        except ValueError as e:
            errors.append(f"line {lineno}: {e}")
    close()

    texts = [t for _, _, t in sentences]
    if len(set(texts)) != len(texts):
        errors.append("duplicate sentences")
    if skeleton:
        sk = [l.split("\t") for l in open(skeleton, encoding="utf-8").read().split("\n")
              if l.startswith("S\t")]
        if [tuple(x[1:]) for x in sk] != sentences:
            errors.append("S lines differ from the skeleton")

    if stats or not errors:
        print(f"{len(sentences)} sentences " + str(dict(sorted(per_source.items())))
              + f"; dates {counts['date']}, percentages {counts['percent']}, "
              f"relative {counts['relative']}")
    for w in warnings:
        print("WARNING", w, file=sys.stderr)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    main()

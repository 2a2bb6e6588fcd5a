#!/usr/bin/env python3
"""Draw the sentences of the title/person evaluation set (Python 3.11, stdlib only).

    python3 tests/data/eval/select_tp.py [--corpus /work/shared/corpus] [--seed-text /work/shared/seed/langson-2020-plan.txt] [--extra-viwiki N] [--extra-shippable N]

Writes the skeletons (one `S` line per sentence, no annotation):
    tests/data/eval/titles-persons.tsv          shippable sources, ids tp0001...
    tests/data/eval-ccbysa/titles-persons.tsv   viwiki (CC BY-SA 4.0), ids tw0001...

If those files already exist they are NOT overwritten; the skeletons go to `*.skeleton.tsv` beside
them instead (so the annotated files are never clobbered). `--extra-*` continue the same random
stream after the main draw (same seed) and append the extra sentences to the skeletons.

Method
------
1. Text.
   * congbao: joined paragraphs made of 3+ short lines (median < 50 characters) are table cells
     and are dropped.
   * binhvq `demo-full.txt` and the Lạng Sơn seed: one paragraph per line.
   * hdnd resolutions and congbao documents are hard-wrapped mid-sentence: page furniture is
     dropped (CÔNG BÁO running heads, lone page numbers, signature-stamp lines, `<jsontable>`),
     then a line is joined to the next one unless it ends with `. ; : ! ?`, the next line starts
     a list item (`- `, `+ `, `1.`, `a)`, `Điều 1.`, `Chương`, `Mục`), or exactly one of the two
     lines is an all-capitals heading.
   * viwiki: lines starting with `|` or `#`, lines containing `|` (flattened infoboxes/tables),
     markdown rules, citation lines (`Truy cập ngày`, `Bản gốc lưu trữ`, `**^**`) and everything
     from a references/notes/see-also section on are skipped; the interface prefix
     `[sửa | sửa mã nguồn]`, bold markers `**` and a list bullet `- ` are removed (single `*`
     italics are kept: removing them would glue words, `*Chủ tịch nước*và*...`).
2. Sentences: split after `.`, `!` or `?` followed by whitespace and an upper-case letter or a digit,
   and at the end of each (joined) line; one refinement of the brief's rule: no split after the
   period of a few abbreviations that precede names (`TP.`, `Q.`, `P.`, `TX.`, `GS.`, `PGS.`, `TS.`,
   `ThS.`, `BS.`, `s.` = sinh "born", ...) or of a single capital initial, so `TP. Hồ Chí Minh` stays whole; whitespace collapsed to single spaces; keep 30-500
   characters; drop exact duplicates (first occurrence kept, per group).
3. Strata: a sentence is "cued" if it contains a role word (case-insensitive, whole words:
   ROLE_WORDS below) or two consecutive capitalised words of which the first is not the sentence's
   first word; the rest is "other".
4. Draw with random.Random(20261201), in this order: viwiki cued 170, viwiki other 30,
   news+seed cued 60, news+seed other 10, legal cued 59, legal other 11 (85 % cued in each group;
   140 shippable = 70 news+seed + 70 legal). Each draw is rng.sample over the stratum in corpus
   order; the drawn sentences are written in the order drawn.
"""
import argparse
import glob
import os
import random
import re
import sys
import unicodedata

SEED = 20261201
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL_SHIP = HERE
EVAL_CCBYSA = os.path.join(os.path.dirname(HERE), "eval-ccbysa")

ROLE_WORDS = [
    "chủ tịch", "bí thư", "bộ trưởng", "thứ trưởng", "thủ tướng", "giám đốc", "trưởng", "phó",
    "ủy viên", "uỷ viên", "đại biểu", "tổng", "chánh", "viện trưởng", "đại tá", "thượng tá",
    "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy", "tướng", "đồng chí",
    "ông", "bà",
]
ROLE_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in ROLE_WORDS) + r")(?!\w)",
                     re.IGNORECASE)
WORD_RE = re.compile(r"\w+")

# plan: (group, stratum, n)
PLAN = [("viwiki", "cued", 170), ("viwiki", "other", 30),
        ("news", "cued", 60), ("news", "other", 10),
        ("legal", "cued", 59), ("legal", "other", 11)]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def clean_line(s):
    return nfc(s.replace("\r", "").replace("\n", "").replace("\ufeff", ""))


def is_blank(s):
    return s.strip(" \t\u00a0\u200b") == ""


def is_caps_heading(s):
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


LIST_START = re.compile(r"^(?:[-+•]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|Điều\s+\d|Chương\s|Mục\s)")
FURNITURE = re.compile(r"^(?:CÔNG BÁO/|Ký bởi:|Email:|Cơ quan:|Thời gian ký:|Người ký:|<jsontable|\d{1,4}$)")


def join_wrapped(lines):
    """lines: list of (lineno, text). Returns list of (first_lineno, paragraph)."""
    kept = []
    for no, t in lines:
        t = t.strip(" \t\u00a0")
        if is_blank(t) or FURNITURE.match(t):
            continue
        kept.append((no, t))
    paras = []
    cur = None
    for no, t in kept:
        if cur is None:
            cur = [no, t, [len(t)]]
            continue
        prev = cur[1]
        brk = (prev.rstrip().endswith((".", ";", ":", "!", "?"))
               or LIST_START.match(t) is not None
               or is_caps_heading(prev) != is_caps_heading(t))
        if brk:
            paras.append(tuple(cur))
            cur = [no, t, [len(t)]]
        else:
            cur[1] = prev + " " + t
            cur[2].append(len(t))
    if cur is not None:
        paras.append(tuple(cur))
    return paras


def looks_like_table(lens):
    """A joined paragraph made of 3+ short lines (median under 50 characters) is table cells."""
    if len(lens) < 3:
        return False
    return sorted(lens)[len(lens) // 2] < 50


SKIP_SECTIONS = re.compile(r"^#+\s*(Chú thích|Tham khảo|Liên kết ngoài|Xem thêm|Ghi chú|Nguồn|Đọc thêm|Thư mục)",
                           re.IGNORECASE)


# citation text (reference lists not under a recognised heading)
REFERENCE = re.compile(r"Truy cập ngày|Bản gốc lưu trữ|\*\*\^\*\*|^\^")


def viwiki_paras(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            t = clean_line(raw).strip()
            if SKIP_SECTIONS.match(t):
                break
            if not t or t.startswith("|") or t.startswith("#") or "|" in t.replace("[sửa | sửa mã nguồn]", ""):
                continue
            if re.fullmatch(r"[-*_=]{3,}", t):
                continue
            t = t.replace("[sửa | sửa mã nguồn]", "").strip()
            if SKIP_SECTIONS.match(t):
                break
            if t.startswith("#") or REFERENCE.search(t):
                continue
            t = t.replace("**", "")
            t = re.sub(r"^[-*]\s+", "", t)
            if t:
                out.append((no, t))
    return out


# Not a sentence end: the period of these abbreviations (`TP. Hồ Chí Minh`, `GS. Nguyễn ...`) or
# of a single capital initial (`Nguyễn V. An`).
NO_SPLIT_BEFORE = re.compile(r"(?:(?<!\w)(?:TP|Tp|TX|Q|P|GS|PGS|TS|ThS|BS|KS|CN|Th\.S|GS\.TS|PGS\.TS|St|Mr|Mrs|Dr|s)|(?<!\w)[A-ZÀ-ỸĐ])$")


def split_sentences(para):
    """Split after . ! ? + whitespace + upper-case letter or digit."""
    out = []
    start = 0
    for m in re.finditer(r"[.!?]\s+", para):
        nxt = para[m.end():m.end() + 1]
        if para[m.start()] == "." and NO_SPLIT_BEFORE.search(para[:m.start()]):
            continue
        if nxt and (nxt.isupper() or nxt.isdigit()):
            out.append(para[start:m.start() + 1])
            start = m.end()
    out.append(para[start:])
    return out


def sentences_of(tag, paras):
    res = []
    for no, p in paras:
        for s in split_sentences(p):
            s = re.sub(r"\s+", " ", s).strip()
            if 30 <= len(s) <= 500:
                res.append((f"{tag}:{no}", s))
    return res


def is_cued(s):
    if ROLE_RE.search(s):
        return True
    words = list(WORD_RE.finditer(s))
    for a, b in zip(words, words[1:]):
        if a.start() == words[0].start():
            continue
        if s[a.end():b.start()].isspace() and a.group()[0].isupper() and b.group()[0].isupper():
            return True
    return False


def dedupe(items):
    seen = set()
    out = []
    for src, s in items:
        if s in seen:
            continue
        seen.add(s)
        out.append((src, s))
    return out


def load(corpus, seed_text):
    groups = {"viwiki": [], "news": [], "legal": []}
    # news + seed
    with open(os.path.join(corpus, "binhvq-news-sample/demo-full.txt"), encoding="utf-8") as f:
        paras = [(no, clean_line(l).strip()) for no, l in enumerate(f, 1)]
    groups["news"] += sentences_of("binhvq", [(n, t) for n, t in paras if t])
    with open(seed_text, encoding="utf-8") as f:
        paras = [(no, clean_line(l).strip()) for no, l in enumerate(f, 1)]
    groups["news"] += sentences_of("seed", [(n, t) for n, t in paras if t])
    # legal
    for sub, tag in (("hdnd-resolutions-2017", "hdnd"), ("congbao-legal-sample", "congbao")):
        for path in sorted(glob.glob(os.path.join(corpus, sub, "docs", "*.txt"))):
            name = os.path.splitext(os.path.basename(path))[0]
            with open(path, encoding="utf-8") as f:
                lines = [(no, clean_line(l)) for no, l in enumerate(f, 1)]
            paras = join_wrapped(lines)
            if tag == "congbao":
                paras = [p for p in paras if not looks_like_table(p[2])]
            groups["legal"] += sentences_of(f"{tag}:{name}", [(n, t) for n, t, _ in paras])
    # viwiki
    for path in sorted(glob.glob(os.path.join(corpus, "viwiki-vn-politics", "docs", "*.txt"))):
        name = os.path.splitext(os.path.basename(path))[0]
        groups["viwiki"] += sentences_of(f"viwiki:{name}", viwiki_paras(path))
    return {g: dedupe(v) for g, v in groups.items()}


def draw(corpus, seed_text, extra_viwiki=0, extra_shippable=0, stats=False):
    """The drawn sentences, {"viwiki": [(src, s)...], "news": [...], "legal": [...]}, in draw order."""
    groups = load(corpus, seed_text)
    strata = {}
    for g, items in groups.items():
        strata[(g, "cued")] = [x for x in items if is_cued(x[1])]
        strata[(g, "other")] = [x for x in items if not is_cued(x[1])]
    if stats:
        for k, v in strata.items():
            print(k, len(v), file=sys.stderr)

    plan = list(PLAN)
    # continuation of the same stream, 85 % cued
    if extra_viwiki:
        c = round(extra_viwiki * 0.85)
        plan += [("viwiki", "cued", c), ("viwiki", "other", extra_viwiki - c)]
    if extra_shippable:
        half = extra_shippable // 2
        for g, n in (("news", half), ("legal", extra_shippable - half)):
            c = round(n * 0.85)
            plan += [(g, "cued", c), (g, "other", n - c)]

    rng = random.Random(SEED)
    drawn = {"viwiki": [], "news": [], "legal": []}
    remaining = {k: list(v) for k, v in strata.items()}
    for g, st, n in plan:
        pick = rng.sample(remaining[(g, st)], n)
        drawn[g] += pick
        taken = set(pick)
        remaining[(g, st)] = [x for x in remaining[(g, st)] if x not in taken]
    return drawn


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/work/shared/corpus")
    ap.add_argument("--seed-text", default="/work/shared/seed/langson-2020-plan.txt")
    ap.add_argument("--extra-viwiki", type=int, default=0)
    ap.add_argument("--extra-shippable", type=int, default=0,
                    help="extra shippable sentences, split evenly between news+seed and legal")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()

    drawn = draw(args.corpus, args.seed_text, args.extra_viwiki, args.extra_shippable, args.stats)

    cmd = "python3 tests/data/eval/select_tp.py" + "".join(
        f" {a}" for a in sys.argv[1:] if a != "--stats")
    outputs = [
        (os.path.join(EVAL_CCBYSA, "titles-persons.tsv"), "tw", drawn["viwiki"],
         "viwiki-vn-politics (Vietnamese Wikipedia, CC BY-SA 4.0; see README.md and LICENSE here)"),
        (os.path.join(EVAL_SHIP, "titles-persons.tsv"), "tp", drawn["news"] + drawn["legal"],
         "binhvq-news-sample (Apache-2.0), Lạng Sơn seed, hdnd-resolutions-2017 and congbao-legal-sample (not protected, IP Law Art. 15)"),
    ]
    for path, prefix, items, what in outputs:
        if os.path.exists(path):
            path = path[:-4] + ".skeleton.tsv"
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# vntext title/person evaluation set: {what}\n")
            f.write(f"# selected by: {cmd} (random.Random({SEED}))\n")
            f.write("# format and annotation guide: tests/data/eval/GUIDE-titles-persons.md\n")
            for i, (src, s) in enumerate(items, 1):
                f.write(f"S\t{prefix}{i:04d}\t{src}\t{s}\n")
        print(f"wrote {path}: {len(items)} sentences", file=sys.stderr)


if __name__ == "__main__":
    main()

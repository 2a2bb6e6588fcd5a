#!/usr/bin/env python3
"""Select the sentences of the held-out date/percentage evaluation set.

Python 3.11, standard library only.  Deterministic: fixed seed, no tuning.

    python3 tests/data/eval/select_dp.py --corpus /work/shared/corpus \
        --seed-article /work/shared/seed/langson-2020-plan.txt \
        --out tests/data/eval/dates-percents.tsv

Steps (documented in GUIDE.md):
1. Read the sources.  binhvq and the seed article have one paragraph per
   line.  hdnd and congbao are hard-wrapped: markup/furniture lines are
   dropped, blank lines ignored, and a line is joined to the next unless it
   ends with '.', ':', ';', '!' or '?', or the next line starts a heading or
   list item, or exactly one of the two lines is an all-capitals heading.
2. Split paragraphs into sentences after '.', '!', '?' followed by
   whitespace and an upper-case letter or a digit; collapse whitespace;
   keep sentences of 30..500 characters; deduplicate (first occurrence in
   reading order wins).
3. Cue sentences: contain an ASCII digit, a '%' or a cue word
   (case-insensitive, whole words).  Draw 260 cue sentences and 100 others with
   random.Random(20261130), each source contributing to each pool in
   proportion to its number of sentences in that pool (largest remainder),
   then every source is raised to at least 30 sentences (or all it has),
   the extra being taken from the largest source in the same pool.
"""
import argparse
import os
import random
import re
import unicodedata

SEED = 20261130
N_CUE = 260
N_OTHER = 100
MIN_PER_SOURCE = 30
MIN_LEN, MAX_LEN = 30, 500

CUE_WORDS = ["ngày", "tháng", "năm", "quý", "tết", "tuần", "hôm", "mùng",
             "mồng", "rằm", "âm lịch", "giai đoạn", "nhiệm kỳ", "phần trăm"]
CUE_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in CUE_WORDS) + r")(?!\w)",
                    re.IGNORECASE)
DIGIT_RE = re.compile(r"[0-9]")

# a line that starts a heading or list item (never joined to the line before)
ITEM_RE = re.compile(
    r"^(?:Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+|Phần\s+[IVXLC\d]+|Phụ lục"
    r"|[IVXLC]+\.\s|\d{1,3}(?:\.\d{1,3})*[.)]\s|[a-zđ][.)]\s|[-–—+•*]\s"
    r"|Căn cứ\s|Xét\s|Theo đề nghị\s|QUYẾT NGHỊ|QUYẾT ĐỊNH)")
# congbao page furniture
FURNITURE_RE = re.compile(r"CÔNG BÁO/Số|^Ký bởi:|^Cơ quan:|^Ngày ký:|^\d{1,4}$|^_{3,}$")
MARKUP_RE = re.compile(r"^<|^Skip to main content$|\.(?:jpg|png|jpeg|gif)$", re.IGNORECASE)


def is_caps_heading(line):
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 2:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= 0.8


def paragraphs_unwrapped(lines, furniture):
    """Join hard-wrapped lines into paragraphs.  Returns (first_line_no, text)."""
    kept = []  # (line_no, text)
    for no, raw in enumerate(lines, 1):
        s = raw.strip()
        if not s or MARKUP_RE.search(s):
            continue
        if furniture and FURNITURE_RE.search(s):
            continue
        kept.append((no, s))
    # table debris: runs of >= 3 consecutive short lines (< 25 characters)
    out = []
    i = 0
    while i < len(kept):
        j = i
        while j < len(kept) and len(kept[j][1]) < 25:
            j += 1
        if j - i >= 3:
            i = j
            continue
        if j == i:
            out.append(kept[i]); i += 1
        else:
            out.extend(kept[i:j]); i = j
    paras = []
    cur, cur_no, cur_caps = None, None, None
    for no, s in out:
        caps = is_caps_heading(s)
        if cur is not None:
            if (cur.rstrip().endswith((".", ":", ";", "!", "?")) or ITEM_RE.match(s)
                    or caps != cur_caps):
                paras.append((cur_no, cur))
                cur = None
        if cur is None:
            cur, cur_no, cur_caps = s, no, caps
        else:
            cur = cur + " " + s
    if cur is not None:
        paras.append((cur_no, cur))
    return paras


def paragraphs_plain(lines):
    return [(no, l.strip()) for no, l in enumerate(lines, 1)
            if l.strip() and not MARKUP_RE.search(l.strip())]


def split_sentences(text):
    text = re.sub(r"\s+", " ", text).strip()
    out, start = [], 0
    for m in re.finditer(r"[.!?]\s+", text):
        nxt = text[m.end():m.end() + 1]
        if nxt and (nxt in "0123456789" or nxt.isupper()):
            out.append(text[start:m.start() + 1])
            start = m.end()
    out.append(text[start:])
    return [s.strip() for s in out if s.strip()]


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    data = unicodedata.normalize("NFC", data)  # the sources already are NFC
    return data.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def load(corpus, seed_article):
    """Yield (source_name, source_id, sentence) in reading order."""
    p = os.path.join(corpus, "binhvq-news-sample", "demo-full.txt")
    for no, para in paragraphs_plain(read_lines(p)):
        for s in split_sentences(para):
            yield "binhvq", f"binhvq:{no}", s
    for name, tag in (("hdnd-resolutions-2017", "hdnd"), ("congbao-legal-sample", "congbao")):
        d = os.path.join(corpus, name, "docs")
        for fn in sorted(os.listdir(d)):
            if not fn.endswith(".txt"):
                continue
            stem = fn[:-4]
            for no, para in paragraphs_unwrapped(read_lines(os.path.join(d, fn)),
                                                 furniture=(tag == "congbao")):
                for s in split_sentences(para):
                    yield tag, f"{tag}:{stem}", s
    for no, para in paragraphs_plain(read_lines(seed_article)):
        for s in split_sentences(para):
            yield "seed", "seed", s


def allocate(counts, n):
    """Largest-remainder proportional allocation of n over counts (dict, ordered)."""
    total = sum(counts.values())
    quota = {k: n * c / total for k, c in counts.items()}
    alloc = {k: int(q) for k, q in quota.items()}
    rest = n - sum(alloc.values())
    for k in sorted(counts, key=lambda k: (-(quota[k] - alloc[k]), list(counts).index(k)))[:rest]:
        alloc[k] += 1
    return alloc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/work/shared/corpus")
    ap.add_argument("--seed-article", default="/work/shared/seed/langson-2020-plan.txt")
    ap.add_argument("--out", default="tests/data/eval/dates-percents.tsv")
    ap.add_argument("--stats", action="store_true", help="print pool sizes only")
    args = ap.parse_args()

    sources = ["binhvq", "hdnd", "congbao", "seed"]
    seen = set()
    pools = {p: {s: [] for s in sources} for p in ("cue", "other")}
    order = 0
    for src, sid, sent in load(args.corpus, args.seed_article):
        if not (MIN_LEN <= len(sent) <= MAX_LEN) or sent in seen:
            continue
        seen.add(sent)
        pool = "cue" if (DIGIT_RE.search(sent) or "%" in sent or CUE_RE.search(sent)) else "other"
        pools[pool][src].append((order, sid, sent))
        order += 1

    counts = {p: {s: len(pools[p][s]) for s in sources} for p in pools}
    alloc = {"cue": allocate(counts["cue"], N_CUE), "other": allocate(counts["other"], N_OTHER)}
    notes = []
    for s in sources:
        have = counts["cue"][s] + counts["other"][s]
        need = min(MIN_PER_SOURCE, have) - (alloc["cue"][s] + alloc["other"][s])
        for p in ("cue", "other"):
            if need <= 0:
                break
            add = min(need, counts[p][s] - alloc[p][s])
            if add <= 0:
                continue
            donor = max(sources, key=lambda x: alloc[p][x])
            alloc[p][s] += add
            alloc[p][donor] -= add
            need -= add
            notes.append(f"{s}: +{add} {p} sentences (minimum {MIN_PER_SOURCE} per source, "
                         f"or all {have} it has), taken from {donor}")
    if args.stats:
        for p in pools:
            print(p, counts[p], "alloc", alloc[p])
        print("\n".join(notes))
        return

    rng = random.Random(SEED)
    chosen = []
    for p in ("cue", "other"):
        for s in sources:
            chosen.extend((item, p) for item in rng.sample(pools[p][s], alloc[p][s]))
    chosen.sort(key=lambda x: x[0][0])  # reading order

    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# vntext held-out evaluation set: dates and percentages (see GUIDE.md)\n")
        f.write("# selected by: python3 tests/data/eval/select_dp.py --corpus /work/shared/corpus "
                "--seed-article /work/shared/seed/langson-2020-plan.txt "
                "--out tests/data/eval/dates-percents.tsv\n")
        f.write(f"# seed {SEED}; {N_CUE} cue sentences + {N_OTHER} others\n")
        for p in pools:
            f.write(f"# pool {p}: " + ", ".join(f"{s}={counts[p][s]}" for s in sources)
                    + " | drawn: " + ", ".join(f"{s}={alloc[p][s]}" for s in sources) + "\n")
        for n in notes:
            f.write(f"# adjustment: {n}\n")
        f.write("# format: S<TAB>id<TAB>source<TAB>sentence, then date/percent/relative lines\n")
        for i, ((order, sid, sent), p) in enumerate(chosen, 1):
            f.write(f"S\tdp{i:04d}\t{sid}\t{sent}\n")


if __name__ == "__main__":
    main()

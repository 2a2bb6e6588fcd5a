#!/usr/bin/env python3
"""Validate the title/person evaluation files (Python 3.11, stdlib only) and print their counts.

    python3 tests/data/eval/check_tp.py [FILE ...] [--selection]

Without FILE it checks tests/data/eval/titles-persons.tsv and
tests/data/eval-ccbysa/titles-persons.tsv. Exit status 1 if any error. The development sets'
checkers (../dev/check_tp_dev*.py) run these same checks through `main`, with their own ids,
files and selection.

Checks (format in GUIDE-titles-persons.md):
  * every line is a comment (`#`), an `S` line, a `title` line or a `person` line; annotation lines
    follow an `S` line; ids are unique, `<prefix>0001`... in order; no tabs or stray spaces in a
    sentence;
  * `<surface>` / `<surface>#n` occurs (at least n times) in the sentence; #1 is never written;
  * title lines: `role=` and `org=` present; role, org (unless `-`) and every mod are substrings
    of the title surface; only known flags (`generic`, `rank`) and fields, in the documented order;
  * person lines: `hon=` is the text directly before the name (case-insensitive, spaces between);
    every `titles=` item is the surface key (`surface` or `surface#n`) of a title line of the
    same sentence; no item twice;
  * lines are in text order (by start offset); no two annotated spans (titles, persons) overlap;
    no annotation line twice.
With --selection it also re-runs select_tp.py's draw in memory (with the arguments in the file's
`# selected by:` header) and checks the S lines are exactly the drawn sentences, in order.
"""
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = [os.path.join(HERE, "titles-persons.tsv"),
           os.path.join(os.path.dirname(HERE), "eval-ccbysa", "titles-persons.tsv")]

# Sentence ids: a two-letter prefix and a four-digit number (set by the development checkers).
ID_RE = re.compile(r"(t[pw])(\d{4})")
SURF_RE = re.compile(r"^(.*?)(?:#(\d+))?$")


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def split_key(key):
    m = SURF_RE.match(key)
    surf, n = m.group(1), m.group(2)
    return surf, (int(n) if n else 1), n is not None


class Sentence:
    def __init__(self, sid, src, text, lineno):
        self.sid, self.src, self.text, self.lineno = sid, src, text, lineno
        self.anns = []  # (kind, key, start, end, fields, lineno)


def parse(path, errors):
    sents = []
    header = {}
    prefix = None
    cur = None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for no, line in enumerate(lines, 1):
        def err(msg):
            errors.append(f"{os.path.basename(os.path.dirname(path))}/{os.path.basename(path)}:{no}: {msg}")
        if line.startswith("#"):
            if line.startswith("# selected by:"):
                header["selected"] = line
            continue
        if not line.strip():
            err("empty line")
            continue
        cols = line.split("\t")
        kind = cols[0]
        if kind == "S":
            if len(cols) != 4:
                err(f"S line needs 4 fields, has {len(cols)}")
                continue
            _, sid, src, text = cols
            m = ID_RE.fullmatch(sid)
            if not m:
                err(f"bad id {sid!r}")
                continue
            if prefix is None:
                prefix = m.group(1)
            if m.group(1) != prefix or int(m.group(2)) != len(sents) + 1:
                err(f"id {sid} out of sequence (expected {prefix}{len(sents) + 1:04d})")
            if text != text.strip() or "  " in text:
                err(f"{sid}: sentence has leading/trailing/double spaces")
            cur = Sentence(sid, src, text, no)
            sents.append(cur)
            continue
        if cur is None:
            err("annotation before the first S line")
            continue
        if kind not in ("title", "person"):
            err(f"{cur.sid}: unknown line kind {kind!r}")
            continue
        if len(cols) < 2 or not cols[1]:
            err(f"{cur.sid}: {kind} line without surface")
            continue
        key = cols[1]
        surf, n, explicit = split_key(key)
        if explicit and n == 1:
            err(f"{cur.sid}: write {surf!r}, not {key!r}")
        occ = occurrences(cur.text, surf)
        if len(occ) < n:
            err(f"{cur.sid}: {kind} surface {key!r} occurs {len(occ)} time(s) in the sentence")
            continue
        if surf != surf.strip():
            err(f"{cur.sid}: surface {key!r} has leading/trailing space")
        start = occ[n - 1]
        end = start + len(surf)
        fields = {}
        rest = cols[2:]
        order = []
        for c in rest:
            if c in ("generic", "rank"):
                if kind != "title":
                    err(f"{cur.sid}: flag {c!r} on a person line")
                fields[c] = True
                order.append(c)
            elif "=" in c:
                k, v = c.split("=", 1)
                allowed = ("role", "org", "mods") if kind == "title" else ("hon", "titles")
                if k not in allowed:
                    err(f"{cur.sid}: unknown field {k!r} on a {kind} line")
                if k in fields:
                    err(f"{cur.sid}: field {k!r} twice")
                if not v:
                    err(f"{cur.sid}: empty field {k!r}")
                fields[k] = v
                order.append(k)
            else:
                err(f"{cur.sid}: unknown column {c!r}")
        want = ["role", "org", "mods", "generic", "rank"] if kind == "title" else ["hon", "titles"]
        if order != [k for k in want if k in order]:
            err(f"{cur.sid}: fields out of order: {order} (expected order {want})")
        if kind == "title":
            for req in ("role", "org"):
                if req not in fields:
                    err(f"{cur.sid}: title {key!r} without {req}=")
            if fields.get("role") and fields["role"] not in surf:
                err(f"{cur.sid}: role {fields['role']!r} is not in title {surf!r}")
            org = fields.get("org")
            if org and org != "-" and org not in surf:
                err(f"{cur.sid}: org {org!r} is not in title {surf!r}")
            for mod in (fields.get("mods") or "").split(",") if fields.get("mods") else []:
                if mod not in surf:
                    err(f"{cur.sid}: mod {mod!r} is not in title {surf!r}")
        else:
            hon = fields.get("hon")
            if hon:
                before = cur.text[:start].rstrip()
                if not before.lower().endswith(hon.lower()) or (
                        len(before) > len(hon) and before[-len(hon) - 1].isalnum()):
                    err(f"{cur.sid}: hon {hon!r} is not directly before person {key!r}")
            if "titles" in fields:
                items = fields["titles"].split("|")
                if len(set(items)) != len(items):
                    err(f"{cur.sid}: person {key!r} lists a title twice")
        cur.anns.append((kind, key, start, end, fields, no))
    return sents, header, prefix


def check_sentence(s, path, errors):
    def err(msg):
        errors.append(f"{os.path.basename(os.path.dirname(path))}/{os.path.basename(path)}: {s.sid}: {msg}")
    title_keys = set()
    seen = set()
    for kind, key, start, end, fields, no in s.anns:
        if (kind, key) in seen:
            err(f"{kind} {key!r} annotated twice")
        seen.add((kind, key))
        if kind == "title":
            title_keys.add(key)
    for kind, key, start, end, fields, no in s.anns:
        if kind == "person" and "titles" in fields:
            for t in fields["titles"].split("|"):
                if t not in title_keys:
                    err(f"person {key!r}: titles= item {t!r} is not a title line of this sentence")
    starts = [a[2] for a in s.anns]
    if starts != sorted(starts):
        err("annotation lines are not in text order")
    spans = sorted((a[2], a[3], a[0], a[1]) for a in s.anns)
    for (s1, e1, k1, n1), (s2, e2, k2, n2) in zip(spans, spans[1:]):
        if s2 < e1:
            err(f"{k1} {n1!r} overlaps {k2} {n2!r}")


def stats(sents):
    c = Counter()
    src = Counter()
    for s in sents:
        src[s.src.split(":")[0]] += 1
        c["sentences"] += 1
        if s.anns:
            c["sentences with annotations"] += 1
        for kind, key, start, end, fields, no in s.anns:
            if kind == "title":
                c["titles"] += 1
                c["titles generic"] += bool(fields.get("generic"))
                c["titles rank"] += bool(fields.get("rank"))
                c["titles with mods"] += bool(fields.get("mods"))
            else:
                c["persons"] += 1
                c["persons with hon"] += bool(fields.get("hon"))
                k = len(fields["titles"].split("|")) if fields.get("titles") else 0
                c["persons with titles"] += bool(k)
                c["person->title links"] += k
    return c, src


def check_selection(path, sents, header, errors):
    sys.path.insert(0, HERE)
    import select_tp  # noqa: E402
    import shlex
    args = shlex.split(header.get("selected", "").split("selected by:", 1)[-1].split("(random")[0])[2:]
    extra_v = extra_s = 0
    for i, a in enumerate(args):
        if a == "--extra-viwiki":
            extra_v = int(args[i + 1])
        if a == "--extra-shippable":
            extra_s = int(args[i + 1])
    drawn = select_tp.draw("/work/shared/corpus", "/work/shared/seed/langson-2020-plan.txt", extra_v, extra_s)
    want = drawn["viwiki"] if sents and sents[0].sid.startswith("tw") else drawn["news"] + drawn["legal"]
    compare_selection(path, sents, want, errors)


def compare_selection(path, sents, want, errors):
    """The file's S lines are exactly `want`, a list of (source, text), in order."""
    got = [(s.src, s.text) for s in sents]
    if got != want:
        for i, (g, w) in enumerate(zip(got, want)):
            if g != w:
                errors.append(f"{path}: sentence {i + 1} differs from the selection: {g} vs {w}")
                break
        if len(got) != len(want):
            errors.append(f"{path}: {len(got)} sentences, the selection has {len(want)}")


def main(defaults=None, selection_check=None, after_selection=None):
    """Checks the files named on the command line, or `defaults`; with --selection also
    `selection_check(path, sents, header, errors)` and `after_selection(path, sents, errors)`."""
    argv = [a for a in sys.argv[1:] if not a.startswith("--")]
    selection = "--selection" in sys.argv
    paths = argv or defaults or DEFAULT
    selection_check = selection_check or check_selection
    errors = []
    total = Counter()
    total_src = Counter()
    for path in paths:
        sents, header, prefix = parse(path, errors)
        for s in sents:
            check_sentence(s, path, errors)
        if selection:
            selection_check(path, sents, header, errors)
        c, src = stats(sents)
        total += c
        total_src += src
        print(f"{os.path.relpath(path)}:")
        print("  sentences per source: " + ", ".join(f"{k} {v}" for k, v in sorted(src.items())))
        for k in ("sentences", "sentences with annotations", "titles", "titles generic", "titles rank",
                  "titles with mods", "persons", "persons with hon", "persons with titles",
                  "person->title links"):
            print(f"  {k}: {c[k]}")
        if selection and after_selection:
            after_selection(path, sents, errors)
    if len(paths) > 1:
        print("total:")
        print("  sentences per source: " + ", ".join(f"{k} {v}" for k, v in sorted(total_src.items())))
        for k in ("sentences", "sentences with annotations", "titles", "titles generic", "titles rank",
                  "titles with mods", "persons", "persons with hon", "persons with titles",
                  "person->title links"):
            print(f"  {k}: {total[k]}")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"{len(errors)} error(s)", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

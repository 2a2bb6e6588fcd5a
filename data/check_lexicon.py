#!/usr/bin/env python3
"""Checks data/lexicon.tsv and data/abbreviations.tsv.

    python3 data/check_lexicon.py            # builds and uses the vntext CLI (cargo)
    VNTEXT=path/to/vntext python3 data/check_lexicon.py

Checks: field counts, known kinds/classes and notes, NFC, old tone style (the text equals
`vntext normalize` of itself), no duplicate (kind, phrase) or form once case, normalization
form and tone style are ignored, and that every word of a phrase or an expansion is a
Vietnamese syllable (by vntext's own syllable parser), an abbreviation listed in
abbreviations.tsv, a Roman numeral, or one of the few non-syllable names listed in
NON_SYLLABLES below. Prints the number of entries per kind; exits 1 on any error.
Needs only the Python standard library and the crate's CLI.
"""

import collections
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "lexicon.tsv")
ABBREVIATIONS = os.path.join(HERE, "abbreviations.tsv")

KINDS = [
    "role", "prefix", "suffix", "modifier", "duty", "rank", "org", "name", "level", "place",
    "honorific", "surname", "generic", "not-title", "place-word",
]
# Notes the matcher reads; other kinds have free notes.
NOTES = {
    "role": {"", "self", "company", "board", "grade"},
    "modifier": {"before", "after", "both"},
    "org": {"name", "level", "place", "number", "org", "none"},
}
CLASSES = {"title", "final", "word", "domain"}

# Words that are not Vietnamese syllables but are the usual spelling of a name: Central
# Highlands clan names and province names written in the languages' own orthographies, and
# one country name written as one word.
NON_SYLLABLES = {
    "Olympic", "Paralympic",
    # An institute named after a former prime minister (`Viện Tony Blair vì Thay đổi toàn cầu`).
    "Tony", "Blair",
    "Hakim", "Imam",
    "Đắk", "Lắk", "Lắc", "Kạn", "Kon", "Niê", "Ksor", "Rah", "Mah", "Kpă", "Puih", "Byă", "Mlô",
    "Êban", "Ayun", "Bkrông", "Glai", "Rcom", "Rmah", "Campuchia",
    # Malaysian forms of address (`Datuk Seri`, `Tan Sri`) and `đ/c` (đồng chí) as reports
    # abbreviate it.
    "Datuk", "Seri", "Sri", "Dato", "Dato'", "Utama", "Pehin", "đ/c",
    # Cambodian and Iranian forms of address (`Samdech Techo`, `Ayatollah`).
    "Samdech", "Techo", "Ayatollah",
    # Indian forms of address (`Shri`, `Shrimati`).
    "Shri", "Shrimati",
    # Macau as news writes it in the Portuguese way.
    "Macau", "Macao",
    # The investors of the television show Shark Tank (`Shark Bình`), and the show.
    "Shark", "Tank", "Sir", "Summit", "Sejong", "K-pop", "V-pop",
    # Russia's lower house of parliament (`Chủ tịch Duma Quốc gia`).
    "Duma",
    # The city's union of trading co-operatives by its brand (`Saigon Co.op`).
    "Saigon", "Co.op",
    # A tea of the northern mountains (`chè Shan tuyết`), named after the Shan people.
    "Shan",
    # Sports of two foreign words as federations are named by them (`Liên đoàn Pencak Silat
    # thế giới`, `Liên đoàn Muay Thai`).
    "Pencak", "Silat", "Muay",
    # Shopping malls' chains, named with the street they are on (`Vincom Bà Triệu`).
    "Vincom", "Center", "Plaza", "Mega", "Mall", "Aeon", "Lotte", "Mart", "WinMart",
}
ROMAN = re.compile(r"^[IVXLC]+$")
NAME_STARTER = re.compile(r"^[A-ZĐ]'$")  # K', H'


def vntext_cmd():
    exe = os.environ.get("VNTEXT")
    if exe:
        return [exe]
    root = os.path.dirname(HERE)
    subprocess.run(
        ["cargo", "build", "--quiet", "--release", "--features", "cli"], cwd=root, check=True
    )
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(root, "target"))
    return [os.path.join(target, "release", "vntext")]


def run(cmd, args, text):
    r = subprocess.run(cmd + args, input=text.encode(), capture_output=True, check=True)
    return r.stdout.decode()


def fold(s, cmd_normalize):
    return cmd_normalize(s).casefold()


def main():
    cmd = vntext_cmd()
    errors = []
    warnings = []

    def err(path, n, msg):
        errors.append(f"{os.path.basename(path)}:{n}: {msg}")

    # Old tone style and NFC: the files must be fixed points of `vntext normalize`.
    for path in (LEXICON, ABBREVIATIONS):
        raw = open(path, encoding="utf-8").read()
        if unicodedata.normalize("NFC", raw) != raw:
            err(path, 0, "not NFC")
        norm = run(cmd, ["normalize"], raw)
        for n, (a, b) in enumerate(zip(raw.split("\n"), norm.split("\n")), 1):
            if a != b:
                err(path, n, f"not in old tone style / normal form: {a!r} → {b!r}")

    def normalize_many(items):
        out = run(cmd, ["normalize"], "\n".join(items) + "\n").split("\n")
        return dict(zip(items, out))

    # Abbreviations.
    abbr_forms = set()
    expansions = []
    seen = {}
    for n, line in enumerate(open(ABBREVIATIONS, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) not in (2, 3):
            err(ABBREVIATIONS, n, f"{len(fields)} fields (expected 2 or 3)")
            continue
        form, cls = fields[0], fields[1]
        if cls not in CLASSES:
            err(ABBREVIATIONS, n, f"unknown class {cls!r}")
        if not re.fullmatch(r"[^\W\d_][\w.&-]*", form) or len(re.sub(r"[-&]", "", form)) > 14:
            err(ABBREVIATIONS, n, f"bad form {form!r}")
        key = form.casefold()
        if key in seen:
            first, first_form, first_rest = seen[key]
            if first_form != form and first_rest == fields[1:]:
                # A case variant with the same class and expansion (`TP`, `Tp`).
                warnings.append(f"abbreviations.tsv:{n}: {form!r} repeats {first_form!r}")
            else:
                err(ABBREVIATIONS, n, f"duplicate form {form!r} (line {first})")
        else:
            seen[key] = (n, form, fields[1:])
        abbr_forms.add(key)
        if len(fields) == 3:
            exp = fields[2]
            if cls == "domain":
                err(ABBREVIATIONS, n, "a domain has no expansion")
            alts = exp.split("|")
            if any(not a.strip() or a != a.strip() for a in alts):
                err(ABBREVIATIONS, n, f"empty or padded alternative in {exp!r}")
            if len(set(alts)) != len(alts):
                err(ABBREVIATIONS, n, f"repeated alternative in {exp!r}")
            expansions += [(n, a) for a in alts]

    # Lexicon.
    entries = []
    for n, line in enumerate(open(LEXICON, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) not in (2, 3):
            err(LEXICON, n, f"{len(fields)} fields (expected 2 or 3)")
            continue
        kind, phrase = fields[0], fields[1]
        note = fields[2] if len(fields) == 3 else ""
        if kind not in KINDS:
            err(LEXICON, n, f"unknown kind {kind!r}")
            continue
        if not phrase or phrase != phrase.strip() or "  " in phrase:
            err(LEXICON, n, f"empty or badly spaced phrase {phrase!r}")
        if len(fields) == 3 and (not note or note != note.strip()):
            err(LEXICON, n, "empty or padded note (leave the column out instead)")
        if kind in NOTES and note not in NOTES[kind]:
            err(LEXICON, n, f"note {note!r} for {kind} (expected one of {sorted(NOTES[kind])})")
        entries.append((n, kind, phrase, note))

    keys = normalize_many(sorted({p for _, _, p, _ in entries}))
    seen = {}
    for n, kind, phrase, _ in entries:
        k = (kind, keys[phrase].casefold())
        if k in seen:
            err(LEXICON, n, f"duplicate {kind} {phrase!r} (line {seen[k]})")
        seen[k] = n

    # Words: syllables by vntext's tokenizer, one word per line.
    words = collections.OrderedDict()
    # Words that may be foreign: in the names of places abroad and of professions.
    foreign_ok = collections.defaultdict(lambda: True)
    for n, kind, phrase, note in entries:
        abroad = kind == "place"
        abroad = abroad or (kind == "honorific" and note.startswith("profession"))
        # (Foreign given names and family names, and the offices of foreign states and firms,
        # in their own spelling: `Donald`, `Emir`, `Giám đốc Marketing`.)
        abroad = abroad or (kind == "surname" and "foreign" in note)
        abroad = abroad or (kind == "role" and note in ("company", "self"))
        # (Sports by their foreign names, no one's name: `võ sĩ Boxing`.)
        abroad = abroad or (kind == "not-title" and note == "sport")
        # (Online newspapers by their brand, `VnExpress`, `VietNamNet`, and news agencies
        # abroad, `Reuters`.)
        abroad = abroad or (kind == "name" and note in ("Báo (online)", "Báo (agency)"))
        # (International NGOs by their English names: `Tổ chức Save the Children`.)
        abroad = abroad or (kind == "name" and note == "Tổ chức (NGO)")
        for w in phrase.split(" "):
            words.setdefault(w.rstrip(","), []).append((LEXICON, n))
            foreign_ok[w.rstrip(",")] &= abroad
    for n, exp in expansions:
        for w in exp.split(" "):
            words.setdefault(w.rstrip(","), []).append((ABBREVIATIONS, n))
    plain = [w for w in words if w and w != "-"]
    tokens = collections.defaultdict(list)
    out = run(cmd, ["tokenize", "--format", "jsonl"], "\n".join(plain) + "\n")
    for t in out.splitlines():
        t = json.loads(t)
        tokens[t["line"]].append(t)
    for i, w in enumerate(plain, 1):
        toks = tokens[i]
        ok = (
            w.casefold() in abbr_forms
            or (len(toks) == 1 and toks[0]["kind"] == "syllable" and toks[0]["text"] == w)
            or ROMAN.match(w)
            # (A compound of abbreviations the tokenizer reads as such: `THCS-THPT`,
            # `VH,TT&DL`, `PTDTNT`.)
            or (
                any(t["kind"] == "abbreviation" for t in toks)
                and all(t["kind"] in ("abbreviation", "punctuation", "symbol") for t in toks)
            )
            or NAME_STARTER.match(w)
        )
        if ok:
            continue
        where = ", ".join(f"{os.path.basename(p)}:{n}" for p, n in words[w][:3])
        if w in NON_SYLLABLES:
            warnings.append(f"non-syllable name {w!r} ({where})")
        elif foreign_ok[w] and words[w] and all(p == LEXICON for p, _ in words[w]):
            continue  # a foreign name or word, as the press writes it
        else:
            kinds = "+".join(t["kind"] for t in toks)
            errors.append(f"{where}: {w!r} is not a syllable or listed abbreviation ({kinds})")

    counts = collections.Counter(k for _, k, _, _ in entries)
    for k in KINDS:
        print(f"{k:12} {counts[k]:4}")
    print(f"{'total':12} {sum(counts.values()):4}")
    print(f"abbreviations {len(abbr_forms)}, with expansion {len({n for n, _ in expansions})}")
    for w in warnings:
        print("note:", w)
    for e in errors:
        print("error:", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Makes news-messy.txt from news.txt: the same text as people really send it.

Independent of the crate (so the golden test is a real check): every third line is NFD,
open oa/oe/uy syllables are switched to the new tone style, and a few `qu`/`gi` syllables
get the tone mark typed on the wrong vowel (quả → qủa, già → gìa). `vntext normalize` must
turn news-messy.txt back into news.txt exactly. Run: python3 data/samples/make_messy.py
"""
import re
import unicodedata as ud
from pathlib import Path

TONES = "\u0300\u0301\u0309\u0303\u0323"
here = Path(__file__).parent


def move_tone(word, src, dst):
    """Moves the tone mark from the letter at index src to index dst (NFD letters)."""
    letters = re.findall(r".[\u0300-\u036f]*", ud.normalize("NFD", word))
    tone = next((m for m in letters[src][1:] if m in TONES), None)
    if tone is None:
        return word
    letters[src] = letters[src].replace(tone, "")
    base, marks = letters[dst][0], letters[dst][1:]
    letters[dst] = base + "".join(sorted(marks + tone, key=ud.combining))
    return ud.normalize("NFC", "".join(letters))


def mess(word, n):
    plain = ud.normalize("NFD", word)
    bare = "".join(c for c in plain if c not in TONES).lower()
    bare_nfc = ud.normalize("NFC", bare)
    if len(bare_nfc) != len(word):
        return word
    # Old-style open oa / oe / uy (not after q): tone on the first vowel -> new style.
    m = re.fullmatch(r"(.*?)(oa|oe|uy)", bare_nfc)
    if m and not m.group(1).endswith("q") and not re.search(r"[aeiouyăâêôơư]$", m.group(1)):
        i = len(m.group(1))
        return move_tone(word, i, i + 1)
    # qua / gia with a tone: type it on the u / i instead, now and then.
    m = re.fullmatch(r"(qu|gi)(a)", bare_nfc)
    if m and n % 2 == 0 and word != bare_nfc:
        return move_tone(word, 2, 1)
    return word


out = []
count = 0
for k, line in enumerate((here / "news.txt").read_text(encoding="utf-8").splitlines(True)):
    def sub(m):
        global count
        count += 1
        return mess(m.group(0), count)
    line = re.sub(r"\w+", sub, line)
    if k % 3 == 2:
        line = ud.normalize("NFD", line)
    out.append(line)
(here / "news-messy.txt").write_text("".join(out), encoding="utf-8")

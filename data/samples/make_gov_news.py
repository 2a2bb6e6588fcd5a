#!/usr/bin/env python3
"""Builds data/samples/gov-news.txt, the government-news sample of the README's main command.

    python3 data/samples/make_gov_news.py /work/shared/corpus /work/shared/seed > data/samples/gov-news.txt

Two texts that may ship (see data/README.md): the Lạng Sơn provincial news article on the
2020 plan (the project's seed text, also tests/data/langson-2020-plan.txt), without its web
page furniture, and resolution 73/2017/NQ-HĐND of the Điện Biên provincial People's Council
(hdnd-resolutions-2017), its hard-wrapped lines joined into paragraphs. Nothing else is
changed. Standard library only.
"""
import re
import sys
from pathlib import Path

HEADING = re.compile(r"^(Điều \d|Chương|Mục|Phần|Phụ lục|[IVX]+\.|\d+(\.\d+)*\.|[a-zđ]\)|- |\+ |Căn cứ|Xét|Theo đề nghị|QUYẾT NGHỊ)")


def joined(lines):
    """Joins wrapped lines: a line goes on unless it ends a sentence or the next starts a heading."""
    paras, cur = [], ""
    for line in lines:
        line = line.strip()
        if not line or line.startswith("<"):
            continue
        if cur and (cur.endswith((".", ":", ";", "!", "?")) or HEADING.match(line)
                    or (line.isupper() != cur.isupper())):
            paras.append(cur)
            cur = line
        else:
            cur = f"{cur} {line}" if cur else line
    if cur:
        paras.append(cur)
    return paras


def main():
    corpus, seed = Path(sys.argv[1]), Path(sys.argv[2])
    article = (seed / "langson-2020-plan.txt").read_text(encoding="utf-8").splitlines()
    article = [l for l in article if l.strip() not in ("Skip to main content", "Hueyn.jpg")]
    resolution = (corpus / "hdnd-resolutions-2017/docs/73-2017-nq-hđnd.txt").read_text(encoding="utf-8")
    out = [l for l in article if l.strip()]
    out += joined(resolution.splitlines())
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()

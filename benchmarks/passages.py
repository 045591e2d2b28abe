"""Measure how fast documents are split into passages (passages per second and per minute).

Documents: every CLIMATE-FEVER evidence file (../shared/data/climate-fever-dev/sources/, plain
text) and the same texts as Markdown with headings and list items, each repeated to make a
corpus of about half a million passages.

    python benchmarks/passages.py [--copies 50]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from factcheck.model import Document
from factcheck.passages import split

SOURCES = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "climate-fever-dev" / "sources"


def documents(copies: int) -> dict[str, list[Document]]:
    """The corpus as plain text and as Markdown."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt"))]
    plain = [Document(f"{i}.txt", t) for i, t in enumerate(texts)] * copies
    markdown = [Document(f"{i}.md", as_markdown(t), kind="markdown") for i, t in enumerate(texts)] * copies
    return {"text": plain, "markdown": markdown}


def as_markdown(text: str) -> str:
    """A heading, then the lines of `text` with every third one as prose and the others as list items."""
    lines = text.splitlines()
    return "# Title\n\n" + "".join(f"- {line}\n" if n % 3 else f"{line}\n" for n, line in enumerate(lines))


def main() -> None:
    """Print passages per second for each kind of document."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=50)
    args = parser.parse_args()
    for kind, docs in documents(args.copies).items():
        began = time.perf_counter()
        count = sum(len(split(doc)) for doc in docs)
        took = time.perf_counter() - began
        print(f"{kind:9} {count:9,d} passages in {took:5.2f} s: {count / took:9,.0f}/s, {60 * count / took:12,.0f}/min")


if __name__ == "__main__":
    main()

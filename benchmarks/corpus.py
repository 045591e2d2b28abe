"""A synthetic corpus for the speed benchmark: files of 100 lines, one sentence a line, and claims.

The words follow a Zipf law over a vocabulary of pronounceable made-up words (so term statistics
look like prose: a few very common words, a long tail of rare ones), mixed with English function
words, capitalised names, and numbers written the ways sources write them (counts with thousands
separators, "3.2 million", percentages, years, full dates). Claims are spans of corpus sentences,
half of them with their number changed, plus some sentences about nothing in the corpus.
Everything comes from one seed, so a size always gives the same corpus.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

LINES_PER_FILE = 100
FILES_PER_FOLDER = 500
FUNCTION_WORDS = "the of and to in a is that for on was with as by at from it were has have had not".split()
MONTHS = "January February March April May June July August September October November December".split()
ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "tr", "kr", "st", "br"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ou", "ia"]
CODAS = ["", "", "n", "r", "s", "l", "k", "t", "m", "sk", "nd"]


def vocabulary(rng: random.Random, size: int) -> list[str]:
    """`size` distinct made-up words of one to four syllables, the short ones first (most common)."""
    seen: dict[str, None] = {}
    while len(seen) < size:
        syllables = min(4, 1 + int(rng.expovariate(0.9)))
        word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables))
        seen.setdefault(word)
    return sorted(seen, key=len)


def number(rng: random.Random) -> str:
    """A number as sources write it."""
    kind = rng.random()
    if kind < 0.3:
        return f"{rng.randint(2, 99) * 100:,}"
    if kind < 0.45:
        return f"{rng.randint(11, 99) / 10:.1f} million"
    if kind < 0.6:
        return f"{rng.randint(1, 99)}%"
    if kind < 0.8:
        return str(rng.randint(1950, 2024))
    if kind < 0.9:
        return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1990, 2024)}"
    return str(rng.randint(2, 999))


class Writer:
    """Draws sentences from the vocabulary with Zipf frequencies."""

    def __init__(self, seed: int, words: int = 60_000, names: int = 3_000) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary(self.rng, words)
        self.names = [w.capitalize() for w in vocabulary(random.Random(seed + 1), names)]
        self.cumulative = list(itertools.accumulate(1 / (rank + 1) ** 1.05 for rank in range(len(self.words))))

    def sentence(self) -> str:
        """One sentence of 10 to 24 tokens with, usually, a number and a name."""
        rng = self.rng
        size = rng.randint(8, 20)
        content = rng.choices(self.words, cum_weights=self.cumulative, k=size)
        tokens: list[str] = []
        for word in content:
            if rng.random() < 0.35:
                tokens.append(rng.choice(FUNCTION_WORDS))
            tokens.append(word)
        if rng.random() < 0.8:
            tokens.insert(rng.randrange(len(tokens)), number(rng))
        if rng.random() < 0.7:
            tokens.insert(rng.randrange(len(tokens)), rng.choice(self.names))
        tokens[0] = tokens[0].capitalize()
        return " ".join(tokens) + "."


def write_corpus(folder: Path, passages: int, seed: int = 7) -> list[Path]:
    """Write `passages` lines into files of 100 lines under `folder`; return the files in order."""
    writer = Writer(seed)
    files = []
    for number_ in range((passages + LINES_PER_FILE - 1) // LINES_PER_FILE):
        path = folder / f"d{number_ // FILES_PER_FOLDER:03d}" / f"f{number_:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = min(LINES_PER_FILE, passages - number_ * LINES_PER_FILE)
        path.write_text("\n".join(writer.sentence() for _ in range(lines)) + "\n", encoding="utf-8")
        files.append(path)
    return files


def make_claims(files: list[Path], count: int, seed: int = 11) -> list[str]:
    """`count` claims: spans of corpus sentences (half with a changed number) and unrelated ones."""
    rng = random.Random(seed)
    writer = Writer(seed + 100)
    claims = []
    for _ in range(count):
        if rng.random() < 0.1:
            claims.append(writer.sentence())
            continue
        lines = rng.choice(files).read_text(encoding="utf-8").splitlines()
        tokens = rng.choice(lines).rstrip(".").split(" ")
        start = rng.randrange(max(1, len(tokens) - 12))
        span = tokens[start : start + rng.randint(8, 14)]
        if rng.random() < 0.5:
            span = [str(int(t) + rng.randint(1, 9)) if t.isdigit() else t for t in span]
        claims.append(" ".join(span))
    return claims

"""Compare sentence splitters for accuracy and speed: factcheck's rules, syntok, pysbd.

Gold sentences come from three places:
- CLIMATE-FEVER's evidence corpus (../shared/data/climate-fever-dev/sources/*.txt, one Wikipedia
  sentence a line): the lines of a file are joined with spaces into one paragraph;
- the seed article (../shared/seed/tca-*.txt), its sentences listed by hand below (by rule: a full
  stop, question or exclamation mark followed by a capital; none of its abbreviations ends one);
- a hand-written set of hard cases (abbreviations, initials, acronyms, decimals, quotes, brackets).

A splitter is scored on sentence boundaries: precision and recall of the offsets where it ends a
sentence inside a paragraph (the paragraph's own end is not counted), and on exact sentences
(both ends right). Speed is sentences per second over the CLIMATE-FEVER paragraphs.

    python benchmarks/sentences.py [--repeat 3]

pysbd is not a dependency: install it to compare (`pip install pysbd`); it is skipped otherwise.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

from factcheck.sentences import split_sentences

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
Splitter = Callable[[str], list[tuple[int, int]]]

HARD = [
    ["Mr. Smith paid $3.2 million for the house.", "Mrs. Jones did not."],
    ["The U.S. economy grew 2.5% in 2014.", "Growth slowed in the U.K. after that."],
    ["Dr. A. B. Jones wrote the report (see No. 72, p. 5).", "It was cited widely."],
    ["Prices rose, e.g. for bread and milk.", "They fell later, i.e. in March."],
    ['He said: "We will win."', "Nobody believed him."],
    ["Was it true?", "Nobody knew!", "The answer came later..."],
    ["J. R. R. Tolkien was born in 1892.", "He died in 1973."],
    ["The troops (about 7,000 of them) stayed.", "(The base closed in 2014.)", "Then they left."],
    ["The population was 6.2 million in 2019.", "Approx. 40% live in cities."],
    ["Smith et al. found no effect.", "Their sample was small."],
    ["The company, Acme Inc., was founded in 1990.", "It grew fast."],
    ["In the U.S.", "The number is higher."],
    ["St. Petersburg is in Russia.", "Gen. Petraeus led the troops."],
    ["He arrived at 5 p.m. on Friday.", "She left at 9 a.m.", "Nobody saw them."],
    ["Figures vary from a few thousand (2000 to 4000) to a few hundred.", "All are guesses."],
    ["Temperatures rose by 1.5 °C.", "Sea levels rose by 20 cm."],
    ["See Fig. 3 for details.", "Table 2 lists the rest."],
    ["The vote was 52 vs. 48.", "It passed."],
    ["'Stop,' she said.", "He stopped."],
    ["The ship was named the S.S. Minnow.", "It sank."],
    ["Kyrgyzstan's GDP was US$7.5 bn.", "That is small."],
    ["The treaty was signed on 12 June 2012.", "It took effect in Sept. 2013."],
    ["He lives at 10 Downing St.", "The prime minister lives there."],
    ["Russia has 7,000 troops at the 201st base.", "The Kant air base is separate."],
    ["BISHKEK (TCA) — The ministers met.", "Talks are ongoing."],
    ["Prof. Ivanova (Moscow State Univ.) disagreed.", "She cited Vol. 2 of the report."],
]


def sentences_by_rule(paragraph: str) -> list[str]:
    """The seed article's gold: its paragraphs hold no abbreviation before a capital."""
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraph.strip()) if s]


def gold_sets() -> dict[str, list[list[str]]]:
    """Paragraphs as lists of gold sentences, by set."""
    climate = []
    for path in sorted((SHARED / "data" / "climate-fever-dev" / "sources").glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if lines:
            climate.append(lines)
    seed = []
    for path in sorted((SHARED / "seed").glob("*.txt")):
        for paragraph in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            if paragraph.strip():
                seed.append(sentences_by_rule(paragraph))
    return {"climate-fever": climate, "seed article": seed, "hard cases": HARD}


def boundaries(spans: list[tuple[int, int]], length: int) -> set[int]:
    """Inner sentence ends (the paragraph's end is not a decision)."""
    return {end for _, end in spans if end < length}


def score(splitter: Splitter, paragraphs: list[list[str]]) -> tuple[float, float, float, int]:
    """Boundary precision, recall, exact-sentence rate, and the number of gold sentences."""
    true_pos = predicted = gold_count = exact = sentences = 0
    for gold_sentences in paragraphs:
        text = " ".join(gold_sentences)
        gold_spans, pos = [], 0
        for sentence in gold_sentences:
            gold_spans.append((pos, pos + len(sentence)))
            pos += len(sentence) + 1
        got_spans = splitter(text)
        gold, got = boundaries(gold_spans, len(text)), boundaries(got_spans, len(text))
        true_pos += len(gold & got)
        predicted += len(got)
        gold_count += len(gold)
        exact += len(set(gold_spans) & set(got_spans))
        sentences += len(gold_spans)
    precision = true_pos / predicted if predicted else 1.0
    recall = true_pos / gold_count if gold_count else 1.0
    return precision, recall, exact / sentences, sentences


def syntok_spans(text: str) -> list[tuple[int, int]]:
    """syntok's sentences as character spans."""
    from syntok import segmenter

    spans = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            first, last = sentence[0], sentence[-1]
            spans.append((first.offset, last.offset + len(last.value)))
    return spans


def pysbd_splitter() -> Splitter | None:
    """pysbd's sentences as character spans, or None when pysbd is not installed."""
    try:
        import pysbd
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def spans(text: str) -> list[tuple[int, int]]:
        found = []
        for span in segmenter.segment(text):
            start, end = span.start, span.end
            while end > start and text[end - 1].isspace():
                end -= 1
            found.append((start, end))
        return found

    return spans


def speed(splitter: Splitter, paragraphs: list[str], repeat: int) -> float:
    """Sentences per second over `paragraphs`, best of `repeat` runs."""
    best = float("inf")
    count = 0
    for _ in range(repeat):
        began = time.perf_counter()
        count = sum(len(splitter(p)) for p in paragraphs)
        best = min(best, time.perf_counter() - began)
    return count / best


def main() -> None:
    """Print accuracy per set and speed for each splitter."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    splitters: dict[str, Splitter] = {"factcheck": split_sentences, "syntok": syntok_spans}
    sbd = pysbd_splitter()
    if sbd is not None:
        splitters["pysbd"] = sbd
    sets = gold_sets()
    texts = [" ".join(p) for p in sets["climate-fever"]]
    print(f"{'splitter':10} {'set':14} {'sentences':>9} {'precision':>9} {'recall':>7} {'exact':>6}")
    for name, splitter in splitters.items():
        for set_name, paragraphs in sets.items():
            precision, recall, exact, count = score(splitter, paragraphs)
            print(f"{name:10} {set_name:14} {count:9d} {precision:9.3f} {recall:7.3f} {exact:6.3f}")
        print(f"{name:10} speed: {speed(splitter, texts, args.repeat):,.0f} sentences/s")


if __name__ == "__main__":
    main()

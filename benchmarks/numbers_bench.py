"""How many passages per second the number reader parses, on sentences like the ones sources hold.

The passages are the seed article's sentences, the facts file's sentences, and generated news-like
sentences that mix every way of writing a number (digits, words, ranges, bounds, vague quantities,
percentages, years, dates, money, measures) with sentences that hold no number at all, as most
sentences of a source do. Run: `.venv/bin/python benchmarks/numbers_bench.py [--seconds N]`.
`--suite` also prints the example suite's figures (tests/numbers/number_cases.py): cases per
category and how many parse exactly as expected.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

from factcheck.numbers import compare, parse_quantities

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed"
TEMPLATES = [
    "Between {n:,} and {m:,} citizens of the five Central Asian states have left to fight in Syria.",
    "Russia's 201st base in Tajikistan hosts about {n:,} troops, according to officials in {y}.",
    "More than {n:,} fighters from the North Caucasus were reported by {month} {y}.",
    "The agreement signed on {d} {month} {y} keeps the base until at least {y2}.",
    "Figures vary from a few thousand ({n} to {m}) to few hundred, said the report.",
    "The border is about {k:,} km long and the handover started in late {y}.",
    "Turnout rose {p}% to {q}.{r} per cent, a gain of {r} percentage points.",
    "Officials said {w} people were killed and dozens of others injured.",
    "The ministry spent ${p}.{r}bn, nearly twice the {y} budget.",
    "Some {n:,} to {m:,} recruits, perhaps as many as {big:,}, joined since {y}.",
    "Tens of thousands of migrants left in the 1990s; one in five returned.",
    "The talks between the two defence ministers are ongoing and no date has been set.",
    "Various political leaders of the region are using the threat as a reason to restrict liberties.",
    "Uzbekistan suspended its membership of the organisation, which has no unilateral withdrawal.",
]
WORDS = ["two hundred", "three thousand", "twenty-five", "a dozen", "several hundred", "forty"]
MONTHS = ["January", "June", "October", "December"]


def passages(count: int, seed: int = 7) -> list[str]:
    """`count` passages: the seed texts' sentences, then generated ones."""
    out: list[str] = []
    for name in ("tca-2014-kyrgyzstan-russia-isil.txt", "FACTS.md"):
        path = SEED / name
        if path.exists():
            text = path.read_text(encoding="utf-8")
            out += [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.strip()) > 20]
    rng = random.Random(seed)
    if count == 0:
        return out
    while len(out) < count:
        n = rng.randint(2, 90) * 100
        out.append(rng.choice(TEMPLATES).format(
            n=n, m=n + rng.randint(1, 40) * 100, big=n * 3, y=rng.randint(1990, 2024), y2=rng.randint(2025, 2050),
            d=rng.randint(1, 28), month=rng.choice(MONTHS), k=rng.randint(2, 20) * 100, p=rng.randint(2, 60),
            q=rng.randint(2, 90), r=rng.randint(1, 9), w=rng.choice(WORDS),
        ))
    return out[:count]


def suite() -> None:
    """Print the example suite's cases per category and the share that parse as expected."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "numbers"))
    from number_cases import CASES  # noqa: PLC0415 - test data, only for this report
    from test_parse_examples import mismatches  # noqa: PLC0415

    total = passed = 0
    for category, cases in CASES.items():
        good = sum(not mismatches(text, expected) for text, expected in cases)
        total, passed = total + len(cases), passed + good
        print(f"{category:15} {good:4}/{len(cases):<4} {good / len(cases):.0%}")
    print(f"{'all':15} {passed:4}/{total:<4} {passed / total:.0%}")


def main() -> None:
    """Parse the passages for a few seconds and print passages/second and quantities/second."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--passages", type=int, default=20_000)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--suite", action="store_true", help="also print the example suite's figures")
    args = parser.parse_args()
    if args.suite:
        suite()
    texts = passages(args.passages)
    found = rounds = parsed = 0
    begin = time.perf_counter()
    while time.perf_counter() - begin < args.seconds or rounds == 0:
        for text in texts:
            found += len(parse_quantities(text))
        parsed += len(texts)
        rounds += 1
    elapsed = time.perf_counter() - begin
    chars = sum(len(t) for t in texts) * rounds
    print(f"parsed {parsed:,} passages ({chars / parsed:.0f} chars avg) in {elapsed:.2f}s: "
          f"{parsed / elapsed:,.0f} passages/s, {found / elapsed:,.0f} quantities/s")
    prose = passages(0)  # the seed texts alone: prose where most sentences hold no number
    begin, rounds = time.perf_counter(), 0
    while time.perf_counter() - begin < 1.0 or rounds == 0:
        for text in prose:
            parse_quantities(text)
        rounds += 1
    elapsed = time.perf_counter() - begin
    print(f"seed article and facts ({len(prose)} sentences): {len(prose) * rounds / elapsed:,.0f} passages/s")
    claim = parse_quantities("between 2,000 and 4,000 militants")[0]
    sources = [q for t in texts[:2000] for q in parse_quantities(t)]
    begin = time.perf_counter()
    for s in sources:
        compare(claim, s)
    elapsed = time.perf_counter() - begin
    print(f"compared {len(sources):,} pairs in {elapsed:.3f}s: {len(sources) / elapsed:,.0f} comparisons/s")


if __name__ == "__main__":
    main()

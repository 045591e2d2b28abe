"""Claims that compare two named things: "Lebanon hosts more Syrian refugees than Turkey", "twice
as many fighters from France as from Britain".

No passage states such a claim; two passages (or two rows of a table) give each thing's figure.
`judge_comparison` reads the two names and the counted words off the claim, looks each name's
figure up in the index, and compares them: the claim is supported when the figures stand in the
claimed order or ratio and contradicted when they do not. The judgement cites the first name's
passage and gives both figures in its reason, so a person can check both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factcheck.align import LIVES, TOLL_VERB, Alignment, counted_nouns, under_headers, align_one
from factcheck.analysis import Analysis, Term, analyse, found_in, own_names
from factcheck.compare import DEATH, LOST, Judgement
from factcheck.lexicon import PHRASE, group_words, phrase_keys, spellings
from factcheck.model import Hit, Passage, Stance
from factcheck.numbers import Quantity, Relation, compare, format_interval
from factcheck.numbers.changes import nominal
from factcheck.index import Index
from factcheck.surroundings import CELL, Surroundings, cell_spans, is_row

MORE = {"more", "larger", "higher", "bigger", "greater", "longer"}
FEWER = {"fewer", "less", "smaller", "lower", "shorter"}
_COMPARATIVE = r"more|fewer|less|larger|smaller|higher|lower|bigger|greater|longer|shorter"
# (the comparative nearest "than": "despite the smaller following, were given more tickets than")
THAN = re.compile(
    rf"\b(?P<cmp>{_COMPARATIVE})\s+"
    rf"(?P<what>[^\W\d](?:(?!\b(?:{_COMPARATIVE})\b)[^.;])*?)\s+than\s+(?P<other>[^.;,]+)",
    re.IGNORECASE,
)
TIMES = re.compile(
    r"(?P<bound>more than |nearly |almost |about |some |roughly )?\b(?P<times>twice|three times|four times|five times|ten times)"
    r"\s+as\s+(?:many|much|large|high|long)\s+(?P<what>[^.;]*?)\s*\bas\s+(?P<other>[^.;,]+)",
    re.IGNORECASE,
)
# "the most cases", "the second-largest contributor", "more fighters than any other country":
# a place in a list or table.
RANKED = re.compile(
    r"\bthe\s+(?:(?P<nth>second|third|fourth|fifth)[\s-]+)?(?P<top>most|fewest|largest|biggest|highest|smallest|lowest)"
    r"\s+(?P<what>[^\W\d][^.;]*)"
    r"|\b(?P<top2>more|fewer)\s+(?P<what2>[^\W\d][^.;]*?)\s+than\s+any\s+other\b",
    re.IGNORECASE,
)
# a superlative after a preposition places what the preposition names, not the claim's subject
AFTER_A_PREPOSITION = re.compile(r"\b(?:before|after|since|until|during|of|in|at|from|to|by|than|on)\s+$", re.IGNORECASE)
NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
ROWS = 200  # rows of a list or table read at most on each side of the claim's row
FACTORS = {"twice": 2.0, "three times": 3.0, "four times": 4.0, "five times": 5.0, "ten times": 10.0}
RATIO_TOLERANCE = 0.15  # "twice as many" allows a ratio within 15% of 2
REACH = 120  # characters after a name within which its figure stands
HITS = 20  # passages searched for each name's figure
MEASURED = ("count", "percent", "money", "measure", "duration")


@dataclass(frozen=True, slots=True)
class Comparison:
    """What a comparative claim says: `first` stands to `second` as `relation` in `words`."""

    first: Term
    second: Term
    words: tuple[str, ...]  # keys of the counted words ("refugees", "fighters")
    relation: str  # "more", "fewer" or "times"
    factor: float = 1.0  # for "times": the claimed ratio
    bound: str = ""  # "more than", "nearly"... before a ratio


@dataclass(frozen=True, slots=True)
class Figure:
    """A name's figure, and the passage that gives it."""

    passage: Passage
    quantity: Quantity


@dataclass(frozen=True, slots=True)
class Ranking:
    """What a ranking claim says: `name` stands `place` in its list by `words`, from the top
    (`most`) or the bottom."""

    name: Term
    words: tuple[str, ...]
    most: bool
    place: int = 1


def read_ranking(claim: Analysis) -> Ranking | None:
    """The place a claim gives one of its names in a list ("Liberia recorded the most cases",
    "Germany was the second-largest contributor"), or None."""
    match = RANKED.search(claim.text)
    if match is None:
        return None
    top = (match.group("top") or match.group("top2")).lower()
    what = "what" if match.group("what") else "what2"
    subject = [t for t in claim.terms if t.end <= match.start() and t.text[:1].isupper()]
    words = _deaths(tuple(t.key for t in claim.terms if not t.entity and match.start(what) <= t.start < match.end(what)), claim, match.start())
    if not subject or not words:
        return None
    if any(t.entity and match.start(what) <= t.start < match.end(what) for t in claim.terms):
        return None  # "the largest earthquake recorded in Japan": a ranking within a scope the list may not keep
    if AFTER_A_PREPOSITION.search(claim.text, 0, match.start()):
        return None  # "six days before the biggest blast": the place of something else, not of the subject
    place = NTH.get((match.group("nth") or "").lower(), 1)
    return Ranking(_whole(claim, subject[0]), words, top in ("most", "largest", "biggest", "highest", "more"), place)


def read_comparison(claim: Analysis) -> Comparison | None:
    """The comparison a claim makes between two of its names, or None ("more fighters than any
    other country" ranks a list: not read)."""
    match = THAN.search(claim.text) or TIMES.search(claim.text)
    if match is None:
        return None
    names = [t for t in claim.terms if t.entity]
    other = [t for t in names if match.start("other") <= t.start < match.end("other")]
    inside = [t for t in names if match.start("what") <= t.start < match.end("what")]
    # The subject may open the sentence, where a name is not told from a word by its capital.
    before = [t for t in claim.terms if t.end <= match.start() and t.text[:1].isupper()]
    if not other:
        return None  # "more than any other country": a ranking, not two names
    # "fighters from France ... as from Britain": the first name stands among the counted words;
    # otherwise it is the claim's subject ("Lebanon hosts more ...").
    if inside and _parallel(match.group("what"), match.group("other")):
        subject = inside[-1]
    elif before:
        subject = before[0]
    else:
        return None
    if subject.key == other[0].key:
        return None
    first, second = _whole(claim, subject), _whole(claim, other[0])
    words = _deaths(tuple(t.key for t in claim.terms if not t.entity and match.start("what") <= t.start < match.end("what")), claim, match.start())
    if not words:
        return None
    if "times" in match.groupdict() and match.groupdict().get("times"):
        bound = (match.group("bound") or "").strip().lower()
        return Comparison(first, second, words, "times", FACTORS[match.group("times").lower()], bound)
    relation = "more" if match.group("cmp").lower() in MORE else "fewer"
    return Comparison(first, second, words, relation)


def _deaths(words: tuple[str, ...], claim: Analysis, at: int) -> tuple[str, ...]:
    """Compared words with "lives" read as deaths where a verb of a toll stands before the
    comparative at `at`: "claimed more lives", "cost fewer lives" and "took the most lives"
    compare tolls, which sources give as "killed", "dead" or "deaths"."""
    if not TOLL_VERB.search(claim.text, 0, at):
        return words
    return tuple(DEATH if k == LIVES else k for k in words)


def _whole(claim: Analysis, name: Term) -> Term:
    """A name with the rest of it when it opens a name of several words ("United States")."""
    for m in PHRASE.finditer(claim.text):
        if m.start() == name.start:
            return Term(m.group(), next(iter(phrase_keys(m.group()))), m.start(), m.end(), True)
    rest = next((t for t in claim.terms if t.start == name.end + 1 and t.text[:1].isupper()), None)
    if rest is not None:  # "Saudi Arabia", "Sierra Leone": shown whole, found by its first word
        return Term(claim.text[name.start : rest.end], name.key, name.start, rest.end, True)
    return name


def _parallel(what: str, other: str) -> bool:
    """Whether the second name is introduced the way the first is ("from France ... from Britain")."""
    lead = other.split()[0].lower() if other.split() else ""
    return lead in {"from", "in", "of", "at", "for"} and f" {lead} " in f" {what.lower()} "


def find_figure(
    name: Term,
    rival: Term | None,
    claim: Analysis,
    words: Sequence[str],
    hits: Sequence[Hit],
    context: Surroundings | None = None,
    like: Quantity | None = None,
) -> Figure | None:
    """The first figure among the hits that belongs to `name`: a figure after the name, before
    the `rival` name, in a row or in a passage that speaks of the claim's words; of several, the
    one counting the compared `words` (of a row, the column whose heading names them: "deaths"
    for "lost people"). With `like`, only a figure comparable with it."""
    counts = set(words) | ({DEATH} if LOST in claim.keys else set())  # what the figures count
    wanted = claim.keys | counts
    previous = context.previous if context is not None else None
    for hit in hits:
        passage = hit.passage
        text = under_headers(passage, context)
        found = analyse(text)
        if not found_in(name.key, found.keys):
            # "... the 201st base in Tajikistan. RIA Novosti puts its strength at about 7,000
            # troops": the name the sentence before gives, for a passage naming nothing that
            # sentence and the claim do not
            before = previous(passage) if previous is not None and not is_row(passage.text) else None
            said = analyse(before.text).keys if before is not None else frozenset()
            if not found_in(name.key, said) or not all(found_in(k, said | claim.keys) for k in own_names(found)):
                continue
            own = [q for q in found.quantities if q.kind in MEASURED and (like is None or compare(like, q).relation is not Relation.INCOMPARABLE)]
            counted = [q for q in own if counts & counted_nouns(found, q)]
            if counted:
                return Figure(passage, counted[0])
            continue
        if not is_row(passage.text) and not any(found_in(w, found.keys) for w in wanted - {name.key}):
            continue
        at = next((t.end for t in found.terms if found_in(name.key, frozenset({t.key}))), None)
        if at is None:  # named in several words ("the United Kingdom")
            at = next((m.end() for m in PHRASE.finditer(text) if name.key in phrase_keys(m.group())), None)
        if at is None:
            continue
        stop = next((t.start for t in found.terms if rival and t.start > at and found_in(rival.key, frozenset({t.key}))), at + REACH)
        own = [
            q
            for q in found.quantities
            if q.kind in MEASURED
            and at < q.start <= min(stop, at + REACH)
            and (like is None or compare(like, q).relation is not Relation.INCOMPARABLE)
        ]
        # Of several figures, the one counting the claim's words ("4,810 deaths" for "lost people");
        # a labelled list row's is the one its label gives ("Japanese: 28, twelve of them ...").
        if own and is_row(passage.text) and CELL not in passage.text:
            return Figure(passage, own[0])
        counted = [q for q in own if counts & counted_nouns(found, q)]
        if counted or own:
            return Figure(passage, (counted or own)[0])
    return None


def orientation(c: Comparison, text: str) -> int:
    """How a passage that compares ("more soldiers in Tajikistan than in Kyrgyzstan") orders the
    claim's two names: +1 the claim's way, -1 the other way round, 0 when it does not say."""
    found = analyse(text)
    than = re.search(r"\bthan\b", text, re.IGNORECASE)
    if than is None:
        return 0
    def side(name: Term) -> int:
        at = [t.start for t in found.terms if found_in(name.key, frozenset({t.key}))]
        if not at:
            return 0
        return -1 if all(x < than.start() for x in at) else (1 if all(x > than.start() for x in at) else 0)
    first, second = side(c.first), side(c.second)
    if (first, second) == (-1, 1):
        return 1
    if (first, second) == (1, -1):
        return -1
    return 0


def _counted_words(claim: Analysis, keys: Sequence[str]) -> str:
    """The compared words as the index may hold them: as written and their synonyms ("troops",
    "servicemen")."""
    return " ".join([*(t.text for t in claim.terms if t.key in keys), *(w for k in keys for w in group_words(k))])


def _written(name: Term) -> str:
    """A name as the index may hold it: as written and in its other spellings."""
    return " ".join([name.text, *spellings(name.key)])


def _value(q: Quantity) -> float | None:
    """A figure's nominal value, or its one bound ("more than 6,000": 6,000)."""
    value = nominal(q)
    if value is not None:
        return value
    return q.low if q.low is not None else q.high


def _holds(c: Comparison, a: float, b: float) -> tuple[bool, str]:
    """Whether the figures bear the claim out, and how they compare in words."""
    if c.relation == "more":
        return a > b, "more" if a > b else "not more"
    if c.relation == "fewer":
        return a < b, "fewer" if a < b else "not fewer"
    ratio = a / b if b else float("inf")
    if c.bound == "more than":
        ok = ratio > c.factor
    elif c.bound in ("nearly", "almost"):
        ok = c.factor * (1 - RATIO_TOLERANCE) <= ratio <= c.factor
    else:
        ok = abs(ratio / c.factor - 1) <= RATIO_TOLERANCE
    return ok, f"{ratio:.2f} times"


def _rows(first: Passage, index: Index, context: Surroundings | None) -> list[Passage]:
    """The other rows of the list or table `first` is a row of, in order."""
    kind = CELL in first.text
    rows: list[Passage] = []
    for step in (index.before, index.after):
        row = first
        for _ in range(ROWS):
            near = step(row.source, row.start)
            if near is None or not is_row(near.text) or (CELL in near.text) != kind or (kind and context is not None and context.is_header(near)):
                break
            rows.append(near)
            row = near
    return sorted(rows, key=lambda p: p.start)


def _cell_figure(row: Passage, column: int, like: Quantity, context: Surroundings | None) -> Quantity | None:
    """The figure of a row in the given column (a list row's one figure), comparable with `like`."""
    text = under_headers(row, context)
    cells = cell_spans(text)
    if CELL in row.text and column >= len(cells):
        return None
    found = analyse(text)
    start, end = cells[column] if CELL in row.text else (0, len(text))
    return next(
        (q for q in found.quantities if start <= q.start < end and compare(like, q).relation is not Relation.INCOMPARABLE),
        None,
    )


def _label(row: Passage) -> str:
    """A row's label: its first cell, or a list item's words before a colon."""
    return row.text.split(CELL)[0].split(":")[0].strip()


def judge_ranking(
    claim: Analysis,
    search: Callable[[str], Sequence[Hit]],
    index: Index,
    context: Surroundings | None = None,
) -> Judgement | None:
    """The judgement of a claim giving a name a place in a list or table, from the figures of
    every row; None when the claim ranks nothing or its name's row is not found."""
    r = read_ranking(claim)
    if r is None:
        return None
    words = _counted_words(claim, r.words)
    hits = [h for h in search(f"{_written(r.name)} {words}") if is_row(h.passage.text)]
    first = find_figure(r.name, None, claim, r.words, hits, context)
    if first is None:
        return None
    text = under_headers(first.passage, context)
    column = text[: first.quantity.start].count(CELL)
    others = []
    for row in _rows(first.passage, index, context):
        q = _cell_figure(row, column, first.quantity, context)
        value = _value(q) if q is not None else None
        if q is not None and value is not None:
            others.append((row, q, value))
    mine = _value(first.quantity)
    if not others or mine is None:
        return None
    name = r.name.text.removesuffix("'s").removesuffix("’s")
    written = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)  # the whole name: "New York" is not "New Delhi"
    if any(written.search(_label(row)) for row, _, _ in others):
        return None  # the name heads other rows too: several tallies of one thing ("Halifax Record Office", "... from Halifax"), no ranking of names
    ahead = [o for o in others if (o[2] > mine if r.most else o[2] < mine)]
    place = len(ahead) + 1
    alignment = align_one(claim, first.passage, context)
    side = "most" if r.most else "fewest"
    if place == r.place:
        reason = f"{r.name.text} {format_interval(first.quantity)}: place {place} of {len(others) + 1} rows by the {side}"
        return Judgement(alignment, Stance.SUPPORTS, reason, 1.0)
    if ahead:
        row, q, _ = max(ahead, key=lambda o: o[2]) if r.most else min(ahead, key=lambda o: o[2])
        label = _label(row)
        reason = (
            f"{r.name.text} {format_interval(first.quantity)} vs {label} {format_interval(q)} ({row.source}:{row.line}): "
            f"place {place} of {len(others) + 1}, not {r.place}"
        )
    else:
        reason = f"{r.name.text} {format_interval(first.quantity)}: place {place} of {len(others) + 1}, not {r.place}"
    return Judgement(alignment, Stance.CONTRADICTS, reason, 1.0)


def judge_comparison(
    claim: Analysis,
    search: Callable[[str], Sequence[Hit]],
    context: Surroundings | None = None,
) -> Judgement | None:
    """The judgement of a claim comparing two named things, from each one's figure; None when
    the claim compares nothing or either figure is not found (or they cannot be compared)."""
    c = read_comparison(claim)
    if c is None:
        return None
    words = _counted_words(claim, c.words)
    first = find_figure(c.first, c.second, claim, c.words, search(f"{_written(c.first)} {words}"), context)
    if first is None:
        return None
    # The second figure is sought first where the first stands: the same source, and a row
    # when the first is one (the same list or table).
    hits = search(f"{_written(c.second)} {words}")
    near = sorted(hits, key=lambda h: (h.passage.source != first.passage.source, is_row(h.passage.text) != is_row(first.passage.text)))
    second = find_figure(c.second, c.first, claim, c.words, near, context, like=first.quantity)
    if second is None or first.passage == second.passage and first.quantity == second.quantity:
        return None
    if compare(first.quantity, second.quantity).relation is Relation.INCOMPARABLE:
        return None
    a, b = _value(first.quantity), _value(second.quantity)
    if a is None or b is None:
        return None
    ok, how = _holds(c, a, b)
    cite = f"{second.passage.source}:{second.passage.line}"
    reason = (
        f"{c.first.text} {format_interval(first.quantity)} vs {c.second.text} {format_interval(second.quantity)} "
        f"({cite}): {how}"
    )
    alignment: Alignment = align_one(claim, first.passage, context)
    return Judgement(alignment, Stance.SUPPORTS if ok else Stance.CONTRADICTS, reason, 1.0)


def _by_words_alone(j: Judgement) -> bool:
    """Whether a judgement supports the claim by its words, with no figure agreeing."""
    return j.stance is Stance.SUPPORTS and not any(p.check.relation is Relation.AGREE for p in j.alignment.pairs)


def with_comparisons(
    claim: Analysis,
    judgements: Sequence[Judgement],
    search: Callable[[str], Sequence[Hit]],
    index: Index,
    context: Surroundings | None = None,
) -> list[Judgement]:
    """The judgements of a claim's passages, with the judgement of its comparison or ranking when
    the figures decide it (passages that only share its words then no longer support it); when a
    comparison's figures are not found, only a passage comparing the same two names decides by
    its words, the other way round contradicting. Unchanged for other claims."""
    compared = judge_comparison(claim, search, context) or judge_ranking(claim, search, index, context)
    if compared is not None:
        return [j for j in judgements if not _by_words_alone(j)] + [compared]
    comparison = read_comparison(claim)
    if comparison is None:
        return list(judgements)
    kept = []
    for j in judgements:
        way = orientation(comparison, j.alignment.passage.text) if _by_words_alone(j) else 1
        if way > 0:
            kept.append(j)
        elif way < 0:
            why = f"the source compares {comparison.first.text} and {comparison.second.text} the other way round"
            kept.append(Judgement(j.alignment, Stance.CONTRADICTS, why, j.strength))
        elif j.stance is not Stance.SUPPORTS:
            kept.append(j)
    return kept


__all__ = [
    "Comparison",
    "Figure",
    "Ranking",
    "find_figure",
    "judge_comparison",
    "judge_ranking",
    "orientation",
    "read_comparison",
    "read_ranking",
    "with_comparisons",
]

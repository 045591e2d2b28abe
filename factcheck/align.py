"""Stage 4: re-rank candidate passages against a claim and pair up their numbers.

A passage's match score (0-100) is the weighted share of the claim's content words it contains
(names weigh more; word forms and spellings are matched with rapidfuzz), blended with
rapidfuzz's token-set ratio. Each claim quantity is paired with the passage quantity that counts
the same thing: a comparable kind, a compatible unit or counted noun, and the most similar
surrounding words ("7,000 troops at the 201st base" is not paired with "the Kant air base").
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from factcheck.anchors import BOUNDS, Anchor, Anchors, Relative, a_moment, cited
from factcheck.analysis import FIELDS, GENERIC_CAPITALS, LABEL, Analysis, Term, acronym_keys, analyse, attributed, citations, cited_names, digits, expansion, found_in, names_only_the_claims, own_names, set_aside_keys, similar
from factcheck.index.base import STOPWORDS, fold, stem, terms
from factcheck.lexicon import a_demonym, canonical, spellings
from factcheck.model import Hit, Passage
from factcheck.surroundings import CELL, Surroundings, cell_spans, is_row, label_end, leans_back
from factcheck.numbers import WHEN, NumberCheck, Quantity, Relation, compare, compare_days, parse_quantities
from factcheck.numbers.changes import CHANGE, PART, RATIO, change, nominal, ratio, share
from factcheck.numbers.compare import dimension
from factcheck.numbers.days import in_one_year
from factcheck.numbers.parse import SCALES
from factcheck.numbers.spans import FROM_EVENT, SPAN, bare, between
from factcheck.numbers.words import DURATIONS, MEASURES
from factcheck.options import CheckOptions

ENTITY_WEIGHT = 2.0  # a name counts twice as much as another content word
NUMBER_WEIGHT = 2.0  # a claim quantity the passage gives too counts like a name
INHERITED = 0.8  # a word found only around the passage (its title, the sentence before) counts this much
CONTEXT_WINDOW = 6  # content words on each side of a number that say what it counts
OWN_SHARE = 0.25  # share of the claim a passage must match itself before its surroundings are read
PRESELECT = 30  # candidates aligned in full per claim
NOUN_REACH = 4  # content words after a number among which its counted noun may stand
PLACE_WORDS = frozenset(stem(fold(w)) for w in "north south east west northern southern eastern western central new upper lower great greater saint san islamic".split())
SUBSTANCE_WORDS = 3  # words at most in what a measure is "of"
OF_WHAT = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?([^\W\d_][\w-]*)")  # "tonnes of (natural) gas"
OF_WHOM = re.compile(r"\s+of\s+(?:whom|which|them)\b", re.IGNORECASE)  # "47 people, 33 of whom"
GIVEN_AFTER = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Ki-moon", "Geun-hye": a given name after the family name
PART_BEFORE = re.compile(r"\b(?:of\s+whom|of\s+which|including|among\s+them)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+|perhaps\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)  # "of whom 513", "of which roughly 10,000"
STATEMENT = re.compile(r";|\.\s")  # where one statement of a passage ends
CLAUSE_WORDS_END = re.compile(r"[,;:.!?()]|\s(?:when|while|after|before|because|although|though|whereas|unless|and)\s")
PREDICATE_WORDS = 3  # content words after a claim's figure that say what the counted did
OF_THEM = re.compile(r"\s+of\s+them\b", re.IGNORECASE)  # "There were 226 men aboard. 165 of them died."
OF_THE_WHOLE = re.compile(r"(?:^|[.;:,(]\s*)[Oo]f\s+(?:the|its|their|these|those|all)\s+$")  # "Of the 134, 28 died", at a clause's start
ACCOUNT = re.compile(r"\b(?:account|report|estimate|version|figures|count|tally|records|data|statistics)\b", re.IGNORECASE)  # "the Brigade's own account speaks of", "the Government's figures imply"
_GIVES = re.compile(r"\b(?:puts?|gave|gives|said|says|estimated|reckoned|counted|speaks|spoke|imply|implies|implied|show|shows|showed|suggest|suggests|suggested|recorded|records)\b", re.IGNORECASE)  # "Mersey's report put it at", "the Brigade's own account speaks of"
WHOLE_TO_PART = re.compile(r"(?:\s+[\w'’-]+){0,10}\s*,\s*")  # "Of the 126 people aboard, 115"; up to ten words describe the whole
PART_OUT_OF = re.compile(r"(?:\s+[\w'’-]+){1,10},?\s+out\s+of\s+(?:the\s+|its\s+|their\s+|some\s+|a\s+total\s+of\s+)?", re.IGNORECASE)  # "77 vessels were lost, out of 160"
PART_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|some\s+|about\s+)?", re.IGNORECASE)  # "74 of its 108"
CALENDAR = ("date", "year")  # times on the calendar, as against times of day and durations
CHANGE_GAP = 60  # characters at most between the two figures of "from A to B"
RISE = frozenset(canonical(stem(w)) for w in "rose grew expanded increased climbed jumped doubled tripled".split())
FALL = frozenset(canonical(stem(w)) for w in "fell dropped declined shrank decreased cut reduced halved lost".split())
YEAR_UNITS = frozenset({"year", "decade", "century"})  # spans a bare year may end ("a decade after")
FOLLOW = 3  # best passages whose next sentence is read when they lack the claim's figure
FOLLOW_WORDS = 0.5  # share of the claim's words such a passage must give
NAMED_SHARE = 0.5  # share of the claim a nameless passage must match with the name it leaves out before the document is searched for it
SAME_THING = 0.25  # a number pair whose surroundings share less than this is not the same thing
SOURCE_COLUMN = re.compile(r"\b(?:source|sources|who|reported by|according to|estimate by|by whom)\b")  # an estimates table's column naming who gave each figure
GIVEN_COLUMN = re.compile(r"\b(?:given|estimated?|estimates|reported|stated|figures?|count|toll|total|value|number)\b")  # ... beside it, what each gave
# ... or beside a column of a fate or a measure, under a column plainly of sources ("source | dead |
# survivors", "source | average speed"; a source of water has no dead; not "who | killed", a
# breakdown of the dead, unless a column says when each gave it)
MEASURED_COLUMN = re.compile(r"\b(?:dead|deaths|killed|injured|wounded|missing|survivors|casualties|speed|height|length|depth|distance|area|altitude|magnitude)\b")
SOURCES_ONLY = re.compile(r"source|reported by|according to|estimate by")
DATE_COLUMN = re.compile(r"date|published|when published|date of report|reported|when")  # ... and the column of when they gave it
REPORTED = 0.5  # strength of a figure's later report day against the claim's day: it allows, never confirms
EVERY = re.compile(r"\bevery\s+$", re.IGNORECASE)  # before a period: "every 48 hours"
RATE = re.compile(r"\s+(?:per|a|an|each|every)\s+(?=[\w\d])", re.IGNORECASE)  # what follows a rate
PERIOD = re.compile(r"(?:FY|Q[1-4]|H[12])[\d/–-]*")  # a label that is a time ("FY2012-13: $21.5 billion"), not an owner
AGE_GROUP = re.compile(r"[-\s]?(?:years?[-\s])?olds\b", re.IGNORECASE)  # after an age: "-year-olds", " year olds"
CLOSE = 0.15  # pairings whose surroundings fit within this of the best are about as good
CLOSE_DATE = 0.5  # the same, for a claim's date (a month or a day)
# verbs taking the share something moved by ("lost nearly half"; "gained 40% of the vote" is a share)
MOVED_SHARE = frozenset("lost lose loses losing shed sheds".split())
FROM_EVENT_STRENGTH = 0.8  # agreement a time from a date found for the claim's event needs: within a quarter of the tolerance of "about" (a mere overlap has less)
RETRIEVAL_WEIGHT = 0.3  # share of the index's own score (relative to its best hit) in the evidence order

# Counted nouns that name people in general: one may stand for another ("700 servicemen" and
# "7,000 troops" both count people, so they can be compared; "700 km" and "7,000 troops" cannot).
PEOPLE = frozenset(
    stem(w)
    for w in """people persons person individuals men women children citizens nationals residents
    troops soldiers servicemen personnel fighters militants combatants recruits volunteers members
    jihadists insurgents rebels guards officers staff workers migrants refugees civilians victims
    casualties deaths dead killed injured wounded inhabitants voters students patients lives""".split()
)


DEATH = canonical(stem("killed"))  # the key every word for dying shares
# What befell the people a figure counts: "179 killed" says nothing of how many were wounded.
FATES = frozenset(canonical(stem(w)) for w in "killed wounded arrested evacuated displaced captured lost".split())
FATE_SAID = {canonical(stem(w)): w for w in "killed injured arrested evacuated displaced captured".split()}  # each fate as a reason says it
LOST = canonical(stem("lost"))
TOLL = canonical(stem("toll"))  # a toll counts the dead
LIVES = stem("lives")  # "claimed 1,600 lives": a toll, after one of TOLL_VERB
SAVED = canonical(stem("saved"))  # "saved 80 lives": the fate of those who lived
_SAVING = re.compile(r"\b(?:sav(?:ed|es|e|ing)|spar(?:ed|es|e|ing))\s+(?:the\s+|some\s+|about\s+)?$", re.IGNORECASE)
_SAVED = re.compile(r"\s+(?:\w+\s+){0,2}?(?:were|was|had\s+been|have\s+been)\s+(?:saved|spared)\b", re.IGNORECASE)
# a verb of a toll before "lives" or a comparative: "claimed 1,600 lives", "cost fewer lives",
# "took the most lives" (not "saved 300 lives")
TOLL_VERB = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|cost(?:s|ing)?|t(?:ook|akes?|aken|aking)|lost|los(?:es?|ing))\s+(?:the\s+|far\s+|many\s+|even\s+)?$",
    re.IGNORECASE,
)
FATE_BEFORE = 4  # content words before a count among which the fate of what it counts may stand
FATE_AFTER = 4  # ... and after it
OTHER_FATE = 0.5  # how much worse a figure of another fate fits a claim's count of people


# Nouns that count anything: "an estimate of 40,000" may count troops.
GENERIC = frozenset(stem(w) for w in "estimate estimates figure figures number numbers total totals count tally value amount".split())


@dataclass(frozen=True, slots=True)
class Pair:
    """A claim quantity and the passage quantity that counts the same thing."""

    claim: Quantity
    source: Quantity
    check: NumberCheck
    context: float  # 0-1: how alike the words around the two numbers are
    foreign: bool = False  # the passage's number stands among names the claim does not give
    labelled: bool = False  # ... a label or a place says so ("Uzbekistan | 500"): it confirms nothing either
    shared: float = 0.5  # 0-1: share of the claim number's surrounding words around the passage's


@dataclass(frozen=True, slots=True)
class Alignment:
    """One candidate passage lined up against the claim."""

    passage: Passage
    analysis: Analysis
    score: float  # 0-100 match score
    coverage: float  # 0-1 weighted share of the claim's content words and numbers found in the passage
    words: float  # 0-1 the same, for the words alone
    missing: tuple[str, ...]  # claim words not found, as written
    missing_entities: tuple[str, ...]  # claim names not found, as written
    pairs: tuple[Pair, ...]  # claim quantities paired with the passage's
    unpaired: tuple[Quantity, ...]  # claim quantities the passage has no comparable number for
    claim: Analysis | None = None  # the claim as aligned, with the names its candidates taught
    astray: bool = False  # it lacks a claim name and the sentence before it names other things
    by_source: bool = False  # a row of a table giving each figure with who gave it ("source | length")
    borrowed: tuple[str, ...] = ()  # claim names it leaves out that only the sources' common subject gives it


def _context(analysis: Analysis, q: Quantity) -> frozenset[str]:
    """The keys of the content words around a quantity, and what it counts."""
    terms = analysis.terms
    if CELL in analysis.text:
        # a table row's figure stands in its own cell, under its column's heading, beside the
        # row's label and its other cells of words, dates and ranks ("first announced, January
        # 1995"): the cells of other figures measure other things ("235 km/h at landfall | gusts
        # up to 275 km/h")
        own = _cell(analysis.text, q)
        first = label_end(analysis.text)
        cells = {_cell(analysis.text, o) for o in analysis.quantities if o.kind not in WHEN | {"ordinal"}} - {own}
        terms = tuple(t for t in terms if own[0] < t.start < own[1] or (first > 0 and t.end <= first) or not any(a < t.start < b for a, b in cells))
    before = [t.key for t in terms if t.end <= q.start][-CONTEXT_WINDOW:]
    after = [t.key for t in terms if t.start >= q.end][:CONTEXT_WINDOW]
    return frozenset([*before, *after, *counted_nouns(analysis, q)])


def counted_nouns(analysis: Analysis, q: Quantity) -> frozenset[str]:
    """What a quantity may count: its unit and the few words right after it, up to the next number.

    "28,616 confirmed, probable and suspected cases" counts cases although the parser's counted
    noun is "confirmed".
    """
    # A count's noun says what it counts; a unit of measure ("km") says only how it is written.
    unit = {stem(fold(q.unit))} if q.unit and q.unit.isalpha() and q.kind == "count" else set()
    right = min((o.start for o in analysis.quantities if o.start >= q.end), default=len(analysis.text) + 1)
    if CELL in analysis.text:
        right = min(right, _cell(analysis.text, q)[1] + 1)  # nor past its cell
    near = [t.key for t in analysis.terms if t.start >= q.end and t.end <= right][:NOUN_REACH]
    return frozenset(unit | set(near))


def fate(text: Analysis, q: Quantity) -> tuple[str, str] | None:
    """What befell the people a count counts, (its key, the word as written): the nearest word of
    a fate beside it, not past another number ("injured 414 and killed 173", "173 killed and 414
    injured", "the toll stood at 173"), or None."""
    if q.kind != "count" or (q.unit and stem(fold(q.unit)) not in PEOPLE):
        return None  # (what befell "the two shuttle disasters" is no fate of people)
    if q.unit and stem(fold(q.unit)) == LIVES:
        if TOLL_VERB.search(text.text, max(0, q.start - 30), q.start):
            return DEATH, q.unit  # "claimed 1,600 lives" counts the dead
        if _SAVING.search(text.text, max(0, q.start - 30), q.start) or _SAVED.match(text.text, q.end):
            return SAVED, "saved"  # "saved 80 lives", "80 lives were saved": not the dead
    # (nor before the clause: in "was 234 dead, and more than 800 people were injured" the dead are
    # the 234's)
    left = max((o.end for o in text.quantities if o.end <= q.start), default=0)
    left = max(left, text.text.rfind(",", 0, q.start) + 1, text.text.rfind(";", 0, q.start) + 1)
    right = min((o.start for o in text.quantities if o.start >= q.end), default=len(text.text))
    before = [(q.start - t.end, t) for t in text.terms if left <= t.start and t.end <= q.start][-FATE_BEFORE:]
    after = [(t.start - q.end, t) for t in text.terms if q.end <= t.start and t.end <= right][:FATE_AFTER]
    near = sorted(((gap, t) for gap, t in before + after if t.key in FATES or t.key == TOLL), key=lambda n: n[0])
    if not near:
        return None
    word = near[0][1]
    return (DEATH if word.key in (TOLL, LOST) else word.key), word.text


def of_an_account(claim: Analysis) -> bool:
    """Whether the claim's figure is one a table of who gave which figure gives for the sources'
    subject: a count of people something befell ("killed 287 people"), or a measure ("at more
    than 300 km/h"); not a bare count, which such a table's column may not count ("a force of
    3,000 troops" beside "source | date | dead")."""
    return any(q.kind == "measure" or fate(claim, q) is not None for q in claim.quantities)


def _counts_people(q: Quantity, analysis: Analysis) -> bool:
    """Whether a count counts people: a noun for people, or a name used as one ("2,000 Central Asians")."""
    if not q.unit:
        return False
    key = stem(fold(q.unit))
    return key in PEOPLE or any(t.entity and t.key == key for t in analysis.terms)


def _unit_conflict(a: Quantity, b: Quantity, a_ctx: frozenset[str], b_ctx: frozenset[str], people: bool) -> bool:
    """True when two counts count different kinds of thing ("troops" vs "tanks").

    Counted nouns that are the same word, both nouns for people, or each found near the other
    number ("2,000 Central Asians" vs "2,000 citizens of the Central Asian states") do not conflict.
    """
    if a.kind != "count" or b.kind != "count" or not a.unit or not b.unit:
        return False
    ua, ub = stem(fold(a.unit)), stem(fold(b.unit))
    if similar(ua, ub) or people or ua in GENERIC or ub in GENERIC:
        return False
    return not (found_in(ua, b_ctx) or found_in(ub, a_ctx))


def labels_noun(passage: Analysis, q: Quantity) -> str | None:
    """The plural noun a table row's label opens with, before what befell the things it names
    (_THINGS_LABEL), which its bare count counts: "homes" in "| Homes destroyed | 1,300 | Red
    Cross |", "vehicles" in "| Vehicles damaged | about 2,000 |";
    None for a figure with a noun of its own (not one of GENERIC, as a column headed "Figure"
    gives it), in the label itself, or a label of another shape
    ("| 1918 hurricane | 34 |", "| Dead | 390 |")."""
    if q.kind != "count" or (q.unit and stem(fold(q.unit)) not in GENERIC):
        return None
    first = label_end(passage.text)
    if first < 0 or q.start < first:
        return None
    word = _THINGS_LABEL.match(passage.text, 0, first)
    if word is None or any(o.end <= first for o in passage.quantities):
        return None
    key = stem(fold(word.group(1)))
    return None if key in PEOPLE or key in GENERIC or canonical(key) in FATES else word.group(1).lower()


# a label naming things by what befell them ("Homes destroyed", "Vehicles damaged or destroyed"):
# what befalls buildings, vehicles and ships, not people ("Passengers rescued", "Fatalities")
_THINGS_LABEL = re.compile(r"\s*([A-Za-z]{3,}s)\s+(?:damaged|destroyed|lost|sunk|burned|burnt|flooded|wrecked|razed|demolished|built|sold|affected|insured)\b", re.IGNORECASE)


# a word ending the phrase after "of" that more likely tells what the measured thing did than what
# it is: "made", "reached", "spilling" ("litres of the crude made its way", "tonnes of oil spilled")
_VERB_LIKE = re.compile(r"[a-z]+(?:ed|ing)|made|went|was|were|had|has|is|are|came|took|got|ran|fell|rose|left|leaked|poured")


def _substance(analysis: Analysis, q: Quantity) -> str | None:
    """The key of what a measure is "of": the last word of the phrase after it ("4.8 tonnes of
    heroin": heroin; "40 bcm of natural gas to China": gas), leaving out a verb the phrase runs
    on to ("litres of the crude made its way": crude), or None."""
    if q.kind != "measure":
        return None
    match = OF_WHAT.match(analysis.text, q.end)
    if match is None:
        return None
    # the phrase runs over adjacent words: "of carbon dioxide into the atmosphere" ends at "dioxide"
    words = [t for t in analysis.terms if t.start >= match.start(1)]
    run = words[:1]
    for t in words[1:SUBSTANCE_WORDS]:
        if t.start != run[-1].end + 1 or not t.text.islower():
            break
        run.append(t)
    while len(run) > 1 and _VERB_LIKE.fullmatch(run[-1].text):
        run.pop()  # "of the crude made its way": crude ("highly enriched uranium" keeps its "enriched")
    return run[-1].key if run and run[0].start == match.start(1) else None


def anothers_date(claim: Analysis, passage: Analysis, sq: Quantity) -> bool:
    """Whether a passage's date dates an event of the claim's kind (NAMED_EVENT, its name right
    before the event's word) by another name than the claim's: "the Al Hoceima earthquake of
    2004", "the Lisbon earthquake of 1 November 1755", "the 2023 Al Haouz earthquake" for a claim on
    "the Agadir earthquake". (An event the passage calls by another name of its own, "the Good
    Friday earthquake" for "the Alaska earthquake", is read as another event too.)"""
    text = passage.text
    m = next((e for e in NAMED_EVENT.finditer(text, max(0, sq.start - 60), sq.start) if _OF_GAP.fullmatch(text, e.end(), sq.start)), None)
    if m is None:
        after = _GAP.match(text, sq.end)
        m = NAMED_EVENT.match(text, after.end()) if after is not None else None
    event = _event_parts(passage, m) if m is not None else None
    if event is None or not found_in(event[0].key, claim.keys):
        return False  # (an event of the claim's kind: "In 1960 French engineers began" dates no engineers)
    return bool(event[1]) and not any(found_in(t.key, claim.keys) for t in event[1])


def _event_parts(analysis: Analysis, m: re.Match[str]) -> tuple[Term, list[Term]] | None:
    """The event's word and its names as the text writes them (not a sentence's first word,
    "Deadly earthquake of 1960") of a NAMED_EVENT match, or None where other words stand between
    them ("the Gracetown cliff collapse" is not read)."""
    if " " in analysis.text[m.end(1) : m.end()]:
        return None
    kind = next((t for t in analysis.terms if m.end(1) <= t.start < m.end()), None)
    if kind is None:
        return None
    return kind, [t for t in analysis.terms if m.start(1) <= t.start < m.end(1) and t.entity and fold(t.text) not in GENERIC_CAPITALS]


def another_event(claim: Analysis, passage: Analysis, sq: Quantity) -> str | None:
    """The name of another event of the claim's kind a passage gives a figure of, or None: in the
    figure's statement, before it, an event named right before its word (NAMED_EVENT) by names
    none of which is the claim's, where the claim names its own event of that kind and the passage
    does not ("The Goliad tornado of 18 May 1902 killed 114 people and injured about 230" for "230
    were injured by the Waco tornado")."""
    kinds: dict[str, frozenset[str]] = {}  # the claim's event words, each with its own names
    for m in NAMED_EVENT.finditer(claim.text):
        event = _event_parts(claim, m)
        if event is not None and event[1]:
            kinds[event[0].key] = kinds.get(event[0].key, frozenset()) | {t.key for t in event[1]}
    if not kinds:
        return None
    text = passage.text
    start = max((e.end() for e in STATEMENT.finditer(text, 0, sq.start)), default=0)
    for m in NAMED_EVENT.finditer(text, start, sq.start):
        event = _event_parts(passage, m)
        if event is None:
            continue
        own = next((names for kind, names in kinds.items() if similar(event[0].key, kind)), None)
        if own is None or any(found_in(k, passage.keys) for k in own):
            continue
        theirs = event[1]
        if theirs and not any(found_in(t.key, claim.keys) for t in theirs):
            return text[theirs[0].start : m.end()]
    return None


_OF_GAP = re.compile(r"\s+of\s+")  # "the Al Hoceima earthquake of 2004"
_GAP = re.compile(r"\s+")  # "the 2023 Al Haouz earthquake"


def _other_substance(claim: Analysis, cq: Quantity, passage: Analysis, sq: Quantity) -> bool:
    """Whether two measures are of different things ("tonnes of opium", "tonnes of heroin")."""
    a, b = _substance(claim, cq), _substance(passage, sq)
    return a is not None and b is not None and not similar(a, b)


# Which extent of a thing a length measures: "200 feet high" is no "700 feet long". Height, depth
# and thickness are one (a flood "8 feet deep" rose "8 feet high"; an ice sheet "3.7 km thick" is
# "3.7 km deep"). An adjective says it only right after the measure ("205 feet high"), a noun
# within ASPECT_REACH words ("a height of 205 feet", "Crest length: about 700 feet"): "deep water"
# and "widely admired" measure nothing.
ASPECT_ADJECTIVES = {
    **dict.fromkeys("high tall deep thick".split(), "height"),
    "long": "length",
    **dict.fromkeys("wide broad across".split(), "width"),
}
ASPECT_NOUNS = {
    **dict.fromkeys("height heights depth depths thickness elevation altitude".split(), "height"),
    **dict.fromkeys("length lengths".split(), "length"),
    **dict.fromkeys("width widths breadth".split(), "width"),
}
_LONG_AGO = re.compile(r"\s+(?:ago|before|after|since|enough)\b", re.IGNORECASE)  # "long ago": no length
_CLOSING = re.compile(r"\s*\)?\s*")  # the bracket closing on a figure told again
_RESTATED = re.compile(r"\s*(?:\([^()]*\d[^()]*\)\s*)?")  # a figure told again in brackets
ASPECT_REACH = 3  # content words on each side of a length among which a noun naming its extent may stand


def _aspect(analysis: Analysis, q: Quantity) -> str | None:
    """Which extent a length measures ("stood 205 feet high", "Crest length: about 700 feet"), or
    None."""
    if q.kind != "measure" or q.unit not in MEASURES or MEASURES[q.unit][1] != "length":
        return None
    after = [t for t in analysis.terms if t.start >= q.end]
    # (past the figure told again in brackets, or the bracket it stands in: "about 130 feet
    # (some 40 m) long", "6 feet (1.8 m) across")
    told = _RESTATED.match(analysis.text, q.end)
    past = told.end() if told is not None else q.end
    if past == q.end and analysis.text.rfind("(", 0, q.start) > analysis.text.rfind(")", 0, q.start):
        closed = _CLOSING.match(analysis.text, q.end)  # the bracket the figure stands in: "6 feet (1.8 m) across"
        past = closed.end() if closed is not None else q.end
    beside = next((t for t in after if t.start >= past), None)
    if beside is not None and beside.text.lower() in ASPECT_ADJECTIVES and beside.start == past and not _LONG_AGO.match(analysis.text, beside.end):
        return ASPECT_ADJECTIVES[beside.text.lower()]
    before = [t for t in analysis.terms if t.end <= q.start][-ASPECT_REACH:]
    found = [
        (t.start - q.end if t.start >= q.end else q.start - t.end, ASPECT_NOUNS[t.text.lower()])
        for t in [*before, *after[:ASPECT_REACH]]
        if t.text.lower() in ASPECT_NOUNS and not STATEMENT.search(analysis.text, min(t.end, q.end), max(t.start, q.start))
    ]
    return min(found)[1] if found else None


def _unit_bonus(a: Quantity, b: Quantity, a_nouns: frozenset[str], b_nouns: frozenset[str], people: bool) -> float:
    """Plus for counting the same noun, minus for counting another one (`people`: both count people)."""
    if not a.unit or not b.unit:
        return 0.0
    if a.kind == b.kind and a.kind in ("measure", "money", "percent", "duration"):
        return 0.3  # units of one dimension ("km", "metres"): the comparison converts them
    ua, ub = stem(fold(a.unit)), stem(fold(b.unit))
    if similar(ua, ub) or ua in b_nouns or ub in a_nouns:
        return 0.3
    return 0.1 if people else -0.2


# a figure given as the value of a word standing for what is counted: "put the number landed at
# Seatoun at about 200", "gave the toll as 38", "the official tally was 1,121"
STANDS_FOR = re.compile(r"\b(toll|number|figure|total|tally|count)\b[^.;:\d]{0,40}?\b(?:at|as|was|is|stood\s+at|of)\s+[\W_]*(?:(?:about|some|around|roughly|nearly|nearer|almost|just|over|under|up\s+to|close\s+to|more\s+than|fewer\s+than|less\s+than|at\s+least|at\s+most)\s+[\W_]*)?$", re.IGNORECASE)


_DEATH = canonical(stem("killed"))  # the key every word for dying shares


def _stands_for(claim: Analysis, passage: Analysis, q: Quantity) -> bool:
    """Whether a bare count is given as the value of "the number", "the figure", "the toll"
    (of the dead: only for a claim of the dead)."""
    left = max(0, q.start - 60)
    m = STANDS_FOR.search(passage.text[left : q.start])
    if m is None:
        return False
    # not the number of another thing ("put the number of injured at more than 60"), nor of what
    # the passage counted before it ("listed about a hundred as still missing ... the true number")
    of = re.match(r"\s+of\s+(?:the\s+)?(\w+)", passage.text[left + m.end(1) :])
    if of is not None and not found_in(stem(fold(of.group(1))), claim.keys):
        return False
    if any(o.kind == "count" and o.end <= left + m.start() for o in passage.quantities):
        return False
    return m.group(1).lower() != "toll" or _DEATH in claim.keys


def spread(a: Quantity, b: Quantity) -> float:
    """How many times apart two quantities are at their nearest stated bounds (1.0 when unknown):
    "a few hundred" (200-900) and "two to four thousand" are 2.2 times apart, "five" and
    "as many as 5,000" a thousand times."""
    fa, fb = _scale(a), _scale(b)
    near = [
        max(x, y) / min(x, y)
        for x in (abs(v) * fa for v in (a.low, a.high) if v)
        for y in (abs(v) * fb for v in (b.low, b.high) if v)
    ]
    return min(near, default=1.0)


def _scale(q: Quantity) -> float:
    """The factor that brings a measure to its dimension's base unit ("km" -> 1000), and a
    duration to days ("months" -> 30.4375); else 1."""
    if q.kind == "measure" and q.unit in MEASURES:
        return MEASURES[q.unit][2]
    if q.kind == "duration" and q.unit in DURATIONS:
        return DURATIONS[q.unit][1]
    return 1.0


def _far_apart(a: Quantity, b: Quantity) -> bool:
    """Whether two counts are twenty or more times apart (then they rarely count the same thing)."""
    return a.kind == "count" and b.kind == "count" and spread(a, b) >= 20


_PAYER = re.compile(r"\bcost(?:s|ing)?\s+(?:the\s+)?$", re.IGNORECASE)  # a name after it paid the cost
_PAID_BY = re.compile(r"\bcost(?:s|ing)?\s+(?:the\s+)?[A-Z]")  # ... and a claim naming one ("cost Germany $5 billion")


_APPOSED_TO = re.compile(r"(?:^|[.;:]\s)\s*(?:The\s)?([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})\s(?:[a-z]+\s)?[a-z]+,\s(?:(?:some|about|nearly|almost|roughly)\s)?$")  # "The Gotthard tunnel, " before a figure (a name of up to four words)


def foreign_owner(claim: Analysis, passage: Analysis, q: Quantity) -> tuple[bool, bool]:
    """Whether a passage quantity belongs to a name the claim does not give, as (by any sign, by
    a label or a place): the label of its line ("Mali: 8 cases", "Liberia | 10,678 | 4,810"), a
    place right after its noun ("16,000 troops in Crimea"), or, a weaker sign, the name right
    before it ("Kyrgyzstan 500"; but also "Emile Ouamouno, an 18-month-old boy"). Years and dates
    are left out: the names beside them are places, not owners."""
    if q.kind in WHEN:
        return False, False
    before = [t for t in passage.terms if t.end <= q.start]
    labels = [before[0]] if before and before[0].entity and LABEL.match(passage.text, before[0].end) and not PERIOD.fullmatch(before[0].text) else []
    if CELL in passage.text:
        # in a table row only the first cell labels it, and only the figure's own cell names it
        labels = [t for t in labels if t.end <= label_end(passage.text)]
        before = [t for t in before if t.start > _cell(passage.text, q)[0]]
    # A table column naming one of the claim's things ("dead in Nepal (Home Ministry)" for the
    # Home Ministry's toll) is the claim's: its other names qualify it, they do not own it. So
    # does a row labelled by one of the claim's names own its figures ("Scotland | 62.0% Remain |
    # 67.2% turnout"): its columns measure the claim's thing. Unless the claim picks a column by
    # a name its headers give ("to China" in "Kazakhstan | 9.0 Russia | 25.5 China").
    picks = _picks_column(claim, passage, q)
    claims_column = not picks and any(found_in(t.key, claim.keys) for t in _column(passage, q, cited_too=True))
    place = re.match(r"\s+\w+\s+(?:in|at|on)\s+(?:the\s+)?([A-Z][\w'’-]+)", passage.text[q.end :])
    if place is None and any(o is not q and o.kind == q.kind and o.unit == q.unit for o in passage.quantities):
        # with no noun between, only where the passage sets it against another figure of its
        # kind ("3 per cent of households in Hyogo, against some 16 per cent in the Tokyo
        # region"): "killed 583 at Los Rodeos", "6.9 on the Richter scale" are the claim's own
        place = re.match(r"\s+(?:in|at|on)\s+(?:the\s+)?([A-Z][\w'’-]+)(?!\s+scale\b)", passage.text[q.end :])
    if place and not claims_column:
        labels += [t for t in passage.terms if t.start == q.end + place.start(1) and t.entity]
    # (a name in brackets closed before the figure gives who gave the figure before it: "189
    # (Museum) or 191" owns no 191; "(Uzbekistan 1,099 km, Tajikistan 870 km)" still owns)
    run = _name_run(passage, [t for t in before if not _bracketed_before(passage.text, t, q)])
    apposed = None if run else _APPOSED_TO.search(passage.text, 0, q.start)
    if apposed is not None:  # "The Gotthard tunnel, 16.9 kilometres long": the Gotthard's
        run = _name_run(passage, [t for t in before if t.end <= apposed.end(1)])
    if run and _PAYER.search(passage.text, 0, run[-1].start) and not _PAID_BY.search(claim.text):
        run = []  # "would cost Russia about $65 million": who paid the sum, where the claim names no payer
    if not run and not labels:
        labels = _possessor(passage, before, q)  # "Kyrgyzstan's remittances at about 31%"
    if not claims_column and (picks or not row_of_claims(claim, passage)):
        labels += _column(passage, q)
    head = [] if labels else _relative_head(passage, before, q)
    labelled = any(not claims_name(t, claim) for t in labels) or (bool(head) and not any(claims_name(t, claim) for t in head))
    owners = [*run, *labels, *head]
    return labelled or (bool(owners) and not any(claims_name(t, claim) for t in owners)), labelled


def _bracketed_before(text: str, name: Term, q: Quantity) -> bool:
    """Whether a name stands inside round brackets that close before the figure `q`."""
    close = text.find(")", name.end)
    return text.rfind("(", 0, name.start) > text.rfind(")", 0, name.start) and 0 <= close < q.start


def claims_name(term: Term, claim: Analysis) -> bool:
    """Whether a passage's word is one of the claim's, or the acronym of a name the claim spells
    out ("JMA" for "the Japan Meteorological Agency")."""
    return found_in(term.key, claim.keys) or (len(term.text) > 1 and term.text.isupper() and bool(expansion(term.text, claim)))


def _picks_column(claim: Analysis, passage: Analysis, q: Quantity) -> bool:
    """Whether the claim names a name that another cell of a table row than `q`'s gives (its
    column header, under_headers), besides those it cites: the claim speaks of that column."""
    first_cell = label_end(passage.text)
    if first_cell < 0:
        return False
    start, end = _cell(passage.text, q)
    cited = cited_names(passage)
    own = {t.key for t in passage.terms if start < t.start < end}  # ("% of GDP" in every column picks none)
    return any(
        t.entity and t.start > first_cell and not start < t.start < end and t.key not in cited and t.key not in own
        and found_in(t.key, claim.keys)
        for t in passage.terms
    )


def row_of_claims(claim: Analysis, passage: Analysis) -> bool:
    """Whether a table row's first cell gives one of the claim's names ("Scotland | 62.0% ...")."""
    first_cell = label_end(passage.text)
    return first_cell > 0 and any(t.entity and t.end <= first_cell and claims_name(t, claim) for t in passage.terms)


def _cell(text: str, q: Quantity) -> tuple[int, int]:
    """Where the table cell holding `q` starts (its "|", or -1) and ends (the next "|", or the end)."""
    end = text.find("|", q.end)
    return text.rfind("|", 0, q.start), len(text) if end < 0 else end


_BRACKET_AFTER = re.compile(r"\s*\([^()|]{1,60}\)")  # a bracket right after a figure: "191 (Fishery Board)"


def _column(passage: Analysis, q: Quantity, cited_too: bool = False) -> list[Term]:
    """The names heading a table cell's column, written after its figure ("25.5 bcm China" in
    "2014 year | 9.0 bcm Russia | 25.5 bcm China", see under_headers), with those it cites when
    `cited_too`."""
    if CELL not in passage.text:
        return []
    end = _cell(passage.text, q)[1]
    if any(q.end <= other.start < end for other in passage.quantities):
        return []  # not the cell's last figure: the names after it are the cell's own words
    cited = frozenset() if cited_too else cited_names(passage)  # "| 500 according to ICSR |": whom it cites, not whose it is
    # (nor is a name in brackets right after it: "| 191 (Fishery Board) |" gives who gave it)
    bracket = _BRACKET_AFTER.match(passage.text, q.end)
    given_by = range(bracket.start(), bracket.end()) if bracket and not cited_too else range(0)
    # (a heading naming what the column measures, "Area given", "Deaths", is no one's name)
    return [
        t for t in passage.terms
        if q.end <= t.start < end and t.entity and t.key not in cited and fold(t.text) not in FIELDS and t.start not in given_by
    ]


def _possessor(passage: Analysis, before: list[Term], q: Quantity) -> list[Term]:
    """The name whose thing a figure measures, written just before it: "Kyrgyzstan's remittances
    at about 31%", "Nepal's at about 28%" (a possessive among the three words before it, in its
    clause)."""
    for t in reversed(before[-3:]):
        gap = passage.text[t.end : q.start]
        if re.search(r"[,;:.()|]", gap):
            return []
        if t.entity and t.text.endswith(("'s", "’s")):
            # "Lord Mersey's report put it at 22 knots": whose report it is, not whose speed
            # (but "Sweden's count of 400 wolves" is Sweden's)
            # (nor "the Brigade's own account speaks of some 150 firefighters": whose account)
            said = t.key in cited_names(passage) or ACCOUNT.search(gap) is not None
            return [] if said and _GIVES.search(gap) else [t]
    return []


# a figure in a clause about an event just named: "the Gracetown cliff collapse in September
# 1996, in which nine died", "the Newcastle earthquake of December 1989, which killed 13"
RELATIVE = re.compile(r",\s+(?:in\s+which|which\s+(?:killed|claimed|left)|where)\s+(?:(?:about|some|around|nearly|almost|more\s+than|at\s+least|over)\s+)?$", re.IGNORECASE)
EVENTS = (
    "disaster massacre collapse earthquake quake flood fire explosion blast crash collision derailment landslide slide "
    "avalanche eruption storm cyclone hurricane typhoon tornado tsunami sinking bombing attack accident spill riot crush"
).split()
# a name of one to four capitalised words, up to two other words, then an event: "the Port Arthur
# massacre", "the Gracetown cliff collapse"
NAMED_EVENT = re.compile(r"((?:[A-Z][\w'’-]*\s+){1,4})(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(EVENTS) + r")s?\b")


def _relative_head(passage: Analysis, before: list[Term], q: Quantity) -> list[Term]:
    """The name of the event a relative clause holding a figure speaks of ("the Port Arthur
    massacre the year before, in April 1996, in which 35 people were killed" is Port Arthur's):
    the last named event before the clause, with only its time and place between; after "where",
    the names of the place before it. None where no event is named there ("the collapse of the
    Alpine Way embankment, in which 18 died")."""
    clause = RELATIVE.search(passage.text, max(0, q.start - 40), q.start)
    if clause is None:
        return []
    start = max(0, clause.start() - 120)
    events = list(NAMED_EVENT.finditer(passage.text, start, clause.start()))
    if events and not re.search(r"[.;:]", passage.text[events[-1].end() : clause.start()]):
        name = events[-1].span(1)
        return [t for t in before if name[0] <= t.start < name[1] and t.entity]
    if clause.group().lstrip(", ").lower().startswith("where"):
        # "where" follows a place: every name of the stretch before it ("at Hatfield, about six
        # miles up the East Coast Main Line, where four people were killed"; "a gorge near Shimla
        # in Himachal Pradesh, where 44 died" is Shimla's too)
        opens = max((m.end() for m in re.finditer(r"[.;:]", passage.text[:clause.start()])), default=0)
        return [t for t in before if max(opens, start) <= t.start < clause.start() and t.entity]
    return []


def _name_run(passage: Analysis, before: list[Term]) -> list[Term]:
    """The name right before a figure with the rest of it: "the Afghan National Defense and
    Security Forces had 300,699" is owned by all five words, "Afghan" among them."""
    if not before or not before[-1].entity:
        return []
    run = [before[-1]]
    for t in reversed(before[:-1]):
        gap = passage.text[t.end : run[-1].start]
        if not t.entity or not re.fullmatch(r"\s+(?:(?:and|of|for|the)\s+)?", gap):
            break
        run.append(t)
    return run


# Time qualifiers of a state rather than an event: one that lasts until then, began then, or was
# reached by then. Two of one kind say the same of a time.
ENDS = frozenset({"until", "until at least"})
STARTS = frozenset({"since", "from"})
STATUS_AT = frozenset({"by", "as of"})
QUALIFIER_KINDS = (ENDS, STARTS, STATUS_AT)


def _qualified_alike(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities carry the same qualifier, or two of one kind ("until 2042" and
    "until at least 2032")."""
    return a.qualifier == b.qualifier or any({a.qualifier, b.qualifier} <= kind for kind in QUALIFIER_KINDS)


def _rate(analysis: Analysis, q: Quantity) -> bool:
    """Whether a quantity is a rate: "$100 per 1,000 cubic metres", "€60 a day" (never a time:
    "On 24 March 2005 a crowd marched", nor the time between two dates, which stands where its
    last date does)."""
    if q.kind == "duration" and EVERY.search(analysis.text, 0, q.start):
        return False  # "every 48 hours each man got": how often, not an amount per something
    return q.kind not in WHEN and q.qualifier not in (SPAN, FROM_EVENT) and bool(RATE.match(analysis.text, q.end))


def age_group(analysis: Analysis, q: Quantity) -> bool:
    """Whether an age names a group of people ("18-to-24-year-olds", "16- and 17-year-olds")
    rather than says how old someone is ("an 18-month-old boy")."""
    return q.kind == "duration" and (q.text.lower().endswith("olds") or bool(AGE_GROUP.match(analysis.text, q.end)))


def _similarity(claim_ctx: frozenset[str], source_ctx: frozenset[str]) -> float:
    """Share of the claim quantity's context words found around the source quantity."""
    if not claim_ctx:
        return 0.5
    return sum(1 for k in claim_ctx if found_in(k, source_ctx)) / len(claim_ctx)


def pair(
    claim: Analysis,
    passage: Analysis,
    around: frozenset[str] = frozenset(),
    earlier: Analysis | None = None,
    anchors: Anchors | None = None,
) -> tuple[tuple[Pair, ...], tuple[Quantity, ...]]:
    """Pair each claim quantity with the passage quantity that most likely counts the same thing.

    `around` holds words that stand around every figure of the passage: a table row's header and
    the sentence introducing the table. A claim's duration may also pair with the time between
    two of the passage's dates, or between a date of `earlier` (the sentence before, or the two
    before for a claim giving a duration) and one of the passage's: "assault on 6 June 2017 ... capture on 17 October 2017" spans
    "about four months". A duration counted from an event ("two days after the blast") may also
    pair with the time from a date `anchors` gives that event to one of the passage's, when the
    two agree (anchors.py).
    """
    pairs, unpaired = [], []
    # The claim's acronyms the passage spells out ("IMF": "International Monetary Fund"): a
    # number among the spelled-out words stands beside the acronym.
    spelled = [(t.key, frozenset(expansion(t.text, passage))) for t in claim.acronyms]
    spelled = [(key, words) for key, words in spelled if words]
    # The date of a citation ("(IWPR, 2005)") is when something was said, not a figure of it.
    notes = citations(passage)
    figures = [q for q in passage.quantities if not any(s <= q.start < e for s, e in notes)]
    # A duration between two dates stands where both dates stand: its words are theirs.
    spans: dict[int, frozenset[str]] = {}
    if any(q.kind == "duration" for q in claim.quantities):
        for span, words in _spans(passage, [q for q in figures if q.kind in WHEN], earlier):
            figures.append(span)
            spans[id(span)] = words
    # So does a change "from 4.5 million hectares in 1960 to some 7 million in 1980".
    for kind in {q.kind for q in claim.quantities if _a_change(claim, q)}:
        for moved, words in _changes(passage, figures, kind, _direction(claim)):
            figures.append(moved)
            spans[id(moved)] = words
    # And a ratio of two of its amounts: "$4.8 million" of "$64 million" is "roughly a fifth of
    # the damages sought", 2,700 against 176 "more than fifteen times the lowest" (only where it
    # agrees: two of a passage's many figures may stand in any ratio)
    for cq in claim.quantities:
        if _asks_a_ratio(claim, cq):
            for worked, words in _ratios(passage, figures, cq):
                figures.append(worked)
                spans[id(worked)] = words
    # And a share "74 of its 108 pupils" is "seven in ten".
    if _asks_a_share(claim):
        for part, words in _parts_of(passage, figures, earlier):
            figures.append(part)
            spans[id(part)] = words
    fates: dict[int, tuple[str, str] | None] = {}  # the passage's figures' fates, read once

    def _fate_of(sq: Quantity) -> tuple[str, str] | None:
        if id(sq) not in fates:
            fates[id(sq)] = fate(passage, sq)
        return fates[id(sq)]

    offered: list[tuple[Quantity, list[_Option]]] = []
    of_design = _OF_DESIGN.search(claim.text) is not None  # whether the claim speaks of a design or a limit
    for cq in claim.quantities:
        if cq.kind == "ordinal":
            continue  # ordinals name things ("the 201st base"); they are matched as words
        group = age_group(claim, cq)  # an age naming a group ("18-to-24-year-olds") names it too
        cctx, cnouns = _context(claim, cq), counted_nouns(claim, cq)
        extent = _aspect(claim, cq)  # which extent a claim's length measures, if it says
        befell = fate(claim, cq)  # what befell the people it counts, if it says
        lasting = _how_long(claim, cq)  # whether it says how long a state lasted or how soon something came
        options = []
        for sq in figures + _from_anchor(cq, passage, figures, anchors, spans):
            sctx = spans.get(id(sq)) or _context(passage, sq)
            sctx |= around
            check = compare_days(*_as_counts(cq, sq))
            sctx |= {key for key, words in spelled if words <= sctx}
            people = _counts_people(cq, claim) and _counts_people(sq, passage)
            if check.relation is Relation.INCOMPARABLE or _unit_conflict(cq, sq, cctx, sctx, people):
                continue
            if (noun := labels_noun(passage, sq)) is not None and _unit_conflict(cq, replace(sq, unit=noun), cctx, sctx, people):
                continue  # "| Homes destroyed | 1,300 |" counts no deaths
            if (cq.unit in SCALES) != (sq.unit in SCALES):
                continue  # a rank on a scale ("Category 4") counts nothing; a count ranks nothing
            if lasting and lasting * _how_long(passage, sq) < 0:
                continue  # "under water for two months" is no "reached Greenville within a day"
            if not of_design and designed(passage, sq):
                continue  # "the 120 mph the bridge was designed to withstand" is no gale's speed
            if group and not (age_group(passage, sq) and check.relation is Relation.AGREE):
                continue  # met only by the same group; another group is another thing
            if _other_substance(claim, cq, passage, sq):
                continue  # "4.8 tonnes of heroin" is no weight of opium
            if extent is not None and _aspect(passage, sq) not in (None, extent):
                continue  # "700 feet" of crest is no height
            if _rate(claim, cq) != _rate(passage, sq):
                continue  # "$100 per 1,000 cubic metres" is no total of "$40 billion"
            bonus = _unit_bonus(cq, sq, cnouns, counted_nouns(passage, sq), people)
            if bonus == 0.0 and cq.kind == sq.kind == "count" and cq.unit and not sq.unit and _stands_for(claim, passage, sq):
                bonus = 0.3  # "put the number landed at Seatoun at about 200": the number of what the claim counts
            shared = _similarity(cctx, sctx)
            sim = shared + bonus + (0.2 if _qualified_alike(cq, sq) else 0.0)
            if _far_apart(cq, sq):
                sim -= 0.5  # "five republics" is not what "2,000-4,000 Central Asians" counts
            if of_another_rank(claim, passage, sq):
                sim -= 0.5  # "the first volume appeared in 2001; a second followed in 2004": 2004 is the second's
            if befell is not None and (theirs := _fate_of(sq)) is not None and theirs[0] != befell[0]:
                # "toll was 234 dead ... More than 800 people were injured": the 800 counts no one lost
                sim -= OTHER_FATE
            options.append((sim, check, sq, shared))
        if not options:
            unpaired.append(cq)
            continue
        offered.append((cq, options))
    picks: list[_Pick | None] = [_choose(claim, passage, cq, options) for cq, options in offered]
    # One figure of the passage counts one thing: where two of the claim's figures that cannot be
    # one pair with it ("More than twenty of the roughly 150 people injured" with "about 150"; "by
    # Tuesday ... broke out on Sunday" with "Tuesday 22 October"), the one it fits keeps it and
    # the other looks among the passage's other figures, or goes unpaired.
    for _ in range(sum(len(options) for _, options in offered)):
        clash = _clash(claim, offered, picks)
        if clash is None:
            break
        loser, taken = clash
        cq, options = offered[loser]
        rest = [o for o in options if o[2] is not taken]
        offered[loser] = (cq, rest)
        picks[loser] = _choose(claim, passage, cq, rest) if rest else None
    for (cq, _), pick in zip(offered, picks, strict=True):
        if pick is None:
            unpaired.append(cq)
            continue
        sim, check, sq, shared, owner = pick
        doing = _part_doing_it(claim, cq, passage, sq) if check.relation is Relation.AGREE and not _whole_of_a_part(claim, cq) else None
        if doing is not None:  # "881 infections, of whom 513 died" for "881 died": 513 did
            check = compare(cq, doing)
            sq = doing
        pairs.append(Pair(cq, sq, check, min(sim, 1.0), *owner, shared=shared))
    return tuple(pairs), tuple(unpaired)


_Option = tuple[float, NumberCheck, Quantity, float]  # fit, check, passage figure, shared words
_Pick = tuple[float, NumberCheck, Quantity, float, tuple[bool, bool]]  # ... and whether another name owns it


def _choose(claim: Analysis, passage: Analysis, cq: Quantity, options: Sequence[_Option]) -> _Pick:
    """The passage figure among `options` that most likely counts what `cq` counts, with its
    fit, check, shared words and whether another name owns it (foreign_owner)."""
    best = max(o[0] for o in options)
    # Among numbers whose surroundings fit about as well, prefer one that agrees: a passage
    # giving two years for two events should not be read as contradicting on the wrong one.
    # A month or a day is rarely met by chance: the passage's own "April 2014" beats "the 2010
    # accords" for a claim about April 2014 even where the words fit the year better.
    # Two times of day of one passage are mostly two accounts of one moment ("at about 10 pm
    # by most accounts; a county history gave 'nearly eleven o'clock'"): either may be the claim's.
    margin = CLOSE_DATE if cq.kind == "date" else 1.0 if cq.kind == "time" else CLOSE
    close = [o for o in options if o[0] >= best - margin]
    # Two figures given as alternatives for one thing ("189 (Museum) or 191 (Fishery Board)")
    # are read alike: either may be the claim's.
    within = {id(o) for o in close}
    close += [o for o in options if id(o) not in within and any(alternatives(passage.text, c[2], o[2]) for c in close)]
    # ... unless it belongs to another name while another fits the claim's: "its border with
    # Turkmenistan is 804 km long and its border with Uzbekistan 144 km" gives Uzbekistan 144.
    owners = {id(o[2]): foreign_owner(claim, passage, o[2]) for o in close}
    own = [o for o in close if not owners[id(o[2])][0]]
    if own and len(own) < len(close):
        close = own
    agreeing = [o for o in close if o[1].relation is Relation.AGREE]
    sim, check, sq, shared = max(agreeing or close, key=lambda o: o[0])
    owner = owners[id(sq)]
    return sim, check, sq, shared, owner


def _clash(claim: Analysis, offered: Sequence[tuple[Quantity, Sequence[_Option]]], picks: Sequence[_Pick | None]) -> tuple[int, Quantity] | None:
    """Two claim figures that cannot be one thing (`_apart`) paired with one passage figure: the
    index of the one that fits it worse and the figure, or None."""
    for i, a in enumerate(picks):
        for j in range(i + 1, len(picks)):
            b = picks[j]
            if a is None or b is None or a[2] is not b[2] or not _apart(claim, offered[i][0], offered[j][0]):
                continue
            if abs(a[0] - b[0]) > CLOSE:  # the words say whose it is
                return (j, a[2]) if a[0] > b[0] else (i, a[2])
            return (j, a[2]) if _fit(offered[i][0], a) >= _fit(offered[j][0], b) else (i, a[2])
    return None


def _apart(claim: Analysis, a: Quantity, b: Quantity) -> bool:
    """Whether two claim figures cannot be one passage figure. Not where they are one value, a
    year and another year or a date (that may nest, "1991" and "October 1991", or be two events'
    a comparison sets apart, "the 1944 explosion ... than the 1983 one"; two dates that differ do
    not share), one day or time told two ways ("on a Thursday in late August 1868"), the two ends of
    one range ("between 20,000 and roughly 30,000"), or two steps of one figure ("rose from 25 to
    31", "first put at 12, reached 25": the passage's may be either's)."""
    first, second = sorted((a, b), key=lambda q: q.start)
    days = WHEN | {"weekday"}
    if (a.low, a.high) == (b.low, b.high) or (a.kind in CALENDAR and b.kind in CALENDAR and "year" in (a.kind, b.kind)):
        return False
    if a.kind in days and b.kind in days and compare_days(a, b).relation is not Relation.DISAGREE:
        return False
    between = claim.text[first.end : second.start]
    return not (_RANGE_JOIN.fullmatch(between) or (len(between) <= STEP_GAP and _STEPS.search(between)))


_RANGE_JOIN = re.compile(r"\s*(?:and|to|-|–|—)\s*(?:(?:about|roughly|some|around|nearly|almost)\s+)?", re.IGNORECASE)  # "between 20,000 and roughly 30,000"
_STEPS = re.compile(r"\b(?:to|then|reached|rose|fell|climbed|dropped|increased|decreased|grew|revised)\b", re.IGNORECASE)  # "from 25 to 31"
STEP_GAP = 50  # characters at most between two steps of one figure


def part_of(claim: Analysis, part: Quantity, whole: Quantity) -> bool:
    """Whether `part` is a part of `whole` in the claim's words: "Nine of the 28"."""
    m = PART_OF.match(claim.text, part.end)
    return m is not None and part.end < whole.start <= m.end()


def _whole_of_a_part(claim: Analysis, q: Quantity) -> bool:
    """Whether a claim figure is the whole another of its figures is a part of ("roughly 150" in
    "More than twenty of the roughly 150 people injured")."""
    return q.kind == "count" and any(part_of(claim, o, q) for o in claim.quantities if o.end < q.start)


def _fit(cq: Quantity, pick: _Pick) -> tuple[bool, float, float]:
    """How well a claim figure fits the passage figure it paired with, where the words around
    both fit it about as well: agreeing first, then the nearer in value ("roughly 150" before
    "more than twenty" for "about 150"; not days, whose numbers are no values), then the words."""
    check, sq = pick[1], pick[2]
    apart = 0.0
    mine_in, theirs_in = dimension(cq, sq), dimension(sq, cq)
    if cq.kind not in WHEN | {"weekday"} and not isinstance(mine_in, str) and not isinstance(theirs_in, str) and mine_in[0] == theirs_in[0]:
        mine, theirs = nominal(cq), nominal(sq)
        mine = mine if mine is not None else cq.low if cq.low is not None else cq.high
        theirs = theirs if theirs is not None else sq.low if sq.low is not None else sq.high
        if mine and theirs and mine > 0 and theirs > 0:
            apart = abs(math.log(mine * mine_in[1] / (theirs * theirs_in[1])))  # (in one unit: "a couple of miles", "181 mm")
    return check.relation is Relation.AGREE, -apart, pick[0]


# what stands between two figures given as alternatives: "or", after the first's source in brackets
# ("or", or a slash after who gave the first figure: "6.26 pm (L'Équipe) / 6.28 pm"; not a list's
# "28 / 116", nor "52 / 48" a vote's)
_OR_BETWEEN = re.compile(r"\s*(?:(?:\([^()]{0,40}\)\s*)?or\s+|\([^()]{0,40}\)\s*/\s*)(?:about\s+|some\s+)?$")


def alternatives(text: str, a: Quantity, b: Quantity) -> bool:
    """Whether two figures of a text are given as alternatives: "189 (Museum) or 191", "32 or 33",
    "6.26 pm (L'Équipe) / 6.28 pm" (a slash only after who gave the first)."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return first.kind == second.kind and bool(_OR_BETWEEN.fullmatch(text, first.end, second.start))


def _part_doing_it(claim: Analysis, cq: Quantity, passage: Analysis, sq: Quantity) -> Quantity | None:
    """The passage's count of a part of `sq` that the claim's words after its figure speak of,
    or None: "881 health worker infections ..., of whom 513 died" gives 513 for "881 health
    workers died", "11,841 people took part and 5,837 of them received the vaccine" 5,837 for
    "11,841 people received the vaccine". The claim's words after its figure (what it says the
    counted did) that the passage gives first after the part's figure are the part's; the words
    it gives before are the whole's."""
    if cq.kind != "count" or sq.kind != "count" or sq.value is None:
        return None
    end = STATEMENT.search(passage.text, sq.end)
    stop = end.start() if end else len(passage.text)
    parts = [
        q for q in passage.quantities
        if q.kind == "count" and sq.end <= q.start < stop and q.value is not None and q.value < sq.value
        and (PART_BEFORE.search(passage.text, max(0, q.start - 20), q.start) or OF_WHOM.match(passage.text, q.end))
    ]
    if not parts:
        return None
    part = parts[0]
    said = _said_of(claim, cq)
    clause = CLAUSE_WORDS_END.search(passage.text, part.end)
    stop = min(stop, clause.start()) if clause else stop
    before = frozenset(t.key for t in passage.terms if t.start < part.start)
    # what the part did is the first word after it ("of whom 513 died", "5,837 of them received
    # the vaccine"); later words more often say where or who ("including 20 police officers in
    # the city centre")
    # (or the second, where the first is the whole's too: "damaged or destroyed, of which roughly
    # 10,000 were destroyed outright")
    done = [t.key for t in passage.terms if part.end <= t.start < stop][:2]
    if done and found_in(done[0], before):
        done = done[1:]
    return part if done and any(found_in(k, frozenset({done[0]})) and not found_in(k, before) for k in said) else None


def _said_of(claim: Analysis, q: Quantity) -> list[str]:
    """The keys of the claim's first PREDICATE_WORDS content words after its figure, in its
    clause, that are no names: what it says the counted things are or did."""
    end = CLAUSE_WORDS_END.search(claim.text, q.end)
    stop = end.start() if end else len(claim.text)
    return [t.key for t in claim.terms if q.end <= t.start < stop and not t.entity][:PREDICATE_WORDS]


def of_another_rank(claim: Analysis, passage: Analysis, sq: Quantity) -> bool:
    """Whether a passage figure stands in a statement of another item of a series than the
    claim's ("The first volume appeared in 2001; a second volume followed in 2004" gives 2001 to
    the first volume), where the passage also speaks of the claim's item."""
    ranks = {(q.low, q.unit) for q in claim.quantities if q.kind == "ordinal" and q.unit}
    if not ranks:
        return False
    theirs = [q for q in passage.quantities if q.kind == "ordinal" and q.unit]
    if not any((q.low, q.unit) in ranks for q in theirs):
        return False
    start = max((m.end() for m in STATEMENT.finditer(passage.text, 0, sq.start)), default=0)
    end = next((m.start() for m in STATEMENT.finditer(passage.text, sq.end)), len(passage.text))
    here = [q for q in theirs if start <= q.start < end]
    units = {unit for _, unit in ranks}
    return any(q.unit in units and (q.low, q.unit) not in ranks for q in here) and not any((q.low, q.unit) in ranks for q in here)


def _an_age(q: Quantity) -> bool:
    """Whether a quantity is an age read from the words around it ("at the age of 67", "then
    67", "in her forties"), not written in years ("67 years", "a 67-year-old")."""
    return q.kind == "duration" and q.unit == "year" and "year" not in q.text.lower() and q.low == q.high  # (a decade of age is no bare number)


def _a_decade_of_age(q: Quantity) -> bool:
    """Whether a quantity is a decade of age read from its words ("in his sixties")."""
    return q.kind == "duration" and q.unit == "year" and "year" not in q.text.lower() and q.value is None and q.low != q.high


OLD = re.compile(r"years?[\s-]+old\b", re.IGNORECASE)  # "a 13-year-old", "13 years old" (not "18-to-24-year-olds", a group)


def someones_age(q: Quantity) -> bool:
    """Whether a quantity is someone's age: "in his sixties", "at the age of 56", "a 13-year-old"."""
    return _an_age(q) or _a_decade_of_age(q) or (q.kind == "duration" and q.unit == "year" and OLD.search(q.text) is not None)


def _years_of(q: Quantity) -> bool:
    """Whether a quantity is one number of years ("23 years", of "was 23 years old")."""
    return q.kind == "duration" and q.unit == "year" and q.low is not None and q.low == q.high


def _as_counts(cq: Quantity, sq: Quantity) -> tuple[Quantity, Quantity]:
    """The two quantities to compare: an age read from its words against a bare number ("Barton
    was 67" against "at the age of 67") both as bare numbers, and so a decade of age ("in his
    sixties") or a number of years ("was 23 years old") against a cell of a table's "age" column
    (read "63 age"; not any number with "age" near it: "64 victims ranged in age from 19 to 82");
    any other two as they are."""
    for age, bare in ((cq, sq), (sq, cq)):
        if bare.kind == "count" and (
            (_an_age(age) and bare.unit in (None, "age")) or ((_a_decade_of_age(age) or _years_of(age)) and bare.unit == "age")
        ):
            return (replace(cq, kind="count", unit=None), sq) if age is cq else (cq, replace(sq, kind="count", unit=None))
    return cq, sq


def _spans(passage: Analysis, dates: Sequence[Quantity], earlier: Analysis | None) -> list[tuple[Quantity, frozenset[str]]]:
    """The durations between the passage's dates, and from a date of the sentence before to one
    of a passage that gives only one ("that day ... until 3 July 2012"), each with the words around
    both dates."""
    ends = [(passage, q) for q in dates]
    found = []
    for q in dates:
        if q.kind == "time" and q.qualifier == "between" and q.low is not None and q.high is not None:
            # one span of the day: "between 1 am and 3 am" lasted two hours
            span = between(replace(q, high=q.low, qualifier=None), replace(q, low=q.high, qualifier=None))
            if span is not None:
                found.append((replace(span, text=bare(q.text)), _context(passage, q)))
    # Only a passage with one date of its own counts from a date before it ("that day").
    starts = [(earlier, q) for q in earlier.quantities if q.kind == "date"] if earlier and len(dates) == 1 else []
    for i, (first, a) in enumerate(starts + ends):
        for _, b in ends[max(0, i - len(starts) + 1) :]:
            # in the order of time, whatever the order of writing ("on 10 March 2022 ... since 2009")
            span = between(a, b) or (between(b, a) if first is passage else None)
            if span is not None and a.kind == "time" and first is passage:
                # two times of day: the shorter way round ("at 00:20, after ... at 23:40": 40 minutes)
                back = between(b, a)
                span = back if back is not None and back.low is not None and span.low is not None and back.low < span.low else span
            if span is not None:
                found.append((span, _context(first, a) | _context(passage, b)))
    return found


def _beyond(candidates: Sequence[Anchor], a: Quantity, b: Quantity) -> bool:
    """Whether another of a note's dates lies beyond the two (before the earlier or after the
    later): then the two are not the ends of what lasted ("began on 3 March ... voted to go on
    on 3 May ... ended on 21 August")."""
    if a.low is None or a.high is None or b.low is None or b.high is None:
        return False
    start, end = min(a.low, b.low), max(a.high, b.high)
    return any(c.date.low is not None and c.date.high is not None and (c.date.high < start or c.date.low > end) for c in candidates)


def _from_anchor(cq: Quantity, passage: Analysis, figures: Sequence[Quantity], anchors: Anchors | None, spans: dict[int, frozenset[str]]) -> list[Quantity]:
    """The times from each candidate date of the event `cq` counts from to each of the passage's
    dates that meet `cq` (a candidate may be another event's day: it confirms, never refutes).
    Their words are the passage date's and the event's; `spans` records them."""
    found = (anchors or {}).get(id(cq))
    if found is None:
        return []
    relative, candidates = found
    out = []
    for sq in figures:
        if not (a_moment(sq) or _a_year_of_years(cq, sq, relative, figures)):
            continue
        for anchor in candidates:
            mine, theirs = in_one_year(sq, anchor.date)  # a day without its year, in the other's
            span = between(mine, theirs) if relative.before else between(theirs, mine)
            first = relative.before
            if relative.lasting and span is None:
                span, first = between(mine, theirs), True  # the passage's date may be where it began
            if relative.lasting and _beyond(candidates, mine, theirs):
                continue  # the note dates the story beyond them: from its first day to its last
            if span is not None and sq.kind == "year" and span.low is not None and span.high is not None:
                # from a day to a year's any day: read at the year's middle, as the claim's whole
                # years are ("a decade" from 1 June 1974 to 1984 is ten years and a month)
                middle = float(round((span.low + span.high) / 2))
                span = replace(span, low=middle, high=middle, value=middle)
            check = compare(cq, span) if span is not None else None
            if check is None or check.relation is not Relation.AGREE or check.strength < FROM_EVENT_STRENGTH or check.wider:
                continue  # only a time falling (about) within the claim's: a mere overlap may be chance, a month's span anything
            assert span is not None
            event = f"{bare(anchor.date.text)} ({relative.event}: {cited(anchor)})" if relative.event else f"{bare(anchor.date.text)} ({cited(anchor)})"
            text = f"{bare(sq.text)} to {event}" if first else f"{event} to {bare(sq.text)}"
            span = replace(span, text=text, qualifier=FROM_EVENT, start=sq.start, end=sq.end)  # where the passage's date stands
            spans[id(span)] = _context(passage, sq) | relative.keys
            out.append(span)
    return out


def _a_year_of_years(cq: Quantity, sq: Quantity, relative: Relative, figures: Sequence[Quantity]) -> bool:
    """Whether a passage's bare year may end a span counted in years from an event: "1984 |
    Control of Major Accident Hazards Regulations" for "came into force a decade after
    Flixborough" (1 June 1974). Not for a span in months or days, which a year leaves open, nor
    for how long something lasted, whose two ends the note must give; nor where the passage gives
    another time, which may be the one of the claim's deed ("first proposed in 1984 and came into
    force in 1988")."""
    return (
        sq.kind == "year" and sq.qualifier not in BOUNDS and cq.unit in YEAR_UNITS and not relative.lasting
        and not any(q is not sq and q.kind in WHEN for q in figures)
    )


def _before_names_another(passage: Passage, context: Surroundings | None, claim: Analysis) -> bool:
    """Whether the sentence before a passage names what the claim does not (an ordinal such as
    "the 201st base" included)."""
    before = context.previous(passage) if context is not None else None
    if before is None:
        return False
    found = analyse(before.text)
    return not names_only_the_claims(found, claim) or _another_ordinal(found, claim)


def _under_another(passage: Passage, context: Surroundings | None, claim: Analysis) -> bool:
    """Whether a passage stands under a heading naming another dated thing, none of the claim's
    names ("## The Quintinshill crash, 22 May 1915" in notes on Ais Gill): it speaks of that
    thing, not of the subject most of the sources share. A heading's first word is no name, as a
    sentence's is not ("## Aftermath, 1914")."""
    heading = context.section(passage) if context is not None else None
    if heading is None:
        return False
    found = analyse(heading.text)
    names = [t for t in found.terms if t.entity]
    return (
        bool(names) and any(q.kind in ("year", "date") for q in found.quantities)
        and not any(found_in(t.key, claim.keys) for t in names)
    )



def _another_ordinal(found: Analysis, claim: Analysis) -> bool:
    """Whether a text ranks or numbers a thing the claim does not ("the 201st base"): an ordinal
    names a thing too."""
    return any(q.kind == "ordinal" and q.text.lower() not in claim.text.lower() for q in found.quantities)


def _a_change(claim: Analysis, q: Quantity) -> bool:
    """Whether a claim quantity is a change: a multiple ("more than tripled", "halved") or a share
    something moved by ("expanded by more than half", "fell by 80%", "lost nearly half")."""
    if q.kind == "multiple":
        return True
    before = claim.text[: q.start].lower().split()[-2:]
    # "fell by 80%", "lost nearly half its residents", "shed a third of its jobs"
    return q.kind in ("fraction", "percent") and bool(before) and (before[-1] == "by" or any(w in MOVED_SHARE for w in before))


# what follows a multiple or a share of another amount: "twenty times the figure", "three times
# as many", "seventeen times the size of", "a fifth of the damages", "one per cent of what"
_OF_ANOTHER = {
    "multiple": re.compile(
        r"\s+(?:as\s+(?:many|much|large|big|high|long|great)\b|(?:that|those)\s+of\b|what\b"
        r"|(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:figure|size|number|amount|total|sum|level|rate|cost|toll|count|value|estimate)\b)",
        re.IGNORECASE,
    ),
    "fraction": re.compile(r"\s+(?:of|the\s+size\s+of)\b", re.IGNORECASE),
    "percent": re.compile(r"\s+(?:of|the\s+size\s+of)\b", re.IGNORECASE),
}
LISTED = re.compile(r"\s*(?:,|;|and|or|,\s*and|,\s*or)\s*", re.IGNORECASE)  # between two figures of a list
RATIO_FIGURES = 8  # amounts of a passage at most whose ratios are worked out
RATIO_REACH = 2.0  # how many times beyond a claim's open bound ("more than fifteen times") a ratio may lie
WORKED_OUT = (CHANGE, PART, RATIO, SPAN, FROM_EVENT)  # the qualifiers of figures worked out from others


def _asks_a_ratio(claim: Analysis, q: Quantity) -> bool:
    """Whether a claim's multiple or share relates two amounts ("more than twenty times the
    figure given by the Forum", "a fifth of the damages sought"), not a change ("tripled", "fell
    by a third")."""
    pattern = _OF_ANOTHER.get(q.kind)
    if pattern is None or not pattern.match(claim.text, q.end):
        return False
    return q.kind == "multiple" or not _a_change(claim, q)


def _ratios(passage: Analysis, figures: Sequence[Quantity], cq: Quantity) -> list[tuple[Quantity, frozenset[str]]]:
    """The ratios of two of a passage's amounts of one kind and unit that agree with a claim's
    multiple or share `cq` (numbers.changes.ratio), each with the words around both."""
    # (a share of one share is no share of anything: 20% of the vote is no "40 percent" of 50%)
    kinds = ("count", "money", "measure", "percent") if cq.kind == "multiple" else ("count", "money", "measure")
    amounts = [q for q in figures if q.kind in kinds and q.qualifier not in WORKED_OUT][:RATIO_FIGURES]
    found = []
    for i, a in enumerate(amounts):
        for b in amounts[i + 1 :]:
            if LISTED.fullmatch(passage.text[a.end : b.start]):
                continue  # "126 and 115 people were aboard": two of a list, neither the other's whole
            worked = ratio(a, b, cq.kind)
            if worked is None or worked.value is None or compare(cq, worked).relation is not Relation.AGREE:
                continue
            # an open bound is met only near it: "more than fifteen times" by 15.3, not by 1,257
            bound = cq.low if cq.high is None else cq.high if cq.low is None else None
            if bound is None or 1 / RATIO_REACH <= worked.value / bound <= RATIO_REACH:
                found.append((worked, _context(passage, a) | _context(passage, b)))
    return found


# a duration after "for" tells how long a state lasted ("under water for upwards of two months");
# one after "within" how soon something happened ("reached Greenville within a day or so")
_FOR = re.compile(r"\bfor\s*$", re.IGNORECASE)
_WITHIN = re.compile(r"within\b", re.IGNORECASE)
_WITHIN_BEFORE = re.compile(r"\bwithin\s*$", re.IGNORECASE)


# A figure a thing was designed or allowed for, not one it reached: "a design capacity of 30
# billion cubic metres", "licensed for 404", "the 120 mph the bridge was designed to withstand".
_BEARS = "withstand|carry|hold|take|seat|handle|bear|last"  # what a thing is designed or built to do
_DESIGNED_BEFORE = re.compile(
    rf"\b(?:(?:designed|design|capacity|licensed|licenced)\s+(?:to\s+(?:{_BEARS}|produce)\s+|for\s+|of\s+|at\s+)?|rated\s+(?:for|at)\s+|built\s+to\s+(?:{_BEARS})\s+)"
    r"(?:about\s+|some\s+|roughly\s+|around\s+|up\s+to\s+|as\s+many\s+as\s+|as\s+much\s+as\s+)?$",
    re.IGNORECASE,
)
_DESIGNED_AFTER = re.compile(r"[^,;.]{0,40}?\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:(?:designed|licensed)\s+(?:to|for)|built\s+to|rated\s+(?:for|at))\b", re.IGNORECASE)
# a claim that speaks of what a thing was designed or allowed for
_OF_DESIGN = re.compile(
    r"\b(?:design\w*|capacity|licen[cs]\w*|rated|built\s+to|withstand\w*|allowed|permitted|limit|maximum|holds?|seats?|accommodates?|"
    r"(?:can|could)\s+(?:hold|carry|seat|take|generate|produce))\b",
    re.IGNORECASE,
)


def designed(text: Analysis, q: Quantity) -> bool:
    """Whether a figure is what something was designed, built or allowed for (an amount, not a time)."""
    return q.kind not in WHEN and bool(_DESIGNED_BEFORE.search(text.text, max(0, q.start - 60), q.start) or _DESIGNED_AFTER.match(text.text, q.end))


def _how_long(text: Analysis, q: Quantity) -> int:
    """+1 for a duration a state lasted ("for two months"), -1 for one within which something
    happened ("within a day"), 0 for any other quantity."""
    if q.kind != "duration":
        return 0
    if _WITHIN.match(q.text) or _WITHIN_BEFORE.search(text.text, 0, q.start):
        return -1
    return 1 if _FOR.search(text.text, 0, q.start) else 0


def _direction(claim: Analysis) -> int:
    """+1 when the claim says something rose, -1 when it fell, 0 when it does not say."""
    keys = claim.keys
    if keys & RISE:
        return 1
    if keys & FALL or any(q.kind == "multiple" and (q.high or 2) < 1 for q in claim.quantities):
        return -1
    return 0


def _changes(
    passage: Analysis, figures: Sequence[Quantity], kind: str, direction: int
) -> list[tuple[Quantity, frozenset[str]]]:
    """The changes "from A to B" a passage gives, as `kind` ("multiple", "fraction", "percent"),
    each with the words around both figures; only those going the claim's way when it says."""
    found = []
    for i, a in enumerate(figures):
        if not re.search(r"\bfrom\s*$", passage.text[: a.start], re.IGNORECASE):
            continue
        for b in figures[i + 1 :]:
            gap = passage.text[a.end : b.start]
            if len(gap) > CHANGE_GAP or not re.search(r"\bto\s*$", gap, re.IGNORECASE):
                continue
            if b.unit is None and b.kind == "count" and a.unit:
                b = replace(b, kind=a.kind, unit=a.unit)  # "from 4.5 million hectares ... to some 7 million"
            moved = change(a, b, kind)
            if moved is None:
                continue
            rose = (nominal(b) or 0) > (nominal(a) or 0)
            if direction and rose != (direction > 0):
                continue
            found.append((moved, _context(passage, a) | _context(passage, b)))
    return found


def _asks_a_share(claim: Analysis) -> bool:
    """Whether the claim gives a share ("seven in ten", "40%") that is not a change."""
    return any(q.kind in ("fraction", "percent") and not _a_change(claim, q) for q in claim.quantities)


def _part_of_them(passage: Analysis) -> Quantity | None:
    """The passage's count of a part of what the sentence before counted ("165 of them died"),
    where no count before it in the passage may be the whole; else None."""
    counts = [q for q in passage.quantities if q.kind == "count"]
    if not counts or not OF_THEM.match(passage.text, counts[0].end):
        return None
    return counts[0]


def _parts_of(passage: Analysis, figures: Sequence[Quantity], earlier: Analysis | None = None) -> list[tuple[Quantity, frozenset[str]]]:
    """The shares a passage gives as a part "of" a whole ("74 of its 108 pupils", "47 people, 33
    of whom were militants", "Of the 126 people aboard, 115 died"), each with the words around
    both counts. A part "of them" is a share of the last count of `earlier`, the sentence before
    ("There were 226 men on the platform. 165 of them died.")."""
    found = []
    them = _part_of_them(passage) if earlier is not None else None
    wholes = [q for q in earlier.quantities if q.kind == "count"] if earlier is not None else []
    if earlier is not None and them is not None and wholes:
        moved = share(them, wholes[-1])
        if moved is not None:
            # it stands where the part does: the whole's offsets are the sentence before's
            moved = replace(moved, start=them.start, end=them.end)
            found.append((moved, _context(passage, them) | _context(earlier, wholes[-1])))
    for a, b in zip(figures, figures[1:]):
        if PART_OF.fullmatch(passage.text[a.end : b.start]):
            part = share(a, b)  # "74 of its 108 pupils"
        elif OF_WHOM.match(passage.text, b.end):
            part = share(b, a)  # "killed 47 people, 33 of whom were militants"
        elif OF_THE_WHOLE.search(passage.text, 0, a.start) and WHOLE_TO_PART.fullmatch(passage.text[a.end : b.start]):
            part = share(b, a)  # "Of the 126 people aboard, 115 died"
        elif PART_OUT_OF.fullmatch(passage.text[a.end : b.start]) and _one_thing(a, b):
            # "About 77 vessels ... were lost or wrecked, out of roughly 160" (of one thing: "5
            # people out of 40 cars" is no share)
            part = share(a, b)
        else:
            continue
        if part is not None:
            found.append((part, _context(passage, a) | _context(passage, b)))
    return found


def _one_thing(a: Quantity, b: Quantity) -> bool:
    """Whether two counts may count one kind of thing: the same noun, or no noun on one side (a
    verb read as one, "160 based at Kodiak", is none)."""
    nouns = [stem(fold(q.unit)) for q in (a, b) if q.unit and not _VERB_LIKE.fullmatch(q.unit.lower())]
    return len(nouns) < 2 or similar(nouns[0], nouns[1])


def _spaced_keys(claim: Analysis, passage: Analysis) -> frozenset[str]:
    """Claim words mixing letters and digits ("CO2", "PM10") that the passage writes with a space
    between them ("CO 2", as subscripts often come out of web pages and PDFs)."""
    mixed = [t for t in claim.terms if any(c.isdigit() for c in t.text) and any(c.isalpha() for c in t.text)]
    if not mixed:
        return frozenset()
    compact = "".join(fold(passage.text).split())
    return frozenset(t.key for t in mixed if fold(t.text) in compact)


def _parts(term: Term) -> list[str]:
    """The keys of the parts of a hyphenated word ("EU-brokered": eu, broker), [] for others."""
    if "-" not in term.text:
        return []
    words = [fold(w) for w in term.text.split("-")]
    return [canonical(stem(w)) for w in words if w and w not in STOPWORDS]


def _part_keys(analysis: Analysis) -> frozenset[str]:
    """The keys of the parts of a passage's hyphenated words ("Tajik-Afghan": tajik, afghan)."""
    return frozenset(k for t in analysis.terms for k in _parts(t))


def _parts_found(term: Term, keys: frozenset[str]) -> bool:
    """Whether a passage gives every part of a claim's hyphenated word ("brokered by the EU")."""
    parts = _parts(term)
    return bool(parts) and all(found_in(k, keys) for k in parts)


def _reported_on(found: Analysis, header: str | None) -> list[Quantity]:
    """The dates of a row of an estimates table ("source | date | dead": rows labelled by who
    gave each figure) standing in its date column: the days its figures were given on, not days
    of what they count."""
    if not header:
        return []
    raw = [n.strip() for n in header.split(CELL)]
    names = [n.lower() for n in raw]
    # the rows are labelled by who gave each figure ("Date | Deaths | Source" is a timeline whose
    # later rows are later counts); "WHO" is an organisation, not "who"
    if not names or not SOURCE_COLUMN.match(names[0]) or raw[0].startswith("WHO"):
        return []
    columns = [i for i, n in enumerate(names) if i > 0 and DATE_COLUMN.fullmatch(n)]
    if not columns:
        return []
    cells = cell_spans(found.text)
    spans = [cells[i] for i in columns if i < len(cells)]
    return [q for q in found.quantities if q.kind in ("date", "year") and any(a <= q.start < b for a, b in spans)]


def _by_source(header: str | None) -> bool:
    """Whether a table's header has a column of who gave each figure beside one of what they
    gave ("source | length given", "figure | source | value", "estimate | who gave it | when",
    "source | date | quantity stated"): its rows give their figures as someone's. Not "source |
    lead level" or "source | date | lead level" (where water came from), nor a column of
    references ("fact | figure | sources", "date | update | source")."""
    if not header or header.lstrip("| ").startswith("WHO"):
        return False
    cells = [cell.strip().lower() for cell in header.split(CELL)]
    who = [c for c in cells if c != "sources" and (SOURCE_COLUMN.fullmatch(c) or c.startswith("who gave"))]
    # ("who" heads sources where another column says when each gave its figure: "who | published |
    # excess deaths"; else a breakdown's categories: "who | killed | injured")
    sources = any(SOURCES_ONLY.fullmatch(c) for c in who) or any(DATE_COLUMN.fullmatch(c) for c in cells)
    return bool(who) and any(GIVEN_COLUMN.search(c) or (sources and MEASURED_COLUMN.search(c)) for c in cells if c not in who)


def someones(a: Alignment) -> bool:
    """Whether a passage gives its figure or account as someone's: in its own words ("the Herald
    spoke of 62", analysis.attributed) or as a row of a table by source."""
    return a.by_source or attributed(a.passage.text)


def _day(value: float) -> float:
    """A year or a YYYYMMDD date as a YYYYMMDD number, to order the two."""
    return value * 10000 + 1231 if value < 10000 else value


THAT_YEAR = re.compile(r"\b(?:that|the\s+same)\s+year\b", re.IGNORECASE)  # "for 77 days that year"
_BOUNDING = re.compile(r"\b(?:until|till|since|before|after|by)\s+$", re.IGNORECASE)
_MADE = re.compile(r"\b(?:built|born|founded|opened|completed|established|constructed|erected|dating)\b", re.IGNORECASE)


def _in_an_aside(text: str, q: Quantity) -> bool:
    """Whether a figure stands in an aside between commas telling when something was made: "the
    levee at Paducah, built in 1928, failed"."""
    left, right = text.rfind(",", 0, q.start), text.find(",", q.end)
    return left >= 0 and right >= 0 and _MADE.search(text, left, right) is not None


def _that_year(found: Analysis, passage: Passage, context: Surroundings) -> Analysis:
    """A passage that dates itself by "that year" or "the same year", and gives no day or year of
    its own, with the first year of the sentence before read into those words: "The river stayed
    above flood stage at St. Louis for 77 days that year", after "the spring flood of 1973
    crested ... the record until 1993", speaks of 1973."""
    said = THAT_YEAR.search(found.text)
    if said is None or any(q.kind in CALENDAR for q in found.quantities):
        return found
    before = context.previous(passage)
    if before is None:
        return found
    # (not a year that bounds, "the record until 1993", nor one in an aside, "built in 1928,")
    told = analyse(before.text)
    year = next((q for q in told.quantities if q.kind == "year" and not _BOUNDING.search(told.text, 0, q.start) and not _in_an_aside(told.text, q)), None)
    if year is None:
        return found
    meant = replace(year, text=said.group(), start=said.start(), end=said.end())
    return replace(found, quantities=tuple(sorted((*found.quantities, meant), key=lambda q: q.start)))


def under_headers(passage: Passage, context: Surroundings | None) -> str:
    """The text a passage is read as: a table row's figures with their column's heading after
    them ("Guinea | 3,814 cases | 2,544 deaths" for "Guinea | 3,814 | 2,544" under "country |
    cases | deaths"), so that each figure counts what its column does, and in the unit the table
    is given in ("2014 | 9.0 bcm Russia | 25.5 bcm China" under "Export volumes (bcm, rounded)");
    other passages as written."""
    if context is None or CELL not in passage.text:
        return passage.text
    heading = context.header(passage)
    if not heading:
        return passage.text
    cells, names = passage.text.split(CELL), heading.split(CELL)
    if len(cells) != len(names):
        return passage.text
    unit = _table_unit(context.unit(passage))
    return CELL.join(_headed(cell, name, unit or _column_unit(name)) for cell, name in zip(cells, names, strict=True))


def _column_unit(name: str) -> str | None:
    """The unit a column's heading gives in parentheses ("estimate (barrels per day)"), or None."""
    found = re.search(r"\(([^()]+)\)", name)
    return _table_unit(found.group(1).strip()) if found else None


def _headed(cell: str, name: str, unit: str | None) -> str:
    """A cell as read under its column's heading `name`: a figure with the heading after it, and
    a bare number with the table's `unit` too ("25.5 bcm China"); a cell without a digit, or
    holding a year or a date alone ("2014": its heading "year" says nothing more), as written."""
    if not name.strip() or not any(ch.isdigit() for ch in cell):
        return cell
    found = parse_quantities(cell)
    one = found[0] if len(found) == 1 else None
    if one is not None and one.kind in WHEN:
        return cell
    bare = unit is not None and one is not None and one.kind == "count" and not one.unit
    rest_own = all(q.unit or q.kind in ("percent", "percentage_points") for q in found[1:])  # "(plus or minus 20%)"; not "1,661,191 (62.0)"
    if unit is not None and not bare and found and found[0].kind == "count" and not found[0].unit and rest_own:
        # "about 70,000 (plus or minus 20%)": the unit right after the cell's first figure
        return f"{cell[: found[0].end]} {unit}{cell[found[0].end :]} {name}"
    return f"{cell} {unit} {name}" if bare else f"{cell} {name}"


def _table_unit(written: str | None) -> str | None:
    """A table's unit as written in the sentence introducing it, when it is a unit of measure
    or a percentage ("bcm", "km", "%"); None for anything else ("(IOM, rounded)")."""
    if not written:
        return None
    found = parse_quantities(f"2 {written}")
    return written if len(found) == 1 and found[0].kind in ("measure", "percent") else None


def _opens_with_another(passage: Analysis, claim: Analysis) -> bool:
    """Whether a passage opens with a capitalised word that is not the claim's: maybe a name its
    first place hides ("Russia, with 2,400, is listed separately from the Central Asian states")."""
    first = passage.terms[0] if passage.terms else None
    lead = passage.text[: first.start] if first is not None else ""
    return first is not None and not lead.strip(" *_#-|>\"'“‘(") and first.text[:1].isupper() and not found_in(first.key, claim.keys)


def _described(name: Term, claim: Analysis, passage: Analysis) -> bool:
    """Whether a passage speaks of the claim's `name` by what it is: the claim's "the
    Semipalatinsk test site" is the passage's "the test site" (the word after "the" and the name
    in the claim, after "the" or "the" and one lower-case word in the passage)."""
    head = next((t for t in claim.terms if t.start > name.end), None)
    if head is None or head.entity or claim.text[name.end : head.start].strip():
        return False
    if claim.text[: name.start].split()[-1:] != ["the"]:
        return False  # "Putin visited" is no thing described
    for t in passage.terms:
        if t.key != head.key or t.entity:
            continue
        before = passage.text[max(0, t.start - 30) : t.start].split()
        if before[-1:] == ["the"] or (len(before) >= 2 and before[-2] == "the" and before[-1].isalpha() and before[-1].islower()):
            return True
    return False


def _first_name(term: Term, claim: Analysis, passage: Analysis) -> bool:
    """Whether a name the passage lacks is the first of a two-word name whose last word the
    passage names: "Yuldashev died in a US drone strike" speaks of "Tahir Yuldashev". Words that
    tell places apart ("South Sudan", "New Caledonia") are not first names. A given name written
    after the family name ("Ban Ki-moon", "Park Geun-hye") is one too."""
    if term.key in PLACE_WORDS:
        return False
    names = [t for t in claim.terms if t.entity]
    before = next((t for t in claim.terms if t.end + 1 == term.start and t.text[:1].isupper()), None)  # entity or not: it may open the sentence
    if before is not None and GIVEN_AFTER.fullmatch(term.text) and not any(t.end + 1 == before.start for t in names):
        # the family name alone: "Park Chung-hee" is another Park
        followed = {t.start for t in passage.terms if t.text[:1].isupper()}
        return any(t.key == before.key and t.text[:1].isupper() and t.end + 1 not in followed for t in passage.terms)
    after = next((t for t in names if t.start == term.end + 1), None)
    if after is None or any(t.start == after.end + 1 for t in names) or any(t.end + 1 == term.start for t in names):
        return False  # not a name of exactly two words
    # "Tunnel" in "the Seikan Tunnel" is the last word of another name, not this one's.
    capitalised = {t.end for t in passage.terms if t.text[:1].isupper()}
    return any(t.key == after.key and t.text[:1].isupper() and t.start - 1 not in capitalised for t in passage.terms)


def _describing(term: Term, claim: Analysis, passage: Analysis) -> bool:
    """Whether a name the passage lacks only describes a thing the claim names by a common noun
    ("an Egyptian court", "a Canadian explorer", "the Genoese architect"), where the passage
    gives no such word of its own and names nothing the claim does not ("the earthquake in
    Chile" is no Haitian one)."""
    if not a_demonym(term.text):
        return False
    after = next((t for t in claim.terms if t.start > term.end), None)
    if after is None or after.entity or after.start != term.end + 1:
        return False
    return not any(a_demonym(t.text) for t in passage.terms if t.entity) and names_only_the_claims(passage, claim)


def _could_matter(own: float, total: float, pairs: tuple[Pair, ...], claim: Analysis, share: float = 0.0) -> bool:
    """Whether a passage matches enough of the claim on its own (`own` of `total` word weight,
    plus its paired numbers) for words around it to be worth reading: OWN_SHARE (or `share`)
    at least."""
    counted = [q for q in claim.quantities if q.kind != "ordinal"]
    numbers = NUMBER_WEIGHT * sum(1 for p in pairs if p.context >= SAME_THING)
    whole = total + NUMBER_WEIGHT * len(counted)
    return bool(whole) and (own + numbers) / whole >= (share or OWN_SHARE)


def align_one(
    claim: Analysis,
    passage: Passage,
    context: Surroundings | None = None,
    follows: bool = False,
    anchors: Anchors | None = None,
    pervasive: frozenset[str] = frozenset(),
) -> Alignment:
    """Line one passage up against the claim: match score, missing words, paired numbers.

    `context` gives the words a passage inherits from around it (its document's title, the
    sentence before "It is 50 km long"); they count for INHERITED of a word found in the passage.
    `follows` marks a passage read because it comes after one that speaks to the claim: it is
    always read with its surroundings. `anchors` gives the dates of the events the claim counts
    its durations from (anchors.py): a passage met by the time from one of them also speaks of the
    event, so the claim's words naming it count as inherited. `pervasive` holds the claim's names
    that most of the run's sources give (pipeline.corpus_subjects).
    """
    found = analyse(under_headers(passage, context))
    if context is not None and any(q.kind in CALENDAR for q in claim.quantities):
        found = _that_year(found, passage, context)
    if anchors:
        # the passage's own dates already span what they can (_spans): none is the event's
        # (how long something lasted is read between two dates of one note: another note's may
        # be another story's)
        anchors = {
            k: (r, tuple(c for c in cs if (c.passage.source, c.passage.start) != (passage.source, passage.start) and (not r.lasting or c.passage.source == passage.source)))
            for k, (r, cs) in anchors.items()
        }
    keys = found.keys | acronym_keys(claim, found) | _spaced_keys(claim, found) | _part_keys(found)
    earlier = None
    previous = context.previous if context is not None else None
    if previous is not None and (
        (any(q.kind == "duration" for q in claim.quantities) and any(q.kind == "date" for q in found.quantities))
        or (_asks_a_share(claim) and _part_of_them(found) is not None)
    ):
        before = previous(passage)
        # a time between two dates may span the two sentences before ("The assault opened on 17
        # October 2016. ... On 21 June 2017 ... Victory was declared on 10 July 2017.")
        further = previous(before) if before is not None and any(q.kind == "duration" for q in claim.quantities) else None
        earlier = analyse(" ".join(p.text for p in (further, before) if p is not None)) if before is not None else None
    # a table row's figures stand under its header, its lead sentence and its document's title
    around = context.table(passage) | context.title(passage.source) if context is not None and CELL in passage.text else frozenset()
    # (a table of who gave which figure gives them for the sources' subject: "Chicago Tribune |
    # not less than 300" beside "Milwaukee Sentinel | 287" under "Dead")
    by_source = context is not None and CELL in passage.text and _by_source(context.header(passage))
    # (whether the passage stands under another dated thing's heading: read once, where needed)
    under = _under_another(passage, context, claim) if by_source and pervasive and of_an_account(claim) else None
    accounts = under is False
    if accounts:
        around = around | pervasive
    pairs, unpaired = pair(claim, found, around, earlier, anchors)
    reported = [id(q) for q in _reported_on(found, context.header(passage))] if context is not None and CELL in passage.text else []
    if reported:
        # an estimates table's "date" is when a figure was given: a later day is no other time
        # of what the claim counts ("OSCE/ODIHR report | 20 June 2005 | 300 to 500" for May 2005)
        figures = any(p.claim.kind not in WHEN for p in pairs)
        pairs = tuple(
            replace(p, check=NumberCheck(Relation.AGREE, f"the figure was given on {bare(p.source.text)}, after {bare(p.claim.text)}", REPORTED))
            if figures and id(p.source) in reported and p.claim.high is not None and p.source.low is not None and _day(p.source.low) > _day(p.claim.high)
            else p
            for p in pairs
        )
    total = got = 0.0
    absent: list[tuple[Term, float]] = []
    # the words a claim's "not" sets aside are not what it states: "natural, not human-caused"
    seen: set[str] = set(set_aside_keys(claim)) if claim.negations else set()
    for term in claim.terms:
        if term.key in seen:
            continue
        seen.add(term.key)
        weight = ENTITY_WEIGHT if term.entity else 1.0
        total += weight
        if found_in(term.key, keys) or _parts_found(term, keys):
            got += weight
        else:
            absent.append((term, weight))
    # Words the passage lacks may stand around it; looking costs an index read, so only for a
    # passage that already matches a fair share of the claim by itself.
    # A row of a table or a list gives bare figures and names; what they are stands above it.
    # So for a passage leaning on the one before it, and one pairing a claim's figure.
    row, leaning = is_row(passage.text), follows or leans_back(passage.text)
    agreeing = any(p.check.relation is Relation.AGREE and p.context >= SAME_THING for p in pairs)
    if absent and context and (row or leaning or agreeing or _could_matter(got, total, pairs, claim)):
        inherited = context(passage, found, claim)
        if inherited and leaning and not row:
            # its figures count what the words it inherits (the sentence it leans on, its
            # document's title) speak of
            pairs, unpaired = pair(claim, found, around | inherited, earlier, anchors)
    else:
        inherited = frozenset()
    events = [anchors[id(p.claim)][0].keys for p in pairs if anchors and p.source.qualifier == FROM_EVENT and p.context >= SAME_THING]
    inherited = inherited.union(*events)
    # Nor need it give a name most of the sources give, their subject ("Nargis" in notes on the
    # cyclone), where it gives one of the claim's figures: only there, since a passage on
    # another thing would otherwise speak to the claim as well.
    inherited_alone = inherited
    if (
        pervasive and any((accounts or p.check.relation is Relation.AGREE) and p.context >= SAME_THING for p in pairs)  # (pairs as re-read)
        and not (under if under is not None else _under_another(passage, context, claim))
    ):
        inherited = inherited | pervasive
    # A passage naming nothing ("The banks reopened on 20 July 2015") may leave out the one name
    # its document gave before it: the document's subject.
    named_before = context.named_before if context is not None else None
    lone = [t for t, _ in absent if t.entity and not found_in(t.key, inherited)]
    # (looked up only for a passage that would then match a fair share of the claim; an ordinal
    # names a thing too: "the 201st base")
    subject = (
        lone[0]
        if len(lone) == 1 and named_before is not None
        and _could_matter(got + INHERITED * ENTITY_WEIGHT, total, pairs, claim, NAMED_SHARE)
        and (not own_names(found) or (names_only_the_claims(found, claim) and not _opens_with_another(found, claim)) or _described(lone[0], claim, found))
        and not _another_ordinal(found, claim)
        and named_before(passage, lone[0].text)
        else None
    )
    missing, missing_entities = [], []
    borrowed = tuple(t.text for t, _ in absent if t.entity and t is not subject and found_in(t.key, inherited) and not found_in(t.key, inherited_alone))
    for term, weight in absent:
        if found_in(term.key, inherited) or term is subject:
            got += INHERITED * weight
            continue
        missing.append(term.text)
        if term.entity and not _first_name(term, claim, found) and not _describing(term, claim, found):
            missing_entities.append(term.text)
    words = got / total if total else 0.0
    # A passage lacking one of the claim's names, whose sentence before names another thing,
    # speaks of that thing ("Russia's 201st base in Tajikistan ... RIA Novosti puts its strength
    # at about 7,000"): it counts as naming more than the claim's things.
    astray = (
        len(missing_entities) == 1
        and context is not None
        and not is_row(passage.text)
        and names_only_the_claims(found, claim)  # else it is no passage naming only the claim's things anyway
        and _before_names_another(passage, context, claim)
    )
    # A claim's numbers count as words: a passage giving the same figure in the same setting
    # speaks to the claim even when it words the rest differently.
    for q in claim.quantities:
        if q.kind == "ordinal":
            continue
        total += NUMBER_WEIGHT
        match = next((p for p in pairs if p.claim is q and p.context >= SAME_THING), None)
        if match is not None:
            got += NUMBER_WEIGHT * (1.0 if match.check.relation is Relation.AGREE else 0.5)
    coverage = got / total if total else 0.0
    ratio = fuzz.token_set_ratio(fold(claim.text), fold(passage.text)) / 100
    return Alignment(
        passage=passage,
        analysis=found,
        by_source=by_source,
        borrowed=borrowed,
        score=round(100 * (0.8 * coverage + 0.2 * ratio), 1),
        coverage=coverage,
        words=words,
        missing=tuple(missing),
        missing_entities=tuple(missing_entities),
        astray=astray,
        pairs=pairs,
        unpaired=unpaired,
        claim=claim,
    )


def _bare_word(text: str) -> str:
    """A word folded, without its possessive ending ("Nigeria's": "nigeria")."""
    return fold(text).replace("’", "'").removesuffix("'s")


def _names_from(claim: Analysis, passages: Sequence[Analysis]) -> Analysis:
    """The claim with its capitalised words that the passages write as names marked as names:
    "Nigeria" opening "Nigeria contained its outbreak" is a name when a passage has "limiting
    Nigeria's outbreak"."""
    unsure = [t for t in claim.terms if not t.entity and t.text[:1].isupper()]
    if not unsure:
        return claim
    # (the same word or a known name's other form, "Britain" for "British"; not only the same
    # stem: "Clothing" is no name for "Clean Clothes Campaign")
    entities = [t for a in passages for t in a.terms if t.entity]
    words, keys = {_bare_word(t.text) for t in entities}, {t.key for t in entities}

    def named(term: Term) -> bool:
        return _bare_word(term.text) in words or (term.key in keys and bool(spellings(term.key)))

    if not any(named(t) for t in unsure):
        return claim
    terms = tuple(replace(t, entity=True) if t in unsure and named(t) else t for t in claim.terms)
    return Analysis(text=claim.text, terms=terms, quantities=claim.quantities, negations=claim.negations)


def align(
    claim: Analysis,
    hits: Sequence[Hit],
    options: CheckOptions,
    context: Surroundings | None = None,
    anchors: Anchors | None = None,
    pervasive: frozenset[str] = frozenset(),
    also: Sequence[Hit] = (),
) -> list[Alignment]:
    """Re-rank the index's candidates, best first, dropping the clearly unrelated (match score
    below the `related` threshold). `also` are more candidates, aligned whatever their words (the
    passages giving a number near the claim's: pipeline.Corpus.near_figures).

    The order blends the match score with the index's score relative to its best hit
    (RETRIEVAL_WEIGHT of it): the match score counts the claim's words, the index also weighs how
    rare they are, and together they find the passages that speak to a claim more often than either.
    Only the PRESELECT candidates sharing most of the claim's words (ties: the index's order) are
    aligned in full: analysing a passage costs far more than counting its words.
    """
    if len(hits) > PRESELECT:
        wanted = set(terms(claim.text + " " + " ".join(digits(claim))))  # its figures in digits too
        shared = [len(wanted.intersection(terms(hit.passage.text))) for hit in hits]
        order = sorted(range(len(hits)), key=lambda i: -shared[i])[:PRESELECT]
        hits = [hits[i] for i in sorted(order)]
    hits = list(hits)
    kept = {(h.passage.source, h.passage.start) for h in hits}
    for h in also:  # (once each)
        if (h.passage.source, h.passage.start) not in kept:
            kept.add((h.passage.source, h.passage.start))
            hits.append(h)
    claim = _names_from(claim, [analyse(hit.passage.text) for hit in hits])
    best = max((hit.score for hit in hits), default=0.0) or 1.0
    ranked = []
    for hit in hits:
        if context is not None and context.is_header(hit.passage):
            continue  # a table's header row names columns: it states nothing to weigh
        a = align_one(claim, hit.passage, context, anchors=anchors, pervasive=pervasive)
        if a.score >= options.thresholds.related:
            rank = (1 - RETRIEVAL_WEIGHT) * a.score + RETRIEVAL_WEIGHT * 100 * max(hit.score, 0.0) / best
            ranked.append((-rank, a.passage.source, a.passage.start, a))
    ranked.sort(key=lambda r: r[:3])
    # A passage that speaks to the claim but lacks its figure may give it in the sentence after:
    # "MH17 was shot down over eastern Ukraine on 17 July 2014. All 298 people on board died."
    following = context.following if context is not None else None
    if following is not None and any(q.kind not in WHEN | {"ordinal"} for q in claim.quantities):
        seen = {(h.passage.source, h.passage.start) for h in hits}
        for key, _, _, a in ranked[:FOLLOW]:
            if a.words < FOLLOW_WORDS or _gives_figures(a, agreeing=True):
                continue
            after = following(a.passage)
            if after is None or (after.source, after.start) in seen:
                continue
            seen.add((after.source, after.start))
            b = align_one(claim, after, context, follows=True, anchors=anchors, pervasive=pervasive)
            if b.score >= options.thresholds.related and _gives_figures(b):
                ranked.append((key + 1e-6, b.passage.source, b.passage.start, b))  # right after the passage it follows
        ranked.sort(key=lambda r: r[:3])
    return [a for *_, a in ranked]


def _gives_figures(a: Alignment, agreeing: bool = False) -> bool:
    """Whether a passage pairs one of the claim's figures (its times aside) in the claim's setting
    (`agreeing`: with a figure that agrees)."""
    return any(
        p.context >= SAME_THING and p.claim.kind not in WHEN and (not agreeing or p.check.relation is Relation.AGREE)
        for p in a.pairs
    )

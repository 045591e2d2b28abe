"""Find every quantity in a text: one tokenising regex pass, then small token logic.

The tokenizer marks numbers in digits (with separators, decimals and signs), words and symbols,
and recognises numeric dates, times, versions and phone numbers first so that their digits are
never read as counts. The reader then walks the tokens once: an optional qualifier ("more than",
"about", "since"), a core (a number, a range, a vague quantity, a fraction, a date...), an
optional trailing qualifier ("or more") and the unit or counted noun after it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from factcheck.numbers import words as W
from factcheck.numbers.clock import clock_times
from factcheck.numbers.quantity import PLAIN_BOUNDS, Quantity, bound_in_time
from factcheck.numbers.tolerance import slack, step_of
from factcheck.numbers.vague import ALONE, MULTIPLIERS, PLURAL_PREFIXES, plural_interval
from factcheck.numbers.weekdays import weekdays

_TOKEN = re.compile(
    r"""
    (?P<w>[^\W\d_]+(?:['’][^\W\d_]+)*)
    |(?P<d>\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:1[89]|20)\d{2}-(?:0[1-9]|1[0-2])\b(?![-.]?\d))
    |(?P<i>\b\d{1,2}:\d{2}(?::\d{2})?\b
        |\bv?(?!\d{1,3}(?:\.\d{3}){2,}(?![.\d]))\d+(?:\.\d+){2,}\b
        |\+\d{1,3}[\x20.\-]?\(?\d{1,4}\)?(?:[\x20.\-]?\d{2,4}){2,}
        |\(\d{2,4}\)\x20?\d{3,4}[\x20.\-]?\d{3,4}
        |\b\d{2,4}(?:[.\-]\d{2,4}){2,}\b)
    |(?P<n>(?:(?<![\w)\]%])[+\-\u2212])?(?:(?<![\w.])\.\d+(?!\d|\.\d)|\d{1,3}(?:\.\d{3}){2,}(?![.\d])|\d{1,3}(?:[,\u00a0\u202f\u2009\x20]\d{3}(?!\d))+|\d+)(?:\.\d+(?!\d|\.\d))?)
    |(?P<s>[^\s\w]|_)
    """,
    re.VERBOSE,
)
# The same tokens, each with the white space before it, for a faster findall() pass.
_SCAN = re.compile(r"(\s*)(?:" + _TOKEN.pattern + ")", re.VERBOSE)
_GROUPS = tuple(name for name, _ in sorted(_TOKEN.groupindex.items(), key=lambda kv: kv[1]))
DASHES = frozenset({"-", "–", "—", "‒", "―", "−", "‑"})
# the scales a magnitude is written after ("Mw 6.9"), and the words after one ("7.1 on the Richter scale")
MAGNITUDE_SCALES = frozenset("Mw Ms ML Mj Mb mb MJMA Mwp Mww".split())
_MAGNITUDE_AFTER = (("on", "the", "richter"), ("on", "the", "moment", "magnitude"), ("in", "magnitude"))
_RANGE_WORDS = frozenset({"to", "through", "thru", "till", "until"})
_PERCENT_WORDS = {("per", "cent"): "%", ("percent",): "%", ("pct",): "%", ("per", "-", "cent"): "%"}
_POINTS = {("percentage", "points"): "pp", ("percentage", "point"): "pp", ("pp",): "pp", ("ppt",): "pp",
           ("ppts",): "pp"}
_PERCENT_FIRST = frozenset(w[0] for w in (*_PERCENT_WORDS, *_POINTS))
# Words before a number that make it a label, not a quantity: "Article 5", "No. 72".
_IDENT_BEFORE = frozenset(
    """no nos nr number article art section sec chapter ch resolution page p pp vol volume issue flight
    route item part paragraph para clause annex table figure fig grade level phase line room episode
    season track channel platform gate block unit division regiment brigade battalion corps squad
    bus highway road apartment box code model version v rule amendment protocol act bill decree
    order law case file exhibit appendix schedule tier class category type no.""".split()
)
# Prefixes glued with a hyphen that still leave a year: "mid-2015", "pre-2005".
_YEAR_PREFIXES = frozenset({"mid", "pre", "post", "early", "late", "end", "fy", "circa"})
# Words before a 4-digit number that make it a year.
_YEAR_CONTEXT = frozenset(
    """a an in since from until till by before after during of the 's year years spring summer autumn fall
    winter early mid late end beginning start around circa as between and to through this that
    last next throughout""".split()
)
_IRREGULAR_PLURALS = frozenset(
    """people police personnel staff militia children men women cattle clergy infantry youth
    crew aircraft offspring livestock sheep fish deer feet""".split()
)
# Words that end the counted-noun search after a number.
_NOUN_STOP = frozenset(
    """a an the and or but if then than that this these those there here of in on at to for from by
    with without within into onto over under about above below between among as is are was were be
    been being am do does did has have had it its they them their he him his she her we us our you
    your i me my who whom whose which what when where why how all any both each more most other some
    such only own same so too very can could may might must shall should will would also just not no
    nor now up down out off again once per via upon while during before after since until against
    across along around behind beyond near toward towards according each every another fled left
    including excluding
    died killed joined fight fought went said live lived remain remained work worked according
    reported reportedly say says said were been aged old strong""".split()
)
# Letters that may follow digits with no space: scales, ordinals, decades, units, multiples.
_KNOWN_GLUED = frozenset({*W.SUFFIX_SCALES, *W.ORDINAL_SUFFIXES, *W.MEASURES, *W.DURATIONS, "s", "x", "bn", "mn", "pc", "pct", "pp"})
_TITLE_WORDS = frozenset({"later", "earlier", "after", "before", "ago", "on", "in", "of", "to", "and", "the", "for", "since"})  # "Three Days Later": a heading
_SKIP = "skip"  # a draft that only consumes tokens that are not a quantity ("24/7")
# "nearly 3,000" reaches down by this share of the tolerance of "about 3,000".
NEAR_SHARE = 2 / 3
_ONE_SKIP_AFTER = frozenset({"of", "another", "who", "that", "which", "way", "hand", "day", "time", "thing", "side"})
_AT_ONE = frozenset({"point", "stage", "moment"})  # "at one point": no count ("won by one point" is one)
_ONE_SKIP_BEFORE = frozenset({"no", "the", "any", "every", "each", "this", "that", "someone", "anyone", "everyone", "which"})

# Qualifiers before a number: phrase -> (canonical, role).
# Roles: gt/ge lower bounds, lt/le upper bounds, approx, near ("nearly": just below),
# over ("just over": just above), under ("just under"), upto ("as many as": approximate upper),
# year (a relation to a year or date that keeps the anchor), ctx (context only).
_QUALIFIER_TABLE: dict[str, tuple[str, str]] = {}


def _qual(canonical: str, role: str, *phrases: str) -> None:
    for phrase in phrases or (canonical,):
        _QUALIFIER_TABLE[phrase] = (canonical, role)


# comparatives of a size, before "than": a year after one is compared with, not bounded ("shorter
# than 1934")
_COMPARED = re.compile(r"stronger|heavier|taller|deeper|wider|longer|weaker|lighter|shorter|shallower|narrower")
_VERB_BOUNDS = frozenset({"exceed", "exceeded", "exceeds", "topped", "topping", "surpass", "surpassed", "surpassing"})  # "the train topped 100 km/h"
# a negation at most three words before a bound turns it round ("never went above 35 mph" is at
# most 35, "did not fall below 25C" at least 25), unless one of these stands between: "not until
# more than a week later", "not much more than twenty", "not just over"; a word joining or placing
# a clause ("The cause is not known but more than 200 died", "has not erupted in more than 300
# years", "not one but more than 200"); or a stop ("did not hold; more than 200 died")
_NEGATIONS = frozenset({"not", "never", "n't", "t"})
_TURN_STOPS = frozenset(
    "until till much only just even far long so quite very but and or yet while in for since one".split()
)
_TURNED = {"gt": ("at most", "le"), "lt": ("at least", "ge")}
_qual("more than", "gt", "more than", "over", "above", "greater than", "in excess of", "exceeding",
      "upwards of", "upward of", "north of", "larger than", "higher than", "bigger than", "older than", ">",
      "stronger than", "heavier than", "taller than", "deeper than", "wider than", "longer than",
      *sorted(_VERB_BOUNDS))
_qual("well over", "gt", "well over", "well above", "far more than", "well in excess of", "many more than")
_qual("just over", "over", "just over", "just above", "slightly more than", "a little over",
      "a little more than", "slightly over", "just more than", "barely more than", "barely over", "only just over",
      "only just more than", "scarcely more than")
_qual("at least", "ge", "> =", "≥ =", "more than or equal to", "greater than or equal to", "equal to or more than",
      "equal to or greater than", "at least", "no fewer than", "no less than", "not less than", "not fewer than",
      "a minimum of", "minimum of", "≥", ">=", "at a minimum", "no younger than", "not younger than",
      "no smaller than", "no lower than", "no shorter than", "no lighter than", "no weaker than", "no shallower than",
      "no narrower than")
_qual("at most", "le", "< =", "less than or equal to", "fewer than or equal to", "equal to or less than",
      "equal to or fewer than", "at most", "no more than", "not more than", "a maximum of",
      "maximum of", "≤", "<=", "not exceeding", "at a maximum", "within", "within just", "within only",
      "no older than", "not older than", "no larger than", "no higher than", "no bigger than", "no greater than",
      "no stronger than", "no heavier than", "no taller than", "no deeper than", "no wider than", "no longer than")
_qual("up to", "le", "up to")
_qual("as many as", "upto", "as many as", "as much as", "as high as", "perhaps as many as")
_qual("within about", "upto", "within about", "within around", "within roughly", "within some", "within approximately")
_qual("fewer than", "lt", "fewer than", "less than", "under", "below", "lower than", "smaller than", "younger than", "<",
      "weaker than", "lighter than", "shorter than", "shallower than", "narrower than",
      "short of", "stops short of", "stopped short of", "falls short of", "fell short of", "falling short of",
      "well short of", "shy of")
_qual("just under", "under", "just under", "just below", "slightly less than", "slightly fewer than",
      "a little under", "a little less than", "slightly under", "just shy of", "just short of",
      "a little short of", "slightly short of")
_qual("nearly", "near", "nearly", "almost", "not quite", "close on")
_qual("about", "approx", "about", "around", "roughly", "some", "approximately", "an estimated",
      "estimated", "~", "≈", "circa", "c.", "ca.", "approx.", "approx", "in the region of",
      "on the order of", "of the order of", "somewhere around", "something like", "reportedly",
      "an approximate", "close to", "nearly about", "around about")
_qual("since", "year", "since", "ever since")
_qual("from", "year", "from", "starting in", "starting from", "beginning in", "as from")
_qual("until", "year", "until", "till", "up until", "up to and including", "through", "until the end of")
_qual("until at least", "year", "until at least", "till at least", "to at least")
_qual("by", "year", "by", "no later than", "by the end of")
_qual("before", "year", "before", "prior to", "earlier than")
_qual("after", "year", "after", "later than")
_qual("as of", "year", "as of", "as at")
_qual("early", "year", "early", "early in")
_qual("mid", "year", "mid", "mid-", "the middle of", "middle of", "mid of")
_qual("late", "year", "late", "late in", "the end of", "end of")
_qual("in", "ctx", "in", "during", "in the year", "throughout")

_DOTTED = frozenset({"c", "ca", "approx"})
_EXACTLY = re.compile(r"\b(?:exactly|precisely)\s+$", re.IGNORECASE)  # ... unless so said: "exactly two decades"
ROUND_UNITS = frozenset({"decade", "century"})  # units of time so long that a count of them is a round figure
_EVERY = frozenset({"every", "each"})  # "two out of every three", "one in each five"
_BARE_WHOLES = {"hundred": 100, "thousand": 1000}  # "seven in every hundred"
_ARMS = frozenset(  # what a calibre (".303", ".22") is written before
    "rifle rifles pistol pistols revolver revolvers gun guns ammunition round rounds cartridge cartridges bullet bullets calibre caliber magnum special".split()
)
_EMERGENCY = frozenset({"999", "911", "112", "000"})  # numbers dialled, not counted: "ringing 999", "called 911"
_DIALLED = frozenset("ring rang rung ringing rings dial dialled dialed dialling dialing dials call called calling calls".split())
for _abbr in _DOTTED:  # written with a dot: the dot is a token of its own
    if _abbr + "." in _QUALIFIER_TABLE:
        _QUALIFIER_TABLE[_abbr] = _QUALIFIER_TABLE.pop(_abbr + ".")
_QUAL_BY_FIRST: dict[str, list[tuple[tuple[str, ...], tuple[str, str]]]] = {}
for _phrase, _hit in sorted(_QUALIFIER_TABLE.items(), key=lambda kv: -len(kv[0].split())):
    _QUAL_BY_FIRST.setdefault(_phrase.split()[0], []).append((tuple(_phrase.split()), _hit))
_QUAL_FIRST = frozenset(_QUAL_BY_FIRST)
# Trailing qualifiers: "500 or more", "3,000 or so", "500+".
_POST_QUALS: dict[tuple[str, ...], tuple[str, str]] = {
    ("or", "more"): ("at least", "ge"), ("and", "more"): ("at least", "ge"), ("or", "above"): ("at least", "ge"),
    ("and", "above"): ("at least", "ge"), ("and", "over"): ("at least", "ge"), ("or", "over"): ("at least", "ge"),
    ("plus",): ("at least", "ge"), ("+",): ("at least", "ge"), ("-", "plus"): ("at least", "ge"), ("or", "greater"): ("at least", "ge"),
    ("or", "fewer"): ("at most", "le"), ("or", "less"): ("at most", "le"), ("or", "below"): ("at most", "le"),
    ("and", "below"): ("at most", "le"), ("or", "under"): ("at most", "le"), ("and", "under"): ("at most", "le"),
    ("or", "so"): ("about", "approx"), ("odd",): ("about", "approx"), ("-", "odd"): ("odd", "odd"),
    ("at", "least"): ("at least", "ge"), ("at", "most"): ("at most", "le"),
}
# titles and roles before a person's name ("Captain Peter Terrington, 51, and ...")
_TITLES = frozenset(
    """captain officer pilot driver engineer guard fireman signalman conductor stewardess steward nurse
    mr mrs ms miss dr doctor sir lady lord sergeant constable inspector lieutenant colonel major general
    private corporal seaman skipper mate chief father brother sister mother professor judge senator
    governor mayor president minister""".split()
)
_AGED = frozenset("boy girl man woman child son daughter baby toddler lad youth widow widower".split())  # "a boy of ten"
# verbs "over" follows as a preposition of time: "winds averaged over one minute", "spread over
# five years"
# currency names that are words too ("the sum of", "pounds of flour", "the party won 8 seats"):
# money only after a scale ("85.1 billion won") or, for the won, after a thousand or more
_SHARED_CURRENCY_WORDS = frozenset({"sum", "som", "pound", "pounds", "won", "rand"})  # ("Rand miners": the Witwatersrand)
_ACROSS = frozenset("averaged measured spread recorded calculated computed repaid phased staggered".split())  # not "taken over six weeks"
_POST_FIRST = frozenset(w[0] for w in _POST_QUALS)
# Capitalised words before a number that do not make it a label ("Over 300", "In 2005").
# Days of the week before a day of a month: "Sunday 28 March", "Sat 27 March".
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)
# capitalised adverbs that open a sentence before a figure, no name of it ("Still 300 ...")
_OPENING_ADVERBS = frozenset({"still", "altogether", "exactly", "precisely", "fully", "finally", "eventually", "officially", "ultimately", "initially", "originally", "overall", "later", "then"})
_NOT_NAMES = frozenset({*_QUAL_FIRST, *_YEAR_CONTEXT, *_NOUN_STOP, *W.MONTHS, *_WEEKDAYS, "about", "between", "minus"})
# Tokens that make a quantity possible nearby; qualifiers reach at most _REACH tokens before one.
_ANCHOR_WORDS = frozenset(
    {*W.NUMBER_WORDS, *W.ORDINAL_WORDS, *W.VULGAR_FRACTIONS, *W.FRACTION_WORDS, *W.MULTIPLE_WORDS, *W.MONTHS, *W.PLURAL_SCALES,
     "few", "several", "couple", "handful", "dozen", "dozens", "score", "scores", "tens", "half", "fold", "once", "'", "’"}
)
_ANCHOR_SYMBOLS = frozenset({"'", "’"})
# words opening a clause after "once" used as a conjunction ("only once the river had crested")
_CLAUSE_OPENERS = frozenset("the a an it he she they we you i its his her their this that these those there all everyone people".split())
# Units of time written out, which "a" or "an" may count one of ("a week after", "an hour after"):
# one set for the quick pre-check, the anchors and the reader.
_A_UNITS = frozenset(u for u in W.DURATIONS if len(u) > 2)
_A_UNIT = re.compile(r"\ban?\s+(?:" + "|".join(sorted(_A_UNITS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_REACH = 6
_PAD = 12  # padding of the reader's token lists: farther than any look-ahead or look-behind
# Tokens that can be the first of a quantity: qualifiers, anchors, currencies, articles.
_START_WORDS = frozenset(
    {*_QUAL_FIRST, *_ANCHOR_WORDS, *W.CURRENCY_CODES, "a", "an", "the", "between", "us", "c", "hk", "some", "minus", "negative", "rs", "last", "final", "another", "r"}
)
# Cheap test before tokenising: a digit, or a word that can make a quantity.
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")
_START_SYMBOLS = frozenset({*_QUAL_FIRST, *W.CURRENCY_SYMBOLS, "'", "’"})


@dataclass(slots=True)
class _Draft:
    """A quantity being read: token span and everything known so far."""

    first: int  # first token index
    last: int  # token index after the quantity
    low: float | None
    high: float | None
    kind: str = "count"
    unit: str | None = None
    approximate: bool = False
    low_inclusive: bool = True
    high_inclusive: bool = True
    qualifier: str | None = None
    value: float | None = None
    precision: float | None = None
    scaled: bool = False
    words: bool = False  # written in words ("two thousand")


@dataclass(slots=True)
class _Num:
    """A number expression: digits or words, with any scale."""

    value: float
    precision: float
    scaled: bool
    last: int  # token index after the expression
    words: bool
    raw: str  # the digits as written, "" for words
    year_like: bool  # 4 plain digits in 1000-2100, no scale
    scale: float = 1.0  # the scale word or suffix it was multiplied by ("27 thousand" -> 1000)


def _token_lists(text: str) -> tuple[list[str], list[str], list[str], list[int], list[int]]:
    """The tokens of `text` as parallel lists: kinds, texts, lower-case texts, starts, ends.

    Every character that is not white space belongs to a token, so the offsets follow from the
    lengths of the white space and tokens that findall() returns in order.
    """
    lowered = text.lower()
    same = len(lowered) == len(text)  # lower() keeps offsets for nearly every text
    kinds: list[str] = []
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    groups = _GROUPS
    for row in _SCAN.findall(text):
        start = pos + len(row[0])
        for k in range(1, 6):
            tok = row[k]
            if tok:
                kinds.append(groups[k - 1])
                break
        pos = start + len(tok)
        texts.append(tok)
        starts.append(start)
        ends.append(pos)
    if same:
        lows = [lowered[a:b] for a, b in zip(starts, ends)]
    else:
        lows = [t.lower() for t in texts]
    return kinds, texts, lows, starts, ends


_STARS = re.compile(r"\*+")  # Markdown emphasis comes in pairs of runs ("**4,000**"; "a 5* hotel" is a rating)
# Hyphens inside a figure written as one compound word, read as spaces (the same length, so the
# offsets hold): "a £12-million rebuild", "a 12-million-pound stadium", "two-and-a-half miles"
_COMPOUND = re.compile(
    r"\d[\d,.]*-(?:thousand|million|billion|trillion)(?:-(?:pounds?|dollars?|euros?|strong)\b)?\b|\b[a-z]+-and-a-half\b",
    re.IGNORECASE,
)


def parse_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order of position, non-overlapping. Never raises."""
    if not isinstance(text, str):
        return []
    return _negated_bounds(text, _counted_from(text, _parse(text)))


# a span of time right before "before" or "after": "the day after", "three years after", "weeks before"
_SPAN_BEFORE = re.compile(
    r"\b(?:day|days|night|nights|week|weeks|fortnight|month|months|year|years|decade|decades|century|centuries|hours?|minutes?)\s*$",
    re.IGNORECASE,
)


def _counted_from(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found`, with a year or a date after a span of time and "before" or "after" marked as the
    day the span is counted from ("the day after 4 July 1826", "three years after 1912"): no
    bound (quantity.bound_in_time), as "after 4 July 1826" alone is."""
    return [
        replace(q, counted_from=True)
        if q.kind in ("year", "date") and q.qualifier in PLAIN_BOUNDS and _SPAN_BEFORE.search(text, max(0, q.start - 30), q.start)
        else q
        for q in found
    ]


# a negation governing "before" or "after" a year or date, with at most two words between: "did
# not open before 2010", "was never finished after 1931", "hadn't opened before 1 May", "cannot
# have opened before 2010"; not "not long after 1900", "not until after 2010", "not only before"
_NOT_BEFORE = re.compile(
    r"\b(?:not|never|cannot|\w+n['’]t)\s+(?!(?:[^\W\d_]+\s+){0,1}(?:long|until|till|only|just|even|much|so|quite|far|very)\s)(?:[^\W\d_]+\s+){0,2}$",
    re.IGNORECASE,
)


def _negated_bounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found`, with a bound in time a negation governs turned round: "did not open before 2010"
    is a bound "not before" (2010 or later), "not after 1931" one "not after" (1931 or earlier)."""
    return [
        replace(q, qualifier=f"not {q.qualifier}")
        if bound_in_time(q) and _NOT_BEFORE.search(text, max(0, q.start - 40), q.start)
        else q
        for q in found
    ]


def _parse(text: str) -> list[Quantity]:
    """Every quantity in `text`, before _counted_from marks the days spans are counted from."""
    if "*" in text and len(_STARS.findall(text)) >= 2:
        # Markdown emphasis is read as white space (the same length, so the offsets hold): "more
        # than **4,000** people" is more than 4,000 people, not 4,000
        found = parse_quantities(text.replace("*", " "))
        return [replace(q, text=text[q.start : q.end]) for q in found]  # as written
    if "-" in text and _COMPOUND.search(text):
        found = parse_quantities(_COMPOUND.sub(lambda m: m.group().replace("-", " "), text))
        return [replace(q, text=text[q.start : q.end]) for q in found]  # as written
    if _DIGIT.search(text) is None and _ANCHOR_WORDS.isdisjoint(_LETTERS.findall(text.lower())) and _A_UNIT.search(text) is None:
        return weekdays(text, named_days(text, _decades_of_age(text, clock_times(text, []))))  # "midday", "in her forties", "on Christmas Eve", "on a Saturday"
    try:
        reader = _Reader(text, *_token_lists(text))
    except Exception:  # noqa: BLE001 - the parser never raises on any input
        return []
    out: list[Quantity] = []
    n = reader.n
    kinds, lows = reader.kinds, reader.lows
    # Only tokens with an anchor (a digit, a number word...) at most _REACH tokens ahead can start
    # a quantity; the rest of the sentence is skipped without looking at it.
    # (a unit of time after "a" anchors too: "a week after the quake")
    anchors = [k for k in range(n) if kinds[k] in "nd" or lows[k] in _ANCHOR_WORDS or lows[k] in _A_UNITS and k and lows[k - 1] in ("a", "an")]
    i = 0
    for anchor in anchors:
        if anchor < i:
            continue
        i = max(i, anchor - _REACH)
        i = _read_until(reader, i, anchor, out)
    for step in _PASSES:
        out = step(text, out)
    return weekdays(text, out)


# A rank on a scale named before it: "Category 4", "a category-5 storm", "level 7", "Alert Level
# 3", "Signal No. 5", "force 10": a count with the scale as its unit (the number alone is a label)
_CLASS = re.compile(
    r"\b(?:(?P<category>[Cc]ategory|[Cc]at\.?)|(?P<alert>[Aa]lert\s+)?(?P<level>[Ll]evel)|(?P<signal>[Ss]ignal)\s+(?:[Nn]o\.?|[Nn]umber|#)|(?P<force>[Ff]orce))"
    r"[\s-]?(?P<n>\d{1,2})(?![\d.,/]?\d)(?!\s*(?:%|per\b|km|miles?\b|metres?\b|m\b))"
    # a tornado's rank on the Fujita scale or the Enhanced one, "F5", "EF4", "EF-3" (read only
    # in a sentence about tornadoes: "F1" is also a motor race, "F-4" a jet; and not before a
    # name: "an F4 Phantom", "the F1 Grand Prix")
    r"|\b(?:(?P<ef>EF)-?|(?P<f>F))(?P<rank>[0-5])\b(?![\d.,/-]?\d)(?!\s+[A-Z])"
)
SCALES = ("category", "level", "signal", "force", "F scale", "EF scale")  # the units of such ranks
_SCALE_TOPS = {"category": 5, "level": 8, "signal": 5, "force": 12, "F scale": 5, "EF scale": 5}  # the highest rank of each scale
_SCALE_GROUPS = {"category": "category", "level": "level", "signal": "signal", "force": "force", "f": "F scale", "ef": "EF scale"}
_TORNADO = re.compile(r"[Tt]ornad|[Tt]wister|[Ff]ujita")
# a rank moved from one to another ("upgraded from Category 3 to 4"): two ranks, no span
_RANK_MOVED = re.compile(r"\b(?:from|upgraded|downgraded|raised|lowered|rose|increased|reduced|cut|moved|went|jumped|dropped|fell|strengthened|weakened|intensified)\b[^.;]{0,25}$", re.IGNORECASE)
_CLASS_TO = re.compile(r"\s*(?:to|or|-|–)\s*(?P<n>\d{1,2})\b(?![\d.,/]?\d)")  # the top of a span of ranks
_DEGREES = {"c": "°C", "f": "°F", "celsius": "°C", "centigrade": "°C", "fahrenheit": "°F"}  # after a degree sign
CLASS_TOP = max(_SCALE_TOPS.values())  # ranks on such scales run this high at most ("Task Force 58", "Level 42" are names)
_NAMED_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w'’-]*\s+$")  # a capitalised word before, inside a sentence


def _classes(text: str, found: list[Quantity]) -> list[Quantity]:
    """Add the ranks on a named scale ("Category 4", "level 7") where no other quantity stands;
    a count just before one counts what it ranks ("Two Category 4 hurricanes"), not ranks."""
    if not any(w in text for w in ("ategory", "Cat", "cat.", "evel", "ignal", "orce")) and not ("F" in text and _TORNADO.search(text)):
        return found  # (a Fujita rank stands only in a sentence about a tornado)
    added = []
    for m in _CLASS.finditer(text):
        rank = m.group("rank") is not None
        if rank:
            # (in the rank's own sentence)
            start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            end = min((i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0), default=len(text))
            if not _TORNADO.search(text, start, end):
                continue
            found = [q for q in found if not (q.start < m.end() and m.start() < q.end)]  # ("F5" is no bare 5)
        n = float(m.group("n") or m.group("rank"))
        if n > CLASS_TOP or any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        if not rank and m.group()[:1].isupper() and not m.group("alert") and _NAMED_BEFORE.search(text, 0, m.start()):
            continue  # "Task Force 58", "the Tropical Storm Signal": part of a name ("the Jarrell F5 tornado" is ranked)
        group = next(name for name in _SCALE_GROUPS if m.group(name))
        unit = _SCALE_GROUPS[group]
        end, top = m.end(), n
        upper = _CLASS_TO.match(text, m.end())
        if (
            upper is not None and n < float(upper.group("n")) <= _SCALE_TOPS[unit] and ("or" not in upper.group() or float(upper.group("n")) == n + 1)
            and not _RANK_MOVED.search(text, max(0, m.start() - 40), m.start())
        ):
            end, top = upper.end(), float(upper.group("n"))  # "Force 10 to 11", "Category 4-5"
        found = [q for q in found if not (m.end() <= q.start < end)]
        added.append(Quantity(text=text[m.start() : end], start=m.start(), end=end, low=n, high=top, unit=unit,
                              approximate=False, kind="count", value=n if top == n else None, precision=1.0))
        # "Two Category 4 hurricanes": the count before took the scale's word for its unit
        found = [replace(q, unit=None) if q.unit in (m.group(group).lower(), unit) and text[q.end : m.start()].strip() == "" else q for q in found]
    return sorted([*found, *added], key=lambda q: q.start) if added else found


# words saying a temperature is a change of one: "warmed by 2°F", "a rise of 1.1°C", "2°C warmer"
_CHANGE_BEFORE = re.compile(
    r"(?:\bby|\b(?:rise|rose|increase|drop|fall|fell|warming|cooling|change|anomaly)\s+of)\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around|only|just|more|less|than|up|to|over|under)\s+)*$",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(r"\s+(?:warmer|colder|cooler|hotter|higher|lower|above|below|more|less|rise|increase|drop|fall|of\s+warming|of\s+cooling)\b", re.IGNORECASE)


def _temperature_changes(text: str, found: list[Quantity]) -> list[Quantity]:
    """Mark the temperatures that are changes of one ("warmed by 2°F", "2°C warmer") with the
    units of a change (Δ°C, Δ°F), which convert without Fahrenheit's offset."""
    if "°" not in text and "℃" not in text and "℉" not in text and "elsius" not in text and "ahrenheit" not in text and "entigrade" not in text:
        return found
    return [
        replace(q, unit="Δ" + q.unit)
        if q.unit in ("°C", "°F") and (_CHANGE_BEFORE.search(text, 0, q.start) or _CHANGE_AFTER.match(text, q.end)) else q
        for q in found
    ]


def _parts_of_decades(text: str, found: list[Quantity]) -> list[Quantity]:
    """Narrow "the early 1990s", "the mid-1870s", "the late 1870s" to the years they mean
    (1990-1993, 1874-1876, 1877-1879), as "in her early seventies" is for an age; and "the early
    1800s", "the mid-1800s", "the late 1800s" to a part of a century (1800-1839, 1830-1869,
    1860-1899)."""
    out = []
    for q in found:
        low, part = q.low, q.qualifier
        if q.kind == "year" and part in ("early", "mid", "late") and low is not None:
            if q.precision == 10.0 and q.high == low + 9:
                first, last = _PARTS_OF_DECADE[part]
                q = replace(q, low=low + first, high=low + last)
            elif q.precision == 100.0 and q.high == low + 99:
                first, last = _PARTS_OF_CENTURY[part]
                q = replace(q, low=low + first, high=low + last)
        out.append(q)
    return out


# One unit of measure and a part of another: "a mile and a half", "a kilometre and a quarter"
_UNIT_AND_A_PART = re.compile(r"\b(?:a|an|one)\s+([a-z]+(?:\s+[a-z]+)?)\s+and\s+a\s+(half|quarter)\b", re.IGNORECASE)


def _units_and_a_part(text: str, found: list[Quantity]) -> list[Quantity]:
    """Read "a mile and a half" as 1.5 miles, replacing the bare fraction read inside it."""
    if " and a " not in text:
        return found
    out = list(found)
    for m in _UNIT_AND_A_PART.finditer(text):
        unit = W.MEASURES.get(m.group(1).lower())
        if unit is None:
            continue
        size = 1.5 if m.group(2).lower() == "half" else 1.25
        out = [q for q in out if not (m.start() <= q.start < m.end())]
        out.append(Quantity(text=m.group(), start=m.start(), end=m.end(), low=size, high=size, unit=unit[0], approximate=False,
                            kind="measure", value=size, precision=size / 5))
    return sorted(out, key=lambda q: q.start)


def _feet_and_inches(text: str, found: list[Quantity]) -> list[Quantity]:
    """Read "882 feet 9 inches" as one length in feet (not "20 feet and 9 inches of rain")."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.kind == "measure" and prev.unit == "ft" and q.kind == "measure" and q.unit == "in"
            and prev.low is not None and prev.low == prev.high and q.low is not None and q.low == q.high and q.low < 12
            and _BETWEEN_PARTS.fullmatch(text, prev.end, q.start) and not re.match(r"\s+of\b", text[q.end :])
        ):
            size = prev.low + q.low / 12
            out[-1] = replace(prev, text=text[prev.start : q.end], end=q.end, low=size, high=size, value=size, precision=1 / 12)
            continue
        out.append(q)
    return out


_LISTED_DAY = re.compile(r"\s*(?:,|,?\s+(?:and|or|&))\s+")


def _days_listed(text: str, found: list[Quantity]) -> list[Quantity]:
    """Give the days listed before a date its month and year: "on 12 and 14 March 2011" is 12
    March 2011 and 14 March 2011, "on 3, 5 and 9 June" three days of June (not counts)."""
    out = list(found)
    for i in range(len(out) - 1, 0, -1):
        q = out[i]
        if q.kind != "date" or not q.text[:1].isdigit() or (q.low is not None and q.low != q.high):
            continue
        k = i - 1
        while k >= 0:
            c = out[k]
            day = c.low
            if not (c.kind == "count" and c.unit is None and day is not None and c.low == c.high and day == int(day) and 1 <= day <= 31):
                break
            if not _LISTED_DAY.fullmatch(text, c.end, out[k + 1].start):
                break
            value = None if q.low is None else float(int(q.low) // 100 * 100 + int(day))
            out[k] = replace(c, kind="date", low=value, high=value, value=value, unit=None, precision=1.0)
            k -= 1
    return out


# Days of the year known by their names, as (month, day), keyed without capitals, stops or
# apostrophes. Only fixed days: Easter, Thanksgiving and an "Independence Day" (whose?) are left
# to the words, and so are May Day (a bank holiday moves to a Monday) and Halloween (a film, a
# party, a storm of several days).
NAMED_DAYS = {
    "new years day": (1, 1), "valentines day": (2, 14), "st davids day": (3, 1), "st patricks day": (3, 17),
    "st georges day": (4, 23), "bastille day": (7, 14), "all saints day": (11, 1), "all souls day": (11, 2),
    "guy fawkes night": (11, 5), "bonfire night": (11, 5), "armistice day": (11, 11), "st andrews day": (11, 30),
    "christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26), "new years eve": (12, 31),
    "hogmanay": (12, 31),
}
# ... as written, with a year after it: "New Year's Day 1837", "Boxing Day, 2004", "Christmas Eve of 1971"
_NAMED_DAY = re.compile(
    r"\b(?P<name>New\s+Year(?:['’]?s)?\s+(?:Day|Eve)|Hogmanay|Christmas\s+(?:Eve|Day)|Boxing\s+Day"
    r"|(?:St\.?|Saint)\s+(?:Patrick|George|Andrew|David)['’]?s\s+Day|(?:St\.?\s+|Saint\s+)?Valentine['’]?s\s+Day"
    r"|All\s+(?:Saints|Souls)['’]?\s+Day|Guy\s+Fawkes\s+Night|Bonfire\s+Night|Armistice\s+Day|Bastille\s+Day)\b"
    r"(?:(?:,?\s+|\s+(?:of|in)\s+)(?P<year>1\d{3}|20\d{2})\b(?![-–/]\d))?"
)
# ... unless another calendar's ("Chinese New Year's Day", "Orthodox Christmas Day")
_OTHER_CALENDAR = re.compile(
    r"\b(?:Chinese|Lunar|Orthodox|Jewish|Hebrew|Islamic|Persian|Iranian|Ethiopian|Julian|Coptic|Sikh|Hindu|Thai|Korean|Vietnamese|Tibetan|Bengali)\s+$"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _day_key(name: str) -> str:
    """A named day as NAMED_DAYS keys it: "St. Patrick's Day" -> "st patricks day"."""
    key = " ".join(re.sub(r"['’.]", "", name.lower()).split())
    key = re.sub(r"^saint\b", "st", key).replace("new year day", "new years day").replace("new year eve", "new years eve")
    return key.removeprefix("st ") if key.startswith("st valentine") else key


_BOUND_BEFORE = re.compile(r"\b(before|after)\s+$", re.IGNORECASE)  # "before Christmas Day": a bound


def named_days(text: str, found: list[Quantity]) -> list[Quantity]:
    """Read the days known by name as dates: "New Year's Day 1837" is 1 January 1837, "on Christmas
    Eve" 24 December of a year unsaid (compared as "24 December" is), "before Christmas Day" a
    bound (qualifier "before"). A year written after the name is the date's; any other quantity
    already read there stands. A name in a sentence that gives a date of its own is left to the
    words: the day is named, not dated, there ("the Boxing Day sale opened on 27 December", "the
    Christmas Day truce began on the evening of 24 December"), and so is another calendar's
    ("Orthodox Christmas Day falls on 7 January")."""
    out = list(found)
    for m in _NAMED_DAY.finditer(text):
        month_day = NAMED_DAYS.get(_day_key(m.group("name")))
        inside = [q for q in out if q.start < m.end() and m.start() < q.end]
        if month_day is None or any(q.kind != "year" for q in inside) or _OTHER_CALENDAR.search(text, 0, m.start()):
            continue
        opens = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        closes = _SENTENCE_END.search(text, m.end())
        if any(q.kind == "date" and opens <= q.start and q.end <= (closes.start() if closes else len(text)) for q in out if q not in inside):
            continue
        year = m.group("year")
        value = float(int(year) * 10000 + month_day[0] * 100 + month_day[1]) if year else None
        bound = _BOUND_BEFORE.search(text, max(0, m.start() - 12), m.start())
        start = bound.start() if bound else m.start()
        day = Quantity(
            text=text[start : m.end()], start=start, end=m.end(), low=value, high=value, unit=None,
            approximate=False, kind="date", value=value, precision=1.0,
            qualifier=bound.group(1).lower() if bound else None,
        )
        out = [q for q in out if q not in inside] + [day]
    return sorted(out, key=lambda q: q.start)


def _shared_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """Give a bare number the unit of time of the next, when "and" or "or" joins the two:
    "three and four days after the storm" is three days and four days."""
    out = list(found)
    for i, (a, b) in enumerate(zip(found, found[1:])):
        if (
            a.kind == "count" and a.unit is None and a.low is not None and a.low == a.high
            and b.kind == "duration" and b.low is not None and b.low == b.high and a.low < b.low
            and re.fullmatch(r"\s+(?:and|or)\s+", text[a.end : b.start])
        ):
            out[i] = replace(a, kind="duration", unit=b.unit)
    return out


# "in her forties", "in his early seventies", "in their late teens": an age, a decade of years
_DECADE_OF_AGE = re.compile(
    r"\bin\s+(?:his|her|their|its)\s+(?:(?P<part>early|mid|late)[\s-]+)?"
    r"(?P<decade>teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    re.IGNORECASE,
)
_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
_PARTS_OF_DECADE = {None: (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}
# words that may follow "the 1990's" when it is the decade: "in the 1990's, when ...", "during the
# 1990's and 2000s" (a noun after it makes it a year's own: "the 1990's budget")
_AFTER_A_DECADE = frozenset("and or when while as until before after through during in at on to was were had saw brought".split())
# what "a day of", "a month of" is said of without a length: an article or set phrases
_NOT_LASTING = frozenset("the a an this that its his her their our reckoning judgment judgement arc rest".split())
# words between "the youngest" and "was N" that make N something other than an age
_NOT_AN_AGE = frozenset("and but or among toll number total count tally figure".split())
_PARTS_OF_CENTURY = {"early": (0, 39), "mid": (30, 69), "late": (60, 99)}
CENTURY_BEFORE = 1900  # "the 1800s" is a century; "the 1900s" a decade
_PARTS_OF_TEENS = {None: (13, 19), "early": (13, 15), "mid": (14, 16), "late": (17, 19)}


def _decades_of_age(text: str, found: list[Quantity]) -> list[Quantity]:
    """Add the ages written as a decade ("in her forties": 40 to 49 years; "in his early
    seventies": 70 to 73; "in their late teens": 17 to 19), where no other quantity stands."""
    added = []
    for m in _DECADE_OF_AGE.finditer(text):
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        part = m.group("part") and m.group("part").lower()
        if m.group("decade").lower() == "teens":
            low, high = _PARTS_OF_TEENS[part]
        else:
            base = _DECADES[m.group("decade").lower()]
            first, last = _PARTS_OF_DECADE[part]
            low, high = base + first, base + last
        start = m.start("part") if m.group("part") else m.start("decade")
        added.append(Quantity(text=text[start : m.end()], start=start, end=m.end(), low=float(low), high=float(high), unit="year", approximate=False, kind="duration"))
    return sorted([*found, *added], key=lambda q: q.start) if added else found


# "half an hour", "a quarter of an hour", "three quarters of a century": a part of one unit of time.
_PART_OF_UNIT = re.compile(
    r"\b(?:(?:(?P<part>(?:a|one)\s+quarter|three\s+quarters)\s+of|(?P<half>half))\s+an?\s+(?P<unit>second|minute|hour|day|week|fortnight|month|year|decade|century)"
    r"|(?P<bare>half|quarter)[\s-](?P<hour>hour))\b(?!['’])",  # "the next half hour", "a quarter-hour"
    re.IGNORECASE,
)
_PART_SIZE = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}


def _bounds(role: str, base: float, tol: float) -> dict[str, Any]:
    """The interval fields a qualifier's role gives a number `base` whose tolerance is `tol`:
    "more than 500" (gt) is (500, ∞), "nearly 500" (near) [500 - ⅔ tol, 500]..."""
    if role == "gt":
        return {"low": base, "low_inclusive": False, "high": None, "high_inclusive": True}
    if role == "ge":
        return {"low": base, "low_inclusive": True, "high": None}
    if role == "lt":
        return {"low": None, "high": base, "high_inclusive": False}
    if role == "le":
        return {"low": None, "high": base, "high_inclusive": True}
    if role == "upto":
        return {"low": None, "high": base, "approximate": True}
    if role == "near":
        return {"low": base - tol * NEAR_SHARE, "high": base, "approximate": True}
    if role == "over":
        return {"low": base, "low_inclusive": False, "high": base + tol, "approximate": True}
    if role == "under":
        return {"low": base - tol, "high": base, "high_inclusive": False, "approximate": True}
    if role == "approx":
        return {"approximate": True}
    return {}


# a qualifier of the reader's table before a part of a unit: "within half an hour", "nearly half an hour"
_SHAPING = ("gt", "ge", "lt", "le", "upto", "near", "over", "under", "approx")
_PART_QUALIFIER = re.compile(
    r"(?<![\w])("
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p, (_, role) in sorted(_QUALIFIER_TABLE.items(), key=lambda kv: -len(kv[0])) if role in _SHAPING)
    + r")\s+$",
    re.IGNORECASE,
)


def _part_bounds(said: str, size: float) -> dict[str, Any]:
    """The interval fields of a part of a unit of time after the qualifier `said`, as the reader
    shapes any number after it."""
    canonical, role = _QUALIFIER_TABLE[" ".join(said.lower().split())]
    tol = slack(size, None, approximate=True, scaled=False, kind="duration")
    return {**_bounds(role, size, tol), "qualifier": canonical}


def _parts_of_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """Read "half an hour" as 0.5 hours and "within a quarter of an hour" as at most 0.25, not as
    a share and "an hour": the part's qualifier and bounds carry over to the time."""
    out = list(found)
    low = text.lower()
    if "half" not in low and "quarter" not in low:
        return out
    for m in _PART_OF_UNIT.finditer(text):
        part = m.group("part") or m.group("half") or m.group("bare")
        size = _PART_SIZE[part.split()[-1].lower()]
        unit = W.DURATIONS[(m.group("unit") or m.group("hour")).lower()][0]
        within = [q for q in out if q.start < m.end() and m.start() < q.end]
        at = m.start("part") if m.group("part") else m.start("half") if m.group("half") else m.start("bare")
        share = next((q for q in within if q.kind == "fraction" and q.start <= at and q.end >= at + len(part) - 1), None)
        if any(q.kind not in ("fraction", "duration") for q in within):
            continue
        if share is not None and share.low not in (None, size) and share.high not in (None, size):
            continue
        base = Quantity(
            text=text[m.start() : m.end()], start=m.start(), end=m.end(), low=size, high=size, unit=unit,
            approximate=unit in ROUND_UNITS and not _EXACTLY.search(text, max(0, m.start() - 12), m.start()), kind="duration", value=size, precision=None,
        )
        said = _PART_QUALIFIER.search(text, max(0, m.start() - 20), m.start())
        if share is None and said is not None:
            # "within half an hour", "about half an hour", "nearly half an hour"
            base = replace(base, text=text[said.start() : m.end()], start=said.start(), **_part_bounds(said.group(1), size))
        if share is not None:
            base = replace(
                base, text=text[share.start : m.end()], start=share.start, approximate=share.approximate or unit in ROUND_UNITS,
                qualifier=share.qualifier, low=share.low, high=share.high,
                low_inclusive=share.low_inclusive, high_inclusive=share.high_inclusive,
            )
        out = sorted([q for q in out if q not in within] + [base], key=lambda q: q.start)
    return out


# "two hours and ten minutes", "six days and about seven and a half hours", "2 years 10 months":
# one time in two units.
_BETWEEN_PARTS = re.compile(r",?\s+(?:and\s+(?:about\s+|some\s+|roughly\s+|around\s+)?)?")  # "2 years 10 months", "1 year, 11 months"
_ONE_UNIT_AND = re.compile(r"\b(?:(about|some|roughly|around|almost|nearly)\s+)?(an?|one)\s+(year|month|fortnight|week|day|hour|minute)\s+and\s+(?:about\s+|some\s+|roughly\s+|around\s+)?$", re.IGNORECASE)


def _compound_durations(text: str, found: list[Quantity]) -> list[Quantity]:
    """Read "two hours and ten minutes" and "an hour and fifty minutes" as one time, in the
    larger unit: a time written in two units is one figure, not two."""
    out: list[Quantity] = []
    for q in found:
        if q.kind == "duration" and q.unit in W.DURATIONS and q.low is not None and q.high is not None:
            prev = out[-1] if out else None
            if (
                prev is not None and prev.kind == "duration" and prev.unit in W.DURATIONS
                and prev.low is not None and prev.low == prev.high
                and W.DURATIONS[prev.unit][1] > W.DURATIONS[q.unit][1]
                and _BETWEEN_PARTS.fullmatch(text, prev.end, q.start)
            ):
                out[-1] = _joined(text, prev, prev.low, q)
                continue
            one = _ONE_UNIT_AND.search(text, max(0, q.start - 40), q.start)
            if one is not None and one.end() == q.start and W.DURATIONS[one.group(3).lower()][1] > W.DURATIONS[q.unit][1]:
                about = bool(one.group(1))
                first = replace(q, start=one.start(2), unit=one.group(3).lower(), approximate=about, qualifier="about" if about else None)
                out.append(_joined(text, first, 1.0, q, start=one.start()))
                continue
        out.append(q)
    return out


def _joined(text: str, first: Quantity, amount: float, second: Quantity, start: int | None = None) -> Quantity:
    """`amount` of `first`'s unit plus `second`, in `first`'s unit."""
    assert first.unit is not None and second.unit is not None and second.low is not None and second.high is not None
    factor = W.DURATIONS[second.unit][1] / W.DURATIONS[first.unit][1]
    begin = first.start if start is None else start
    return replace(
        first, text=text[begin : second.end], start=begin, end=second.end,
        low=amount + second.low * factor, high=amount + second.high * factor, value=None,
        precision=None,  # "about" before the first part shapes the whole; after "and", only its own part
    )


# A season or half of a year, written before the year: the months it covers (northern seasons;
# a winter straddles two years and is left a year).
_PARTS = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "first half": (1, 6), "second half": (7, 12),
    "first quarter": (1, 3), "second quarter": (4, 6), "third quarter": (7, 9), "fourth quarter": (10, 12),
}
_PART_BEFORE = re.compile(
    r"\b(?:the\s+)?(spring|summer|autumn|fall|(?:first|second)\s+half|(?:first|second|third|fourth)\s+quarter)\s+(?:of\s+)?$",
    re.IGNORECASE,
)


# A month's day or night before its year: "on a February morning in 1986", "one July night in 2014"
_MONTH_MOMENT_BEFORE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+"
    r"(?:morning|afternoon|evening|night|day|weekend)\s+(?:in|of)\s+$"
)
_MONTHS = {m: i + 1 for i, m in enumerate(calendar.month_name[1:])}


def _parts_of_years(text: str, found: list[Quantity]) -> list[Quantity]:
    """Read "the summer of 2003", "the first half of 2021" and "a February morning in 1986" as
    the months they cover."""
    out: list[Quantity] = []
    for q in found:
        year_alone = q.kind == "year" and q.low == q.high and q.low
        part = _PART_BEFORE.search(text, 0, q.start) if year_alone else None
        moment = _MONTH_MOMENT_BEFORE.search(text, max(0, q.start - 40), q.start) if year_alone and part is None else None
        if moment is not None and re.search(r"\d\s*$", text[: moment.start()]):
            moment = None  # "the 6 June morning in 1944": a day, read as such
        if moment is not None:
            month, year = _MONTHS[moment.group(1)], int(q.low or 0)
            lo, hi = year * 1e4 + month * 100 + 1, year * 1e4 + month * 100 + calendar.monthrange(year, month)[1]
            # "one July night": "one" counts nothing here
            out = [o for o in out if not (o.kind == "count" and o.low == 1 and text[o.end : moment.start()].strip() == "")]
            out.append(replace(q, text=text[moment.start() : q.end], start=moment.start(), kind="date", low=lo, high=hi, value=None, precision=1.0))
            continue
        if part is None or not text[part.end() : q.start].strip() == "":
            out.append(q)
            continue
        first, last = _PARTS[" ".join(part.group(1).lower().split())]
        year = int(q.low or 0)
        lo = year * 1e4 + first * 100 + 1
        hi = year * 1e4 + last * 100 + calendar.monthrange(year, last)[1]
        start = part.start(1)
        # "the first half of 2021": "first" is no rank of its own here
        out = [o for o in out if not (o.kind == "ordinal" and o.start >= part.start())]
        out.append(replace(q, text=text[start : q.end], start=start, kind="date", low=lo, high=hi, value=None, precision=1.0))
    return out


_MONTH_ALONE_AFTER = frozenset({"in", "by", "until", "since", "from", "late", "early", "mid", "last", "next"})  # "in November"
_SHARE_BREAKS = frozenset({"was", "were", "is", "are", "had", "has", "have", "died", "fled", "fell", "lost", "won"})  # verbs ending a share's noun
# Words after "a third" that make it a rank, not a share: "a third term", "a sixth straight year".
_RANKED = frozenset(
    """term time round straight consecutive successive year month week day attempt wave place phase
    stage generation mandate ballot vote reactor runway country city state party volume edition
    book film series season vessel ship plane explosion blast quake earthquake aftershock tsunami
    eruption bomb attack strike suspect victim body officer company plant unit tower bridge pier
    well spill report inquiry trial case appeal hearing test launch mission flight team shift dam
    tank pipe boat lifeboat train carriage deal package loan bailout referendum election summit
    agreement ceasefire offensive person man woman child boy girl floor storey story grade final""".split()
)
# Verbs of change before "from A to B": two figures, the one before and the one after, not a range.
_MOVES = frozenset(
    """rose rise rises rising risen grew grow grows growing grown increased increase increases
    increasing climbed climb climbing jumped jump soared surged swelled expanded expanding raised
    raise raising lifted went go going moved move moving moves cut cuts cutting fell fall falls
    falling fallen dropped drop dropping declined decline declining shrank shrunk reduced reducing
    lowered slashed doubled tripled halved changed""".split()
)
_SPEEDS = {"km": "km/h", "mi": "mph"}  # a length per hour is a speed


def _years_for_dates(text: str, found: list[Quantity]) -> list[Quantity]:
    """Give a date written without its year ("died on 28 December") the year of the nearest
    dated quantity of the same text ("fell ill on 26 December 2013"), leaving out a year in
    brackets where another is given ("on 12 March 2011, raised it to level 5 (the level of Three
    Mile Island in 1979) on 18 March" is March 2011's); leave it open without one."""
    dated = [(q.start, _year_of(q)) for q in found if _year_of(q) is not None and not _bracketed(text, q)]
    dated = dated or [(q.start, _year_of(q)) for q in found if _year_of(q) is not None]
    if not dated or not any(q.kind == "date" and q.low is None and q.high is None for q in found):
        return found
    out = []
    for q in found:
        if q.kind == "date" and q.low is None and q.high is None:
            year = min(dated, key=lambda d: abs(d[0] - q.start))[1]
            full = [d for d in parse_quantities(f"{q.text} {year}") if d.kind == "date" and d.low is not None]
            if full:
                q = replace(q, low=full[0].low, high=full[0].high, value=full[0].value, precision=full[0].precision)
        out.append(q)
    return out


def _bracketed(text: str, q: Quantity) -> bool:
    """Whether a quantity stands inside brackets: "(the level of Three Mile Island in 1979)"."""
    return text.rfind("(", 0, q.start) > text.rfind(")", 0, q.start) and text.find(")", q.end) >= 0


def _year_of(q: Quantity) -> int | None:
    """The year of a single year or of a date within one year, else None."""
    if q.low is None or q.high is None:
        return None
    if q.kind == "year" and q.low == q.high:
        return int(q.low)
    if q.kind == "date" and int(q.low // 10000) == int(q.high // 10000):
        return int(q.low // 10000)
    return None


def _read_until(reader: _Reader, i: int, anchor: int, out: list[Quantity]) -> int:
    """Read quantities starting at tokens i..anchor into `out`; the token index reached."""
    while i <= anchor:
        try:
            draft = reader.at(i)
        except Exception:  # noqa: BLE001 - a bad span is skipped, never raised
            draft = None
        if draft is None or draft.last <= i:
            i += 1
            continue
        if draft.kind != _SKIP:
            out.append(reader.finish(draft))
        i = draft.last
    return i


class _Reader:
    """Reads quantities out of one text's tokens."""

    __slots__ = ("text", "n", "kinds", "texts", "lows", "starts", "ends")

    def __init__(self, text: str, kinds: list[str], texts: list[str], lows: list[str], starts: list[int], ends: list[int]) -> None:
        self.text, self.n = text, len(kinds)
        # Padded with empty entries past the end, so that any index from -_PAD to n + _PAD reads
        # as "no token" (a negative index wraps round to the padding).
        pad = [""] * _PAD
        self.kinds, self.texts, self.lows = kinds + pad, texts + pad, lows + pad
        self.starts, self.ends = starts + [-2] * _PAD, ends + [-1] * _PAD

    # -- small token helpers ------------------------------------------------------------------
    def glued(self, i: int) -> bool:
        """True when token i starts right where token i-1 ends (no space between)."""
        return 0 < i < self.n and self.starts[i] == self.ends[i - 1]

    def _magnitude(self, d: _Draft) -> bool:
        """Whether a figure is an earthquake's magnitude: "magnitude 7.1", "magnitude-7.1", "a
        magnitude of 7.1", "Mw 6.9", "a 7.1-magnitude quake", "7.1 on the Richter scale", "6.5 in
        magnitude"."""
        before, after = d.first - 1, d.last
        if self.lows[before] in DASHES or (self.lows[before] == "of" and self.lows[before - 1] == "magnitude"):
            before -= 1
        if self.lows[before] == "magnitude" or self.texts[before] in MAGNITUDE_SCALES or "magnitude" in self.lows[d.first : d.last]:
            return True  # (the last: "about magnitude 7")
        if self.lows[after] in DASHES:
            after += 1
        return self.lows[after] == "magnitude" or any(self.phrase(after, words) for words in _MAGNITUDE_AFTER)

    def phrase(self, i: int, words: tuple[str, ...]) -> bool:
        return i >= 0 and tuple(self.lows[i : i + len(words)]) == words

    # -- the quantity at token i -------------------------------------------------------------
    def at(self, i: int) -> _Draft | None:
        kind, low = self.kinds[i], self.lows[i]
        if kind == "w" and low not in _START_WORDS or kind == "s" and low not in _START_SYMBOLS:
            return None
        if kind == "w" and low == "between":
            draft = self._core(i, role=None)
            return None if draft is None else self._post(draft)
        if low in _QUAL_FIRST and kind in "ws":
            found = self._qualifier(i)
            if found is not None:
                canonical, role, j = found
                after_the = role == "year" and self.lows[j] == "the" and self.lows[j + 1] not in ("year",)
                if after_the:
                    j += 1  # "since the 1990s"
                elif self.lows[j] == "magnitude" and self.kinds[j + 1] == "n":
                    j += 1  # "about magnitude 4", "at least magnitude 6": the qualifier is the figure's
                draft = self._core(j, role=role)
                if (
                    draft is not None and draft.kind == "duration" and low == "over" and j == i + 1 and self.lows[i - 1] in _ACROSS
                    and self.lows[draft.last] not in ("ago", "of")  # "measured over 50 years ago", "paid over two years of back wages"
                ):
                    return self._post(draft)  # "measured over ten minutes", "repaid over 20 years": a period, no bound
                if draft is not None and draft.kind == "year" and canonical == "by" and after_the and j + 1 < self.n and self.kinds[j + 1] == "w":
                    if not self.glued(j + 1):  # (not "by the 1990s")
                        return self._post(draft)  # "destroyed by the 2011 earthquake": what did it, no time it was done by
                if draft is not None:
                    self._apply(draft, canonical, role, i)
                    if role in ("gt", "ge") and draft.high is None:
                        self._close(draft)
                    return self._post(draft)
        draft = self._core(i, role=None)
        if draft is None:
            return None
        return self._post(draft)

    def _close(self, d: _Draft) -> None:
        """"more than 10 and less than 20": an upper bound right after a lower one closes it."""
        j = d.last
        if self.lows[j] not in ("and", "but"):
            return
        found = self._qualifier(j + 1)
        if found is None or found[1] not in ("lt", "le"):
            return
        upper = self._core(found[2], role=found[1])
        if upper is None or upper.kind != d.kind or upper.low is None or upper.low != upper.high or d.low is None or upper.low <= d.low:
            return
        d.high, d.high_inclusive, d.last = upper.low, found[1] == "le", upper.last
        d.qualifier, d.value = "between", None
        if d.unit is None:
            d.unit = upper.unit

    def _qualifier(self, i: int) -> tuple[str, str, int] | None:
        """The longest qualifier phrase at token i: (canonical, role, token after it)."""
        for words, hit in _QUAL_BY_FIRST.get(self.lows[i], ()):
            if not self.phrase(i, words):
                continue
            end = i + len(words)
            if words[-1] in ("c", "ca") and self.lows[end] == "$" and self.glued(end):
                continue  # "C$460 million", "CA$460 million" are Canadian dollars, not "circa $460 million"
            if words[-1] in _DOTTED and self.lows[end] == "." and self.glued(end):
                end += 1  # "c. 500", "approx. 3,000"
            elif hit[1] == "year" and self.lows[end] in DASHES and self.glued(end) and self.glued(end + 1):
                end += 1  # "mid-2015", "early-2004"
            if (words[0] in _VERB_BOUNDS or _COMPARED.fullmatch(words[-2] if len(words) > 1 else "")) and re.fullmatch(r"(?:1[6-9]|20)\d\d", self.texts[end]):
                return None  # "surpassed 1998", "topped 2015's record", "shorter than 1934": a year, not a bound
            if hit[1] in _TURNED and hit[0] in ("more than", "fewer than") and self._negated(i):
                return (*_TURNED[hit[1]], end)  # "never exceeded 5 per cent", "has not topped 40,000"
            return hit[0], hit[1], end
        return None

    def _negated(self, i: int) -> bool:
        """Whether a negation stands at most three words before token i with none of _TURN_STOPS
        or a stop after it: the bound at i is turned round."""
        for k in range(i - 1, max(-1, i - 4), -1):
            low = self.lows[k]
            if low in _NEGATIONS or low.endswith(("n't", "n’t")):  # "didn't" is one token
                return True
            if low in _TURN_STOPS or not low.isalpha():
                return False
        return False

    def _apply(self, d: _Draft, canonical: str, role: str, first: int) -> None:
        """Shape the draft's interval by a qualifier written before it."""
        if role == "ctx":
            return
        if role == "year":
            if d.kind in ("year", "date"):
                d.qualifier, d.first = canonical, first
            elif canonical == "from" and d.qualifier is None and d.low is not None and d.high is not None and d.low < d.high:
                d.first = first  # "from 200 to 300": the range reads from "from"
            elif canonical == "until at least" and self.lows[first] == "to" and d.kind != "ordinal":
                self._apply(d, "at least", "ge", first + 1)  # "equivalent to at least 2 tonnes", "rose to at least 2,000"
            return
        if d.kind in ("year", "date", "ordinal"):
            return
        d.first = first
        low, high = d.low, d.high
        base = high if role in ("lt", "le", "upto", "near", "under") else low
        if base is None:
            return
        d.qualifier = canonical
        if role == "odd" and d.precision is not None and d.precision >= 10 and low == high:
            # "thirty-odd", "40-odd", "a hundred-odd": more than the number and less than the next
            # of its last written digit (30-40, 40-50, 100-200); "35-odd" is about 35
            d.low, d.high, d.low_inclusive, d.high_inclusive = base, base + d.precision, False, False
            d.approximate, d.value = True, None
            return
        if role == "odd":
            d.qualifier, role = "about", "approx"
        tol = slack(base, d.precision, approximate=True, scaled=d.scaled, kind=d.kind)
        for field, value in _bounds(role, base, tol).items():
            setattr(d, field, value)
        if d.kind == "multiple" and base < 1 and role != "approx" and any(self.lows[k].startswith("halv") for k in range(d.first, d.last)):
            self._mirror_fall(d, base)  # "nearly halved", not "nearly 0.8 times"
        if low is not None and high is not None and low != high and role != "approx":
            d.value = None

    @staticmethod
    def _mirror_fall(d: _Draft, base: float) -> None:
        """A qualifier of a fall speaks of what was lost: "nearly halved" lost nearly half, so
        what is left is a little more than half (0.5-0.55), and "more than halved" left less than
        half. The interval drawn around `base` is turned about it."""
        low = None if d.high is None else 2 * base - d.high
        high = None if d.low is None else 2 * base - d.low
        d.low, d.high = (max(low, 0.0) if low is not None else None), high
        d.low_inclusive, d.high_inclusive = d.high_inclusive, d.low_inclusive

    def _post(self, d: _Draft) -> _Draft:
        """Trailing qualifiers ("or more", "or so", "500+") and the counted noun."""
        j = d.last
        if d.kind == "date" and d.low is not None and (self.lows[j] in DASHES or self.lows[j] in ("to", "until", "through")):
            other = self._core(j + 1, role=None)  # "March 2014 to June 2015"
            if other is not None and other.kind == "date" and other.low is not None and other.high is not None and other.low > d.low:
                d.high, d.last, d.value = other.high, other.last, None
                return d
        if d.kind not in ("year", "date", "ordinal") and d.low is not None and d.low == d.high and self.lows[j] in _POST_FIRST:
            for words, (canonical, role) in _POST_QUALS.items():
                if self.phrase(j, words) and (words != ("+",) or self.glued(j)):
                    if words in (("at", "least"), ("at", "most")) and self.kinds[j + 2] == "n":
                        continue
                    first = d.first
                    self._apply(d, canonical, role, first)
                    d.first = first
                    d.last = j + len(words)
                    break
        magnitude = self._magnitude(d)
        if d.kind == "count" and d.qualifier == "between" and self.lows[d.last] in W.MONTHS and self.texts[d.last][:1].isupper():
            days = self._days_between(d)
            if days is not None:
                return days  # "between 12 and 14 March 2011": days of a month
        if magnitude and d.kind == "count":
            d.unit = "magnitude"  # read on a scale of magnitude, which its tolerance follows
        if d.unit is None and d.kind in ("count", "ordinal", "fraction") and not magnitude:
            # (a magnitude counts nothing: "a magnitude 3.3 earthquake" is no 3.3 earthquakes)
            k = d.last
            if d.kind == "fraction" and self.lows[k] == "of":
                k += 1 + (self.lows[k + 1] in ("the", "its", "their", "all", "these", "those"))
            d.unit = self._noun(k)
            if d.kind == "count" and d.unit in W.CURRENCY_WORDS and d.unit not in _SHARED_CURRENCY_WORDS:
                d.kind, d.unit = "money", W.CURRENCY_WORDS[d.unit]  # "millions of dollars"
            elif d.kind == "count" and d.unit is not None and d.unit in W.MEASURES and len(d.unit) > 2 and self.lows[k] == d.unit:
                d.kind, d.unit, d.last = "measure", W.MEASURES[d.unit][0], k + 1  # "a few kilometres", "thousands of feet"
                hour = self._per_hour(k + 1)
                if hour and d.unit in _SPEEDS:
                    d.unit, d.last = _SPEEDS[d.unit], k + 1 + hour  # "hundreds of miles an hour"
        if d.kind == "count" and d.unit is None and self._split_share(d):
            d.kind, d.unit = "percent", "%"  # "by 62 per cent to 38": a split of the vote
        if d.kind == "count" and d.unit is None and d.low is not None:
            self._age_range(d)  # "18-to-24-year-olds"
        if d.kind == "count" and (d.unit is None or self.lows[d.first - 1] == "aged") and self._an_age(d):
            d.kind, d.unit = "duration", "year"  # "died aged 66", "He was 66.", "75 or older"
        return d

    def _in_every(self, num: _Num, j: int) -> bool:
        """Whether "N noun in M" after `num` can be a share: one to three in any number ("one
        cotton picker in twenty-five"), more in a round one ("nine votes in ten", "four Kenyans in
        five"; not "arrested 12 people in 15")."""
        if num.value <= 3:
            return True
        k = next((k for k in range(j, j + 4) if self.lows[k] == "in"), None)
        den = self._number(k + 1) if k is not None and k + 1 < self.n else None
        return den is not None and (den.value <= 10 or den.value % 10 == 0)

    def _a_place_or_year(self, k: int) -> bool:
        """Whether the token at `k` is a word or a year: what "in" before it takes it to
        ("in Hyogo", "in 1995"), where "in" is not inches."""
        if k >= self.n:
            return False
        year = self._number(k) if self.kinds[k] == "n" else None
        return self.kinds[k] == "w" or (year is not None and year.year_like)

    def _split_share(self, d: _Draft) -> bool:
        """Whether a bare number after "N per cent to" is the other side of a split ("62 per cent
        to 38"): the two add up to at most 100 ("grew by 3 per cent to 6,200" is no split)."""
        if self.lows[d.first - 1] != "to" or self.lows[d.first - 2] not in ("%", "cent", "percent") or d.low is None or d.scaled:
            return False
        if any(self.lows[k] in _MOVES or self.lows[k] == "by" and self.lows[k - 1] in _MOVES for k in range(max(d.first - 7, 0), d.first)):
            return False  # "rose 5 per cent to 80": a change, then a figure
        before = next((self.texts[k] for k in range(d.first - 3, max(d.first - 6, 0), -1) if self.kinds[k] == "n"), None)
        try:
            share = float(before.replace(",", "")) if before else None
        except ValueError:
            return False
        return share is not None and share + d.low <= 100.5

    def _age_range(self, d: _Draft) -> None:
        """ "18-to-24-year-olds", "18- to 24-year-olds": an age from the first to the second."""
        k = d.last + (self.lows[d.last] in DASHES)
        if self.lows[k] != "to":
            return
        k += 1 + (self.lows[k + 1] in DASHES)
        if self.kinds[k] != "n":
            return
        if self.lows[k + 1] in DASHES and self.lows[k + 2] == "year" and self.lows[k + 3] in DASHES and self.lows[k + 4] in ("old", "olds"):
            d.high, d.value, d.last = float(self.texts[k]) if self.texts[k].isdigit() else d.high, None, k + 5
            d.kind, d.unit = "duration", "year"

    def _an_age(self, d: _Draft) -> bool:
        """Whether a bare count is someone's age: after "aged" or "died at", before "or older"
        (the draft is then opened upwards and takes the two words in: "75 or older" is 75 and up),
        or "he was 66." closing a clause."""
        before = self.lows[d.first - 1]
        if self.lows[d.last] in ("or", "and") and self.lows[d.last + 1] == "older":
            d.high, d.value, d.last = None, None, d.last + 2  # "75 or older": 75 and up
            return True
        if before == "aged" or (before == "at" and self.lows[d.first - 2] == "died"):
            return True
        if before == "as" and self.lows[d.first - 2] in ("him", "her") and self.lows[d.first - 3] == "described" and self._one_age(d):
            return True  # "The Daily Mail described him as 55" ("identified him as 1 of 3 suspects" is no age)
        if before == "then" and self.lows[d.first - 2] in (",", "(") and self._full_name_ends(d.first - 3) and self.lows[d.last] in (",", ")"):
            return self._one_age(d)  # "Clara Barton, then 67, had founded" (a person's)
        if (
            before == "," and self._full_name_ends(d.first - 2) and self.lows[d.last] == ","
            and self.kinds[d.last + 1] == "w" and self.texts[d.last + 1].islower()
            and (self.lows[d.last + 1] not in ("and", "or") or (self.texts[d.last + 2][:1].isupper() and self.lows[d.first - 4] in _TITLES))
        ):
            # "Driver John Smith, 62, was killed", "Captain Peter Terrington, 51, and First Officer
            # Brian Love, 52" (not "Kenya, 12, Uganda, 9", "Great Britain, 29, and South Korea,
            # 13", nor "John Smith, 62, and 40 others")
            return self._one_age(d)
        if before == "of" and self.lows[d.first - 2] in _AGED and self._one_age(d):
            return True  # "a boy of ten", "a woman of 67"
        if before in ("of", "as") and self.lows[d.first - 2] == "age" and d.low is not None and (d.high or 0) < 120:
            if before == "of" and self.lows[d.first - 3] == "the":
                self._age_bound(d)
            return True  # "at the age of 67", "gave his age as 69"
        if self._one_age(d) and before == "was" and self.lows[d.last] == "when":
            # "Van Zanten was 56 when he died", "she was 72 when": a person's age then (a name
            # of two words, or one within a sentence after no article: "Turnout was 56 when",
            # "the EEC was 12 when", "The Red Cross was 56 when" are no one's)
            k = d.first - 2
            within = k > 0 and self.kinds[k - 1] == "w" and self._named(k) and not self.texts[k].isupper()
            person = self.lows[k] in ("he", "she") or within or self._full_name_ends(k)
            return person and "the" not in (self.lows[k - 1], self.lows[k - 2])
        closes = self.kinds[d.last] != "w" and self.lows[d.last] not in DASHES and self.lows[d.last] not in ("%", "/")
        if self._one_age(d) and closes and self._youngest_was(d.first):
            return True  # "The youngest miner to die was only fifteen.", "the oldest victim was 89"
        return d.low == d.high and before == "was" and self.lows[d.first - 2] in ("he", "she") and closes

    def _youngest_was(self, first: int) -> bool:
        """Whether the figure at `first` follows "was" (or "was only", "was just") in a clause
        opening "the youngest" or "the oldest", which gives someone's age."""
        k = first - 1 - (self.lows[first - 1] in ("only", "just", "barely"))
        if self.lows[k] != "was":
            return False
        for j in range(k - 1, max(k - 10, 0) - 1, -1):
            if self.kinds[j] not in ("w", "n") or self.lows[j] in _NOT_AN_AGE:
                return False  # no further back than the clause, nor past a word counting something ("the toll was 45")
            if self.lows[j] in ("youngest", "oldest"):
                # (nor where a counting word heads the clause: "The death toll among the youngest")
                head = range(j - 2, max(j - 8, 0) - 1, -1)
                return self.lows[j - 1] == "the" and not any(self.lows[h] in _NOT_AN_AGE for h in head if self.kinds[h] == "w")
        return False

    def _age_bound(self, d: _Draft) -> None:
        """ "under the age of ten", "over the age of 65": the bound before "the age of" is the
        age's own (children under ten, not ten)."""
        the = d.first - 3
        for start in (the - 1, the - 2):
            found = self._qualifier(start) if start >= 0 else None
            if found is not None and found[2] == the and found[1] in ("gt", "ge", "lt", "le"):
                self._apply(d, found[0], found[1], start)
                return

    @staticmethod
    def _one_age(d: _Draft) -> bool:
        """Whether a draft is one whole number a person's age could be (67, not 5.5 or 67-70)."""
        return d.low is not None and d.low == d.high and d.low == int(d.low) and d.low < 120

    def _named(self, i: int) -> bool:
        """Whether token `i` is a word written as part of a name: capitalised, not a month nor
        "The", "In" ... opening a sentence."""
        if i < 0:
            return False
        text = self.texts[i]
        return self.kinds[i] == "w" and text[:1].isupper() and text.lower() not in W.MONTHS and text.lower() not in ("the", "in", "on", "at", "by")

    def _full_name_ends(self, k: int) -> bool:
        """Whether the tokens up to `k` end in a person's name of two words or more, written in
        capitals and lower case ("Clara Barton", "President Kennedy"; not "Nato", "The EEC",
        "In April")."""
        return all(self._named(i) and not self.texts[i].isupper() for i in (k, k - 1))

    # -- cores ---------------------------------------------------------------------------------
    def _core(self, i: int, role: str | None) -> _Draft | None:
        kind, low, text = self.kinds[i], self.lows[i], self.texts[i]
        if kind == "d":
            return self._numeric_date(i)
        if kind == "i":
            return None
        if kind == "w":
            if low == "between" and role is None:
                return self._between(i)
            if low in W.MONTHS and (text[0].isupper() or low not in ("may", "march")):
                return self._month_first(i)
            if low in ("first", "last", "final") and self.phrase(i + 1, ("day", "of")):
                edge = self._edge_day(i)
                if edge is not None:
                    return edge
            if low in ("a", "an") and self.lows[i + 1] in _A_UNITS:
                return self._a_time_from(i, role)
            vague = self._vague(i)
            if vague is not None:
                return vague
            if low in W.VULGAR_FRACTIONS:
                v = W.VULGAR_FRACTIONS[low]
                return _Draft(i, i + 1, v, v, kind="fraction", value=v)
            if low in W.MULTIPLE_WORDS:
                v = W.MULTIPLE_WORDS[low]
                return _Draft(i, i + 1, v, v, kind="multiple", value=float(v))
            if low == "once" and i > 0 and self.lows[i - 1] in ("only", "just", "exactly") and (i < 2 or self.lows[i - 2] != "not") and self.lows[i + 1] not in _CLAUSE_OPENERS:
                # "flooded only once", against "twice" (not "not just once", nor "only once the
                # river had crested": "once" opening a clause)
                return _Draft(i, i + 1, 1.0, 1.0, kind="multiple", value=1.0)
            if low in ("half", "quarter") or (
                low in ("a", "an") and self.lows[i + 1] in W.FRACTION_WORDS and self.lows[i + 1] not in ("second", "fourth", "halves") and not self._a_rank(i + 1)
                and (low == "a" or self.lows[i + 2] == "of" or (self.kinds[i + 2] != "w" and self.lows[i + 2] not in DASHES))  # "an eighth of", not "an eighth-floor flat"
            ):
                frac = self._fraction_word(i)
                if frac is not None:
                    return frac
            if low in W.TENS and self.lows[i + 1] in DASHES and self.lows[i + 2] in W.ORDINAL_WORDS and W.ORDINAL_WORDS[self.lows[i + 2]] < 10:
                v = float(W.TENS[low] + W.ORDINAL_WORDS[self.lows[i + 2]])  # "twenty-first"
                return _Draft(i, i + 3, v, v, kind="ordinal", value=v, precision=1.0)
            if low in W.ORDINAL_WORDS:
                return self._ordinal_word(i)
            if low in ("minus", "negative") and self.kinds[i + 1] == "n":
                d = self._core(i + 1, role)
                if d is not None and d.kind in ("count", "percent", "measure", "percentage_points") and d.low is not None and d.high is not None and d.low == d.high and d.low > 0:
                    d.low = d.high = -d.low
                    d.value = None if d.value is None else -d.value
                    d.first = i
                    return d
                return None
            if low == "the" and self.kinds[i + 1] == "s" and self.lows[i + 1] in ("'", "’") and self.kinds[i + 2] == "n":
                return self._short_decade(i)
        if kind == "s" and text in ("'", "’") and self.kinds[i + 1] == "n" and self.glued(i + 1):
            return self._short_decade(i)
        # Currency before the number: "$3bn", "US$ 5", "€20", "USD 3 million".
        currency = None
        j = i
        if kind == "s" and text in W.CURRENCY_SYMBOLS:
            currency, j = W.CURRENCY_SYMBOLS[text], i + 1
        elif kind == "w" and low in ("us", "c", "ca", "a", "hk") and self.lows[i + 1] == "$" and self.glued(i + 1):
            currency, j = W.CURRENCY_SYMBOLS[low + "$"], i + 2
        elif kind == "w" and low in W.CURRENCY_CODES and text.isupper() and self.kinds[i + 1] == "n":
            currency, j = W.CURRENCY_WORDS[low], i + 1
        elif kind == "w" and text == "R" and self.kinds[i + 1] == "n" and self.glued(i + 1) and self.lows[i + 2] in W.SCALES:
            currency, j = "ZAR", i + 1  # "R10 million": rand (not "R38", an airship's name)
        elif kind == "w" and text == "Rs":
            j = i + 1 + (self.lows[i + 1] == ".")
            if self.kinds[j] == "n":
                currency = "INR"  # "Rs 25,000", "Rs. 100,000": rupees
        if j >= self.n:
            return None
        num = self._number(j)
        if num is None:
            return None
        if currency is None and self._list_marker(j, num):
            return _Draft(i, j + 2, None, None, kind=_SKIP)
        if currency is None and num.raw and self._is_identifier(j, num):
            end = num.last
            while (self.lows[end] in DASHES or self.lows[end] in ("/", ".")) and self.kinds[end + 1] == "n" and self.glued(end) and self.glued(end + 1):
                end += 2  # "pp. 12-14", "Monitor 9/149": the whole label
            return _Draft(i, end, None, None, kind=_SKIP)
        return self._after_number(i, num, currency, role)

    def _opens(self, i: int) -> bool:
        """Whether token `i` opens its sentence or clause (the text's start, or after . ! ? : ; or
        a line break)."""
        return i == 0 or self.lows[i - 1] in (".", "!", "?", ":", ";") or "\n" in self.text[self.ends[i - 1] : self.starts[i]]

    def _list_marker(self, j: int, num: _Num) -> bool:
        """Whether a number opening a line numbers a list's item: "1. **A second torpedo.**",
        "2) The munitions"."""
        if not (
            num.raw.isdigit()
            and len(num.raw) <= 2
            and num.last == j + 1
            and self.lows[j + 1] in (".", ")")
            and self.glued(j + 1)
            and self.text[self.ends[j + 1] : self.ends[j + 1] + 1] in (" ", "\t")
        ):
            return False
        # at the text's start, or on a line after a blank one or one ending in a colon, a full
        # stop or bold's asterisks: not a figure wrapped onto a line of its own, "rose to\n37.
        # Rescuers said"
        at = self.starts[j]
        newline = self.text.rfind("\n", 0, at)
        if self.text[newline + 1 : at].strip(" \t"):
            return False  # something before it on its line
        if newline < 0:
            return True
        before = self.text[self.text.rfind("\n", 0, newline) + 1 : newline].rstrip()
        return not before or before.endswith((":", ".", "*"))

    def _is_identifier(self, j: int, num: _Num) -> bool:
        """Digits that label something ("COVID-19", "G7", "Article 5", "No. 72", "A320")."""
        if re.fullmatch(r"\.\d{2,3}", num.raw) and self.lows[num.last] in _ARMS:
            return True  # ".303 ammunition", "a .22 rifle": a calibre (".25 points" stays a number)
        if self.glued(j):
            prev = self.texts[j - 1]
            if self.kinds[j - 1] == "w":
                return True  # "G7", "A320"
            if prev in DASHES and j >= 2 and self.kinds[j - 2] == "w" and self.glued(j - 1):
                return self.lows[j - 2] not in _YEAR_PREFIXES and self.lows[j - 2] != "magnitude"  # "COVID-19", but "mid-2015", "magnitude-8.8"
            if prev in ("#", "№"):
                return True
        if (
            j > 0
            and self.kinds[j - 1] == "w"
            and self.texts[j - 1][:1].isupper()
            and self.lows[j - 1] not in _NOT_NAMES
            and not (self.lows[j - 1] in _OPENING_ADVERBS and self._opens(j - 1))
            and num.raw.isdigit()
            and not num.year_like
            and not num.scaled
            and not (self.kinds[num.last] == "w" and (_plural(self.lows[num.last]) or self.lows[num.last] in _KNOWN_GLUED))
            and self.lows[num.last] not in ("%", "percent", "per")  # "Chevron 50%": its share
        ):
            return True  # "Windows 10", "ISO 9001", "Apollo 11": a name and its number
        k = j - 1
        if k >= 0 and self.lows[k] == "." and k >= 1 and self.glued(k):
            k -= 1
        if k >= 0 and self.kinds[k] == "w" and self.lows[k] in _IDENT_BEFORE:
            word = self.texts[k]
            # "no" alone is a determiner ("no 500 troops" is rare); "No. 72", "No 72" capitalised is a label.
            if self.lows[k] == "no" and not (word[0].isupper() or self.lows[k + 1] == "."):
                return False
            if self.lows[k] in ("p", "pp") and self.lows[k + 1] != ".":
                return False
            return not num.words
        after = self.lows[num.last]
        if num.raw in _EMERGENCY and self.lows[j - 1] in _DIALLED and not (_plural(after) or after == "times"):
            return True  # "ringing 999", "called 911": a telephone number ("called 112 witnesses" counts)
        nxt = num.last
        if not num.words and self.kinds[nxt] == "w" and self.glued(nxt):
            glued = self.texts[nxt]
            if self.lows[nxt] not in _KNOWN_GLUED or (len(glued) == 1 and glued.isupper() and glued not in "KMBT"):
                return True  # "5G", "3D", "10am": letters glued after that no reader knows
        return self._listed_label(j, num)

    def _listed_label(self, j: int, num: _Num) -> bool:
        """Whether bare digits go on a list of labels: "Camps 3 and 5", "Units 1, 2 and 3" (the
        first labelled by its name, the others by the list; "158 soldiers and 43 sailors" count)."""
        k = j - 1
        if self.lows[k] not in ("and", "or", ",", "&") or not num.raw.isdigit() or num.year_like or self.kinds[k - 1] != "n":
            return False
        if self.kinds[num.last] == "w" and (_plural(self.lows[num.last]) or self.lows[num.last] in _KNOWN_GLUED):
            return False
        # (the first labelled by a plural name in capitals apart from it: "Camps 3", "Nos. 3";
        # "level 5 or 7" ranks, and "Of the 54 aboard R101, 48 were killed", "In Camp 4, 300
        # died", "hit Gate 5 and 20 were hurt" count)
        head = self.texts[k - 3] if self.texts[k - 2] == "." else self.texts[k - 2]
        named = not self.glued(k - 1) and head[:1].isupper() and (_plural(head.lower()) or head.lower() == "nos")
        before = self._number(k - 1)
        if before is None or before.last != k:
            return False
        return (named and self._is_identifier(k - 1, before)) or self._listed_label(k - 1, before)

    def _number(self, i: int) -> _Num | None:
        """A number in digits (with any glued or spelled scale) or in words at token i."""
        kind = self.kinds[i]
        if kind == "n":
            raw = self.texts[i]
            if raw.count(".") > 1:
                raw_clean = raw.replace(".", "")  # "1.234.567": dots group thousands
            else:
                raw_clean = raw
            cleaned = raw_clean.replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "").replace(" ", "").replace("\u2212", "-")
            value = float(cleaned)
            step = step_of(cleaned)
            j = i + 1
            scale = 1.0
            nxt = self.lows[j]
            if self.kinds[j] == "w" and self.glued(j) and nxt in W.SUFFIX_SCALES:
                scale, j = W.SUFFIX_SCALES[nxt], j + 1
            else:
                while self.kinds[j] == "w" and (self.lows[j] in W.SCALES or self.lows[j] in (W.HUNDRED, "dozen")):
                    if self.lows[j] in (W.HUNDRED, "dozen") and scale > 1:
                        break
                    scale *= W.SCALES.get(self.lows[j], 12.0 if self.lows[j] == "dozen" else 100.0)
                    j += 1
            if scale == 1.0 and "." not in cleaned and value >= 0:
                if self.phrase(j, ("and", "a", "half")):
                    return self._with_half(value, i, j, raw)
                extra = self._mixed_fraction(j)  # "2½", "1 1/2"
                if extra is not None:
                    part, j = extra
                    return _Num(value + part, part, False, j, False, raw, False)
            plain = cleaned.lstrip("+-")
            year_like = scale == 1.0 and len(plain) == 4 and plain.isdigit() and 1000 <= value <= 2100 and raw == plain
            if scale > 1.0:
                # In decimal, so that 16.1 billion is 16,100,000,000 and not 16,100,000,000.000002.
                value = float(Decimal(cleaned) * int(scale))
                step = float(Decimal(repr(step)) * int(scale))
                return _Num(value, step, True, j, False, raw, False, scale)
            return _Num(value, step, False, j, False, raw, year_like, scale)
        if kind == "w":
            return self._number_words(i)
        return None

    def _mixed_fraction(self, j: int) -> tuple[float, int] | None:
        """The fraction after a whole number: "½" glued, or "1/2" after a space; and the next token."""
        if self.texts[j] in W.VULGAR_FRACTIONS and self.glued(j):
            return W.VULGAR_FRACTIONS[self.texts[j]], j + 1
        if self.kinds[j] == "n" and self.lows[j + 1] == "/" and self.glued(j + 1) and self.glued(j + 2) and self.kinds[j + 2] == "n":
            top, bottom = self.texts[j], self.texts[j + 2]
            if top.isdigit() and bottom.isdigit() and 0 < int(top) < int(bottom) <= 16:
                return int(top) / int(bottom), j + 3
        return None

    def _with_half(self, value: float, i: int, j: int, raw: str) -> _Num:
        """"two and a half [million]": the half, then any scale word after it."""
        value += 0.5
        j += 3
        scale = 1.0
        while self.kinds[j] == "w" and self.lows[j] in W.SCALES:
            scale *= W.SCALES[self.lows[j]]
            j += 1
        return _Num(round(value * scale, 6), 0.5 * scale, scale > 1.0, j, not raw, raw, False, scale)

    def _number_words(self, i: int) -> _Num | None:
        """"two thousand", "twenty-five", "a hundred", "one and a half million", "a million"."""
        j = i
        total = 0.0
        current = 0.0
        seen = False
        smallest = None  # place value of the last component, for the precision
        if self.lows[i] in ("a", "an") and self.lows[i + 1] in (W.HUNDRED, *W.SCALES) and self.lows[i + 1] not in ("bn", "mn", "mln", "tn"):
            current, j, seen = 1.0, i + 1, True
        while j < self.n and self.kinds[j] == "w":
            w = self.lows[j]
            if w in W.UNITS:
                if seen and current % 100 != 0 and current % 10 == 0 and current >= 20:
                    current += W.UNITS[w]  # "twenty five"
                elif seen and current != 0 and (current % 100 != 0 or w == "zero"):
                    break
                else:
                    current += W.UNITS[w]
                smallest = 1.0
            elif w in W.TENS:
                if seen and current % 100 != 0:
                    break
                current += W.TENS[w]
                smallest = 10.0
                if self.lows[j + 1] in DASHES and self.glued(j + 1) and self.lows[j + 2] in W.UNITS and W.UNITS[self.lows[j + 2]] < 10 and self.glued(j + 2):
                    current += W.UNITS[self.lows[j + 2]]
                    smallest = 1.0
                    j += 2
            elif w == W.HUNDRED and seen:
                current = (current or 1.0) * 100
                smallest = 100.0
            elif w == "dozen" and seen and current:
                current *= 12  # "three dozen"
                smallest = 12.0
            elif w in W.SCALES and w not in ("bn", "mn", "mln", "tn") and seen:
                total += (current or 1.0) * W.SCALES[w]
                current = 0.0
                smallest = W.SCALES[w]
            elif w == "and" and seen and self.lows[j + 1] in W.UNITS | W.TENS.keys() and (current % 100 == 0 or total):
                j += 1
                continue
            elif w == "and" and seen and self.phrase(j + 1, ("a", "half")):
                if (not current and total and smallest) or (smallest == 100.0 and current and current % 100 == 0):
                    # "a million and a half", "a hundred and a half": half the scale word's, not half of one
                    return _Num(total + current + 0.5 * smallest, 0.5 * smallest, smallest > 1.0, j + 3, True, "", False, smallest)
                value = total + current
                return self._with_half(value, i, j, "")
            else:
                break
            seen = True
            j += 1
        if not seen:
            return None
        value = total + current
        if self.lows[j] == "point" and self.lows[j + 1] in W.UNITS and W.UNITS[self.lows[j + 1]] < 10:
            digits = ""
            k = j + 1
            while self.lows[k] in W.UNITS and W.UNITS[self.lows[k]] < 10:
                digits += str(W.UNITS[self.lows[k]])  # "three point five", "sixty-five point two five"
                k += 1
            return _Num(value + float("0." + digits), 10.0 ** -len(digits), False, k, True, "", False)
        # The place value of the last word: "two thousand" -> 1000, "twenty-five" -> 1.
        precision = smallest if smallest is not None and value % smallest == 0 else 1.0
        return _Num(value, precision, value >= 1000 and precision >= 1000, j, True, "", False)

    def _after_number(self, first: int, num: _Num, currency: str | None, role: str | None) -> _Draft | None:
        """Everything a number can be followed by: a range, a date, a unit, a noun."""
        j = num.last
        t = self.lows[j]
        start_tok = first
        # Glued suffixes: ordinals "21st", decades "1990s".
        if num.raw and not num.scaled and self.kinds[j] == "w" and self.glued(j):
            if t in W.ORDINAL_SUFFIXES and num.value == int(num.value) and num.value >= 0 and "." not in num.raw:
                k = j + 1 + (self.lows[j + 1] == "of")
                if 1 <= num.value <= 31 and self.lows[k] in W.MONTHS and self.texts[k][0].isupper():
                    return self._day_month(start_tok, int(num.value), k)  # "the 2nd of June 2015"
                return _Draft(start_tok, j + 1, num.value, num.value, kind="ordinal", value=num.value, precision=1.0)
            if t == "s" and num.year_like and num.value % 10 == 0:
                return self._decade(start_tok, j + 1, num.value)
            if t == "s" and num.value in (10, 100, 1000, 1_000_000) and num.raw.isdigit():
                lo, hi = plural_interval(num.value)  # "100s of people" = hundreds of people
                k = j + 1 + (self.lows[j + 1] == "of")
                return _Draft(start_tok, k, lo, hi, approximate=True, high_inclusive=False, qualifier=f"{num.raw}s")
            if t == "x" and currency is None:
                return _Draft(start_tok, j + 1, num.value, num.value, kind="multiple", value=num.value)
        if num.words and num.value >= 100 and num.value % 100 == 0:
            k = j + (t == "and")
            w = self.lows[k]
            if w in W.ORDINAL_WORDS and W.ORDINAL_WORDS[w] < 100:  # "one hundred and first"
                v = num.value + W.ORDINAL_WORDS[w]
                return _Draft(start_tok, k + 1, v, v, kind="ordinal", value=v, precision=1.0)
        if num.year_like and t in ("'", "’") and self.lows[j + 1] == "s" and self.glued(j) and self.glued(j + 1) and num.value % 10 == 0:
            # "the 1990's", "the late 1800's"; not a year's own ("1990's budget", "the 1990's
            # budget", "the year 1990's events"): "the" right before it, or before "early", "mid",
            # "late", and no word of its own after it but one that opens a clause or a phrase
            before = self.lows[first - 1] if first else ""
            part = before in ("early", "mid", "late") or (before in DASHES and self.lows[first - 2] == "mid")
            at = first - 1 - part - (before in DASHES)
            after = self.lows[j + 2] if j + 2 < self.n and self.kinds[j + 2] == "w" else ""
            if at >= 0 and self.lows[at] == "the" and (not after or after in _AFTER_A_DECADE):
                return self._decade(start_tok, j + 2, num.value)
        # Fractions: "3/4", "1 in 5", "two thirds", "one-third".
        frac = self._fraction_after(first, num, j)
        if frac is not None:
            return frac
        # Multiples: "three times", "3-fold".
        if t == "times" or (t in DASHES and self.lows[j + 1] == "fold") or t == "fold":
            end = j + (2 if t in DASHES else 1)
            return _Draft(start_tok, end, num.value, num.value, kind="multiple", value=num.value, precision=num.precision)
        # Days of one month: "12-13 May 2005", "10 to 14 June 2010".
        days = self._day_range(start_tok, num, j)
        if days is not None:
            return days
        # Dates: "12 June 2012", "12 June".
        if num.raw and self.kinds[j] == "w" and t in W.MONTHS and 1 <= num.value <= 31 and num.value == int(num.value) and not num.scaled:
            if t not in ("may", "march") or self.texts[j][0].isupper():
                return self._day_month(start_tok, int(num.value), j)
        # Ranges: "2,000-4,000", "27 to 31 thousand", "2014-15", "two or three", "10%-20%".
        rng = self._range_with_unit(first, num, j, currency, role)
        if rng is not None:
            return rng
        d = _Draft(start_tok, j, num.value, num.value, value=num.value, precision=num.precision, scaled=num.scaled, words=num.words)
        if currency is not None:
            d.kind, d.unit = "money", currency
        self._unit(d, num, role)
        if d.kind == "count" and num.words and num.value == 1 and not num.scaled:
            # "one" alone is rarely a count claim: "one of the groups", "no one", "one another".
            if self.lows[j] in _ONE_SKIP_AFTER or self.lows[first - 1] in _ONE_SKIP_BEFORE or self.kinds[j] != "w":
                return None
            if self.lows[j] in _AT_ONE and self.lows[first - 1] == "at":
                return None
            if self.lows[j] in _NOUN_STOP:
                return None
        return d

    def _unit(self, d: _Draft, num: _Num, role: str | None) -> None:
        """Percent, points, currency, measure or duration after the number; or its year-ness."""
        j = d.last
        t = self.lows[j]
        if t in ("more", "fewer") and self.kinds[j + 1] == "w" and (self.lows[j + 1] in W.DURATIONS or self.lows[j + 1] in W.MEASURES):
            j += 1  # "three more years", "2 more km"
            t = self.lows[j]
        if t in DASHES and self.glued(j) and self.kinds[j + 1] == "w":
            # "1,400-km", "2,000-strong", "five-year"
            u = self.lows[j + 1]
            if u in W.MEASURES or u in W.DURATIONS or u in ("strong", "odd", "plus", "member", "man"):
                j += 1
                t = u
                if u in ("strong", "member", "man"):
                    d.last = j + 1
                    d.unit = self._noun(j + 1)
                    return
                if u in ("odd",):
                    self._apply(d, "odd", "odd", d.first)
                    d.last = j + 1
                    return
        if t == "%" or t == "٪":
            d.kind, d.unit, d.last = "percent", "%", j + 1
            return
        # "50 bp", "25 BP" are basis points; "the two BP well-site leaders" are BP's (a name in
        # capitals after a number in words)
        company = self.texts[j] == "BP" and self.kinds[d.first] == "w"
        if self.phrase(j, ("basis", "points")) or t in ("bps", "bp") and self.kinds[j] == "w" and not company:
            size = 2 if t == "basis" else 1
            d.kind, d.unit, d.last = "percentage_points", "pp", j + size
            d.low, d.high = (None if d.low is None else d.low / 100), (None if d.high is None else d.high / 100)
            d.value = None if d.value is None else d.value / 100
            d.precision = None if d.precision is None else d.precision / 100
            return
        if t in _PERCENT_FIRST:
            for words, unit in _PERCENT_WORDS.items():
                if self.phrase(j, words):
                    d.kind, d.unit, d.last = "percent", unit, j + len(words)
                    return
            for words, unit in _POINTS.items():
                if self.phrase(j, words):
                    d.kind, d.unit, d.last = "percentage_points", unit, j + len(words)
                    return
        if d.kind == "money":
            return
        if t in W.CURRENCY_WORDS and self.kinds[j] == "w" and t not in _SHARED_CURRENCY_WORDS or (
            t in _SHARED_CURRENCY_WORDS and (self.lows[j - 1] in ("million", "billion", "thousand", "bn", "m", "k") or self._won(num, j))
        ):
            d.kind, d.unit, d.last = "money", W.CURRENCY_WORDS[t], j + 1
            if self.lows[j + 1] in ("sterling",):
                d.last += 1
            return
        if t in ("°", "º") and self.lows[j + 1] in _DEGREES and (self.glued(j + 1) or len(self.lows[j + 1]) > 1 or self.texts[j + 1].isupper()):
            d.kind, d.unit, d.last = "measure", _DEGREES[self.lows[j + 1]], j + 2  # "53°F", "36 °C", "36° Celsius"
            return
        if t in ("℃", "℉"):
            d.kind, d.unit, d.last = "measure", "°C" if t == "℃" else "°F", j + 1
            return
        two = t + " " + self.lows[j + 1]
        if two in W.MEASURES and self.kinds[j + 1] == "w":
            d.kind, d.unit, d.last = "measure", W.MEASURES[two][0], j + 2
            return
        if t == "m" and self.kinds[j] == "w" and not self.glued(j) and not num.scaled and self.lows[j + 1] not in ("people", "dollars", "euros"):
            d.kind, d.unit, d.last = "measure", "m", j + 1  # "230 m" (glued, "230m" is a scale word)
            return
        if t in W.MEASURES and self.kinds[j] == "w" and t not in ("m", "t", "g", "in", "l") and not (t == "mb" and self.texts[j] != "mb"):
            if num.words and self.texts[d.first][:1].isupper() and self.texts[j][:1].isupper() and self.texts[j][1:].islower() and self.texts[j + 1][:1].isupper():
                d.kind = _SKIP  # "Three Mile Island": a name (but "Extends 500 Kilometres Across" is a length)
                return
            if t == "ft" or len(t) > 1:
                d.kind, d.unit, d.last = "measure", W.MEASURES[t][0], j + 1
                hour = self._per_hour(j + 1)
                if hour and d.unit in _SPEEDS:
                    d.unit, d.last = _SPEEDS[d.unit], j + 1 + hour  # "250 km/h", "160 miles an hour"
                    return
                if self.lows[j + 1] == "²" and self.glued(j + 1):
                    d.unit, d.last = "km2" if t == "km" else d.unit, j + 2
                return
        if t == "second" and self.lows[j + 1] in DASHES and self.glued(j + 1) and self.kinds[j + 2] == "w" and self.lows[j + 2] not in ("long", "old", "per"):
            return  # "ten second-year classes": a rank of what is counted, no time
        if t in W.DURATIONS and self.kinds[j] == "w" and (t not in ("h", "min", "sec") or self._abbreviated_time(num, j)):
            after = j + 2 if self.lows[j + 1] in ("'", "’") else j + 1
            if (
                num.words and self.texts[d.first][:1].isupper() and self.texts[j][:1].isupper() and not self.texts[j].isupper()
                and self.texts[after][:1].isupper() and self.lows[after] not in _TITLE_WORDS
            ):
                d.kind = _SKIP  # "the Six-Day War", "the Seven Years' War": a name
                return
            d.kind, d.unit, d.last = "duration", W.DURATIONS[t][0], j + 1
            if self.lows[j + 1] in DASHES and self.lows[j + 2] == "old":
                d.last = j + 3
            return
        if num.year_like and not num.scaled and role not in ("gt", "ge", "lt", "le", "approx", "near", "over", "under", "upto"):
            if self._reads_as_year(d.first, j):
                d.kind, d.unit = "year", None
                d.precision = 1.0

    def _days_between(self, d: _Draft) -> _Draft | None:
        """The days from `d`'s low to its high in the month named right after it."""
        if d.low is None or d.high is None or not (1 <= d.low < d.high <= 31) or d.low != int(d.low) or d.high != int(d.high):
            return None
        return self._days_of(d.first, int(d.low), int(d.high), d.last)

    def _won(self, num: _Num, j: int) -> bool:
        """Whether "won" after an unscaled figure is money: a thousand or more, no year, and no
        object after it ("540,000 won in 2013"; not "1,200 won seats", "The team of 1966 won the")."""
        nxt = self.lows[j + 1]
        free = self.kinds[j + 1] != "w" or nxt in ("in", "on", "for", "per", "each", "a", "an", "to", "from", "and", "or", "at", "of", "as")
        return self.lows[j] == "won" and num.value >= 1000 and not num.year_like and free

    def _abbreviated_time(self, num: _Num, j: int) -> bool:
        """Whether "h", "min" or "sec" after digits is a unit of time: written in lower case after
        a number in digits ("16 h 51 min", "45 min", "30 sec"), not in words or capitals."""
        return bool(num.raw) and not num.words and self.texts[j].islower() and self.lows[j + 1] not in ("/", "-")

    def _per_hour(self, k: int) -> int:
        """How many tokens from `k` say "per hour" ("/h", "/hr", "per hour", "an hour"), or 0."""
        if self.lows[k] == "/" and self.glued(k) and self.lows[k + 1] in ("h", "hr") and self.glued(k + 1):
            return 2
        if self.lows[k] in ("per", "an", "a") and self.lows[k + 1] == "hour":
            return 2
        return 0

    def _reads_as_year(self, first: int, j: int) -> bool:
        """A 4-digit number in 1000-2100: a year unless a plural noun follows with no year cue before."""
        before = self.lows[first - 1]
        if before in _YEAR_CONTEXT or self.lows[first - 2] in ("'s", "’s") or before in W.MONTHS:
            return True
        if before in DASHES and self.lows[first - 2] in _YEAR_PREFIXES:
            return True
        if self.lows[j] in ("prices", "terms", "values") and before in ("at", "in"):
            return True  # "$86.4 million at 1970 prices": the year's price level
        noun = self._noun(j)
        return noun is None or not _plural(noun)

    def _range(self, first: int, a: _Num, j: int, currency: str | None, role: str | None, *, allow_and: bool = False) -> _Draft | None:
        """"A to B", "A-B", "A–B", "A or B" (and "A and B" after "between") with scale sharing."""
        t = self.lows[j]
        is_dash = t in DASHES
        if t == "~" and self.glued(j) and self.glued(j + 1) and a.raw:
            is_dash = True  # "5~10"
        elif not (is_dash or t in _RANGE_WORDS or (t == "and" and allow_and) or (t == "or" and a.words)):
            return None
        moved = t == "to" and self._moved_from(first)  # "the rent rose from $17.4 million to $60 million"
        if is_dash and a.raw and not self.glued(j) and self.glued(j + 1):
            return None  # "2000 -4000" reads as two numbers
        k = j + 1
        cur_b = currency
        if self.kinds[k] == "s" and self.texts[k] in W.CURRENCY_SYMBOLS:
            cur_b = W.CURRENCY_SYMBOLS[self.texts[k]]
            k += 1
        if k >= self.n:
            return None
        if a.year_like and currency is None and cur_b is not None:
            return None  # "in the second quarter of 2015 to $16 million": a year, then a sum
        b = self._number(k)
        if b is None or (b.words != a.words and t == "or"):
            return None
        if b.raw and self._is_identifier(k, b) and not (is_dash and self.glued(k)):
            return None
        # Years: "2014-15", "2014–2015", "from 2005 to 2010".
        if a.year_like and not b.scaled:
            b_year = b.value
            if b.raw and len(b.raw) == 2 and is_dash and self.glued(k):
                b_year = (a.value // 100) * 100 + b.value
            if (b.year_like or b_year != b.value) and a.value < b_year <= 2100:
                d = _Draft(first, b.last, a.value, b_year, kind="year", precision=1.0)
                nxt = self._noun(b.last)
                if nxt is not None and _plural(nxt) and b_year == b.value and self.lows[first - 1] not in _YEAR_CONTEXT:
                    d.kind, d.unit = "count", nxt  # "2000 to 2010 troops"? rare; counted
                return d
            if self.lows[first - 1] in ("in", "since", "during"):
                return None  # "from 67,229 people in 2000 to 35,897 in 2010": a year, then a figure
        a_value, a_prec = a.value, a.precision
        if not a.scaled and b.scaled and a.raw != "":
            scale = b.scale
            if scale > 1 and a.value < b.value / scale:
                a_value, a_prec = a.value * scale, a.precision * scale
        elif not a.scaled and b.scaled and a.words and b.words:
            # "between two and four thousand": the scale of the second end applies to the first.
            scale = b.precision if b.precision >= 1000 else 1.0
            for s in (1e12, 1e9, 1e6, 1e3):
                if b.value >= s and b.value % s == 0:
                    scale = s
                    break
            if scale > 1 and a.value < b.value / scale:
                a_value, a_prec = a.value * scale, a.precision * scale
        if not (a_value < b.value) and not moved:
            if a_value == b.value and is_dash and self.glued(j) and self.glued(j + 1):
                return _Draft(first, b.last, None, None, kind=_SKIP)  # "50-50", "1-1": a split or a score
            return None
        d = _Draft(first, b.last, a_value, b.value, precision=min(a_prec, b.precision), scaled=a.scaled or b.scaled,
                   words=a.words)
        if t == "or":
            d.approximate = True
        if cur_b is not None:
            d.kind, d.unit = "money", cur_b
        else:
            self._unit(d, b, role)
            if d.kind == "year":
                d.kind, d.unit = "count", None
        if moved:
            # two figures, the one before and the one after the change: the first ends before
            # "to", with the scale, currency and unit the second gives ("from 2 to 4 million")
            return _Draft(first, j, a_value, a_value, kind=d.kind, unit=d.unit, precision=a_prec, scaled=d.scaled,
                          words=a.words, value=a_value)
        # "20-30%": the unit after the second end covers both.
        return d

    def _range_with_unit(self, first: int, a: _Num, j: int, currency: str | None, role: str | None, *, allow_and: bool = False) -> _Draft | None:
        """A range, also with the unit written after both ends: "10%-20%", "5 km to 10 km"."""
        d = self._range(first, a, j, currency, role, allow_and=allow_and)
        if d is not None or currency is not None:
            return d
        probe = _Draft(first, j, a.value, a.value)
        self._unit(probe, a, role)
        if probe.kind not in ("percent", "percentage_points", "measure", "money", "duration"):
            return None
        d = self._range(first, a, probe.last, currency, role, allow_and=allow_and)
        if d is None or (d.kind, d.unit) != (probe.kind, probe.unit):
            return None
        return d

    def _between(self, i: int) -> _Draft | None:
        """"between 20 and 30", "between 2,000 and 4,000 militants", "between 2012 and 2014"."""
        j = i + 1
        currency = None
        if self.kinds[j] == "s" and self.texts[j] in W.CURRENCY_SYMBOLS:
            currency, j = W.CURRENCY_SYMBOLS[self.texts[j]], j + 1
        a = self._number(j)
        if a is None:
            return None
        d = self._range_with_unit(i, a, a.last, currency, None, allow_and=True)
        if d is None:
            return None
        d.qualifier = "between"
        return d

    # -- vague quantities, fractions, ordinals, dates --------------------------------------------
    def _vague(self, i: int) -> _Draft | None:
        """"a few hundred", "several thousand", "tens of thousands", "dozens of", "millions of"."""
        w = self.lows[i]
        if w not in ("a", "few", "several", "couple", "handful", "dozens", "scores", "tens", "hundreds", "thousands", "millions", "billions", "some", "half", "trillions", "another"):
            return None
        # Multiplier before a scale word: "a few hundred", "several thousand".
        for size in (3, 2, 1):
            phrase = " ".join(self.lows[i + k] for k in range(size))
            if phrase in MULTIPLIERS:
                k = i + size
                scale = 1.0
                while self.lows[k] in W.SCALES or self.lows[k] in (W.HUNDRED, "dozen"):
                    scale *= W.SCALES.get(self.lows[k], 12.0 if self.lows[k] == "dozen" else 100.0)
                    k += 1
                if scale > 1 and phrase == "some":
                    # "some hundred", "some dozen": about one of them, and "some hundred and fifty"
                    # about 150 ("some hundreds of" is read below)
                    more = self._number(k + 1) if self.lows[k] == "and" and k + 1 < self.n else None
                    if more is not None and more.value < scale:
                        total = scale + more.value
                        return _Draft(i, more.last, total, total, approximate=True, qualifier="about", value=total, precision=more.precision)
                    return _Draft(i, k, scale, scale, approximate=True, qualifier="about", value=scale, precision=scale)
                if scale > 1:
                    lo, hi = MULTIPLIERS[phrase]
                    if self.lows[k] == "of":
                        k += 1
                    return _Draft(i, k, lo * scale, hi * scale, approximate=True, qualifier=" ".join(self.lows[x] for x in range(i, k) if self.lows[x] != "of"))
                if self.lows[k] in W.PLURAL_SCALES and phrase == "some":
                    break
        # "tens of thousands", "hundreds of thousands", "dozens of millions".
        for prefix, factor in PLURAL_PREFIXES.items():
            words = tuple(prefix.split())
            if self.phrase(i, words) and self.lows[i + 2] in W.PLURAL_SCALES:
                scale = W.PLURAL_SCALES[self.lows[i + 2]]
                lo, hi = plural_interval(scale, factor)
                k = i + 3 + (self.lows[i + 3] == "of")
                return _Draft(i, k, lo, hi, approximate=True, high_inclusive=False, qualifier=f"{prefix} {self.lows[i + 2]}")
        if w in W.PLURAL_SCALES:
            lo, hi = plural_interval(W.PLURAL_SCALES[w])
            k = i + 1 + (self.lows[i + 1] == "of")
            return _Draft(i, k, lo, hi, approximate=True, high_inclusive=False, qualifier=w)
        if w == "some" and self.lows[i + 1] in W.PLURAL_SCALES:
            d = self._vague(i + 1)
            if d is not None:
                d.first = i
            return d
        # Alone: "a few militants", "several states", "dozens of fighters", "a dozen" (and "another
        # dozen", "a further dozen": a dozen more).
        for size in (3, 2, 1):
            phrase = " ".join(self.lows[i + k] for k in range(size))
            if phrase in ALONE:
                k = i + size
                lo, hi = ALONE[phrase]
                nxt = self.lows[k]
                if phrase in ("a dozen", "half a dozen", "a score of", "another dozen", "a further dozen"):
                    if nxt in W.SCALES or nxt == W.HUNDRED:
                        return None
                    if phrase == "a dozen" and [self.lows[k + n] for n in range(3)] == ["and", "a", "half"] and self.lows[k + 3] not in (*W.SCALES, W.HUNDRED):
                        lo, hi, k = lo * 1.5, hi * 1.5, k + 3  # "a dozen and a half": eighteen (not of a million)
                        nxt = self.lows[k]
                    if phrase == "a score of" and not (self.kinds[k] == "w" and _plural(nxt) and nxt not in _NOUN_STOP and nxt not in W.NUMBER_WORDS):
                        return None  # "a score of 3-1", "a score of nil", "a score of more people": a game's or no count
                    # (a dozen more is read as "dozen" after its "another", as "another 300" is: an added count)
                    first = k - 1 if phrase in ("another dozen", "a further dozen") else i
                    d = _Draft(first, k + (nxt == "of"), lo, hi, approximate=True, qualifier="a dozen" if first != i else phrase, value=(lo + hi) / 2)
                    u = k + (nxt in ("more", "extra", "additional", "further"))
                    if self.lows[u] in W.DURATIONS and len(self.lows[u]) > 3:
                        d.kind, d.unit, d.last = "duration", W.DURATIONS[self.lows[u]][0], u + 1  # "a dozen days after"
                    elif self.lows[u] in W.MEASURES and len(self.lows[u]) > 3:
                        d.kind, d.unit, d.last = "measure", W.MEASURES[self.lows[u]][0], u + 1  # "a dozen extra tons"
                    return d
                if phrase in ("few", "a few", "a couple", "couple of", "a couple of") and not (
                    nxt == "of" or nxt in W.DURATIONS or (self.kinds[k] == "w" and nxt not in _NOUN_STOP and (_plural(nxt) or self._noun(k) is not None and _plural(self._noun(k) or "")))
                ):
                    return None  # "a few" needs what it counts: "a few of", "a few Central Asian states"; not "few believe"
                if phrase in ("few",) and self.lows[i - 1] in ("very", "the", "too", "so", "quite", "fairly"):
                    return None
                d = _Draft(i, k, lo, hi, approximate=True, qualifier=phrase.removesuffix(" of"))
                if nxt in W.DURATIONS:
                    d.kind, d.unit, d.last = "duration", W.DURATIONS[nxt][0], k + 1
                return d
        return None

    def _a_time_from(self, i: int, role: str | None = None) -> _Draft | None:
        """"a week after the quake", "within a month of landfall": one unit of time counted from
        an event; or bounded, "more than a decade", "nearly a year"; or followed by what it is
        the length of, "a week of national mourning". Only there: "a year" elsewhere is rarely
        a figure ("twice a year", "once a week"). "a decade and a half"
        is a time wherever it stands."""
        unit, j, v = W.DURATIONS[self.lows[i + 1]][0], i + 2, 1.0
        if self.phrase(j, ("and", "a", "half")):
            j, v = j + 3, 1.5
        if self.phrase(j, ("or", "two")) and self.lows[i + 1] in W.DURATIONS and not _plural(self.lows[i + 1]) and self.lows[j + 2] not in (*W.SCALES, W.HUNDRED, "dozen"):
            # "a minute or two", "an hour or two later": one to two of them, wherever it stands
            return _Draft(i, j + 2, 1.0, 2.0, kind="duration", unit=unit, approximate=True, words=True)
        # (a bare "over" or "under" may be a preposition: "prices rose 5% over a year"; not after
        # "for" or "in": "in service for over a decade", "the first in over a year")
        bare = self.lows[i - 1] in ("over", "under") and self.lows[i - 2] not in ("well", "just", "slightly", "little", "for", "in")
        bounded = role in ("gt", "ge", "lt", "le", "near", "over", "under", "approx", "upto") and not bare
        # "a week of national mourning", "a year of talks", "within a month of landfall": how long
        # it lasted or took (not "a day of reckoning", "a month of Sundays", "a month of the year")
        lasting = self.lows[j] == "of" and self.kinds[j + 1] == "w" and self.texts[j + 1].islower() and self.lows[j + 1] not in _NOT_LASTING
        if v == 1.0 and not bounded and not lasting and self.lows[j] not in ("after", "before", "later", "earlier", "ago"):
            return None
        return _Draft(i, j, v, v, kind="duration", unit=unit, approximate=True, value=v, words=True)

    def _fraction_word(self, i: int) -> _Draft | None:
        """"half of", "a third", "a quarter"; "half a million" is a count."""
        w = self.lows[i]
        if w in ("a", "an") and self._half_glued(i + 1):
            return self._half_compound(i, i + 1)  # "a half-mile", "a half-hearted attempt"
        if w in ("a", "an"):  # "a third", "an eighth"
            den = W.FRACTION_WORDS[self.lows[i + 1]]
            if self.lows[i + 2] == "of" and self.lows[i + 3] in ("a", "an") and self.lows[i + 4] in W.SCALES:
                v = W.SCALES[self.lows[i + 4]] / den  # "a quarter of a million"
                return _Draft(i, i + 5, v, v, value=v, precision=v / 5, scaled=True)
            if self.lows[i + 2] == "of" and self.lows[i + 3] in ("a", "an"):
                part = self._part_of_a_unit(i, i + 4, 1 / den)  # "a quarter of a mile"
                if part is not None:
                    return part
            return _Draft(i, i + 2, 1 / den, 1 / den, kind="fraction", value=1 / den)
        if w == "half" and self._half_glued(i):
            return self._half_compound(i, i)
        if w == "half":
            if self.lows[i - 1] in ("first", "second", "latter", "former", "other", "top", "bottom"):
                return None  # "the second half of 2012" is a period, not a share
            part = self._part_of_a_unit(i, i + 2, 0.5) if self.lows[i + 1] in ("a", "an") else None
            if part is not None:
                return part  # "half a kilometre"
            if self.lows[i + 1] in ("a", "an") and self.lows[i + 2] in (*W.SCALES, W.HUNDRED, "dozen"):
                if self.lows[i + 2] == "dozen":
                    return _Draft(i, i + 3, 6, 6, approximate=True, qualifier="half a dozen", value=6)
                v = 0.5 * W.SCALES.get(self.lows[i + 2], 100.0)
                return _Draft(i, i + 3, v, v, value=v, precision=v / 5, scaled=True)
            if self.lows[i + 1] in ("of", "the", "its", "their", "all") or self.lows[i - 1] in ("a", "one", "by", "than", "nearly", "almost", "about", "roughly", "over", "under") or self.kinds[i + 1] != "w":
                first = i - 1 if self.lows[i - 1] in ("one",) else i
                return _Draft(first, i + 1, 0.5, 0.5, kind="fraction", value=0.5)
        return None

    def _glued_on(self, num: _Num) -> bool:
        """Whether a number runs on into a word by a dash ("three-year", "ten-member")."""
        return self.lows[num.last] in DASHES and self.glued(num.last) and self.kinds[num.last + 1] == "w"

    def _half_glued(self, i: int) -> bool:
        """Whether token `i` is "half" joined by a hyphen to the word after it ("half-mile")."""
        return (
            self.lows[i] == "half" and self.lows[i + 1] in DASHES and self.glued(i + 1) and self.kinds[i + 2] == "w" and self.glued(i + 2)
            and self.lows[i + 2] not in W.DURATIONS  # ("a half-hour", "within a half-hour": read as parts of a unit of time)
        )

    def _half_compound(self, first: int, i: int) -> _Draft | None:
        """"a half-mile" is half a mile; "half-barriers", "half-hearted", "half-built" are words
        of their own, no share."""
        unit = self.lows[i + 2]
        if unit in W.MEASURES and len(unit) > 2:
            return _Draft(first, i + 3, 0.5, 0.5, kind="measure", unit=W.MEASURES[unit][0], value=0.5, precision=0.1)
        return None

    def _part_of_a_unit(self, first: int, k: int, size: float) -> _Draft | None:
        """A part of one unit of measure written as words at token `k` ("half a kilometre", "a
        quarter of a square mile", "half a mile an hour") as a measure; None where no such unit
        stands there ("m" or "in" after "a" are no units)."""
        two = self.lows[k] + " " + self.lows[k + 1]
        if two in W.MEASURES and self.kinds[k + 1] == "w":
            unit, end = W.MEASURES[two][0], k + 2  # "a quarter of a square mile"
        elif self.kinds[k] == "w" and self.lows[k] in W.MEASURES and len(self.lows[k]) > 2:
            unit, end = W.MEASURES[self.lows[k]][0], k + 1
        else:
            return None
        hour = self._per_hour(end) if unit in _SPEEDS else 0
        if hour:
            unit, end = _SPEEDS[unit], end + hour  # "half a mile an hour"
        return _Draft(first, end, size, size, kind="measure", unit=unit, value=size, precision=size / 5)

    def _fraction_after(self, first: int, num: _Num, j: int) -> _Draft | None:
        t = self.lows[j]
        if num.raw and t == "/" and self.glued(j) and self.kinds[j + 1] == "n" and self.glued(j + 1) and "." not in num.raw:
            den = float(self.texts[j + 1]) if self.texts[j + 1].isdigit() else 0
            if num.year_like and len(self.texts[j + 1]) in (2, 4):
                nxt = den if den >= 1000 else (num.value // 100) * 100 + den
                if nxt == num.value + 1:  # "2010/11": a split year
                    return _Draft(first, j + 2, num.value, nxt, kind="year", precision=1.0)
            if den == num.value + 1 <= 31 and self.lows[j + 2] in W.MONTHS and self.texts[j + 2][:1].isupper():
                return None  # "the night of 12/13 November": two days (`_day_range`)
            if self.lows[j + 2] in ("st", "nd", "rd", "th") and self.glued(j + 2) and self.texts[j + 3][:1].isupper():
                return _Draft(first, j + 3, None, None, kind=_SKIP)  # "the 1/7th Royal Scots": a battalion
            if 0 < num.value < den <= 100 and not (num.value == 9 and den == 11):
                v = num.value / den
                return _Draft(first, j + 2, v, v, kind="fraction", value=v)
            return _Draft(first, j + 2, None, None, kind=_SKIP)  # "24/7", "9/11": a label
        # the whole after "out of", "of every", "in": "two out of (every) three", "two of every
        # three", "one in (every) five"; not a word it is glued to ("two of every three-year terms")
        whole = None
        if t == "out" and self.lows[j + 1] == "of":
            whole = j + 3 if self.lows[j + 2] in _EVERY else j + 2
        elif t == "of" and self.lows[j + 1] in _EVERY:
            whole = j + 2
        if whole is not None and not num.scaled and num.value == int(num.value):
            den_num = self._number(whole)
            if den_num is not None and den_num.value >= num.value > 0 and not den_num.year_like and not self._glued_on(den_num):
                v = num.value / den_num.value
                return _Draft(first, den_num.last, v, v, kind="fraction", value=v)
        if t == "in" and not num.scaled and num.value >= 1 and num.value == int(num.value) and num.value < 100:
            at = j + 2 if self.lows[j + 1] in _EVERY else j + 1
            if (
                at > j + 1 and at < self.n and self.lows[at] in _BARE_WHOLES and num.value < _BARE_WHOLES[self.lows[at]]
                and (at + 1 >= self.n or (self.lows[at + 1] not in W.NUMBER_WORDS | {"and", "-"} and self.kinds[at + 1] != "n"))
            ):
                # "seven in every hundred": the whole a bare scale word (not "in every hundred
                # thousand", "in every hundred and fifty", "in every thousand two hundred")
                v = num.value / _BARE_WHOLES[self.lows[at]]
                return _Draft(first, at + 1, v, v, kind="fraction", value=v)
            den_num = self._number(at) if at < self.n else None
            if den_num is not None and den_num.value > num.value and den_num.value <= 1000 and not den_num.year_like and not self._glued_on(den_num):
                v = num.value / den_num.value
                return _Draft(first, den_num.last, v, v, kind="fraction", value=v)
        if 1 <= num.value < 100 and not num.scaled and num.value == int(num.value) and self._in_every(num, j):
            # "one Tajik in ten", "one cotton picker in twenty-five", "nine votes in ten": a share
            # with its noun inside
            k = j
            while k < j + 3 and self.kinds[k] == "w" and self.lows[k].isalpha() and self.lows[k] not in ("in", "of", "and", "or"):
                if self.lows[k] in _SHARE_BREAKS or self.lows[k].endswith("ed"):
                    break  # "two people died in three villages": a verb, no share
                k += 1
            if k > j and self.lows[k] == "in":
                den_num = self._number(k + 1) if k + 1 < self.n else None
                after = self.lows[den_num.last] if den_num is not None else ""
                if after == "in" and den_num is not None and self._a_place_or_year(den_num.last + 1):
                    after = ""  # "one household in twenty in Hyogo", "... in 1995": not inches
                if (
                    den_num is not None and num.value < den_num.value <= 1000 and not den_num.year_like
                    and den_num.value == int(den_num.value)
                    and after not in W.MEASURES and after not in W.DURATIONS
                    and not (self.kinds[den_num.last] == "w" and _plural(after))  # "in 14 incidents": a count
                ):
                    v = num.value / den_num.value
                    return _Draft(first, den_num.last, v, v, kind="fraction", value=v)
        if num.words and not num.scaled and num.value < 20:
            k = j
            if t in DASHES and self.glued(j):
                k = j + 1
            w = self.lows[k]
            if w in W.FRACTION_WORDS and w not in ("second", "seconds") and (w.endswith("s") or num.value == 1):
                if w in ("half", "halves") and num.value != 1:
                    return None
                v = num.value / W.FRACTION_WORDS[w]
                if self.lows[k + 1] in (W.HUNDRED, *W.SCALES):
                    return None
                if self.lows[k + 1] == "of" and self.lows[k + 2] in ("a", "an") and self.lows[k + 3] in W.SCALES:
                    v *= W.SCALES[self.lows[k + 3]]  # "three-quarters of a million", as "a quarter of a million"
                    return _Draft(first, k + 4, v, v, value=v, precision=v / 5, scaled=True)
                if self.lows[k + 1] == "of" and self.lows[k + 2] in ("a", "an"):
                    part = self._part_of_a_unit(first, k + 3, v)
                    if part is not None:
                        return part  # "three-quarters of a mile"
                return _Draft(first, k + 1, v, v, kind="fraction", value=v)
        return None

    def _ordinal_word(self, i: int) -> _Draft | None:
        """"third", "twenty-first" as ranks ("a third" is a fraction, read elsewhere)."""
        w = self.lows[i]
        v = float(W.ORDINAL_WORDS[w])
        if w == "second" and self.lows[i - 1] in ("a", "per", "one", "each", "every") and not (self.lows[i - 1] == "a" and self._a_rank(i)):
            return None  # "a second later" is a time; "a second volume" a rank
        if self.lows[i - 1] in ("a", "one") and w in W.FRACTION_WORDS and not self._a_rank(i):
            return None
        return _Draft(i, i + 1, v, v, kind="ordinal", value=v, precision=1.0)

    def _moved_from(self, first: int) -> bool:
        """Whether the figure at `first` follows "from" after a verb of change ("rose from",
        "moving the rate from about")."""
        for f in range(first - 1, max(first - 4, -1), -1):
            if self.lows[f] == "from":
                return any(self.lows[k] in _MOVES for k in range(max(f - 4, 0), f))
        return False

    def _a_rank(self, i: int) -> bool:
        """Whether "a third" at `i` ranks ("a third term", "a sixth straight year", "a fifth-largest
        city") rather than shares ("a quarter year" is a share)."""
        if self.lows[i] not in W.ORDINAL_WORDS:
            return False
        nxt = self.lows[i + 1]
        return nxt in _RANKED or (nxt in DASHES and self.lows[i + 2].endswith("est"))

    def _decade(self, first: int, last: int, year: float) -> _Draft:
        """"the 1990s": ten years; "the 1800s" and any hundred before it a century, as it is
        nearly always meant (1800-1899; "the 1900s" is read as a decade, which it may be, and
        "the 2000s" is one)."""
        if year % 100 == 0 and year < CENTURY_BEFORE:
            return _Draft(first, last, year, year + 99, kind="year", qualifier="century", precision=100.0)
        return _Draft(first, last, year, year + 9, kind="year", qualifier="decade", precision=10.0)

    def _short_decade(self, i: int) -> _Draft | None:
        """"the '90s", "'90s"."""
        k = i + (2 if self.lows[i] == "the" else 1)
        t = self.texts[k]
        if not (t.isdigit() and len(t) == 2 and int(t) % 10 == 0 and self.lows[k + 1] == "s" and self.glued(k + 1)):
            return None
        year = 1900.0 + int(t) if int(t) >= 20 else 2000.0 + int(t)
        return _Draft(i, k + 2, year, year + 9, kind="year", qualifier="decade", precision=10.0)

    def _year_after(self, k: int) -> int | None:
        if self.kinds[k] == "n":
            s = self.texts[k]
            if len(s) == 4 and s.isdigit() and 1000 <= int(s) <= 2100:
                return int(s)
        return None

    def _day_month(self, first: int, day: int, j: int) -> _Draft:
        """"12 June 2012", "12 June", "1st of September 2005"."""
        month = W.MONTHS[self.lows[j]]
        k = j + 1
        if self.lows[k] == "." and self.glued(k):
            k += 1
        if self.lows[k] == ",":
            k += 1 if self._year_after(k + 1) else 0
        year = self._year_after(k)
        if year is None:
            return _Draft(first, j + 1, None, None, kind="date", value=None)
        return _day_draft(first, k + 1, year, month, day)

    def _day_range(self, first: int, num: _Num, j: int) -> _Draft | None:
        """"12-13 May 2005", "10 to 14 June 2010": the days between two days of one month; and
        two days running, "the night of 12/13 November", "on 22 and 23 November"."""
        running = self.lows[j] in ("and", "or") or (self.lows[j] == "/" and self.glued(j))
        if not (num.raw and num.raw.isdigit() and 1 <= num.value <= 31) or (self.lows[j] not in DASHES and self.lows[j] != "to" and not running):
            return None
        k = j + 1
        if not (self.kinds[k] == "n" and self.texts[k].isdigit() and num.value < int(self.texts[k]) <= 31):
            return None
        if running and int(self.texts[k]) != num.value + 1:
            return None
        if not (self.kinds[k + 1] == "w" and self.lows[k + 1] in W.MONTHS and self.texts[k + 1][0].isupper()):
            return None
        return self._days_of(first, int(num.value), int(self.texts[k]), k + 1)

    def _days_of(self, first: int, low: int, high: int, month: int) -> _Draft:
        """The days from `low` to `high` of the month named at token `month` (in the year after
        it; without one, a date of no year: "on 12-13 May")."""
        end = self._day_month(first, high, month)
        if end.low is None:
            return end
        return _Draft(first, end.last, end.low - high + low, end.high, kind="date", precision=1.0)

    def _month_first(self, i: int) -> _Draft | None:
        """"June 2012", "June 12, 2012", "June 12", and a month alone after "in", "since"...
        ("held in November": its year is the text's nearest, `_years_for_dates`)."""
        month = W.MONTHS[self.lows[i]]
        k = i + 1
        if self.lows[k] == "." and self.glued(k):
            k += 1
        if self.kinds[k] == "n" and self.texts[k].isdigit():
            v = int(self.texts[k])
            year = self._year_after(k)
            if year is not None:
                last = calendar.monthrange(year, month)[1]
                lo, hi = year * 1e4 + month * 100 + 1, year * 1e4 + month * 100 + last
                return _Draft(i, k + 1, lo, hi, kind="date", precision=1.0)
            if 1 <= v <= 31:
                m = k + 1
                if self.kinds[m] == "w" and self.lows[m] in W.ORDINAL_SUFFIXES and self.glued(m):
                    m += 1
                if self.lows[m] == ",":
                    m += 1
                year = self._year_after(m)
                if year is not None:
                    return _day_draft(i, m + 1, year, month, v)
                if not self.texts[i][0].isupper() or (self.lows[i] in ("may", "march") and i == 0):
                    return None  # "May 20 people come?" opens a sentence; "from March 20" is a date
                return _Draft(i, k + 1, None, None, kind="date")
        if (
            self.texts[i][0].isupper() and len(self.lows[i]) > 3 and i > 0 and self.lows[i - 1] in _MONTH_ALONE_AFTER
            and not self.texts[i + 1][:1].isupper()  # "by May in 2017", "Jan Egeland": names
            and not (self.lows[i] in ("may", "june") and self.lows[i - 1] not in ("in", "since", "until"))
        ):
            return _Draft(i, i + 1, None, None, kind="date")  # "held in November": a month of a year not given
        return None

    def _edge_day(self, i: int) -> _Draft | None:
        """"the last day of February 1910", "the first day of 1999": the first or last day of a
        month or a year given with its year."""
        k = i + 3
        if self.lows[k] in W.MONTHS and self.texts[k][:1].isupper():
            span = self._month_first(k)
            if span is None or span.low is None or span.high is None or span.low == span.high:
                return None
            v = span.low if self.lows[i] == "first" else span.high
            return _Draft(i, span.last, v, v, kind="date", value=v, precision=1.0)
        ranged = self.lows[k + 1] in (*DASHES, "/", "to") and self.kinds[k + 2] == "n"  # "the last day of 2019-20": no one day
        year = self._year_after(k)
        if year is not None and not ranged:
            return _day_draft(i, k + 1, year, 1, 1) if self.lows[i] == "first" else _day_draft(i, k + 1, year, 12, 31)
        return None

    def _numeric_date(self, i: int) -> _Draft | None:
        """"2012-06-12", "12.6.2012", "5/17/2018" (slashes: month first unless the day says
        otherwise), and the month "2015-01" (ISO 8601) where the month could not end a span of
        years: "2008-09" and "2011-12" are spans, "2015-11" a month."""
        s = self.texts[i]
        parts = [int(p) for p in re.split(r"[./-]", s)]
        if len(parts) == 2:
            y, m = parts
            if m > y % 100:  # "2008-09", "2011-12": a span of years
                return _Draft(i, i + 1, y, (y // 100) * 100 + m, kind="year", precision=1.0)
            return _Draft(i, i + 1, y * 1e4 + m * 100 + 1, y * 1e4 + m * 100 + calendar.monthrange(y, m)[1], kind="date", precision=1.0)
        if len(s.split("-")[0]) == 4:
            y, m, d = parts
        else:
            a, b, y = parts
            if y < 100:
                y += 2000 if y < 50 else 1900
            if "/" in s:
                m, d = (a, b) if a <= 12 and not (b <= 12 < a) else (b, a)
                if b > 12 >= a:
                    m, d = a, b
            else:
                d, m = (a, b) if b <= 12 else (b, a)
        if not (1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]):
            return None
        return _day_draft(i, i + 1, y, m, d)

    # -- counted noun --------------------------------------------------------------------------
    def _noun(self, j: int) -> str | None:
        """The head noun counted after a number: the first plural word among the next few."""
        found: list[str] = []
        k = j
        while k < self.n and len(found) < 4:
            if self.kinds[k] != "w":
                if self.texts[k] in DASHES and self.glued(k) and found:
                    k += 1
                    continue
                break
            w = self.lows[k]
            nxt = self.lows[k + 1] if k + 1 < self.n else ""
            if k == j and w in ("more", "fewer") and self.kinds[k + 1] == "w" and nxt not in _NOUN_STOP and nxt not in W.DURATIONS and nxt not in W.MEASURES:
                k += 1  # "2,000 more troops" counts troops
                continue
            if w in _NOUN_STOP or w in W.NUMBER_WORDS or w in W.MONTHS and self.texts[k][0].isupper() and len(found) == 0 and w != "march":
                break
            if w in ("'s", "’s") or (found and "\n" in self.text[self.ends[k - 1] : self.starts[k]]):
                break
            found.append(w)
            if _plural(w):
                return w
            k += 1
        return found[0] if found else None

    def finish(self, d: _Draft) -> Quantity:
        """The public record for a draft, with its text sliced from the input."""
        start = self.starts[d.first]
        end = self.ends[d.last - 1]
        value = None if d.value is None else float(d.value)
        # a time in decades or centuries is a round figure: "two decades" for 21 years, "a
        # quarter of a century" for 26
        rough = d.kind == "duration" and d.unit in ROUND_UNITS and not _EXACTLY.search(self.text, max(0, start - 12), start)
        return Quantity(
            text=self.text[start:end], start=start, end=end, low=d.low, high=d.high, unit=d.unit,
            approximate=d.approximate or rough, kind=d.kind, low_inclusive=d.low_inclusive,
            high_inclusive=d.high_inclusive, qualifier=d.qualifier, value=value,
            precision=d.precision, scaled=d.scaled,
        )


def _day_draft(first: int, last: int, year: int, month: int, day: int) -> _Draft:
    v = year * 1e4 + month * 100 + day
    return _Draft(first, last, v, v, kind="date", value=v, precision=1.0)


def _plural(w: str) -> bool:
    """Does the word look like a plural noun (what counts usually count)?"""
    if w in _IRREGULAR_PLURALS or w.endswith("men") or w.endswith("people"):
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous", "'s", "’s"))


# What parse_quantities does with the quantities the reader found, in this order: each pass reads
# the text again for one form (days known by name, units of a part, compound durations, seasons,
# years of dates, times of day, decades of age, ranks on a scale, a unit and a part, parts of
# decades, temperature changes, units shared by two numbers, feet and inches, days listed before a
# date).
_PASSES: tuple[Callable[[str, list[Quantity]], list[Quantity]], ...] = (
    named_days, _parts_of_units, _compound_durations, _parts_of_years, _years_for_dates, clock_times, _decades_of_age,
    _classes, _units_and_a_part, _parts_of_decades, _temperature_changes, _shared_units, _feet_and_inches, _days_listed,
)

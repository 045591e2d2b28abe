"""How a text is understood: its words, named entities, quantities, years and dates, negations.

`analyse()` is what the aligner and comparer work from, and what `factcheck inspect` shows a
user so they can see why a verdict came out as it did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from rapidfuzz import fuzz

from factcheck.index.base import STOPWORDS, fold, stem
from factcheck.lexicon import acronyms, canonical, group_words, phrase_keys, spellings
from factcheck.numbers import Quantity, format_interval, parse_quantities
from factcheck.numbers.parse import MAGNITUDE_SCALES  # ("Mw 7.8": a scale, no name)

TOKEN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*", re.UNICODE)

# Negation cues; multi-word cues are matched first. "no" followed by "." or a digit ("No. 72")
# is an abbreviation, not a negation.
NEGATION = re.compile(
    r"\b(?:no\s+longer|no[\s-]+one(?!-)|not\s+yet|rul(?:ed|es|ing|e)\s+out|has\s+yet\s+to|have\s+yet\s+to|ceased\s+to|failed\s+to|short\s+of|refused|refuses|"
    r"never|not|cannot|none|neither|nor|without|nobody|nothing|"
    r"no(?![.\d])|\w+n['’]t)\b",
    re.IGNORECASE,
)

# Words that frame a statement rather than say it ("according to the UN, ...").
FRAMES = frozenset({"according"})

# Words whose capital letter says nothing about being a name (sentence starts, titles).
GENERIC_CAPITALS = frozenset(
    """according after although also as at because before between but by despite during for from
    however if in meanwhile moreover nobody of on since some still the then there these this those
    though thus under until when whereas while with yet""".split()
)

# Common nouns that label a line by what its figure measures ("Duration: 3 hours", "Dead: eight"),
# not by whose it is ("Mali: 8 cases"): such a label is no name.
FIELDS = frozenset(
    """amount approximate area average budget capacity casualties cost costs count crew damage date
    dead death deaths depth diameter distance duration estimate figure figures height injured killed
    length loss losses magnitude maximum measure minimum missing number passengers path peak
    population price quantity range reported size span speed survivors tally temperature time toll
    total track value volume weight width wounded""".split()
)

# the scales a magnitude is written after ("Mw 7.8", "ML 7.6"), and the figure itself: one digit
# and its decimals ("the ML 350" is a car's name)
MAGNITUDE = re.compile(r"\s?\d(?:\.\d+)?(?![\d,.]?\d)")


@dataclass(frozen=True, slots=True)
class Term:
    """A content word of a text."""

    text: str  # as written
    key: str  # folded and stemmed: what terms are matched on
    start: int
    end: int
    entity: bool  # written as a name (capitalised inside a sentence, or an acronym)


@dataclass(frozen=True, slots=True)
class Negation:
    """A negation cue ("not", "never", "no longer") and where it is."""

    cue: str
    start: int
    end: int


@dataclass(frozen=True)  # not slotted: `keys` is cached in the instance's __dict__
class Analysis:
    """What factcheck understood of one text."""

    text: str
    terms: tuple[Term, ...]
    quantities: tuple[Quantity, ...]
    negations: tuple[Negation, ...]

    @cached_property
    def keys(self) -> frozenset[str]:
        """The distinct term keys, and the keys of the names their phrases stand for."""
        return frozenset(t.key for t in self.terms) | phrase_keys(self.text)

    @cached_property
    def acronyms(self) -> tuple[Term, ...]:
        """Terms written as acronyms ("NSC", "U.S.")."""
        return tuple(t for t in self.terms if is_acronym(t.text))

    @property
    def entities(self) -> tuple[Term, ...]:
        """Terms written as names, once each."""
        seen: dict[str, Term] = {}
        for term in self.terms:
            if term.entity:
                seen.setdefault(term.key, term)
        return tuple(seen.values())

    @property
    def query(self) -> str:
        """The text to search the index with: the content words and the quantities as written."""
        return " ".join([*(t.text for t in self.terms), *(q.text for q in self.quantities)])

    @property
    def negated(self) -> bool:
        """True when the text carries a negation cue."""
        return bool(self.negations)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view, for `factcheck inspect --format json`."""
        return {
            "text": self.text,
            "quantities": [quantity_dict(q) for q in self.quantities],
            "years": [quantity_dict(q) for q in self.quantities if q.kind == "year"],
            "dates": [quantity_dict(q) for q in self.quantities if q.kind == "date"],
            "negations": [{"cue": n.cue, "start": n.start, "end": n.end} for n in self.negations],
            "key_terms": sorted({t.key for t in self.terms}),
            "entities": [t.text for t in self.entities],
        }


def quantity_dict(q: Quantity) -> dict[str, Any]:
    """A JSON-ready view of one quantity."""
    return {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "low": q.low,
        "high": q.high,
        "interval": format_interval(q),
        "unit": q.unit,
        "kind": q.kind,
        "approximate": q.approximate,
        "qualifier": q.qualifier,
    }


# A capitalised word opening a line and followed by a colon or a table bar labels what the line
# is about: "Mali: 8 cases, 6 deaths", "Liberia | 10,678 | 4,810".
LABEL = re.compile(r"[ \t]*(?::(?!\d)|\|)")
LABEL_WORDS = re.compile(r"(?:[ \t]+[A-Z][\w'’.-]*){0,4}[ \t]*(?::(?!\d)|\|)")  # "Sierra Leone |"


def _labels(word: str, start: int, text: str) -> bool:
    """Whether a word at a line's start labels the line as a name does ("Mali: 8 cases"), not as
    the name of what its figure measures does ("Duration: 3 hours")."""
    return fold(word) not in FIELDS and bool(LABEL_WORDS.match(text, start + len(word)))


def _is_entity(word: str, index: int, tokens: list[re.Match[str]], text: str) -> bool:
    """Whether a word is written as a name: an acronym, capitalised not at a sentence start, or
    the capitalised label of a line ("Mali: 8 cases")."""
    if word in MAGNITUDE_SCALES and MAGNITUDE.match(text, tokens[index].start() + len(word)):
        return False  # "Mw 7.8": a magnitude's scale, no one's name
    if len(word) > 1 and word.isupper() and word.isalpha():
        return True
    if not word[:1].isupper():
        return False
    if fold(word) in GENERIC_CAPITALS or fold(word) in STOPWORDS:
        return False
    if index == 0:
        return any(ch.isupper() for ch in word[1:]) or _labels(word, tokens[index].start(), text)
    before = text[tokens[index - 1].end() : tokens[index].start()]
    if re.search(r"[.!?]\s*$|^\s*\n", before):  # a sentence or line start
        return _labels(word, tokens[index].start(), text)
    return True  # "country: Uzbekistan" is a name


# word as written -> its key, "" for a word that is no term; texts repeat the same words, and a
# dict look-up is cheaper than folding, stemming and matching the negation cues again
_KEYS: dict[str, str] = {}


def _key(word: str) -> str:
    """The key a word (as written, without a trailing full stop) is matched on; "" when it is no
    content word (a stopword, a negation cue, a lone letter)."""
    key = _KEYS.get(word)
    if key is None:
        folded = fold(word)
        acronym = len(word) > 1 and word.isupper() and word.isalpha()  # "US" is no pronoun
        if (folded in STOPWORDS and not acronym) or folded in FRAMES or (len(folded) < 2 and not folded.isdigit()):
            key = ""
        elif NEGATION.fullmatch(word):
            key = ""
        else:
            key = canonical(stem(folded.replace("’", "'").removesuffix("'s")))
        if len(_KEYS) > 500_000:
            _KEYS.clear()
        _KEYS[word] = key
    return key


@lru_cache(maxsize=20_000)
def analyse(text: str) -> Analysis:
    """Understand a text: its content words, quantities, years and dates, negations."""
    quantities = tuple(parse_quantities(text))
    tokens = list(TOKEN.finditer(text))
    # Words inside a quantity are compared as numbers, not matched as words; ordinals ("the
    # 201st base") name things and stay words.
    numeric = {at for q in quantities if q.kind != "ordinal" for at in range(q.start, q.end)}
    terms = []
    for i, match in enumerate(tokens):
        start = match.start()
        if start in numeric:
            continue
        word = match.group().rstrip(".")
        key = _key(word)
        if key:
            terms.append(Term(word, key, start, start + len(word), _is_entity(word, i, tokens, text)))
    # "not more than 40%" and "no fewer than 500" are bounds the number parser has read, not
    # negations of the statement.
    spans = [(q.start, q.end) for q in quantities]
    negations = tuple(
        Negation(m.group(), m.start(), m.end())
        for m in NEGATION.finditer(text)
        if not any(s <= m.start() < e for s, e in spans)
    )
    return Analysis(text=text, terms=tuple(terms), quantities=quantities, negations=negations)


NEGATED_WORDS = 2  # content words after a negation cue that it negates
PUT_WORDS = 3  # content words after "not ... but" that say what is put forward
CLAUSE_END = re.compile(r"[,;:.!?()]|\s(?:when|while|after|because|although|though|whereas|unless)\s")  # where a negation's reach ends

_SET_ASIDE_BEFORE = re.compile(r",\s*$")  # "the avalanche, not the flower"
_BUT_AFTER = re.compile(r"(?:\s+[\w'’-]+){1,6}?\s+but\b(?!\s+also)", re.IGNORECASE)  # "not from the crew but from a schoolboy"


def clause_end(text: Analysis, at: int) -> int:
    """Where the clause going on at `at` ends: the words a negation there can negate (at least
    the word right after it: "had never after been seen")."""
    first = re.match(r"\W*\w+", text.text[at:])
    stop = CLAUSE_END.search(text.text, at + (first.end() if first and not CLAUSE_END.match(text.text, at) else 0))
    # (the commas of a list of nouns right after it end no clause: "No director, engineer, or
    # official of the company was ever brought to trial")
    if stop is not None and stop.group() == "," and len(text.text[at : stop.start()].split()) <= LISTED_WORDS:
        listed = _LISTED.match(text.text, stop.end())
        if listed is not None and listed.group("first").lower() not in _OPENERS:
            stop = CLAUSE_END.search(text.text, listed.end())
    return stop.start() if stop else len(text.text)


LISTED_WORDS = 2  # words at most between a negation and the first comma of a list it reaches past
# the rest of a list: "engineer or official", "engineer, or official", "engineer, foreman and official"
_LISTED = re.compile(r"\s+(?P<first>[a-z][\w-]*)(?:,\s+[a-z][\w-]*)*,?\s+(?:or|and)\s+[a-z][\w-]*\b")
# ... not a clause opened after the comma: "was never arrested, but lived and worked in Lyon"
_OPENERS = frozenset("and but or nor then though so yet which who whom whose where while when as because although since".split())


def sets_aside(text: Analysis, cue: Negation) -> bool:
    """Whether a "not" sets one thing aside for another: "the avalanche, not the flower", "came
    not from the crew but from a schoolboy"."""
    return cue.cue.lower() == "not" and (_SET_ASIDE_BEFORE.search(text.text, 0, cue.start) is not None or _BUT_AFTER.match(text.text, cue.end) is not None)


def contrasts(text: Analysis) -> tuple[tuple[tuple[Term, ...], frozenset[str]], ...]:
    """What each "not" of `text` that sets one thing aside puts forward, and the keys of the
    words it sets aside (which the text does not state): ("natural", {"human-caused"}) in
    "natural, not human-caused", ("schoolboy", "mobile", "phone"; {"crew"}) in "came not from the
    crew but from a schoolboy on his mobile phone". What is put forward is the content word right
    before the comma, or the first PUT_WORDS after "but" in its clause."""
    return tuple((put, aside) for _, put, aside in contrasts_by_cue(text))


def contrasts_by_cue(text: Analysis) -> tuple[tuple[Negation, tuple[Term, ...], frozenset[str]], ...]:
    """`contrasts`, each with the "not" that sets its words aside."""
    out = []
    for cue in text.negations:
        if not sets_aside(text, cue):
            continue
        end = clause_end(text, cue.end)
        but = _BUT_AFTER.match(text.text, cue.end)
        if but is not None:
            end = min(end, but.end() - len("but"))  # (the set-aside words end where "but" begins)
            stop = clause_end(text, but.end())
            put = tuple(t for t in text.terms if but.end() <= t.start < stop)[:PUT_WORDS]
        else:
            put = tuple(t for t in text.terms if t.end <= cue.start)[-1:]
        aside = [t for t in text.terms if cue.end <= t.start < end][:NEGATED_WORDS]
        out.append((cue, put, frozenset(t.key for t in aside)))
    return tuple(out)


def set_aside_keys(text: Analysis) -> frozenset[str]:
    """The keys of the words a "not" of `text` sets aside, which it does not state."""
    return frozenset().union(*(aside for _, aside in contrasts(text)))


# Verbs that introduce what a source says: the name before them is who says it.
REPORTING = frozenset(
    canonical(stem(w))
    for w in """say says said report reported estimate estimated estimates count counted put puts
    record recorded register registered find found write wrote note noted log quote quoted tally""".split()
)


ACCORDING = re.compile(r"(?:according to|(?:given|reported|estimated|counted|recorded|published|compiled|cited) by)(?: the)?$")
CITATION = re.compile(r"\([^()]{3,80}\)")  # a parenthesis that may cite a source
# words telling that a text gives someone's figure or account, not a fact in its own voice:
# "the Herald spoke of 62", "Occidental said", "put the toll at", "the official tally", "the
# Express told its readers", "the Air Ministry's log", "The Times wrote", "in the brigade's account"
SAYING = re.compile(
    r"\b(?:(?:said|say|says|reported|reports|estimated|estimates|reckoned|described|counted|claimed|cited|cites|told|quoted|log|wrote|writes|account|accounts"
    r"|according\s+to|sp(?:oke|eaks?)\s+(?:instead\s+|rather\s+|only\s+|also\s+)?of|tally|count|figures?)\b"
    r"|(?:puts?|placed|places|timed|times(?=\s+(?!at\b)[\w'’-]+\s))\s+(?:[\w'’-]+\s+){0,6}?[\"“]?at\s+"
    r"(?:[\"“*_]*\s?(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+)?(?:magnitude\s+|[$€£¥]|US\$|C\$|A\$)?\d"
    # (a figure in words only quoted or approximate: "placed the rush \"at about half-past five\"",
    # not "placed at one end of the bridge")
    r"|(?:[\"“](?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+)?|(?:about|some|around|nearly|roughly)\s+)"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|a\s+quarter)\b)"
    r"|(?:listed|lists)\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+)?\d"
    r"|(?:gave|give|gives)\s+(?:(?:a|an|the|its|their|about|some|around|only|just)\s+)*"
    r"(?:(?:[$€£¥]|US\$)?\d|(?:\w+\s+)?(?:figure|toll|total|count|estimate|number)s?\b))",
    re.IGNORECASE,
)


_YEAR_CITED = re.compile(r"\((?:1[6-9]|20)\d\d\)")  # "(1966)"
# what a year in brackets after it dates the saying of: a source's noun, or whom "according to" names
_SOURCE_BEFORE = re.compile(
    r"(?:\b(?i:report|reports|survey|surveys|study|studies|inquiry|paper|book|account|estimate|estimates|review|investigation)(?:['’]s)?"
    r"|\b(?i:according\s+to)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*$"
)


def citations(analysis: Analysis) -> list[tuple[int, int]]:
    """The spans of the parentheses that cite a source with a date: "(RIA Novosti, June 2015)",
    "(IWPR, 2005)". Their names are who says it, their dates when it was said. So is a year alone
    in brackets after a source ("the inquiry's report (1999)", "according to the USGS (1966)"; not
    "the Teton Dam (1976)", the dam's year)."""
    named = [
        (m.start(), m.end())
        for m in CITATION.finditer(analysis.text)
        if any(m.start() <= q.start and q.end <= m.end() and q.kind in ("year", "date") for q in analysis.quantities)
        and any(m.start() <= t.start < m.end() and t.entity for t in analysis.terms)
    ]
    dated = [
        (m.start(), m.end())
        for m in _YEAR_CITED.finditer(analysis.text)
        if _SOURCE_BEFORE.search(analysis.text, max(0, m.start() - 60), m.start())
    ]
    return sorted(named + dated)


def attributed(text: str) -> bool:
    """Whether a text gives a figure or account as someone's (SAYING): "The Herald spoke of 62
    men who had survived", "Occidental said the bodies of 81 men had been found"."""
    return SAYING.search(text) is not None


# a name that "spoke of" a figure gives it ("survivors' accounts speak of about 45 seconds"; not
# "In Wales 20% of people speak Welsh")
SPOKE_OF = re.compile(r"(?:['’]s)?(?:\s+[\w'’-]+){0,2}?\s+(?:spoke|speaks|speak|spoken)\s+of\b", re.IGNORECASE)


# a name whose account gives a figure: "NASA's early statements", "Broutchoux's paper", "the
# Board's figures" (not "NASA's shuttle")
_ACCOUNT_OF = re.compile(
    r"(?:['’]s?)?(?:\s+[\w-]+){0,2}?\s+(?:account|accounts|report|reports|estimate|estimates|version|figure|figures|count|tally|"
    r"records|data|statistics|statement|statements|paper|bulletin|list)\b",
    re.IGNORECASE,
)


def _accounts(text: str, name: Term) -> bool:
    """Whether a name gives a figure: it "spoke of" it (SPOKE_OF), or its account does, named by
    its possessive (_ACCOUNT_OF)."""
    if SPOKE_OF.match(text, name.end):
        return True
    possessive = name.text.endswith(("'s", "’s")) or text[name.end : name.end + 1] in ("'", "’")
    return possessive and _ACCOUNT_OF.match(text, name.end) is not None


def cited_names(analysis: Analysis) -> frozenset[str]:
    """Keys of the names a text cites as its source rather than speaks about: "according to
    Eurostat", "RIA Novosti says", "Crisis Group estimated", "(RIA Novosti, June 2015)"."""
    cited: set[str] = set()
    terms = analysis.terms
    notes = citations(analysis)
    citing = False  # within a name run opened by "according to (the)"
    for i, term in enumerate(terms):
        if not term.entity:
            citing = False
            continue
        if any(s <= term.start < e for s, e in notes):
            cited.add(term.key)
            continue
        lead = fold(analysis.text[max(0, term.start - 20) : term.start]).rstrip()
        # "according to the Central Election Commission": every word of the name run
        citing = (citing and i > 0 and terms[i - 1].end + 1 == term.start) or bool(ACCORDING.search(lead))
        following = [t.key for t in terms[i + 1 : i + 3]]
        if citing or any(k in REPORTING for k in following) or _accounts(analysis.text, term):
            cited.add(term.key)
    return frozenset(cited)


def own_names(analysis: Analysis) -> frozenset[str]:
    """Keys of the names a text speaks about: its names less those it cites as its source."""
    return frozenset(t.key for t in analysis.entities) - cited_names(analysis)


def names_only_the_claims(text: Analysis, claim: Analysis) -> bool:
    """Whether every name a text speaks about (leaving aside whom it cites) is one of the claim's."""
    return all(found_in(k, claim.keys) for k in own_names(text))


COMPASS_POINTS = frozenset({"north", "south", "east", "west"})
COMPASS_ENDINGS = frozenset({"er", "ern", "erli", "erly", "ward", "wards", "erner", "erners", "east", "west", "-east", "-west"})  # "north-east" folds to "northeast"


@lru_cache(maxsize=100_000)
def similar(a: str, b: str) -> bool:
    """Whether two term keys are the same word in other forms or spellings."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short) and not short.isdigit():
        # "tajik" ~ "tajikistan", "kyrgyz" ~ "kyrgyzstan"; but "Southover" is no "south", nor
        # "Westgate" a "west": a point of the compass is like only its own forms ("southern")
        return short not in COMPASS_POINTS or long_[len(short) :] in COMPASS_ENDINGS
    if len(short) >= 5 and _romanised(a) == _romanised(b):
        return True  # "sergey" ~ "sergei", "kudaiberdyev" ~ "kudaiberdiev"
    if len(short) >= 5 and _american(a) == _american(b):
        return True  # "centre" ~ "center", "defence" ~ "defense", "programme" ~ "program"
    return len(short) >= 6 and not a.isdigit() and fuzz.ratio(a, b) >= 85  # "kudaiberdiev" ~ "kudaiberdyev"


@lru_cache(maxsize=50_000)
def _american(key: str) -> str:
    """A stemmed key spelt the American way: British -tre, -our, -ise, -ence, -mme endings."""
    key = re.sub(r"tr$", "ter", key)
    key = re.sub(r"our$", "or", key)
    key = re.sub(r"is(at|e|ed|es|ing)?$", r"iz\1", key)
    key = re.sub(r"enc$", "ens", key)
    return re.sub(r"mm$", "m", key)


@lru_cache(maxsize=50_000)
def _romanised(key: str) -> str:
    """A key with the letters that romanisations of one name disagree on made alike."""
    return key.replace("kh", "h").replace("y", "i").replace("ou", "u")


def found_in(key: str, keys: frozenset[str]) -> bool:
    """Whether a claim term key is among a passage's keys, allowing for forms and spellings."""
    # Spelling variants and word forms share their first letter; comparing only those is fast.
    return key in keys or any(similar(key, other) for other in keys if other[:1] == key[:1])


@lru_cache(maxsize=50_000)
def is_acronym(text: str) -> bool:
    """Whether a word is written as an acronym: 2-6 capital letters, dots allowed ("U.S")."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


def search_text(analysis: Analysis) -> str:
    """What the index is searched with: the claim's words and quantities, its names in their
    other forms ("Tajikistan" for "Tajiks", "Russia" for "Moscow"), its words in the others of
    their synonym group and its figures written in words in digits, which the index, matching
    words as written, would not find."""
    names = [w for t in analysis.terms if t.entity or t.text[:1].isupper() for w in spellings(t.key) if w != t.text.lower()]
    words = [w for t in analysis.terms if not t.entity for w in group_words(t.key) if w != t.text.lower()]
    return " ".join([analysis.query, *names, *words, *digits(analysis)])


def digits(analysis: Analysis) -> list[str]:
    """The whole figures a text writes in words, in digits: "Sixteen" is searched as "16"; and a
    time of day written in words by its hour and minutes as clocks write them: "five minutes past
    five in the afternoon" as "17", "5" and "05" (as "17.05" and "5.05 pm" are indexed)."""
    found = [
        f"{q.value:.0f}"
        for q in analysis.quantities
        if q.kind in ("count", "measure", "money", "duration", "percent")  # not "third" (3) or "twice" (2)
        and q.value is not None and q.value == int(q.value) and 1 < q.value < 10**7 and not any(ch.isdigit() for ch in q.text)
    ]
    for q in analysis.quantities:
        if q.kind == "time" and q.value is not None and q.low == q.high and not any(ch.isdigit() for ch in q.text):
            hour, minute = divmod(int(q.value), 60)
            if minute:  # ("five o'clock" alone: too common a figure to look for)
                hours = {hour, hour % 12 or 12} | ({(hour + 12) % 24} if q.either_half else set())
                found += [*(str(h) if h else "00" for h in sorted(hours)), f"{minute:02d}"]  # (midnight's hour as "00.20" writes it)
    return found


# who a claim reports: "According to the royal commission, ...", "The Chicago Tribune reckoned
# that ...", "Official Soviet figures put ..." ("The dam gave way at 2.20 pm" reports no one)
_VOICE = re.compile(
    r"^\s*(?:according\s+to\s+(?P<by>[^,]+),|(?P<who>[^,;]{3,80}?)(?:,\s+(?:in|on|at|by|after|within)\s[^,;]{3,40},)?\s+(?:(?:said|says|reported|reports|estimated|estimates|reckoned|counted|"
    r"recorded)\b|(?:claimed|found|concluded)\s+that\b|(?:put|puts|gave|gives)\b(?!\s+way\b)(?=[^.;]{0,60}?\b(?:at|as)\b))"
    # ... or whose count it is: "The Weather Bureau's published count of the dead was 390"
    r"|(?P<whose>(?:the\s+)?(?:(?-i:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})|(?:official\s+)?(?:inquiry|commission|coroner|police|government|ministry|army|navy|board|company|railway|operator|airline|inquest|court)))['’]s?\s+(?:[a-z]+\s+)?(?:count|figure|estimate|tally|list|survey)\b)",
    re.IGNORECASE,
)
VOICE_SHARE = 0.5  # share of the words naming who a claim reports that a passage must give
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)$", re.IGNORECASE)  # right before the verb
# words around who a claim reports that name no one: "the official count eventually put"
VOICE_WORDS = frozenset(canonical(stem(w)) for w in "report figures figure count estimate official later first own final".split())


def voice_of(claim: Analysis) -> frozenset[str]:
    """The keys of the words naming who a claim reports ("the royal commission": royal,
    commission), or none for a claim in its own voice."""
    m = _VOICE.match(claim.text)
    if m is None or (m.group("who") and _PASSIVE.search(m.group("who"))):
        return frozenset()  # ("The death toll was estimated at 500": no one is reported)
    start, end = m.span("by") if m.group("by") else m.span("whose") if m.group("whose") else m.span("who")
    # (leaving out adverbs: "The official count eventually put"; not "Italy")
    return frozenset(t.key for t in claim.terms if start <= t.start < end and t.key not in VOICE_WORDS and not (t.text.endswith("ly") and t.text.islower()))


def expansion(acronym: str, analysis: Analysis) -> list[str]:
    """The keys of a run of words in `analysis` whose initials spell `acronym` ("NSC" in
    "National Security Concept"), or [] when there is none."""
    letters = acronym.replace(".", "").upper()  # "U.S" spells "United States" too
    words = analysis.terms
    for i in range(len(words) - len(letters) + 1):
        run = words[i : i + len(letters)]
        if all(w.text[:1].upper() == ch for w, ch in zip(run, letters, strict=True)) and run[0].entity:
            return [w.key for w in run]
    return []


def spelled_out(claim: Analysis, passage: Analysis) -> frozenset[str]:
    """The keys of the claim's acronyms a passage spells out: its "NSC" where the passage has
    "National Security Concept"."""
    # ("ISIL" is also spelled out as the "Islamic State" its alias "IS" stands for)
    return frozenset(t.key for t in claim.acronyms if any(expansion(f, passage) for f in (t.text, *acronyms(t.key))))


def acronym_keys(claim: Analysis, passage: Analysis) -> frozenset[str]:
    """Claim words a passage gives in the other form: the claim's "NSC" when the passage spells
    out "National Security Concept" (spelled_out), and the claim's spelled-out words when the
    passage has the acronym."""
    found = set(spelled_out(claim, passage))
    for term in passage.acronyms:
        found.update(expansion(term.text, claim))
    return frozenset(found)

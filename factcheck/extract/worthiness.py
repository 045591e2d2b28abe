"""Check-worthiness: how much a sentence states something a source could confirm or refute.

A score in [0, 1] built from visible features, each given as a reason a person can read:
quantities, years and dates, named entities, attributions ("according to", "said"), comparisons
raise it; hedges ("may", "it seems", "should") and opinion ("certainly", "I think") lower it, and a
question is not a claim. The weights are plain constants so that a reviewer can follow the sum.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.numbers import Quantity

BASE = 0.2  # a sentence of at least MIN_WORDS words
MIN_WORDS = 6
QUANTITY, QUANTITY_MORE, QUANTITY_CAP = 0.3, 0.05, 0.4
TIME, TIME_MORE, TIME_CAP = 0.2, 0.05, 0.25
ENTITY, ENTITY_MORE, ENTITY_CAP = 0.15, 0.05, 0.25
ATTRIBUTION = 0.15
COMPARISON = 0.1
HEDGE, HEDGE_CAP = -0.2, -0.4
OPINION, OPINION_CAP = -0.2, -0.4
QUESTION = -0.4

QUANTITY_KINDS = frozenset({"count", "percent", "percentage_points", "fraction", "multiple", "money", "measure", "duration"})
TIME_KINDS = frozenset({"year", "date"})

_ATTRIBUTION = re.compile(
    r"\b(?:according\ to|said|says|told|reported|reports|announced|declared|stated|states|estimated|"
    r"estimates|confirmed|published|figures\ (?:show|released)|data\ show|survey|census|report\ says)\b",
    re.IGNORECASE | re.VERBOSE,
)
_COMPARISON = re.compile(
    r"\b(?:more|less|fewer|higher|lower|larger|smaller|greater|bigger)\ than\b|\bcompared\ (?:with|to)\b"
    r"|\b(?:up|down)\ from\b|\b(?:largest|smallest|biggest|highest|lowest|first|second|third|last)\b"
    r"|\b(?:rose|fell|grew|increased|decreased|declined|doubled|tripled|halved|exceeded|overtook)\b"
    r"|\b(?:exit|withdrawal|joined|left|signed|opened|founded|elected|controlled|controls)\b",
    re.IGNORECASE | re.VERBOSE,
)
# "should be noted" introduces a statement, it does not hedge it.
_HEDGE = re.compile(
    r"\b(?:may|might|could|perhaps|possibly|probably|likely|unlikely|apparently|presumably|allegedly|"
    r"seems?|seemed|appears?|appeared|suggests?|remains?\ to\ be\ seen|not\ clear|unclear|"
    r"nobody\ (?:really\ )?knows|should(?!\ be\ (?:noted|mentioned|said|recalled|stressed))|would)\b",
    re.IGNORECASE | re.VERBOSE,
)
_OPINION = re.compile(
    r"\b(?:I|we)\ (?:think|believe|feel|hope|fear)\b|\bin\ (?:my|our)\ (?:opinion|view)\b|\bthink\b"
    r"|\bno\ doubt\b|\bcertainly\b|\bsurely\b|\bclearly\b|\bobviously\b|\bevident(?:ly)?\b"
    r"|\bquite\ logical\b|\bhandy\b|\btoo\ far\b|\bgreat\ news\b|\bshameful\b|\bexaggerat\w*"
    r"|\bmust\b|\bought\ to\b|\bbetter\ to\b|\bharder\ to\ say\b|\bcareful\b",
    re.IGNORECASE | re.VERBOSE,
)
_TOKEN = re.compile(r"[^\W_][\w'’.-]*[\w]|[^\W_]")
# Capitalised words that are not names: sentence openers, pronouns, calendar words.
_NOT_NAMES = frozenset(
    """The A An In On At As If It Its This That These Those There Here He She His Her They Their We Our I
    You Your But And Or For From By With Of To Due Now Then Finally Furthermore However Moreover Also
    What When Where Why How Who Which Nobody Somebody Everybody Some Many Most All Both Each Various
    Talks Since After Before While Although Though Yet Still Meanwhile According Unofficial Official
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
_CONNECTORS = frozenset({"of", "for", "de", "la", "del", "von", "van", "di", "da", "le", "du"})
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True, slots=True)
class Worthiness:
    """A check-worthiness score and the reasons it is made of, in the order they were found."""

    score: float  # in [0, 1]
    reasons: tuple[str, ...]


def score_sentence(text: str, quantities: Sequence[Quantity]) -> Worthiness:
    """The check-worthiness of one sentence, given the quantities parsed from it."""
    reasons: list[str] = []
    total = BASE if len(_TOKEN.findall(text)) >= MIN_WORDS else 0.0
    total += _capped(
        [f"quantity {q.text}" for q in quantities if q.kind in QUANTITY_KINDS],
        QUANTITY, QUANTITY_MORE, QUANTITY_CAP, reasons,
    )
    total += _capped(
        [f"{q.kind} {q.text}" for q in quantities if q.kind in TIME_KINDS], TIME, TIME_MORE, TIME_CAP, reasons
    )
    total += _capped([f"entity: {name}" for name in entities(text)], ENTITY, ENTITY_MORE, ENTITY_CAP, reasons)
    total += _cue(_ATTRIBUTION, "attribution", ATTRIBUTION, text, reasons)
    total += _cue(_COMPARISON, "comparison", COMPARISON, text, reasons)
    total += _penalties(_HEDGE, "hedge", HEDGE, HEDGE_CAP, text, reasons)
    total += _penalties(_OPINION, "opinion", OPINION, OPINION_CAP, text, reasons)
    if text.rstrip("\"'’”»)] ").endswith("?"):
        total += QUESTION
        reasons.append(f"question {QUESTION:+.1f}")
    return Worthiness(score=round(min(1.0, max(0.0, total)), 2), reasons=tuple(reasons))


def entities(text: str) -> list[str]:
    """Names in a sentence: runs of capitalised words and acronyms ("Islamic Movement of Uzbekistan").

    A run ends at punctuation; "of", "de", "von"... join two capitalised words into one name.
    """
    names: list[str] = []
    run: list[str] = []
    tokens = list(_TOKEN.finditer(text))
    for i, match in enumerate(tokens):
        token = match.group(0)
        joined = i > 0 and not text[tokens[i - 1].end() : match.start()].strip()
        if run and not joined:
            names.append(" ".join(run))
            run = []
        first = i == 0 or text[: match.start()].rstrip().endswith((".", ":", "—", "–", "(", '"', "“"))
        if _is_name(token, first=first):
            run.append(token)
        elif run and token in _CONNECTORS and i + 1 < len(tokens) and _is_name(tokens[i + 1].group(0), first=False):
            run.append(token)
        elif run:
            names.append(" ".join(run))
            run = []
    if run:
        names.append(" ".join(run))
    return list(dict.fromkeys(_POSSESSIVE.sub("", n).rstrip(".") for n in names))


def _is_name(token: str, *, first: bool) -> bool:
    """A capitalised word that is not an opener; at a sentence start only acronyms count."""
    if not token[0].isupper() or token in _NOT_NAMES:
        return False
    acronym = len(token) >= 2 and token.replace(".", "").isupper()
    return acronym or not first


def _capped(found: list[str], first: float, more: float, cap: float, reasons: list[str]) -> float:
    """Add `found` to the reasons; worth `first` for one, `more` for each further one, at most `cap`."""
    if not found:
        return 0.0
    reasons.extend(found)
    return min(cap, first + more * (len(found) - 1))


def _cue(pattern: re.Pattern[str], label: str, weight: float, text: str, reasons: list[str]) -> float:
    """`weight` and a reason when `pattern` occurs in `text`."""
    match = pattern.search(text)
    if match is None:
        return 0.0
    reasons.append(f"{label}: {match.group(0).lower()}")
    return weight


def _penalties(
    pattern: re.Pattern[str], label: str, weight: float, cap: float, text: str, reasons: list[str]
) -> float:
    """`weight` for every match of `pattern` (each a reason), no lower than `cap` in all."""
    total = 0.0
    for match in pattern.finditer(text):
        if total <= cap:
            break
        total += weight
        reasons.append(f"{label}: {match.group(0).lower()} {weight:+.1f}")
    return max(cap, total)

"""Check-worthiness: how much a sentence states something a source could confirm or refute.

A score in [0, 1] built from visible features, each given as a reason a person can read:
quantities, years and dates, named entities, attributions ("according to", "said"), comparisons
raise it; hedges ("may", "it seems", "should") and opinion ("certainly", "I think") lower it, and a
question is not a claim. The weights are plain constants so that a reviewer can follow the sum.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.analysis import Analysis
from factcheck.numbers import Quantity, format_interval

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

REFERENTIAL_MAX = 12  # "the two countries", "the five states": counts this small after "the" only refer
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
    r"nobody\ (?:really\ )?knows|(?:is|are|was|were)\ expected\ to|should(?!\ be\ (?:noted|mentioned|said|recalled|stressed))|would)\b",
    re.IGNORECASE | re.VERBOSE,
)
_OPINION = re.compile(
    r"\b(?:I|we)\ (?:think|believe|feel|hope|fear)\b|\bin\ (?:my|our)\ (?:opinion|view)\b|\bthink\b"
    r"|\bno\ doubt\b|\bcertainly\b|\bsurely\b|\bclearly\b|\bobviously\b|\bevident(?:ly)?\b"
    r"|\bquite\ logical\b|\bhandy\b|\btoo\ far\b|\bgreat\ news\b|\bshameful\b|\bexaggerat\w*"
    r"|\bmust\b|\bought\ to\b|\bbetter\ to\b|\bharder\ to\ say\b|\bcareful\b",
    re.IGNORECASE | re.VERBOSE,
)
_WORDS = re.compile(r"[^\W_]+")
_DETERMINER = re.compile(r"\b(?:the|these|those|its|their|both|all)\s+$", re.IGNORECASE)
# Small words that join two names into one: "Islamic Movement of Uzbekistan", "Banco de España".
_CONNECTORS = frozenset({"of", "for", "de", "la", "del", "von", "van", "di", "da", "le", "du"})
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True, slots=True)
class Worthiness:
    """A check-worthiness score and the reasons it is made of, in the order they were found."""

    score: float  # in [0, 1]
    reasons: tuple[str, ...]


def score_sentence(analysis: Analysis) -> Worthiness:
    """The check-worthiness of one sentence, from its analysis (quantities, names)."""
    text = analysis.text
    reasons: list[str] = []
    total = BASE if len(_WORDS.findall(text)) >= MIN_WORDS else 0.0
    quantities = analysis.quantities
    total += _capped(
        [f"quantity {format_interval(q)}" for q in quantities if q.kind in QUANTITY_KINDS and not _referential(text, q)],
        QUANTITY, QUANTITY_MORE, QUANTITY_CAP, reasons,
    )
    total += _capped(
        [f"{q.kind} {q.text}" for q in quantities if q.kind in TIME_KINDS], TIME, TIME_MORE, TIME_CAP, reasons
    )
    total += _capped([f"entity: {name}" for name in names(analysis)], ENTITY, ENTITY_MORE, ENTITY_CAP, reasons)
    total += _cue(_ATTRIBUTION, "attribution", ATTRIBUTION, text, reasons)
    total += _cue(_COMPARISON, "comparison", COMPARISON, text, reasons)
    total += _penalties(_HEDGE, "hedge", HEDGE, HEDGE_CAP, text, reasons)
    total += _penalties(_OPINION, "opinion", OPINION, OPINION_CAP, text, reasons)
    if text.rstrip("\"'’”»)] ").endswith("?"):
        total += QUESTION
        reasons.append(f"question {QUESTION:+.1f}")
    return Worthiness(score=round(min(1.0, max(0.0, total)), 2), reasons=tuple(reasons))


def _referential(text: str, quantity: Quantity) -> bool:
    """A small count that names things already known rather than counting them: "the two countries"
    (but "the 7,000 troops" is a number to check)."""
    small = quantity.high is not None and quantity.high <= REFERENTIAL_MAX
    return quantity.kind == "count" and small and _DETERMINER.search(text, 0, quantity.start) is not None


def names(analysis: Analysis) -> list[str]:
    """The names in a text, once each: runs of the words `analyse` reads as names, joined across
    white space or a connector ("Islamic Movement of Uzbekistan"), broken by punctuation."""
    text = analysis.text
    runs: list[tuple[int, int]] = []
    for term in analysis.terms:
        if not term.entity:
            continue
        if runs:
            gap = text[runs[-1][1] : term.start]
            if not gap.strip() or gap.strip() in _CONNECTORS and gap.startswith(" ") and gap.endswith(" "):
                runs[-1] = (runs[-1][0], term.end)
                continue
        runs.append((term.start, term.end))
    return list(dict.fromkeys(_POSSESSIVE.sub("", text[s:e]) for s, e in runs))


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

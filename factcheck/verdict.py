"""Stage 5: from the stances of a claim's passages to one verdict, its confidence and its reason.

- supported: some passage supports and none contradicts (or the contradictions weigh less than
  1/`dominance` of the support, none of them giving another figure for the claim's own in most
  of its words: compare.other_figure);
- contradicted: the mirror image;
- disputed: both sides carry comparable weight. Where all the passages that weigh are of one
  source, one of them must give its figure or account as someone's (align.someones: "the
  Herald spoke of 62", a row of a table by source): a note stating both in its own voice
  states two facts, one of them about something else, and the heavier side decides. A
  confirmation that leaves out the sources' common subject yields to a contradiction naming it
  (_borrowing);
- unverified: no passage takes a side.
A passage's weight is its stance strength times its match score (compare.Judgement.weight).
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.align import someones
from factcheck.analysis import VOICE_SHARE, Analysis, found_in, voice_of
from factcheck.compare import RIVAL, SAME_WORDS, Judgement, both_sides, denied, figures_apart, other_estimates, other_figure, rivals, the_final
from factcheck.model import Claim, Evidence, Finding, Stance, Verdict
from factcheck.numbers import Relation
from factcheck.numbers.quantity import WHEN
from factcheck.options import CheckOptions

UNSAID = "; neither gives its figure as someone's, so they are not two sources disagreeing"
BORROWING = 10.0  # a contradiction naming the subject overrules a confirmation borrowing it from this close below its score


def _cite(j: Judgement) -> str:
    p = j.alignment.passage
    page = f" p.{p.page}" if p.page is not None else ""
    return f"{p.source}:{p.line}{page}"


def _evidence(j: Judgement) -> Evidence:
    p = j.alignment.passage
    return Evidence(
        source=p.source,
        line=p.line,
        text=p.text,
        score=j.alignment.score,
        stance=j.stance,
        reason=j.reason,
        page=p.page,
        start=p.start,
        end=p.end,
    )


def _summary(judgements: Sequence[Judgement], verb: str) -> str:
    best = judgements[0]
    more = f" (and {len(judgements) - 1} more)" if len(judgements) > 1 else ""
    return f"{_cite(best)} {verb}: {best.reason}{more}"


def _by_figure(j: Judgement, relation: Relation) -> bool:
    """Whether a passage takes its side by a figure, not a time: a pair of that relation."""
    return any(p.check.relation is relation and p.claim.kind not in WHEN for p in j.alignment.pairs)


def _borrowing(s: Judgement, c: Judgement | None) -> bool:
    """Whether a confirmation gives the claim's figure without the claim's name that is the
    sources' common subject (align.Alignment.borrowed), in its own voice, against the heaviest
    contradiction `c`, by a figure, that names it and speaks to the claim about as well: the
    confirmation's figure is another thing's ("Of the 49 men aboard, 44 were killed", under
    another airship's heading in notes on the R101, against "48 of the 54 aboard R101 died")."""
    return (
        c is not None
        and bool(s.alignment.borrowed)
        and not c.alignment.borrowed
        and not someones(s.alignment)
        and _by_figure(s, Relation.AGREE)
        and _by_figure(c, Relation.DISAGREE)
        and c.alignment.score >= s.alignment.score - BORROWING
    )


def _names_voice(j: Judgement, voice: frozenset[str]) -> bool:
    """Whether a passage names who the claim reports: a word the claim writes with a capital (but
    for its first, which has one anyway: "Police said") only where the passage does too ("The
    Times", not "at the time")."""
    keys = j.alignment.analysis.keys
    claim = j.alignment.claim
    named = {t.key for t in claim.terms if t.text[:1].isupper() and t.start > 0} if claim is not None else set()
    names = frozenset(t.key for t in j.alignment.analysis.terms if t.text[:1].isupper())
    return sum(1 for k in voice if found_in(k, names if k in named else keys)) >= VOICE_SHARE * len(voice)


def decide(claim: Claim, judgements: Sequence[Judgement], options: CheckOptions, subjects: frozenset[str] = frozenset()) -> Finding:
    """The verdict on one claim from the judgements of its passages (and the rivals of a
    figure one of them confirms: compare.rivals; a final figure's: compare.the_final; figures
    confirmed by passages apart: compare.figures_apart).
    `subjects` are the claim's names most of the run's sources give (pipeline.corpus_subjects)."""
    judgements = figures_apart(other_estimates(both_sides(the_final(rivals(judgements, options.thresholds, subjects), options.thresholds))))
    by_weight = sorted(judgements, key=lambda j: (-j.weight, -j.alignment.score))
    supports = [j for j in by_weight if j.stance is Stance.SUPPORTS]
    contradicts = [j for j in by_weight if j.stance is Stance.CONTRADICTS]
    # A confirmation on words alone that lacks every word the heaviest contradiction denies (by a
    # "not" or an opposite) does not say what is denied: "A children's circus was performing at
    # the stadium" against "the stadium itself was not buried".
    gainsaid = denied(contradicts[0]) if contradicts else frozenset()
    if gainsaid:
        supports = [s for s in supports if not (s.reason.startswith(SAME_WORDS) and not any(found_in(k, s.alignment.analysis.keys) for k in gainsaid))]
    # where the heaviest confirmation borrows the subject a contradiction names, the
    # confirmations weigh nothing against it (only the heaviest's measured best: the others
    # dropped alone, the held-out sets lost 3)
    lent = supports if supports and _borrowing(supports[0], contradicts[0] if contradicts else None) else []
    if lent:
        supports = []
    # A claim reporting someone's figure ("The Times gave the death toll as fourteen") is judged
    # on whether they gave it: where only one side's heaviest passage names who it reports, that
    # side decides (the other side keeps only its passages that name them too).
    voice = voice_of(supports[0].alignment.claim) if supports and contradicts and supports[0].alignment.claim is not None else frozenset()
    unheard: Judgement | None = None  # the heaviest passage of the side that does not name who the claim reports
    if voice:
        heard_s, heard_c = _names_voice(supports[0], voice), _names_voice(contradicts[0], voice)
        if heard_s and not heard_c:
            unheard, contradicts = contradicts[0], [j for j in contradicts[1:] if _names_voice(j, voice)]
        elif heard_c and not heard_s:
            unheard, supports = supports[0], [j for j in supports[1:] if _names_voice(j, voice)]
    related = [j for j in judgements if j.stance is Stance.RELATED]  # in the aligner's order
    ws = supports[0].weight if supports else 0.0
    wc = contradicts[0].weight if contradicts else 0.0
    dominance = options.thresholds.dominance
    # One note disputes a claim where it gives a figure as someone's ("the Herald spoke of 62
    # survivors" against "61 of the men survived"). Two of its passages at odds that both state
    # their figures in its own voice ("the Conservatives won 317 seats" against "330 seats" of
    # another election) state two facts, one of them about something else: the heavier decides,
    # whatever follows. The heaviest passage and those of the lighter side within `dominance` of
    # it count: one from another source disputes, and a tie decides nothing.
    heavy, light = (supports, contradicts) if ws >= wc else (contradicts, supports)
    swaying = [*heavy[:1], *light[:1], *(j for j in light[1:] if dominance * j.weight >= max(ws, wc))]
    unsaid = (
        bool(supports and contradicts)
        and ws != wc
        and len({j.alignment.passage.source for j in swaying}) == 1
        and not any(someones(j.alignment) for j in swaying)
    )
    # A passage giving another figure for the claim's own in the claim's words disputes it,
    # however much stronger the support (unless both are one note's, above): "€1.6bn" against
    # "a €1.5 billion payment".
    # So does a rival figure (compare.rivals) where the confirmation is someone's ("the Herald
    # spoke of 62 survivors" against the notes' "61 of the men survived").
    heard = bool(supports) and someones(supports[0].alignment)
    outweighed = not contradicts or (
        ws >= dominance * wc and not any(other_figure(j) or (heard and j.reason.startswith(RIVAL)) for j in contradicts)
    )
    if supports and (outweighed or (unsaid and ws >= wc)):
        verdict, confidence = Verdict.SUPPORTED, 0.5 + 0.5 * ws - 0.25 * wc
        reason = _summary(supports, "supports")
        if contradicts:
            reason += f"; outweighs {_cite(contradicts[0])} ({contradicts[0].reason}){UNSAID if unsaid and not outweighed else ''}"
    elif contradicts and (not supports or wc >= dominance * ws or unsaid):
        verdict, confidence = Verdict.CONTRADICTED, 0.5 + 0.5 * wc - 0.25 * ws
        reason = _summary(contradicts, "contradicts")
        if lent:
            names = ", ".join(f"'{n}'" for n in lent[0].alignment.borrowed)
            reason += f"; outweighs {_cite(lent[0])} ({lent[0].reason}), which does not name {names} as this passage does"
        if supports:
            reason += f"; outweighs {_cite(supports[0])} ({supports[0].reason}){UNSAID if unsaid and wc < dominance * ws else ''}"
    elif supports and contradicts:
        verdict, confidence = Verdict.DISPUTED, 0.5 + 0.5 * min(ws, wc)
        reason = (
            f"sources disagree: {_cite(supports[0])} supports ({supports[0].reason}); "
            f"{_cite(contradicts[0])} contradicts ({contradicts[0].reason})"
        )
    else:
        verdict = Verdict.UNVERIFIED
        if related:
            best = max(related, key=lambda j: j.alignment.score)  # the closest, for the reason
            confidence = 1.0 - 0.5 * best.alignment.score / 100
            reason = f"no passage decides it; closest {_cite(best)} (score {best.alignment.score:.0f}) {best.reason}"
        else:
            confidence = 0.95
            reason = "no passage in the sources speaks to the claim"
    if unheard is not None:
        reason += f"; {_cite(unheard)} {unheard.stance.value} ({unheard.reason}) but does not name whom the claim reports"
    ordered = [*supports, *contradicts] if ws >= wc else [*contradicts, *supports]
    evidence = tuple(_evidence(j) for j in [*ordered, *([unheard] if unheard else []), *lent, *related][: options.top_k])
    return Finding(
        claim=claim,
        verdict=verdict,
        confidence=round(min(max(confidence, 0.0), 1.0), 2),
        reason=reason,
        evidence=evidence,
    )

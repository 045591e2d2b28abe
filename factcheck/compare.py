"""Stage 4b: the stance of one aligned passage towards the claim, with a reason a person can check.

A passage only takes a side when it speaks to the claim: a match score at or above the
`relevant` threshold (FIRM_MARGIN below it for a passage giving one of the claim's figures among
most of the words around it) and every name in the claim present, or all but one when the passage names
only the claim's things besides whom it cites (a passage about the 201st base says nothing about
the Kant air base, whatever numbers they share), and no ranking of other items ("the second
programme" for "the third bailout"). Then, in order:

1. a paired number that disagrees and surely counts the same thing (close surroundings, the
   same counted noun, not far apart, the claim's words present, not another row of a table)
   -> contradicts;
2. a flipped negation ("has not controlled" against "controls") at the `supports` score, an
   antonym ("rose" against "fell") or another rank ("the second largest" for "the largest")
   -> contradicts;
3. a paired number that agrees -> supports; a claim with numbers the passage does not give
   -> related only;
4. a claim without numbers whose words the passage covers at the `supports` threshold, with the
   same polarity -> supports.

`rivals()` then looks again at the related passages of a claim whose figure another passage
confirms: one giving another figure for it in the same setting disputes it. `ally()` does the
same the other way round: beside a contradiction giving its figure as someone's, a passage giving
the claim's figure as someone else's confirms it. Both may read the sentences beside the
heaviest passage, which the index seldom returns (`rival_beside`, pipeline._beside_the_heaviest).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from factcheck.align import CALENDAR, DEATH, ENDS, ENTITY_WEIGHT, FATE_SAID, FATES, LOST, PEOPLE, SAME_THING, STARTS, STATUS_AT, Alignment, Pair, age_group, alternatives, another_event, anothers_date, claims_name, counted_nouns, fate, foreign_owner, of_an_account, of_another_rank, part_of, row_of_claims, someones, someones_age, spread
from factcheck.analysis import CLAUSE_END, FIELDS, GENERIC_CAPITALS, NEGATED_WORDS, SAYING, Analysis, Negation, Term, analyse, cited_names, clause_end, contrasts, contrasts_by_cue, found_in, names_only_the_claims, sets_aside, similar, voice_of
from factcheck.anchors import relative_times
from factcheck.index.base import fold, stem
from factcheck.lexicon import canonical, phrase_keys
from factcheck.model import Passage, Stance
from factcheck.numbers import WHEN, Quantity, Relation, compare, format_interval
from factcheck.numbers.quantity import TURNED_BOUNDS, bound_in_time
from factcheck.numbers.changes import CHANGE, RATIO
from factcheck.numbers.days import day_number, in_one_year
from factcheck.numbers.parse import SCALES
from factcheck.numbers.words import MEASURES
from factcheck.numbers.spans import FROM_EVENT, SPAN, bare
from factcheck.options import Thresholds
from factcheck.surroundings import CELL, is_heading, is_row, label_end, leans_back

# a claim's cues that a passage stating their words without negation does not gainsay
WIDE_CUES = frozenset({"without", "nobody", "no one", "no-one"})
WIDE_WORDS = 0.75  # ... unless it gives this share of the claim's words ("won the presidency in a run-off")
# Words that rank a thing among others: a passage must rank it the same to confirm the claim.
SUPERLATIVE = re.compile(
    r"\b(?:most|least|largest|biggest|greatest|highest|lowest|longest|shortest|deepest|smallest|"
    r"oldest|newest|earliest|latest|worst|best|deadliest|fastest|slowest|richest|poorest|heaviest|"
    r"strongest|weakest|widest|tallest|costliest|youngest)\b"
)
SCOPED = frozenset({"without", "no longer"})  # a claim's cues that negate only what follows them
SAME_SUPERLATIVES = (("largest", "biggest", "greatest"), ("highest", "tallest"))
_SINCE = re.compile(r"\bsince\b")  # a claim's superlative scoped by a time ("the deadliest since 1947")
_UNSCOPED = re.compile(r"(?:\bthe|['’]s)\s+$")  # ... and one it ranks ("the deadliest", "South Korea's deadliest"; not "at least")
# a superlative ranked behind named others: "the costliest US hurricane on record, after Katrina"
_AFTER_NAMES = re.compile(r"(?:\bthe|['’]s)\s+(?P<word>[a-z]+est|most)\b[^.;:,()]{0,60}?,?\s(?:after|behind)\s+(?:only\s+)?(?P<names>(?:the\s+)?\*?[A-Z])")
_NOT_A_NAME = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|War|World|Independence|Revolution)\b")
ORDINAL_WORDS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th"
RANKS = {w: i + 2 for i, w in enumerate(ORDINAL_WORDS.split("|")[:9])} | {"2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
TOP = {w: i + 2 for i, w in enumerate("two three four five six seven eight nine ten".split())}  # "among the four largest"
PART_OF_IT = re.compile(r"\b(?:including|of which|of whom|among them|of them)\s+(?:about\s+|some\s+)?$", re.IGNORECASE)
RIVAL_CONTEXT = 0.5  # a rival figure sits among this share of the claim figure's surrounding words
FIRM_MARGIN = 5.0  # score below `relevant` at which a passage giving the claim's figure in its setting still decides
RIVAL = "gives another figure: "  # how a rival's reason opens
RIVAL_WORDS = 0.4  # and its passage gives this share of the claim's words
RIVAL_REACH = 0.8  # a rival read beside a confirmation lies within this share of the claim's figure (rival_beside)
ALLY = "beside another's figure, "  # how an ally's reason opens (compare.ally)
# what a figure read beside the heaviest passage may count (_plain_neighbour): an amount, of the
# claim's counted noun or of people; not one its sentence calls wrong, usual or a capacity
BESIDE_KINDS = frozenset({"count", "money", "measure", "percent"})
GENERIC_PEOPLE = frozenset({stem("people"), stem("persons"), stem("person")})
# words telling that a figure beside a confirmation is not a rival estimate of the same thing:
# a limit, target or forecast, an average or a top speed, a figure withdrawn or first given
_NOT_AN_ESTIMATE = re.compile(
    r"\b(?:targets?|forecasts?|forecasted|expected|projected|predicted|limits?|allowed|permitted|top\s+speed|averaged?"
    r"|withdrew|withdrawn|retracted|initially|at\s+first|can\s+(?:hold|carry|seat))\b",
    re.IGNORECASE,
)
# words that may open a sentence before its time without being its subject ("On Saturday 11 May, ...")
_TIME_HEAD = frozenset(
    """in on by at during from since until after before the a an of early late mid monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august september october
    november december""".split()
)
_NOT_SO = re.compile(r"\b(?:untrue|false|wrong|incorrect|denied|normally|usually|typically|capacity|could\s+(?:hold|carry|seat))\b", re.IGNORECASE)
STATEMENT_END = re.compile(r";|\.\s|\bwhile\b|\bwhereas\b")  # where one statement of a passage ends
BRACKETED = re.compile(r"\s*\(\s*[*_]*(?:[A-Z][a-z]|[A-Z]{3,}\b)")  # a bracketed name after a figure: "33 (Rich", "33 (RNLI" (not "(UK"; "(USA" still)
# ... one that names a source: "(*North Wales Chronicle*)", "(Board of Trade, Rich report)"; not a
# label ("52 percent (First round)", "£290,000 (England)")
CITED_AFTER = re.compile(
    r"\s*\((?=[^()]*(?:[*_]\w|\b(?:report|reports|inquiry|inquest|police|newspaper|paper|Times|Chronicle|Herald|Gazette|"
    r"Post|Mail|News|Guardian|Telegraph|Mercury|Observer|Reuters|BBC|census|survey|according|estimate|official|officials|ministry)\b))"
)
THOUGH = re.compile(r"\b(?:though|although)\b")  # ... or where another figure may be set against it
UNTIL = re.compile(r"\b(?:until|till)\b", re.IGNORECASE)  # "not ... until" says when, not whether
UNTIL_WORDS = 6  # how many words after a "not" its "until" may stand
CONTRADICT_CONTEXT = 0.3  # a disagreeing number must sit among this share of the claim number's words
DEED_WORDS = 0.5  # share of the claim's words besides its time and event a rival time from that event must give
OTHER_FIGURE_WORDS = 0.7  # share of the claim's words a passage giving another figure needs to dispute any support
LEAVES_A_NAME = 0.65  # share of the claim's words a passage leaving out one of its names must give
CONTRADICT_WORDS = 0.6  # share of the claim's words a passage must give to contradict its number
SAID_WORDS = 0.25  # share of the claim's words besides its names a passage must give itself to confirm it on words alone
ROW_FIT = 0.6  # or, for a row labelled by the claim's name or time, share of the figure's context words around it
FIRM_FIGURE = 0.9  # strength at least of each figure's agreement where figures_apart joins passages
NO_FIGURE = "speaks to the claim but gives no comparable figure for "  # a passage's reason where it lacks the claim's figure
INCIDENTAL = 12  # counts up to this ("three countries") need a firm pairing to decide anything
FAR_APART = 10.0  # counts of differently named things this many times apart are not the same thing
SHARE_HEAD = 2  # content words before a claim's percentage or fraction that say what it is a share of
# People counted on either side of a fight.
CIVILIANS = frozenset(stem(w) for w in "civilians children women residents inhabitants refugees migrants patients".split())
ARMED = frozenset(stem(w) for w in "troops soldiers servicemen personnel fighters militants combatants insurgents rebels police".split())
PEAK = frozenset(canonical(stem(w)) for w in "peak peaked height highest maximum".split())  # words saying a figure is a peak
CONFIRM_OPEN = 1.0  # a source's open bound confirms claim figures whose own bound on its side is within this factor of it
SHARE_MARGIN = 0.5  # percentage points an open share's bound may be passed by and still confirm: whole per cents
CONFIRM_BOUND = 10.0  # a figure this many times beyond a claim's open bound ("more than 500") confirms nothing
CONFIRM_APART = 20.0  # an agreeing figure this many times apart from the claim's confirms nothing
SPAN_OPEN = 10.0  # the time between two dates confirms an open "more than N" only within this factor of N
DAYS = WHEN | {"weekday"}  # ... and the kinds a passage's day is told apart by
# sums of money or measures this many times apart are not the same (unless a scale slips); exactly
# ten times apart is one order of magnitude misstated ("$4 billion" for "$400m")
AMOUNTS_APART = 10.5
# spans of time this many times apart (in days) are not the same span ("about two months", "about 16 hours")
DURATIONS_APART = 70.0

_PAIRS = """increase decrease|increase decline|increase fall|rise fall|rise decline|rise drop|grow shrink|
grow decline|gain loss|gain lose|higher lower|larger smaller|bigger smaller|more fewer|above below|
warm cool|warmer cooler|warming cooling|expand contract|expand shrink|win lose|won lost|accept reject|
support oppose|allow ban|allow forbid|approve reject|open close|
opened closed|strengthen weaken|maximum minimum|increase reduce|rise sink|
success failure|succeed fail|legal illegal|true false|major minor|positive negative|majority minority|
keep stop|kept stopped|continue stop|continue halt|continue suspend|continue cease|resume stop|resume halt|
acquitted convicted|acquit convict|acquitted guilty|
upheld overturned|uphold overturn|unanimous divided|unanimously divided|port starboard|
guilty innocent|imposed lifted|impose lift|import export|imported exported"""
# Fates, opposite only for someone or something the claim and the passage name, not for a count:
# "Riley survived" against "Riley was killed" (not "712 survived" against "1,503 died": two groups)
_FATES = """survived killed|survived drowned|survived destroyed|saved destroyed|spared destroyed|spared killed"""
# Sides and directions: opposites only where they describe the same thing, the word beside them
# the same in both ("the left-hand booster", "the right booster"; not "the eastern city" and
# "Western governments").
_SIDES = """left-hand right-hand|left-hand right|right-hand left|eastern western|northern southern|
easternmost westernmost|northernmost southernmost|upstream downstream|inbound outbound|eastbound westbound|
northbound southbound"""
# Compass points, opposite only as parts of the same thing: "in the north of Bhola island"
# against "on the south-east of Bhola island" (not "the north bank" and "the south bank": two
# banks; not "fled west" and "from the east")
_COMPASS = """north south|east west|north-east south-west|north-west south-east|northeast southwest|
northwest southeast|north-east south|north-west south|south-east north|south-west north"""

ANTONYMS: dict[str, frozenset[str]] = {}
SIDES: set[str] = set()  # the keys of _SIDES' and _COMPASS' words
FATED: set[str] = set()  # the keys of _FATES' words
COMPASS: set[str] = set()  # the keys of _COMPASS' words
for _pairs, _kind in ((_PAIRS, ""), (_SIDES, "side"), (_COMPASS, "compass"), (_FATES, "fate")):
    for _pair in _pairs.replace("\n", "").split("|"):
        _a, _b = (stem(fold(w)) for w in _pair.split())
        ANTONYMS[_a] = ANTONYMS.get(_a, frozenset()) | {_b}
        ANTONYMS[_b] = ANTONYMS.get(_b, frozenset()) | {_a}
        if _kind == "fate":
            FATED.update((_a, _b))
        elif _kind:
            SIDES.update((_a, _b))
        if _kind == "compass":
            COMPASS.update((_a, _b))


@dataclass(frozen=True, slots=True)
class Judgement:
    """The stance of one passage towards the claim."""

    alignment: Alignment
    stance: Stance
    reason: str  # one line a person can check against the passage
    strength: float  # 0-1: how firmly this passage takes its side (0 for related)

    @property
    def weight(self) -> float:
        """Strength scaled by the match score: what this passage counts for in the verdict."""
        return self.strength * self.alignment.score / 100


def _negated_near_match(claim: Analysis, passage: Analysis) -> str | None:
    """The passage's negation cue that negates a word it shares with the claim, if any.

    A cue negates the words right after it ("has not controlled the border"): it counts when one
    of the NEGATED_WORDS content words after it is a claim word. "Greece failed to make a payment
    to the IMF" does not negate "Greece fell into arrears with the IMF".
    """
    return _negating(passage, claim.keys, _undone(passage), asides=not claim.negations)


def denied(j: Judgement) -> frozenset[str]:
    """The claim's words a contradicting passage denies, by a negation ("the stadium itself was
    not buried": "buried") or by an opposite ("the starboard side" against "the port side":
    "port"); empty for a contradiction of another kind."""
    claim = j.alignment.claim
    if j.stance is not Stance.CONTRADICTS or claim is None:
        return frozenset()
    if f", {SOURCE_SAYS} '" in j.reason:
        # an opposite ("claim says 'acquitted', source says 'convicted'") denies the claim's word
        opposite = _antonym(claim, j.alignment.analysis)
        return frozenset(t.key for t in claim.terms if opposite and t.text == opposite[0])
    if not j.reason.startswith(f"{SOURCE_SAYS} '"):
        return frozenset()
    found = _negated(j.alignment.analysis, claim.keys, _undone(j.alignment.analysis), asides=not claim.negations)
    return frozenset(t.key for t in found[1]) if found else frozenset()


def _negating(text: Analysis, keys: frozenset[str], undone: frozenset[Negation] = frozenset(), asides: bool = False) -> str | None:
    """The first negation cue of `text` that negates one of `keys` (see _negated), or None."""
    found = _negated(text, keys, undone, asides)
    return found[0] if found else None


def _negated(text: Analysis, keys: frozenset[str], undone: frozenset[Negation] = frozenset(), asides: bool = False) -> tuple[str, list[Term]] | None:
    """The first negation cue of `text` that negates one of `keys`, and the words of `keys` it
    negates: one of the NEGATED_WORDS
    content words after it, in its own clause, is among them (`undone` cues left out). A "not"
    setting a name aside ("followed Armagh, not Abergele") negates none; with `asides` (the
    words are an affirming claim's), no "not" setting anything aside does: "consistent with poor
    maintenance, not with sabotage" speaks of the maintenance."""
    for cue in text.negations:
        if cue in undone:
            continue
        # The words a cue negates stand in its own clause: "without validity, by 100 votes".
        end = clause_end(text, cue.end)
        following = _negated_words(text, cue, end)
        hits = [t for t in following if t.key in keys]
        if hits and sets_aside(text, cue) and (asides or all(t.entity for t in hits)):
            continue  # "the 1889 Act followed Armagh, not Abergele" denies nothing of Abergele's own
        if hits:
            return cue.cue, hits
    return None


def _negated_words(text: Analysis, cue: Negation, end: int) -> list[Term]:
    """The NEGATED_WORDS content words a cue negates, in its clause up to `end`: those right after
    it, or, after "None of" or "Neither of", what is said of the ones it picks out: the words after
    the clause's first auxiliary ("None of the four men tried in Tarragona was acquitted":
    acquitted), or from its first verb in the past ("None of the rescue teams reached the miners
    before nightfall": reached, miners); as before where a relative clause stands between ("None
    of the protesters who were arrested ... was charged") or no verb is found."""
    after = [t for t in text.terms if cue.end <= t.start < end]
    if _cue_form(cue.cue) in ("none", "neither") and _OF_THE_ONES.match(text.text, cue.end) and not _RELATIVE.search(text.text, cue.end, end):
        aux = _AUXILIARY.search(text.text, cue.end, end)
        said = [t for t in after if t.start >= aux.end()] if aux is not None else []
        if aux is None:
            # (a verb, not a participle describing them: "the trapped miners", "stationed in")
            verb = next((i for i, t in enumerate(after) if t.text.islower() and _PAST.fullmatch(t.text) and not _DETERMINED.search(text.text, 0, t.start) and not _PLACED_AFTER.match(text.text, t.end)), None)
            said = after[verb:] if verb is not None else []
        if said:
            return said[:NEGATED_WORDS]
    return after[:NEGATED_WORDS]


_OF_THE_ONES = re.compile(r"\s+of\b", re.IGNORECASE)
_AUXILIARY = re.compile(r"\b(?:was|were|is|are|had|has|have|did|could|would|will|ever)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|whom|which|that)\b", re.IGNORECASE)
_DETERMINED = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)
_PLACED_AFTER = re.compile(r"\s+(?:in|at|on|by|from|with|to|over|for|under|during|after|before)\b", re.IGNORECASE)
_PAST = re.compile(r"[a-z]+ed|survived|died|went|came|got|made|saw|knew|left|fled|lived|escaped|returned")
_NONE = frozenset({"no one", "no-one", "nobody", "none"})
SAME_WORDS = "states the same"  # how a confirmation on words alone opens its reason
SOURCE_SAYS = "source says"  # ... and the passage's word in a negation's or an opposite's ("source says 'not' where ...")


def _counted_none(claim: Analysis, a: Alignment, mine: str) -> tuple[float, str] | None:
    """(figure, heading) of a table row's cell counting what a claim's "no one" or "nobody"
    does ("No one aboard survived" against "| 0 | survived" headings): a column headed by a
    participle of the claim's clause ("survived", "died", "injured") counts those who did it."""
    cue = next((n for n in claim.negations if n.cue == mine), None)
    if cue is None or CELL not in a.passage.text:
        return None
    if not any(" ".join(claim.text[cue.start :].lower().split()).startswith(w) for w in _NONE):
        return None
    end = clause_end(claim, cue.end)
    # what "no one" did: its first participle or word of death, and those "or"/"and" joins to it
    # ("killed or injured"; not "and no homes were damaged": another subject's)
    after = [t for t in claim.terms if cue.end <= t.start < end]
    first = next((i for i, t in enumerate(after) if t.text.lower().endswith("ed") or t.key == "kill"), None)
    if first is None:
        return None
    done = [after[first]]
    for t in after[first + 1 :]:
        if not re.fullmatch(r"\s+(?:or|and)\s+(?:was\s+|were\s+)?", claim.text[done[-1].end : t.start]):
            break
        done.append(t)
    found: dict[str, tuple[float, str]] = {}
    for cell in a.analysis.text.split(CELL):
        m = re.fullmatch(r"\s*(\d[\d,]*)\s+(.+?)\s*", cell)
        if m:
            keys = {t.key for t in analyse(m.group(2)).terms}
            for did in done:
                if did.key in keys and did.key not in found:
                    found[did.key] = (float(m.group(1).replace(",", "")), m.group(2))
    # a figure above 0 for any of them gainsays it; 0 confirms it only for all of them
    over = next((f for f in found.values() if f[0] > 0), None)
    if over is not None:
        return over
    return next(iter(found.values())) if found and len(found) == len({d.key for d in done}) else None


# A superlative said by denying every rival: "no Australian bushfire killed more people than
# Ash Wednesday"
DENIED_RIVALS = frozenset({"no", "none", "no one", "nobody", "nothing"})
OUTDONE = re.compile(r"\b(?:more|fewer|less|greater|higher|larger|bigger|deadlier|worse|longer|heavier|costlier)\b", re.IGNORECASE)
THAN = re.compile(r"\bthan\b", re.IGNORECASE)
REPORTED_CLAUSE = re.compile(r"\b(?:that|whether|if)\b", re.IGNORECASE)  # "no evidence that ... deadlier than": "no" denies the evidence


def _outdone(text: Analysis, cue: Negation, end: int) -> bool:
    """Whether a "no" is followed in its clause by a comparative and "than", with no reported
    clause between: "No earthquake in Peru's history has killed more people than the 1970 quake"
    says which killed the most ("There is no evidence that it was deadlier than ..." does not)."""
    more = OUTDONE.search(text.text, cue.end, end)
    return (
        more is not None and THAN.search(text.text, more.end(), end) is not None
        and REPORTED_CLAUSE.search(text.text, cue.end, more.start()) is None
    )


def _undone(text: Analysis, claim: bool = False) -> frozenset[Negation]:
    """The negations undone by a second one in their clause, both of them: "could not start it
    without an act of Parliament" says an act was needed. In a claim (`claim`), also a "not"
    that sets one thing aside for another: what the claim states stands without it."""
    undone: set[Negation] = set()
    for cue in text.negations:
        end = clause_end(text, cue.end)
        second = [n for n in text.negations if n.start > cue.end and n.end <= end and n.cue.lower() == "without"]
        if second and cue.cue.lower() != "without":
            undone.update((cue, second[0]))
        # "did not rule out sabotage" rules nothing out
        ruled = [n for n in text.negations if n.start > cue.end and n.start - cue.end <= 8 and n.cue.lower().startswith("rul")]
        if ruled and not cue.cue.lower().startswith("rul"):
            undone.update((cue, ruled[0]))
        # "Romanians, not Poles, made the most applications" and "came not from the crew but from
        # a schoolboy" deny only the thing set aside: the statement stands
        if claim and sets_aside(text, cue):
            undone.add(cue)
        # "No earthquake in Peru's history has killed more people than the 1970 quake" says which
        # killed the most
        if _cue_form(cue.cue) in DENIED_RIVALS and _outdone(text, cue, end):
            undone.add(cue)
        # "did not open before 2010" says when it opened: the bound is turned round instead
        if any(bound_in_time(q) in TURNED_BOUNDS and cue.end <= q.start and len(text.text[cue.end : q.start].split()) <= 2 for q in text.quantities):
            undone.add(cue)
        # "was not capped until 23 March" says when it was capped
        if cue.cue.lower() in ("not", "never") or cue.cue.lower().endswith(("n't", "n’t")):
            if UNTIL.search(" ".join(text.text[cue.end : end].split()[:UNTIL_WORDS])):
                undone.add(cue)
    return frozenset(undone)


def _cue_form(cue: str) -> str:
    """A negation cue as the cue sets list it: lower case, single spaces ("No  one": "no one")."""
    return " ".join(cue.lower().split())


# cues that deny every person alike: "No one ... was ever put on trial" is "Nobody was ever
# tried"; and so is "no" before a person's role: "No director, engineer or official ... was ever
# brought to trial" (not "No warning was given ...")
_NO_ONE = frozenset({"no one", "no-one", "nobody", "none"})
_ROLES = PEOPLE | frozenset(stem(w) for w in "director directors official officials engineer engineers manager managers executive executives employee employees".split())


def _alike(said: str, n: Negation, passage: Analysis) -> bool:
    """Whether a passage's cue `n` negates as a claim's cue `said` (as _cue_form gives it) does."""
    theirs = _cue_form(n.cue)
    if theirs == said:
        return True
    if said in _NO_ONE and theirs in _NO_ONE:
        return True
    if said in _NO_ONE and theirs == "no":
        after = next((t for t in passage.terms if t.start >= n.end), None)
        return after is not None and stem(fold(after.text)) in _ROLES
    return False


def _same_cue(claim: Analysis, passage: Analysis, cue: str) -> bool:
    """Whether a passage negates with the claim's own cue ("nobody", "never") in a clause giving
    one of the claim's words, however far: "nobody reached the summit of Everest" for
    "Nobody climbed to the top of Everest" (not "Nobody claimed responsibility for the avalanche,
    which killed 18" for "Nobody was killed by the avalanche": another clause)."""
    said = _cue_form(cue)
    for n in passage.negations:
        if not _alike(said, n, passage):
            continue
        end = clause_end(passage, n.end)
        if any(n.end <= t.start < end and found_in(t.key, claim.keys) for t in passage.terms):
            return True
        # or the subject right before it: "the remains of the other five were never found" for
        # "Five of the victims' remains were never recovered", "three were never found" for
        # "three ... were never recovered" (not "the sailors say they were never told")
        subject = _SUBJECT_BEFORE.search(passage.text, 0, n.start)
        if subject is not None and _SUBJECT_OPENS.search(passage.text, 0, subject.start()):
            if any(subject.start() <= t.start < n.start and found_in(t.key, claim.keys) for t in passage.terms):
                return True
            if any(subject.start() <= q.start < n.start and compare(c, q).relation is Relation.AGREE for q in passage.quantities for c in claim.quantities):
                return True
    return False


# pairs of which one holds where the other does not: not surviving is being killed, not being
# acquitted is being convicted (not "did not rise": it may have stayed)
_EITHER_OR = """survived killed|survived drowned|survive killed|survive die|survived died|acquitted convicted|acquit convict|acquitted guilty|guilty innocent"""
EITHER_OR: dict[str, frozenset[str]] = {}
for _pair in _EITHER_OR.split("|"):
    _a, _b = (canonical(stem(fold(w))) for w in _pair.split())
    EITHER_OR[_a] = EITHER_OR.get(_a, frozenset()) | {_b}
    EITHER_OR[_b] = EITHER_OR.get(_b, frozenset()) | {_a}


def _negated_either_or(claim: Analysis, passage: Analysis, mine: str) -> str | None:
    """The claim's word negated where the claim negates one of a pair of which one holds
    (EITHER_OR) and the passage states the other, unnegated, of one thing or person ("The driver
    did not survive the explosion" and "the driver was killed"), or of all the claim's "None"
    picks out ("None of the four men was acquitted" and "all four were convicted"); or None. A
    participle that may take an object must be passive ("the gunman killed three people" is no
    "was killed"); "did not plead guilty" is no verdict."""
    said = _cue_form(mine)
    everyone = said in _NONE  # "No one survived", "None of them was acquitted": said only of all of them
    for cue in claim.negations:
        if _cue_form(cue.cue) != said:
            continue
        negated = _negated_words(claim, cue, clause_end(claim, cue.end))
        for t in negated:
            other = EITHER_OR.get(t.key)
            if not other or t.key in passage.keys or _negating(passage, frozenset(other)) is not None:
                continue
            if t.key == _GUILTY and _PLEAD.search(claim.text, 0, t.start):
                continue
            for p in passage.terms:
                if p.key not in other or (p.text.lower() in _TRANSITIVE and not _PASSIVE_BEFORE.search(passage.text, max(0, p.start - 30), p.start)):
                    continue
                if everyone and not _ALL_OF_THEM.search(passage.text, 0, p.start):
                    continue  # "Three passengers were killed" settles nothing of "No one survived"
                return t.text
    return None


_GUILTY = canonical(stem("guilty"))
_PLEAD = re.compile(r"\bple(?:ad|aded|ads|ading|d)\s+(?:\w+\s+)?$", re.IGNORECASE)  # "did not plead guilty", "never pled guilty"
_ALL_OF_THEM = re.compile(r"\b(?:all|every|each|both|everyone|everybody)\b", re.IGNORECASE)
_TRANSITIVE = frozenset("killed convicted acquitted drowned".split())  # (as written: "died" shares "killed"'s key)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+|all\s+|both\s+)?$", re.IGNORECASE)


_LOST = re.compile(r"\b(?:lost|lose|loses|losing)\s+(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)


def _lost_what_it_is_without(claim: Analysis, passage: Analysis, cue: str) -> bool:
    """Whether a claim's "without" meets a passage that lost what the claim's subject is without:
    "lost electricity" says "were left without electricity" (and the other way round, with the
    passage as `claim`)."""
    at = next((n.end for n in claim.negations if _cue_form(n.cue) == "without"), None) if _cue_form(cue) == "without" else None
    word = next((t for t in claim.terms if t.start >= at), None) if at is not None else None
    return word is not None and any(
        similar(word.key, t.key) and _LOST.search(passage.text, max(0, t.start - 40), t.start) is not None for t in passage.terms
    )


# a subject right before a cue, with only its own small words and a form of "to be" or "to have"
# between: "the remains of the other five were ", "three were "
_SUBJECT_BEFORE = re.compile(
    r"\b[\w'’-]+(?:\s+(?:of|the|a|an|other|their|his|her|its|all|both|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\b)*"
    r"\s+(?:were|was|had|have|has|are|is)(?:\s+been)?\s+$"
)
# ... opening its clause or its noun phrase (not "the wreck of the Loch Ard was", a name's last word)
_SUBJECT_OPENS = re.compile(r"(?:^|[,;:(]|\b(?:the|a|an|all|its|their|his|her|but|and|that|when|while))\s*$", re.IGNORECASE)


def _antonym(claim: Analysis, passage: Analysis) -> tuple[str, str] | None:
    """A claim word whose opposite the passage uses instead of it, as (claim word, passage word)."""
    passage_keys = passage.keys
    for i, term in enumerate(claim.terms):
        opposite = ANTONYMS.get(term.key)
        # ("won more than 42% of the vote yet lost their majority" says both)
        if opposite and term.key not in passage_keys and not opposite & claim.keys:
            if term.key in FATED and not _fate_of_the_named(claim, passage):
                continue  # "712 people survived": a count of one group, beside another's dead; "the driver": whose?
            for k, other in enumerate(passage.terms):
                if other.key in opposite and (term.key not in SIDES or _beside_alike(claim.terms, i, passage.terms, k)):
                    if term.key in COMPASS and not (_OF.match(claim.text, term.end) and _OF.match(passage.text, other.end)):
                        continue  # "the north bank", "the south bank": two banks
                    return term.text, other.text
    return None


_OF = re.compile(r"\s+of\b", re.IGNORECASE)
_AFTER_A_PREPOSITION = re.compile(r"\b(?:on|in|at|from|near|of|by|for|with|to|under|over|across|along|off|during|since|outside|inside)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*$")
_POSSESSED = re.compile(r"\s+[a-z]")  # after a name ending in "'s": "Riley's partner"


def _fate_of_the_named(claim: Analysis, passage: Analysis) -> bool:
    """Whether a claim's fate ("Riley survived") may be set against the passage's opposite one:
    neither gives a count (two groups: "712 survived" beside "1,503 dead"), and the passage names
    one of the claim's names as the one it befell, not after a preposition ("Crews stationed at
    the Claremont Hotel saved dozens of homes") nor as someone's ("Riley's partner was killed")."""
    if any(q.kind == "count" for q in (*claim.quantities, *passage.quantities)):
        return False
    named = [t for t in passage.terms if t.entity and t.key in claim.keys]
    possessed = [t for t in named if t.text.endswith(("'s", "’s")) and _POSSESSED.match(passage.text, t.end)]
    return any(not _AFTER_A_PREPOSITION.search(passage.text, 0, t.start) for t in named) and not possessed


def _beside_alike(mine: Sequence[Term], i: int, theirs: Sequence[Term], k: int) -> bool:
    """Whether the content word after a claim's word (or, at its end, the one before) is the
    passage's after (before) its opposite: the two describe the same thing."""
    step = 1 if i + 1 < len(mine) else -1
    j, m = i + step, k + step
    return 0 <= j < len(mine) and 0 <= m < len(theirs) and found_in(mine[j].key, frozenset({theirs[m].key}))


def _rank(claim: Analysis, passage: Analysis) -> tuple[str, str] | None:
    """A claim's superlative the passage gives with another rank, as (claim word, passage
    words): "the largest" against "the second largest"; None when there is none."""
    text, said = fold(passage.text), fold(claim.text)
    for match in SUPERLATIVE.finditer(said):
        word = match.group()
        alike = "|".join(next((g for g in SAME_SUPERLATIVES if word in g), (word,)))  # "biggest" is "largest"
        mine = re.search(rf"\b({ORDINAL_WORDS})[\s-]+{word}\b", said)  # "the third-longest"
        ranked = re.search(rf"\b({ORDINAL_WORDS})[\s-]+(?:{alike})\b", text)
        among = re.search(rf"\b(?:among|one of) the (?:(\w+) )?{word}\b", said)  # "among the four largest"
        if among and ranked:
            top = TOP.get(among.group(1) or "", 0) if among.group(1) else 99
            if RANKS.get(ranked.group(1), 99) <= top:
                continue
        if ranked and (mine is None or mine.group(1) != ranked.group(1)):
            return (mine.group() if mine else word), ranked.group()
        # "the deadliest eruption of the twentieth century after Mount Pelée" ranks it second
        behind = _AFTER_NAMES.search(passage.text)
        if behind is not None and fold(behind.group("word")) in alike.split("|") and not re.search(r"\b(?:after|behind)\b", said):
            listed = _ranked_before(passage.text[behind.start("names") : clause_end(passage, behind.start("names"))])
            held = next((m.start() for m in _HELD.finditer(claim.text) if m.start("word") == match.start()), None)
            if listed and (held is None or _same_holder(claim, held, passage, behind.start())) and (mine is None or (len(listed) == 1 and RANKS.get(mine.group(1), 1) != 2)):
                return (mine.group() if mine else word), " ".join(behind.group().split()[1:-1] + [", ".join(listed)])
        # "the deadliest ferry disaster since the Namyoung-ho went down in 1970": an earlier one was
        # as deadly, which a claim's unscoped "deadliest" denies
        scoped = re.search(rf"(?i:(?:\bthe|['’]s)\s+(?:{alike})\b)[^.;:,]{{0,60}}?\bsince\s+(?:the\s+[^\s,;.]+|\d[^\s,;.]*|[A-Z][^\s,;.]*)", passage.text)
        if scoped and mine is None and not among and _UNSCOPED.search(said, 0, match.start()) and not _SINCE.search(said):
            return word, " ".join(scoped.group().split()[1:])
    return None


# Whom a superlative belongs to: "the Sultana remains the deadliest maritime disaster in United
# States history" gives it to the Sultana, "the oldest was Gabetto" to Gabetto, "Sally Ride, the
# first American woman in space" to Sally Ride.
_HELD = re.compile(rf"(?:\bthe|['’]s)\s+(?P<word>{SUPERLATIVE.pattern[2:-2]}|first|last)\b", re.IGNORECASE)
# (singular: "The Sultana, the General Slocum and the Eastland were the deadliest" gives it to none)
_COPULAS = frozenset("is was remains remained became been".split())  # ("has been", "had been")
_NOT_HELD = frozenset("not never one among only than also arguably perhaps probably possibly".split())
HOLDER_GAP = 4  # words at most between a holder's copula and its superlative ("is at 5,364 metres the highest")
_APPOSED = re.compile(r"\*?,\s*$")  # "Sally Ride, the first American woman in space"
# lower-case words, no preposition among them, between a capital and a name: " foreman "
_ROLE_GAP = re.compile(r"\s+(?!(?:in|at|on|of|from|near|by|for|with|to|and|or|the)\b)[a-z][\w-]*(?:\s+(?!(?:in|at|on|of|from|near|by|for|with|to|and|or|the)\b)[a-z][\w-]*){0,2}\s+")
_APPOSED_NAME = re.compile(r"\s*(?:the\s+)?(?:(?!(?:according|in|at|on|of|from|near|by|for|with|to|as|after|before)\b)[a-z][\w-]*\s+){0,3}?\*?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")  # ", the shift foreman Luis Urzúa" (not ", according to Greenpeace,", ", in India in 1984,")
_ELIDED = re.compile(r"\band\s+(\*?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\*?)\s+$")  # "and Gabetto the oldest"
_SUBJECT_STARTS = re.compile(r"[.;:!?(\[|\n]|,\s+(?:and|but|while|whereas|though|although)\s")
_RECORD_SCOPE = re.compile(r"\b(?:since|until|till|before|after|behind|then|at the time|of (?:the|its|their) (?:time|day|period|era))\b", re.IGNORECASE)
# a subject that gives the rank to no name of its own: a saying ("The Coast Guard says it was"), a
# negation ("not the Sultana but the General Slocum that was")
_NO_HOLDER = re.compile(r"\b(?:not|never|no|says?|said|according|reports?|reported|estimated?|called|considered|described)\b|n['’]t\b", re.IGNORECASE)
_NO_NAMES = frozenset("either neither both each all most many some several its his her their our this that these those one".split())  # openers no name
_PREPOSITION = re.compile(r"\b(?:on|in|at|from|near|of|by|for|with|to|under|over|across|along|off|during|since)\s+(?:the\s+)?\**$", re.IGNORECASE)
_PHRASE_ENDS = re.compile(r"[,.;:!?()\[|]|\s(?:is|was|are|were|and|but|which|who|that)\s")
# ranks that exclude each other for one holder ("the first" and "the last")
OPPOSITE_RANKS = (
    ("first", "last"), ("oldest", "youngest"), ("highest", "lowest"), ("largest", "smallest"), ("biggest", "smallest"),
    ("earliest", "latest"), ("longest", "shortest"), ("most", "least"),
)
HELD_BY = "source gives "  # how the reason of a superlative given to another name opens
SCOPE_BEFORE = 40  # characters before a passage's superlative that may name its record's scope ("Britain's deadliest")
HOLDER_PHRASE = 2  # content words after a superlative that say what it ranks ("maritime disaster")


def _name_run(analysis: Analysis, start: int, end: int, first: bool = True, placed: bool = True) -> tuple[frozenset[str], str]:
    """The keys and words of the first (or last) name between two offsets: capitalised terms
    written together, one of them a name ("Nevado del Huila", "the *General Slocum*"); without
    `placed`, not one after a preposition ("On the East River, the General Slocum was")."""
    runs: list[list[Term]] = []
    for term in analysis.terms:
        if not start <= term.start < end or not term.text[:1].isupper():
            continue
        gap = analysis.text[runs[-1][-1].end : term.start] if runs else ""
        if runs and re.fullmatch(r"[\s*]*(?:(?:del|de|da|di|la|von|van|of|the)\s+)?[\s*]*", gap):
            runs[-1].append(term)
        else:
            runs.append([term])
    # (a name opening the span is one though its capital marks nothing: "Harvey in 2017 was")
    opening = [runs[0]] if runs and not placed and not analysis.text[start : runs[0][0].start].strip(" -*") and fold(runs[0][0].text) not in GENERIC_CAPITALS | _NO_NAMES else []
    # (not a capital opening a phrase before a name: "Shift foreman Luis Urzúa was"; but "Everest
    # in Nepal is" is Everest's)
    if opening and len(runs) > 1 and any(t.entity for t in runs[1]) and not any(t.entity for t in runs[0]):
        if _ROLE_GAP.fullmatch(analysis.text, runs[0][-1].end, runs[1][0].start):
            opening = []
    named = [run for run in runs if (any(t.entity for t in run) or run in opening) and (placed or not _PREPOSITION.search(analysis.text, start, run[0].start))]
    if not named:
        return frozenset(), ""
    run = named[0] if first else named[-1]
    if first and re.match(r"['’]s\s+[a-z]", analysis.text[run[-1].end :]):
        return frozenset(), ""  # "Japan's dispatch ... was the biggest": the holder is no name
    return frozenset(t.key for t in run), analysis.text[run[0].start : run[-1].end].strip("*")


def _ranked_phrase(analysis: Analysis, end: int) -> tuple[str, ...]:
    """The first content words after a superlative, within its phrase, that say what it ranks."""
    stop = _PHRASE_ENDS.search(analysis.text, end)
    limit = stop.start() if stop else len(analysis.text)
    return tuple(t.key for t in analysis.terms if end <= t.start < limit)[:HOLDER_PHRASE]


def _holder(analysis: Analysis, match: re.Match[str]) -> tuple[frozenset[str], str]:
    """The name a superlative is given to in its text (its keys and words), or none."""
    text = analysis.text
    opens = max((m.end() for m in _SUBJECT_STARTS.finditer(text, 0, match.start())), default=0)
    before = list(re.finditer(r"\S+", text[opens : match.start()]))
    for word in reversed(before[-HOLDER_GAP - 1 :]):
        said = fold(word.group()).strip(",.*")
        if said in _NOT_HELD:
            break
        if said in _COPULAS:  # "the Sultana remains (by far) the deadliest"
            subject = text[opens : opens + word.start()]
            if _NO_HOLDER.search(subject):
                break
            if re.fullmatch(r"\s*(?:[-*]\s*)?(?:The\s+)?\*?[A-Z][\w'’-]*\*?\s*", subject):
                # a name of one word opening the sentence, which no capital marks: "Gabetto was"
                return frozenset(t.key for t in analysis.terms if opens <= t.start < opens + word.start()), subject.strip(" -*")
            cited = cited_names(analysis)
            keys, name = _name_run(analysis, opens, opens + word.start(), placed=False)
            return (frozenset(), "") if keys & cited else (keys, name)
    elided = _ELIDED.search(text, opens, match.start())
    if elided is not None:  # "Fadini was the youngest and Gabetto the oldest"
        return _name_run(analysis, elided.start(1), elided.end(1))
    apposed = _APPOSED.search(text, opens, match.start())
    if apposed is not None:  # "Sally Ride, the first"
        keys, name = _name_run(analysis, opens, match.start(), first=False)
        if name and text[: apposed.start()].rstrip("*").endswith(name):
            return keys, name
    after = list(re.finditer(r"\S+", text[match.end() : match.end() + 80]))[: HOLDER_GAP + 1]
    for k, word in enumerate(after[:-1]):  # "the oldest was Gabetto"
        if word.group().endswith(",") and k < HOLDER_PHRASE and not text[opens : match.start()].strip(" *-"):
            # a name in apposition to a superlative opening its clause: "The last miner, the shift
            # foreman Luis Urzúa, came up at 9:55 p.m."
            named = _APPOSED_NAME.match(text, match.end() + word.end())
            if named is not None and all(w.group().islower() for w in after[: k + 1]):
                return _name_run(analysis, named.start(1), named.end(1))
        if re.search(r"[,.;:]$", word.group()):
            break
        if fold(word.group()) in _COPULAS:
            name = after[k + 1].group().strip("*")
            if name == "the" and k + 2 < len(after):
                name = after[k + 2].group().strip("*")
            if name[:1].isupper():
                at = match.end() + after[k + 1].start()
                return _name_run(analysis, at, at + 60)
            break
    return frozenset(), ""


def _rank_unsaid(claim: Analysis, passage: Analysis) -> str | None:
    """A superlative the claim ranks its subject by ("the deadliest") that the passage does not
    use, or None."""
    said = fold(passage.text)
    for mine in _HELD.finditer(claim.text):
        word = fold(mine.group("word"))
        if word in ("first", "last") and not _holder(claim, mine)[0]:
            continue  # "the first blast", "within the first week": no name ranked first
        if re.search(r"\b(?:for|at)\s+$", claim.text[: mine.start()]):
            continue  # "for the most part", "at the latest" rank nothing
        alike = next((g for g in (*SAME_SUPERLATIVES, ("last", "final")) if word in g), (word,))
        # ("the most deadly" ranks as "the deadliest" does)
        root = word[:-4] if word.endswith("iest") else word[:-3] if word.endswith("est") else None
        if root and re.search(rf"\bmost\s+{root}", said):
            continue
        if not any(re.search(rf"\b{w}\b", said) for w in alike):
            return mine.group().split()[-1] if word != "most" else mine.group()
    return None


def _named_in(term: Term, passage: Analysis, claim: Analysis) -> bool:
    """Whether a passage's name is the claim's, as written or as the phrase it is part of
    ("United States" for "American")."""
    window = passage.text[max(0, term.start - 16) : term.end + 16]
    return found_in(term.key, claim.keys) or bool(phrase_keys(window) & claim.keys)


def _held_by_another(claim: Analysis, passage: Analysis) -> tuple[str, frozenset[str]] | None:
    """A claim's superlative the passage gives to another name, or gives its opposite to the
    claim's ("Popernack was the last man out" for "the first"), as (what the source gives whom,
    the claim's holder): "the General Slocum fire is the deadliest maritime disaster in American
    history" against "the Sultana remains the deadliest maritime disaster in United States
    history"; None when there is none, or where the passage also gives the claim's holder the
    claim's rank ("Gagarin was the first man in space. Alan Shepard was the first American ...")."""
    if claim.negations or _RECORD_SCOPE.search(claim.text):
        return None
    for mine in _HELD.finditer(claim.text):
        # (a claim's holder may be the subject of any verb: "Boston returned the strongest Remain vote")
        holder, mine_name = _holder(claim, mine)
        if not holder:
            holder, mine_name = _name_run(claim, 0, mine.start())
        if not holder or re.search(r"\b(?:one|among)\s+(?:of\s+)?$", claim.text[: mine.start()]):
            continue
        word = fold(mine.group("word"))
        alike = next((g for g in SAME_SUPERLATIVES if word in g), (word,))
        ranked = [k for k in _ranked_phrase(claim, mine.end()) if k not in holder]
        if not ranked:
            continue
        said = claim.text[mine.start() : max([t.end for t in claim.terms if t.key in ranked and t.start >= mine.end()], default=mine.end())]
        opposite = {y for x, y in OPPOSITE_RANKS if x == word} | {x for x, y in OPPOSITE_RANKS if y == word}
        # the claim's places and bodies after its superlative bound its record ("in Asia")
        scope = {t.key for t in claim.terms if t.entity and t.key not in holder and t.start > mine.start()}
        given_to: list[tuple[str, frozenset[str], str, re.Match[str]]] = []
        own = False  # whether the passage gives the claim's holder the claim's rank too, of anything
        for theirs in _HELD.finditer(passage.text):
            given = fold(theirs.group("word"))
            if (given not in alike and given not in opposite) or _RECORD_SCOPE.search(passage.text, theirs.end(), theirs.end() + 60):
                continue
            other, name = _holder(passage, theirs)
            own = own or (given in alike and bool(other) and (other <= holder or holder <= other))
            # what it ranks: every one of the claim's words for it ("the first man in space" is
            # not "the first American in space"), a clause that says nothing of what
            # (or, for the opposite rank, its first word, where the passage's phrase ends there: "The
            # last miner, the shift foreman Luis Urzúa" ranks what "the first miner brought to the
            # surface" does)
            words = _ranked_phrase(passage, theirs.end())
            phrase = frozenset(words)
            alone = given in opposite and len(words) == 1 and similar(words[0], ranked[0])
            if other and (alone or all(found_in(k, phrase) if phrase else found_in(k, passage.keys) for k in ranked)):
                given_to.append((given, other, name, theirs))
        if own:
            continue  # "Mauna Kea is the tallest mountain on Earth ..., though Everest is the highest above sea level"
        for given, other, name, theirs in given_to:
            if given in opposite:
                # the opposite rank given to the claim's own holder: "The youngest player killed
                # was Fadini" against "Fadini was the oldest of the players who died"
                if other <= holder or holder <= other:
                    return f"{name} {theirs.group()!r}, not {said!r}", holder
                continue
            if all(found_in(k, claim.keys) for k in other):
                continue  # a holder the claim names too ("Pass Christian ... saw a surge of 28 feet, the highest")
            # the same scope, in the passage's clause: "South Africa's deadliest" is not "the
            # world's deadliest", "the highest in Asia" not "the highest in South America"
            stop = _SUBJECT_STARTS.search(passage.text, theirs.end())
            start, end = max(0, theirs.start() - SCOPE_BEFORE), stop.start() if stop else len(passage.text)
            here = frozenset(t.key for t in passage.terms if start <= t.start < end) | phrase_keys(passage.text[start:end])
            theirs_scope = [t for t in passage.terms if t.entity and t.key not in other and theirs.end() < t.start < end]
            if not all(found_in(k, here) for k in scope) or not all(_named_in(t, passage, claim) for t in theirs_scope):
                continue
            return f"{said!r} to {name}, not {mine_name}", holder
    return None


def _held(claim: Analysis, a: Alignment) -> Judgement | None:
    """The contradiction of a passage giving the claim's superlative to another name
    (_held_by_another), where the claim's names it leaves out, if any, are the claim's holder's."""
    held = _held_by_another(claim, a.analysis)
    if held is None or not {t.key for t in claim.terms if t.text in a.missing_entities} <= held[1]:
        return None
    return Judgement(a, Stance.CONTRADICTS, f"{HELD_BY}{held[0]}", 0.6 * a.coverage)


def _ranked_before(listed: str) -> list[str]:
    """The names a superlative is ranked behind ("after Katrina (2005) and Harvey (2017)"), or
    none where the words after "after" tell a time ("after the Second World War", "after German
    reunification in 1990", "after March rains")."""
    listed = re.sub(r"\([^()]*\)", "", listed).strip()
    names = [part.strip() for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed) if part.strip()]
    for name in names:
        words = [w.strip("*") for w in name.split() if w.lower() != "the"]
        if not words or any(not w[:1].isupper() or any(ch.isdigit() for ch in w) or _NOT_A_NAME.match(w) for w in words):
            return []
    return names


def _same_holder(claim: Analysis, at: int, passage: Analysis, there: int) -> bool:
    """Whether a passage's superlative at `there` is given to the claim's holder of its own at
    `at`, or to no name ("Harvey in 2017 was the costliest storm after Katrina" is Harvey's)."""
    mine, theirs = _HELD.match(claim.text, at), _HELD.match(passage.text, there)
    if mine is None or theirs is None:
        return True
    holder, other = _holder(claim, mine)[0] or _name_run(claim, 0, at)[0], _holder(passage, theirs)[0]
    return not holder or not other or other <= holder or holder <= other


def _tolerable(claim: Analysis, a: Alignment) -> bool:
    """Whether a passage may speak to the claim although it leaves out one of its names.

    Only when a single name is missing, and the passage gives LEAVES_A_NAME of the claim's words
    or names nothing the claim does not, leaving aside the names it cites as its source: a table row "Kant air base; Kyrgyzstan; troops: 700"
    speaks to "the Kant air base hosts 7,000 Russian troops", and so does "according to Eurostat,
    unemployment peaked at 27.5 per cent" to a claim on Greek unemployment, but "the 201st base in
    Tajikistan" never speaks for the Kant air base.
    """
    names = a.analysis.entities
    if len(a.missing_entities) > 1 or not names:
        return False  # a passage naming nothing at all may be about anything
    if _speaks_only_of_the_claims(claim, a):
        return True
    at = next((i for i, t in enumerate(claim.terms) if t.entity and t.text == a.missing_entities[0]), None)
    if at is not None and _owner_of_the_next(claim, a, at):
        return _replacement(claim, a, at, places=True) is None
    if a.words >= LEAVES_A_NAME:
        # "a bridge costing $37 million opened in 2007" for a US-funded one, unless another name
        # stands in its place ("Canada lost 41 soldiers" for "Australia lost 41 soldiers")
        return at is not None and _replacement(claim, a, at, places=True) is None and not _other_subject(claim, a, at)
    return False


_OWNS = re.compile(r"['’]s?\s+(?:own\s+)?$")  # "Italy's ", "the Netherlands' "


def _owner_of_the_next(claim: Analysis, a: Alignment, at: int) -> bool:
    """Whether the claim's name `claim.terms[at]` owns the word right after it, which the passage
    gives ("Italy's king" for "King Victor Emmanuel III", "London's St Pancras" for "St Pancras",
    "Japan's seismic intensity scale" for the JMA's): the owner may go unsaid."""
    terms = claim.terms
    if at + 1 >= len(terms) or _OWNS.search(claim.text, terms[at].end - 2, terms[at + 1].start) is None:
        return False
    return found_in(terms[at + 1].key, a.analysis.keys)


def _other_subject(claim: Analysis, a: Alignment, at: int) -> bool:
    """Whether the name a passage lacks is the claim's subject, its first word, and the passage
    opens on another name, not one it cites: "Hawker Hunters ... from RAF Chivenor" says nothing
    of "The Buccaneers that bombed the wreck took off from RAF Chivenor"."""
    own = a.analysis.terms
    if at != 0 or not own:
        return False
    if not _opens_on(a.analysis, own[0].start):
        return False  # it opens on something else: "In Seattle, the planemaker delivered ..."
    # (a word opening the sentence is capitalised anyway: it is a name when a name follows it)
    first = own[0] if own[0].entity else own[1] if len(own) > 1 and own[1].entity and own[1].start == own[0].end + 1 else None
    return first is not None and not found_in(first.key, claim.keys) and first.key not in cited_names(a.analysis)


def _speaks_only_of_the_claims(claim: Analysis, a: Alignment) -> bool:
    """Whether every name a passage writes is the claim's or one it cites as its source, and the
    sentence it leans on names nothing else either."""
    return not a.astray and names_only_the_claims(a.analysis, claim)


def _swapped(claim: Analysis, a: Alignment) -> tuple[str, str] | None:
    """(claim's name, passage's name) when a passage says what the claim says of its other names
    but puts another name in one name's place: "the Karakum canal draws on the Amu Darya" against
    "... on the Syr Darya" (the word beside the name, "Darya", stands beside another name)."""
    if len(a.missing_entities) != 1 or a.words < CONTRADICT_WORDS:
        return None
    names = {t.key for t in claim.terms if t.entity}
    if len(names) < 2:
        return None  # the claim's only name missing: the passage may be about anything else
    terms = claim.terms
    at = next((i for i, t in enumerate(terms) if t.entity and t.text == a.missing_entities[0]), None)
    if at is None or not any(t.entity and t.text not in a.missing for t in terms[:at]):
        return None  # the claim's subject swapped is another thing's statement, not a contradiction
    # Only a name in a place, source or partner's slot ("from the Syr Darya", "in Syria's Deir
    # ez-Zor province"); "Australia lost 41 soldiers" is not gainsaid by "Canada lost 41".
    # (from where a place's name opens, a word for a kind of place before the one that ends it:
    # "sank in Lake Erie"; not "the Rana Plaza Donors Trust Fund", another name than "the Rana
    # Plaza Arrangement", nor "Cedars-Sinai Hospital", another than "Cedars-Sinai Medical Center")
    first = at
    ends = at + 1 == len(terms) or not (terms[at + 1].entity and claim.text[terms[at].end : terms[at + 1].start] == " ")
    while ends and first > 0 and fold(terms[first - 1].text) in PLACE_KINDS and claim.text[terms[first - 1].end : terms[first].start] == " ":
        first -= 1
    lead = re.sub(r"(\s+(the|a|an|[A-Z][\w-]*['’]s))+\s*$", "", claim.text[: terms[first].start].rstrip())
    if not re.search(r"\b(in|from|at|to|of|by|near|into|on|with|for|between)$", lead, re.IGNORECASE):
        # ... or the first word of a name the passage ends alike after another first word, in
        # the object of a verb ("ran the Boston Marathon" against "ran the New York City
        # Marathon": one event for another; not "Senator Edward Kennedy" against "Ted Kennedy",
        # nor "West Germany won" against "East Germany won", which may both hold)
        after = terms[at + 1] if at + 1 < len(terms) else None
        if after is None or not after.entity or claim.text[terms[at].end : after.start] != " ":
            return None
        if not _OBJECT_THE.search(claim.text, 0, terms[at].start):
            return None
        found = _replacement(claim, a, at)
        if found is None or not found[0].endswith(after.text):
            return None
        # (the passage's whole name: "New York City Marathon")
        text = a.analysis.text
        start = end = text.find(found[1])
        words = [t for t in a.analysis.terms if t.end <= start]
        while words and words[-1].text[:1].isupper() and text[words[-1].end : start] == " " and not found_in(words[-1].key, claim.keys):
            start = words.pop().start
        return found[0], text[start : end + len(found[1])]
    return _replacement(claim, a, at)


# words naming a kind of place before a place's own name ("Lake Erie", "Mount Hood", "Port Said")
PLACE_KINDS = frozenset("lake loch river mount mountain bay gulf sea ocean island isle cape port fort strait channel valley glen county province".split())
_OBJECT_THE = re.compile(r"\b[a-z]+\s+the\s+$")  # "ran the ", "crossing the ": a lower-case word, then "the"


# what may stand between a name and the word beside it: a space or a hyphen, or a place's
# preposition ("a school in Idaho", "home in Connecticut")
_BRIDGE = re.compile(r"\W{0,2}?(?:\s(in|at|near|from|of|to)\s)?\W{0,2}?", re.IGNORECASE)
_REGION = re.compile(r"(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central")  # "in north-eastern Italy"


def _replacement(claim: Analysis, a: Alignment, at: int, places: bool = False) -> tuple[str, str] | None:
    """(claim's words, passage's words) when the passage writes another name beside the word
    that stands beside the claim's name `claim.terms[at]`: "Canada lost" for "Australia lost",
    "Amu Darya" for "Syr Darya"; with `places`, also after the same place's preposition on both
    sides: "home in Vero Beach" for "home in Connecticut" (which may be a place within it, so this
    never contradicts: it only keeps the passage from speaking for the claim)."""
    terms = claim.terms
    own = a.analysis.terms
    cited = cited_names(a.analysis)
    for step in (1, -1):  # the word right after the name, then the one right before it
        j = at + step
        if not 0 <= j < len(terms):
            continue
        near = terms[j]
        lo, hi = (terms[at].end, near.start) if step == 1 else (near.end, terms[at].start)
        between = _BRIDGE.fullmatch(claim.text[lo:hi])
        if between is None or (between.group(1) and not places):
            continue
        for k, word in enumerate(own):
            if word.key != near.key or not 0 <= k - step < len(own):
                continue
            other = own[k - step]
            region = None
            if step == -1 and _REGION.fullmatch(other.text) and k + 2 < len(own) and a.analysis.text[other.end : own[k + 2].start] == " ":
                region, other = other, own[k + 2]  # "Air Base in north-eastern Italy" for "air base in Germany"
            if other.text[:1].isupper() and other.key not in claim.keys and other.key not in cited:
                lo, hi = (other.end, word.start) if step == 1 else (word.end, (region or other).start)
                theirs_between = _BRIDGE.fullmatch(a.analysis.text[lo:hi])
                close = theirs_between is not None and (theirs_between.group(1) or "").lower() == (between.group(1) or "").lower()
                if close:
                    if step == 1:
                        return claim.text[terms[at].start : near.end], a.analysis.text[other.start : word.end]
                    end = other.end  # the whole name: "home in Vero Beach"
                    for more in own[k - step + 1 :]:
                        if not more.text[:1].isupper() or more.start - end > 1:
                            break
                        end = more.end
                    return claim.text[near.start : terms[at].end], a.analysis.text[word.start : end]
    return None


def _a_lone_one(claim: Analysis, q: Quantity) -> bool:
    """Whether a quantity is "one" written as a word, and not stressed ("One lasting result";
    not "only one lifeboat", "just one", "exactly one")."""
    stressed = re.search(r"\b(?:only|just|exactly|but|single)\s+$", claim.text[: q.start], re.IGNORECASE)
    return q.kind == "count" and q.low == q.high == 1 and q.text.lower() == "one" and not stressed


def _required(q: Quantity, figure_agrees: bool, claim: Analysis | None = None) -> bool:
    """Whether a passage must confirm this claim quantity to support the claim.

    Years and dates may go unconfirmed when another figure agrees; so may small incidental
    counts ("the five Central Asian states"), unless a part of another count the claim gives
    ("Four of the nine members"), and ages that describe someone where a figure other than a year
    or date agrees ("Thirteen-year-old Omayra Sánchez was trapped for more than two days"; a
    shared year alone does not confirm "died at the age of 35 in 1990").
    """
    if q.kind in DAYS | {"multiple"}:
        # "more than doubled" is rarely stated as such; dates may go unstated ("only once" must be
        # given: how many times it happened)
        return q.kind == "multiple" and q.text.lower() == "once"
    if someones_age(q) and figure_agrees:
        return False
    return not _incidental(q) or (claim is not None and _part_of_a_count(claim, q))


def _part_of_a_count(claim: Analysis, q: Quantity) -> bool:
    """Whether a claim's count is a part of another it gives: "Four of the nine members", which
    the claim says, where "the nine" only names the whole."""
    # (the whole's own qualifier may stand inside what align.PART_OF reads: "Forty of some 300")
    return any(o.kind == "count" and part_of(claim, q, o) for o in claim.quantities)


# "Most of the $470 million", "all of its $42 million": a figure a claim takes as known, to say
# what share of it did something
KNOWN_WHOLE = re.compile(
    r"\b(?:most|all|some|none|half|much|many|part|few|each|both|any)\s+of\s+(?:the|its|their|his|her|these|those)\s+$", re.IGNORECASE
)


def _of_a_known_figure(claim: Analysis, q: Quantity) -> bool:
    """Whether a claim's figure is the whole it says a share of did something ("Most of the $470
    million was paid by Union Carbide's insurers"), which it takes as known."""
    return KNOWN_WHOLE.search(claim.text, max(0, q.start - 30), q.start) is not None


def _incidental(q: Quantity) -> bool:
    """Whether a quantity is a small count of things ("three countries"), which passages give in
    passing; not a rank on a named scale ("Category 4", "level 7")."""
    return q.kind == "count" and q.high is not None and q.high <= INCIDENTAL and q.unit not in SCALES


def _from_event(q: Quantity, claim: Analysis) -> bool:
    """Whether `q` is a time the claim counts from an event ("a week after the quake")."""
    return q.kind == "duration" and any(r.duration is q for r in relative_times(claim))


def _another_deed(claim: Analysis, passage: Analysis, q: Quantity) -> bool:
    """Whether a passage's time from the claim's event is the time to another deed: "the advice
    was withdrawn about an hour and fifty minutes after the first call" says nothing of when "the
    flames had reached the top of the tower" after it. The passage must give half the claim's
    words outside its time and its event."""
    for r in relative_times(claim):
        if r.duration is not q:
            continue
        deed = {t.key for t in claim.terms if not q.start <= t.start < q.end and t.key not in r.keys}
        return bool(deed) and sum(found_in(key, passage.keys) for key in deed) < DEED_WORDS * len(deed)
    return False


def _firm(p: Pair, same_fate: bool = False) -> bool:
    """Whether a disagreeing pair surely counts the same thing, so that it can contradict
    (`same_fate`: both count people the same fate befell, "people died" and "16 killed")."""
    if p.context < CONTRADICT_CONTEXT or p.foreign or p.shared <= 0:
        return False  # not only units and qualifiers alike: some of the words around it too
    if p.source.qualifier in (SPAN, FROM_EVENT, CHANGE, RATIO):
        return False  # the time between two dates, or the change between two figures, may be other events' or things'
    c, s = p.claim, p.source
    if _incidental(c) and p.context < 0.75:
        return False
    if c.kind in WHEN and {c.qualifier, s.qualifier} & STATUS_AT:
        return False  # "500 monitors by the end of 2014" and "600 by 2015" tell two moments apart
    if c.kind in WHEN and c.qualifier in STARTS and p.check.error is not None and _earlier(s, c):
        return False  # what held "from 2005" is not undone by what happened in 1993
    if c.kind in WHEN and c.qualifier in ENDS and s.qualifier not in ENDS:
        return False  # a lease "until 2042" is not undone by what happened in 2005
    if c.kind == "duration" and s.kind == "duration" and spread(c, s) >= DURATIONS_APART:
        return False  # "a 30-year cooling" and "130,000 years ago" measure different spans
    if c.kind == "count" and s.kind == "count" and not (same_fate or _same_unit(c, s)) and spread(c, s) >= FAR_APART:
        return False
    if c.kind == s.kind and c.kind in ("money", "measure") and spread(c, s) >= AMOUNTS_APART:
        # "€1.5 billion" repaid is not the "30 billion euros" lent, a 75-metre depth not a 50-km
        # length; unless a scale word slipped ("3.2 million" for 3,200).
        return _scale_slip(spread(c, s))
    return True


def _same_figure(claim: Analysis, a: Alignment, p: Pair, headed: bool = False) -> bool:
    """Whether a disagreeing pair is surely the claim's figure given otherwise: paired firmly,
    a share of the same thing (`headed`: its table's header says what it is a share of), not a
    count of other people or of people another fate befell, and not a figure below a peak the
    claim gives."""
    mine = fate(claim, p.claim)
    return (
        _firm(p, mine is not None and mine[0] == (fate(a.analysis, p.source) or ("",))[0])
        and not _another_day_of_its_month(claim, p)
        and (headed or _share_of_the_same(claim, a, p.claim))
        and not _other_fate(claim, a, p.claim)
        and not _counts_a_fate(claim, a, p)
        and not _other_people(p)
        and not _under_the_peak(claim, a, p)
        and not _referred_to(claim, p.claim)
        and _offset(claim, p.claim) == _offset(a.analysis, p.source)
        and _added(claim, p.claim) == _added(a.analysis, p.source)
        and _difference(claim, p.claim) == _difference(a.analysis, p.source)
        and not _lengths_apart(claim, a, p)
    )


def _lengths_apart(claim: Analysis, a: Alignment, p: Pair) -> bool:
    """Whether one of a pair's times is counted from an event and the other the length of a
    thing ("two days after the fire" and "a one-day general strike")."""
    return (_from_event(p.claim, claim) and _attributive(a.analysis, p.source)) or (_attributive(claim, p.claim) and _from_event(p.source, a.analysis))


# "a one-day general strike", "a three-week search": a time joined to the noun it is the length of
ATTRIBUTIVE = re.compile(r"\w-[a-z]+$")
NOUN_AFTER = re.compile(r"\s+[a-z]", re.IGNORECASE)


def _attributive(text: Analysis, q: Quantity) -> bool:
    """Whether a time is the length of the thing it is joined to ("called a one-day general
    strike"), which no time counted from an event ("two days after the fire") can be."""
    return q.kind == "duration" and ATTRIBUTIVE.search(q.text) is not None and NOUN_AFTER.match(text.text, q.end) is not None


# "Two further deaths", "another 300 people", "a further 12": a figure added to a total
ADDED_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+$", re.IGNORECASE)
ADDED_AFTER = re.compile(r"\s+(?:further|more|additional|extra)\b", re.IGNORECASE)  # ("30 more people than": a difference, no total either)


def _added(text: Analysis, q: Quantity) -> bool:
    """Whether a count is one added to another ("Two further deaths were recorded elsewhere,
    making the state's 28"): no total, so no gainsaying of a claim's total."""
    return q.kind == "count" and (ADDED_BEFORE.search(text.text[: q.start]) is not None or ADDED_AFTER.match(text.text, q.end) is not None)


# "half an inch wider than", "three hours later than": a figure by which one thing passes another
DIFFERENCE = re.compile(r"\s+(?!rather\b|other\b)(?:[a-z]+er|more|less|fewer)(?:\s+[a-z]+){0,2}?\s+than\b", re.IGNORECASE)  # (right after the figure and its unit: not "25 children younger than ten")


def _difference(text: Analysis, q: Quantity) -> bool:
    """Whether a figure is the difference between two things ("Oakland's outlets were half an
    inch wider than the couplings"), no size of either: it gainsays no size ("2½-inch")."""
    return DIFFERENCE.match(text.text, q.end) is not None


# "a few kilometres south of Yungay": a length that places something, not one it spans or travels
OFFSET = re.compile(r"\s+(?:due\s+|to\s+the\s+)?(?:north|south|east|west)(?:-?(?:north|south))?(?:-?(?:east|west))?(?:wards?)?\s+of\b", re.IGNORECASE)  # ("west-southwest of", "to the west of")


def _offset(text: Analysis, q: Quantity) -> bool:
    """Whether a length says where a place lies from another ("25 km west of Chimbote"), which
    is no distance the claim's flow covered nor any other length it spans."""
    return q.kind == "measure" and MEASURES.get(q.unit or "", ("", ""))[1] == "length" and OFFSET.match(text.text, q.end) is not None


def _referred_to(claim: Analysis, q: Quantity) -> bool:
    """Whether a small count only refers to things the claim takes as known ("Over 400,000
    hectares burned across the two states"): the claim asserts another figure, not this one,
    so another count does not undo it ("the two ships were sunk" asserts its two)."""
    return (
        _incidental(q) and THE_BEFORE.search(claim.text[: q.start]) is not None
        and any(o is not q and o.kind not in WHEN and not _incidental(o) for o in claim.quantities)
    )


THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _another_day_of_its_month(claim: Analysis, p: Pair) -> bool:
    """Whether a claim's weekday is set against a date where the claim dates itself too: "on a
    Friday in May 2002" is not undone by "14 May 2002", another day of that month."""
    return p.claim.kind == "weekday" and p.source.kind == "date" and any(q.kind in WHEN for q in claim.quantities)


def _unmet_figure(claim: Analysis, pairs: Sequence[Pair]) -> bool:
    """Whether the claim gives a figure besides its times that no pair of the passage meets."""
    paired = {id(p.claim) for p in pairs}
    return any(
        q.kind not in WHEN | {"ordinal"} and id(q) not in paired and not _ranks_a_superlative(claim, q)
        for q in claim.quantities
    )


def _also_gives(passage: Analysis, q: Quantity, claim: Analysis | None = None) -> bool:
    """Whether a passage gives a claim's year or date among its quantities (not as another item
    of a series': "the first volume appeared in 2001; a second followed in 2004")."""
    if q.kind not in WHEN:
        return False
    return any(
        o.kind in WHEN and compare(q, o).relation is Relation.AGREE and not (claim is not None and of_another_rank(claim, passage, o))
        for o in passage.quantities
    )


def _split_statements(claim: Analysis, a: Alignment, agree: Sequence[Pair]) -> Judgement | None:
    """A claim's figure and date confirmed by two statements of one passage ("on 30 April 2014
    the IMF approved $17 billion; in March 2015 it replaced it with a $17.5 billion programme"):
    the statement of the claim's date decides, with its own figure of that kind if it gives one
    (a contradiction), or nothing (related). None when figure and date stand in one statement."""
    dates = [p for p in agree if p.claim.kind in CALENDAR]  # a time of day is no statement's date
    figures = [p for p in agree if p.claim.kind not in WHEN]
    if len(dates) != 1 or not figures:
        return None
    when, what = dates[0], figures[0]
    low, high = sorted((when.source.start, what.source.start))
    if not STATEMENT_END.search(a.analysis.text[low:high]):
        return None

    def statement(q: Quantity) -> tuple[int, int]:
        text = a.analysis.text
        start = max((m.end() for m in STATEMENT_END.finditer(text, 0, q.start)), default=0)
        end = next((m.start() for m in STATEMENT_END.finditer(text, q.end)), len(text))
        return start, end

    # The figure's statement must be dated otherwise ("in March 2015 it replaced it with $17.5
    # billion"); an undated one shares the date before it ("in 2013; for Kyrgyzstan about 31%").
    fs, fe = statement(what.source)
    if not any(fs <= q.start < fe and q.kind in WHEN and compare(when.claim, q).relation is Relation.DISAGREE for q in a.analysis.quantities):
        return None
    start, end = statement(when.source)
    own = [q for q in a.analysis.quantities if start <= q.start < end and q.kind == what.source.kind and q is not what.source]
    for q in own:
        check = compare(what.claim, q)
        if check.relation is Relation.DISAGREE:
            return Judgement(a, Stance.CONTRADICTS, f"{check.reason} (in the statement of {when.source.text})", 0.6 * a.coverage)
    return _related(a, f"gives {what.source.text} and {when.source.text} in two statements")


def _other_people(p: Pair) -> bool:
    """Whether two counts count people on either side of a fight: "ten civilians" killed by a
    drone strike says nothing of "thirteen American troops" killed by a bomb."""
    units = {stem(fold(q.unit)) for q in (p.claim, p.source) if q.unit}
    return bool(units & CIVILIANS) and bool(units & ARMED)


def _under_the_peak(claim: Analysis, a: Alignment, p: Pair) -> bool:
    """Whether a claim gives a peak ("at its height", "peaked at") and the passage, which names
    no peak, a lower figure: a moment below the peak does not gainsay it (a higher one would)."""
    if not PEAK & claim.keys or PEAK & a.analysis.keys:
        return False
    c, s = p.claim, p.source
    return c.low is not None and s.high is not None and s.high < c.low


def _scale_slip(ratio: float) -> bool:
    """Whether two figures are a power of 1,000 apart, as when a scale word slips."""
    return any(abs(ratio / factor - 1) < 0.1 for factor in (1e3, 1e6, 1e9))


def _share_of_the_same(claim: Analysis, a: Alignment, q: Quantity) -> bool:
    """Whether a passage names what a claim's share measures: for "tourism accounts for a fifth
    of GDP", "tourism" or "accounts", the words right before the share ("of GDP" is only its base;
    "a primary surplus of 3.5 per cent of GDP" measures something else)."""
    if q.kind not in ("percent", "fraction"):
        return True
    before = [t for t in claim.terms if t.end <= q.start and not t.entity][-SHARE_HEAD:]
    missing = set(a.missing)
    return not before or any(t.text not in missing for t in before)


_SPAN_OPENS = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)
_SPAN_OPENS_IN = re.compile(r"(?:from|between)\s", re.IGNORECASE)  # ... or inside the quantity's own text ("from 1952")
_SPAN_JOIN = re.compile(r"\s*(?:to|until|till|through|and|[-\u2013\u2014])\s+(?:the\s+)?", re.IGNORECASE)


def _span_ends(claim: Analysis) -> dict[int, int]:
    """The two ends of each span of days the claim gives as two ("from the spring of 1952 to the
    autumn of 1954", "from 1952 to the autumn of 1954", "between March 1952 and October 1954"),
    each by the id of the other."""
    days = [q for q in claim.quantities if q.kind in DAYS]
    ends: dict[int, int] = {}
    for a, b in zip(days, days[1:]):
        opens = _SPAN_OPENS.search(claim.text, max(0, a.start - 12), a.start) or _SPAN_OPENS_IN.match(a.text)
        if opens and _SPAN_JOIN.fullmatch(claim.text, a.end, b.start):
            ends[id(a)], ends[id(b)] = id(b), id(a)
    return ends


def _days_apart(p: Pair) -> int:
    """The fewest days between a pair's two dates or years at their nearest bounds, a date without
    its year read in the other's (0 where either is open): a time of day a day apart may be the
    same moment told across midnight or in another time zone."""
    spans = []
    for q in in_one_year(p.claim, p.source):
        if q.low is None or q.high is None or q.kind not in CALENDAR:
            return 0  # (a weekday is no day of the calendar)
        low, high = (q.low * 10000 + 101, q.high * 10000 + 1231) if q.kind == "year" else (q.low, q.high)
        spans.append((day_number(low), day_number(high)))
    (a_low, a_high), (b_low, b_high) = spans
    return max(0, b_low - a_high, a_low - b_high)


_DECADE_OF_AGE = re.compile(r"(?:teens|ties)\b", re.IGNORECASE)  # "in his fifties", "in her late teens"


def _too_far_to_confirm(p: Pair) -> bool:
    """Whether an agreeing figure is too far from the claim's, or too vague, to confirm it."""
    amounts = ("count", "money", "measure")
    if p.claim.kind in CALENDAR and p.source.kind in CALENDAR:
        # "April 1912" allows "16 April 1912" but does not say which day, nor "the 1960s" which
        # year; a year never says which day or month (it compares as their year)
        return p.check.wider or (p.claim.kind == "date" and p.source.kind == "year")
    if p.source.qualifier == SPAN and p.claim.low and p.claim.high is None and spread(p.claim, p.source) > SPAN_OPEN:
        # "more than a day" is rarely said of the 93 days between two dates
        return True
    if p.claim.kind == "duration" and p.source.kind == "duration":
        if p.check.wider and someones_age(p.source) and _DECADE_OF_AGE.search(p.source.text) and p.claim.low == p.claim.high:
            return True  # "in his fifties" allows, and does not say, "58 years old"
        # (nor is a time between two years one day to two years a day, "1999 ... 2000": how long
        # it was it does not say)
        vague = p.source.qualifier == SPAN and bool(p.source.low) and (p.source.high or 0) >= CONFIRM_APART * (p.source.low or 1)
        return vague or spread(p.claim, p.source) >= CONFIRM_APART
    # ("several", "hundreds", "some 300 to 400": not "between 300 and 400", nor "30 to 40 per cent")
    loose = p.source.value is None and p.source.approximate and p.source.qualifier is not None
    if p.check.wider and loose and p.claim.kind in amounts and p.claim.value is not None and p.claim.low == p.claim.high:
        # one figure within a vague one ("300" within "hundreds", "seven" within "several"):
        # allowed, not said (a time "several days" gives is read above, with the other times)
        return True
    shares = {p.claim.kind, p.source.kind} <= {"percent", "fraction"}
    if not shares and (p.claim.kind not in amounts or p.source.kind not in amounts):
        return False
    if not shares and spread(p.claim, p.source) >= CONFIRM_APART:
        return True
    bound = p.claim.low if p.claim.high is None else p.claim.high if p.claim.low is None else None
    if not shares and bound is not None and bound > INCIDENTAL and spread(p.claim, p.source) >= CONFIRM_BOUND:
        return True  # "more than 500" is rarely said of some 7,000, nor "fewer than 80" of 8 ("at least one" of 14 is)
    # "more than a million" allows "two million" but confirms only claim figures reaching no
    # further from its bound than it does: "more than 900,000", "about a million"; so does
    # "exceeded 40 per cent" allow "nearly half" (a fraction is read as a percentage here).
    s, c = _in_percent(p.source), _in_percent(p.claim)
    # (shares within half a point of each other are one: "more than 33 per cent", "more than a third")
    margin = SHARE_MARGIN if shares else 0.0
    if s.high is None and s.low and c.low and c.low > CONFIRM_OPEN * s.low + margin:
        return True
    return bool(s.low is None and s.high and c.high and c.high * CONFIRM_OPEN < s.high - margin)


def _in_percent(q: Quantity) -> Quantity:
    """A fraction as a percentage (0.45 as 45); any other quantity as it is."""
    if q.kind != "fraction":
        return q
    return replace(q, low=None if q.low is None else 100 * q.low, high=None if q.high is None else 100 * q.high)


def _event_time(q: Quantity) -> bool:
    """Whether a quantity dates an event ("in 2012"), not a state ("until 2042", "since 2005")."""
    return q.kind in DAYS and q.qualifier not in ENDS | STARTS | STATUS_AT


def _said_alike(claim: Analysis, a: Alignment) -> float:
    """The share of the claim's words besides its names that a passage gives (1.0 when it has
    none): what says which event a date belongs to ("suspended", "swore allegiance")."""
    words = {t.text for t in claim.terms if not t.entity}
    return (len(words - set(a.missing)) / len(words)) if words else 1.0


def _other_fate(claim: Analysis, a: Alignment, q: Quantity) -> bool:
    """Whether a claim counts people by what befell them (killed, wounded, arrested...) and the
    passage does not speak of it: "50,000 killed" is not contradicted by "730,000 people had gone
    to Russia", nor "500 wounded" by "179 soldiers had been killed"."""
    if q.kind != "count" or not FATES & claim.keys:
        return False
    # An army that "lost 158 soldiers" saw them die.
    said = a.analysis.keys | ({LOST} if DEATH in a.analysis.keys else set())
    return any(t.key in FATES and t.key not in said and t.text in a.missing for t in claim.terms)


def _fates_differ(claim: Analysis, a: Alignment, p: Pair) -> tuple[str, str] | None:
    """(the claim's word, the passage's) when a claim's count and the passage's count people
    another fate befell: "The fires killed 414 people" and "414 people were injured"; "over 400
    were hurt" and "the toll is 173"."""
    mine, theirs = fate(claim, p.claim), fate(a.analysis, p.source)
    if mine is None or theirs is None or mine[0] == theirs[0]:
        return None
    return FATE_SAID.get(mine[0], mine[1]), FATE_SAID.get(theirs[0], theirs[1])  # ("those died" reads "those killed")


def _counts_a_fate(claim: Analysis, a: Alignment, p: Pair) -> bool:
    """Whether a passage's figure counts people by a fate the claim does not speak of: "11,325
    deaths" says nothing against "tens of thousands caught Ebola"."""
    if p.source.kind != "count" or p.claim.kind != "count" or not p.claim.unit or stem(fold(p.claim.unit)) not in PEOPLE:
        return False
    fates = FATES & counted_nouns(a.analysis, p.source)
    said = claim.keys | ({DEATH} if LOST in claim.keys else set())  # soldiers "lost" died
    mine = fate(claim, p.claim)  # ("claimed 492 lives": the dead)
    return bool(fates) and not (fates & said) and not (mine is not None and mine[0] in fates)


def _earlier(a: Quantity, b: Quantity) -> bool:
    """Whether time `a` ends before time `b` begins (dates and years alike)."""
    def years(q: Quantity) -> tuple[float, float]:
        lo, hi = q.low or 0.0, q.high or 0.0
        return (lo // 10000, hi // 10000) if q.kind == "date" else (lo, hi)

    return years(a)[1] < years(b)[0] or (a.kind == b.kind == "date" and (a.high or 0) < (b.low or 0))


def _other_rank(claim: Analysis, passage: Analysis) -> tuple[str, str] | None:
    """(claim ordinal, passage ordinal) when the passage ranks only other items than the claim:
    "the third programme" says nothing of "the first bailout"."""
    mine = [q for q in claim.quantities if q.kind == "ordinal" and not _ranks_a_superlative(claim, q)]
    theirs = [q for q in passage.quantities if q.kind == "ordinal" and not _ranks_a_superlative(passage, q)]
    if not mine or not theirs or {q.low for q in mine} & {q.low for q in theirs}:
        return None
    return mine[0].text, theirs[0].text


def _other_group(claim: Analysis, passage: Analysis) -> tuple[str, str] | None:
    """(claim's age group, passage's) when the passage speaks only of other age groups than the
    claim's: "16- and 17-year-olds" say nothing of "18-to-24-year-olds"."""
    mine = [q for q in claim.quantities if age_group(claim, q)]
    theirs = [q for q in passage.quantities if age_group(passage, q)]
    if not mine or not theirs or any(compare(m, t).relation is Relation.AGREE for m in mine for t in theirs):
        return None
    return mine[0].text, theirs[0].text


def _ranks_a_superlative(analysis: Analysis, q: Quantity) -> bool:
    """Whether an ordinal ranks a superlative ("the third-longest"): a rank, not an item."""
    return bool(SUPERLATIVE.match(fold(analysis.text[q.end :]).lstrip(" -")))


def _another_row(claim: Analysis, a: Alignment, disagree: Sequence[Pair]) -> str | None:
    """Why a table or list row that disagrees is another row rather than a contradiction, or None.

    The rows of a table differ by their labels: a row for another time, or for one of several
    things the claim adds up ("Sierra Leone | 14,124" for cases "in Guinea, Liberia and Sierra
    Leone"), gives another row's figure. A row that words the event the claim times is no other
    row (_times_the_claims_event).
    """
    if not disagree or not is_row(a.passage.text):
        return None
    times = [p for p in disagree if p.claim.kind in WHEN]
    if times and not _times_the_claims_event(claim, a):
        return times[0].check.reason
    if _one_of_several(claim, a):
        return "a figure for one of the claim's things"
    return None


def _times_the_claims_event(claim: Analysis, a: Alignment) -> bool:
    """Whether a row of a timeline says the event a claim gives only the time of (and perhaps a
    rank: "first noticed"), in its own words: every word of the claim's but its names, and as many
    of all its words as a passage needs to contradict ("1.30pm | Order given to abandon ship" for
    "the order to abandon ship was given at twenty past one"). Its time is then another account of
    the claim's, not another event's; a row lacking one of them most often tells another event
    ("4.20pm | Lifeboat left harbour" for "returned to harbour at 6pm"). The words a row inherits
    from the rows around it do not count: they are other events'. Not a row labelled by another
    thing than the claim's ("4 | hydrogen explosion ... | 15 March 2011" for unit 2): its time is
    that thing's. A row labelled only in the claim's words times its event too."""
    if not claim.quantities or any(q.kind not in WHEN | {"ordinal"} for q in claim.quantities) or _another_rows_label(claim, a) is not None:
        return False
    if _labelled_in_claims_words(claim, a):
        return True
    if _said_of_the_names(claim, a) < 1.0:
        return False
    weight = {t.key: (ENTITY_WEIGHT if t.entity else 1.0) for t in claim.terms}
    own = sum(w for k, w in weight.items() if found_in(k, a.analysis.keys))
    return bool(weight) and own / sum(weight.values()) >= CONTRADICT_WORDS


def _labelled_in_claims_words(claim: Analysis, a: Alignment) -> bool:
    """Whether a row's label is all in the claim's words: "Commissioned | 3 August 1961" for
    "Thresher joined the fleet when she was commissioned in 1960"."""
    end = label_end(a.passage.text)
    label = analyse(a.passage.text[:end]) if end > 0 else None
    return label is not None and bool(label.terms) and not label.quantities and all(found_in(t.key, claim.keys) for t in label.terms)


def _row_of_claims_time(a: Alignment, pairs: Sequence[Pair]) -> bool:
    """Whether a row of a timeline is labelled by the claim's time ("7 August | 154" for a count
    by 7 August)."""
    first_cell = label_end(a.analysis.text)
    return first_cell > 0 and any(
        p.claim.kind in WHEN and p.check.relation is Relation.AGREE and p.source.end <= first_cell for p in pairs
    )


def _another_times_row(a: Alignment, pairs: Sequence[Pair]) -> str | None:
    """Why a row of a timeline ("Sun 28 March | 369 | SCA") labelled by another time than the
    claim's speaks of that time, or None: its figures are that time's, however few words it has."""
    first_cell = label_end(a.analysis.text)
    return next(
        (
            p.check.reason for p in pairs
            if p.claim.kind in WHEN and p.check.relation is Relation.DISAGREE
            and p.check.strength >= 1.0 and p.source.end <= first_cell
        ),
        None,
    )


def _another_rows_label(claim: Analysis, a: Alignment) -> str | None:
    """The label of a table row giving the claim's time when it names something the claim does
    not ("4 | hydrogen explosion ... | 15 March 2011" for unit 2): its time is that thing's."""
    end = label_end(a.passage.text)
    if end < 0:
        return None
    label = analyse(a.passage.text[:end])
    if any(q.kind in WHEN for q in label.quantities):
        return None  # a timeline's row: the time is its label
    if any(claims_name(t, claim) for t in label.terms) or any(
        re.search(rf"(?<![\w.,]){re.escape(q.text)}(?![\w.,])", claim.text) for q in label.quantities
    ):
        return None
    return label.text.strip()


def _inherits_a_name(claim: Analysis, a: Alignment) -> bool:
    """Whether a passage gives one of the claim's names only by what it inherits (its table's
    lead, its document's title), not in its own words."""
    return any(not found_in(t.key, a.analysis.keys) for t in claim.entities)


def _one_of_several(claim: Analysis, a: Alignment) -> bool:
    """Whether a row names one of several things the claim lists together ("Sierra Leone" for
    "Guinea, Liberia and Sierra Leone"), so that its figure is a part of the claim's."""
    names = claim.entities
    own = {t.key for t in a.analysis.entities}
    listed = [t for t in names if t.key in own]
    if not listed or len(listed) == len(names):
        return False
    between = [claim.text[x.end : y.start] for x, y in zip(names, names[1:])]
    return any(re.fullmatch(r"\s*(,|and|or|,\s*and)\s*", gap) for gap in between)


def _same_unit(a: Quantity, b: Quantity) -> bool:
    """Both count the same noun, or both count people."""
    if not (a.unit and b.unit):
        return False
    ua, ub = stem(fold(a.unit)), stem(fold(b.unit))
    return ua == ub or (ua in PEOPLE and ub in PEOPLE)


def _related(a: Alignment, why: str) -> Judgement:
    return Judgement(a, Stance.RELATED, why, 0.0)


def judge(claim: Analysis, a: Alignment, thresholds: Thresholds | None = None) -> Judgement:
    """How one aligned passage bears on the claim, and why.

    A passage that leaves out one of the claim's names while naming other things may confirm
    the claim, never gainsay it: its figure may be the other things'.
    """
    j = _judge(claim, a, thresholds)
    if (
        j.stance is Stance.CONTRADICTS
        and a.missing_entities
        and not _speaks_only_of_the_claims(a.claim or claim, a)
        and _swapped(a.claim or claim, a) is None
        and not j.reason.startswith(HELD_BY)
    ):
        names = ", ".join(f"'{n}'" for n in a.missing_entities[:3])
        return _related(a, f"does not mention {names}")
    return j


# a clause set off by commas that describes a thing the claim names: "The Haiyuan earthquake,
# which buried villages in the loess, struck in 1927"
ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")


def _said_of_the_names(claim: Analysis, a: Alignment) -> float:
    """The share of the claim's words other than its names that the passage gives in its own
    words (1.0 for a claim of names alone)."""
    plain = _plain_keys(claim)
    return sum(1 for k in plain if found_in(k, a.analysis.keys)) / len(plain) if plain else 1.0


def _plain_keys(claim: Analysis) -> set[str]:
    """The keys of the claim's words that are not names, nor a name's first word that opens the
    sentence ("Jonas" in "Jonas Berg married Ilse Vogt": a capital there marks no name)."""
    names = {t.start for t in claim.terms if t.entity}
    first = claim.terms[0] if claim.terms else None
    return {
        t.key for t in claim.terms
        if not t.entity and not (t is first and t.text[:1].isupper() and any(t.end < s <= t.end + 1 for s in names))
    }


def _main_clause_words(claim: Analysis, a: Alignment) -> float:
    """The share of the claim's words a passage gives, leaving out a clause that describes one of
    its things ("which buried villages in the loess") and holds none of its figures; 0 for a claim
    without one."""
    aside = ASIDE.search(claim.text)
    if aside is None or any(aside.start() <= q.start < aside.end() for q in claim.quantities):
        return 0.0
    main = [t for t in claim.terms if not aside.start() <= t.start < aside.end()]
    keys = {t.key for t in main}
    if not main or len(keys) == len({t.key for t in claim.terms}):
        return 0.0
    weight = {t.key: (ENTITY_WEIGHT if t.entity else 1.0) for t in main}
    missing = {t.key for t in main if t.text in a.missing}
    return 1 - sum(weight[k] for k in missing) / sum(weight.values())


_ARTICLES = frozenset({"the", "a", "an"})
_TIME_WORDS = _ARTICLES | {"in", "on", "by", "at", "during", "since", "after", "before", "early", "late", "mid"}


def _opens_on(passage: Analysis, at: int) -> bool:
    """Whether a passage opens on the word at offset `at`: only an article stands before it, or a
    time ("In October 2004 Presidents Rahmon and Putin agreed"), not a place ("In Seattle, the
    planemaker ...")."""
    before = passage.text[:at]
    times = [q for q in passage.quantities if q.kind in WHEN and q.end <= at]
    for q in times:
        before = before.replace(q.text, " ")
    words = set(re.findall(r"[^\W\d_]+", before.lower()))
    return words <= (_TIME_WORDS if times else _ARTICLES)


def _judge(claim: Analysis, a: Alignment, thresholds: Thresholds | None = None) -> Judgement:
    t = thresholds or Thresholds()
    claim = a.claim or claim  # with the names alignment learnt from the candidates
    if a.missing_entities:
        swapped = _swapped(claim, a)
        if swapped is not None and a.score >= t.relevant:
            why = f"claim says '{swapped[0]}', source says '{swapped[1]}'"
            return Judgement(a, Stance.CONTRADICTS, why, 0.6 * a.coverage)
        held = _held(claim, a)  # ("the highest volcano in Colombia is Nevado del Huila" need not name Nevado del Ruiz)
        if held is not None:
            return held
        if not _tolerable(claim, a):
            names = ", ".join(f"'{n}'" for n in a.missing_entities[:3])
            return _related(a, f"does not mention {names}")
    # A passage giving the claim's figure among most of the words around it, and all its names,
    # may word the rest of the claim in fewer of its words ("the court sentenced him to 2 years
    # 10 months" for "none got as much as three years").
    firm = not a.missing_entities and any(
        p.check.relation is Relation.AGREE and p.claim.kind not in WHEN and p.context >= RIVAL_CONTEXT and not p.check.near
        for p in a.pairs
    )
    if a.score < t.relevant - (FIRM_MARGIN if firm else 0.0):
        return _related(a, f"shares {a.coverage:.0%} of the claim's words, too few to decide")
    ranks = _other_rank(claim, a.analysis) or _other_group(claim, a.analysis)
    if ranks:
        return _related(a, f"speaks of the {ranks[1]}, not the {ranks[0]}")
    pairs = [p for p in a.pairs if p.context >= SAME_THING or len(a.pairs) == 1 == len(claim.quantities)]
    other = next((p for p in pairs if p.claim.kind in WHEN and p.check.relation is Relation.DISAGREE and anothers_date(claim, a.analysis, p.source)), None)
    if other is not None:
        # "the Al Hoceima earthquake of 2004" dates another earthquake than the claim's Agadir one:
        # what the passage says is that one's
        return _related(a, f"dates another thing than the claim's ({other.check.reason})")
    # A number contradicts only from a passage that says the same thing in the same words but
    # for the number; a passage sharing fewer words may be about another event or count.
    # A passage that lacks only one name it may do without ("according to Eurostat, unemployment
    # peaked at 27.5 per cent" for Greek unemployment) says the same thing too.
    same_words = a.words >= CONTRADICT_WORDS or (bool(a.missing) and a.missing == a.missing_entities) or _main_clause_words(claim, a) >= CONTRADICT_WORDS
    # So does a table row labelled by the claim's name or time whose header and lead say what the
    # claim's figure is, and what it is a share of ("Halliburton | 3%" under "share of fault"): a
    # row words little by itself.
    own_row = is_row(a.passage.text) and (row_of_claims(claim, a.analysis) or _row_of_claims_time(a, pairs))
    disagree = [
        p for p in pairs
        if p.check.relation is Relation.DISAGREE
        and ((same_words and _same_figure(claim, a, p)) or (own_row and p.context >= ROW_FIT and _same_figure(claim, a, p, headed=True)))
    ]
    # A passage that also gives the claim's own year ("from 570,000 ounces in 2011 to 315,000 in
    # 2012") does not gainsay it with its other year.
    disagree = [p for p in disagree if not _also_gives(a.analysis, p.claim, claim)]
    # A day of the passage that meets one end of the claim's span is that end's, and gainsays not
    # the other ("October 1954: the concreting of the arch is finished" ends "from the spring of
    # 1952 to the autumn of 1954" and says nothing of its start).
    # (only where the passage gives that one day: one giving two may set other ends)
    ends = _span_ends(claim) if sum(1 for q in a.analysis.quantities if q.kind in DAYS) == 1 else {}
    met = [(ends[id(p.claim)], p.source) for p in pairs if id(p.claim) in ends and p.check.relation is Relation.AGREE]
    disagree = [p for p in disagree if (id(p.claim), p.source) not in met]
    # A count of the passage that meets the whole a claim's part is of is that whole: "Four of
    # the nine members" pairs "nine" with the panel's nine, and "Four" gets no say from it.
    taken = [p.source for p in pairs if p.claim.kind == "count" and p.check.relation is Relation.AGREE]
    disagree = [p for p in disagree if not (_part_of_a_count(claim, p.claim) and p.source in taken)]
    figures = [p for p in disagree if p.claim.kind not in DAYS]
    # A time that surely differs counts here even where it could not contradict by itself (the
    # passage's "until 2022" against the claim's "from 2023 to 2060").
    times = [p for p in disagree if p.claim.kind in DAYS] + [
        p for p in pairs
        if p.claim.kind in DAYS and p.check.relation is Relation.DISAGREE and p not in disagree and p.check.strength >= 1.0 and (id(p.claim), p.source) not in met
    ]
    if times and figures:
        # Another year and another figure: the passage gives the figures of another time.
        return _related(a, f"gives figures for another time ({times[0].check.reason})")
    days = [p for p in times if (p.claim.kind in CALENDAR and _days_apart(p) > 1) or p.claim.kind == "weekday"]
    if days and any(p.claim.kind == "time" for p in times) and not names_only_the_claims(a.analysis, claim):
        # Another day and another time of day, in a passage naming other things: the hour of
        # another event ("The Tohoku earthquake struck at 14:46 on 11 March 2011" for "shortly
        # before eight on Boxing Day 2004"), not a wrong hour for the claim's.
        return _related(a, f"gives the time of another day ({days[0].check.reason})")
    if times and not figures and _unmet_figure(claim, pairs):
        # The claim dates a figure the passage does not give ("6 bcm in 2019"): another year
        # there is another year's fact, not a wrong date.
        return _related(a, f"speaks of another time ({times[0].check.reason})")
    row = _another_row(claim, a, disagree)
    if row is None:
        row = _another_times_row(a, pairs)
        if row is not None and _times_the_claims_event(claim, a):
            row = None  # the row's time is the claim's event's, told otherwise
    if row:
        return _related(a, f"another row of its table ({row})")
    # "well over 1,000" allows "some 80,000" but does not confirm it.
    # "Uzbekistan | 500" confirms nothing about Tajikistan, whatever the figure.
    agree = [p for p in pairs if p.check.relation is Relation.AGREE and not _too_far_to_confirm(p) and not p.labelled]
    confirmed = {id(p.claim) for p in agree}
    apart = next((p for p in pairs if p.check.relation is Relation.DISAGREE and id(p.claim) not in confirmed and _lengths_apart(claim, a, p)), None)
    if apart is not None:
        # it neither confirms the claim's time nor gainsays it, and its words do not confirm it either
        return _related(a, f'gives "{bare(apart.source.text)}", not the time "{bare(apart.claim.text)}" counts')
    # "414 people were injured" is no count of the 414 the claim says were killed
    fated = [(p, f) for p in agree if (f := _fates_differ(claim, a, p)) is not None]
    agree = [p for p in agree if all(p is not q for q, _ in fated)]
    if fated and not agree and not disagree:
        p, (word, given) = fated[0]
        return _related(a, f"its \"{bare(p.source.text)}\" counts those {given}, not those {word}")
    if disagree:
        p = max(disagree, key=lambda p: (p.context, p.check.strength))
        strength = p.check.strength * (0.6 + 0.4 * a.coverage)
        if _event_time(p.claim):
            strength *= _said_alike(claim, a)  # another date may be another event's
        return Judgement(a, Stance.CONTRADICTS, p.check.reason, strength)
    cue = _negated_near_match(claim, a.analysis)
    # A claim's "without" or "no longer" counts only where the passage speaks of what it negates:
    # "won without a run-off" says nothing against "won in the first round", nor "no longer
    # needed work permits" against "joined the Eurasian Economic Union on 12 August 2015".
    undone = _undone(claim, claim=True)
    # (a table row gives its header's words under its figures: "survived" over "| 0 |" says how
    # many survived, not that someone did; only its own words can meet a negation)
    own = analyse(a.passage.text).keys if CELL in a.passage.text and claim.negations else a.analysis.keys
    said = _negating(claim, own, undone)  # the claim's cue negating words the passage gives
    mine = next(
        (c.cue for c in claim.negations if _cue_form(c.cue) not in SCOPED and c not in undone), None
    ) or said
    if mine is not None and cue is None and (_same_cue(claim, a.analysis, mine) or _lost_what_it_is_without(claim, a.analysis, mine)):
        cue = mine  # "Nobody climbed to the top" and "nobody reached the summit": negated alike
    if mine is None and cue is not None and _lost_what_it_is_without(a.analysis, claim, cue):
        cue = None  # "left without tap water" says "lost their tap water"
    either = _negated_either_or(claim, a.analysis, mine) if mine is not None and cue is None else None
    if either is not None:
        cue = mine  # "did not survive" and "was killed", "None ... was acquitted" and "all were convicted": said alike
    none_row = _counted_none(claim, a, mine) if mine is not None and cue is None else None
    if none_row is not None and a.score >= t.negates:
        number, heading = none_row
        if number == 0:
            return Judgement(a, Stance.SUPPORTS, f"the row gives 0 under '{heading}'", 0.8 * a.coverage)
        return Judgement(a, Stance.CONTRADICTS, f"claim says '{mine}'; the row gives {number:g} under '{heading}'", 0.8 * a.coverage)
    figure_agrees = any(p.claim.kind not in WHEN for p in agree)
    if mine is not None and cue is None and said is None:
        # A passage saying nothing of what the claim negates does not affirm it ("291 unclaimed
        # bodies" for bodies "no one claimed"), nor does it confirm the negation but by a figure.
        if not figure_agrees:
            return _related(a, f"does not say what the claim's '{mine}' negates")
        mine = None
    wide = next((c for c in claim.negations if c.cue == mine), None) if mine is not None and _cue_form(mine) in WIDE_CUES else None
    if wide is not None and cue is None and a.words < WIDE_WORDS and any(p.claim.kind not in WHEN and p.claim.end <= wide.start for p in agree):
        # a passage giving, in fewer of the claim's words, the figure of what a wide cue's clause
        # describes ("close to 300 bodies that no one claimed" against "291 unclaimed bodies were
        # buried") is judged by that figure, as one giving none of the negated words is (not by
        # a figure after the cue: "No one was killed when the 1,200-tonne freighter sank")
        mine = None
    if (mine is not None) != (cue is not None):
        # A flipped negation says the opposite only of a passage that speaks to the claim well:
        # below the `negates` score it more often negates something else.
        if a.score < t.negates:
            why = f"shares {a.coverage:.0%} of the claim's words with the opposite polarity, too few to decide"
            return _related(a, why)
        if mine is not None and _cue_form(mine) in WIDE_CUES and a.words < WIDE_WORDS:
            # "nobody died at the Astrodome", "three years without buying Turkmen gas", "without
            # a home": a passage giving a death, a purchase, a home in fewer of the claim's words
            # speaks of someone or something else more often than it gainsays the claim
            return _related(a, f"does not say what the claim's '{mine}' negates")
        if mine is not None:
            why = f"claim says '{mine}'; source states it without negation"
        else:
            why = f"{SOURCE_SAYS} '{cue}' where the claim affirms"
        return Judgement(a, Stance.CONTRADICTS, why, 0.8 * a.coverage)
    opposite = _antonym(claim, a.analysis)
    if opposite and opposite[0] == either:
        opposite = None  # (the claim negates that word: "was not acquitted" and "were convicted" say alike)
    if opposite:
        return Judgement(
            a, Stance.CONTRADICTS, f"claim says '{opposite[0]}', {SOURCE_SAYS} '{opposite[1]}'", 0.6 * a.coverage
        )
    ranked = _rank(claim, a.analysis)
    if ranked is not None:
        why = f"claim says '{ranked[0]}', source says '{ranked[1]}'"
        return Judgement(a, Stance.CONTRADICTS, why, 0.6 * a.coverage)
    held = _held(claim, a)
    if held is not None:
        return held
    # "the four largest" ranks; it counts nothing a passage must give
    counted = [q for q in claim.quantities if q.kind != "ordinal" and not _ranks_a_superlative(claim, q)]
    # "One lasting result of the disaster was ...": a "one" no figure of the passage pairs with
    # counts nothing the passage must give
    paired = {id(p.claim) for p in a.pairs}
    counted = [q for q in counted if not (_a_lone_one(claim, q) and id(q) not in paired)]
    agreed = {id(p.claim) for p in agree}
    if not any(q.kind in WHEN for q in a.analysis.quantities):
        counted = [q for q in counted if id(q) in agreed or not _from_event(q, claim)]
    needed = [q for q in counted if id(q) not in agreed and _required(q, figure_agrees, claim)]
    if counted and (not agree or needed):
        # "more than a million" allows "two million" without confirming it
        unmet = {id(q) for q in needed or counted}
        allows = next(
            (p for p in pairs if id(p.claim) in unmet and p.check.relation is Relation.AGREE and _too_far_to_confirm(p) and not p.labelled),
            None,
        )
        if allows is not None:
            return _related(a, f'allows the claim\'s figure without confirming it: claim "{allows.claim.text}" vs source "{allows.source.text}"')
        shown = ", ".join(format_interval(q) for q in (needed or counted)[:2])
        return _related(a, f"{NO_FIGURE}{shown}")
    times_only = agree and all(p.claim.kind in WHEN for p in agree)
    if times_only and (a.score < t.supports or a.words < CONTRADICT_WORDS):
        # A shared year confirms the claim only where the words say the same thing too (as many
        # of them as a contradicting figure needs).
        return _related(a, f"gives the same time but shares only {a.words:.0%} of the claim's words")
    # "Most of the $470 million was paid by the insurers" asserts what became of the figure,
    # which it takes as known: the figure alone confirms nothing, the words must say the rest
    taken_as_known = agree and all(p.claim.kind in WHEN or _of_a_known_figure(claim, p.claim) for p in agree) and not times_only
    if taken_as_known and (a.score < t.supports or a.words < CONTRADICT_WORDS):
        p = next(p for p in agree if p.claim.kind not in WHEN)
        return _related(a, f"gives \"{bare(p.source.text)}\", which the claim takes as known, but shares only {a.words:.0%} of its words")
    against = [p for p in pairs if p.check.relation is Relation.DISAGREE and p.claim.kind not in WHEN]
    if times_only and against:
        # a shared year does not confirm a claim whose figure the passage gives otherwise
        return _related(a, f"gives the same time but another figure ({against[0].check.reason})")
    other_row = _another_rows_label(claim, a) if not (a.by_source and of_an_account(claim)) and (times_only or (agree and is_row(a.passage.text) and _inherits_a_name(claim, a))) else None
    if other_row is not None:
        return _related(a, f"gives the same {'time' if times_only else 'figure'} for the row of {other_row!r}")
    split = _split_statements(claim, a, agree)
    if split is not None:
        return split
    if agree:
        aside = _figure_set_aside(claim, a, agree)
        if aside is not None:
            return Judgement(a, Stance.CONTRADICTS, aside, 0.6 * a.coverage)
        # (not where the passage's surroundings name the claim's event: "# Tohoku earthquake and
        # tsunami" over "The Great East Japan earthquake of March 2011 killed about 18,000")
        inherited = any(t.entity and t.text not in a.missing and t.text not in a.borrowed and not found_in(t.key, a.analysis.keys) for t in claim.terms)
        elsewhere = None if inherited else next((e for p in agree if p.claim.kind not in DAYS | {"ordinal"} and (e := another_event(claim, a.analysis, p.source)) is not None), None)
        if elsewhere is not None:
            # "The Goliad tornado of 18 May 1902 killed 114 people and injured about 230": Goliad's
            # figures, not the claim's Waco tornado's
            return _related(a, f"gives the claim's figure for the {elsewhere}, not the claim's")
        unsaid = _predicate_unsaid(claim, a, agree)
        if unsaid:
            return _related(a, f"gives the claim's figure for what it speaks of, not what it says of it ({', '.join(repr(t.text) for t in unsaid[:2])})")
        strength = sum(p.check.strength for p in agree) / len(agree)
        reason = "; ".join(p.check.reason for p in agree[:2])
        strength *= 0.6 + 0.4 * a.coverage
        if times_only and all(_event_time(p.claim) for p in agree):
            strength *= _said_alike(claim, a)  # the same year may be another event's
        return Judgement(a, Stance.SUPPORTS, reason, strength)
    # (a heading names what follows it and states nothing: "# Cyclone Idai" says nothing of Malawi)
    if a.score < t.supports or is_heading(a.passage.text):
        return _related(a, f"shares {a.coverage:.0%} of the claim's words, not enough to confirm it")
    # "CO2 increase is natural, not human-caused" states that it is natural: the passage must give
    # that, or the sentence it leans on ("His was the first report")
    put = next((ts for ts, _ in contrasts(claim) if ts and _lacks(a, ts)), None)
    if put is not None:
        return _related(a, f"does not give {put[0].text!r}, which the claim puts forward")
    unranked = _rank_unsaid(claim, a.analysis)
    if unranked is not None:
        # "Teton is usually cited as the largest dam failure in US history" does not confirm "the
        # deadliest dam failure": the words are the same but for the one that ranks
        return _related(a, f"does not rank it {unranked!r}")
    told = _said_of_the_names(claim, a)
    if told < SAID_WORDS:
        # "Willie Spears's boat got into Eyemouth in the afternoon" gives the names of "Willie
        # Spears was later elected provost of Eyemouth", which weigh much, and nothing it says
        # of them.
        return _related(a, f"gives the claim's names but only {told:.0%} of its other words")
    return Judgement(a, Stance.SUPPORTS, f"{SAME_WORDS}: {a.coverage:.0%} of the claim's words, same polarity", a.coverage)


def _figure_set_aside(claim: Analysis, a: Alignment, agree: Sequence[Pair]) -> str | None:
    """Why a passage giving the claim's figure denies that it is the claim's, or None: after the
    figure, a "not" sets aside what the claim gives it to for something the claim does not say
    ("About 2,000 is vehicles, not homes" for "some 2,000 homes were destroyed"; "... about 230
    injured; those are Goliad's figures, not Waco's" for "230 were injured at Waco")."""
    if claim.negations:
        return None  # (a claim saying "not" itself is read by its negation)
    figures = [p for p in agree if p.claim.kind not in WHEN]
    text = a.analysis.text
    mine = frozenset(t.key for t in claim.terms)
    for cue, put, aside in contrasts_by_cue(a.analysis):
        if not put or not aside or any(found_in(t.key, mine) for t in put):
            continue
        if not any(found_in(k, mine) for k in aside):
            continue
        # the "not" in the figure's own statement, setting aside what the passage does not also
        # state (not "not just": "crews from Australia, not just from California")
        if _NOT_JUST.match(text, cue.end) or any(t.start < cue.start and t.key in aside for t in a.analysis.terms):
            continue
        p = next((p for p in figures if p.source.end <= put[0].start and _same_statement(text, p.source.end, cue.start)), None)
        if p is not None:
            word = next(t.text for t in claim.terms if any(similar(t.key, k) for k in aside))
            # (with its owner: "Goliad's figures")
            owner = next((t for t in reversed(a.analysis.terms) if t.end < put[0].start), None)
            shown = a.analysis.text[owner.start : put[0].end] if owner is not None and _OWNS.fullmatch(a.analysis.text, owner.end - 2, put[0].start) else put[0].text
            return f'source gives "{bare(p.source.text)}" to {shown!r}, not to the claim\'s {word!r}'
    return None


def _same_statement(text: str, start: int, end: int) -> bool:
    """Whether `start` and `end` stand in one statement of `text`, or in the next one, where that
    refers back to the first: "about 230 injured; those are Goliad's figures"."""
    ends = list(STATEMENT_END.finditer(text, start, end))
    return not ends or (len(ends) == 1 and _REFERS_BACK.match(text, ends[0].end()) is not None)


_REFERS_BACK = re.compile(r"\s*(?:those|these|this|that|both|they|it)\b", re.IGNORECASE)
_NOT_JUST = re.compile(r"\s+(?:just|only|merely|simply|solely)\b", re.IGNORECASE)  # "not just", which adds rather than sets aside


_COPULA = re.compile(r"\s(?:is|was|were|are)\s", re.IGNORECASE)


def _predicate_unsaid(claim: Analysis, a: Alignment, agree: Sequence[Pair]) -> list[Term]:
    """The words of what the claim says of its subject, after its verb "to be", where every
    confirmed figure stands in the subject before it, those words hold a name (or, for a count
    of a part of a whole the claim describes, are a noun phrase: "About 400 of those injured
    were police officers") and the passage gives none of them: "The five-year-old who survived
    was Israeli" is not confirmed by "one child, aged five, survived". Empty otherwise (words
    without a name are mostly paraphrased: "was a year and a half", "stayed open", "were
    rescued")."""
    last = max(p.claim.end for p in agree)
    verb = _COPULA.search(claim.text, last)
    if verb is None or any(q.start >= verb.start() for q in claim.quantities):
        return []
    end = clause_end(claim, verb.end())
    said = [t for t in claim.terms if verb.end() <= t.start < end]
    # (so may words without a name, where the figure is a part of a whole the claim describes:
    # "About 400 of those injured were police and security officers")
    part = bool(said) and not PARTICIPLE.search(said[0].text) and any(_of_those(claim, p.claim) for p in agree)
    return said if said and (part or any(t.entity for t in said)) and all(t.text in a.missing for t in said) else []


PARTICIPLE = re.compile(r"(?:ed|en)$", re.IGNORECASE)  # "were rescued", "were taken": a deed, often paraphrased


# "About 400 of those injured", "More than 8,000 of the people ... flown out": a count of a part of
# a whole the claim describes in words
_OF_THOSE = re.compile(r"\s+of\s+(?:those|the|its|their|these)\s+[a-z]", re.IGNORECASE)


def _of_those(claim: Analysis, q: Quantity) -> bool:
    """Whether a claim's count is of a part of a whole it describes in words ("About 400 of those
    injured were police"), not of a whole a figure gives ("Four of the nine")."""
    m = _OF_THOSE.match(claim.text, q.end) if q.kind == "count" else None
    return m is not None and not any(o.start == m.end() - 1 for o in claim.quantities)


def _lacks(a: Alignment, terms: Sequence[Term]) -> bool:
    """Whether a passage gives none of `terms` (a common word is not given by a name: "natural"
    by "Nature Geoscience"), nor does the sentence it leans on."""
    common = frozenset(t.key for t in a.analysis.terms if not t.entity)
    if any(found_in(t.key, a.analysis.keys if t.entity else common) for t in terms):
        return False
    return not leans_back(a.passage.text) or all(t.text in a.missing for t in terms)


def both_sides(judgements: Sequence[Judgement]) -> list[Judgement]:
    """The judgements again, with a supporting one added for each passage that contradicts the
    claim's figure and also gives an agreeing figure of the same kind, its own and not another
    name's: "officials spoke of about 500 servicemen; other reports give about 700" disputes a
    claim of about 700 by itself."""
    out = list(judgements)
    for j in judgements:
        if j.stance is not Stance.CONTRADICTS or j.alignment.claim is None:
            continue
        a, claim = j.alignment, j.alignment.claim
        firm = [p for p in a.pairs if p.check.relation is Relation.DISAGREE and p.claim.kind not in WHEN]
        for p in firm:
            other = [
                q
                for q in a.analysis.quantities
                if q is not p.source
                and q.kind == p.source.kind
                and q.unit in (p.source.unit, None)
                # "at least five" allows 87 but says nothing of it; "more than 3,000" meets "more than 3,000"
                and ((q.low is not None and q.high is not None) or ((q.low is None, q.high is None) == (p.claim.low is None, p.claim.high is None)))
                and compare(p.claim, q).relation is Relation.AGREE
                and not foreign_owner(claim, a.analysis, q)[0]
            ]
            if other:
                check = compare(p.claim, other[0])
                out.append(Judgement(a, Stance.SUPPORTS, f"the same passage also gives {check.reason}", j.strength))
                break
    for j in judgements:
        # and the mirror image, where a passage that confirms the claim's figure sets another
        # source's figure against it: "Iraqi officials said 40%; foreign outlets described it as
        # roughly a third"
        rival = _set_against(j)
        if rival is not None:
            out.append(rival)
    return out


def _set_against(j: Judgement) -> Judgement | None:
    """A contradiction from a confirming passage's second statement that someone else gives
    another figure of the same kind (a statement of its own, with a verb of saying, or each figure
    with its source in brackets: "33 (Rich); 32 (North Wales Chronicle)"), or None."""
    a, claim = j.alignment, j.alignment.claim
    if j.stance is not Stance.SUPPORTS or claim is None:
        return None
    text = a.analysis.text
    voice = voice_of(claim)
    for p in a.pairs:
        if p.check.relation is not Relation.AGREE or p.claim.kind in WHEN - {"time"}:
            continue  # (two times of day so set apart are mostly two accounts of one moment, two dates two events)
        if voice and _gives_as_theirs(a.analysis, p.source, voice):
            continue  # "the Greymouth Star said about 12,000" is what a claim reporting the Star asks, whatever others said
        for q in a.analysis.quantities:
            if q is p.source or q.kind not in (p.source.kind, p.claim.kind, "fraction", "percent") or (q.low is None and q.high is None):
                continue  # (a bound gainsays what it leaves out: "more than 3,000" is no 2,000)
            if compare(p.claim, q).relation is not Relation.DISAGREE or foreign_owner(claim, a.analysis, q)[0]:
                continue
            low, high = sorted((p.source.end, q.start))
            between = text[low:high]
            after = text[q.start:]
            # (after "though" a figure more often counts something else: "though only 700 survived")
            apart = STATEMENT_END.search(between) or (THOUGH.search(between) and not _of_something_else(claim, a.analysis, q))
            # (alternatives the claim gives too, "32 or 33 miners", are the claim's own)
            offered = alternatives(text, p.source, q) and not any(o.source is q for o in a.pairs)
            if (apart and (SAYING.search(between + " " + after.split(";")[0]) or _each_cited(text, p.source.end, q.end))) or offered:
                check = compare(p.claim, q)
                return Judgement(a, Stance.CONTRADICTS, f"the same passage sets another figure against it: {check.reason}", j.strength)
    return None


def _gives_as_theirs(passage: Analysis, q: Quantity, voice: frozenset[str]) -> bool:
    """Whether the statement of a passage giving figure `q` names who a claim reports, every
    word of the name (`voice`: "Several thousand people attended; the Greymouth Star said about
    12,000"; "about 12,000, the Greymouth Star said; ..."; not "the Daily Star")."""
    ends = [m.end() for m in STATEMENT_END.finditer(passage.text, 0, q.start)]
    start = ends[-1] if ends else 0
    after = STATEMENT_END.search(passage.text, q.end)
    stop = after.start() if after else len(passage.text)
    keys = frozenset(t.key for t in passage.terms if start <= t.start < stop)
    return all(found_in(k, keys) for k in voice)


def _each_cited(text: str, first: int, second: int) -> bool:
    """Whether the figures ending at `first` and `second` each give who gave them in brackets,
    one of them plainly a source: "33 (Rich); 32 (*North Wales Chronicle*)"."""
    return bool(
        BRACKETED.match(text, first) and BRACKETED.match(text, second)
        and (CITED_AFTER.match(text, first) or CITED_AFTER.match(text, second))
    )


def _of_something_else(claim: Analysis, passage: Analysis, q: Quantity) -> bool:
    """Whether a passage's figure counts something else than the claim's, by the words of its
    clause after it: "although officials said 2,500 were still missing" (the claim's dead are not
    missing), "though only 700 survived", "2,300 by 2021" (another time); not "figures of 1,270
    ... have also been reported" (saying words only)."""
    end = CLAUSE_END.search(passage.text, q.end)
    stop = end.start() if end else len(passage.text)
    if any(o.kind in WHEN and q.end <= o.start < stop and not _also_gives(claim, o) for o in passage.quantities):
        return True
    return any(
        q.end <= t.start < stop and not found_in(t.key, claim.keys) and not SAYING.fullmatch(t.text)
        for t in passage.terms
    )


def other_figure(j: Judgement) -> bool:
    """Whether a contradicting judgement gives another figure for the claim's own (not another
    date, polarity or name) from a passage with OTHER_FIGURE_WORDS of the claim's words."""
    a = j.alignment
    return j.stance is Stance.CONTRADICTS and a.words >= OTHER_FIGURE_WORDS and any(
        p.check.relation is Relation.DISAGREE and p.claim.kind not in WHEN and p.check.reason in j.reason
        for p in a.pairs
    )


def _as_written(claim: Quantity, source: Quantity) -> bool:
    """Whether a source's figure is the claim's as written (within the claim's own interval,
    unwidened): "about 13,000" for "some 13,000", "187" for "fewer than 200"."""
    value = source.value
    if value is None:
        return False
    low = -float("inf") if claim.low is None else claim.low
    high = float("inf") if claim.high is None else claim.high
    return low <= value <= high


def _estimates(claim: Analysis, a: Alignment, p: Pair) -> list[Quantity]:
    """The figures of a passage that confirm a claim's figure: the paired one, and others of its
    kind and its own (not another name's) that agree with the claim ("Reuters reported about
    12,000 troops, The New York Times about 13,000")."""
    found = [p.source]
    for q in a.analysis.quantities:
        if q is p.source or q.kind != p.source.kind or q.value is None or (q.unit and p.source.unit and q.unit != p.source.unit):
            continue
        if PART_OF_IT.search(a.analysis.text[max(0, q.start - 20) : q.start]):
            continue  # "about 13,000 troops, including 12,500 ground troops": a part, not an estimate
        if compare(p.claim, q).relation is Relation.AGREE and not foreign_owner(claim, a.analysis, q)[1]:
            found.append(q)  # (a name right before it is more often whom it cites: "The New York Times about 13,000")
    return found


def figures_apart(judgements: Sequence[Judgement]) -> list[Judgement]:
    """The judgements again, where nothing confirms or gainsays a claim of several figures but
    each of them is confirmed by a passage lacking only the others ("Tianjin, a much bigger city,
    lay about 100 km to the south-west" and "Tianjin municipality: about 24,000" for "Tianjin, a
    city some 100 km from Tangshan, lost around twenty-four thousand people"): the heaviest of
    those passages confirms it, its reason naming the other passages' figures."""
    if any(j.stance in (Stance.SUPPORTS, Stance.CONTRADICTS) for j in judgements):
        return list(judgements)
    claim = next((j.alignment.claim for j in judgements if j.alignment.claim is not None), None)
    if claim is None:
        return list(judgements)
    wanted = [q for q in claim.quantities if q.kind not in WHEN | {"ordinal"} and not _ranks_a_superlative(claim, q)]
    if len(wanted) < 2:
        return list(judgements)
    found: dict[int, tuple[Judgement, Pair]] = {}
    for j in judgements:
        if not j.reason.startswith(NO_FIGURE):
            continue
        for p in j.alignment.pairs:
            # (each figure given alike, not merely overlapping or allowed: "more than $40 million"
            # is no figure of "about $4.4 billion", nor "within a few years" of 3,000 hours)
            firm = (
                p.check.relation is Relation.AGREE and not p.check.near and not p.check.wider and p.context >= SAME_THING
                and p.check.strength >= FIRM_FIGURE and not _too_far_to_confirm(p)
            )
            if firm and p.claim.kind not in WHEN and id(p.claim) not in found:
                found[id(p.claim)] = (j, p)
    if any(id(q) not in found for q in wanted) or len({id(j) for j, _ in found.values()}) < 2:
        return list(judgements)
    parts = [found[id(q)] for q in wanted]
    top = max((j for j, _ in parts), key=lambda j: j.alignment.score)
    mine = [p.check.reason for j, p in parts if j is top]
    theirs = [f"{p.check.reason} ({j.alignment.passage.source}:{j.alignment.passage.line})" for j, p in parts if j is not top]
    strength = min(p.check.strength for _, p in parts) * (0.6 + 0.4 * top.alignment.coverage)
    turned = Judgement(top.alignment, Stance.SUPPORTS, "; ".join([*mine, *theirs]), strength)
    return [turned if j is top else j for j in judgements]


def other_estimates(judgements: Sequence[Judgement]) -> list[Judgement]:
    """The judgements again, where one source gives the claim's approximate figure as written
    and another confirms it only through the tolerance of "about" with a figure of its own: that
    other figure is another estimate, and the sources disagree. "some 13,000" is disputed by
    "Reuters reported about 12,000 troops, The New York Times about 13,000", in one passage or
    two. Each passage is turned once, on its first such figure."""
    confirming = []
    for j in judgements:
        claim = j.alignment.claim
        if j.stance is not Stance.SUPPORTS or claim is None:
            continue
        for p in j.alignment.pairs:
            # a single figure the claim gives as an estimate: "more than 8,000" allows any
            # estimate above, and "1.1 million" as exact is met by "1,074,075" within rounding
            point = p.claim.value is not None and p.claim.low == p.claim.high and p.claim.approximate
            if p.check.relation is Relation.AGREE and p.claim.kind not in WHEN and point and p.context >= RIVAL_CONTEXT:
                confirming.append((j, p, _estimates(claim, j.alignment, p)))
    written = {(p.claim.start, p.claim.end) for _, p, found in confirming if any(_as_written(p.claim, q) for q in found)}
    out = list(judgements)
    turned: set[int] = set()
    for j, p, found in confirming:
        if (p.claim.start, p.claim.end) not in written or id(j) in turned:
            continue
        other = next((q for q in found if q.value is not None and q.low == q.high and not _as_written(p.claim, q)), None)
        if other is None:
            continue
        mine = next((q for q in found if _as_written(p.claim, q)), None)
        voice = voice_of(j.alignment.claim) if j.alignment.claim is not None else frozenset()
        if mine is not None and voice and _gives_as_theirs(j.alignment.analysis, mine, voice):
            continue  # a claim reporting the Greymouth Star's "about 12,000" is not undone by the Press Association's figure
        turned.add(id(j))
        where = f'it gives "{mine.text}" beside it' if mine is not None else "another source gives the claim's figure as written"
        why = f'another estimate: claim "{p.claim.text}" vs source "{other.text}", alike only within the tolerance of \'about\', while {where}'
        against = Judgement(j.alignment, Stance.CONTRADICTS, why, j.strength)
        at = next(i for i, k in enumerate(out) if k is j)
        if mine is not None:
            # the passage gives both figures: it disputes the claim by itself
            out[at] = Judgement(j.alignment, Stance.SUPPORTS, compare(p.claim, mine).reason, j.strength)
            out.append(against)
        else:
            out[at] = against
    # A figure alike only where both tolerances meet, and given as written nowhere, confirms
    # nothing; nor does a day without its year within the claim's month, or an hour without its
    # half of the day, where another source contradicts that time of the claim.
    untouched = {id(j) for j in judgements} - turned
    # (the claim's times another source contradicts: "September 1984" against "12 September 1983")
    gainsaid = {
        (p.claim.start, p.claim.end)
        for j in judgements
        if j.stance is Stance.CONTRADICTS
        for p in j.alignment.pairs
        if p.claim.kind in WHEN and p.check.relation is Relation.DISAGREE
    }
    # (the claim's figures a source gives as written, not within a wider range: "between 20,000 and
    # 30,000" holds "about 25,000" without giving it)
    confirmed = {
        (p.claim.start, p.claim.end)
        for j in out
        if j.stance is Stance.SUPPORTS
        for p in j.alignment.pairs
        if p.check.relation is Relation.AGREE and not p.check.near and not p.check.wider and p.claim.kind not in WHEN
    }
    for at, j in enumerate(out):
        agree = [
            p for p in j.alignment.pairs
            if p.check.relation is Relation.AGREE and (p.claim.kind not in WHEN or (p.claim.start, p.claim.end) in gainsaid)
        ]
        if j.stance is Stance.SUPPORTS and id(j) in untouched and agree and all(p.check.near for p in agree):
            p = agree[0]
            if p.claim.kind not in WHEN and (p.claim.start, p.claim.end) in confirmed:
                # another estimate beside a source giving the claim's own figure: the sources
                # disagree ("about 20,000" from the commission, 25,000 from the Lima papers)
                out[at] = Judgement(j.alignment, Stance.CONTRADICTS, f"gives another estimate: {p.check.reason}", j.strength)
                continue
            why = "gives another estimate" if p.claim.kind not in WHEN else f'confirms nothing where another source contradicts "{p.claim.text}"'
            out[at] = Judgement(j.alignment, Stance.RELATED, f"{why}: {p.check.reason}", 0.0)
    return out


# a figure given as final: "the final death toll", "the final official figures", "eventually"
FINAL = re.compile(
    r"\bfinal\s+(?:official\s+|death\s+|police\s+)?(?:toll|tolls|figure|figures|count|tally|number|total)\b"
    r"|\b(?:eventually|ultimately|in\s+the\s+end|has\s+not\s+changed\s+since)\b",
    re.IGNORECASE,
)


def _given_as_final(text: str, q: Quantity) -> bool:
    """Whether the statement of `text` holding the figure `q` gives it as final."""
    start = max((m.end() for m in STATEMENT_END.finditer(text, 0, q.start)), default=0)
    stop = next((m.start() for m in STATEMENT_END.finditer(text, q.end)), len(text))
    return FINAL.search(text, start, stop) is not None


def _names_others(claim: Analysis, a: Alignment) -> bool:
    """Whether a passage names things the claim does not, besides whom it cites."""
    cited = cited_names(a.analysis)
    return any(n.key not in claim.keys and n.key not in cited for n in a.analysis.entities)


def _of_another_time(a: Alignment) -> bool:
    """Whether a passage dates its statement otherwise than the claim, in the claim's setting."""
    return any(p.claim.kind in WHEN and p.check.relation is Relation.DISAGREE and p.context >= SAME_THING for p in a.pairs)


def the_final(judgements: Sequence[Judgement], thresholds: Thresholds | None = None) -> list[Judgement]:
    """The judgements again, where the claim gives a final figure ("the final death toll stood at
    39", "police eventually confirmed 79").

    A passage giving another figure for it as final ("The final figure, which has not changed
    since, is 43") contradicts it, where it could rival a confirmation (compare.rivals: in the
    claim's setting, naming only the claim's things, not of another time), even where it gives
    the claim's figure too, not as final ("first put at 39; the final toll is 43"); a passage
    giving the claim's figure, not as final, confirms nothing: it may be an early count. Where a passage
    gives the claim's figure as final, another figure for it not given as final gainsays
    nothing.
    """
    t = thresholds or Thresholds()
    claim = next((j.alignment.claim for j in judgements if j.alignment.claim is not None), None)
    if claim is None or not FINAL.search(claim.text):
        return list(judgements)

    def pairs(j: Judgement, relation: Relation, final: bool) -> list[Pair]:
        """The pairs of one of the claim's figures (not its times) in the claim's setting, given
        as final or not."""
        text = j.alignment.passage.text
        return [
            p for p in j.alignment.pairs
            if p.check.relation is relation and p.claim.kind not in WHEN and p.context >= SAME_THING
            and _given_as_final(text, p.source) == final
        ]

    confirmed = {id(p.claim) for j in judgements if j.stance is Stance.SUPPORTS and not j.alignment.missing_entities for p in pairs(j, Relation.AGREE, True)}
    if confirmed:
        # another figure for it, not given as final, is an earlier count
        return [
            _related(j.alignment, f"gives another figure, not as final ({j.reason})")
            if j.stance is Stance.CONTRADICTS and any(id(p.claim) in confirmed for p in pairs(j, Relation.DISAGREE, False)) else j
            for j in judgements
        ]
    finals: dict[int, Pair] = {}
    for j in judgements:
        a = j.alignment
        found = [p for p in pairs(j, Relation.DISAGREE, True) if _same_figure(claim, a, p)]
        if j.stance is Stance.SUPPORTS:
            # the same passage giving another figure for it as final ("first put at 39; the final
            # toll is 43")
            found += [
                Pair(p.claim, q, check, p.context)
                for p in pairs(j, Relation.AGREE, False)
                for q in a.analysis.quantities
                if q.kind == p.source.kind and q is not p.source and _given_as_final(a.analysis.text, q)
                and (check := compare(p.claim, q)).relation is Relation.DISAGREE and not foreign_owner(claim, a.analysis, q)[0]
            ]
        if not found or a.missing_entities:
            continue
        if j.stance is Stance.RELATED:
            # as a rival would: in the claim's setting, of the claim's things only, not of another time
            if _of_another_time(a) or _names_others(claim, a) or a.astray or a.score < t.relevant - FIRM_MARGIN or not any(p.context >= RIVAL_CONTEXT for p in found):
                continue
        finals[id(j)] = max(found, key=lambda p: (p.context, p.check.strength))
    if not finals:
        return list(judgements)
    gainsaid = {id(p.claim) for p in finals.values()}
    out = []
    for j in judgements:
        if id(j) in finals:
            p = finals[id(j)]
            out.append(Judgement(j.alignment, Stance.CONTRADICTS, f"gives another final figure: {p.check.reason}", max(j.strength, 0.8 * p.check.strength)))
        elif j.stance is Stance.SUPPORTS and any(id(p.claim) in gainsaid for p in pairs(j, Relation.AGREE, False)):
            out.append(_related(j.alignment, f"gives the claim's figure, not as final ({j.reason})"))
        else:
            out.append(j)
    return out


def _beside(a: Alignment, top: Judgement | None) -> bool:
    """Whether a passage stands beside the confirmation in its note, a line or two before or
    after it: "Lord Mersey's report put it at 22 knots ... Later work by naval architects ... puts
    it nearer 20.5 knots"; "The inspectors' first report said ... 97 mph. The Daily Telegraph
    reported ... 100 mph"; "| 492 dead | NFPA report |" and "| 490 dead | Fire Commissioner |"
    in a table of the toll by source."""
    if top is None:
        return False
    passage, other = a.passage, top.alignment.passage
    return (
        other.source == passage.source
        and other.page == passage.page  # (a PDF's blocks all start on its page's line 1)
        and passage.start != other.start
        and abs(passage.line - other.line) <= 2
        # the next rows of a table or CSV are other records, unless each gives who gave its figure
        # and, where the confirming row's first cell names the claim's thing, the row's names
        # nothing else ("| Station nightclub fire | ... |" and "| Hartford circus fire | ... |")
        and (not is_row(passage.text) or (a.by_source and top.alignment.by_source and (_labelled_by_the_claims(a) or not _labelled_by_the_claims(top.alignment, named=True))))
    )


def _labelled_by_the_claims(a: Alignment, named: bool = False) -> bool:
    """Whether a table row's first cell names only the claim's things (its capitals, less the
    words naming what a figure is: "490 dead Figure", read under its heading); with `named`, and
    names one at least."""
    claim = a.claim
    end = a.analysis.text.find(CELL)
    capitals = [t for t in a.analysis.terms if t.text[:1].isupper() and t.start < max(end, 0) and fold(t.text) not in FIELDS | GENERIC_CAPITALS]
    return claim is not None and all(found_in(t.key, claim.keys) for t in capitals) and (bool(capitals) or not named)


def _plain_neighbour(claim: Analysis, a: Alignment, p: Pair) -> bool:
    """Whether the sentence beside the heaviest passage gives its figure for what the claim's
    counts, plainly: an amount (not a time, a duration or an age), of the claim's counted noun
    or of people ("200 people had been aboard" for passengers; not "200 journalists",
    "25 children" among 60 people, "200 seats", nor a bare "was 45"), with the fate the claim
    gives in its own words and no other ("200 people were injured"), not negated or called wrong,
    usual or a capacity, and of no time of its own that the claim does not give ("In 1999, police
    said 200 ..."; not the date of the report: `_when_said`)."""
    if p.claim.kind not in BESIDE_KINDS or p.source.kind != p.claim.kind or someones_age(p.claim) or someones_age(p.source):
        return False
    mine = stem(fold(p.claim.unit)) if p.claim.unit else None
    theirs = stem(fold(p.source.unit)) if p.source.unit else None
    if theirs is not None and theirs != mine and theirs not in GENERIC_PEOPLE:
        return False
    if p.claim.kind == "count" and (p.claim.unit is None or p.source.unit is None):
        return False  # "the driver was 45" for "the youngest victim was 45": a bare number of what?
    # fates in its own words, not those it borrows from the sentence before ("Aid agencies said
    # 5,000 were left homeless" after "1,200 people died")
    own = a.analysis.keys | ({LOST} if DEATH in a.analysis.keys else set())
    said = claim.keys | ({DEATH} if LOST in claim.keys else set())
    if any(t.key in FATES and t.key not in own for t in claim.terms) or (FATES & counted_nouns(a.analysis, p.source)) - said:
        return False
    if _other_people(p):
        return False
    if a.analysis.negations or _NOT_SO.search(a.passage.text):
        return False
    dated = any(q.kind in WHEN for q in claim.quantities)
    return dated or not any(q.kind in WHEN and not _when_said(a.analysis, q) for q in a.analysis.quantities)


def _when_said(passage: Analysis, q: Quantity) -> bool:
    """Whether a time dates the saying of a figure rather than the figure: it stands after the
    sentence's subject and before the verb giving the figure as someone's ("The Daily Telegraph,
    on Saturday 11 May, reported ...", "A Congressional Research Service study in 1981 put the
    total at ..."); not at the sentence's head ("In 1999, police said 200 ...")."""
    said = SAYING.search(passage.text)
    if said is None or q.end > said.start():
        return False
    # (some word before it that is no preposition, article, weekday or month: the subject)
    return any(w.lower() not in _TIME_HEAD for w in re.findall(r"[^\W\d_]+", passage.text[: q.start]))


def ally(contradiction: Judgement, neighbour: Judgement, thresholds: Thresholds | None = None) -> Judgement | None:
    """A passage next to a contradiction that gives its figure as someone's, confirming the
    claim's figure as someone else's, or None: "WAGN said ... about 150 passengers had been on
    the train. The BBC, quoting police ..., reported that more than 200 people had been aboard."
    The second sentence shares few of the claim's words ("More than two hundred passengers were
    on the train"), so the index seldom returns it, and the note then reads as contradicting the
    claim where it disputes it. The neighbour must give the figure the contradiction gainsays, in
    its setting (RIVAL_CONTEXT), as someone's, speaking of the claim's things only, not of another
    time or rank, and plainly of what the claim counts (`_plain_neighbour`: not "Police said 200
    people were injured")."""
    t = thresholds or Thresholds()
    a = neighbour.alignment
    claim = a.claim
    if claim is None or neighbour.stance is Stance.CONTRADICTS or a.score < t.related or not someones(a):
        return None
    if _names_others(claim, a) or a.astray or _other_rank(claim, a.analysis) or _of_another_time(a):
        return None
    gainsaid = {(p.claim.start, p.claim.end) for p in contradiction.alignment.pairs if p.check.relation is Relation.DISAGREE}
    found = [
        p
        for p in a.pairs
        if (p.claim.start, p.claim.end) in gainsaid
        and p.check.relation is Relation.AGREE
        and not p.check.near
        and p.context >= RIVAL_CONTEXT
        and _plain_neighbour(claim, a, p)
    ]
    if not found:
        return None
    if neighbour.stance is Stance.SUPPORTS:
        return neighbour
    p = max(found, key=lambda p: (p.context, p.check.strength))
    return Judgement(a, Stance.SUPPORTS, f"{ALLY}{p.check.reason}", p.check.strength * (0.6 + 0.4 * a.coverage))


def rival_beside(confirmation: Judgement, neighbour: Judgement, thresholds: Thresholds | None = None, subjects: frozenset[str] = frozenset()) -> Judgement | None:
    """A passage next to a confirmation (pipeline._beside_the_heaviest) as a related one that
    rivals it (`rivals` makes it the rival it is), or None: its figure must lie within
    RIVAL_REACH of the claim's, and plainly of what the claim counts (`_plain_neighbour`): "The
    newspapers said the ash column reached 11 km in mid-April" beside "The Met Office put the ash
    column at about 8 km" (an estimate of the same thing; not "some 900 km", nor "Among them were
    25 children" beside "60 people were killed")."""
    if neighbour.stance is Stance.SUPPORTS:
        return None
    related = _related(neighbour.alignment, neighbour.reason) if neighbour.stance is Stance.CONTRADICTS else neighbour
    if rivals([confirmation, related], thresholds, subjects)[1].stance is not Stance.CONTRADICTS:
        return None
    a = neighbour.alignment
    near = a.claim is not None and any(
        p.check.relation is Relation.DISAGREE and p.check.error is not None and p.check.error <= RIVAL_REACH and _plain_neighbour(a.claim, a, p)
        for p in a.pairs
    )
    return related if near else None


def rivals(judgements: Sequence[Judgement], thresholds: Thresholds | None = None, subjects: frozenset[str] = frozenset()) -> list[Judgement]:
    """The judgements again, with the rivals of a supported figure found among the related ones.

    Where one passage confirms a claim's figure, another passage giving a different figure for
    it in the same setting disputes it, even in fewer of the claim's words: "The Uzbek government
    says 187 people died" against "several hundred people died when troops fired on protesters",
    confirmed elsewhere. The rival must still name the claim's things, sit among the same words
    around the number (RIVAL_CONTEXT) and share RIVAL_WORDS of the claim's words. Where the
    confirmation is someone's (align.someones: "the Herald spoke of 62 survivors"), a rival
    may leave out the run's `subjects` (pipeline.corpus_subjects), score as low as a related
    passage and give half RIVAL_WORDS of the claim's words: "61 of the men on the platform
    survived", in notes on Piper Alpha. So may a passage beside that confirmation (`_beside`) giving
    its own figure as someone's, if the figure lies within RIVAL_REACH of the claim's ("The
    inspectors' first report said the train had been travelling at 97 mph", not "at 970 mph").
    """
    t = thresholds or Thresholds()
    confirmed = {
        (p.claim.start, p.claim.end)
        for j in judgements
        if j.stance is Stance.SUPPORTS
        for p in j.alignment.pairs
        if p.check.relation is Relation.AGREE and not p.check.near  # a near figure confirms nothing
    }
    if not confirmed:
        return list(judgements)
    top = max((j for j in judgements if j.stance is Stance.SUPPORTS), key=lambda j: (j.weight, j.alignment.score), default=None)
    said = top is not None and someones(top.alignment)  # the confirmation the verdict weighs first
    out = []
    for j in judgements:
        a = j.alignment
        claim = a.claim
        if j.stance is not Stance.RELATED or claim is None:
            out.append(j)
            continue
        missing = [n.key for n in claim.entities if n.text in a.missing_entities]
        subjectless = said and bool(missing) and all(found_in(key, subjects) for key in missing)
        beside = said and _beside(a, top)
        # (beside it, another body's figure may give half the words too, if near the claim's)
        another = beside and someones(a)
        near_only = another and not subjectless and a.words < RIVAL_WORDS
        if a.score < (t.related if subjectless or beside else t.relevant) or a.words < (RIVAL_WORDS / 2 if subjectless or another else RIVAL_WORDS):
            out.append(j)
            continue
        # (beside the confirmation, a passage giving its own figure as someone's, or leaning on
        # the line before, estimates the same thing: "The Grosseto prosecutors' charge sheet ...
        # listed 157 people injured"; "The sinking of the Lusitania killed 1,198" does not)
        estimate = beside and (someones(a) or leans_back(a.passage.text))
        if (_names_others(claim, a) and not estimate) or a.astray or (a.missing_entities and not subjectless and not estimate and not _tolerable(claim, a)) or _other_rank(claim, a.analysis):
            out.append(j)  # a rival speaks of the claim's things only, besides whom it cites
            continue
        rival = [
            p
            for p in a.pairs
            if (p.claim.start, p.claim.end) in confirmed
            and p.check.relation is Relation.DISAGREE
            and p.context >= RIVAL_CONTEXT
            and _same_figure(claim, a, p)
            and not _another_deed(claim, a.analysis, p.claim)
            and (not near_only or (p.check.error is not None and p.check.error <= RIVAL_REACH))
        ]
        if not rival or _of_another_time(a) or _another_row(claim, a, rival) or (beside and (_NOT_SO.search(a.passage.text) or _NOT_AN_ESTIMATE.search(a.passage.text))):
            out.append(j)
            continue
        p = max(rival, key=lambda p: (p.context, p.check.strength))
        strength = p.check.strength * (0.6 + 0.4 * a.coverage)
        out.append(Judgement(a, Stance.CONTRADICTS, f"{RIVAL}{p.check.reason}", strength))
    return out

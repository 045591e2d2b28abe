"""The words a passage inherits from around it, so that "It is 50.45 km long" can speak to a
claim about the Channel Tunnel when the sentence before it, or its document's title, names it.

- Every passage inherits its document's title: the words of the source's file name and of its
  first line when that is a heading (short, without a full stop).
- A passage that names nothing the claim does not name also inherits the sentence before it (its
  pronouns most likely point there), and so does one that leans on it whatever it names: opening
  with a pronoun ("Its height is given as 215 metres by the Asian Development Bank"), going on
  in lower case (a list item), or giving another body's figure for the same thing ("put it at 22
  knots", "The Times gave his age as 69"); one opening with "He", "His", "She" or "Her" after others
  that do inherits them and the first before them that does not (whom they speak of, "Ludger
  Sylbaris was a labourer ... He was badly burned ... He was found on 11 May"). Any other passage
  naming another thing ("the 201st base in Tajikistan") inherits nothing from its neighbour, so it
  cannot borrow the claim's subject. A passage leaning on the one before within a list (an item, one
  opening with a pronoun, or one ending with a semicolon) also inherits the sentence introducing the
  list, ending with a colon, and the heading right before that, if one stands there.
- A table row ("April 2014 | NATO | about 40,000") inherits its table's header row and the
  sentence that introduces the table: they say what its cells measure. So does a labelled row of
  a list ("Uzbekistan: 500") inherit the sentence that introduces the list.

Inherited words are keyed as a claim's words are (lexicon.canonical), so that a claim's "report"
meets the report of the sentence before "It made 157 recommendations".
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from factcheck.analysis import Analysis, analyse, found_in, names_only_the_claims, spelled_out
from factcheck.index.base import Index, terms
from factcheck.lexicon import canonical
from factcheck.model import Passage
from factcheck.numbers import parse_quantities

HEADING_WORDS = 15  # a first passage this short and without a full stop is the document's title
CELL = " | "  # what separates the cells of a table row passage
LABELLED = re.compile(r"[^\W\d][^:|.]{0,40}:\s+(?=.*\d).+")  # "Uzbekistan: 500", "Mali: 8 cases, 6 deaths"
PARTICLES = frozenset("de du da di van von der den la le al el bin ibn".split())  # lower-case openings of names
PRONOUN = re.compile(r"(?:It|Its|They|Their|He|His|She|Her)\b")
PERSON = re.compile(r"(?:He|His|She|Her)\b(?!\s+(?:Majesty|Royal\s+Highness)\b)")  # (not "Her Majesty's ...", a title)
ROW_WORDS = 12  # a labelled list row is at most this long
PRONOUN_WALK = 3  # passages opening with a pronoun walked back past for the one they speak of
NAMED_HITS = 5  # passages of a source searched for a name it may give before a passage
LIST_WALK = 12  # items of a list read at most: candidates after its introduction, and walked back to it from an item
SECTION_WALK = 40  # passages walked back at most, from a passage to its subject's last mention, for a heading between
TABLE_ROWS = 500  # rows walked back at most to find a table's header
TABLE_SIBLINGS = 3  # rows either side of a candidate row that are candidates too
UNIT_NOTE = re.compile(r"\((?:in\s+)?([^\W\d][\w/$€£³²]*|%)\s*[,;)]")  # "(bcm, rounded ...)", "(in km)", "(%)"


_IN_IT = re.compile(r"\b(?:in|from|on|inside|aboard|within|into)\s+it\b", re.IGNORECASE)  # "found in it": in what the sentence before names
# "put the number at about 9,000", "put it at 22 knots": another estimate of the figure the sentence before gives
_PUT_IT = re.compile(
    r"\bputs?\s+(?:it|(?:the|their|its)\s+(?:[\w-]+\s+)?(?:number|figure|total|toll|count|share|cost|amount|estimate))"
    r"\s+(?:at|nearer|closer\s+to)\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?(?:[$€£¥]|US\$)?\d",
    re.IGNORECASE,
)


# "for the same shock": the thing the passage before names; not a time ("at the same time", "on
# the same day": a new thing may happen then) nor a likeness ("a quake of the same magnitude")
_THE_SAME = re.compile(
    r"\b(?:for|of|on|in|from|at|to)\s+the\s+same\s+(?!(?:as|time|times|day|days|night|morning|afternoon|evening|week|month|year|period|"
    r"moment|hour|date|season|decade|kind|sort|type|size|magnitude|scale|height|length|age|name|way|order|level|rate|pattern)\b)\w+",
    re.IGNORECASE,
)


# "The Times gave his age as 69", "the Board's report gave a total of 191", "The Park Service gives
# a figure of about 80", "Reports at the time gave 3,481 cases", "the county's health ministry
# recorded 14": a source's own figure for what the sentence before gives
_GAVE = re.compile(
    r"(?<!\bwhich\s)(?<!\bthat\s)(?<!\bwho\s)\b(?:gave|gives|give|giving|reported|reports|recorded|records|counted|counts|listed|lists|cited|cites|estimated|estimates)\s+(?:(?:it|the\s+(?:[\w-]+\s+)?(?:number|figure|total|toll|count|share|cost|amount|estimate)|(?:his|her|its|their)\s+(?:age|height|length|number))\s+as\s+|an?\s+(?:[\w-]+\s+)?(?:total|figure|toll|count|estimate)\s+of\s+)?"
    r"(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|only\s+|just\s+)?(?:\*\*)?(?:[$€£¥]|US\$)?\d",
    re.IGNORECASE,
)


# what may follow a figure some body "gave" for the thing the sentence before counts: nothing, a
# joining word, or words counting people ("gave 3,481 cases and 2,299 deaths"); not another thing
# given ("gave 300 tetanus shots", "gave 4 of them suspended sentences", "gave $5m to the fund")
_GIVEN_FOR = frozenset(
    "and or in on at by rather than as against while but whereas dead deaths died killed injured wounded hurt "
    "missing cases casualties victims people persons lives fatalities survivors men women children homeless".split()
)


def _gives_a_figure(text: str) -> bool:
    """Whether some body gives a figure of the thing the sentence before counts (`_GAVE`), not
    another thing it handed out."""
    given = list(_GAVE.finditer(text))
    figures = parse_quantities(text) if given else []  # (read only where some body gives one)
    for m in given:
        q = next((q for q in figures if m.start() <= q.start < m.end() <= q.end), None)
        if q is None:
            continue
        after = re.match(r"[\s*_]*([a-z]+)", text[q.end:])
        word = q.unit if q.kind == "count" and q.unit and q.unit.isalpha() else after.group(1) if after else None
        if q.kind not in ("count", "money") and not (after and after.group(1) in ("to", "towards")):
            return True  # a measure, a share, an age, a time: "gave 2.8 cubic kilometres"
        if word is None or word in _GIVEN_FOR:
            return True
    return False


def leans_back(text: str) -> bool:
    """Whether a passage opens with a pronoun ("Its height is given as 215 metres"), goes on
    in lower case (an item of a list: "press reports from the same year spoke of as many as 1,750
    troops;"), finds something "in it" ("the bodies of 81 men had been found in it"), puts "it"
    or "the number" at a figure ("A later account put the number at about 9,000") or gives one
    ("The Times gave his age as 69": not "the retrospective, which gave the toll as 22,
    included ...": that is the thing it speaks of), or gives it
    "for the same shock": it speaks of what the passage before it names."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    lower = first.isalpha() and first.islower() and first not in PARTICLES  # not "iPhone", "de Gaulle", "al-Assad"
    return bool(PRONOUN.match(text)) or (lower and not is_row(text)) or bool(_IN_IT.search(text) or _PUT_IT.search(text) or _gives_a_figure(text) or _THE_SAME.search(text))  # a row has its header


def is_heading(text: str) -> bool:
    """Whether a passage is a heading: short, opening with a capital or a digit, without a full
    stop, a closing quote or bracket (a quoted sentence, a citation), a colon (a caption: "Photo:
    Reuters") or cells."""
    text = text.strip()
    return (
        bool(text)
        and len(text.split()) <= HEADING_WORDS
        and (text[0].isupper() or text[0].isdigit())
        and not text.endswith((".", "?", "!", ":", ";", '"', "”", "'", "’", ")", "]"))
        and ":" not in text
        and not is_row(text)
    )


def label_end(text: str) -> int:
    """Where a table row's first cell, its label, ends (the offset of its first "|"); -1 for a
    text that is no table row."""
    return text.find("|") if CELL in text else -1


def cell_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table row's text, as offsets into it."""
    spans, at = [], 0
    for cell in text.split(CELL):
        spans.append((at, at + len(cell)))
        at += len(cell) + len(CELL)
    return spans


def is_row(text: str) -> bool:
    """Whether a passage is a row of a table or of a labelled list, whose words alone rarely say
    what its figures are."""
    return CELL in text or (len(text.split()) <= ROW_WORDS and bool(LABELLED.fullmatch(text.strip())))


class Surroundings:
    """Inherited words per passage, from one index: titles cached per source, and the sentence
    before a passage looked up alone (`Index.before`), so a source is never read whole."""

    def __init__(self, index: Index) -> None:
        self._index = index
        self._titles: dict[str, frozenset[str]] = {}
        self._tables: dict[tuple[str, int], tuple[frozenset[str], str | None, str]] = {}
        self._named: dict[tuple[str, str], tuple[int, ...]] = {}
        self._sections: dict[tuple[str, int], Passage | None] = {}
        self._leads: dict[tuple[str, int], tuple[Passage, ...]] = {}
        self._rows: dict[tuple[str, int], tuple[Passage, ...]] = {}

    def title(self, source: str) -> frozenset[str]:
        """The words every passage of `source` inherits: its file name's, and its heading's."""
        cached = self._titles.get(source)
        if cached is None:
            name = PurePosixPath(source.split("?")[0].rstrip("/")).stem
            title = set(terms(re.sub(r"[-_.]+", " ", name)))
            first = self._index.first(source)
            if first is not None and first.line == 1:  # a table's first row (line 2) is no title
                text = first.text.strip()
                if len(text.split()) <= HEADING_WORDS and not text.endswith("."):
                    title.update(terms(text))
            cached = self._titles[source] = frozenset(title)
        return cached

    def table(self, passage: Passage) -> frozenset[str]:
        """The words a table row inherits: its table's header row and the sentence before the
        table; for a labelled list row, the sentence before the list. Empty for other passages."""
        return self._table(passage)[0]

    def header(self, passage: Passage) -> str | None:
        """The header row of the table `passage` is a row of, None for other passages and for
        the header itself."""
        return self._table(passage)[1]

    def is_header(self, passage: Passage) -> bool:
        """Whether `passage` is a table's header row: its first row, giving no figure (a table
        without a header, "| Population (2020) | 8,500 |", opens on a row of data)."""
        return (
            CELL in passage.text and is_row(passage.text) and not any(ch.isdigit() for ch in passage.text)
            and self._table(passage)[1] is None
        )

    def unit(self, passage: Passage) -> str | None:
        """The unit the sentence introducing `passage`'s table gives its figures in, as written
        in parentheses ("Export volumes by destination (bcm, rounded ...)": "bcm"), or None."""
        lead = self._table(passage)[2]
        found = UNIT_NOTE.search(lead)
        return found.group(1) if found else None

    def _table(self, passage: Passage) -> tuple[frozenset[str], str | None, str]:
        if not is_row(passage.text):
            return frozenset(), None, ""
        kind = CELL in passage.text
        walked: list[tuple[str, int]] = []
        row = passage
        for _ in range(TABLE_ROWS):
            key = (row.source, row.start)
            if key in self._tables:
                words = self._tables[key]
                break
            walked.append(key)
            previous = self._index.before(row.source, row.start)
            if previous is None or not is_row(previous.text) or (CELL in previous.text) != kind:
                # `row` is the first row (a table's header); `previous` introduces the rows.
                header = terms(row.text) if kind else []
                lead = terms(previous.text) if previous else []
                if previous is not None and previous.text.rstrip().endswith(":"):
                    # "For Central Asia its table gives:" leans on the sentence before it.
                    before = self._index.before(previous.source, previous.start)
                    lead += terms(before.text) if before is not None else []
                words = (frozenset(header + lead), row.text if kind else None, previous.text if previous is not None else "")
                break
            row = previous
        else:
            words = (frozenset(), None, "")
        for key in walked:
            self._tables[key] = words
        if words[1] == passage.text:
            return words[0], None, words[2]
        return words

    def named_before(self, passage: Passage, name: str) -> bool:
        """Whether a passage of `passage`'s source before it writes `name` (a claim's name, as
        written): the document's subject, that a passage naming nothing may leave out. Not past a
        heading naming another thing ("## Lakanal House" in notes on Grenfell): the passages under
        it speak of that thing, until the name is written again."""
        key = analyse(name).terms
        if not key:
            return False
        where = (passage.source, key[0].key)
        starts = self._named.get(where)
        if starts is None:  # where the source writes the name, looked up once per run
            hits = self._index.search(name, limit=NAMED_HITS, sources=frozenset({passage.source}))
            starts = self._named[where] = tuple(sorted(h.passage.start for h in hits if found_in(key[0].key, analyse(h.passage.text).keys)))
        last = max((s for s in starts if s < passage.start), default=None)
        if last is None:
            return False
        walked = self.previous(passage)
        for _ in range(SECTION_WALK):
            if walked is None or walked.start <= last:
                break
            found = analyse(walked.text)
            if found_in(key[0].key, found.keys):
                break  # written again (a mention the search did not return)
            if is_heading(walked.text) and found.entities:
                return False
            walked = self.previous(walked)
        return True

    def section(self, passage: Passage) -> Passage | None:
        """The heading of the section `passage` stands in, walking back at most SECTION_WALK
        passages; None under the document's title alone (its subject, not a section's)."""
        key = (passage.source, passage.start)
        if key not in self._sections:
            walked, found = self.previous(passage), None
            for _ in range(SECTION_WALK):
                if walked is None:
                    break
                if is_heading(walked.text):
                    found = walked if walked.line > 1 else None
                    break
                walked = self.previous(walked)
            self._sections[key] = found
        return self._sections[key]

    def following(self, passage: Passage) -> Passage | None:
        """The passage right after `passage` in its source, or None for the last."""
        return self._index.after(passage.source, passage.start)

    def previous(self, passage: Passage) -> Passage | None:
        """The passage right before `passage` in its source, or None for the first."""
        return self._index.before(passage.source, passage.start)

    def __call__(self, passage: Passage, found: Analysis, claim: Analysis) -> frozenset[str]:
        """The words `passage` (analysed as `found`) inherits when checked against `claim`."""
        title = self.title(passage.source) | self.table(passage)
        if not leans_back(passage.text) and not names_only_the_claims(found, claim):
            return _keyed(title)
        previous = self.previous(passage)
        if previous is None:
            return _keyed(title)
        leads = [previous, *self._antecedents(passage, previous), *self._lead(passage)]
        leads = list({p.start: p for p in leads}.values())
        # (its names as a claim's are keyed: "US", which the index's words leave out; and the
        # claim's acronyms they spell out: "VA" after "the Veterans Administration counted them")
        read = [analyse(p.text) for p in leads]
        spelled = frozenset(k for a in read for k in spelled_out(claim, a)) if claim.acronyms else frozenset()
        return _keyed(title | frozenset(w for p in leads for w in terms(p.text))) | {t.key for a in read for t in a.entities} | spelled

    def _antecedents(self, passage: Passage, previous: Passage) -> list[Passage]:
        """For a passage opening with a pronoun after others that do ("He was in a solitary
        cell ... He was badly burned ... He was found on Sunday 11 May"), the passages before
        them up to the first that does not, the one naming whom they speak of ("Ludger Sylbaris
        ... was a labourer"), at most PRONOUN_WALK back; empty for other passages."""
        found: list[Passage] = []
        if not PERSON.match(passage.text):
            return found
        walked: Passage | None = previous
        for _ in range(PRONOUN_WALK):
            if walked is None or not PERSON.match(walked.text):
                break
            walked = self.previous(walked)
            if walked is not None:
                found.append(walked)
        return found

    def items(self, lead: Passage) -> list[Passage]:
        """The items of the list a passage introduces (ending with a colon), or of the list right
        under a heading that introduces one; empty for other passages."""
        if is_heading(lead.text):
            after = self.following(lead)
            if after is None or not after.text.rstrip().endswith(":"):
                return []
            lead = after
        elif not lead.text.rstrip().endswith(":"):
            return []
        found: list[Passage] = []
        walked = self.following(lead)
        while walked is not None and len(found) < LIST_WALK and _listed(walked.text) and not is_row(walked.text):
            found.append(walked)
            walked = self.following(walked)
        return found

    def rows(self, row: Passage) -> list[Passage]:
        """The other rows of the table `row` is a row of (a header's cells, "|"), up to
        TABLE_SIBLINGS either side: "| Midland Railway statement | eight |" beside "| The Times |
        nine |"; empty for other passages."""
        if CELL not in row.text or not is_row(row.text):
            return []
        key = (row.source, row.start)
        known = self._rows.get(key)
        if known is not None:
            return list(known)
        found: list[Passage] = []
        for step in (self.previous, self.following):
            walked = step(row)
            for _ in range(TABLE_SIBLINGS):
                if walked is None or CELL not in walked.text or not is_row(walked.text):
                    break
                if not self.is_header(walked) and re.search(r"\w", walked.text):  # (not "| --- |")
                    found.append(walked)
                walked = step(walked)
        self._rows[key] = tuple(found)
        return found

    def _lead(self, passage: Passage) -> tuple[Passage, ...]:
        """For a passage leaning on the one before within a list (an item in lower case, one
        opening with a pronoun, or one ending with a semicolon: `_listed`), the sentence
        introducing the list, ending with a colon, and the heading right before that, if one
        stands there: "## When the fire reached Hinckley / The hour is not settled: / - the
        Duluth News Tribune ... gave "about four o'clock""; empty for other passages. Read
        once per item."""
        key = (passage.source, passage.start)
        known = self._leads.get(key)
        if known is not None:
            return known
        found: tuple[Passage, ...] = ()
        if _listed(passage.text) and not is_row(passage.text):
            walked = self.previous(passage)
            for _ in range(LIST_WALK):
                if walked is None or is_row(walked.text):
                    break
                if walked.text.rstrip().endswith(":"):
                    before = self.previous(walked)
                    found = (walked, before) if before is not None and is_heading(before.text) else (walked,)
                    break
                if not _listed(walked.text):
                    break
                walked = self.previous(walked)
        self._leads[key] = found
        return found


def _listed(text: str) -> bool:
    """Whether a passage may be an item of a list: it leans on the one before, or ends as an item
    does, with a semicolon ("Nobile's book gives 10:33;")."""
    return leans_back(text) or text.rstrip().endswith(";")


def _keyed(words: frozenset[str]) -> frozenset[str]:
    """The index's words with the keys a claim's words are matched on (lexicon.canonical): the
    sentence before "It made 157 recommendations" gives "report", which a claim keys as "say"."""
    return words | {canonical(w) for w in words}

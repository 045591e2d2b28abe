"""Times of day: "18:08", "2:47 a.m.", "11 p.m.", "six o'clock in the evening", "half past one in
the morning", "ten past six in the evening", "at three in the afternoon", "midday", "shortly after
18:00".

A time of day is a quantity of kind "time" whose interval is in minutes after midnight (18:08 is
1088). Times are compared around the clock (numbers/compare.py): 23:50 is ten minutes before
midnight, not 1,430 minutes after it. A qualifier before a time shapes its interval:

- "shortly/soon after 18:00" and "minutes after 18:00" are (18:00, 18:30]; "just after" and "a
  little after" reach 15 minutes, "a few minutes after" 10, "hours after" 12 hours; "... before"
  the same below; "nearly", "almost" and "close to" 23:00 reach NEARLY minutes before it;
- "about/around/roughly/some/approximately 01:27" is 01:24–01:30, approximate: 3 minutes either
  side of a time to the minute, 5 of one to five minutes, 10 of a quarter hour, 15 of an hour;
- "after 04:00" is open above, "before 04:00" open below (04:00 excluded), and compared within
  their day ("before 15:00" is not the day before's 15:30); "by", "until", "till" and "since"
  keep the time itself and say so in the qualifier, as they do for years;
- a time counted from another is that time moved: "20 minutes after 18:00" is 18:20, "some twenty
  minutes before midnight" 23:35-23:45 ("about" reaches a tenth of the offset, five minutes at least).

A time written with a colon is read on the 24-hour clock ("01:27", "22:33") unless a.m./p.m. or a
part of the day follows ("6:30 in the evening"). An hour written without its minutes, in words or
digits, needs "a.m."/"p.m." or a part of the day ("in the evening", "at night", "on a Sunday
morning") to say which half of the day it is, and without "o'clock" also a word placing it in time
("at three in the afternoon", not "killed 5 in the evening attack"; a number in digits after "to" or
"by" is a count: "rose to 9 in the evening"; before a weekday's part of the day, only "at" places
it: "rose to eleven on Thursday night" is a count). "From five to nine" is a range. "Eleven
o'clock", and "half past one", "a quarter to three" or "eleven minutes to six" told as a time
(nothing follows in the clause, or a word such as "at" places it: not "fell by a quarter to one",
nor "between ten and half past ten"; "ten to six" alone may be a range and is not read), take the
half of the day that puts them within WINDOW minutes of another time of the same text that has one:
two accounts of one moment ("at about 10 pm; a county history gave 'nearly eleven o'clock'"); where
the text has no time with a half of the day, they are read in the morning and marked `either_half`,
so that a comparison sets them in the nearer half (unless an hour ends a range, "ten or eleven
o'clock", or names a thing, "the nine o'clock train"). "In the forenoon" is the morning. "Noon" and
"midday" are 12:00, "midnight" 00:00 (24:00 after "by", "until", "before" and "about"; none in "the
midnight train", which names a thing). A lower-case "c." before a time is "about". Seconds are read
where a word places the time or a.m./p.m. follows ("at 08:46:40"); a colon figure inside an elapsed
time, a ratio or a reference ("in 2:01:39", "a 1:50 scale", "verse 3:16") is none."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.numbers.quantity import Quantity

DAY = 24 * 60  # minutes in a day

_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_HOURS = {w: i + 1 for i, w in enumerate(_WORDS)}
_MINUTES = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25, "twenty five": 25, "quarter": 15, "a quarter": 15, "half": 30}
_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
# minutes in words before "minutes past/to": "eleven minutes to six", "twenty-two minutes past four"
_MINUTE_WORDS = {
    **{w: i + 1 for i, w in enumerate(_UNITS)}, **{w: i + 10 for i, w in enumerate(_TEENS)}, "twenty": 20,
    **{f"twenty {w}": 21 + i for i, w in enumerate(_UNITS)},
}
_MINUTE = r"(?:[1-5]?\d|twenty(?:[\s-](?:" + "|".join(_UNITS) + r"))?|" + "|".join(_TEENS + _UNITS) + ")"
_HOUR = r"(?:1[0-2]|0?[1-9]|" + "|".join(_WORDS) + ")"
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = (
    r"(?:in\s+the\s+(?:morning|forenoon|afternoon|evening)|at\s+night|that\s+(?:morning|afternoon|evening|night)"
    r"|on\s+(?:a\s+|the\s+)?" + _DAYS + r"\s+(?:morning|afternoon|evening|night)"  # "half past eight on a Sunday morning"
    r"|on\s+the\s+(?:morning|afternoon|evening|night)\s+of(?=\s+\d|\s+(?-i:[A-Z])))"  # "nine o'clock on the night of 13 November"
)
# a word placing a bare hour in time: "at three in the afternoon", "shortly before three in ..."
_PLACED = re.compile(r"\b(at|by|until|till|before|after|since|from|around|about|to)\s+(?:(?:nearly|almost|just)\s+)?$", re.IGNORECASE)
# the end of a range of hours, or of two hours given as one: "between ten and eleven o'clock",
# "ten or eleven o'clock", "10-11 o'clock" (not "up to three o'clock")
_RANGE_END = re.compile(r"\b" + _HOUR + r"\s*(?:and|or|to|-|–)\s*$", re.IGNORECASE)
# an hour naming a thing rather than a time: "the nine o'clock train", "a five o'clock shadow"
_NAMING = re.compile(r"\b(?:the|a|an|his|her|their|its|our|my|your)\s+$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
# a figure a tally reached, not the hour: "the toll stood at nine that night"
_A_TALLY = re.compile(r"\b(?:stood|stands|rose|reached|climbed|fell|totalled|totaled)\s+(?:at|to)\s+$", re.IGNORECASE)


def _ampm(name: str) -> str:
    """"a.m."/"p.m." in its forms, the letter kept in group `name`."""
    return rf"(?P<{name}>[ap])\.?\s?m\b\.?"


CLOCK = re.compile(
    r"(?<![\w:.,])(?:"
    # 24-hour clock: "01:27", "22:33" (a dot only with a.m./p.m. or a part of the day: "18.08" may be a decimal)
    r"(?P<h24>[01]?\d|2[0-3])(?::(?P<m24>[0-5]\d)(?::(?P<s24>[0-5]\d))?(?!\d|:\d|,\d)(?:\s*" + _ampm("ap1") + r"|\s+(?P<part24>" + _PART + r"))?"
    r"|\.(?P<m24d>[0-5]\d)(?:\s*" + _ampm("ap2") + r"|\s+(?P<part24d>" + _PART + r")))"
    # "11 p.m.", "eleven pm"
    r"|(?P<h12>" + _HOUR + r")\s*" + _ampm("ap3") +
    # "half past one", "ten past six", "a quarter to six", "five to midnight"
    r"|(?P<frac>half|(?:a\s+)?quarter|twenty[\s-]five|twenty|ten|five|(?P<mins>" + _MINUTE + r")\s+minutes?)(?:\s+|-)(?P<rel>past|to)\s+"
    r"(?:(?P<hf>" + _HOUR + r")(?:\s+o['’]clock)?(?:\s+(?P<partf>" + _PART + "))?|(?P<namedf>midday|noon|midnight))"
    # "six o'clock in the evening", "three in the afternoon"
    r"|(?P<ho>" + _HOUR + r")(?P<oclock>\s+o['’]clock)?(?:\s+(?P<parto>" + _PART + "))"
    r"|(?P<hb>" + _HOUR + r")\s+o['’]clock"
    r"|(?:(?:12|twelve)\s+)?(?P<named>midday|noon|midnight)"
    r")(?![\w])",
    re.IGNORECASE,
)
# What every time CLOCK reads holds somewhere, tested with plain substrings first: most texts hold
# no time, and a regular expression tried at every position costs more than reading them.
_HINT_WORDS = (
    "clock", "noon", "midday", "midnight", "morning", "afternoon", "evening", "night", "past", "quarter", "minute",
)
_COLON = re.compile(r"\d:\d")
_AM_PM = re.compile(r"(?:\d|\b(?:" + "|".join(_WORDS) + r"))\s*[ap]\.?\s?m\b")


def _may_hold_a_time(text: str) -> bool:
    """Whether `text` may hold a time CLOCK reads."""
    if ":" in text and _COLON.search(text):
        return True
    low = text.lower()
    if any(w in low for w in _HINT_WORDS):
        return True
    return ("am" in low or "pm" in low or "a." in low or "p." in low) and _AM_PM.search(low) is not None


def _timeline_cell(text: str, m: re.Match[str]) -> bool:
    """Whether a time to the second fills the first cell of a table row by itself, as in a
    timeline ("| 17:06:50 | collision |"; not "| Kipchoge | 2:01:39 |", an elapsed time)."""
    return re.fullmatch(r"\s*\|?\s*", text[: m.start()]) is not None and re.match(r"\s*(?:\||$)", text[m.end() :]) is not None


# a colon figure that is a ratio or a reference: "a 1:50 scale", "a ratio of 1:25", "verse 3:16"
_NOT_A_TIME_BEFORE = re.compile(r"\b(?:ratio|scale|odds|verse|chapter)\s+(?:of\s+)?$", re.IGNORECASE)
_NOT_A_TIME_AFTER = re.compile(r"\s*(?:scale|ratio)\b", re.IGNORECASE)

# qualifier before a time: (canonical qualifier, minutes it reaches)
_BEFORE = re.compile(
    r"\b(?P<q>(?:shortly|just|soon|a\s+few\s+minutes|a\s+little|minutes|hours)\s+(?:after|before)|"
    r"at\s+about|at\s+around|about|around|roughly|approximately|some|circa|(?-i:c|ca)\.|nearly|almost|close\s+to|"
    r"after|since|before|by|until|till)\s+(?:at\s+)?$",
    re.IGNORECASE,
)
_NEAR = {"shortly": 30, "soon": 30, "just": 15, "a few minutes": 10, "a little": 15, "minutes": 30, "hours": 12 * 60}
# "20 minutes after 18:00": counted from the time, which keeps no qualifier ("minutes after 2 a.m." keeps one)
_COUNTED = re.compile(r"(?:\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|few|several|some|about))\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(?:after|before|since)?\s*$", re.IGNORECASE)
# minutes either side of an approximate time, by how round it is: "about 6 p.m." 15, "about
# 01:30" 10, "about 01:25" 5, "about 01:27" 3
ABOUT = ((60, 15), (15, 10), (5, 5), (1, 3))
NEARLY = 15  # minutes before a time "nearly", "almost" or "close to" it reaches


def _about(at: int) -> int:
    return next(reach for step, reach in ABOUT if at % step == 0)


def _hour(text: str) -> int:
    return _HOURS.get(text.lower()) or int(text)


def _minute(g: dict[str, str | None]) -> int:
    """The minutes of "ten past", "a quarter to", "eleven minutes to"."""
    if g["mins"]:
        n = " ".join(g["mins"].lower().replace("-", " ").split())
        return int(n) if n.isdigit() else _MINUTE_WORDS[n]
    return _MINUTES[" ".join((g["frac"] or "").lower().replace("-", " ").split())]


def _bare(m: re.Match[str]) -> int | None:
    """Minutes after midnight, in the morning, of a time with no half of the day that reads as
    one: "six o'clock", "half past one", "a quarter to three", "eleven minutes to six" (not
    "ten to six", which may be a range: "ten to six people")."""
    if m.group("hb"):
        return _hour(m.group("hb")) % 12 * 60
    if not m.group("frac") or m.group("namedf") or m.group("partf"):
        return None
    g = m.groupdict()
    if g["rel"].lower() == "to" and not (g["mins"] or "quarter" in (g["frac"] or "").lower()):
        return None
    hour = _hour(g["hf"]) % 12 * 60
    return (hour + _minute(g) if g["rel"].lower() == "past" else hour - _minute(g)) % (DAY // 2)


_ALONE = re.compile(r"\s*(?:[^\w\s-]|$)")
# words that may follow a time placed by "at": "at a quarter to three on the Sunday", "at half past nine the fire was out"
_THEN = re.compile(
    r"\s+(?:on|in|at|that|this|when|while|and|but|or|the|as|with|after|before|local|gmt|utc|precisely|exactly|sharp"
    r"|he|she|they|it|we|there|his|her|their|its)\b",
    re.IGNORECASE,
)


def _told_as_a_time(text: str, m: re.Match[str]) -> bool:
    """Whether "half past one", "a quarter to three" or "eleven minutes to six" with no half of the
    day is told as a time: nothing follows it in its clause ("the clock read eight minutes to
    six."), or a word places it and what follows goes on with the sentence ("at a quarter to three
    on the Sunday"); not "from a quarter to three", "between ten and half past ten", "fell by a
    quarter to one", "took a quarter to three hours", "rose a quarter to one-third"."""
    if _RANGE_BEFORE.search(text, max(0, m.start() - 10), m.start()) or _RANGE_END.search(text, max(0, m.start() - 20), m.start()):
        return False  # (nor the end of a range: "between ten and half past ten", "from nine to half past ten")
    placed = _PLACED.search(text, max(0, m.start() - 30), m.start())
    if placed is not None and placed.group(1).lower() in ("by", "to"):
        return False  # a change: "fell by a quarter to one", "cut by 15 minutes to 9."
    if _ALONE.match(text, m.end()) is not None:
        return True
    return placed is not None and _THEN.match(text, m.end()) is not None


def _minutes(m: re.Match[str], text: str) -> int | None:
    """Minutes after midnight of a matched time; None for an hour that could be either half of
    the day, or a match that is no time."""
    g = m.groupdict()
    if g["named"]:
        if m.group()[:1].isupper() and m.start() and not re.search(r"[.!?:]\s*$|^\s*$", text[: m.start()]):
            return None  # "High Noon", "Midnight Express": a name
        if _NAMING.search(text, max(0, m.start() - 8), m.start()) and re.match(r"\s+(?!of\b)[a-z]", text[m.end() :]):
            return None  # "the midnight train", "the noon deadline": a thing named by its hour
        return 12 * 60 if g["named"].lower() in ("midday", "noon") else 0
    if g["h24"] is not None:
        if g["m24"] and (_NOT_A_TIME_BEFORE.search(text, 0, m.start()) or _NOT_A_TIME_AFTER.match(text, m.end())):
            return None
        if g["s24"] and not (g["ap1"] or _PLACED.search(text, 0, m.start()) or _timeline_cell(text, m)):
            return None  # "in 2:01:39": an elapsed time ("at 08:46:40" is a time of day)
        placed = _PLACED.search(text, 0, m.start()) if g["part24d"] else None
        if g["part24d"] and (not 1 <= int(g["h24"]) <= 12 or placed is None or placed.group(1).lower() == "to"):
            return None  # "at 7.15 in the evening" is a time; "fell $2.30 in the afternoon", "to 1.21 in the morning" are not
        hour, minute = int(g["h24"]), int(g["m24"] or g["m24d"])
        half = g["ap1"] or g["ap2"]
        if half:
            if hour > 12 or hour == 0:
                return None
            hour = hour % 12 + (12 if half.lower() == "p" else 0)
        elif (g["part24"] or g["part24d"]) and hour <= 12:
            hour = _in_part(hour, g["part24"] or g["part24d"])  # "6:30 in the evening", "7.15 in the evening"
        return hour * 60 + minute
    if g["h12"]:
        return (_hour(g["h12"]) % 12 + (12 if g["ap3"].lower() == "p" else 0)) * 60
    if g["frac"]:
        if g["frac"][:1].lower() in "ft" and not g["mins"] and _RANGE_BEFORE.search(text, 0, m.start()):
            return None  # "from five to nine in the evening", "rose from ten to eleven": a range
        minute = _minute(g)
        past = g["rel"].lower() == "past"
        if g["namedf"]:
            at = 12 * 60 if g["namedf"].lower() in ("midday", "noon") else DAY
            return (at + minute if past else at - minute) % DAY
        if not g["partf"]:
            return None
        if past:
            return _in_part(_hour(g["hf"]), g["partf"]) * 60 + minute
        # "a quarter to twelve in the morning" is 11:45: the hour before, in that part of the day
        return _in_part(_hour(g["hf"]) - 1 or 12, g["partf"]) * 60 + 60 - minute
    if g["parto"]:
        placed = _PLACED.search(text, 0, m.start())
        word = placed.group(1).lower() if placed is not None else None
        if not g["oclock"] and (
            word is None
            or _A_TALLY.search(text, 0, m.start()) is not None  # "the toll stood at nine on the night of ..."
            or (g["ho"].isdigit() and word in ("to", "by"))  # "rose to 9 in the evening"
            or (g["parto"].lower().startswith("on") and word != "at")  # "rose to eleven on Thursday night"
        ):
            return None  # a count: "killed 5 in the evening attack", "detained about 12 on Saturday night"
        return _in_part(_hour(g["ho"]), g["parto"]) * 60
    return None  # "six o'clock" alone: morning or evening


_DAY_WORDS = re.compile(r"\b(?:morning|afternoon|evening|night|day|dawn|dusk)\b", re.IGNORECASE)
DAY_WORDS_REACH = 30  # characters either side of an "o'clock" within which such a word gives it a day of its own


def apart(a: float, b: float) -> float:
    """Minutes between two times of day the shorter way round the clock (23:50 and 00:10: 20)."""
    gap = abs(a - b) % DAY
    return min(gap, DAY - gap)


def _beside_another(text: str, either: list[tuple[re.Match[str], int]], times: list[Quantity]) -> list[Quantity]:
    """The hours written "eleven o'clock" (or "half past ten") with no half of the day, read in the
    half that puts them nearest a time of the same text that has one, where that is within
    WINDOW minutes: two accounts of one moment ("at about 10 pm by most accounts; a county
    history gave 'nearly eleven o'clock'" is 23:00)."""
    out = []
    for m, hour in either:
        if _has_its_own_day(text, m):
            continue  # "the next morning at eight o'clock": a part of the day of its own, unread
        near = [(apart(at, t.value), at) for t in times if t.value is not None for at in (hour, hour + 720)]
        if near:
            gap, at = min(near)
            if gap <= WINDOW:
                out.append(_shaped(text, m, at))
    return out


def _has_its_own_day(text: str, m: re.Match[str]) -> bool:
    """Whether a part of the day stands within DAY_WORDS_REACH characters of an hour "o'clock"."""
    return _DAY_WORDS.search(text, max(0, m.start() - DAY_WORDS_REACH), min(len(text), m.end() + DAY_WORDS_REACH)) is not None


def _either_half(text: str, either: list[tuple[re.Match[str], int]], times: list[Quantity]) -> list[Quantity]:
    """The hours written "three o'clock" (or "half past two") where the text gives no time with a
    half of the day, read in the morning: compared with another time, such an hour stands in
    whichever half is nearer it (`either_half`; numbers/compare.py never lets it confirm a
    claim's time that gives a half). Not "the next morning at eight o'clock", whose part of the
    day is its own but unread; nor the end of a range ("between ten and eleven o'clock", "ten or
    eleven o'clock"); nor an hour naming a thing ("the nine o'clock train", "the One O'Clock
    Gun")."""
    if times:
        return []  # another time gives its half: an hour beside it takes that (_beside_another) or none
    out = []
    for m, at in either:
        if (m.group("hb") and _RANGE_END.search(text, max(0, m.start() - 20), m.start())) or _NAMING.search(text, max(0, m.start() - 8), m.start()):
            continue
        if "O'" in m.group() or "O’" in m.group() or _has_its_own_day(text, m):
            continue
        out.append(replace(_shaped(text, m, at), either_half=True))
    return out


def _in_part(hour: int, part: str) -> int:
    """The hour on the 24-hour clock, given the part of the day it was said in."""
    part = part.lower()
    if "morning" in part or "forenoon" in part:
        return hour % 12
    if "night" in part and (hour < 5 or hour == 12):
        return hour % 12  # "two at night", "twelve at night"
    return hour % 12 + 12


def clock_times(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with the times of day in `text` added, and any quantity read inside one removed
    ("six" of "six o'clock in the evening", "11" of "11 p.m."). An hour that could be either half
    of the day ("six o'clock", "half past one") is no count either."""
    if not _may_hold_a_time(text):
        return found
    times: list[Quantity] = []
    spans: list[tuple[int, int]] = []
    either: list[tuple[re.Match[str], int]] = []  # (an hour with no half of the day, its minutes in the morning)
    for m in CLOCK.finditer(text):
        at = _minutes(m, text)
        if at is not None:
            times.append(_shaped(text, m, at))
            spans.append((times[-1].start, m.end()))
        else:
            bare = _bare(m)
            told = bare is not None and (m.group("hb") or _told_as_a_time(text, m))
            if told or m.group("frac") and m.group("rel").lower() == "past":
                spans.append((m.start(), m.end()))  # "six o'clock", "half past one" (not "a quarter to one dollar")
            if told and bare is not None:
                either.append((m, bare))
    if not spans:
        return found
    beside = _beside_another(text, either, times)
    times = sorted(times + beside, key=lambda q: q.start)
    times = _ranges(_first_half_of_the_day(text, [_offset(text, q) for q in times]), text)
    times = sorted(times + _either_half(text, either, times), key=lambda q: q.start)
    spans += [(q.start, q.end) for q in times]
    kept = [q for q in found if not any(s < q.end and q.start < e for s, e in spans)]
    return sorted(kept + times, key=lambda q: q.start)


_TO = re.compile(r"\s*(?:to|-|–|and)\s*", re.IGNORECASE)
_MARKED = re.compile(r"[ap]\.?\s?m\b|morning|afternoon|evening|night|noon|midday|midnight", re.IGNORECASE)
_TWELVE_HOUR = re.compile(r"(?<![\d:.])(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?$")  # no leading zero: "9:30", "10:00", "10" (not "09:00")


def _first_half_of_the_day(text: str, times: list[Quantity]) -> list[Quantity]:
    """A time with no half of the day before a range's second time that has one takes its half:
    "10:00 to 10:30 pm" is 22:00 to 22:30, not 10:00 and 22:30 (but "09:00 to 5 pm" is 09:00)."""
    out = list(times)
    for i, (q, r) in enumerate(zip(times, times[1:])):
        if q.value is None or r.value is None or q.low is None or q.high is None or not _TO.fullmatch(text, q.end, r.start):
            continue
        if _MARKED.search(q.text) or not _MARKED.search(r.text) or not _TWELVE_HOUR.search(q.text):
            continue
        if q.value < 12 * 60 <= r.value and q.value + 12 * 60 <= r.value:
            out[i] = replace(q, low=q.low + 720, high=q.high + 720, value=q.value + 720)
    return out


WINDOW = 180  # minutes: a longer span between two times is when something lasted ("open between 7 am and 10 pm"), no window for a moment
_TIME_RANGE = re.compile(r"\s*(?:and|-|–)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_BETWEEN_HOUR = re.compile(r"\bbetween\s+(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<m>[0-5]\d))?\s+and\s+$", re.IGNORECASE)


def _ranges(times: list[Quantity], text: str) -> list[Quantity]:
    """Two times of day after "between" as one window: "between 10 pm and midnight" (the first
    earlier than the second, at most WINDOW apart). "From 18:00 to 20:30" and "open between 7 am
    and 10 pm" stay two times: what began at 18:00 did not begin at 19:00."""
    out: list[Quantity] = []
    for q in times:
        bare = _BETWEEN_HOUR.search(text, max(0, q.start - 30), q.start) if q.value is not None and q.qualifier is None else None
        if bare is not None and q.value is not None:
            # "between 2 and 4 pm": the bare hour takes the time's half of the day
            hour = int(bare.group("h")) % 12 + (12 if q.value >= 12 * 60 else 0)
            start = float(hour * 60 + int(bare.group("m") or 0))
            if start < q.value <= start + WINDOW:
                out.append(replace(q, text=text[bare.start() : q.end], start=bare.start(), low=start, value=None, qualifier="between"))
                continue
        prev = out[-1] if out else None
        opens = _BETWEEN.search(text, max(0, prev.start - 10), prev.start) if prev is not None else None
        if prev is not None and opens is not None and prev.qualifier is None and q.qualifier is None and _TIME_RANGE.fullmatch(text, prev.end, q.start):
            end = DAY if q.value == 0 and q.text.lower().endswith("midnight") else q.high
            if prev.low is not None and end is not None and prev.low < end <= prev.low + WINDOW:
                out[-1] = replace(prev, text=text[opens.start() : q.end], start=opens.start(), end=q.end, high=float(end), value=None, qualifier="between")
                continue
        out.append(q)
    return out


_OFFSET_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40,
    "forty-five": 45, "fifty": 50, "a few": 5, "half an": 0.5, "a quarter of an": 0.25,
}
# "some twenty minutes before midnight", "half an hour after 02:00": a time, counted from another
_OFFSET = re.compile(
    r"\b(?P<about>about|some|roughly|around|approximately)?\s*"
    r"(?P<n>\d{1,2}|half\s+an|a\s+quarter\s+of\s+an|a\s+few|" + "|".join(w for w in _OFFSET_WORDS if " " not in w) + r")\s+"
    r"(?P<unit>minutes?|mins?|hours?)\s+(?P<dir>before|after|to|past)\s+$",
    re.IGNORECASE,
)


# words before an offset that bound it, or a larger unit it adds to: then it is not moved
_SHAPED_OFFSET = re.compile(
    r"(?:\b(?:more|less|fewer)\s+than|\bwithin|\bnearly|\balmost|\bat\s+(?:least|most)|\bover|\bunder|\bjust|\bup\s+to"
    r"|\bhours?|\bhrs?|\bdays?)\s*(?:and\s*)?$",
    re.IGNORECASE,
)


def _offset(text: str, q: Quantity) -> Quantity:
    """The time `q` moved by the minutes or hours written before it ("twenty minutes before
    midnight": 23:40; "about" widens it by a tenth of the offset, five minutes at least); `q`
    itself when none is, or when it bears a qualifier of its own."""
    m = _OFFSET.search(text, max(0, q.start - 60), q.start)
    if m is None or q.qualifier is not None or q.value is None or _SHAPED_OFFSET.search(text, max(0, m.start() - 30), m.start()):
        return q  # "more than 20 minutes after 18:00", "two hours and 20 minutes after": read as written
    n = m.group("n").lower()
    count = float(n) if n.isdigit() else _OFFSET_WORDS.get(" ".join(n.split()), 0.0)
    minutes = count * (60 if m.group("unit").lower().startswith("h") else 1)
    if not minutes:
        return q
    sign = -1 if m.group("dir").lower() in ("before", "to") else 1
    at = (q.value + sign * minutes) % DAY
    reach = max(5.0, minutes / 10) if m.group("about") else 0.0
    start = m.start("about") if m.group("about") else m.start("n")
    return Quantity(
        text=text[start : q.end], start=start, end=q.end,
        low=at - reach, high=at + reach, unit=None, approximate=bool(reach), kind="time",
        qualifier="about" if reach else None, value=at, precision=1.0,
    )


def _shaped(text: str, m: re.Match[str], at: int) -> Quantity:
    """The time `at` matched by `m`, with the qualifier written before it."""
    start, end = m.start(), m.end()
    before = _BEFORE.search(text, max(0, start - 30), start)
    counted = before is not None and before.group("q").lower().startswith(("after", "before", "since", "minutes", "hours"))
    if before is not None and counted and _COUNTED.search(text, max(0, before.start() - 20), before.end()):
        before = None  # "20 minutes after 18:00": counted from the time, which keeps no qualifier
    low: float | None = float(at)
    high: float | None = float(at)
    low_inc = high_inc = True
    approximate, qualifier = False, None
    if before is not None:
        q = " ".join(before.group("q").lower().split())
        start = before.start("q")
        if m.group("named") and m.group("named").lower() == "midnight" and (q.endswith("before") or q in ("by", "until", "till", "about", "around", "roughly", "approximately", "some", "circa")):
            at, low, high = DAY, float(DAY), float(DAY)  # the midnight ending the day
        if q.endswith(("after", "before")) and " " in q:
            reach = _NEAR[q.rsplit(" ", 1)[0]]
            if q.endswith("after"):
                low_inc, high, qualifier = False, float(at + reach), "just over"
            else:
                high_inc, low, qualifier = False, float(at - reach), "just under"
            approximate = True
        elif q == "after":
            low_inc, high, qualifier = False, None, "after"
        elif q == "before":
            high_inc, low, qualifier = False, None, "before"
        elif q in ("nearly", "almost", "close to"):
            low, approximate, qualifier = float(at - NEARLY), True, "just under"
        elif q in ("by", "until", "till", "since"):
            qualifier = "until" if q in ("until", "till") else q
        else:
            low, high, approximate, qualifier = float(at - _about(at)), float(at + _about(at)), True, "about"
    return Quantity(
        text=text[start:end], start=start, end=end, low=low, high=high, unit=None, approximate=approximate,
        kind="time", low_inclusive=low_inc, high_inclusive=high_inc, qualifier=qualifier,
        value=float(at), precision=1.0,
    )

"""Times of day: "18:08", "2:47 a.m.", "11 p.m.", "six o'clock in the evening", "half past one in
the morning", "three in the afternoon", "midday", "shortly after 18:00".

A time of day is a quantity of kind "time" whose interval is in minutes after midnight (18:08 is
1088). A qualifier before it shapes the interval:

- "shortly/just/soon after 18:00" is (18:00, 18:30]; "shortly/just before" is [17:30, 18:00);
- "a few minutes after/before" reaches 10 minutes, "minutes after/before" 15;
- "about/around/roughly/some/approximately 01:27" is 01:24–01:30, approximate: 3 minutes either
  side of a time to the minute, 5 of one to five minutes, 10 of a quarter hour, 15 of an hour;
- "after/since 04:00" is open above, "before 04:00" open below (04:00 excluded), "by/until/till
  04:00" open below with 04:00 included.

A time written with a colon is read on the 24-hour clock ("01:27", "22:33"). An hour written
without its minutes, in words or digits, needs "a.m."/"p.m." or a part of the day ("in the
evening", "at night") to say which half of the day it is: "six o'clock" alone is no time. "Noon"
and "midday" are 12:00, "midnight" 00:00.
"""

from __future__ import annotations

import re

from factcheck.numbers.quantity import Quantity

DAY = 24 * 60  # minutes in a day

_HOURS = {
    w: i + 1
    for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split())
}
_HOUR = r"(?:1[0-2]|0?[1-9]|" + "|".join(_HOURS) + ")"
_PART = r"(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|that\s+(?:morning|afternoon|evening|night))"


def _ampm(name: str) -> str:
    """"a.m."/"p.m." in its forms, the letter kept in group `name`."""
    return rf"(?P<{name}>[ap])\.?\s?m\b\.?"


CLOCK = re.compile(
    r"(?<![\w:.,])(?:"
    # 24-hour clock: "01:27", "22:33" (a dot only with a.m./p.m.: "18.08" may be a decimal)
    r"(?P<h24>[01]?\d|2[0-3])(?::(?P<m24>[0-5]\d)(?!\d)(?:\s*" + _ampm("ap1") + r")?"
    r"|\.(?P<m24d>[0-5]\d)\s*" + _ampm("ap2") + ")"
    # "11 p.m.", "eleven p.m."
    r"|(?P<h12>" + _HOUR + r")\s*" + _ampm("ap3") +
    # "half past one", "a quarter to six", with "o'clock" or a part of the day
    r"|(?P<frac>half|(?:a\s+)?quarter)\s+(?P<rel>past|to)\s+(?P<hf>" + _HOUR + r")(?:\s+o['’]clock)?(?:\s+(?P<partf>" + _PART + "))?"
    # "six o'clock in the evening", "three in the afternoon"
    r"|(?P<ho>" + _HOUR + r")(?P<oclock>\s+o['’]clock)?(?:\s+(?P<parto>" + _PART + "))"
    r"|(?P<hb>" + _HOUR + r")\s+o['’]clock"
    r"|(?P<named>midday|noon|midnight)"
    r")(?![\w])",
    re.IGNORECASE,
)
HINT = re.compile(r"\d[:.]\d\d|o['’]clock|\b(?:noon|midday|midnight)\b|\d\s*[ap]\.?\s?m\b|\b[a-z]+\s+[ap]\.m\.|\b(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b", re.IGNORECASE)

# qualifier before a time: (canonical qualifier, minutes it reaches)
_BEFORE = re.compile(
    r"\b(?P<q>(?:shortly|just|soon|a\s+few\s+minutes|a\s+little|minutes)\s+(?:after|before)|"
    r"at\s+about|at\s+around|about|around|roughly|approximately|some|circa|"
    r"after|since|before|by|until|till)\s+(?:at\s+)?$",
    re.IGNORECASE,
)
_NEAR = {"shortly": 30, "soon": 30, "just": 15, "a few minutes": 10, "a little": 15, "minutes": 15}
# minutes either side of an approximate time, by how round it is: "about 6 p.m." 15, "about
# 01:30" 10, "about 01:25" 5, "about 01:27" 3
ABOUT = ((60, 15), (15, 10), (5, 5), (1, 3))


def _about(at: int) -> int:
    return next(reach for step, reach in ABOUT if at % step == 0)


def _hour(text: str) -> int:
    return _HOURS.get(text.lower()) or int(text)


def _minutes(m: re.Match[str]) -> int | None:
    """Minutes after midnight of a matched time; None for an hour that could be either half of the day."""
    g = m.groupdict()
    if g["named"]:
        return 12 * 60 if g["named"].lower() in ("midday", "noon") else 0
    if g["h24"] is not None:
        hour, minute = int(g["h24"]), int(g["m24"] or g["m24d"])
        half = g["ap1"] or g["ap2"]
        if half:
            if hour > 12 or hour == 0:
                return None
            hour = hour % 12 + (12 if half.lower() == "p" else 0)
        return hour * 60 + minute
    if g["h12"]:
        hour = _hour(g["h12"]) % 12 + (12 if g["ap3"].lower() == "p" else 0)
        return hour * 60
    if g["frac"]:
        part = g["partf"]
        if part is None:
            return None
        hour = _hour(g["hf"])
        minute = 30 if g["frac"].lower() == "half" else 15
        if g["rel"].lower() == "to":
            hour, minute = hour - 1, 60 - minute
        return _in_part(hour, part) * 60 + minute if hour >= 0 else None
    if g["parto"]:
        return _in_part(_hour(g["ho"]), g["parto"]) * 60
    return None  # "six o'clock" alone: morning or evening


def _in_part(hour: int, part: str) -> int:
    """The hour on the 24-hour clock, given the part of the day it was said in."""
    part = part.lower()
    if "morning" in part:
        return hour % 12
    if "night" in part and hour < 5 or hour == 12 and "night" in part:
        return hour % 12  # "two at night", "twelve at night"
    return hour % 12 + 12


def clock_times(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with the times of day in `text` added, and any quantity read inside one removed
    ("six" of "six o'clock in the evening", "11" of "11 p.m.")."""
    if HINT.search(text) is None:
        return found
    times: list[Quantity] = []
    spans: list[tuple[int, int]] = []  # an hour that could be either half of the day is no count either
    for m in CLOCK.finditer(text):
        spans.append((m.start(), m.end()))
        at = _minutes(m)
        if at is not None:
            times.append(_shaped(text, m.start(), m.end(), at))
            spans[-1] = (times[-1].start, m.end())
    if not spans:
        return found
    kept = [q for q in found if not any(s < q.end and q.start < e for s, e in spans)]
    return sorted(kept + times, key=lambda q: q.start)


def _shaped(text: str, start: int, end: int, at: int) -> Quantity:
    """The time `at` written at text[start:end], with the qualifier written before it."""
    before = _BEFORE.search(text, max(0, start - 30), start)
    low: float | None = float(at)
    high: float | None = float(at)
    low_inc = high_inc = True
    approximate, qualifier = False, None
    if before is not None:
        q = " ".join(before.group("q").lower().split())
        start = before.start("q")
        if q.endswith(("after", "before")) and " " in q:
            reach = _NEAR[q.rsplit(" ", 1)[0]]
            if q.endswith("after"):
                low_inc, high, qualifier = False, float(at + reach), "just over"
            else:
                high_inc, low, qualifier = False, float(at - reach), "just under"
            approximate = True
        elif q in ("after", "since"):
            low_inc, high, qualifier = q == "since", None, q
        elif q == "before":
            high_inc, low, qualifier = False, None, "before"
        elif q in ("by", "until", "till"):
            low, qualifier = None, "by"
        else:
            low, high, approximate, qualifier = float(at - _about(at)), float(at + _about(at)), True, "about"
    return Quantity(
        text=text[start:end], start=start, end=end, low=low, high=high, unit=None, approximate=approximate,
        kind="time", low_inclusive=low_inc, high_inclusive=high_inc, qualifier=qualifier,
        value=float(at), precision=1.0,
    )

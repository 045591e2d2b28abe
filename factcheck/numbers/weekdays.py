"""Days of the week: "on a Saturday night", "late on the Friday" read as a weekday, and compared
with another weekday or with a date whose day and year are known ("31 July 1976" was a
Saturday).

A weekday is a quantity of kind "weekday" whose value is the day's number, 0 for Monday to 6 for
Sunday. A weekday that is part of a name ("Black Friday", "Palm Sunday", "Sheffield Wednesday",
"the Sunday Times", "Sunday-school"), one said of every week ("every Sunday", "on Sundays") and one
written beside its date ("Saturday, 31 July 1976": the date says it) are not read.
"""

from __future__ import annotations

import datetime as dt
import re

from factcheck.numbers.quantity import Quantity

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b(?![-‐]|['’](?!s\b))")  # ("Sunday's storm" is read)
# a capitalised word before a weekday that is no part of its name: "On Saturday", "By Monday"
_BEFORE_OK = frozenset("on by from until till since before after late early that this the last next and or but of during throughout overnight".split())
_EVERY = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)
_NAMED_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")  # (not a sentence's last word: "in London. Sunday was calm")
# a date right after the weekday: "Saturday, 31 July 1976", "Friday 13 January", "Sunday, July 31"
_DATE_AFTER = re.compile(r",?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}\b)")
# a name the weekday begins: "Sunday Times", "Sunday Express", "Saturday Night Live" (not "Sunday
# Morning" in a heading, nor a heading's next line)
_NAME_AFTER = re.compile(r"[ \t]+(?!(?:Morning|Afternoon|Evening|Night)\b(?![ \t]+[A-Z]))[A-Z][a-z]")


def weekdays(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with the weekdays of `text` that stand outside its other quantities added."""
    if not any(day in text for day in WEEKDAYS):
        return found
    out = list(found)
    for m in _WEEKDAY.finditer(text):
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue  # within a time or a date: "half past eight on a Sunday morning"
        before = text[max(0, m.start() - 40) : m.start()]
        named = _NAMED_BEFORE.search(before)
        if named is not None and named.group(1).lower() not in _BEFORE_OK:
            continue  # "Black Friday", "Palm Sunday", "Sheffield Wednesday"
        if _EVERY.search(before) or _DATE_AFTER.match(text, m.end()) or _NAME_AFTER.match(text, m.end()):
            continue
        day = float(WEEKDAYS.index(m.group()))
        out.append(Quantity(text=m.group(), start=m.start(), end=m.end(), low=day, high=day, unit=None, approximate=False, kind="weekday", value=day, precision=1.0))
    return sorted(out, key=lambda q: q.start)


def weekday_of(q: Quantity) -> int | None:
    """The day of the week a quantity names: a weekday's own, or a date's whose day and year are
    known; None for any other."""
    if q.kind == "weekday" and q.value is not None:
        return int(q.value)
    if q.kind == "date" and q.low is not None and q.low == q.high:
        y, md = divmod(int(q.low), 10000)
        m, d = divmod(md, 100)
        try:
            return dt.date(y, m, d).weekday()
        except ValueError:
            return None
    return None


def weekday_label(q: Quantity) -> str:
    """A weekday as written, or a date with its weekday: '"31 July 1976" (a Saturday)'."""
    day = weekday_of(q)
    if q.kind == "weekday" or day is None:
        return q.text
    return f'"{q.text}" (a {WEEKDAYS[day]})'

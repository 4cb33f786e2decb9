"""German dates and times as minutes write them.

>>> parse_date("30.04.2020")
datetime.date(2020, 4, 30)
>>> parse_date("30.4.20")
datetime.date(2020, 4, 30)
>>> parse_date("23. Oktober 2020")
datetime.date(2020, 10, 23)
>>> parse_date("Di 12.5.", default_year=2020)
datetime.date(2020, 5, 12)
>>> parse_time("13Uhr30"), parse_time("11 Uhr 00"), parse_time("16:25")
(datetime.time(13, 30), datetime.time(11, 0), datetime.time(16, 25))
>>> find_time_range("21. November 2019, Berlin, 11:00 - 16:30 Uhr")
(datetime.time(11, 0), datetime.time(16, 30))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

MONTHS = {
    "januar": 1, "jan": 1, "jänner": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3,
    "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}  # fmt: skip

MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
"""The month names and abbreviations, longest first, lower case (for a case-blind pattern)."""
_MONTH_NAMES = MONTH_NAMES
_WEEKDAY = r"(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+"

DATE_RE = re.compile(
    rf"(?<![\d.])(?:{_WEEKDAY})?(?:"
    r"(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d))"
    r"|(?P<num>(?P<d>[0-3]?\d)(?:\.?\s*[-–]\s*[0-3]?\d)?\.\s?(?P<m>[01]?\d)\.(?:\s?(?P<y>(?:19|20)?\d\d)(?![\d]|[:.]\d))?)"
    rf"|(?P<long>(?:(?P<d2>[0-3]?\d)(?:\s*[-–]\s*[0-3]?\d)?\.?\s*)(?P<mn>{_MONTH_NAMES})(?![a-zäöü])\.?(?:\s+(?P<y2>(?:19|20)\d\d))?)"
    r")(?![\d])",
    re.IGNORECASE,
)
"""A date: ISO, ``30.04.2020``/``30.4.20``/``12.5.``, ``23. Oktober 2020`` or ``21-22. Oktober``."""

TIME_RE = re.compile(
    r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])\s*(?:[:.]\s*(?P<m>[0-5]\d)(?![.\d])\s*(?:Uhr)?|\s*Uhr\s*(?P<m2>[0-5]\d)?)(?![\d])",
    re.IGNORECASE,
)
"""A time of day: ``11:00``, ``11.00 Uhr``, ``13Uhr30``, ``11 Uhr 00``, ``19 Uhr``."""

RANGE_RE = re.compile(
    r"(?<![\d.])(?P<a>(?:[01]?\d|2[0-3])(?:\s*[:.]\s*[0-5]\d|\s*Uhr(?:\s*[0-5]\d)?)?)\s*(?:Uhr\s*)?"
    r"(?:-|–|—|bis)\s*(?:ca\.\s*)?(?P<b>(?:[01]?\d|2[0-3])\s*(?:[:.]\s*[0-5]\d|\s*Uhr(?:\s*[0-5]\d)?)?)(?![\d.])",
    re.IGNORECASE,
)


def _year(raw: str | None, default_year: int | None) -> int | None:
    if not raw:
        return default_year
    year = int(raw)
    return year + 2000 if year < 100 else year


def _build(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _from_match(match: re.Match[str], default_year: int | None) -> dt.date | None:
    if match["iso"]:
        return _build(int(match["iy"]), int(match["im"]), int(match["id"]))
    if match["num"]:
        return _build(_year(match["y"], default_year), int(match["m"]), int(match["d"]))
    if match["long"] and match["d2"]:
        return _build(
            _year(match["y2"], default_year), MONTHS[match["mn"].lower()], int(match["d2"])
        )
    return None


def find_dates(
    text: str, default_year: int | None = None
) -> Iterator[tuple[dt.date, re.Match[str]]]:
    """Every date in ``text`` with its match; dates without a year take ``default_year``."""
    for match in DATE_RE.finditer(text):
        date = _from_match(match, default_year)
        if date is not None:
            yield date, match


def parse_date(text: str, default_year: int | None = None) -> dt.date | None:
    """The first date in ``text``, or ``None``."""
    return next((date for date, _ in find_dates(text, default_year)), None)


def find_month_year(text: str) -> tuple[int, int] | None:
    """A month written with its year but no day, e.g. ``"im Oktober 2020"`` -> ``(2020, 10)``."""
    match = re.search(rf"\b({_MONTH_NAMES})\s+((?:19|20)\d\d)\b", text, re.IGNORECASE)
    return (int(match[2]), MONTHS[match[1].lower()]) if match else None


def _time(match: re.Match[str]) -> dt.time | None:
    hour = int(match["h"])
    minute = match["m"] or match["m2"] or "0"
    try:
        return dt.time(hour, int(minute))
    except ValueError:
        return None


def parse_time(text: str) -> dt.time | None:
    """The first time of day in ``text``, or ``None``. A bare number is not a time."""
    for match in TIME_RE.finditer(text):
        if match["m"] is None and "uhr" not in match[0].lower():
            continue
        found = _time(match)
        if found is not None:
            return found
    return None


def find_time_range(text: str) -> tuple[dt.time | None, dt.time | None]:
    """Start and end of ``"11:00 - 16:30 Uhr"``, ``"13:00–16:00 Uhr"``, ``"10 bis 12 Uhr"``."""
    text = DATE_RE.sub(lambda m: " " * len(m.group()), text)  # "2015-04-23" is no range
    match = RANGE_RE.search(text)
    if match:
        start = parse_time(
            match["a"] if re.search(r"[:.]|Uhr", match["a"], re.I) else match["a"] + " Uhr"
        )
        end_text = match["b"]
        end = parse_time(end_text if re.search(r"[:.]|Uhr", end_text, re.I) else end_text + " Uhr")
        if start is not None:
            return start, end
    return parse_time(text), None

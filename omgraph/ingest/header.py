"""The meeting a document records: title, body, series number, date, times, place, venue."""

from __future__ import annotations

import datetime as dt
import re

from omgraph.errors import NotMinutesError
from omgraph.ingest.dates import find_dates, find_time_range, parse_date, parse_time
from omgraph.ingest.parse import (
    AGENDA_HEAD_RE,
    FIELD_RE,
    Field,
    Layout,
    Line,
)
from omgraph.ingest.text import unquote
from omgraph.model import (
    Meeting,
)

TITLE_WORDS = re.compile(
    r"\b(Treffen|Sitzung|Protokoll|Niederschrift|Versammlung|Plenum|Besprechung|Meeting|Klausur|"
    r"Konferenz|Tagung|Workshop|Ergebnisprotokoll|Jahreshauptversammlung|Generalversammlung|Runde)",
    re.I,
)
_BODY_RE = re.compile(
    r"(?:(?P<num>\d+)\.\s*)?(?:(?:ordentlichen|außerordentlichen|konstituierenden|öffentlichen)\s+)?"
    r"(?:Treffen|Sitzung|Protokoll|Niederschrift|Besprechung|Meeting)\s+(?:der|des|vom)\s+"
    r"(?:(?:ordentlichen|außerordentlichen|konstituierenden|öffentlichen|\d+\.)\s+)*"
    r"(?P<body>[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)(?:\s+(?:der|des)\s+(?P<net>[^,]+))?"
)
_POSTCODE = re.compile(r"\b\d{5}\s+(?P<city>[A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)?)")


def _field(layout: Layout, key: str) -> Field | None:
    return next((f for f in layout.fields if f.key == key), None)


def _title_line(layout: Layout) -> Line | None:
    candidates = [
        line
        for line in layout.header
        if line.text
        and not AGENDA_HEAD_RE.match(line.text)
        and not re.match(r"^[-=]{3,}$", line.text)
    ]
    for line in candidates:
        if (
            TITLE_WORDS.search(line.text)
            and len(line.text) < 160
            and not re.match(r"^\w+\s*:", line.text)
        ):
            return line
    for line in candidates:
        if line.text.startswith("#"):
            return line
    return candidates[0] if candidates else None


_KIND_ONLY_RE = re.compile(
    r"(?:Ergebnis|Sitzungs|Kurz|Beschluss)?protokoll|Niederschrift|Protokollnotiz|Vermerk", re.I
)


def _named_title(title: str, title_line: Line | None, layout: Layout) -> str:
    """A title that only says what the document is ("Ergebnisprotokoll", "NIEDERSCHRIFT") with
    the line under it that names the meeting ("Lenkungskreis „Sicher und gesund ...“", "über die
    7. Sitzung des Präventionsbeirats")."""
    if title_line is None or not _KIND_ONLY_RE.fullmatch(title.strip(" *_:")):
        return title
    after = [line for line in layout.header if line.number > title_line.number and line.text]
    if not after:
        return title
    nxt = after[0].text.strip(" *_#")
    if (
        len(nxt) < 160
        and not nxt.endswith((",", ".", "!"))  # a greeting or a sentence, no name
        and not re.match(r"(?:Hallo|Liebe|Lieber|Sehr|Guten)\b", nxt)
        and not FIELD_RE.match(nxt)
        and not re.match(r"^\d{1,2}\.\s*\d{1,2}\.|^\d{4}-", nxt)
    ):
        return f"{title.strip(' *_:')} {nxt}"
    return title


def _body(title: str, layout: Layout) -> tuple[str, int | None, str]:
    field = _field(layout, "body")
    text = field.inline if field else ""
    match = _BODY_RE.search(unquote(title))
    number = int(match["num"]) if match and match["num"] else None
    body = ""
    network = ""
    if match:
        body = (
            _nominative(match["body"].split()[0])
            if " " in match["body"] and match["body"].split()[1][:1].islower()
            else _nominative(match["body"])
        )
        network = re.sub(r"\s*\([^)]*\)\s*$", "", (match["net"] or "").strip()).strip()
    if text:
        num = re.match(r"(\d+)\.\s*(.*)", text)
        number = number or (int(num[1]) if num else None)
        rest = num[2] if num else text
        words = rest.split()
        body = body or (words[-1] if words else "")
    meta_title = layout.front_matter.get("title", "")
    if not body and meta_title:
        match = _BODY_RE.search(meta_title)
        body = _nominative(match["body"]) if match else meta_title
    return body, number, network


def _nominative(word: str) -> str:
    """``Strategiekreises`` -> ``Strategiekreis``, ``Vorstands`` -> ``Vorstand``."""
    if word.endswith("es") and len(word) > 5 and word[-3] not in "aeiouäöü":
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 4:
        return word[:-1]
    return word


def read_meeting(layout: Layout, doc: str) -> Meeting:
    title_line = _title_line(layout)
    subject = _field(layout, "subject")
    subject_text = subject.inline if subject else ""
    if subject and subject_text:
        title_line = subject.line  # minutes sent as an e-mail: its subject names them
    title = subject_text or (re.sub(r"^#+\s*", "", title_line.text) if title_line else "")
    meta_title = layout.front_matter.get("title", "")
    if meta_title and not (
        title_line and title_line.text.startswith("#") and TITLE_WORDS.search(title)
    ):
        title = meta_title
    source = (
        title_line.span(doc)
        if title_line
        else (layout.lines[0].span(doc) if layout.lines else None)
    )
    title = _named_title(title, title_line, layout)
    body, number, network = _body(title, layout)
    date: dt.date | None = None
    start = end = None
    place = venue = ""
    for key in ("date", "time", "start", "end", "place"):
        field = _field(layout, key)
        if field is None:
            continue
        value = field.inline
        if key == "date":
            if field.label.startswith("front matter") and _event_date(layout, None)[0]:
                continue  # a blog's post date; the text says when the meeting was
            date = parse_date(value)
            if start is None:
                start, end = find_time_range(value)
        elif key == "time":
            start, end = find_time_range(_hhmm(value))
        elif key == "start":
            start = start or parse_time(value) or parse_time(value.replace(".", ":"))
        elif key == "end":
            end = end or parse_time(value) or parse_time(value.replace(".", ":"))
        elif key == "place":
            place = value.strip(" ,")
    year_hint = _year_hint(layout, title)
    if date is None:
        date, event_start, event_end, event_place = _event_date(layout, year_hint)
        start = start or event_start
        end = end or event_end
        place = place or event_place
    mail = {f.line.number for f in layout.fields if f.key == "mail"}
    if subject_text and date is None:
        date = next((d for d, _ in find_dates(subject_text)), None)
    for line in layout.header:
        if line.number in mail:
            continue  # "Gesendet: Freitag, 14. März 2025 09:12" is when the mail went out
        if date is None and (found := next(iter(find_dates(line.text)), None)):
            date = found[0]
            if start is None:
                start, end = find_time_range(line.text)
            if not place and line is not title_line:
                place = _place_from_date_line(line.text, found[1])
        if (pc := _POSTCODE.search(line.text)) and not venue and "Uhr" not in line.text:
            venue = line.text.strip(" ,")
            place = place or pc["city"]
    for meta in (layout.front_matter.get("date"), meta_title):
        if date is None and meta:
            date = parse_date(meta)
    if date is None:
        date = next(
            (
                d
                for line in layout.header[:10]
                if line.number not in mail
                for d, _ in find_dates(line.text)
            ),
            None,
        )
    if start is None or end is None:
        said_start, said_end = _said_times(layout)
        start, end = start or said_start, end or said_end
    if source is None:
        raise NotMinutesError("the document is empty")
    return Meeting(
        title=title.strip(),
        source=source,
        body=body,
        series_number=number,
        network=network,
        date=date,
        start=start,
        end=end,
        place=place,
        venue=venue,
    )


_EVENT_RE = re.compile(
    r"\b(?:fand|findet|tagte|tagt|trafen|treffen sich|versammelten|versammeln|stattgefunden)\b",
    re.I,
)
_BEGAN_RE = re.compile(
    r"\b(?:begann|beginnt|eröffnet|eröffnete|Beginn|gestartet|startete|Start|Startzeit|Anfang)\b",
    re.I,
)
_ENDED_RE = re.compile(
    r"\b(?:endete|endet|schloss|schließt|geschlossen|Ende|Endzeit|Schluss)\b", re.I
)
_SPAN_RE = re.compile(r"\b(?:Sitzung|Versammlung|tagte|dauerte|Treffen|Plenum)\b", re.I)


def _year_hint(layout: Layout, title: str) -> int | None:
    """A year for dates written without one: from the front matter or the title."""
    for text in (layout.front_matter.get("date", ""), title):
        if m := re.search(r"\b(19|20)\d\d\b", text):
            return int(m.group())
    return None


def _event_date(
    layout: Layout, year: int | None
) -> tuple[dt.date | None, dt.time | None, dt.time | None, str]:
    """The date, times and place of a sentence saying the meeting took place ("Am 25. Oktober
    fand die Generalversammlung statt", "Die Sitzung fand am 3. März 2025 von 10 bis 12 Uhr in
    Erfurt statt"), in the first lines or the front matter's summary."""
    texts = [line.text for line in layout.header[:30]]
    texts += [
        v for k, v in layout.front_matter.items() if k in {"excerpt", "description", "summary"}
    ]
    for text in texts:
        if _EVENT_RE.search(text) and (found := next(iter(find_dates(text, year)), None)):
            # the times right after the date ("3 bis 5 Mitglieder fehlten" after a ";" are none)
            start, end = find_time_range(re.split(r";|\.\s", text[found[1].end() :])[0])
            place = _EVENT_PLACE_RE.search(text)
            return found[0], start, end, place["place"] if place else ""
    return None, None, None, ""


_EVENT_PLACE_RE = re.compile(
    r"\b(?:in|im)\s+(?!Präsenz\b|Person\b|Hybrid)(?P<place>[A-ZÄÖÜ][\wäöüß.-]+(?:\s+[A-ZÄÖÜ][\wäöüß.-]+)?)"
    r"\s+(?:statt|stattgefunden)\b"
)


def _said_times(layout: Layout) -> tuple[dt.time | None, dt.time | None]:
    """Start and end written in prose: "die Versammlung begann pünktlich um 17:00 Uhr"."""
    start = end = None
    for line in layout.lines:
        for n, sentence in enumerate((line.text, *re.split(r"(?<=[.;!])\s+|,\s+", line.text))):
            time = parse_time(_hhmm(sentence))
            if time is None:
                continue
            both = find_time_range(_hhmm(sentence))
            spans = _SPAN_RE.search(sentence) or (
                _BEGAN_RE.search(sentence) and _ENDED_RE.search(sentence)
            )
            if n == 0 and not (both[1] is not None and spans):
                continue  # the whole line only counts as a span "von 18:30 bis 21:30"
            if both[1] is not None and spans and start is None:
                start, end = both  # "Die Sitzung ging von 18:30 bis 21:30"
            elif start is None and _BEGAN_RE.search(sentence):
                start = time
            elif _ENDED_RE.search(sentence) and not _BEGAN_RE.search(sentence):
                end = (
                    time  # the last one written wins: "Die Versammlung wurde um 13:19 geschlossen"
                )
    return start, end


def _hhmm(text: str) -> str:
    """``"1842"`` next to a time field or a dash -> ``"18:42"``."""
    return re.sub(r"(?<![\d.,])([01]\d|2[0-3])([0-5]\d)(?=\s*[—–-]|\s*Uhr)", r"\1:\2", text)


def _place_from_date_line(text: str, date_match: re.Match[str]) -> str:
    rest = text[: date_match.start()] + "," + text[date_match.end() :]
    for part in rest.split(","):
        part = part.strip()
        if part and not re.search(r"\d|Uhr", part) and part[0].isupper() and len(part.split()) <= 3:
            return part
    return ""

"""Lists inside a section: World-Café tables and their results, future topics, next dates."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from omgraph.ingest.dates import find_dates, parse_time
from omgraph.ingest.names import name_span
from omgraph.ingest.parse import Line
from omgraph.ingest.people import (
    people_from_entry,
    people_slash_list,
)
from omgraph.ingest.text import folded
from omgraph.model import (
    FutureTopic,
    NextDate,
    PersonMention,
    SourceSpan,
    WorldCafeResult,
    WorldCafeTable,
)

if TYPE_CHECKING:
    from omgraph.ingest.sections import _Reader


def add_table(reader: _Reader, item: str, match: re.Match[str], line: Line) -> None:
    number = int(match["num"])
    mods = (
        people_slash_list(match["mods"].strip(" –-"), line.span(reader.doc))
        if match["mods"].strip()
        else []
    )
    old = reader.tables.get(number)
    if old is None:
        reader.tables[number] = WorldCafeTable(
            item, number, match["q"].strip(), line.span(reader.doc), tuple(mods)
        )
        return
    keep = old.moderators or tuple(mods)
    reader.tables[number] = WorldCafeTable(
        item or old.item, number, old.question, old.source, keep, old.results
    )


def add_result(reader: _Reader, item: str, table: int, m: re.Match[str], span: SourceSpan) -> None:
    old = reader.tables.get(table) or WorldCafeTable(item, table, "", span)
    rank = int(m["rank"]) if m["rank"] else len(old.results) + 1
    text = (m["text"] or m["text2"] or "").strip()
    result = WorldCafeResult(rank, text, span)
    reader.tables[table] = WorldCafeTable(
        old.item or item, table, old.question, old.source, old.moderators, (*old.results, result)
    )


def add_question(reader: _Reader, item: str, table: int, text: str, span: SourceSpan) -> None:
    old = reader.tables.get(table) or WorldCafeTable(item, table, text, span)
    if not old.question:
        reader.tables[table] = WorldCafeTable(
            old.item or item, table, text, old.source, old.moderators, old.results
        )


def add_future_topic(reader: _Reader, m: re.Match[str], span: SourceSpan) -> None:
    text = (m["text"] or m["text2"] or "").strip()
    rank = int(m["rank"]) if m["rank"] else len(reader.future_topics) + 1
    topic, _, bracket = text.partition("(")
    notes: list[str] = []
    proposers: list[PersonMention] = []
    if bracket:
        for part in re.split(r"\s[–-]\s|/|;|,", bracket.rstrip(") ")):
            part = part.strip()
            people = people_from_entry(part, span) if name_span(part) else []
            if people:
                proposers.extend(people)
            elif part:
                notes.append(part)
    reader.future_topics.append(
        FutureTopic(rank, topic.strip(" –-"), span, " – ".join(notes), tuple(proposers))
    )


PLACE_RE = re.compile(
    r"\s(?:in|im|bei)\s+(?P<place>[A-ZÄÖÜ][\wäöüß.-]+(?:\s+[A-ZÄÖÜ][\wäöüß.-]+)?"
    r"(?:\s*\([^()]{1,40}\))?)\s*\.?$"
)
START_RE = re.compile(
    r"^[\s,]*(?:um\s+|ab\s+|von\s+)?\(?(?P<time>(?:2[0-3]|[01]?\d)(?:[:.][0-5]\d)?(?!\d)\s*(?:Uhr|h\b)?)"
    r"(?:\s*(?:-|–|bis)\s*(?:2[0-3]|[01]?\d)(?:[:.][0-5]\d)?(?!\d)\s*(?:Uhr)?)?\)?[\s,]*"
)
"""The time after a date ("13. Mai 2025, 14:00 Uhr", "am 3.3. um 10 Uhr", "(10-12 Uhr)")."""


def _start(after: str) -> tuple[dt.time | None, str]:
    """The start time written right after a date, and the text after it."""
    match = START_RE.match(after)
    if match:
        written = match["time"].replace("h", " Uhr")
        if not re.search(r"[:.]|Uhr", written) and "Uhr" in match.group():
            written += " Uhr"  # "10-12 Uhr", "10 bis 12 Uhr"
        start = parse_time(written)
        if start is not None:
            return start, after[match.end() :]
    return None, after


def add_next_date(reader: _Reader, text: str, span: SourceSpan) -> bool:
    stripped = re.sub(r"^\s*[-*•–]\s*", "", text)
    found = next(iter(find_dates(stripped, reader.year)), None)
    if found is None or not LIST_ITEM_OR_DATE_RE.match(text):
        return False
    date, match = found
    before = stripped[: match.start()].strip(" ,:–-")
    start, rest = _start(stripped[match.end() :].strip(" ,:–-"))
    rest = rest.strip(" ,:–-")
    if before and len(before) > 2:  # "Kultur/Kino: Do 30.4. 20:00 im Foyer Rathaus"
        rest = (
            f"{before} {rest}".strip()
            if not PLACE_RE.match(" " + rest)
            else f"{before}{' ' + rest if rest else ''}"
        )
    place = ""
    if m := PLACE_RE.search(rest):
        place = m["place"]
        rest = rest[: m.start()].strip(" ,")
    reader.next_dates.append(NextDate(date, rest, span, place, start))
    return True


LIST_ITEM_OR_DATE_RE = re.compile(r"^\s*(?:[-*•+–]\s|\d+[.)]\s|\d{1,2}\.\d{1,2}\.|\d{4}-)")
NEXT_INLINE_RE = re.compile(
    r"(?:n[äa]chste[rns]?\s+(?:\w*termin|Sitzung|Treffen|Plenum)|Folgetermin)\b[^.]*?(?::|am|findet|auf|vom)",
    re.I,
)


def add_next_date_inline(reader: _Reader, text: str, span: SourceSpan) -> bool:
    low = folded(text)
    if "chste" not in low and "folgetermin" not in low:  # cheap before the pattern
        return False
    match = NEXT_INLINE_RE.search(text)
    if not match:
        return False
    found = next(iter(find_dates(text[match.start() :], reader.year)), None)
    if found is None:
        return False
    noun = re.search(r"n[äa]chste[rns]?\s+(\w+)|(Folgetermin)", match.group(), re.I)
    title = (noun[1] or noun[2]) if noun else ""
    start, after = _start(text[match.start() + found[1].end() :])
    place_match = PLACE_RE.search(text.rstrip(". ").replace(" statt", ""))
    place = place_match["place"] if place_match else _listed_place(after)
    reader.next_dates.append(NextDate(found[0], title or "Sitzung", span, place, start))
    return True


def _listed_place(after: str) -> str:
    """A place written after the date and time, set off by a comma ("Nächste Sitzung: 13. Mai
    2025, 14:00 Uhr, IHK Koblenz"): a short phrase that starts with a capital and says nothing."""
    place = after.strip(" ,.")
    if (
        place[:1].isupper()
        and len(place) <= 60
        and len(place.split()) <= 6
        and not re.search(r"[.!?]\s", place)  # a sentence after the date, not a place
        and not re.match(
            r"(?:Schwerpunkt|Thema|Themen|Bis|Dann|Danach|Anschließend|Tagesordnung)\b", place
        )
        and not re.search(
            r"\b(?:statt|findet|wird|werden|ist|sind|soll|bitte|folgt|folgen|noch|offen|geplant)\b",
            place,
        )
    ):
        return place
    return ""

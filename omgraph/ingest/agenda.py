"""The agenda: table rows, numbered and bulleted lists, and the TOP sections that complete it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from rapidfuzz import fuzz

from omgraph.ingest.dates import parse_time
from omgraph.ingest.parse import (
    Layout,
    Section,
    heading,
    roman_heading,
)
from omgraph.ingest.people import (
    presenters,
)
from omgraph.ingest.sections import SectionFacts
from omgraph.model import (
    AgendaItem,
    PersonMention,
    SourceSpan,
)

BREAK_RE = re.compile(r"^(?:Mittagspause|Kaffeepause|Pause|Mittagessen|Imbiss|Mittag)\b", re.I)


def read_agenda(layout: Layout, doc: str, date: dt.date | None) -> list[AgendaItem]:
    items: list[AgendaItem] = []
    stack: list[tuple[int, str]] = []  # (indent, number) of the enclosing numbered items
    for line in layout.agenda:
        cells = [c.strip() for c in line.raw.split("\t")]
        numbered = re.match(r"^\s*(\d+(?:\.\d+)*)\s*[.)]?\s*(?:\t|\s)(.*)$", line.raw)
        if "\t" in line.raw.strip() or line.raw.startswith("\t"):
            non_empty = [c for c in cells if c]
            number = ""
            if numbered and cells[0] and re.fullmatch(r"\d+(?:\.\d+)*[.)]?", cells[0]):
                number = cells[0].rstrip(".)")
                non_empty = non_empty[1:]
            if not non_empty:
                continue
            if not number and line.raw.startswith("\t") and not BREAK_RE.match(non_empty[0]):
                continue  # a sub-row (World-Café table, results) of the item before
            title = non_empty[0]
            start = None
            people: list = []
            note = ""
            rest = non_empty[1:]
            if rest and (parse_time(rest[-1]) or parse_time(rest[-1].replace("Uhr", " Uhr "))):
                start = parse_time(rest[-1])
                rest = rest[:-1]
            if rest:
                people, note = presenters(" ".join(rest), line.span(doc))
            items.append(
                AgendaItem(
                    number=number,
                    title=title,
                    source=line.span(doc),
                    start=start,
                    presenters=tuple(people),
                    presenter_note=note,
                    is_break=bool(BREAK_RE.match(title)) and not number,
                )
            )
            continue
        text = re.sub(r"^\s*(?:[-*•+]|\d+(?:\.\d+)*[.)]?)\s+", "", line.text)
        number = numbered[1] if numbered else ""
        if top := heading(line) or roman_heading(line):
            number, text = top
        indent = len(line.raw.expandtabs(4)) - len(line.raw.expandtabs(4).lstrip())
        if not number and indent > 0 and items:
            continue  # a bullet note under an item, not an item of its own
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if number and "." not in number and stack:
            number = f"{stack[-1][1]}.{number}"  # "   1. Wahl ..." under "2. Formalien" is 2.1
        elif not number:
            number = str(sum(1 for i in items if i.number and "." not in i.number) + 1)
        stack.append((indent, number))
        text = re.sub(r"(?:\s*,?\s*#\d+)+\s*$", "", text)  # issue tags: "Finanzbericht 2025 #642"
        text, start, people = _item_tail(text, line.span(doc))
        note = ""
        items.append(
            AgendaItem(
                number,
                text.strip(),
                line.span(doc),
                start,
                tuple(people),
                note,
                bool(BREAK_RE.match(text)),
            )
        )
    return items


_TIME_PART_RE = re.compile(
    r"(?:ca\.\s*)?(\d{1,2}[:.]\d\d)\s*(?:Uhr)?(?:\s*[-–]\s*\d{1,2}[:.]\d\d\s*(?:Uhr)?)?"
)


def _item_tail(text: str, source: SourceSpan) -> tuple[str, dt.time | None, list[PersonMention]]:
    """Split presenters and a start time off an agenda line: "Titel (Name, Name, 11:50 Uhr)",
    "Titel – Name (10:45 Uhr)", "Titel, 10:45 Uhr"."""
    start = None
    people: list[PersonMention] = []
    bracket = re.search(r"\s*\(([^()]*)\)\s*$", text)
    if bracket:
        parts = [p.strip() for p in re.split(r"[,;]", bracket[1]) if p.strip()]
        times = [p for p in parts if _TIME_PART_RE.fullmatch(p)]
        found = [q for p in parts if p not in times for q in presenters(p, source)[0]]
        named = [p for p in parts if p not in times]
        if times or (found and len(found) >= len(named)):
            start = (
                parse_time(_TIME_PART_RE.fullmatch(times[0])[1].replace(".", ":"))
                if times
                else None
            )  # type: ignore[index]
            people = found
            text = text[: bracket.start()]
    if start is None and (
        m := re.search(r"[,–-]?\s*(?:ca\.\s*)?(\d{1,2}[:.]\d\d)\s*(?:Uhr)?\s*$", text)
    ):
        start = parse_time(m[1].replace(".", ":"))
        text = text[: m.start()]
    if not people and (dash := re.search(r"\s[–-]\s(?=[^–-]+$)", text)):
        found, rest_note = presenters(text[dash.end() :], source)
        if found and not rest_note:
            people, text = found, text[: dash.start()]
    return text.strip(" ,–-"), start, people


def complete_agenda(
    agenda: list[AgendaItem], sections: tuple[Section, ...], facts: SectionFacts, doc: str
) -> list[AgendaItem]:
    """Complete the agenda from the TOP sections: a cleaner title where the table's title runs
    into its description, presenters named in the heading, and items only found as sections."""
    assigned = _assign(agenda, sections)
    merged: list[AgendaItem] = []
    seen: set[str] = set()
    for position, item in enumerate(agenda):
        section = assigned.get(position)
        if section is None or not item.number:
            merged.append(item)
            continue
        item = AgendaItem(section.number, item.title, item.source, item.start, item.presenters,
                          item.presenter_note, item.is_break)  # fmt: skip
        seen.add(item.number)
        heading_title, heading_people = facts.heading_presenters.get(
            item.number, (section.title, ())
        )
        title = _common_title(item.title, heading_title)
        known = {(p.family.lower()) for p in item.presenters}
        extra = tuple(p for p in heading_people if p.family.lower() not in known)
        merged.append(
            AgendaItem(
                item.number,
                title,
                item.source,
                item.start,
                item.presenters + extra,
                item.presenter_note,
                item.is_break,
            )
        )
    for section in sections:
        if section.number in seen or any(i.number == section.number for i in merged):
            continue
        if agenda and not section.numbered:
            continue  # a heading of the protocol part, not an agenda item
        heading_title, heading_people = facts.heading_presenters.get(
            section.number, (section.title, ())
        )
        merged.append(
            AgendaItem(
                section.number,
                heading_title,
                section.heading.span(doc),
                None,
                tuple(heading_people),
            )
        )
    return merged


def _title_score(a: str, b: str) -> float:
    return fuzz.token_set_ratio(a.lower(), b.lower())


def number_plain_sections(layout: Layout, agenda: list[AgendaItem]) -> Layout:
    """Sections from plain Markdown headings take the number of the agenda item they are
    ("### Organisatorisches" is item 3 "Organisatorisches: Raumkosten ..."); the others follow."""
    if not layout.sections or layout.sections[0].numbered or not agenda:
        return layout
    assigned = {id(sec): agenda[i].number for i, sec in _assign(agenda, layout.sections).items()}
    top = max(
        (int(a.number.split(".")[0]) for a in agenda if a.number.split(".")[0].isdigit()), default=0
    )
    sections = []
    for sec in layout.sections:
        number = assigned.get(id(sec))
        if number is None:
            top += 1
            number = str(top)
        sections.append(dataclasses.replace(sec, number=number))
    return dataclasses.replace(layout, sections=tuple(sections))


def _assign(agenda: list[AgendaItem], sections: tuple[Section, ...]) -> dict[int, Section]:
    """Which section each agenda item is (by position in ``agenda``): best title matches first,
    then the minutes' own TOP numbers for the items left."""
    pairs = sorted(
        ((_title_score(item.title, sec.title), i, k) for i, item in enumerate(agenda) if item.number
         for k, sec in enumerate(sections)),
        reverse=True,
    )  # fmt: skip
    chosen: dict[int, Section] = {}
    used: set[int] = set()
    for score, i, k in pairs:
        if score < 70:
            break
        if i not in chosen and k not in used:
            chosen[i], _ = sections[k], used.add(k)
    for i, item in enumerate(agenda):
        if i in chosen or not item.number:
            continue
        for k, sec in enumerate(sections):
            if k not in used and sec.number == item.number and sec.numbered:
                chosen[i], _ = sec, used.add(k)
                break
    return chosen


def _common_title(table: str, heading: str) -> str:
    """The agenda title: the words the table and the heading share at their start, if they
    share at least two; else the table's title."""
    a, b = table.split(), heading.split()
    common: list[str] = []
    for x, y in zip(a, b, strict=False):
        if x.lower().strip(",.:") != y.lower().strip(",.:"):
            break
        common.append(x)
    if len(common) >= 2 or (common and len(common) == min(len(a), len(b))):
        return " ".join(common).strip(" –-:,")
    return table

"""Document -> :class:`~omgraph.model.Minutes`: the header, attendance lists and agenda here;
what stands inside the TOP sections in :mod:`omgraph.ingest.sections`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from omgraph.errors import NotMinutesError
from omgraph.ingest.dates import find_dates, find_time_range, parse_date, parse_time
from omgraph.ingest.names import NAME_WORD, _titled_name, looks_like_person
from omgraph.ingest.parse import (
    AGENDA_HEAD_RE,
    LIST_ITEM_RE,
    Field,
    Layout,
    Line,
    Section,
    heading,
    parse_layout,
)
from omgraph.ingest.people import (
    mention,
    mention_nick,
    people_from_entry,
    people_from_list,
    presenters,
)
from omgraph.ingest.sections import SectionFacts, read_sections
from omgraph.ingest.text import unquote
from omgraph.model import (
    AgendaItem,
    Document,
    Meeting,
    Minutes,
    Participant,
    ParticipantRole,
    PersonMention,
    SourceSpan,
)
from omgraph.orgs import looks_like_org, match_org

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
BREAK_RE = re.compile(r"^(?:Mittagspause|Kaffeepause|Pause|Mittagessen|Imbiss|Mittag)\b", re.I)
_ROLE_OF_FIELD: dict[str, ParticipantRole] = {
    "present": "present", "excused": "excused", "guest": "guest", "chair": "chair", "minutes": "minutes",
}  # fmt: skip


def extract(document: Document) -> Minutes:
    """Read every record out of a document.

    Raises :class:`~omgraph.errors.NotMinutesError` when nothing in it looks like minutes.
    """
    layout = parse_layout(document)
    doc = document.id
    meeting = _meeting(layout, doc)
    participants = _participants(layout, doc)
    agenda = _agenda(layout, doc, meeting.date)
    layout = _number_plain_sections(layout, agenda)
    facts: SectionFacts = read_sections(layout, doc, meeting, agenda, participants)
    if not any(p.role == "present" for p in participants):
        # no attendance list: whoever speaks in the minutes was there (council minutes)
        participants += [Participant(c.speaker, "present") for c in facts.contributions if c.kind == "discussion" or c.speaker.salutation or c.speaker.org]
    agenda = _merge_titles(agenda, layout.sections, facts, doc)
    if not (participants or agenda or layout.sections or facts.decisions or meeting.date):
        raise NotMinutesError(
            "no meeting date, attendance list, agenda or TOP section found",
            path=document.path,
            hint="is this a minutes file? omgraph reads German meeting minutes",
        )
    return Minutes(
        document=document,
        meeting=meeting,
        participants=tuple(participants),
        agenda=tuple(agenda),
        contributions=facts.contributions,
        decisions=facts.decisions,
        world_cafe=facts.world_cafe,
        groups=facts.groups,
        memberships=facts.memberships,
        future_topics=facts.future_topics,
        next_dates=facts.next_dates,
        attachments=facts.attachments,
        mentions=facts.mentions,
    )


# --- header ------------------------------------------------------------------------------


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


def _meeting(layout: Layout, doc: str) -> Meeting:
    title_line = _title_line(layout)
    title = re.sub(r"^#+\s*", "", title_line.text) if title_line else ""
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
        date, event_start = _event_date(layout, year_hint)
        start = start or event_start
    for line in layout.header:
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
        date = next((d for line in layout.header[:10] for d, _ in find_dates(line.text)), None)
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
    r"\b(?:begann|beginnt|eröffnet|eröffnete|Beginn|gestartet|startete|Start|Startzeit|Anfang)\b", re.I
)
_ENDED_RE = re.compile(r"\b(?:endete|endet|schloss|schließt|geschlossen|Ende|Endzeit|Schluss)\b", re.I)
_SPAN_RE = re.compile(r"\b(?:Sitzung|Versammlung|tagte|dauerte|Treffen|Plenum)\b", re.I)


def _year_hint(layout: Layout, title: str) -> int | None:
    """A year for dates written without one: from the front matter or the title."""
    for text in (layout.front_matter.get("date", ""), title):
        if m := re.search(r"\b(19|20)\d\d\b", text):
            return int(m.group())
    return None


def _event_date(layout: Layout, year: int | None) -> tuple[dt.date | None, dt.time | None]:
    """The date of a sentence saying the meeting took place ("Am 25. Oktober fand die
    Generalversammlung statt"), in the first lines or the front matter's summary."""
    texts = [line.text for line in layout.header[:30]]
    texts += [
        v for k, v in layout.front_matter.items() if k in {"excerpt", "description", "summary"}
    ]
    for text in texts:
        if _EVENT_RE.search(text) and (found := next(iter(find_dates(text, year)), None)):
            return found[0], parse_time(text[found[1].end() :])
    return None, None


def _said_times(layout: Layout) -> tuple[dt.time | None, dt.time | None]:
    """Start and end written in prose: "die Versammlung begann pünktlich um 17:00 Uhr"."""
    start = end = None
    for line in layout.lines:
        for n, sentence in enumerate((line.text, *re.split(r"(?<=[.;!])\s+|,\s+", line.text))):
            time = parse_time(_hhmm(sentence))
            if time is None:
                continue
            both = find_time_range(_hhmm(sentence))
            spans = _SPAN_RE.search(sentence) or (_BEGAN_RE.search(sentence) and _ENDED_RE.search(sentence))
            if n == 0 and not (both[1] is not None and spans):
                continue  # the whole line only counts as a span "von 18:30 bis 21:30"
            if both[1] is not None and spans and start is None:
                start, end = both  # "Die Sitzung ging von 18:30 bis 21:30"
            elif start is None and _BEGAN_RE.search(sentence):
                start = time
            elif _ENDED_RE.search(sentence) and not _BEGAN_RE.search(sentence):
                end = time  # the last one written wins: "Die Versammlung wurde um 13:19 geschlossen"
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


# --- attendance ---------------------------------------------------------------------------


def _participants(layout: Layout, doc: str) -> list[Participant]:
    found: list[Participant] = []
    for field in layout.fields:
        role = _ROLE_OF_FIELD.get(field.key)
        if role is None:
            continue
        if field.inline:
            source = field.line.span(doc)
            people = _people_or_nicks(field.inline, source)
            found.extend(Participant(p, role) for p in people)
        for line in field.values:
            sub = re.match(r"^\s*[-*•]?\s*([A-ZÄÖÜ][\w ]{2,30}):\s*(.*)$", line.text)
            sub_role = role
            text = line.text
            if sub and (key := _sub_role(sub[1])):
                sub_role, text = key, sub[2]
            elif sub and not _sub_role(sub[1]):
                text = sub[2]
            text = re.sub(r"^\s*(?:[-*•+]|\d+[.)])\s+", "", text)
            if "|" in text:
                cells = [c.strip() for c in text.strip("|").split("|")]
                if (
                    not cells[0]
                    or set(cells[0]) <= set("-: ")
                    or cells[0].lower() in {"name", "person"}
                ):
                    continue
                text = f"{cells[0]} ({cells[1]})" if len(cells) > 1 and cells[1] else cells[0]
            if re.fullmatch(r"(?=\S*[A-Za-zÄÖÜäöü])[\w.-]{2,30}(?:\s*\([^()]*\))?", text) and LIST_ITEM_RE.match(line.raw):
                # "- corny", "- Elaine (Gast)": one nickname a bullet is still a person
                nick, _, note = text.partition("(")
                person = mention(nick, line.span(doc), note.rstrip(")")) or mention_nick(nick, line.span(doc))
                found.extend(Participant(p, "guest" if "gast" in note.lower() else sub_role) for p in (person,) if p)
                continue
            people = (
                people_from_entry(text, line.span(doc))
                if _one_person(text)
                else _people_or_nicks(text, line.span(doc))
            )
            found.extend(Participant(p, sub_role) for p in people)
    return found


_INVERTED_RE = re.compile(
    rf"{NAME_WORD},\s*(?:(?:Prof\.|Dr\.)\s*)*{NAME_WORD}(?:\s+{NAME_WORD})?\s*(?:\(.*\))?"
)


def _one_person(text: str) -> bool:
    """Whether a list line names one person: "Nachname, Vorname (Org)", "Name, Organisation",
    "Name (Org)" -- rather than a comma list of several people."""
    if "," not in text and ";" not in text:
        return True
    if _INVERTED_RE.fullmatch(text.strip()):
        return True
    head, _, tail = text.partition(",")
    return (
        ";" not in text
        and "," not in tail.split("(")[0]
        and (looks_like_person(head) or _titled_name(head))
        and (looks_like_org(tail) or match_org(tail) is not None)
    )


def _people_or_nicks(text: str, source: SourceSpan) -> list[PersonMention]:
    """A comma list in an attendance field; entries that are one word ("vv01f", "nac") are
    people known by a nickname."""
    entries = [e.strip() for e in re.split(r"[,;]", text) if e.strip()]
    if entries and all(re.fullmatch(r"(?=\S*[A-Za-zÄÖÜäöü])[\w.-]{2,30}(?:\s*\([^()]*\))?", e) for e in entries):
        found = []
        for entry in entries:
            nick, _, note = entry.partition("(")
            person = mention(nick, source, note.rstrip(")")) or mention_nick(nick, source)
            if person is not None:
                found.append(person)
        return found
    return people_from_list(text, source)


def _sub_role(label: str) -> ParticipantRole | None:
    from omgraph.ingest.parse import field_key

    key = field_key(label)
    return _ROLE_OF_FIELD.get(key) if key else None


# --- agenda -------------------------------------------------------------------------------


def _agenda(layout: Layout, doc: str, date: dt.date | None) -> list[AgendaItem]:
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
        if top := heading(line):
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


_TIME_PART_RE = re.compile(r"(?:ca\.\s*)?(\d{1,2}[:.]\d\d)\s*(?:Uhr)?(?:\s*[-–]\s*\d{1,2}[:.]\d\d\s*(?:Uhr)?)?")


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
            start = parse_time(_TIME_PART_RE.fullmatch(times[0])[1].replace(".", ":")) if times else None  # type: ignore[index]
            people = found
            text = text[: bracket.start()]
    if start is None and (m := re.search(r"[,–-]?\s*(?:ca\.\s*)?(\d{1,2}[:.]\d\d)\s*(?:Uhr)?\s*$", text)):
        start = parse_time(m[1].replace(".", ":"))
        text = text[: m.start()]
    if not people and (dash := re.search(r"\s[–-]\s(?=[^–-]+$)", text)):
        found, rest_note = presenters(text[dash.end() :], source)
        if found and not rest_note:
            people, text = found, text[: dash.start()]
    return text.strip(" ,–-"), start, people


def _merge_titles(
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
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(a.lower(), b.lower())


def _number_plain_sections(layout: Layout, agenda: list[AgendaItem]) -> Layout:
    """Sections from plain Markdown headings take the number of the agenda item they are
    ("### Organisatorisches" is item 3 "Organisatorisches: Raumkosten ..."); the others follow."""
    if not layout.sections or layout.sections[0].numbered or not agenda:
        return layout
    assigned = {id(sec): agenda[i].number for i, sec in _assign(agenda, layout.sections).items()}
    top = max((int(a.number.split(".")[0]) for a in agenda if a.number.split(".")[0].isdigit()), default=0)
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

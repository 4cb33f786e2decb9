"""Lines -> layout: header, key-value fields, agenda block and TOP sections.

This stage knows where things stand in a document, not what they mean; the extractors
(:mod:`omgraph.ingest.extract`) read the records out of each part.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from omgraph.ingest.dates import MONTH_NAMES
from omgraph.ingest.text import clean, short_text_cache
from omgraph.model import Document, SourceSpan


@dataclass(frozen=True)
class Line:
    """One line of a document: its number, the raw text and the cleaned text."""

    number: int
    raw: str
    text: str
    end: int | None = None
    """The last line of a sentence wrapped over several lines (see :func:`unwrapped`)."""

    def span(self, doc_id: str) -> SourceSpan:
        return SourceSpan(doc_id, self.number, self.raw, self.end)


@dataclass(frozen=True)
class Section:
    """A TOP section: heading and body lines up to the next heading."""

    number: str
    title: str
    heading: Line
    body: tuple[Line, ...]
    numbered: bool = True
    """False for sections numbered in order by omgraph (Markdown headings without TOP numbers)."""


@dataclass(frozen=True)
class Field:
    """A key-value header field ("Datum: ...", "Anwesend:" with a list below)."""

    key: str
    """Normalised key: date, time, start, end, place, present, excused, guest, chair, minutes, body."""
    label: str
    values: tuple[Line, ...]
    """The value lines: the rest of the key line (if any) and the list lines below it."""
    line: Line
    inline: str = ""


@dataclass(frozen=True)
class Layout:
    lines: tuple[Line, ...]
    header: tuple[Line, ...]
    """Lines before the agenda and the first section."""
    fields: tuple[Field, ...]
    agenda: tuple[Line, ...]
    sections: tuple[Section, ...]
    front_matter: dict[str, str]


HEADING_RE = re.compile(
    # "Zu TOP 2" / "zu Tagesordnungspunkt 2": how many minutes head the section of an item
    r"^\s*(?:#{1,6}\s*)?(?:[Zz]u\s+)?(?:TOP|Top|top|Tagesordnungspunkt|TOP-Punkt)\s*"
    r"(?P<num>\d+(?:\.\d+)*)\.?\s*"
    r"(?:[:.\-–—)]\s*|\s+|$)(?P<title>.*)$"
)
PUNKT_RE = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:[Zz]u\s+)?Punkt\s+(?P<num>\d+(?:\.\d+)*)\s+der\s+Tagesordnung\s*:?\s*"
    r"(?P<title>.*)$"
    # "Punkt 1 – Begrüßung", "Punkt 2: Haushalt", "Punkt 3  Verschiedenes" (set off: not a
    # sentence such as "Punkt 3 wurde vertagt")
    r"|^\s*(?:#{1,6}\s*)?(?:[Zz]u\s+)?Punkt\s+(?P<num2>\d+(?:\.\d+)*)\.?"
    r"(?:\s*[:–—-]\s*|\s{2,}|\t\s*)(?P<title2>[A-ZÄÖÜ„\"].*)$"
)
ROMAN_RE = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:[Zz]u\s+)?(?P<roman>[IVX]{1,5}|[A-H])[.)](?:\s*[:–—-])?\s+"
    r"(?P<title>[A-ZÄÖÜ„\"].*)$"
)
"""An item numbered in Roman numerals, as in a Niederschrift ("III.  Unfallgeschehen", "Zu I.
..."), or by a letter ("B. KI-Werkzeuge in der Gefährdungsbeurteilung")."""
AD_RE = re.compile(r"^\s*(?:#{1,6}\s*)?[Aa]d\s+(?P<num>\d+(?:\.\d+)*)[.):]?\s+(?P<title>\S.*)$")
"""An item's section headed "Ad 2) Evaluation ..." (Latin "to item 2")."""
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _arabic(roman: str) -> int | None:
    """``"XIV"`` -> 14; ``None`` for what is no Roman number in the usual form."""
    total = 0
    for k, char in enumerate(roman):
        value = _ROMAN[char]
        total += -value if k + 1 < len(roman) and _ROMAN[roman[k + 1]] > value else value
    return total if 0 < total < 40 and _to_roman(total) == roman else None


def _to_roman(n: int) -> str:
    out = ""
    for value, digits in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + digits, n - value
    return out


MD_NUM_HEADING_RE = re.compile(r"^\s*#{1,6}\s*(?P<num>\d+(?:\.\d+)*)[.)]?\s+(?P<title>\S.*)$")
AGENDA_HEAD_RE = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:Tagesordnung|Agenda|TO)\b\s*:?\s*(?P<rest>.*)$", re.I
)

_FIELD_KEYS: tuple[tuple[str, str], ...] = (
    (r"entschuldigt|abwesend|fehlend|nicht anwesend|nicht teilgenommen|absagen", "excused"),
    (r"gäste|gast\b|gäst", "guest"),
    (r"protokoll(?:ant|führ|\b)|schriftführ|protokoll von|protokoll:", "minutes"),
    (r"sitzungsleitung|versammlungsleitung|leitung|vorsitz|moderation|chair", "chair"),
    (r"anwesend|teilnehm|mitglieder|vorstände|präsent", "present"),
    (r"^(?:gesendet|von|an|cc|bcc|from|to|sent)$", "mail"),  # an e-mail's header, not the meeting's
    (r"^(?:betreff|subject)$", "subject"),
    (r"^(?:datum|termin|wann|date|sitzungsdatum|sitzungstag|event|tag der \w+)\b", "date"),
    (r"^(?:zeit|uhrzeit|dauer)\b|^(?:beginn|start)\b.*\bende\b", "time"),
    (r"^(?:beginn|start|anfang|startzeit|anfangszeit|sitzungsbeginn)\b", "start"),
    (r"^(?:ende|schluss|endzeit|sitzungsende)\b", "end"),
    (r"^(?:ort|raum|wo|location|sitzungsort|ort der \w+)\b", "place"),
    (r"^(?:gremium|sitzung|veranstaltung)$", "body"),
)
FIELD_RE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:#{1,6}\s*)?(?P<key>[A-ZÄÖÜ][\w äöüÄÖÜß/.()-]{1,40}?)\s*:\s*(?P<value>.*)$"
)
LIST_ITEM_RE = re.compile(r"^\s*(?:[-*•+–]|\d+[.)])\s+")
_BOLD_LINE_RE = re.compile(r"^\s*(\*\*|__)[^*_]+\1\s*:?\s*$")
"""A label set in bold on a line of its own ("**Teilnehmende**"), as a heading would be."""
_LABEL = r"(?P<key>[A-ZÄÖÜ][\w äöüÄÖÜß/-]{1,40}?)\s*:?\s*$"
_BARE_KEY_RE = re.compile(rf"^\s*{_LABEL}")
MD_HEADING_FIELD_RE = re.compile(rf"^\s*#{{1,6}}\s*{_LABEL}")


_FIELD_KEY_RES = tuple((re.compile(pattern), key) for pattern, key in _FIELD_KEYS)


@short_text_cache(maxsize=4096)
def field_key(label: str) -> str | None:
    """The normalised key of a header label, or ``None`` if it is not a header field."""
    low = label.lower().strip()
    if re.match(r"(?:anzahl|zahl)\b", low):
        return None  # "Anzahl stimmberechtigter Mitglieder: 17" counts, it names nobody
    for regex, key in _FIELD_KEY_RES:
        if regex.search(low):
            return key
    return None


def _sentence(title: str) -> bool:
    """A title that reads as a sentence: "ergänzt Frau Weber, dass ...", "Die Fristen sind zu
    kurz." -- "Zu TOP 2" or "Punkt 1:" then refer to an item, they do not head it."""
    return title[:1].islower() or title.rstrip().endswith(".") or len(title) > 120


def heading(line: Line) -> tuple[str, str] | None:
    """``(number, title)`` if ``line`` is a TOP heading."""
    match = HEADING_RE.match(line.text)
    if match:
        referring = re.match(r"^\s*(?:#{1,6}\s*)?[Zz]u\s", line.text)
        if referring and _sentence(match["title"]):
            return None
        return match["num"], match["title"].strip(" :-–")
    match = PUNKT_RE.match(line.text)
    if match and not (match["num2"] and _sentence(match["title2"])):
        return match["num"] or match["num2"], (match["title"] or match["title2"]).strip(" :-–")
    match = AD_RE.match(line.text)
    if match and not _sentence(match["title"]):
        return match["num"], match["title"].strip(" :-–")
    return None


def _lettered(content: list[Line]) -> list[tuple[int, tuple[str, str]]]:
    """Sections headed by Roman numerals or letters, when nothing else heads them: a run numbered
    in order from I and II (from A, B and C), repeated as it may be in an agenda before the
    sections. "A. Müller (BG ETEM)" is a name, not an item."""
    found = [(i, h) for i, line in enumerate(content) if (h := _ordinal_item(line))]
    letters = any(lettered for _, (_, _, lettered) in found)
    numbers = [int(num) for _, (num, _, _) in found]
    runs = [numbers[k] for k in range(len(numbers)) if k == 0 or numbers[k] != numbers[k - 1] + 1]
    in_order = all(n == 1 for n in runs)  # each run restarts at 1 (an agenda, then the sections)
    if not in_order or max(numbers, default=0) < (3 if letters else 2):
        return []
    return [(i, (num, title)) for i, (num, title, _) in found]


def _ordinal_item(line: Line) -> tuple[str, str, bool] | None:
    """``(number, title, by letter)`` of an item numbered "III." or "B."."""
    match = ROMAN_RE.match(line.text)
    if not match:
        return None
    mark, title = match["roman"], match["title"]
    if mark in "ABCDEFGH":  # one letter (no Roman digit among them)
        if re.match(r"[\w-]+\s*\(", title):
            return None  # "A. Müller (BG ETEM)": the initial of a name
        return str(ord(mark) - ord("A") + 1), title.strip(" :-–"), True
    number = _arabic(mark)
    return (str(number), title.strip(" :-–"), False) if number else None


def roman_heading(line: Line) -> tuple[str, str] | None:
    """``(number, title)`` if ``line`` is an item numbered in Roman numerals or by a letter
    ("Zu III. ...", "B. ..."); see :func:`_lettered` for when such lines make sections."""
    item = _ordinal_item(line)
    return (item[0], item[1]) if item else None


def _front_matter(lines: list[Line]) -> tuple[dict[str, str], int]:
    if not lines or lines[0].text != "---":
        return {}, 0
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1:], start=1):
        if line.text == "---":
            return meta, i + 1
        key, sep, value = line.text.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return {}, 0


def _fields(lines: list[Line]) -> list[Field]:
    """Key-value fields, each with the list lines that follow an empty value."""
    fields: list[Field] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        match = (
            FIELD_RE.match(line.text)
            or MD_HEADING_FIELD_RE.match(line.text)
            or (_BOLD_LINE_RE.match(line.raw) and _BARE_KEY_RE.match(line.text))
        )
        key = field_key(match["key"]) if match else None
        if match is None or key is None or len(match["key"].split()) > 6:
            i += 1
            continue
        inline = (match.groupdict().get("value") or "").strip()
        values: list[Line] = []
        j = i + 1
        if not inline or key in {"present", "excused", "guest"}:
            while j < len(lines):
                nxt = lines[j]
                if not nxt.text:
                    if values:
                        break
                    j += 1
                    continue
                if FIELD_RE.match(nxt.text) and field_key(FIELD_RE.match(nxt.text)["key"]):  # type: ignore[index]
                    sub = FIELD_RE.match(nxt.text)
                    if sub and not LIST_ITEM_RE.match(nxt.raw):
                        break
                if nxt.text.startswith("#") or heading(nxt) or nxt.text.startswith("---"):
                    break
                continued = bool(values or inline) and (
                    values[-1].text if values else inline
                ).endswith(",")
                if not (
                    LIST_ITEM_RE.match(nxt.raw)
                    or nxt.raw.startswith((" ", "\t"))
                    or not inline
                    or continued  # "Anwesende: A, B, C,\nD, E" wraps onto the next line
                ):
                    break
                values.append(nxt)
                j += 1
        fields.append(Field(key, match["key"], tuple(values), line, inline))
        i = max(j, i + 1) if values else i + 1
    return fields


def parse_layout(document: Document) -> Layout:
    """Find header, fields, agenda and sections of a document."""
    lines = _headings_marked(
        [Line(n, raw, clean(raw)) for n, raw in enumerate(document.lines, start=1)]
    )
    meta, body_start = _front_matter(lines)
    content = lines[body_start:]
    heads = [(i, h) for i, line in enumerate(content) if (h := heading(line))]
    if len(heads) < 2:
        md = [
            (i, (m["num"], m["title"]))
            for i, line in enumerate(content)
            if (m := MD_NUM_HEADING_RE.match(line.text))
        ]
        if len(md) >= 2:
            heads = md
    if not heads:
        heads = _lettered(content)
    if len(heads) < 2:
        heads = _plain_headings(content) or heads
    repeated = (_numbered_repeats(content) or _numbered_sections(content)) if len(heads) < 2 else []
    heads = repeated or heads
    plain = (
        bool(heads)
        and not repeated
        and not any(
            heading(content[i])
            or roman_heading(content[i])
            or MD_NUM_HEADING_RE.match(content[i].text)
            for i, _ in heads
        )
    )
    listed, heads = _split_listed_agenda(heads, content)
    sections: list[Section] = []
    for k, (i, (num, title)) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(content)
        if plain:  # "### Firmware" again in the protocol part is item "Firmware" of the list above
            num = next((x.number for x in sections if x.title.lower() == title.lower()), num)
        sections.append(Section(num, title, content[i], tuple(content[i + 1 : end]), not plain))
    first_section = heads[0][0] if heads else len(content)
    before = content[:first_section]
    agenda = listed or _from_first_item(_agenda_block(before))
    agenda_numbers = {line.number for line in agenda}
    header = [line for line in before if line.number not in agenda_numbers]
    return Layout(
        lines=tuple(lines),
        header=tuple(header),
        fields=tuple(
            _meta_fields(lines[1 : max(body_start - 1, 1)])
            + _fields(header)
            + _body_lists(lines, header)
        ),
        agenda=tuple(agenda),
        sections=tuple(sections),
        front_matter=meta,
    )


def _agenda_like(line: Line) -> bool:
    """A line of an agenda block: numbered, bulleted or tab-indented (a table row)."""
    if not line.text:
        return False
    if FIELD_RE.match(line.text) and field_key(FIELD_RE.match(line.text)["key"]):  # type: ignore[index]
        return False
    if re.match(rf"^\s*\d{{1,2}}\.\s*(?:\d{{1,2}}\.|(?i:{MONTH_NAMES})\.?\s+\d{{4}})", line.text):
        return False  # a date ("21. November 2019"), not an item ("5. Termine 2025")
    return bool(re.match(r"^\s*(?:\d+(?:\.\d+)*\s*[.)]?\s|[-*•+]\s|\t)", line.raw))


def _from_first_item(agenda: list[Line]) -> list[Line]:
    """Drop lines before the agenda's first item ("1." or "TOP 0/1"): a numbered title such as
    "2. Treffen des Strategiekreises" or a date line "21. November 2019" is no agenda item."""
    for i, line in enumerate(agenda):
        if re.match(r"^\s*(?:TOP\s*)?[01]\s*[.):]?\s", line.raw) or re.match(
            r"^\s*[-*•+]\s", line.raw
        ):
            return agenda[i:]
    return agenda


def _is_agenda_head(line: Line) -> bool:
    return bool(AGENDA_HEAD_RE.match(line.text)) or bool(
        re.search(r"\bTagesordnung\b", line.text) and line.text.rstrip().endswith(":")
    )


def _agenda_block(before: list[Line]) -> list[Line]:
    """The agenda: the list right under a "Tagesordnung" line, else the numbered or tabbed rows
    before the first section (a table like the Strategiekreis agenda)."""
    for i, line in enumerate(before):
        if not _is_agenda_head(line):
            continue
        block: list[Line] = []
        for nxt in before[i + 1 :]:
            if not nxt.text:
                continue
            if _agenda_like(nxt) or (block and re.match(r"^\s{2,}", nxt.raw)):
                block.append(nxt)
                continue
            break
        if len(block) >= 2 and re.match(
            r"^\s*(?:(?:TOP\s*)?[01]\s*[.):]?\s|[-*•+]\s)", block[0].raw
        ):
            return block
    rows = [
        line
        for line in before
        if _agenda_like(line) and re.match(r"^\s*(?:\d+\s*[.)]?\s*)?\t", line.raw)
    ]
    return rows if len(rows) >= 2 else []


_SKIP_HEADINGS = re.compile(
    r"^(?:Tagesordnung|Agenda|Protokoll|Anwesend|Teilnehm|Gäste|Entschuldigt|Inhalt)", re.I
)


def _plain_headings(content: list[Line]) -> list[tuple[int, tuple[str, str]]]:
    """Sections from Markdown headings without TOP numbers (``## Titel``), numbered in order:
    the most frequent heading level from 2 on, if it occurs at least twice."""
    levels: dict[int, list[int]] = {}
    for i, line in enumerate(content):
        m = re.match(r"^(#{2,4})\s+(\S.*)$", line.text)
        if m and not _SKIP_HEADINGS.match(m[2]) and not field_key(m[2].rstrip(":")):
            levels.setdefault(len(m[1]), []).append(i)
    if not levels:
        return []
    level = max(levels, key=lambda k: (len(levels[k]), -k))
    found = levels[level]
    if len(found) < 2:
        return []
    return [
        (i, (str(n), re.sub(r"^#+\s*", "", content[i].text))) for n, i in enumerate(found, start=1)
    ]


_NUMBERED_HEAD_RE = re.compile(
    r"^(?P<num>\d{1,2})(?:[.)][ \t]+|\t+)(?P<title>[A-ZÄÖÜ„\"].{2,100}?)\s*$"
)


def _numbered_repeats(content: list[Line]) -> list[tuple[int, tuple[str, str]]]:
    """Sections headed by the agenda's own lines again: "1. Begrüßung und Protokollkontrolle"
    in the agenda and once more, at the start of a line, above its section (at least two)."""
    seen: set[tuple[str, str]] = set()
    heads: list[tuple[int, tuple[str, str]]] = []
    for i, line in enumerate(content):
        match = _NUMBERED_HEAD_RE.match(line.raw)
        if not match:
            continue
        key = (match["num"], match["title"].casefold())
        if key in seen:
            heads.append((i, (match["num"], match["title"])))
        seen.add(key)
    return heads if len(heads) >= 2 else []


def _numbered_sections(content: list[Line]) -> list[tuple[int, tuple[str, str]]]:
    """Sections headed by numbered lines at the start of a line, numbered 1, 2, 3 ... in order,
    each with lines of its own before the next: "1. Eröffnung" in minutes without an agenda
    block, or "1<TAB>Begrüßung" in a table of items and their text (at least three)."""
    heads: list[tuple[int, tuple[str, str]]] = []
    for i, line in enumerate(content):
        match = _NUMBERED_HEAD_RE.match(line.raw)
        if match and int(match["num"]) == len(heads) + 1 and not _sentence(match["title"]):
            heads.append((i, (match["num"], match["title"])))
    if len(heads) < 3:
        return []
    ends = [i for i, _ in heads[1:]] + [len(content)]
    for (start, _), end in zip(heads, ends, strict=True):
        if not any(line.text for line in content[start + 1 : end]):
            return []  # a list of items, not sections
    return heads


def _split_listed_agenda(
    heads: list[tuple[int, tuple[str, str]]], content: list[Line]
) -> tuple[list[Line], list[tuple[int, tuple[str, str]]]]:
    """An agenda written as a run of "TOP n: Titel" lines before the sections that repeat the
    same numbers: the run is the agenda, the repeats are the sections."""
    seen: set[str] = set()
    for k, (_i, (num, _title)) in enumerate(heads):
        if num in seen:
            run = heads[:k]
            gaps = [
                any(line.text for line in content[a + 1 : b])
                for (a, _), (b, _) in itertools.pairwise(run)
            ]
            if run and not any(gaps):
                return [content[i] for i, _ in run], heads[k:]
            return [], heads
        seen.add(num)
    return [], heads


def _meta_fields(lines: list[Line]) -> list[Field]:
    """YAML front matter (``date:``, ``ort:``, ``beginn:`` ...) as header fields."""
    fields: list[Field] = []
    for line in lines:
        key, sep, value = line.text.partition(":")
        norm = field_key(key.strip()) if sep else None
        if norm is not None and key.strip().lower() != "title":
            fields.append(
                Field(norm, f"front matter {key.strip()}", (), line, value.strip().strip("\"'"))
            )
    return fields


_UNDERLINE_RE = re.compile(r"(=+|-+)")


def _headings_marked(lines: list[Line]) -> list[Line]:
    """Setext headings ("Titel" over "=====" or "-----") and pandoc titles ("% Titel") read as
    Markdown headings; the underline itself becomes empty."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.text.startswith("% ") and i < 5:
            out[i] = Line(line.number, line.raw, "# " + line.text[2:].strip())
            continue
        if i == 0 or len(line.text) < 3 or not _UNDERLINE_RE.fullmatch(line.text):
            continue
        above = lines[i - 1]
        if (
            above.text
            and not above.text.startswith(("#", "-", "*", "|"))
            and len(line.text) >= len(above.text) // 2
        ):
            level = "# " if line.text[0] == "=" else "## "
            out[i - 1] = Line(above.number, above.raw, level + above.text)
            out[i] = Line(line.number, line.raw, "")
    return out


_ATTENDANCE = {"present", "excused", "guest", "chair", "minutes"}


def _body_lists(lines: list[Line], header: list[Line]) -> list[Field]:
    """Attendance lists under a heading further down ("### Anwesende" after the agenda)."""
    in_header = {line.number for line in header}
    rest = [line for line in lines if line.number not in in_header]
    return [
        f
        for f in _fields(rest)
        if f.key in _ATTENDANCE
        and (f.values or f.inline)
        and (f.line.text.startswith("#") or len(f.label.split()) <= 2)
        and not heading(f.line)
    ]


_OPEN_END_RE = re.compile(
    r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|vom|zum|zur|mit|für|und|oder|"
    r"bei|von|im|am|auf|über|zu|dass|sowie|als)$"
)
_LABEL_START_RE = re.compile(r"^[A-ZÄÖÜ][\w ()/.-]{1,40}:\s")
_BULLET_START_RE = re.compile(r"^\s*(?:[-*•+–]\s|\[[ xX]?\])")


def unwrapped(body: tuple[Line, ...]) -> tuple[Line, ...]:
    """Prose wrapped over several lines, as text files wrap it, joined line by line: a line
    continues the one before if that is a long line of prose ending mid-sentence and it starts
    in lower case, or the one before ends with an article, preposition or auxiliary ("Das
    Protokoll der" / "3. Sitzung vom 16.10.2024 wird ... genehmigt"). A bullet starts a line of
    its own. The joined line keeps the first line's number and raw text and ends at the last
    (:attr:`Line.end`)."""
    out: list[Line] = []
    last = ""  # the last physical line joined into out[-1]
    for line in body:
        prev = out[-1] if out else None
        if (
            prev is not None
            and line.text
            and len(last) >= 40
            and not re.search(r"[.!?:;]$", last)
            and not prev.raw.lstrip().startswith(("|", "#", ">"))
            and not line.raw.lstrip().startswith(("|", "#", ">"))
            and not _BULLET_START_RE.match(line.raw)
            and not _LABEL_START_RE.match(line.text)  # "Beschluss: ...", "Aufgabe: ..."
            and (line.text[0].islower() or line.text[0] in "„(" or _OPEN_END_RE.search(last))
        ):
            joined = f"{prev.text} {line.text}"
            if re.search(r"[a-zäöüß]-$", last) and not re.match(
                r"(?:und|oder|bzw|sowie)\b", line.text
            ):
                joined = f"{prev.text[:-1]}{line.text}"  # "Abstim-" / "mung": one word again
            out[-1] = Line(prev.number, prev.raw, joined, line.number)
        else:
            out.append(line)
        last = line.text
    return tuple(out)

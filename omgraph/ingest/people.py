"""Person mentions: from list entries, speaker lines and prose, with their organisations."""

from __future__ import annotations

import re

from omgraph.ingest.names import (
    NAME_UPPER,
    NAME_WORD,
    TITLE_WORD,
    NameParts,
    inverted,
    is_given_name,
    name_span,
    parse_name,
    split_entries,
    split_name_org,
    split_people,
)
from omgraph.ingest.text import closing_bracket, short_text_cache, strip_quotes
from omgraph.model import OrgMention, PersonMention, SourceSpan

_ROLE_TAIL = re.compile(
    r",?\s*\b(?:Leiter(?:in)?|Leitung|Referat|Referent(?:in)?|Geschäftsführ\w*|Vorsitz\w*|Abteilung|"
    r"stellv\.|Protokoll\w*|Moderation|Sprecher(?:in)?|Abt\.|Professur|Lehrstuhl|Dezernat|"
    r"Unterabteilung|Geschäftsbereich|Bereich|Sachgebiet|Fachbereich|Projektleit\w*)\b.*$"
)
_ROLE = re.compile(
    r"(?:stellv\.?\s*|stellvertretende[rn]?\s+)?(?:Vorsitzende[rn]?|Vorsitz|Vorstand|"
    r"Geschäftsführer(?:in)?|Sprecher(?:in)?|Schatzmeister(?:in)?|Kassenwart(?:in)?|"
    r"Schriftführer(?:in)?|Beisitzer(?:in)?|Präsident(?:in)?|Vizepräsident(?:in)?|"
    r"Moderator(?:in)?|Moderation|Sitzungsleitung|Versammlungsleit(?:er|erin|ung)|"
    r"(?:Arbeitgeber|Arbeitnehmer|Versicherten)vertreter(?:in)?|Aufsichtsperson|Mitglied)",
    re.I,
)
"""A function in the meeting or the body, written where an organisation may stand:
"Dr. Thomas Berger (Vorsitzender, IHK Koblenz)" sits for the IHK, "(Schatzmeisterin)" for none."""
_POST_RE = re.compile(
    r"^(?:Leiter(?:in)?|Referent(?:in)?|Sachbearbeiter(?:in)?|Mitarbeiter(?:in)?|Beauftragte[rn]?)\b"
    r"(?!.*\b[A-ZÄÖÜ]{2,})"
)
"""A person's post without an organisation (no acronym in it): "Leiter der Prävention"."""
_NOT_ORG = re.compile(
    r"^(?:online|remote|per\s+\w+|digital|vor ort|ab\s+\d|bis\s+\d|\d{1,2}[:.]\d\d|ca\.|zeitweise|entschuldigt|dauerhaft|Gast|Protokoll|TOP\b)",
    re.I,
)


def org_text(raw: str) -> str:
    """The organisation part of a bracket or tail, without a role before or after a comma.

    >>> org_text("Vorsitzender, IHK Koblenz"), org_text("BAuA, Referat 2.1")
    ('IHK Koblenz', 'BAuA')
    """
    text = strip_quotes(raw.strip().strip(",;"))
    text = re.sub(r"\s+", " ", text)
    head, sep, tail = text.partition(",")
    if sep and _ROLE_TAIL.match(sep + tail):
        text = head
    elif sep and (_ROLE.fullmatch(head.strip()) or _ROLE_TAIL.fullmatch(head.strip())):
        text = tail  # "Vorsitzender, IHK Koblenz", "Referat IIIb3, BMAS"
    return text.strip(" -–/")


def mention(
    name: str, source: SourceSpan, org: str = "", context: str = ""
) -> PersonMention | None:
    """A :class:`PersonMention` for a written name, or ``None`` if it names nobody."""
    person = _person_name(name)
    if person is None:
        return None
    name, parts = person
    org = _org_name(org) if org else ""
    return PersonMention(
        text=name,
        source=source,
        title=parts.title,
        given=parts.given,
        family=parts.family,
        salutation=parts.salutation,
        org=OrgMention(org, source) if org else None,
        context=context,
    )


@short_text_cache(maxsize=1 << 14)
def _person_name(name: str) -> tuple[str, NameParts] | None:
    """The name as :func:`mention` gives it, and its parts; ``None`` if it names nobody."""
    name = inverted(re.sub(r"\s+", " ", strip_quotes(name)).strip(" ,;:-–/*"))
    if not name or len(name) > 80:
        return None
    parts = parse_name(name)
    if not (parts.given or parts.family):
        return None
    return name, parts


@short_text_cache(maxsize=1 << 14)
def _org_name(raw: str) -> str:
    """The organisation a :func:`mention` names in ``raw`` (a bracket or tail), or ``""``."""
    org = org_text(raw)
    if (
        org
        and not _NOT_ORG.match(org)
        and not _ROLE.fullmatch(org)
        and not _POST_RE.match(org)  # "(Leiter der Prävention)": a post, no organisation
        and re.search(r"[A-Za-zÄÖÜ]{2}", org)
    ):
        return org
    return ""


def mention_nick(nick: str, source: SourceSpan) -> PersonMention | None:
    """A person known only by a nickname or first name written in lower case ("corny", "vv01f")."""
    nick = nick.strip(" *_")
    if not re.fullmatch(r"[\w.-]{2,30}", nick) or nick.isdigit():
        return None
    return PersonMention(text=nick, source=source, given=nick)


def people_from_entry(entry: str, source: SourceSpan) -> list[PersonMention]:
    """People in one list entry: ``"Kristina Mangold/ Andreas Ihm (itb)"`` gives two people who
    share the organisation; ``"Bruno Schmalen BDVT"`` one person with an organisation."""
    entry = entry.strip().lstrip("-–*• ").strip()
    # "Jan Hoffmann i.V. für Dr. Ulrike Meißner (BMWK)": the one who came
    entry = re.sub(r"\s+(?:i\.\s?V\.|in Vertretung)(?:\s+(?:für|von)\s+[^(,;]*)?", " ", entry)
    if not entry:
        return []
    name_part, org = split_name_org(entry)
    name_part = inverted(name_part)
    found: list[PersonMention] = []
    for name in split_people(name_part):
        inner_name, inner_org = split_name_org(name) if not org else (name, "")
        if not plausible_name(inner_name, bool(org or inner_org)):
            continue
        person = mention(inner_name, source, org or inner_org)
        if person is not None:
            found.append(person)
    return found


def plausible_name(name: str, has_org: bool) -> bool:
    """A person's name: it starts with a salutation, title or known given name -- or, beside an
    organisation in a list, it is two or three capitalised words ("Kay Schulte (DVR)")."""
    name = name.strip()
    if name_span(name):
        return True
    return has_org and bool(re.fullmatch(rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}}", name))


def people_from_list(text: str, source: SourceSpan) -> list[PersonMention]:
    """People in a list written in one line: ``"A (X), B (Y); C/ D (Z)"``."""
    found: list[PersonMention] = []
    for entry in _join_inverted(split_entries(text)):
        found.extend(people_from_entry(entry, source))
    return found


def _join_inverted(entries: list[str]) -> list[str]:
    """``["Berendt", "Julia (BMAS)"]`` -> ``["Berendt, Julia (BMAS)"]``: a list written
    "Nachname, Vorname (Org); ..." was split at the comma inside each name."""
    joined: list[str] = []
    i = 0
    while i < len(entries):
        entry = entries[i]
        nxt = entries[i + 1] if i + 1 < len(entries) else ""
        first = nxt.split()[0] if nxt.split() else ""
        if (
            re.fullmatch(NAME_WORD, entry)
            and not is_given_name(entry)
            and is_given_name(first)
            and (len(nxt.split("(")[0].split()) == 1)
        ):
            joined.append(f"{entry}, {nxt}")
            i += 2
            continue
        joined.append(entry)
        i += 1
    return joined


def people_slash_list(text: str, source: SourceSpan) -> list[PersonMention]:
    """Moderators and proposers: ``"Kristina Mangold (itb)/Boje Dohrn (IBWF)"``."""
    parts: list[str] = []
    depth = 0
    current = ""
    for char in text:
        depth += char == "("
        depth -= char == ")" and depth > 0
        if (char in "/,;" and depth == 0) or (char == "–" and depth == 0):
            parts.append(current)
            current = ""
            continue
        current += char
    parts.append(current)
    found: list[PersonMention] = []
    for part in parts:
        found.extend(people_from_entry(part, source))
    return found


def presenters(cell: str, source: SourceSpan) -> tuple[list[PersonMention], str]:
    """People in an agenda presenter cell and the remaining note.

    ``"Maria Becker (BMG) Markus Müller (BMAS)"`` -> two people; ``"Alle"`` -> note "Alle";
    ``"Birgit Domschke (AGS der BA) – für die Arbeitsgruppe"`` -> one person, note.
    """
    text = cell.strip().lstrip("–- ").strip()
    found: list[PersonMention] = []
    notes: list[str] = []
    pos = 0
    while pos < len(text):
        rest = text[pos:].lstrip(" ,;/–-")
        pos = len(text) - len(rest)
        span = name_span(rest)
        if span == 0:
            note = rest.split("(")[0] if False else rest
            notes.append(note.strip(" –-"))
            break
        name = rest[:span]
        after = rest[span:]
        org = ""
        consumed = span
        bracket = re.match(r"\s*\(", after)
        if bracket:
            close = closing_bracket(after[bracket.end() :])
            if close >= 0:
                org = after[bracket.end() : bracket.end() + close]
                consumed = span + bracket.end() + close + 1
            else:
                org = after[bracket.end() :]
                consumed = len(rest)
        person = mention(name, source, org)
        if person:
            found.append(person)
        pos += consumed
    return found, " ".join(n for n in notes if n)


SPEECH_VERBS = (
    r"merkt\b|merken\b|regt\b|regen\b|berichtet|berichten|erläutert|erläutern|verweist|verweisen|weist\b|weisen\b|"
    r"begrüßt|begrüßen|stellt\b|stellen\b|sieht\b|sehen\b|fragt|fragen\b|bittet|bitten\b|schlägt|schlagen\b|"
    r"informiert|informieren|ergänzt|ergänzen|betont|betonen|erklärt|erklären|lädt\b|laden\b|referiert|"
    r"bedankt|bedanken|appelliert|kritisiert|plädiert|spricht|sprechen|schildert|präsentiert|präsentieren|"
    r"stimmt|teilt\b|teilen\b|hebt\b|gibt\b|geben\b|möchte|will\b|würde|hält\b|beantragt|äußert|meint|"
    r"findet|hat\b|ist\b|war\b|kümmert|übernimmt|eröffnet|eröffnete|begrüßte|stellte|berichtete|erklärte|"
    r"fragte|schlug|wies|merkte|regte|kann\b|soll\b|wird\b|arbeitet|schickt|klärt|organisiert|prüft|fasst"
)
_VERB_RE = re.compile(rf"(?:^|[\s,])(?:{SPEECH_VERBS})", re.I)
_AND_RE = re.compile(r"^\s*(?:und|sowie|&)\s+")


def speakers_at_start(text: str, source: SourceSpan) -> tuple[list[PersonMention], str] | None:
    """Who speaks at the start of a line, and the rest of the line.

    ``"Siglinde Ludwig DGUV: Wann ...?"``, ``"Michael Blum (DNBGF) berichtet, ..."``,
    ``"Helmut Ehnes und Oleg Cernavin weisen ... hin"``, ``"Frau Fischer Forschungsinstitut für
    betriebliche Bildung weist auf ... hin"``. ``None`` when the line does not start with a person.
    """
    people: list[PersonMention] = []
    rest = text
    while True:
        span = name_span(rest)
        if span == 0:
            break
        name = rest[:span]
        after = rest[span:]
        org = ""
        colon = after.find(":")
        verb = _VERB_RE.search(after)
        cut = min(
            x for x in (colon if colon >= 0 else len(after), verb.start() if verb else len(after))
        )
        between = after[:cut]
        # the organisation sits between the name and the verb or colon, bracketed or not
        if between.strip() and not _AND_RE.match(between):
            org = between.strip().strip("(),").strip()
            if (
                len(org) > 120
                or (not verb and colon < 0)
                # a clause, not a name: "Johannes macht nochmals einen Vorschlag, der ... wird"
                or (org[:1].islower() and len(org.split()) > 3)
            ):
                org = ""
                cut = 0
        person = mention(name, source, org)
        if person is None:
            break
        people.append(person)
        tail = after[cut:] if org or not between.strip() else after
        if (m := _AND_RE.match(tail)) and name_span(tail[m.end() :]):
            rest = tail[m.end() :]
            continue
        rest = tail
        break
    if not people:
        return None
    if not (rest.lstrip().startswith(":") or _VERB_RE.match(rest)):
        return None
    return people, rest.lstrip(" :")


_PROSE_NAME_RE = re.compile(
    # every name starts with a capital: the lookahead skips other positions quickly
    rf"(?=[{NAME_UPPER}])(?:(?:Herrn?|Frau)\s+(?:{TITLE_WORD}\s*)*{NAME_WORD}(?:\s+{NAME_WORD})?|(?:{TITLE_WORD}\s*)*{NAME_WORD}\s+{NAME_WORD})"
)


def names_in_prose(
    text: str, source: SourceSpan, known_families: frozenset[str]
) -> list[PersonMention]:
    """People named anywhere in a sentence: full names with a known given name or a known family
    name, and ``Herr/Frau X`` references."""
    found: list[PersonMention] = []
    for match in _PROSE_NAME_RE.finditer(text):
        chunk = match.group()
        span = name_span(chunk, known_families=known_families)
        if span == 0:
            # "Bei Oleg Cernavin" -- a stop word or non-name first; try from the second word
            continue
        name = chunk[:span]
        parts = parse_name(name)
        if not parts.family or (not parts.given and not parts.salutation and not parts.title):
            continue
        if parts.family.split()[-1] in _NOT_FAMILY:
            continue
        person = mention(name, source)
        if person:
            found.append(person)
    return found


_NOT_FAMILY = {"Uhr", "Anlage", "Präsentation", "Arbeitsgruppe", "Stiftung", "Gesellschaft"}

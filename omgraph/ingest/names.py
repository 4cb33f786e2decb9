"""People's names as minutes write them, and lists of "Name (Organisation)".

>>> parse_name("Prof. Dr. Oliver Kruse")
NameParts(salutation='', title='Prof. Dr.', given='Oliver', family='Kruse')
>>> parse_name("Herr Papenfuß")
NameParts(salutation='Herr', title='', given='', family='Papenfuß')
>>> split_name_org("Karl-Heinz Bonjean Bundessteuerberaterkammer KdÖR")
('Karl-Heinz Bonjean', 'Bundessteuerberaterkammer KdÖR')
>>> split_name_org("Volker Jödicke (Fortbildungsakademie der Wirtschaft (FAW)")
('Volker Jödicke', 'Fortbildungsakademie der Wirtschaft (FAW)')
>>> [e for e in split_entries('A Bcd (X), Karin Klopsch (DRV); Jo Doe (Y (Z), Eva Nix (W)')]
['A Bcd (X)', 'Karin Klopsch (DRV)', 'Jo Doe (Y (Z)', 'Eva Nix (W)']
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from omgraph.ingest.text import balance_brackets, closing_bracket, short_text_cache, strip_quotes
from omgraph.resources import data_path

SALUTATION_RE = re.compile(r"^(Herrn?|Frau|Hr\.|Fr\.)\s+")
OFFICE_RE = re.compile(
    r"^(?:(?:Erste[r]?\s+)?(?:Ober)?[Bb]ürgermeister(?:in)?|Stadtr(?:at|ätin)|Stadträte|Ratsmitglied|"
    r"Gemeinder(?:at|ätin)|Landrat|Landrätin|Minister(?:in)?|Staatssekretär(?:in)?|Präsident(?:in)?)\s+"
)
"""An office written before a name ("Oberbürgermeister Dr. Frank Mentrup", "Stadtrat Borner")."""
TITLE_WORD = (
    r"(?:Prof\.|Professor(?:in)?|Dr\.(?:\s?-?(?:Ing|med(?:\.\s?dent)?|phil|rer\.\s?nat|rer\.\s?pol|jur)\.)?"
    r"|Dipl\.-?\s?[A-Za-zäöü]+\.?|PD|h\.\s?c\.|apl\.)"
)
"""One academic title: "Prof.", "Dr.", "Dr. med.", "Dr. rer. nat.", "Dr.-Ing.", "Dipl.-Ing."."""
TITLE_RE = re.compile(rf"^((?:{TITLE_WORD}\s*)+)")
PARTICLES = {
    "van",
    "von",
    "de",
    "der",
    "den",
    "zu",
    "zum",
    "di",
    "da",
    "du",
    "le",
    "la",
    "ten",
    "ter",
    "vom",
}
NAME_UPPER = "A-ZÄÖÜÇŞĞİŠŽČĆŘŁØÅÉ"
"""The capitals a name may start with (inside a character class)."""
_LOWER = "a-zäöüßéèêëáàâãíìîïóòôõúùûçñıšşğžčćřłńøåæœý'’"
NAME_WORD = rf"[{NAME_UPPER}][{_LOWER}]+(?:-[{NAME_UPPER}][{_LOWER}]+)*"
"""A capitalised name word, also of names from beyond German ("Aydın", "Ayşe", "Kowalski")."""
_STOP_WORDS = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "alle", "allen", "es", "er",
    "sie", "wir", "ihr", "man", "mehrere", "viele", "einige", "auch", "zudem", "herr", "frau",
    "ziel", "neue", "neues", "top", "tagesordnung", "beschluss", "vereinbarung", "diskussion",
    "ergebnisse", "teilnehmer", "moderation", "protokoll", "anlage", "siehe", "kernaktivitäten",
    "dieser", "diese", "dies", "hier", "zum", "zur", "im", "in", "am", "bei", "mit", "nach",
    "von", "vor", "für", "und", "oder", "aber", "sowie", "als", "wie", "was", "wer", "wann",
}  # fmt: skip


class NameParts(NamedTuple):
    salutation: str
    title: str
    given: str
    family: str


@cache
def given_names() -> dict[str, str]:
    """Lower-cased given name -> gender (``f``, ``m`` or ``u``), from ``data/given_names.txt``."""
    names: dict[str, str] = {}
    gender = "u"
    for raw in data_path("given_names.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            gender = line[1:-1]
            continue
        for name in line.split():
            names.setdefault(name.lower(), gender)
    return names


@short_text_cache(maxsize=1 << 16)
def is_given_name(word: str) -> bool:
    """True for a known given name, also each part of a double name ("Karl-Heinz")."""
    parts = [p for p in re.split(r"[-\s]", word.strip(".,;:")) if p]
    return bool(parts) and all(p.lower() in given_names() for p in parts)


@lru_cache(maxsize=1 << 16)
def gender_of(given: str, salutation: str = "") -> str:
    """``f``, ``m`` or ``u`` from the salutation or the (first) given name."""
    if salutation:
        return "f" if salutation.lower().startswith("fr") else "m"
    first = re.split(r"[-\s]", given)[0].lower() if given else ""
    return given_names().get(first, "u")


def inverted(text: str) -> str:
    """``"Berendt, Julia"`` -> ``"Julia Berendt"`` (also ``"Müller, Dr. Hans"``); else unchanged.

    >>> inverted("Hoffmann-Bär, Christiane"), inverted("Maria Becker")
    ('Christiane Hoffmann-Bär', 'Maria Becker')
    """
    family, sep, given = text.partition(",")
    family, given = family.strip(), given.strip()
    if not sep or not re.fullmatch(
        rf"(?:(?:{'|'.join(sorted(PARTICLES))})\s+)?{NAME_WORD}", family
    ):
        return text
    title = ""
    if match := TITLE_RE.match(given):
        title, given = match[1].strip() + " ", given[match.end() :]
    words = given.split()
    if (
        1 <= len(words) <= 2
        and all(re.fullmatch(NAME_WORD, w) for w in words)
        and (is_given_name(words[0]) or family.lower() not in given_names())
    ):
        return f"{title}{given} {family}"
    return text


@short_text_cache(maxsize=1 << 14)
def parse_name(text: str) -> NameParts:
    """Split a written name into salutation, titles, given and family name."""
    rest = re.sub(r"\s+", " ", strip_quotes(text)).strip(" ,;:-–")
    rest = inverted(OFFICE_RE.sub("", rest))
    salutation = ""
    if match := SALUTATION_RE.match(rest):
        salutation = "Frau" if match[1].lower().startswith("fr") else "Herr"
        rest = rest[match.end() :]
    title = ""
    if match := TITLE_RE.match(rest):
        title = re.sub(r"\s+", " ", match[1]).strip()
        title = re.sub(r"\.(?=\S)", ". ", title).replace(". -", ".-")
        rest = rest[match.end() :]
    words = rest.split()
    if not words:
        return NameParts(salutation, title, "", "")
    if len(words) == 1:
        word = words[0]
        if salutation or title or not is_given_name(word):
            return NameParts(salutation, title, "", word)
        return NameParts(salutation, title, word, "")
    # "Erik T" / "Erik T." -> given name plus initial
    family_start = 1
    while (
        family_start < len(words) - 1
        and is_given_name(words[family_start])
        and words[0] != words[family_start]
    ):
        family_start += 1
    while family_start > 1 and words[family_start - 1].lower() in PARTICLES:
        family_start -= 1
    given = " ".join(words[:family_start])
    family = " ".join(words[family_start:])
    return NameParts(salutation, title, given, family)


_PERSON_HEAD = re.compile(
    rf"^(?:(?:Herrn?|Frau|Hr\.|Fr\.)\s+|{OFFICE_RE.pattern[1:]})?(?:{TITLE_WORD}\s*)*"
    rf"(?P<first>{NAME_WORD})(?P<more>(?:\s+(?:(?:{'|'.join(sorted(PARTICLES))})\s+)*(?:{NAME_WORD}|[A-ZÄÖÜ]\.?(?=[\s,;:)/]|$)))*)"
)


def name_span(text: str, *, known_families: frozenset[str] = frozenset()) -> int:
    """Length of the person name at the start of ``text`` (0 if none): salutation, titles,
    given names, particles, family name -- stopping before an organisation or a verb.

    >>> t = "Frau Fischer Forschungsinstitut für betriebliche Bildung weist hin"
    >>> t[: name_span(t)]
    'Frau Fischer'
    >>> name_span("Cernavin sagt"), name_span("Cernavin sagt", known_families=frozenset({"Cernavin"}))
    (0, 8)
    """
    size, family_first = _name_head(text)
    if family_first and family_first not in known_families:
        return 0
    return size


@short_text_cache(maxsize=1 << 14)
def _name_head(text: str) -> tuple[int, str]:
    """:func:`name_span` without the known family names: the length, and the first word if the
    name only stands when that word is a known family name (else ``""``)."""
    match = _PERSON_HEAD.match(text)
    if not match:
        return 0, ""
    head = text[: match.start("first")]
    has_marker = bool(head.strip())
    words = list(re.finditer(r"\S+", text[match.start("first") : match.end()]))
    if not words:
        return 0, ""
    first = words[0].group()
    if first.lower() in _STOP_WORDS:
        return 0, ""
    base = match.start("first")
    if has_marker and (not is_given_name(first) or len(words) == 1):
        # "Herr Papenfuß", "Frau Fischer", "Prof. Dr. Kruse": the family name alone, or
        # "Herr Dr. Henning Krassen": given + family
        if is_given_name(first) and len(words) > 1:
            return base + _extend(words, 1), ""
        return base + words[0].end(), ""
    family_first = "" if is_given_name(first) else first
    if len(words) == 1:
        return base + words[0].end(), family_first
    return base + _extend(words, 1), family_first


def _extend(words: list[re.Match[str]], start: int) -> int:
    """End offset of given names + particles + one family name from ``words[start]`` on."""
    i = start
    while i < len(words) - 1 and is_given_name(words[i].group()):
        i += 1
    while i < len(words) - 1 and words[i].group().lower() in PARTICLES:
        i += 1
    return words[i].end()


def looks_like_person(text: str) -> bool:
    """True when the whole of ``text`` reads as a person's name."""
    text = text.strip(" ,;:")
    return bool(text) and name_span(text) >= len(text.rstrip(". "))


_ENTRY_START = re.compile(
    rf"[,;]\s*(?=(?:(?:Herrn?|Frau)\s+)?(?:{TITLE_WORD}\s*)*{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}\s*\()"
)


def split_entries(text: str) -> list[str]:
    """Split a list of people at ``,`` and ``;`` outside brackets -- and also inside an
    unclosed bracket where a new "Name (" clearly starts, so that one missing ``)`` does not
    swallow the rest of the list."""
    forced = {m.start() for m in _ENTRY_START.finditer(text)}
    entries: list[str] = []
    depth = 0
    current: list[str] = []
    for i, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if char in ",;" and (depth == 0 or i in forced):
            entries.append("".join(current))
            current = []
            depth = 0
            continue
        current.append(char)
    entries.append("".join(current))
    return [e.strip() for e in entries if e.strip(" .\t")]


def split_name_org(entry: str) -> tuple[str, str]:
    """Split one list entry into the name part and the organisation part.

    Forms: ``"Name (Org)"``, ``"Name, Org"``, ``"Name Org"`` (the organisation follows the
    name directly, as in "Bruno Schmalen BDVT"), ``"Name"``.
    """
    entry = entry.strip().strip(",;")
    dashed = re.split(r"\s+[–—-]\s+", entry, maxsplit=1)
    if len(dashed) == 2 and _titled_name(dashed[0]) and not _titled_name(dashed[1].split("(")[0]):
        # "Dr. Ayşe Demir – Institut für Mittelstandsforschung Bonn (IfM Bonn)"
        return dashed[0].strip(), dashed[1].strip()
    head, comma, tail = entry.partition(",")
    if comma and "(" not in head and _titled_name(head) and not _titled_name(tail.split("(")[0]):
        # "Sieglinde Ludwig, Deutsche Gesetzliche Unfallversicherung (DGUV)"
        return head.strip(), tail.strip()
    if "(" in entry:
        head, _, tail = entry.partition("(")
        if head.strip():
            org = tail.strip()
            close = closing_bracket(org)
            if 0 <= close < len(org) - 1:
                org = org[: close + 1]  # "(Unfallkasse NRW) zu Tagesordnungspunkt 3": a note after
            if org.endswith(")") and org.count(")") > org.count("("):
                org = org[:-1]
            return head.strip(" -–/"), balance_brackets(org).strip()
    if "," in entry:
        head, _, tail = entry.partition(",")
        if looks_like_person(head) or _titled_name(head):
            return head.strip(), tail.strip()
    span = name_span(entry)
    if 0 < span < len(entry):
        return entry[:span].strip(), entry[span:].strip(" ,–-:")
    return entry, ""


def _titled_name(text: str) -> bool:
    """Two or three capitalised name words, with optional salutation and titles, and nothing
    that reads as an organisation ("Dr. Bärbel Jödicke", not "Deutsche Gesetzliche ...")."""
    text = text.strip()
    if not re.fullmatch(
        rf"(?:(?:Herrn?|Frau)\s+)?(?:{TITLE_WORD}\s*)*{NAME_WORD}(?:\s+(?:(?:{'|'.join(sorted(PARTICLES))})\s+)?{NAME_WORD}){{1,2}}",
        text,
    ):
        return False
    return not re.search(
        r"(?i)stiftung|verband|institut|gesellschaft|kammer|ministerium|netzwerk|genossenschaft|versicherung|akademie|hochschule|universität|zentrum|verein|agentur|deutsche|bundes",
        text,
    )


def split_people(name_part: str) -> list[str]:
    """``"Kristina Mangold/ Andreas Ihm"`` -> two names; a slash inside a name stays."""
    parts = [p.strip() for p in re.split(r"\s*/\s*", name_part)]
    if len(parts) > 1 and all(p and (looks_like_person(p) or _short_name(p)) for p in parts):
        return parts
    return [name_part.strip()]


def _short_name(text: str) -> bool:
    return bool(re.fullmatch(rf"(?:{TITLE_WORD}\s*)*{NAME_WORD}(?:\s+{NAME_WORD})?", text))

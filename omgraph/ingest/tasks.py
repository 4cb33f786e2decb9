"""Decisions, agreements and tasks: markers, resolutions in prose, assignees and due dates.

>>> decision_marker("Vereinbarung: Die AG Transfer wird die Ergebnisse umwandeln.")
('agreement', 'Die AG Transfer wird die Ergebnisse umwandeln.')
>>> decision_marker("Beschluss (einstimmig): Die AG richtet eine Unterarbeitsgruppe ein.")
('resolution', 'Die AG richtet eine Unterarbeitsgruppe ein. (einstimmig)')
>>> prose_resolution("Ebenso wurde beschlossen, dass die Steckbriefe veröffentlicht werden.")
'Ebenso wurde beschlossen, dass die Steckbriefe veröffentlicht werden.'
>>> due_date("Wenn bis zum 1.1.2020 keine Änderungswünsche eingegangen sind", 2019)
datetime.date(2020, 1, 1)
>>> due_date("Frau Wolff prüft eine Verlinkung, Termin: 30.10.2024.", 2024)
datetime.date(2024, 10, 30)
"""

from __future__ import annotations

import datetime as dt
import re

from omgraph.ingest.dates import find_dates
from omgraph.ingest.groups import find_groups
from omgraph.ingest.names import name_span
from omgraph.ingest.people import mention, plausible_name
from omgraph.ingest.text import folded, holds_any, sentences
from omgraph.model import Assignee, DecisionKind, OrgMention, PersonMention, SourceSpan

_MARKERS: tuple[tuple[str, DecisionKind], ...] = (
    (r"Beschl(?:uss|üsse)|Beschlussfassung|Beschlossen", "resolution"),
    (r"Vereinbarung(?:en)?|Vereinbart|Verabredung|Absprache", "agreement"),
    (r"Aufgaben?|To-?[Dd]os?|ToDos?|Arbeitsauftrag|Auftrag|Action Items?", "task"),
)
MARKER_RE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?P<word>"
    + "|".join(p for p, _ in _MARKERS)
    + r")(?:\s+für\s+(?P<for>(?:Herrn?|Frau)\s[^:]{2,60}?|[A-ZÄÖÜ][^:]{1,60}?))?"
    r"\s*(?:\((?P<note>[^)]*)\)\s*)?:\s*(?P<rest>.*)$"
)
RESOLUTION_RE = re.compile(
    r"\b(?:wurde|wurden|wird|werden|ist|sind)\b[^.;]*\b(?:beschlossen|verabschiedet|abgelehnt|genehmigt)\b"
    r"|(?<!zu )\b(?:beschließt|beschließen|beschloss)\b"
    r"|\b(?:einstimmig|mehrheitlich|Gegenstimmen?|Enthaltung(?:en)?|Ja-Stimmen)\b[^.;]*\b(?:angenommen|abgelehnt|beschlossen|verabschiedet|gewählt|entlastet|zugestimmt)\b"
    r"|\b(?:angenommen|abgelehnt|beschlossen|verabschiedet|gewählt|entlastet)\b[^.;]*\b(?:einstimmig|mehrheitlich|Gegenstimmen?|Enthaltung(?:en)?|Ja-Stimmen)\b"
    r"|\bAntrag\b[^.;]*\b(?:angenommen|abgelehnt)\b"
    r"|\b(?:einstimmig|einmütig|mehrheitlich)\b[^.;]*\bge[a-zäöü]{3,}(?:t|en)\b"
    r"|\b(?:einstimmig|einmütig|mehrheitlich)\b[^.;]*\b(?:zugesprochen|erteilt|ernannt|aufgenommen|entlastet|zugestimmt)\b"
    r"|\bUmlaufbeschluss\b|\bPer\s+Akklamation\b"
    r"|\b(?:nimmt|nehmen)\b[^.;]*\b(?:Protokoll|Antrag|Tagesordnung|Topliste|Haushalt|Satzung)\b[^.;]*\ban\b"
    r"|\b(?:genehmigt|beschließt|bestätigt|wählt|entlastet|ernennt)\s+(?:das|den|die|einstimmig)\b"
    r"|\b(?:Plenum|Versammlung|Vorstand)\s+(?:ist\s+)?dafür\b|\bkeine\s+Gegenstimmen?\b"
    r"|\b\d{1,3}\s*/\s*(?:\d{1,3}|-)\s*/\s*(?:\d{1,3}|-)(?![\d/])"
    r"|\(\s*\d{1,3}\s*/\s*(?:\d{1,3}|-)\s*/\s*(?:\d{1,3}|-)\s*\)|\b\d{1,3}\s*/\s*\d{1,3}\s*/\s*\d{1,3}\b(?!/)",
    re.I,
)
_RESOLUTION_WORDS = (
    "beschl", "verabschiedet", "abgelehnt", "genehmigt", "einstimmig", "mehrheitlich",
    "gegenstimme", "enthaltung", "ja-stimmen", "wählt", "entlastet", "antrag",
    "einmütig", "akklamation", "nimmt", "nehmen", "bestätigt", "ernennt", "dafür", "/",
)  # fmt: skip
"""Every match of :data:`RESOLUTION_RE` holds one of these (in :func:`~omgraph.ingest.text.folded`
text): a line without any of them states no resolution."""
_TASK_VERB_RE = re.compile(
    r"\b(?:kümmert|kümmern)\s+sich\b|\bübernimmt\b|\bübernehmen\b|\bklär(?:t|en)\b|\bschick(?:t|en)\b|"
    r"\bverschick(?:t|en)\b|\bbereite(?:t|n)\b.*\bvor\b|\berstell(?:t|en)\b|\bprüf(?:t|en)\b|"
    r"\borganisier(?:t|en)\b|\bfrag(?:t|en)\b.*\ban\b|\bmelde(?:t|n) sich\b|\barbeite(?:t|n)\b.*\bein\b|"
    r"\bsetz(?:t|en)\b.*\bum\b|\bkontaktier(?:t|en)\b|\bschreib(?:t|en)\b|\bsammel(?:t|n)\b|"
    r"\bbesorg(?:t|en)\b",
    re.I,
)
_TASK_VERBS = (
    "kümmer", "übernimmt", "übernehmen", "klär", "schick", "bereite", "erstell", "prüf",
    "organisier", "frag", "melde", "arbeite", "setz", "kontaktier", "schreib", "sammel", "besorg",
)  # fmt: skip
"""Every match of :data:`_TASK_VERB_RE` holds one of these (in folded text)."""
_MODAL_TASK_RE = re.compile(
    r"\b(?:soll|sollte|sollen|sollten|wird|werden)\b(?P<body>[^.]*?)\b(?P<verb>entwickeln|erarbeiten|erstellen|"
    r"vorbereiten|aufbereiten|prüfen|klären|organisieren|umwandeln|überführen|ausarbeiten|vorlegen|"
    r"zusammenstellen|einladen|übernehmen|verschicken|anfragen|kontaktieren)\b"
)
_DUE_RE = re.compile(
    r"\b(?:bis\s+(?:zum|spätestens|Ende|zur)?|spätestens\s+(?:am|bis)?|Frist:?|(?:Ziel)?termin:"
    r"|Deadline:?|fällig(?:\s+am)?:?)\s*",
    re.I,
)


def decision_marker(text: str) -> tuple[DecisionKind, str] | None:
    """``(kind, rest)`` for a line starting with ``Beschluss:``, ``Vereinbarung:``, ``Aufgabe:`` ..."""
    match = MARKER_RE.match(text)
    if not match:
        return None
    word = match["word"]
    kind = next(k for p, k in _MARKERS if re.fullmatch(p, word))
    rest = match["rest"].strip().strip("*_ ")
    note = (match["note"] or "").strip()
    if rest and re.search(r"einstimmig|mehrheitlich|\d\s*/\s*\d|Ja\b|Nein\b|Enthaltung", note):
        rest = f"{rest} ({note})"  # "Beschluss (einstimmig): ..." is a vote on what follows
    if rest and match["for"]:
        rest = f"{match['for'].strip()}: {rest}"  # "Aufgabe für Frau Weber: ...": hers
    return kind, rest


_HEADING_MARKER_RE = re.compile(
    r"^\s*#*\s*(?:To-?[Dd]os?|ToDos?|Maßnahmenplan|Arbeitsaufträge|Action Items?)"
    r"\s*:?\s*$"
)


def marker_heading(text: str) -> DecisionKind | None:
    """``"task"`` for a heading or title that lists tasks ("## ToDos", "Arbeitsaufträge")."""
    return "task" if _HEADING_MARKER_RE.match(text) else None


_AGREED_RE = re.compile(
    r"\b(?:wird|werden|wurde|wurden)\b[^.;]{0,80}?\b(?:vereinbart|verabredet)\b"
    r"|^(?:Der|Die|Das|Alle|Wir)\b[^,.;]{0,60}?\b(?:vereinbart|vereinbaren|verabredet|verabreden|"
    r"einigt sich|einigen sich|verständigt sich|verständigen sich)\b"
)


_NOT_AGREED_RE = re.compile(
    r"\bwie\b[^.;]{0,20}\b(?:vereinbart|verabredet)|\b(?:nicht|nichts|kein\w*|noch|später)\b|\?\s*$"
)
"""Nothing agreed: "wie vereinbart", "wurde nicht vereinbart", "wird noch vereinbart", a question."""


def prose_agreement(text: str, before: str = "") -> str | None:
    """The sentence of an agreement in prose: "Nach kurzer Diskussion wird vereinbart, die
    Fachtagung ...", "Der Fachbeirat vereinbart, ...". "Dies wird so vereinbart." agrees to the
    sentence before (or the line before).

    >>> prose_agreement("Der Fachbeirat vereinbart, eine Projektskizze einzureichen.")
    'Der Fachbeirat vereinbart, eine Projektskizze einzureichen.'
    >>> prose_agreement("Dies wird einvernehmlich so vereinbart.", "Der AK plant einen Aktionstag.")
    'Der AK plant einen Aktionstag. Dies wird einvernehmlich so vereinbart.'
    >>> prose_agreement("Wie vereinbart, wurde das Protokoll verschickt.") is None
    True
    """
    if (
        "verein" not in text
        and "verabred" not in text
        and "eini" not in text
        and "verständ" not in text
    ):
        return None
    for i, sentence in enumerate(parts := sentences(text)):
        if _AGREED_RE.search(sentence) and not _NOT_AGREED_RE.search(sentence):
            if re.match(r"(?:Dies|Das|So)\b", sentence):
                # "Dies wird so vereinbart." agrees to the sentence (or line) before
                earlier = parts[i - 1] if i else before
                return f"{earlier} {sentence}".strip()
            return sentence
    return None


def prose_resolution(text: str) -> str | None:
    """A resolution written in prose ("... werden einstimmig ... beschlossen", "(6/0/0)
    angenommen"): the text from the sentence that states it to the end of the line."""
    if len(text) > 800:
        return None
    if not _may_resolve(text):
        return None
    parts = sentences(text)
    for i, sentence in enumerate(parts):
        if _may_resolve(sentence) and RESOLUTION_RE.search(sentence):
            return " ".join(parts[i:]).strip()
    return None


def _may_resolve(text: str) -> bool:
    """False where :data:`RESOLUTION_RE` cannot match: none of its words is in ``text``."""
    return holds_any(folded(text), _RESOLUTION_WORDS)


def due_date(text: str, year: int | None) -> dt.date | None:
    """The deadline in ``text`` ("bis zum 1.1.2020", "bis 30.11.2020", "bis 12.6.")."""
    for match in _DUE_RE.finditer(text):
        found = next(iter(find_dates(text[match.end() : match.end() + 30], year)), None)
        if found is not None and found[1].start() == 0:
            return found[0]
    return None


def _subject(text: str) -> str:
    match = re.search(
        r"\b(?:wird|werden|soll|sollen|sollte|sollten|kümmert|kümmern|übernimmt|übernehmen)\b", text
    )
    return text[: match.start()] if match else ""


def assignees(text: str, source: SourceSpan, kind: str = "agreement") -> tuple[Assignee, ...]:
    """Who is asked to act in a decision: groups, people or organisations in the subject of
    its first clause ("Das Koordinierungsteam und die AG Transfer werden gebeten ...")."""
    subject = _subject(text.lstrip("*_ "))
    if not subject or len(subject) > 120:
        return ()
    if kind == "resolution" and not re.search(r"\b(?:gebeten|beauftragt|aufgefordert)\b", text):
        return ()  # "Die Vorlage ... des Strategiekreises wird verabschiedet" asks nobody to act
    found: list[Assignee] = []
    for name, _kind in find_groups(subject):
        found.append(Assignee(name, group=name))
    if found:
        return tuple(found)
    for part in re.split(r"\s+(?:und|sowie)\s+|,\s*", subject):
        part = re.sub(r"^(?:Außerdem|Zudem|Ebenso|Dann|Auch)\s+", "", part.strip())
        part = re.sub(r"^(?:[Dd](?:er|ie|as|en|em))\s+", "", part).strip(" *_")
        if not part:
            continue
        if name_span(part):
            person = mention(part[: name_span(part)], source)
            if person:
                found.append(Assignee(person.text, person=person))
                continue
        if (
            re.fullmatch(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü-]{1,12}", part)
            and sum(c.isupper() for c in part) >= 2
        ):
            found.append(Assignee(part, org=OrgMention(part, source)))
    return tuple(found)


_BULLET_RE = re.compile(r"^\s*(?:[-*•–→]|->|=>)\s*")


def prose_task(
    text: str, source: SourceSpan, year: int | None
) -> tuple[str, tuple[Assignee, ...], dt.date | None] | None:
    """A task written in prose: "Jil kümmert sich drum", "Die AG Transfer sollte ... entwickeln",
    "X arbeitet ... bis 30.11.2020 ein". ``(text, assignees, due)`` or ``None``."""
    stripped = _BULLET_RE.sub("", text).strip()
    if len(stripped) > 400 or stripped.endswith("?"):
        return None  # a question asks, it assigns nothing
    if holds_any(folded(stripped), _TASK_VERBS):
        # the actor is the subject of the verb's own sentence: in "Frau X berichtet über die
        # Planung. Die BG BAU übernimmt die Raumkosten." Frau X takes nothing on
        for sentence in sentences(stripped):
            verb = _TASK_VERB_RE.search(sentence)
            subject = sentence[: verb.start()] if verb else ""
            # the subject only: no clause ("dass", a comma), no speaker's label ("Stadtrat
            # Döring (CDU): Herr Borner hat es angesprochen: Momentan übernehmen ...")
            if subject and len(subject) <= 80 and not re.search(r"\bdass\b|:", subject):
                who = _actor(subject, source)
                # a comma only between the names of the subject ("Jochen, Pirmin und Florian")
                if who and len(who) > subject.count(","):
                    return stripped, who, due_date(stripped, year)
    modal = "soll" in stripped or "wird" in stripped or "werden" in stripped
    match = _MODAL_TASK_RE.search(stripped) if modal else None
    if match and not re.search(
        r"\b(?:werden|worden|sein|stattfinden)\s*[.!]?$", stripped[: match.end() + 8]
    ):
        who = assignees(stripped, source)
        if who and any(a.group or a.person for a in who):
            return stripped, who, due_date(stripped, year)
    return None


def task_subject(text: str, source: SourceSpan) -> tuple[Assignee, ...]:
    """The person or group a marked task starts with, before its verb: "Herr Baumann stellt bis
    zur nächsten Sitzung Praxisbeispiele zusammen" (any verb: the line is marked a task)."""
    words = _BULLET_RE.sub("", text).strip(" *_").split()
    for k, word in enumerate(words):
        if word[:1].islower():
            return _actor(" ".join(words[:k]), source) if 0 < k < len(words) else ()
    return ()


def _actor(text: str, source: SourceSpan) -> tuple[Assignee, ...]:
    """The person or group at the start of a task sentence."""
    groups = find_groups(text[:60])
    if groups and text.find(groups[0][0].split()[-1]) < 30:
        return (Assignee(groups[0][0], group=groups[0][0]),)
    body = (
        re.sub(r"^(?:[A-ZÄÖÜ][\w ]{0,20}:\s*)", "", text)
        if ":" in text[:25] and not name_span(text)
        else text
    )
    found: list[Assignee] = []
    while size := name_span(body):
        person: PersonMention | None = mention(body[:size], source)
        if person is None:
            break
        found.append(Assignee(person.text, person=person))
        # "Frau Oehme und Herr Seifert erstellen ...", "Jochen, Pirmin und Florian ..."
        more = re.match(r"\s*(?:\([^()]*\)\s*)?(?:,|und\b|sowie\b|&|/)\s*", body[size:])
        if not more:
            break
        body = body[size + more.end() :]
    return tuple(found)


def labelled_assignee(text: str, source: SourceSpan) -> tuple[Assignee, ...]:
    """The assignee written before a colon: ``"Markus Müller: den Kontakt herstellen"``,
    ``"Fachgruppe Gesundheit: die Kommentare zusammenführen"``, ``"Frau Krämer/Herr X: ..."``."""
    head, sep, _rest = text.partition(":")
    head = head.strip(" *_")
    if not sep or not head or len(head) > 80:
        return ()
    if (groups := find_groups(head)) and len(groups[0][0]) >= len(head) - 6:
        return tuple(Assignee(name, group=name) for name, _ in groups)
    found: list[Assignee] = []
    for part in re.split(r"\s*(?:/|,|;|\bund\b|&)\s*", head):
        if not plausible_name(part, True):
            return ()
        person = mention(part, source)
        if person is None:
            return ()
        found.append(Assignee(person.text, person=person))
    return tuple(found)

"""Attendance lists: who was present, excused, a guest, in the chair or taking the minutes."""

from __future__ import annotations

import re

from omgraph.ingest.names import NAME_WORD, TITLE_WORD, _titled_name, looks_like_person
from omgraph.ingest.parse import (
    LIST_ITEM_RE,
    Layout,
)
from omgraph.ingest.people import (
    mention,
    mention_nick,
    people_from_entry,
    people_from_list,
)
from omgraph.model import (
    Participant,
    ParticipantRole,
    PersonMention,
    SourceSpan,
)
from omgraph.orgs import looks_like_org, match_org

_ROLE_OF_FIELD: dict[str, ParticipantRole] = {
    "present": "present", "excused": "excused", "guest": "guest", "chair": "chair", "minutes": "minutes",
}  # fmt: skip


def read_participants(layout: Layout, doc: str) -> list[Participant]:
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
            sub = re.match(r"^\s*[-*•–]?\s*([A-ZÄÖÜ][\w ]{2,50}):\s*(.*)$", line.text)
            sub_role = role
            text = line.text
            if sub and (key := _sub_role(sub[1])):
                sub_role, text = key, sub[2]
            elif sub and not _sub_role(sub[1]):
                text = sub[2]
            text = re.sub(r"^\s*(?:[-*•+–]|\d+[.)])\s+", "", text)
            if "|" in text:
                cells = [c.strip() for c in text.strip("|").split("|")]
                if (
                    not cells[0]
                    or set(cells[0]) <= set("-: ")
                    or cells[0].lower() in {"name", "person"}
                ):
                    continue
                text = f"{cells[0]} ({cells[1]})" if len(cells) > 1 and cells[1] else cells[0]
                # a column of functions: "| Dr. Hannah Kessler | HMSI | Vorsitz |"
                noted = " ".join(cells[2:])
                if noted and (extra := _sub_role(noted.split()[0].strip(",;"))) in {
                    "chair",
                    "minutes",
                }:
                    found.extend(
                        Participant(p, extra) for p in people_from_entry(text, line.span(doc))
                    )
            if re.fullmatch(
                r"(?=\S*[A-Za-zÄÖÜäöü])[\w.-]{2,30}(?:\s*\([^()]*\))?", text
            ) and LIST_ITEM_RE.match(line.raw):
                # "- corny", "- Elaine (Gast)": one nickname a bullet is still a person
                nick, _, note = text.partition("(")
                person = mention(nick, line.span(doc), note.rstrip(")")) or mention_nick(
                    nick, line.span(doc)
                )
                found.extend(
                    Participant(p, "guest" if "gast" in note.lower() else sub_role)
                    for p in (person,)
                    if p
                )
                continue
            people = (
                people_from_entry(text, line.span(doc))
                if _one_person(text)
                else _people_or_nicks(text, line.span(doc))
            )
            found.extend(Participant(p, sub_role) for p in people)
            if len(people) == 1 and sub_role == "present" and CHAIR_NOTE_RE.search(text):
                found.append(Participant(people[0], "chair"))  # "Ayşe Demir (BG ETEM, Vorsitz)"
    return found


CHAIR_NOTE_RE = re.compile(r"\((?:[^()]*,\s*)?(?:Vorsitz\w*|Sitzungsleitung|Moderation)\)")


_INVERTED_RE = re.compile(
    rf"{NAME_WORD},\s*(?:{TITLE_WORD}\s*)*{NAME_WORD}(?:\s+{NAME_WORD})?\s*(?:\(.*\))?"
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
    if entries and all(
        re.fullmatch(r"(?=\S*[A-Za-zÄÖÜäöü])[\w.-]{2,30}(?:\s*\([^()]*\))?", e) for e in entries
    ):
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

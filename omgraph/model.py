"""Typed records extracted from minutes.

Every record is a frozen dataclass and carries the :class:`SourceSpan` it was read from, so
that every fact can be traced back to a document and a line, all the way into RDF (PROV).

Mentions (:class:`PersonMention`, :class:`OrgMention`) are names *as written*; entity
resolution (:mod:`omgraph.resolve`) maps them to :class:`Person` and :class:`Organisation`
entities with stable keys.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

ParticipantRole = Literal["present", "excused", "absent", "guest", "chair", "minutes", "moderator"]
"""How a person appears in a meeting's attendance lists."""

DecisionKind = Literal["resolution", "agreement", "task"]
"""``resolution`` = Beschluss, ``agreement`` = Vereinbarung, ``task`` = Aufgabe/To-do."""

Outcome = Literal["adopted", "rejected"]


@dataclass(frozen=True, order=True)
class SourceSpan:
    """Where a fact was read."""

    document: str
    """Document id (see :func:`omgraph.namespaces.document_id`)."""
    line: int
    """1-based line number of the first line of the fact."""
    text: str = field(compare=False)
    """The exact text of that line (or of the snippet) as it stands in the document."""
    end_line: int | None = field(default=None, compare=False)
    """Last line, for facts spanning several lines; ``None`` for a single line."""


@dataclass(frozen=True)
class Document:
    """A source file, read into lines."""

    id: str
    """Stable document id, derived from the file name."""
    path: str
    """The path the document was read from (as given)."""
    sha256: str
    """Hash of the raw bytes."""
    lines: tuple[str, ...]
    """The text, one entry per line, without line terminators."""
    format: str = "txt"
    """``txt``, ``md``, ``docx`` or ``pdf``."""


@dataclass(frozen=True)
class PersonMention:
    """A person as written in one place of a document."""

    text: str
    """The name exactly as written, e.g. ``"Herr Papenfuß"`` or ``"Dr. Stefan Dreler"``."""
    source: SourceSpan
    """Where it was written."""
    title: str = ""
    """Academic titles, e.g. ``"Dr."`` or ``"Prof. Dr."``."""
    given: str = ""
    """Given name(s); empty where only a surname or a salutation was written."""
    family: str = ""
    """Family name; for a single-word mention like ``"Leon"`` the word is in ``given``."""
    salutation: str = ""
    """``"Herr"`` or ``"Frau"`` where written (a hint for gender)."""
    org: OrgMention | None = None
    """The organisation written beside the name, if any."""
    context: str = ""
    """A few words of surrounding text (role, unit), used as evidence by resolution."""


@dataclass(frozen=True)
class OrgMention:
    """An organisation as written in one place of a document."""

    text: str
    """As written, e.g. ``"AGS der Agentur für Arbeit"`` or ``"Bundesteuerberaterkammer"``."""
    source: SourceSpan


@dataclass(frozen=True)
class Meeting:
    """The meeting a document records (one per document)."""

    title: str
    """Title line, e.g. ``"2. Treffen des Strategiekreises der Offensive Mittelstand (OM)"``."""
    source: SourceSpan
    body: str = ""
    """The body that met, e.g. ``"Strategiekreis"`` or ``"AG Transfer"``."""
    series_number: int | None = None
    """Ordinal in the series ("2. Treffen" -> 2)."""
    network: str = ""
    """The network or organisation the body belongs to, e.g. ``"Offensive Mittelstand"``."""
    date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    place: str = ""
    """City or short place, e.g. ``"Berlin"``."""
    venue: str = ""
    """Venue with address, e.g. ``"Deutsche Rentenversicherung ..., 14059 Berlin"``."""


@dataclass(frozen=True)
class Participant:
    """A person in an attendance list (present, excused, guest, chair, minute-taker)."""

    person: PersonMention
    role: ParticipantRole = "present"


@dataclass(frozen=True)
class AgendaItem:
    """An item of the agenda (Tagesordnung), or a TOP section found only in the body."""

    number: str
    """``"1"``, ``"7.1"``; empty for unnumbered entries such as breaks."""
    title: str
    source: SourceSpan
    start: dt.time | None = None
    presenters: tuple[PersonMention, ...] = ()
    presenter_note: str = ""
    """Presenter text that names no person, e.g. ``"Alle"``."""
    is_break: bool = False
    """Mittagspause, Pause, ..."""


@dataclass(frozen=True)
class Contribution:
    """Someone speaks or reports in a section: ``"Siglinde Ludwig DGUV: Wann ...?"``."""

    item: str
    """Agenda number of the section."""
    speaker: PersonMention
    text: str
    source: SourceSpan
    kind: Literal["presentation", "discussion"] = "discussion"


@dataclass(frozen=True)
class Vote:
    """The result of a vote, as far as the minutes give it."""

    unanimous: bool | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    outcome: Outcome | None = None
    text: str = ""
    """The words the vote was read from."""


@dataclass(frozen=True)
class Assignee:
    """Who is asked to act: a person or a body (group, organisation, 'Koordinierungsteam')."""

    text: str
    person: PersonMention | None = None
    """Set when the assignee is a person."""
    group: str = ""
    """Set when the assignee is a working group, team or circle (its name)."""
    org: OrgMention | None = None
    """Set when the assignee is an organisation."""


@dataclass(frozen=True)
class Decision:
    """A resolution (Beschluss), agreement (Vereinbarung) or task (Aufgabe/To-do)."""

    item: str
    """Agenda number of the section it was taken in."""
    kind: DecisionKind
    text: str
    source: SourceSpan
    vote: Vote | None = None
    assignees: tuple[Assignee, ...] = ()
    due: dt.date | None = None


@dataclass(frozen=True)
class WorldCafeResult:
    """One numbered result of a World-Café table."""

    rank: int
    text: str
    source: SourceSpan


@dataclass(frozen=True)
class WorldCafeTable:
    """A World-Café table (or parallel discussion group)."""

    item: str
    number: int
    question: str
    source: SourceSpan
    moderators: tuple[PersonMention, ...] = ()
    results: tuple[WorldCafeResult, ...] = ()


@dataclass(frozen=True)
class WorkingGroup:
    """A working group, team, circle or committee named in the minutes."""

    name: str
    """Canonical short name, e.g. ``"AG Transfer"``, ``"OM-Fachgruppe Gesundheit"``."""
    kind: str
    """``working-group``, ``expert-group``, ``team``, ``circle``, ``committee``, ``board``."""
    source: SourceSpan
    variants: tuple[str, ...] = ()
    """Other spellings seen in the document."""


@dataclass(frozen=True)
class Membership:
    """A person in a working group, for an organisation."""

    group: str
    """The group's canonical name (a :attr:`WorkingGroup.name`)."""
    person: PersonMention
    role: str = "member"
    source: SourceSpan | None = None


@dataclass(frozen=True)
class FutureTopic:
    """A topic named for the future work programme."""

    rank: int
    topic: str
    source: SourceSpan
    note: str = ""
    """Text in brackets beside the topic, without the proposers."""
    proposers: tuple[PersonMention, ...] = ()


@dataclass(frozen=True)
class NextDate:
    """A date fixed for a coming meeting or event."""

    date: dt.date
    title: str
    source: SourceSpan
    place: str = ""
    start: dt.time | None = None


@dataclass(frozen=True)
class Attachment:
    """An attachment (Anlage) referred to."""

    number: int
    source: SourceSpan
    item: str = ""
    """The agenda number of the section that refers to it."""
    title: str = ""


@dataclass(frozen=True)
class GroupMention:
    """A working group, team or circle named somewhere (before de-duplication)."""

    text: str
    source: SourceSpan


@dataclass(frozen=True)
class Minutes:
    """Everything extracted from one document."""

    document: Document
    meeting: Meeting
    participants: tuple[Participant, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    contributions: tuple[Contribution, ...] = ()
    decisions: tuple[Decision, ...] = ()
    world_cafe: tuple[WorldCafeTable, ...] = ()
    groups: tuple[WorkingGroup, ...] = ()
    memberships: tuple[Membership, ...] = ()
    future_topics: tuple[FutureTopic, ...] = ()
    next_dates: tuple[NextDate, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    mentions: tuple[PersonMention, ...] = ()
    """Every other person mention (in prose), so that everyone named becomes a person."""


# --- resolved entities -----------------------------------------------------------------


OrgKind = Literal[
    "ministry",
    "federal-agency",
    "accident-insurer",
    "social-insurer",
    "health-insurer",
    "chamber",
    "association",
    "research-institute",
    "university",
    "foundation",
    "network",
    "company",
    "church",
    "public-body",
    "political-party",
    "other",
]


@dataclass(frozen=True)
class Organisation:
    """A resolved organisation."""

    key: str
    """Stable key, the last segment of its IRI (e.g. ``"dguv"``)."""
    name: str
    """Canonical full name."""
    acronym: str = ""
    kind: str = "other"
    """One of :data:`OrgKind`."""
    variants: tuple[str, ...] = ()
    """Every spelling seen."""
    parent: str = ""
    """Key of the parent organisation, for units."""
    unit_of: str = ""
    """For a sub-unit (e.g. "AGS" of the Bundesagentur für Arbeit): the parent's key."""
    registered: bool = False
    """True when it came from the curated registry, False when only seen in text."""


@dataclass(frozen=True)
class Person:
    """A resolved person."""

    key: str
    """Stable key, the last segment of its IRI (e.g. ``"rolf-papenfuss"``)."""
    name: str
    """Best-known full name, with titles (e.g. ``"Dr. Stefan Dreier"``)."""
    given: str = ""
    family: str = ""
    title: str = ""
    variants: tuple[str, ...] = ()
    """Every spelling seen."""
    organisations: tuple[str, ...] = ()
    """Keys of the organisations the person was seen with."""


@dataclass(frozen=True)
class Merge:
    """Evidence for a resolution decision: which mentions were merged (or kept apart) and why."""

    kind: Literal["person", "organisation"]
    key: str
    """The entity key the variants were merged into (for a near-miss: the first entity)."""
    variants: tuple[str, ...]
    score: float
    """Similarity score, 0-100."""
    reason: str
    """Human-readable evidence, e.g. "same surname and organisation, given name 'Birgit'~'Brigitte'"."""
    merged: bool = True
    """False for a near-miss that was kept apart."""
    other: str = ""
    """For a near-miss: the key of the entity it was kept apart from."""


@dataclass(frozen=True)
class Resolution:
    """The entities behind the mentions of one document (or of several)."""

    people: dict[str, Person]
    """Person key -> person."""
    organisations: dict[str, Organisation]
    """Organisation key -> organisation."""
    person_of: dict[PersonMention, str]
    """Mention -> person key; every person mention of the document has an entry."""
    org_of: dict[OrgMention, str]
    """Mention -> organisation key; every organisation mention has an entry."""
    unit_of: dict[OrgMention, str] = field(default_factory=dict)
    """Mention -> name of the sub-unit written (e.g. ``"AGS"``), where one was."""
    affiliation: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Person key -> organisation keys of that person in this document (participant list first)."""
    merges: tuple[Merge, ...] = ()
    org_keys: dict[OrgMention, tuple[str, ...]] = field(default_factory=dict)
    """Mention -> every organisation it names ("DNBGF-Geschäftsstelle/BKK Dachverband" names two);
    where absent, the mention names just ``org_of[mention]``."""

    def orgs_of(self, mention: OrgMention) -> tuple[str, ...]:
        """Every organisation key an organisation mention names."""
        if mention in self.org_keys:
            return self.org_keys[mention]
        return (self.org_of[mention],) if mention in self.org_of else ()

    def org_for(self, mention: PersonMention) -> tuple[str, ...]:
        """Organisation keys for a person mention: its own, else the person's affiliation."""
        if mention.org is not None and (keys := self.orgs_of(mention.org)):
            return keys
        return self.affiliation.get(self.person_of.get(mention, ""), ())

"""What stands inside the TOP sections: speakers, decisions, World-Café tables, working groups
and their members, future topics, next dates and attachments."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from omgraph.ingest.decisions import (
    LISTED_RE,
    VOTED_ON_RE,
    add_decision,
    counted_vote,
    makes_motion,
    states_outcome,
    vote_line,
    votes_before_resolutions,
)
from omgraph.ingest.groups import find_groups, group_key, without_network
from omgraph.ingest.lists import (
    add_future_topic,
    add_next_date,
    add_next_date_inline,
    add_question,
    add_result,
    add_table,
)
from omgraph.ingest.names import name_span
from omgraph.ingest.parse import Layout, Line, unwrapped
from omgraph.ingest.people import (
    mention,
    names_in_prose,
    people_from_entry,
    people_from_list,
    plausible_name,
    speakers_at_start,
)
from omgraph.ingest.tasks import (
    assignees,
    decision_marker,
    due_date,
    marker_heading,
    prose_agreement,
    prose_resolution,
    prose_task,
)
from omgraph.ingest.votes import parse_vote
from omgraph.model import (
    AgendaItem,
    Assignee,
    Attachment,
    Contribution,
    Decision,
    FutureTopic,
    Meeting,
    Membership,
    NextDate,
    Participant,
    PersonMention,
    SourceSpan,
    Vote,
    WorkingGroup,
    WorldCafeTable,
)

TABLE_RE = re.compile(
    r"^\s*(?P<num>\d+)[.)]\s+(?P<q>.*\?)\s*(?:[–-]\s*)?(?:Moderation\s*:?\s*)?(?P<mods>[^?]*)$"
)
RESULTS_RE = re.compile(
    r"^\s*(?:#+\s*)?Ergebnisse?\s+(?:der\s+|des\s+|von\s+)?(?:Arbeitsgruppe|Gruppe|Tisch|Kreis|Runde|Table|Tisches)\s*(?P<num>\d+)\s*:?",
    re.I,
)
RESULT_ITEM_RE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?P<rank>\d+)[.)]\s*(?P<text>.+)$|^\s*[-*•]\s+(?P<text2>.+)$"
)
MEMBERS_RE = re.compile(
    r"^(?:(?:Der|Dem|Die)\s+)?(?P<group>.*?)\s*(?:gehören\s+(?:folgende\s+(?:Personen|Mitglieder)\s+)?an|"
    r"Mitglieder(?:\s+sind)?|besteht\s+aus)\s*:\s*(?P<list>.+)$"
)
_MEMBERS_WORDS = ("gehören", "Mitglieder", "besteht")
"""Every match of :data:`MEMBERS_RE` holds one of these words and a colon."""


def _members_match(text: str) -> re.Match[str] | None:
    """:data:`MEMBERS_RE` matched against ``text``, checking its words first."""
    if ":" not in text or not any(word in text for word in _MEMBERS_WORDS):
        return None
    return MEMBERS_RE.match(text)


TOPICS_INTRO_RE = re.compile(r"\bThemen\b.*:\s*$|\bZukunfts-?[Tt]hemen\b.*:\s*$")
SECTION_DATES_RE = re.compile(
    r"\b(?:Termine|Veranstaltungen|Folgetermin|nächste[rns]? (?:Termin|Sitzung|Treffen))", re.I
)
NEXT_DATES_RE = re.compile(
    r"n[äa]chsten?\s+(?:Termin|Sitzung|Treffen)|\bTermine\b|Folgetermin|Sitzungstermine"
    r"|weiteren?\s+(?:Termine|Sitzungen|Treffen)",
    re.I,
)
ANLAGE_RE = re.compile(r"\bAnlagen?\s+(?P<nums>\d+(?:\s*(?:,|und|&|sowie)\s*\d+)*)")
ANLAGEN_COUNT_RE = re.compile(r"^\s*(?P<n>\d+)\s+Anlagen\s*$")
SPEAKER_BLOCK_RE = re.compile(
    r"^(?:Herrn?\s+|Frau\s+)?(?:(?:Prof\.|Dr\.)\s*)*[A-ZÄÖÜ][\wäöüß-]+\s+[A-ZÄÖÜ][\wäöüß-]+"
)
DISCUSSION_RE = re.compile(r"^(?:Diskussion|Aussprache|Fragen|Rückfragen)\s*:?\s*$", re.I)


@dataclass
class SectionFacts:
    """Everything read out of the sections (filled as the reader goes)."""

    contributions: tuple[Contribution, ...] = ()
    decisions: tuple[Decision, ...] = ()
    world_cafe: tuple[WorldCafeTable, ...] = ()
    groups: tuple[WorkingGroup, ...] = ()
    memberships: tuple[Membership, ...] = ()
    future_topics: tuple[FutureTopic, ...] = ()
    next_dates: tuple[NextDate, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    mentions: tuple[PersonMention, ...] = ()
    heading_presenters: dict[str, tuple[str, tuple[PersonMention, ...]]] = field(
        default_factory=dict
    )


@dataclass
class _Reader:
    doc: str
    year: int | None
    known_families: frozenset[str]
    contributions: list[Contribution] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    tables: dict[int, WorldCafeTable] = field(default_factory=dict)
    group_mentions: list[tuple[str, str, SourceSpan]] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    future_topics: list[FutureTopic] = field(default_factory=list)
    next_dates: list[NextDate] = field(default_factory=list)
    attachments: dict[int, Attachment] = field(default_factory=dict)
    mentions: list[PersonMention] = field(default_factory=list)
    heading_presenters: dict[str, tuple[str, tuple[PersonMention, ...]]] = field(
        default_factory=dict
    )
    attachment_count: int = 0

    # -- groups -----------------------------------------------------------------------------
    def note_groups(self, line: Line) -> None:
        for name, kind in find_groups(line.text):
            self.group_mentions.append((name, kind, line.span(self.doc)))

    def last_group(self, kind_word: str) -> str:
        want = "fachgruppe" if kind_word.lower().startswith(("fachgruppe", "fg")) else "ag"
        for name, _kind, _src in reversed(self.group_mentions):
            if group_key(name).startswith(want):
                return name
        return ""


def read_sections(
    layout: Layout,
    doc: str,
    meeting: Meeting,
    agenda: list[AgendaItem],
    participants: list[Participant],
) -> SectionFacts:
    """Read the records out of every TOP section (and the agenda's World-Café rows)."""
    families = frozenset(p.person.family for p in participants if p.person.family)
    families |= frozenset(p.family for a in agenda for p in a.presenters if p.family)
    reader = _Reader(doc, meeting.date.year if meeting.date else None, families)
    for line in layout.header:
        reader.note_groups(line)
    for line in layout.agenda:
        _agenda_table_row(reader, line)
        reader.note_groups(line)
    for section in layout.sections:
        _heading(reader, section.number, section.title, section.heading)
        reader.note_groups(section.heading)
        _section(reader, section.number, section.body, section.title)
    if not layout.sections:
        body = tuple(
            line for line in layout.lines if line not in set(layout.header) | set(layout.agenda)
        )
        _section(reader, "", body)
    for n in range(1, reader.attachment_count + 1):
        reader.attachments.setdefault(
            n, Attachment(n, SourceSpan(doc, layout.lines[-1].number, layout.lines[-1].raw))
        )
    groups = _groups(reader)
    return SectionFacts(
        contributions=tuple(reader.contributions),
        decisions=tuple(_canonical_assignees(d, groups) for d in reader.decisions),
        world_cafe=tuple(reader.tables[k] for k in sorted(reader.tables)),
        groups=groups,
        memberships=tuple(reader.memberships),
        future_topics=tuple(reader.future_topics),
        next_dates=tuple(reader.next_dates),
        attachments=tuple(reader.attachments[k] for k in sorted(reader.attachments)),
        mentions=tuple(reader.mentions),
        heading_presenters=reader.heading_presenters,
    )


def _groups(reader: _Reader) -> tuple[WorkingGroup, ...]:
    """One :class:`WorkingGroup` per group, under its most frequent (then shortest) spelling."""
    by_key: dict[str, list[tuple[str, str, SourceSpan]]] = {}
    for name, kind, source in reader.group_mentions:
        key = group_key(name)
        by_key.setdefault(key, []).append((name, kind, source))
    groups: list[WorkingGroup] = []
    for seen in by_key.values():
        names = [n for n, _, _ in seen]
        best = sorted(set(names), key=lambda n: (-names.count(n), len(n)))[0]
        # "OM-Fachgruppe Gesundheit": the network's prefix is not part of the group's name
        best = without_network(best)
        variants = tuple(sorted(set(names) - {best}))
        groups.append(WorkingGroup(best, seen[0][1], seen[0][2], variants))
    return tuple(groups)


def _canonical_assignees(decision: Decision, groups: tuple[WorkingGroup, ...]) -> Decision:
    """Assignee groups under the name the group is listed with ("OM-Koordinierungsteam" ->
    "Koordinierungsteam" where that is the usual spelling)."""
    names = {v: g.name for g in groups for v in (g.name, *g.variants)}
    if not any(a.group and names.get(a.group, a.group) != a.group for a in decision.assignees):
        return decision
    fixed = tuple(
        Assignee(names[a.group], group=names[a.group]) if a.group in names else a
        for a in decision.assignees
    )
    return Decision(
        decision.item,
        decision.kind,
        decision.text,
        decision.source,
        decision.vote,
        fixed,
        decision.due,
    )


def canonical_group(reader: _Reader, name: str) -> str:
    """The name under which ``name`` will be listed (see :func:`_groups`)."""
    key = group_key(name)
    return next((g.name for g in _groups(reader) if group_key(g.name) == key), name)


def _heading(reader: _Reader, number: str, title: str, line: Line) -> None:
    """Presenters in brackets at the end of a heading: ``"Titel (Oleg Cernavin)"``."""
    people: tuple[PersonMention, ...] = ()
    clean_title = title
    open_at = title.rfind("(")
    if open_at > 0:
        inner = title[open_at + 1 :].rstrip(")").strip()
        if name_span(inner):
            found = [
                p
                for part in re.split(r"[,;]", inner)
                for p in people_from_entry(part, line.span(reader.doc))
            ]
            if found:
                people = tuple(found)
                clean_title = title[:open_at].strip(" –-")
    reader.heading_presenters[number] = (clean_title, people)


def _agenda_table_row(reader: _Reader, line: Line) -> None:
    match = TABLE_RE.match(line.text)
    if match and "?" in line.text:
        add_table(reader, "", match, line)


_WHO_COLUMNS = ("wer", "verantw", "zuständig")
_WHAT_COLUMNS = ("was", "maßnahme", "aufgabe", "todo")
"""The columns of a table of tasks that name who and what (the header's cells, lower case)."""


def _table_task(
    reader: _Reader, item: str, kind: str, head: list[str], cells: list[str], span: SourceSpan
) -> int:
    """One row of a table of tasks ("| 2 | Frau Dr. Arslan, Herr Mähler | Entwurf ... |
    15.03.2025 |") as a decision of ``kind``: who (Wer, Verantwortlich), what (Was, Maßnahme,
    Aufgabe), by when (Bis wann, Termin, Frist). 1 if a row was read, else 0."""

    def column(*words: str) -> str:
        for word in words:  # the first word that names a column wins: "Bis wann" before "Datum"
            for k, name in enumerate(head):
                if k < len(cells) and word in name:
                    return cells[k]
        return ""

    what = column(*_WHAT_COLUMNS, "beschreibung", "thema")
    if not what:
        return 0
    who = column(*_WHO_COLUMNS)
    when = column("bis", "frist", "fällig", "termin", "wann", "datum")
    due = due_date(f"bis {when}", reader.year) if when else None
    reader.decisions.append(Decision(item, kind, what, span, None, _named(who, span), due))  # type: ignore[arg-type]
    return 1


def _named(who: str, span: SourceSpan) -> tuple[Assignee, ...]:
    """The people a "who" cell or line lists: "Frau Müller (BG ETEM) und Herr Schmidt", "Alle"
    (nobody)."""
    return tuple(
        Assignee(p.text, person=p)
        for part in re.split(r"\s*(?:/|;|,|\bund\b|&)\s*", who)
        if (name := part.split("(")[0].strip())
        and plausible_name(name, True)
        and (p := mention(name, span, part[len(name) :].strip(" ()"))) is not None
    )


RESPONSIBLE_RE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:Verantwortlich|Zuständig(?:keit)?|Verantwortung|Erledigung|Wer)\s*:\s*"
    r"(?P<who>\S.*)$",
    re.I,
)
"""Who is to do the task above: "Verantwortlich: Frau Brunner und Herr Ott, bis 31.5."."""


DUE_LINE_RE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:Termin|Frist|Bis|Fällig(?:keit)?|Deadline|Zieltermin)\s*:\s*(?P<when>\S.*)$",
    re.I,
)
"""The deadline of the task above, on a line of its own: "Termin: 30.06.2025"."""


def _completes_task(reader: _Reader, item: str, text: str, span: SourceSpan, above: int) -> bool:
    """A "Verantwortlich: ..." or "Termin: ..." line that completes the task on the line above."""
    if (who := RESPONSIBLE_RE.match(text)) and _responsible(reader, item, who["who"], span, above):
        return True
    return bool((when := DUE_LINE_RE.match(text)) and _due(reader, item, when["when"], above))


def _task_table(header: str) -> bool:
    """Whether a table's header row names who and what ("| Wer | Was | Bis wann |")."""
    cells = [c.strip().casefold() for c in header.strip().strip("|").split("|")]
    return any(c.startswith(_WHO_COLUMNS) for c in cells) and any(
        c.startswith(_WHAT_COLUMNS) for c in cells
    )


def _just_above(reader: _Reader, item: str, above: int) -> Decision | None:
    """The item's last task or agreement if it was read from line ``above`` (the line before)."""
    last = reader.decisions[-1] if reader.decisions else None
    if last is None or last.item != item or last.kind == "resolution":
        return None
    return last if above in (last.source.line, last.source.end_line) else None


def _due(reader: _Reader, item: str, when: str, above: int) -> bool:
    """Give the task or agreement on the line above without a deadline the date of ``when``."""
    last = _just_above(reader, item, above)
    if last is None or last.due is not None:
        return False
    due = due_date(f"bis {when}", reader.year)
    if due is None:
        return False
    reader.decisions[-1] = replace(last, due=due)
    return True


def _responsible(reader: _Reader, item: str, who: str, span: SourceSpan, above: int) -> bool:
    """Give the task or agreement on the line above without an assignee the people of ``who``
    (and its deadline); False if there is none or ``who`` names nobody."""
    last = _just_above(reader, item, above)
    if last is None or last.assignees:
        return False
    people = _named(re.split(r",?\s+bis\b|,\s*(?=\d)", who)[0], span)
    if not people:
        return False
    due = last.due or due_date(who, reader.year)
    reader.decisions[-1] = replace(last, assignees=people, due=due)
    return True


def _restated(reader: _Reader, item: str, vote: Vote | None) -> bool:
    """Whether a resolution in prose only restates one of the item's decisions: the same
    counted vote with the same outcome ("Beschluss: mehrheitlich abgelehnt / 27 Nein-Stimmen,
    1 Enthaltung" above the transcript in which the chair says "27 Nein-Stimmen, 1 Enthaltung
    ... Damit mehrheitlich abgelehnt"). Only a vote with votes against or abstentions is told apart
    well enough by its counts."""
    if vote is None or not (vote.votes_against or vote.abstentions):
        return False  # "(6/0/0) angenommen" may well close several motions of one item
    counts = (vote.votes_for, vote.votes_against, vote.abstentions, vote.outcome)
    return any(
        d.item == item
        and len(d.text.split()) <= 4  # "mehrheitlich abgelehnt": the outcome alone, restated
        and d.vote is not None
        and (d.vote.votes_for, d.vote.votes_against, d.vote.abstentions, d.vote.outcome) == counts
        for d in reader.decisions
    )


def _section(reader: _Reader, item: str, body: tuple[Line, ...], title: str = "") -> None:
    doc = reader.doc
    body = unwrapped(body)
    mode = "dates" if SECTION_DATES_RE.search(title) else ""  # "", "results", "topics", "dates"
    # the kind of a marker ("Aufgaben:", a heading "## ToDos") whose items follow on the next lines
    pending: str = marker_heading(title) or ""
    ahead = votes_before_resolutions(body)
    votes_ahead: list[str] = []
    motion = ""  # the motion ("Der Vorsitzende beantragt ...") that a following vote decides
    pending_items = 0
    list_only = bool(pending)  # after a heading: only its list or table, no line of prose
    table_head: list[str] | None = None  # the columns of a table of tasks ("Wer | Was | Bis")
    current_table = 0
    presentation: tuple[PersonMention, list[Line]] | None = None
    discussion = False

    def close_presentation() -> None:
        nonlocal presentation
        if presentation is not None:
            speaker, lines = presentation
            if lines:
                text = " ".join(line.text for line in lines if line.text)
                source = SourceSpan(doc, lines[0].number, lines[0].raw, lines[-1].number)
                reader.contributions.append(
                    Contribution(item, speaker, text, source, "presentation")
                )
            presentation = None

    before: dict[int, str] = {}  # line number -> the text of the non-empty line before it
    above: dict[int, int] = {}  # line number -> the number of the non-empty line before it
    last, last_number = "", 0
    for line in body:
        if line.text:
            before[line.number], last = last, line.text
            above[line.number], last_number = last_number, line.end or line.number
    for line in body:
        text = line.text
        if not text or line.raw.lstrip().startswith(">"):
            continue  # a quoted mail or text is not what the meeting said or decided
        span = line.span(doc)
        reader.note_groups(line)
        reader.mentions.extend(names_in_prose(text, span, reader.known_families))
        if "Anlage" in text:  # (cheap before the pattern)
            for match in ANLAGE_RE.finditer(text):
                for num in re.findall(r"\d+", match["nums"]):
                    title = "Präsentation" if "Präsentation" in text[: match.start()] else ""
                    reader.attachments.setdefault(int(num), Attachment(int(num), span, item, title))
        if m := ANLAGEN_COUNT_RE.match(text):
            reader.attachment_count = int(m["n"])
            continue
        if _completes_task(reader, item, text, span, above.get(line.number, 0)):
            continue  # "Verantwortlich: ...", "Termin: ..." under a task (also in a list)
        if text.startswith("|") and (pending or table_head is not None or _task_table(text)):
            cells = [c.strip() for c in text.strip().strip("|").split("|")]
            if table_head is None:
                table_head = [c.casefold() for c in cells]
            elif not all(set(c) <= set("-: ") for c in cells):
                pending_items += _table_task(
                    reader, item, pending or "task", table_head, cells, span
                )
            continue
        table_head = None
        if pending:
            listed = LISTED_RE.match(text)
            if listed:
                pending_items += 1
                add_decision(
                    reader, item, pending, listed["text"], span
                )  # "- Frau Krämer: ... bis 26.2."
                continue
            if not pending_items and not list_only and not decision_marker(text):
                add_decision(reader, item, pending, text, span)
                pending = ""
                continue
            pending = ""
        if DISCUSSION_RE.match(text):
            close_presentation()
            discussion = True
            mode = ""
            continue
        if m := RESULTS_RE.match(text):
            close_presentation()
            mode, current_table = "results", int(m["num"])
            continue
        if mode == "results" and (m := RESULT_ITEM_RE.match(text)) and current_table:
            add_result(reader, item, current_table, m, span)
            continue
        if mode == "results" and text.endswith("?") and current_table:
            add_question(reader, item, current_table, text, span)
            continue
        if (
            "hemen" in text  # ("Themen", "Zukunftsthemen": cheap before the pattern)
            and TOPICS_INTRO_RE.search(text)
            and not text.startswith(("Beschluss", "Vereinbarung"))
        ):
            mode = "topics"
            continue
        if mode == "topics" and (m := RESULT_ITEM_RE.match(text)):
            add_future_topic(reader, m, span)
            continue
        if (text.rstrip().endswith(":") or text.startswith("#")) and NEXT_DATES_RE.search(text):
            mode = "dates"
            continue
        if mode == "dates" and add_next_date(reader, text, span):
            continue
        if mode in {"topics", "dates", "results"} and not RESULT_ITEM_RE.match(text):
            mode = ""
        m = TABLE_RE.match(text)
        if m and m["mods"].strip() and name_span(m["mods"].strip(" –-").lstrip()):
            add_table(reader, item, m, line)
            continue
        if (m := _members_match(text)) and (
            "gehören" in text or "Mitglieder" in m["group"] or not m["group"]
        ):
            _members(reader, m, span)
            continue
        if text.startswith("#") and (kind := marker_heading(text)):
            close_presentation()
            pending, pending_items, list_only = kind, 0, True
            continue
        if kind_text := decision_marker(text):
            close_presentation()
            kind, rest = kind_text
            if rest:
                add_decision(reader, item, kind, rest, span)
            else:
                pending, pending_items, list_only = kind, 0, False
            continue
        if line.number in ahead:
            votes_ahead.append(text)
            continue
        if vote_line(reader, text, span):
            continue
        if (counted := counted_vote(text)) is not None:
            # "Das Ergebnis der Abstimmung: 9 Ja-Stimmen, keine Nein-Stimme und 5 Enthaltungen."
            # after "Per Mentimeter wurde über die Entlastung des Vorstands abgestimmt."
            asked = before.get(line.number, "")
            asked = asked if VOTED_ON_RE.search(asked) else ""
            reader.decisions.append(
                Decision(item, "resolution", f"{asked} {text}".strip(), span, counted)
            )
            continue
        if makes_motion(text) and not states_outcome(text) and not prose_agreement(text):
            motion = text
            continue
        resolution = prose_resolution(text) or (
            text if votes_ahead and states_outcome(text) else None
        )
        if resolution:
            counted = " ".join((*votes_ahead, text))
            votes_ahead.clear()
            if motion and re.match(r"^(?:Der|Dieser)\s+Antrag\b", resolution):
                resolution = f"{motion} – {resolution}"
            motion = ""
            vote = parse_vote(counted)
            if not _restated(reader, item, vote):
                reader.decisions.append(
                    Decision(
                        item,
                        "resolution",
                        resolution,
                        span,
                        vote,
                        assignees(resolution, span, "resolution"),
                        due_date(text, reader.year),
                    )
                )
            continue
        if agreed := prose_agreement(text, before.get(line.number, "")):
            reader.decisions.append(
                Decision(
                    item,
                    "agreement",
                    agreed,
                    span,
                    None,
                    assignees(agreed, span),
                    due_date(agreed, reader.year),
                )
            )  # the line may still be someone's contribution: read on
        elif task := prose_task(text, span, reader.year):
            reader.decisions.append(Decision(item, "task", task[0], span, None, task[1], task[2]))
        if add_next_date_inline(reader, text, span):
            continue
        speakers = speakers_at_start(text, span)
        if speakers:
            people, rest = speakers
            if (
                presentation is not None
                and not discussion
                and people[0].family == presentation[0].family
            ):
                presentation[1].append(line)
                continue
            for person in people:
                reader.contributions.append(
                    Contribution(
                        item, person, rest, span, "discussion" if discussion else "presentation"
                    )
                )
            continue
        block = _speaker_block(text, span)
        if block is not None:
            close_presentation()
            discussion = False
            presentation = (block, [line])
            continue
        if presentation is not None and not discussion:
            presentation[1].append(line)
    close_presentation()


def _speaker_block(text: str, span: SourceSpan) -> PersonMention | None:
    """A line that only names who reports next: ``"Maria Becker (Bundesministerium für
    Gesundheit, Leitung Unterabteilung Prävention)"``."""
    if len(text) > 220 or text.endswith((".", ":", "?")) or not SPEAKER_BLOCK_RE.match(text):
        return None
    size = name_span(text)
    if size == 0:
        return None
    rest = text[size:].strip()
    if rest.startswith("("):
        org = rest[1:].rsplit(")", 1)[0]
    elif rest and rest[0].isupper():
        org = rest
    else:
        return None
    return mention(text[:size], span, org)


def _members(reader: _Reader, m: re.Match[str], span: SourceSpan) -> None:
    group_text = m["group"].strip()
    named = find_groups(group_text)
    if named:
        group = named[0][0]
    else:
        group = reader.last_group(group_text.split()[-1] if group_text else "AG")
    if not group:
        return
    group = canonical_group(reader, group)
    for person in people_from_list(m["list"], span):
        reader.memberships.append(Membership(group, person, "member", span))


__all__ = ["SectionFacts", "read_sections"]

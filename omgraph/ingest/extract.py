"""Document -> :class:`~omgraph.model.Minutes`: the stages of :mod:`omgraph.ingest` in order
(layout, header, attendance, agenda, sections)."""

from __future__ import annotations

from omgraph.errors import NotMinutesError
from omgraph.ingest.agenda import complete_agenda, number_plain_sections, read_agenda
from omgraph.ingest.attendance import read_participants
from omgraph.ingest.header import read_meeting
from omgraph.ingest.parse import (
    parse_layout,
)
from omgraph.ingest.sections import SectionFacts, read_sections
from omgraph.model import (
    Document,
    Minutes,
    Participant,
)


def extract(document: Document) -> Minutes:
    """Read every record out of a document.

    Raises :class:`~omgraph.errors.NotMinutesError` when nothing in it looks like minutes.
    """
    layout = parse_layout(document)
    doc = document.id
    meeting = read_meeting(layout, doc)
    participants = read_participants(layout, doc)
    agenda = read_agenda(layout, doc, meeting.date)
    layout = number_plain_sections(layout, agenda)
    facts: SectionFacts = read_sections(layout, doc, meeting, agenda, participants)
    if not any(p.role == "present" for p in participants):
        # no attendance list: whoever speaks in the minutes was there (council minutes)
        participants += [
            Participant(c.speaker, "present")
            for c in facts.contributions
            if c.kind == "discussion" or c.speaker.salutation or c.speaker.org
        ]
    agenda = complete_agenda(agenda, layout.sections, facts, doc)
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

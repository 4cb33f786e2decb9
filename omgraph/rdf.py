"""Minutes records -> RDF quads in the document's named graph.

Vocabulary (see ``data/ontology.ttl``): W3C ORG for organisations, working groups and
memberships, FOAF/schema.org for people, schema.org events for meetings, agenda items and next
dates, SKOS labels, PROV for provenance (every fact node ``prov:wasDerivedFrom`` a source line),
DCTERMS for the document. IRIs come from :mod:`omgraph.namespaces` only, so the same input gives
the same quads on every run; there are no blank nodes.

>>> from omgraph.model import Document, Meeting, Minutes, Resolution, SourceSpan
>>> doc = Document("d", "d.txt", "0" * 64, ("Treffen",))
>>> minutes = Minutes(doc, Meeting("Treffen", SourceSpan("d", 1, "Treffen")))
>>> quads = minutes_to_quads(minutes, Resolution({}, {}, {}, {}))
>>> {q.graph_name.value for q in quads}
{'https://w3id.org/omgraph/id/graph/d'}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pyoxigraph import NamedNode, Quad

from omgraph import namespaces as ns
from omgraph.model import Minutes, Resolution
from omgraph.rdf_entities import write_entities, write_groups
from omgraph.rdf_resolution import write_merges
from omgraph.rdf_writer import DCTERMS, PROV, RDF_TYPE, RDFS_LABEL, SDO, SKOS, GraphWriter
from omgraph.terms import iri, omg

if TYPE_CHECKING:
    from omgraph.topics import TopicScheme

__all__ = ["minutes_to_quads"]


def minutes_to_quads(
    minutes: Minutes, resolution: Resolution, *, scheme: TopicScheme | None = None
) -> list[Quad]:
    """Every fact of ``minutes`` as quads in ``namespaces.document_graph(doc_id)``.

    Parameters
    ----------
    minutes
        The records extracted from one document.
    resolution
        The people and organisations behind the document's mentions.
    scheme
        The topic scheme (:func:`omgraph.topics.load_scheme`); when given, agenda items,
        contributions, decisions, World-Café tables and future topics are linked to the topics
        their text names (``dcterms:subject``).

    Returns
    -------
    list of pyoxigraph.Quad
        Without duplicates, in a stable order.
    """
    doc = minutes.document
    w = GraphWriter(doc, resolution, scheme)
    _write_document(w, minutes)
    m = _write_meeting(w, minutes)
    write_entities(w, minutes)
    write_groups(w, minutes, m)
    items = _write_agenda(w, minutes, m)
    _write_participants(w, minutes, m)
    _write_contributions(w, minutes, m, items)
    _write_decisions(w, minutes, m, items)
    _write_world_cafe(w, minutes, m)
    _write_future_topics(w, minutes, m)
    _write_next_dates(w, minutes, m)
    _write_attachments(w, minutes, m, items)
    write_merges(w, resolution)
    return w.quads()


def _write_document(w: GraphWriter, minutes: Minutes) -> None:
    doc = minutes.document
    d = iri(ns.document(doc.id))
    w.add(d, RDF_TYPE, omg("Document"))
    w.add(d, RDF_TYPE, PROV + "Entity")
    w.add(d, DCTERMS + "identifier", doc.id)
    w.add(d, DCTERMS + "source", doc.path)
    w.add(d, omg("sha256"), doc.sha256)
    w.add(d, omg("format"), doc.format)
    w.add(d, omg("lineCount"), len(doc.lines))
    if minutes.meeting.title:
        w.add(d, DCTERMS + "title", minutes.meeting.title)


def _write_meeting(w: GraphWriter, minutes: Minutes) -> NamedNode:
    meeting = minutes.meeting
    doc_id = minutes.document.id
    m = iri(ns.meeting(doc_id))
    w.fact(m, "Meeting", meeting.source)
    w.add(m, RDF_TYPE, SDO + "Event")
    w.add(m, omg("document"), iri(ns.document(doc_id)))
    w.add(m, omg("documentId"), doc_id)
    label = meeting.title or meeting.body or doc_id
    w.add(m, RDFS_LABEL, label)
    w.add(m, DCTERMS + "title", meeting.title or None)
    w.add(m, SDO + "name", meeting.title or None)
    w.add(m, omg("body"), meeting.body or None)
    w.add(m, omg("network"), meeting.network or None)
    w.add(m, omg("seriesNumber"), meeting.series_number)
    w.add(m, SDO + "startDate", meeting.date)
    w.add(m, SDO + "startTime", meeting.start)
    w.add(m, SDO + "endTime", meeting.end)
    w.add(m, SDO + "location", meeting.place or None)
    w.add(m, omg("venue"), meeting.venue or None)
    return m


def _write_agenda(w: GraphWriter, minutes: Minutes, m: NamedNode) -> dict[str, NamedNode]:
    """Agenda items; returns agenda number -> item node (first item with that number)."""
    doc_id = minutes.document.id
    items: dict[str, NamedNode] = {}
    for position, item in enumerate(minutes.agenda, start=1):
        key = item.number if item.number and item.number not in items else f"p{position}"
        node = iri(ns.meeting_part(doc_id, "item", key))
        if item.number and item.number not in items:
            items[item.number] = node
        w.fact(node, "AgendaItem", item.source)
        w.add(node, RDF_TYPE, SDO + "Event")
        w.add(node, omg("meeting"), m)
        w.add(node, SDO + "superEvent", m)
        w.add(node, omg("position"), position)
        w.add(node, omg("number"), item.number or None)
        w.add(node, SDO + "name", item.title)
        w.add(node, RDFS_LABEL, item.title)
        w.add(node, SDO + "startTime", item.start)
        w.add(node, omg("presenterNote"), item.presenter_note or None)
        w.add(node, omg("isBreak"), item.is_break)
        w.subjects(node, item.title, spans=(item.source,))
        for presenter in item.presenters:
            w.add(node, omg("presenter"), w.person(presenter))
            for org in w.orgs_for(presenter):
                w.add(node, omg("presenterFor"), org)
    return items


def _write_participants(w: GraphWriter, minutes: Minutes, m: NamedNode) -> None:
    doc_id = minutes.document.id
    for participant in minutes.participants:
        person = w.person(participant.person)
        key = person.value.rsplit("/", 1)[-1]
        node = iri(ns.meeting_part(doc_id, "attendance", key, participant.role))
        attended = participant.role not in {"excused", "absent"}
        w.fact(node, "Attendance", participant.person.source)
        w.add(node, omg("meeting"), m)
        w.add(node, omg("person"), person)
        w.add(node, omg("role"), participant.role)
        w.add(node, omg("attended"), attended)
        if attended:
            w.add(m, SDO + "attendee", person)
        for org in w.orgs_for(participant.person):
            w.add(node, omg("attendedFor"), org)
        w.add(node, omg("viaUnit"), w.unit_for(participant.person))


def _write_contributions(
    w: GraphWriter, minutes: Minutes, m: NamedNode, items: dict[str, NamedNode]
) -> None:
    doc_id = minutes.document.id
    for index, contribution in enumerate(minutes.contributions, start=1):
        node = iri(ns.meeting_part(doc_id, "contribution", index))
        w.fact(node, "Contribution", contribution.source)
        w.add(node, omg("meeting"), m)
        w.add(node, omg("item"), items.get(contribution.item))
        w.add(node, omg("itemNumber"), contribution.item or None)
        w.add(node, omg("kind"), contribution.kind)
        w.add(node, omg("text"), contribution.text)
        w.subjects(node, contribution.text, spans=(contribution.source,))
        w.add(node, omg("speaker"), w.person(contribution.speaker))
        for org in w.orgs_for(contribution.speaker):
            w.add(node, omg("speakerFor"), org)


def _write_decisions(
    w: GraphWriter, minutes: Minutes, m: NamedNode, items: dict[str, NamedNode]
) -> None:
    doc_id = minutes.document.id
    for index, decision in enumerate(minutes.decisions, start=1):
        node = iri(ns.meeting_part(doc_id, "decision", index))
        w.fact(node, "Decision", decision.source)
        w.add(node, omg("meeting"), m)
        w.add(node, omg("position"), index)
        w.add(node, omg("kind"), decision.kind)
        w.add(node, omg("text"), decision.text)
        w.add(node, omg("item"), items.get(decision.item))
        w.add(node, omg("itemNumber"), decision.item or None)
        w.add(node, omg("due"), decision.due)
        w.subjects(node, decision.text, spans=(decision.source,))
        vote = decision.vote
        if vote is not None:
            w.add(node, omg("unanimous"), vote.unanimous)
            w.add(node, omg("votesFor"), vote.votes_for)
            w.add(node, omg("votesAgainst"), vote.votes_against)
            w.add(node, omg("abstentions"), vote.abstentions)
            w.add(node, omg("outcome"), vote.outcome)
            w.add(node, omg("voteText"), vote.text or None)
        for position, assignee in enumerate(decision.assignees, start=1):
            target: NamedNode | None = None
            if assignee.person is not None:
                target = w.person(assignee.person)
            elif assignee.group:
                target = w.group(assignee.group)
            elif assignee.org is not None:
                target = w.org(assignee.org)
            assignment = iri(ns.meeting_part(doc_id, "decision", index, "assignee", position))
            w.fact(assignment, "Assignment", decision.source)
            w.add(node, omg("assignment"), assignment)
            w.add(assignment, omg("position"), position)
            w.add(assignment, RDFS_LABEL, assignee.text)
            w.add(assignment, omg("assignee"), target)
            w.add(node, omg("assignee"), target)
            w.add(node, omg("assigneeLabel"), assignee.text)


def _write_world_cafe(w: GraphWriter, minutes: Minutes, m: NamedNode) -> None:
    doc_id = minutes.document.id
    for table in minutes.world_cafe:
        node = iri(ns.meeting_part(doc_id, "table", table.item or "0", table.number))
        w.fact(node, "WorldCafeTable", table.source)
        w.add(node, omg("meeting"), m)
        w.add(node, omg("itemNumber"), table.item or None)
        w.add(node, omg("tableNumber"), table.number)
        w.add(node, omg("question"), table.question)
        w.add(node, RDFS_LABEL, table.question)
        w.subjects(
            node,
            table.question,
            *(r.text for r in table.results),
            spans=(table.source, *(r.source for r in table.results)),
        )
        for moderator in table.moderators:
            w.add(node, omg("moderator"), w.person(moderator))
            for org in w.orgs_for(moderator):
                w.add(node, omg("involves"), org)
        for result in table.results:
            r = iri(
                ns.meeting_part(
                    doc_id, "table", table.item or "0", table.number, "result", result.rank
                )
            )
            w.fact(r, "WorldCafeResult", result.source)
            w.add(node, omg("result"), r)
            w.add(r, omg("table"), node)
            w.add(r, omg("rank"), result.rank)
            w.add(r, omg("text"), result.text)


def _write_future_topics(w: GraphWriter, minutes: Minutes, m: NamedNode) -> None:
    doc_id = minutes.document.id
    for index, topic in enumerate(minutes.future_topics, start=1):
        node = iri(ns.meeting_part(doc_id, "future-topic", index))
        w.fact(node, "FutureTopic", topic.source)
        w.add(node, omg("meeting"), m)
        w.add(node, omg("rank"), topic.rank)
        w.add(node, RDFS_LABEL, topic.topic)
        w.add(node, SKOS + "prefLabel", topic.topic)
        w.add(node, omg("note"), topic.note or None)
        w.subjects(node, topic.topic, topic.note, spans=(topic.source,))
        for proposer in topic.proposers:
            w.add(node, omg("proposer"), w.person(proposer))
            for org in w.orgs_for(proposer):
                w.add(node, omg("proposerFor"), org)


def _write_next_dates(w: GraphWriter, minutes: Minutes, m: NamedNode) -> None:
    doc_id = minutes.document.id
    for index, nxt in enumerate(minutes.next_dates, start=1):
        node = iri(ns.meeting_part(doc_id, "next-date", index))
        w.fact(node, "NextDate", nxt.source)
        w.add(node, RDF_TYPE, SDO + "Event")
        w.add(node, omg("meeting"), m)
        w.add(node, omg("announcedIn"), m)
        w.add(node, SDO + "startDate", nxt.date)
        w.add(node, SDO + "startTime", nxt.start)
        w.add(node, SDO + "name", nxt.title)
        w.add(node, RDFS_LABEL, nxt.title)
        w.add(node, SDO + "location", nxt.place or None)


def _write_attachments(
    w: GraphWriter, minutes: Minutes, m: NamedNode, items: dict[str, NamedNode]
) -> None:
    doc_id = minutes.document.id
    for attachment in minutes.attachments:
        node = iri(ns.meeting_part(doc_id, "attachment", attachment.number))
        w.fact(node, "Attachment", attachment.source)
        w.add(node, omg("meeting"), m)
        w.add(node, omg("number"), attachment.number)
        w.add(node, omg("item"), items.get(attachment.item))
        w.add(node, omg("itemNumber"), attachment.item or None)
        w.add(node, DCTERMS + "title", attachment.title or None)

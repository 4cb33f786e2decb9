"""People, organisations, working groups and memberships -> quads (part of :mod:`omgraph.rdf`).

People and organisations have global IRIs; their names, kinds and acronyms are written into
every document graph that mentions them, so removing one document leaves the others whole.
"""

from __future__ import annotations

from collections.abc import Iterator

from pyoxigraph import NamedNode

from omgraph import namespaces as ns
from omgraph.model import Minutes, Organisation, Person, PersonMention, SourceSpan
from omgraph.rdf_writer import FOAF, ORG, PROV, RDF_TYPE, RDFS_LABEL, SDO, SKOS, GraphWriter
from omgraph.terms import iri, omg


def mentions_of(minutes: Minutes) -> Iterator[tuple[PersonMention, SourceSpan]]:
    """Every person mention of ``minutes`` with the span it was read from."""
    for participant in minutes.participants:
        yield participant.person, participant.person.source
    for item in minutes.agenda:
        for p in item.presenters:
            yield p, p.source
    for c in minutes.contributions:
        yield c.speaker, c.speaker.source
    for d in minutes.decisions:
        for a in d.assignees:
            if a.person is not None:
                yield a.person, a.person.source
    for t in minutes.world_cafe:
        for p in t.moderators:
            yield p, p.source
    for ms in minutes.memberships:
        yield ms.person, ms.person.source
    for f in minutes.future_topics:
        for p in f.proposers:
            yield p, p.source
    for p in minutes.mentions:
        yield p, p.source


def write_entities(w: GraphWriter, minutes: Minutes) -> None:
    """Write every person and organisation this document refers to."""
    res = w.resolution
    sources: dict[str, list[SourceSpan]] = {}
    for mention, span in mentions_of(minutes):
        key = res.person_of.get(mention)
        if key is not None:
            sources.setdefault(key, []).append(span)
    keys = set(res.person_of.values()) | set(res.affiliation) | set(sources)
    people = [p for k, p in sorted(res.people.items()) if k in keys or not keys]
    org_keys: set[str] = set(res.org_of.values())
    for person in people:
        affiliation = tuple(dict.fromkeys((*res.affiliation.get(person.key, ()), *person.organisations)))
        org_keys.update(affiliation)
        _write_person(w, person, affiliation, sources.get(person.key, []))
    for key in sorted(_with_parents(org_keys, res.organisations)):
        org = res.organisations.get(key)
        if org is not None:
            _write_org(w, org)


def _with_parents(keys: set[str], orgs: dict[str, Organisation]) -> set[str]:
    """``keys`` and the keys of every parent they have (units belong to organisations)."""
    todo, seen = list(keys), set(keys)
    while todo:
        org = orgs.get(todo.pop())
        for parent in (org.parent, org.unit_of) if org else ():
            if parent and parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def _write_person(
    w: GraphWriter, person: Person, affiliation: tuple[str, ...], sources: list[SourceSpan]
) -> None:
    node = iri(ns.person(person.key))
    w.once(node)
    w.write_name(node, person.name)
    w.add(node, SDO + "name", person.name)
    w.add(node, omg("key"), person.key)
    w.add(node, SDO + "honorificPrefix", person.title or None)
    w.add(node, FOAF + "givenName", person.given or None)
    w.add(node, FOAF + "familyName", person.family or None)
    for variant in person.variants:
        if variant != person.name:
            w.add(node, SKOS + "altLabel", variant)
    for org_key in affiliation:
        w.add(node, SDO + "affiliation", iri(ns.organisation(org_key)))
    for span in sorted(set(sources)):
        w.add(node, PROV + "wasDerivedFrom", w.line(span))


def _write_org(w: GraphWriter, org: Organisation) -> None:
    node = iri(ns.organisation(org.key))
    w.once(node)
    parent = org.unit_of or ""
    w.add(node, RDF_TYPE, ORG + ("OrganizationalUnit" if parent else "Organization"))
    if org.kind == "ministry":
        w.add(node, RDF_TYPE, omg("Ministry"))
    w.add(node, omg("key"), org.key)
    w.add(node, omg("kind"), org.kind)
    w.add(node, SKOS + "prefLabel", org.name)
    w.add(node, RDFS_LABEL, org.name)
    w.add(node, FOAF + "name", org.name)
    w.add(node, omg("acronym"), org.acronym or None)
    if org.acronym:
        w.add(node, SKOS + "altLabel", org.acronym)
    for variant in org.variants:
        if variant != org.name:
            w.add(node, SKOS + "altLabel", variant)
    if org.parent:
        w.add(node, ORG + "subOrganizationOf", iri(ns.organisation(org.parent)))
    if parent:
        w.add(node, ORG + "unitOf", iri(ns.organisation(parent)))
    w.add(node, omg("registered"), org.registered)


def write_groups(w: GraphWriter, minutes: Minutes, meeting: NamedNode) -> None:
    """Write the working groups named and their memberships (``org:Membership``)."""
    for group in minutes.groups:
        node = w.group(group.name)
        w.fact(node, "WorkingGroup", group.source)
        w.add(node, omg("kind"), group.kind)
        w.add(node, omg("mentionedIn"), meeting)
        for variant in group.variants:
            if variant != group.name:
                w.add(node, SKOS + "altLabel", variant)
    for ms in minutes.memberships:
        group_node = w.group(ms.group)
        person = w.person(ms.person)
        person_key = person.value.rsplit("/", 1)[-1]
        node = iri(ns.membership(ms.group, person_key, ms.role))
        role = iri(ns.ID[f"role/{ns.slug(ms.role)}"])
        w.fact(node, "Membership", ms.source or ms.person.source)
        w.add(node, RDF_TYPE, ORG + "Membership")
        w.add(node, ORG + "member", person)
        w.add(node, ORG + "organization", group_node)
        w.add(node, ORG + "role", role)
        w.add(role, RDF_TYPE, ORG + "Role")
        w.add(role, RDFS_LABEL, ms.role)
        w.add(node, omg("recordedIn"), meeting)
        for org in w.orgs_for(ms.person):
            w.add(node, omg("onBehalfOf"), org)
        w.add(node, omg("viaUnit"), w.unit_for(ms.person))

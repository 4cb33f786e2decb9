"""Records -> quads: one named graph, stable IRIs, provenance, round trip through rdflib."""

from __future__ import annotations

import pyoxigraph
import rdflib

from omgraph import namespaces as ns
from omgraph.rdf import minutes_to_quads
from omgraph.resources import data_path


def test_every_quad_is_in_the_document_graph(seed_minutes):
    minutes, resolution = seed_minutes
    quads = minutes_to_quads(minutes, resolution)
    graphs = {q.graph_name.value for q in quads}
    assert graphs == {str(ns.document_graph(minutes.document.id))}


def test_iris_are_stable_and_there_are_no_blank_nodes(seed_minutes):
    minutes, resolution = seed_minutes
    first = minutes_to_quads(minutes, resolution)
    second = minutes_to_quads(minutes, resolution)
    assert first == second
    assert not any(
        isinstance(t, pyoxigraph.BlankNode) for q in first for t in (q.subject, q.object)
    )


def test_every_fact_node_has_a_source_line(seed_minutes):
    minutes, resolution = seed_minutes
    quads = minutes_to_quads(minutes, resolution)
    derived = {q.subject for q in quads if q.predicate.value.endswith("wasDerivedFrom")}
    omg = str(ns.OMG)
    for cls in ("Decision", "Attendance", "WorldCafeTable", "FutureTopic", "Membership"):
        nodes = {q.subject for q in quads if q.object == pyoxigraph.NamedNode(omg + cls)}
        assert nodes, cls
        assert nodes <= derived, cls


def test_ministries_are_typed(seed_minutes):
    minutes, resolution = seed_minutes
    quads = minutes_to_quads(minutes, resolution)
    ministry = pyoxigraph.NamedNode(str(ns.OMG["Ministry"]))
    typed = {q.subject.value for q in quads if q.object == ministry}
    assert typed == {str(ns.organisation("bmg")), str(ns.organisation("bmas"))}


def test_turtle_round_trip_parses_with_rdflib(seed_minutes):
    minutes, resolution = seed_minutes
    quads = minutes_to_quads(minutes, resolution)
    triples = [pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in quads]
    text = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.TURTLE, prefixes=ns.PREFIXES)
    graph = rdflib.Graph().parse(data=text, format="turtle")
    assert len(graph) == len(set(triples))


def test_ontology_parses():
    graph = rdflib.Graph().parse(str(data_path("ontology.ttl")), format="turtle")
    assert (rdflib.URIRef(ns.OMG["Decision"]), rdflib.RDF.type, rdflib.OWL.Class) in graph

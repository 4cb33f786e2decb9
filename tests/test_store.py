"""The store: replace and remove documents in one transaction, export, lock, open_store."""

from __future__ import annotations

import io

import pytest
import rdflib
from pyoxigraph import Literal, NamedNode, Quad

from omgraph import namespaces as ns
from omgraph.errors import StoreError, StoreLockedError
from omgraph.rdf import minutes_to_quads
from omgraph.store import OxigraphStore, open_store


def _quads(doc_id: str, n: int) -> list[Quad]:
    g = NamedNode(str(ns.document_graph(doc_id)))
    return [
        Quad(NamedNode(f"http://x/{doc_id}/{i}"), NamedNode("http://x/p"), Literal(f'v"{i}'), g)
        for i in range(n)
    ]


def test_replace_document_replaces_exactly_its_graph():
    store = OxigraphStore(None)
    store.replace_document("a", _quads("a", 5))
    store.replace_document("b", _quads("b", 3))
    store.replace_document("a", _quads("a", 2))
    assert store.triple_count() == 7  # each graph also holds its own void:triples count
    assert store.remove_document("b")
    assert not store.remove_document("b")
    assert store.triple_count() == 3


def test_each_graph_records_its_triple_count_in_the_same_transaction():
    store = OxigraphStore(None)
    assert store.replace_document("a", _quads("a", 4) * 2) == 5
    (row,) = store.query(
        "SELECT ?n WHERE { GRAPH ?g { ?g <http://rdfs.org/ns/void#triples> ?n } }"
    ).records()
    assert row["n"] == 5 == store.triple_count()


def test_quads_outside_the_graph_are_refused():
    store = OxigraphStore(None)
    with pytest.raises(StoreError):
        store.replace_document("a", _quads("b", 1))
    assert store.triple_count() == 0


def test_add_documents_writes_the_new_ones_at_once_and_replaces_the_others_in_order():
    store = OxigraphStore(None)
    store.replace_document("a", _quads("a", 5))
    counts = store.add_documents(
        [("b", _quads("b", 3)), ("a", _quads("a", 2)), ("b", _quads("b", 1))]
    )
    assert counts == [4, 3, 2]  # each with its void:triples count
    assert store.triple_count() == 3 + 2
    (row,) = store.query(
        "SELECT ?n WHERE { GRAPH ?g { ?g <http://rdfs.org/ns/void#triples> ?n } "
        f"FILTER(?g = <{ns.document_graph('b')}>) }}"
    ).records()
    assert row["n"] == 2


def test_add_documents_writes_none_when_one_is_refused(tmp_path):
    with OxigraphStore(tmp_path / "store") as store:
        with pytest.raises(StoreError):
            store.add_documents([("a", _quads("a", 2)), ("b", _quads("c", 1))])
        assert store.triple_count() == 0
        assert not store.has_document("a")


def test_reingest_leaves_the_store_identical(filled_store, seed_minutes):
    minutes, resolution = seed_minutes
    before = sorted(map(str, filled_store.quads()))
    filled_store.replace_document(minutes.document.id, minutes_to_quads(minutes, resolution))
    assert sorted(map(str, filled_store.quads())) == before


def test_documents_lists_path_hash_and_size(filled_store, seed_minutes):
    minutes, _ = seed_minutes
    (doc,) = filled_store.documents()
    assert doc.id == minutes.document.id
    assert doc.sha256 == minutes.document.sha256
    assert doc.triples == filled_store.triple_count()


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_export_merges_graphs_and_parses_with_rdflib(filled_store, fmt):
    out = io.BytesIO()
    filled_store.export(fmt, out)
    graph = rdflib.Graph().parse(data=out.getvalue().decode(), format=fmt)
    assert len(graph) == filled_store.triple_count()


def test_export_trig_keeps_named_graphs(filled_store):
    out = io.BytesIO()
    filled_store.export("trig", out)
    dataset = rdflib.Dataset().parse(data=out.getvalue().decode(), format="trig")
    assert len({str(c.identifier) for c in dataset.graphs() if len(c)}) == 1


def test_second_writer_fails_clearly(store_dir):
    first = OxigraphStore(store_dir)
    try:
        with pytest.raises(StoreLockedError):
            OxigraphStore(store_dir, wait=0.2)
    finally:
        first.close()
    OxigraphStore(store_dir, wait=0.2).close()


def test_store_persists_on_disk(store_dir):
    with OxigraphStore(store_dir) as store:
        store.replace_document("a", _quads("a", 3))
    with open_store(str(store_dir), read_only=True) as store:
        assert store.triple_count() == 4


def test_reading_a_missing_store_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="omgraph ingest"):
        open_store(str(tmp_path / "nothing"), read_only=True)


def test_open_store_chooses_by_location(monkeypatch, tmp_path):
    from omgraph.store_remote import SparqlEndpointStore

    remote = open_store("http://127.0.0.1:7878/query")
    assert isinstance(remote, SparqlEndpointStore)
    assert remote.update_url == "http://127.0.0.1:7878/update"
    monkeypatch.setenv("OMGRAPH_STORE", str(tmp_path / "env"))
    with open_store(None) as store:
        assert store.location == str(tmp_path / "env")


def test_a_writer_waits_for_the_database_lock_of_the_writer_before(tmp_path):
    """The writer before released omgraph's lock file but still holds RocksDB's lock (its
    process has not exited yet): the next writer retries instead of failing."""
    import threading
    import time

    from pyoxigraph import Store as OxStore

    folder = tmp_path / "store"
    with OxigraphStore(folder) as store:
        store.replace_document("a", _quads("a", 2))
    held = [OxStore(str(folder))]
    threading.Timer(0.5, held.clear).start()
    began = time.monotonic()
    with OxigraphStore(folder, wait=5) as store:
        assert store.triple_count() == 3
    assert time.monotonic() - began >= 0.4

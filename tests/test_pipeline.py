"""The whole pipeline on the seed (runs once the parser and the resolver exist)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

pytest.importorskip("omgraph.ingest.extract")
pytest.importorskip("omgraph.resolve")

from omgraph.cli import cli
from omgraph.pipeline import ingest
from omgraph.queries import run
from omgraph.resources import data_path
from omgraph.store import OxigraphStore

SEED = data_path("minutes/2019-11-21-strategiekreis.txt")


@pytest.fixture
def seed_store(store_dir):
    store = OxigraphStore(store_dir)
    results = ingest(store, [SEED])
    assert all(r.ok for r in results), [str(r.error) for r in results]
    yield store
    store.close()


def test_ingest_twice_leaves_the_store_as_it_was(seed_store):
    before = sorted(map(str, seed_store.quads()))
    (again,) = ingest(seed_store, [SEED])
    assert again.ok and again.replaced
    assert sorted(map(str, seed_store.quads())) == before


def test_one_named_graph_per_document(seed_store):
    assert [g.value for g in seed_store.named_graphs()] == [
        "https://w3id.org/omgraph/id/graph/2019-11-21-strategiekreis"
    ]


def test_seed_summary(seed_store):
    (result,) = ingest(seed_store, [SEED])
    assert result.counts["participants"] == 44
    assert result.counts["triples"] == seed_store.triple_count()


def test_seed_answers(seed_store):
    assert len({r["person"] for r in run(seed_store, "participants")}) == 44
    members = run(seed_store, "group-members", {"group": "AG Beratungsverständnis"})
    assert len({r["person"] for r in members}) == 32
    tables = run(seed_store, "world-cafe")
    assert len(tables) == 6
    results = run(seed_store, "world-cafe-results")
    assert sorted(sum(1 for r in results if r["table"] == t) for t in (1, 2, 3)) == [4, 5, 7]
    assert len(run(seed_store, "future-topics", {})) >= 8
    assert len(run(seed_store, "next-dates")) == 3
    assert len(run(seed_store, "attachments")) == 7


def test_bad_files_are_reported_and_good_ones_ingested(store_dir, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", str(store_dir), "ingest", str(empty), str(SEED)])
    assert result.exit_code == 1
    assert "empty.txt" in result.output
    assert "Traceback" not in result.output
    rows = (
        CliRunner()
        .invoke(cli, ["--store", str(store_dir), "query", "meetings", "--format", "json"])
        .stdout
    )
    assert len(json.loads(rows)) == 1

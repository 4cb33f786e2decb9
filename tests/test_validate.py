"""SHACL validation (data/shapes.ttl): the seed and the real corpus conform, broken graphs do not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from omgraph.cli import cli
from omgraph.pipeline import ingest
from omgraph.store import OxigraphStore
from omgraph.validate import load_shapes, validate_store

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "minutes" / "2019-11-21-strategiekreis.txt"
CORPUS = REPO.parent / "shared" / "corpus" / "real"
CORPUS_FILES = sorted(p for p in CORPUS.glob("*") if p.suffix in {".md", ".txt"}) or [None]

PREFIXES = """
PREFIX omg: <https://w3id.org/omgraph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
GRAPH = "<https://w3id.org/omgraph/id/graph/2019-11-21-strategiekreis>"


@pytest.fixture
def seed_store():  # type: ignore[no-untyped-def]
    store = OxigraphStore(None)
    (result,) = ingest(store, [SEED])
    assert result.ok, result.error
    return store


def test_the_shapes_parse_and_cover_the_vocabulary():
    shapes = load_shapes()
    text = shapes.serialize(format="turtle")
    for needed in ("omg:Decision", "org:Membership", "foaf:Person", "omg:SourceLine",
                   "omg:votesFor", "omg:lineNumber", "prov:wasDerivedFrom"):  # fmt: skip
        assert needed.split(":")[1] in text


def test_the_seed_validates(seed_store):
    report = validate_store(seed_store)
    assert report.documents == ("2019-11-21-strategiekreis",)
    assert report.conforms, [str(f) for f in report.violations]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem[:30] if p else "absent")
def test_each_corpus_file_validates(path):
    if path is None:
        pytest.skip(f"the real corpus is not here ({CORPUS})")
    store = OxigraphStore(None)
    (result,) = ingest(store, [path])
    assert result.ok, result.error
    report = validate_store(store)
    assert report.conforms, [str(f) for f in report.violations]


def _break(store: OxigraphStore, update: str) -> None:
    store.update(PREFIXES + update)


def test_a_decision_without_kind_and_a_negative_vote_are_violations(seed_store):
    _break(
        seed_store,
        f"""
        DELETE {{ GRAPH {GRAPH} {{ ?d omg:kind ?k }} }}
        WHERE {{ GRAPH {GRAPH} {{ ?d a omg:Decision ; omg:position 1 ; omg:kind ?k }} }} ;
        INSERT {{ GRAPH {GRAPH} {{ ?d omg:votesAgainst -2 }} }}
        WHERE {{ GRAPH {GRAPH} {{ ?d a omg:Decision ; omg:position 2 }} }}
        """,
    )
    report = validate_store(seed_store)
    assert not report.conforms
    paths = {(f.path, f.severity) for f in report.violations}
    assert ("omg:kind", "violation") in paths
    assert ("omg:votesAgainst", "violation") in paths
    kind = next(f for f in report.violations if f.path == "omg:kind")
    assert kind.document == "2019-11-21-strategiekreis"
    assert kind.line and kind.text  # the source line of the decision
    assert "resolution, agreement, task" in kind.message


def test_membership_without_member_and_person_without_name(seed_store):
    _break(
        seed_store,
        f"""
        DELETE {{ GRAPH {GRAPH} {{ ?m org:member ?p }} }}
        WHERE {{ GRAPH {GRAPH} {{ ?m a org:Membership ; org:member ?p }} }} ;
        DELETE {{ GRAPH {GRAPH} {{ ?p foaf:name ?n }} }}
        WHERE {{ GRAPH {GRAPH} {{ ?p a foaf:Person ; foaf:name ?n }} }}
        """,
    )
    report = validate_store(seed_store)
    paths = {f.path for f in report.violations}
    assert {"org:member", "foaf:name"} <= paths


def test_a_vote_count_that_is_not_an_integer_is_a_violation(seed_store):
    _break(
        seed_store,
        f"""
        INSERT {{ GRAPH {GRAPH} {{ ?d omg:votesFor "zwölf" }} }}
        WHERE {{ GRAPH {GRAPH} {{ ?d a omg:Decision ; omg:position 1 }} }}
        """,
    )
    assert any(f.path == "omg:votesFor" for f in validate_store(seed_store).violations)


def test_a_fragment_graph_is_a_violation(seed_store):
    seed_store.update(
        "INSERT DATA { GRAPH <https://w3id.org/omgraph/id/graph/half> "
        "{ <http://x/a> <http://x/b> <http://x/c> } }"
    )
    report = validate_store(seed_store)
    (fragment,) = [f for f in report.violations if f.document == "half"]
    assert "fragment" in fragment.message


def test_meeting_narrows_the_documents(seed_store):
    assert validate_store(seed_store, meeting="2019-11-21").documents
    assert validate_store(seed_store, meeting="1999").documents == ()


def test_cli_validate_exit_codes(tmp_path):
    store = tmp_path / "store"
    runner = CliRunner()
    assert runner.invoke(cli, ["--store", str(store), "ingest", "-q", str(SEED)]).exit_code == 0
    ok = runner.invoke(cli, ["--store", str(store), "validate"])
    assert ok.exit_code == 0, ok.output
    assert "1 document graph(s) checked: 0 violation(s)" in ok.output
    with OxigraphStore(store) as s:
        _break(
            s,
            f"""
            INSERT {{ GRAPH {GRAPH} {{ ?d omg:abstentions -1 }} }}
            WHERE {{ GRAPH {GRAPH} {{ ?d a omg:Decision ; omg:position 1 }} }}
            """,
        )
    bad = runner.invoke(cli, ["--store", str(store), "validate", "--format", "json"])
    assert bad.exit_code == 1
    rows = json.loads(bad.stdout)
    (row,) = [r for r in rows if r["path"] == "omg:abstentions"]
    assert row["severity"] == "violation" and row["line"] and row["node"]
    assert "Traceback" not in bad.output


def test_a_graph_missing_some_of_its_triples_is_not_whole(seed_store):
    _break(
        seed_store,
        f"DELETE {{ GRAPH {GRAPH} {{ ?s omg:text ?t }} }} "
        f"WHERE {{ GRAPH {GRAPH} {{ ?s a omg:Contribution ; omg:text ?t }} }}",
    )
    report = validate_store(seed_store)
    assert any(f.path == "void:triples" and "not whole" in f.message for f in report.violations)

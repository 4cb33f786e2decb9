"""Answers kept beside the store: served while it is unchanged, never after a write."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from omgraph import queries
from omgraph import store as store_module
from omgraph.cli import cli
from omgraph.query_cache import VERSION_FILE, ResultCache, read_token, store_version
from omgraph.store import OxigraphStore

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "minutes" / "2019-11-21-strategiekreis.txt"
CORPUS_FILE = REPO.parent / "shared" / "corpus" / "real" / "06_buergerrunde-heuweiler_2015-04-23.md"


@pytest.fixture
def keep_all(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every answer, however fast (the seed's answers take milliseconds)."""
    monkeypatch.setattr(queries, "CACHE_AFTER", 0.0)


def _ingest(store: Path, *files: Path) -> None:
    result = CliRunner().invoke(cli, ["--store", str(store), "ingest", "-q", *map(str, files)])
    assert result.exit_code == 0, result.output


def _meetings(store: Path, cache: bool = True) -> list[dict[str, object]]:
    with OxigraphStore(store, read_only=True) as s:
        return queries.run(s, "meetings", cache=cache)


def _kept(store: Path) -> list[Path]:
    return sorted((store / "cache").glob("*.json")) if (store / "cache").exists() else []


def test_a_kept_answer_is_the_computed_one(tmp_path: Path, keep_all: None) -> None:
    store = tmp_path / "store"
    _ingest(store, SEED)
    computed = _meetings(store, cache=False)
    assert not _kept(store)
    first = _meetings(store)  # computed and kept
    assert len(_kept(store)) == 1
    again = _meetings(store)  # read back
    assert first == again == computed
    assert [r["meeting_id"] for r in again] == ["2019-11-21-strategiekreis"]


def test_participants_with_parameters_are_kept_apart(tmp_path: Path, keep_all: None) -> None:
    store = tmp_path / "store"
    _ingest(store, SEED)
    with OxigraphStore(store, read_only=True) as s:
        everyone = queries.run(s, "participants")
        some = queries.run(s, "participants", {"organisation": "BMAS"})
        assert queries.run(s, "participants") == everyone
        assert queries.run(s, "participants", {"organisation": "BMAS"}) == some
        assert queries.run(s, "participants", {"organisation": "BMAS"}, cache=False) == some
    assert 0 < len(some) < len(everyone)
    assert len(_kept(store)) == 2


def test_an_ingest_makes_the_kept_answers_stale(tmp_path: Path, keep_all: None) -> None:
    store = tmp_path / "store"
    _ingest(store, SEED)
    version = read_token(store)
    assert version
    assert len(_meetings(store)) == 1
    _ingest(store, CORPUS_FILE)
    assert read_token(store) not in (None, version)
    after = _meetings(store)
    assert len(after) == 2
    assert after == _meetings(store, cache=False)
    # the answer of the old version was dropped when the new one was kept
    assert [p.name.split("-")[0] for p in _kept(store)] == [store_version(store)]


def test_nothing_is_kept_or_served_while_a_writer_works(tmp_path: Path, keep_all: None) -> None:
    store = tmp_path / "store"
    _ingest(store, SEED)
    _meetings(store)
    writer = OxigraphStore(store)
    try:
        assert read_token(store) is None
        with OxigraphStore(store, read_only=True) as reader:
            assert reader.result_cache() is None
            assert len(queries.run(reader, "meetings")) == 1
        assert writer.result_cache() is None
    finally:
        writer.close()


def test_a_writer_that_wrote_nothing_keeps_the_version(tmp_path: Path) -> None:
    store = tmp_path / "store"
    _ingest(store, SEED)
    version = read_token(store)
    OxigraphStore(store).close()
    assert read_token(store) == version
    with OxigraphStore(store) as writer:
        writer.remove_document("no-such-document")  # looks, writes nothing
    assert read_token(store) == version
    with OxigraphStore(store) as writer:
        assert writer.remove_document("2019-11-21-strategiekreis")
    assert read_token(store) not in (None, version)


def test_after_a_crashed_writer_nothing_is_served_until_a_writer_closes(
    tmp_path: Path, keep_all: None
) -> None:
    store = tmp_path / "store"
    _ingest(store, SEED)
    _meetings(store)
    assert _kept(store)
    # a writer that removes the only document and dies before it closes the store
    code = (
        "import os, sys; from omgraph.store import OxigraphStore;"
        "s = OxigraphStore(sys.argv[1]); s.remove_document('2019-11-21-strategiekreis');"
        "s._store.flush(); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", code, str(store)], check=True)
    assert read_token(store) is None
    assert _meetings(store) == []  # computed: the answer kept before is not served
    OxigraphStore(store).close()
    assert read_token(store)
    assert _meetings(store) == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: '{"sparql": "SELECT", "rows": [',  # cut short
        lambda data: json.dumps({**data, "rows": [row[:-1] for row in data["rows"]]}),
        lambda data: json.dumps({**data, "rows": {"0": data["rows"][0]}}),
        lambda data: json.dumps({**data, "columns": [1, *data["columns"][1:]]}),
    ],
)
def test_a_damaged_answer_is_computed_again(tmp_path: Path, keep_all: None, damage) -> None:
    store = tmp_path / "store"
    _ingest(store, SEED)
    good = _meetings(store)
    (kept,) = _kept(store)
    kept.write_text(damage(json.loads(kept.read_text(encoding="utf-8"))), encoding="utf-8")
    assert _meetings(store) == good
    json.loads(kept.read_text(encoding="utf-8"))  # and kept whole again


def test_a_reader_opened_across_a_write_keeps_nothing(
    tmp_path: Path, keep_all: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer finishes between a reader's opening and its second look at the version: the
    reader answers from what it opened, and keeps nothing a later reader could be served."""
    store = tmp_path / "store"
    _ingest(store, SEED)
    real = store_module._open_reader

    def opened_then_written(folder: Path) -> object:
        opened = real(folder)
        monkeypatch.setattr(store_module, "_open_reader", real)
        _ingest(store, CORPUS_FILE)
        return opened

    monkeypatch.setattr(store_module, "_open_reader", opened_then_written)
    with OxigraphStore(store, read_only=True) as reader:
        assert len(queries.run(reader, "meetings")) == 1
    assert not _kept(store)
    assert len(_meetings(store)) == 2


def test_a_reader_keeps_nothing_after_the_store_changed(tmp_path: Path, keep_all: None) -> None:
    store = tmp_path / "store"
    _ingest(store, SEED)
    with OxigraphStore(store, read_only=True) as reader:
        _ingest(store, CORPUS_FILE)
        assert len(queries.run(reader, "meetings")) == 1  # what it opened
        assert not _kept(store)
    assert len(_meetings(store)) == 2


def test_a_write_by_another_program_makes_the_kept_answers_stale(
    tmp_path: Path, keep_all: None
) -> None:
    store = tmp_path / "store"
    _ingest(store, SEED)
    assert len(_meetings(store)) == 1
    code = "import sys, pyoxigraph; pyoxigraph.Store(sys.argv[1]).update('CLEAR ALL')"
    subprocess.run([sys.executable, "-c", code, str(store)], check=True)
    assert read_token(store)  # the token alone cannot tell
    assert _meetings(store) == []


def test_your_own_sparql_is_never_kept(tmp_path: Path, keep_all: None) -> None:
    store = tmp_path / "store"
    _ingest(store, SEED)
    query = tmp_path / "now.rq"
    query.write_text("SELECT (STRUUID() AS ?u) WHERE {}", encoding="utf-8")
    args = ["--store", str(store), "query", "--file", str(query), "--format", "json"]
    answers = [json.loads(CliRunner().invoke(cli, args).stdout)[0]["u"] for _ in range(2)]
    assert answers[0] != answers[1]
    assert not _kept(store)


def test_a_store_folder_that_cannot_be_written_still_answers(
    tmp_path: Path, keep_all: None
) -> None:
    store = tmp_path / "store"
    _ingest(store, SEED)
    (store / "cache").write_text("not a folder", encoding="utf-8")  # the cache cannot be made
    assert _meetings(store) == _meetings(store, cache=False)


def test_only_the_newest_answers_of_a_version_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("omgraph.query_cache.MAX_ENTRIES", 3)
    cache = ResultCache(tmp_path, "v1")
    ResultCache(tmp_path, "v0").put("SELECT 0", ["x"], [[0]])
    for i in range(5):
        cache.put(f"SELECT {i}", ["x"], [[i]])
    assert len(list(tmp_path.glob("*.json"))) == 3
    assert ResultCache(tmp_path, "v0").get("SELECT 0") is None
    assert cache.get("SELECT 4") == (["x"], [[4]])


def test_the_cli_answers_alike_with_and_without_the_cache(tmp_path: Path, keep_all: None) -> None:
    store = tmp_path / "store"
    _ingest(store, SEED)
    runner = CliRunner()
    args = ["--store", str(store), "query", "decisions", "--format", "json"]
    kept = runner.invoke(cli, args)
    served = runner.invoke(cli, args)
    fresh = runner.invoke(cli, [*args, "--no-cache"])
    assert kept.exit_code == served.exit_code == fresh.exit_code == 0
    assert json.loads(kept.output) == json.loads(served.output) == json.loads(fresh.output)
    assert len(json.loads(fresh.output)) >= 5
    assert (store / VERSION_FILE).exists() and _kept(store)

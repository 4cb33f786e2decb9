"""The whole pipeline on the seed (runs once the parser and the resolver exist)."""

from __future__ import annotations

import json
from typing import ClassVar

import pytest
from click.testing import CliRunner

pytest.importorskip("omgraph.ingest.extract")
pytest.importorskip("omgraph.resolve")

from omgraph.cli import cli
from omgraph.pipeline import ingest, ingest_one, load_known
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


# --- extraction in worker processes (omgraph.pipeline.extracted_files) -----------------------


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    """Ten generated minutes, one broken file and one empty file between them."""
    from omgraph.bench.generate import write_corpus

    folder = tmp_path_factory.mktemp("corpus")
    paths = write_corpus(folder, 10, 3)
    (folder / "0004a_broken.docx").write_bytes(b"PK\x03\x04 not really a docx")
    (folder / "0007a_empty.txt").write_text("")
    return folder, paths


def test_workers_give_the_same_graph_and_errors_as_one_process(small_corpus, tmp_path):
    folder, _ = small_corpus
    outcomes = []
    for jobs in (0, 2):
        with OxigraphStore(tmp_path / f"jobs{jobs}") as store:
            results = ingest(store, [folder], jobs=jobs)
            outcomes.append(
                (
                    [(r.path, r.doc_id, r.ok, str(r.error or "")) for r in results],
                    sorted(map(str, store.quads())),
                )
            )
    (sequential, quads0), (parallel, quads2) = outcomes
    assert parallel == sequential
    assert quads2 == quads0
    failed = [p for p, _, ok, _ in sequential if not ok]
    assert [p.rsplit("/", 1)[-1] for p in failed] == ["0004a_broken.docx", "0007a_empty.txt"]
    assert len(sequential) == 12


def test_cli_ingest_jobs_option(small_corpus, tmp_path):
    _, paths = small_corpus
    store = tmp_path / "store"
    runner = CliRunner()
    result = runner.invoke(
        cli, ["--store", str(store), "ingest", "-q", "--jobs", "1", *map(str, paths)]
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["--store", str(store), "query", "meetings", "--format", "json"])
    assert len(json.loads(result.output)) == len(paths)
    bad = runner.invoke(cli, ["--store", str(store), "ingest", "--jobs", "-1", str(paths[0])])
    assert bad.exit_code == 2


def test_jobs_from_the_environment(monkeypatch):
    from omgraph.pipeline import default_jobs

    monkeypatch.setenv("OMGRAPH_JOBS", "0")
    assert default_jobs() == 0
    monkeypatch.setenv("OMGRAPH_JOBS", "2")
    assert default_jobs() == 2
    monkeypatch.delenv("OMGRAPH_JOBS")
    assert 0 <= default_jobs() <= 3


def test_a_long_ingest_flushes_and_keeps_every_document(small_corpus, tmp_path, monkeypatch):
    import omgraph.store

    _, paths = small_corpus
    monkeypatch.setattr(omgraph.store, "FLUSH_EVERY", 500)
    with OxigraphStore(tmp_path / "store") as store:
        results = [ingest_one(store, path, load_known(store))[0] for path in paths[:3]]
        results += ingest(store, paths[3:])
        assert all(r.ok for r in results)
        assert store.triple_count() == sum(r.counts["triples"] for r in results)
    with OxigraphStore(tmp_path / "store", read_only=True) as store:
        assert len(store.documents()) == len(paths)


# --- batched writes (omgraph.pipeline.BATCH_QUADS) -------------------------------------------


def _ingested(store_path, paths, **kwargs):
    shown = []
    with OxigraphStore(store_path) as store:
        results = ingest(store, paths, progress=shown.append, **kwargs)
        quads = sorted(map(str, store.quads()))
    assert shown == results  # every file reported once, in file order
    return [(r.path, r.doc_id, r.ok, r.counts, r.replaced) for r in results], quads


def test_batches_of_any_size_give_the_graph_of_one_document_at_a_time(
    small_corpus, tmp_path, monkeypatch
):
    import omgraph.pipeline

    folder, _ = small_corpus
    together = _ingested(tmp_path / "together", [folder])  # all in one batch
    monkeypatch.setattr(omgraph.pipeline, "BATCH_QUADS", 1)
    alone = _ingested(tmp_path / "alone", [folder])  # a batch per document
    assert alone == together
    # ... and the same as ingest_one, one transaction per document (its known entities are
    # the store's, so resolution sees what ingest saw)
    from omgraph.topics import load_scheme

    with OxigraphStore(tmp_path / "one") as store:
        for path in sorted(p for p in folder.iterdir()):
            ingest_one(store, path, load_known(store), load_scheme())
        assert sorted(map(str, store.quads())) == together[1]
    assert sum(ok for _, _, ok, _, _ in together[0]) == 10


def test_a_failed_batch_write_fails_each_of_its_files_and_writes_none(
    small_corpus, tmp_path, monkeypatch
):
    from omgraph.errors import StoreError

    _, paths = small_corpus

    def refuse(self, documents):
        raise StoreError("disk full", path=self.location)

    monkeypatch.setattr(OxigraphStore, "add_documents", refuse)
    results, quads = _ingested(tmp_path / "store", paths)
    assert quads == []
    assert [ok for _, _, ok, _, _ in results] == [False] * len(paths)
    with OxigraphStore(tmp_path / "store") as store:
        failed = ingest(store, paths[:2])
    assert [str(r.error) for r in failed] == [str(failed[0].error)] * 2
    assert "disk full" in str(failed[0].error) and failed[0].path == str(paths[0])


def test_one_document_twice_in_one_run_is_written_once(store_dir, tmp_path):
    copies = []
    for folder in ("a", "b"):  # the same name in two folders: the same document id
        (tmp_path / folder).mkdir()
        copies.append(tmp_path / folder / SEED.name)
        copies[-1].write_bytes(SEED.read_bytes())
    results, quads = _ingested(store_dir, copies)
    assert [replaced for *_, replaced in results] == [False, True]
    assert results[0][3] == results[1][3]
    assert len(quads) == results[1][3]["triples"]


# --- the writer thread (omgraph.pipeline._Batch) ----------------------------------------------


class _SlowStore(OxigraphStore):
    """Writes each batch after a pause (so the next document is converted meanwhile), failing
    the first ``fail`` batches with the given exception."""

    pause = 0.3
    fail: ClassVar[list[BaseException]] = []

    def add_documents(self, documents):
        import time

        time.sleep(self.pause)
        if self.fail:
            raise self.fail.pop(0)
        counts = super().add_documents(documents)
        self.batches_written = getattr(self, "batches_written", 0) + 1
        return counts


def _writers_alive():
    import threading

    return [t.name for t in threading.enumerate() if t.name.startswith("omgraph-writer")]


def _copies(tmp_path, n=2):
    copies = []
    for i in range(n):  # the same name in several folders: the same document id
        (tmp_path / f"copy{i}").mkdir()
        copies.append(tmp_path / f"copy{i}" / SEED.name)
        copies[-1].write_bytes(SEED.read_bytes())
    return copies


def test_a_copy_converted_while_the_first_is_written_replaces_it(store_dir, tmp_path, monkeypatch):
    import omgraph.pipeline

    monkeypatch.setattr(omgraph.pipeline, "BATCH_QUADS", 1)  # a batch per document
    monkeypatch.setattr(_SlowStore, "fail", [])
    shown = []
    with _SlowStore(store_dir) as store:
        results = ingest(store, _copies(tmp_path, 3), progress=shown.append)
        quads = list(store.quads())
    assert shown == results
    assert [r.replaced for r in results] == [False, True, True]
    assert all(r.ok for r in results)
    assert len(quads) == results[-1].counts["triples"] == results[0].counts["triples"]
    assert not _writers_alive()


def test_a_copy_after_a_failed_batch_is_written_as_new(store_dir, tmp_path, monkeypatch):
    import omgraph.pipeline
    from omgraph.errors import StoreError

    monkeypatch.setattr(omgraph.pipeline, "BATCH_QUADS", 1)
    monkeypatch.setattr(_SlowStore, "fail", [StoreError("disk full")])
    with _SlowStore(store_dir) as store:
        first, second = ingest(store, _copies(tmp_path))
        assert store.has_document(second.doc_id)
    assert "disk full" in str(first.error)
    assert second.ok and not second.replaced


def test_a_bug_in_the_writer_reaches_the_caller_and_leaves_no_writer(
    store_dir, tmp_path, monkeypatch
):
    monkeypatch.setattr(_SlowStore, "fail", [RuntimeError("a bug in the store")])
    with _SlowStore(store_dir) as store, pytest.raises(RuntimeError, match="a bug in the store"):
        ingest(store, _copies(tmp_path))
    assert not _writers_alive()


def test_an_interrupted_ingest_waits_for_the_batch_being_written(
    small_corpus, store_dir, monkeypatch
):
    import omgraph.pipeline

    _, paths = small_corpus
    monkeypatch.setattr(omgraph.pipeline, "BATCH_QUADS", 1)
    monkeypatch.setattr(_SlowStore, "fail", [])
    convert = omgraph.pipeline.convert_extracted
    calls = []

    def interrupted(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:  # the first document's batch is being written now
            raise KeyboardInterrupt
        return convert(*args, **kwargs)

    monkeypatch.setattr(omgraph.pipeline, "convert_extracted", interrupted)
    store = _SlowStore(store_dir)
    try:
        with pytest.raises(KeyboardInterrupt):
            ingest(store, paths)
        # when ingest raised, the batch had been written and its writer was gone
        assert getattr(store, "batches_written", 0) == 1
        assert not _writers_alive()
    finally:
        store.close()
    with OxigraphStore(store_dir, read_only=True) as store:
        assert len(store.documents()) == 1

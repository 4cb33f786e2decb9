"""The scale benchmark runs end to end on a tiny corpus and prints its table.

Speed targets live in the benchmark's output, not here: nothing below asserts a time.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from omgraph.bench.bench import CONTRACT_QUERIES, main


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, object], Path]:
    folder = tmp_path_factory.mktemp("bench")
    numbers = folder / "numbers.json"
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["--n", "5", "--runs", "1", "--keep", str(folder), "--json", str(numbers)])
    return out.getvalue(), json.loads(numbers.read_text()), folder


def test_prints_the_table(run: tuple[str, dict[str, object], Path]) -> None:
    table, _, _ = run
    print(table)
    for measure in ("ingest time", "ingest throughput", "ingest peak memory", "triples",
                    "`omgraph --help` start-up", "partner view"):  # fmt: skip
        assert measure in table
    for name in CONTRACT_QUERIES:
        assert f"query {name} (" in table


def test_every_query_timed_everywhere(run: tuple[str, dict[str, object], Path]) -> None:
    _, numbers, _ = run
    for side in ("library_ms", "cli_ms"):
        assert set(numbers[side]) == set(CONTRACT_QUERIES), side  # type: ignore[arg-type]
    # rdflib times what it can run; the rest is reported with rdflib's error
    answered = set(numbers["rdflib_ms"]) | set(numbers["rdflib_errors"])  # type: ignore[arg-type]
    assert answered == set(CONTRACT_QUERIES)
    assert numbers["triples"] > 1000  # type: ignore[operator]


def test_rdflib_gives_the_same_row_counts(run: tuple[str, dict[str, object], Path]) -> None:
    _, numbers, _ = run
    rows, rd_rows = numbers["rows"], numbers["rdflib_rows"]
    assert rd_rows, "rdflib answered no query"
    assert {k: rows[k] for k in rd_rows} == rd_rows  # type: ignore[index, union-attr]


def test_keep_keeps_corpus_store_and_view(run: tuple[str, dict[str, object], Path]) -> None:
    _, _, folder = run
    assert len(list((folder / "corpus").glob("0*"))) == 5
    assert (folder / "store").is_dir()
    assert (folder / "partners.html").stat().st_size > 0

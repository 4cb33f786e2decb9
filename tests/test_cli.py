"""The CLI, in-process with CliRunner: help with examples, json output, errors, --file, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from omgraph.cli import cli
from omgraph.rdf import minutes_to_quads
from omgraph.store import OxigraphStore

COMMANDS = sorted(cli.commands)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def store_path(store_dir: Path, seed_minutes) -> str:
    minutes, resolution = seed_minutes
    with OxigraphStore(store_dir) as store:
        store.replace_document(minutes.document.id, minutes_to_quads(minutes, resolution))
    return str(store_dir)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(runner, command):
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert "omgraph " + command in result.output


def test_top_level_help_lists_the_commands(runner):
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("ingest", "query", "stats", "export", "documents"):
        assert command in result.output


def test_query_json_is_a_pure_json_array(runner, store_path):
    result = runner.invoke(
        cli, ["--store", store_path, "query", "participants", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert isinstance(rows, list)
    assert {"meeting", "person", "organisation"} <= set(rows[0])


def test_store_from_environment(runner, store_path):
    result = runner.invoke(
        cli, ["query", "meetings", "--format", "json"], env={"OMGRAPH_STORE": store_path}
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["date"] == "2019-11-21"


def test_query_params_and_csv(runner, store_path):
    result = runner.invoke(
        cli,
        [
            "--store",
            store_path,
            "query",
            "group-members",
            "--param",
            "group=AG Beratungsverständnis",
            "--format",
            "csv",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("group,person,organisation")
    assert len(result.stdout.splitlines()) == 4


def test_injection_returns_nothing(runner, store_path):
    result = runner.invoke(
        cli,
        [
            "--store",
            store_path,
            "query",
            "participants",
            "--param",
            'meeting=x" } ; DROP ALL ; #',
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []


def test_unknown_parameter_is_a_one_line_error(runner, store_path):
    result = runner.invoke(cli, ["--store", store_path, "query", "meetings", "-p", "x=1"])
    assert result.exit_code != 0
    assert "accepted parameters" in result.output
    assert "Traceback" not in result.output


def test_query_list(runner):
    result = runner.invoke(cli, ["query", "--list", "--format", "json"])
    assert result.exit_code == 0
    assert "group-members" in {q["name"] for q in json.loads(result.stdout)}


def test_query_file_refuses_update_unless_asked(runner, store_path, tmp_path):
    update = tmp_path / "drop.rq"
    update.write_text("DROP ALL", encoding="utf-8")
    refused = runner.invoke(cli, ["--store", store_path, "query", "--file", str(update)])
    assert refused.exit_code != 0
    assert "--update" in refused.output
    count = tmp_path / "count.rq"
    count.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", encoding="utf-8")
    result = runner.invoke(
        cli, ["--store", store_path, "query", "--file", str(count), "--format", "json"]
    )
    assert json.loads(result.stdout)[0]["n"] > 0
    runner.invoke(cli, ["--store", store_path, "query", "--file", str(update), "--update"])
    result = runner.invoke(
        cli, ["--store", store_path, "query", "--file", str(count), "--format", "json"]
    )
    assert json.loads(result.stdout)[0]["n"] == 0


def test_export_turtle_parses_back(runner, store_path, tmp_path):
    out = tmp_path / "graph.ttl"
    result = runner.invoke(
        cli, ["--store", store_path, "export", "--format", "turtle", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert len(rdflib.Graph().parse(str(out), format="turtle")) > 100


def test_stats_and_documents(runner, store_path):
    stats = json.loads(
        runner.invoke(cli, ["--store", store_path, "stats", "--format", "json"]).stdout
    )[0]
    assert stats["meetings"] == 1
    assert stats["decisions"] == 3
    assert stats["triples"] > 0
    docs = json.loads(
        runner.invoke(cli, ["--store", store_path, "documents", "--format", "json"]).stdout
    )
    assert [d["document"] for d in docs] == ["2019-11-21-strategiekreis"]


def test_remove(runner, store_path):
    assert (
        runner.invoke(cli, ["--store", store_path, "remove", "2019-11-21-strategiekreis"]).exit_code
        == 0
    )
    assert runner.invoke(cli, ["--store", store_path, "remove", "nope"]).exit_code == 1


def test_query_on_a_missing_store_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(cli, ["--store", str(tmp_path / "none"), "query", "meetings"])
    assert result.exit_code != 0
    assert "omgraph ingest" in result.output


def test_a_long_answer_prints_as_plain_columns(runner, tmp_path):
    """More rows than rich lays out quickly: one line per row, columns aligned, long cells cut."""
    from omgraph.bench.generate import write_corpus
    from omgraph.cli import CELL_WIDTH, RICH_ROWS

    write_corpus(tmp_path / "minutes", 40, 7)
    store = str(tmp_path / "store")
    ingest = runner.invoke(cli, ["--store", store, "ingest", "-q", str(tmp_path / "minutes")])
    assert ingest.exit_code == 0, ingest.output
    args = ["--store", store, "query", "participants"]
    rows = json.loads(runner.invoke(cli, [*args, "--format", "json"]).stdout)
    assert len(rows) > RICH_ROWS
    result = runner.invoke(cli, args)
    assert result.exit_code == 0
    header, rule, *lines = result.stdout.splitlines()
    assert len(lines) == len(rows)
    widths = [len(dashes) for dashes in rule.split("  ")]
    assert header.split() == list(rows[0])

    def cut(value):
        text = " ".join(str(value or "").split())
        return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"

    starts = [sum(widths[:i]) + 2 * i for i in range(len(widths))]
    for line, row in zip(lines, rows, strict=True):
        for column, start, width in zip(row, starts, widths, strict=False):
            assert line[start : start + width].rstrip() == cut(row[column]), (column, line)
    assert f"{len(rows)} row(s)" in result.stderr

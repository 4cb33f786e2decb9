"""Topic queries and ``omgraph topics`` on the seed, ingested in-process with CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from omgraph.cli import cli
from omgraph.topics import load_scheme, topic_keys

SEED = Path(__file__).resolve().parent.parent / "data" / "minutes" / "2019-11-21-strategiekreis.txt"
SEED_LINES = SEED.read_text(encoding="utf-8").splitlines()
DGUV_QUESTION = "Siglinde Ludwig DGUV: Wann kann mit der Stellungnahme gerechnet werden?"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("topics") / "store")
    result = CliRunner().invoke(cli, ["--store", path, "ingest", "-q", str(SEED)], obj={})
    assert result.exit_code == 0, result.output
    return path


def run(store: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["--store", store, *args, "--format", "json"], obj={})
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def query(store: str, name: str, **params: str) -> list[dict]:
    flags = [x for k, v in params.items() for x in ("--param", f"{k}={v}")]
    return run(store, "query", name, *flags)


def lines_of(row: dict) -> list[int]:
    return [int(n) for n in str(row["lines"] or "").split(";") if n.strip()]


@pytest.mark.parametrize("level", [None, "broader", "top", "closure"])
def test_bmg_and_bmas_share_praevention(store, level):
    params = {"level": level} if level else {}
    rows = query(store, "ministry-topic-overlap", **params)
    pairs = {(r["topic"], r["ministry_a"], r["ministry_b"]) for r in rows}
    assert (
        "Prävention",
        "Bundesministerium für Arbeit und Soziales",
        "Bundesministerium für Gesundheit",
    ) in pairs


def test_overlap_as_found_has_no_rolled_up_topics(store):
    rows = query(store, "ministry-topic-overlap", level="found")
    assert "Prävention" not in {r["topic"] for r in rows}


@pytest.mark.parametrize("acronym", ["BMG", "BMAS", "BMBF"])
def test_ministry_topics_are_traceable_to_their_lines(store, acronym):
    scheme = load_scheme()
    key_of = {c.pref_label: k for k, c in scheme.concepts.items()}
    rows = [r for r in query(store, "ministry-topics") if r["acronym"] == acronym]
    assert rows, f"no topics for {acronym}"
    for row in rows:
        assert {"ministry", "topic", "meeting"} <= set(row)
        numbers = lines_of(row)
        assert numbers, row
        for n in numbers:
            assert key_of[row["topic"]] in topic_keys(SEED_LINES[n - 1], scheme), (row, n)


def test_ministry_topics_of_the_reports(store):
    rows = query(store, "ministry-topics")
    topics = {(r["acronym"], r["topic"]) for r in rows}
    assert ("BMG", "Präventionsgesetz") in topics
    assert ("BMAS", "Präventionsstrategie") in topics
    assert ("BMBF", "Zukunft der Arbeit") in topics
    bmg_law = next(r for r in rows if (r["acronym"], r["topic"]) == ("BMG", "Präventionsgesetz"))
    assert {47, 49} <= set(lines_of(bmg_law))


def test_ministry_topics_rolled_up(store):
    rows = query(store, "ministry-topics", level="broader", ministry="BMAS")
    assert "Prävention" in {r["topic"] for r in rows}
    assert "Präventionsstrategie" not in {r["topic"] for r in rows}
    top = query(store, "ministry-topics", level="top", ministry="BMG")
    assert "Präventionsgesetz" not in {r["topic"] for r in top}


def test_a_question_is_never_credited_to_another_organisation(store):
    question = SEED_LINES.index(DGUV_QUESTION) + 1
    for row in query(store, "ministry-topics", level="closure"):
        assert question not in lines_of(row), row
    # nor a remark of another organisation's representative (Helmut Ehnes, Stiftung)
    ehnes = next(i for i, t in enumerate(SEED_LINES, 1) if t.startswith("Helmut Ehnes merkt"))
    for row in query(store, "ministry-topics"):
        assert ehnes not in lines_of(row), row


def test_topic_overlap_between_two_organisations(store):
    rows = query(store, "topic-overlap", a="bmg", b="Bundesministerium für Arbeit und Soziales")
    row = next(r for r in rows if r["topic"] == "Prävention")
    assert row["organisation_a"] == "Bundesministerium für Gesundheit"
    assert row["organisation_b"] == "Bundesministerium für Arbeit und Soziales"
    assert int(row["mentions_a"]) >= 1 and int(row["mentions_b"]) >= 1
    assert not query(store, "topic-overlap", a="BMG", b="BMG")


def test_meeting_topics(store):
    rows = query(store, "meeting-topics")
    found = {r["topic"]: int(r["mentions"]) for r in rows}
    assert found["Präventionsgesetz"] >= 2
    assert all(r["meeting_id"] == "2019-11-21-strategiekreis" for r in rows)


def test_group_topics(store):
    rows = query(store, "group-topics", group="Transfer")
    assert ("AG Transfer", "Transfer") in {(r["group"], r["topic"]) for r in rows}


def test_topics_command_counts(store):
    rows = run(store, "topics")
    by_key = {r["key"]: r for r in rows}
    assert by_key["praeventionsgesetz"]["mentions"] >= 2
    assert by_key["praevention"]["mentions_total"] > by_key["praevention"]["mentions"]
    assert by_key["praeventionsgesetz"]["depth"] > by_key["praevention"]["depth"] == 0

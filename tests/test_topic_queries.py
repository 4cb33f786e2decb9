"""Topic queries and ``omgraph topics`` on the seed, ingested in-process with CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from omgraph.cli import cli
from omgraph.errors import QueryError
from omgraph.queries import bind, parse_query
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
    bmg_law = next(r for r in rows if (r["acronym"], r["topic"]) == ("BMG", "Präventionsgesetz"))
    assert {47, 49} <= set(lines_of(bmg_law))
    assert bmg_law["via"] == "raised"


SPEAKER_HEADERS = {
    "BMG": "Maria Becker (Bundesministerium für Gesundheit, Leitung Unterabteilung Prävention)",
    "BMAS": "Markus Müller (Bundesministerium für Arbeit und Soziales, Leiter des Referats DA 1,",
    "BMBF": "Herr Dr. Henning Krassen Bundesministerium für Bildung und Forschung Referat Zukunft",
}


@pytest.mark.parametrize("level", ["found", "closure"])
def test_a_speaker_header_gives_no_topic(store, level):
    """The header of a report (name, ministry, unit) says who speaks, not what about."""
    headers = {n for n, t in enumerate(SEED_LINES, 1) for h in SPEAKER_HEADERS.values()
               if t.startswith(h)}  # fmt: skip
    assert len(headers) == 3
    for name in ("ministry-topics", "meeting-topics"):
        for row in query(store, name, level=level):
            assert not headers & set(lines_of(row)), row


def test_the_reports_keep_their_own_topics(store):
    rows = query(store, "ministry-topics", level="closure")
    found = {(r["acronym"], r["topic"]): lines_of(r) for r in rows}
    assert 47 in found["BMG", "Prävention"]  # "Präventionsgesetzes", not the Unterabteilung
    assert found["BMAS", "Prävention"] == [91]  # "Präventionsstrategie"
    assert found["BMAS", "Fachkräftesicherung"] == [91]  # not "Arbeitskräftesicherung" (l.85)


def test_bmbf_topics_come_from_the_decision_assigned_to_it(store):
    """BMBF's report is "siehe Präsentation" and an invitation (l.113-115): no topic of the
    scheme. The decision of l.125 asks the BMBF to discuss how to reach KMU "mit den Ergebnissen
    der Arbeitsforschung": credited to it with via "assigned", and only with assigned=yes."""
    rows = [r for r in query(store, "ministry-topics") if r["acronym"] == "BMBF"]
    assert {r["topic"] for r in rows} >= {"Zukunft der Arbeit", "Transfer"}
    assert all(r["via"] == "assigned" and lines_of(r) == [125] for r in rows), rows
    assert not [r for r in query(store, "ministry-topics", assigned="no") if r["acronym"] == "BMBF"]


def test_assigned_topics_enter_the_overlap_only_on_request(store):
    def pairs(**params: str) -> set[tuple[str, str]]:
        rows = query(store, "ministry-topic-overlap", **params)
        return {(r["topic"], f"{r['ministry_a']} / {r['ministry_b']}") for r in rows}

    bmas_bmbf = (
        "Bundesministerium für Arbeit und Soziales / Bundesministerium für Bildung und Forschung"
    )
    assert ("Zukunft der Arbeit", bmas_bmbf) not in pairs()
    assert ("Zukunft der Arbeit", bmas_bmbf) in pairs(assigned="yes")  # INQA / Arbeitsforschung
    assert {t for t, _ in pairs()} == {"Prävention", "Präventionsstrategie"}


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


# --- parameters ----------------------------------------------------------------------------

LINE_QUERIES = [
    ("ministry-topics", {}),
    ("ministry-topics", {"level": "closure", "ministry": "BMG"}),
    ("meeting-topics", {}),
    ("meeting-topics", {"level": "top", "meeting": "2019"}),
    ("group-topics", {}),
    ("group-topics", {"level": "closure", "group": "Transfer"}),
]


@pytest.mark.parametrize(("name", "params"), LINE_QUERIES)
def test_lines_are_sorted_numerically(store, name, params):
    rows = query(store, name, **params)
    assert any(len(lines_of(r)) > 1 for r in rows)
    for row in rows:
        assert lines_of(row) == sorted(set(lines_of(row))), row


@pytest.mark.parametrize(
    "name", ["ministry-topics", "ministry-topic-overlap", "topic-overlap", "meeting-topics",
             "group-topics"],
)  # fmt: skip
def test_an_unknown_level_is_an_error_naming_the_levels(store, name):
    result = CliRunner().invoke(
        cli, ["--store", store, "query", name, "--param", "level=parent"], obj={}
    )
    assert result.exit_code != 0
    assert "'parent' is not a value of parameter 'level'" in result.output
    assert "accepted values of level: found, broader, top, closure" in result.output


def test_a_parameter_declares_its_values_in_the_header():
    query = parse_query("q", "# param level = top (found|top): how far\nSELECT * WHERE { }")
    assert query.params[0].choices == ("found", "top")
    assert query.params[0].description == "how far"
    assert 'VALUES (?param_level) { ("top") }' in bind(query, {"level": "TOP"})
    with pytest.raises(QueryError, match="accepted values of level: found, top"):
        bind(query, {"level": "broader"})
    with pytest.raises(QueryError, match="'closure' is not a value of parameter 'level'"):
        parse_query("q", "# param level = closure (found|top): how far\nSELECT * WHERE { }")


def test_levels_ignore_case(store):
    assert query(store, "ministry-topics", level="Broader") == query(
        store, "ministry-topics", level="broader"
    )


# --- other minutes -------------------------------------------------------------------------

OTHER_MINUTES = """\
3. Treffen des Strategiekreises der Offensive Mittelstand (OM)

14. Mai 2020, Berlin, 10:00 - 15:00 Uhr

Teilnehmer: Anna Schulte (Bundesministerium für Arbeit und Soziales), Jens Wagner \
(Bundesministerium für Gesundheit), Petra Lang (Deutsche Gesetzliche Unfallversicherung)

Top 1: Was gibt es neues aus den Bundesministerien

Anna Schulte (Bundesministerium für Arbeit und Soziales, Referat Digitalisierung und Arbeitswelt)

Anna Schulte berichtet, dass {bmas} der Beschäftigten stark zugenommen haben. Das BMAS \
fördert dazu neue Handlungshilfen für die Betriebe.

Jens Wagner (Bundesministerium für Gesundheit, Referat Pflege)

Jens Wagner berichtet über neue Angebote der Krankenkassen {bmg}.

Diskussion:

Petra Lang DGUV: Wie wird der Datenschutz bei diesen Angeboten sichergestellt?

Top 2: Verschiedenes

Der nächste Strategiekreis findet im Herbst statt.
"""


@pytest.mark.parametrize(
    ("bmas", "bmg", "topic"),
    [
        ("psychische Belastungen", "zur mentalen Gesundheit von Beschäftigten", "Mentale Gesundheit"),
        ("die Sorgen um den Fachkräftemangel", "zur Fachkräftesicherung in der Pflege",
         "Fachkräftesicherung"),
    ],
)  # fmt: skip
def test_other_minutes_two_ministries_in_their_own_words(tmp_path, bmas, bmg, topic):
    minutes = tmp_path / "2020-05-14-strategiekreis.txt"
    minutes.write_text(OTHER_MINUTES.format(bmas=bmas, bmg=bmg), encoding="utf-8")
    store = str(tmp_path / "store")
    result = CliRunner().invoke(cli, ["--store", store, "ingest", "-q", str(minutes)], obj={})
    assert result.exit_code == 0, result.output

    overlap = query(store, "ministry-topic-overlap", level="found")
    assert [(r["topic"], r["ministry_a"], r["ministry_b"]) for r in overlap] == [
        (topic, "Bundesministerium für Arbeit und Soziales", "Bundesministerium für Gesundheit")
    ]
    rows = query(store, "topic-overlap", a="BMAS", b="BMG")
    assert topic in {r["topic"] for r in rows}

    # the DGUV's question names Datenschutz: the meeting has it, no ministry does
    assert "Datenschutz" in {r["topic"] for r in query(store, "meeting-topics")}
    ministry = query(store, "ministry-topics", level="closure")
    assert "Datenschutz" not in {r["topic"] for r in ministry}
    assert not [r for r in query(store, "topic-overlap", a="DGUV") if r["topic"] == "Datenschutz"]
    # nor do the units in the speakers' headers (Referat Digitalisierung, Referat Pflege)
    assert {r["topic"] for r in ministry} == {topic} | ({"Pflege"} if "Pflege" in bmg else set())

"""The query library: headers, bound parameters, contract columns, answers on hand-made minutes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from omgraph.errors import QueryError
from omgraph.queries import bind, is_update, list_queries, load_query, run, run_file

CONTRACT = Path(__file__).resolve().parents[2] / "shared" / "contract" / "queries.md"
COLUMNS = {
    "meetings": ["meeting", "date", "start", "end", "place", "body"],
    "participants": ["meeting", "person", "organisation"],
    "people": ["person", "organisation"],
    "groups": ["group", "kind"],
    "group-members": ["group", "person", "organisation"],
    "agenda": ["meeting", "number", "title", "start", "presenter"],
    "decisions": [
        "meeting",
        "item",
        "kind",
        "text",
        "unanimous",
        "votes_for",
        "votes_against",
        "abstentions",
        "assignee",
        "due",
    ],
    "world-cafe": ["meeting", "table", "question", "moderator"],
    "world-cafe-results": ["meeting", "table", "rank", "result"],
    "future-topics": ["meeting", "topic", "proposer"],
    "next-dates": ["meeting", "date", "title", "place"],
    "ministry-topics": ["ministry", "topic", "meeting"],
    "ministry-topic-overlap": ["topic", "ministry_a", "ministry_b"],
    "partner-network": ["organisation_a", "organisation_b", "weight"],
    "attachments": ["meeting", "number", "item", "title"],
}


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_contract_query_has_header_and_columns(name, filled_store):
    query = load_query(name)
    assert query.question
    assert list(query.columns[: len(COLUMNS[name])]) == COLUMNS[name]
    rows = run(filled_store, name)
    for row in rows:
        assert list(row)[: len(COLUMNS[name])] == COLUMNS[name]
        assert not any(
            isinstance(v, str) and v.startswith("https://w3id.org/")
            for k, v in row.items()
            if k in COLUMNS[name]
        )


def test_every_library_query_is_listed_with_a_question():
    names = {q.name for q in list_queries()}
    assert set(COLUMNS) <= names
    assert all(q.question for q in list_queries())


def test_participants_are_the_present_people(filled_store):
    rows = run(filled_store, "participants")
    people = {r["person"] for r in rows}
    assert "Erika Muster" not in people  # excused
    assert {"Maria Becker", "Dr. Carola Fischer", "Rolf Papenfuss"} <= people
    becker = next(r for r in rows if r["person"] == "Maria Becker")
    assert becker["organisation"] == "Bundesministerium für Gesundheit"
    assert becker["date"] == "2019-11-21"


def test_decisions_one_row_per_assignee_with_votes(filled_store):
    rows = run(filled_store, "decisions")
    resolution = next(r for r in rows if r["kind"] == "resolution")
    assert (resolution["unanimous"], resolution["votes_against"], resolution["abstentions"]) == (
        True,
        0,
        0,
    )
    item6 = [r["assignee"] for r in rows if r["item"] == "6"]
    assert item6 == ["Koordinierungsteam", "AG Transfer"]
    due = next(r for r in rows if r["item"] == "5")
    assert due["due"] == "2020-01-01"


def test_group_members_filter_by_group_and_unit(filled_store):
    rows = run(filled_store, "group-members", {"group": "ag beratungsverständnis"})
    assert len(rows) == 3
    domschke = next(r for r in rows if r["person"] == "Birgit Domschke")
    assert (domschke["organisation"], domschke["unit"]) == ("Bundesagentur für Arbeit", "AGS")
    assert run(filled_store, "group-members", {"group": "Gemeinsames Beratungs"})  # a variant
    assert run(filled_store, "group-members", {"group": "AG Transfer"}) == []


def test_agenda_has_times_presenters_and_no_breaks(filled_store):
    rows = run(filled_store, "agenda")
    assert [r["number"] for r in rows] == ["1", "2", "2", "3"]
    assert rows[0]["start"] == "11:00"
    assert {r["presenter"] for r in rows if r["number"] == "2"} == {"Maria Becker", "Markus Müller"}
    assert len(run(filled_store, "agenda", {"breaks": "yes"})) == 5


@pytest.mark.parametrize(
    "meeting",
    ["2019-11-21", "strategiekreis", "STRATEGIEKREIS", "2019-11-21-strategiekreis", "2. Treffen"],
)
def test_meeting_parameter_matches_date_id_title_or_body(filled_store, meeting):
    assert len(run(filled_store, "meetings", {"meeting": meeting})) == 1


@pytest.mark.parametrize(
    "value", ['x" } ; DROP ALL ; #', "x' } UNION { ?s ?p ?o }", "x>\n#", "\\", '"""']
)
def test_parameter_values_cannot_change_a_query(filled_store, value):
    before = filled_store.triple_count()
    assert run(filled_store, "participants", {"meeting": value}) == []
    assert run(filled_store, "group-members", {"group": value, "person": value}) == []
    assert filled_store.triple_count() == before


def test_unknown_parameter_names_the_accepted_ones(filled_store):
    with pytest.raises(QueryError, match="accepted parameters: meeting"):
        run(filled_store, "meetings", {"nope": "1"})


def test_unknown_query_names_the_known_ones():
    with pytest.raises(QueryError, match=r"known queries: .*meetings"):
        load_query("no-such-query")


def test_bind_puts_values_in_a_values_block():
    text = bind(load_query("meetings"), {"meeting": 'a"b'})
    assert re.search(r'VALUES \(\?param_meeting\) \{ \("a\\"b"\) \}', text)


def test_bind_fills_each_values_slot_with_the_parameters_it_names():
    from omgraph.queries import parse_query

    query = parse_query(
        "q",
        "# param a: x\n# param b: y\nSELECT * WHERE {\n"
        "  { SELECT ?s WHERE {\n    #VALUES ?param_a ?param_b\n    ?s ?p ?o } }\n"
        "  { SELECT ?t WHERE {\n    #VALUES ?param_b\n    ?t ?p ?o } }\n}\n",
    )
    text = bind(query, {"a": "1"})
    # the outer block binds every given parameter; a slot only those it names that are given
    assert text.count('VALUES (?param_a) { ("1") }') == 2
    assert "    #VALUES ?param_b\n" in text  # nothing given for it: still a comment
    text = bind(query, {"a": "1", "b": "2"})
    assert '    VALUES (?param_a ?param_b) { ("1" "2") }\n' in text
    assert '    VALUES (?param_b) { ("2") }\n' in text
    assert bind(query) == query.text


def test_bind_fills_no_slot_in_a_string_or_after_code_and_finds_the_real_where():
    from omgraph.queries import parse_query

    query = parse_query(
        "q",
        "# param a: x\nPREFIX e: <http://example.org/x#WHERE{>\n"
        'SELECT ?s (""" WHERE { """ AS ?w) WHERE {\n'
        '  BIND("""\n  #VALUES ?param_a\n""" AS ?text)\n'
        "  BIND('# WHERE {' AS ?hash) ?s ?p ?o #VALUES ?param_a\n"
        "  { SELECT ?o WHERE {\n    #VALUES ?param_a\n    ?o ?q ?r } }\n}\n",
    )
    text = bind(query, {"a": "1"})
    # the outer block right after the query's WHERE (not the one in the IRI, the string or the
    # comment), the subquery's slot filled, the string and the trailing comment left as they are
    assert '(""" WHERE { """ AS ?w) WHERE {\n  VALUES (?param_a) { ("1") }\n' in text
    assert '  BIND("""\n  #VALUES ?param_a\n""" AS ?text)\n' in text
    assert "?s ?p ?o #VALUES ?param_a\n" in text
    assert '    VALUES (?param_a) { ("1") }\n    ?o ?q ?r' in text
    assert text.count("VALUES (?param_a)") == 2


# Queries whose rows carry the meeting (`meeting_id`) and that take a `meeting` parameter: the
# parameter must pick exactly the rows of the meetings that `meetings` picks with it, however
# the query narrows them (several filter inside subqueries, before their joins).
MEETING_FILTERED = [
    q.name
    for q in list_queries()
    if "meeting" in q.param_names() and "meeting_id" in q.columns and q.name != "meetings"
]


@pytest.mark.parametrize("name", MEETING_FILTERED)
def test_meeting_parameter_picks_the_rows_of_the_meetings_it_names(many_meetings_store, name):
    everything = run(many_meetings_store, name, cache=False)
    meetings = run(many_meetings_store, "meetings")
    # a month, a body, one meeting's id and title, a value naming none
    values = {str(meetings[0]["date"])[:7], str(meetings[-1]["body"]).lower()}
    values |= {
        meetings[len(meetings) // 2]["meeting_id"],
        meetings[1]["meeting"],
        "no such meeting",
    }
    for value in sorted(values):
        ids = {m["meeting_id"] for m in run(many_meetings_store, "meetings", {"meeting": value})}
        rows = run(many_meetings_store, name, {"meeting": value}, cache=False)
        expected = [r for r in everything if r["meeting_id"] in ids]
        assert sorted(rows, key=repr) == sorted(expected, key=repr), value


@pytest.mark.parametrize("name", [q.name for q in list_queries() if "meeting" in q.param_names()])
def test_a_meeting_value_naming_every_meeting_or_none_gives_all_or_nothing(
    many_meetings_store, name
):
    # "" is in every meeting's date, id and title: the whole answer, in its order; a value in
    # none: nothing (for every query, also those whose rows carry no meeting)
    whole = run(many_meetings_store, name, cache=False)
    assert whole, name
    assert run(many_meetings_store, name, {"meeting": ""}, cache=False) == whole
    assert run(many_meetings_store, name, {"meeting": "no such meeting"}, cache=False) == []


def test_every_values_slot_names_parameters_of_its_query():
    from omgraph.queries import _slots

    slots = 0
    for query in list_queries():
        declared = {f"?param_{p.replace('-', '_')}" for p in query.param_names()}
        for start, end, names in _slots(query.text):
            slots += 1
            assert set(names) <= declared, (query.name, query.text[start:end])
        every = {
            p: (p_.choices[0] if p_.choices else "x") for p_ in query.params for p in [p_.name]
        }
        assert "#VALUES" not in bind(query, every).replace("# VALUES", "#VALUES"), query.name
    assert slots > 20


@pytest.mark.parametrize(
    ("name", "param", "columns"),
    [
        ("participants", "person", ["person"]),
        ("participants", "organisation", ["organisation"]),
        ("people", "person", ["person"]),
        ("partner-network", "organisation", ["organisation_a", "organisation_b"]),
        ("group-topics", "group", ["group"]),
        ("group-members", "group", ["group"]),
        ("group-members", "person", ["person"]),
        ("decisions", "assignee", ["assignee"]),
        ("ministry-topics", "ministry", ["ministry"]),
    ],
)
def test_name_parameters_pick_the_rows_naming_them(many_meetings_store, name, param, columns):
    everything = run(many_meetings_store, name, cache=False)
    names = sorted({str(r[c]) for r in everything for c in columns if r[c]})
    assert names, f"{name} has no {columns} to filter by"
    for value in (names[0], names[-1][:4], names[len(names) // 2], "no such name"):
        rows = run(many_meetings_store, name, {param: value}, cache=False)
        assert {repr(r) for r in rows} <= {repr(r) for r in everything}
        # every row whose shown name contains the value is kept (a row may also be kept for a
        # spelling variant)
        shown = [r for r in everything if any(value.lower() in str(r[c]).lower() for c in columns)]
        assert {repr(r) for r in shown} <= {repr(r) for r in rows}, value
        if value == "no such name":
            assert rows == []


@pytest.mark.parametrize(
    "text",
    [
        "DELETE WHERE { ?s ?p ?o }",
        "PREFIX x: <http://x/>\nDROP ALL",
        "# comment\ninsert data { <a:b> <a:c> <a:d> }",
    ],
)
def test_updates_are_recognised_and_refused(filled_store, text):
    assert is_update(text)
    with pytest.raises(QueryError, match="--update"):
        run_file(filled_store, text)


def test_run_file_runs_a_select(filled_store):
    rows = run_file(filled_store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert rows == [{"n": filled_store.triple_count()}]

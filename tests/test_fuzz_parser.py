"""Property tests: the parser, resolution and RDF conversion fed arbitrary and mutated minutes
return records or raise :class:`OmgraphError`, nothing else (hypothesis, modest example counts)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omgraph.errors import OmgraphError
from omgraph.ingest.extract import extract
from omgraph.model import Document, Minutes
from omgraph.rdf import minutes_to_quads
from omgraph.resolve import resolve

REPO = Path(__file__).resolve().parent.parent
SEED_LINES = tuple(
    (REPO / "data" / "minutes" / "2019-11-21-strategiekreis.txt").read_text("utf-8").splitlines()
)
FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _document(lines: tuple[str, ...]) -> Document:
    return Document("fuzz", "fuzz.txt", "0" * 64, lines, "txt")


def _pipeline(lines: tuple[str, ...]) -> None:
    """extract -> resolve -> minutes_to_quads; OmgraphError is an allowed answer."""
    try:
        minutes = extract(_document(lines))
        assert isinstance(minutes, Minutes)
        quads = minutes_to_quads(minutes, resolve(minutes))
    except OmgraphError:
        return
    assert all(q.graph_name.value.endswith("/graph/fuzz") for q in quads)


@st.composite
def mutated_seed(draw: st.DrawFn) -> tuple[str, ...]:
    """The seed with lines deleted, duplicated, swapped, cut, or spiced with unicode."""
    lines = list(SEED_LINES)
    for _ in range(draw(st.integers(1, 12))):
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "cut", "insert", "brackets"]))
        i = draw(st.integers(0, max(len(lines) - 1, 0)))
        if not lines:
            break
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "cut":
            line = lines[i]
            lines[i] = line[: draw(st.integers(0, len(line)))]
        elif op == "brackets":
            lines[i] = lines[i].replace(")", "").replace("]", "").replace("(", "((")
        else:
            lines.insert(i, draw(st.text(max_size=80)))
    return tuple(lines)


MINUTES_WORDS = st.sampled_from(
    ["TOP 1", "Tagesordnung:", "Teilnehmende:", "Beschluss:", "Protokoll", "Herr", "Frau",
     "Dr.", "(BMAS)", "AG ", "12.03.2020", "10:00 Uhr", "einstimmig", "4:2:1", "|", "#", "-",
     "Aufgabe:", "bis 31.12.", "Enthaltungen", "Anlage 1", "World Café", "Tisch 2", ":"]
)  # fmt: skip


@FUZZ
@given(mutated_seed())
def test_mutated_seed_gives_records_or_an_omgraph_error(lines):
    _pipeline(lines)


@FUZZ
@given(st.lists(st.text(max_size=60), max_size=30).map(tuple))
def test_arbitrary_text_gives_records_or_an_omgraph_error(lines):
    _pipeline(lines)


@FUZZ
@given(
    st.lists(
        st.lists(st.one_of(MINUTES_WORDS, st.text(max_size=12)), max_size=8).map(" ".join),
        max_size=40,
    ).map(tuple)
)
def test_minutes_shaped_noise_gives_records_or_an_omgraph_error(lines):
    _pipeline(lines)

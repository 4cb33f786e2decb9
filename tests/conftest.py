"""Shared fixtures: a small hand-made Minutes of the seed, stores, the seed path."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from omgraph.model import (
    AgendaItem,
    Assignee,
    Attachment,
    Contribution,
    Decision,
    Document,
    FutureTopic,
    Meeting,
    Membership,
    Minutes,
    NextDate,
    Organisation,
    OrgMention,
    Participant,
    Person,
    PersonMention,
    Resolution,
    SourceSpan,
    Vote,
    WorkingGroup,
    WorldCafeResult,
    WorldCafeTable,
)

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "minutes" / "2019-11-21-strategiekreis.txt"
DOC = "2019-11-21-strategiekreis"


def _span(line: int, text: str = "") -> SourceSpan:
    return SourceSpan(DOC, line, text)


def _org(text: str, line: int) -> OrgMention:
    return OrgMention(text, _span(line, text))


def _person(text: str, line: int, org: str = "", title: str = "") -> PersonMention:
    parts = text.replace(title, "").split()
    return PersonMention(
        text,
        _span(line, text),
        title=title,
        given=" ".join(parts[:-1]),
        family=parts[-1],
        org=_org(org, line) if org else None,
    )


ORGS = {
    "bmg": Organisation(
        "bmg", "Bundesministerium für Gesundheit", "BMG", "ministry", registered=True
    ),
    "bmas": Organisation(
        "bmas", "Bundesministerium für Arbeit und Soziales", "BMAS", "ministry", registered=True
    ),
    "ba": Organisation("ba", "Bundesagentur für Arbeit", "BA", "federal-agency", registered=True),
    "itb": Organisation(
        "itb", "itb - Institut für Technik der Betriebsführung", "itb", "research-institute"
    ),
    "bstbk": Organisation(
        "bstbk",
        "Bundessteuerberaterkammer",
        "BStBK",
        "chamber",
        variants=("Bundesteuerberaterkammer",),
    ),
    "zdh": Organisation("zdh", "Zentralverband des Deutschen Handwerks", "ZDH", "association"),
}


@pytest.fixture
def seed_minutes() -> tuple[Minutes, Resolution]:
    """A small but realistic Minutes + Resolution of the seed, built by hand."""
    lines = tuple(SEED.read_text(encoding="utf-8").splitlines())
    doc = Document(DOC, str(SEED), "ab" * 32, lines)
    becker = _person("Maria Becker", 15, "Bundesministerium für Gesundheit")
    mueller = _person("Markus Müller", 15, "Bundesministerium für Arbeit und Soziales")
    domschke = _person("Birgit Domschke", 15, "Bundesagentur für Arbeit")
    mangold = _person("Kristina Mangold", 15, "itb")
    fischer = _person("Dr. Carola Fischer", 15, "Bundessteuerberaterkammer", title="Dr.")
    papenfuss = _person("Rolf Papenfuss", 15, "ZDH")
    excused = _person("Erika Muster", 15, "BA")
    papenfuss_short = PersonMention(
        "Herr Papenfuß", _span(146), family="Papenfuß", salutation="Herr"
    )
    domschke_ags = PersonMention(
        "Birgit Domschke",
        _span(152),
        given="Birgit",
        family="Domschke",
        org=_org("AGS der Agentur für Arbeit", 152),
    )
    mangold_wc = PersonMention(
        "Kristina Mangold", _span(27), given="Kristina", family="Mangold", org=_org("itb", 27)
    )
    fischer_wc = PersonMention(
        "Dr. Carola Fischer",
        _span(29),
        title="Dr.",
        given="Carola",
        family="Fischer",
        org=_org("Bundessteuerberaterkammer", 29),
    )
    minutes = Minutes(
        document=doc,
        meeting=Meeting(
            "2. Treffen des Strategiekreises der Offensive Mittelstand (OM)",
            _span(9),
            body="Strategiekreis",
            series_number=2,
            network="Offensive Mittelstand",
            date=dt.date(2019, 11, 21),
            start=dt.time(11, 0),
            end=dt.time(16, 30),
            place="Berlin",
            venue="Deutsche Rentenversicherung Berlin-Brandenburg, Knobelsdorffstr. 92, "
            "14059 Berlin",
        ),
        participants=(
            Participant(becker),
            Participant(mueller),
            Participant(domschke),
            Participant(mangold),
            Participant(fischer),
            Participant(papenfuss),
            Participant(excused, role="excused"),
        ),
        agenda=(
            AgendaItem("1", "Begrüßung", _span(17), start=dt.time(11, 0)),
            AgendaItem(
                "2",
                "Neues aus Bundesministerien",
                _span(18),
                start=dt.time(11, 10),
                presenters=(becker, mueller),
            ),
            AgendaItem("", "Mittagspause", _span(20), start=dt.time(12, 30), is_break=True),
            AgendaItem(
                "3",
                "Grundprinzipien der Offensive Mittelstand",
                _span(19),
                start=dt.time(12, 0),
                presenter_note="Alle",
            ),
        ),
        contributions=(
            Contribution(
                "2",
                becker,
                "Maria Becker berichtet über das Präventionsgesetz",
                _span(45),
                kind="presentation",
            ),
        ),
        decisions=(
            Decision(
                "3",
                "resolution",
                "Der Titel der Grundprinzipien wird geändert",
                _span(105),
                vote=Vote(
                    unanimous=True,
                    votes_against=0,
                    abstentions=0,
                    outcome="adopted",
                    text="einstimmig",
                ),
            ),
            Decision(
                "5",
                "agreement",
                "Die AG Transfer wird die Ergebnisse umwandeln.",
                _span(139),
                assignees=(Assignee("AG Transfer", group="AG Transfer"),),
                due=dt.date(2020, 1, 1),
            ),
            Decision(
                "6",
                "agreement",
                "Themen in ein Arbeitsprogramm überführen",
                _span(160),
                assignees=(
                    Assignee("Koordinierungsteam", group="Koordinierungsteam"),
                    Assignee("AG Transfer", group="AG Transfer"),
                ),
            ),
        ),
        world_cafe=(
            WorldCafeTable(
                "5",
                1,
                "Wie können wir das Beratungsverständnis umsetzen?",
                _span(117),
                moderators=(mangold_wc, fischer_wc),
                results=(
                    WorldCafeResult(1, "Institutionenbroschüre", _span(124)),
                    WorldCafeResult(2, "Leitfragen", _span(125)),
                ),
            ),
        ),
        groups=(
            WorkingGroup(
                "AG Beratungsverständnis",
                "working-group",
                _span(143),
                variants=("Arbeitsgruppe Gemeinsames Beratungsverständnis",),
            ),
            WorkingGroup("AG Transfer", "working-group", _span(84)),
            WorkingGroup("Koordinierungsteam", "team", _span(75)),
        ),
        memberships=(
            Membership("AG Beratungsverständnis", mangold_wc, source=_span(145)),
            Membership("AG Beratungsverständnis", domschke_ags, source=_span(145)),
            Membership("AG Beratungsverständnis", fischer_wc, source=_span(145)),
        ),
        future_topics=(
            FutureTopic(
                1, "KMU", _span(150), note="Stärkere Differenzierung", proposers=(papenfuss_short,)
            ),
            FutureTopic(2, "Datenschutz", _span(151), note="Information"),
        ),
        next_dates=(
            NextDate(dt.date(2020, 4, 30), "Strategiekreis", _span(175), place="Berlin"),
            NextDate(dt.date(2020, 10, 23), "AG Transfer", _span(176), place="Bonn"),
        ),
        attachments=(
            Attachment(1, _span(80), item="2", title="Präsentation BMBF"),
            Attachment(2, _span(95), item="3"),
        ),
    )
    people = {
        "maria-becker": Person(
            "maria-becker", "Maria Becker", "Maria", "Becker", organisations=("bmg",)
        ),
        "markus-mueller": Person(
            "markus-mueller", "Markus Müller", "Markus", "Müller", organisations=("bmas",)
        ),
        "birgit-domschke": Person(
            "birgit-domschke", "Birgit Domschke", "Birgit", "Domschke", organisations=("ba",)
        ),
        "kristina-mangold": Person(
            "kristina-mangold", "Kristina Mangold", "Kristina", "Mangold", organisations=("itb",)
        ),
        "carola-fischer": Person(
            "carola-fischer",
            "Dr. Carola Fischer",
            "Carola",
            "Fischer",
            "Dr.",
            organisations=("bstbk",),
        ),
        "rolf-papenfuss": Person(
            "rolf-papenfuss",
            "Rolf Papenfuss",
            "Rolf",
            "Papenfuss",
            variants=("Herr Papenfuß",),
            organisations=("zdh",),
        ),
        "erika-muster": Person(
            "erika-muster", "Erika Muster", "Erika", "Muster", organisations=("ba",)
        ),
    }
    person_of = {
        becker: "maria-becker",
        mueller: "markus-mueller",
        domschke: "birgit-domschke",
        mangold: "kristina-mangold",
        fischer: "carola-fischer",
        papenfuss: "rolf-papenfuss",
        excused: "erika-muster",
        papenfuss_short: "rolf-papenfuss",
        domschke_ags: "birgit-domschke",
        mangold_wc: "kristina-mangold",
        fischer_wc: "carola-fischer",
    }
    org_of = {
        becker.org: "bmg",
        mueller.org: "bmas",
        domschke.org: "ba",
        mangold.org: "itb",
        fischer.org: "bstbk",
        papenfuss.org: "zdh",
        excused.org: "ba",
        domschke_ags.org: "ba",
        mangold_wc.org: "itb",
        fischer_wc.org: "bstbk",
    }
    resolution = Resolution(
        people=people,
        organisations=dict(ORGS),
        person_of=person_of,
        org_of={k: v for k, v in org_of.items() if k is not None},
        unit_of={domschke_ags.org: "AGS"} if domschke_ags.org else {},
        affiliation={p.key: p.organisations for p in people.values()},
    )
    return minutes, resolution


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """A fresh folder for an on-disk store."""
    return tmp_path / "store"


@pytest.fixture
def filled_store(store_dir: Path, seed_minutes: tuple[Minutes, Resolution]):  # type: ignore[no-untyped-def]
    """An on-disk store holding the hand-made seed minutes."""
    from omgraph.rdf import minutes_to_quads
    from omgraph.store import OxigraphStore

    minutes, resolution = seed_minutes
    store = OxigraphStore(store_dir)
    store.replace_document(minutes.document.id, minutes_to_quads(minutes, resolution))
    yield store
    store.close()


# --- the seed ingested by the real pipeline (network, viz, browser tests) ---------------------


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the seed, ingested in-process by `omgraph ingest` (skips while it fails)."""
    from click.testing import CliRunner

    from omgraph.cli import cli

    path = tmp_path_factory.mktemp("seed") / "store"
    result = CliRunner().invoke(cli, ["--store", str(path), "ingest", "-q", str(SEED)])
    if result.exit_code != 0:
        pytest.skip(f"the ingest pipeline fails on the seed: {result.output or result.exception}")
    return path


@pytest.fixture(scope="session")
def seed_graph(seed_store_path: Path):  # type: ignore[no-untyped-def]
    """The NetworkX graph of the ingested seed (:func:`omgraph.network.build_graph`)."""
    from omgraph.network import build_graph
    from omgraph.store import open_store

    with open_store(seed_store_path, read_only=True) as store:
        return build_graph(store)


@pytest.fixture(scope="session")
def many_meetings_store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A store holding 40 generated minutes (several bodies, two years) and the seed, read-only."""
    from click.testing import CliRunner

    from omgraph.bench.generate import write_corpus
    from omgraph.cli import cli
    from omgraph.store import open_store

    folder = tmp_path_factory.mktemp("many-minutes")
    write_corpus(folder, 40, seed=3)
    path = tmp_path_factory.mktemp("many") / "store"
    result = CliRunner().invoke(cli, ["--store", str(path), "ingest", "-q", str(folder), str(SEED)])
    assert result.exit_code == 0, result.output
    with open_store(path, read_only=True) as store:
        yield store

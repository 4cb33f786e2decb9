"""The parser on real inputs: the seed (fact by fact), the real corpus (no crash, what is there
comes out) and generated minutes (precision and recall against their ground truth)."""

from __future__ import annotations

import collections
import datetime as dt
from pathlib import Path

import pytest

from omgraph.errors import NotMinutesError
from omgraph.ingest.extract import extract
from omgraph.ingest.read import read_document
from omgraph.model import Document, Minutes

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "minutes" / "2019-11-21-strategiekreis.txt"
CORPUS = REPO.parent / "shared" / "corpus" / "real"
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"real corpus not found at {CORPUS} (only in the team's workspace)"
)


@pytest.fixture(scope="module")
def seed() -> Minutes:
    return extract(read_document(SEED))


def test_header(seed: Minutes) -> None:
    m = seed.meeting
    assert (m.body, m.series_number, m.network) == ("Strategiekreis", 2, "Offensive Mittelstand")
    assert (m.date, m.start, m.end, m.place) == (
        dt.date(2019, 11, 21),
        dt.time(11, 0),
        dt.time(16, 30),
        "Berlin",
    )
    assert "14059 Berlin" in m.venue and m.venue.startswith("Deutsche Rentenversicherung")


def test_participants_with_titles_and_irregular_brackets(seed: Minutes) -> None:
    people = {p.person.text: p.person for p in seed.participants}
    assert len(people) == 44
    assert people["Prof. Dr. Oliver Kruse"].title == "Prof. Dr."
    # unbalanced bracket: the next entry is not swallowed
    assert people["Volker Jödicke"].org.text == "Fortbildungsakademie der Wirtschaft (FAW)"
    assert "Karlheinz Kalenberg" in people
    assert people["Sieglinde Ludwig"].org.text.startswith("Deutsche Gesetzliche Unfallversicherung")
    # ';' instead of ',' separates entries too
    assert people["Markus Müller"].org.text == "Bundesministerium für Arbeit und Soziales"
    assert all(p.source.line == 13 for p in people.values())


def test_agenda(seed: Minutes) -> None:
    items = {a.number: a for a in seed.agenda if a.number}
    assert list(items) == [str(n) for n in range(1, 9)]
    starts = [items[str(n)].start.strftime("%H:%M") for n in range(1, 9)]
    assert starts == ["11:00", "11:10", "12:00", "13:30", "14:00", "15:40", "16:10", "16:25"]
    assert [p.text for p in items["2"].presenters] == [
        "Maria Becker",
        "Markus Müller",
        "Dr. Henning Krassen",
    ]
    assert [p.org.text for p in items["2"].presenters] == ["BMG", "BMAS", "BMBF"]
    assert {p.family for p in items["7"].presenters} == {"Embacher", "Cernavin"}
    breaks = [a.title for a in seed.agenda if a.is_break]
    assert breaks == ["Mittagspause", "Pause"]


def test_decisions_with_votes_assignees_and_deadline(seed: Minutes) -> None:
    by_kind = collections.Counter(d.kind for d in seed.decisions)
    assert by_kind["agreement"] == 5 and by_kind["resolution"] == 5
    unanimous = [d for d in seed.decisions if d.vote and d.vote.unanimous]
    assert {d.item for d in unanimous} == {"3", "4", "7"}
    assert all((d.vote.votes_against, d.vote.abstentions) == (0, 0) for d in unanimous)
    top6 = next(d for d in seed.decisions if d.item == "6")
    assert [a.group for a in top6.assignees] == ["Koordinierungsteam", "AG Transfer"]
    bmbf = next(d for d in seed.decisions if "BMBF wird" in d.text)
    assert bmbf.assignees[0].org.text == "BMBF"
    deadline = next(d for d in seed.decisions if d.due)
    assert (
        deadline.due == dt.date(2020, 1, 1)
        and deadline.kind == "resolution"
        and deadline.item == "5"
    )


def test_world_cafe(seed: Minutes) -> None:
    tables = seed.world_cafe
    assert [t.number for t in tables] == [1, 2, 3]
    assert [len(t.moderators) for t in tables] == [2, 2, 2]
    assert [len(t.results) for t in tables] == [4, 7, 5]
    assert [r.rank for r in tables[1].results] == list(range(1, 8))
    assert tables[1].moderators[0].org.text == "AGS der BA"


def test_groups_and_members(seed: Minutes) -> None:
    names = {g.name for g in seed.groups}
    assert {
        "AG Transfer",
        "AG Beratungsverständnis",
        "Koordinierungsteam",
        "Fachgruppe Gesundheit",
    } <= names
    assert not any(n.startswith("AG S") or n.endswith(" 1") for n in names)
    members = [m for m in seed.memberships if m.group == "AG Beratungsverständnis"]
    assert len(members) == 32
    shared = {
        m.person.text: m.person.org.text for m in members if m.person.family in {"Mangold", "Ihm"}
    }
    assert shared == {"Kristina Mangold": "itb", "Andreas Ihm": "itb"}


def test_future_topics_next_dates_attachments(seed: Minutes) -> None:
    topics = seed.future_topics
    assert [t.rank for t in topics] == list(range(1, 9))
    assert [p.text for p in topics[2].proposers] == ["Herr Papenfuß", "Herr Bojean"]
    assert [(n.date.isoformat(), n.place) for n in seed.next_dates] == [
        ("2020-04-30", "Berlin"), ("2020-10-23", "Bonn"), ("2020-11-12", "Berlin")
    ]  # fmt: skip
    assert [(a.number, a.item) for a in seed.attachments] == [
        (1, "2"), (2, "3"), (3, "3"), (4, "4"), (5, "7"), (6, "7"), (7, "7")
    ]  # fmt: skip


def test_contributions_name_speaker_and_organisation(seed: Minutes) -> None:
    speakers = {
        (c.speaker.text, c.speaker.org.text if c.speaker.org else "") for c in seed.contributions
    }
    assert ("Siglinde Ludwig", "DGUV") in speakers
    assert (
        "Frau Fischer",
        "Forschungsinstitut für betriebliche Bildung gemeinnützige GMBH",
    ) in speakers
    report = next(
        c for c in seed.contributions if c.kind == "presentation" and c.speaker.family == "Becker"
    )
    assert (
        report.source.line < report.source.end_line
        and "Pflegepersonal-Stärkungsgesetz" in report.text
    )


def test_every_record_keeps_its_source_line(seed: Minutes) -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for record in (*seed.decisions, *seed.next_dates, *seed.future_topics, *seed.agenda):
        assert lines[record.source.line - 1] == record.source.text


def test_text_without_structure_is_not_minutes(tmp_path: Path) -> None:
    path = tmp_path / "einkauf.txt"
    path.write_text("Milch\nEier\nBrot\n", encoding="utf-8")
    with pytest.raises(NotMinutesError, match=r"einkauf\.txt"):
        extract(read_document(path))


@needs_corpus
@pytest.mark.parametrize(
    "path", sorted(CORPUS.glob("[0-9]*")) if CORPUS.is_dir() else [], ids=lambda p: p.name[:30]
)
def test_real_corpus_file_extracts(path: Path) -> None:
    minutes = extract(read_document(path))
    found = len(minutes.agenda) + len(minutes.decisions) + len(minutes.participants)
    assert found > 0, f"nothing found in {path.name}"


def _recall_precision(got: list[object], want: list[object]) -> tuple[float, float]:
    g, w = collections.Counter(got), collections.Counter(want)
    tp = sum((g & w).values())
    return (tp / sum(w.values()) if w else 1.0), (tp / sum(g.values()) if g else 1.0)


def test_generated_strategiekreis_minutes() -> None:
    """Minutes in the seed's layout that the parser has never seen (generated with truth)."""
    from omgraph.bench import generate_corpus

    got: dict[str, list[object]] = collections.defaultdict(list)
    want: dict[str, list[object]] = collections.defaultdict(list)
    for g in generate_corpus(40, seed=11, layouts=("strategiekreis",))[:12]:
        m = extract(
            Document(g.file_name.rsplit(".", 1)[0], g.file_name, "", tuple(g.text.splitlines()))
        )
        t = g.truth
        got["agenda"] += [
            (a.number, a.start.strftime("%H:%M") if a.start else None) for a in m.agenda if a.number
        ]
        want["agenda"] += [(a["number"], a["start"]) for a in t["agenda"] if a["number"]]
        got["participants"] += [p.person.text for p in m.participants]
        want["participants"] += [p["as_written"] for p in t["participants"]]
        got["next_dates"] += [n.date.isoformat() for n in m.next_dates]
        want["next_dates"] += [n["date"] for n in t["next_dates"]]
        got["votes"] += [
            (d.item, d.vote.votes_against, d.vote.abstentions) for d in m.decisions if d.vote
        ]
        want["votes"] += [
            (d["item"], d["votes_against"], d["abstentions"])
            for d in t["decisions"]
            if d["unanimous"] is not None
        ]
    for key in want:
        recall, precision = _recall_precision(got[key], want[key])
        assert recall >= 0.9 and precision >= 0.9, (key, recall, precision)


VORSTAND = """Protokoll der Vorstandssitzung des Vereins Gesunde Arbeit e.V.

Datum: 18.02.2025
Ort: Handwerkskammer Koblenz

Anwesend:
- Dr. Thomas Berger (Vorsitzender, IHK Koblenz)
- Prof. Dr. Ute Hallmann, Hochschule Koblenz
- Maria Santos-Weber, BG BAU
- Jens Oberländer (Schatzmeister)

Tagesordnung
TOP 1 Genehmigung des Protokolls
TOP 2 Veranstaltung im Mai

Zu TOP 1
Das Protokoll der Sitzung vom 12.11.2024 wird einstimmig genehmigt.

Zu TOP 2
Frau Prof. Hallmann berichtet über die Planung am 14. Mai 2025 in Mainz. Die BG BAU übernimmt die Raumkosten.
Aufgabe: Frau Santos-Weber stellt die Referentenliste zusammen, Termin: 15.03.2025.

Nächste Sitzung: Dienstag, 13. Mai 2025, 14:00 Uhr, IHK Koblenz
"""


def test_minutes_with_zu_top_sections_roles_in_brackets_and_marked_tasks() -> None:
    lines = tuple(VORSTAND.splitlines())
    m = extract(Document("vorstand", "vorstand.txt", "", lines))
    # "Zu TOP n" heads the section of item n
    assert [(d.item, d.kind) for d in m.decisions] == [("1", "resolution"), ("2", "task")]
    # a marked task's subject is its assignee, whatever its verb; "Termin:" is its deadline
    task = m.decisions[1]
    assert [a.person.family for a in task.assignees if a.person] == ["Santos-Weber"]
    assert task.due == dt.date(2025, 3, 15)
    # the report before another subject's commitment makes no task of Frau Hallmann's
    assert not any("Hallmann" in d.text for d in m.decisions)
    # a function in the bracket is no organisation
    orgs = {p.person.family: p.person.org.text if p.person.org else None for p in m.participants}
    assert orgs["Berger"] == "IHK Koblenz"
    assert orgs["Oberländer"] is None
    # the next meeting's start time and place, after its date
    assert [(n.date, n.start, n.place) for n in m.next_dates] == [
        (dt.date(2025, 5, 13), dt.time(14, 0), "IHK Koblenz")
    ]


@pytest.mark.parametrize(
    ("line", "start", "place"),
    [
        ("- 20.04.2017 (19h) Vortrag in Harpstedt", dt.time(19, 0), "Harpstedt"),
        ("* Kultur/Kino: Do 30.4. 20:00 im Foyer Rathaus", dt.time(20, 0), "Foyer Rathaus"),
        ("Die nächste Sitzung findet am 21. November 2024 in Dortmund (BAuA) statt.", None,
         "Dortmund (BAuA)"),
        ("Nächstes Treffen: 3.3.2025 (10-12 Uhr) in Erfurt", dt.time(10, 0), "Erfurt"),
        ("Nächste Sitzung am 3.3.2025, Ort folgt", None, ""),
    ],
)  # fmt: skip
def test_next_dates_keep_start_and_place(line: str, start: dt.time | None, place: str) -> None:
    text = f"Protokoll\n\nDatum: 1.2.2015\n\nTOP 1 Termine\n{line}\n"
    m = extract(Document("t", "t.txt", "", tuple(text.splitlines())))
    assert [(n.start, n.place) for n in m.next_dates] == [(start, place)]


NIEDERSCHRIFT = """Niederschrift über die 7. Sitzung des Beirats

Datum: 15.05.2025

Tagesordnung

I.    Eröffnung
II.   Genehmigung der Niederschrift der 6. Sitzung
III.  Verschiedenes


Zu I. Eröffnung

Der Vorsitzende eröffnet die Sitzung um 13.30 Uhr.


Zu II. Genehmigung der Niederschrift der 6. Sitzung

Die Niederschrift über die 6. Sitzung vom 13. November 2024 wird ohne Änderungen
einstimmig bei einer Enthaltung genehmigt.

**Beschluss (einstimmig):** Der Beirat richtet eine Unterarbeitsgruppe
„Fachkräfte und Gesundheit“ ein.


Zu III. Verschiedenes

Punkt 4 wurde vertagt.
"""


def test_roman_items_wrapped_sentences_and_a_vote_beside_the_marker() -> None:
    m = extract(Document("n", "n.txt", "", tuple(NIEDERSCHRIFT.splitlines())))
    # "I." ... in the agenda and "Zu I." ... in the body: items 1-3 and their sections
    assert [(a.number, a.title) for a in m.agenda] == [
        ("1", "Eröffnung"),
        ("2", "Genehmigung der Niederschrift der 6. Sitzung"),
        ("3", "Verschiedenes"),
    ]
    # a sentence wrapped over two lines is one decision, from its first line to its last
    first, second = m.decisions
    assert first.item == "2" and first.text.startswith("Die Niederschrift über die 6. Sitzung")
    assert first.text.endswith("genehmigt.") and first.vote and first.vote.abstentions == 1
    assert (first.source.line, first.source.end_line) == (19, 20)
    # "Beschluss (einstimmig):" votes on the decision that follows
    assert second.kind == "resolution" and second.vote and second.vote.unanimous
    assert second.text.startswith("Der Beirat richtet eine Unterarbeitsgruppe „Fachkräfte")


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("Punkt 1 – Begrüßung", "1", "Begrüßung"),
        ("Punkt 2:  Haushalt", "2", "Haushalt"),
        ("Punkt 3  Verschiedenes", "3", "Verschiedenes"),
        ("Zu TOP 4: Termine", "4", "Termine"),
        ("Punkt 3 wurde vertagt.", None, None),
    ],
)
def test_item_headings(line: str, number: str | None, title: str | None) -> None:
    from omgraph.ingest.parse import Line, heading

    found = heading(Line(1, line, line))
    assert (found or (None, None)) == (number, title)


@pytest.mark.parametrize(
    ("entry", "person", "org"),
    [
        ("Dr. Ayşe Demir – Institut für Mittelstandsforschung Bonn (IfM Bonn)", "Dr. Ayşe Demir",
         "Institut für Mittelstandsforschung Bonn (IfM Bonn)"),
        ("Frau Dr. rer. nat. Kerstin Mielke, Technische Universität Chemnitz, Professur X",
         "Frau Dr. rer. nat. Kerstin Mielke", "Technische Universität Chemnitz"),
        ("Dr. med. Sibel Arslan (BAD GmbH)", "Dr. med. Sibel Arslan", "BAD GmbH"),
        ("Cem Aydın, IG Metall Baden-Württemberg", "Cem Aydın", "IG Metall Baden-Württemberg"),
        ("Herr Dr. Matthias Krebs (HWK Erfurt, Vorsitz)", "Herr Dr. Matthias Krebs", "HWK Erfurt"),
        ("Herr Thorsten Meinke (Leiter der Prävention)", "Herr Thorsten Meinke", None),
        ("Dr. Lisa Grabowski (Aufsichtsperson)", "Dr. Lisa Grabowski", None),
    ],
)  # fmt: skip
def test_list_entries_name_the_person_and_their_organisation(
    entry: str, person: str, org: str | None
) -> None:
    from omgraph.ingest.people import people_from_entry
    from omgraph.model import SourceSpan

    found = people_from_entry(entry, SourceSpan("d", 1, entry))
    assert [(p.text, p.org.text if p.org else None) for p in found] == [(person, org)]


AK = """Protokoll der Sitzung des Arbeitskreises vom 08.05.2025

Teilnehmer/innen:
– Herr Ronny Seifert, Handwerkskammer Chemnitz
– Frau Manuela Oehme, Berufsgenossenschaft Holz und Metall

Tagesordnung:
1. Begrüßung
2. Praxishilfe für Kleinbetriebe
3. Termine 2025


1. Begrüßung

Herr Seifert begrüßt die Anwesenden.

2. Praxishilfe für Kleinbetriebe

→ Frau Oehme übernimmt die Schlussredaktion, bis 20.06.2025.

3. Termine 2025

Die weiteren Sitzungen des Arbeitskreises finden statt am:
– 11.09.2025, 14:00 Uhr, Handwerkskammer Chemnitz
"""


def test_sections_headed_by_the_agenda_lines_again_and_dashed_lists() -> None:
    m = extract(Document("ak", "ak.txt", "", tuple(AK.splitlines())))
    # "3. Termine 2025" is an item (not a date), and each agenda line heads its section again
    assert [a.title for a in m.agenda] == ["Begrüßung", "Praxishilfe für Kleinbetriebe",
                                          "Termine 2025"]  # fmt: skip
    # en-dash bullets list the participants with their organisations
    assert {
        (p.person.family, p.person.org.text if p.person.org else None) for p in m.participants
    } == {
        ("Seifert", "Handwerkskammer Chemnitz"),
        ("Oehme", "Berufsgenossenschaft Holz und Metall"),
    }
    # an arrow starts a task in item 2; "weitere Sitzungen ... am:" lists the next dates
    assert [(d.item, d.kind, d.due) for d in m.decisions] == [("2", "task", dt.date(2025, 6, 20))]
    assert [(n.date, n.start) for n in m.next_dates] == [(dt.date(2025, 9, 11), dt.time(14, 0))]


TASKS = """# Protokoll der Steuerungsgruppe

Datum: 09.04.2025

Teilnehmende:
- Tim Vogt (RKW)
- Dr. Julia Neuhaus (Fraunhofer IAO)
- Heike Brunner (IHK Region Stuttgart)
- Michael Ott (Handwerkskammer Region Stuttgart)

## TOP 1: Leitfaden

Nach kurzer Diskussion wird vereinbart, die Fachtagung am 24. September 2025 durchzuführen. Frau
Neuhaus sagt die Moderation zu.
Aufgabe: Einarbeitung der Änderungen.
Verantwortlich: Dr. Julia Neuhaus, bis 30.4.
Frau Brunner schlägt einen Aktionstag vor. Dies wird einvernehmlich vereinbart.

## TOP 2: Maßnahmen

| Nr. | Wer | Was | Bis wann |
|-----|-----|-----|----------|
| 1 | Herr Ott, Frau Brunner | Entwurf des Programms | 15.05.2025 |
| 2 | Alle | Rückmeldung an Frau Neuhaus | 14.06.2025 |

### ToDos

- [ ] Tim Vogt: Protokoll und Folien an alle – bis 16.4.2025

## TOP 3: Verschiedenes

### Aufgaben
- hat jemand Kapazität / möchte jemand helfen?
"""


def test_agreements_in_prose_responsible_lines_task_tables_and_todo_lists() -> None:
    m = extract(Document("t", "t.md", "", tuple(TASKS.splitlines())))
    got = [
        (d.item, d.kind, d.text, sorted(a.text for a in d.assignees), d.due) for d in m.decisions
    ]
    assert got == [
        ("1", "agreement", "Nach kurzer Diskussion wird vereinbart, die Fachtagung am 24. "
         "September 2025 durchzuführen.", [], None),
        ("1", "task", "Einarbeitung der Änderungen.", ["Dr. Julia Neuhaus"], dt.date(2025, 4, 30)),
        ("1", "agreement", "Frau Brunner schlägt einen Aktionstag vor. Dies wird einvernehmlich "
         "vereinbart.", ["Frau Brunner"], None),
        ("2", "task", "Entwurf des Programms", ["Frau Brunner", "Herr Ott"], dt.date(2025, 5, 15)),
        ("2", "task", "Rückmeldung an Frau Neuhaus", [], dt.date(2025, 6, 14)),
        ("2", "task", "Tim Vogt: Protokoll und Folien an alle – bis 16.4.2025", ["Tim Vogt"],
         dt.date(2025, 4, 16)),
    ]  # fmt: skip


ONLINE = """Protokoll der Online-Sitzung der AG Digitalisierung

Gesendet: Freitag, 14. Februar 2025 09:12
Betreff: Protokoll AG Digitalisierung am 04.02.2025
Sitzungsbeginn: 9:30 Uhr
Sitzungsende: 11:45 Uhr

Teilnehmende:
Für die Unfallversicherungsträger: Dr. Stefan Richter (DGUV), Maria Sánchez (VBG)
Für die Ministerien: Jan Hoffmann i.V. für Dr. Ulrike Meißner (BMWK)
Gast: Kerstin Blum (Unfallkasse NRW) zu Tagesordnungspunkt 3
Leitung: Ayşe Demir (BG ETEM, Vorsitz)
Nicht teilgenommen: Georg Schuster (DGB)

A. Begrüßung, Technikcheck

Frau Demir begrüßt die Teilnehmenden.

B. KI-Werkzeuge in der Gefährdungsbeurteilung

Aufgabe für Herrn Richter: Auswertung für Kleinstbetriebe an die AG senden.
Termin: 31.03.2025

C. Termine

Ad 1) ist erledigt.
"""


def test_mail_header_lettered_items_groups_of_people_and_task_lines() -> None:
    m = extract(Document("o", "o.txt", "", tuple(ONLINE.splitlines())))
    # the subject names the meeting and its date; the time the mail went out is no meeting time
    assert m.meeting.title == "Protokoll AG Digitalisierung am 04.02.2025"
    assert (m.meeting.date, m.meeting.start, m.meeting.end) == (
        dt.date(2025, 2, 4), dt.time(9, 30), dt.time(11, 45)
    )  # fmt: skip
    assert [(a.number, a.title) for a in m.agenda] == [
        ("1", "Begrüßung, Technikcheck"), ("2", "KI-Werkzeuge in der Gefährdungsbeurteilung"),
        ("3", "Termine"),
    ]  # fmt: skip
    roles = sorted(
        (p.person.family, p.person.org.text if p.person.org else None, p.role)
        for p in m.participants
    )
    assert roles == [
        ("Blum", "Unfallkasse NRW", "guest"),
        ("Demir", "BG ETEM", "chair"),
        ("Hoffmann", "BMWK", "present"),
        ("Richter", "DGUV", "present"),
        ("Schuster", "DGB", "excused"),
        ("Sánchez", "VBG", "present"),
    ]
    task = m.decisions[0]
    assert (task.item, task.kind, task.due) == ("2", "task", dt.date(2025, 3, 31))
    assert [a.person.family for a in task.assignees if a.person] == ["Richter"]


@pytest.mark.parametrize(
    "body",
    [
        # numbered lines with text of their own, no agenda block
        "1. Eröffnung\n\nFrau Kühn eröffnet.\n\n2. Haushalt\n\nDer Haushalt wird einstimmig "
        "genehmigt.\n\n3. Verschiedenes\n\nNichts.\n",
        # a table: the item's number and title, its text indented by a tab
        "1\tEröffnung\n\tFrau Kühn eröffnet.\n\n2\tHaushalt\n\tDer Haushalt wird einstimmig "
        "genehmigt.\n\n3\tVerschiedenes\n\tNichts.\n",
        # "Ad n)" above each item's text
        "Ad 1) Eröffnung\nFrau Kühn eröffnet.\nAd 2) Haushalt\nDer Haushalt wird einstimmig "
        "genehmigt.\nAd 3) Verschiedenes\nNichts.\n",
    ],
)
def test_sections_of_numbered_lines_tables_and_ad_headings(body: str) -> None:
    text = "Protokoll der Sitzung des Beirats\n\nDatum: 3.3.2025\n\n" + body
    m = extract(Document("b", "b.txt", "", tuple(text.splitlines())))
    assert [(d.item, d.kind) for d in m.decisions] == [("2", "resolution")]
    assert [a.number for a in m.agenda] == ["1", "2", "3"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Unterlagen werden wie vereinbart vor der Sitzung verschickt.",
        "Ein Termin für das nächste Treffen wird noch vereinbart.",
        "Es wurde noch nichts vereinbart.",
        "Bis wann wird die Übergabe vereinbart?",
    ],
)
def test_what_agrees_nothing_is_no_agreement(sentence: str) -> None:
    from omgraph.ingest.tasks import prose_agreement

    assert prose_agreement(sentence) is None


def test_references_and_initials_head_no_section() -> None:
    text = (
        "# Protokoll der Sitzung des Lenkungskreises\n\nDatum: 12.03.2025\n\nAnwesend:\n"
        "A. Müller (BG ETEM)\nB. Schmidt (IHK)\nC. Weber (DGB)\n\n## 1. Begrüßung\n\nText.\n\n"
        "## 2. Bericht\n\nZu TOP 1 ergänzt Frau Weber, dass die Zahlen stimmen.\n"
        "Punkt 1: Die Fristen sind zu kurz.\nDer Bericht wird einstimmig angenommen.\n"
    )
    m = extract(Document("l", "l.md", "", tuple(text.splitlines())))
    assert [(a.number, a.title) for a in m.agenda] == [("1", "Begrüßung"), ("2", "Bericht")]
    assert [(d.item, d.kind) for d in m.decisions] == [("2", "resolution")]


def test_a_unit_before_the_organisation_keeps_the_organisation() -> None:
    from omgraph.ingest.people import people_from_entry
    from omgraph.model import SourceSpan

    entry = "Anna Müller (Referat IIIb3, BMAS)"
    assert [p.org.text for p in people_from_entry(entry, SourceSpan("d", 1, entry)) if p.org] == [
        "BMAS"
    ]


def test_a_bold_label_over_a_table_of_participants_with_their_functions() -> None:
    text = (
        "# Sitzung des Lenkungskreises\n\nDatum: 07.05.2025\n\n**Teilnehmende**\n\n"
        "| Name | Organisation | Funktion |\n|---|---|---|\n"
        "| Dr. Hannah Kessler | Hessisches Ministerium für Soziales und Integration | Vorsitz |\n"
        "| Bernd Albrecht | Handwerkskammer Frankfurt-Rhein-Main | Mitglied |\n\n"
        "## 1. Eröffnung\n\nText.\n\n## 2. Verschiedenes\n\nText.\n"
    )
    m = extract(Document("h", "h.md", "", tuple(text.splitlines())))
    assert sorted((p.person.family, p.person.org.text if p.person.org else None, p.role)
                  for p in m.participants) == [
        ("Albrecht", "Handwerkskammer Frankfurt-Rhein-Main", "present"),
        ("Kessler", "Hessisches Ministerium für Soziales und Integration", "chair"),
        ("Kessler", "Hessisches Ministerium für Soziales und Integration", "present"),
    ]  # fmt: skip

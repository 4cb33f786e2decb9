"""Entity resolution on the seed: one person however written, never two people merged."""

from __future__ import annotations

from pathlib import Path

import pytest

from omgraph.ingest.extract import extract
from omgraph.ingest.read import read_document
from omgraph.model import Document, Person, Resolution
from omgraph.resolve import KnownEntities, resolve

SEED = Path(__file__).resolve().parent.parent / "data" / "minutes" / "2019-11-21-strategiekreis.txt"


@pytest.fixture(scope="module")
def resolved() -> Resolution:
    return resolve(extract(read_document(SEED)))


def _who(res: Resolution, family: str) -> list[Person]:
    return [p for p in res.people.values() if p.family.lower().replace("ß", "ss") == family]


@pytest.mark.parametrize(
    ("family", "variants"),
    [
        ("dreier", {"Dr. Stefan Dreler", "Dr. Stefan Dreier"}),
        ("domschke", {"Birgit Domschke", "Brigitte Domschke"}),
        ("papenfuss", {"Rolf Papenfuss", "Herr Papenfuß"}),
        ("kruse", {"Prof. Dr. Oliver Kruse", "Prof. Dr. Kruse"}),
        ("ludwig", {"Sieglinde Ludwig", "Siglinde Ludwig"}),
        ("bonjean", {"Karl-Heinz Bonjean", "Herr Bojean"}),
    ],
)
def test_one_person_however_written(resolved: Resolution, family: str, variants: set[str]) -> None:
    people = [p for p in resolved.people.values() if variants & set(p.variants)]
    assert len(people) == 1, people
    assert variants <= set(people[0].variants)


def test_frau_fischer_of_the_fbb_is_gunda_never_carola(resolved: Resolution) -> None:
    fischers = {p.name: p for p in resolved.people.values() if p.family == "Fischer"}
    assert set(fischers) == {"Gunda Fischer", "Dr. Carola Fischer"}
    assert "Frau Fischer" in fischers["Gunda Fischer"].variants
    assert "Frau Fischer" not in fischers["Dr. Carola Fischer"].variants


def test_organisations_of_people(resolved: Resolution) -> None:
    orgs = {p.name: p.organisations for p in resolved.people.values()}
    assert orgs["Maria Becker"] == ("bmg",)
    assert set(orgs["Michael Blum"]) == {"dnbgf", "bkk-dachverband"}
    assert resolved.organisations["bmg"].kind == "ministry"
    units = {resolved.unit_of[m] for m in resolved.unit_of if m.text == "AGS der BA"}
    assert units == {"AGS"}


def test_every_person_mention_is_resolved_or_reported(resolved: Resolution) -> None:
    assert len(resolved.people) == len({p.key for p in resolved.people.values()})
    unlinked = [m for m in resolved.merges if m.kind == "person" and not m.merged]
    assert all("ambiguous" in m.reason for m in unlinked)


def test_known_people_keep_their_keys_across_documents(
    resolved: Resolution, tmp_path: Path
) -> None:
    """A second document writing 'Sieglinde Ludwig' as 'Siglinde Ludwig (DGUV)' joins the person
    already known from the first."""
    known = KnownEntities(people=dict(resolved.people), organisations=dict(resolved.organisations))
    text = (
        "Protokoll der Sitzung der AG Transfer\nDatum: 23.10.2020\nOrt: Bonn\n"
        "Anwesend: Siglinde Ludwig (DGUV), Brigitte Domschke (Bundesagentur für Arbeit), Neue Person (BMAS)\n"
        "TOP 1: Begrüßung\nHerr Papenfuß begrüßt alle.\nTOP 2: Verschiedenes\nNichts.\n"
    )
    doc = Document("ag-transfer", "ag-transfer.txt", "", tuple(text.splitlines()))
    second = resolve(extract(doc), known)
    keys = {p.name.split()[-1]: p.key for p in second.people.values()}
    before = {p.family: p.key for p in resolved.people.values()}
    assert keys["Ludwig"] == before["Ludwig"]
    assert keys["Domschke"] == before["Domschke"]
    assert keys["Papenfuss"] == before["Papenfuss"]
    assert "Person" in keys


def test_user_overrides_split_and_join_people(tmp_path: Path) -> None:
    """A same-as / not-same-as file of the user's is honoured: keep the two Domschkes apart,
    and join 'Dr. Meyer' of the KMU-Berater with a person the rules would not merge."""
    from omgraph.orgs import load_overrides

    path = tmp_path / "same-as.yaml"
    path.write_text(
        "not_same_as:\n  - [Brigitte Domschke, Birgit Domschke]\nsame_as:\n  - [Dr. Meyer, Joachim Berendt]\n",
        encoding="utf-8",
    )
    res = resolve(extract(read_document(SEED)), overrides=load_overrides(path))
    domschkes = [p for p in res.people.values() if p.family == "Domschke"]
    assert len(domschkes) == 2
    berendt = next(p for p in res.people.values() if p.family == "Berendt")
    assert "Dr. Meyer" in berendt.variants
    assert not any(p.family == "Meyer" for p in res.people.values())

"""Many meetings in one graph: the same person or organisation across documents is one node,
spelling variants included; memberships carry the meeting they were recorded in."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from omgraph.cli import cli

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "minutes" / "2019-11-21-strategiekreis.txt"

SPRING = """Protokoll der Sitzung des Strategiekreises der Offensive Mittelstand

Datum: 30.04.2020
Ort: Berlin
Zeit: 10:30 - 15:00 Uhr
Sitzungsleitung: Helmut Ehnes
Protokoll: Oleg Cernavin

Anwesend:
- Siglinde Ludwig (DGUV)
- Dr. Stefan Dreier (Deutsche Gesetzliche Unfallversicherung e.V.)
- Brigitte Domschke (BA)
- Rolf Papenfuß (Zentralverband des Deutschen Handwerks)
- Bonjean, Karl-Heinz (Bundessteuerberaterkammer KdÖR)
- Helmut Ehnes (Stiftung M-G-V)
- Oleg Cernavin (Stiftung „Mittelstand - Gesellschaft - Verantwortung“)

Entschuldigt:
- Markus Müller (BMAS)

TOP 1: Begrüßung
Helmut Ehnes begrüßt die Anwesenden.

TOP 2: AG Transfer
Der AG Transfer gehören an: Stefanie Lambers (Bundesagentur für Arbeit), Bruno Schmalen (BDVT), Siglinde Ludwig (DGUV)

Beschluss: Das Arbeitsprogramm 2020 wird einstimmig verabschiedet.
"""

AUTUMN = """---
title: Protokoll der Sitzung der AG Transfer
date: 2020-10-23
ort: Bonn
---

# Protokoll der Sitzung der AG Transfer

## Anwesende
| Name | Organisation |
|---|---|
| Sieglinde Ludwig | Deutsche Gesetzliche Unfallversicherung |
| Stefanie Lambers | DGUV |
| Herr Schmalen | BDVT e.V. |

## TOP 1: Mitglieder
Der AG Transfer gehören an: Stefanie Lambers (DGUV), Bruno Schmalen (BDVT), Sieglinde Ludwig (DGUV)

## TOP 2: Transfer der Ergebnisse
**Aufgaben:**
- Bruno Schmalen: einen One-Pager entwerfen bis 30.11.2020
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("minutes")
    shutil.copy(SEED, folder / SEED.name)
    (folder / "2020-04-30-strategiekreis.txt").write_text(SPRING, encoding="cp1252")
    (folder / "2020-10-23-ag-transfer.md").write_text(AUTUMN, encoding="utf-8")
    path = str(tmp_path_factory.mktemp("store"))
    result = CliRunner().invoke(cli, ["--store", path, "ingest", str(folder)], obj={})
    assert result.exit_code == 0, result.output
    return path


def _query(store: str, name: str, *params: str) -> list[dict[str, object]]:
    args = ["--store", store, "query", name, "--format", "json"]
    for p in params:
        args += ["--param", p]
    result = CliRunner().invoke(cli, args, obj={})
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize(
    "family", ["Ludwig", "Dreier", "Domschke", "Papenfuss", "Bonjean", "Schmalen", "Lambers"]
)
def test_one_node_per_person_across_documents(store: str, family: str) -> None:
    rows = _query(store, "people")
    keys = {
        r["person_key"]
        for r in rows
        if family.lower()
        in str(r["family_name"]).lower().replace("ß", "ss").replace("dreler", "dreier")
    }
    assert len(keys) == 1, [r for r in rows if family.lower() in str(r["person"]).lower()]


def test_one_node_per_organisation_across_documents(store: str) -> None:
    rows = _query(store, "participants")
    dguv = {
        r["organisation"]
        for r in rows
        if "Unfallversicherung" in str(r["organisation"]) or r["organisation"] == "DGUV"
    }
    assert dguv == {"Deutsche Gesetzliche Unfallversicherung"}
    meetings = {r["meeting_id"] for r in rows if str(r["person"]).endswith("Ludwig")}
    assert len(meetings) == 3


def test_excused_people_are_not_participants(store: str) -> None:
    spring = _query(store, "participants", "meeting=2020-04-30")
    assert not any(str(r["person"]).endswith("Müller") for r in spring)
    assert len({r["person"] for r in spring}) == 7


def test_memberships_as_of_a_date(store: str) -> None:
    before = _query(store, "group-members", "group=AG Transfer", "as_of=2020-05-31")
    after = _query(store, "group-members", "group=AG Transfer")
    lambers_before = next(r for r in before if str(r["person"]).endswith("Lambers"))
    lambers_after = next(r for r in after if str(r["person"]).endswith("Lambers"))
    assert lambers_before["organisation"] == "Bundesagentur für Arbeit"
    assert lambers_before["last_recorded"] == "2020-04-30"
    assert lambers_after["organisation"] == "Deutsche Gesetzliche Unfallversicherung"
    assert lambers_after["last_recorded"] == "2020-10-23"
    assert _query(store, "group-members", "group=AG Transfer", "as_of=2020-01-01") == []


def test_tasks_with_assignee_and_due_date(store: str) -> None:
    tasks = _query(store, "decisions", "meeting=2020-10-23", "kind=task")
    assert [(t["assignee"], t["due"]) for t in tasks] == [("Bruno Schmalen", "2020-11-30")]


def test_reingesting_a_changed_file_replaces_only_its_facts(store: str, tmp_path: Path) -> None:
    changed = tmp_path / "2020-10-23-ag-transfer.md"
    changed.write_text(
        AUTUMN.replace("einen One-Pager entwerfen", "eine Checkliste entwerfen"), encoding="utf-8"
    )
    before = _query(store, "decisions", "meeting=2020-04-30")
    result = CliRunner().invoke(cli, ["--store", store, "ingest", str(changed)], obj={})
    assert result.exit_code == 0, result.output
    tasks = _query(store, "decisions", "meeting=2020-10-23", "kind=task")
    assert [t["text"] for t in tasks] == [
        "Bruno Schmalen: eine Checkliste entwerfen bis 30.11.2020"
    ]
    assert _query(store, "decisions", "meeting=2020-04-30") == before

"""Bad input, injection and document bookkeeping, through the CLI (in-process, CliRunner).

Every broken file is generated here (reportlab, python-docx, pypdf), none is checked in: each
must give one line naming the file and what to do, no traceback, and leave the store as it
was, while the good files beside it are ingested.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from omgraph.cli import cli
from omgraph.store import open_store

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "minutes" / "2019-11-21-strategiekreis.txt"
SEED_ID = "2019-11-21-strategiekreis"


def _docx_bytes() -> bytes:
    from docx import Document

    doc = Document()
    doc.add_heading("Protokoll der 3. Sitzung des Strategiekreises", 0)
    doc.add_paragraph("Datum: 12.03.2020")
    doc.add_paragraph("Teilnehmende: Herr Müller (BMAS), Frau Schulz (BMG)")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _pdf_bytes(lines: list[str]) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    for i, line in enumerate(lines):
        page.drawString(72, 760 - 16 * i, line)
    page.showPage()
    page.save()
    return out.getvalue()


def _locked_pdf(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(data)))
    writer.encrypt("geheim")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write_bad_files(folder: Path) -> dict[str, str]:
    """Write one broken file of each kind into ``folder``; name -> what is wrong with it."""
    folder.mkdir(parents=True, exist_ok=True)
    docx = _docx_bytes()
    pdf = _pdf_bytes(["Protokoll der 3. Sitzung", "Datum: 12.03.2020", "TOP 1 Begrüßung"])
    files: dict[str, tuple[bytes, str]] = {
        "empty.txt": (b"", "empty"),
        "blank.md": (b"  \n\t\n   \n", "empty"),
        "nul-bytes.txt": (bytes(range(256)) * 20, "binary"),
        "program.md": (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8, "program"),
        "broken-utf16.txt": (b"\xff\xfe" + b"\x00\xd8" * 300, "UTF-16"),
        "lorem.txt": (
            b"Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n" * 30,
            "minutes",
        ),
        "truncated.docx": (docx[: len(docx) // 2], "Word"),
        "not-a-zip.docx": (b"PK\x03\x04 this is not a zip archive", "Word"),
        "truncated.pdf": (pdf[: len(pdf) // 3], "PDF"),
        "fake.pdf": (b"%PDF-1.7\n1 0 obj garbage", "PDF"),
        "locked.pdf": (_locked_pdf(pdf), "password"),
        "scanned.pdf": (_pdf_bytes([]), "OCR"),
        "too-big.txt": (b"Protokoll\n" + b"x" * 41_000, "limit"),
    }
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    return {name: why for name, (_, why) in files.items()}


def _count(store_path: Path) -> int:
    with open_store(store_path, read_only=True) as store:
        return store.triple_count()


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("robust") / "store"
    code, output = _invoke("--store", str(path), "ingest", "-q", str(SEED))
    assert code == 0, output
    return path


@pytest.fixture
def store_copy(seed_store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(seed_store, copy, ignore=shutil.ignore_patterns("omgraph.lock"))
    return copy


# --- bad input ------------------------------------------------------------------------------


def test_each_bad_file_gets_one_line_and_the_store_is_unchanged(store_copy, tmp_path):
    bad = write_bad_files(tmp_path / "bad")
    before = _count(store_copy)
    for name, why in bad.items():
        code, output = _invoke(
            "--store", str(store_copy), "ingest", "--max-size", "39KB", str(tmp_path / "bad" / name)
        )
        assert code == 1, (name, output)
        errors = [line for line in output.splitlines() if line.startswith("Error:")]
        assert len(errors) == 1, (name, output)
        assert name in errors[0] and why.lower() in errors[0].lower(), (name, errors[0])
        assert "(" in errors[0], f"no hint of what to do: {errors[0]}"
        assert "Traceback" not in output
        assert _count(store_copy) == before, name


def test_unknown_suffix_says_what_to_do(store_copy, tmp_path):
    (tmp_path / "minutes.odt").write_bytes(b"PK\x03\x04...")
    (tmp_path / "notes.xyz").write_text("Protokoll", encoding="utf-8")
    for name, hint in (("minutes.odt", "save it as .docx"), ("notes.xyz", "omgraph reads")):
        code, output = _invoke("--store", str(store_copy), "ingest", str(tmp_path / name))
        assert code == 1
        assert name in output and hint in output and "Traceback" not in output


def test_a_folder_mixing_good_and_bad_files(tmp_path):
    folder = tmp_path / "minutes"
    bad = write_bad_files(folder)
    shutil.copy(SEED, folder / SEED.name)
    (folder / "picture.jpg").write_bytes(b"\xff\xd8\xff\xe0")  # not minutes: skipped in folders
    store = tmp_path / "store"
    code, output = _invoke("--store", str(store), "ingest", "--max-size", "39KB", str(folder))
    assert code == 1
    assert "Traceback" not in output
    errors = [line for line in output.splitlines() if line.startswith("Error:")]
    assert sorted(name for name in bad if any(name in e for e in errors)) == sorted(bad)
    assert len(errors) == len(bad)
    assert f"1 of {len(bad) + 1} file(s) ingested" in output
    with open_store(store, read_only=True) as s:
        assert [d.id for d in s.documents()] == [SEED_ID]
        alone = tmp_path / "alone"
        assert _invoke("--store", str(alone), "ingest", "-q", str(SEED))[0] == 0
        assert s.triple_count() == _count(alone)


def test_the_size_limit_is_an_option(tmp_path):
    store = tmp_path / "store"
    code, output = _invoke("--store", str(store), "ingest", "--max-size", "1KB", str(SEED))
    assert code == 1
    assert "more than the limit of 1.0 KB" in output and "--max-size" in output
    assert _invoke("--store", str(store), "ingest", "--max-size", "lots", str(SEED))[0] == 2
    assert _invoke("--store", str(store), "ingest", "-q", "--max-size", "1MB", str(SEED))[0] == 0


def test_a_bug_is_one_line_and_a_traceback_only_with_debug(tmp_path, monkeypatch):
    import omgraph.ingest.extract as extract_module

    def broken(document):  # type: ignore[no-untyped-def]
        raise KeyError("boom")

    monkeypatch.setattr(extract_module, "extract", broken)
    store = tmp_path / "store"
    code, output = _invoke("--store", str(store), "ingest", str(SEED))
    assert code == 1
    assert "internal error: KeyError" in output and "--debug" in output
    assert "Traceback" not in output
    code, output = _invoke("--debug", "--store", str(store), "ingest", str(SEED))
    assert code == 1 and "Traceback" in output


def test_ingest_help_documents_the_exit_codes():
    code, output = _invoke("ingest", "--help")
    assert code == 0
    assert "Exit codes:" in output
    for line in ("0  every file", "1  at least one file failed", "3  another omgraph"):
        assert line in output


# --- documents: path, hash, remove ----------------------------------------------------------


def test_documents_records_path_and_content_hash(seed_store):
    code, output = _invoke("--store", str(seed_store), "documents", "--format", "json")
    assert code == 0
    (doc,) = json.loads(output[output.index("[") :])
    assert doc["document"] == SEED_ID
    assert doc["path"] == str(SEED)
    assert doc["sha256"] == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert doc["triples"] == _count(seed_store)


def test_remove_takes_out_exactly_one_document(store_copy, tmp_path):
    other = tmp_path / "2020-01-01-kopie.txt"
    other.write_bytes(SEED.read_bytes())
    seed_only = _count(store_copy)
    assert _invoke("--store", str(store_copy), "ingest", "-q", str(other))[0] == 0
    assert _count(store_copy) > seed_only
    code, output = _invoke("--store", str(store_copy), "remove", "2020-01-01-kopie")
    assert code == 0, output
    assert _count(store_copy) == seed_only
    code, output = _invoke("--store", str(store_copy), "remove", "2020-01-01-kopie")
    assert code == 1 and "no document '2020-01-01-kopie'" in output
    with open_store(store_copy, read_only=True) as store:
        assert [d.id for d in store.documents()] == [SEED_ID]


def test_reingesting_a_changed_file_replaces_exactly_its_facts(store_copy, tmp_path):
    changed = tmp_path / SEED.name
    changed.write_text(
        SEED.read_text(encoding="utf-8").replace("Strategiekreis", "Strategierunde"),
        encoding="utf-8",
    )
    fresh = tmp_path / "fresh"
    assert _invoke("--store", str(fresh), "ingest", "-q", str(changed))[0] == 0
    assert _invoke("--store", str(store_copy), "ingest", "-q", str(changed))[0] == 0
    with open_store(store_copy, read_only=True) as a, open_store(fresh, read_only=True) as b:
        assert sorted(map(str, a.quads())) == sorted(map(str, b.quads()))


# --- injection --------------------------------------------------------------------------------

HOSTILE = [
    'x" } ; DROP ALL ; #',
    "x' } UNION { ?s ?p ?o } #",
    'x"} } UNION { GRAPH ?g { ?s ?p ?o } } #',
    "x>\n#",
    "x\n} ; CLEAR ALL ; SELECT * { ?s ?p ?o",
    '"""',
    "\\",
    "${meeting}",
    "?param_meeting",
    "<http://example.org/> } #",
    '2019-11-21" || true || "',
]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize(
    ("query", "param"),
    [("participants", "meeting"), ("meetings", "meeting"), ("group-members", "group"),
     ("decisions", "meeting")],
)  # fmt: skip
def test_param_values_are_only_values(seed_store, query, param, value):
    before = _count(seed_store)
    code, output = _invoke(
        "--store", str(seed_store), "query", query, "--param", f"{param}={value}",
        "--format", "json",
    )  # fmt: skip
    assert "Traceback" not in output
    if code == 0:
        assert json.loads(output[output.index("[") :]) == []
    assert _count(seed_store) == before


@pytest.mark.parametrize(
    "text",
    [
        "DROP ALL",
        "  clear   all",
        "# harmless?\nPREFIX x: <http://x/>\nINSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
        "BASE <http://x/>\nDELETE WHERE { ?s ?p ?o }",
        "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ],
)
def test_query_file_refuses_updates_without_update(seed_store, tmp_path, text):
    before = _count(seed_store)
    rq = tmp_path / "update.rq"
    rq.write_text(text, encoding="utf-8")
    code, output = _invoke("--store", str(seed_store), "query", "--file", str(rq))
    assert code != 0 and "--update" in output and "Traceback" not in output
    assert _count(seed_store) == before


def test_a_query_that_hides_an_update_fails_without_changing_the_store(seed_store, tmp_path):
    before = _count(seed_store)
    rq = tmp_path / "sneaky.rq"
    rq.write_text("SELECT * WHERE { ?s ?p ?o } ; DROP ALL", encoding="utf-8")
    code, output = _invoke("--store", str(seed_store), "query", "--file", str(rq))
    assert code != 0 and "Traceback" not in output
    assert _count(seed_store) == before

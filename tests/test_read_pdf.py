"""Tests of omgraph.ingest.read_pdf: PDF text without page furniture (built with reportlab)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from omgraph.errors import InputError
from omgraph.ingest.read import read_document
from omgraph.ingest.read_pdf import clean_pages

PAGES = [
    [
        "TOP 1 Begrüßung",
        "Der Tierschutzbeauf-",
        "tragte berichtet über den BBE-OM-",
        "Leitfaden und Kommunale/-r Akteure.",
        "Die Arbeits-",
    ],
    [
        "gruppe tagt wieder am 30.04.2020.",
        "Haupt- und Ehrenamt",
        "Herr Müller (DGUV) dankt allen.",
    ],
]
EXPECTED = [
    "TOP 1 Begrüßung",
    "Der Tierschutzbeauftragte berichtet über den BBE-OM-",
    "Leitfaden und Kommunale/-r Akteure.",
    "Die Arbeitsgruppe tagt wieder am 30.04.2020.",
    "Haupt- und Ehrenamt",
    "Herr Müller (DGUV) dankt allen.",
]


def make_pdf(
    path: Path,
    pages: list[list[str]],
    *,
    header: str = "Protokoll Strategiekreis",
    footer: str = "Seite {n} von {total}",
) -> Path:
    """A PDF with a running header, a page-number footer and the given lines per page."""
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for n, lines in enumerate(pages, start=1):
        c.setFont("Helvetica", 10)
        if header:
            c.drawString(72, height - 40, header)
        y = height - 100
        for line in lines:
            c.drawString(72, y, line)
            y -= 14
        if footer:
            c.drawString(width / 2, 30, footer.format(n=n, total=len(pages)))
        c.showPage()
    c.save()
    return path


@pytest.fixture
def minutes_pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "Strategiekreis 2019.pdf", PAGES)


def test_pdf_drops_header_and_page_numbers_and_joins_hyphenation(minutes_pdf):
    doc = read_document(minutes_pdf)
    assert list(doc.lines) == EXPECTED
    assert doc.format == "pdf"
    assert doc.id == "strategiekreis-2019"


@pytest.mark.parametrize(
    "footer",
    [
        "- {n} -",
        "{n}",
        "Seite {n}",
        "S. {n}/{total}",
        "{n} / {total}",
        "Protokoll vom 21.11.2019, Seite {n}",
    ],
)
def test_pdf_page_number_styles(tmp_path, footer):
    path = make_pdf(tmp_path / "p.pdf", PAGES, footer=footer)
    assert list(read_document(path).lines) == EXPECTED


def test_pdf_many_pages_running_header_with_date(tmp_path):
    pages = [[f"Absatz {n} der Sitzung."] for n in range(1, 6)]
    path = make_pdf(tmp_path / "lang.pdf", pages, header="Offensive Mittelstand – 21.11.2019")
    assert list(read_document(path).lines) == [f"Absatz {n} der Sitzung." for n in range(1, 6)]


def test_single_page_keeps_its_first_line(tmp_path):
    path = make_pdf(tmp_path / "eine.pdf", [["TOP 1 Begrüßung"]], header="Protokoll", footer="")
    assert list(read_document(path).lines) == ["Protokoll", "TOP 1 Begrüßung"]


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        (["Kopf\nText eins\n- 1 -", "Kopf\nText zwei\n- 2 -"], ["Text eins", "Text zwei"]),
        (["TOP 3\nText", "TOP 4\nMehr"], ["TOP 3", "Text", "TOP 4", "Mehr"]),
        (["Ein Verwal-\ntungsakt"], ["Ein Verwaltungsakt"]),
        (["Ein Verwal\u00ad\ntungsakt"], ["Ein Verwaltungsakt"]),
        (
            ["Haupt- und Ehrenamt, Haupt-\nund Nebensätze"],
            ["Haupt- und Ehrenamt, Haupt-", "und Nebensätze"],
        ),
        (["Die DGUV-\nVorschrift"], ["Die DGUV-", "Vorschrift"]),
        (["Kommunale/-\nr"], ["Kommunale/-", "r"]),
        (["Das Ende –\nder Anfang"], ["Das Ende –", "der Anfang"]),
        (
            ["Seite 1 von 2\nText\nAnlage 1", "Seite 2 von 2\nMehr\nAnlage 2"],
            ["Text", "Anlage 1", "Mehr", "Anlage 2"],
        ),
    ],
    ids=[
        "dash-numbers",
        "top-headings-kept",
        "hyphen",
        "soft-hyphen",
        "suspended-hyphen",
        "acronym-hyphen",
        "slash-hyphen",
        "dash",
        "page-number-header",
    ],
)
def test_clean_pages(pages, expected):
    assert clean_pages(pages) == expected


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_password_protected_pdf_is_an_input_error(minutes_pdf, tmp_path, algorithm):
    writer = PdfWriter(clone_from=PdfReader(minutes_pdf))
    writer.encrypt("geheim", algorithm=algorithm)
    path = tmp_path / "geschuetzt.pdf"
    writer.write(path)
    with pytest.raises(InputError) as excinfo:
        read_document(path)
    assert excinfo.value.path == str(path)
    assert "password-protected" in str(excinfo.value)
    assert "remove the password" in excinfo.value.hint
    assert "try again" in excinfo.value.hint


def test_pdf_with_owner_password_only_reads(minutes_pdf, tmp_path):
    writer = PdfWriter(clone_from=PdfReader(minutes_pdf))
    writer.encrypt(user_password="", owner_password="eigentuemer", algorithm="AES-128")
    path = tmp_path / "nur-rechte.pdf"
    writer.write(path)
    assert list(read_document(path).lines) == EXPECTED


@pytest.mark.parametrize("fraction", [0.5, 0.9, 0.2])
def test_truncated_pdf_is_an_input_error(minutes_pdf, tmp_path, fraction):
    data = minutes_pdf.read_bytes()
    path = tmp_path / "abgeschnitten.pdf"
    path.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(InputError) as excinfo:
        read_document(path)
    assert excinfo.value.path == str(path)
    assert "incomplete" in str(excinfo.value)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"Protokoll als Text\n", "not a PDF"),
        (b"%PDF-1.4\n" + b"kaputt " * 50 + b"\n%%EOF\n", "damaged"),
    ],
)
def test_files_posing_as_pdf(tmp_path, data, words):
    path = tmp_path / "falsch.pdf"
    path.write_bytes(data)
    with pytest.raises(InputError, match=words):
        read_document(path)


def test_pdf_without_text_layer_asks_for_ocr(tmp_path):
    path = make_pdf(tmp_path / "scan.pdf", [[], []], header="", footer="")
    with pytest.raises(InputError) as excinfo:
        read_document(path)
    assert "OCR" in excinfo.value.hint

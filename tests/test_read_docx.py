"""Tests of omgraph.ingest.read_docx: Word files rendered as lines (built with python-docx)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from omgraph.errors import InputError
from omgraph.ingest.read import read_document


@pytest.fixture
def minutes_docx(tmp_path: Path) -> Path:
    """Minutes with a title, headings, a participants table, a numbered and a bullet list."""
    d = docx.Document()
    d.add_heading("Protokoll der AG Transfer", level=0)
    d.add_paragraph("Datum: 21.11.2019")
    d.add_paragraph("Teilnehmende:")
    table = d.add_table(rows=4, cols=2)
    rows = [
        ("Name", "Organisation"),
        ("Rolf Papenfuß", "DGUV"),
        ("Siglinde Ludwig", "BAuA"),
        ("Dr. Max Müller", ""),
    ]
    for row, cells in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = cells
    table.cell(2, 1).merge(table.cell(3, 1))  # BAuA for both
    d.add_heading("Tagesordnung", level=1)
    d.add_paragraph("Begrüßung", style="List Number")
    d.add_paragraph("Bericht aus den Arbeitsgruppen", style="List Number")
    d.add_paragraph("Herr Müller berichtet.", style="List Bullet")
    d.add_paragraph("Frau Ludwig ergänzt.", style="List Bullet 2")
    para = d.add_paragraph("Zeile eins")
    para.add_run().add_break()
    para.add_run("Zeile zwei")
    german_heading = d.styles.add_style("Überschrift 2", WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("Beschlüsse", style=german_heading)
    d.add_paragraph("")
    d.add_paragraph("Tab\tgetrennt,  zwei Leerzeichen")
    path = tmp_path / "AG Transfer 2019.docx"
    d.save(str(path))
    return path


def test_docx_renders_paragraphs_tables_and_lists_in_order(minutes_docx):
    doc = read_document(minutes_docx)
    assert doc.format == "docx"
    assert doc.id == "ag-transfer-2019"
    assert list(doc.lines) == [
        "# Protokoll der AG Transfer",
        "Datum: 21.11.2019",
        "Teilnehmende:",
        "Name | Organisation",
        "Rolf Papenfuß | DGUV",
        "Siglinde Ludwig | BAuA",
        "Dr. Max Müller | BAuA",
        "# Tagesordnung",
        "1. Begrüßung",
        "2. Bericht aus den Arbeitsgruppen",
        "- Herr Müller berichtet.",
        "  - Frau Ludwig ergänzt.",
        "Zeile eins",
        "Zeile zwei",
        "## Beschlüsse",
        "",
        "Tab\tgetrennt,  zwei Leerzeichen",
    ]


def add_numbering(d: docx.Document, num_id: int, levels: list[tuple[str, str]]) -> None:
    """Add an abstract numbering with the given (format, level text) levels as ``num_id``."""
    numbering = d.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id + 100}">{lvls}</w:abstractNum>'
        )
    )
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id + 100}"/>'
            "</w:num>"
        )
    )


def numbered(d: docx.Document, text: str, num_id: int, level: int = 0, style: str | None = None):
    para = d.add_paragraph(text, style=style)
    para._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    return para


def test_docx_reconstructs_numbering_as_word_shows_it(tmp_path):
    d = docx.Document()
    add_numbering(d, 41, [("decimal", "TOP %1:")])
    add_numbering(d, 42, [("decimal", "%1."), ("lowerLetter", "%2)"), ("decimal", "%1.%2.%3")])
    add_numbering(d, 43, [("bullet", "•")])
    numbered(d, "Begrüßung", 41, style="Heading 1")
    numbered(d, "Bericht", 42)
    numbered(d, "erstens", 42, level=1)
    numbered(d, "zweitens", 42, level=1)
    numbered(d, "tief", 42, level=2)
    numbered(d, "Weiteres", 42)
    numbered(d, "neu", 42, level=1)
    numbered(d, "Punkt", 43)
    numbered(d, "Verschiedenes", 41, style="Heading 1")
    path = tmp_path / "nummern.docx"
    d.save(str(path))
    assert list(read_document(path).lines) == [
        "# TOP 1: Begrüßung",
        "1. Bericht",
        "  a) erstens",
        "  b) zweitens",
        "    1.b.1 tief",  # %2 in its own level's format, as Word does
        "2. Weiteres",
        "  a) neu",
        "- Punkt",
        "# TOP 2: Verschiedenes",
    ]


def test_docx_list_without_numbering_definition_gets_a_dash(tmp_path):
    d = docx.Document()
    numbered(d, "ohne Definition", 77)
    path = tmp_path / "liste.docx"
    d.save(str(path))
    assert read_document(path).lines == ("- ohne Definition",)


def test_docx_hyperlinks_and_fields_are_read(tmp_path):
    d = docx.Document()
    para = d.add_paragraph("Siehe ")
    para._p.append(
        parse_xml(
            f'<w:hyperlink {nsdecls("w", "r")} r:id="rId99"><w:r><w:t>www.offensive-mittelstand.de'
            "</w:t></w:r></w:hyperlink>"
        )
    )
    para._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="1" w:author="x"><w:r><w:t> (neu)</w:t></w:r></w:ins>'
        )
    )
    para._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="2" w:author="x"><w:r><w:delText>alt</w:delText></w:r>'
            "</w:del>"
        )
    )
    path = tmp_path / "links.docx"
    d.save(str(path))
    assert read_document(path).lines == ("Siehe www.offensive-mittelstand.de (neu)",)


def test_docx_without_text_is_an_input_error(tmp_path):
    d = docx.Document()
    d.add_paragraph("")
    d.add_table(rows=2, cols=2)
    path = tmp_path / "leer.docx"
    d.save(str(path))
    with pytest.raises(InputError, match="no text"):
        read_document(path)


@pytest.mark.parametrize("fraction", [0.5, 0.9, 0.1])
def test_truncated_docx_is_an_input_error(minutes_docx, tmp_path, fraction):
    data = minutes_docx.read_bytes()
    path = tmp_path / "abgeschnitten.docx"
    path.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(InputError) as excinfo:
        read_document(path)
    assert excinfo.value.path == str(path)
    assert "damaged or incomplete" in str(excinfo.value)
    assert "save it again" in excinfo.value.hint


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".doc"),
        (b"Protokoll als Text\n", "not a Word"),
        (b"PK\x05\x06" + b"\x00" * 18, "damaged"),
    ],
    ids=["ole-doc", "text", "empty-zip"],
)
def test_files_posing_as_docx(tmp_path, data, words):
    path = tmp_path / "falsch.docx"
    path.write_bytes(data)
    with pytest.raises(InputError, match=words):
        read_document(path)


def test_zip_without_word_document_is_an_input_error(tmp_path):
    import zipfile

    path = tmp_path / "archiv.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hallo.txt", "Hallo")
    with pytest.raises(InputError, match="damaged"):
        read_document(path)


def test_docx_without_numbering_part_reads(tmp_path, minutes_docx):
    d = docx.Document(str(minutes_docx))
    for rel_id, rel in list(d.part.rels.items()):
        if rel.reltype == RT.NUMBERING:
            del d.part.rels[rel_id]
    path = tmp_path / "ohne-nummern.docx"
    d.save(str(path))
    lines = read_document(path).lines
    assert "- Begrüßung" in lines  # numbering cannot be derived: a dash

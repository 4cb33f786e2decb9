"""Tests of omgraph.ingest.read: the entry point, text files and their encodings, bad input."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from omgraph.errors import InputError, UnsupportedFormatError
from omgraph.ingest.read import SUPPORTED_SUFFIXES, iter_input_files, read_document
from omgraph.model import Document

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "minutes" / "2019-11-21-strategiekreis.txt"
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "real"

GERMAN = (
    "Protokoll der Sitzung des Strategiekreises\n"
    "Anwesend: Herr Müller (DGUV), Frau Groß, Herr Öztürk\n"
    "„Beschluss“ – einstimmig; Kosten: 5 € je Person\n"
    "Ärger über die Straßenbahn — Übernahme durch ‚die AG‘…\n"
)
GERMAN_LATIN1 = "Protokoll\nAnwesend: Herr Müller, Frau Groß\nÄrger über Öl und Süße - nein\n"
GERMAN_DOS = "Protokoll\nAnwesend: Herr Müller, Frau Groß\nÄrger über Öl, Größe, Füße\n"
"""Text for code pages without typographic quotes and the euro sign (latin-1, cp850)."""


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encode"),
    [
        (GERMAN, lambda t: t.encode("utf-8")),
        (GERMAN, lambda t: t.encode("utf-8-sig")),
        (GERMAN, lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le")),
        (GERMAN, lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
        (GERMAN, lambda t: t.encode("utf-16-le")),
        (GERMAN, lambda t: t.encode("utf-16-be")),
        (GERMAN, lambda t: t.encode("utf-32")),
        (GERMAN, lambda t: t.encode("cp1252")),
        (GERMAN, lambda t: t.encode("mac_roman")),
        (GERMAN_LATIN1, lambda t: t.encode("latin-1")),
        (GERMAN_DOS, lambda t: t.encode("cp850")),
    ],
    ids=[
        "utf-8",
        "utf-8-sig",
        "utf-16-le-bom",
        "utf-16-be-bom",
        "utf-16-le",
        "utf-16-be",
        "utf-32",
        "cp1252",
        "mac_roman",
        "latin-1",
        "cp850",
    ],
)
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_encodings_round_trip_german_text(tmp_path, text, encode, suffix):
    path = write(tmp_path, f"protokoll{suffix}", encode(text))
    doc = read_document(path)
    assert list(doc.lines) == text.splitlines()
    assert "Müller" in doc.lines[1]
    assert doc.format == suffix[1:]


@pytest.mark.parametrize(
    "word", ["Müller", "Größe", "Straße", "Öztürk", "Ärger", "Übermaß", "Füße"]
)
@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "latin-1", "cp850", "mac_roman"])
def test_a_single_german_word_survives(tmp_path, word, encoding):
    """Even a very short text is not mis-detected: "Müller" stays "Müller"."""
    path = write(tmp_path, "kurz.txt", f"Herr {word}\n".encode(encoding))
    assert read_document(path).lines == (f"Herr {word}",)


@pytest.mark.parametrize(
    ("data", "lines"),
    [
        (b"eins\r\nzwei\r\n", ("eins", "zwei")),
        (b"eins\rzwei\r", ("eins", "zwei")),
        (b"eins\nzwei", ("eins", "zwei")),
        (b"eins\r\n\r\nzwei\n\n", ("eins", "", "zwei", "")),
        (b"\n\neins", ("", "", "eins")),
        (b"a\tb \xc2\xa0c&nbsp;d  \n", ("a\tb \u00a0c&nbsp;d  ",)),
        (b"form\x0cfeed\n", ("form\x0cfeed",)),
    ],
)
def test_lines_are_split_as_an_editor_shows_them_and_kept_exact(tmp_path, data, lines):
    assert read_document(write(tmp_path, "x.md", data)).lines == lines


def test_byte_order_mark_is_not_part_of_line_one(tmp_path):
    doc = read_document(write(tmp_path, "bom.txt", codecs.BOM_UTF8 + b"TOP 1\n"))
    assert doc.lines == ("TOP 1",)


def test_document_fields(tmp_path):
    data = "Protokoll\nTOP 1: Begrüßung\n".encode()
    path = write(tmp_path, "2020-04-30 AG Transfer.Protokoll.markdown", data)
    doc = read_document(str(path))
    assert doc == Document(
        id="2020-04-30-ag-transfer-protokoll",
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        lines=("Protokoll", "TOP 1: Begrüßung"),
        format="md",
    )


def test_suffix_case_is_ignored(tmp_path):
    assert read_document(write(tmp_path, "X.TXT", b"Hallo\n")).format == "txt"
    assert read_document(write(tmp_path, "y.Text", b"Hallo\n")).format == "txt"


# --- real inputs ----------------------------------------------------------------------------


def test_seed_reads_with_the_lines_an_editor_shows():
    doc = read_document(SEED)
    expected = SEED.read_text(encoding="utf-8").splitlines()
    assert len(doc.lines) == len(expected) == 240
    for number, line in enumerate(expected, start=1):
        assert doc.lines[number - 1] == line, f"line {number}"
    assert doc.id == "2019-11-21-strategiekreis"
    assert doc.format == "txt"
    assert "Tagesordnung" in doc.lines


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.iterdir() if p.suffix in (".md", ".txt"))


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS}")
def test_corpus_has_its_thirteen_files():
    assert len(corpus_files()) == 13


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS}")
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name[:24])
def test_every_corpus_file_reads(path):
    doc = read_document(path)
    assert list(doc.lines) == path.read_text(encoding="utf-8").splitlines()
    assert doc.format == path.suffix[1:]


# --- bad input ------------------------------------------------------------------------------


def assert_input_error(excinfo, path: Path, *words: str) -> None:
    """The error names the file, says what is wrong and gives a hint."""
    error = excinfo.value
    assert error.path == str(path)
    assert error.hint
    message = str(error).lower()
    assert str(path).lower() in message
    for word in words:
        assert word.lower() in message


def test_missing_file(tmp_path):
    path = tmp_path / "fehlt.txt"
    with pytest.raises(InputError) as excinfo:
        read_document(path)
    assert_input_error(excinfo, path, "no such file")


def test_folder_passed_as_file(tmp_path):
    path = tmp_path / "ordner.txt"
    path.mkdir()
    with pytest.raises(InputError) as excinfo:
        read_document(path)
    assert_input_error(excinfo, path, "folder")


@pytest.mark.parametrize("name", ["protokoll.doc", "protokoll.odt", "bild.png", "README"])
def test_unknown_suffix_lists_the_supported_ones(tmp_path, name):
    path = write(tmp_path, name, b"Hallo")
    with pytest.raises(UnsupportedFormatError) as excinfo:
        read_document(path)
    assert_input_error(excinfo, path, *sorted(SUPPORTED_SUFFIXES))


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8, "  \n".encode("utf-16")])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_empty_or_blank_file(tmp_path, data, suffix):
    path = write(tmp_path, f"leer{suffix}", data)
    with pytest.raises(InputError) as excinfo:
        read_document(path)
    assert_input_error(excinfo, path)
    assert "empty" in str(excinfo.value) or "no text" in str(excinfo.value)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (bytes(range(256)) * 4, ("binary",)),
        (b"\x00\x01\x02\x03\xff\xfe\x00\x00garbage\x00", ("binary",)),
        (b"Protokoll\n" + b"\x00" * 3 + b"TOP 1\n" * 20, ("binary", "NUL")),
        (b"\x01\x02\x03\x04\x05\x06 Text \x07\x08\x0e\x0f\x10\x11\x12\x13\x14", ("binary",)),
        (b"%PDF-1.7\n1 0 obj\n", ("PDF", ".pdf")),
        (b"PK\x03\x04\x14\x00\x06\x00", ("ZIP", ".docx")),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", (".doc",)),
        (b"\x89PNG\r\n\x1a\n\x00\x00", ("image",)),
    ],
    ids=["all-bytes", "random", "nul-in-text", "control-chars", "pdf", "zip", "doc", "png"],
)
def test_binary_file_posing_as_text(tmp_path, data, words):
    path = write(tmp_path, "getarnt.txt", data)
    with pytest.raises(InputError) as excinfo:
        read_document(path)
    assert_input_error(excinfo, path, *words)


def test_broken_utf16_with_bom_is_undecodable(tmp_path):
    path = write(tmp_path, "kaputt.txt", codecs.BOM_UTF16_LE + b"A\x00\x00\xdc")  # lone surrogate
    with pytest.raises(InputError) as excinfo:
        read_document(path)
    assert_input_error(excinfo, path, "UTF-16")


def test_oversized_file_says_size_limit_and_option(tmp_path):
    path = write(tmp_path, "gross.txt", b"TOP 1\n" * 400)  # 2400 bytes
    with pytest.raises(InputError) as excinfo:
        read_document(path, max_bytes=1024)
    assert_input_error(excinfo, path, "2.3 KB", "1.0 KB", "--max-size")
    assert read_document(path, max_bytes=2400).lines[0] == "TOP 1"


def test_errors_are_input_errors_for_every_format(tmp_path):
    for name in ("a.txt", "a.md", "a.docx", "a.pdf"):
        with pytest.raises(InputError):
            read_document(write(tmp_path, name, b"\x00\x01\x02" * 10))


# --- folders --------------------------------------------------------------------------------


def test_iter_input_files_expands_folders_recursively_sorted(tmp_path):
    for name in (
        "b.txt",
        "a.md",
        "sub/c.docx",
        "sub/deeper/d.pdf",
        "sub/e.MARKDOWN",
        "notes.odt",
        ".hidden.txt",
        ".git/config.txt",
        "~$sperre.docx",
        "bild.png",
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    single = tmp_path / "sub" / "c.docx"
    missing = tmp_path / "fehlt.txt"
    found = iter_input_files([tmp_path, single, missing])
    assert [p.relative_to(tmp_path).as_posix() for p in found[:-1]] == [
        "a.md",
        "b.txt",
        "sub/c.docx",
        "sub/deeper/d.pdf",
        "sub/e.MARKDOWN",
    ]
    assert found[-1] == missing  # kept, so that read_document reports it


def test_iter_input_files_keeps_explicit_files_even_if_unsupported(tmp_path):
    path = write(tmp_path, "notiz.odt", b"x")
    assert iter_input_files([str(path)]) == [path]


# --- properties -----------------------------------------------------------------------------

_ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1", "cp850", "mac_roman"]


@st.composite
def text_like_bytes(draw: st.DrawFn) -> bytes:
    """Arbitrary bytes, encoded text, or encoded text with a few bytes mutated."""
    kind = draw(st.sampled_from(["binary", "text", "mutated"]))
    if kind == "binary":
        return draw(st.binary(max_size=600))
    text = draw(st.text(max_size=300))
    data = bytearray(text.encode(draw(st.sampled_from(_ENCODINGS)), errors="replace"))
    if kind == "mutated" and data:
        for _ in range(draw(st.integers(1, 5))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@settings(max_examples=300, deadline=None)
@given(data=text_like_bytes(), suffix=st.sampled_from([".txt", ".md"]))
def test_any_bytes_give_a_document_or_an_input_error(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("prop") / f"x{suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except InputError as error:
        assert error.path == str(path)
        return
    assert isinstance(doc, Document)
    assert all(
        isinstance(line, str) and "\n" not in line and "\r" not in line for line in doc.lines
    )
    assert any(line.strip() for line in doc.lines)


@settings(max_examples=100, deadline=None)
@given(
    text=st.text(
        alphabet=st.characters(codec="cp1252", exclude_categories=["Cc", "Cs"]),
        min_size=1,
        max_size=200,
    ).filter(lambda t: t.strip())
)
def test_any_utf8_text_round_trips(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("utf8") / "x.txt"
    path.write_bytes(text.encode("utf-8"))
    expected = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if expected[-1] == "":
        expected.pop()
    assert list(read_document(path).lines) == expected


@pytest.fixture(scope="module")
def office_bytes(tmp_path_factory) -> dict[str, bytes]:
    """A small valid .docx and .pdf, to be mutated."""
    import docx
    from reportlab.pdfgen import canvas

    folder = tmp_path_factory.mktemp("office")
    d = docx.Document()
    d.add_heading("Protokoll", level=1)
    d.add_paragraph("Herr Müller (DGUV)", style="List Bullet")
    d.add_table(rows=1, cols=2).rows[0].cells[0].text = "Name"
    d.save(str(folder / "a.docx"))
    c = canvas.Canvas(str(folder / "a.pdf"))
    c.drawString(72, 720, "TOP 1 Begrüßung")
    c.showPage()
    c.save()
    return {s: (folder / f"a{s}").read_bytes() for s in (".docx", ".pdf")}


@settings(max_examples=150, deadline=None)
@given(suffix=st.sampled_from([".docx", ".pdf"]), data=st.data())
def test_mutated_docx_and_pdf_give_a_document_or_an_input_error(
    tmp_path_factory, office_bytes, suffix, data
):
    raw = bytearray(office_bytes[suffix])
    how = data.draw(st.sampled_from(["flip", "cut", "random"]))
    if how == "flip":
        for _ in range(data.draw(st.integers(1, 20))):
            raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    elif how == "cut":
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    else:
        raw = bytearray(data.draw(st.binary(max_size=400)))
    path = tmp_path_factory.mktemp("mut") / f"x{suffix}"
    path.write_bytes(bytes(raw))
    try:
        doc = read_document(path)
    except InputError as error:
        assert error.path == str(path)
        return
    assert isinstance(doc, Document)

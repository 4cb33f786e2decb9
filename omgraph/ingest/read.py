"""Read a file of minutes into a :class:`~omgraph.model.Document`: the entry point of ingest.

:func:`read_document` checks the file (exists, is a file, has a supported suffix, is not too
large, is not empty), reads its bytes once and hands them to the reader for its format:

- ``.txt``, ``.text``, ``.md``, ``.markdown``: :mod:`omgraph.ingest.read_text` (encoding
  detection). Lines are exactly the lines an editor shows; line 1 is the first line.
- ``.docx``: :mod:`omgraph.ingest.read_docx`. Lines are those of a Markdown-like rendering
  (headings as ``#``, list markers, table rows as ``cell | cell``), documented there.
- ``.pdf``: :mod:`omgraph.ingest.read_pdf`. Lines are the text lines of the pages, without
  running headers, footers and page numbers, with words hyphenated at line ends joined.

For ``.docx`` and ``.pdf``, line numbers therefore refer to that rendered text.

Every problem is an :class:`~omgraph.errors.InputError` naming the file and saying what to do;
no exception of a parsing library escapes.

>>> sorted(SUPPORTED_SUFFIXES)
['.docx', '.markdown', '.md', '.pdf', '.text', '.txt']
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from omgraph.errors import InputError, UnsupportedFormatError
from omgraph.ingest.read_text import decode_text, split_lines
from omgraph.model import Document
from omgraph.namespaces import document_id

DEFAULT_MAX_BYTES = 50 * 2**20
"""Files larger than this (50 MiB) are refused unless the limit is raised."""

_FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".pdf": "pdf",
}

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_FORMATS)
"""File suffixes omgraph reads (lower case, with the dot); matching ignores case."""

_CONVERT_HINTS: dict[str, str] = {
    ".doc": "open it in Word or LibreOffice and save it as .docx",
    ".odt": "open it in LibreOffice and save it as .docx (Word)",
    ".rtf": "open it in Word or LibreOffice and save it as .docx",
    ".pages": "export it from Pages as Word (.docx) or PDF",
    ".htm": "save the page as text (.txt) or print it to PDF",
    ".html": "save the page as text (.txt) or print it to PDF",
}


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file of minutes into a :class:`Document` of lines.

    Parameters
    ----------
    path
        A ``.txt``, ``.text``, ``.md``, ``.markdown``, ``.docx`` or ``.pdf`` file.
    max_bytes
        Files larger than this are refused (the CLI's ``--max-size``).

    Returns
    -------
    Document
        ``id`` from the file name (:func:`omgraph.namespaces.document_id`), ``path`` as given,
        ``sha256`` of the raw bytes, ``lines`` without terminators, ``format`` one of ``txt``,
        ``md``, ``docx``, ``pdf``.

    Raises
    ------
    UnsupportedFormatError
        For a suffix omgraph does not read.
    InputError
        For a missing, unreadable, empty, binary, oversized, undecodable, broken or
        password-protected file.
    """
    p = Path(path)
    shown = os.fspath(path)
    fmt = _format_of(p, shown)
    data = _read_bytes(p, shown, max_bytes)
    if not data.strip():
        raise InputError(
            "the file is empty",
            path=shown,
            hint="check that it is the right file and that it was saved completely",
        )
    lines = _lines(fmt, data, shown)
    if not any(line.strip() for line in lines):
        raise InputError("the file contains no text", path=shown, hint=_no_text_hint(fmt))
    return Document(
        id=document_id(p.name),
        path=shown,
        sha256=hashlib.sha256(data).hexdigest(),
        lines=tuple(lines),
        format=fmt,
    )


def iter_input_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to ingest: folders expanded recursively, files kept as given.

    A folder contributes its files with a supported suffix, sorted by path, skipping hidden files
    and folders (names starting with ``.``) and Office lock files (``~$...``). A path that is not
    a folder is kept even if missing or unsupported, so that :func:`read_document` reports it.
    Duplicates are dropped; the order of ``paths`` is kept.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for item in paths:
        p = Path(item)
        candidates = _walk(p) if p.is_dir() else [p]
        for candidate in candidates:
            key = candidate.resolve() if candidate.exists() else candidate
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def _walk(folder: Path) -> list[Path]:
    """Supported, non-hidden files below ``folder``, sorted (symlinked folders not followed)."""
    files: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if name.startswith((".", "~$")):
                continue
            if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                files.append(Path(root) / name)
    return sorted(files)


def _format_of(p: Path, shown: str) -> str:
    """The format name for the suffix, or :class:`UnsupportedFormatError`."""
    suffix = p.suffix.lower()
    if suffix in _FORMATS:
        return _FORMATS[suffix]
    supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
    what = f"files ending in {p.suffix!r}" if p.suffix else "files without a suffix"
    hint = _CONVERT_HINTS.get(suffix, f"omgraph reads {supported}")
    if suffix in _CONVERT_HINTS:
        hint += f"; omgraph reads {supported}"
    raise UnsupportedFormatError(f"omgraph cannot read {what}", path=shown, hint=hint)


def _read_bytes(p: Path, shown: str, max_bytes: int) -> bytes:
    """The file's bytes, after checking that it exists, is a file and is not too large."""
    if p.is_dir():
        raise InputError(
            "this is a folder, not a file",
            path=shown,
            hint="pass a file, or give the folder to `omgraph ingest` as a whole",
        )
    if not p.exists():
        raise InputError(
            "no such file", path=shown, hint="check the path and the spelling of the file name"
        )
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise InputError(
                "this is not a regular file",
                path=shown,
                hint="pass a .txt, .md, .docx or .pdf file",
            )
        if size > max_bytes:
            raise _too_large(size, max_bytes, shown)
        with p.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(
            f"cannot read the file: {exc.strerror or exc}",
            path=shown,
            hint="check that it exists and that you may read it",
        ) from None
    if len(data) > max_bytes:  # it grew since stat()
        raise _too_large(len(data), max_bytes, shown)
    return data


def _too_large(size: int, max_bytes: int, shown: str) -> InputError:
    return InputError(
        f"the file is {_human(size)}, more than the limit of {_human(max_bytes)}",
        path=shown,
        hint="raise the limit with --max-size if the file really is minutes",
    )


def _human(size: int) -> str:
    """A byte count for people: ``"512 bytes"``, ``"3.2 MB"`` (MB = 2**20 bytes).

    >>> _human(50 * 2**20), _human(1536), _human(12)
    ('50.0 MB', '1.5 KB', '12 bytes')
    """
    if size >= 2**20:
        return f"{size / 2**20:.1f} MB"
    if size >= 2**10:
        return f"{size / 2**10:.1f} KB"
    return f"{size} bytes"


def _lines(fmt: str, data: bytes, shown: str) -> list[str]:
    """Dispatch to the reader of the format (docx and pdf readers are imported lazily)."""
    if fmt == "docx":
        from omgraph.ingest.read_docx import docx_text

        return split_lines(docx_text(data, shown))
    if fmt == "pdf":
        from omgraph.ingest.read_pdf import pdf_lines

        return pdf_lines(data, shown)
    return split_lines(decode_text(data, shown))


def _no_text_hint(fmt: str) -> str:
    if fmt == "pdf":
        return "the PDF seems to hold only scanned images; run OCR on it (e.g. ocrmypdf) first"
    if fmt == "docx":
        return "the document has no paragraphs or tables with text (text boxes are not read)"
    return "check that it is the right file and that it was saved completely"

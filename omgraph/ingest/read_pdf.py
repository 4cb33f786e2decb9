"""PDF files: the text of the pages, cleaned of what the page layout added.

Text comes from pdfplumber, page by page (pypdf is the fallback when pdfplumber cannot parse the
file). :func:`clean_pages` then

- drops running headers and footers: lines among the first or last three lines of a page that
  recur on most pages (at least two, and at least 60 % of them), identical or differing only in
  the page number ("Protokoll Strategiekreis – Seite 3");
- drops page numbers at the top or bottom of a page: ``"3"``, ``"- 3 -"``, ``"Seite 3"``,
  ``"Seite 3 von 7"``, ``"S. 3/7"``, ``"Page 3 of 7"``, ``"3 / 7"``;
- joins words hyphenated across line ends, also across pages: a line ending in a lower-case
  letter and ``"-"`` followed by a line starting with a lower-case letter
  ("Tierschutzbeauf-" + "tragte" -> "Tierschutzbeauftragte"); compounds such as
  "BBE-OM-Leitfaden" or "Kommunale/-r" do not match, and neither does a suspended hyphen before
  "und"/"oder"/"bzw." ("Haupt- und Ehrenamt"). A soft hyphen (U+00AD) at a line end always joins.

The lines returned are those of the cleaned text; line numbers refer to them.
"""

from __future__ import annotations

import io
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from math import ceil

from omgraph.errors import InputError

_EDGE = 3
"""How many non-blank lines at the top and at the bottom of a page may be header or footer."""
_RUNNING_SHARE = 0.6

_PAGE_NUMBER = re.compile(
    r"""^(?:
        (?:seite|page|s\.|blatt)\s*\d+(?:\s*(?:von|of|aus|/)\s*\d+)?
      | [-–—]\s*\d+\s*[-–—]
      | \d+(?:\s*(?:/|von|of)\s*\d+)?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_HYPHEN_END = re.compile(r"[a-zäöüß]-$")
_LOWER_START = re.compile(r"[a-zäöüß]")
_SUSPENDED = re.compile(r"(?:und|oder|bzw|sowie|als|wie|noch)\b")
_DIGITS = re.compile(r"\d+")
_PAGE_REFERENCE = re.compile(
    r"(?:seite|page|s\.|blatt)\s*#|#\s*(?:/|von|of|aus)\s*#|[-–—]\s*#\s*[-–—]|^#$"
)
"""A masked line with one of these may vary in its numbers from page to page."""


def pdf_lines(data: bytes, path: str) -> list[str]:
    """The cleaned lines of a PDF (its raw bytes); :class:`InputError` if it cannot be read."""
    head = data[:1024]
    if b"%PDF-" not in head:
        raise InputError(
            "this is not a PDF file", path=path, hint="check the file; PDF files start with '%PDF-'"
        )
    if b"%%EOF" not in data[-4096:]:
        raise InputError(
            "the PDF file is incomplete (it was cut off)",
            path=path,
            hint="download or copy it again, or save it again from its source",
        )
    _refuse_encrypted(data, path)
    try:
        pages = _pages_pdfplumber(data)
    except Exception as exc:
        if _is_password_error(exc):
            raise _encrypted(path) from None
        try:
            pages = _pages_pypdf(data)
        except Exception as exc2:
            if _is_password_error(exc2):
                raise _encrypted(path) from None
            raise InputError(
                f"the PDF file is damaged and cannot be read ({type(exc).__name__})",
                path=path,
                hint="open it in a PDF viewer and print or save it again as PDF",
            ) from None
    return clean_pages(pages)


def clean_pages(pages: Sequence[str]) -> list[str]:
    """Lines of the pages' texts without headers, footers and page numbers, hyphenation joined.

    >>> clean_pages(["Protokoll\\nDer Tierschutzbeauf-\\ntragte kommt.\\n1",
    ...              "Protokoll\\nDer BBE-OM-\\nLeitfaden.\\n2"])
    ['Der Tierschutzbeauftragte kommt.', 'Der BBE-OM-', 'Leitfaden.']
    """
    split = [page.splitlines() for page in pages]
    running = _running_lines(split)
    lines: list[str] = []
    for page in split:
        lines.extend(_strip_edges(page, running))
    return _join_hyphenated(lines)


def _pages_pdfplumber(data: bytes) -> list[str]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.dedupe_chars().extract_text() or "" for page in pdf.pages]


def _pages_pypdf(data: bytes) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise PermissionError("password")
    return [page.extract_text() or "" for page in reader.pages]


def _refuse_encrypted(data: bytes, path: str) -> None:
    """Raise if the PDF needs a password to open (an empty user password is fine)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if not reader.is_encrypted:
            return
        opened = reader.decrypt("")
    except Exception:  # pypdf cannot tell; pdfplumber will try, and say
        return
    if not opened:
        raise _encrypted(path)


def _encrypted(path: str) -> InputError:
    return InputError(
        "the PDF file is password-protected",
        path=path,
        hint="remove the password (open it with the password and save or print it as a new PDF) "
        "and try again",
    )


def _is_password_error(exc: BaseException) -> bool:
    """Whether an exception (or one it wraps) says the PDF needs a password."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        name = type(e).__name__.lower()
        if "password" in name or "encrypt" in name or "notdecrypted" in name:
            return True
        todo.extend(a for a in e.args if isinstance(a, BaseException))
        todo.extend(c for c in (e.__cause__, e.__context__) if c is not None)
    return False


def _key(line: str) -> str:
    return " ".join(line.split()).lower()


def _edges(page: list[str]) -> list[str]:
    """The first and last :data:`_EDGE` non-blank lines of a page (each once)."""
    nonblank = [line for line in page if line.strip()]
    if len(nonblank) <= 2 * _EDGE:
        return nonblank
    return nonblank[:_EDGE] + nonblank[-_EDGE:]


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Keys of lines that recur at the edges of most pages (header and footer lines).

    A line recurs if its text is the same on each page, or if it names the page ("Seite 3",
    "3/7", "- 3 -") and differs only in numbers that stay the same or grow with the page
    ("Protokoll vom 21.11.2019, Seite 3 von 7"). "TOP 3" on one page and "TOP 4" on the next
    are not running headers.
    """
    if len(pages) < 2:
        return set()
    needed = max(2, ceil(_RUNNING_SHARE * len(pages)))
    exact: Counter[str] = Counter()
    masked: dict[str, list[tuple[int, tuple[int, ...]]]] = defaultdict(list)
    for index, page in enumerate(pages):
        keys = {_key(line) for line in _edges(page)}
        exact.update(keys)
        for key in keys:
            numbers = tuple(int(n) for n in _DIGITS.findall(key))
            if numbers:
                masked[_DIGITS.sub("#", key)].append((index, numbers))
    running = {key for key, count in exact.items() if count >= needed}
    for mask, seen in masked.items():
        if (
            _PAGE_REFERENCE.search(mask)
            and len({index for index, _ in seen}) >= needed
            and _numbers_follow_pages(seen)
        ):
            running.add(mask)
    return running


def _numbers_follow_pages(seen: list[tuple[int, tuple[int, ...]]]) -> bool:
    """True if each number position is constant or equals the page index plus a constant."""
    if len({len(numbers) for _, numbers in seen}) != 1:
        return False
    for position in range(len(seen[0][1])):
        values = {numbers[position] for _, numbers in seen}
        offsets = {numbers[position] - index for index, numbers in seen}
        if len(values) != 1 and len(offsets) != 1:
            return False
    return True


def _is_running(line: str, running: set[str]) -> bool:
    key = _key(line)
    return bool(_PAGE_NUMBER.match(key)) or key in running or _DIGITS.sub("#", key) in running


def _strip_edges(page: list[str], running: set[str]) -> list[str]:
    """The page without header/footer lines and page numbers at its top and bottom."""
    start, end = 0, len(page)
    for step in (1, -1):
        checked = 0
        while start < end and checked < _EDGE:
            line = page[start] if step == 1 else page[end - 1]
            if line.strip():
                if not _is_running(line, running):
                    break
                checked += 1
            if step == 1:
                start += 1
            else:
                end -= 1
    return page[start:end]


def _join_hyphenated(lines: list[str]) -> list[str]:
    """Join words split by a hyphen (or soft hyphen) at a line end."""
    out: list[str] = []
    for line in lines:
        if out:
            prev = out[-1].rstrip()
            nxt = line.lstrip()
            if prev.endswith("\u00ad") and nxt:
                out[-1] = prev[:-1] + nxt
                continue
            if _HYPHEN_END.search(prev) and _LOWER_START.match(nxt) and not _SUSPENDED.match(nxt):
                out[-1] = prev[:-1] + nxt
                continue
        out.append(line)
    return out

"""Word (``.docx``) files: the body rendered as Markdown-like text, in document order.

The lines of a ``.docx`` document are the lines of this rendering, and line numbers in
:class:`~omgraph.model.SourceSpan` refer to them:

- a paragraph is a line (a manual line break inside it starts a new line; an empty paragraph is
  an empty line);
- a heading (style "Heading N" / "Überschrift N") becomes ``"#" * N + " " + text``, the title
  style ("Title"/"Titel") ``"# " + text``; a numbered heading keeps its number ("# TOP 3: ...");
- a list paragraph gets its marker back: ``"- "`` for bullets, the number as Word shows it for
  numbered lists (``"1. "``, ``"a) "``, ``"2.1 "``), indented two spaces per list level; where the
  numbering cannot be derived, ``"- "``;
- a table row becomes one line, its cells joined by ``" | "`` (``"Name | Organisation"``); the
  paragraphs of a cell are joined by ``"; "``; a cell merged with the one above repeats its text;
  empty rows are left out;
- content controls (``w:sdt``) are read like the text around them; text boxes, headers, footers,
  footnotes, comments and deleted (tracked) text are not read.

Nothing else is changed: no whitespace is normalised, tabs stay tabs.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

from omgraph.errors import InputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT, _CUSTOM_XML = (
    f"{W}p",
    f"{W}tbl",
    f"{W}tr",
    f"{W}tc",
    f"{W}sdt",
    f"{W}sdtContent",
    f"{W}customXml",
)
_VAL = f"{W}val"
_SKIP = frozenset(
    f"{W}{tag}"
    for tag in (
        "pPr",
        "rPr",
        "del",
        "moveFrom",
        "txbxContent",
        "drawing",
        "pict",
        "object",
        "footnoteReference",
        "endnoteReference",
        "commentReference",
    )
) | {"{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"}
_HEADING = re.compile(r"(?:heading|(?:ü|Ü|)berschrift)\s*([1-9])$", re.IGNORECASE)
_TITLE = frozenset({"title", "titel"})
_LIST_STYLE_LEVEL = re.compile(
    r"(?:list\s*(?:bullet|number)|aufzählungszeichen|listennummer)\s*([2-9])$", re.IGNORECASE
)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

Levels = dict[int, tuple[str, str, int]]
"""List level -> (number format, level text such as ``"%1."``, start value)."""


def docx_text(data: bytes, path: str) -> str:
    """Render the body of a ``.docx`` file (its raw bytes) as text, as the module docstring says.

    Raises :class:`InputError` (naming ``path``) for a file that is not a readable ``.docx``.
    """
    document = _open(data, path)
    try:
        renderer = _Renderer(document)
        return "\n".join(renderer.block(document.element.body))
    except InputError:
        raise
    except Exception as exc:  # a malformed part: report it, never a library traceback
        raise _broken(path, exc) from None


def _open(data: bytes, path: str) -> Any:
    """Open the package with python-docx, turning every failure into :class:`InputError`."""
    if data.startswith(_OLE):
        raise InputError(
            "this is an old Word (.doc) file or a password-protected Word document",
            path=path,
            hint="open it in Word or LibreOffice, remove any password and save it as .docx",
        )
    if not data.startswith(b"PK"):
        raise InputError(
            "this is not a Word (.docx) file",
            path=path,
            hint="check the file; .docx files are ZIP packages saved by Word",
        )
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # zipfile.BadZipFile, KeyError, lxml errors, PackageNotFoundError
        raise _broken(path, exc) from None


def _broken(path: str, exc: Exception) -> InputError:
    return InputError(
        f"the Word file is damaged or incomplete ({type(exc).__name__})",
        path=path,
        hint="open it in Word or LibreOffice and save it again, or copy it again from its source",
    )


class _Renderer:
    """Walks the body XML; keeps the list counters that numbered paragraphs need."""

    def __init__(self, document: Any) -> None:
        self.styles: dict[str, Any] = {s.style_id: s for s in document.styles}
        self.numbering = _numbering(document)
        self.counters: dict[str, list[int | None]] = {}

    def block(self, parent: Any) -> Iterator[str]:
        """Lines of the paragraphs and tables below ``parent`` (body, cell, content control)."""
        for child in _children(parent):
            if child.tag == _P:
                yield self.paragraph(child)
            elif child.tag == _TBL:
                yield from self.table(child)

    def paragraph(self, p: Any) -> str:
        """One paragraph, with heading prefix and list marker."""
        text = "".join(_text(p))
        style = self._style(p)
        name = style.name if style is not None else ""
        sid = style.style_id if style is not None else ""
        marker, level = self._marker(p, style)
        heading = _HEADING.search(name or "") or _HEADING.search(sid or "")
        if heading or (name or "").lower() in _TITLE:
            hashes = "#" * (int(heading.group(1)) if heading else 1)
            number = "" if marker == "- " else marker
            return f"{hashes} {number}{text}" if text.strip() else text
        if not text.strip() or not marker:
            return text
        styled_level = _LIST_STYLE_LEVEL.search(name or "")
        if level == 0 and styled_level:  # "List Bullet 2" indents by its style, not its level
            level = int(styled_level.group(1)) - 1
        return "  " * level + marker + text

    def table(self, tbl: Any) -> Iterator[str]:
        """One line per non-empty row; vertically merged cells repeat the text above."""
        above: dict[int, str] = {}
        for tr in _children(tbl, _TR):
            cells, column = [], 0
            for tc in _children(tr, _TC):
                span, merge = _cell_props(tc)
                if merge == "continue":
                    text = above.get(column, "")
                else:
                    parts = (" ".join(line.split("\n")).strip() for line in self.block(tc))
                    text = "; ".join(part for part in parts if part)
                    above[column] = text
                cells.append(text)
                column += span
            if any(cell.strip() for cell in cells):
                yield " | ".join(cells)

    def _style(self, p: Any) -> Any:
        ppr = p.find(f"{W}pPr")
        pstyle = ppr.find(f"{W}pStyle") if ppr is not None else None
        return self.styles.get(pstyle.get(_VAL)) if pstyle is not None else None

    def _num_pr(self, p: Any, style: Any) -> tuple[str, int] | None:
        """(numId, level) from the paragraph, else from its style chain; None if not a list."""
        ppr = p.find(f"{W}pPr")
        num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
        seen = 0
        while num_pr is None and style is not None and seen < 20:
            sppr = style.element.find(f"{W}pPr")
            num_pr = sppr.find(f"{W}numPr") if sppr is not None else None
            style, seen = style.base_style, seen + 1
        if num_pr is None:
            return None
        num_id, ilvl = num_pr.find(f"{W}numId"), num_pr.find(f"{W}ilvl")
        if num_id is None or num_id.get(_VAL) in (None, "0"):
            return None
        level = int(ilvl.get(_VAL, "0")) if ilvl is not None else 0
        return num_id.get(_VAL), max(0, min(level, 8))

    def _marker(self, p: Any, style: Any) -> tuple[str, int]:
        """The list marker Word shows for the paragraph, and its list level.

        Counters advance on empty list paragraphs too, as Word counts them.
        """
        found = self._num_pr(p, style)
        if found is None:
            return "", 0
        num_id, level = found
        levels = self.numbering.get(num_id)
        if not levels or level not in levels:
            return "- ", level
        counters = self.counters.setdefault(num_id, [None] * 9)
        fmt, template, start = levels[level]
        current = counters[level]
        counters[level] = start if current is None else current + 1
        for deeper in range(level + 1, 9):
            counters[deeper] = None
        if fmt == "bullet":
            return "- ", level
        if fmt == "none":
            return "", level

        def number(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            value = counters[k] if counters[k] is not None else levels.get(k, ("", "", 1))[2]
            return _format_number(value or 0, levels.get(k, (fmt, "", 1))[0])

        rendered = re.sub(r"%([1-9])", number, template).strip()
        return (rendered + " " if rendered else "- "), level


def _children(parent: Any, tag: str | None = None) -> Iterator[Any]:
    """Child elements, looking through content controls and custom XML wrappers."""
    for child in parent:
        if child.tag in (_SDT, _CUSTOM_XML):
            content = child.find(_SDT_CONTENT) if child.tag == _SDT else child
            if content is not None:
                yield from _children(content, tag)
        elif tag is None or child.tag == tag:
            yield child


def _text(el: Any) -> Iterator[str]:
    """The visible text below ``el``: runs, hyperlinks, fields, insertions; tabs and breaks."""
    for child in el:
        tag = child.tag
        if tag == f"{W}t":
            yield child.text or ""
        elif tag in (f"{W}tab", f"{W}ptab"):
            yield "\t"
        elif tag in (f"{W}br", f"{W}cr"):
            yield "\n"
        elif tag == f"{W}noBreakHyphen":
            yield "-"
        elif tag in _SKIP or not isinstance(tag, str):
            continue
        else:
            yield from _text(child)


def _cell_props(tc: Any) -> tuple[int, str]:
    """(grid span, vertical merge: ``"restart"``, ``"continue"`` or ``""``) of a table cell."""
    tcpr = tc.find(f"{W}tcPr")
    if tcpr is None:
        return 1, ""
    span_el, merge_el = tcpr.find(f"{W}gridSpan"), tcpr.find(f"{W}vMerge")
    try:
        span = max(1, int(span_el.get(_VAL, "1"))) if span_el is not None else 1
    except ValueError:
        span = 1
    merge = "" if merge_el is None else (merge_el.get(_VAL) or "continue")
    return span, merge


def _numbering(document: Any) -> dict[str, Levels]:
    """numId -> its levels, from the numbering part (empty if the document has none)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        root = document.part.part_related_by(RT.NUMBERING).element
    except (KeyError, AttributeError):
        return {}
    abstract: dict[str, Levels] = {}
    for an in root.findall(f"{W}abstractNum"):
        levels: Levels = {}
        for lvl in an.findall(f"{W}lvl"):
            fmt, text, start = (
                lvl.find(f"{W}numFmt"),
                lvl.find(f"{W}lvlText"),
                lvl.find(f"{W}start"),
            )
            levels[_int(lvl.get(f"{W}ilvl"))] = (
                fmt.get(_VAL, "decimal") if fmt is not None else "decimal",
                text.get(_VAL, "") if text is not None else "",
                _int(start.get(_VAL) if start is not None else "1", 1),
            )
        abstract[an.get(f"{W}abstractNumId", "")] = levels
    result: dict[str, Levels] = {}
    for num in root.findall(f"{W}num"):
        ref = num.find(f"{W}abstractNumId")
        levels = dict(abstract.get(ref.get(_VAL, "") if ref is not None else "", {}))
        for override in num.findall(f"{W}lvlOverride"):
            start = override.find(f"{W}startOverride")
            k = _int(override.get(f"{W}ilvl"))
            if start is not None and k in levels:
                fmt, text, _ = levels[k]
                levels[k] = (fmt, text, _int(start.get(_VAL), 1))
        result[num.get(f"{W}numId", "")] = levels
    return result


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _format_number(value: int, fmt: str) -> str:
    """A list number as Word shows it in the given format.

    >>> [_format_number(4, f) for f in ("decimal", "lowerLetter", "upperRoman", "decimalZero")]
    ['4', 'd', 'IV', '04']
    """
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        n = max(value, 1)
        while n:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    numerals = (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    )
    out, n = "", max(value, 1)
    for amount, numeral in numerals:
        count, n = divmod(n, amount)
        out += numeral * count
    return out

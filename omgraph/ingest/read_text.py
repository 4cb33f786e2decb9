"""Plain text and Markdown: raw bytes -> text, with the encoding detected, not guessed.

The order of the checks is what keeps "Müller" "Müller":

1. files that are something else under a text suffix (a PDF, a Word or ZIP file, an image) are
   recognised by their first bytes and refused with a hint to rename them;
2. a byte-order mark decides: UTF-8, UTF-32 or UTF-16 (LE/BE);
3. NUL bytes mean UTF-16 without a mark when they sit in every second byte, else a binary file;
4. text that is valid UTF-8 is UTF-8 (text in another encoding with umlauts practically never is);
5. otherwise one of the 8-bit code pages Windows, DOS and old Macs wrote German in: each of
   cp1252, cp850 and mac_roman decodes the bytes and the one that gives the most plausible German
   letters wins, cp1252 on a tie; latin-1 is the last resort (it decodes anything).

The text itself is kept exactly as written (no tab expansion, no NBSP replacement); only a leading
byte-order mark is dropped. Splitting into lines is :func:`split_lines`.

>>> decode_text("Müller € „Straße“ – ok".encode("cp1252"), "x.txt")
'Müller € „Straße“ – ok'
>>> decode_text("Müller".encode("utf-16-le"), "x.txt")
'Müller'
>>> split_lines("eins\\r\\nzwei\\rdrei\\n")
['eins', 'zwei', 'drei']
"""

from __future__ import annotations

import codecs
import re

from omgraph.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF file", "rename it to .pdf"),
    (b"PK\x03\x04", "a Word (.docx) or other ZIP file", "rename it to .docx if it is a Word file"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an old Word (.doc) file",
        "open it in Word or LibreOffice and save it as .docx",
    ),
    (b"{\\rtf", "an RTF file", "open it in Word or LibreOffice and save it as .docx or .txt"),
    (b"\x89PNG", "a PNG image", "omgraph reads text, not images"),
    (b"\xff\xd8\xff", "a JPEG image", "omgraph reads text, not images"),
    (b"GIF8", "a GIF image", "omgraph reads text, not images"),
    (b"\x1f\x8b", "a gzip archive", "unpack it first"),
    (b"\x7fELF", "a program", "pass the minutes, not a program"),
)

_LEGACY = ("cp1252", "cp850", "mac_roman", "latin-1")
"""8-bit code pages tried in this order (the first wins a tie); latin-1 decodes anything."""
_ASCII = bytes(range(0x80))
_SAMPLE = 2**20

_GERMAN = frozenset("äöüÄÖÜß")
_PLAUSIBLE = frozenset(
    "äöüÄÖÜßéèêëáàâåíìîïóòôúùûçñÉÈÁÀÓÇÑæøÆØœŒšŠžŽ"
    "„“”‚‘’«»‹›–—…€§°•·×÷±²³µ¼½¾©®™¢£¥¦¨¯´¸¹ªº¬¡¿\u00a0\u00ad"
)
"""Non-ASCII characters that occur in German (and West European) text."""

_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x19\x1c-\x1f\x7f-\x9f]")
"""Control characters (category Cc) other than tab, line breaks, form feed, SUB and ESC."""
_MAX_CONTROL_SHARE = 0.05
"""A text with more than this share of control characters is taken for a binary file."""

_NEWLINES = re.compile(r"\r\n?")

_BINARY_HINT = "check that this is the minutes as text; Word files must end in .docx, PDFs in .pdf"


def decode_text(data: bytes, path: str) -> str:
    """Decode the raw bytes of a ``.txt``/``.md`` file; raise :class:`InputError` if they are no text.

    ``path`` is only used in error messages. A leading byte-order mark is removed; everything
    else is returned exactly as written.
    """
    for signature, what, hint in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"this is {what}, not text", path=path, hint=hint)
    text = _decode(data, path)
    text = text.removeprefix("\ufeff")
    _refuse_binary(text, path)
    return text


def split_lines(text: str) -> list[str]:
    r"""Split text into lines as an editor shows them: at ``\r\n``, ``\r`` and ``\n`` only.

    A final line terminator does not start another line (like :meth:`str.splitlines`), but other
    characters that :meth:`str.splitlines` treats as breaks (form feed, ``\x1c``-``\x1e``,
    ``\x85``, U+2028/U+2029) stay inside their line, so that line numbers match an editor's.

    >>> split_lines("a\n\nb\n\n")
    ['a', '', 'b', '']
    >>> split_lines("a\x0cb")
    ['a\x0cb']
    """
    lines = _NEWLINES.sub("\n", text).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _decode(data: bytes, path: str) -> str:
    """Bytes -> str by the rules in the module docstring."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                if encoding == "utf-32":  # FF FE 00 00 may also start UTF-16 LE text with a NUL
                    continue
                raise InputError(
                    f"the file starts with a {encoding.upper()} byte-order mark but is not "
                    f"valid {encoding.upper()}",
                    path=path,
                    hint="open it in an editor and save it as UTF-8",
                ) from None
    if b"\x00" in data:
        return _decode_utf16_without_bom(data, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


def _decode_utf16_without_bom(data: bytes, path: str) -> str:
    """UTF-16 without byte-order mark: NUL bytes in (nearly) every second byte, on one side only."""
    pairs = len(data) // 2
    low_nuls = data[1::2].count(0)  # high byte of LE code units
    high_nuls = data[0::2].count(0)  # high byte of BE code units
    encoding = None
    if pairs and low_nuls >= 0.3 * pairs and high_nuls <= 0.05 * pairs:
        encoding = "utf-16-le"
    elif pairs and high_nuls >= 0.3 * pairs and low_nuls <= 0.05 * pairs:
        encoding = "utf-16-be"
    if encoding is not None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    raise InputError(
        "this looks like a binary file, not text (it contains NUL bytes)",
        path=path,
        hint=_BINARY_HINT,
    )


def _decode_legacy(data: bytes) -> str:
    """Pick the 8-bit code page whose decoding reads most like German; the first wins a tie.

    These code pages map each byte to one character, so a decoding is scored from the counts
    of the bytes 0x80-0xFF alone (of the first :data:`_SAMPLE` of them, for speed).
    """
    high = data.translate(None, _ASCII)[:_SAMPLE]
    counts = {byte: n for byte in range(0x80, 0x100) if (n := high.count(byte))}
    ranked: list[tuple[int, int, str]] = []
    for order, encoding in enumerate(_LEGACY):
        try:
            chars = {byte: bytes([byte]).decode(encoding) for byte in counts}
        except UnicodeDecodeError:
            continue
        score = sum(n * _weight(chars[byte]) for byte, n in counts.items())
        ranked.append((-score, order, encoding))
    for _, _, encoding in sorted(ranked):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:  # a byte beyond the sample that this code page lacks
            continue
    return data.decode("latin-1")


def _weight(ch: str) -> int:
    """German letters count for a decoding, characters that German text does not use against it."""
    if ch in _GERMAN:
        return 1
    return 0 if ch in _PLAUSIBLE else -2


def _refuse_binary(text: str, path: str) -> None:
    """Raise :class:`InputError` if decoded text holds NULs or many control characters."""
    if "\x00" in text:
        raise InputError(
            "this looks like a binary file, not text (it contains NUL bytes)",
            path=path,
            hint=_BINARY_HINT,
        )
    controls = len(_CONTROLS.findall(text))
    if text and controls / len(text) > _MAX_CONTROL_SHARE:
        raise InputError(
            f"this looks like a binary file, not text ({controls} control characters "
            f"in {len(text)})",
            path=path,
            hint=_BINARY_HINT,
        )

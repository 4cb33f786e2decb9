"""Small text normalisations shared by the extractors.

>>> clean("**siehe Anlage 1**&nbsp;und *mehr*")
'siehe Anlage 1 und mehr'
>>> clean("Hackerspace ([Anfahrt](https://example.org/anfahrt/))")
'Hackerspace (Anfahrt)'
>>> balance_brackets("Deutsche Gesetzliche Unfallversicherung e.V. (DGUV")
'Deutsche Gesetzliche Unfallversicherung e.V. (DGUV)'
>>> strip_quotes('"Diözese Stuttgart/Rottenburg - Kirche')
'Diözese Stuttgart/Rottenburg - Kirche'
>>> folded("Der Antrag wurde EINSTIMMIG beſchloſſen")
'der antrag wurde einstimmig beschlossen'
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

from omgraph.ingest.dates import MONTH_NAMES

_T = TypeVar("_T")

QUOTES = "\"„“”‚‘’'«»›‹"
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
_MD_ITALIC = re.compile(r"(?<![\w_])_(?=\S)|(?<=\S)_(?![\w_])")
_EMOJI_CODE = re.compile(r"\s?:[a-z_+-]{2,30}:(?=\s|$)")
_BR_TAG = re.compile(r"<br\s*/?>")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:https?://|/|#)[^)]*\)")
_BLANKS = re.compile(r"[ \t]+")


def clean(text: str) -> str:
    """Drop Markdown emphasis and HTML entities, unify spaces; keep everything else."""
    # Each substitution runs only where the characters it needs are there (most lines are plain).
    text = html.unescape(text)
    if not text.isascii():
        text = text.replace("\u00a0", " ").replace("\u200b", "")
    if "*" in text or "__" in text:
        text = _MD_EMPHASIS.sub("", text)
    if "_" in text:
        text = _MD_ITALIC.sub("", text)  # _italic_
    if text.count(":") > 1:
        text = _EMOJI_CODE.sub("", text)  # :fish: emoji codes
    if "<br" in text:
        text = _BR_TAG.sub(" ", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)  # [text](link) -> text
    if "\t" in text or "  " in text:
        text = _BLANKS.sub(" ", text)
    return text.strip()


def strip_quotes(text: str) -> str:
    """Remove quotes that open or close nothing at the ends of ``text``."""
    text = text.strip()
    while text and text[0] in QUOTES and not any(q in text[1:] for q in QUOTES):
        text = text[1:].strip()
    while text and text[-1] in QUOTES and not any(q in text[:-1] for q in QUOTES):
        text = text[:-1].strip()
    return text


def closing_bracket(text: str) -> int:
    """The index in ``text`` of the ``)`` that closes a bracket opened just before it, or -1.

    >>> closing_bracket("FAW (Akademie)) zu TOP 3")
    14
    """
    depth = 1
    for k, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return k
    return -1


def balance_brackets(text: str) -> str:
    """Close brackets left open, drop closing brackets that close nothing."""
    out: list[str] = []
    depth = 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                continue
            depth -= 1
        out.append(char)
    return "".join(out) + ")" * depth


_QUOTE_CHARS = re.compile(rf"[{QUOTES}]")


def unquote(text: str) -> str:
    """Remove every quote character: ``OM-Fachgruppe „Gesundheit“`` -> ``OM-Fachgruppe Gesundheit``."""
    return _QUOTE_CHARS.sub("", text).strip()


_ABBREVIATIONS = (
    "Dr", "Prof", "Hr", "Hrn", "Fr", "Dipl", "Ing", "ca", "bzw", "ggf", "Nr", "akt", "sog", "inkl",
    "incl", "vgl", "evtl", "ehem", "gem", "lt", "St", "Abs", "Art", "Mio", "Mrd", "Tel", "Str",
    "zzgl", "bspw", "insb", "Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov",
    "Dez", "Mo", "Di", "Mi", "Do", "Sa", "So",
)  # fmt: skip
"""Words whose full stop ends no sentence ("Frau Prof. Hallmann", "Di. 12.5.")."""
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\b[A-Za-z]\.)(?<!\bd\.h\.)"
    + "".join(rf"(?<!\b{word}\.)" for word in _ABBREVIATIONS)
    + r"\s+(?=[A-ZÄÖÜ„\"*(])"
    # an ordinal before a month or the like ("am 14. Mai", "zum 1. Quartal") ends no sentence;
    # "Projekt 3. Frau Weber übernimmt" does
    + rf"(?!(?<=\d\.\s)(?:(?i:{MONTH_NAMES})|Quartal|Halbjahr|Sitzung|Treffen|Tagung)\b)"
)


def sentences(text: str) -> list[str]:
    """Split prose into sentences (not after abbreviations like ``z.B.``, ``Dr.``, ``e.V.``, nor
    after an ordinal).

    >>> sentences("Frau Prof. Kern berichtet am 14. Mai. Die BG BAU zahlt.")
    ['Frau Prof. Kern berichtet am 14. Mai.', 'Die BG BAU zahlt.']
    """
    parts = _SENTENCE_END.split(text)
    return [p.strip() for p in parts if p.strip()]


def folded(text: str) -> str:
    """``text`` in lower case, for cheap keyword tests ahead of case-insensitive patterns.

    A word of lower-case German letters (a-z, ä, ö, ü, ß), digits and punctuation that a
    ``re.I`` pattern finds in ``text`` is a substring of ``folded(text)``: besides what
    :meth:`str.lower` maps, ``re.I`` also takes "İ" and "ı" for "i" and "ſ" for "s", and so
    does this function.
    """
    if text.isascii():
        return text.lower()
    low = text.replace("İ", "i").lower()
    if "ı" in low:
        low = low.replace("ı", "i")
    if "ſ" in low:
        low = low.replace("ſ", "s")
    return low


def holds_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether the :func:`folded` text ``low`` holds one of ``words``: the cheap test before a
    pattern that cannot match without one of them.

    >>> holds_any(folded("Einstimmig angenommen"), ("einstimmig", "mehrheitlich"))
    True
    """
    return any(word in low for word in words)


def short_text_cache(
    maxsize: int, longest: int = 120
) -> Callable[[Callable[[str], _T]], Callable[[str], _T]]:
    """Keep the results of a pure function of one string for strings up to ``longest``
    characters (names, labels and words recur across a document and across documents; long
    lines rarely do, and would fill the memory), at most ``maxsize`` of them.

    >>> @short_text_cache(maxsize=8, longest=5)
    ... def shout(text):
    ...     return text.upper()
    >>> shout("hallo"), shout("hallo welt"), shout.cache_info().currsize
    ('HALLO', 'HALLO WELT', 1)
    """

    def decorate(func: Callable[[str], _T]) -> Callable[[str], _T]:
        cached = lru_cache(maxsize=maxsize)(func)

        @wraps(func)
        def lookup(text: str) -> _T:
            return cached(text) if len(text) <= longest else func(text)

        lookup.cache_info = cached.cache_info  # type: ignore[attr-defined]
        lookup.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return lookup

    return decorate

"""Small text normalisations shared by the extractors.

>>> clean("**siehe Anlage 1**&nbsp;und *mehr*")
'siehe Anlage 1 und mehr'
>>> clean("Hackerspace ([Anfahrt](https://example.org/anfahrt/))")
'Hackerspace (Anfahrt)'
>>> balance_brackets("Deutsche Gesetzliche Unfallversicherung e.V. (DGUV")
'Deutsche Gesetzliche Unfallversicherung e.V. (DGUV)'
>>> strip_quotes('"Diözese Stuttgart/Rottenburg - Kirche')
'Diözese Stuttgart/Rottenburg - Kirche'
"""

from __future__ import annotations

import html
import re

QUOTES = "\"„“”‚‘’'«»›‹"
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")


def clean(text: str) -> str:
    """Drop Markdown emphasis and HTML entities, unify spaces; keep everything else."""
    text = html.unescape(text).replace("\u00a0", " ").replace("\u200b", "")
    text = _MD_EMPHASIS.sub("", text)
    text = re.sub(r"(?<![\w_])_(?=\S)|(?<=\S)_(?![\w_])", "", text)  # _italic_
    text = re.sub(r"\s?:[a-z_+-]{2,30}:(?=\s|$)", "", text)  # :fish: emoji codes
    text = re.sub(r"<br\s*/?>", " ", text)
    text = re.sub(r"\[([^\]]*)\]\((?:https?://|/|#)[^)]*\)", r"\1", text)  # [text](link) -> text
    return re.sub(r"[ \t]+", " ", text).strip()


def strip_quotes(text: str) -> str:
    """Remove quotes that open or close nothing at the ends of ``text``."""
    text = text.strip()
    while text and text[0] in QUOTES and not any(q in text[1:] for q in QUOTES):
        text = text[1:].strip()
    while text and text[-1] in QUOTES and not any(q in text[:-1] for q in QUOTES):
        text = text[:-1].strip()
    return text


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


def unquote(text: str) -> str:
    """Remove every quote character: ``OM-Fachgruppe „Gesundheit“`` -> ``OM-Fachgruppe Gesundheit``."""
    return re.sub(rf"[{QUOTES}]", "", text).strip()


def sentences(text: str) -> list[str]:
    """Split prose into sentences (not after abbreviations like ``z.B.``, ``Dr.``, ``e.V.``)."""
    parts = re.split(
        r"(?<=[.!?])(?<!\b[A-Za-z]\.)(?<!\bDr\.)(?<!\bca\.)(?<!\bbzw\.)(?<!\bggf\.)(?<!\bNr\.)(?<!\bakt\.)(?<!\bsog\.)(?<!\binkl\.)(?<!\bincl\.)(?<!\bd\.h\.)\s+(?=[A-ZÄÖÜ„\"*(])",
        text,
    )
    return [p.strip() for p in parts if p.strip()]

"""Working groups, teams, circles and committees named in minutes.

The words that make a group (``AG``, ``Arbeitsgruppe``, ``-team``, ``-kreis`` ...) and the
compounds that are not groups (``Zielgruppe``) live in ``data/groups.yaml``.

>>> [g for g, _ in find_groups("Die AG Transfer und das Koordinierungsteam werden gebeten")]
['AG Transfer', 'Koordinierungsteam']
>>> [g for g, _ in find_groups("Die OM-Fachgruppe „Gesundheit“ wird gebeten")]
['OM-Fachgruppe Gesundheit']
>>> [g for g, _ in find_groups("die Arbeitsgruppe zum Beratungsverständnis soll")]
['AG Beratungsverständnis']
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import yaml

from omgraph.ingest.text import QUOTES
from omgraph.resources import data_path

_CAP = r"[A-ZÄÖÜ][\wäöüß.-]*"


@cache
def lexicon() -> dict[str, Any]:
    """``data/groups.yaml``: prefixes (word -> kind, canonical prefix), suffixes, stop words."""
    return yaml.safe_load(data_path("groups.yaml").read_text(encoding="utf-8"))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    prefixes = sorted(lex["prefixes"], key=len, reverse=True)
    named = re.compile(
        rf"(?P<net>\b[A-ZÄÖÜ]{{2,5}}-)?\b(?P<word>{'|'.join(map(re.escape, prefixes))})\b"
        rf"(?:\s+(?:zum|zur|für|zu|des|der)(?=\s))?"
        rf"\s*(?P<name>[{QUOTES}][^{QUOTES}]{{2,60}}[{QUOTES}]|{_CAP}(?:\s+{_CAP}){{0,2}})?"
    )
    suffixes = sorted(lex["suffixes"], key=len, reverse=True)
    compound = re.compile(
        rf"(?P<net>\b[A-ZÄÖÜ]{{2,5}}-)?\b(?P<word>[A-ZÄÖÜ][a-zäöüß-]*(?:{'|'.join(suffixes)}))(?:es|s|en|n)?\b"
    )
    return named, compound


def _name_words(raw: str) -> str:
    words = raw.split()
    stop = set(lexicon()["name_stop_words"])
    kept: list[str] = []
    for word in words:
        if word.strip(".,") in stop or not word[:1].isupper():
            break
        kept.append(word.strip(".,"))
    return " ".join(kept)


def find_groups(text: str) -> list[tuple[str, str]]:
    """``(canonical name, kind)`` of every group named in ``text``, in order."""
    lex = lexicon()
    named, compound = _patterns()
    found: list[tuple[str, str, int]] = []
    taken: list[tuple[int, int]] = []
    for match in named.finditer(text):
        prefix = lex["prefixes"][match["word"]]
        raw_name = (match["name"] or "").strip()
        name = (
            re.sub(rf"[{QUOTES}]", "", raw_name).strip()
            if raw_name[:1] in QUOTES
            else _name_words(raw_name)
        )
        if not name or name.isdigit() or re.fullmatch(r"\d+[.:]?", name):
            continue
        canonical = f"{(match['net'] or '')}{prefix['canonical']} {name}".strip()
        found.append((canonical, prefix["kind"], match.start()))
        taken.append((match.start(), match.end()))
    stop = {w.lower() for w in lex["compound_stop_words"]}
    for match in compound.finditer(text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        word = match["word"]
        if word.lower() in stop or any(word.lower().startswith(s) for s in stop):
            continue
        kind = next(k for s, k in lex["suffixes"].items() if word.endswith(s))
        found.append((f"{match['net'] or ''}{word}", kind, match.start()))
    found.sort(key=lambda f: f[2])
    return [(name, kind) for name, kind, _ in found]


def without_network(name: str) -> str:
    """A group's name without the network's prefix: ``"OM-Fachgruppe Gesundheit"`` ->
    ``"Fachgruppe Gesundheit"``.

    >>> without_network("OM-AG Transfer")
    'AG Transfer'
    """
    return re.sub(r"^[A-ZÄÖÜ]{2,5}-(?=[A-ZÄÖÜ])", "", name)


def group_key(name: str) -> str:
    """A key under which spellings of one group meet: its last significant word, lower-cased.

    >>> group_key("Arbeitsgruppe Gemeinsames Beratungsverständnis") == group_key("AG Beratungsverständnis")
    True
    """
    words = re.sub(rf"[{QUOTES}]", "", without_network(name)).replace("-", " ").split()
    prefix = words[0].lower() if words else ""
    kinds = lexicon()["prefixes"]
    canonical = next(
        (v["canonical"].lower() for k, v in kinds.items() if k.lower() == prefix), prefix
    )
    return f"{canonical}:{words[-1].lower()}" if len(words) > 1 else canonical

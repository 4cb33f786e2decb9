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
from typing import Any, NamedTuple

import yaml

from omgraph.ingest.text import QUOTES, unquote
from omgraph.resources import data_path

_CAP = r"[A-ZÄÖÜ][\wäöüß.-]*"


@cache
def lexicon() -> dict[str, Any]:
    """``data/groups.yaml``: prefixes (word -> kind, canonical prefix), suffixes, stop words."""
    return yaml.safe_load(data_path("groups.yaml").read_text(encoding="utf-8"))


class _Tables(NamedTuple):
    """What :func:`find_groups` needs from the lexicon, computed once."""

    named: re.Pattern[str]
    compound: re.Pattern[str]
    prefix_hint: re.Pattern[str]
    """Any of the prefixes: a text without one names no group by prefix."""
    suffix_hint: re.Pattern[str]
    """Any of the suffixes: a text without one holds no compound group."""
    compound_stop: tuple[str, ...]
    name_stop: frozenset[str]


@cache
def _tables() -> _Tables:
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
    return _Tables(
        named,
        compound,
        re.compile("|".join(map(re.escape, prefixes))),
        re.compile("|".join(suffixes)),
        tuple({w.lower(): None for w in lex["compound_stop_words"]}),
        frozenset(lex["name_stop_words"]),
    )


def _name_words(raw: str) -> str:
    words = raw.split()
    stop = _tables().name_stop
    kept: list[str] = []
    for word in words:
        if word.strip(".,") in stop or not word[:1].isupper():
            break
        kept.append(word.strip(".,"))
    return " ".join(kept)


def find_groups(text: str) -> list[tuple[str, str]]:
    """``(canonical name, kind)`` of every group named in ``text``, in order."""
    tables = _tables()
    found: list[tuple[str, str, int]] = []
    taken: list[tuple[int, int]] = []
    if tables.prefix_hint.search(text):
        prefixes = lexicon()["prefixes"]
        for match in tables.named.finditer(text):
            prefix = prefixes[match["word"]]
            raw_name = (match["name"] or "").strip()
            name = unquote(raw_name) if raw_name[:1] in QUOTES else _name_words(raw_name)
            if not name or name.isdigit() or re.fullmatch(r"\d+[.:]?", name):
                continue
            canonical = f"{(match['net'] or '')}{prefix['canonical']} {name}".strip()
            found.append((canonical, prefix["kind"], match.start()))
            taken.append((match.start(), match.end()))
    if tables.suffix_hint.search(text):
        suffix_kinds = lexicon()["suffixes"]
        for match in tables.compound.finditer(text):
            if any(a <= match.start() < b for a, b in taken):
                continue
            word = match["word"]
            if word.lower().startswith(tables.compound_stop):
                continue
            kind = next(k for s, k in suffix_kinds.items() if word.endswith(s))
            found.append((f"{match['net'] or ''}{word}", kind, match.start()))
    found.sort(key=lambda f: f[2])
    return [(name, kind) for name, kind, _ in found]


_NETWORK_PREFIX = re.compile(r"^[A-ZÄÖÜ]{2,5}-(?=[A-ZÄÖÜ])")


def without_network(name: str) -> str:
    """A group's name without the network's prefix: ``"OM-Fachgruppe Gesundheit"`` ->
    ``"Fachgruppe Gesundheit"``.

    >>> without_network("OM-AG Transfer")
    'AG Transfer'
    """
    return _NETWORK_PREFIX.sub("", name)


def group_key(name: str) -> str:
    """A key under which spellings of one group meet: its last significant word, lower-cased.

    >>> group_key("Arbeitsgruppe Gemeinsames Beratungsverständnis") == group_key("AG Beratungsverständnis")
    True
    """
    words = unquote(without_network(name)).replace("-", " ").split()
    prefix = words[0].lower() if words else ""
    kinds = lexicon()["prefixes"]
    canonical = next(
        (v["canonical"].lower() for k, v in kinds.items() if k.lower() == prefix), prefix
    )
    return f"{canonical}:{words[-1].lower()}" if len(words) > 1 else canonical

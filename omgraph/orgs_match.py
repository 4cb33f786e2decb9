"""Organisation matching: a name as written -> the registry entry it names.

The steps, most reliable first: exact name, alias or acronym of the registry
(:mod:`omgraph.orgs_registry`); structure (``"AGS der BA"``, ``"ifaa - Institut für ..."``,
``"Name (ACR)"``, trailing role text); fuzzy matching with guard rails. Names not in the registry
are clustered among themselves by :class:`omgraph.orgs.OrgResolver`.

>>> reg = load_registry()
>>> m = match_org("AGS der Agentur für Arbeit", reg)
>>> (m.key, m.unit, m.method)
('ba', 'AGS', 'unit')
>>> match_org("Bundesteuerberaterkammer", reg).key
'bstbk'
>>> split_orgs("DNBGF-Geschäftsstelle/BKK Dachverband", reg)
['DNBGF-Geschäftsstelle', 'BKK Dachverband']
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, process

from omgraph.orgs_registry import (
    Registry,
    clean_org,
    compact,
    load_registry,
    looks_like_acronym,
    org_key,
)

Method = Literal["exact", "acronym", "alias", "fuzzy", "unit", "same-as", "unregistered"]


@dataclass(frozen=True)
class OrgMatch:
    """What a name as written was resolved to."""

    key: str
    """The organisation's key (registry key, or minted for an unregistered organisation)."""
    name: str
    """Canonical name."""
    acronym: str = ""
    kind: str = "other"
    unit: str = ""
    """Sub-unit written with the name, e.g. ``"AGS"``; empty when none."""
    score: float = 100.0
    """0-100; 100 for exact, alias and acronym matches."""
    method: Method = "exact"
    text: str = ""
    """The text that was matched, as written."""
    parent: str = ""
    """Key of the parent organisation (registry), if any."""
    registered: bool = True


UNIT_WORDS = re.compile(
    r"\b(Geschäftsstelle|Geschäftsbereich|Referats?|Unterabteilung|Abteilung|Hauptabteilung|"
    r"Fachbereich|Stabsstelle|Regionaldirektion|Landesverband|Landesvertretung|Dezernat)\b[^/;]*",
)
_ORG_WORDS = re.compile(
    r"(stiftung|verband|verbund|vereinigung|institut|netzwerk|kammer|gesellschaft|akademie|"
    r"hochschule|universit|ministerium|agentur|anstalt|amt\b|kasse|genossenschaft|verein|zentrum|"
    r"forum|initiative|diözese|bistum|kirche|gmbh|e\.\s?v\.|\bag\b|\.de\b|\.com\b|\.org\b|"
    r"berater|partner|werk\b|werke\b|bund\b|rat\b)",
    re.IGNORECASE,
)
_CONNECTOR = re.compile(r"\s+(?:der|des|beim|bei der|bei|im|in der|vom|von der|für die|für den)\s+")
_SEPARATORS = re.compile(r"\s+-\s*|\s*-\s+|\s*[,;:]\s+|\s*\(\s*|\s*\)\s*")


_FUNCTION_WORDS = frozenset(
    [
        "den",
        "der",
        "die",
        "das",
        "dem",
        "des",
        "ein",
        "eine",
        "und",
        "oder",
        "aus",
        "bei",
        "mit",
        "von",
        "vom",
        "zum",
        "zur",
        "wir",
        "sie",
        "ihr",
        "uns",
        "man",
        "was",
        "wer",
        "wie",
        "wo",
        "an",
        "am",
        "im",
        "in",
        "zu",
        "es",
        "er",
        "so",
        "da",
        "ab",
        "um",
    ]
)


def _entry_match(
    reg: Registry, key: str, method: Method, text: str, score: float = 100.0, unit: str = ""
) -> OrgMatch:
    e = reg[key]
    return OrgMatch(
        key, e.name, e.acronym, e.kind, unit, score, "unit" if unit else method, text, e.parent
    )


def _lookup(text: str, reg: Registry, *, units: bool = True) -> OrgMatch | None:
    """Exact name, alias, acronym or (unambiguous) unit name."""
    k = org_key(text)
    if k and k in reg.names:
        return _entry_match(reg, reg.names[k], "exact", text)
    if k and k in reg.aliases:
        return _entry_match(reg, reg.aliases[k], "alias", text)
    c = compact(text)
    if c in reg.acronyms:
        key, written = reg.acronyms[c]
        plain = clean_org(text)
        # "den" is an article, not DEN: lower-case function words only match lower-case acronyms
        if not (plain in _FUNCTION_WORDS and not written.islower()):
            return _entry_match(reg, key, "acronym", text)
    if units and (k or c):
        hit = reg.units.get(k) or reg.units.get(c)
        if hit:
            return _entry_match(reg, hit[0], "unit", text, 95.0, hit[1])
    return None


def _threshold(key: str) -> float:
    n = len(key)
    return 101.0 if n < 8 else 93.0 if n < 14 else 90.0 if n < 22 else 87.0


def _guard(a: str, b: str) -> tuple[bool, str]:
    """Agree on what differs: after common leading/trailing words, the rest must be similar."""
    ta, tb = a.split(), b.split()
    if re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False, "different numbers"
    while ta and tb and ta[0] == tb[0]:
        ta, tb = ta[1:], tb[1:]
    while ta and tb and ta[-1] == tb[-1]:
        ta, tb = ta[:-1], tb[:-1]
    if not ta and not tb:
        return True, "same words"
    if not ta or not tb:
        return False, f"extra words {' '.join(ta or tb)!r}"
    ra, rb = " ".join(ta), " ".join(tb)
    if len(ta) != len(tb):
        if fuzz.ratio("".join(ta), "".join(tb)) >= 94:
            return True, f"{ra!r}~{rb!r} (spacing)"
        return False, f"{ra!r} and {rb!r} differ in words"
    worst = min(max(fuzz.ratio(x, y) for y in tb) for x in ta)
    score = max(fuzz.ratio(ra, rb), fuzz.token_sort_ratio(ra, rb))
    if score < 80 or worst < 70:
        return False, f"{ra!r} differs from {rb!r}"
    return True, f"{ra!r}~{rb!r}"


_CHOICES: dict[int, tuple[Registry, list[str], list[str]]] = {}


def _choices(reg: Registry) -> tuple[list[str], list[str]]:
    cached = _CHOICES.get(id(reg))
    if cached is None or cached[0] is not reg:
        forms = {**reg.aliases, **reg.names}
        cached = (reg, list(forms), list(forms.values()))
        _CHOICES[id(reg)] = cached
    return cached[1], cached[2]


def score_names(a: str, b: str) -> tuple[float, bool, str]:
    """Similarity of two comparison keys (:func:`org_key`), whether it passes and why."""
    score = max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))
    ok, why = _guard(a, b)
    return score, ok and score >= _threshold(min(a, b, key=len)), why


def near_names(key: str, others: Collection[str], cutoff: float) -> set[str]:
    """The ``others`` whose :func:`score_names` score with ``key`` is at least ``cutoff`` (the
    scores compared in C, without the guard rails: to skip the pairs far apart).

    >>> sorted(near_names("stadt musterhausen", ["stadt musterhausn", "amt fuer wald"], 75))
    ['stadt musterhausn']
    """
    return {
        form
        for scorer in (fuzz.ratio, fuzz.token_sort_ratio)
        for form, _, _ in process.extract(
            key, others, scorer=scorer, score_cutoff=cutoff, limit=None
        )
    }


def fuzzy_candidates(
    text: str, reg: Registry, limit: int = 3
) -> list[tuple[str, float, bool, str]]:
    """Registry keys near ``text``: ``(key, score, accepted, reason)``, best first."""
    k = org_key(text)
    if len(k) < 8:
        return []
    forms, keys = _choices(reg)
    found: dict[str, tuple[str, float, bool, str]] = {}
    for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
        for form, _, i in process.extract(k, forms, scorer=scorer, limit=limit, score_cutoff=70):
            score, ok, why = score_names(k, form)
            old = found.get(keys[i])
            if old is None or (ok, score) > (old[2], old[1]):
                found[keys[i]] = (keys[i], score, ok, why)
    return sorted(found.values(), key=lambda t: (not t[2], -t[1], t[0]))


def _fuzzy(text: str, reg: Registry) -> OrgMatch | None:
    for key, score, ok, _ in fuzzy_candidates(text, reg):
        if ok:
            return _entry_match(reg, key, "fuzzy", text, round(score, 1))
    return None


def _unit_text(part: str) -> str:
    m = UNIT_WORDS.search(clean_org(part))
    if not m:
        return ""
    unit = m.group(0)
    return re.sub(r"^Referats\b", "Referat", unit).strip()


def _single(text: str, reg: Registry, *, fuzzy: bool = True) -> OrgMatch | None:
    """One organisation name, possibly with a unit, a leading/trailing acronym or a hyphen."""
    hit = _lookup(text, reg)
    if hit:
        return hit
    plain = clean_org(text)
    # "DNBGF-Geschäftsstelle"
    m = re.fullmatch(r"(\S+?)-(\w+)", plain)
    if m and UNIT_WORDS.fullmatch(m.group(2)):
        org = _lookup(m.group(1), reg, units=False)
        if org:
            return replace(org, unit=m.group(2), method="unit", text=text)
    # "AGS der Agentur für Arbeit", "Referat X des BMAS"
    for c in _CONNECTOR.finditer(plain):
        unit_side, org_side = plain[: c.start()], plain[c.end() :]
        org = _lookup(org_side, reg, units=False) or (_fuzzy(org_side, reg) if fuzzy else None)
        if not org:
            continue
        inner = _lookup(unit_side, reg)
        if inner and inner.method == "unit" and inner.key == org.key:
            return replace(
                org, unit=inner.unit, method="unit", text=text, score=min(org.score, 95.0)
            )
        if inner and org.key in reg.ancestors(inner.key):
            return replace(inner, text=text)
        if (
            inner is None
            and len(unit_side.split()) <= 6
            and (looks_like_acronym(unit_side) or UNIT_WORDS.match(unit_side))
        ):
            return replace(
                org, unit=unit_side, method="unit", text=text, score=min(org.score, 90.0)
            )
    # "ZDH Zentralverband des deutschen Handwerks", "Deutsches Netzwerk Büro DNB"
    words = plain.split()
    if len(words) >= 2:
        for head, tail in ((words[0], words[1:]), (words[-1], words[:-1])):
            acr = _lookup(head, reg, units=False)
            rest = _lookup(" ".join(tail), reg, units=False)
            if acr and rest and acr.key == rest.key:
                return replace(rest, text=text)
    return _fuzzy(text, reg) if fuzzy else None


def _most_specific(matches: list[OrgMatch], reg: Registry) -> OrgMatch:
    best = matches[0]
    for m in matches[1:]:
        if m.registered and best.registered and best.key in reg.ancestors(m.key):
            best = m
    return best


def _structured(text: str, reg: Registry) -> OrgMatch | None:
    """A name split by dashes, brackets or commas into parts: ``"ifaa - Institut für ..."``."""
    parts = [p for p in _SEPARATORS.split(clean_org(text)) if p.strip(" -")]
    if len(parts) < 2:
        return None
    found = [(p, _single(p, reg)) for p in parts]
    orgs = [m for _, m in found if m is not None]
    if not orgs:
        return None
    best = _most_specific(orgs, reg)
    unit = best.unit
    for p, m in found:
        if unit:
            break
        if m is not None and m.key == best.key and m.unit:
            unit = m.unit
        elif m is None:
            unit = _unit_text(p)
    score = min(m.score for m in orgs if m.key == best.key or m.key in reg.ancestors(best.key))
    method: Method = "unit" if unit else best.method
    return replace(best, unit=unit, method=method, text=text, score=score)


def match_org(text: str, registry: Registry | None = None) -> OrgMatch | None:
    """The registered organisation ``text`` names, or ``None``.

    A string naming two organisations (``"BKK/DNBGF"``) gives the first; use :func:`match_orgs`
    for all of them.

    >>> match_org("Bundessteuerberaterkammer KdÖR").key
    'bstbk'
    >>> match_org("Bundesministerium für Bildung und Forschung").key
    'bmbf'
    >>> match_org("Makerspace Gütersloh") is None
    True
    """
    reg = registry if registry is not None else _default()
    if not text or not clean_org(text):
        return None
    m = _lookup(text, reg) or _structured(text, reg) or _single(text, reg) or _with_role(text, reg)
    if m is None and "/" in text:
        parts = split_orgs(text, reg)
        if len(parts) > 1:
            m = match_org(parts[0], reg)
    return replace(m, text=text) if m else None


_ROLE = re.compile(
    r"(Leiter|Leiterin|Leitung|Referent|Referentin|Geschäftsführer|Geschäftsführerin|"
    r"Vorsitzender?|Präsident|Präsidentin|Sprecher|Sprecherin|Mitarbeiter|Mitarbeiterin)\b"
)


def _with_role(text: str, reg: Registry) -> OrgMatch | None:
    """A name followed by a unit or role without separator: ``"BMBF Referat Zukunft der Arbeit"``."""
    found = match_org_prefix(text, reg, fuzzy=False)
    if found is None:
        return None
    m, end = found
    rest = clean_org(text[end:])
    if not rest or not (UNIT_WORDS.match(rest) or _ROLE.match(rest)):
        return None
    unit = m.unit or _unit_text(rest)
    return replace(m, unit=unit, method="unit" if unit else m.method)


@lru_cache(maxsize=1 << 16)
def acronym_form(text: str) -> tuple[str, str] | None:
    """``(name, acronym)`` of ``"Name (ACR)"``, ``"ACR - Name"`` or ``"Name - ACR"``, where the
    acronym's letters occur in the name in order.

    >>> acronym_form("Bundesverband Großhandel, Außenhandel, Dienstleistungen (BGA)")
    ('Bundesverband Großhandel, Außenhandel, Dienstleistungen', 'BGA')
    """
    plain = clean_org(text)
    forms = []
    if m := re.fullmatch(r"(.+?)\s*\(([^()]+)\)?", plain):
        forms.append((m.group(1), m.group(2)))
    if m := re.fullmatch(r"(.+?)\s+-\s*(.+)", plain):
        forms += [(m.group(2), m.group(1)), (m.group(1), m.group(2))]
    for name, acr in forms:
        if looks_like_acronym(acr) and not looks_like_acronym(name) and _abbreviates(acr, name):
            return name.strip(), acr.strip()
    return None


def _abbreviates(acr: str, name: str) -> bool:
    letters = [c for c in compact(acr) if c.isalpha()]
    rest = compact(name)
    if not letters or not rest or letters[0] != rest[0]:
        return False
    i = 0
    for c in letters:
        i = rest.find(c, i) + 1
        if i == 0:
            return False
    return True


def match_orgs(text: str, registry: Registry | None = None) -> list[OrgMatch | None]:
    """One match (or ``None``) per organisation in ``text`` (see :func:`split_orgs`)."""
    reg = registry if registry is not None else _default()
    return [match_org(p, reg) for p in split_orgs(text, reg)]


def looks_like_org(text: str) -> bool:
    """Whether a string unknown to the registry still looks like an organisation's name."""
    plain = clean_org(text)
    return bool(plain) and (bool(_ORG_WORDS.search(text)) or looks_like_acronym(plain))


def split_orgs(text: str, registry: Registry | None = None) -> list[str]:
    """Split ``text`` at slashes that separate organisations; keep slashes inside a name.

    >>> split_orgs("Wolfgang Mewes Stiftung/ Bundesverband Strategieforum")
    ['Wolfgang Mewes Stiftung', 'Bundesverband Strategieforum']
    >>> split_orgs("AOK Rheinland/Hamburg")
    ['AOK Rheinland/Hamburg']
    >>> split_orgs("Betrieb/ Arbeitswelt")
    ['Betrieb/ Arbeitswelt']
    """
    reg = registry if registry is not None else _default()
    if "/" not in text:
        return [text.strip()]
    if _lookup(text, reg) or _structured(text, reg) or _single(text, reg, fuzzy=False):
        return [text.strip()]
    pieces = [p.strip() for p in re.split(r"\s*/\s*", text) if p.strip()]
    if len(pieces) > 1 and all(_single(p, reg) or looks_like_org(p) for p in pieces):
        return pieces
    return [text.strip()]


def match_org_prefix(
    text: str, registry: Registry | None = None, *, fuzzy: bool = True
) -> tuple[OrgMatch, int] | None:
    """The longest organisation name at the start of ``text`` and the offset where it ends.

    For lines like ``"Bundessteuerberaterkammer KdÖR regt an, ..."``: exact names, aliases and
    acronyms are tried first (longest first), fuzzy matches only when none is found.

    >>> m, end = match_org_prefix("Bundessteuerberaterkammer KdÖR regt an, im Rahmen der OM")
    >>> m.key, "Bundessteuerberaterkammer KdÖR regt an"[:end]
    ('bstbk', 'Bundessteuerberaterkammer KdÖR')
    """
    reg = registry if registry is not None else _default()
    ends = [m.end() for m in re.finditer(r"\S+", text)][:14]
    for fuzzy_pass in (False, True) if fuzzy else (False,):
        for end in reversed(ends):
            span = text[:end].rstrip(" ,;:")
            if span.endswith(".") and "." not in span.split()[-1][:-1]:
                span = span[:-1]
            if not clean_org(span):
                continue
            m = _single(span, reg, fuzzy=fuzzy_pass)
            if m is not None:
                return replace(m, text=span), len(span)
    return None


_DEFAULT: list[Registry] = []


def _default() -> Registry:
    if not _DEFAULT:
        _DEFAULT.append(load_registry())
    return _DEFAULT[0]

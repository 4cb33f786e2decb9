"""The curated organisation registry (``data/organisations.yaml``) and name normalisation.

:func:`load_registry` reads the registry into a frozen :class:`Registry` with lookup indexes;
:func:`normalise_org` and :func:`org_key` turn names as written into comparable forms.
Matching itself lives in :mod:`omgraph.orgs`.

>>> normalise_org("Bundessteuerberaterkammer KdÖR")
'bundessteuerberaterkammer'
>>> org_key("Bundesverband der Deutscher Berufsförderungswerke e.V.")
'bundesverband deutsch berufsfoerderungswerk'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, get_args

import yaml

from omgraph.errors import RegistryError
from omgraph.model import OrgKind

KINDS: frozenset[str] = frozenset(get_args(OrgKind))
"""The valid values of ``kind``."""

REGISTRY_FILE = "organisations.yaml"

# --- normalisation ---------------------------------------------------------------------------

_QUOTES = str.maketrans(dict.fromkeys("„“”‟«»‚‘’‛‹›'`´", '"'))
_DASHES = re.compile(r"[\u2010-\u2015\u2212-]")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "á": "a"})
# legal forms, matched case-insensitively as whole words anywhere in the name (never "AG": "AG
# Transfer" is a working group)
_LEGAL = re.compile(
    r"(?<![\w-])(?:gemeinn(?:ü|ue)tzige\s+gmbh|ggmbh|gmbh\s*&\s*co\.?\s*kg|gmbh|mbh|"
    r"e\.\s?v\.?|ev|k\.?\s?d\.?\s?ö\.?\s?r\.?|kdör|kdoer|körperschaft des öffentlichen rechts|"
    r"a\.?ö\.?r\.?|aör|ug \(haftungsbeschränkt\)|e\.\s?g\.|gbr|ohg|kg|partg mbb)(?![\w-])",
    re.IGNORECASE,
)
_STOP = frozenset(
    {"der", "die", "des", "dem", "den", "das", "und", "fuer", "fur", "im", "in", "of", "the", "and"}
)
_TLD = re.compile(
    r"^(?:https?://)?(?:www\.)?([\w.-]+?)\.(?:de|com|org|net|eu|info)/?$", re.IGNORECASE
)


def _balance(text: str) -> str:
    """Drop quotes and brackets that have no partner."""
    if text.count('"') % 2:
        text = text.replace('"', "")
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                continue
            depth -= 1
        out.append(ch)
    text = "".join(out)
    while depth:  # unclosed "(": drop the last one
        i = text.rfind("(")
        text = text[:i] + " " + text[i + 1 :]
        depth -= 1
    return text


@lru_cache(maxsize=1 << 16)
def clean_org(text: str) -> str:
    """Unify quotes and dashes, drop legal suffixes and unbalanced brackets, keep case.

    >>> clean_org('Stiftung "Mittelstand – Gesellschaft - Verantwortung')
    'Stiftung Mittelstand - Gesellschaft - Verantwortung'
    """
    text = _DASHES.sub("-", text.translate(_QUOTES))
    text = _balance(text)
    text = text.replace('"', "")
    text = _LEGAL.sub(" ", text)
    text = re.sub(r"\(\s*\)", " ", text)
    return re.sub(r"\s+", " ", text).strip(" ,;:/-")


@lru_cache(maxsize=1 << 16)
def normalise_org(text: str) -> str:
    """A name reduced for comparison: :func:`clean_org`, case-folded, umlauts transliterated.

    >>> normalise_org("Deutsche Gesetzliche Unfallversicherung e.V. (DGUV")
    'deutsche gesetzliche unfallversicherung dguv'
    >>> normalise_org("Forschungsinstitut für betriebliche Bildung gemeinnützige GMBH")
    'forschungsinstitut fuer betriebliche bildung'
    """
    text = clean_org(text).casefold().translate(_UMLAUTS)
    text = re.sub(r"[()\[\]]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _stem(token: str) -> str:
    if len(token) > 5:
        for end in ("en", "er", "es", "em", "e"):
            if token.endswith(end):
                return token[: -len(end)]
    return token


@lru_cache(maxsize=1 << 16)
def org_key(text: str) -> str:
    """The comparison key of a name: :func:`normalise_org`, punctuation and articles dropped,
    German inflection endings cut (``Deutscher``/``Deutschen`` -> ``deutsch``), web domains
    reduced to their name (``beraternetzwerk.de`` -> ``beraternetzwerk``).

    >>> org_key("Verbund-Beratender Unternehmer e.V.") == org_key("Verbund Beratender Unternehmer")
    True
    """
    norm = normalise_org(text)
    m = _TLD.match(norm)
    if m:
        norm = m.group(1)
    tokens = re.split(r"[^\w]+|_", norm)
    return " ".join(_stem(t) for t in tokens if t and t not in _STOP)


@lru_cache(maxsize=1 << 16)
def compact(text: str) -> str:
    """Acronym form: letters and digits only, case-folded (``"ifm-bonn"`` -> ``"ifmbonn"``)."""
    return re.sub(r"[\W_]+", "", clean_org(text).casefold().translate(_UMLAUTS))


@lru_cache(maxsize=1 << 16)
def looks_like_acronym(text: str) -> bool:
    """One or two short tokens, the first with two capitals or digits: ``BMWE``, ``BG RCI``,
    ``IHK München``, ``ifaa`` is not (lower case), ``Deutsche Bundesbank`` is not.

    >>> [looks_like_acronym(t) for t in ("BG RCI", "IHK München", "Deutsche Bundesbank")]
    [True, True, False]
    """
    words = clean_org(text).split()
    return (
        0 < len(words) <= 2
        and len(words[0]) <= 8
        and sum(c.isupper() or c.isdigit() for c in words[0]) >= 2
        and len(" ".join(words)) <= 16
    )


# --- records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """A known sub-unit of a registered organisation."""

    name: str
    acronym: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrgEntry:
    """One entry of the registry."""

    key: str
    """Stable key (last segment of the IRI)."""
    name: str
    """Canonical full name."""
    acronym: str
    kind: str
    """One of :data:`KINDS`."""
    aliases: tuple[str, ...] = ()
    units: tuple[Unit, ...] = ()
    parent: str = ""
    url: str = ""
    line: int = 0
    """Line of the entry in its file."""


@dataclass(frozen=True)
class Registry:
    """The registry: entries by key plus lookup indexes (built on construction)."""

    entries: Mapping[str, OrgEntry]
    source: str = ""
    names: Mapping[str, str] = field(default_factory=dict, compare=False)
    """:func:`org_key` of canonical names -> entry key."""
    aliases: Mapping[str, str] = field(default_factory=dict, compare=False)
    """:func:`org_key` of aliases -> entry key."""
    acronyms: Mapping[str, tuple[str, str]] = field(default_factory=dict, compare=False)
    """:func:`compact` of acronyms -> (entry key, acronym as registered)."""
    units: Mapping[str, tuple[str, str]] = field(default_factory=dict, compare=False)
    """:func:`org_key` and :func:`compact` of unambiguous unit names/acronyms -> (key, unit name)."""

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def __getitem__(self, key: str) -> OrgEntry:
        return self.entries[key]

    def ancestors(self, key: str) -> list[str]:
        """Keys of the parents of ``key``, nearest first."""
        out: list[str] = []
        while (parent := self.entries[key].parent) and parent not in out:
            out.append(parent)
            key = parent
        return out


def _fail(msg: str, path: str, line: int | None, hint: str) -> RegistryError:
    return RegistryError(msg, path=path, line=line, hint=hint)


class _LineLoader(yaml.SafeLoader):
    """A safe loader that records the line of every mapping under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: Path | str, text: str | None = None) -> Any:
    """Parse a YAML file, mappings annotated with ``__line__``; errors name the file and line."""
    name = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as e:
            raise RegistryError(
                f"cannot read: {e.strerror}", path=name, hint="check the path"
            ) from e
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(e, "problem", None) or str(e)
        raise _fail(
            f"not valid YAML: {problem}",
            name,
            line,
            "fix the indentation, quotes or brackets there",
        ) from e


def _strs(value: Any, what: str, path: str, line: int) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise _fail(f"{what} must be a list of strings", path, line, "write e.g. [Name A, Name B]")


def _entry(raw: Any, path: str, line: int) -> OrgEntry:
    if not isinstance(raw, dict):
        raise _fail("an organisation must be a mapping", path, line, "start it with '- key: ...'")
    line = raw.pop("__line__", line)
    unknown = set(raw) - {"key", "name", "acronym", "kind", "aliases", "units", "parent", "url"}
    if unknown:
        raise _fail(f"unknown field(s) {sorted(unknown)}", path, line, "remove or rename them")
    for fld in ("key", "name", "kind"):
        if not isinstance(raw.get(fld), str) or not raw[fld].strip():
            raise _fail(f"missing or empty '{fld}'", path, line, f"give the entry a '{fld}'")
    key = raw["key"]
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", key):
        raise _fail(f"key {key!r} is not a slug", path, line, "use lower-case a-z, 0-9 and '-'")
    if raw["kind"] not in KINDS:
        raise _fail(
            f"{key}: unknown kind {raw['kind']!r}", path, line, f"use one of {sorted(KINDS)}"
        )
    units: list[Unit] = []
    for u in raw.get("units") or []:
        if not isinstance(u, dict) or not isinstance(u.get("name"), str):
            raise _fail(
                f"{key}: a unit needs a name", path, line, "write {name: ..., acronym: ...}"
            )
        uline = u.pop("__line__", line)
        units.append(
            Unit(
                u["name"],
                str(u.get("acronym") or ""),
                _strs(u.get("aliases"), "aliases", path, uline),
            )
        )
    return OrgEntry(
        key=key,
        name=raw["name"].strip(),
        acronym=str(raw.get("acronym") or "").strip(),
        kind=raw["kind"],
        aliases=_strs(raw.get("aliases"), f"{key}: aliases", path, line),
        units=tuple(units),
        parent=str(raw.get("parent") or ""),
        url=str(raw.get("url") or ""),
        line=line,
    )


def parse_registry(data: Any, path: str) -> list[OrgEntry]:
    """Entries of a parsed registry document (see :func:`read_yaml`)."""
    if not isinstance(data, dict) or not isinstance(data.get("organisations"), list):
        raise _fail(
            "no 'organisations:' list", path, 1, "the file must start with 'organisations:'"
        )
    return [_entry(raw, path, 0) for raw in data["organisations"]]


def build_registry(entries: Iterable[OrgEntry], source: str = "") -> Registry:
    """Check entries for duplicates and dangling parents and build the indexes."""
    by_key: dict[str, OrgEntry] = {}
    for e in entries:
        if e.key in by_key:
            first = by_key[e.key]
            raise _fail(
                f"duplicate key {e.key!r} (first on line {first.line})",
                source,
                e.line,
                "keys must be unique",
            )
        by_key[e.key] = e
    names: dict[str, str] = {}
    aliases: dict[str, str] = {}
    acronyms: dict[str, tuple[str, str]] = {}
    owner: dict[str, str] = {}

    def claim(index: dict[str, Any], form: str, value: Any, e: OrgEntry, written: str) -> None:
        if not form:
            return
        other = owner.get(("a:" if index is acronyms else "n:") + form)
        if other is not None and other != e.key:
            raise _fail(
                f"{e.key}: {written!r} is also a name, alias or acronym of {other!r}",
                source,
                e.line,
                "remove it from one of the two entries",
            )
        owner[("a:" if index is acronyms else "n:") + form] = e.key
        index.setdefault(form, value)

    for e in by_key.values():
        if e.parent and e.parent not in by_key:
            raise _fail(
                f"{e.key}: unknown parent {e.parent!r}",
                source,
                e.line,
                "use the key of another entry",
            )
        claim(names, org_key(e.name), e.key, e, e.name)
        if e.acronym:
            claim(acronyms, compact(e.acronym), (e.key, e.acronym), e, e.acronym)
        for a in e.aliases:
            if looks_like_acronym(a):
                claim(acronyms, compact(a), (e.key, a), e, a)
            else:
                claim(aliases, org_key(a), e.key, e, a)
    units: dict[str, tuple[str, str]] = {}
    seen: dict[str, int] = {}
    for e in by_key.values():
        for u in e.units:
            forms = {org_key(u.name), *(org_key(a) for a in u.aliases)}
            if u.acronym:
                forms.add(compact(u.acronym))
            for f in forms:
                seen[f] = seen.get(f, 0) + 1
                units[f] = (e.key, u.acronym or u.name)
    units = {
        f: v for f, v in units.items() if seen[f] == 1 and f not in names and f not in acronyms
    }
    return Registry(
        entries=MappingProxyType(by_key),
        source=source,
        names=MappingProxyType(names),
        aliases=MappingProxyType(aliases),
        acronyms=MappingProxyType(acronyms),
        units=MappingProxyType(units),
    )


@cache
def default_registry_path() -> Path:
    """The bundled ``organisations.yaml``: from the installed package, else from the checkout
    (looked up once: every resolver asks, one per ingested file)."""
    try:
        candidate = Path(str(resources.files("omgraph.data").joinpath(REGISTRY_FILE)))
        if candidate.is_file():
            return candidate
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / "data" / REGISTRY_FILE


def load_registry(
    path: str | Path | None = None, extra: str | Path | Iterable[str | Path] | None = None
) -> Registry:
    """Load the registry from ``path`` (default: the bundled one), plus ``extra`` files whose
    entries add to it (an entry with a key already present replaces that entry).

    Raises :class:`~omgraph.errors.RegistryError` naming the file and line of a malformed entry,
    a duplicate key, or a name/acronym claimed by two entries.

    >>> reg = load_registry()
    >>> reg["bmas"].kind
    'ministry'
    """
    main = Path(path) if path is not None else default_registry_path()
    extras = [] if extra is None else [extra] if isinstance(extra, str | Path) else list(extra)
    stamp = _stamp([main, *extras])
    if stamp is not None and stamp in _LOADED:
        return _LOADED[stamp]  # the registry is immutable: share it while its files are unchanged
    registry = _load_registry(main, extras)
    if stamp is not None:
        _LOADED[stamp] = registry
    return registry


_LOADED: dict[tuple[tuple[str, int, int], ...], Registry] = {}
"""Registries loaded so far, by their files' paths, modification times and sizes."""


def _stamp(paths: list[str | Path]) -> tuple[tuple[str, int, int], ...] | None:
    try:
        stats = [(str(Path(p).resolve()), Path(p).stat()) for p in paths]
    except OSError:
        return None  # let the loader raise its own error
    return tuple((name, st.st_mtime_ns, st.st_size) for name, st in stats)


def _load_registry(main: Path, extras: list[str | Path]) -> Registry:
    entries = parse_registry(read_yaml(main), str(main))
    sources = [str(main)]
    build_registry(entries, str(main))  # check the main file on its own
    for x in extras:
        more = parse_registry(read_yaml(x), str(x))
        build_registry(more, str(x))
        keys = {e.key for e in more}
        entries = [e for e in entries if e.key not in keys] + more
        sources.append(str(x))
    return build_registry(entries, ", ".join(sources))

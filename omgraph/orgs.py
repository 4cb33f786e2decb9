"""Organisations: the curated registry, matching names as written, and resolution across documents.

The public interface of organisation resolution. The registry and name normalisation live in
:mod:`omgraph.orgs_registry`, matching in :mod:`omgraph.orgs_match`; this module adds
:class:`OrgResolver`, which resolves the organisation mentions of one or more documents, clusters
organisations that are not in the registry among themselves, honours a user's same-as /
not-same-as file and records the evidence as :class:`~omgraph.model.Merge` records.

>>> resolver = OrgResolver()
>>> found = resolver.resolve(["BMG", "Makerspace Gütersloh e.V.", "Makerspace Gütersloh"])
>>> found["BMG"].key, found["Makerspace Gütersloh e.V."].key, found["Makerspace Gütersloh"].key
('bmg', 'makerspace-guetersloh', 'makerspace-guetersloh')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from omgraph.errors import RegistryError
from omgraph.model import Merge, Organisation
from omgraph.namespaces import slug
from omgraph.orgs_match import (
    OrgMatch,
    acronym_form,
    fuzzy_candidates,
    looks_like_org,
    match_org,
    match_org_prefix,
    match_orgs,
    near_names,
    score_names,
    split_orgs,
)
from omgraph.orgs_registry import (
    KINDS,
    OrgEntry,
    Registry,
    clean_org,
    load_registry,
    looks_like_acronym,
    normalise_org,
    org_key,
    read_yaml,
)

__all__ = [
    "KINDS",
    "OrgEntry",
    "OrgMatch",
    "OrgResolver",
    "Overrides",
    "Registry",
    "load_overrides",
    "load_registry",
    "looks_like_org",
    "match_org",
    "match_org_prefix",
    "match_orgs",
    "normalise_org",
    "split_orgs",
    "to_organisation",
]

NEAR_MISS = 75.0
"""Fuzzy scores from here up to the acceptance threshold are reported as near-misses."""


@dataclass(frozen=True)
class Overrides:
    """A user's corrections: pairs of organisation keys or names that are (not) the same."""

    same_as: tuple[tuple[str, str], ...] = ()
    not_same_as: tuple[tuple[str, str], ...] = ()
    source: str = ""


def load_overrides(path: str | Path | None) -> Overrides:
    """Read a same-as file; a missing ``path`` (``None`` or no such file) gives no overrides.

    The file is YAML::

        same_as:
          - [Beraternetzwerk, beraternetzwerk.de]    # names or keys
        not_same_as:
          - [Deutsche Bundesbank, bundesbank-hochschule]
    """
    if path is None or not Path(path).is_file():
        return Overrides()
    name = str(path)
    data = read_yaml(path)
    if data is None:
        return Overrides(source=name)
    if not isinstance(data, dict):
        raise RegistryError("expected 'same_as:' and/or 'not_same_as:'", path=name, line=1)
    line = data.pop("__line__", 1)
    unknown = set(data) - {"same_as", "not_same_as"}
    if unknown:
        raise RegistryError(
            f"unknown section(s) {sorted(unknown)}",
            path=name,
            line=line,
            hint="only 'same_as' and 'not_same_as' are read",
        )
    pairs: dict[str, tuple[tuple[str, str], ...]] = {}
    for section in ("same_as", "not_same_as"):
        items = data.get(section) or []
        if not isinstance(items, list):
            raise RegistryError(f"'{section}' must be a list", path=name, line=line)
        out = []
        for item in items:
            if not (
                isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item)
            ):
                raise RegistryError(
                    f"{section}: {item!r} is not a pair",
                    path=name,
                    line=line,
                    hint="write each entry as [name or key, name or key]",
                )
            out.append((item[0], item[1]))
        pairs[section] = tuple(out)
    return Overrides(pairs["same_as"], pairs["not_same_as"], name)


def to_organisation(match: OrgMatch, variants: Iterable[str] = ()) -> Organisation:
    """The :class:`~omgraph.model.Organisation` entity of a match, with the spellings seen.

    >>> to_organisation(match_org("AGS der BA"), ["AGS der BA"]).name
    'Bundesagentur für Arbeit'
    """
    return Organisation(
        key=match.key,
        name=match.name,
        acronym=match.acronym,
        kind=match.kind,
        variants=tuple(sorted(set(variants))),
        parent=match.parent,
        registered=match.registered,
    )


class _Clusters:
    """Union-find over comparison keys of unregistered names."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def members(self, x: str) -> list[str]:
        root = self.find(x)
        return sorted(k for k in self.parent if self.find(k) == root)


class OrgResolver:
    """Resolves organisation mentions of one or more documents to stable keys.

    Registered organisations get their registry key. Unregistered ones are clustered (same
    comparison key, or a fuzzy match that passes the guard rails) and get the slug of their best
    name (most frequent, then longest); ``known`` (key -> name, e.g. from the store) keeps keys
    minted by earlier runs. State is kept between calls, so several documents resolve together.
    """

    def __init__(
        self,
        registry: Registry | None = None,
        overrides: Overrides | None = None,
        known: Mapping[str, str] | None = None,
    ) -> None:
        self.registry = registry if registry is not None else load_registry()
        self.overrides = overrides or Overrides()
        self.merges: list[Merge] = []
        """Evidence of every decision taken so far (merges and near-misses)."""
        self._clusters = _Clusters()
        self._counts: Counter[str] = Counter()  # cleaned name -> times seen
        self._forms: dict[str, set[str]] = {}  # comparison key -> cleaned names
        self._fixed: dict[str, str] = {}  # comparison key -> key kept from `known`
        self._learned: dict[str, str] = {}  # comparison key of an acronym -> registry key
        self._seen: set[tuple[frozenset[str], frozenset[str], bool]] = set()
        for key, name in (known or {}).items():
            k = org_key(name)
            self._add(name, 0)
            self._fixed[k] = key

    # --- overrides ----------------------------------------------------------------------

    def _refers(self, item: str, text: str, key: str) -> bool:
        """Whether an override item names the mention ``text`` or the entity ``key``."""
        if item == key:
            return True
        k = org_key(item)
        if k == org_key(text):
            return True
        entry = self.registry.entries.get(key)
        if entry is None:
            return False
        return k in {org_key(entry.name), *(org_key(a) for a in entry.aliases)} or (
            bool(entry.acronym) and item.casefold() == entry.acronym.casefold()
        )

    def _blocked(self, text: str, key: str) -> bool:
        return any(
            (self._refers(a, text, "") and self._refers(b, "", key))
            or (self._refers(b, text, "") and self._refers(a, "", key))
            for a, b in self.overrides.not_same_as
        )

    def _forced(self, text: str) -> OrgMatch | None:
        k = org_key(text)
        for a, b in self.overrides.same_as:
            for this, that in ((a, b), (b, a)):
                if org_key(this) != k:
                    continue
                target = self.registry.entries.get(that)
                m = match_org(that, self.registry) if target is None else None
                key = target.key if target else (m.key if m else "")
                if key:
                    e = self.registry[key]
                    return OrgMatch(
                        key, e.name, e.acronym, e.kind, "", 100.0, "same-as", text, e.parent
                    )
        return None

    # --- clustering -----------------------------------------------------------------------

    def _add(self, text: str, count: int = 1) -> str:
        form = acronym_form(text)
        name = form[0] if form else clean_org(text)
        k = org_key(name) or normalise_org(name) or name
        self._counts[name] += count
        self._forms.setdefault(k, set()).add(name)
        self._clusters.find(k)
        if form:  # "Name (ACR)": ACR written alone is the same organisation
            acr = org_key(form[1]) or form[1].casefold()
            self._forms.setdefault(acr, set()).add(form[1])
            self._clusters.union(k, acr)
        return k

    def _learn(self, text: str) -> None:
        """Remember ``ACR`` from ``"Registered Name (ACR)"`` when the registry lacks it."""
        form = acronym_form(text)
        if form is None or match_org(form[1], self.registry) is not None:
            return
        m = match_org(form[0], self.registry)
        if m is not None and m.registered:
            self._learned[org_key(form[1])] = m.key

    def _learned_match(self, text: str) -> OrgMatch | None:
        key = self._learned.get(org_key(text))
        if key is None:
            return None
        e = self.registry[key]
        return OrgMatch(key, e.name, e.acronym, e.kind, "", 95.0, "alias", text, e.parent)

    def _evidence(self, merge: Merge) -> None:
        sig = (frozenset((merge.key, merge.other)), frozenset(merge.variants), merge.merged)
        if sig not in self._seen:
            self._seen.add(sig)
            self.merges.append(merge)

    def _refs(self, item: str) -> set[str]:
        """Comparison keys an override item stands for (a name, or a key kept from ``known``)."""
        return {org_key(item)} | {k for k, v in self._fixed.items() if v == item}

    def _cluster_new(self, new: list[str]) -> list[tuple[str, str, float, str, bool]]:
        """Cluster newly seen comparison keys; return (key, other, score, reason, merged)."""
        for a, b in self.overrides.same_as:
            for x in self._refs(a):
                for y in self._refs(b):
                    if x in self._forms and y in self._forms:
                        self._clusters.union(x, y)
        pending = []
        for k in new:
            # only the names near enough to be a merge or a near miss are compared in full
            for other in sorted(near_names(k, list(self._forms), NEAR_MISS)):
                if self._clusters.find(other) == self._clusters.find(k):
                    continue
                score, ok, why = score_names(k, other)
                mine, theirs = set(self._clusters.members(k)), set(self._clusters.members(other))
                blocked = any(
                    (self._refs(a) & mine and self._refs(b) & theirs)
                    or (self._refs(b) & mine and self._refs(a) & theirs)
                    for a, b in self.overrides.not_same_as
                )
                if ok and not blocked:
                    self._clusters.union(k, other)
                    pending.append((k, other, score, f"unregistered names alike ({why})", True))
                else:
                    reason = "not-same-as override" if blocked else f"kept apart: {why}"
                    pending.append((k, other, score, reason, False))
        return pending

    def _cluster_key(self, k: str) -> tuple[str, str]:
        members = self._clusters.members(k)
        for m in members:
            if m in self._fixed:
                return self._fixed[m], sorted(self._forms[m])[0]
        names = [n for m in members for n in self._forms.get(m, ())]
        best = sorted(names, key=lambda n: (looks_like_acronym(n), -self._counts[n], -len(n), n))[0]
        key = slug(best)
        taken = set(self.registry.entries) | set(self._fixed.values())
        base, i = key, 2
        while key in taken:
            key, i = f"{base}-{i}", i + 1
        return key, best

    # --- the API -------------------------------------------------------------------------

    def resolve(self, mentions: Iterable[str]) -> dict[str, OrgMatch]:
        """Resolve organisation names as written; every distinct text gets an entry.

        A text naming several organisations (``"BKK/DNBGF"``) maps to the first; its parts
        (from :func:`split_orgs`) get entries of their own.
        """
        texts = [t for t in mentions if t and clean_org(t)]
        queue: list[str] = []
        for t in texts:
            parts = split_orgs(t, self.registry)
            queue.extend([t] if len(parts) == 1 else [*parts, t])
        out: dict[str, OrgMatch] = {}
        unregistered: list[str] = []
        for t in queue:
            self._learn(t)
        for t in dict.fromkeys(queue):
            m = self._forced(t) or match_org(t, self.registry) or self._learned_match(t)
            if m is not None and self._blocked(t, m.key):
                self._evidence(
                    Merge(
                        "organisation",
                        m.key,
                        (t, m.name),
                        m.score,
                        "not-same-as override",
                        merged=False,
                        other=m.key,
                    )
                )
                m = None
            if m is not None:
                out[t] = m
                if m.method != "exact":
                    reason = f"{m.method} match" + (f", unit {m.unit!r}" if m.unit else "")
                    self._evidence(Merge("organisation", m.key, (t, m.name), m.score, reason))
                continue
            unregistered.append(t)
        new_keys = [self._add(t, texts.count(t) or 1) for t in unregistered]
        pending = self._cluster_new(new_keys)
        for t, k in zip(unregistered, new_keys, strict=True):
            key, name = self._cluster_key(k)
            out[t] = OrgMatch(
                key, clean_org(name), "", "other", "", 100.0, "unregistered", t, registered=False
            )
            for reg_key, score, _, why in fuzzy_candidates(t, self.registry)[:1]:
                if score >= NEAR_MISS:
                    self._evidence(
                        Merge(
                            "organisation",
                            key,
                            (t, self.registry[reg_key].name),
                            round(score, 1),
                            f"kept apart: {why}",
                            merged=False,
                            other=reg_key,
                        )
                    )
        for k, other, score, reason, merged in pending:
            key, other_key = self._cluster_key(k)[0], self._cluster_key(other)[0]
            names = (sorted(self._forms[k])[0], sorted(self._forms[other])[0])
            self._evidence(
                Merge(
                    "organisation",
                    key,
                    names,
                    round(score, 1),
                    reason,
                    merged,
                    "" if merged else other_key,
                )
            )
        for t in texts:  # compound texts: the first of their parts
            if t not in out:
                out[t] = replace(out[split_orgs(t, self.registry)[0]], text=t)
        return out

    def organisations(self, found: Mapping[str, OrgMatch]) -> dict[str, Organisation]:
        """The entities behind a :meth:`resolve` result, with every spelling seen."""
        variants: dict[str, set[str]] = {}
        first: dict[str, OrgMatch] = {}
        for text, m in found.items():
            variants.setdefault(m.key, set()).add(text)
            first.setdefault(m.key, m)
        return {k: to_organisation(first[k], variants[k]) for k in sorted(first)}

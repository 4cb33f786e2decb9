"""Entity resolution: the people and organisations behind the mentions of a document.

People are merged by context, not by one global threshold: the family name must agree (exactly,
or within one typo for longer names), given names must agree or be missing, and organisation and
gender (from "Herr"/"Frau" or the given name) must not contradict. A mention with a family name
only ("Herr Papenfuß", "Frau Fischer Forschungsinstitut für betriebliche Bildung") joins the one
person it can mean; if several remain, its organisation decides; if still several, nobody.
Organisations are resolved by :class:`omgraph.orgs.OrgResolver` (registry first, fuzzy after).

Entities already in the store come in as :class:`KnownEntities`, so that the same person in a
second document keeps the key (and IRI) minted for the first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from omgraph.ingest.names import gender_of
from omgraph.model import (
    Merge,
    Minutes,
    Organisation,
    OrgMention,
    Person,
    PersonMention,
    Resolution,
)
from omgraph.namespaces import slug
from omgraph.orgs import OrgResolver, Overrides, split_orgs
from omgraph.resolve_candidates import FUZZY_FAMILY, NameIndex

_TRANSLIT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "-": " "}
)


@lru_cache(maxsize=1 << 16)
def norm(name: str) -> str:
    """Compare form of a name part: lower case, umlauts and ß transliterated."""
    return re.sub(r"\s+", " ", name.lower().translate(_TRANSLIT)).strip(" .")


@dataclass(frozen=True)
class KnownEntities:
    """Entities already in the store, so that later documents reuse their keys."""

    people: dict[str, Person] = field(default_factory=dict)
    """Person key -> person."""
    organisations: dict[str, Organisation] = field(default_factory=dict)
    """Organisation key -> organisation."""


@dataclass
class _Cluster:
    key: str = ""
    titles: Counter[str] = field(default_factory=Counter)
    givens: Counter[str] = field(default_factory=Counter)
    families: Counter[str] = field(default_factory=Counter)
    full_families: Counter[str] = field(default_factory=Counter)
    orgs: Counter[str] = field(default_factory=Counter)
    """Organisations written beside the person's name."""
    related: set[str] = field(default_factory=set)
    """Those organisations and their parents: what a new mention's organisation may agree with."""
    genders: set[str] = field(default_factory=set)
    variants: list[str] = field(default_factory=list)
    evidence: list[tuple[float, str]] = field(default_factory=list)
    places: set[tuple[str, int]] = field(default_factory=set)
    """(text, line) of the mentions counted, so one mention read twice counts once."""

    def add(self, m: PersonMention, orgs: tuple[str, ...], related: tuple[str, ...] = ()) -> None:
        place = (m.text, m.source.line)
        if place in self.places:
            self.orgs.update(o for o in orgs if o not in self.orgs)
            self.related.update(orgs, related)
            return
        self.places.add(place)
        if m.title:
            self.titles[m.title] += 1
        if m.given and len(m.given.strip(".")) > 1:
            self.givens[m.given] += 1
        if m.family and len(m.family.strip(".")) > 1:
            self.families[m.family] += 1
            if m.given:
                self.full_families[m.family] += 1
        self.orgs.update(orgs)
        self.related.update(orgs, related)
        gender = gender_of(m.given, m.salutation)
        if gender in {"f", "m"}:
            self.genders.add(gender)
        if m.text not in self.variants:
            self.variants.append(m.text)


def _names(item: str, texts: Iterable[str], key: str = "") -> bool:
    """Whether an override item (a key or a name as written) names a person."""
    if key and (item == key or slug(item) == key):
        return True
    wanted = norm(item)
    return any(norm(t) == wanted for t in texts)


def _cluster_names(c: _Cluster) -> list[str]:
    full = [f"{g} {f}" for g in c.givens for f in c.families]
    return [*c.variants, *full]


def _blocked(m: PersonMention, c: _Cluster, key: str, overrides: Overrides) -> bool:
    """A not-same-as pair of the user's forbids putting ``m`` with ``c``."""
    mine = [m.text, f"{m.given} {m.family}".strip()]
    theirs = _cluster_names(c)
    return any(
        (_names(a, mine) and _names(b, theirs, key)) or (_names(b, mine) and _names(a, theirs, key))
        for a, b in overrides.not_same_as
    )


def _forced(m: PersonMention, clusters: list[_Cluster], overrides: Overrides) -> int | None:
    """The cluster a same-as pair of the user's puts ``m`` into, if any."""
    mine = [m.text, f"{m.given} {m.family}".strip()]
    for a, b in overrides.same_as:
        for this, other in ((a, b), (b, a)):
            if _names(this, mine):
                for i, c in enumerate(clusters):
                    if _names(other, _cluster_names(c), c.key):
                        return i
    return None


def _best(counter: Counter[str]) -> str:
    """Most frequent; ties go to the first seen (Counter keeps insertion order)."""
    return max(counter, key=lambda k: counter[k]) if counter else ""


def _match(m: PersonMention, orgs: tuple[str, ...], c: _Cluster) -> tuple[float, str] | None:
    """Score and evidence if mention ``m`` can be the person of cluster ``c``; else ``None``."""
    gender = gender_of(m.given, m.salutation)
    if gender in {"f", "m"} and c.genders and gender not in c.genders:
        return None
    org_conflict = bool(orgs and c.related and not set(orgs) & c.related)
    org_agree = bool(set(orgs) & c.related)
    fam = norm(m.family)
    if not fam:  # given name only ("Leon", "Jil")
        if m.given and any(norm(g) == norm(m.given) for g in c.givens):
            return 70.0, f"same given name {m.given!r}, no family name written"
        return None
    if len(fam) == 1 or (len(fam) == 2 and fam.endswith(".")):  # "Erik T."
        if any(norm(f).startswith(fam[0]) for f in c.families) and any(
            norm(g) == norm(m.given) for g in c.givens
        ):
            return 80.0, f"given name and initial {m.family!r}"
        return None
    fam_score = max((fuzz.ratio(fam, norm(f)) for f in c.families), default=0.0)
    if fam_score < 100 and not (len(fam) >= 5 and fam_score >= FUZZY_FAMILY):
        return None
    why_fam = "same family name" if fam_score == 100 else f"family name {fam_score:.0f}% alike"
    if m.given and c.givens:
        given_score = max(_given_score(m.given, g) for g in c.givens)
        if given_score == 100 and (fam_score == 100 or not org_conflict):
            return min(fam_score, 100.0), f"{why_fam}, same given name"
        if fam_score == 100 and given_score >= 70 and not org_conflict:
            best = max(c.givens, key=lambda g: _given_score(m.given, g))
            return given_score, f"{why_fam}, given names {m.given!r}~{best!r}" + (
                ", same organisation" if org_agree else ""
            )
        return None
    # one side has no given name: organisation must not contradict
    if org_conflict:
        return None
    return fam_score - (0 if org_agree else 5), f"{why_fam}, no given name" + (
        ", same organisation" if org_agree else ""
    )


def _index(names: NameIndex[int], i: int, c: _Cluster) -> None:
    """(Re-)index cluster ``i`` under its family and given names (the ones :func:`_match` reads)."""
    for family in c.families:
        names.add(i, family=family)
    for given in c.givens:
        names.add(i, given=given)


def _given_score(a: str, b: str) -> float:
    na, nb = norm(a), norm(b)
    if na == nb:
        return 100.0
    if len(na.strip(".")) == 1 or len(nb.strip(".")) == 1:  # an initial
        return 100.0 if na[0] == nb[0] else 0.0
    return fuzz.ratio(na, nb)


def person_mentions(minutes: Minutes) -> Iterator[PersonMention]:
    for p in minutes.participants:
        yield p.person
    for item in minutes.agenda:
        yield from item.presenters
    for m in minutes.memberships:
        yield m.person
    for table in minutes.world_cafe:
        yield from table.moderators
    for c in minutes.contributions:
        yield c.speaker
    for d in minutes.decisions:
        yield from (a.person for a in d.assignees if a.person is not None)
    for t in minutes.future_topics:
        yield from t.proposers
    yield from minutes.mentions


def _org_mentions(minutes: Minutes, people: Iterable[PersonMention]) -> list[OrgMention]:
    found = [p.org for p in people if p.org is not None]
    found += [a.org for d in minutes.decisions for a in d.assignees if a.org is not None]
    return found


def resolve(
    minutes: Minutes,
    known: KnownEntities | None = None,
    *,
    overrides: Overrides | None = None,
) -> Resolution:
    """Resolve every person and organisation mention of ``minutes``."""
    known = known or KnownEntities()
    mentions = list(dict.fromkeys(person_mentions(minutes)))
    org_mentions = list(dict.fromkeys(_org_mentions(minutes, mentions)))
    resolver = OrgResolver(
        overrides=overrides, known={k: o.name for k, o in known.organisations.items()}
    )
    found = resolver.resolve(m.text for m in org_mentions)
    org_of: dict[OrgMention, str] = {}
    org_keys: dict[OrgMention, tuple[str, ...]] = {}
    unit_of: dict[OrgMention, str] = {}
    for om in org_mentions:
        match = found.get(om.text)
        if match is None:
            continue
        org_of[om] = match.key
        parts = split_orgs(om.text, resolver.registry)
        keys = tuple(dict.fromkeys(found[p].key for p in parts if p in found)) or (match.key,)
        org_keys[om] = keys
        if match.unit:
            unit_of[om] = match.unit
    organisations = resolver.organisations(found)

    parents = {k: o.parent or o.unit_of for k, o in organisations.items() if o.parent or o.unit_of}

    def orgs_of(m: PersonMention) -> tuple[str, ...]:
        return org_keys.get(m.org, ()) if m.org is not None else ()

    def related_of(m: PersonMention) -> tuple[str, ...]:
        """The mention's organisations and their parents (a university of the Bundesbank
        agrees with the Bundesbank)."""
        keys = orgs_of(m)
        return tuple(dict.fromkeys((*keys, *(parents[k] for k in keys if k in parents))))

    clusters: list[_Cluster] = []
    for person in known.people.values():
        c = _Cluster(key=person.key)
        c.add(
            PersonMention(
                person.name, minutes.meeting.source, person.title, person.given, person.family
            ),
            person.organisations,
        )
        c.variants.clear()
        clusters.append(c)
    n_known = len(clusters)
    names: NameIndex[int] = NameIndex()  # cluster numbers by name: who a mention may join
    for i, c in enumerate(clusters):
        _index(names, i, c)
    person_of: dict[PersonMention, str | int] = {}
    near: list[Merge] = []
    # full names first, so that "Herr Papenfuß" finds "Rolf Papenfuss"
    ordered = sorted(mentions, key=lambda m: (not (m.given and m.family), m.source.line))
    user = overrides or Overrides()
    for m in ordered:
        forced = _forced(m, clusters, user) if user.same_as else None
        if forced is not None:
            clusters[forced].add(m, orgs_of(m), related_of(m))
            _index(names, forced, clusters[forced])
            clusters[forced].evidence.append((100.0, f"{m.text!r}: same-as override"))
            person_of[m] = forced
            continue
        related = related_of(m)
        scored = [
            (s, i)
            for i in sorted(names.candidates([(m.family, m.given)]))
            if (s := _match(m, related, c := clusters[i])) is not None
            and not (user.not_same_as and _blocked(m, c, c.key, user))
        ]
        if len(scored) > 1 and orgs_of(m):
            same_org = [(s, i) for s, i in scored if set(related_of(m)) & clusters[i].related]
            scored = same_org or scored
        if len(scored) > 1 and not (m.given and m.family):
            twin = next(
                (
                    person_of[o]
                    for o in person_of
                    if o.text == m.text and o.source.line == m.source.line
                ),
                None,
            )
            if twin is not None:
                person_of[m] = twin
                continue
            near.append(
                Merge(
                    "person",
                    m.text,
                    (m.text,),
                    0.0,
                    "ambiguous: several people fit, left unlinked",
                    False,
                )
            )
            continue
        if scored:
            (score, why), i = max(scored, key=lambda x: x[0][0])
            if clusters[i].variants:  # the first mention of a known person founds, not merges
                clusters[i].evidence.append((score, f"{m.text!r}: {why}"))
            clusters[i].add(m, orgs_of(m), related_of(m))
            _index(names, i, clusters[i])
            person_of[m] = i
            continue
        if not (m.family or m.given):
            continue
        c = _Cluster()
        c.add(m, orgs_of(m), related_of(m))
        clusters.append(c)
        _index(names, len(clusters) - 1, c)
        person_of[m] = len(clusters) - 1

    people: dict[str, Person] = {}
    index_key: dict[int, str] = {}
    for i, c in enumerate(clusters):
        if i < n_known and not c.variants:
            continue  # known person not mentioned here
        given = _best(c.givens)
        family = _best(c.full_families) or _best(c.families)
        title = max(c.titles, key=len) if c.titles else ""
        key = c.key or slug(f"{given} {family}".strip())
        if key in people and not c.key:
            key = slug(f"{given} {family} {_best(c.orgs)}")
        index_key[i] = key
        name = " ".join(x for x in (title, given, family) if x)
        # only organisations this document names: a known person's other organisations are
        # described in the graphs of the documents that name them
        orgs = tuple(k for k, _ in c.orgs.most_common() if k in organisations)
        people[key] = Person(key, name, given, family, title, tuple(c.variants), orgs)
    merges = [
        Merge(
            "person",
            index_key[i],
            tuple(c.variants),
            min((s for s, _ in c.evidence), default=100.0),
            "; ".join(dict.fromkeys(w for _, w in c.evidence)),
        )
        for i, c in enumerate(clusters)
        if i in index_key and len(set(c.variants)) > 1
    ]
    affiliation: dict[str, tuple[str, ...]] = {}
    for p in minutes.participants:
        key = index_key.get(person_of.get(p.person, -1))  # type: ignore[arg-type]
        if key and orgs_of(p.person):
            affiliation[key] = tuple(dict.fromkeys((*affiliation.get(key, ()), *orgs_of(p.person))))
    for key, person in people.items():
        affiliation.setdefault(key, person.organisations[:1])
    return Resolution(
        people=people,
        organisations=organisations,
        person_of={
            m: index_key[i] for m, i in person_of.items() if isinstance(i, int) and i in index_key
        },
        org_of=org_of,
        unit_of=unit_of,
        affiliation=affiliation,
        merges=tuple(resolver.merges) + tuple(merges) + tuple(near),
        org_keys=org_keys,
    )

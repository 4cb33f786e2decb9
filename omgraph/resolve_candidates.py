"""Which known people a document's mentions can possibly mean: an index that keeps ingest linear.

:func:`omgraph.resolve.resolve` compares every person mention with every known person. With
thousands of people in the store that dominates ingest, although a mention can only join a
person whose family name agrees (exactly, or at least 80 % alike for names of five letters or
more), whose initial and given name agree ("Erik T."), or whose given name agrees when no
family name is written. :class:`KnownPeopleIndex` finds those people by name and hands resolution
only them: a superset of the people it could match, in the store's order, so the answer is the
one a comparison with everybody would give.

>>> from omgraph.model import Person
>>> index = KnownPeopleIndex()
>>> index.update({"rolf-papenfuss": Person("rolf-papenfuss", "Rolf Papenfuss", "Rolf",
...     "Papenfuss"), "anna-berg": Person("anna-berg", "Anna Berg", "Anna", "Berg")})
>>> sorted(index.candidates([("Papenfuß", "")]))
['rolf-papenfuss']
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

from omgraph.model import Minutes, Person


def _norm(name: str) -> str:
    from omgraph.resolve import norm

    return norm(name)


FUZZY_FAMILY = 80.0
"""How alike (rapidfuzz ratio) two family names of five letters or more must be to be one."""

K = TypeVar("K", bound=Hashable)


class NameIndex(Generic[K]):
    """Entries (people, or clusters of mentions) by normalised family and given names; an entry
    may carry several of each. :meth:`candidates` gives every entry a mention can match."""

    def __init__(self) -> None:
        self._families: dict[K, set[str]] = {}
        self._givens: dict[K, set[str]] = {}
        self._by_family: dict[str, set[K]] = {}
        self._by_given: dict[str, set[K]] = {}
        self._choices: list[str] | None = None  # family names for fuzzy lookup, when stale None

    def __len__(self) -> int:
        return len(self._families)

    def add(self, key: K, family: str = "", given: str = "") -> None:
        """Index ``key`` under one more family and/or given name (empty ones are skipped)."""
        fam, giv = _norm(family), _norm(given)
        families, givens = (
            self._families.setdefault(key, set()),
            self._givens.setdefault(key, set()),
        )
        if fam:
            if fam not in self._by_family:
                self._choices = None
            families.add(fam)
            self._by_family.setdefault(fam, set()).add(key)
        if giv:
            givens.add(giv)
            self._by_given.setdefault(giv, set()).add(key)

    def remove(self, key: K) -> None:
        for fam in self._families.pop(key, ()):
            self._by_family[fam].discard(key)
        for giv in self._givens.pop(key, ()):
            self._by_given[giv].discard(key)

    def candidates(self, names: Iterable[tuple[str, str]]) -> set[K]:
        """Entries that mentions written as ``(family, given)`` may mean: the same family name
        (or one at least :data:`FUZZY_FAMILY` % alike, for five letters or more); for an initial
        ("Erik T."), the same given name and family initial; without a family name, the same
        given name."""
        found: set[K] = set()
        for family, given in set(names):
            fam, giv = _norm(family), _norm(given)
            same_given = self._by_given.get(giv, set())
            if not fam:
                found |= same_given
            elif len(fam) == 1:
                found |= {
                    k for k in same_given if any(f.startswith(fam) for f in self._families[k])
                }
            elif len(fam) < 5:
                found |= self._by_family.get(fam, set())
            else:
                for choice, _, _ in process.extract(
                    fam, self._fuzzy_choices(), scorer=fuzz.ratio, score_cutoff=FUZZY_FAMILY - 0.1,
                    limit=None,
                ):  # fmt: skip
                    found |= self._by_family[choice]
        return found

    def _fuzzy_choices(self) -> list[str]:
        if self._choices is None:
            self._choices = [f for f, keys in self._by_family.items() if f and keys]
        return self._choices


class KnownPeopleIndex(NameIndex[str]):
    """Known people (one family and given name each) by person key."""

    def update(self, people: Mapping[str, Person]) -> None:
        """Add people, or replace those whose key is already indexed."""
        for key, person in people.items():
            names = ({_norm(person.family)} - {""}, {_norm(person.given)} - {""})
            if (self._families.get(key), self._givens.get(key)) == names:
                continue
            self.remove(key)
            self.add(key, person.family, person.given)


def mention_names(minutes: Minutes) -> list[tuple[str, str]]:
    """``(family, given)`` of every person mention of ``minutes``."""
    from omgraph.resolve import person_mentions

    return [(m.family or "", m.given or "") for m in person_mentions(minutes)]


def known_for(
    minutes: Minutes, people: Mapping[str, Person], index: KnownPeopleIndex
) -> dict[str, Person]:
    """The part of ``people`` (indexed in ``index``) that the mentions of ``minutes`` may mean,
    in the order of ``people``."""
    names = mention_names(minutes)
    if len(index) != len(people):
        return dict(people)
    keys = index.candidates(names)
    return {k: p for k, p in people.items() if k in keys}

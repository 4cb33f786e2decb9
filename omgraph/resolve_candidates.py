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

from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz, process

from omgraph.model import Minutes, Person


def _norm(name: str) -> str:
    from omgraph.resolve import norm

    return norm(name)


class KnownPeopleIndex:
    """Known people by normalised family name, given name and family initial."""

    def __init__(self) -> None:
        self._names: dict[str, tuple[str, str]] = {}  # key -> (family, given), normalised
        self._by_family: dict[str, set[str]] = {}
        self._by_given: dict[str, set[str]] = {}
        self._families: list[str] | None = None  # choices for fuzzy lookup, rebuilt when stale

    def __len__(self) -> int:
        return len(self._names)

    def update(self, people: Mapping[str, Person]) -> None:
        """Add people, or replace those whose key is already indexed."""
        for key, person in people.items():
            names = (_norm(person.family), _norm(person.given))
            old = self._names.get(key)
            if old == names:
                continue
            if old is not None:
                self._by_family.get(old[0], set()).discard(key)
                self._by_given.get(old[1], set()).discard(key)
            self._names[key] = names
            if names[0] not in self._by_family:
                self._families = None
            self._by_family.setdefault(names[0], set()).add(key)
            self._by_given.setdefault(names[1], set()).add(key)

    def candidates(self, names: Iterable[tuple[str, str]]) -> set[str]:
        """Keys of the people that mentions written as ``(family, given)`` may mean."""
        found: set[str] = set()
        for family, given in set(names):
            fam, giv = _norm(family), _norm(given)
            same_given = self._by_given.get(giv, set())
            if not fam:
                found |= same_given
            elif len(fam) == 1:
                found |= {k for k in same_given if self._names[k][0].startswith(fam)}
            elif len(fam) < 5:
                found |= self._by_family.get(fam, set())
            else:
                for choice, _, _ in process.extract(
                    fam, self._choices(), scorer=fuzz.ratio, score_cutoff=79.9, limit=None
                ):
                    found |= self._by_family[choice]
        return found

    def _choices(self) -> list[str]:
        if self._families is None:
            self._families = [f for f, keys in self._by_family.items() if f and keys]
        return self._families


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

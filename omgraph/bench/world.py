"""The world a benchmark corpus describes: organisations, people, working groups, over time.

People belong to one organisation at a time and some change organisation; working groups have
members who join and leave. Everything is drawn from one seeded :class:`random.Random`, and
nothing depends on how many meetings are generated, so a corpus of 10 is the prefix of a
corpus of 1,000 with the same seed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from dataclasses import dataclass

from omgraph.bench.names import FAMILY, GIVEN_FEMALE, GIVEN_MALE, pick_title
from omgraph.bench.orgs import ORGANISATIONS, OrgSpec

START = dt.date(2019, 1, 15)
"""First day of the world's history (the first meeting is soon after)."""
HORIZON_DAYS = 365 * 16
"""Org changes and group membership changes are drawn over this many days from :data:`START`."""

_CORE: tuple[tuple[str, str, str, str, str], ...] = (
    ("", "Helmut", "Ehnes", "m", "smgv"),
    ("", "Oleg", "Cernavin", "m", "smgv"),
    ("", "Angelika", "Stockinger", "f", "smgv"),
    ("", "Maria", "Becker", "f", "bmg"),
    ("", "Markus", "Müller", "m", "bmas"),
    ("Dr.", "Henning", "Krassen", "m", "bmbf"),
    ("Dr.", "Stefan", "Dreier", "m", "dguv"),
    ("", "Sieglinde", "Ludwig", "f", "dguv"),
    ("", "Birgit", "Domschke", "f", "ba"),
    ("", "Rolf", "Papenfuß", "m", "zdh"),
    ("", "Karl-Heinz", "Bonjean", "m", "bstbk"),
    ("Dr.", "Carola", "Fischer", "f", "bstbk"),
    ("", "Bruno", "Schmalen", "m", "bdvt"),
    ("", "Kristina", "Mangold", "f", "itb"),
    ("", "Boje", "Dohrn", "m", "ibwf"),
    ("", "Michael", "Blum", "m", "dnbgf"),
    ("Prof. Dr.", "Oliver", "Kruse", "m", "hsbb"),
    ("", "Margarete", "Peters", "f", "vbu"),
    ("", "Christof", "Göbel", "m", "bgrci"),
    ("", "Sven", "Rodenhäuser", "m", "bghm"),
)
"""People of the real seed minutes, so that the corpus contains the seed's cast."""


@dataclass(frozen=True)
class PersonSpec:
    """A person of the generated world."""

    key: str
    """Stable key, e.g. ``"p0042"``."""
    given: str
    family: str
    title: str
    """``""``, ``"Dr."``, ``"Prof. Dr."``, ..."""
    gender: str
    """``"f"`` or ``"m"`` (for ``Frau``/``Herr``)."""
    orgs: tuple[tuple[dt.date, str], ...]
    """(from date, organisation key), sorted by date; the first starts at :data:`START`."""

    @property
    def name(self) -> str:
        """Canonical full name with title, e.g. ``"Dr. Stefan Dreier"``."""
        return f"{self.title} {self.given} {self.family}".strip()

    def org_at(self, day: dt.date) -> str:
        """Key of the organisation the person belongs to on ``day``."""
        starts = [start for start, _ in self.orgs]
        return self.orgs[max(0, bisect.bisect_right(starts, day) - 1)][1]


@dataclass(frozen=True)
class GroupSpec:
    """A working group, expert group or team of the network."""

    key: str
    name: str
    """Canonical name, e.g. ``"AG Transfer"``."""
    kind: str
    """``working-group``, ``expert-group`` or ``team``."""
    aliases: tuple[str, ...]
    """Other ways the minutes write it."""
    memberships: tuple[tuple[str, dt.date, dt.date | None], ...]
    """(person key, joined, left or ``None``)."""

    def members_at(self, day: dt.date) -> list[str]:
        """Keys of the members on ``day``, in a stable order."""
        return [p for p, start, end in self.memberships if start <= day and (end is None or day < end)]


_GROUPS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("ag-transfer", "AG Transfer", "working-group", ("Arbeitsgruppe Transfer", "OM-AG Transfer")),
    ("ag-beratung", "AG Beratungsverständnis", "working-group",
     ("Arbeitsgruppe Gemeinsames Beratungsverständnis", "AG Gemeinsames Beratungsverständnis")),
    ("fg-gesundheit", "Fachgruppe Gesundheit", "expert-group",
     ("OM-Fachgruppe „Gesundheit“", "FG Gesundheit")),
    ("koordinierungsteam", "Koordinierungsteam", "team", ("OM-Koordinierungsteam", "Koordinierungskreis")),
    ("ag-digital", "AG Digitale Transformation", "working-group",
     ("Arbeitsgruppe Digitale Transformation", "AG Digitalisierung")),
    ("fg-arbeitsschutz", "Fachgruppe Arbeitsschutz", "expert-group", ("FG Arbeitsschutz", "OM-Fachgruppe Arbeitsschutz")),
    ("ag-netzwerke", "AG Regionale Netzwerke", "working-group",
     ("Arbeitsgruppe Regionale Netzwerkarbeit", "AG Netzwerkarbeit")),
    ("fg-fachkraefte", "Fachgruppe Fachkräftesicherung", "expert-group",
     ("FG Fachkräftesicherung", "Fachgruppe Fachkräfte")),
)


@dataclass(frozen=True)
class World:
    """Organisations, people and groups; shared by every meeting of a corpus."""

    orgs: dict[str, OrgSpec]
    people: dict[str, PersonSpec]
    groups: dict[str, GroupSpec]
    circle: tuple[str, ...]
    """Keys of the people who represent their organisation in the Strategiekreis."""

    def people_of(self, org_key: str, day: dt.date) -> list[PersonSpec]:
        """Everyone in the organisation on ``day``."""
        return [p for p in self.people.values() if p.org_at(day) == org_key]


def _draw_day(rng: random.Random) -> dt.date:
    return START + dt.timedelta(days=rng.randrange(60, HORIZON_DAYS))


def build_world(seed: int, n_people: int = 400) -> World:
    """Build the world for ``seed``: ~60 organisations, ``n_people`` people, 8 groups.

    >>> w = build_world(0)
    >>> len(w.people), len(w.groups) >= 8, len(w.orgs) >= 60
    (400, True, True)
    """
    rng = random.Random(f"omgraph-bench-world:{seed}")
    orgs = {o.key: o for o in ORGANISATIONS}
    org_keys = list(orgs)
    weights = [4 if o.kind in ("ministry", "accident-insurer") else 2 if o.kind == "association" else 1
               for o in ORGANISATIONS]
    family_names = list(dict.fromkeys(FAMILY))
    seen: set[tuple[str, str]] = set()
    people: dict[str, PersonSpec] = {}

    def add(title: str, given: str, family: str, gender: str, org: str) -> None:
        key = f"p{len(people):04d}"
        history = [(START, org)]
        changes = 1 if rng.random() < 0.15 else 2 if rng.random() < 0.04 else 0
        for day in sorted(_draw_day(rng) for _ in range(changes)):
            new = rng.choices(org_keys, weights)[0]
            if new != history[-1][1]:
                history.append((day, new))
        people[key] = PersonSpec(key, given, family, title, gender, tuple(history))
        seen.add((given, family))

    for title, given, family, gender, org in _CORE:
        add(title, given, family, gender, org)
    # every organisation gets at least two people, then the rest by weight
    plan = [k for k in org_keys for _ in range(2)]
    while len(people) < n_people:
        org = plan.pop() if plan else rng.choices(org_keys, weights)[0]
        female = rng.random() < 0.45
        given = rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
        family = rng.choice(family_names)
        if (given, family) in seen:
            plan.append(org)
            continue
        add(pick_title(rng), given, family, "f" if female else "m", org)

    keys = list(people)
    circle = tuple(sorted(rng.sample(keys[len(_CORE):], 130) + keys[: len(_CORE)]))
    groups: dict[str, GroupSpec] = {}
    for gkey, name, kind, aliases in _GROUPS:
        pool = rng.sample(circle, 30)
        memberships = []
        for i, person in enumerate(pool):
            joined = START if i < 10 else _draw_day(rng)
            left = joined + dt.timedelta(days=rng.randrange(365, 365 * 6)) if rng.random() < 0.4 else None
            memberships.append((person, joined, left))
        groups[gkey] = GroupSpec(gkey, name, kind, aliases, tuple(memberships))
    return World(orgs, people, groups, circle)

"""The meetings of a corpus: when, which body, who came.

:func:`schedule` yields meetings in date order (every few days one of the bodies meets);
:func:`build_meeting` draws the attendance of one meeting from the world on that date.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass

from omgraph.bench import phrases
from omgraph.bench.world import START, World

STRATEGIEKREIS = "strategiekreis"
"""Body key of the Strategiekreis (the other bodies are group keys)."""


@dataclass(frozen=True)
class MeetingSpec:
    """One meeting, before it is written."""

    index: int
    body_key: str
    body: str
    """Canonical body name, ``"Strategiekreis"`` or a group name."""
    series: int
    """Ordinal of the meeting within its body's series."""
    date: dt.date
    start: dt.time
    end: dt.time
    city: str
    """Short place: a city, or ``"Videokonferenz"``."""
    venue: str
    present: tuple[str, ...]
    excused: tuple[str, ...]
    guests: tuple[str, ...]
    chair: str
    minutes: str

    @property
    def title(self) -> str:
        """Default title line."""
        if self.body_key == STRATEGIEKREIS:
            return f"{self.series}. Treffen des Strategiekreises der Offensive Mittelstand (OM)"
        return f"{self.series}. Sitzung {genitive(self.body)}"


def genitive(body: str) -> str:
    """``"der AG Transfer"``, ``"des Koordinierungsteams"``, ``"des Strategiekreises"``."""
    if body.endswith(("team", "kreis")):
        return f"des {body}s"
    return f"der {body}"


def schedule(world: World, seed: int) -> Iterator[tuple[dt.date, str, int]]:
    """Endless (date, body key, series number), dates increasing, independent of corpus size."""
    rng = random.Random(f"omgraph-bench-schedule:{seed}")
    day = START + dt.timedelta(days=rng.randint(7, 20))
    bodies = list(world.groups)
    series = dict.fromkeys([STRATEGIEKREIS, *bodies], 0)
    series[STRATEGIEKREIS] = 1  # the seed's meeting of November 2019 is the 2nd
    while True:
        body = STRATEGIEKREIS if rng.random() < 0.18 else rng.choice(bodies)
        series[body] += 1
        yield day, body, series[body]
        day += dt.timedelta(days=rng.randint(1, 5))
        if day.weekday() >= 5:
            day += dt.timedelta(days=7 - day.weekday())


def _times(rng: random.Random, long: bool) -> tuple[dt.time, dt.time]:
    start = rng.choice([(9, 30), (10, 0), (10, 30), (11, 0), (13, 0), (14, 0)] if long or rng.random() < 0.7
                       else [(15, 0), (16, 0), (17, 30)])
    minutes = start[0] * 60 + start[1] + (rng.randint(10, 13) * 30 if long else rng.randint(3, 9) * 30)
    minutes = min(minutes, 19 * 60 + 30)
    return dt.time(*start), dt.time(minutes // 60, minutes % 60)


def build_meeting(world: World, index: int, day: dt.date, body_key: str, series: int,
                  rng: random.Random) -> MeetingSpec:
    """Attendance, time and place of one meeting."""
    circle = list(world.circle)
    if body_key == STRATEGIEKREIS:
        body = "Strategiekreis"
        sample = rng.sample(circle, rng.randint(34, 52))
        n_present = len(sample) - rng.randint(0, 6)
        present, excused, guests = sample[:n_present], sample[n_present:], []
        chair = rng.choice(["p0000", "p0000", "p0001"])
        minutes = rng.choice(["p0002", "p0001"])
        for key in (chair, minutes):
            if key not in present:
                present.insert(0, key)
            if key in excused:
                excused.remove(key)
        start, end = _times(rng, long=True)
    else:
        group = world.groups[body_key]
        body = group.name
        members = group.members_at(day)
        rng.shuffle(members)
        n_excused = rng.randint(0, max(1, len(members) // 4))
        present, excused = members[n_excused:], members[:n_excused]
        others = [k for k in circle if k not in members]
        guests = rng.sample(others, rng.randint(0, 3))
        extra = rng.sample(others, max(0, 6 - len(present)))
        present += [k for k in extra if k not in guests]
        chair, minutes = present[0], present[1]
        start, end = _times(rng, long=False)
    present.sort(key=lambda k: (world.people[k].family, world.people[k].given))
    host = world.orgs[world.people[rng.choice(present)].org_at(day)]
    if body_key != STRATEGIEKREIS and rng.random() < 0.2:
        city, venue = "Videokonferenz", rng.choice(["Zoom", "MS Teams", "Webex", "BigBlueButton"])
    elif body_key == STRATEGIEKREIS and rng.random() < 0.6:
        city, venue = "Berlin", rng.choice([
            "Deutsche Rentenversicherung Berlin-Brandenburg, Knobelsdorffstr. 92, 14059 Berlin",
            "Bundesministerium für Arbeit und Soziales, Wilhelmstraße 49, 10117 Berlin",
            "DGUV, Glinkastraße 40, 10117 Berlin"])
    else:
        city, venue = host.city, f"{host.name}, {host.street} {host.city}"
    if city not in phrases.CITIES and city != "Videokonferenz" and rng.random() < 0.3:
        city, venue = "Berlin", "Haus der Offensive Mittelstand, Friedrichstraße 60, 10117 Berlin"
    return MeetingSpec(index, body_key, body, series, day, start, end, city, venue,
                       tuple(present), tuple(excused), tuple(guests), chair, minutes)

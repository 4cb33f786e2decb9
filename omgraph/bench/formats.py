"""How generated minutes write dates, times and votes, with the facts each form gives away.

A vote is written in one of many forms; :func:`write_vote` returns the words together with the
truth fields a perfect parser can read from exactly those words (``einstimmig`` gives no counts,
``(6/0/0)`` gives all three, ``mehrheitlich abgelehnt`` only the outcome).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

MONTHS: tuple[str, ...] = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)
WEEKDAYS: tuple[str, ...] = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")

DATE_STYLES: tuple[str, ...] = ("numeric", "short", "short-year", "long", "weekday", "day-month")


def write_date(day: dt.date, style: str = "numeric") -> str:
    """A date in one of :data:`DATE_STYLES`.

    >>> d = dt.date(2020, 4, 30)
    >>> [write_date(d, s) for s in DATE_STYLES]
    ['30.04.2020', '30.4.2020', '30.4.20', '30. April 2020', 'Do 30.4.', '30.4.']
    """
    if style == "numeric":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "short":
        return f"{day.day}.{day.month}.{day.year}"
    if style == "short-year":
        return f"{day.day}.{day.month}.{day.year % 100:02d}"
    if style == "long":
        return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
    if style == "weekday":
        return f"{WEEKDAYS[day.weekday()]} {day.day}.{day.month}."
    if style == "day-month":
        return f"{day.day}.{day.month}."
    raise ValueError(f"Unexpected date style: {style!r}")


def date_forms(day: dt.date) -> tuple[str, ...]:
    """Every form :func:`write_date` can give for ``day`` (for checking truth against text)."""
    return tuple(write_date(day, s) for s in DATE_STYLES)


def pick_date(rng: random.Random, day: dt.date, styles: tuple[str, ...] = DATE_STYLES) -> str:
    """A date in a style drawn from ``styles`` (numeric most often)."""
    style = "numeric" if "numeric" in styles and rng.random() < 0.5 else rng.choice(styles)
    return write_date(day, style)


def write_time(rng: random.Random, time: dt.time, spoken: bool = False) -> str:
    """``10:30``; with ``spoken=True`` the seed's ``11 Uhr 00`` / ``13Uhr30`` forms too."""
    if spoken:
        roll = rng.random()
        if roll < 0.45:
            return f"{time.hour} Uhr {time.minute:02d}"
        if roll < 0.85:
            return f"{time.hour}Uhr{time.minute:02d}"
    return f"{time.hour:02d}:{time.minute:02d}"


def hhmm(time: dt.time | None) -> str | None:
    """``"HH:MM"`` for the truth file."""
    return None if time is None else f"{time.hour:02d}:{time.minute:02d}"


@dataclass(frozen=True)
class VotePlan:
    """How a vote went, before it is written."""

    votes_for: int
    votes_against: int
    abstentions: int

    @property
    def adopted(self) -> bool:
        """More votes for than against."""
        return self.votes_for > self.votes_against


def draw_vote(rng: random.Random, voters: int) -> VotePlan:
    """A plausible vote of ``voters`` people: mostly unanimous, sometimes split or rejected."""
    roll = rng.random()
    if roll < 0.6:
        return VotePlan(voters, 0, 0)
    against = 0 if roll < 0.75 else rng.randint(1, max(1, voters // 3))
    abstain = rng.randint(0 if against else 1, 2)
    if roll > 0.95:
        against = voters - rng.randint(1, max(1, voters // 3)) - abstain
    return VotePlan(max(0, voters - against - abstain), max(0, against), abstain)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def write_vote(rng: random.Random, vote: VotePlan, formal: bool = True) -> tuple[str, dict[str, Any]]:
    """Words for ``vote`` and the truth fields they give.

    ``formal=False`` (the Strategiekreis style) only writes unanimous votes as prose.

    >>> text, truth = write_vote(random.Random(1), VotePlan(6, 0, 0))
    >>> truth["unanimous"]
    True
    """
    fields: dict[str, Any] = {"unanimous": None, "votes_for": None, "votes_against": None,
                              "abstentions": None, "outcome": "adopted" if vote.adopted else "rejected"}
    f, a, e = vote.votes_for, vote.votes_against, vote.abstentions
    clean = a == 0 and e == 0
    if not formal:
        forms = ["einstimmig", "keine"] if clean else ["prose"]
    elif clean:
        forms = ["einstimmig", "keine", "slash", "ja-nein", "dash"]
    else:
        forms = ["slash", "ja-nein", "prose", "mehrheitlich"] + (["dash", "ohne"] if a == 0 else ["nein-rest"])
    form = rng.choice(forms)
    verdict = "angenommen" if vote.adopted else "abgelehnt"
    if form == "einstimmig":
        fields["unanimous"] = True
        return f"einstimmig {verdict}" if formal else "einstimmig", fields
    if form == "keine":
        fields.update(unanimous=True, votes_against=0, abstentions=0)
        return "einstimmig, es gibt keine Gegenstimmen und keine Enthaltungen", fields
    fields.update(unanimous=clean)
    if form == "mehrheitlich":
        return f"mehrheitlich {verdict}", fields
    if form in ("slash", "ja-nein", "dash", "prose"):
        fields.update(votes_for=f, votes_against=a, abstentions=e)
    if form == "slash":
        return f"({f}/{a}/{e})", fields
    if form == "dash":
        return f"{f}/-/{e if e else '-'}", fields
    if form == "ja-nein":
        return f"Ja: {f}, Nein: {a}, Enthaltungen: {e}", fields
    if form == "prose":
        against = _plural(a, "Gegenstimme", "Gegenstimmen") if a else "keiner Gegenstimme"
        abst = _plural(e, "Enthaltung", "Enthaltungen") if e else "keiner Enthaltung"
        return f"mit {f} Ja-Stimmen bei {against} und {abst} {verdict}", fields
    if form == "ohne":
        fields.update(votes_against=0, abstentions=e)
        return f"ohne Gegenstimmen bei {_plural(e, 'Enthaltung', 'Enthaltungen')} {verdict}", fields
    fields.update(votes_against=a, abstentions=e)
    return f"{_plural(a, 'Nein-Stimme', 'Nein-Stimmen')}, {_plural(e, 'Enthaltung', 'Enthaltungen')}, ansonsten Ja-Stimmen – {verdict}", fields

"""A document being written: its lines, its truth, and the name-writing with seeded noise.

Layouts (:mod:`omgraph.bench.layout_strategiekreis`, :mod:`omgraph.bench.layout_protocol`)
append lines through a :class:`Doc` and record every fact they write in :attr:`Doc.truth`, so
the truth holds exactly what the text says.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from omgraph.bench import phrases
from omgraph.bench.formats import hhmm
from omgraph.bench.meeting import MeetingSpec
from omgraph.bench.names import given_variant, sharp_s_variant, surname_typo
from omgraph.bench.orgs import OrgSpec, write_org
from omgraph.bench.world import PersonSpec, World

NOISE_RATE = 0.05
"""Chance that a name written in full carries a spelling error (within the document's budget)."""


class Doc:
    """Lines and truth of one generated document."""

    def __init__(self, world: World, spec: MeetingSpec, rng: random.Random) -> None:
        self.world = world
        self.spec = spec
        self.rng = rng
        self.lines: list[str] = []
        self.noise_left = rng.randint(1, 4)
        self.attachments = 0
        self.truth: dict[str, Any] = {
            "meeting": {
                "title": spec.title, "body": spec.body, "date": spec.date.isoformat(),
                "start": hhmm(spec.start), "end": hhmm(spec.end), "place": spec.city,
                "chair": None, "minutes": None,
            },
            "participants": [], "excused": [], "guests": [], "agenda": [], "decisions": [],
            "groups": [], "world_cafe": [], "next_dates": [], "attachments": [],
            "future_topics": [], "mentions": [],
        }

    # --- text ---------------------------------------------------------------------------

    def add(self, *lines: str) -> None:
        """Append lines (each may be empty)."""
        self.lines.extend(lines)

    def text(self) -> str:
        """The document text, ending in one newline."""
        return "\n".join(self.lines).rstrip("\n") + "\n"

    def fill(self, template: str) -> str:
        """``template`` with its fields drawn from the phrase banks."""
        rng = self.rng
        topic, topic2 = rng.sample(phrases.TOPICS, 2)
        return template.format(
            topic=topic, topic2=topic2, project=rng.choice(phrases.PROJECTS), city=rng.choice(phrases.CITIES),
            year=self.spec.date.year + rng.randint(0, 1), doc=rng.choice(phrases.DOCUMENTS),
        )

    def paragraph(self, sentences: int) -> str:
        """A paragraph of report sentences."""
        picked = self.rng.sample(phrases.REPORT, min(sentences, len(phrases.REPORT)))
        return " ".join(self.fill(s) for s in picked)

    # --- people and organisations -------------------------------------------------------

    def person(self, key: str) -> PersonSpec:
        """The person with ``key``."""
        return self.world.people[key]

    def org_of(self, key: str) -> OrgSpec:
        """The organisation the person belongs to on the meeting's date."""
        return self.world.orgs[self.person(key).org_at(self.spec.date)]

    def org_name(self, key: str, noisy: bool = True) -> str:
        """The person's organisation as written here."""
        return write_org(self.rng, self.org_of(key), noisy)

    def name(self, key: str, form: str = "full", noisy: bool = True) -> tuple[str, str]:
        """The person's name as written, and the noise applied (``""`` for none).

        ``form``: ``full`` (title given family), ``inverted`` (``Family, Given``), ``ref``
        (``Herr Family`` / ``Prof. Dr. Family`` / ``Given Family``), ``short`` (given family).
        Every written form other than the canonical name is recorded in ``truth["mentions"]``.
        """
        p = self.person(key)
        given, family, noise = p.given, p.family, ""
        if noisy and self.noise_left > 0 and self.rng.random() < NOISE_RATE:
            variant = given_variant(self.rng, given) if self.rng.random() < 0.5 else None
            if variant:
                given, noise = variant, "given"
            else:
                family, noise = surname_typo(self.rng, family), "typo"
            self.noise_left -= 1
        elif noisy and "ß" in family and self.rng.random() < 0.3:
            family, noise = sharp_s_variant(family) or family, "sharp-s"
        if form == "inverted":
            written = f"{family}, {given}"
        elif form == "ref":
            if p.title.startswith("Prof") and self.rng.random() < 0.6:
                written = f"{p.title} {family}"
            elif self.rng.random() < 0.7:
                written = f"{'Frau' if p.gender == 'f' else 'Herr'} {family}"
            else:
                written = f"{given} {family}"
        elif form == "short":
            written = f"{given} {family}"
        else:
            written = f"{p.title} {given} {family}".strip()
        if written != p.name:
            self.truth["mentions"].append({"as_written": written, "person": p.name, "noise": noise})
        return written, noise

    def attendee(self, key: str, role: str, form: str = "full", with_org: str = "paren") -> str:
        """Write an attendance entry and record it under ``participants``/``excused``/``guests``.

        ``with_org``: ``paren`` -> ``Name (Org)``, ``comma`` -> ``Name, Org``, ``none`` -> name.
        """
        written, noise = self.name(key, form)
        org_written = self.org_name(key)
        entry = {"person": self.person(key).name, "organisation": self.org_of(key).name,
                 "as_written": written, "org_as_written": org_written, "noise": noise}
        self.truth[role].append(entry)
        if with_org == "paren":
            return f"{written} ({org_written})"
        if with_org == "comma":
            return f"{written}, {org_written}"
        return written

    # --- facts --------------------------------------------------------------------------

    def agenda(self, number: str, title: str, start: dt.time | None, presenters: list[str],
               is_break: bool = False) -> None:
        """Record an agenda item (presenters as person keys)."""
        self.truth["agenda"].append({
            "number": number, "title": title, "start": hhmm(start),
            "presenters": [self.person(k).name for k in presenters], "is_break": is_break,
        })

    def decision(self, item: str, kind: str, text: str, vote: dict[str, Any] | None = None,
                 assignees: list[str] | None = None, due: dt.date | None = None) -> None:
        """Record a decision; ``assignees`` are canonical person or group names."""
        fields = vote or {"unanimous": None, "votes_for": None, "votes_against": None,
                          "abstentions": None, "outcome": None}
        self.truth["decisions"].append({
            "item": item, "kind": kind, "text": text, **fields,
            "assignees": list(assignees or []), "due": due.isoformat() if due else None,
        })

    def attachment(self, item: str) -> int:
        """The next attachment number, recorded for agenda item ``item``."""
        self.attachments += 1
        self.truth["attachments"].append({"number": self.attachments, "item": item})
        return self.attachments

    def group_members(self, group_key: str, members: list[str]) -> None:
        """Record a membership list of a group (person keys)."""
        self.truth["groups"].append({
            "name": self.world.groups[group_key].name,
            "members": [{"person": self.person(k).name, "organisation": self.org_of(k).name}
                        for k in members],
        })

    def next_date(self, day: dt.date, title: str, place: str) -> None:
        """Record a next date."""
        self.truth["next_dates"].append({"date": day.isoformat(), "title": title, "place": place})

"""Blocks of content shared by the layouts: discussion, agreements, membership lists, dates.

Each function writes through a :class:`~omgraph.bench.doc.Doc` and records the facts it
writes in the doc's truth.
"""

from __future__ import annotations

import datetime as dt

from omgraph.bench import phrases
from omgraph.bench.doc import Doc
from omgraph.bench.formats import pick_date
from omgraph.bench.meeting import STRATEGIEKREIS


def speaker(doc: Doc, key: str) -> str:
    """A speaker as the seed writes one: ``Name Org``, ``Name (Org)``, ``Frau X`` ..."""
    rng = doc.rng
    roll = rng.random()
    form = "ref" if roll < 0.25 else "short" if roll < 0.8 else "full"
    written, _ = doc.name(key, form)
    org_roll = rng.random()
    if org_roll < 0.35:
        return f"{written} {doc.org_name(key)}"
    if org_roll < 0.6:
        return f"{written} ({doc.org_name(key)})"
    if org_roll < 0.7:
        return f"{written}, {doc.org_name(key)},"
    return written


def discussion(doc: Doc, people: list[str], answerer: str | None, count: int) -> list[str]:
    """Paragraphs of a discussion: questions with answers and remarks."""
    rng = doc.rng
    out: list[str] = []
    for key in rng.sample(people, min(count, len(people))):
        if answerer and rng.random() < 0.35:
            who = speaker(doc, key).rstrip(",")
            out.append(f"{who}: {rng.choice(phrases.QUESTIONS)}")
            ans, _ = doc.name(answerer, "short")
            out.append(f"{ans}: {doc.fill(rng.choice(phrases.ANSWERS))}")
        else:
            out.append(f"{speaker(doc, key)} {doc.fill(rng.choice(phrases.STATEMENTS))}.")
    return out


def group_written(doc: Doc, group_key: str) -> str:
    """A group's name as written: canonical or an alias."""
    group = doc.world.groups[group_key]
    return group.name if doc.rng.random() < 0.6 else doc.rng.choice(group.aliases)


def agreement(doc: Doc, item: str, group_keys: list[str]) -> str:
    """``<Group> wird gebeten, <action>.`` recorded as an agreement for the groups."""
    names = [group_written(doc, g) for g in group_keys]
    subject = " und die ".join(names)
    verb = "werden" if len(names) > 1 else "wird"
    article = "Das" if names[0].endswith(("team", "kreis")) else "Die"
    text = f"{article} {subject} {verb} gebeten, {doc.fill(doc.rng.choice(phrases.ACTIONS))}"
    doc.decision(item, "agreement", text, assignees=[doc.world.groups[g].name for g in group_keys])
    return text + "."


def membership_line(doc: Doc, group_key: str, day: dt.date) -> str:
    """``A/ B (Org), C (Org); D Org`` for the group's members on ``day`` (recorded)."""
    rng = doc.rng
    members = doc.world.groups[group_key].members_at(day)
    by_org: dict[str, list[str]] = {}
    for key in members:
        by_org.setdefault(doc.org_of(key).key, []).append(key)
    parts: list[str] = []
    recorded: list[str] = []
    for keys in by_org.values():
        names = []
        for key in keys:
            person = doc.person(key)
            if person.title and rng.random() < 0.3:
                written = f"{person.title} {person.family}"
                doc.truth["mentions"].append({"as_written": written, "person": person.name, "noise": ""})
            else:
                written, _ = doc.name(key, "full")
            names.append(written)
            recorded.append(key)
        sep = rng.choice(["/ ", "/"])
        org = doc.org_name(keys[0])
        parts.append(f"{sep.join(names)} ({org})" if rng.random() < 0.85 else f"{sep.join(names)} {org}")
    text = ""
    for i, part in enumerate(parts):
        text += part if i == 0 else rng.choice([", ", ", ", ", ", "; "]) + part
    doc.group_members(group_key, recorded)
    return text


def next_dates(doc: Doc, styles: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """Two or three coming dates as (date text, title, place), recorded."""
    rng = doc.rng
    spec = doc.spec
    out = []
    day = spec.date
    for _ in range(rng.randint(2, 3)):
        day += dt.timedelta(weeks=rng.randint(3, 16))
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        if rng.random() < 0.5 or spec.body_key == STRATEGIEKREIS:
            title = "Strategiekreis" if rng.random() < 0.6 else rng.choice(list(doc.world.groups.values())).name
        else:
            title = spec.body
        place = rng.choice(phrases.CITIES[:6])
        allowed = styles if day.year == spec.date.year else tuple(s for s in styles if s not in ("weekday", "day-month"))
        text = pick_date(rng, day, allowed or ("numeric",))
        doc.next_date(day, title, place)
        out.append((text, title, place))
    return out

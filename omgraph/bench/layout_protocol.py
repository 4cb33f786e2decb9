"""The working-group layouts: ``keyvalue`` (plain text) and ``markdown``.

keyvalue: ``Protokoll der Sitzung der AG Transfer``, ``Datum:``/``Ort:``/``Zeit:`` (or
``Beginn:``/``Ende:``), ``Sitzungsleitung:``, ``Protokoll:``, ``Anwesend:``/``Entschuldigt:``/
``Gäste:`` lists in three name styles, ``TOP 3:``/``TOP 3 -``/``TOP 7.1`` headings, votes in
many forms, ``Aufgaben:``/``To-do:`` lists and tasks in prose.

markdown: YAML front matter or a ``# Protokoll`` title with ``**Datum:**`` lines, a
``| Name | Organisation |`` table, ``## TOP 3: Titel`` headings, ``**Beschluss:**`` markers.
"""

from __future__ import annotations

import datetime as dt

from omgraph.bench import phrases
from omgraph.bench.content import agreement, discussion, group_written, membership_line, next_dates
from omgraph.bench.doc import Doc
from omgraph.bench.formats import draw_vote, pick_date, write_time, write_vote
from omgraph.bench.meeting import genitive

_TITLES = (
    "Bericht zum Thema {topic}", "Projekt „{project}“", "Stand der Arbeiten: {topic}",
    "Planung der Fachveranstaltung in {city}", "{topic} und {topic2}", "Rückblick auf die Tagung in {city}",
    "Überarbeitung der Vorlage {doc}", "Austausch zu {topic}",
)


def render_protocol(doc: Doc, markdown: bool) -> None:
    """Write a working-group protocol in the keyvalue (``markdown=False``) or markdown layout."""
    rng, spec = doc.rng, doc.spec
    title = rng.choice([f"Protokoll der Sitzung {genitive(spec.body)}",
                        f"Protokoll der {spec.series}. Sitzung {genitive(spec.body)}",
                        f"Ergebnisprotokoll der Sitzung {genitive(spec.body)}"])
    doc.truth["meeting"]["title"] = title
    date_styles = ("numeric", "short", "short-year", "long", "weekday")
    day_text = pick_date(rng, spec.date, ("numeric", "long") if markdown else date_styles)
    if spec.date.weekday() < 5 and day_text.startswith(("Mo ", "Di ", "Mi ", "Do ", "Fr ")):
        day_text += str(spec.date.year)  # "Di 12.5.2020": the header needs the year
    place = f"Videokonferenz ({spec.venue})" if spec.city == "Videokonferenz" else spec.venue
    chair, _ = doc.name(spec.chair, "short")
    minutes, _ = doc.name(spec.minutes, "short")
    doc.truth["meeting"]["chair"] = doc.person(spec.chair).name
    doc.truth["meeting"]["minutes"] = doc.person(spec.minutes).name
    start, end = write_time(rng, spec.start), write_time(rng, spec.end)
    if markdown and rng.random() < 0.5:
        doc.add("---", f"title: {title}", f"date: {spec.date.isoformat()}", f"ort: {spec.city}",
                f'beginn: "{start}"', f'ende: "{end}"', f"protokoll: {minutes}", "---", "",
                f"# {title}", "")
    else:
        bold = "**" if markdown else ""
        end_line = "  " if markdown else ""
        doc.add(f"# {title}" if markdown else title, "", f"{bold}Datum:{bold} {day_text}{end_line}",
                f"{bold}Ort:{bold} {place}{end_line}")
        if rng.random() < 0.5:
            dash = rng.choice([" - ", "–", " – "])
            doc.add(f"{bold}Zeit:{bold} {start}{dash}{end} Uhr{end_line}")
        else:
            doc.add(f"{bold}Beginn:{bold} {start} Uhr{end_line}", f"{bold}Ende:{bold} {end} Uhr{end_line}")
        doc.add(f"{bold}{rng.choice(['Sitzungsleitung', 'Moderation'])}:{bold} {chair}{end_line}",
                f"{bold}Protokoll:{bold} {minutes}", "")
    _attendance(doc, markdown)
    items = _plan(doc)
    _agenda(doc, items, markdown)
    for number, title, presenters, kind in items:
        level = "### " if "." in number else "## "
        if markdown:
            doc.add(f"{level}TOP {number}: {title}", "")
        else:
            doc.add(rng.choice([f"TOP {number}: {title}", f"TOP {number} - {title}", f"TOP {number} {title}",
                                f"Top {number}: {title}"]), "")
        _section(doc, number, kind, presenters, markdown)
    if doc.attachments:
        doc.add(f"Anlagen: {doc.attachments}")


def _attendance(doc: Doc, markdown: bool) -> None:
    rng, spec = doc.rng, doc.spec
    form, with_org = rng.choice([("full", "paren"), ("full", "comma"), ("inverted", "paren")])
    if markdown and rng.random() < 0.7:
        doc.add("## Teilnehmende", "", "| Name | Organisation |", "|---|---|")
        for key in spec.present:
            written, _ = doc.name(key, "full")
            org = doc.org_name(key)
            doc.truth["participants"].append({"person": doc.person(key).name, "organisation": doc.org_of(key).name,
                                              "as_written": written, "org_as_written": org, "noise": _noise(doc, key, written)})
            doc.add(f"| {written} | {org} |")
        doc.add("")
    else:
        label = rng.choice(["Anwesend:", "Teilnehmende:", "Anwesende:"])
        if markdown:
            doc.add(f"## {label[:-1]}", "")
        else:
            doc.add(label)
        doc.add(*(f"- {doc.attendee(k, 'participants', form, with_org)}" for k in spec.present), "")
    for role, keys, label in (("excused", spec.excused, "Entschuldigt"), ("guests", spec.guests, "Gäste")):
        if keys:
            doc.add(f"## {label}" if markdown else f"{label}:", *([""] if markdown else []))
            doc.add(*(f"- {doc.attendee(k, role, form, with_org)}" for k in keys), "")


def _noise(doc: Doc, key: str, written: str) -> str:
    for m in reversed(doc.truth["mentions"]):
        if m["as_written"] == written and m["person"] == doc.person(key).name:
            return str(m["noise"])
    return ""


def _plan(doc: Doc) -> list[tuple[str, str, list[str], str]]:
    """Agenda as (number, title, presenter keys, kind)."""
    rng = doc.rng
    present = list(doc.spec.present)
    items: list[tuple[str, str, list[str], str]] = [("1", "Begrüßung und Genehmigung der Tagesordnung", [], "welcome")]
    n = 1
    for _ in range(rng.randint(4, 8)):
        n += 1
        presenters = rng.sample(present, rng.choice([0, 1, 1, 2]))
        items.append((str(n), doc.fill(rng.choice(_TITLES)), presenters, "topic"))
        if rng.random() < 0.15:
            for sub in (1, 2):
                items.append((f"{n}.{sub}", doc.fill(rng.choice(_TITLES)), rng.sample(present, 1), "topic"))
    if rng.random() < 0.35:
        n += 1
        items.append((str(n), "Zusammensetzung der Arbeitsgruppe", [], "members"))
    items.append((str(n + 1), "Verschiedenes und nächste Termine", [], "misc"))
    return items


def _agenda(doc: Doc, items: list[tuple[str, str, list[str], str]], markdown: bool) -> None:
    rng, spec = doc.rng, doc.spec
    timed = rng.random() < 0.4
    top_style = not markdown and rng.random() < 0.5
    span = (spec.end.hour * 60 + spec.end.minute) - (spec.start.hour * 60 + spec.start.minute)
    step = max(5, span // len(items) // 5 * 5)
    doc.add("## Tagesordnung" if markdown else rng.choice(["Tagesordnung:", "Tagesordnung", "Agenda:"]), "")
    for i, (number, title, presenters, _) in enumerate(items):
        total = spec.start.hour * 60 + spec.start.minute + i * step
        start = dt.time(total // 60, total % 60) if timed else None
        extras = [doc.name(k, "full", noisy=False)[0] for k in presenters]
        if start:
            extras.append(f"{write_time(rng, start)} Uhr")
        suffix = f" ({', '.join(extras)})" if extras else ""
        if not top_style:
            doc.add(f"{number}. {title}{suffix}" if "." not in number else f"   {number} {title}{suffix}")
        else:
            doc.add(f"TOP {number}: {title}{suffix}")
        doc.agenda(number, title, start, presenters)
    doc.add("")


def _vote_line(doc: Doc, number: str, markdown: bool, text: str = "") -> str:
    rng = doc.rng
    text = text or doc.fill(rng.choice(phrases.RESOLUTIONS))
    vote_text, fields = write_vote(rng, draw_vote(rng, len(doc.spec.present)))
    doc.decision(number, "resolution", text, fields)
    marker = "**Beschluss:**" if markdown else "Beschluss:"
    form = rng.random()
    if form < 0.4:
        return f"{marker} {text} – {vote_text}."
    if form < 0.7:
        return f"{marker} {text}. Abstimmung: {vote_text}"
    return f"{marker} {text}.\n\nAbstimmungsergebnis: {vote_text}"


def _tasks(doc: Doc, number: str, markdown: bool) -> list[str]:
    rng, spec = doc.rng, doc.spec
    present = list(spec.present)
    lines: list[str] = []
    listed = rng.random() < 0.6
    if listed:
        lines.append(rng.choice(["**Aufgaben:**", "**To-do:**"] if markdown else ["Aufgaben:", "To-do:"]))
    for _ in range(rng.randint(1, 4)):
        noun, verb = rng.choice(phrases.TASKS)
        noun = doc.fill(noun)
        due = spec.date + dt.timedelta(days=rng.randint(7, 90)) if rng.random() < 0.8 else None
        styles: tuple[str, ...] = ("numeric", "short", "short-year", "long")
        if due and due.year == spec.date.year:
            styles += ("weekday", "day-month")
        due_text = f" bis {pick_date(rng, due, styles)}" if due else ""
        if listed and rng.random() < 0.2:
            group = rng.choice(list(doc.world.groups))
            who, assignee = group_written(doc, group), doc.world.groups[group].name
        else:
            key = rng.choice(present)
            who, assignee = doc.name(key, rng.choice(["short", "full", "ref"]))[0], doc.person(key).name
        if listed:
            text = f"{noun} {verb}"
            box = "- [ ] " if markdown and rng.random() < 0.5 else "- "
            lines.append(f"{box}{who}: {text}{due_text}")
        elif rng.random() < 0.5 or not due:
            text = noun
            lines.append(f"{who} kümmert sich um {noun}{due_text}" + ("" if due_text.endswith(".") else "."))
        else:
            text = noun
            lines.append(f"{who} arbeitet {noun}{due_text} in den Entwurf ein.")
        doc.decision(number, "task", text, assignees=[assignee], due=due)
    return lines


def _section(doc: Doc, number: str, kind: str, presenters: list[str], markdown: bool) -> None:
    rng, spec = doc.rng, doc.spec
    present = list(spec.present)
    if kind == "welcome":
        doc.add(f"{doc.name(spec.chair, 'short')[0]} begrüßt die Anwesenden. Die Tagesordnung wird ohne Änderungen angenommen.", "")
        if rng.random() < 0.5:
            doc.add(_vote_line(doc, number, markdown, "Das Protokoll der letzten Sitzung wird genehmigt"), "")
    elif kind == "topic":
        lead = doc.name(presenters[0], "short")[0] + " berichtet. " if presenters else ""
        doc.add(lead + doc.paragraph(rng.randint(3, 5)), "")
        if rng.random() < 0.7:
            doc.add(doc.paragraph(rng.randint(2, 3)), "")
        if rng.random() < 0.3:
            doc.add(f"Die Präsentation ist dem Protokoll als Anlage {doc.attachment(number)} beigefügt.", "")
        if rng.random() < 0.6:
            for para in discussion(doc, present, presenters[0] if presenters else None, rng.randint(1, 3)):
                doc.add(f"- {para}" if markdown else para, "")
        if rng.random() < 0.5:
            doc.add(_vote_line(doc, number, markdown), "")
        if rng.random() < 0.3:
            marker = "**Vereinbarung:**" if markdown else "Vereinbarung:"
            doc.add(f"{marker} {agreement(doc, number, [rng.choice(list(doc.world.groups))])}", "")
        if rng.random() < 0.5:
            doc.add(*_tasks(doc, number, markdown), "")
    elif kind == "members":
        group_key = spec.body_key if spec.body_key in doc.world.groups else rng.choice(list(doc.world.groups))
        article = "Dem" if doc.world.groups[group_key].kind == "team" else "Der"
        doc.add(f"{article} {group_written(doc, group_key)} gehören derzeit an: {membership_line(doc, group_key, spec.date)}", "")
    elif kind == "misc":
        doc.add(doc.paragraph(1), "", "**Nächste Termine:**" if markdown else "Nächste Termine:", "")
        for text, title, place in next_dates(doc, ("numeric", "short", "long", "weekday")):
            doc.add(rng.choice([f"- {text} {title} in {place}", f"- {text}: {title}, {place}"]))
        doc.add("")

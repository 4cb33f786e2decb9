"""The Strategiekreis layout: exactly the shape of the real seed minutes.

Header lines (title, ``21. November 2019, Berlin, 11:00 - 16:30 Uhr``, venue), one long
``Teilnehmer:`` line, a tab-separated agenda table with presenters and ``11 Uhr 00`` times,
``Top N: Title`` sections with ``Diskussion:``, ``Vereinbarung:``/``Beschluss:``, World-Café
results, ``Der Arbeitsgruppe gehören an:``, future topics and ``Als nächste Termine ...``.
"""

from __future__ import annotations

import datetime as dt

from omgraph.bench import phrases
from omgraph.bench.content import agreement, discussion, group_written, membership_line, next_dates
from omgraph.bench.doc import Doc
from omgraph.bench.formats import VotePlan, draw_vote, write_date, write_time, write_vote
from omgraph.bench.meeting import genitive

_MINISTRY_KINDS = ("ministry", "federal-agency")


def _plan(doc: Doc) -> list[tuple[str, str, list[str]]]:
    """Agenda as (kind, title, presenter keys)."""
    rng, spec = doc.rng, doc.spec
    present = list(spec.present)
    ministry = [k for k in present if doc.org_of(k).kind in _MINISTRY_KINDS]
    rng.shuffle(ministry)
    items: list[tuple[str, str, list[str]]] = [("welcome", "Begrüßung", [])]
    items.append(("reports", rng.choice(["Neues aus Bundesministerien", "Neues aus den Bundesministerien",
                                         "Berichte aus den Bundesministerien"]),
                  ministry[: rng.randint(1, 3)] or rng.sample(present, 2)))
    items.append(("resolution", doc.fill(f"Vorlage {rng.choice(phrases.DOCUMENTS)} – Diskussion und Verabschiedung"),
                  [rng.choice(present)]))
    items.append(("break", "Mittagspause", []))
    group_key = rng.choice(list(doc.world.groups))
    members = [k for k in doc.world.groups[group_key].members_at(spec.date) if k in present]
    items.append(("group:" + group_key, f"Bericht aus {genitive(doc.world.groups[group_key].name)}",
                  members[:2] or [rng.choice(present)]))
    if rng.random() < 0.6:
        items.append(("worldcafe", doc.fill("Diskussion zum Thema {topic} in parallel laufenden World-Café-Kreisen"), []))
        items.append(("break", "Pause", []))
    if rng.random() < 0.7:
        items.append(("topics", "Zukunfts-Themen für den Mittelstand – Erste Schritte zu einem gemeinsamen Arbeitsprogramm", []))
    if rng.random() < 0.5:
        items.append(("resolution", doc.fill(f"Vorlage {rng.choice(phrases.DOCUMENTS)} – Diskussion und Verabschiedung"),
                      rng.sample(present, rng.randint(1, 2))))
    items.append(("misc", "Verschiedenes und nächste Termine", []))
    return items


def _at(start: dt.time, minutes: int) -> dt.time:
    total = start.hour * 60 + start.minute + minutes
    return dt.time(total // 60, total % 60)


def render_strategiekreis(doc: Doc) -> None:
    """Write the whole document in the seed's layout."""
    rng, spec = doc.rng, doc.spec
    doc.add("", "", "", "", "Tagesordnung", "", spec.title, "",
            f"{write_date(spec.date, 'long')}, {spec.city}, {write_time(rng, spec.start)} - "
            f"{write_time(rng, spec.end)} Uhr", "", spec.venue, "")
    entries = [doc.attendee(k, "participants") for k in spec.present]
    line = "Teilnehmer: " + "".join(e + (", " if rng.random() < 0.95 else "; ") for e in entries).rstrip()
    doc.add(line, "")
    if spec.excused:
        doc.add("Entschuldigt: " + ", ".join(doc.attendee(k, "excused") for k in spec.excused), "")
    items = _plan(doc)
    span = (spec.end.hour * 60 + spec.end.minute) - (spec.start.hour * 60 + spec.start.minute)
    step = max(5, (span // len(items)) // 5 * 5)
    tables = _tables(doc) if any(kind == "worldcafe" for kind, _, _ in items) else []
    numbered = [i for i, (kind, _, _) in enumerate(items) if kind != "break"]
    number_of = {i: str(n + 1) for n, i in enumerate(numbered)}
    for i, (kind, title, presenters) in enumerate(items):
        start = _at(spec.start, i * step)
        last = i == len(items) - 1
        if last:
            start = _at(spec.end, -5)
        time_text = write_time(rng, start, spoken=True)
        if kind == "worldcafe" and rng.random() < 0.5:
            time_text = "Ca. " + time_text
        if last:
            time_text += f" Ende um {write_time(rng, spec.end, spoken=True)}"
        who = " ".join(f"{doc.name(k, 'full', noisy=False)[0]} ({doc.org_of(k).acronym or doc.org_of(k).name})"
                       for k in presenters)
        if kind in ("topics", "resolution") and not presenters:
            who = "Alle"
        number = number_of.get(i, "")
        label = "" if kind == "break" else (number if last and rng.random() < 0.5 else number + ".")
        doc.add(f"{label}\t{title}\t{who}\t{time_text}")
        doc.agenda(number, title, start, presenters, is_break=kind == "break")
        if kind == "worldcafe":
            for n, question, mods in tables:
                mod_text = "/".join(f"{doc.name(k, 'full', noisy=False)[0]} ({doc.org_of(k).acronym or doc.org_of(k).name})" for k in mods)
                doc.add(f"\t{n}. {question} Moderation: {mod_text}\t\t")
    doc.add("")
    for i, (kind, title, presenters) in enumerate(items):
        if kind == "break":
            continue
        number = number_of[i]
        sep = rng.choice([": ", ": ", ": ", " : "])
        head = f"Top {number}{sep}{title}" if rng.random() < 0.93 else f"Top{number}: {title}"
        if presenters and rng.random() < 0.4:
            head += f" ({doc.name(presenters[0], 'short')[0]})"
        doc.add(head, "")
        _section(doc, number, kind, presenters, tables)
        doc.add("")
    if doc.attachments:
        doc.add(f"{doc.attachments} Anlagen")


def _tables(doc: Doc) -> list[tuple[int, str, list[str]]]:
    rng = doc.rng
    present = list(doc.spec.present)
    questions = rng.sample(phrases.WC_QUESTIONS, rng.randint(2, 3))
    return [(n + 1, doc.fill(q), rng.sample(present, 2)) for n, q in enumerate(questions)]


def _section(doc: Doc, number: str, kind: str, presenters: list[str], tables: list[tuple[int, str, list[str]]]) -> None:
    rng, spec = doc.rng, doc.spec
    present = list(spec.present)
    if kind == "welcome":
        chair = doc.name(spec.chair, "short")[0]
        doc.add(f"{chair} begrüßt im Namen der Offensive Mittelstand und bedankt sich für die Gastfreundschaft in {spec.city}.",
                "", doc.paragraph(3))
    elif kind == "reports":
        for key in presenters:
            org = doc.org_of(key)
            doc.add(f"{doc.name(key, 'full')[0]} ({org.name}, Leitung des Referats {rng.choice('ABCDEFGH')}{rng.randint(1, 9)})", "")
            for _ in range(rng.randint(2, 3)):
                doc.add(doc.paragraph(rng.randint(2, 4)), "")
            if rng.random() < 0.4:
                doc.add(f"siehe Präsentation - **siehe Anlage {doc.attachment(number)}**", "")
            doc.add("Diskussion:", "")
            for para in discussion(doc, present, key, rng.randint(2, 4)):
                doc.add(para, "")
            doc.add(f"Vereinbarung: {agreement(doc, number, [rng.choice(list(doc.world.groups))])}", "", "")
    elif kind == "resolution":
        who = doc.name(presenters[0], "short")[0] if presenters else "Die Geschäftsstelle"
        doc.add(f"{who} erläutert kurz, welche Abstimmungsprozesse im letzten halben Jahr stattgefunden haben - "
                f"Siehe Präsentation **Anlage {doc.attachment(number)}**.", "", doc.paragraph(2), "", "Diskussion:", "")
        for para in discussion(doc, present, None, rng.randint(1, 3)):
            doc.add(para, "")
        text = doc.fill(rng.choice(phrases.RESOLUTIONS))
        vote = draw_vote(rng, len(present)) if rng.random() < 0.2 else VotePlan(len(present), 0, 0)
        vote_text, fields = write_vote(rng, vote, formal=False)
        doc.decision(number, "resolution", text, fields)
        body = f"*{text}*, {vote_text}." if rng.random() < 0.3 else f"{text}, {vote_text}."
        tail = f" – siehe Anlage {doc.attachment(number)}" if rng.random() < 0.5 else ""
        doc.add(f"Beschluss: {body}{tail}", "")
    elif kind.startswith("group:"):
        group_key = kind.split(":", 1)[1]
        who = doc.name(presenters[0], "short")[0]
        doc.add(f"{who} stellt vor, was die {group_written(doc, group_key)} erarbeitet hat.", "", doc.paragraph(3), "",
                "Diskussion:", "")
        for para in discussion(doc, present, presenters[0], rng.randint(1, 3)):
            doc.add(para, "")
        doc.add(f"Vereinbarung: {agreement(doc, number, [group_key])}", "")
        if rng.random() < 0.7:
            article = "Das bereits vorhandene" if doc.world.groups[group_key].kind == "team" else "Die bereits vorhandene"
            task = f"{article} {group_written(doc, group_key)} soll {doc.fill('ein Konzept zum Thema {topic}')} entwickeln."
            # a group asked to develop something: a task, as in the seed (TOP 5, l.199)
            doc.decision(number, "task", task, assignees=[doc.world.groups[group_key].name])
            doc.add(f"{task} Neue Mitglieder können sich gerne während des Plenums anmelden oder auch noch im Nachgang.", "")
            doc.add(f"Der Arbeitsgruppe gehören an: {membership_line(doc, group_key, spec.date)}", "")
    elif kind == "worldcafe":
        for n, question, mods in tables:
            doc.add(f"{n}. {question} {'/'.join(doc.name(k, 'full')[0] + f' ({doc.org_name(k)})' for k in mods)}")
        doc.add("")
        for n, question, mods in tables:
            results = [doc.fill(r) for r in rng.sample(phrases.WC_RESULTS, rng.randint(3, 7))]
            doc.truth["world_cafe"].append({"table": n, "question": question,
                                            "moderators": [doc.person(k).name for k in mods], "results": results})
            doc.add(f"Ergebnisse {'der ' if rng.random() < 0.3 else ''}Arbeitsgruppe {n}:", "", question, "", "")
            doc.add(*(f"- {r}) {res}" for r, res in enumerate(results, 1)), "")
        doc.add(f"Vereinbarung: {agreement(doc, number, [rng.choice(list(doc.world.groups))])}", "")
    elif kind == "topics":
        doc.add("Folgende Themen für die OM wurden als wichtig identifiziert:", "")
        for r, topic in enumerate(rng.sample(phrases.TOPICS, rng.randint(4, 9)), 1):
            proposers = rng.sample(present, rng.choice([0, 0, 1, 1, 2]))
            names = "/".join(doc.name(k, "ref")[0] for k in proposers)
            note = rng.choice(phrases.TOPIC_NOTES) if rng.random() < 0.2 else ""
            bracket = " – ".join(x for x in (note, names) if x)
            doc.add(f"- {r}) {topic}" + (f" ({bracket})" if bracket else ""))
            doc.truth["future_topics"].append({"topic": topic, "proposers": [doc.person(k).name for k in proposers]})
        doc.add("", f"Vereinbarung: {agreement(doc, number, ['koordinierungsteam', 'ag-transfer'])}")
    elif kind == "misc":
        doc.add(doc.paragraph(2), "", "Als nächste Termine wurden festgelegt:", "")
        for text, title, place in next_dates(doc, ("numeric",)):
            doc.add(f"- {text} {title} in {place}")

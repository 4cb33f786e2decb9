"""What each file of the real corpus (../shared/corpus/real/) contains, read by hand.

Written from the text of the minutes, not from the program's output. Every fact names the
line(s) it comes from ("l.12"). Facts a careful reader could argue either way (is a nested
sub-item an agenda item? is "Die Tagesordnung wird angenommen" a decision? was a candidate
present?) are ``optional``: accepted when the graph has them, not required.

Conventions
- ``top(number, title)``: an agenda item. ``number`` None = the minutes give no number (any
  number accepted); a tuple = any of these spellings. The title is matched by case-insensitive
  containment of ``key`` (default: the title's first three words).
- ``who(name, *aliases)``: a person. In ``participants`` they attended; ``optional`` there
  means attendance is likely but not stated. ``person_optional`` governs the ``people``
  check (default: the same as ``optional``).
- ``dec(item, kind, text, ...)``: a decision. ``text`` holds alternative phrases, one of which
  the decision's text must contain; ``item`` the agenda number (top level is compared; None =
  unnumbered); ``kind`` one kind or a tuple of kinds (``ANY`` = any); ``vote`` a ``votes()``
  (fields left None are not checked), ``ANY`` (whatever is recorded is accepted) or None (no
  vote is given in the minutes: recording one is wrong); ``assignees`` who must appear.
- ``when(date, *alternatives)``: a next date (meeting or event to come), ISO.
- ``meeting``: ``date`` exact (None = the file gives none); ``start``/``end`` "HH:MM" where
  written, None where not written (the graph must not invent one), a tuple = any of these.
"""

from __future__ import annotations

from typing import Any

ANY = "any"


def top(number: Any, title: str, *, key: str | None = None, optional: bool = False) -> dict:
    return {"number": number, "title": title, "key": key, "optional": optional}


def who(
    name: str, *aliases: str, optional: bool = False, person_optional: bool | None = None
) -> dict:
    return {
        "name": name,
        "aliases": aliases,
        "optional": optional,
        "person_optional": optional if person_optional is None else person_optional,
    }


def votes(
    yes: int | None = None,
    no: int | None = None,
    abstain: int | None = None,
    *,
    unanimous: bool | None = None,
    outcome: str | None = None,
) -> dict:
    return {
        "votes_for": yes,
        "votes_against": no,
        "abstentions": abstain,
        "unanimous": unanimous,
        "outcome": outcome,
    }


def dec(
    item: str | tuple[str, ...] | None,
    kind: Any,
    text: tuple[str, ...],
    *,
    vote: Any = None,
    assignees: tuple[str, ...] = (),
    optional: bool = False,
) -> dict:
    return {
        "item": item,
        "kind": kind,
        "text": text,
        "vote": vote,
        "assignees": assignees,
        "optional": optional,
    }


def when(date: str, *alternatives: str, optional: bool = False) -> dict:
    return {"dates": (date, *alternatives), "optional": optional}


RES = "resolution"
AGR = "agreement"
TASK = "task"
RES_AGR = (RES, AGR)
ADOPTED = "adopted"
REJECTED = "rejected"


EXPECTED: dict[str, dict] = {}

# --------------------------------------------------------------------------------------------
# 01 Makerspace Gütersloh, Mitgliederversammlung 27.02.2021 (Markdown, agenda as nested list,
# TOPn headings, Mentimeter votes "9 Ja-Stimmen, keine Nein-Stimme und 5 Enthaltungen")
# --------------------------------------------------------------------------------------------
EXPECTED["01_makerspace-guetersloh_mv-2021-02-27.md"] = {
    "meeting": {
        "date": "2021-02-27",  # l.2 "am 27. Februar 2021 um 11:00 Uhr"
        "start": "11:00",  # l.2
        "end": "13:19",  # l.189 "Die Versammlung wurde um 13:19 Uhr geschlossen"
    },
    "agenda_numbered": True,
    "agenda": [
        top("1", "Begrüßung durch den Vorstand"),  # l.13, l.53
        top("2", "Formalien"),  # l.14, l.58
        top("3", "Berichte"),  # l.18, l.65
        top("4", "Kassenprüfung"),  # l.27, l.92
        top("5", "Entlastungen"),  # l.30, l.100
        top("6", "Vorstandswahlen"),  # l.33, l.112
        top("7", "Vereinsziele für das Jahr 2021"),  # l.34, l.147
        top("8", "Sonstiges"),  # l.49, l.184
        # nested sub-items of the agenda list: genuinely items of a kind, not required
        top("2.1", "Wahl eines Versammlungsleiters", optional=True),  # l.15
        top("2.2", "Wahl eines Protokollführers", optional=True),  # l.16
        top("2.3", "Feststellung der ordentlichen Einberufung", optional=True),  # l.17
        top("3.1", "Bericht des Vorstands", optional=True),  # l.19, l.66
        top("3.2", "Bericht der Schatzmeisterin", optional=True),  # l.20, l.70
        top("3.3", "Umsetzung der Beschlüsse", optional=True),  # l.21, l.77
        top("3.3.1", "Schlüsselvergabe", optional=True),  # l.22, l.79
        top("3.3.2", "Bericht über exklusive Basteltreffen", optional=True),  # l.23, l.81
        top("3.3.3", "Maschinenansprechpartner", optional=True),  # l.24, l.83
        top("3.3.4", "Workshops", optional=True),  # l.25, l.85
        top("3.3.5", "Mitgliederkisten", optional=True),  # l.26, l.87
        top("4.1", "Wahl eines Kassenprüfers", optional=True),  # l.28
        top("4.2", "Bericht des Kassenprüfers", optional=True),  # l.29
        top("5.1", "Entlastung des Vorstands", optional=True),  # l.31
        top("5.2", "Entlastung der Schatzmeisterin", optional=True),  # l.32
        top("7.1", "neue Föderation", optional=True),  # l.35, l.149
        top("7.2", "Mensura - Minecraft", optional=True),  # l.42, l.157
        top("7.3", "Macadamia - Workshop Equipment", optional=True),  # l.43, l.159
        top("7.4", "Welcher Förderantrag als nächstes?", optional=True),  # l.44, l.173
        top("7.4.1", "Kitchen Raid", optional=True),  # l.45, l.177
        top("7.4.2", "Next Level", optional=True),  # l.46, l.178
        top("7.4.3", "Replicator", optional=True),  # l.47, l.179
        top("7.4.4", "Mario Kart Carrera Bahn", optional=True),  # l.48, l.180
        top("7.5", "Website Relaunch & Social Media Auftritt", optional=True),  # l.181 (body only)
    ],
    "participants": [
        # l.5 "Anwesende Mitglieder" (15 names)
        who("Jens-Peter Kubsch"),  # l.5 ("Jens" l.115)
        who("Jörn van Craenenbroeck"),  # l.5 ("Jörn betritt die Versammlung" l.108)
        who("Joscha Henkenjohann"),  # l.5
        who("Leon Farchau"),  # l.5, Versammlungsleiter l.59, l.195
        who("Markus Stickling"),  # l.5
        who("Martin Teuber"),  # l.5
        who("Michael Prange"),  # l.5, Protokollführer l.60, l.198
        who("Philip Markus"),  # l.5
        who("René Hézser"),  # l.5
        who("René Plitzko"),  # l.5
        who("Sarah Franke"),  # l.5
        who("Silke Aps"),  # l.5
        who("Simone Peitz"),  # l.5
        who("Tim Lakämper"),  # l.5, Kassenprüfer l.93
        who("Uta Rassow"),  # l.5, Schatzmeisterin l.71
        who("Kurt Gramlich"),  # l.8 "Gäste" (present; leaves l.169)
    ],
    "excused": [],
    "others": [],
    "decisions": [
        dec(  # l.101-102 Entlastung des Vorstands: 9 Ja, keine Nein, 5 Enthaltungen
            "5",
            RES,
            ("Entlastung des Vorstands", "9 Ja-Stimmen"),
            vote=votes(9, 0, 5, outcome=ADOPTED),
        ),
        dec(  # l.103-104 Entlastung der Schatzmeisterin: 12 Ja, keine Nein, 2 Enthaltungen
            "5",
            RES,
            ("Entlastung der Schatzmeisterin", "12 Ja-Stimmen"),
            vote=votes(12, 0, 2, outcome=ADOPTED),
        ),
        dec(  # l.160-161 Durchführung von Macadamia: 13 Ja, keine Nein, 2 Enthaltungen
            "7",
            RES,
            ("Macadamia", "13 Ja-Stimmen"),
            vote=votes(13, 0, 2, outcome=ADOPTED),
        ),
        # optional: appointments "mit Einverständnis aller Anwesenden" (l.59, l.60, l.93)
        dec("2", ANY, ("Versammlungsleitung",), vote=ANY, optional=True),  # l.59
        dec("2", ANY, ("Protokollführung",), vote=ANY, optional=True),  # l.60
        dec("4", ANY, ("Kassenprüfer",), vote=ANY, optional=True),  # l.93
        dec("4", ANY, ("Entlastung erteilt", "Unregelmäßigkeiten"), optional=True),  # l.95
        # optional: board election by table of votes, "nahmen die Wahl an" (l.130-143)
        dec(
            "6",
            ANY,
            ("Vorstandsmitglieder", "Wahl an", "Stimmen", "Kandidierende"),
            vote=ANY,
            optional=True,
        ),
        dec(
            "7", ANY, ("Förderantrag", "Reihenfolge", "Kitchen Raid"), vote=ANY, optional=True
        ),  # l.175-180
        # optional tasks / agreements in prose
        dec("3", ANY, ("Weberei",), assignees=(), optional=True),  # l.80 Leon spricht ... an
        dec("3", ANY, ("Sammelbestellung",), optional=True),  # l.88 ... von Leon organisiert
        dec("3", ANY, ("beibehalten", "übersichtliche Form"), optional=True),  # l.74
        dec("3", ANY, ("Quartalsberichte",), optional=True),  # l.75
        dec("3", ANY, ("GnuCash",), optional=True),  # l.76 (only a suggestion)
        dec("7", ANY, ("Website Relaunch", "Social Media"), optional=True),  # l.182 Uta
        dec("8", ANY, ("keine weiteren Tagesordnungspunkte",), optional=True),  # l.185
    ],
    "next_dates": [],
}

# --------------------------------------------------------------------------------------------
# 02 FSR Informatik Leipzig, Sitzung 11.11.2024 (Markdown bullets, "(6/0/0) angenommen")
# --------------------------------------------------------------------------------------------
EXPECTED["02_fsr-informatik-leipzig_sitzung-2024-11-11.md"] = {
    "meeting": {"date": "2024-11-11", "start": None, "end": None},  # l.4; no times written
    "agenda_numbered": True,
    "agenda": [
        top("1", "Organisatorisches"),  # l.13
        top("2", "Veranstaltungen"),  # l.35
        top("3", "Gremien-Arbeit"),  # l.55
        top("4", "Lehre und Studium"),  # l.58
        top("5", "E-Mails"),  # l.65
        top("6", "Finanzen"),  # l.73
        top("7", "Polizeipräsenz in der Uni"),  # l.79
        top("8", "FSR intern"),  # l.110
    ],
    "participants": [
        who("Erik T"),  # l.7 Gewählte Mitglieder
        who("Kevin"),  # l.7
        who("Jil"),  # l.7
        who("Yasmin"),  # l.7, Protokoll l.10
        who("Nikita"),  # l.7
        who("Pauline"),  # l.7
        # l.7 "(Florian)" in parentheses: present only partly or not at all? ambiguous
        who("Florian", optional=True, person_optional=False),
        who("Marlene"),  # l.8 Gäste
        who("Fabian"),  # l.8 Gäste
        # l.27 Mai applies to be co-opted in the meeting (likely there, not listed)
        who("Mai", optional=True, person_optional=False),
    ],
    "excused": [],
    "others": [
        who("Martin"),  # l.33 "Martin ung Florian haben ... die Rechte"
        who("Erik Paul"),  # l.52 (Jil fragt persönlich)
        who("Stadler", optional=True),  # l.52 surname only, in passing
        who("Bogdan", optional=True),  # l.52
        who("Gatter", optional=True),  # l.52
        who("Buchmann", optional=True),  # l.52
    ],
    "decisions": [
        dec("1", RES, ("Mai stellt Antrag", "Mai "), vote=votes(6, 0, 0, outcome=ADOPTED)),  # l.27
        dec(
            "1", RES, ("Fabian stellt Antrag", "Fabian"), vote=votes(6, 0, 0, outcome=ADOPTED)
        ),  # l.29
        dec(
            "1", RES, ("Marlene stellt Antrag", "Marlene"), vote=votes(6, 0, 0, outcome=ADOPTED)
        ),  # l.31
        dec("2", RES, ("Gema 40", "40€", "40 €"), vote=votes(6, 0, 0, outcome=ADOPTED)),  # l.40
        dec("2", RES, ("Verpflegung",), vote=votes(6, 0, 0, outcome=ADOPTED)),  # l.41
        dec(  # l.67-68 Antrag auf finanzielle Unterstützung am Chaos Communication Congress
            "5",
            RES,
            ("Chaos Communication", "finanzielle Unterstützung", "Congress", "Jil antwortet"),
            vote=votes(6, 0, 0, outcome=ADOPTED),
        ),
        dec(  # l.76-77 Antrag von Erik T für 1000 Sticker für 75,52€, "angenommen mit 6/0/0"
            "6",
            RES,
            ("Sticker", "75,52", "angenommen mit 6/0/0"),
            vote=votes(6, 0, 0, outcome=ADOPTED),
        ),
        # tasks in the issue's own pattern "X kümmert sich (um) ...", and an explicit todo
        dec("1", TASK, ("kümmert sich", "Äpfel", "Erstibeutel"), assignees=("Jil",)),  # l.14
        dec("2", TASK, ("Anmeldung bei der Gema", "Gema"), assignees=("Kevin",)),  # l.42
        dec("7", TASK, ("Zusammenfassung",), assignees=("Marlene",)),  # l.102 "todo: Marlene"
        # optional: further to-dos and agreements in prose
        dec("5", ANY, ("Jil antwortet", "antwortet"), optional=True),  # l.68
        dec("1", ANY, ("Beratungsstrukturen", "Erik T geht"), optional=True),  # l.21
        dec("1", ANY, ("git Zugänge", "Rechte"), optional=True),  # l.33
        dec("1", ANY, ("Awareness", "ausgearbeitet"), optional=True),  # l.24
        dec(
            "2",
            ANY,
            ("Stadler", "Bogdan", "Gatter", "Erik Paul", "Buchmann", "anfragen"),
            optional=True,
        ),  # l.52
        dec(
            "2",
            ANY,
            ("Stadler", "Bogdan", "Gatter", "Erik Paul", "Buchmann", "anfragen"),
            optional=True,
        ),  # l.52 (one per person asked)
        dec(
            "2",
            ANY,
            ("Stadler", "Bogdan", "Gatter", "Erik Paul", "Buchmann", "anfragen"),
            optional=True,
        ),  # l.52
        dec("2", ANY, ("PowerPoint", "Karaoke"), optional=True),  # l.45 Erik T will ...
        dec("2", ANY, ("Puzzleabend",), optional=True),  # l.46 Jil will ...
        dec("2", ANY, ("Prüfungsrecht",), optional=True),  # l.48 Florian will ...
        dec("2", ANY, ("Beyerhaus", "Stammtisch"), optional=True),  # l.38
        dec("2", ANY, ("Gewerkschaft", "verdi"), optional=True),  # l.47
        dec("3", ANY, ("fragen nach", "Diskrete Strukturen"), optional=True),  # l.56
        dec("4", ANY, ("im Blick",), optional=True),  # l.59
        dec("4", ANY, ("super", "unbefristete"), optional=True),  # l.63
        dec("5", ANY, ("Newsletter",), optional=True),  # l.70
        dec("5", ANY, ("Mint-Konvent",), optional=True),  # l.71 Erik T und Mai gehen hin
        dec("6", ANY, ("lösen das anders", "Bargeld"), optional=True),  # l.74
        dec("7", ANY, ("Stellungnahme",), optional=True),  # l.101
        dec("7", ANY, ("Verteiler", "Stura"), optional=True),  # l.105-108
        dec("8", ANY, ("Klauta",), optional=True),  # l.111
        dec("8", ANY, ("Kennenlernen", "bejaht"), optional=True),  # l.117
        dec("8", ANY, ("Interaktion",), optional=True),  # l.118
    ],
    "next_dates": [
        when("2024-12-13"),  # l.39 Karaoke-Abend 13.12. FKH ist bestätigt
        when("2024-12-05"),  # l.44 Hackspace 5.12. ab 18:00 Raum ist bestätigt
        when("2024-11-15", optional=True),  # l.37 DH-Spätitour "diesen Freitag 18:00"
        when("2024-12-04", optional=True),  # l.43 Spieleabend, FKH only requested for 4.12.
        when("2025-01-13", optional=True),  # l.47 "angefragt sind 13. oder 20.1."
        when("2025-01-20", optional=True),  # l.47
    ],
}

# --------------------------------------------------------------------------------------------
# 03 FOSSGIS e.V., Vorstandssitzung 21.01.2026 (key-value header, TOP n headings, "2/-/1")
# --------------------------------------------------------------------------------------------
EXPECTED["03_fossgis-ev_vorstand-2026-01-21.md"] = {
    "meeting": {
        "date": "2026-01-21",  # l.1 "Vorstandssitzung vom 21.01.2026"
        "start": "19:30",  # l.11 "Start: 19:30 Uhr"
        "end": "22:01",  # l.13 "Ende: 22.01 Uhr"
    },
    "agenda_numbered": True,
    "agenda": [
        top("1", "Genehmigung Protokoll vom 16.12.2025"),  # l.16, l.31
        top("2", "Umlaufbeschlüsse Mitgliedsanträge"),  # l.17, l.35
        top("3", "Mitgliederausschluss wegen Nichtbezahlung"),  # l.18, l.59
        top("4", "Vorschlag zu Mitgliederverwaltung und Mitgliedsbeiträgen"),  # l.19, l.65
        top("5", "Anpassung Arbeitsstunden", key="Anpassung Arbeitsstunden"),  # l.20, l.75
        top("6", "Finanzbericht 2025"),  # l.21, l.79
        top("7", "Förderungen nur für Mitglieder?"),  # l.23, l.84
        top("8", "Förderantrag: Mapterhorn Mirror"),  # l.24, l.95
        top("9", "FOSSGIS Budget 2026"),  # l.25, l.104
        top("10", "Sonstiges"),  # l.26, l.109
        # in the agenda list (unnumbered) but without a TOP in the protocol
        top(None, "Vorbereitung der Mitgliederversammlung", optional=True),  # l.22
        top(None, "Folgetermin", optional=True),  # l.27
    ],
    "participants": [
        who("David"),  # l.3 Anwesende Vorstände
        who("Pirmin"),  # l.3
        who("Falk"),  # l.3, Protokoll l.7
        who("Katja"),  # l.5 Gäste
        who("Jochen"),  # l.5
        who("Marc"),  # l.5
        who("Wolfgang"),  # l.5
    ],
    "excused": [],
    "others": [
        who("Florian"),  # l.71 "Jochen, Pirmin und Florian machen sich Gedanken" (not listed)
    ],
    "decisions": [
        dec("1", RES_AGR, ("genehmigt das Protokoll", "Protokoll vom 16.12.2025")),  # l.33
        # l.37-55 ten admissions by circular resolution (Umlaufbeschluss), one line each
        dec("2", RES_AGR, ("aufgenommen", "Umlaufbeschluss")),  # l.37 #641
        dec("2", RES_AGR, ("aufgenommen", "Umlaufbeschluss")),  # l.39 #641
        dec("2", RES_AGR, ("aufgenommen", "Umlaufbeschluss")),  # l.41 #640
        dec("2", RES_AGR, ("aufgenommen", "Umlaufbeschluss")),  # l.43 #639
        dec("2", RES_AGR, ("aufgenommen", "Umlaufbeschluss")),  # l.45 #638
        dec("2", RES_AGR, ("aufgenommen", "Umlaufbeschluss")),  # l.47 #637
        dec("2", RES_AGR, ("aufgenommen", "Umlaufbeschluss")),  # l.49 #636
        dec("2", RES_AGR, ("aufgenommen", "Umlaufbeschluss")),  # l.51 #635
        dec("2", RES_AGR, ("aufgenommen", "Umlaufbeschluss")),  # l.53 #630
        dec("2", RES_AGR, ("aufgenommen", "Umlaufbeschluss")),  # l.55 #629
        dec(  # l.61 "hebt den Ausschluss ... auf ... 2/-/1"
            "3",
            RES,
            ("hebt den Ausschluss", "Ausschluss"),
            vote=votes(2, 0, 1, outcome=ADOPTED),
        ),
        dec(
            "3", TASK, ("Antrag zum Mitgliederausschluss", "säumigen"), assignees=("David",)
        ),  # l.63
        dec(
            "4",
            TASK,
            ("Workflow", "Mitgliederaufnahme", "Gedanken"),
            assignees=("Jochen", "Pirmin", "Florian"),
        ),  # l.71
        dec(
            "4",
            RES_AGR,
            ("Tagesordnung der nächsten Mitgliederversammlung", "Anpassung der Mitgliedsbeiträge"),
        ),  # l.73
        dec(  # l.90 "Der Vorstand beschließt, dass Projektförderanträge ... 3/0/0"
            "7",
            RES,
            ("Projektförderanträge", "nur noch von Mitgliedern"),
            vote=votes(3, 0, 0, outcome=ADOPTED),
        ),
        dec("7", TASK, ("Förderrichtlinie",), assignees=("Jochen",)),  # l.92
        dec(
            "8", TASK, ("Kontakt zum Antragsteller", "Antragsteller"), assignees=("Pirmin",)
        ),  # l.99
        dec("10", TASK, ("Vereinshaftpflicht",), assignees=("Falk",)),  # l.117
        # optional
        dec("9", ANY, ("vertagen",), optional=True),  # l.106 adjourned to next board meeting
        dec("10", ANY, ("Ansprechpartner", "Unterschriften"), optional=True),  # l.111 Falk
    ],
    "next_dates": [
        when("2026-02-18"),  # l.123 "Nächster Termin: 18.02.2026, 19:30 Uhr"
        # l.113 FOSSGIS 2027 Heidelberg "pot./vorauss. 9.-12.03.2027" (tentative)
        when("2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12", optional=True),
    ],
}

# --------------------------------------------------------------------------------------------
# 04 OpenLab Augsburg, Plenum 08.11.2024 (unnumbered "##" topics with presenter in
# parentheses, "E: 4, N: 0:, J: Rest", nicknames)
# --------------------------------------------------------------------------------------------
EXPECTED["04_openlab-augsburg_plenum-2024-11-08.md"] = {
    "meeting": {
        "date": "2024-11-08",  # l.1
        "start": "19:17",  # l.1, l.5 "Es wurde gestartet um 19:17 Uhr"
        "end": "20:34",  # l.170 "Ende um 20:34"
    },
    "agenda_numbered": False,
    "agenda": [
        top(None, "Sehr kurze Vorstellungsrunde"),  # l.9
        top(None, "Gemeinsames 38C3 Ticketklicken?"),  # l.12 (krobin)
        top(None, "OpenLab 38C3 Assembly"),  # l.28 (Yonggan, krobin, Alle)
        top(None, "Ultra High Quality Sticker mit Hollow Effekt"),  # l.53 (Yonggan)
        top(None, "Neuen Drucker annehmen?"),  # l.65 (paulele)
        top(None, "Sofas umstellen"),  # l.77 (Yonggan)
        top(None, "Generelles Diskutieren über Beamer-Standort"),  # l.122 (Yonggan)
        top(None, "Projektanträge"),  # l.147 (krobin)
        top(None, "Cannabis-Kochkurs, Werbung OK?"),  # l.152 (salomonderossi)
        top(None, "Kurznachrichten"),  # l.159
        top(None, "Liste an Sachen die Menschen tun wollen", optional=True),  # l.43 (###)
    ],
    # l.3 "Es sind 10 +3 Wesen vor Ort": no attendance list. Presenters bring their own
    # topics ("für eigene Themen auch zum Plenum da sein", l.7), so likely there: optional.
    "participants": [
        who("krobin", optional=True, person_optional=False),  # l.12, l.28, l.147, l.168
        who("Yonggan", optional=True, person_optional=False),  # l.28, l.53, l.77, l.122
        who("paulele", optional=True, person_optional=False),  # l.65
        who("salomonderossi", optional=True, person_optional=False),  # l.152
        who("joghurt", optional=True),  # l.40 asks the bubbles
        who("w5rg", optional=True),  # l.103 wish voiced in discussion
        who("Andre", optional=True, person_optional=False),  # l.62 takes the communication
        who("Ingo", optional=True, person_optional=False),  # l.25 "Ingo macht das schon"
        who("Jörg", optional=True, person_optional=False),  # l.118
    ],
    "excused": [],
    "others": [
        who("Rita Vogt"),  # l.162 Steuerberaterin
        who("zorryn", optional=True),  # l.62
        who("caro", optional=True),  # l.62
        who("curtisanne", optional=True),  # l.62
        who("waaaaargh", optional=True),  # l.164
    ],
    "decisions": [
        dec(
            None,
            RES_AGR,
            ("Sticker", "Holo", "keine Gegenstimmen", "Wer ist dafür"),
            vote=votes(no=0, outcome=ADOPTED),
        ),  # l.55-61 "-> keine Gegenstimmen"
        dec(
            None,
            RES_AGR,
            ("Drucker", "fast alle dagegen", "Wollen wir das"),
            vote=votes(outcome=REJECTED),
        ),  # l.75 "Nein, fast alle dagegen"
        dec(
            None, RES_AGR, ("Sofa +1", "Sofa"), vote=votes(no=0, abstain=4, outcome=ADOPTED)
        ),  # l.112-113 "E: 4, N: 0:, J: Rest"
        dec(
            None,
            RES_AGR,
            ("3D-Druck-Regal", "E-Ecke", "klipper"),
            vote=votes(no=1, abstain=4, outcome=ADOPTED),
        ),  # l.114-115 "E: 4, N: 1, J: ~Rest"
        dec(
            None, RES_AGR, ("Entropia", "GPN"), vote=votes(outcome=ADOPTED)
        ),  # l.148 "Plenum dafür"
        dec(
            None, RES_AGR, ("Düsseldorf", "Kuechenelektrik"), vote=votes(outcome=ADOPTED)
        ),  # l.149 "Plenum dafür"
        # optional
        dec(None, ANY, ("Widerspruch", "Fingerspitzengefühl"), vote=ANY, optional=True),  # l.119
        dec(None, ANY, ("Blasen", "Meinungsbild"), vote=ANY, optional=True),  # l.39
        dec(None, ANY, ("Cannabis", "Zweifel", "Viel Erfolg"), vote=ANY, optional=True),  # l.156
        dec(None, ANY, ("Kommunkation", "Kommunikation", "Andre"), optional=True),  # l.62
        dec(None, ANY, ("joghurt", "Mathe"), optional=True),  # l.40
        dec(None, ANY, ("Ingo", "Pad"), optional=True),  # l.25
        dec(None, ANY, ("Protokoll überträgt", "krobin"), optional=True),  # l.168
        dec(None, ANY, ("Sofas im Hauptraum", "Layout"), optional=True),  # l.109
        dec(None, ANY, ("nicht besprochen",), optional=True),  # l.144
        dec(None, ANY, ("Dank ausrichten",), optional=True),  # l.75
    ],
    "next_dates": [
        # l.16-18 remaining 38C3 ticket sale rounds; l.166 demo "Reclaim the city" 23.11.
        when("2024-11-12", optional=True),  # l.16
        when("2024-11-17", optional=True),  # l.17
        when("2024-11-23", optional=True),  # l.18
        when("2024-11-23", optional=True),  # l.166
    ],
}

# --------------------------------------------------------------------------------------------
# 05 Freifunk Bremen, Treffen 17.02.2017 (agenda "###" headings repeated in the protocol part,
# attendance as a bullet list with roles in parentheses, "Termine" section)
# --------------------------------------------------------------------------------------------
EXPECTED["05_freifunk-bremen_treffen-2017-02-17.md"] = {
    "meeting": {
        "date": "2017-02-17",  # l.1, l.3
        "start": "19:00",  # l.3 "19:00 Uhr Start und Neulingsbegrüßung"
        "end": None,  # not written
    },
    "agenda_numbered": False,
    "agenda": [
        top(None, "Neulingsbegrüßung"),  # l.8 (19:00 - 19:30 Uhr)
        top(None, "Neue Webseite"),  # l.21, l.120
        top(None, "Vereinsgründung"),  # l.24, l.125
        top(None, "Impressum und Anrufbeantworter"),  # l.29, l.136
        top(None, "Firmware"),  # l.33, l.141
        top(None, "Hal över"),  # l.40, l.149
        top(None, "Github-Teams"),  # l.44, l.155
        top(None, "Github-Repos (Wunsch SimJoSt)", key="Github-Repos"),  # l.64, l.184
        top(None, "Termine"),  # l.73, l.195
        top(None, "Aufgaben"),  # l.84
        top(None, "Rechte"),  # l.88
        top(None, "Treffen abschließen"),  # l.94
        top(None, "Sonstiges", optional=True),  # l.205 (protocol part only)
    ],
    "participants": [
        who("Yannik"),  # l.111 (Protokollant)
        who("corny"),  # l.112
        who("geno"),  # l.113
        who("SimJoSt"),  # l.114
        who("Frank"),  # l.115
        who("Timlukas"),  # l.116
        who("Frank", optional=True),  # l.117 listed twice: a second Frank, or a slip
        who("Elaine"),  # l.118 (Gast)
    ],
    "excused": [],
    "others": [
        who("Jelto"),  # l.30, l.137
        who("JP", optional=True),  # l.59, l.66, l.69 signature "--JP"
    ],
    # no votes; outcomes are arrows and to-dos in an informal meeting: all optional
    "decisions": [
        dec(None, ANY, ("Mail über die Liste", "Senf"), optional=True),  # l.139 SimJoSt
        dec(None, ANY, ("Voreinstellungen",), optional=True),  # l.143 SimJoSt
        dec(None, ANY, ("findet fehler", "schaut euch"), optional=True),  # l.145
        dec(None, ANY, ("nächstes Treffen", "Rates"), optional=True),  # l.147
        dec(None, ANY, ("Doku", "löscht"), optional=True),  # l.159 SimJoSt
        dec(None, ANY, ("ist ok so", "bleibt wie es ist"), optional=True),  # l.164
        dec(None, ANY, ("rausgeworfen",), optional=True),  # l.169
        dec(None, ANY, ("auflösen", "Dafür"), vote=ANY, optional=True),  # l.176-177
        dec(None, ANY, ("internal-maps", "done", "bearbeitet"), optional=True),  # l.180-182
        dec(None, ANY, ("Breminale",), optional=True),  # l.206 corny
        dec(None, ANY, ("Freiwillige", "Plan"), optional=True),  # l.153
        dec(None, ANY, ("Foliensatz",), optional=True),  # l.79/l.199
        dec(None, ANY, ("Vortragender gesucht", "Vorträge gesucht"), optional=True),  # l.202-203
        dec(None, ANY, ("Telefonnummer",), optional=True),  # l.138
    ],
    "next_dates": [
        when("2017-03-04"),  # l.77, l.197 NDS-Treffen Hannover
        when("2017-03-13"),  # l.78, l.198 Vortrag im Haus der Kirche, 14:30
        when("2017-04-20"),  # l.74, l.201 Vortrag in Harpstedt
        # the minutes list the same three dates twice (agenda part and protocol part)
        when("2017-03-04", optional=True),
        when("2017-03-13", optional=True),
        when("2017-04-20", optional=True),
    ],
}

# --------------------------------------------------------------------------------------------
# 06 Bürgerrunde Heuweiler, 23.04.2015 (YAML front matter with event time, numbered agenda,
# working groups with member lists, "Di 12.5." dates without year)
# --------------------------------------------------------------------------------------------
EXPECTED["06_buergerrunde-heuweiler_2015-04-23.md"] = {
    "meeting": {
        "date": "2015-04-23",  # l.4 "event: 2015-04-23 19:00:00"
        "start": "19:00",  # l.4, l.13 "Dauer: 19 - ca. 21:00"
        "end": ("21:00", None),  # l.13 "ca. 21:00": approximate
    },
    "agenda_numbered": True,
    "agenda": [
        top("1", "Begrüßung"),  # l.17
        top("2", "Kurzzusammenfassung der ersten Runde für neue Teilnehmer"),  # l.18
        top("3", "Organisatorisches: Raumkosten, mögl. Förderung durch Gemeinde"),  # l.19
        top("4", "Gibt es noch weitere Themen? Neue Karteikarten pinnen"),  # l.20
        top("5", "Diskussion: Wie wollen wir mit den Themen umgehen?"),  # l.21
        top("6", "Auswertung der Abstimmung, Bildung von Arbeitsgruppen"),  # l.22
        top("7", "Abschluss, Terminsuche, Themen nächste Bürgerrunde"),  # l.23
    ],
    # l.11 "ca. 20 BürgerInnen": no list. The moderator was there; the working-group
    # members (l.55-59) were formed "durch einfache Handzeichen" in the meeting, so likely
    # present, but not stated as attendance.
    "participants": [
        who("Julia Langner"),  # l.12 Moderation
        who("Katja Fimmen", optional=True, person_optional=False),  # l.55
        who("Michael Hermann", optional=True, person_optional=False),  # l.55
        who("Frank Holstein", optional=True, person_optional=False),  # l.55
        who("Thomas Baron", optional=True, person_optional=False),  # l.55, l.56
        who("Hubert Blattmann", optional=True, person_optional=False),  # l.55
        who("Monika Postweiler", optional=True, person_optional=False),  # l.55, l.58
        who("Yvonne Kneisel", optional=True, person_optional=False),  # l.56
        who("Burkhardt Werner", optional=True, person_optional=False),  # l.56, l.59
        who("Michael Denk", optional=True, person_optional=False),  # l.56
        who("Christian Ott", optional=True, person_optional=False),  # l.56
        who("Jochen Ruf", optional=True, person_optional=False),  # l.56
        who("Maria Werner", optional=True, person_optional=False),  # l.57
        who("Daniela Giesenhagen", optional=True, person_optional=False),  # l.57
        who("Otmar Maas", optional=True, person_optional=False),  # l.58
        who("Martina Michaelis", optional=True, person_optional=False),  # l.58
    ],
    "excused": [],
    "others": [],
    # no formal resolutions; agreements on procedure and the ranking vote are optional
    "decisions": [
        dec(None, ANY, ("Mailingliste",), optional=True),  # l.27
        dec(None, ANY, ("Kasse", "Raumkosten"), optional=True),  # l.29
        dec(None, ANY, ("Antrag auf Förderung", "Förderung"), optional=True),  # l.30
        dec(None, ANY, ("Themensammlung", "fortgeschrieben"), optional=True),  # l.36
        dec(None, ANY, ("Verfahren", "5 Stimmen"), vote=ANY, optional=True),  # l.40
        dec(None, ANY, ("Ergebnis der Abstimmung", "Kino"), vote=ANY, optional=True),  # l.42-49
        dec(None, ANY, ("Arbeitsgruppen", "Handzeichen"), vote=ANY, optional=True),  # l.53
        dec(None, ANY, ("Prioritäten", "übernehmen die Arbeitsgruppen"), optional=True),  # l.61
        dec(None, ANY, ("bekannt zu machen", "Plakate"), optional=True),  # l.62
        dec(None, ANY, ("Vortrag",), optional=True),  # l.64 / l.79
        dec(None, ANY, ("Termine vor den Sommerferien", "Sommerferien"), optional=True),  # l.77
        dec(None, ANY, ("20:00", "Beginn der nächsten Runden"), optional=True),  # l.78
        dec(None, ANY, ("berichten",), optional=True),  # l.80
    ],
    "next_dates": [
        when("2015-05-12"),  # l.68 AG Car sharing/Dorfauto/Mobilität: Di 12.5. 20:00 Rebstock
        when("2015-04-30"),  # l.69 AG Kultur/Kino: Do 30.4. 20:00 Foyer Rathaus
        when("2015-05-07"),  # l.70 AG Nachbarschaftshilfe: Do 7.5. 20:00 bei Familie Werner
    ],
}

# --------------------------------------------------------------------------------------------
# 07 Westwoodlabs e.V., Mitgliederversammlung 11.02.2021 (setext title, "Beginn der Sitzung",
# "## TOP 1." / "## TOP2" / "### TOP7.1", bold "Ja: 16 / Nein: 0 / Enthaltung: 1" blocks)
# --------------------------------------------------------------------------------------------
EXPECTED["07_westwoodlabs-ev_mv-2021-02-11.md"] = {
    "meeting": {
        "date": "2021-02-11",  # l.1 "vom 11. Februar 2021"
        "start": "18:07",  # l.8 "Beginn der Sitzung: 18:07 Uhr"
        "end": "22:45",  # l.9 "Ende der Sitzung: 22:45 Uhr"
    },
    "agenda_numbered": True,
    "agenda": [
        top("1", "Begrüßung"),  # l.11
        top("2", "Wahl des Versammlungsleiters und des Protokollierenden"),  # l.25
        top("3", "Feststellung der Beschlussfähigkeit"),  # l.51
        top(
            "4", "Der Vorsitzende stellt die Beschlussfähigkeit der Mitgliederversammlung fest."
        ),  # l.55 (title as written)
        top("5", "Bericht des Vorstands und der Kassenprüfer"),  # l.64
        top("6", "Entlastung des Vorstands"),  # l.75
        top("7", "Wahl des Vorstands und der Kassenprüfer"),  # l.89
        top("7.1", "Wahl des Vorsitzenden"),  # l.102
        top("7.2", "Wahl des stellvertretenden Vorsitzenden"),  # l.116
        top("7.3", "Wahl des Kassenwarts"),  # l.130
        top("7.4", "Wahl des Schriftführers"),  # l.144
        top("7.5", "Wahl des Beisitzers"),  # l.158
        top("7.6", "Wahl der Kassenprüfer"),  # l.172
        top("8", "Diskussion und Abstimmung über Satzungsänderungsanträge"),  # l.205
        top("9", "Diskussion und Beschluss einer Raumordnung"),  # l.213
        top("10", "Sonstiges"),  # l.229
        # unnumbered sub-headings
        top(None, "Bestimmung des Wahlleiters", optional=True),  # l.90
        top(None, "Abstimmung über die Wahl zweier Kassenprüfer", optional=True),  # l.174
    ],
    # l.4 "Anwesend: (...)" redacted; 17 voters (l.6). People acting in the meeting were
    # there, but attendance is not stated: optional.
    "participants": [
        who("Patric Steffen", optional=True, person_optional=False),  # l.29, l.35 chair
        who("Ansgar Taflinski", optional=True, person_optional=False),  # l.41, l.47 minutes
        who("Timo Widdau", optional=True, person_optional=False),  # l.93, l.162
        who("Lars Oppermann", optional=True, person_optional=False),  # l.120
        who("Philipp Menke", optional=True, person_optional=False),  # l.134
        who("Karl Dissen", optional=True, person_optional=False),  # l.189, l.196
        who("Maik Nauheim", optional=True, person_optional=False),  # l.190, l.197
        who("Timo Krebs", optional=True, person_optional=False),  # l.191, l.198
        who("Elisabeth Deister", optional=True, person_optional=False),  # l.192, l.199
        who("Fabian Otto", optional=True, person_optional=False),  # l.230
    ],
    "excused": [],
    "others": [],
    "decisions": [
        dec(
            "1", RES, ("Zulassung von Gästen", "Gästen"), vote=votes(16, 0, 1, outcome=ADOPTED)
        ),  # l.16-22
        dec(
            "2",
            RES,
            ("als Versammlungsleiter", "zum Versammlungsleiter"),
            vote=votes(14, 0, 3, outcome=ADOPTED),
        ),  # l.29-35
        dec("2", RES, ("Protokollierenden",), vote=votes(15, 0, 2, outcome=ADOPTED)),  # l.41-47
        dec(
            "6",
            RES,
            ("Entlastung des Vorstands", "Entlastung"),
            vote=votes(14, 0, 3, outcome=ADOPTED),
        ),  # l.79-85
        dec("7", RES, ("Wahlleiter",), vote=votes(16, 0, 1, outcome=ADOPTED)),  # l.93-99
        dec(
            "7.1",
            RES,
            ("Für den Vorsitz", "zum Vorsitzenden"),
            vote=votes(15, 0, 2, outcome=ADOPTED),
        ),  # l.106-112
        dec("7.2", RES, ("stellvertretende",), vote=votes(16, 0, 1, outcome=ADOPTED)),  # l.120-126
        dec("7.3", RES, ("Kassenwart",), vote=votes(16, 0, 1, outcome=ADOPTED)),  # l.134-140
        dec("7.4", RES, ("Schriftführer",), vote=votes(16, 0, 1, outcome=ADOPTED)),  # l.148-154
        dec("7.5", RES, ("Beisitzer",), vote=votes(15, 0, 2, outcome=ADOPTED)),  # l.162-168
        dec(
            "7.6",
            RES,
            ("zwei Kassenprüfer", "Ausfalls"),
            vote=votes(17, 0, 0, unanimous=True, outcome=ADOPTED),
        ),  # l.178-184 "einstimmig"
        # l.195-202 the auditors' election: per-candidate counts, result on l.202
        dec("7.6", RES, ("Karl Dissen und Maik Nauheim", "neuen Kassenprüfern"), vote=ANY),
        dec(
            "9", RES, ("Raumordnung",), vote=votes(16, 0, 0, unanimous=True, outcome=ADOPTED)
        ),  # l.219-225 "einstimmig"
        dec("10", TASK, ("Angebote", "Müllbehälter"), assignees=("Fabian Otto",)),  # l.230
        # optional: per-candidate results of the auditors' election
        dec("7.6", ANY, ("Karl Dissen",), vote=votes(11, 1, 4), optional=True),  # l.196
        dec("7.6", ANY, ("Maik Nauheim",), vote=votes(10, 1, 5), optional=True),  # l.197
        dec("7.6", ANY, ("Timo Krebs",), vote=votes(7, 2, 8), optional=True),  # l.198
        dec("7.6", ANY, ("Elisabeth Deister",), vote=votes(7, 3, 7), optional=True),  # l.199
        dec("7.6", ANY, ("Wahl", "Kassenprüfer"), vote=ANY, optional=True),  # l.195 procedure
    ],
    "next_dates": [],
}

# --------------------------------------------------------------------------------------------
# 08 FSFW Dresden, Plenum 13.10.2016 (setext "----" topic headings, "Anwesende:" comma list
# over two lines, "Start-Ende: 1842—20:51", prose votes "8 dafür, 1 dagegen, 1 Enthaltung")
# --------------------------------------------------------------------------------------------
EXPECTED["08_fsfw-dresden_plenum-2016-10-13.md"] = {
    "meeting": {
        "date": "2016-10-13",  # l.1
        "start": "18:42",  # l.18 "Start-Ende: 1842—20:51"
        "end": "20:51",  # l.18
    },
    "agenda_numbered": False,
    "agenda": [
        top(None, "LPD-Seite ist leer", key="LPD-Seite"),  # l.65 (proposal l.26)
        top(None, "FSFW bei den Datenspuren", key="Datenspuren"),  # l.86 (proposal l.31)
        top(None, "USB-Stick", key="USB-Stick"),  # l.100 (proposal l.36)
        top(None, "Twitter und Facebook", key="Twitter und Facebook"),  # l.204 (proposal l.43)
        top(None, "Sprechstunde"),  # l.242
        top(None, "Wikipedianer (vorgezogen)", key="Wikipedianer"),  # l.276 (proposal l.54)
        top(None, "git-annex", key="git-annex"),  # l.288 (proposal l.45)
        top(None, "Unser 404 soll schöner werden", key="404"),  # l.301 (proposal l.49)
        top(
            None,
            "Multiple Single-Point-of-Failures, FSFW-Hetzner-Stipendium",
            key="Hetzner-Stipendium",
        ),  # l.308 (proposal l.47)
        # sections and proposals that a reader may or may not count as items
        top(None, "Formalia", optional=True),  # l.8
        top(None, "TOP-Vorschläge", optional=True),  # l.21
        top(None, "Jabber-Errichbarkeit", optional=True),  # l.52 (settled)
        top(None, "Test-Wünsche für HardwareSecurityToken", optional=True),  # l.56
        top(None, "Ablauf der Veranstaltung", optional=True),  # l.148
    ],
    "participants": [
        who("Sebi"),  # l.15
        who("Carsten"),  # l.15, Sitzungsleitung l.14
        who("Emanuel"),  # l.15
        who("Daniel"),  # l.15, Protokoll l.17
        who("Stefan"),  # l.15
        who("Johannes"),  # l.15
        who("vv01f"),  # l.15
        who("nac"),  # l.15
        who("Jonas"),  # l.16
        who("Gerd"),  # l.16
        who("Norman"),  # l.16
    ],
    "excused": [],
    "others": [
        who("jk", optional=True),  # l.269 (not in the attendance list)
    ],
    "decisions": [
        dec(None, RES_AGR, ("Zwischenbeschluss", "-2.115", "vertrieben")),  # l.61-62
        dec(  # l.184-195 Kompromissvorschlag ... "Abstimmung: 8 dafür, 1 dagegen, 1 Enthaltung"
            None,
            RES,
            ("8 dafür", "Abstimmung", "Kompromiss", "Los-Verfahren On Demand", "vertagt"),
            vote=votes(8, 1, 1, outcome=ADOPTED),
        ),
        dec(
            None, TASK, ("kümmert sich", "LPD"), assignees=("nac",)
        ),  # l.29 "nac kümmert sich drum"
        dec(
            None, TASK, ("Liste mit Software", "Software"), assignees=("vv01f",)
        ),  # l.141 "vv01f macht Liste mit Software bis Samstag"
        dec(
            None, TASK, ("kümmert sich", "Torrent"), assignees=("vv01f",)
        ),  # l.237-238 "vv01f kümmert sich"
        # optional
        dec(
            None, ANY, ("Tagesordnung",), vote=ANY, optional=True
        ),  # l.59 "ohne Gegenrede angenommen"
        dec(None, ANY, ("RAUM NEU RESERVIEREN", "reservieren"), optional=True),  # l.12 Carsten
        dec(
            None, ANY, ("Meinungsbild: 6", "6 FCFS", "Losverfahren"), vote=ANY, optional=True
        ),  # l.170
        dec(None, ANY, ("Kneipe", "10 Ja"), vote=votes(10, 0, 1), optional=True),  # l.283
        dec(None, ANY, ("Norman lädt", "lädt sie ein", "einladen"), optional=True),  # l.279-280
        dec(None, ANY, ("organisiert", "nac organisiert"), optional=True),  # l.284
        dec(None, ANY, ("Poster", "Anmerkungen"), optional=True),  # l.272 Carsten
        dec(None, ANY, ("Installation auf rosetta", "Sebi macht"), optional=True),  # l.295
        dec(None, ANY, ("schauen sich das", "Sebi und Daniel"), optional=True),  # l.299
        dec(None, ANY, ("Folien werden", "Repo gepackt"), optional=True),  # l.97
        dec(None, ANY, ("Lightning", "vorbereiten"), optional=True),  # l.89
        dec(None, ANY, ("Iso-Image", "Server geladen"), optional=True),  # l.199
        dec(None, ANY, ("Erstie-Gruppen", "ja"), optional=True),  # l.227-229
        dec(None, ANY, ("Johannes macht das", "weiter"), optional=True),  # l.207
        dec(None, ANY, ("git sein", "Protokolle sollten"), optional=True),  # l.146
        dec(None, ANY, ("schöner", "genutzt"), optional=True),  # l.304
        dec(None, ANY, ("Antrag: Johannes", "First-Come"), vote=ANY, optional=True),  # l.164
        dec(None, ANY, ("vier Leute", "Sonntag"), optional=True),  # l.108
        dec(None, ANY, ("Zettel", "Carsten will"), optional=True),  # l.153
    ],
    "next_dates": [
        when("2016-10-16", optional=True),  # l.108, l.115 stick session Sunday, not yet fixed
        when("2016-10-15", optional=True),  # l.141 "bis Samstag" (a due date, not an event)
    ],
}

# --------------------------------------------------------------------------------------------
# 09 FSCS HHU Düsseldorf, VV 25.05.2022 (front matter title with date, present / absent /
# excused / guest lists with nicknames and emoji, "Top 0 : Regularia", times inside Regularia)
# --------------------------------------------------------------------------------------------
EXPECTED["09_fscs-hhu-fachschaftsrat-informatik_vv-2022-05-25.md"] = {
    "meeting": {
        "date": "2022-05-25",  # l.2 title "VV-Protokoll vom 2022-05-25"
        "start": "14:44",  # l.47 "Startzeit: 14:44"
        "end": "15:38",  # l.48 "Endzeit: 15:38"
    },
    "agenda_numbered": True,
    "agenda": [
        top("0", "Regularia"),  # l.43
        top("1", "Berichte Mail und Post"),  # l.53
        top("2", "Werbung auf Spieleabend"),  # l.86
        top("3", "Finanzbeschluss: 800€ für InPhiMa Halbweihnachtsgrillen"),  # l.102
        top("4", "USB-C Ladekabel und Netzstecker"),  # l.133
        top("5", "Reakkreditierungsbericht"),  # l.145
        top("6", "Brettspiele"),  # l.176
        top("7", "Verschiedenes"),  # l.184
        top(None, "Berichte", optional=True),  # l.55
        top(None, "Spieleabend", optional=True),  # l.57
        top(None, "FSVK vom 17.05.", optional=True),  # l.66
        top(None, "Mail", optional=True),  # l.78
        top(None, "Briefpost", optional=True),  # l.82
        top(None, "Veranstaltungen", optional=True),  # l.186
        top(None, "Sonstiges", optional=True),  # l.193
    ],
    "participants": [
        who("Alex Wantz"),  # l.12
        who("David Radermacher"),  # l.13
        who("Gorden Wunderlich"),  # l.14
        who("Florian Schubert"),  # l.15
        who("Julia Block"),  # l.16
        who("Julia von Busch", "Jules"),  # l.17 Julia „Jules“ von Busch
        who("Lian Remme"),  # l.18, Redeleitung l.46
        who("Katharina Lantzke", "Kathy"),  # l.19 Katharina „Kathy“ Lantzke
        who("Niklas Pingel"),  # l.20
        who("Steffen Heß"),  # l.21, Protokollant l.45
        who("Nemo"),  # l.39 Gast
        who("Sara"),  # l.40 Gast
        who("Patrick"),  # l.41 Gast
    ],
    "excused": [
        who("Erik Ludwig"),  # l.25 Abwesende Räte
        who("Dennis Kuschke"),  # l.29 entschuldigt
        who("Luca Barden"),  # l.30
        who("Marcel Gerken", "Markal"),  # l.31 Marcel „Markal“ Gerken
        who("Marcel Thiel"),  # l.32
        who("Pascal Densborn"),  # l.33 (also "Pascals Job" l.68)
        who("Sophia Louise Pastow"),  # l.34
        who("Sören Stölting"),  # l.35
    ],
    "others": [
        who("Janine Golov"),  # l.195
        who("Schötti", optional=True),  # l.158 nickname, in a quoted text
    ],
    "decisions": [
        dec(
            "0",
            RES_AGR,
            ("Protokoll der letzten Sitzung",),
            vote=votes(unanimous=True, outcome=ADOPTED),
        ),  # l.51 "einstimmig an"
        dec(  # l.122-129 "Beschluss bis zu 800€ ... Keine Gegenstimmen. Keine Enthaltungen.
            # Einstimmig angenommen."
            "3",
            RES,
            ("800", "Grillen", "Einstimmig angenommen", "Beschluss bis zu"),
            vote=votes(no=0, abstain=0, unanimous=True, outcome=ADOPTED),
        ),
        # optional
        dec("0", ANY, ("Topliste",), vote=ANY, optional=True),  # l.50 agenda adopted
        dec("0", ANY, ("beschlussfähig",), optional=True),  # l.49
        dec("1", ANY, ("frühzeitig posten", "Insta"), optional=True),  # l.62
        dec("1", ANY, ("51er", "mitbuchen"), optional=True),  # l.64
        dec("1", ANY, ("Sara übernimmt", "Pascals Job"), optional=True),  # l.68
        dec("2", ANY, ("muss nicht nochmal", "nicht gut an"), optional=True),  # l.88
        dec("2", ANY, ("Kiosk",), optional=True),  # l.90
        dec("2", ANY, ("keine Bedenken", "Zeitplan"), optional=True),  # l.94
        dec("2", ANY, ("absprechen", "zugehen", "Präsenz"), optional=True),  # l.98-100
        dec("4", ANY, ("Vertagt",), optional=True),  # l.143
        dec(
            "5",
            ANY,
            (
                "stimmen wir zu",
                "Empfehlungen der Kommission",
                "Statement",
                "unterstützen",
                "Schötti",
            ),
            optional=True,
        ),  # l.158-173
        dec("6", ANY, ("Privatpersonen", "öffentlichen Post"), optional=True),  # l.182
        dec("7", ANY, ("Social Media", "ankündigen"), optional=True),  # l.191
        dec("7", ANY, ("Janine Golov", "anschreiben"), optional=True),  # l.195
        dec("7", ANY, ("Vertreter",), optional=True),  # l.197
    ],
    "next_dates": [
        when("2022-05-27", optional=True),  # l.188 Saboteur Turnier "diese Woche Freitag"
        when("2022-06-03", optional=True),  # l.189 Magic-Abend "nächste Woche Freitag"
        when("2022-06-24", optional=True),  # l.105 Grillen am 24.06. (quoted mail)
    ],
}

# --------------------------------------------------------------------------------------------
# 10 Gemeinderat Karlsruhe, Niederschrift 24.11.2015, TOP 25 (text from PDF: hyphenation at
# line ends, page numbers " - 2 - ", "Punkt 25 der Tagesordnung", "27 Nein-Stimmen, 1
# Enthaltung, ansonsten Ja-Stimmen", "mehrheitlich abgelehnt")
# --------------------------------------------------------------------------------------------
EXPECTED["10_gemeinderat-karlsruhe_niederschrift-2015-11-24-top25.txt"] = {
    "meeting": {
        "date": "2015-11-24",  # l.7 "Termin: 24. November 2015, 15:30 Uhr"
        "start": "15:30",  # l.7
        "end": None,  # not written
    },
    "agenda_numbered": True,
    "agenda": [
        top(
            "25",
            "Kommunale/-r (ehrenamtliche/-r) Tierschutzbeauftragte/-r für die Stadt Karlsruhe",
            key="Kommunale",
        ),  # l.17-18
    ],
    "participants": [
        who("Frank Mentrup"),  # l.10 Vorsitzende/r: Oberbürgermeister Dr. Frank Mentrup
        # speakers in the debate were there
        who("Michael Borner", "Borner"),  # l.35, l.135 Stadtrat Borner (GRÜNE)
        who("Döring"),  # l.67 Stadtrat Döring (CDU)
        who("Fischer"),  # l.85 Stadträtin Fischer (SPD)
        who("Hock"),  # l.94 Stadtrat Hock (FDP)
        who("Schmidt"),  # l.108 Stadtrat Dr. Schmidt (AfD)
        # addressed as present by a speaker; movers of the motion (l.19)
        who("Jäger", optional=True),  # l.42 Erster Bürgermeister Jäger
        who("Luczak-Schwarz", optional=True),  # l.43 Bürgermeisterin Luczak-Schwarz
        who("Bettina Lisbach", optional=True, person_optional=False),  # l.19
        who("Zoe Mayer", optional=True, person_optional=False),  # l.19
        who("Renate Rastätter", optional=True, person_optional=False),  # l.19
    ],
    "excused": [],
    "others": [],
    "decisions": [
        dec(  # l.25-29 "Beschluss: mehrheitlich abgelehnt / 27 Nein-Stimmen, 1 Enthaltung,
            # ansonsten Ja-Stimmen"; repeated in the debate record l.143-145
            "25",
            RES,
            ("abgelehnt", "Tierschutzbeauftragte", "Nein-Stimmen"),
            vote=votes(no=27, abstain=1, unanimous=False, outcome=REJECTED),
        ),
    ],
    "next_dates": [],
}

# --------------------------------------------------------------------------------------------
# 11 vspace.one e.V., Jahreshauptversammlung 17.02.2018 (pandoc title block, two-column
# key-value table, "## TOP 0 ...", "einstimmig und ohne Enthaltungen")
# --------------------------------------------------------------------------------------------
EXPECTED["11_vspace-one-ev_jhv-2018-02-17.md"] = {
    "meeting": {
        "date": "2018-02-17",  # l.3, l.8 "17.Februar 2018"
        "start": "16:10",  # l.10 "16:10 Uhr bis 17:30 Uhr"
        "end": "17:30",  # l.10
    },
    "agenda_numbered": True,
    "agenda": [
        top("0", "Genehmigung des Finanzberichtes"),  # l.43
        top("1", "Entlastung des Vorstands"),  # l.46
        top("2", "Neuwahl und Abberufung des Vorstands"),  # l.49
        top("3", "Vorstellung des Jahrestätigkeitsberichtes"),  # l.52
        top("4", "Antrag Satzungsänderung"),  # l.55
        top("5", "Vorschlag einer Geräteordnung"),  # l.67
        top("6", "Informationen zur Serverumstellung"),  # l.76
        top("7", "Diskussion LDAP"),  # l.85
        top("8", "Sonstiges"),  # l.95
        top("9", "Initiativanträge"),  # l.106
        top(None, "Aufräumen", optional=True),  # l.96
        top(None, "Ideen für nächstes Jahr", optional=True),  # l.99
        top(None, "Sicherheit", optional=True),  # l.103
    ],
    "participants": [
        who("Nils Krause"),  # l.16, Versammlungsleiter l.24
        who("Maximilian Noppel"),  # l.17, Protokollführer l.26
        who("Michael Castano"),  # l.18
        who("Lukas Timmermann"),  # l.19
        who("Linus Dold"),  # l.20
        who("Damian Jesionek"),  # l.21
        who("Maximilian Burger"),  # l.22
    ],
    "excused": [],
    "others": [],
    "decisions": [
        dec(
            "0", RES, ("Finanzbericht",), vote=votes(abstain=0, unanimous=True, outcome=ADOPTED)
        ),  # l.44
        dec(
            "1",
            RES,
            ("Entlastet", "Entlastung", "einwandfreie Tätigkeit", "Vorstand"),
            vote=votes(abstain=0, unanimous=True, outcome=ADOPTED),
        ),  # l.47
        # optional: "Ergebnis" lines without a vote
        dec("4", ANY, ("Satzungsänderung", "nicht durchgeführt"), vote=ANY, optional=True),  # l.64
        dec("5", ANY, ("eingereicht", "Geräteordnung"), optional=True),  # l.74
        dec("6", ANY, ("Keine Email",), optional=True),  # l.83
        dec("7", ANY, ("Nicht notwendig", "LDAP"), optional=True),  # l.93
        dec("8", ANY, ("Aufräumaktion",), optional=True),  # l.97
        dec("8", ANY, ("mehr Events", "Sticker"), optional=True),  # l.100-101
        dec("8", ANY, ("Hochspannung", "Spannung"), optional=True),  # l.104
        dec("9", ANY, ("Initiativanträge",), optional=True),  # l.107
    ],
    "next_dates": [],
}

# --------------------------------------------------------------------------------------------
# 12 HSG 1429 Nürnberg, Generalversammlung 25.10.2020 (a blog post: front matter date is the
# publication date 2020-11-01, the meeting was on 25.10.2020; agenda as a bullet list)
# --------------------------------------------------------------------------------------------
EXPECTED["12_hsg-1429-nuernberg_generalversammlung-2020-10-25.md"] = {
    "meeting": {
        "date": "2020-10-25",  # l.5 "Am 25.10.2020 fand die Generalversammlung ... statt",
        # l.11 "Am 25. Oktober"; NOT l.4 "date: 2020-11-01" (the post's publication date)
        "start": "17:00",  # l.31 "begann pünktlich um 17:00 Uhr" (Einlass ab 16:00)
        "end": None,  # not written
    },
    "agenda_numbered": False,
    "agenda": [
        top(
            None,
            "Begrüßung durch den 1. Schützenmeister",
            key="Begrüßung durch den 1. Schützenmeister",
        ),  # l.14
        top(
            None,
            "Begrüßung durch den Schützenkommissar",
            key="Begrüßung durch den Schützenkommissar",
        ),  # l.15
        top(None, "Verlesung des Protokolls der letzten Generalversammlung"),  # l.16
        top(None, "Bericht des 1. Schützenmeisters"),  # l.17
        top(None, "Bericht des Sportleiters"),  # l.18
        top(None, "Bericht des Schatzmeisters"),  # l.19
        top(None, "Bericht der Revisoren und Entlastung des Schatzmeisters"),  # l.20
        top(None, "Entlastung der Gesamtverwaltung"),  # l.21
        top(None, "Neuwahlen"),  # l.22
        top(None, "Bildung des Wahlausschusses"),  # l.23
        top(None, "In das Schützenmeisteramt sind zu wählen"),  # l.24
        top(None, "Ergänzungswahlen zum Gesellschaftsausschuß"),  # l.25
        top(None, "Neuwahl Revisor"),  # l.26
        top(None, "Beschwerde eines Mitglieds gegen seinen Vereinsausschluss"),  # l.27
        top(None, "Anträge"),  # l.28
        top(None, "Verschiedenes"),  # l.29
    ],
    "participants": [
        # l.46 "Erfreut hat uns überdies die Anwesenheit von Herrn Michael Kaiser ... sowie
        # des ... 1. Gauschützenmeisters Herrn Dieter Schneider"
        who("Michael Kaiser"),  # l.46
        who("Dieter Schneider"),  # l.46
        # elected in the meeting (l.35-42): likely present, not stated
        who("Werner Altmann", optional=True, person_optional=False),  # l.35
        who("Toni Janele", optional=True, person_optional=False),  # l.36
        who("Philipp Nickl", optional=True, person_optional=False),  # l.37
        who("Annette Kraus", optional=True, person_optional=False),  # l.38
        who("Klaus Löblein", optional=True, person_optional=False),  # l.38
        who("Uwe Panhey", optional=True, person_optional=False),  # l.38
        who("Anneliese Taschner", optional=True, person_optional=False),  # l.38
        who("Klaus Zenetti", optional=True, person_optional=False),  # l.42
        who("David Neuhaus", optional=True, person_optional=False),  # l.40 moves up
    ],
    "excused": [],
    "others": [],
    "decisions": [
        dec(
            None, RES, ("Vereinsausschluss",), vote=votes(outcome=ADOPTED)
        ),  # l.44 "hat den Vereinsausschluss ... bestätigt"
        dec(
            None,
            RES,
            ("Schützenkommissar", "Michael Kaiser", "Akklamation"),
            vote=votes(unanimous=True, outcome=ADOPTED),
        ),  # l.46 "einstimmig ... ernannt"
        # optional: election results listed without a vote
        dec(None, ANY, ("Werner Altmann", "1. Schützenmeister"), vote=ANY, optional=True),  # l.35
        dec(None, ANY, ("Toni Janele", "Schatzmeister"), vote=ANY, optional=True),  # l.36
        dec(None, ANY, ("Philipp Nickl", "Sportleiter"), vote=ANY, optional=True),  # l.37
        dec(
            None, ANY, ("Gesellschaftsausschuss", "Annette Kraus"), vote=ANY, optional=True
        ),  # l.38
        dec(None, ANY, ("Klaus Zenetti", "Revisor"), vote=ANY, optional=True),  # l.42
        dec(None, ANY, ("David Neuhaus", "Ersatzmitglied"), optional=True),  # l.40
        dec(None, ANY, ("Ergebnisse der Wahlen", "Wahlen"), vote=ANY, optional=True),  # l.33
    ],
    "next_dates": [],
}

# --------------------------------------------------------------------------------------------
# 13 Liste LAUT Bochum, report on the 56th StuPa, 1st session (no date in the file; "TOP  1:",
# "TOP  8-13:", "einmütig bei vier Enthaltungen", election with counts per candidate)
# --------------------------------------------------------------------------------------------
EXPECTED["13_liste-laut-bochum_stupa-bericht-56-1.md"] = {
    "meeting": {
        "date": None,  # the file gives no date of the session (only the next election, l.44)
        "start": "18:30",  # l.62 "von 18:30 bis 21:30"
        "end": "21:30",  # l.62
    },
    "agenda_numbered": True,
    "agenda": [
        top("1", "Eröffnung und Feststellung der Beschlussfähigkeit"),  # l.8
        top("2", "Bestimmung einer vorübergehenden Protokollantin"),  # l.11
        top("3", "Beschluss der Geschäftsordnung"),  # l.14
        top("4", "Bericht der Wahlleiterin und Anfragen"),  # l.24
        top("5", "Wahl der Mitglieder des Präsidiums"),  # l.28
        top("6", "Einsprüche gegen das Wahlergebnis"),  # l.41
        top("7", "Festlegung eines Wahltermins"),  # l.43
        top(("8-13", "8", "8–13"), "Besetzung und Konstituierung der Ausschüsse"),  # l.47
        top("14", "Verschiedenes"),  # l.59
        top(None, "Quotierte Redelisten", optional=True),  # l.16
        top(None, "Verfahrens- und redaktionelle Änderungen", optional=True),  # l.19
        top(None, "Wahl der StuPa-Präsidentin", optional=True),  # l.29
        top(None, "Wahl der stellvertretenden StuPa-Präsidentin", optional=True),  # l.33
    ],
    # l.9 "34 von 35 Anwesenden": no names. The (temporary) minute-taker was there.
    "participants": [
        who("Patrick Walkowiak", "Patrick Walkoviak"),  # l.12 (spelt Walkoviak), l.20, l.30
        who("Felix Ledneczky", optional=True, person_optional=False),  # l.34, l.36
        who("Maximilian Gravendyk", optional=True, person_optional=False),  # l.35
        who("Eleodie Krusche", optional=True, person_optional=False),  # l.53-56
        who("Hannah Buch", optional=True, person_optional=False),  # l.54, l.57
        who("Florian Becker", optional=True, person_optional=False),  # l.56-57
    ],
    "excused": [],
    "others": [],
    "decisions": [
        dec(
            "3", RES, ("Quotierte", "Redelisten", "abgelehnt"), vote=votes(outcome=REJECTED)
        ),  # l.17-18 "Insgesamt wurde der Antrag ... abgelehnt"
        dec(
            "3",
            RES,
            ("kleinen Änderungen", "Diese wurden einstimmig", "Verfahrens"),
            vote=votes(unanimous=True, outcome=ADOPTED),
        ),  # l.20 "einstimmig angenommen"
        dec(
            "3", RES, ("geänderte Geschäftsordnung",), vote=votes(unanimous=True, outcome=ADOPTED)
        ),  # l.22
        dec(
            "5", RES, ("Walkowiak", "einmütig", "Präsident"), vote=votes(abstain=4, outcome=ADOPTED)
        ),  # l.30 "einmütig bei vier Enthaltungen"
        dec(
            "5",
            RES,
            ("Ledneczky", "Stellvertretend", "stellvertretend"),
            vote=votes(abstain=3, outcome=ADOPTED),
        ),  # l.34-37 19 vs 12, 3 Enthaltungen
        dec(
            "7", RES, ("Wahltermin",), vote=votes(unanimous=True, outcome=ADOPTED)
        ),  # l.44 "einstimmig auf die Woche ..."
        # optional
        dec("2", ANY, ("Protokoll", "Walkoviak"), optional=True),  # l.12
        dec("5", ANY, ("LAUT hat für", "gestimmt"), vote=ANY, optional=True),  # l.31, l.39
        dec("6", ANY, ("Wahlprüfungsausschuss", "Einspr"), optional=True),  # l.42
        dec(("8-13", "8"), ANY, ("Ausschüsse", "gewählt"), vote=ANY, optional=True),  # l.48
        dec("3", ANY, ("übernehmen", "bisherige Geschäftsordnung"), optional=True),  # l.15
    ],
    "next_dates": [
        # l.44 "Der nächste Wahltermin zum StuPa wurde ... auf die Woche vom 25 - 29.11.2024"
        when("2024-11-25", "2024-11-26", "2024-11-27", "2024-11-28", "2024-11-29"),
    ],
}

"""The facts a careful human reader finds in the seed minutes, as plain Python data.

Written by reading ``data/minutes/2019-11-21-strategiekreis.txt`` (line numbers below refer to
that file), not from the program's output. ``tests/test_seed_contract.py`` compares every
contract query against these facts with the tolerant matching a user would accept.

Conventions
-----------
* People are written as in the minutes, best-known full form; the test ignores case, titles
  ("Dr.", "Prof. Dr.", "Herr", "Frau") and the known typo pairs (Dreler/Dreier,
  Birgit/Brigitte, Sieglinde/Siglinde, Papenfuss/Papenfuß, Magarete/Margarete).
* Organisations are keys of ``ORGS``; each key lists the forms a user would accept (full name,
  usual acronym, the spelling in the minutes). The test ignores case, punctuation, quote and
  dash variants and legal suffixes (e.V., gGmbH, KdÖR ...).
* ``None`` means "no value" (the contract's ``null``).
"""

from __future__ import annotations

# --- organisations: key -> acceptable forms -------------------------------------------------
# Forms come from the minutes themselves (participant list l.13, AG list l.201, the TOP
# sections) plus the full name / usual acronym of the organisation.
ORGS: dict[str, tuple[str, ...]] = {
    "bmg": ("Bundesministerium für Gesundheit", "BMG"),
    "bmas": ("Bundesministerium für Arbeit und Soziales", "BMAS"),
    "bmbf": ("Bundesministerium für Bildung und Forschung", "BMBF"),
    "kmu-berater": (
        "DIE KMU-BERATER - Bundesverband freier Berater",
        "DIE KMU-BERATER",
        "KMU-Berater",
        "Die KMU-Berater Bundesverband",
        "Bundesverband freier Berater",
        "Die KMU-Berater - Bundesverband",
    ),
    "dnbgf": (
        "DNBGF",
        "Deutsches Netzwerk für Betriebliche Gesundheitsförderung",
        "DNBGF-Geschäftsstelle",
        "DNBGF Geschäftsstelle",
    ),
    "bkk": ("BKK Dachverband", "BKK DV", "BKK", "BKK-Dachverband"),
    "bstbk": ("Bundessteuerberaterkammer", "BStBK", "Bundesteuerberaterkammer"),
    "stiftung-mgv": (
        'Stiftung "Mittelstand - Gesellschaft - Verantwortung"',
        "Stiftung M-G-V",
        "Stiftung MGV",
        "Mittelstand - Gesellschaft - Verantwortung",
    ),
    "dnb": ("Deutsches Netzwerk Büro", "DNB", "Deutsches Netzwerk Büro - DNB"),
    "ibwf": ("IBWF", "Institut für Betriebsberatung, Wirtschaftsförderung und -forschung"),
    "ba": (
        "Bundesagentur für Arbeit",
        "BA",
        "Agentur für Arbeit",
        "AGS der Agentur für Arbeit",
        "AGS der BA",
    ),
    "dex": ("DEx Demographie-Experten", "DEx", "Demographie-Experten"),
    "dguv": ("Deutsche Gesetzliche Unfallversicherung", "DGUV"),
    "dioezese": (
        "Diözese Rottenburg-Stuttgart",
        "Diözese Stuttgart/Rottenburg",
        "Diözese Stuttgart/Rottenburg - Kirche und Gesellschaft",
        "Diözese Rottenburg-Stuttgart - Kirche und Gesellschaft",
        "Diözese Rottenburg-Stuttgart - Hauptabteilung Kirche und Gesellschaft",
        "DRS",
    ),
    "bbe": ("Bundesnetzwerk Bürgerschaftliches Engagement", "BBE"),
    "bv-bfw": (
        "Bundesverband Deutscher Berufsförderungswerke",
        "BV BFW",
        "Bundesverband der Deutschen Berufsförderungswerke",
    ),
    "f-bb": (
        "Forschungsinstitut Betriebliche Bildung",
        "f-bb",
        "f-bb gGmbH",
        "Forschungsinstitut für betriebliche Bildung",
    ),
    "dstv": ("Deutscher Steuerberaterverband", "DStV"),
    "ifaa": (
        "ifaa - Institut für angewandte Arbeitswissenschaft",
        "ifaa",
        "Institut für angewandte Arbeitswissenschaft",
    ),
    "bg-rci": ("Berufsgenossenschaft Rohstoffe und Chemische Industrie", "BG RCI"),
    "beraternetzwerk": ("beraternetzwerk.de", "Beraternetzwerk"),
    "fraunhofer-iao": (
        "Fraunhofer IAO",
        "Fraunhofer-Institut für Arbeitswirtschaft und Organisation",
        "IAO",
    ),
    "isf": (
        "Institut für Sozialwissenschaftliche Forschung",
        "ISF München",
        "ISF",
        "Institut für Sozialwissenschaftliche Forschung - ISF München",
        "Institut für Sozialwissenschaftliche Forschung München",
    ),
    "ifm-bonn": ("Institut für Mittelstandsforschung Bonn", "IfM Bonn", "ifm-bonn", "IfM"),
    "faw": ("Fortbildungsakademie der Wirtschaft", "FAW"),
    "vdsi": (
        "VDSI",
        "VDSI - Verband für Sicherheit, Gesundheit und Umweltschutz bei der Arbeit",
        "Verband für Sicherheit, Gesundheit und Umweltschutz bei der Arbeit",
    ),
    "drv": ("Deutsche Rentenversicherung", "DRV", "Deutsche Rentenversicherung Bund", "DRV Bund"),
    "bundesbank": (
        "Deutsche Bundesbank",
        "Hochschule der Deutschen Bundesbank",
        "Deutsche Bundesbank - Hochschule - University of Applied Sciences",
        "Deutsche Bundesbank Hochschule",
        "Bundesbank-Hochschule",
        "Bundesbank",
    ),
    "itb": (
        "itb",
        "itb - Institut für Technik der Betriebsführung",
        "Institut für Technik der Betriebsführung",
        "itb - Institut für Technik der Betriebsführung im DHI",
        "Institut für Technik der Betriebsführung im DHI",
    ),
    "zdh": (
        "Zentralverband des Deutschen Handwerks",
        "ZDH",
        "ZDH Zentralverband des deutschen Handwerks",
    ),
    "rkw": (
        "RKW Kompetenzzentrum",
        "RKW",
        "RKW Rationalisierungs- und Innovationszentrum der Deutschen Wirtschaft",
    ),
    "vbu": ("Verbund Beratender Unternehmer", "VBU", "Verbund-Beratender Unternehmer"),
    "ifa": ("Institut für Arbeitsfähigkeit",),
    "wai": ("WAI-Netzwerk", "Deutsches WAI-Netzwerk"),
    "mewes": ("Wolfgang Mewes Stiftung", "Mewes-Stiftung"),
    "strategieforum": ("Bundesverband Strategieforum", "Strategieforum"),
    "bghm": ("BG Holz und Metall", "BGHM", "Berufsgenossenschaft Holz und Metall"),
    "bgf-institut": (
        "Institut für betriebliche Gesundheitsförderung",
        "BGF-Institut",
        "BGF Institut",
        "Institut für betriebliche Gesundheitsförderung - AOK",
        "Institut für betriebliche Gesundheitsförderung der AOK",
        "BGF-Institut der AOK",
    ),
    "50plus": ("Bundesverband Initiative 50plus", "Initiative 50plus"),
    "bdvt": (
        "BDVT",
        "BDVT - Der Berufsverband für Training, Beratung und Coaching",
        "Der Berufsverband für Training, Beratung und Coaching",
    ),
    "nachhaltigkeit": ("Bundesvereinigung Nachhaltigkeit",),
    # organisations named only in the AG member list (l.201)
    "bvv": ("BVV BV", "BVV", "BVV Bundesverband"),
    "dvr": ("DVR", "Deutscher Verkehrssicherheitsrat"),
    "den": ("DEN", "Deutsches Energieberater-Netzwerk"),
    "fhm": ("FHM", "Fachhochschule des Mittelstands"),
    "om-rheinruhr": (
        "OM-Netzwerk RheinRuhr",
        "OM-Netzwerk Rhein-Ruhr",
        "OM RheinRuhr",
        "Offensive Mittelstand RheinRuhr",
    ),
    "om-bawue": (
        "OM-Netzwerk BaWü",
        "OM-Netzwerk Baden-Württemberg",
        "OM BaWü",
        "Offensive Mittelstand Baden-Württemberg",
    ),
}

# --- meetings: header l.7-11 ----------------------------------------------------------------
# "2. Treffen des Strategiekreises ..." / "21. November 2019, Berlin, 11:00 - 16:30 Uhr"
MEETING = {
    "date": "2019-11-21",
    "start": "11:00",
    "end": "16:30",
    "place": "Berlin",
    "body": "Strategiekreis",
}

# --- participants: l.13 "Teilnehmer: Name (Organisation), ..." ------------------------------
# One entry per attendee and affiliation. "X/Y" = two affiliations (Blum, Reuter, Rohde);
# "Diözese Stuttgart/Rottenburg" is one name (the diocese), not two organisations.
PARTICIPANTS: list[tuple[str, str]] = [
    ("Maria Becker", "bmg"),
    ("Joachim Berendt", "kmu-berater"),
    ("Michael Blum", "dnbgf"),  # "DNBGF-Geschäftsstelle/BKK Dachverband"
    ("Michael Blum", "bkk"),
    ("Karl-Heinz Bonjean", "bstbk"),
    ("Oleg Cernavin", "stiftung-mgv"),
    ("Mario Dobernowsky", "dnb"),
    ("Boje Dohrn", "ibwf"),
    ("Birgit Domschke", "ba"),
    ("Hans-Jürgen Dorr", "dex"),
    ("Dr. Stefan Dreler", "dguv"),  # "Dr. Stefan Dreier" in l.201
    ("Dr. Joachim Drumm", "dioezese"),
    ("Helmut Ehnes", "stiftung-mgv"),
    ("Serge Embacher", "bbe"),
    ("Christoph Erbslöh", "bv-bfw"),
    ("Gunda Fischer", "f-bb"),
    ("Dr. Carola Fischer", "bstbk"),
    ("Mathias Fortenbacher", "dstv"),
    ("Dr. Martina Frost", "ifaa"),
    ("Christof Göbel", "bg-rci"),
    ("Claus Heitzer", "beraternetzwerk"),
    ("Katharina Hochfeld", "fraunhofer-iao"),
    ("Judith Neumer", "isf"),
    ("Dr. Annette Icks", "ifm-bonn"),
    ("Volker Jödicke", "faw"),
    ("Karlheinz Kalenberg", "vdsi"),
    ("Karin Klopsch", "drv"),
    ("Dr. Henning Krassen", "bmbf"),
    ("Prof. Dr. Oliver Kruse", "bundesbank"),
    ("Stefanie Lambers", "ba"),
    ("Sieglinde Ludwig", "dguv"),  # "Siglinde Ludwig DGUV" in l.63
    ("Kristina Mangold", "itb"),
    ("Markus Müller", "bmas"),
    ("Rolf Papenfuss", "zdh"),
    ("Dr. Mandy Pastohr", "rkw"),
    ("Magarete Peters", "vbu"),
    ("Tobias Reuter", "ifa"),  # "Institut für Arbeitsfähigkeit/ WAI-Netzwerk"
    ("Tobias Reuter", "wai"),
    ("Georg Rohde", "mewes"),  # "Wolfgang Mewes Stiftung/ Bundesverband Strategieforum"
    ("Georg Rohde", "strategieforum"),
    ("Sven Rodenhäuser", "bghm"),
    ("Oliver Hasselmann", "bgf-institut"),
    ("Gerd Schierenbeck", "50plus"),
    ("Bruno Schmalen", "bdvt"),
    ("Achim Sieker", "bmas"),
    ("Angelika Stockinger", "stiftung-mgv"),
    ("Martin Wittau", "nachhaltigkeit"),
]
N_PARTICIPANTS = 44  # distinct persons in l.13

# --- AG Beratungsverständnis: l.201 "Der Arbeitsgruppe gehören an: ..." ---------------------
# The group is named "AG Beratungsverständnis" (l.19), "Arbeitsgruppe Gemeinsames
# Beratungsverständnis" (l.143), "Arbeitsgruppe zum Beratungsverständnis" (l.199).
AG_BV = "AG Beratungsverständnis"
AG_BV_FORMS = (
    "AG Beratungsverständnis",
    "Arbeitsgruppe Beratungsverständnis",
    "AG Gemeinsames Beratungsverständnis",
    "Arbeitsgruppe Gemeinsames Beratungsverständnis",
    "AG Gemeinsames zeitgemäßes Beratungsverständnis",
)
AG_BV_MEMBERS: list[tuple[str, str]] = [
    ("Kristina Mangold", "itb"),  # "Kristina Mangold/ Andreas Ihm (itb)"
    ("Andreas Ihm", "itb"),
    ("Boje Dohrn", "ibwf"),
    ("Bruno Schmalen", "bdvt"),
    ("Karl-Heinz Bonjean", "bstbk"),  # "Karl-Heinz Bonjean/Dr. Carola Fischer (Bundesteuer...)"
    ("Dr. Carola Fischer", "bstbk"),
    ("Birgit Domschke", "ba"),  # "Birgit Domschke/Stefanie Lambers (AGS der Agentur für Arbeit)"
    ("Stefanie Lambers", "ba"),
    ("Dr. Julia Schroeder", "bvv"),
    ("Michael Blum", "dnbgf"),
    ("Kay Schulte", "dvr"),
    ("Dr. Gregor Weber", "den"),
    ("Mathias Fortenbacher", "dstv"),  # "Mathias Fortenbacher/ Torsten Lüth (DStV)"
    ("Torsten Lüth", "dstv"),
    ("Heike Wenzel", "dguv"),  # "Heike Wenzel/ Heinz Schmid/ Dr. Stefan Dreier (DGUV)"
    ("Heinz Schmid", "dguv"),
    ("Dr. Stefan Dreler", "dguv"),
    ("Ulrich Wilken", "fhm"),
    ("Joachim Berendt", "kmu-berater"),  # "Joachim Berendt/ Dr. Meyer (Die KMU-Berater...)"
    ("Dr. Meyer", "kmu-berater"),
    ("Hans-Jürgen Dorr", "dex"),
    ("Claus Heitzer", "beraternetzwerk"),
    ("Karlheinz Kalenberg", "vdsi"),
    ("Prof. Dr. Oliver Kruse", "bundesbank"),  # "Prof. Dr. Kruse (Deutsche Bundesbank)"
    ("Dr. Achim Loose", "om-rheinruhr"),
    ("Achim Sieker", "bmas"),
    ("Dr. Annette Icks", "ifm-bonn"),
    ("Christof Göbel", "bg-rci"),
    ("Magarete Peters", "vbu"),
    ("Helmut Ehnes", "stiftung-mgv"),  # "Helmut Ehnes/ Oleg Cernavin (Stiftung M-G-V)"
    ("Oleg Cernavin", "stiftung-mgv"),
    ("Angelika Stockinger", "om-bawue"),
]
N_AG_BV_MEMBERS = 32

# --- people: everyone the minutes name, with every affiliation they are given ---------------
# The 44 participants (l.13) plus the 10 AG members named only in l.201; Angelika Stockinger
# is given two organisations (Stiftung M-G-V l.13, OM-Netzwerk BaWü l.201).
PEOPLE: list[tuple[str, str]] = sorted(set(PARTICIPANTS) | set(AG_BV_MEMBERS))
N_PEOPLE = 54

# --- groups: every working group, circle, team or committee named ---------------------------
# key -> (acceptable forms); where each is named is in the comment.
GROUPS: dict[str, tuple[str, ...]] = {
    # l.7 "Treffen des Strategiekreises", l.222 "OM-Strategiekreis"
    "strategiekreis": (
        "Strategiekreis",
        "OM-Strategiekreis",
        "Strategiekreis der Offensive Mittelstand",
    ),
    "ag-bv": AG_BV_FORMS,  # l.19, l.143, l.199-201
    # l.121-127, l.195, l.216, l.237
    "ag-transfer": ("AG Transfer", "Arbeitsgruppe Transfer"),
    # l.107, l.216
    "koordinierungsteam": ("Koordinierungsteam", "OM-Koordinierungsteam"),
    # l.81 'Die OM-Fachgruppe „Gesundheit“ ... die FG'
    "fg-gesundheit": ("OM-Fachgruppe Gesundheit", "Fachgruppe Gesundheit", "FG Gesundheit"),
    # l.77 "die Fachgruppe BGM" (Michael Blum, DNBGF)
    "fg-bgm": ("Fachgruppe BGM", "FG BGM"),
    # l.103 "die Arbeitsgruppe Digitale Transformation"
    "ag-digitale-transformation": (
        "AG Digitale Transformation",
        "Arbeitsgruppe Digitale Transformation",
    ),
    # l.222 "das Parallelgremium des BBE dem Koordinierungsausschuss"
    "koordinierungsausschuss": (
        "Koordinierungsausschuss",
        "Koordinierungsausschuss des BBE",
        "BBE-Koordinierungsausschuss",
    ),
}
# Named bodies a reader may or may not count as groups: neither required nor an error.
GROUPS_OPTIONAL: tuple[str, ...] = (
    "World-Café-Kreis",
    "Arbeitsgruppe 1",
    "Arbeitsgruppe 2",
    "Arbeitsgruppe 3",
    "Nationale Präventionskonferenz",
    "NPK",
    "OM-Netzwerk RheinRuhr",
    "OM-Netzwerk BaWü",
    "Unterabteilung Prävention",
    "Referat DA 1",
    "Referat Zukunft der Arbeit",
    "Parallelgremium",
    "AF-Sitzung",
)

# --- agenda: the table l.15-29, presenters also from the TOP headings l.129, l.141, l.218 ----
# number -> (title keyword that must appear in the title, start, presenters).
# TOP 3 and 6 say "Alle" (everybody): no presenter; TOP 3's heading (l.129) names Oleg
# Cernavin, so for TOP 3 either null or Oleg Cernavin is right (see AGENDA_ALTERNATIVES).
AGENDA: dict[str, tuple[str, str, tuple[str | None, ...]]] = {
    "1": ("Begrüßung", "11:00", (None,)),
    "2": ("Neues aus", "11:10", ("Maria Becker", "Markus Müller", "Dr. Henning Krassen")),
    "3": ("Grundprinzipien", "12:00", (None,)),
    "4": ("Beratungsverständnis", "13:30", ("Birgit Domschke",)),
    "5": ("Umsetzung des gemeinsamen Beratungsverständnisses", "14:00", (None,)),
    "6": ("Zukunfts-Themen", "15:40", (None,)),
    "7": (
        "Zusammenarbeit gemeinnütziger Organisationen",
        "16:10",
        ("Serge Embacher", "Oleg Cernavin"),
    ),
    "8": ("Verschiedenes", "16:25", (None,)),
}
AGENDA_ALTERNATIVES: dict[str, tuple[str | None, ...]] = {"3": (None, "Oleg Cernavin")}
# Unnumbered rows (l.18 Mittagspause 12:30, l.24 Pause 14:50, l.25 Vorstellung der Ergebnisse
# 15:10) are breaks/sub-items: allowed, not required.

# --- decisions: TOP 2-7 ---------------------------------------------------------------------
# Each: item, kinds accepted, keyword of the text, assignees (one row each; None = nobody
# named), vote ("unanimous" = einstimmig, 0 against, 0 abstentions; None = no vote stated;
# "any" = not checked), due (ISO or None).
DECISIONS: list[dict[str, object]] = [
    # l.81 Vereinbarung: OM-Fachgruppe „Gesundheit“ prepares information on the
    # Präventionsstrategie and a concept
    {
        "item": "2",
        "kinds": ("agreement",),
        "keyword": "Präventionsstrategie",
        "assignees": ("fg-gesundheit",),
        "vote": None,
        "due": None,
    },
    # l.107 Vereinbarung: Koordinierungsteam, concept on "Bürokratisierung"
    {
        "item": "2",
        "kinds": ("agreement",),
        "keyword": "Bürokratisierung",
        "assignees": ("koordinierungsteam",),
        "vote": None,
        "due": None,
    },
    # l.125 Vereinbarung: the BMBF is invited to the next AG Transfer
    {
        "item": "2",
        "kinds": ("agreement",),
        "keyword": "AG Transfer eingeladen",
        "assignees": ("BMBF",),
        "vote": None,
        "due": None,
    },
    # l.137 Beschluss: title changed to "Grundlagen der Zusammenarbeit" (vote not on this line)
    {
        "item": "3",
        "kinds": ("resolution",),
        "keyword": "Titel der Grundprinzipien",
        "assignees": (None,),
        "vote": "any",
        "due": None,
    },
    # l.139 "werden einstimmig ... beschlossen, es gibt keine Gegenstimmen und keine
    # Enthaltungen" (Anlage 3)
    {
        "item": "3",
        "kinds": ("resolution",),
        "keyword": "einstimmig",
        "assignees": (None,),
        "vote": "unanimous",
        "due": None,
    },
    # l.150 Beschluss: Gemeinsames Beratungsverständnis "einstimmig verabschiedet, ohne
    # Enthaltungen, ohne Gegenstimmen"
    {
        "item": "4",
        "kinds": ("resolution",),
        "keyword": "Beratungsverständnis",
        "assignees": (None,),
        "vote": "unanimous",
        "due": None,
    },
    # l.195 Vereinbarung: AG Transfer turns the results into concrete measures
    {
        "item": "5",
        "kinds": ("agreement",),
        "keyword": "konkrete Maßnahmen",
        "assignees": ("ag-transfer",),
        "vote": None,
        "due": None,
    },
    # l.197 "Ebenso wurde beschlossen, dass die Steckbriefe ... bis zum 1.1.2020 ... bei Oleg
    # Cernavin" -- nobody or Oleg Cernavin acts
    {
        "item": "5",
        "kinds": ("resolution",),
        "keyword": "Steckbriefe",
        "assignees": (None,),
        "assignee_alternatives": ("Oleg Cernavin",),
        "vote": None,
        "due": "2020-01-01",
    },
    # l.199 the AG Beratungsverständnis "soll ein Konzept ... regionaler Netzwerkarbeit
    # entwickeln"
    {
        "item": "5",
        "kinds": ("task", "agreement", "resolution"),
        "keyword": "Netzwerkarbeit",
        "assignees": ("ag-bv",),
        "vote": None,
        "due": None,
    },
    # l.216 Vereinbarung: Koordinierungsteam and AG Transfer -> Arbeitsprogramm
    {
        "item": "6",
        "kinds": ("agreement",),
        "keyword": "Arbeitsprogramm",
        "assignees": ("koordinierungsteam", "ag-transfer"),
        "vote": None,
        "due": None,
    },
    # l.230 Beschluss: Leitfaden and two Praxishilfen "einstimmig verabschiedet, es gibt keine
    # Gegenstimmen und keine Enthaltungen"
    {
        "item": "7",
        "kinds": ("resolution",),
        "keyword": "Leitfaden",
        "assignees": (None,),
        "vote": "unanimous",
        "due": None,
    },
]
# Rows that a reader may or may not list: (item, text keyword). Neither required nor an error.
DECISIONS_OPTIONAL: list[tuple[str, str]] = [
    ("1", "Spenden"),  # l.39 everybody is asked to donate this year
    ("2", "1 Pager"),  # l.123 "Die AG Transfer sollte auch ein 1 Pager dazu entwickeln."
    ("2", "Oktober 2020"),  # l.127 "Die AG Transfer soll im Oktober 2020 ... stattfinden."
    ("7", "Zusammenarbeit"),  # l.222 closer cooperation OM/BBE
    ("7", "transferiert"),  # l.220 the documents are to be transferred
]

# --- World-Café: l.20-23 (agenda) and l.152-156 (TOP 5) -------------------------------------
WORLD_CAFE: dict[int, tuple[str, tuple[str, str]]] = {
    1: (
        "Wie können wir das gemeinsame moderne Beratungsverständnis in unseren eigenen "
        "Beraterstrukturen umsetzen? Wie kann die OM helfen?",
        ("Kristina Mangold", "Boje Dohrn"),
    ),
    2: (
        "Welche Strukturen benötigen wir zur Förderung des gemeinsamen modernen "
        "Beratungsverständnisses? Wie können wir die OM nutzen?",
        ("Birgit Domschke", "Michael Blum"),
    ),
    3: (
        "Welche Hilfsmittel/Werkzeuge benötigen wir zur Vermittlung des gemeinsamen modernen "
        "Beratungsverständnisses? Wie kann die OM unterstützen?",
        ("Bruno Schmalen", "Dr. Carola Fischer"),
    ),
}

# --- World-Café results: l.158-193 "Ergebnisse Arbeitsgruppe N" -----------------------------
WORLD_CAFE_RESULTS: dict[int, list[str]] = {
    1: [  # l.165-168
        "Inhalt/Aufgabe der Organisationen/Partner der OM für die anderen Partner aufbereiten "
        "(„Institutionenbroschüre“)",
        "Papier sollte über Leitfragen den Beratern dargestellt werden, damit Berater das "
        "Papier einfacher durchdringen können",
        "Erfolgsgeschichten aus der Beratung präsentieren, OM könnte dafür hilfreich sein. "
        "Müsste von OM aufbereitet werden.",
        "Persönliches Kennenlernen der Berater ist wichtig (Kooperation schafft vertrauen) – "
        "Treffen anregen und organisieren",
    ],
    2: [  # l.176-182
        "Einbringen des Leitfadens in die Weiterbildung der Institutionen (in den "
        "Weiterbildungsmodulen) – dafür sollte die OM Vorlagen entwickeln",
        "Institutionsübergreifendes „Berater-Cafe“ Format in den Regionen",
        "Muster-Beratungsfall – von OM aufbereiten",
        "Gegenseitige Hospitation/gemeinsame Beratung",
        "Praxischechecks einsetzen und regionale Netzwerke nutzen",
        "Gemeinsames Beraterverständnis in die Beraterschulung/Die Erfahrungsaustausche "
        "integrieren",
        "„von unten wachsen“ – Beraterverständnis muss von den Beratern gelebt werden",
    ],
    3: [  # l.188-193
        "Umsetzungshilfen scannen hinsichtlich der Frage, welche Institution/welcher Berater "
        "hat welche Kompetenz",
        "Regionale Vernetzung/Zusammenarbeit",
        "Unterschiedliche Settings der Berater (Berater/Aufsicht) – Welche Rolle übernimmt der "
        "Berater? Rollenverständnis ist zu klären und klar zu kommunizieren.",
        "Erfahrungsaustausche insbesondere zwischen institutionellen und freien Beratern sind "
        "wichtig",
        "Kompetenzportraits der Institutionen",
    ],
}

# --- future topics: TOP 6, l.207-214 --------------------------------------------------------
# (rank, topic, proposers). "Herr Papenfuß" = Rolf Papenfuss, "Herr Bojean" = Karl-Heinz
# Bonjean, "Herr Schmalen" = Bruno Schmalen.
FUTURE_TOPICS: list[tuple[int, str, tuple[str | None, ...]]] = [
    (1, "KMU", ("Rolf Papenfuss",)),
    (2, "Datenschutz", (None,)),
    (3, "Regulierungsdichte/Entbürokratisierung", ("Rolf Papenfuss", "Karl-Heinz Bonjean")),
    (4, "Digitalisierung", (None,)),
    (5, "Digitale Compliance", (None,)),
    (6, "Digitale Souveränität", ("Bruno Schmalen",)),
    (7, "Nachhaltigkeit", (None,)),
    (8, "Ehrenamt", (None,)),
]

# --- next dates: TOP 8, l.234-238 -----------------------------------------------------------
# (date, title keyword, place)
NEXT_DATES: list[tuple[str, str, str]] = [
    ("2020-04-30", "Strategiekreis", "Berlin"),
    ("2020-10-23", "AG Transfer", "Bonn"),
    ("2020-11-12", "Strategiekreis", "Berlin"),
]
# l.115/121 the BMBF conference beyondwork 2020 (21-22 Oct 2020, Bonn) is an event with a
# date a reader may list too: allowed, not required.
NEXT_DATES_OPTIONAL: list[str] = ["2020-10-21", "2020-10-22"]

# --- attachments: l.113, l.131, l.139, l.150, l.220 and "7 Anlagen" l.240 --------------------
# Anlage number -> agenda item that refers to it
ATTACHMENTS: dict[int, str] = {1: "2", 2: "3", 3: "3", 4: "4", 5: "7", 6: "7", 7: "7"}

# --- ministries: TOP 2 (l.41-127) -----------------------------------------------------------
# The three ministries that presented (BMG l.43, BMAS l.85, BMBF l.111). BMWI (l.87) is only
# wished for at the table and raised no topic.
MINISTRIES: dict[str, tuple[str, ...]] = {
    "bmg": ORGS["bmg"],
    "bmas": ORGS["bmas"],
    "bmbf": ORGS["bmbf"],
}
# For each ministry, words of which at least one names a topic it raised:
# BMG: Präventionsgesetz/-strategie, Pflegepersonal-Stärkungsgesetz (BGF), Masernschutz,
# "Gesund stark erfolgreich"; BMAS (l.91-93): Präventionsstrategie, Fachkräftesicherung,
# Weiterbildung, Digitalisierung, KI, INQA, Mentale Gesundheit; BMBF (l.111-125):
# Zukunft der Arbeit, Arbeitsforschung and its transfer to KMU.
MINISTRY_TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "bmg": ("prävention", "gesundheit", "pflege", "masern", "impf"),
    "bmas": (
        "prävention",
        "fachkräfte",
        "weiterbildung",
        "digital",
        "künstliche intelligenz",
        "ki",
        "inqa",
        "mentale",
        "psychisch",
        "gesundheit",
    ),
    "bmbf": ("arbeit", "forschung", "transfer", "digital"),
}
# Prävention(sstrategie) is raised by both BMG (l.47) and BMAS (l.91).
MINISTRY_OVERLAP: tuple[str, str, str] = ("prävention", "bmg", "bmas")
# Accepted, not required: at the default rollup (a topic counts for its broader topics) BMAS's
# INQA (l.91; skos:broader "Zukunft der Arbeit" in data/topics.ttl) meets BMBF's report from the
# Referat "Zukunft der Arbeit" (l.111).
MINISTRY_OVERLAP_OPTIONAL: tuple[str, str, str] = ("zukunft der arbeit", "bmas", "bmbf")

"""Phrase banks for the prose of generated minutes (topics, reports, discussions, decisions).

Templates use ``str.format`` fields: ``{topic}``, ``{topic2}``, ``{project}``, ``{year}``,
``{city}``, ``{org}``, ``{group}``, ``{doc}``.
"""

from __future__ import annotations

CITIES: tuple[str, ...] = (
    "Berlin", "Bonn", "Frankfurt am Main", "Köln", "Dortmund", "Heidelberg", "Mainz", "Hamburg",
    "München", "Nürnberg", "Stuttgart", "Leipzig", "Düsseldorf", "Essen", "Hannover",
)

TOPICS: tuple[str, ...] = (
    "Digitalisierung", "Fachkräftesicherung", "Künstliche Intelligenz", "Mentale Gesundheit",
    "Nachhaltigkeit", "Datenschutz", "Entbürokratisierung", "Ehrenamt", "Arbeitsschutz",
    "Weiterbildung", "Demografischer Wandel", "mobiles Arbeiten", "Führungskultur",
    "Unternehmensnachfolge", "Betriebliches Gesundheitsmanagement", "Präventionsstrategie",
    "Fachkräfteeinwanderung", "Digitale Souveränität", "Gefährdungsbeurteilung psychischer Belastung",
    "Inklusion", "Diversität", "Energiekosten", "Lieferketten", "Cybersicherheit",
    "Resilienz kleiner Betriebe", "Arbeitszeitgestaltung", "Ausbildung", "Regionale Netzwerkarbeit",
    "Beratungsqualität", "Wissenstransfer", "Klimaanpassung im Betrieb", "Generationenwechsel",
)

PROJECTS: tuple[str, ...] = (
    "Gesund stark erfolgreich", "INQA-Check „Personalführung“", "Praxischeck Digitalisierung",
    "beyondwork", "Zukunftszentren", "Mittelstand-Digital", "KMU-Kompass", "Unternehmenswert Mensch",
    "Offensive Gesund Pflegen", "Präventionskultur kommmitmensch", "GDA-Arbeitsprogramm Psyche",
    "Leitfaden Nachhaltigkeit", "Berater-Café", "Praxishilfe Ehrenamt", "Check Gute Führung",
)

DOCUMENTS: tuple[str, ...] = (
    "Leitfaden „Gute Beratung im Mittelstand“", "Positionspapier zur Fachkräftesicherung",
    "Arbeitsprogramm der Offensive Mittelstand", "Praxishilfe „Mentale Gesundheit im Betrieb“",
    "Geschäftsordnung des Strategiekreises", "Papier „Gemeinsames Verständnis von regionaler Netzwerkarbeit“",
    "INQA-Check „Digitalisierung“ in der überarbeiteten Fassung", "Kommunikationskonzept der OM",
    "Steckbrief der Partnerinstitutionen", "Leitfaden „Zusammenarbeit mit gemeinnützigen Organisationen“",
    "Qualitätsstandard für OM-Beraterinnen und -Berater", "Jahresplanung der Arbeitsgruppe",
    "Grundlagen der Zusammenarbeit", "Handlungshilfe „Nachhaltig wirtschaften“",
    "Eckpunktepapier „KI im Mittelstand“", "Evaluationskonzept für die regionalen Netzwerke",
)

REPORT: tuple[str, ...] = (
    "Im Mittelpunkt der Arbeit stehen derzeit die Themen {topic} und {topic2}.",
    "Das Projekt „{project}“ ist in der zweiten Phase und endet {year}.",
    "Ein Ergebnis der Auswertung sei, dass sich die Strukturen bewährt hätten, die Koordination zwischen den Trägern aber weiter verbessert werden müsse.",
    "Geplant ist ferner ein Relaunch der Homepage, verbunden mit einer Überarbeitung des Corporate Designs.",
    "Zum Thema {topic} wurde eine Umfrage unter den Mitgliedsbetrieben durchgeführt, deren Ergebnisse im Frühjahr {year} veröffentlicht werden.",
    "Es wird berichtet, dass die Nachfrage nach Beratung zum Thema {topic} in kleinen Betrieben deutlich gestiegen sei.",
    "Die Förderrichtlinie wird derzeit überarbeitet; eine neue Ausschreibung ist für {year} vorgesehen.",
    "Die Zusammenarbeit mit den regionalen Netzwerken in {city} habe sich als sehr fruchtbar erwiesen.",
    "Mit dem Projekt „{project}“ sollen insbesondere Kleinstbetriebe erreicht werden, die bisher kaum Zugang zu Beratung haben.",
    "Es sei wichtig, die Angebote zum Thema {topic} stärker zu bündeln und für die Betriebe verständlich aufzubereiten.",
    "Die Ergebnisse der Fachtagung in {city} wurden in einer Dokumentation zusammengefasst, die allen Partnern zur Verfügung steht.",
    "Für das Thema {topic} wird eine eigene Themensäule eingerichtet, in der die Aktivitäten gebündelt werden.",
    "Derzeit werde die Stellungnahme vorbereitet und anschließend den Gremien zugeleitet.",
    "Die Zahl der Anfragen aus den Betrieben habe sich gegenüber dem Vorjahr nahezu verdoppelt.",
    "Die Praxishilfen zum Thema {topic} werden sehr gut angenommen und sollen um Beispiele aus dem Handwerk ergänzt werden.",
    "Eine erste Bilanz zeige, dass vor allem die persönliche Ansprache der Betriebe über Multiplikatoren wirkt.",
    "Die Fördermittel für {year} sind weitgehend gebunden, für Anschlussprojekte werden noch Partner gesucht.",
    "Auf der Veranstaltung in {city} wurde deutlich, dass {topic} und {topic2} eng zusammenhängen.",
)

QUESTIONS: tuple[str, ...] = (
    "Wann kann mit der Stellungnahme gerechnet werden?",
    "Gibt es dazu bereits Erfahrungen aus den Regionen?",
    "Wie können die Ergebnisse die Betriebe tatsächlich erreichen?",
    "Ist eine Beteiligung der Kammern vorgesehen?",
    "Welche Rolle können die OM-Partner dabei übernehmen?",
    "Werden die Materialien auch in leichter Sprache angeboten?",
    "Gibt es eine Zusammenfassung für die Partner?",
    "Wie wird die Wirksamkeit der Maßnahmen gemessen?",
    "Ist das Angebot auch für Soloselbstständige offen?",
    "Bis wann müssen Rückmeldungen vorliegen?",
)

ANSWERS: tuple[str, ...] = (
    "1. Quartal {year}.", "Voraussichtlich im Herbst {year}.", "Das wird derzeit geprüft.",
    "Ja, die Unterlagen werden nach der Sitzung versendet.", "Dazu wird es im nächsten Treffen einen Bericht geben.",
)

STATEMENTS: tuple[str, ...] = (
    "merkt an, dass viele Projekte und Produkte nicht bei den Betrieben ankommen",
    "regt an, im Rahmen der OM Lösungen gegen das Silodenken der Partner zu entwickeln",
    "weist darauf hin, dass das Thema {topic} in den Regionen sehr unterschiedlich bearbeitet wird",
    "berichtet, dass sich die Fachgruppe darüber austauscht, was dies für die Praxis der Beratung bedeutet",
    "berichtet über ein Modellprojekt, das sich genau mit dem Thema {topic} beschäftigt",
    "sieht darin einen guten Ansatz, der noch weiter ausgebaut werden sollte",
    "betont, dass die Betriebe selbst stärker gefragt werden sollten",
    "verweist auf die Arbeitsgruppe, in der bereits einige Partner am Tisch sitzen",
    "schlägt vor, das Thema {topic} im nächsten Strategiekreis vertieft zu behandeln",
    "gibt zu bedenken, dass die Ressourcen der Partner begrenzt sind",
    "weist auf den Start der Zukunftszentren in {city} hin",
    "regt an, die Erfahrungen aus dem Projekt „{project}“ zu nutzen",
    "berichtet von guten Erfahrungen mit regionalen Beratertreffen in {city}",
    "merkt an, dass die Sprache der Materialien für Kleinstbetriebe oft zu kompliziert ist",
)

ACTIONS: tuple[str, ...] = (
    "Informationen zum Thema {topic} so aufzubereiten, dass sie allen OM-Partnern verständlich vermittelt werden",
    "ein Konzept zu überlegen, wie das Thema {topic} im Rahmen der OM angegangen werden kann",
    "die genannten Themen in ein Arbeitsprogramm zu überführen",
    "die Ergebnisse in konkrete Maßnahmen umzuwandeln",
    "einen One-Pager zum Projekt „{project}“ zu entwickeln",
    "die Steckbriefe der Institutionen zu aktualisieren",
    "bis zur nächsten Sitzung einen Vorschlag für eine Fachveranstaltung in {city} vorzulegen",
    "die Partner zu einer Online-Umfrage zum Thema {topic} einzuladen",
    "Kontakt zum Projekt „{project}“ aufzunehmen und über die Ergebnisse zu berichten",
    "eine Übersicht der Angebote der Partner zum Thema {topic} zu erstellen",
)

RESOLUTIONS: tuple[str, ...] = (
    "Die Vorlage {doc} wird in der vorliegenden Fassung verabschiedet",
    "Der Entwurf der Vorlage {doc} wird mit den in der Sitzung besprochenen Änderungen angenommen",
    "Die Veröffentlichung der Vorlage {doc} auf der Homepage der OM wird beschlossen",
    "Die Arbeitsgruppe wird beauftragt, die Vorlage {doc} bis zur nächsten Sitzung zu überarbeiten",
    "Das Thema {topic} wird als Schwerpunkt in das Arbeitsprogramm aufgenommen",
    "Die Fachveranstaltung zum Thema {topic} findet in {city} statt",
    "Der Antrag, das Thema {topic} in einer eigenen Arbeitsgruppe zu bearbeiten, wird angenommen",
)

TASKS: tuple[tuple[str, str], ...] = (
    ("die Einladung zur nächsten Sitzung", "versenden"),
    ("den Entwurf des Leitfadens", "überarbeiten"),
    ("die Ergebnisse der Umfrage", "auswerten"),
    ("die Präsentation zum Thema {topic}", "vorbereiten"),
    ("die Kommentare der Partner", "zusammenführen"),
    ("den Kontakt zum Projekt „{project}“", "herstellen"),
    ("die Liste der Ansprechpersonen", "aktualisieren"),
    ("das Protokoll der Fachtagung", "verteilen"),
    ("den Steckbrief der eigenen Institution", "prüfen"),
    ("eine Gliederung für die Praxishilfe zum Thema {topic}", "erstellen"),
    ("die Terminabfrage für das nächste Treffen", "starten"),
    ("den Beitrag für den Newsletter", "schreiben"),
)

WC_QUESTIONS: tuple[str, ...] = (
    "Wie können wir das gemeinsame Beratungsverständnis in unseren eigenen Strukturen umsetzen? Wie kann die OM helfen?",
    "Welche Strukturen benötigen wir zur Förderung der regionalen Netzwerkarbeit? Wie können wir die OM nutzen?",
    "Welche Hilfsmittel/Werkzeuge benötigen wir zur Vermittlung des Themas {topic}? Wie kann die OM unterstützen?",
    "Wie erreichen wir Kleinstbetriebe mit dem Thema {topic}?",
    "Was brauchen Beraterinnen und Berater, um das Thema {topic} in die Betriebe zu tragen?",
    "Welche Partner fehlen uns noch, und wie gewinnen wir sie?",
)

WC_RESULTS: tuple[str, ...] = (
    "Inhalt/Aufgabe der Organisationen/Partner der OM für die anderen Partner aufbereiten („Institutionenbroschüre“)",
    "Erfolgsgeschichten aus der Beratung präsentieren, OM könnte dafür hilfreich sein",
    "Persönliches Kennenlernen der Berater ist wichtig (Kooperation schafft Vertrauen)",
    "Institutionsübergreifendes „Berater-Café“ Format in den Regionen",
    "Muster-Beratungsfall – von OM aufbereiten",
    "Gegenseitige Hospitation/gemeinsame Beratung",
    "Praxischecks einsetzen und regionale Netzwerke nutzen",
    "Kompetenzportraits der Institutionen",
    "Regionale Vernetzung/Zusammenarbeit stärken",
    "Erfahrungsaustausche zwischen institutionellen und freien Beratern organisieren",
    "Kurze Erklärvideos zum Thema {topic}",
    "Leitfragen für Beratungsgespräche zum Thema {topic} entwickeln",
    "Ansprechpersonen je Region benennen",
    "Gemeinsame Fortbildungsmodule für Beraterinnen und Berater",
)

TOPIC_NOTES: tuple[str, ...] = (
    "Stärkere Differenzierung des Angebots notwendig", "Information", "für Kleinstbetriebe",
    "mit Praxisbeispielen", "gemeinsam mit den Kammern",
)

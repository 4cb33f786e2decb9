"""Organisations of the benchmark world, and the ways minutes write their names.

Real partners of the Offensive Mittelstand (ministries, accident insurers, chambers,
associations, institutes, foundations) plus plausible made-up ones, so that a corpus has about
sixty organisations of every :data:`omgraph.model.OrgKind` that matters.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class OrgSpec:
    """An organisation of the generated world."""

    key: str
    """Stable key, e.g. ``"dguv"``."""
    name: str
    """Canonical full name, without legal suffix."""
    acronym: str
    """Usual acronym, empty if none is in use."""
    kind: str
    """One of :data:`omgraph.model.OrgKind`."""
    suffix: str = ""
    """Legal suffix sometimes written after the name (``e.V.``, ``gGmbH``, ``KdÖR``)."""
    city: str = "Berlin"
    """Seat, used for venues."""
    street: str = ""
    """Street address of the seat, used for venues."""


ORGANISATIONS: tuple[OrgSpec, ...] = (
    OrgSpec("bmas", "Bundesministerium für Arbeit und Soziales", "BMAS", "ministry", "", "Berlin", "Wilhelmstraße 49, 10117"),
    OrgSpec("bmg", "Bundesministerium für Gesundheit", "BMG", "ministry", "", "Berlin", "Friedrichstraße 108, 10117"),
    OrgSpec("bmbf", "Bundesministerium für Bildung und Forschung", "BMBF", "ministry", "", "Bonn", "Heinemannstraße 2, 53175"),
    OrgSpec("bmwk", "Bundesministerium für Wirtschaft und Klimaschutz", "BMWK", "ministry", "", "Berlin", "Scharnhorststraße 34, 10115"),
    OrgSpec("ba", "Bundesagentur für Arbeit", "BA", "federal-agency", "", "Nürnberg", "Regensburger Straße 104, 90478"),
    OrgSpec("baua", "Bundesanstalt für Arbeitsschutz und Arbeitsmedizin", "BAuA", "federal-agency", "", "Dortmund", "Friedrich-Henkel-Weg 1, 44149"),
    OrgSpec("bibb", "Bundesinstitut für Berufsbildung", "BIBB", "federal-agency", "", "Bonn", "Robert-Schuman-Platz 3, 53175"),
    OrgSpec("dguv", "Deutsche Gesetzliche Unfallversicherung", "DGUV", "accident-insurer", "e.V.", "Berlin", "Glinkastraße 40, 10117"),
    OrgSpec("bgrci", "Berufsgenossenschaft Rohstoffe und Chemische Industrie", "BG RCI", "accident-insurer", "", "Heidelberg", "Kurfürsten-Anlage 62, 69115"),
    OrgSpec("bghm", "Berufsgenossenschaft Holz und Metall", "BGHM", "accident-insurer", "", "Mainz", "Isaac-Fulda-Allee 18, 55124"),
    OrgSpec("bgetem", "Berufsgenossenschaft Energie Textil Elektro Medienerzeugnisse", "BG ETEM", "accident-insurer", "", "Köln", "Gustav-Heinemann-Ufer 130, 50968"),
    OrgSpec("bgw", "Berufsgenossenschaft für Gesundheitsdienst und Wohlfahrtspflege", "BGW", "accident-insurer", "", "Hamburg", "Pappelallee 33, 22089"),
    OrgSpec("vbg", "Verwaltungs-Berufsgenossenschaft", "VBG", "accident-insurer", "", "Hamburg", "Massaquoipassage 1, 22305"),
    OrgSpec("drv", "Deutsche Rentenversicherung Bund", "DRV", "social-insurer", "", "Berlin", "Ruhrstraße 2, 10709"),
    OrgSpec("drvbb", "Deutsche Rentenversicherung Berlin-Brandenburg", "DRV BB", "social-insurer", "", "Berlin", "Knobelsdorffstr. 92, 14059"),
    OrgSpec("bkkdv", "BKK Dachverband", "BKK DV", "health-insurer", "e.V.", "Berlin", "Mauerstraße 85, 10117"),
    OrgSpec("aok", "AOK-Bundesverband", "AOK-BV", "health-insurer", "GbR", "Berlin", "Rosenthaler Straße 31, 10178"),
    OrgSpec("tk", "Techniker Krankenkasse", "TK", "health-insurer", "", "Hamburg", "Bramfelder Straße 140, 22305"),
    OrgSpec("bstbk", "Bundessteuerberaterkammer", "BStBK", "chamber", "KdÖR", "Berlin", "Behrenstraße 42, 10117"),
    OrgSpec("dihk", "Deutsche Industrie- und Handelskammer", "DIHK", "chamber", "e.V.", "Berlin", "Breite Straße 29, 10178"),
    OrgSpec("ihkmuc", "Industrie- und Handelskammer für München und Oberbayern", "IHK München", "chamber", "", "München", "Max-Joseph-Straße 2, 80333"),
    OrgSpec("hwkkoeln", "Handwerkskammer zu Köln", "HWK Köln", "chamber", "", "Köln", "Heumarkt 12, 50667"),
    OrgSpec("zdh", "Zentralverband des Deutschen Handwerks", "ZDH", "association", "e.V.", "Berlin", "Mohrenstraße 20/21, 10117"),
    OrgSpec("dstv", "Deutscher Steuerberaterverband", "DStV", "association", "e.V.", "Berlin", "Littenstraße 10, 10179"),
    OrgSpec("kmuberater", "DIE KMU-BERATER - Bundesverband freier Berater", "KMU-Berater", "association", "e.V.", "Bonn", "Weberstraße 59, 53113"),
    OrgSpec("bdvt", "Berufsverband für Training, Beratung und Coaching", "BDVT", "association", "e.V.", "Köln", "Hohenzollernring 56, 50672"),
    OrgSpec("vdsi", "Verband für Sicherheit, Gesundheit und Umweltschutz bei der Arbeit", "VDSI", "association", "e.V.", "Wiesbaden", "Albert-Schweitzer-Straße 44, 65203"),
    OrgSpec("vbu", "Verbund Beratender Unternehmer", "VBU", "association", "e.V.", "Köln", "Kaiser-Wilhelm-Ring 20, 50672"),
    OrgSpec("ibwf", "Institut für Betriebsberatung, Wirtschaftsförderung und -forschung", "IBWF", "association", "e.V.", "Berlin", "Schiffbauerdamm 40, 10117"),
    OrgSpec("bga", "Bundesverband Großhandel, Außenhandel, Dienstleistungen", "BGA", "association", "e.V.", "Berlin", "Am Weidendamm 1A, 10117"),
    OrgSpec("bvmw", "Bundesverband mittelständische Wirtschaft", "BVMW", "association", "e.V.", "Berlin", "Potsdamer Straße 7, 10785"),
    OrgSpec("bbe", "Bundesnetzwerk Bürgerschaftliches Engagement", "BBE", "network", "e.V.", "Berlin", "Michaelkirchstraße 17-18, 10179"),
    OrgSpec("dnbgf", "Deutsches Netzwerk für Betriebliche Gesundheitsförderung", "DNBGF", "network", "", "Essen", "Zeche Zollverein 12, 45141"),
    OrgSpec("dnb", "Deutsches Netzwerk Büro", "DNB", "network", "e.V.", "Bonn", "Königswinterer Straße 8, 53227"),
    OrgSpec("dex", "DEx Demographie-Experten", "DEx", "network", "e.V.", "Hamburg", "Mönckebergstraße 7, 20095"),
    OrgSpec("bvnachhaltigkeit", "Bundesvereinigung Nachhaltigkeit", "BVN", "association", "e.V.", "Berlin", "Invalidenstraße 91, 10115"),
    OrgSpec("init50plus", "Bundesverband Initiative 50plus", "BVI 50plus", "association", "e.V.", "Bremen", "Am Wall 170, 28195"),
    OrgSpec("bvbfw", "Bundesverband Deutscher Berufsförderungswerke", "BV BFW", "association", "e.V.", "Berlin", "Knobelsdorffstr. 92, 14059"),
    OrgSpec("ifaa", "Institut für angewandte Arbeitswissenschaft", "ifaa", "research-institute", "e.V.", "Düsseldorf", "Uerdinger Straße 56, 40474"),
    OrgSpec("iao", "Fraunhofer-Institut für Arbeitswirtschaft und Organisation", "Fraunhofer IAO", "research-institute", "", "Stuttgart", "Nobelstraße 12, 70569"),
    OrgSpec("isf", "Institut für Sozialwissenschaftliche Forschung München", "ISF München", "research-institute", "e.V.", "München", "Jakob-Klar-Straße 9, 80796"),
    OrgSpec("ifm", "Institut für Mittelstandsforschung Bonn", "IfM Bonn", "research-institute", "", "Bonn", "Maximilianstraße 20, 53111"),
    OrgSpec("itb", "Institut für Technik der Betriebsführung im DHI", "itb", "research-institute", "e.V.", "Karlsruhe", "Hertzstraße 16, 76187"),
    OrgSpec("f-bb", "Forschungsinstitut Betriebliche Bildung", "f-bb", "research-institute", "gGmbH", "Nürnberg", "Rollnerstraße 14, 90408"),
    OrgSpec("rkw", "RKW Kompetenzzentrum", "RKW", "research-institute", "", "Eschborn", "Düsseldorfer Straße 40A, 65760"),
    OrgSpec("iaf", "Institut für Arbeitsfähigkeit", "IAF", "research-institute", "GmbH", "Mainz", "Große Bleiche 15, 55116"),
    OrgSpec("bgfinst", "Institut für Betriebliche Gesundheitsförderung", "BGF-Institut", "research-institute", "GmbH", "Köln", "Neumarkt 35-37, 50667"),
    OrgSpec("hsbb", "Hochschule der Deutschen Bundesbank", "HS Bundesbank", "university", "", "Hachenburg", "Schloss, 57627"),
    OrgSpec("tudo", "Technische Universität Dortmund", "TU Dortmund", "university", "", "Dortmund", "August-Schmidt-Straße 4, 44227"),
    OrgSpec("hsfulda", "Hochschule Fulda", "HS Fulda", "university", "", "Fulda", "Leipziger Straße 123, 36037"),
    OrgSpec("smgv", "Stiftung Mittelstand – Gesellschaft – Verantwortung", "Stiftung M-G-V", "foundation", "", "Heidelberg", "Kurfürsten-Anlage 62, 69115"),
    OrgSpec("mewes", "Wolfgang Mewes Stiftung", "WMS", "foundation", "", "Frankfurt am Main", "Zeil 5, 60313"),
    OrgSpec("bosch", "Stiftung Arbeit und Zukunft", "SAZ", "foundation", "gGmbH", "Leipzig", "Augustusplatz 9, 04109"),
    OrgSpec("drs", "Diözese Rottenburg-Stuttgart – Kirche und Gesellschaft", "DRS", "church", "", "Stuttgart", "Jahnstraße 30, 70597"),
    OrgSpec("faw", "Fortbildungsakademie der Wirtschaft", "FAW", "company", "gGmbH", "Bonn", "Heinemannstraße 11, 53175"),
    OrgSpec("beraternetz", "Beraternetzwerk Mittelstand", "BNM", "network", "", "Hannover", "Georgstraße 22, 30159"),
    OrgSpec("omrr", "OM-Netzwerk RheinRuhr", "OM RheinRuhr", "network", "", "Essen", "Kettwiger Straße 2, 45127"),
    OrgSpec("ombw", "OM-Netzwerk Baden-Württemberg", "OM BaWü", "network", "", "Stuttgart", "Königstraße 20, 70173"),
    OrgSpec("dvr", "Deutscher Verkehrssicherheitsrat", "DVR", "association", "e.V.", "Bonn", "Jägerstraße 67-69, 53121"),
    OrgSpec("vdbw", "Verband Deutscher Betriebs- und Werksärzte", "VDBW", "association", "e.V.", "Karlsruhe", "Friedrich-Eberle-Straße 4a, 76227"),
    OrgSpec("kompzent", "Kompetenzzentrum Arbeitswelt Nord", "KAN", "research-institute", "gGmbH", "Kiel", "Holstenstraße 88, 24103"),
    OrgSpec("gfa", "Gesellschaft für Arbeitswissenschaft", "GfA", "association", "e.V.", "Dortmund", "Ardeystraße 67, 44139"),
    OrgSpec("mittelstand40", "Mittelstand-Digital Zentrum Handel", "MDZ Handel", "network", "", "Köln", "Dürener Straße 401b, 50858"),
)
"""The organisations of the world, in a fixed order (keys are unique)."""


def write_org(rng: random.Random, org: OrgSpec, noisy: bool = True) -> str:
    """The organisation as a minute-taker writes it: full name, acronym, with suffix, ...

    With ``noisy=False`` the full name or the acronym, nothing else.

    >>> write_org(random.Random(0), ORGANISATIONS[0], noisy=False) in (
    ...     "Bundesministerium für Arbeit und Soziales", "BMAS")
    True
    """
    roll = rng.random()
    if not noisy or not org.acronym:
        if org.acronym and roll < 0.4:
            return org.acronym
        if noisy and org.suffix and roll > 0.85:
            return f"{org.name} {org.suffix}"
        return org.name
    if roll < 0.38:
        return org.name
    if roll < 0.66:
        return org.acronym
    if roll < 0.76:
        return f"{org.name} ({org.acronym})" if org.acronym.lower() not in org.name.lower() else org.name
    if roll < 0.84 and org.suffix:
        return f"{org.name} {org.suffix}"
    if roll < 0.88 and org.suffix:
        return f"{org.name} {org.suffix} ({org.acronym})"
    if roll < 0.92 and "ß" in org.name:
        return org.name.replace("ß", "ss")
    if roll < 0.96:
        return f"{org.acronym} - {org.name}" if org.acronym.lower() not in org.name.lower() else org.name
    return org.acronym.lower() if org.acronym.isupper() and " " not in org.acronym else org.name

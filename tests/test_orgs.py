"""Organisation registry, matching and resolution, on the organisation names of the seed minutes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from omgraph.errors import RegistryError
from omgraph.orgs import (
    KINDS,
    OrgResolver,
    Overrides,
    Registry,
    load_overrides,
    load_registry,
    match_org,
    match_org_prefix,
    match_orgs,
    normalise_org,
    split_orgs,
    to_organisation,
)

SEED = Path(__file__).resolve().parent.parent / "data" / "minutes" / "2019-11-21-strategiekreis.txt"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


# Every organisation as the seed writes it -> (registry key, unit or None for "don't care").
SEED_VARIANTS: list[tuple[str, str, str | None]] = [
    ("Bundesministerium für Gesundheit", "bmg", ""),
    ("BMG", "bmg", ""),
    (
        "Bundesministerium für Gesundheit, Leitung Unterabteilung Prävention",
        "bmg",
        "Unterabteilung Prävention",
    ),
    ("Bundesministerium für Arbeit und Soziales", "bmas", ""),
    ("BMAS", "bmas", ""),
    ("Bundesministerium für Arbeit und Soziales, Leiter des Referats DA 1", "bmas", None),
    ("Bundesministerium für Bildung und Forschung", "bmbf", ""),
    ("BMBF", "bmbf", ""),
    (
        "Bundesministerium für Bildung und Forschung Referat Zukunft der Arbeit",
        "bmbf",
        "Referat Zukunft der Arbeit",
    ),
    ("BMWI", "bmwi", ""),
    ("DIE KMU-BERATER - Bundesverband freier Berater", "kmu-berater", ""),
    ("Die KMU-Berater- Bundesverband", "kmu-berater", ""),
    ("DNBGF", "dnbgf", ""),
    ("Bundessteuerberaterkammer", "bstbk", ""),
    ("Bundesteuerberaterkammer", "bstbk", ""),
    ("Bundessteuerberaterkammer KdÖR", "bstbk", ""),
    ('Stiftung "Mittelstand – Gesellschaft - Verantwortung"', "stiftung-mgv", ""),
    ('Stiftung "Mittelstand - Gesellschaft - Verantwortung"', "stiftung-mgv", ""),
    ('Stiftung "Mittelstand - Gesellschaft - Verantwortung', "stiftung-mgv", ""),
    ("Stiftung „Mittelstand – Gesellschaft – Verantwortung“", "stiftung-mgv", ""),
    ("Stiftung M-G-V", "stiftung-mgv", ""),
    ("Deutsches Netzwerk Büro - DNB", "dnb", ""),
    ("IBWF", "ibwf", ""),
    ("Bundesagentur für Arbeit", "ba", ""),
    ("AGS der Agentur für Arbeit", "ba", "AGS"),
    ("AGS der BA", "ba", "AGS"),
    (
        "Bundesagentur für Arbeit – Geschäftsbereich Markt und Integration Arbeitslosenversicherung",
        "ba",
        "Geschäftsbereich Markt und Integration Arbeitslosenversicherung",
    ),
    ("DEx Demographie-Experten", "dex", ""),
    ("DEx", "dex", ""),
    ("Deutsche Gesetzliche Unfallversicherung", "dguv", ""),
    ("Deutsche Gesetzliche Unfallversicherung e.V. (DGUV", "dguv", ""),
    ("DGUV", "dguv", ""),
    (
        '"Diözese Stuttgart/Rottenburg - Kirche und Gesellschaft',
        "dioezese-rottenburg-stuttgart",
        None,
    ),
    ("Bundesnetzwerk Bürgerschaftliches Engagement", "bbe", ""),
    ("BBE- Bundesnetzwerk bürgerschaftliches Engagement", "bbe", ""),
    ("BBE", "bbe", ""),
    ("Bundesverband Deutscher Berufsförderungswerke", "bv-bfw", ""),
    ("Bundesverband der Deutscher Berufsförderungswerke e.V.", "bv-bfw", ""),
    ("Forschungsinstitut Betriebliche Bildung", "f-bb", ""),
    ("Forschungsinstitut für betriebliche Bildung gemeinnützige GMBH", "f-bb", ""),
    ("Deutscher Steuerberaterverband", "dstv", ""),
    ("ifaa - Institut für angewandte Arbeitswissenschaft", "ifaa", ""),
    ("IFAA", "ifaa", ""),
    ("Berufsgenossenschaft Rohstoffe und Chemische Industrie", "bg-rci", ""),
    ("BG RCI", "bg-rci", ""),
    ("Beraternetzwerk", "beraternetzwerk-de", ""),
    ("beraternetzwerk.de", "beraternetzwerk-de", ""),
    ("Fraunhofer IAO", "fraunhofer-iao", ""),
    ("Institut für Sozialwissenschaftliche Forschung - ISF München", "isf-muenchen", ""),
    ("Institut für Mittelstandsforschung Bonn", "ifm-bonn", ""),
    ("ifm-bonn", "ifm-bonn", ""),
    ("Fortbildungsakademie der Wirtschaft (FAW", "faw", ""),
    ("VDSI", "vdsi", ""),
    ("vdsi", "vdsi", ""),
    ("Deutsche Rentenversicherung", "drv", ""),
    ("Deutschen Rentenversicherung", "drv", ""),
    ("Deutsche Rentenversicherung Berlin-Brandenburg", "drv-berlin-brandenburg", ""),
    (
        "Deutsche Bundesbank - Hochschule -University of Applied Sciences",
        "bundesbank-hochschule",
        "",
    ),
    ("Deutsche Bundesbank", "bundesbank", ""),
    ("itb - Institut für Technik der Betriebsführung im DHI e.V.", "itb", ""),
    ("itb", "itb", ""),
    ("ZDH Zentralverband des deutschen Handwerks", "zdh", ""),
    ("RKW Kompetenzzentrum", "rkw", ""),
    ("Verbund-Beratender Unternehmer e.V.", "vbu", ""),
    ("VBU", "vbu", ""),
    ("BG Holz und Metall", "bghm", ""),
    ("Institut für betriebliche Gesundheitsförderung - AOK", "bgf-institut", ""),
    ("BGF Institut", "bgf-institut", ""),
    ("Bundesverband Initiative 50plus", "bv-50plus", ""),
    ("BDVT e.V.", "bdvt", ""),
    ("BDVT", "bdvt", ""),
    ("Bundesvereinigung Nachhaltigkeit", "bv-nachhaltigkeit", ""),
    ("Bundesvereinigung Nachhaltigkeit e.V.", "bv-nachhaltigkeit", ""),
    ("BVV BV", "bvv", ""),
    ("DVR", "dvr", ""),
    ("DEN", "den", ""),
    ("FHM", "fhm", ""),
    ("OM-Netzwerk RheinRuhr", "om-rheinruhr", ""),
    ("OM-Netzwerk BaWü", "om-bawue", ""),
    ("Offensive Mittelstand", "om", ""),
    ("OM", "om", ""),
    ("INQA", "inqa", ""),
    ("GDA", "gda", ""),
    ("NPK", "npk", ""),
    ("Wolfgang Mewes Stiftung", "wolfgang-mewes-stiftung", ""),
    ("Bundesverband Strategieforum", "bv-strategieforum", ""),
    ("Institut für Arbeitsfähigkeit", "institut-fuer-arbeitsfaehigkeit", ""),
    ("WAI-Netzwerk", "wai-netzwerk", ""),
    ("BKK Dachverband", "bkk-dachverband", ""),
]


def test_variants_are_from_the_seed(seed: str) -> None:
    """The variants below are written in the seed as they stand (typos included)."""
    missing = [t for t, _, _ in SEED_VARIANTS if t not in seed and t.strip('"') not in seed]
    assert missing == []


@pytest.mark.parametrize(("text", "key", "unit"), SEED_VARIANTS)
def test_seed_variant_matches(registry: Registry, text: str, key: str, unit: str | None) -> None:
    m = match_org(text, registry)
    assert m is not None, text
    assert m.key == key
    if unit is not None:
        assert m.unit == unit


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("DNBGF-Geschäftsstelle/BKK Dachverband", ["dnbgf", "bkk-dachverband"]),
        ("BKK/DNBGF", ["bkk-dachverband", "dnbgf"]),
        (
            "Wolfgang Mewes Stiftung/ Bundesverband Strategieforum",
            ["wolfgang-mewes-stiftung", "bv-strategieforum"],
        ),
        (
            "Institut für Arbeitsfähigkeit/ WAI-Netzwerk",
            ["institut-fuer-arbeitsfaehigkeit", "wai-netzwerk"],
        ),
        (
            '"Diözese Stuttgart/Rottenburg - Kirche und Gesellschaft',
            ["dioezese-rottenburg-stuttgart"],
        ),
        ("AOK Rheinland/Hamburg", ["aok-rheinland-hamburg"]),
    ],
)
def test_split_compound(registry: Registry, text: str, parts: list[str]) -> None:
    found = match_orgs(text, registry)
    assert [m.key if m else None for m in found] == parts
    assert len(split_orgs(text, registry)) == len(parts)


@pytest.mark.parametrize(
    "text", ["Betrieb/ Arbeitswelt", "Maßnahmen/Erkenntnisse", "Hilfsmittel/Werkzeuge"]
)
def test_slash_in_plain_words_is_not_split(registry: Registry, text: str) -> None:
    assert split_orgs(text, registry) == [text]


def test_dnbgf_office_is_a_unit(registry: Registry) -> None:
    m = match_org("DNBGF-Geschäftsstelle", registry)
    assert (m.key, m.unit, m.method) == ("dnbgf", "Geschäftsstelle", "unit")


@pytest.mark.parametrize(
    ("line", "key", "span"),
    [
        (
            "Bundessteuerberaterkammer KdÖR regt an, im Rahmen der OM",
            "bstbk",
            "Bundessteuerberaterkammer KdÖR",
        ),
        ("IFAA merkt an, dass viele Projekte", "ifaa", "IFAA"),
        (
            "Bundesvereinigung Nachhaltigkeit e.V. verweist auf",
            "bv-nachhaltigkeit",
            "Bundesvereinigung Nachhaltigkeit e.V.",
        ),
        (
            "Forschungsinstitut für betriebliche Bildung gemeinnützige GMBH weist auf den Start",
            "f-bb",
            "Forschungsinstitut für betriebliche Bildung gemeinnützige GMBH",
        ),
        (
            "Bundesverband der Deutscher Berufsförderungswerke e.V. begrüßt als Hausherr",
            "bv-bfw",
            "Bundesverband der Deutscher Berufsförderungswerke e.V.",
        ),
        ("DGUV: Wann kann mit der Stellungnahme gerechnet werden?", "dguv", "DGUV"),
        ("Bundesteuerberaterkammer regt an", "bstbk", "Bundesteuerberaterkammer"),
        (
            "Bundesministerium für Bildung und Forschung Referat Zukunft der Arbeit",
            "bmbf",
            "Bundesministerium für Bildung und Forschung",
        ),
    ],
)
def test_prefix(registry: Registry, line: str, key: str, span: str) -> None:
    found = match_org_prefix(line, registry)
    assert found is not None
    m, end = found
    assert m.key == key
    assert line[:end] == span


def test_prefix_none_for_prose(registry: Registry) -> None:
    assert match_org_prefix("Der Titel der Grundprinzipien wird geändert", registry) is None


# --- false positives -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bundesministerium für Bildung und Forschung", "Bundesministerium für Gesundheit"),
        ("BG Holz und Metall", "Berufsgenossenschaft Rohstoffe und Chemische Industrie"),
        ("Bundesverband Deutscher Berufsförderungswerke", "Bundesverband Initiative 50plus"),
        ("Deutsche Rentenversicherung", "Deutsche Bundesbank"),
        ("Deutsche Rentenversicherung", "Deutsche Rentenversicherung Berlin-Brandenburg"),
        ("Deutsche Bundesbank", "Deutsche Bundesbank - Hochschule -University of Applied Sciences"),
        ("Deutsches Netzwerk Büro - DNB", "DNBGF"),
    ],
)
def test_distinct_organisations_stay_apart(registry: Registry, a: str, b: str) -> None:
    ma, mb = match_org(a, registry), match_org(b, registry)
    assert ma is not None and mb is not None
    assert ma.key != mb.key
    found = OrgResolver(registry).resolve([a, b])
    assert found[a].key != found[b].key


@pytest.mark.parametrize(
    "text",
    [
        "Bundesministerium für Bildung",  # not BMBF, not BMG
        "Deutsche Rentenversicherung Nord-Ost",  # not DRV Nord
        "Bundesverband Initiative 60plus",  # numbers differ
        "den",  # an article, not DEN
        "AG Transfer",  # a working group, not a company
        "Koordinierungsteam",
        "Makerspace Gütersloh e.V.",
    ],
)
def test_no_registry_match(registry: Registry, text: str) -> None:
    assert match_org(text, registry) is None


@pytest.mark.parametrize(
    ("typo", "key"),
    [
        ("Bundesministerium für Gesundheitt", "bmg"),
        ("Berufsgenossenschaft Holz und Metal", "bghm"),
        ("Diozese Rottenburg-Stuttgart", "dioezese-rottenburg-stuttgart"),
        ("Bundesministerium fur Arbeit und Soziales", "bmas"),
    ],
)
def test_typos_match_fuzzily(registry: Registry, typo: str, key: str) -> None:
    m = match_org(typo, registry)
    assert m is not None and m.key == key


# --- normalisation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bundessteuerberaterkammer KdÖR", "Bundessteuerberaterkammer"),
        ("BDVT e.V.", "BDVT"),
        (
            "Forschungsinstitut Betriebliche Bildung gGmbH",
            "Forschungsinstitut Betriebliche Bildung",
        ),
        (
            'Stiftung "Mittelstand – Gesellschaft - Verantwortung',
            "Stiftung „Mittelstand - Gesellschaft - Verantwortung“",
        ),
        ("Büro", "Buero"),
        ("Straße", "Strasse"),
    ],
)
def test_normalise_org(a: str, b: str) -> None:
    assert normalise_org(a) == normalise_org(b)


def test_normalise_keeps_ag() -> None:
    assert normalise_org("AG Transfer") == "ag transfer"


# --- the registry ----------------------------------------------------------------------------


def test_registry_integrity(registry: Registry) -> None:
    assert len(registry) >= 100
    for key, e in registry.entries.items():
        assert key == e.key
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key)
        assert e.kind in KINDS
        assert e.name
        assert not e.parent or e.parent in registry


def test_ministries_are_ministries(registry: Registry) -> None:
    for e in registry.entries.values():
        if e.name.startswith("Bundesministerium"):
            assert e.kind == "ministry", e.key
    for key in ("bmas", "bmg", "bmbf", "bmwi", "bmf", "bmi", "bmj", "bmfsfj", "bmel", "bmu"):
        assert registry[key].kind == "ministry"


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("dguv", "accident-insurer"),
        ("bg-rci", "accident-insurer"),
        ("bghm", "accident-insurer"),
        ("ba", "federal-agency"),
        ("bstbk", "chamber"),
        ("dihk", "chamber"),
        ("stiftung-mgv", "foundation"),
        ("om", "network"),
        ("ifaa", "research-institute"),
        ("bkk-dachverband", "health-insurer"),
        ("drv", "social-insurer"),
        ("dioezese-rottenburg-stuttgart", "church"),
    ],
)
def test_kinds(registry: Registry, key: str, kind: str) -> None:
    assert registry[key].kind == kind


def test_every_seed_organisation_is_registered(registry: Registry) -> None:
    keys = {k for _, k, _ in SEED_VARIANTS}
    assert keys <= set(registry.entries)


def test_registry_loads_from_the_package() -> None:
    from omgraph.orgs_registry import default_registry_path

    assert default_registry_path().is_file()


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "orgs.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_malformed_registry_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "organisations:\n  - key: a\n    name: [unclosed\n    kind: other\n")
    with pytest.raises(RegistryError) as err:
        load_registry(path)
    assert str(path) in str(err.value)
    assert err.value.line is not None and err.value.line >= 3


def test_bad_kind_names_the_line(tmp_path: Path) -> None:
    text = "organisations:\n  - {key: a, name: A, acronym: '', kind: other}\n  - key: b\n    name: B\n    kind: club\n"
    with pytest.raises(RegistryError, match=r"orgs\.yaml:3: b: unknown kind 'club'"):
        load_registry(_write(tmp_path, text))


def test_duplicate_key_is_an_error(tmp_path: Path) -> None:
    text = (
        "organisations:\n  - {key: a, name: A, kind: other}\n  - {key: a, name: B, kind: other}\n"
    )
    with pytest.raises(RegistryError, match="duplicate key 'a'"):
        load_registry(_write(tmp_path, text))


def test_duplicate_alias_is_an_error(tmp_path: Path) -> None:
    text = (
        "organisations:\n  - {key: a, name: Alpha Verband, kind: other}\n"
        "  - {key: b, name: Beta, kind: other, aliases: [Alpha-Verband e.V.]}\n"
    )
    with pytest.raises(RegistryError, match="also a name, alias or acronym of 'a'") as err:
        load_registry(_write(tmp_path, text))
    assert err.value.line == 3


def test_extra_registry_adds_entries(tmp_path: Path) -> None:
    extra = _write(
        tmp_path,
        "organisations:\n  - {key: makerspace-gt, name: Makerspace Gütersloh, kind: association}\n",
    )
    reg = load_registry(extra=extra)
    assert match_org("Makerspace Gütersloh e.V.", reg).key == "makerspace-gt"
    assert match_org("BMG", reg).key == "bmg"


# --- resolution of unregistered organisations --------------------------------------------------


def test_unregistered_cluster(registry: Registry) -> None:
    resolver = OrgResolver(registry)
    found = resolver.resolve(
        [
            "Makerspace Gütersloh e.V.",
            "Makerspace Gütersloh",
            "Maker Space Gütersloh",
            "FOSSGIS e.V.",
        ]
    )
    assert found["Makerspace Gütersloh e.V."].key == "makerspace-guetersloh"
    assert found["Makerspace Gütersloh"].key == "makerspace-guetersloh"
    assert found["Maker Space Gütersloh"].key == "makerspace-guetersloh"
    assert found["FOSSGIS e.V."].key == "fossgis"
    assert not found["FOSSGIS e.V."].registered
    assert any(m.merged and m.key == "makerspace-guetersloh" for m in resolver.merges)


def test_keys_are_stable_across_documents(registry: Registry) -> None:
    resolver = OrgResolver(registry)
    first = resolver.resolve(["Freifunk Bremen"])
    second = resolver.resolve(["Freifunk Bremen e.V.", "BMAS"])
    assert first["Freifunk Bremen"].key == second["Freifunk Bremen e.V."].key == "freifunk-bremen"
    again = OrgResolver(registry, known={"freifunk-bremen": "Freifunk Bremen"})
    assert (
        again.resolve(["Freifunk Bremen e. V."])["Freifunk Bremen e. V."].key == "freifunk-bremen"
    )


def test_near_miss_with_registry_is_reported(registry: Registry) -> None:
    resolver = OrgResolver(registry)
    found = resolver.resolve(["Deutsche Rentenversicherung Nord-Ost"])
    assert not found["Deutsche Rentenversicherung Nord-Ost"].registered
    assert any(not m.merged and m.other == "drv-nord" for m in resolver.merges)


PARTICIPANT = re.compile(
    r"(?:^Teilnehmer:|[,;])\s*([^,;(]+?)\s*\((.*?)\)?(?=\s*[,;]\s*(?:[A-Z]|$)|\s*$)"
)


def test_resolve_whole_seed_participant_list(registry: Registry, seed: str) -> None:
    line = next(x for x in seed.splitlines() if x.startswith("Teilnehmer:"))
    pairs = PARTICIPANT.findall(line)
    assert len(pairs) == 44
    found = OrgResolver(registry).resolve(org for _, org in pairs)
    assert sorted(t for t, m in found.items() if not m.registered) == []
    by_person = {name: found[org].key for name, org in pairs}
    assert by_person["Dr. Joachim Drumm"] == "dioezese-rottenburg-stuttgart"
    assert by_person["Volker Jödicke"] == "faw"
    assert by_person["Oliver Hasselmann"] == "bgf-institut"
    assert by_person["Karin Klopsch"] == "drv"


def test_resolve_seed_working_group_members(registry: Registry, seed: str) -> None:
    line = next(x for x in seed.splitlines() if x.startswith("Der Arbeitsgruppe gehören an:"))
    orgs = re.findall(r"\(([^()]+)\)", line)
    assert len(orgs) == 23
    found = OrgResolver(registry).resolve(orgs)
    assert all(m.registered for m in found.values())
    assert found["AGS der Agentur für Arbeit"].unit == "AGS"
    assert found["Bundesteuerberaterkammer"].key == "bstbk"


def test_overrides(tmp_path: Path, registry: Registry) -> None:
    path = tmp_path / "same-as.yaml"
    path.write_text(
        "same_as:\n  - [Hackspace Bremen, Hackerspace Bremen]\n  - [Deutsche Bundesbank, bundesbank-hochschule]\n"
        "not_same_as:\n  - [BKK, bkk-dachverband]\n",
        encoding="utf-8",
    )
    overrides = load_overrides(path)
    assert overrides.same_as[0] == ("Hackspace Bremen", "Hackerspace Bremen")
    resolver = OrgResolver(registry, overrides)
    found = resolver.resolve(
        ["Hackspace Bremen", "Hackerspace Bremen", "Deutsche Bundesbank", "BKK"]
    )
    assert found["Hackspace Bremen"].key == found["Hackerspace Bremen"].key
    assert found["Deutsche Bundesbank"].key == "bundesbank-hochschule"
    assert found["Deutsche Bundesbank"].method == "same-as"
    assert found["BKK"].key != "bkk-dachverband"
    assert any(not m.merged and m.reason == "not-same-as override" for m in resolver.merges)


def test_not_same_as_keeps_unregistered_apart(registry: Registry) -> None:
    overrides = Overrides(not_same_as=(("Makerspace Gütersloh", "Maker Space Gütersloh"),))
    found = OrgResolver(registry, overrides).resolve(
        ["Makerspace Gütersloh", "Maker Space Gütersloh"]
    )
    assert found["Makerspace Gütersloh"].key != found["Maker Space Gütersloh"].key


def test_overrides_missing_file_and_errors(tmp_path: Path) -> None:
    assert load_overrides(tmp_path / "none.yaml") == Overrides()
    bad = tmp_path / "bad.yaml"
    bad.write_text("same_as:\n  - [only-one]\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="not a pair"):
        load_overrides(bad)


def test_to_organisation(registry: Registry) -> None:
    m = match_org("AGS der Agentur für Arbeit", registry)
    org = to_organisation(m, ["AGS der Agentur für Arbeit", "AGS der BA", "AGS der BA"])
    assert (org.key, org.name, org.acronym, org.kind) == (
        "ba",
        "Bundesagentur für Arbeit",
        "BA",
        "federal-agency",
    )
    assert org.variants == ("AGS der Agentur für Arbeit", "AGS der BA")
    assert org.registered
    assert to_organisation(match_org("BG RCI", registry)).parent == "dguv"


@pytest.mark.parametrize(
    ("text", "key"), [("bmg", "bmg"), ("zdh", "zdh"), ("AOK-Bundesverband GbR", "aok")]
)
def test_lower_case_acronyms_and_more_legal_forms(registry: Registry, text: str, key: str) -> None:
    m = match_org(text, registry)
    assert m is not None and m.key == key


def test_acronym_of_unregistered_organisation_is_learned(registry: Registry) -> None:
    texts = [
        "Industrie- und Handelskammer für München und Oberbayern (IHK München)",
        "IHK München",
        "ihk münchen",
    ]
    found = OrgResolver(registry).resolve(texts)
    assert {found[t].key for t in texts} == {
        "industrie-und-handelskammer-fuer-muenchen-und-oberbayern"
    }


def test_acronym_of_registered_organisation_is_learned(registry: Registry) -> None:
    found = OrgResolver(registry).resolve(["Wolfgang Mewes Stiftung (WMS)", "WMS"])
    assert found["WMS"].key == "wolfgang-mewes-stiftung"
    assert match_org("WMS", registry) is None  # learned by the resolver only

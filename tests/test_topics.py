"""The SKOS topic scheme and topic matching, on the seed minutes and the real corpus."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from omgraph.errors import RegistryError
from omgraph.namespaces import OMG, topic
from omgraph.topics import (
    TopicHit,
    TopicScheme,
    default_scheme_path,
    find_topics,
    load_scheme,
    rollup,
    topic_keys,
    validate_scheme,
)

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "minutes" / "2019-11-21-strategiekreis.txt"
TOPICS_TTL = REPO / "data" / "topics.ttl"
CORPUS = REPO.parent / "shared" / "corpus" / "real"


@pytest.fixture(scope="module")
def scheme() -> TopicScheme:
    return load_scheme()


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").splitlines()


def line_with(lines: list[str], snippet: str) -> str:
    """The one line of the seed that contains ``snippet``."""
    found = [line for line in lines if snippet in line]
    assert len(found) == 1, f"{snippet!r} is on {len(found)} lines of the seed"
    return found[0]


def passage(lines: list[str], first: str, last: str) -> str:
    """The lines from the one containing ``first`` up to the one containing ``last``."""
    start = next(i for i, line in enumerate(lines) if first in line)
    end = next(i for i in range(start, len(lines)) if last in lines[i])
    return "\n".join(lines[start : end + 1])


def keys(text: str, scheme: TopicScheme) -> set[str]:
    return {hit.key for hit in find_topics(text, scheme)}


# --- the scheme --------------------------------------------------------------------------


def test_scheme_validates(scheme: TopicScheme) -> None:
    assert validate_scheme(scheme) == []
    assert len(scheme.concepts) >= 60


def test_every_concept_has_exactly_one_german_pref_label() -> None:
    graph = Graph().parse(TOPICS_TTL, format="turtle")
    classes = {SKOS.Concept, *graph.subjects(RDFS.subClassOf, SKOS.Concept)}
    concepts = {s for cls in classes for s in graph.subjects(RDF.type, cls)}
    assert concepts
    for concept in concepts:
        german = [o for o in graph.objects(concept, SKOS.prefLabel) if o.language == "de"]
        assert len(german) == 1, concept
        assert (concept, SKOS.inScheme, None) in graph, concept


def test_default_path_is_the_checkout_file() -> None:
    assert default_scheme_path().resolve() == TOPICS_TTL.resolve()


def test_iris_are_minted_by_namespaces(scheme: TopicScheme) -> None:
    for key, concept in scheme.concepts.items():
        assert concept.iri == str(topic(key))


def test_roots_are_the_top_concepts(scheme: TopicScheme) -> None:
    assert {"praevention", "digitalisierung", "kmu", "ehrenamt", "transfer"} <= set(scheme.roots)
    assert all(scheme.concepts[k].top for k in scheme.roots)
    assert "praeventionsgesetz" not in scheme.roots


@pytest.mark.parametrize(
    ("key", "kind", "parent"),
    [
        ("praeventionsgesetz", "law", "praevention"),
        ("pflegepersonal-staerkungsgesetz", "law", "pflege"),
        ("masernschutzgesetz", "law", "impfen"),
        ("fachkraefteeinwanderungsgesetz", "law", "fachkraefteeinwanderung"),
        ("inqa", "programme", "zukunft-der-arbeit"),
        ("gda", "strategy", "arbeitsschutz"),
        ("ki-strategie", "strategy", "kuenstliche-intelligenz"),
        ("nationale-praeventionsstrategie", "strategy", "praeventionsstrategie"),
        ("nationale-weiterbildungsstrategie", "strategy", "weiterbildung"),
        ("bundesrahmenempfehlungen", "strategy", "nationale-praeventionsstrategie"),
        ("gesund-stark-erfolgreich", "project", "betriebliche-gesundheitsfoerderung"),
        ("nationale-praeventionskonferenz", "body", "praevention"),
        ("digitale-transformation", "topic", "digitalisierung"),
    ],
)
def test_entities_have_a_kind_and_a_topic(
    scheme: TopicScheme, key: str, kind: str, parent: str
) -> None:
    concept = scheme.concepts[key]
    assert concept.kind == kind
    assert parent in concept.broader


def test_entity_classes_are_concepts() -> None:
    graph = Graph().parse(TOPICS_TTL, format="turtle")
    for cls in ("Law", "Strategy", "Programme", "Project", "Body"):
        assert (URIRef(OMG[cls]), RDFS.subClassOf, SKOS.Concept) in graph


def test_broader_closure_and_rollup(scheme: TopicScheme) -> None:
    assert scheme.broader_closure("fachkraefteeinwanderungsgesetz") == (
        "fachkraefteeinwanderung",
        "fachkraeftesicherung",
    )
    assert scheme.broader_closure("praevention") == ()
    assert rollup(["praeventionsgesetz", "praeventionsstrategie"], scheme) == {
        "praeventionsgesetz": ("praevention",),
        "praeventionsstrategie": ("praevention",),
    }
    assert rollup(["bundesrahmenempfehlungen", "datenschutz"], scheme, level="top") == {
        "bundesrahmenempfehlungen": ("praevention",),
        "datenschutz": ("datenschutz",),
    }
    assert rollup(["ki-strategie"], scheme, level="closure")["ki-strategie"] == (
        "ki-strategie",
        "kuenstliche-intelligenz",
        "digitalisierung",
    )
    with pytest.raises(KeyError):
        rollup(["no-such-topic"], scheme)
    with pytest.raises(ValueError, match="level"):
        rollup(["praevention"], scheme, level="sideways")  # type: ignore[arg-type]


# --- the seed ----------------------------------------------------------------------------

SEED_LINES = [
    # BMG report (TOP 2)
    ("Leitung Unterabteilung Prävention", {"praevention"}),
    ("Sie referiert sodann", {"praeventionsgesetz", "praevention"}),
    (
        "Dieser sei neben den Bundesrahmenempfehlungen",
        {
            "nationale-praeventionskonferenz",
            "bundesrahmenempfehlungen",
            "nationale-praeventionsstrategie",
            "praeventionsgesetz",
        },
    ),
    (
        "Ein Ergebnis des Berichtes",
        {
            "nationale-praeventionskonferenz",
            "praevention-in-lebenswelten",
            "pflege",
            "gesundheitsfoerderung",
            "praevention",
        },
    ),
    (
        "Maria Becker berichtet weiter über das Pflegepersonal-Stärkungsgesetz",
        {
            "pflegepersonal-staerkungsgesetz",
            "betriebliche-gesundheitsfoerderung",
            "pflege",
            "beratung",
        },
    ),
    ("Ein weiteres Gesetz ist das Masern-Schutzgesetz", {"masernschutzgesetz", "arbeitsmedizin"}),
    (
        "Projekt „Gesund stark erfolgreich“",
        {"gesund-stark-erfolgreich", "betriebliche-gesundheitsfoerderung", "kmu"},
    ),
    (
        "Helmut Ehnes merkt an, dass in der nationalen",
        {"nationale-praeventionskonferenz", "gda", "praevention"},
    ),
    ("die Ziele der GDA berücksichtigen", {"nationale-praeventionskonferenz", "gda"}),
    # BMAS report
    (
        "Kernaktivitäten des BMAS",
        {
            "praeventionsstrategie",
            "fachkraeftesicherung",
            "fachkraefteeinwanderungsgesetz",
            "nationale-weiterbildungsstrategie",
            "digitalisierung",
            "kuenstliche-intelligenz",
            "inqa",
            "ki-strategie",
        },
    ),
    (
        "Das BMAS möchte INQA stärker",
        {"inqa", "digitalisierung", "ki-strategie", "mentale-gesundheit"},
    ),
    ("Verringerung der KMU-Belastungen durch Bürokratie", {"kmu", "entbuerokratisierung"}),
    ("wie das Thema „Bürokratisierung“", {"entbuerokratisierung", "kmu"}),
    ("Arbeitsgruppe Digitale Transformation", {"nachhaltigkeit", "digitale-transformation"}),
    # BMBF report
    ("Referat Zukunft der Arbeit", {"zukunft-der-arbeit"}),
    ("Ergebnissen der Arbeitsforschung", {"transfer", "kmu", "zukunft-der-arbeit"}),
    # TOP 6 future topics, TOP 7
    ("- 1) KMU (Stärkere", {"kmu"}),
    ("- 2) Datenschutz", {"datenschutz"}),
    ("- 3) Regulierungsdichte/Entbürokratisierung", {"entbuerokratisierung"}),
    ("- 4) Digitalisierung", {"digitalisierung"}),
    ("- 5) Digitale Compliance", {"digitale-compliance"}),
    ("- 6) Digitale Souveränität", {"digitale-souveraenitaet"}),
    ("- 7) Nachhaltigkeit", {"nachhaltigkeit"}),
    ("- 8) Ehrenamt", {"ehrenamt"}),
    ("über die Partner der OM bei den KMU transferiert", {"zivilgesellschaft", "kmu", "transfer"}),
    ("Praxischechecks einsetzen und regionale Netzwerke nutzen", {"vernetzung"}),
]


@pytest.mark.parametrize(("snippet", "expected"), SEED_LINES, ids=[s for s, _ in SEED_LINES])
def test_seed_lines(
    scheme: TopicScheme, seed_lines: list[str], snippet: str, expected: set[str]
) -> None:
    assert keys(line_with(seed_lines, snippet), scheme) == expected


def test_narrower_hits_do_not_repeat_their_broader_concepts(
    scheme: TopicScheme, seed_lines: list[str]
) -> None:
    line = line_with(seed_lines, "Kernaktivitäten des BMAS")
    hits = find_topics(line, scheme)
    law = [h for h in hits if h.key == "fachkraefteeinwanderungsgesetz"]
    assert [h.text for h in law] == ["Fachkräfteeinwanderungsgesetz"]
    assert "fachkraefteeinwanderung" not in {h.key for h in hits}
    assert "fachkraefteeinwanderung" in scheme.broader_closure(law[0].key)
    assert [h.text for h in hits if h.key == "ki-strategie"] == ["KI-Strategie der Bundesregierung"]


def test_bmg_and_bmas_reports_share_praevention(scheme: TopicScheme, seed_lines: list[str]) -> None:
    bmg = passage(seed_lines, "Maria Becker (Bundesministerium für Gesundheit", "Gesund stark")
    bmas = passage(seed_lines, "Was gibt es neues aus dem BMAS", "Themenfeld Mentale Gesundheit")
    bmg_keys, bmas_keys = topic_keys(bmg, scheme), topic_keys(bmas, scheme)
    assert "praeventionsgesetz" in bmg_keys
    assert "praeventionsstrategie" in bmas_keys
    assert "praevention" in topic_keys(bmg, scheme, level="top")
    assert "praevention" in topic_keys(bmas, scheme, level="top")
    assert "praevention" in set(topic_keys(bmg, scheme, level="broader")) & set(
        topic_keys(bmas, scheme, level="broader")
    )


def test_hits_point_into_the_text(scheme: TopicScheme) -> None:
    text = SEED.read_text(encoding="utf-8")
    hits = find_topics(text, scheme)
    assert len(hits) > 100
    for hit in hits:
        assert text[hit.start : hit.end] == hit.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(hits))
    # a phrase split by a paragraph break in the seed is still one mention
    assert any(h.key == "nationale-praeventionskonferenz" and "\n" in h.text for h in hits)


# --- German morphology -------------------------------------------------------------------

POSITIVE = [
    ("Die Umsetzung der digitalen Transformation im Handwerk.", "digitale-transformation"),
    ("Der Präventionsbericht liegt vor.", "praevention"),
    ("Das Fachkräfteeinwanderungsgesetz tritt in Kraft.", "fachkraefteeinwanderungsgesetz"),
    ("Der Datenschutzbeauftragter berichtet.", "datenschutz"),
    ("Sie ist seit Jahren ehrenamtlich tätig.", "ehrenamt"),
    ("Die Ergebnisse sollen in die Betriebe transferiert werden.", "transfer"),
    ("Der Wissenstransfer in die Betriebe stockt.", "transfer"),
    ("Die Altenpflege braucht Personal.", "pflege"),
    ("Die Pflegeeinrichtungen melden Bedarf.", "pflege"),
    ("Das Masernschutzgesetz gilt seit März.", "masernschutzgesetz"),
    ("Viele KMUs kennen die Angebote nicht.", "kmu"),
    ("Die KMU-Belastungen sind hoch.", "kmu"),
    ("Fragen der Digitalen Souveränität.", "digitale-souveraenitaet"),
    ("Die Bedeutung des bürgerschaftlichen Engagements.", "ehrenamt"),
    ("Angebote für kleine und mittlere Unternehmen.", "kmu"),
    ("Wir setzen auf präventive Maßnahmen.", "praevention"),
    (
        "Betriebliche Gesundheitsförderung in Kleinstbetrieben.",
        "betriebliche-gesundheitsfoerderung",
    ),
    ("Gesundheitsförderung und Prävention.", "gesundheitsfoerderung"),
    ("DATENSCHUTZ", "datenschutz"),
    ("Die Führungskräfte der Betriebe.", "fuehrung"),
    ("Die Gefährdungsbeurteilung psychischer Belastung.", "arbeitsschutz"),
    (
        "Die Nationale Weiterbildungsstrategie wird fortgeschrieben.",
        "nationale-weiterbildungsstrategie",
    ),
]


@pytest.mark.parametrize(("text", "key"), POSITIVE)
def test_german_morphology(scheme: TopicScheme, text: str, key: str) -> None:
    assert key in keys(text, scheme)


def test_compound_gives_the_longest_label_only(scheme: TopicScheme) -> None:
    hits = find_topics("Betriebliche Gesundheitsförderung nach dem Präventionsgesetz", scheme)
    assert [(h.key, h.text, h.label) for h in hits] == [
        (
            "betriebliche-gesundheitsfoerderung",
            "Betriebliche Gesundheitsförderung",
            "Betriebliche Gesundheitsförderung",
        ),
        ("praeventionsgesetz", "Präventionsgesetz", "Präventionsgesetz"),
    ]
    assert find_topics("Der Präventionsbericht", scheme) == [
        TopicHit("praevention", "Präventionsbericht", 4, 22, "Prävention")
    ]


NEGATIVE = [
    "Die Kinderbetreuung in der Kita wird ausgebaut.",  # no KI
    "Wir fahren mit dem Kia zum Kino nach Kiel.",
    "Die Marke kIa und der KIa-Händler.",
    "Die Pflegeeltern des Kindes wurden informiert.",
    "Der Landschaftspflegeverband mäht die Wiesen.",
    "Wir wollen die Kontakte zu den Partnern pflegen.",
    "Die Daten werden in die Tabelle eingepflegt, bitte einpflegen.",
    "Die Transferleistungen des Jobcenters wurden erhöht.",
    "Die Einführung in die Satzung und die Durchführung der Wahl übernahm die Protokollführung.",
    "Ein erweitertes Führungszeugnis ist vorzulegen.",
    "Die Förderung des gegenseitigen Verständnisses ist wichtig.",
    "Nachfolge Vorstand: Wir besprechen den Stand der Nachfolgesuche.",
    "Informationen zu den Maschinen auch digital zu erstellen.",
    "Es werden Mittel benötigt, um die Stiftung nachhaltig aufzustellen.",
    "Die Offensive Mittelstand lädt ein.",
    "Der Arbeitskreis tagt im Rathaus; die Arbeit geht weiter.",
    "Der Tierschutzbeauftragte wurde gewählt.",
    "Forschungsinstitut für betriebliche Bildung gemeinnützige GmbH",
    "Die Teilhaber der Firma stimmen zu.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_topic_in_unrelated_words(scheme: TopicScheme, text: str) -> None:
    assert find_topics(text, scheme) == []


def test_seed_passage_without_topic(scheme: TopicScheme, seed_lines: list[str]) -> None:
    for snippet in ("Wann kann mit der Stellungnahme", "Maria Becker: 1. Quartal 2020."):
        assert find_topics(line_with(seed_lines, snippet), scheme) == []


def test_abbreviations_are_case_sensitive(scheme: TopicScheme) -> None:
    assert keys("Ki und bgf", scheme) == set()
    assert keys("KI und BGF", scheme) == {
        "kuenstliche-intelligenz",
        "betriebliche-gesundheitsfoerderung",
    }


# --- editing the scheme ------------------------------------------------------------------

USER_CONCEPT = """
topic:kreislaufwirtschaft a skos:Concept ; skos:inScheme topic: ;
    skos:prefLabel "Kreislaufwirtschaft"@de ;
    skos:altLabel "Circular Economy"@de ;
    omg:excludedForm "Kreislaufwirtschaftsamt"@de ;
    skos:broader topic:nachhaltigkeit .
"""


def test_user_added_concept_is_found_without_code_change(tmp_path: Path) -> None:
    path = tmp_path / "topics.ttl"
    shutil.copy(TOPICS_TTL, path)
    with path.open("a", encoding="utf-8") as f:
        f.write(USER_CONCEPT)
    scheme = load_scheme(path)
    assert validate_scheme(scheme) == []
    text = "Das Kreislaufwirtschaftsgesetz und die Circular Economy; das Kreislaufwirtschaftsamt."
    hits = find_topics(text, scheme)
    assert [(h.key, h.text) for h in hits] == [
        ("kreislaufwirtschaft", "Kreislaufwirtschaftsgesetz"),
        ("kreislaufwirtschaft", "Circular Economy"),
    ]
    assert topic_keys(text, scheme, level="top") == ["nachhaltigkeit"]


def test_malformed_turtle_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "topics.ttl"
    lines = TOPICS_TTL.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("topic:pflege a"))
    lines[at + 1] = lines[at + 1].replace(" ;", "")  # drop the ';' after the prefLabel
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(RegistryError) as err:
        load_scheme(path)
    assert err.value.path == str(path)
    assert err.value.line == at + 1  # the statement of topic:pflege
    assert "malformed Turtle" in str(err.value) and "';'" in str(err.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="not found"):
        load_scheme(tmp_path / "nope.ttl")


BROKEN = """
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix topic: <https://w3id.org/omgraph/topic/> .
topic: a skos:ConceptScheme .
topic:a a skos:Concept ; skos:inScheme topic: ; skos:prefLabel "A"@de, "Alpha"@de ;
    skos:broader topic:b .
topic:b a skos:Concept ; skos:inScheme topic: ; skos:prefLabel "B"@de ; skos:broader topic:a .
topic:c a skos:Concept ; skos:inScheme topic: ; skos:prefLabel "C"@en ;
    skos:topConceptOf topic: ; skos:altLabel "Alpha"@de .
topic:d a skos:Concept ; skos:inScheme topic: ; skos:prefLabel "D"@de ; skos:broader topic:zz .
"""


def test_validate_scheme_reports_problems(tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text(BROKEN, encoding="utf-8")
    problems = "\n".join(validate_scheme(load_scheme(path)))
    assert "a: 2 German skos:prefLabel" in problems
    assert "c: 0 German skos:prefLabel" in problems
    assert "cycle in skos:broader" in problems
    assert "skos:broader zz is not a concept" in problems
    assert "'alpha' is shared by a, c" in problems


# --- the real corpus ---------------------------------------------------------------------

CORPUS_EXPECT = {
    "02_fsr-informatik-leipzig": ({"vernetzung", "beratung"}, set()),
    "03_fossgis-ev": ({"foerderung"}, {"unternehmensnachfolge"}),
    "04_openlab-augsburg": ({"transfer"}, {"kuenstliche-intelligenz"}),
    "05_freifunk-bremen": ({"ehrenamt", "zivilgesellschaft"}, set()),
    "09_fscs-hhu": ({"inklusion", "it-sicherheit"}, set()),
    "10_gemeinderat-karlsruhe": ({"ehrenamt"}, set()),
    "12_hsg-1429": ({"gesundheitsschutz"}, set()),
    "01_makerspace-guetersloh": ({"foerderung", "ehrenamt"}, {"digitalisierung", "fuehrung"}),
}


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.iterdir() if p.suffix in {".md", ".txt"})


@pytest.mark.skipif(not corpus_files(), reason=f"real corpus not found at {CORPUS}")
def test_corpus_runs_and_finds_known_topics(scheme: TopicScheme) -> None:
    seen = set()
    for path in corpus_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        hits = find_topics(text, scheme)
        assert all(text[h.start : h.end] == h.text for h in hits)
        found = {h.key for h in hits}
        for prefix, (present, absent) in CORPUS_EXPECT.items():
            if path.name.startswith(prefix):
                seen.add(prefix)
                assert present <= found, (path.name, present - found)
                assert not absent & found, (path.name, absent & found)
    assert seen == set(CORPUS_EXPECT)


def test_labels_are_german_literals() -> None:
    graph = Graph().parse(TOPICS_TTL, format="turtle")
    for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
        for label in graph.objects(None, prop):
            assert isinstance(label, Literal) and label.language == "de", label

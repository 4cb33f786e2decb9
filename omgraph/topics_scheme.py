"""The SKOS topic scheme (``data/topics.ttl``): loading, validation, hierarchy and rollups.

The scheme is data: users add concepts, labels and exclusions by editing the Turtle file; the
file's header comment explains the modelling. Text matching lives in :mod:`omgraph.topics`.

>>> scheme = load_scheme()
>>> scheme.concepts["praeventionsgesetz"].pref_label
'Präventionsgesetz'
>>> scheme.broader_closure("nationale-praeventionsstrategie")
('praeventionsstrategie', 'praevention')
>>> rollup(["praeventionsgesetz", "ki-strategie"], scheme, level="top")
{'praeventionsgesetz': ('praevention',), 'ki-strategie': ('digitalisierung',)}
>>> validate_scheme(scheme)
[]
"""

from __future__ import annotations

import importlib.resources
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from rdflib import Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from omgraph.errors import RegistryError
from omgraph.namespaces import OMG, TOPIC, slug

RollupLevel = Literal["broader", "top", "closure"]
"""``broader``: the direct parents; ``top``: the root concepts; ``closure``: self and all ancestors."""

EXCLUDED_FORM = URIRef(OMG.excludedForm)
"""A word or phrase that contains a label of a concept but does not mean it."""

_SCHEME_FILE = "topics.ttl"


@dataclass(frozen=True)
class Concept:
    """One concept of the scheme: a theme, or a law, strategy, programme, project or body."""

    key: str
    """The IRI's last segment, e.g. ``"praeventionsgesetz"``."""
    iri: str
    """The full IRI (``https://w3id.org/omgraph/topic/<key>``)."""
    pref_label: str
    """The German preferred label (empty if the file has none; see :func:`validate_scheme`)."""
    alt_labels: tuple[str, ...] = ()
    """German alternative labels: synonyms, variants, abbreviations."""
    hidden_labels: tuple[str, ...] = ()
    """Labels that are matched but never shown (typos)."""
    broader: tuple[str, ...] = ()
    """Keys of the direct broader concepts."""
    kind: str = "topic"
    """``topic`` for a plain ``skos:Concept``, else the class name in lower case (``law`` ...)."""
    subjects: tuple[str, ...] = ()
    """Keys of further topics the entity is about (``dcterms:subject``); not used by rollups."""
    excluded_forms: tuple[str, ...] = ()
    """Words or phrases (``omg:excludedForm``) in which a label of this concept does not count."""
    top: bool = False
    """True when the file marks it ``skos:topConceptOf``."""

    @property
    def labels(self) -> tuple[str, ...]:
        """Every label to match: preferred, alternative and hidden."""
        return (self.pref_label, *self.alt_labels, *self.hidden_labels)


@dataclass(frozen=True, eq=False)
class TopicScheme:
    """The concepts of a scheme, by key. Compared and hashed by identity."""

    concepts: dict[str, Concept]
    path: str = ""
    """The file it was read from."""
    problems: tuple[str, ...] = ()
    """Problems found while reading (besides those :func:`validate_scheme` finds)."""

    @property
    def roots(self) -> tuple[str, ...]:
        """Keys of the concepts without a broader concept, in file order."""
        return tuple(k for k, c in self.concepts.items() if not c.broader)

    def broader_closure(self, key: str, *, include_self: bool = False) -> tuple[str, ...]:
        """All ancestors of ``key``, nearest first, each once (cycles and unknown keys are skipped)."""
        if key not in self.concepts:
            raise KeyError(f"unknown topic {key!r}")
        seen: dict[str, None] = {key: None} if include_self else {}
        frontier, visited = [key], {key}
        while frontier:
            nxt: list[str] = []
            for k in frontier:
                for b in self.concepts[k].broader if k in self.concepts else ():
                    if b not in visited:
                        visited.add(b)
                        seen[b] = None
                        nxt.append(b)
            frontier = nxt
        return tuple(k for k in seen if k in self.concepts)

    def label(self, key: str) -> str:
        """The preferred label of ``key``."""
        return self.concepts[key].pref_label


def default_scheme_path() -> Path:
    """``topics.ttl`` of the installed package (``omgraph.data``), else of the checkout."""
    try:
        resource = importlib.resources.files("omgraph.data") / _SCHEME_FILE
        if resource.is_file():
            return Path(str(resource))
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "data" / _SCHEME_FILE


def _parse(path: Path) -> Graph:
    if not path.is_file():
        raise RegistryError(
            "topic scheme not found", path=str(path), hint="pass the path of a SKOS Turtle file"
        )
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except SyntaxError as exc:  # rdflib's BadSyntax is a SyntaxError
        line, stop = _error_lines(exc)
        why = getattr(exc, "_why", None) or str(exc)
        where = f" (the parser stopped at line {stop})" if stop and stop != line else ""
        raise RegistryError(
            f"malformed Turtle: {why}{where}",
            path=str(path),
            line=line,
            hint="check this statement and the end of the one before: a concept's properties "
            "are separated by ';', values by ',', the concept ends with '.', labels need quotes "
            "and @de",
        ) from exc
    except Exception as exc:  # other parser errors (bad IRIs, encodings)
        raise RegistryError(
            f"cannot read Turtle: {exc}", path=str(path), hint="check the file is UTF-8 Turtle"
        ) from exc
    return graph


def _error_lines(exc: SyntaxError) -> tuple[int | None, int | None]:
    """(line where the bad statement or token starts, line where the parser gave up), 1-based."""
    lines = getattr(exc, "lines", None)
    stop = lines + 1 if isinstance(lines, int) else exc.lineno
    source, offset = getattr(exc, "_str", None), getattr(exc, "_i", None)
    if isinstance(offset, int) and isinstance(source, bytes):
        return source[:offset].count(b"\n") + 1, stop
    if isinstance(offset, int) and isinstance(source, str):
        return source[:offset].count("\n") + 1, stop
    return stop, stop


def _is_german(term: object) -> bool:
    if not isinstance(term, RdfLiteral):
        return False
    return term.language is None or term.language.lower().split("-")[0] == "de"


def _key(iri: URIRef) -> str:
    """The key of a concept IRI: the part after the topic namespace (else the last segment)."""
    text = str(iri)
    if text.startswith(str(TOPIC)):
        return text[len(str(TOPIC)) :]
    return text.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _concept_classes(graph: Graph) -> dict[URIRef, str]:
    """skos:Concept and every class declared (transitively) rdfs:subClassOf it -> kind."""
    classes: dict[URIRef, str] = {SKOS.Concept: "topic"}
    changed = True
    while changed:
        changed = False
        for sub, sup in graph.subject_objects(RDFS.subClassOf):
            if isinstance(sub, URIRef) and sup in classes and sub not in classes:
                classes[sub] = _key(sub).lower()
                changed = True
    return classes


def load_scheme(path: str | Path | None = None) -> TopicScheme:
    """Read a SKOS topic scheme from Turtle (default: the packaged ``data/topics.ttl``).

    Raises :class:`~omgraph.errors.RegistryError` (with file and line) when the file is missing
    or not valid Turtle. Content problems are left to :func:`validate_scheme`.
    """
    file = Path(path) if path is not None else default_scheme_path()
    graph = _parse(file)
    classes = _concept_classes(graph)
    kinds: dict[URIRef, str] = {}
    for cls, kind in classes.items():
        for s in graph.subjects(RDF.type, cls):
            if isinstance(s, URIRef) and (kinds.get(s, "topic") == "topic"):
                kinds[s] = kind
    problems = []
    for s in set(graph.subjects(SKOS.prefLabel)) - set(kinds):
        problems.append(f"{s} has a skos:prefLabel but is not typed skos:Concept (or a subclass)")
    # skos:narrower is accepted as the inverse of skos:broader
    broader: dict[URIRef, list[URIRef]] = {s: [] for s in kinds}
    for s, o in graph.subject_objects(SKOS.broader):
        if isinstance(s, URIRef) and isinstance(o, URIRef) and s in broader:
            broader[s].append(o)
    for s, o in graph.subject_objects(SKOS.narrower):
        if isinstance(s, URIRef) and isinstance(o, URIRef) and o in broader and s not in broader[o]:
            broader[o].append(s)

    def labels(s: URIRef, prop: URIRef) -> list[str]:
        return sorted(str(o) for o in graph.objects(s, prop) if _is_german(o))

    concepts: dict[str, Concept] = {}
    for s in sorted(kinds, key=str):
        key = _key(s)
        prefs = labels(s, SKOS.prefLabel)
        if len(prefs) != 1:
            problems.append(f"{key}: {len(prefs)} German skos:prefLabel, needs exactly one")
        if key in concepts:
            problems.append(f"{key}: two concepts share this key ({s} and {concepts[key].iri})")
        concepts[key] = Concept(
            key=key,
            iri=str(s),
            pref_label=prefs[0] if prefs else "",
            alt_labels=tuple(prefs[1:] + labels(s, SKOS.altLabel)),
            hidden_labels=tuple(labels(s, SKOS.hiddenLabel)),
            broader=tuple(sorted(_key(b) for b in broader[s])),
            kind=kinds[s],
            subjects=tuple(
                sorted(_key(o) for o in graph.objects(s, DCTERMS.subject) if isinstance(o, URIRef))
            ),
            excluded_forms=tuple(labels(s, EXCLUDED_FORM)),
            top=(s, SKOS.topConceptOf, None) in graph,
        )
    return TopicScheme(concepts=concepts, path=str(file), problems=tuple(problems))


def _norm_label(label: str) -> str:
    return " ".join(label.casefold().replace("-", " ").split())


def validate_scheme(scheme: TopicScheme) -> list[str]:
    """Problems that make the scheme unusable or ambiguous; an empty list when it is sound.

    Checks: one German prefLabel each, broader and subject targets exist, no cycles in broader,
    no label shared by two concepts, keys are slugs under the topic namespace, roots are marked
    ``skos:topConceptOf`` and top concepts have no broader concept.
    """
    problems = list(scheme.problems)
    concepts = scheme.concepts
    owners: dict[str, set[str]] = {}
    for key, c in concepts.items():
        if not c.iri.startswith(str(TOPIC)) or slug(key) != key:
            problems.append(f"{key}: IRI {c.iri} is not {TOPIC}<slug>")
        if not c.pref_label.strip():
            problems.append(f"{key}: empty skos:prefLabel")
        for b in c.broader:
            if b not in concepts:
                problems.append(f"{key}: skos:broader {b} is not a concept of the scheme")
        for s in c.subjects:
            if s not in concepts:
                problems.append(f"{key}: dcterms:subject {s} is not a concept of the scheme")
        if not c.broader and not c.top:
            problems.append(f"{key}: no skos:broader, so it needs skos:topConceptOf")
        if c.broader and c.top:
            problems.append(f"{key}: skos:topConceptOf but has skos:broader {', '.join(c.broader)}")
        counts = Counter(_norm_label(label) for label in c.labels)
        for label in c.labels:
            norm = _norm_label(label)
            if len(norm) < 2:
                problems.append(f"{key}: label {label!r} is too short")
            owners.setdefault(norm, set()).add(key)
        problems.extend(f"{key}: label {n!r} given twice" for n, k in counts.items() if k > 1)
    for norm, keys in sorted(owners.items()):
        if len(keys) > 1:
            problems.append(f"label {norm!r} is shared by {', '.join(sorted(keys))} (ambiguous)")
    problems.extend(_cycles(scheme))
    return problems


def _cycles(scheme: TopicScheme) -> list[str]:
    """One message per concept that is its own ancestor."""
    found = []
    for key in scheme.concepts:
        stack, seen = list(scheme.concepts[key].broader), set()
        while stack:
            b = stack.pop()
            if b == key:
                found.append(f"{key}: cycle in skos:broader (the concept is its own ancestor)")
                break
            if b in seen or b not in scheme.concepts:
                continue
            seen.add(b)
            stack.extend(scheme.concepts[b].broader)
    return found


def rollup(
    keys: Iterable[str], scheme: TopicScheme, level: RollupLevel = "broader"
) -> dict[str, tuple[str, ...]]:
    """Map each concept key to its direct parents (``broader``), roots (``top``) or ``closure``.

    A root maps to itself for ``broader`` and ``top``. Unknown keys raise :class:`KeyError`.
    """
    if level not in ("broader", "top", "closure"):
        raise ValueError(f"unknown rollup level {level!r}: use 'broader', 'top' or 'closure'")
    result: dict[str, tuple[str, ...]] = {}
    for key in keys:
        lineage = scheme.broader_closure(key, include_self=True)
        concept = scheme.concepts[key]
        if level == "closure":
            result[key] = lineage
        elif level == "broader":
            result[key] = tuple(b for b in concept.broader if b in scheme.concepts) or (key,)
        else:
            result[key] = tuple(k for k in lineage if not scheme.concepts[k].broader) or (key,)
    return result

"""Check the store against the SHACL shapes of ``data/shapes.ttl`` (pySHACL), per document.

Each document's named graph is validated on its own: a document graph must be complete by
itself (people and organisations are repeated in every graph that mentions them), so removing
one document never breaks another. Besides the shapes, every named graph must hold exactly
the one ``omg:Document`` record of its document (a graph without one is a fragment).

Findings name the document, the focus node (with its label), the property path, the message and
the source line the focus node was read from, so a person can open the minutes and look.

>>> from omgraph.store import OxigraphStore
>>> validate_store(OxigraphStore(None)).conforms
True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal as TypingLiteral

import rdflib
from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, serialize
from rdflib.namespace import RDF, RDFS, SH, SKOS, VOID

from omgraph import namespaces as ns
from omgraph.resources import data_path
from omgraph.store import Store

Severity = TypingLiteral["violation", "warning", "info"]

OMG = rdflib.Namespace(ns.OMG)
PROV = rdflib.Namespace(ns.PROV)
DCTERMS = rdflib.Namespace(ns.DCTERMS)
FOAF = rdflib.Namespace(ns.FOAF)
SDO = rdflib.Namespace(ns.SDO)
_GRAPH_PREFIX = str(ns.document_graph("x"))[:-1]
_SEVERITY: dict[rdflib.term.Node, Severity] = {
    SH.Violation: "violation",
    SH.Warning: "warning",
    SH.Info: "info",
}
_LABELS = (RDFS.label, FOAF.name, SKOS.prefLabel, SDO.name, DCTERMS.identifier)


@dataclass(frozen=True)
class Finding:
    """One thing the shapes (or the graph check) found wrong."""

    severity: Severity
    """``violation`` (the graph is wrong), ``warning`` (something expected is missing), ``info``."""
    document: str
    """The id of the document whose graph holds the focus node ("" outside any document)."""
    focus: str
    """The IRI of the node at fault."""
    label: str
    """Its label (name, title, ...), or the last segment of its IRI."""
    path: str
    """The property at fault, prefixed (``omg:kind``), or ""."""
    message: str
    """What is wrong."""
    line: int | None = None
    """The line of the document the focus node was read from, if known."""
    text: str = ""
    """The text of that line."""

    def __str__(self) -> str:
        where = f"{self.document}:{self.line}" if self.line else self.document or "(store)"
        path = f" {self.path}:" if self.path else ""
        return f"{where}: {self.severity}: {self.label}{path} {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    """The findings of one validation run."""

    documents: tuple[str, ...]
    """The documents whose graphs were checked."""
    findings: tuple[Finding, ...]

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != "violation"]

    @property
    def conforms(self) -> bool:
        """True when there is no violation (warnings allowed)."""
        return not self.violations


@lru_cache(maxsize=1)
def load_shapes() -> rdflib.Graph:
    """The shapes graph of ``data/shapes.ttl``."""
    shapes = rdflib.Graph()
    shapes.parse(data=data_path("shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    return shapes


def document_graphs(store: Store) -> dict[str, list[Quad]]:
    """The store's quads by document id (``""`` for quads outside any document graph)."""
    graphs: dict[str, list[Quad]] = defaultdict(list)
    for quad in store.quads():
        name = quad.graph_name
        if isinstance(name, NamedNode) and name.value.startswith(_GRAPH_PREFIX):
            graphs[name.value[len(_GRAPH_PREFIX) :]].append(quad)
        else:
            graphs[""].append(quad)
    return dict(graphs)


def to_rdflib(quads: Iterable[Quad]) -> rdflib.Graph:
    """The triples of ``quads`` (graph names dropped) as an rdflib graph."""
    triples = [Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in quads]
    graph = rdflib.Graph()
    for prefix, namespace in ns.PREFIXES.items():
        graph.bind(prefix, namespace)
    if triples:
        data = serialize(triples, format=RdfFormat.N_TRIPLES)
        graph.parse(data=data, format="nt")
    return graph


def validate_graph(graph: rdflib.Graph, document: str = "") -> list[Finding]:
    """The findings of the shapes on one document's ``graph``."""
    import pyshacl

    if len(graph) == 0:
        return []
    _, results, _ = pyshacl.validate(
        graph, shacl_graph=load_shapes(), inference="none", allow_warnings=True
    )
    findings = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        value = results.value(result, SH.value)
        text = str(message or "does not conform")
        if value is not None and str(value) not in text:
            text += f" (value: {value.n3(graph.namespace_manager)})"
        line, line_text = _source_line(graph, focus)
        findings.append(
            Finding(
                _SEVERITY.get(results.value(result, SH.resultSeverity), "violation"),  # type: ignore[arg-type]
                document,
                str(focus),
                _label(graph, focus),
                path.n3(graph.namespace_manager) if isinstance(path, rdflib.URIRef) else "",
                text,
                line,
                line_text,
            )
        )
    return sorted(findings, key=lambda f: (f.severity != "violation", f.line or 0, f.focus))


def check_document_graph(graph: rdflib.Graph, document: str) -> list[Finding]:
    """A document graph is whole: it holds exactly one ``omg:Document``, the one of its own
    id, and as many triples as its ``void:triples`` says were written with it."""
    focus = rdflib.URIRef(str(ns.document_graph(document)))
    ids = {str(i) for d in graph.subjects(RDF.type, OMG.Document)
           for i in graph.objects(d, DCTERMS.identifier)}  # fmt: skip
    findings = []
    if ids != {document}:
        message = (
            "the graph holds no document record: it is a fragment"
            if not ids
            else f"the graph holds document records for {', '.join(sorted(ids))}"
        )
        findings.append(Finding("violation", document, str(focus), document, "", message))
    counts = {_int(n) for n in graph.objects(focus, VOID.triples)}
    if counts and counts != {len(graph)}:
        findings.append(
            Finding(
                "violation", document, str(focus), document, "void:triples",
                f"the graph holds {len(graph)} triples but {min(counts)} were written: "
                "it is not whole; ingest the file again",
            )
        )  # fmt: skip
    return findings


def validate_store(store: Store, *, meeting: str | None = None) -> ValidationReport:
    """Validate every document graph of ``store`` (or those matching ``meeting``).

    Parameters
    ----------
    store
        An open store.
    meeting
        Only documents whose meeting date, document id, title or body contains this
        (ignoring case), like the ``--meeting`` of the other commands.

    Returns
    -------
    ValidationReport
        ``conforms`` is False when any graph violates a shape.
    """
    findings: list[Finding] = []
    checked: list[str] = []
    for document, quads in sorted(document_graphs(store).items()):
        if not document:
            if meeting is None:
                findings.append(
                    Finding(
                        "warning", "", "", "(default graph)", "",
                        f"{len(quads)} triple(s) outside any document graph; "
                        "`omgraph export --format nq` shows them",
                    )
                )  # fmt: skip
            continue
        graph = to_rdflib(quads)
        if meeting is not None and not _matches(graph, document, meeting):
            continue
        checked.append(document)
        findings.extend(check_document_graph(graph, document))
        findings.extend(validate_graph(graph, document))
    return ValidationReport(tuple(checked), tuple(findings))


def _matches(graph: rdflib.Graph, document: str, meeting: str) -> bool:
    wanted = meeting.casefold()
    texts = [document]
    for m in graph.subjects(RDF.type, OMG.Meeting):
        for p in (SDO.startDate, RDFS.label, DCTERMS.title, OMG.body):
            texts.extend(str(o) for o in graph.objects(m, p))
    return any(wanted in t.casefold() for t in texts)


def _label(graph: rdflib.Graph, node: rdflib.term.Node | None) -> str:
    if node is None:
        return ""
    for p in _LABELS:
        value = graph.value(node, p)
        if value is not None and str(value).strip():
            return str(value)
    if (graph.value(node, RDF.type)) == OMG.SourceLine:
        return f"line {graph.value(node, OMG.lineNumber)}"
    return str(node).rstrip("/").rsplit("/", 1)[-1]


def _source_line(graph: rdflib.Graph, node: rdflib.term.Node | None) -> tuple[int | None, str]:
    """The line (number, text) ``node`` was read from, or is."""
    if node is None:
        return None, ""
    line = node if (node, RDF.type, OMG.SourceLine) in graph else None
    if line is None:
        lines = [o for o in graph.objects(node, PROV.wasDerivedFrom)
                 if (o, RDF.type, OMG.SourceLine) in graph]  # fmt: skip
        line = min(lines, key=lambda o: _int(graph.value(o, OMG.lineNumber)), default=None)
    if line is None:
        return None, ""
    number = graph.value(line, OMG.lineNumber)
    return (_int(number) or None), str(graph.value(line, OMG.text) or "")


def _int(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0


__all__ = [
    "Finding", "ValidationReport", "check_document_graph", "document_graphs", "load_shapes",
    "to_rdflib", "validate_graph", "validate_store",
]  # fmt: skip

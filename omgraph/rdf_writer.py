"""The quad writer behind :mod:`omgraph.rdf`: one document's named graph, with provenance.

>>> SDO + "Event"
<NamedNode value=https://schema.org/Event>
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pyoxigraph import NamedNode, Quad

from omgraph import namespaces as ns
from omgraph.model import Document, OrgMention, PersonMention, Resolution, SourceSpan
from omgraph.terms import Term, iri, omg, to_ox

if TYPE_CHECKING:
    from omgraph.topics import TopicScheme


class Vocab(str):
    """An IRI prefix; ``Vocab(...) + "name"`` is the :class:`pyoxigraph.NamedNode` of a term."""

    __slots__ = ()

    def __add__(self, name: str) -> NamedNode:  # type: ignore[override]
        return NamedNode(str.__add__(self, name))


RDF = Vocab(ns.RDF)
RDFS = Vocab(ns.RDFS)
SKOS = Vocab(ns.SKOS)
PROV = Vocab(ns.PROV)
DCTERMS = Vocab(ns.DCTERMS)
ORG = Vocab(ns.ORG)
FOAF = Vocab(ns.FOAF)
SDO = Vocab(ns.SDO)
RDF_TYPE = RDF + "type"
RDFS_LABEL = RDFS + "label"


class GraphWriter:
    """Collects the quads of one document's graph, without duplicates, in insertion order."""

    def __init__(self, document: Document, resolution: Resolution,
                 scheme: TopicScheme | None = None) -> None:  # fmt: skip
        self.document = document
        self.resolution = resolution
        self.scheme = scheme
        self.graph = iri(ns.document_graph(document.id))
        self._quads: dict[Quad, None] = {}
        self._lines: set[int] = set()
        self._written: set[NamedNode] = set()
        self._line_keys: dict[int, set[str]] = {}
        self._name_lines: set[int] | None = None

    def add(self, s: NamedNode, p: NamedNode, o: object) -> None:
        """Add ``s p o``; ``None`` objects are skipped, Python values become literals."""
        if o is None:
            return
        self._quads[Quad(s, p, to_ox(o), self.graph)] = None

    def quads(self) -> list[Quad]:
        return list(self._quads)

    def line(self, span: SourceSpan) -> NamedNode:
        """The node of the span's first line (``omg:SourceLine``), written once."""
        node = iri(ns.source_line(self.document.id, span.line))
        if span.line not in self._lines:
            self._lines.add(span.line)
            lines = self.document.lines
            text = lines[span.line - 1] if 0 < span.line <= len(lines) else span.text
            self.add(node, RDF_TYPE, omg("SourceLine"))
            self.add(node, RDF_TYPE, PROV + "Entity")
            self.add(node, omg("lineNumber"), span.line)
            self.add(node, omg("text"), text)
            self.add(node, DCTERMS + "isPartOf", iri(ns.document(self.document.id)))
        return node

    def fact(self, node: NamedNode, cls: str, source: SourceSpan | None) -> None:
        """Type ``node`` as ``omg:{cls}`` and link it to the line it was read from."""
        self.add(node, RDF_TYPE, omg(cls))
        if source is not None:
            self.add(node, PROV + "wasDerivedFrom", self.line(source))
            if source.end_line is not None and source.end_line != source.line:
                self.add(node, omg("endLine"), source.end_line)

    def once(self, node: NamedNode) -> bool:
        """True the first time ``node`` is passed (to write an entity's triples only once)."""
        if node in self._written:
            return False
        self._written.add(node)
        return True

    def subjects(self, node: NamedNode, *texts: str, spans: tuple[SourceSpan, ...] = ()) -> None:
        """Link ``node`` (``dcterms:subject``) to the topics of the scheme found in ``texts``.

        With ``spans`` (where the texts were read), each topic also gets an
        ``omg:TopicMention`` (``node omg:topicMention m . m omg:topic t``) derived from the lines
        of those spans that name it, so every topic is traceable to its lines.

        A speaker's header line that opens a passage ("Maria Becker (Bundesministerium für
        Gesundheit, Leitung Unterabteilung Prävention)") names who speaks, not what about: it is
        left out, so the organisation or unit named there gives no topic (see
        :meth:`_speaker_header`).
        """
        if self.scheme is None:
            return
        from omgraph.topics import topic_keys

        parts = list(texts)
        header = self._speaker_header(parts[0], spans[0]) if parts and spans else None
        if header is not None:
            parts[0] = _after_header(parts[0], self._text_of(header))
        lines = sorted(
            n
            for n in {n for s in spans for n in range(s.line, (s.end_line or s.line) + 1)}
            if n != header
        )
        for key in topic_keys(" \n".join(t for t in parts if t), self.scheme):
            topic = self.topic(key)
            self.add(node, DCTERMS + "subject", topic)
            if not spans:
                continue
            mention = NamedNode(f"{node.value}/topic/{key}")
            self.add(node, omg("topicMention"), mention)
            self.add(mention, RDF_TYPE, omg("TopicMention"))
            self.add(mention, omg("topic"), topic)
            # a label broken over two lines is found in neither: the passage's first line then
            # (a passage of one line is that line, whatever it names: its topics are not looked up)
            found = (
                ([n for n in lines if key in self._line_topics(n)] if len(lines) > 1 else [])
                or lines[:1]
                or [spans[0].line]
            )
            for n in found:
                self.add(mention, PROV + "wasDerivedFrom", self.line_node(n))

    def _speaker_header(self, text: str, span: SourceSpan) -> int | None:
        """The number of the passage's first line when that line is only its speaker's header.

        That is when the passage's text begins with the whole line (a block "Name (Organisation,
        Unit)" followed by the report), and the line begins with a person's name as the minutes
        wrote it. A passage that starts mid-line ("Siglinde Ludwig DGUV: Wann ...?" is read as
        "Wann ...?") has no header.
        """
        if self._name_lines is None:
            self._name_lines = {
                m.source.line
                for m in self.resolution.person_of
                if m.source.document == self.document.id
                and _header_norm(self._text_of(m.source.line)).startswith(_header_norm(m.text))
            }
        if span.line not in self._name_lines:
            return None
        first = _header_norm(self._text_of(span.line))
        return span.line if first and _header_norm(text).startswith(first) else None

    def _text_of(self, number: int) -> str:
        lines = self.document.lines
        return lines[number - 1] if 0 < number <= len(lines) else ""

    def _line_topics(self, number: int) -> set[str]:
        """The topic keys named on line ``number`` of the document (cached)."""
        from omgraph.topics import topic_keys

        if number not in self._line_keys:
            text = self._text_of(number)
            self._line_keys[number] = set(topic_keys(text, self.scheme)) if self.scheme else set()
        return self._line_keys[number]

    def line_node(self, number: int) -> NamedNode:
        """The ``omg:SourceLine`` node of line ``number`` of the document."""
        return self.line(SourceSpan(self.document.id, number, self._text_of(number)))

    def topic(self, key: str) -> NamedNode:
        """A concept of the topic scheme, with its label and broader concepts."""
        node = iri(ns.topic(key))
        if self.scheme is not None and self.once(node):
            concept = self.scheme.concepts.get(key)
            self.add(node, RDF_TYPE, SKOS + "Concept")
            self.add(node, SKOS + "prefLabel", concept.pref_label if concept else key)
            self.add(node, omg("key"), key)
            for broader in concept.broader if concept else ():
                self.add(node, SKOS + "broader", self.topic(broader))
        return node

    # --- entities behind mentions -------------------------------------------------------

    def person(self, mention: PersonMention) -> NamedNode:
        """The person behind a mention; an unresolved mention becomes a person of its own."""
        key = self.resolution.person_of.get(mention)
        if key is not None:
            return iri(ns.person(key))
        node = iri(ns.person(mention.text))
        if self.once(node):
            name = " ".join(x for x in (mention.title, mention.given, mention.family) if x)
            self.write_name(node, name or mention.text)
            self.add(node, PROV + "wasDerivedFrom", self.line(mention.source))
        return node

    def write_name(self, node: NamedNode, name: str) -> None:
        self.add(node, RDF_TYPE, FOAF + "Person")
        self.add(node, RDF_TYPE, SDO + "Person")
        self.add(node, FOAF + "name", name)
        self.add(node, RDFS_LABEL, name)

    def org(self, mention: OrgMention) -> NamedNode:
        """The organisation behind a mention; an unresolved one gets its own node."""
        key = self.resolution.org_of.get(mention)
        if key is not None:
            return iri(ns.organisation(key))
        node = iri(ns.organisation(mention.text))
        if self.once(node):
            self.add(node, RDF_TYPE, ORG + "Organization")
            self.add(node, SKOS + "prefLabel", mention.text)
            self.add(node, RDFS_LABEL, mention.text)
            self.add(node, omg("kind"), "other")
            self.add(node, PROV + "wasDerivedFrom", self.line(mention.source))
        return node

    def orgs_for(self, mention: PersonMention) -> list[NamedNode]:
        """The organisations a person mention stands for (its own, else the affiliation)."""
        keys = self.resolution.org_for(mention)
        if not keys and mention.org is not None:
            return [self.org(mention.org)]
        return [iri(ns.organisation(k)) for k in keys]

    def unit_for(self, mention: PersonMention) -> NamedNode | None:
        """The sub-unit written beside a person (``"AGS"`` of the Bundesagentur), if any."""
        org = mention.org
        if org is None or org not in self.resolution.unit_of:
            return None
        parent_key = self.resolution.org_of.get(org, org.text)
        unit = self.resolution.unit_of[org]
        node = iri(ns.organisation(f"{parent_key}-{unit}"))
        if self.once(node):
            self.add(node, RDF_TYPE, ORG + "OrganizationalUnit")
            self.add(node, RDFS_LABEL, unit)
            self.add(node, SKOS + "prefLabel", unit)
            self.add(node, ORG + "unitOf", iri(ns.organisation(parent_key)))
            self.add(node, PROV + "wasDerivedFrom", self.line(org.source))
        return node

    def group(self, name: str) -> NamedNode:
        """A working group, team or circle by name (typed and labelled)."""
        node = iri(ns.group(name))
        self.add(node, RDF_TYPE, ORG + "OrganizationalUnit")
        self.add(node, RDF_TYPE, omg("WorkingGroup"))
        if self.once(node):
            self.add(node, RDFS_LABEL, name)
            self.add(node, SKOS + "prefLabel", name)
        return node


def _header_norm(text: str) -> str:
    """Text without markup (``*``, ``_``) and with single spaces, for comparing lines."""
    return " ".join(text.replace("*", " ").replace("_", " ").split())


def _after_header(text: str, header: str) -> str:
    """``text`` without its leading ``header`` line (both compared by :func:`_header_norm`)."""
    return _header_norm(text)[len(_header_norm(header)) :].strip()


__all__ = [
    "DCTERMS", "FOAF", "ORG", "PROV", "RDFS", "RDFS_LABEL", "RDF_TYPE", "SDO", "SKOS",
    "GraphWriter", "Term", "Vocab",
]  # fmt: skip

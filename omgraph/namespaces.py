"""Every prefix and IRI scheme of omgraph, in one place.

IRIs are minted from stable keys only (document ids, slugs of canonical names, numbers), so the
same input gives the same IRIs on every run.

IRIs are plain strings (``omgraph.terms.iri`` makes pyoxigraph nodes of them, ``rdflib.URIRef``
rdflib's): minting them imports no RDF library, which keeps ingest and the command line fast.

>>> person("Rolf Papenfuss")
'https://w3id.org/omgraph/id/person/rolf-papenfuss'
>>> OMG.Decision == OMG["Decision"] == "https://w3id.org/omgraph/ontology#Decision"
True
>>> slug("Stiftung „Mittelstand – Gesellschaft – Verantwortung“")
'stiftung-mittelstand-gesellschaft-verantwortung'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


class Namespace(str):
    """An IRI prefix: ``NS["name"]`` and ``NS.name`` are the IRIs (strings) of its terms."""

    __slots__ = ()

    def __getitem__(self, name: str) -> str:  # type: ignore[override]
        return str.__add__(self, name)

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        return str.__add__(self, name)


BASE = "https://w3id.org/omgraph/"
OMG = Namespace(BASE + "ontology#")
"""omgraph's own ontology terms (``data/ontology.ttl``)."""
ID = Namespace(BASE + "id/")
"""Instance data."""
TOPIC = Namespace(BASE + "topic/")
"""Concepts of the SKOS topic scheme (``data/topics.ttl``)."""
SDO = Namespace("https://schema.org/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

PREFIXES: dict[str, str] = {
    "omg": str(OMG),
    "id": str(ID),
    "topic": str(TOPIC),
    "schema": str(SDO),
    "org": str(ORG),
    "foaf": str(FOAF),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}

_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


@lru_cache(maxsize=1 << 16)  # the same keys recur in every document (people, organisations)
def slug(text: str) -> str:
    """Lower-case ASCII slug: umlauts transliterated, runs of other characters become ``-``."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_UMLAUTS))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "x"


def document_id(file_name: str) -> str:
    """The document id of a file: the slug of its name without the suffix."""
    stem = file_name.rsplit("/", 1)[-1]
    if "." in stem:
        stem = stem.rsplit(".", 1)[0]
    return slug(stem)


def document_graph(doc_id: str) -> str:
    """The named graph holding one document's facts."""
    return ID[f"graph/{doc_id}"]


def document(doc_id: str) -> str:
    return ID[f"doc/{doc_id}"]


def source_line(doc_id: str, line: int) -> str:
    """A line of a document (a ``prov:Entity``)."""
    return ID[f"doc/{doc_id}/line/{line}"]


def meeting(doc_id: str) -> str:
    return ID[f"meeting/{doc_id}"]


def meeting_part(doc_id: str, kind: str, *keys: object) -> str:
    """Something that exists only within one meeting: an agenda item, a decision, a table ..."""
    tail = "/".join(slug(str(k)) for k in keys)
    return ID[f"meeting/{doc_id}/{kind}/{tail}"]


def person(key: str) -> str:
    return ID[f"person/{slug(key)}"]


def organisation(key: str) -> str:
    return ID[f"org/{slug(key)}"]


def group(name: str) -> str:
    return ID[f"group/{slug(name)}"]


def membership(group_name: str, person_key: str, role: str = "member") -> str:
    return ID[f"membership/{slug(group_name)}/{slug(person_key)}/{slug(role)}"]


def topic(key: str) -> str:
    return TOPIC[slug(key)]

"""Every prefix and IRI scheme of omgraph, in one place.

IRIs are minted from stable keys only (document ids, slugs of canonical names, numbers), so the
same input gives the same IRIs on every run.

>>> person("Rolf Papenfuss")
rdflib.term.URIRef('https://w3id.org/omgraph/id/person/rolf-papenfuss')
>>> slug("Stiftung „Mittelstand – Gesellschaft – Verantwortung“")
'stiftung-mittelstand-gesellschaft-verantwortung'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://w3id.org/omgraph/"
OMG = Namespace(BASE + "ontology#")
"""omgraph's own ontology terms (``data/ontology.ttl``)."""
ID = Namespace(BASE + "id/")
"""Instance data."""
TOPIC = Namespace(BASE + "topic/")
"""Concepts of the SKOS topic scheme (``data/topics.ttl``)."""
SDO = Namespace("https://schema.org/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")

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


def document_graph(doc_id: str) -> URIRef:
    """The named graph holding one document's facts."""
    return ID[f"graph/{doc_id}"]


def document(doc_id: str) -> URIRef:
    return ID[f"doc/{doc_id}"]


def source_line(doc_id: str, line: int) -> URIRef:
    """A line of a document (a ``prov:Entity``)."""
    return ID[f"doc/{doc_id}/line/{line}"]


def meeting(doc_id: str) -> URIRef:
    return ID[f"meeting/{doc_id}"]


def meeting_part(doc_id: str, kind: str, *keys: object) -> URIRef:
    """Something that exists only within one meeting: an agenda item, a decision, a table ..."""
    tail = "/".join(slug(str(k)) for k in keys)
    return ID[f"meeting/{doc_id}/{kind}/{tail}"]


def person(key: str) -> URIRef:
    return ID[f"person/{slug(key)}"]


def organisation(key: str) -> URIRef:
    return ID[f"org/{slug(key)}"]


def group(name: str) -> URIRef:
    return ID[f"group/{slug(name)}"]


def membership(group_name: str, person_key: str, role: str = "member") -> URIRef:
    return ID[f"membership/{slug(group_name)}/{slug(person_key)}/{slug(role)}"]


def topic(key: str) -> URIRef:
    return TOPIC[slug(key)]

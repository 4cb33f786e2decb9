"""Conversions between Python values and pyoxigraph terms, in one symmetric pair.

>>> to_ox(3)
<Literal value=3 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
>>> from_ox(to_ox(dt.time(11, 0)))
'11:00'
>>> from_ox(to_ox(dt.date(2020, 4, 30)))
'2020-04-30'
>>> from_ox(to_ox(True))
True
"""

from __future__ import annotations

import datetime as dt
import sys
from functools import lru_cache
from typing import TypeAlias

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from omgraph import namespaces
from omgraph.namespaces import OMG

Term: TypeAlias = NamedNode | BlankNode | Literal | Triple
"""Any pyoxigraph term that can stand in a query solution."""
Value: TypeAlias = str | int | float | bool | None
"""A plain Python value, as query rows hold them."""

XSD = str(namespaces.XSD)
XSD_STRING = NamedNode(XSD + "string")
XSD_INTEGER = NamedNode(XSD + "integer")
XSD_BOOLEAN = NamedNode(XSD + "boolean")
XSD_DATE = NamedNode(XSD + "date")
XSD_TIME = NamedNode(XSD + "time")
XSD_DECIMAL = NamedNode(XSD + "decimal")
XSD_DOUBLE = NamedNode(XSD + "double")
_INTEGERS = {XSD + n for n in ("integer", "int", "long", "short", "nonNegativeInteger")}
_FLOATS = {XSD + n for n in ("decimal", "double", "float")}


def iri(ref: str) -> NamedNode:
    """The pyoxigraph node of an IRI (as :mod:`omgraph.namespaces` mints them, or an rdflib
    ``URIRef``)."""
    return NamedNode(str(ref))


@lru_cache(maxsize=1024)
def omg(name: str) -> NamedNode:
    """A term of the omgraph ontology, e.g. ``omg("Decision")``."""
    return NamedNode(str(OMG[name]))


def to_ox(value: object) -> Term:
    """The RDF term for a Python value (``bool`` before ``int``: a bool is an int)."""
    kind = type(value)
    if kind is NamedNode or kind is Literal:  # the common case, first
        return value  # type: ignore[return-value]
    if kind is str:
        return Literal(value)  # type: ignore[arg-type]
    if isinstance(value, NamedNode | BlankNode | Literal | Triple):
        return value
    rdflib = sys.modules.get("rdflib")  # an rdflib IRI (rdflib is not imported to ask)
    if rdflib is not None and isinstance(value, rdflib.URIRef):
        return NamedNode(str(value))
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=XSD_BOOLEAN)
    if isinstance(value, int):
        return Literal(str(value), datatype=XSD_INTEGER)
    if isinstance(value, float):
        return Literal(repr(value), datatype=XSD_DOUBLE)
    if isinstance(value, dt.datetime):
        raise ValueError(f"Unexpected term: {value!r}")
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=XSD_DATE)
    if isinstance(value, dt.time):
        return Literal(value.strftime("%H:%M:%S"), datatype=XSD_TIME)
    if isinstance(value, str):
        return Literal(value)
    raise ValueError(f"Unexpected term: {value!r}")


def from_ox(term: Term | None) -> Value:
    """The plain Python value of a term: dates ISO, times ``HH:MM``, numbers, booleans."""
    if term is None:
        return None
    if isinstance(term, NamedNode | BlankNode):
        return term.value
    if isinstance(term, Literal):
        datatype = term.datatype.value
        text = term.value
        try:
            if datatype in _INTEGERS:
                return int(text)
            if datatype in _FLOATS:
                return float(text)
        except ValueError:
            return text
        if datatype == XSD_BOOLEAN.value:
            return text.strip() in {"true", "1"}
        if datatype == XSD_TIME.value:
            return text[:5]
        return text
    raise ValueError(f"Unexpected term: {term!r}")

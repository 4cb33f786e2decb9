"""Resolution evidence -> quads (part of :mod:`omgraph.rdf`).

Every merge of spellings into one person or organisation, and every near-miss kept apart, is
written into the document's graph as an ``omg:ResolutionDecision``, so that ``omgraph resolve``
can show what was merged and why, for the documents in the store.
"""

from __future__ import annotations

import hashlib

from omgraph import namespaces as ns
from omgraph.model import Merge, Resolution
from omgraph.rdf_writer import RDF_TYPE, GraphWriter
from omgraph.terms import iri, omg


def _entity(kind: str, key: str, res: Resolution) -> object:
    if kind == "person":
        return iri(ns.person(key)) if key in res.people else None
    return iri(ns.organisation(key)) if key in res.organisations else None


def write_merges(w: GraphWriter, res: Resolution) -> None:
    """One node per :class:`~omgraph.model.Merge` of the resolution."""
    doc = w.document.id
    seen: set[Merge] = set()
    for merge in res.merges:
        if merge in seen:
            continue
        seen.add(merge)
        # named by content, not by position, so that the same evidence gets the same IRI
        digest = hashlib.sha1("|".join(sorted(merge.variants)).encode()).hexdigest()[:10]
        state = "merged" if merge.merged else "kept-apart"
        node = iri(
            ns.meeting_part(
                doc, "resolution", merge.kind, merge.key, state, merge.other or "-", digest
            )
        )
        w.add(node, RDF_TYPE, omg("ResolutionDecision"))
        w.add(node, omg("entityKind"), merge.kind)
        w.add(node, omg("entity"), _entity(merge.kind, merge.key, res))
        w.add(node, omg("entityKey"), merge.key)
        for variant in merge.variants:
            w.add(node, omg("variant"), variant)
        w.add(node, omg("score"), round(float(merge.score), 1))
        w.add(node, omg("reason"), merge.reason)
        w.add(node, omg("merged"), merge.merged)
        if merge.other:
            w.add(node, omg("other"), _entity(merge.kind, merge.other, res))
            w.add(node, omg("otherKey"), merge.other)
        w.add(node, omg("meeting"), iri(ns.meeting(doc)))

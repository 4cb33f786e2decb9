"""The topic scheme as a tree, with how often the store's minutes name each concept.

>>> from omgraph.topics_scheme import load_scheme
>>> rows = topic_tree(load_scheme())
>>> rows[0]["depth"], rows[0]["mentions"]
(0, 0)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from omgraph.topics_scheme import TopicScheme

if TYPE_CHECKING:
    from omgraph.store import Store

__all__ = ["TopicRow", "topic_counts", "topic_tree"]


class TopicRow(TypedDict):
    """One concept of the tree (a concept with several parents appears under each)."""

    key: str
    topic: str
    kind: str
    depth: int
    broader: str | None
    mentions: int
    mentions_total: int


def topic_counts(store: Store, meeting: str | None = None) -> dict[str, tuple[int, int]]:
    """``key -> (mentions, mentions_total)``: passages naming the concept, and naming it or a
    narrower concept (query ``topic-counts``)."""
    from omgraph import queries

    params = {"meeting": meeting} if meeting else {}
    return {
        str(row["key"]): (int(row["mentions"] or 0), int(row["mentions_total"] or 0))
        for row in queries.run(store, "topic-counts", params)
    }


def topic_tree(
    scheme: TopicScheme, counts: dict[str, tuple[int, int]] | None = None
) -> list[TopicRow]:
    """The concepts of ``scheme`` depth-first from the roots (labels sorted), with ``counts``."""
    counts = counts or {}
    children: dict[str, list[str]] = {}
    for key, concept in scheme.concepts.items():
        for parent in concept.broader:
            children.setdefault(parent, []).append(key)

    def by_label(keys: list[str]) -> list[str]:
        return sorted(keys, key=lambda k: scheme.concepts[k].pref_label.casefold())

    rows: list[TopicRow] = []

    def walk(key: str, depth: int, parent: str | None, path: frozenset[str]) -> None:
        concept = scheme.concepts[key]
        direct, total = counts.get(key, (0, 0))
        rows.append(
            TopicRow(
                key=key,
                topic=concept.pref_label,
                kind=concept.kind,
                depth=depth,
                broader=parent,
                mentions=direct,
                mentions_total=total,
            )
        )
        for child in by_label(children.get(key, [])):
            if child not in path:  # a cycle is reported by validate_scheme, not followed
                walk(child, depth + 1, key, path | {child})

    for root in by_label(list(scheme.roots)):
        walk(root, 0, None, frozenset({root}))
    return rows

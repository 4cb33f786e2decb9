"""The store as a NetworkX graph, its views and projections, and the numbers behind them.

:func:`build_graph` reads ``queries/graph-nodes.rq`` and ``queries/graph-edges.rq`` into one
undirected graph. Nodes are keyed by IRI and carry plain attributes, so the graph writes as
GraphML or GEXF unchanged:

``label``
    the best-known name; ``kind``: ``organisation``, ``person``, ``group``, ``table``
    (a World-Café table), ``meeting`` or ``topic``; ``subkind``: the organisation kind
    (``ministry``, ``association`` ...), the group kind or the meeting's body; ``acronym``;
    ``sources``: the source lines (``doc-id:line: text``), one per line of text.

Edges carry ``relation`` (``member``, ``attended``, ``affiliated``, ``moderated``,
``involved``, ``raised``; several joined by ``;``), ``weight`` (how many facts), ``meetings``
and ``sources``.

Every other function has the form ``f(G, ...)`` and returns a graph or plain values.

>>> G = nx.Graph()
>>> G.add_node("o1", label="BMAS", kind="organisation")
>>> G.add_node("o2", label="DGUV", kind="organisation")
>>> G.add_node("g", label="AG Transfer", kind="group")
>>> G.add_edge("o1", "g", relation="member")
>>> G.add_edge("o2", "g", relation="member")
>>> P = partner_graph(G)
>>> P.edges["o1", "o2"]["weight"], P.edges["o1", "o2"]["groups"]
(1, 1)
>>> [b["organisation"] for b in bridges(G)]
['BMAS', 'DGUV']
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from omgraph.errors import QueryError
from omgraph.store import Store

KINDS = ("organisation", "person", "group", "table", "meeting", "topic")
"""Node kinds, in legend order."""

CONTEXTS = {"group": "member", "table": "involved", "meeting": "attended"}
"""Context kind -> the relation that puts an organisation in it (as in partner-network.rq)."""

PERSON_CONTEXTS = {"group": "member", "table": "moderated", "meeting": "attended"}
"""Context kind -> the relation that puts a person in it."""

SEED = 42
"""Seed of every randomised algorithm (Louvain, layouts, sampled betweenness)."""


def build_graph(store: Store, *, meeting: str | None = None) -> nx.Graph:
    """The whole network of the store (or of the meetings matching ``meeting``).

    Parameters
    ----------
    store
        An open store.
    meeting
        Narrow to meetings whose date, document id, title or body contains this.
    """
    return _graph(store, "graph-nodes", "graph-edges", meeting)


def partner_view(store: Store, *, meeting: str | None = None) -> nx.Graph:
    """``partner_graph(build_graph(store, meeting=meeting))``, read from two lean queries
    (``partner-nodes``, ``partner-edges``: organisations and the groups, tables and meetings
    they are in, without people, topics or the links' source lines), several times faster on
    a large store."""
    return partner_graph(_graph(store, "partner-nodes", "partner-edges", meeting))


def _graph(store: Store, nodes: str, edges: str, meeting: str | None) -> nx.Graph:
    """The graph of the rows of the queries ``nodes`` and ``edges`` (graph-nodes' and
    graph-edges' columns)."""
    from omgraph import queries

    params = {"meeting": meeting} if meeting else {}
    G = nx.Graph()
    for row in queries.run(store, nodes, params):
        key = str(row["node_iri"])
        if key in G:  # a node of two kinds (rare): keep the first
            continue
        label = str(row["node"] or key.rsplit("/", 1)[-1])
        if row["kind"] == "meeting" and row["date"]:
            label = f"{row['subkind'] or label} {row['date']}"
        G.add_node(key, label=label, kind=str(row["kind"]), subkind=str(row["subkind"] or ""),
                   acronym=str(row["acronym"] or ""), sources=str(row["sources"] or ""))  # fmt: skip
    facts: dict[tuple[str, str], dict[str, set[str]]] = {}
    for row in queries.run(store, edges, params):
        a, b = str(row["source_iri"]), str(row["target_iri"])
        if a == b or a not in G or b not in G:
            continue
        edge = facts.setdefault((a, b) if a < b else (b, a), defaultdict(set))
        edge["relation"].add(str(row["relation"]))
        edge["meetings"].add(str(row["meeting_id"] or ""))
        edge["sources"].add(str(row["source"] or ""))
    for (a, b), edge in facts.items():
        sources = sorted(s for s in edge["sources"] if s)
        G.add_edge(a, b, relation=";".join(sorted(edge["relation"])), weight=max(1, len(sources)),
                   meetings=";".join(sorted(m for m in edge["meetings"] if m)),
                   sources="\n".join(sources))  # fmt: skip
    for n, data in G.nodes(data=True):
        if not data["sources"]:  # e.g. a registered organisation: the lines that name it
            lines = {s for m in G[n] for s in G.edges[n, m]["sources"].split("\n") if s}
            data["sources"] = "\n".join(sorted(lines)[:10])
    return G


def nodes_of(G: nx.Graph, kind: str) -> list[Any]:
    """The nodes of one kind, sorted by label."""
    return sorted((n for n, k in G.nodes(data="kind") if k == kind), key=lambda n: _label(G, n))


def relations(G: nx.Graph, u: Any, v: Any) -> set[str]:
    """The relations of the edge ``u``-``v`` (empty when there is none)."""
    data = G.get_edge_data(u, v)
    return set(str(data.get("relation", "")).split(";")) - {""} if data else set()


def _label(G: nx.Graph, n: Any) -> str:
    return str(G.nodes[n].get("label", n))


def _members(G: nx.Graph, context: Any, kind: str, relation: str) -> list[Any]:
    return [n for n in G[context] if G.nodes[n].get("kind") == kind
            and relation in relations(G, n, context)]  # fmt: skip


def _project(G: nx.Graph, kind: str, contexts: dict[str, str]) -> nx.Graph:
    """Nodes of ``kind`` linked by the contexts they share; counts per context kind."""
    P = nx.Graph()
    P.add_nodes_from((n, dict(G.nodes[n])) for n in nodes_of(G, kind))
    counts: dict[tuple[Any, Any], Counter[str]] = {}
    via: dict[tuple[Any, Any], list[str]] = {}
    for context, context_kind in G.nodes(data="kind"):
        relation = contexts.get(context_kind)
        if relation is None:
            continue
        members = sorted(_members(G, context, kind, relation))
        field, label = _SHARED[context_kind], _label(G, context)
        for pair in itertools.combinations(members, 2):
            if pair not in counts:
                counts[pair], via[pair] = Counter(), []
            counts[pair].update(("weight", field))
            if label:
                via[pair].append(label)
    for (a, b), shared in counts.items():
        P.add_edge(a, b, weight=shared["weight"], groups=shared["groups"],
                   tables=shared["tables"], meetings=shared["meetings"],
                   via="; ".join(via[a, b]))  # fmt: skip
    return P


_SHARED = {"group": "groups", "table": "tables", "meeting": "meetings"}
"""Context kind -> the edge attribute of a projection that counts contexts of that kind."""


def partner_graph(G: nx.Graph) -> nx.Graph:
    """Organisations linked by shared working groups, World-Café tables and meetings.

    Edge ``weight`` = how many contexts the two share, split into ``groups``, ``tables`` and
    ``meetings``, as ``queries/partner-network.rq`` counts them. Every organisation of ``G`` is a
    node, linked or not.
    """
    return _project(G, "organisation", CONTEXTS)


def person_projection(G: nx.Graph) -> nx.Graph:
    """People linked by shared working groups, World-Café tables (as moderators) and meetings."""
    return _project(G, "person", PERSON_CONTEXTS)


def group_view(G: nx.Graph) -> nx.Graph:
    """Working groups, their members and the organisations the members sit for."""
    keep = set(nodes_of(G, "group"))
    for g in list(keep):
        keep.update(_members(G, g, "person", "member"))
    people = [n for n in keep if G.nodes[n]["kind"] == "person"]
    for p in people:
        keep.update(n for n in G[p] if G.nodes[n]["kind"] == "organisation"
                    and "affiliated" in relations(G, p, n))  # fmt: skip
    H = G.subgraph(keep).copy()
    H.remove_edges_from([(u, v) for u, v in H.edges if not relations(H, u, v)
                         & {"member", "affiliated"}])  # fmt: skip
    H.remove_edges_from(
        [
            (u, v)
            for u, v in H.edges
            if {H.nodes[u]["kind"], H.nodes[v]["kind"]} == {"organisation", "group"}
        ]
    )
    return H


def topic_view(G: nx.Graph) -> nx.Graph:
    """Organisations and the topics they raised (presentations, contributions, proposals);
    organisations that raised none are left out."""
    keep = {n for n, k in G.nodes(data="kind") if k in {"organisation", "topic"}}
    H = G.subgraph(keep).copy()
    H.remove_edges_from([(u, v) for u, v in H.edges if "raised" not in relations(H, u, v)])
    H.remove_nodes_from([n for n in list(H) if not H.degree(n)])
    return H


def find_node(G: nx.Graph, name: str, kind: str | None = None) -> Any:
    """The node called ``name`` (label, acronym or key; exact before partial, case-insensitive).

    Raises :class:`~omgraph.errors.QueryError` when nothing matches.
    """
    wanted = name.strip().casefold()
    candidates = [n for n, k in G.nodes(data="kind") if kind is None or k == kind]
    for test in (lambda n: _label(G, n).casefold() == wanted,
                 lambda n: str(G.nodes[n].get("acronym", "")).casefold() == wanted,
                 lambda n: str(n).rsplit("/", 1)[-1] == wanted,
                 lambda n: wanted in _label(G, n).casefold()):  # fmt: skip
        found = sorted((n for n in candidates if test(n)), key=lambda n: len(_label(G, n)))
        if found:
            return found[0]
    raise QueryError(f"no {kind or 'node'} named {name!r} in the graph",
                     hint=f"try `omgraph query {'people' if kind == 'person' else 'participants'}`"
                          " for the names in the store")  # fmt: skip


def ego(G: nx.Graph, node: Any, depth: int = 1) -> nx.Graph:
    """Everything within ``depth`` links of ``node`` (its ego network)."""
    return nx.ego_graph(G, node, radius=depth)


def centrality(
    G: nx.Graph, kinds: Iterable[str] = ("organisation", "person")
) -> list[dict[str, Any]]:
    """Degree and betweenness of the nodes of ``kinds``, most central first.

    Betweenness is exact up to 2,000 nodes, else estimated from 500 sampled sources (seeded).
    """
    k = None if len(G) <= 2000 else 500
    between = nx.betweenness_centrality(G, k=k, seed=SEED if k else None)
    kinds = set(kinds)
    rows = [{"name": _label(G, n), "kind": G.nodes[n].get("kind", ""),
             "subkind": G.nodes[n].get("subkind", ""), "degree": G.degree(n),
             "betweenness": round(between[n], 4)}
            for n in G if G.nodes[n].get("kind") in kinds]  # fmt: skip
    return sorted(rows, key=lambda r: (-r["betweenness"], -r["degree"], r["name"]))


def communities(G: nx.Graph) -> list[list[Any]]:
    """Louvain communities (seeded, by ``weight``), largest first, each sorted by label."""
    found = nx.community.louvain_communities(G, weight="weight", seed=SEED)
    groups = [sorted(c, key=lambda n: _label(G, n)) for c in found]
    return sorted(groups, key=lambda c: (-len(c), _label(G, c[0]) if c else ""))


def bridges(G: nx.Graph) -> list[dict[str, Any]]:
    """Organisations sitting in the most working groups (through their members), most first."""
    rows = []
    for org in nodes_of(G, "organisation"):
        groups = sorted(_label(G, g) for g in G[org] if G.nodes[g].get("kind") == "group"
                        and "member" in relations(G, org, g))  # fmt: skip
        if groups:
            rows.append(
                {
                    "organisation": _label(G, org),
                    "kind": G.nodes[org].get("subkind", ""),
                    "groups": len(groups),
                    "group_names": "; ".join(groups),
                }
            )
    return sorted(rows, key=lambda r: (-r["groups"], r["organisation"]))


def analyze(G: nx.Graph) -> list[dict[str, Any]]:
    """One row per organisation and person: kind, degree, betweenness, groups, community.

    ``groups`` is how many working groups the organisation (or person) sits in; rows are
    sorted by it, then by betweenness, so the organisations bridging the most groups come first.
    """
    community_of = {n: i for i, c in enumerate(communities(G), start=1) for n in c}
    group_count = Counter[Any]()
    for g in nodes_of(G, "group"):
        for n in G[g]:
            if "member" in relations(G, n, g):
                group_count[n] += 1
    k = None if len(G) <= 2000 else 500
    between = nx.betweenness_centrality(G, k=k, seed=SEED if k else None)
    rows = []
    for n, kind in G.nodes(data="kind"):
        if kind not in {"organisation", "person"}:
            continue
        rows.append(
            {
                "name": _label(G, n),
                "kind": kind,
                "subkind": G.nodes[n].get("subkind", ""),
                "groups": group_count[n],
                "degree": G.degree(n),
                "betweenness": round(between[n], 4),
                "community": community_of.get(n),
            }
        )
    return sorted(rows, key=lambda r: (-r["groups"], -r["betweenness"], r["name"]))


def write_graph(G: nx.Graph, path: str, format: str = "graphml") -> None:
    """Write ``G`` for Gephi & co: ``graphml`` or ``gexf``, with labels and kinds as attributes."""
    if format == "graphml":
        nx.write_graphml(G, path)
    elif format == "gexf":
        nx.write_gexf(G, path)
    else:
        raise QueryError(f"unknown graph format {format!r}", hint="choose graphml or gexf")


def view(G: nx.Graph, name: str, *, focus: str | None = None, depth: int = 1) -> nx.Graph:
    """One of the views of ``omgraph viz``: ``partners``, ``groups``, ``topics``, ``meeting``,
    ``person`` or ``organisation`` (the last two around ``focus``, ``depth`` links deep)."""
    if name == "partners":
        return partner_graph(G)
    if name == "groups":
        return group_view(G)
    if name == "topics":
        return topic_view(G)
    if name == "meeting":
        return G
    if name in {"person", "organisation"}:
        if not focus:
            raise QueryError(f"the {name} view needs a name", hint=f"omgraph viz {name} NAME")
        return ego(G, find_node(G, focus, name), depth)
    raise QueryError(
        f"unknown view {name!r}",
        hint="choose partners, groups, topics, meeting, person or organisation",
    )


__all__ = [
    "KINDS", "analyze", "bridges", "build_graph", "centrality", "communities", "ego",
    "find_node", "group_view", "nodes_of", "partner_graph", "partner_view", "person_projection",
    "relations",
    "topic_view", "view", "write_graph",
]  # fmt: skip

"""Node positions computed beforehand, so that a view opens settled (physics off).

Small graphs get NetworkX's Fruchterman-Reingold (``spring_layout``); from
:data:`FAST_FROM` nodes on, a vectorised variant whose repulsion is estimated from a sample of
nodes (O(n·s) per step instead of O(n²)), seconds for 20,000 nodes. Both are seeded: the same
graph gets the same picture.

>>> import networkx as nx
>>> pos = layout(nx.path_graph(3))
>>> sorted(pos), all(len(p) == 2 for p in pos.values())
([0, 1, 2], True)
"""

from __future__ import annotations

from typing import Any

import networkx as nx
import numpy as np

FAST_FROM = 400
"""From this many nodes on, the sampled layout is used."""


def layout(
    G: nx.Graph, *, seed: int = 42, scale: float | None = None
) -> dict[Any, tuple[float, float]]:
    """Positions in pixels (centred on 0), spread by ``scale`` (default grows with the graph).

    Nodes without links stand in rows below the rest: left to the force layout, they would
    be pushed to its rim and squeeze the linked nodes into its middle.
    """
    n = len(G)
    if n == 0:
        return {}
    scale = scale or 150.0 * max(2.0, float(np.sqrt(n)))
    alone = [v for v in G if not any(u != v for u in G[v])]
    if alone and len(alone) < n:
        pos = layout(G.subgraph(v for v in G if v not in set(alone)), seed=seed, scale=scale)
        return {**pos, **_rows_below(alone, scale)}
    if n < FAST_FROM:
        pos = nx.spring_layout(G, seed=seed, weight=None, k=1.5 / np.sqrt(max(n, 1)))
        xy = np.array([pos[v] for v in G], dtype=float)
    else:
        xy = sampled_layout(G, seed=seed)
    xy -= xy.mean(axis=0)
    extent = float(np.abs(xy).max()) or 1.0
    xy *= scale / extent
    return {v: (round(float(x), 1), round(float(y), 1)) for v, (x, y) in zip(G, xy, strict=True)}


def _rows_below(nodes: list[Any], scale: float) -> dict[Any, tuple[float, float]]:
    """``nodes`` in rows under a layout spread by ``scale`` (as wide as it, 60 px apart)."""
    per_row = max(1, int(2 * scale // 60) + 1)
    step = 2 * scale / max(1, min(per_row, len(nodes)) - 1) if len(nodes) > 1 else 0.0
    return {v: (round(-scale + step * (i % per_row), 1) if len(nodes) > 1 else 0.0,
                round(scale + 80.0 + 60.0 * (i // per_row), 1))
            for i, v in enumerate(nodes)}  # fmt: skip


def sampled_layout(
    G: nx.Graph, *, seed: int = 42, iterations: int = 60, sample: int = 64
) -> np.ndarray:
    """Fruchterman-Reingold with repulsion from ``sample`` random nodes per step (n × 2 array)."""
    rng = np.random.default_rng(seed)
    n = len(G)
    index = {v: i for i, v in enumerate(G)}
    edges = np.array([(index[u], index[v]) for u, v in G.edges if u != v], dtype=np.int64)
    edges = edges.reshape(-1, 2)
    xy = rng.random((n, 2))
    k = 1.0 / np.sqrt(n)  # ideal edge length in the unit square
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        others = rng.integers(0, n, size=min(sample, n))
        delta = xy[:, None, :] - xy[None, others, :]  # n × s × 2
        dist2 = np.maximum((delta**2).sum(axis=2), 1e-9)
        force = (delta * (k * k / dist2)[:, :, None]).sum(axis=1) * (n / len(others))
        if len(edges):
            d = xy[edges[:, 0]] - xy[edges[:, 1]]
            dist = np.maximum(np.sqrt((d**2).sum(axis=1)), 1e-9)
            pull = d * (dist / k)[:, None]
            np.add.at(force, edges[:, 0], -pull)
            np.add.at(force, edges[:, 1], pull)
        length = np.maximum(np.sqrt((force**2).sum(axis=1)), 1e-9)
        xy += force / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature -= cooling
    return xy

"""Tests of omgraph.network_layout: positions for every node, seeded, unlinked nodes apart."""

from __future__ import annotations

import networkx as nx
import pytest

from omgraph.network_layout import FAST_FROM, layout


@pytest.mark.parametrize("linked", [30, FAST_FROM + 50])
def test_unlinked_nodes_stand_in_rows_below_the_linked_ones(linked: int) -> None:
    G = nx.connected_watts_strogatz_graph(linked, 4, 0.2, seed=3)  # noqa: N806
    G.add_nodes_from(f"alone-{i}" for i in range(40))
    G.add_edge("loop", "loop")  # a self-loop is no link to another node
    pos = layout(G)
    assert set(pos) == set(G)
    core = [pos[v] for v in G if isinstance(v, int)]
    apart = [pos[v] for v in G if isinstance(v, str)]
    lowest = max(y for _, y in core)
    assert all(y > lowest for _, y in apart)
    # the linked nodes use the whole width of the picture, not a corner of it
    xs = [x for x, _ in core]
    assert max(xs) - min(xs) > 0.5 * (max(x for x, _ in apart) - min(x for x, _ in apart))
    assert len(set(apart)) == len(apart)  # no two on the same spot
    assert layout(G) == pos  # seeded


def test_graphs_of_only_linked_or_only_unlinked_nodes() -> None:
    assert len(set(layout(nx.empty_graph(5)).values())) == 5
    assert len(layout(nx.path_graph(3))) == 3
    assert layout(nx.Graph()) == {}

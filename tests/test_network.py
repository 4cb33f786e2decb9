"""omgraph.network on the seed as the real pipeline ingests it."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from omgraph import network
from omgraph.cli import cli
from omgraph.errors import QueryError
from omgraph.queries import run
from omgraph.store import open_store

AG = "AG Beratungsverständnis"


def _rows(store_path: Path, name: str, **params: str) -> list[dict]:
    with open_store(store_path, read_only=True) as store:
        return run(store, name, params)


def _labels(G: nx.Graph, kind: str | None = None) -> set[str]:
    return {d["label"] for _, d in G.nodes(data=True) if kind is None or d["kind"] == kind}


def test_nodes_are_typed_with_plain_attributes(seed_graph: nx.Graph) -> None:
    kinds = {d["kind"] for _, d in seed_graph.nodes(data=True)}
    assert {"organisation", "person", "group", "meeting", "topic"} <= kinds
    bmas = network.find_node(seed_graph, "BMAS", "organisation")
    assert seed_graph.nodes[bmas]["subkind"] == "ministry"
    assert seed_graph.nodes[bmas]["label"] == "Bundesministerium für Arbeit und Soziales"
    for _, data in seed_graph.nodes(data=True):
        assert all(isinstance(v, str) for v in data.values())


def test_groups_view_has_the_32_members_of_ag_beratungsverstaendnis(seed_graph: nx.Graph) -> None:
    H = network.view(seed_graph, "groups")
    ag = network.find_node(H, AG, "group")
    members = [n for n in H[ag] if H.nodes[n]["kind"] == "person"]
    assert len(members) == 32
    assert "Dr. Carola Fischer" in {H.nodes[n]["label"] for n in members}


def test_partners_view_has_every_organisation(seed_graph: nx.Graph, seed_store_path: Path) -> None:
    P = network.partner_graph(seed_graph)
    assert set(P) == set(network.nodes_of(seed_graph, "organisation"))
    attending = {
        r["organisation"] for r in _rows(seed_store_path, "participants") if r["organisation"]
    }
    assert attending and attending <= _labels(P)
    assert {"BMAS", "DGUV"} <= {d["acronym"] for _, d in P.nodes(data=True)}


def test_partner_weights_match_partner_network_query(
    seed_graph: nx.Graph, seed_store_path: Path
) -> None:
    P = network.partner_graph(seed_graph)
    ours = {frozenset((P.nodes[u]["label"], P.nodes[v]["label"])): (d["weight"], d["groups"], d["tables"], d["meetings"])
            for u, v, d in P.edges(data=True)}  # fmt: skip
    theirs = {frozenset((r["organisation_a"], r["organisation_b"])):
              (int(r["weight"]), int(r["groups"]), int(r["tables"]), int(r["meetings"]))
              for r in _rows(seed_store_path, "partner-network")}  # fmt: skip
    assert ours == theirs


def _partner_facts(P: nx.Graph) -> tuple[dict, dict]:
    """Nodes and edges of a partner graph with everything but the source lines."""
    nodes = {n: {k: v for k, v in d.items() if k != "sources"} for n, d in P.nodes(data=True)}
    return nodes, {frozenset((u, v)): d for u, v, d in P.edges(data=True)}


@pytest.fixture(scope="module")
def generated_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twelve generated meetings (groups, World-Café tables, changing organisations)."""
    from omgraph.bench.generate import write_corpus
    from omgraph.pipeline import ingest

    corpus = tmp_path_factory.mktemp("generated")
    write_corpus(corpus, 12, 5)
    path = tmp_path_factory.mktemp("generated-store")
    with open_store(path) as store:
        assert all(r.ok for r in ingest(store, [corpus]))
    return path


@pytest.mark.parametrize("meeting", [None, "2019-11-21", "Strategiekreis", "1999"])
def test_partner_view_is_the_partner_graph_of_the_whole_graph(
    seed_store_path: Path, generated_store: Path, meeting: str | None
) -> None:
    """The lean partner-nodes/partner-edges queries give the same partners, counts and shared
    contexts as projecting the whole network."""
    for path in (seed_store_path, generated_store):
        with open_store(path, read_only=True) as store:
            whole = network.partner_graph(network.build_graph(store, meeting=meeting))
            lean = network.partner_view(store, meeting=meeting)
        assert _partner_facts(lean) == _partner_facts(whole)
        if meeting in (None, "Strategiekreis"):  # (both corpora have such meetings)
            assert lean.number_of_edges() > 0


def test_person_projection_links_group_members(seed_graph: nx.Graph) -> None:
    Q = network.person_projection(seed_graph)
    fischer = network.find_node(Q, "Dr. Carola Fischer", "person")
    domschke = network.find_node(Q, "Birgit Domschke", "person")
    assert Q.edges[fischer, domschke]["groups"] == 1


def test_centrality_and_communities_are_plain_and_stable(seed_graph: nx.Graph) -> None:
    rows = network.centrality(seed_graph)
    assert rows and {r["kind"] for r in rows} == {"organisation", "person"}
    assert all(isinstance(r["betweenness"], float) and isinstance(r["degree"], int) for r in rows)
    first, second = network.communities(seed_graph), network.communities(seed_graph)
    assert first == second
    assert sorted(n for c in first for n in c) == sorted(seed_graph)


def test_bridges_name_the_organisations_in_groups(seed_graph: nx.Graph) -> None:
    rows = network.bridges(seed_graph)
    assert rows[0]["groups"] >= 1 and AG in rows[0]["group_names"]
    assert "Bundesministerium für Arbeit und Soziales" in {r["organisation"] for r in rows}


def test_ego_and_find_node(seed_graph: nx.Graph) -> None:
    bmas = network.find_node(seed_graph, "bmas", "organisation")
    H = network.view(seed_graph, "organisation", focus="BMAS", depth=1)
    assert bmas in H and set(H) == {bmas, *seed_graph[bmas]}
    assert len(network.ego(seed_graph, bmas, 2)) > len(H)
    with pytest.raises(QueryError, match="no person named"):
        network.find_node(seed_graph, "Niemand Unbekannt", "person")


def test_meeting_filter(seed_store_path: Path) -> None:
    with open_store(seed_store_path, read_only=True) as store:
        assert len(network.build_graph(store, meeting="2019-11-21")) > 100
        assert len(network.build_graph(store, meeting="1999")) == 0


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_reads_back_with_the_same_nodes(seed_graph: nx.Graph, seed_store_path: Path,
                                               tmp_path: Path, fmt: str) -> None:  # fmt: skip
    out = tmp_path / f"net.{fmt}"
    result = CliRunner().invoke(cli, ["--store", str(seed_store_path), "export", "--format", fmt,
                                      "-o", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    back = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert back.number_of_nodes() == seed_graph.number_of_nodes()
    assert back.number_of_edges() == seed_graph.number_of_edges()
    kinds = {d.get("kind") for _, d in back.nodes(data=True)}
    assert "organisation" in kinds


def test_partner_view_graphml_round_trip(seed_graph: nx.Graph, tmp_path: Path) -> None:
    P = network.partner_graph(seed_graph)
    network.write_graph(P, str(tmp_path / "p.graphml"))
    assert len(nx.read_graphml(tmp_path / "p.graphml")) == len(P)


def test_analyze_command(seed_store_path: Path) -> None:
    import json

    result = CliRunner().invoke(
        cli, ["--store", str(seed_store_path), "analyze", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows[0]["kind"] == "organisation" and rows[0]["groups"] >= 1
    assert {"name", "kind", "subkind", "groups", "degree", "betweenness", "community"} <= set(
        rows[0]
    )

"""omgraph.viz: one self-contained, offline, escaped HTML file per view."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from omgraph import network, viz
from omgraph.cli import cli

XSS = "</script><img src=x onerror=alert(1)>"


def xss_graph() -> nx.Graph:
    G = nx.Graph()
    G.add_node(
        "a",
        label=XSS,
        kind="organisation",
        subkind="association",
        acronym="<b>X</b>",
        sources="doc:3: Teilnehmer: </script><script>alert(2)</script>",
    )
    G.add_node(
        "b",
        label="Bundesministerium für Arbeit und Soziales",
        kind="organisation",
        subkind="ministry",
        acronym="BMAS",
    )
    G.add_node("c", label="AG <Transfer> & Co", kind="group")
    G.add_edge("a", "b", weight=2, groups=1, via="AG </script>")
    G.add_edge("a", "c", relation="member", sources="doc:5: <img src=y>")
    return G


def _data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def test_texts_from_the_minutes_are_inert() -> None:
    page = viz.page(xss_graph(), title="<script>alert(3)</script>")
    assert "<img" not in page
    assert "alert(1)" in page  # present, but only inside the JSON, escaped
    assert "<script>alert" not in page
    assert page.count("</script>") == 4  # the template's four script elements, nothing more
    data = _data(page)
    assert {n["label"] for n in data["nodes"]} >= {XSS, "AG <Transfer> & Co"}
    assert "&lt;script&gt;alert(3)" in page


def test_page_is_self_contained() -> None:
    page = viz.page(xss_graph(), title="t")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=", page, re.I)
    assert "cdn" not in page.lower().split("<script>")[0]
    assert "vis.Network" in page and "default-src 'none'" in page


def test_legend_counts_and_layout() -> None:
    data = viz.graph_data(xss_graph())
    assert data["counts"] == {"organisation": 2, "group": 1}
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    sizes = {n["label"]: n["size"] for n in data["nodes"]}
    assert sizes[XSS] > sizes["AG <Transfer> & Co"]  # bigger by degree
    assert data["nodes"][0]["sources"] == ["doc:3: Teilnehmer: </script><script>alert(2)</script>"]


def test_render_partners_of_the_seed(seed_graph: nx.Graph, tmp_path: Path) -> None:
    P = network.partner_graph(seed_graph)
    path = viz.render(P, tmp_path / "partners.html", title="Partner")
    data = _data(path.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == len(P) and len(data["edges"]) == P.number_of_edges()
    assert "ministry" in {s["name"] for s in data["subkinds"]}


@pytest.mark.parametrize("args", [["partners"], ["groups"], ["topics"], ["meeting"],
                                  ["organisation", "BMAS", "--depth", "2"],
                                  ["person", "Carola Fischer"]])  # fmt: skip
def test_viz_command(seed_store_path: Path, tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "view.html"
    result = CliRunner().invoke(
        cli, ["--store", str(seed_store_path), "viz", *args, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert len(_data(out.read_text(encoding="utf-8"))["nodes"]) > 1


def test_viz_unknown_name_is_a_clean_error(seed_store_path: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--store", str(seed_store_path), "viz", "person", "Niemand",
                                      "-o", str(tmp_path / "x.html")])  # fmt: skip
    assert result.exit_code == 1
    assert "no person named 'Niemand'" in result.output


@pytest.mark.parametrize("command", ["viz", "analyze", "export"])
def test_network_commands_have_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output


def test_an_edge_lists_its_first_shared_contexts_and_counts_the_rest() -> None:
    G = nx.Graph()
    G.add_node("a", label="A", kind="organisation")
    G.add_node("b", label="B", kind="organisation")
    contexts = [f"Treffen 2020-01-{d:02d}" for d in range(1, 31)]
    G.add_edge("a", "b", weight=30, meetings=30, via="; ".join(contexts))
    (edge,) = viz.graph_data(G)["edges"]
    shown = contexts[: viz.VIA_SHOWN]
    assert edge["info"] == f"30 Treffen — {'; '.join(shown)}; … (+{30 - viz.VIA_SHOWN})"
    G.edges["a", "b"]["via"] = "; ".join(shown)
    (edge,) = viz.graph_data(G)["edges"]
    assert edge["info"] == f"30 Treffen — {'; '.join(shown)}"

"""The views in a real browser: headless Chromium, network disabled, DOM read back.

Chromium runs each page with ``--dump-dom``; the page script writes what a test needs onto
``<html>`` (``data-nodes``, ``data-edges``, ``data-errors``, ``data-external-requests``,
``data-search-result``, ``data-ready``). A URL hash ``#search=NAME`` runs the search box.
Skipped when Chromium is not installed (``.ci/run`` installs Debian's ``chromium``).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import networkx as nx
import pytest

from omgraph import network, viz

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed "
                                "(apt-get install chromium; .ci/run installs it)")  # fmt: skip
XSS = "</script><img src=x onerror=\"document.documentElement.setAttribute('data-xss','1')\">"


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.root: dict[str, str | None] = {}
        self.tags: list[str] = []
        self.details = ""
        self._in_details = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "html":
            self.root = dict(attrs)
        if self._in_details or ("id", "details") in attrs:
            self._in_details += 1

    def handle_endtag(self, tag: str) -> None:
        if self._in_details:
            self._in_details -= 1

    def handle_data(self, data: str) -> None:
        if self._in_details:
            self.details += data


def load(path: Path, search: str | None = None, budget_ms: int = 10000) -> tuple[_Dom, float]:
    """Open ``path`` offline in headless Chromium; the DOM after the scripts ran, and seconds."""
    url = path.resolve().as_uri() + (f"#search={quote(search)}" if search else "")
    with tempfile.TemporaryDirectory() as profile:
        started = time.perf_counter()
        proc = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",  # type: ignore[list-item]
             "--disable-background-networking", "--no-first-run", "--disable-extensions",
             f"--user-data-dir={profile}", "--proxy-server=127.0.0.1:9",
             "--host-resolver-rules=MAP * ~NOTFOUND", f"--virtual-time-budget={budget_ms}",
             "--window-size=1400,900", "--dump-dom", url],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        seconds = time.perf_counter() - started
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = _Dom()
    dom.feed(proc.stdout)
    return dom, seconds


def _check_clean(dom: _Dom) -> None:
    assert dom.root.get("data-ready") == "true", dom.root
    assert dom.root.get("data-errors") is None, dom.root
    assert dom.root.get("data-external-requests") == "0"


def test_partners_view(seed_graph: nx.Graph, tmp_path: Path) -> None:
    P = network.partner_graph(seed_graph)
    path = viz.render(P, tmp_path / "partners.html", title="Partner")
    dom, _ = load(path, search="BMAS")
    _check_clean(dom)
    assert int(dom.root["data-nodes"] or 0) == len(P)
    assert int(dom.root["data-edges"] or 0) == P.number_of_edges()
    assert dom.root["data-search-result"] == "Bundesministerium für Arbeit und Soziales"
    assert "Quellzeilen" in dom.details


@pytest.mark.parametrize("name", ["groups", "topics", "meeting"])
def test_other_views(seed_graph: nx.Graph, tmp_path: Path, name: str) -> None:
    H = network.view(seed_graph, name)
    dom, _ = load(viz.render(H, tmp_path / f"{name}.html", title=name))
    _check_clean(dom)
    assert int(dom.root["data-nodes"] or 0) == len(H)
    assert int(dom.root["data-edges"] or 0) == H.number_of_edges()


def test_xss_name_is_inert(tmp_path: Path) -> None:
    G = nx.Graph()
    G.add_node("x", label=XSS, kind="person", sources=f"doc:1: {XSS}")
    G.add_node("o", label="Bundesministerium für Gesundheit", kind="organisation", acronym="BMG")
    G.add_edge("x", "o", relation="affiliated", sources=f"doc:1: {XSS}")
    dom, _ = load(viz.render(G, tmp_path / "xss.html", title=XSS), search="</script><img")
    _check_clean(dom)
    assert dom.root["data-search-result"] == XSS  # found, shown as text
    assert "img" not in dom.tags
    assert dom.root.get("data-xss") is None
    assert XSS in dom.details


def test_5000_nodes_render_and_settle(tmp_path: Path) -> None:
    G = nx.barabasi_albert_graph(5000, 2, seed=1)
    kinds = ["organisation", "person", "group", "topic"]
    nx.set_node_attributes(G, {n: {"label": f"Knoten {n}", "kind": kinds[n % 4]} for n in G})
    started = time.perf_counter()
    path = viz.render(G, tmp_path / "big.html", title="5000")
    built = time.perf_counter() - started
    dom, seconds = load(path, search="Knoten 4999", budget_ms=20000)
    _check_clean(dom)
    assert dom.root["data-nodes"] == "5000" and dom.root["data-search-result"] == "Knoten 4999"
    print(
        f"\n5,000 nodes / {G.number_of_edges()} edges: layout+HTML {built:.2f} s, "
        f"Chromium load+draw {seconds:.2f} s wall, page script {dom.root['data-render-ms']} ms"
    )

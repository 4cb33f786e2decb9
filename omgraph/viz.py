"""A network view as ONE self-contained HTML file that works offline.

The page embeds vis-network's standalone build as shipped inside the pyvis package, our own
small script and style (``omgraph/viz_assets/``) and the graph as JSON; nothing is fetched from
the web (a Content-Security-Policy forbids it). Positions are computed beforehand
(:mod:`omgraph.network_layout`) and physics is off, so big graphs open settled.

Escaping: texts from the minutes travel only inside the JSON block, where ``<``, ``>`` and
``&`` are written as ``\\u003c`` ..., so no ``</script>`` can end it; the page script puts them
into the document with ``textContent`` only. The title is HTML-escaped.

>>> import networkx as nx
>>> G = nx.Graph()
>>> G.add_node("x", label="</script><img src=x onerror=alert(1)>", kind="organisation")
>>> "<img" in page(G, title="<b>t</b>")
False
"""

from __future__ import annotations

import html
import importlib.resources
import importlib.util
import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx

from omgraph.errors import OmgraphError
from omgraph.network_layout import layout

VIS_VERSION = "vis-9.1.2"
"""The vis-network build of the pyvis package that is inlined."""

VIA_SHOWN = 12
"""Shared contexts an edge's tooltip lists (the rest are counted)."""

KIND_STYLE: dict[str, dict[str, str]] = {
    "organisation": {"name": "Organisation", "color": "#4e79a7", "shape": "dot"},
    "person": {"name": "Person", "color": "#f28e2b", "shape": "triangle"},
    "group": {"name": "Arbeitsgruppe", "color": "#59a14f", "shape": "square"},
    "table": {"name": "World-Café-Tisch", "color": "#b07aa1", "shape": "hexagon"},
    "meeting": {"name": "Treffen", "color": "#e15759", "shape": "star"},
    "topic": {"name": "Thema", "color": "#edc948", "shape": "diamond"},
    "other": {"name": "Sonstiges", "color": "#bab0ac", "shape": "dot"},
}
"""Legend name, colour and vis-network shape per node kind."""

ORG_COLORS: dict[str, str] = {
    "ministry": "#1f3a93", "federal-agency": "#3f6fb5", "accident-insurer": "#17becf",
    "social-insurer": "#2ca6a4", "health-insurer": "#76b7b2", "chamber": "#8c564b",
    "association": "#4e79a7", "research-institute": "#9467bd", "university": "#a17fc9",
    "foundation": "#c49c94", "network": "#7f7f7f", "company": "#6b8e23",
    "church": "#8b6f47", "public-body": "#5778a4", "political-party": "#d62728",
    "other": "#9db4cf",
}  # fmt: skip
"""Organisations are coloured by their kind (ministries dark blue ...)."""

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                 "\u2029": "\\u2029"}  # fmt: skip


class VizError(OmgraphError):
    """A view cannot be written (missing vis-network build, unwritable file)."""


def safe_json(value: object) -> str:
    """JSON that can stand inside a ``<script>`` element: no ``<``, ``>`` or ``&`` in it.

    >>> safe_json({"a": "</script>"})
    '{"a": "\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    for char, escape in _JSON_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def _asset(name: str) -> str:
    return importlib.resources.files("omgraph").joinpath("viz_assets", name).read_text("utf-8")


def _vis(name: str) -> str:
    # the pyvis package is found, not imported: importing it imports IPython (1 s)
    spec = importlib.util.find_spec("pyvis")
    try:
        if spec is None or not spec.submodule_search_locations:
            raise ModuleNotFoundError("no module named 'pyvis'")
        lib = Path(next(iter(spec.submodule_search_locations)), "lib", VIS_VERSION, name)
        text = lib.read_text("utf-8")
    except (ModuleNotFoundError, OSError) as exc:
        raise VizError(f"vis-network's {name} not found in the pyvis package: {exc}",
                       hint="pip install 'pyvis>=0.3.2'") from exc  # fmt: skip
    return text.replace("</script", "<\\/script").replace("</style", "<\\/style")


def _short(label: str, limit: int = 32) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _node_info(data: dict[str, Any]) -> str:
    parts = [str(data.get(k) or "") for k in ("acronym", "subkind")]
    return " · ".join(p for p in parts if p)


def _edge_info(data: dict[str, Any]) -> str:
    counts = [f"{data[k]} {name}" for k, name in
              (("groups", "Gruppen"), ("tables", "Tische"), ("meetings", "Treffen"))
              if data.get(k)]  # fmt: skip
    text = ", ".join(counts) or str(data.get("relation", "")).replace(";", ", ")
    if data.get("via"):
        # the first contexts only: two partners may share hundreds of meetings
        via = str(data["via"]).split("; ")
        more = f"; … (+{len(via) - VIA_SHOWN})" if len(via) > VIA_SHOWN else ""
        text += " — " + "; ".join(via[:VIA_SHOWN]) + more
    return text


def graph_data(G: nx.Graph, *, legend: bool = True) -> dict[str, Any]:
    """The nodes, edges and legend of a view, as the page script reads them (plain values)."""
    pos = layout(G)
    degree = dict(G.degree())
    top = max(degree.values(), default=1) or 1
    ids = {n: i for i, n in enumerate(G)}
    nodes = []
    for n, data in G.nodes(data=True):
        kind = str(data.get("kind") or "other")
        label = str(data.get("label") or n)
        acronym = str(data.get("acronym") or "")
        color = ORG_COLORS.get(str(data.get("subkind")), ORG_COLORS["other"]) \
            if kind == "organisation" else None  # fmt: skip
        x, y = pos[n]
        nodes.append({
            "id": ids[n], "key": str(n), "label": label, "short": _short(acronym or label),
            "kind": kind, "subkind": str(data.get("subkind") or ""), "acronym": acronym,
            "info": _node_info(data), "degree": degree[n], "color": color,
            "size": round(8 + 22 * math.sqrt(degree[n] / top), 1), "x": x, "y": y,
            "sources": [s for s in str(data.get("sources") or "").split("\n") if s][:20],
        })  # fmt: skip
    edges = []
    for u, v, data in G.edges(data=True):
        weight = float(data.get("weight") or 1)
        label = f"{G.nodes[u].get('label', u)} — {G.nodes[v].get('label', v)}"
        edges.append({
            "from": ids[u], "to": ids[v], "width": round(1 + math.log2(weight), 2),
            "label": label, "info": _edge_info(data),
            "sources": [s for s in str(data.get("sources") or "").split("\n") if s][:5],
        })  # fmt: skip
    counts = Counter(node["kind"] for node in nodes)
    org_kinds = Counter(node["subkind"] or "other" for node in nodes
                        if node["kind"] == "organisation")  # fmt: skip
    return {
        "nodes": nodes, "edges": edges, "legend": legend, "kinds": KIND_STYLE,
        "counts": {k: counts[k] for k in [*KIND_STYLE, *sorted(counts)] if counts.get(k)},
        "subkinds": [{"name": k, "count": c, "color": ORG_COLORS.get(k, ORG_COLORS["other"])}
                     for k, c in org_kinds.most_common()],
    }  # fmt: skip


def page(G: nx.Graph, *, title: str = "omgraph", legend: bool = True) -> str:
    """The HTML of a view of ``G`` (see :func:`render`)."""
    parts = {
        "@VIS_CSS@": _vis("vis-network.css"),
        "@APP_CSS@": _asset("view.css"),
        "@DATA@": safe_json(graph_data(G, legend=legend)),
        "@VIS_JS@": _vis("vis-network.min.js"),
        "@APP_JS@": _asset("view.js"),
    }
    parts["@TITLE@"] = html.escape(title)
    # one pass, so that no inserted text is searched for placeholders again
    pattern = "|".join(map(re.escape, parts))
    return re.sub(pattern, lambda m: parts[m.group(0)], _asset("view.html"))


def render(G: nx.Graph, path: str | Path, *, title: str = "omgraph", legend: bool = True) -> Path:
    """Write a view of ``G`` to ``path`` as one self-contained, offline HTML file.

    Nodes are coloured and shaped by ``kind`` (organisations coloured by ``subkind``), sized by
    degree, with tooltips and a details panel giving their source lines, a search box and a
    filter per kind. Returns the path written.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page(G, title=title, legend=legend), encoding="utf-8")
    except OSError as exc:
        raise VizError(f"cannot write the view: {exc}", path=str(path)) from exc
    return path


__all__ = ["KIND_STYLE", "ORG_COLORS", "VizError", "graph_data", "page", "render", "safe_json"]

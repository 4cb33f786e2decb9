/* omgraph network view: every text goes into the page through textContent, never innerHTML. */
(function () {
  "use strict";
  var t0 = performance.now();
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var root = document.documentElement;
  var kinds = data.kinds;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function tooltip(item) {
    var box = el("div");
    box.appendChild(el("strong", item.label));
    if (item.info) { box.appendChild(el("div", item.info)); }
    (item.sources || []).slice(0, 3).forEach(function (s) { box.appendChild(el("div", s, "source")); });
    if ((item.sources || []).length > 3) { box.appendChild(el("div", "… " + (item.sources.length - 3) + " weitere Zeilen")); }
    return box;
  }

  var byId = {};
  var nodeItems = data.nodes.map(function (n) {
    byId[n.id] = n;
    var k = kinds[n.kind] || kinds.other;
    return {
      id: n.id, label: n.short, x: n.x, y: n.y, size: n.size, shape: k.shape,
      color: { background: n.color || k.color, border: "#444" },
      font: { size: Math.max(10, Math.round(n.size * 0.6)) },
      title: data.nodes.length <= 20000 ? tooltip(n) : undefined
    };
  });
  var edgeItems = data.edges.map(function (e, i) {
    return {
      id: i, from: e.from, to: e.to, width: e.width,
      title: e.info || e.sources && e.sources.length ? tooltip({ label: e.label, info: e.info, sources: e.sources }) : undefined
    };
  });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  var hiddenKinds = {};
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !hiddenKinds[byId[n.id].kind]; } });

  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edges }, {
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 1 },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: data.nodes.length > 1000, hideEdgesOnZoom: data.nodes.length > 1000 },
    nodes: { borderWidth: 1 },
    edges: { smooth: false, color: { color: "#9aa", highlight: "#d33", opacity: 0.6 } }
  });

  /* legend with one filter checkbox per kind */
  var legend = document.getElementById("legend");
  if (data.legend) {
    legend.appendChild(el("h2", "Legende"));
    Object.keys(data.counts).forEach(function (kind) {
      var k = kinds[kind] || kinds.other;
      var label = el("label");
      var box = el("input");
      box.type = "checkbox"; box.checked = true; box.value = kind; box.setAttribute("data-kind", kind);
      box.addEventListener("change", function () { hiddenKinds[kind] = !box.checked; nodeView.refresh(); });
      var sw = el("span", null, "swatch " + k.shape);
      sw.style.background = k.color;
      label.appendChild(box); label.appendChild(sw);
      label.appendChild(el("span", k.name + " (" + data.counts[kind] + ")"));
      legend.appendChild(label);
    });
    if (data.subkinds && data.subkinds.length) {
      legend.appendChild(el("h2", "Organisationsart"));
      data.subkinds.forEach(function (s) {
        var row = el("label");
        var sw = el("span", null, "swatch dot");
        sw.style.background = s.color;
        row.appendChild(sw); row.appendChild(el("span", s.name + " (" + s.count + ")"));
        legend.appendChild(row);
      });
    }
  }

  /* details panel */
  var details = document.getElementById("details");
  function showDetails(id) {
    var n = byId[id];
    details.textContent = "";
    if (!n) { return; }
    details.appendChild(el("h2", n.label));
    var dl = el("dl");
    [["Art", (kinds[n.kind] || kinds.other).name + (n.subkind ? " · " + n.subkind : "")],
     ["Verbindungen", n.degree], ["Details", n.info]].forEach(function (pair) {
      if (pair[1] === undefined || pair[1] === null || pair[1] === "") { return; }
      dl.appendChild(el("dt", pair[0])); dl.appendChild(el("dd", pair[1]));
    });
    details.appendChild(dl);
    var neighbours = network.getConnectedNodes(id).map(function (m) { return byId[m].label; }).sort();
    if (neighbours.length) {
      details.appendChild(el("h2", "Verbunden mit"));
      var ul = el("ul");
      neighbours.slice(0, 50).forEach(function (s) { ul.appendChild(el("li", s)); });
      if (neighbours.length > 50) { ul.appendChild(el("li", "… " + (neighbours.length - 50) + " weitere")); }
      details.appendChild(ul);
    }
    if (n.sources && n.sources.length) {
      details.appendChild(el("h2", "Quellzeilen"));
      var src = el("ul");
      n.sources.forEach(function (s) { src.appendChild(el("li", s, "source")); });
      details.appendChild(src);
    }
  }
  network.on("selectNode", function (p) { showDetails(p.nodes[0]); });

  /* search: exact label, then acronym, then prefix, then substring (case-insensitive) */
  var names = document.getElementById("search-names");
  if (data.nodes.length <= 5000) {
    data.nodes.forEach(function (n) { names.appendChild(el("option", null)).value = n.label; });
  }
  function search(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) { return null; }
    var tests = [
      function (n) { return n.label.toLowerCase() === q; },
      function (n) { return (n.acronym || "").toLowerCase() === q; },
      function (n) { return n.label.toLowerCase().indexOf(q) === 0; },
      function (n) { return n.label.toLowerCase().indexOf(q) >= 0; }
    ];
    for (var i = 0; i < tests.length; i++) {
      for (var j = 0; j < data.nodes.length; j++) {
        var n = data.nodes[j];
        if (!hiddenKinds[n.kind] && tests[i](n)) { return n; }
      }
    }
    return null;
  }
  var status = document.getElementById("search-status");
  function focusSearch(query) {
    var n = search(query);
    if (!n) {
      status.textContent = "nicht gefunden";
      root.setAttribute("data-search-result", "");
      return null;
    }
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: 1.5, animation: false });
    showDetails(n.id);
    status.textContent = "gefunden: " + n.label;
    root.setAttribute("data-search-result", n.label);
    return n.label;
  }
  document.getElementById("search").addEventListener("submit", function (e) {
    e.preventDefault();
    focusSearch(document.getElementById("search-input").value);
  });

  /* state for tests and scripts: counts, timing, resources loaded from outside */
  window.omgraphView = { network: network, nodes: nodes, edges: edges, search: focusSearch };
  function ready() {
    root.setAttribute("data-nodes", String(nodes.length));
    root.setAttribute("data-edges", String(edges.length));
    root.setAttribute("data-render-ms", String(Math.round(performance.now() - t0)));
    var external = performance.getEntriesByType("resource").filter(function (r) { return !/^(data|blob):/.test(r.name); });
    root.setAttribute("data-external-requests", String(external.length));
    var hash = decodeURIComponent((location.hash || "").replace(/^#/, ""));
    if (hash.indexOf("search=") === 0) { focusSearch(hash.slice(7)); }
    root.setAttribute("data-ready", "true");
  }
  network.once("afterDrawing", ready);
  if (!data.nodes.length) { ready(); }
})();

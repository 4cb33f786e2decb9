"""The store behind a real Oxigraph SPARQL server answers like the embedded store.

The module starts ``oxigraph serve`` (PyPI package ``oxigraph``, in the ``test`` extra) on
127.0.0.1 with a free port and its own temporary folder, ingests the seed minutes and two
generated minutes into it and into an in-memory embedded store, and compares every contract
query, the export and the partner network. It skips, saying why, when the server cannot start.
"""

from __future__ import annotations

import base64
import http.server
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from omgraph import network, queries
from omgraph.bench import write_corpus
from omgraph.bench.bench import CONTRACT_QUERIES
from omgraph.cli import cli
from omgraph.errors import StoreError
from omgraph.pipeline import ingest
from omgraph.store import OxigraphStore, open_store
from omgraph.store_remote import SparqlEndpointStore

SEED = Path(__file__).resolve().parent.parent / "data" / "minutes" / "2019-11-21-strategiekreis.txt"


def _oxigraph() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a fresh Oxigraph server, stopped after the module."""
    exe = _oxigraph()
    if exe is None:
        pytest.skip("the `oxigraph` server is not installed (pip install oxigraph)")
    folder = tmp_path_factory.mktemp("oxigraph-server")
    url = f"http://127.0.0.1:{_free_port()}"
    log = (folder / "server.log").open("wb")
    proc = subprocess.Popen(
        [exe, "serve", "--location", str(folder / "data"), "--bind", url.removeprefix("http://")],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while not _ready(url):
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                reason = (folder / "server.log").read_text(errors="replace")[-500:]
                pytest.skip(f"the oxigraph server did not start: {reason or 'no output'}")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def minutes(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The seed and two generated minutes."""
    folder = tmp_path_factory.mktemp("minutes")
    return [SEED, *write_corpus(folder, 2, seed=11)]


@pytest.fixture(scope="module")
def stores(server: str, minutes: list[Path]) -> tuple[OxigraphStore, SparqlEndpointStore]:
    """The same minutes ingested into an embedded store and into the server."""
    embedded, remote = OxigraphStore(None), SparqlEndpointStore(f"{server}/query")
    for store in (embedded, remote):
        results = ingest(store, minutes)
        assert all(r.ok for r in results), [str(r.error) for r in results if not r.ok]
    return embedded, remote


def _canonical(rows: list[dict[str, object]]) -> list[str]:
    """Rows as sorted JSON, each ``GROUP_CONCAT`` list sorted: SPARQL leaves the order of its
    parts open, and the server (dataset by ``default-graph-uri``) evaluates in another order
    than the embedded store (union default graph)."""

    def cell(value: object) -> object:
        if isinstance(value, str) and "; " in value:
            return "; ".join(sorted(value.split("; ")))
        return value

    return sorted(
        json.dumps({k: cell(v) for k, v in r.items()}, sort_keys=True, ensure_ascii=False)
        for r in rows
    )


@pytest.mark.parametrize("name", CONTRACT_QUERIES)
def test_contract_query_same_answer(
    stores: tuple[OxigraphStore, SparqlEndpointStore], name: str
) -> None:
    embedded, remote = stores
    here, there = queries.run(embedded, name), queries.run(remote, name)
    assert here, f"{name}: no rows from the embedded store"
    assert _canonical(there) == _canonical(here)


def test_bound_parameter_same_answer(stores: tuple[OxigraphStore, SparqlEndpointStore]) -> None:
    embedded, remote = stores
    params = {"meeting": "2019-11-21"}
    assert queries.run(remote, "participants", params) == queries.run(
        embedded, "participants", params
    )


def test_documents_and_counts(stores: tuple[OxigraphStore, SparqlEndpointStore]) -> None:
    embedded, remote = stores
    assert remote.documents() == embedded.documents()
    assert remote.triple_count() == embedded.triple_count()
    assert remote.has_document("2019-11-21-strategiekreis")
    assert not remote.has_document("no-such-document")


def test_export_same_quads(stores: tuple[OxigraphStore, SparqlEndpointStore]) -> None:
    embedded, remote = stores
    assert set(remote.quads()) == set(embedded.quads())


def test_partner_network_same_graph(stores: tuple[OxigraphStore, SparqlEndpointStore]) -> None:
    embedded, remote = stores
    here = network.partner_graph(network.build_graph(embedded))
    there = network.partner_graph(network.build_graph(remote))
    assert sorted(there.nodes) == sorted(here.nodes)
    assert sorted(map(sorted, there.edges)) == sorted(map(sorted, here.edges))
    lean = network.partner_view(remote)  # the lean queries of `omgraph viz partners`
    assert sorted(lean.nodes) == sorted(here.nodes)
    assert {frozenset(e): lean.edges[e]["weight"] for e in lean.edges} == {
        frozenset(e): here.edges[e]["weight"] for e in here.edges
    }


def test_reingest_replaces(server: str, stores: tuple[OxigraphStore, SparqlEndpointStore]) -> None:
    _, remote = stores
    before = remote.triple_count()
    result = ingest(remote, [SEED])[0]
    assert result.ok and result.replaced
    assert remote.triple_count() == before


def test_cli_against_server(
    server: str, stores: tuple[OxigraphStore, SparqlEndpointStore], tmp_path: Path
) -> None:
    runner = CliRunner()
    got = runner.invoke(cli, ["--store", server, "query", "meetings", "--format", "json"])
    assert got.exit_code == 0, got.output
    assert {r["date"] for r in json.loads(got.stdout)} >= {"2019-11-21"}
    out = tmp_path / "graph.nq"
    got = runner.invoke(cli, ["--store", server, "export", "--format", "nq", "-o", str(out)])
    assert got.exit_code == 0, got.output
    assert out.stat().st_size > 0
    page = tmp_path / "partners.html"
    got = runner.invoke(cli, ["--store", server, "viz", "partners", "-o", str(page)])
    assert got.exit_code == 0, got.output
    assert page.stat().st_size > 0


def test_open_store_picks_the_endpoint(server: str) -> None:
    store = open_store(f"sparql+{server}/query")
    assert isinstance(store, SparqlEndpointStore)
    assert store.update_url == f"{server}/update"


def test_credentials_not_in_url() -> None:
    with pytest.raises(StoreError, match="OMGRAPH_USER"):
        SparqlEndpointStore("http://alice:secret@127.0.0.1:1/query")


def test_credentials_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Basic auth comes from OMGRAPH_USER / OMGRAPH_PASSWORD (checked on a stub endpoint)."""
    seen: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            seen.append(self.headers.get("Authorization", ""))
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body = b'{"head":{"vars":["g"]},"results":{"bindings":[]}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("OMGRAPH_USER", "alice")
        monkeypatch.setenv("OMGRAPH_PASSWORD", "s3cret")
        store = SparqlEndpointStore(f"http://127.0.0.1:{httpd.server_port}/sparql")
        assert store.query("SELECT ?g WHERE { ?g ?p ?o }").rows == []
    finally:
        httpd.shutdown()
    assert seen and all(h == "Basic " + base64.b64encode(b"alice:s3cret").decode() for h in seen)


def test_a_graph_list_asked_for_before_an_update_is_not_kept(monkeypatch):
    """An ingest updates from its writer thread while the main thread asks whether a document
    is there: a list of graphs the server gave before the update must not outlive it."""
    from omgraph import namespaces as ns

    on_server = {ns.document_graph("old")}
    listing = threading.Event()

    def post(self, url, form, accept):
        if url.endswith("/update"):
            listing.wait(5)  # the update lands while the list is being read
            on_server.add(ns.document_graph("new"))
            return b""
        before = sorted(on_server)
        listing.set()
        time.sleep(0.3)
        bindings = [{"g": {"type": "uri", "value": g}} for g in before]
        return json.dumps({"head": {"vars": ["g"]}, "results": {"bindings": bindings}}).encode()

    monkeypatch.setattr(SparqlEndpointStore, "_post", post)
    store = SparqlEndpointStore("http://127.0.0.1:9/query")
    writer = threading.Thread(target=store.update, args=("INSERT DATA {}",))
    writer.start()
    assert not store.has_document("new")  # asked before the update was applied
    writer.join()
    assert store.has_document("new")

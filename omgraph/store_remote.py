"""A store behind a SPARQL 1.1 endpoint (query + update over HTTP), e.g. an Oxigraph server.

Credentials come from ``OMGRAPH_USER`` / ``OMGRAPH_PASSWORD`` (HTTP basic auth), never from
the command line (a URL with ``user:password@`` is refused). The update endpoint is the query
URL with a trailing ``/query`` or ``/sparql`` replaced by ``/update``, unless
``OMGRAPH_UPDATE_URL`` names another; a bare ``http://HOST:PORT`` means Oxigraph's layout
(``/query`` and ``/update``).

>>> store = SparqlEndpointStore("http://127.0.0.1:7878")
>>> store.query_url, store.update_url
('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update')

Queries run over the union of the document graphs: every request names them as
``default-graph-uri`` (and ``named-graph-uri``), which any SPARQL 1.1 server understands.
"""

from __future__ import annotations

import base64
import os
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Sequence

import pyoxigraph
from pyoxigraph import NamedNode, Quad, QueryResultsFormat

from omgraph import namespaces as ns
from omgraph.errors import QueryError, StoreError
from omgraph.store import QueryResult, Store, _checked, _result, update_text
from omgraph.terms import iri

_GRAPH_PREFIX = str(ns.ID["graph/"])
_LIST_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
_ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


class SparqlEndpointStore(Store):
    """A remote store; ``url`` is the SPARQL query endpoint."""

    def __init__(self, url: str, *, update_url: str | None = None, timeout: float = 60.0) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.username or parts.password:
            raise StoreError(
                "credentials in the store URL",
                path=parts._replace(netloc=parts.hostname or "").geturl(),
                hint="remove them from the URL and set OMGRAPH_USER and OMGRAPH_PASSWORD",
            )
        if parts.path in ("", "/"):
            url = url.rstrip("/") + "/query"
        self.location = url
        self.query_url = url
        self.update_url = update_url or os.environ.get("OMGRAPH_UPDATE_URL") or _update_url(url)
        self.timeout = timeout
        self._graphs: list[str] | None = None
        # the list of document graphs is kept until an update; an ingest updates from a writer
        # thread while the main thread asks: a list asked for before an update is not kept
        self._graphs_lock = threading.Lock()
        self._generation = 0  # updates so far

    # --- HTTP ----------------------------------------------------------------------------

    def _post(self, url: str, form: list[tuple[str, str]], accept: str) -> bytes:
        data = urllib.parse.urlencode(form).encode("utf-8")
        request = urllib.request.Request(url, data=data, method="POST")
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        request.add_header("Accept", accept)
        user, password = os.environ.get("OMGRAPH_USER"), os.environ.get("OMGRAPH_PASSWORD")
        if user:
            token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
            request.add_header("Authorization", f"Basic {token}")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return bytes(response.read())
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:300].strip()
            if exc.code == 400:
                raise QueryError(f"the endpoint refused the request: {detail}", path=url) from exc
            raise StoreError(
                f"HTTP {exc.code} from the SPARQL endpoint: {detail}",
                path=url,
                hint="check the URL and OMGRAPH_USER/OMGRAPH_PASSWORD",
            ) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(
                f"cannot reach the SPARQL endpoint: {exc}", path=url, hint="is the server running?"
            ) from exc

    def _select(self, sparql: str, dataset: bool) -> QueryResult:
        form = [("query", sparql)]
        if dataset:
            for g in self._document_graphs():
                form += [("default-graph-uri", g), ("named-graph-uri", g)]
        body = self._post(self.query_url, form, "application/sparql-results+json")
        try:
            parsed = pyoxigraph.parse_query_results(body, format=QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(
                f"unreadable answer from the endpoint: {exc}", path=self.query_url
            ) from exc
        return _result(parsed)

    def _document_graphs(self) -> list[str]:
        with self._graphs_lock:
            graphs, generation = self._graphs, self._generation
        if graphs is not None:
            return graphs
        rows = self._select(_LIST_GRAPHS, dataset=False).rows
        graphs = sorted(
            t.value
            for (t,) in rows
            if isinstance(t, NamedNode) and t.value.startswith(_GRAPH_PREFIX)
        )
        with self._graphs_lock:
            if self._generation == generation:  # no update since it was asked for
                self._graphs = graphs
        return graphs

    # --- Store -----------------------------------------------------------------------------

    def replace_document(self, doc_id: str, quads: Iterable[Quad]) -> int:
        checked = _checked(doc_id, quads)
        self.update(update_text(doc_id, checked))
        return len(checked)

    def add_documents(self, documents: Sequence[tuple[str, Iterable[Quad]]]) -> list[int]:
        """Every document's drop-and-insert in ONE update request (one transaction on the
        server, one round trip instead of one per document)."""
        checked = [(doc_id, _checked(doc_id, quads)) for doc_id, quads in documents]
        if checked:
            self.update(" ;\n".join(update_text(doc_id, quads) for doc_id, quads in checked))
        return [len(quads) for _, quads in checked]

    def remove_document(self, doc_id: str) -> bool:
        graph = iri(ns.document_graph(doc_id))
        present = graph.value in self._document_graphs()
        self.update(f"DROP SILENT GRAPH {graph}")
        return present

    def has_document(self, doc_id: str) -> bool:
        return iri(ns.document_graph(doc_id)).value in self._document_graphs()

    def query(self, sparql: str) -> QueryResult:
        if not self._document_graphs():
            return self._select(sparql, dataset=False)
        return self._select(sparql, dataset=True)

    def update(self, sparql: str) -> None:
        try:
            self._post(self.update_url, [("update", sparql)], "*/*")
        finally:
            with self._graphs_lock:  # also after a failure: the update may have been applied
                self._generation += 1
                self._graphs = None

    def quads(self) -> Iterator[Quad]:
        for s, p, o, g in self._select(_ALL_QUADS, dataset=False).rows:
            yield Quad(s, p, o, g)  # type: ignore[arg-type]

    def triple_count(self) -> int:
        rows = self._select(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", dataset=False
        ).rows
        term = rows[0][0] if rows else None
        return int(term.value) if term is not None else 0  # type: ignore[union-attr]


def _update_url(url: str) -> str:
    for tail in ("/query", "/sparql"):
        if url.rstrip("/").endswith(tail):
            return url.rstrip("/")[: -len(tail)] + "/update"
    return url

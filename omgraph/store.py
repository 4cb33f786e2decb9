"""Where the graph lives: an on-disk pyoxigraph store, or a remote SPARQL 1.1 endpoint.

Each document is one named graph. :meth:`Store.replace_document` writes a new document's quads in
one transaction (pyoxigraph's ``extend``), and replaces a document already there by ONE SPARQL
update (``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> {...} }``), which both pyoxigraph and
SPARQL servers apply as a single transaction. :meth:`Store.add_documents` writes a batch of
documents; the embedded store writes the new ones with its bulk loader, all or none (2-3x faster
than a transaction each: most of a long ingest's time is the store's), without holding Python's
lock, so that a writer thread can write while the caller goes on. After a crash a
document is wholly in the store or not at all. The update text is serialised from RDF terms
(pyoxigraph escapes them); no user value is ever pasted into it.

Queries see the union of all document graphs as their default graph.

>>> store = OxigraphStore(None)
>>> store.triple_count()
0
"""

from __future__ import annotations

import os
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from pyoxigraph import (
    DefaultGraph,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    RdfFormat,
    serialize,
)
from pyoxigraph import Store as OxStore

from omgraph import namespaces as ns
from omgraph.errors import QueryError, StoreError
from omgraph.query_cache import (
    ResultCache,
    clear_token,
    read_token,
    store_cache,
    store_version,
    write_token,
)
from omgraph.store_lock import WriteLock
from omgraph.terms import Term, from_ox, iri

DEFAULT_STORE = "./.omgraph"
"""Where the store lives unless ``--store`` or ``OMGRAPH_STORE`` say otherwise."""

FORMATS: dict[str, RdfFormat] = {
    "turtle": RdfFormat.TURTLE,
    "ttl": RdfFormat.TURTLE,
    "nt": RdfFormat.N_TRIPLES,
    "ntriples": RdfFormat.N_TRIPLES,
    "nq": RdfFormat.N_QUADS,
    "nquads": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
    "jsonld": RdfFormat.JSON_LD,
    "json-ld": RdfFormat.JSON_LD,
    "xml": RdfFormat.RDF_XML,
}
"""Export format names -> pyoxigraph formats."""

_GRAPH_FORMATS = {RdfFormat.N_QUADS, RdfFormat.TRIG, RdfFormat.JSON_LD}


@dataclass(frozen=True)
class QueryResult:
    """The answer of a SPARQL query: column names and rows of RDF terms (``None`` = unbound)."""

    columns: list[str]
    rows: list[tuple[Term | None, ...]]

    def records(self) -> list[dict[str, object]]:
        """Rows as dicts of plain Python values (see :func:`omgraph.terms.from_ox`)."""
        return [dict(zip(self.columns, map(from_ox, row), strict=True)) for row in self.rows]


@dataclass(frozen=True)
class DocumentInfo:
    """One ingested document: its id, the file it came from, its hash and its size."""

    id: str
    path: str
    sha256: str
    title: str
    triples: int


def update_text(doc_id: str, quads: Iterable[Quad]) -> str:
    """The SPARQL update that replaces one document's graph (terms serialised by pyoxigraph)."""
    graph = iri(ns.document_graph(doc_id))
    body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    return f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"


VOID_TRIPLES = NamedNode("http://rdfs.org/ns/void#triples")
"""``<graph> void:triples N``: how many triples the graph had when it was written (itself
included), stored in the graph in the same transaction; a graph whose count differs is not whole."""


def _checked(doc_id: str, quads: Iterable[Quad]) -> list[Quad]:
    """The quads to write for ``doc_id``: checked, without duplicates, with their count."""
    graph = iri(ns.document_graph(doc_id))
    unique = list(dict.fromkeys(quads))
    for q in unique:
        if q.graph_name != graph:
            raise StoreError(
                f"quad outside the graph of {doc_id}: {q}",
                hint="build quads with omgraph.rdf.minutes_to_quads",
            )
    unique = [q for q in unique if not (q.subject == graph and q.predicate == VOID_TRIPLES)]
    count = Literal(str(len(unique) + 1), datatype=NamedNode(str(ns.XSD) + "integer"))
    return [*unique, Quad(graph, VOID_TRIPLES, count, graph)]


class Store(ABC):
    """What omgraph needs from a store; see :class:`OxigraphStore`, :class:`SparqlEndpointStore`."""

    location: str

    @abstractmethod
    def replace_document(self, doc_id: str, quads: Iterable[Quad]) -> int:
        """Replace the graph of ``doc_id`` by ``quads`` in one transaction; returns their count."""

    def add_documents(self, documents: Sequence[tuple[str, Iterable[Quad]]]) -> list[int]:
        """Write ``(doc_id, quads)`` documents, each replacing any graph of the same id, in order;
        returns their counts. Each document is written wholly or not at all; a store may write
        the batch as one (:class:`OxigraphStore`: all or none)."""
        return [self.replace_document(doc_id, quads) for doc_id, quads in documents]

    @abstractmethod
    def remove_document(self, doc_id: str) -> bool:
        """Remove the graph of ``doc_id``; False if there was none."""

    @abstractmethod
    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL SELECT or ASK over the union of all graphs (no value pasting here:
        :mod:`omgraph.queries` binds parameters)."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL UPDATE (one transaction)."""

    @abstractmethod
    def quads(self) -> Iterator[Quad]:
        """Every quad of the store."""

    @abstractmethod
    def triple_count(self) -> int:
        """How many quads the store holds."""

    def has_document(self, doc_id: str) -> bool:
        return any(d.id == doc_id for d in self.documents())

    def result_cache(self) -> ResultCache | None:
        """Where answers of slow queries may be kept for the store as this object sees it;
        ``None``: nowhere (see :mod:`omgraph.query_cache`)."""
        return None

    def documents(self) -> list[DocumentInfo]:
        """The ingested documents, by id."""
        from omgraph.queries import load_query

        result = self.query(load_query("documents").text)
        return [
            DocumentInfo(
                str(r["document"]),
                str(r["path"] or ""),
                str(r["sha256"] or ""),
                str(r["title"] or ""),
                int(r["triples"] or 0),
            )  # type: ignore[call-overload]
            for r in result.records()
        ]

    def export(self, format: str, out: IO[bytes]) -> None:
        """Write the store to ``out``: named graphs kept for trig/nq/jsonld, merged otherwise."""
        import pyoxigraph

        fmt = FORMATS.get(format.lower())
        if fmt is None:
            raise StoreError(
                f"unknown export format {format!r}",
                hint=f"choose one of {', '.join(sorted(FORMATS))}",
            )
        quads: Iterable[Quad] = self.quads()
        if fmt not in _GRAPH_FORMATS:
            quads = (Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in quads)
            quads = list(dict.fromkeys(quads))
        pyoxigraph.serialize(quads, out, fmt, prefixes=ns.PREFIXES)

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release files and locks."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


FLUSH_EVERY = 100_000
"""Quads written between two flushes of the embedded store's memory tables to disk."""


class OxigraphStore(Store):
    """An embedded pyoxigraph store in a folder (``None``: in memory, for tests).

    Writers take a lock file in the folder so that two writers never interleave; a second
    writer waits up to ``wait`` seconds (calling ``on_wait`` once with a message when it starts
    to wait), then fails with :class:`StoreLockedError`. Readers take no lock: while a writer
    writes they open the store read-only and see the documents committed when they opened it.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None,
        *,
        read_only: bool = False,
        wait: float = 30.0,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        self.location = str(path) if path is not None else ":memory:"
        self._lock: WriteLock | None = None
        self._unflushed = 0
        self._folder: Path | None = None
        self._version: str | None = None  # of the store this object reads, None: unknown
        self._written = False
        if path is None:
            self._store = OxStore()
            return
        folder = self._folder = Path(path)
        if read_only:
            before = store_version(folder)
            self._store = _open_reader(folder)
            # the same version after opening: nothing was written in between, this is its store
            self._version = before if before == store_version(folder) else None
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the store folder: {exc}", path=str(folder)) from exc
        self._lock = WriteLock(folder / "omgraph.lock", wait=wait, on_wait=on_wait)
        self._lock.acquire()
        try:
            self._token_before = read_token(folder)
            clear_token(folder)  # no answer is kept or served while this writer works
            self._store = _open_writer(folder, wait)
        except OSError as exc:
            self._lock.release()
            raise StoreError(
                f"cannot open the store: {exc}",
                path=str(folder),
                hint="is it an omgraph store? is another omgraph running?",
            ) from exc

    def replace_document(self, doc_id: str, quads: Iterable[Quad]) -> int:
        return self._replace(doc_id, _checked(doc_id, quads))

    def _replace(self, doc_id: str, checked: list[Quad]) -> int:
        if self.has_document(doc_id):
            self.update(update_text(doc_id, checked))  # drop and insert: one transaction
        else:
            self._write(lambda: self._store.extend(checked))  # one transaction, no parsing
        self._unflushed += len(checked)
        if self._unflushed >= FLUSH_EVERY:
            # RocksDB keeps writes in memory tables until they are flushed: without this a
            # long ingest grows by ~1 GB per million quads
            self._store.flush()
            self._unflushed = 0
        return len(checked)

    def add_documents(self, documents: Sequence[tuple[str, Iterable[Quad]]]) -> list[int]:
        """The documents new to the store (each id once) in one bulk load, all or none: it writes
        index files directly, without a transaction log (30 s instead of 72-98 s for 1,000
        generated minutes on 2 cores, and no slower to query); the others replaced after, in
        order, one transaction each."""
        checked = [(doc_id, _checked(doc_id, quads)) for doc_id, quads in documents]
        seen: set[str] = set()
        bulk: list[Quad] = []
        rest: list[tuple[str, list[Quad]]] = []
        for doc_id, quads in checked:
            if doc_id in seen or self.has_document(doc_id):
                rest.append((doc_id, quads))
            else:
                seen.add(doc_id)
                bulk.extend(quads)
        if bulk:
            # as N-Quads text: loading text runs without Python's lock (``bulk_extend`` holds it
            # throughout), so an ingest converts the next documents while these are written
            # (blank nodes would get new labels: omgraph mints none)
            text = serialize(bulk, format=RdfFormat.N_QUADS)
            try:
                self._write(
                    lambda: self._store.bulk_load(text, format=RdfFormat.N_QUADS, lenient=True)
                )
            except SyntaxError as exc:  # pyoxigraph's own output: not expected
                raise StoreError(f"bulk load failed: {exc}", path=self.location) from exc
        for doc_id, quads in rest:
            self._replace(doc_id, quads)
        return [len(quads) for _, quads in checked]

    def _write(self, action: Callable[[], object]) -> None:
        if self._lock is None and self.location != ":memory:":
            raise StoreError("the store was opened read-only", path=self.location)
        self._written = True
        try:
            action()
        except OSError as exc:
            raise StoreError(f"update failed: {exc}", path=self.location) from exc

    def remove_document(self, doc_id: str) -> bool:
        graph = iri(ns.document_graph(doc_id))
        if not self._store.contains_named_graph(graph):
            return False
        self.update(f"DROP GRAPH {graph}")
        return True

    def has_document(self, doc_id: str) -> bool:
        # one index lookup instead of listing every document (ingest asks once per file)
        return bool(self._store.contains_named_graph(iri(ns.document_graph(doc_id))))

    def query(self, sparql: str) -> QueryResult:
        try:
            result = self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise _query_error(exc) from exc
        except OSError as exc:
            raise StoreError(f"query failed: {exc}", path=self.location) from exc
        return _result(result)

    def update(self, sparql: str) -> None:
        try:
            self._write(lambda: self._store.update(sparql))
        except SyntaxError as exc:
            raise _query_error(exc) from exc

    def quads(self) -> Iterator[Quad]:
        return iter(self._store)

    def triple_count(self) -> int:
        return len(self._store)

    def named_graphs(self) -> list[NamedNode]:
        return sorted(
            (g for g in self._store.named_graphs() if isinstance(g, NamedNode)),
            key=lambda g: g.value,
        )

    def result_cache(self) -> ResultCache | None:
        if self._folder is None or self._version is None:
            return None
        return store_cache(self._folder, self._version)

    def close(self) -> None:
        store = getattr(self, "_store", None)
        if store is not None and self._lock is not None:
            store.flush()
        self._store = None  # type: ignore[assignment]
        if self._lock is not None:
            if self._folder is not None and store is not None:
                # the store as this writer leaves it gets a version (the one before if unchanged)
                write_token(self._folder, None if self._written else self._token_before)
            self._lock.release()
            self._lock = None


def _open_writer(folder: Path, wait: float) -> OxStore:
    """Open a store to write, once this process holds the lock file. The writer before may
    have released the lock file a moment before its process let go of RocksDB's own lock (at
    its exit): that lock is retried for up to ``wait`` seconds (at most 10)."""
    deadline = time.monotonic() + min(wait, 10.0)
    while True:
        try:
            return OxStore(str(folder))
        except OSError as exc:
            if "LOCK" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.1)


def _open_reader(folder: Path, attempts: int = 5) -> OxStore:
    """Open a store to read, read-only: never blocks a writer, sees what was committed.

    RocksDB may delete a file a read-only opening is about to read while a writer compacts;
    the opening is then retried.
    """
    if not (folder / "CURRENT").exists():
        raise StoreError(
            "no omgraph store here",
            path=str(folder),
            hint="run `omgraph ingest FILE` first, or pass --store DIR",
        )
    for attempt in range(attempts):
        try:
            return OxStore.read_only(str(folder))
        except OSError as exc:
            if attempt == attempts - 1:
                raise StoreError(f"cannot open the store: {exc}", path=str(folder)) from exc
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover


def _result(result: object) -> QueryResult:
    if isinstance(result, QuerySolutions):
        columns = [v.value for v in result.variables]
        # a solution iterates its values in column order, None for unbound (twice as fast
        # as looking each column up by name)
        return QueryResult(columns, [tuple(s) for s in result])
    if isinstance(result, QueryBoolean):
        return QueryResult(
            ["result"],
            [
                (
                    Literal(
                        "true" if bool(result) else "false",
                        datatype=NamedNode("http://www.w3.org/2001/XMLSchema#boolean"),
                    ),
                )
            ],
        )
    triples = list(result)  # type: ignore[call-overload]
    return QueryResult(
        ["subject", "predicate", "object"], [(t.subject, t.predicate, t.object) for t in triples]
    )


def _query_error(exc: Exception) -> QueryError:
    return QueryError(f"invalid SPARQL: {exc}", hint="check the query text")


def open_store(
    location: str | os.PathLike[str] | None = None,
    *,
    read_only: bool = False,
    wait: float = 30.0,
    on_wait: Callable[[str], None] | None = None,
) -> Store:
    """The store at ``location``: an ``http(s)://`` SPARQL endpoint, else a folder.

    ``None`` means ``$OMGRAPH_STORE``, else ``./.omgraph``. A writer waits up to ``wait``
    seconds for another writer (see :class:`OxigraphStore`).
    """
    location = location or os.environ.get("OMGRAPH_STORE") or DEFAULT_STORE
    text = str(location)
    if text.startswith(("http://", "https://", "sparql+http://", "sparql+https://")):
        from omgraph.store_remote import SparqlEndpointStore

        return SparqlEndpointStore(text.removeprefix("sparql+"))
    return OxigraphStore(text, read_only=read_only, wait=wait, on_wait=on_wait)

"""File -> store: read, extract, resolve, convert, save.

The stages are visible in the names::

    read_document(path)            -> Document        (omgraph.ingest.read)
    extract(document)              -> Minutes         (omgraph.ingest.extract)
    resolve(minutes, known)        -> Resolution      (omgraph.resolve)
    minutes_to_quads(minutes, res) -> quads           (omgraph.rdf)
    store.add_documents(batch)     -> all or none     (omgraph.store)

Entities already in the store are passed to resolution, so that the same person keeps one IRI
across documents, in file order. Converted documents are written in batches of about
:data:`BATCH_QUADS` quads; each document lands wholly or not at all. A file that fails gets an
:class:`IngestResult` with its error; the other files are still ingested.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from copy import copy
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from omgraph.errors import OmgraphError
from omgraph.model import Minutes, Organisation, Person, Resolution
from omgraph.resolve import KnownEntities, resolve
from omgraph.resolve_candidates import KnownPeopleIndex, known_for
from omgraph.store import Store

if TYPE_CHECKING:
    from pyoxigraph import Quad

Progress = Callable[["IngestResult"], None]


@dataclass(frozen=True)
class IngestResult:
    """What happened to one file."""

    path: str
    doc_id: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    """participants, agenda items, decisions, people, organisations, groups, triples."""
    replaced: bool = False
    """True when the document was in the store before (its graph was replaced)."""
    error: OmgraphError | None = None
    exception: BaseException | None = field(default=None, repr=False)
    """An unexpected exception (a bug), kept for ``--debug``."""

    @property
    def ok(self) -> bool:
        return self.error is None


def input_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files to ingest: folders expanded recursively to supported files, in order."""
    from omgraph.ingest.read import iter_input_files

    return iter_input_files(Path(os.fspath(p)) for p in paths)


def load_known(store: Store) -> KnownEntities:
    """The people and organisations already in ``store``."""
    from omgraph.queries import run

    people: dict[str, Person] = {}
    for r in run(store, "known-people"):
        key = str(r["person_key"])
        people[key] = Person(
            key,
            str(r["name"]),
            given=str(r["given_name"] or ""),
            family=str(r["family_name"] or ""),
            title=str(r["title"] or ""),
            variants=_split(r["variants"]),
            organisations=_split(r["organisations"]),
        )
    orgs: dict[str, Organisation] = {}
    for r in run(store, "known-organisations"):
        key = str(r["organisation_key"])
        orgs[key] = Organisation(
            key,
            str(r["name"]),
            acronym=str(r["acronym"] or ""),
            kind=str(r["kind"] or "other"),
            variants=_split(r["variants"]),
            parent=str(r["parent"] or ""),
            unit_of=str(r["unit_of"] or ""),
            registered=bool(r["registered"]),
        )
    return KnownEntities(people, orgs)


def _split(value: object) -> tuple[str, ...]:
    return tuple(v for v in str(value or "").split("|") if v)


def same_as_file(store: Store) -> Path | None:
    """The user's same-as / not-same-as file: ``$OMGRAPH_SAME_AS``, else ``same-as.yaml`` in
    the store's folder (see ``omgraph resolve --help``)."""
    named = os.environ.get("OMGRAPH_SAME_AS")
    if named:
        return Path(named)
    location = getattr(store, "location", "")
    if location and location != ":memory:" and not location.startswith(("http://", "https://")):
        return Path(location) / "same-as.yaml"
    return None


def _overrides(store: Store) -> Any:
    from omgraph.orgs import load_overrides

    return load_overrides(same_as_file(store))


def _topic_scheme() -> Any:
    try:
        from omgraph.topics import load_scheme
    except ImportError:
        return None
    return load_scheme()


@dataclass(frozen=True)
class Extracted:
    """One file read and extracted (the part of ingest that needs no store), or its failure."""

    path: str
    document: Any = None
    """The :class:`omgraph.ingest.read.Document`."""
    minutes: Minutes | None = None
    error: OmgraphError | None = None
    exception: BaseException | None = None


def read_and_extract(path: str | os.PathLike[str], max_bytes: int | None = None) -> Extracted:
    """Read and extract one file; errors are returned, not raised (this runs in workers)."""
    from omgraph.ingest.extract import extract
    from omgraph.ingest.read import DEFAULT_MAX_BYTES, read_document

    shown = os.fspath(path)
    try:
        document = read_document(Path(shown), max_bytes=max_bytes or DEFAULT_MAX_BYTES)
        return Extracted(shown, document, extract(document))
    except OmgraphError as exc:
        if exc.path is None:
            exc.path = shown
        return Extracted(shown, error=exc)
    except Exception as exc:  # a bug: report it per file, keep going
        return Extracted(shown, error=_internal(exc, shown), exception=_portable(exc))


def _internal(exc: BaseException, shown: str) -> OmgraphError:
    return OmgraphError(
        f"internal error: {type(exc).__name__}: {exc}",
        path=shown,
        hint="please report this; run with --debug for the traceback",
    )


def _portable(exc: BaseException) -> BaseException:
    """``exc`` if it survives pickling (to come back from a worker), else a plain copy."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def ingest_one(
    store: Store,
    path: str | os.PathLike[str],
    known: KnownEntities,
    scheme: Any = None,
    index: KnownPeopleIndex | None = None,
    overrides: Any = None,
    *,
    max_bytes: int | None = None,
) -> tuple[IngestResult, Resolution | None]:
    """Read, extract, resolve, convert and save one file (one transaction).

    ``index`` (of ``known.people``) narrows resolution to the people the mentions may mean.
    Files larger than ``max_bytes`` are refused. Nothing is written unless every stage
    succeeded: a failing file leaves the store as it was.
    """
    extracted = read_and_extract(path, max_bytes)
    converted = convert_extracted(store, extracted, known, scheme, index, overrides)
    if converted.quads is None:
        return converted.result, None
    try:
        triples = store.replace_document(converted.result.doc_id, converted.quads)
    except OmgraphError as exc:
        return _failed(converted.result, exc), None
    return _written(converted.result, triples), converted.resolution


@dataclass(frozen=True)
class Converted:
    """One extracted file resolved and turned into quads, not yet written (``quads`` None: it
    failed, and ``result`` says why)."""

    result: IngestResult
    quads: list[Quad] | None = None
    resolution: Resolution | None = None


def convert_extracted(
    store: Store,
    extracted: Extracted,
    known: KnownEntities,
    scheme: Any = None,
    index: KnownPeopleIndex | None = None,
    overrides: Any = None,
) -> Converted:
    """Resolve one extracted file against ``known`` and convert it to its graph's quads."""
    from omgraph.rdf import minutes_to_quads

    shown, document, minutes = extracted.path, extracted.document, extracted.minutes
    if extracted.error is not None or minutes is None:
        error = extracted.error or OmgraphError("nothing extracted", path=shown)
        return Converted(IngestResult(shown, error=error, exception=extracted.exception))
    try:
        if index is not None:
            people = known_for(minutes, known.people, index)
            known = KnownEntities(people, known.organisations)
        resolution = resolve(minutes, known, overrides=overrides)
        quads = list(minutes_to_quads(minutes, resolution, scheme=scheme))
        replaced = store.has_document(document.id)
    except OmgraphError as exc:
        if exc.path is None:
            exc.path = shown
        return Converted(IngestResult(shown, error=exc))
    except Exception as exc:  # a bug: report it per file, keep going
        return Converted(IngestResult(shown, error=_internal(exc, shown), exception=exc))
    counts = summarise(minutes, resolution, 0)
    return Converted(IngestResult(shown, document.id, counts, replaced), quads, resolution)


def _written(result: IngestResult, triples: int) -> IngestResult:
    return replace(result, counts={**result.counts, "triples": triples})


def _failed(result: IngestResult, exc: OmgraphError) -> IngestResult:
    if exc.path is None:
        exc.path = result.path
    return IngestResult(result.path, error=exc)


def summarise(minutes: Minutes, resolution: Resolution, triples: int) -> dict[str, int]:
    """The counts shown after ingesting one document."""
    return {
        "participants": sum(p.role not in {"excused", "absent"} for p in minutes.participants),
        "agenda": sum(not a.is_break for a in minutes.agenda),
        "decisions": len(minutes.decisions),
        "people": len(set(resolution.person_of.values()) or resolution.people),
        "organisations": len(set(resolution.org_of.values()) or resolution.organisations),
        "groups": len(minutes.groups),
        "triples": triples,
    }


def ingest(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    progress: Progress | None = None,
    max_bytes: int | None = None,
    jobs: int = 0,
) -> list[IngestResult]:
    """Ingest every file of ``paths`` (folders recursively) into ``store``.

    Parameters
    ----------
    store
        An open, writable store.
    paths
        Files and folders.
    progress
        Called with each file's result, in file order, once its batch is written (at least
        every :data:`BATCH_SECONDS`).
    max_bytes
        Refuse files larger than this (default 50 MiB,
        :data:`omgraph.ingest.read.DEFAULT_MAX_BYTES`).
    jobs
        Worker processes that read and extract while this one resolves and writes (default
        0: none; the CLI uses :func:`default_jobs`). Workers are spawned, so a script that
        passes ``jobs`` must guard its top level with ``if __name__ == "__main__":``.

    Returns
    -------
    list of IngestResult
        One per file, in order; failed files carry their error.
    """
    files = input_files(paths)
    known = load_known(store) if files else KnownEntities()
    scheme = _topic_scheme() if files else None
    index = KnownPeopleIndex()
    index.update(known.people)
    overrides = _overrides(store) if files else None
    batch = _Batch(store, progress)
    try:
        for extracted in extracted_files(files, max_bytes, jobs):
            converted = convert_extracted(store, extracted, known, scheme, index, overrides)
            resolution = converted.resolution
            if resolution is not None:
                known.people.update(resolution.people)
                index.update(resolution.people)
                known.organisations.update(resolution.organisations)
            batch.add(converted)
        batch.write()
        batch.wait()
    finally:
        batch.finish()  # also when interrupted: the caller closes the store next
    return batch.results


BATCH_QUADS = 100_000
"""Quads of converted documents gathered before they are written together (about 50
generated minutes): one bulk load per batch instead of one transaction per document."""

BATCH_SECONDS = 2.0
"""... or the seconds since the first of them waits, whichever comes first: what an interrupted
ingest loses at most, and how long progress may stand still."""


class _Batch:
    """Converted documents waiting to be written together; results reported in file order.

    A batch is written by a thread of its own while the next one is converted (the embedded
    store loads without holding Python's lock); one batch is written at a time, so at most two
    are held in memory.
    """

    def __init__(self, store: Store, progress: Progress | None) -> None:
        self.store, self.progress = store, progress
        self.results: list[IngestResult] = []
        self._waiting: list[Converted] = []
        self._quads = 0
        self._since = 0.0
        self._written: set[str] = set()  # documents written in this run
        self._writer: ThreadPoolExecutor | None = None
        self._writing: tuple[Future[list[int]] | None, list[Converted]] | None = None

    def add(self, converted: Converted) -> None:
        if not self._waiting:
            self._since = time.monotonic()
        self._waiting.append(converted)
        if converted.quads is not None:
            self._quads += len(converted.quads)
        if self._writing is not None and (self._writing[0] is None or self._writing[0].done()):
            self.wait()  # report the batch written meanwhile
        if self._quads >= BATCH_QUADS or time.monotonic() - self._since >= BATCH_SECONDS:
            self.write()

    def write(self) -> None:
        """Hand the waiting documents (all or none) to the writer thread, once the batch before
        them is written and reported."""
        self.wait()
        waiting, self._waiting, self._quads = self._waiting, [], 0
        todo = [(c.result.doc_id, c.quads) for c in waiting if c.quads is not None]
        future = None
        if todo:
            if self._writer is None:
                self._writer = ThreadPoolExecutor(1, thread_name_prefix="omgraph-writer")
            future = self._writer.submit(self.store.add_documents, todo)
        self._writing = (future, waiting)

    def wait(self) -> None:
        """Wait for the batch being written, then report each of its files."""
        if self._writing is None:
            return
        future, waiting = self._writing
        counts: list[int] = []
        error: OmgraphError | None = None
        if future is not None:
            try:
                counts = future.result()
            except OmgraphError as exc:
                error = exc
        self._writing = None  # only now: interrupted above, finish() still waits for it
        todo = sum(c.quads is not None for c in waiting)
        if error is None and len(counts) != todo:
            raise OmgraphError(f"the store wrote {len(counts)} of {todo} documents")
        count = iter(counts)
        for converted in waiting:
            result = converted.result
            if converted.quads is not None and error is None:
                # the same document twice in one run: the second replaced the first
                again = result.doc_id in self._written
                result = _written(replace(result, replaced=result.replaced or again), next(count))
                self._written.add(result.doc_id)
            elif converted.quads is not None:
                result = _failed(result, copy(error))
            self.results.append(result)
            if self.progress is not None:
                self.progress(result)

    def finish(self) -> None:
        """Let the writer end its batch, even through Ctrl-C (which is raised again after):
        the store must not be closed while it writes. Results not yet reported are dropped."""
        interrupted: KeyboardInterrupt | None = None
        while self._writer is not None:
            try:
                self._writer.shutdown(wait=True)
                self._writer = None
            except KeyboardInterrupt as exc:
                interrupted = exc
        if interrupted is not None:
            raise interrupted


PARALLEL_FROM = 8
"""Fewer files than this are extracted in this process (a worker costs ~0.5 s to start)."""


def default_jobs() -> int:
    """Worker processes for extraction: ``$OMGRAPH_JOBS``, else one per core beyond the one
    resolving and writing (at most 3: more would wait for the writer)."""
    named = os.environ.get("OMGRAPH_JOBS", "").strip()
    if named.isdigit():
        return int(named)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(0, min((cores or 1) - 1, 3))


def extracted_files(
    files: list[Path], max_bytes: int | None = None, jobs: int = 0
) -> Iterator[Extracted]:
    """Each file read and extracted, in order: by ``jobs`` worker processes while the caller
    resolves and writes, or here when ``jobs`` is 0 or the files are few. At most a few files
    wait extracted, so memory stays flat."""
    if jobs < 1 or len(files) < PARALLEL_FROM:
        for path in files:
            yield read_and_extract(path, max_bytes)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")  # never fork a process that holds a store
    window = 4 * jobs
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        pending: deque[Future[Extracted]] = deque()
        todo = iter(files)
        try:
            for path in todo:
                pending.append(pool.submit(read_and_extract, path, max_bytes))
                if len(pending) >= window:
                    yield _outcome(pending.popleft())
            while pending:
                yield _outcome(pending.popleft())
        finally:
            for future in pending:
                future.cancel()


def _outcome(future: Any) -> Extracted:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()  # type: ignore[no-any-return]
    except BrokenProcessPool as exc:  # a worker died (out of memory, killed)
        raise OmgraphError(
            "an extraction worker died", hint="retry with OMGRAPH_JOBS=0 to extract in one process"
        ) from exc

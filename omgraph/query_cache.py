"""Answers of slow queries kept beside the embedded store, valid until its next write.

Reading a large answer out of the store costs far more than the query's logic: every string of
every row is looked up in the store's dictionary (3-5 us each), so 14,000 decisions with their
meetings, texts and assignees take about a second on 1,000 meetings, however the query is
written. The same answer read back from a JSON file takes 30-40 ms. :func:`omgraph.queries.run`
keeps each answer of a library query that took longer than :data:`CACHE_AFTER` to compute,
under the store's *version*, and serves it again while the store is unchanged.

The version (:func:`store_version`) is made of a random token in the file ``omgraph.version``
of the store folder, the names and sizes of the store's manifest and log files (which change
with every write, also by programs other than omgraph), and the versions of omgraph, pyoxigraph
and the cache's format:

- a writer deletes the token when it takes the write lock, before its first write, and writes
  a new one when it closes (the old one again if it wrote nothing): while a writer works, and
  after a writer was killed, there is no version and nothing is cached or served;
- a reader reads the version before and after it opens the store; only if both agree is its
  view of the store the version's, and only then does it use the cache.

Every answer is a file ``VERSION-HASH.json`` in ``cache/`` (the hash is of the query text with its
parameters bound); answers of older versions are deleted when a new answer is kept. Errors of
the cache (a read-only folder, a damaged file) are never the user's: the query is computed.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as folder:
...     cache = ResultCache(Path(folder), "v1")
...     cache.put("SELECT 1", ["x"], [[1]])
...     print(cache.get("SELECT 1"), ResultCache(Path(folder), "v2").get("SELECT 1"))
(['x'], [[1]]) None
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph

from omgraph import __version__
from omgraph.terms import Value

CACHE_AFTER = 0.1
"""Seconds: answers computed faster than this are not kept (reading them back is no faster)."""

MAX_ENTRIES = 64
"""Answers kept per version at most; the least recently kept go first."""

VERSION_FILE = "omgraph.version"
CACHE_FOLDER = "cache"
CACHE_FORMAT = "1"
"""Part of every version: a change of the files' layout or of the values' conversion bumps it."""

_TMP_PREFIX, _TMP_SUFFIX = ".tmp-", ".part"
_STALE_TMP = 3600.0
"""Seconds after which a temporary file is left over from a killed process."""


def read_token(store_folder: Path) -> str | None:
    """The token of the store's version, ``None`` while a writer works (or after one was killed)."""
    try:
        token = (store_folder / VERSION_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return token if token.isalnum() else None


def clear_token(store_folder: Path) -> None:
    """Withdraw the token before a writer's first write (and remove what killed writers left)."""
    for leftover in store_folder.glob(f"{_TMP_PREFIX}*{_TMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            leftover.unlink()  # only writers write here, and this one holds the lock
    with contextlib.suppress(FileNotFoundError):
        (store_folder / VERSION_FILE).unlink()
    _sync_folder(store_folder)


def write_token(store_folder: Path, token: str | None = None) -> None:
    """Publish ``token`` (a new one by default) as the token of the store as it is now."""
    token = token or secrets.token_hex(16)
    with contextlib.suppress(OSError):
        _write_atomic(store_folder / VERSION_FILE, token.encode("ascii"))
        _sync_folder(store_folder)


def store_version(store_folder: Path) -> str | None:
    """The version of the store in ``store_folder`` as it is now; ``None``: unknown (no cache)."""
    token = read_token(store_folder)
    if token is None:
        return None
    digest = hashlib.sha256()
    for part in (token, CACHE_FORMAT, __version__, pyoxigraph.__version__):
        digest.update(part.encode("utf-8") + b"\0")
    try:
        digest.update((store_folder / "CURRENT").read_bytes())
        files = sorted(
            (entry.name, entry.stat().st_size)
            for entry in os.scandir(store_folder)
            if entry.name.startswith("MANIFEST-") or entry.name.endswith(".log")
        )
    except OSError:
        return None
    digest.update(repr(files).encode("utf-8"))
    return digest.hexdigest()[:32]


def store_cache(store_folder: Path, version: str) -> ResultCache:
    """The answers kept for ``version`` of the store in ``store_folder``; none are kept once the
    store has another version."""
    return ResultCache(
        store_folder / CACHE_FOLDER, version, lambda: store_version(store_folder) == version
    )


class ResultCache:
    """The answers kept for one version of a store, in ``folder``; ``current`` (if given) says
    whether that version is still the store's, else :meth:`put` keeps nothing."""

    def __init__(
        self, folder: Path, version: str, current: Callable[[], bool] | None = None
    ) -> None:
        self.folder = folder
        self.version = version
        self.current = current

    def _path(self, sparql: str) -> Path:
        digest = hashlib.sha256(sparql.encode("utf-8")).hexdigest()[:40]
        return self.folder / f"{self.version}-{digest}.json"

    def get(self, sparql: str) -> tuple[list[str], list[list[Value]]] | None:
        """The kept answer of ``sparql``: its columns and rows; ``None`` if there is none."""
        try:
            with self._path(sparql).open("rb") as f:
                data = json.load(f)
            if data["sparql"] != sparql:  # a hash collision, however unlikely
                return None
            columns, rows = data["columns"], data["rows"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if not (
            isinstance(columns, list)
            and all(isinstance(c, str) for c in columns)
            and isinstance(rows, list)
            and all(isinstance(r, list) and len(r) == len(columns) for r in rows)
        ):
            return None
        return columns, rows

    def put(self, sparql: str, columns: list[str], rows: list[list[Value]]) -> None:
        """Keep the answer of ``sparql``; drop answers of other versions and the oldest ones."""
        if self.current is not None and not self.current():
            return  # the store changed since this answer's view of it was opened
        data = {"sparql": sparql, "columns": columns, "rows": rows}
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        with contextlib.suppress(OSError):
            self.folder.mkdir(exist_ok=True)
            _write_atomic(self._path(sparql), text.encode("utf-8"))
            self._prune()

    def _prune(self) -> None:
        mine: list[tuple[float, Path]] = []
        now = time.time()
        for path in self.folder.iterdir():
            with contextlib.suppress(OSError):
                if path.name.startswith(_TMP_PREFIX):
                    if now - path.stat().st_mtime > _STALE_TMP:
                        path.unlink()  # left by a process killed while it wrote
                elif path.suffix != ".json":
                    continue
                elif path.name.startswith(self.version + "-"):
                    mine.append((path.stat().st_mtime, path))
                else:
                    path.unlink()
        for _, path in sorted(mine)[:-MAX_ENTRIES]:
            with contextlib.suppress(OSError):
                path.unlink()


def _write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half
    (the new file's mode follows the umask, as the store's own files)."""
    tmp = path.with_name(f"{_TMP_PREFIX}{secrets.token_hex(8)}{_TMP_SUFFIX}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _sync_folder(folder: Path) -> None:
    """Make a rename or removal in ``folder`` durable (where the system allows it)."""
    with contextlib.suppress(OSError):  # e.g. where folders cannot be opened
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

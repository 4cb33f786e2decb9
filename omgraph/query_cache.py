"""Answers of slow queries kept beside the embedded store, valid until its next write.

Reading a large answer out of the store costs far more than the query's logic: every string of
every row is looked up in the store's dictionary (3-5 us each), so 14,000 decisions with their
meetings, texts and assignees take about a second on 1,000 meetings, however the query is
written. The same answer read back from a JSON file takes 30-40 ms. :func:`omgraph.queries.run`
keeps each answer that took longer than :data:`CACHE_AFTER` to compute, under the store's
*version*, and serves it again while the store is unchanged.

The version is a random token in the file ``omgraph.version`` of the store folder:

- a writer deletes it when it takes the write lock, before its first write, and writes a new
  one when it closes (the old one again if it wrote nothing): while a writer works, and after
  a writer crashed, there is no version and nothing is cached or served;
- a reader reads it before and after it opens the store; only if both agree is its view of the
  store the version's, and only then does it use the cache.

Every answer is a file ``VERSION-HASH.json`` in ``cache/`` (the hash is of the query text with its
parameters bound); answers of older versions are deleted when a new answer is kept. Errors of
the cache (a read-only folder, a damaged file) are never the user's: the query is computed.

>>> import tempfile
>>> cache = ResultCache(Path(tempfile.mkdtemp()), "v1")
>>> cache.put("SELECT 1", ["x"], [[1]])
>>> cache.get("SELECT 1")
(['x'], [[1]])
>>> ResultCache(cache.folder, "v2").get("SELECT 1") is None
True
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import tempfile
from pathlib import Path

from omgraph.terms import Value

CACHE_AFTER = 0.1
"""Seconds: answers computed faster than this are not kept (reading them back is no faster)."""

MAX_ENTRIES = 64
"""Answers kept per version at most; the least recently kept go first."""

VERSION_FILE = "omgraph.version"
CACHE_FOLDER = "cache"


def read_version(store_folder: Path) -> str | None:
    """The store's version token, ``None`` while a writer works (or after one crashed)."""
    try:
        token = (store_folder / VERSION_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return token if token.isalnum() else None


def clear_version(store_folder: Path) -> None:
    """Withdraw the version before a writer's first write: nothing is cached until it closes."""
    with contextlib.suppress(FileNotFoundError):
        (store_folder / VERSION_FILE).unlink()


def write_version(store_folder: Path, token: str | None = None) -> None:
    """Publish ``token`` (a new one by default) as the version of the store as it is now."""
    token = token or secrets.token_hex(16)
    with contextlib.suppress(OSError):
        _write_atomic(store_folder / VERSION_FILE, token.encode("ascii"))


class ResultCache:
    """The answers kept for one version of a store, in ``folder``."""

    def __init__(self, folder: Path, version: str) -> None:
        self.folder = folder
        self.version = version

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
        if not isinstance(columns, list) or not isinstance(rows, list):
            return None
        return columns, rows

    def put(self, sparql: str, columns: list[str], rows: list[list[Value]]) -> None:
        """Keep the answer of ``sparql``; drop answers of other versions and the oldest ones."""
        data = {"sparql": sparql, "columns": columns, "rows": rows}
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        with contextlib.suppress(OSError):
            self.folder.mkdir(exist_ok=True)
            _write_atomic(self._path(sparql), text.encode("utf-8"))
            self._prune()

    def _prune(self) -> None:
        mine: list[tuple[float, Path]] = []
        for path in self.folder.iterdir():
            if path.suffix != ".json":
                continue
            with contextlib.suppress(OSError):
                if path.name.startswith(self.version + "-"):
                    mine.append((path.stat().st_mtime, path))
                else:
                    path.unlink()
        for _, path in sorted(mine)[:-MAX_ENTRIES]:
            with contextlib.suppress(OSError):
                path.unlink()


def _write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), 0o644)  # as the store's own files (mkstemp makes 0o600)
            f.write(data)
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise

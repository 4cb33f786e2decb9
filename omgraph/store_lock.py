"""A write lock on a store folder (``fcntl.flock``), so that two writers never interleave.

The lock belongs to an open file descriptor: it goes away when the process dies, even after
``kill -9``, so a crashed writer never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from omgraph.errors import StoreLockedError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class WriteLock:
    """An exclusive lock on ``path``; waits up to ``wait`` seconds for another writer."""

    def __init__(self, path: Path, *, wait: float = 30.0, poll: float = 0.1) -> None:
        self.path = path
        self.wait = wait
        self.poll = poll
        self._fd: int | None = None

    def acquire(self) -> None:
        if fcntl is None or self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise StoreLockedError(
                        "another omgraph process is writing to this store",
                        path=str(self.path.parent),
                        hint="wait for it to finish and try again",
                    ) from None
                time.sleep(self.poll)
                continue
            break
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None or fcntl is None:
            return
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> WriteLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

"""A write lock on a store folder (``fcntl.flock``), so that two writers never interleave.

The lock belongs to an open file descriptor: it goes away when the process dies, even after
``kill -9``, so a crashed writer never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from omgraph.errors import StoreLockedError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class WriteLock:
    """An exclusive lock on ``path``; waits up to ``wait`` seconds for another writer.

    ``on_wait`` is called once, with a sentence for people, when the lock is taken by another
    process and this one starts to wait (the CLI prints it on stderr; the library never prints).
    ``wait=0`` fails at once.
    """

    def __init__(
        self,
        path: Path,
        *,
        wait: float = 30.0,
        poll: float = 0.1,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        self.path = path
        self.wait = wait
        self.poll = poll
        self.on_wait = on_wait
        self._fd: int | None = None

    def holder(self) -> str:
        """The process id written by the current holder ("" if unknown)."""
        try:
            return self.path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return ""

    def acquire(self) -> None:
        if fcntl is None or self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.wait
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = self.holder()
                who = f" (pid {holder})" if holder else ""
                if time.monotonic() >= deadline:
                    os.close(fd)
                    waited = f"; gave up after {self.wait:g} s" if self.wait > 0 else ""
                    raise StoreLockedError(
                        f"another omgraph process{who} is writing to this store{waited}",
                        path=str(self.path.parent),
                        hint="try again when it has finished, or wait longer with --wait SECONDS",
                    ) from None
                if not told and self.on_wait is not None:
                    told = True
                    self.on_wait(
                        f"{self.path.parent}: another omgraph process{who} is writing to this "
                        f"store; waiting up to {self.wait:g} s for it to finish ..."
                    )
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

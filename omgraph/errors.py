"""The one exception hierarchy of omgraph.

The library never prints or exits; it raises these. Each message says what went wrong, where
(file and line, where known) and what to do. Only the CLI turns them into messages and exit codes.
"""

from __future__ import annotations


class OmgraphError(Exception):
    """Base class of every error omgraph raises on purpose."""

    def __init__(
        self, message: str, *, path: str | None = None, line: int | None = None, hint: str = ""
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        tail = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{tail}"


class InputError(OmgraphError):
    """A file cannot be read: missing, empty, binary, too large, undecodable, broken, encrypted."""


class UnsupportedFormatError(InputError):
    """The file's suffix is not one omgraph reads."""


class NotMinutesError(InputError):
    """The file was read but holds nothing that looks like minutes."""


class RegistryError(OmgraphError):
    """A curated data file (registry, topic scheme, same-as file) is malformed."""


class StoreError(OmgraphError):
    """The store cannot be opened, written or reached."""


class StoreLockedError(StoreError):
    """Another process is writing to the store."""


class QueryError(OmgraphError):
    """A query is unknown, malformed, or was given bad parameters."""


class ValidationError(OmgraphError):
    """The graph violates the SHACL shapes."""

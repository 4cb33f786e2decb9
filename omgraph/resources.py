"""Find omgraph's runtime files (queries, vocabularies, registry) wherever omgraph runs.

In a checkout the files live in ``queries/`` and ``data/`` at the repository root; in an
installed wheel the same folders are the packages ``omgraph.queries`` and ``omgraph.data``
(see ``[tool.setuptools.package-dir]`` in ``pyproject.toml``).

>>> query_dir().joinpath("meetings.rq").is_file()
True
>>> data_path("ontology.ttl").is_file()
True
"""

from __future__ import annotations

import importlib.resources
from importlib.abc import Traversable
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent


def _package_dir(package: str, folder: str) -> Traversable:
    """The folder ``folder`` as installed beside the package, else the checkout's folder.

    ``omgraph.queries`` is also the name of a module (``omgraph/queries.py``), so the folder is
    looked up as a child of the ``omgraph`` package rather than imported. A checkout (and an
    editable install, which points at it) falls back to the repository root.
    """
    installed = importlib.resources.files("omgraph").joinpath(package)
    try:
        if installed.is_dir() and any(True for _ in installed.iterdir()):
            return installed
    except OSError:
        pass
    return _REPO_ROOT / folder


def query_dir() -> Traversable:
    """The folder holding the query library (``queries/*.rq``)."""
    return _package_dir("queries", "queries")


def data_dir() -> Traversable:
    """The folder holding ontology, shapes, registry and bundled minutes (``data/``)."""
    return _package_dir("data", "data")


def data_path(name: str) -> Traversable:
    """One file in ``data/``, e.g. ``data_path("ontology.ttl")``."""
    return data_dir().joinpath(name)


def bundled_minutes() -> list[Traversable]:
    """The minutes shipped with omgraph (``data/minutes/*``), sorted by name."""
    folder = data_dir().joinpath("minutes")
    if not folder.is_dir():
        return []
    return sorted((f for f in folder.iterdir() if f.is_file()), key=lambda f: f.name)

"""Benchmark support: a seeded generator of German meeting minutes with ground truth.

The public names are imported lazily, so that ``python -m omgraph.bench.generate`` runs the
module once.

>>> from omgraph.bench import generate_corpus
>>> len(generate_corpus(3, seed=0))
3
"""

from __future__ import annotations

from typing import Any

__all__ = ["LAYOUTS", "GeneratedMinutes", "generate_corpus", "write_corpus"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from omgraph.bench import generate

        return getattr(generate, name)
    raise AttributeError(f"module 'omgraph.bench' has no attribute {name!r}")

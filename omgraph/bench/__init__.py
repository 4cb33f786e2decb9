"""Benchmark support: a seeded generator of German meeting minutes with ground truth.

>>> from omgraph.bench import generate_corpus
>>> len(generate_corpus(3, seed=0))
3
"""

from __future__ import annotations

from omgraph.bench.generate import LAYOUTS, GeneratedMinutes, generate_corpus, write_corpus

__all__ = ["LAYOUTS", "GeneratedMinutes", "generate_corpus", "write_corpus"]

"""Generate a seeded corpus of realistic German meeting minutes together with their truth.

The corpus describes one world (:mod:`omgraph.bench.world`): ~60 organisations, 400 people who
sometimes change organisation, 8 working groups whose members join and leave. Meetings follow
each other every few days from 2019 on; each is written in one of three layouts
(``strategiekreis``, ``keyvalue``, ``markdown``) with seeded spelling noise, and its truth
records exactly what a perfect parser must extract.

Usage::

    python -m omgraph.bench.generate OUT_DIR -n 1000 --seed 1

>>> docs = generate_corpus(3, seed=7)
>>> [d.truth["meeting"]["date"] < e.truth["meeting"]["date"] for d, e in zip(docs, docs[1:])]
[True, True]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from omgraph.bench.doc import Doc
from omgraph.bench.layout_protocol import render_protocol
from omgraph.bench.layout_strategiekreis import render_strategiekreis
from omgraph.bench.meeting import STRATEGIEKREIS, build_meeting, schedule
from omgraph.bench.world import World, build_world

LAYOUTS: tuple[str, ...] = ("strategiekreis", "keyvalue", "markdown")
"""Every layout the generator writes."""

TRUTH_FILE = "truth.jsonl"
"""Name of the truth file :func:`write_corpus` writes beside the documents."""


@dataclass(frozen=True)
class GeneratedMinutes:
    """One generated document and its truth."""

    file_name: str
    """``NNNN_<body>-<date>.txt`` or ``.md``."""
    text: str
    """The document text (UTF-8, ``\\n`` line ends)."""
    truth: dict[str, Any]
    """What a perfect parser extracts (JSON-serialisable; see the module docs for the schema)."""

    @property
    def layout(self) -> str:
        """The layout the document was written in."""
        return str(self.truth["layout"])


def _slug(text: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", " ": "-"})
    return "".join(c for c in text.lower().translate(table) if c.isalnum() or c == "-")


def _pick_layout(rng: random.Random, index: int, body_key: str, layouts: Sequence[str]) -> str:
    if index < len(layouts):
        return layouts[index]  # every layout appears in any corpus of len(layouts) or more
    weights = [(6 if body_key == STRATEGIEKREIS else 1) if name == "strategiekreis" else 3 for name in layouts]
    return rng.choices(list(layouts), weights)[0]


def generate_one(world: World, index: int, day: Any, body_key: str, series: int, seed: int,
                 layouts: Sequence[str] = LAYOUTS) -> GeneratedMinutes:
    """Generate the document at position ``index`` of the corpus."""
    rng = random.Random(f"omgraph-bench-doc:{seed}:{index}")
    layout = _pick_layout(rng, index, body_key, layouts)
    spec = build_meeting(world, index, day, body_key, series, rng)
    doc = Doc(world, spec, rng)
    if layout == "strategiekreis":
        render_strategiekreis(doc)
    elif layout in ("keyvalue", "markdown"):
        render_protocol(doc, markdown=layout == "markdown")
    else:
        raise ValueError(f"Unexpected layout: {layout!r}")
    suffix = ".md" if layout == "markdown" else ".txt"
    file_name = f"{index:04d}_{_slug(spec.body)}-{spec.date.isoformat()}{suffix}"
    truth = {"file_name": file_name, "layout": layout, **doc.truth}
    return GeneratedMinutes(file_name, doc.text(), truth)


def generate_corpus(n: int, seed: int = 0, *, layouts: Sequence[str] = LAYOUTS) -> list[GeneratedMinutes]:
    """Generate ``n`` minutes, in date order, deterministically for ``seed``.

    A corpus of ``n`` is the prefix of a larger corpus with the same seed and layouts.

    >>> a = generate_corpus(2, seed=1)
    >>> a == generate_corpus(2, seed=1), a[0].text == generate_corpus(2, seed=2)[0].text
    (True, False)
    """
    unknown = [name for name in layouts if name not in LAYOUTS]
    if unknown or not layouts:
        raise ValueError(f"Unknown layouts {unknown!r}; choose from {LAYOUTS!r}")
    world = build_world(seed)
    meetings = itertools.islice(schedule(world, seed), n)
    return [generate_one(world, i, day, body, series, seed, layouts)
            for i, (day, body, series) in enumerate(meetings)]


def write_corpus(directory: str | Path, n: int, seed: int = 0, *,
                 layouts: Sequence[str] = LAYOUTS) -> list[Path]:
    """Write ``n`` minutes into ``directory`` and one ``truth.jsonl`` line per file.

    Returns the paths of the documents (not of the truth file).
    """
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    with (out / TRUTH_FILE).open("w", encoding="utf-8") as truth_file:
        for minutes in generate_corpus(n, seed, layouts=layouts):
            path = out / minutes.file_name
            path.write_text(minutes.text, encoding="utf-8")
            truth_file.write(json.dumps(minutes.truth, ensure_ascii=False) + "\n")
            paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``python -m omgraph.bench.generate OUT_DIR -n 1000 --seed 1``."""
    parser = argparse.ArgumentParser(
        prog="python -m omgraph.bench.generate",
        description="Write a seeded corpus of German meeting minutes and truth.jsonl. "
                    "Example: python -m omgraph.bench.generate /tmp/corpus -n 1000 --seed 1")
    parser.add_argument("out_dir", type=Path, help="directory to write into (created if missing)")
    parser.add_argument("-n", type=int, default=100, help="number of documents (default 100)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--layout", action="append", choices=LAYOUTS,
                        help="restrict to this layout (repeatable; default: all)")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    paths = write_corpus(args.out_dir, args.n, args.seed, layouts=tuple(args.layout or LAYOUTS))
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} documents ({size / 1e6:.1f} MB) and {TRUTH_FILE} to {args.out_dir} "
          f"in {time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()

"""The rdflib side of the benchmark, in its own process: ``python -m omgraph.bench.rdflib_worker
FILE.nq NAME...`` loads the quads into an in-memory ``rdflib.Dataset`` (union default graph),
then runs each named library query once and prints one JSON line per query
(``{"seconds": ..., "rows": ...}`` or ``{"error": ...}``), after a first line ``{"load_s": ...}``.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> None:
    """Load, then time each query; see the module docs."""
    from rdflib import Dataset

    from omgraph import queries

    path, *names = list(sys.argv[1:] if argv is None else argv)
    began = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.parse(path, format="nquads")
    print(json.dumps({"load_s": time.perf_counter() - began}), flush=True)
    for name in names:
        text = queries.bind(queries.load_query(name))
        began = time.perf_counter()
        try:
            rows = len(list(dataset.query(text)))
        except Exception as exc:  # rdflib's own parse or evaluation errors
            print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}), flush=True)
            continue
        print(json.dumps({"seconds": time.perf_counter() - began, "rows": rows}), flush=True)


if __name__ == "__main__":
    main()

"""The rdflib side of the benchmark, in its own process: ``python -m omgraph.bench.rdflib_worker
FILE.nq TIMEOUT NAME...`` loads the quads into an in-memory ``rdflib.Dataset`` (union default
graph), then runs each named library query once and prints one JSON line per query
(``{"seconds": ..., "rows": ...}``, ``{"timeout": TIMEOUT}`` or ``{"error": ...}``), after a
first line ``{"load_s": ...}``.

Where the system can fork, each query runs in a forked child that shares the loaded dataset and
is killed after TIMEOUT seconds: a slow query costs its time limit, not a reload of the quads.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any


def main(argv: Sequence[str] | None = None) -> None:
    """Load, then time each query; see the module docs."""
    from rdflib import Dataset

    from omgraph import queries

    path, timeout, *names = list(sys.argv[1:] if argv is None else argv)
    began = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.parse(path, format="nquads")
    print(json.dumps({"load_s": time.perf_counter() - began}), flush=True)
    for name in names:
        text = queries.bind(queries.load_query(name))
        print(json.dumps(_limited(lambda t=text: _timed(dataset, t), float(timeout))), flush=True)


def _timed(dataset: Any, text: str) -> dict[str, Any]:
    began = time.perf_counter()
    try:
        rows = len(list(dataset.query(text)))
    except Exception as exc:  # rdflib's own parse or evaluation errors
        return {"error": f"{type(exc).__name__}: {exc}"}
    return {"seconds": time.perf_counter() - began, "rows": rows}


def _limited(job: Callable[[], dict[str, Any]], timeout: float) -> dict[str, Any]:
    """``job()`` in a forked child killed after ``timeout`` s (in this process without fork)."""
    if not hasattr(os, "fork"):
        return job()
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the child: run, report, leave without cleaning up the parent's state
        os.close(read)
        try:
            os.write(write, json.dumps(job()).encode())
        finally:
            os._exit(0)
    os.close(write)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, _ = os.waitpid(child, os.WNOHANG)
        if done:
            break
        time.sleep(0.05)
    else:
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        os.close(read)
        return {"timeout": timeout}
    with os.fdopen(read, "rb") as pipe:
        answer = pipe.read()
    return json.loads(answer) if answer else {"error": "the query's process died"}


if __name__ == "__main__":
    main()

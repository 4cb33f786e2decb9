"""The ``omgraph`` command line: each command parses options, calls one library function, prints.

Heavy libraries (pyoxigraph, rdflib, rich) are imported inside the commands, so that
``omgraph --help`` starts fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import click

from omgraph.errors import OmgraphError

if TYPE_CHECKING:
    from omgraph.store import Store

F = TypeVar("F", bound=Callable[..., Any])


EXIT_FAILED = 1
"""Exit code: something failed (a file, a query, the validation); the message says what."""
EXIT_LOCKED = 3
"""Exit code: another omgraph process is writing to the store (see ``--wait``)."""


class _Failure(click.ClickException):
    """A one-line error message with its own exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@contextmanager
def _errors(ctx: click.Context) -> Iterator[None]:
    """Turn the library's errors into one-line messages (tracebacks only with --debug)."""
    from omgraph.errors import StoreLockedError

    try:
        yield
    except OmgraphError as exc:
        if ctx.obj.get("debug"):
            raise
        code = EXIT_LOCKED if isinstance(exc, StoreLockedError) else EXIT_FAILED
        raise _Failure(str(exc), code) from None


def _store(ctx: click.Context, *, write: bool = False) -> Store:
    from omgraph.store import open_store

    def waiting(message: str) -> None:
        click.echo(message, err=True)

    return open_store(
        ctx.obj["store"], read_only=not write, wait=ctx.obj.get("wait", 300.0), on_wait=waiting
    )


class ByteSize(click.ParamType):
    """A size like ``50MB``, ``512KB``, ``2GB`` or a number of bytes (MB = 2**20 bytes)."""

    name = "SIZE"
    _UNITS: ClassVar[dict[str, int]] = {
        "": 1, "b": 1, "k": 2**10, "kb": 2**10, "m": 2**20, "mb": 2**20, "g": 2**30, "gb": 2**30,
    }  # fmt: skip

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        import re

        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", str(value))
        unit = match.group(2).lower() if match else ""
        if match is None or unit not in self._UNITS or float(match.group(1)) <= 0:
            self.fail(f"{value!r} is not a size; write e.g. 50MB, 512KB or 1000000", param, ctx)
        return int(float(match.group(1)) * self._UNITS[unit])


def output_options(f: F) -> F:
    """``--format table|csv|json``, shared by the commands that print rows."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "csv", "json"]),
        default="table",
        show_default=True,
        help="json prints only a JSON array of row objects.",
    )(f)


def print_rows(rows: list[dict[str, Any]], fmt: str, columns: list[str] | None = None) -> None:
    """Print rows as a table (stdout), CSV or a JSON array."""
    columns = columns or (list(rows[0]) if rows else [])
    if fmt == "json":
        import json

        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({k: ("" if v is None else v) for k, v in r.items()} for r in rows)
    elif len(rows) > RICH_ROWS:
        # rich measures and wraps every cell: 14,000 rows took 21 s; plain columns take 0.1 s
        click.echo("\n".join(plain_table(rows, columns)))
        click.echo(
            f"{len(rows)} row(s); cells longer than {CELL_WIDTH} characters are cut "
            "(--format csv or json gives them whole)",
            err=True,
        )
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns, show_lines=False)
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        console = Console()
        if not console.is_terminal:
            console = Console(width=max(console.width, 200))
        console.print(table)
        click.echo(f"{len(rows)} row(s)", err=True)


RICH_ROWS = 500
"""Tables of more rows are printed as plain columns."""
CELL_WIDTH = 60


def plain_table(rows: list[dict[str, Any]], columns: list[str]) -> list[str]:
    """Lines of a table in plain columns, cells cut at :data:`CELL_WIDTH` characters.

    >>> plain_table([{"a": "x", "b": None}, {"a": "yyy", "b": 2}], ["a", "b"])
    ['a    b', '---  -', 'x', 'yyy  2']
    """

    def cell(value: object) -> str:
        text = "" if value is None else " ".join(str(value).split())
        return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"

    cells = [[cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(line[i]) for line in cells)]) for i, c in enumerate(columns)]

    def line(values: list[str]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    return [line(columns), line(["-" * w for w in widths]), *map(line, cells)]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--store",
    envvar="OMGRAPH_STORE",
    default=None,
    metavar="DIR|URL",
    help="Store folder or SPARQL endpoint URL [env OMGRAPH_STORE; default ./.omgraph].",
)
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.option(
    "--wait",
    default=300.0,
    show_default=True,
    type=click.FloatRange(min=0),
    metavar="SECONDS",
    help="How long a writer (ingest, remove, query --update) waits while another omgraph "
    "process writes to the same store; 0 fails at once (exit code 3). Readers never wait.",
)
@click.version_option(package_name="omgraph")
@click.pass_context
def cli(ctx: click.Context, store: str | None, debug: bool, wait: float) -> None:
    """German meeting minutes -> a knowledge graph you can query.

    \b
    Example:
        omgraph ingest data/minutes/
        omgraph query group-members --param group="AG Beratungsverständnis"
    """
    ctx.ensure_object(dict)
    ctx.obj.update(store=store, debug=debug, wait=wait)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
@click.option(
    "--max-size",
    "max_size",
    type=ByteSize(),
    default="50MB",
    show_default=True,
    help="Refuse files larger than this (e.g. 200MB).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=0),
    default=None,
    help="Worker processes that read and extract files while one resolves and writes "
    "[default: $OMGRAPH_JOBS, else one per spare core, at most 3; 0: none].",
)
@click.pass_context
def ingest(
    ctx: click.Context, paths: tuple[str, ...], quiet: bool, max_size: int, jobs: int | None
) -> None:
    """Add minutes (.txt .md .docx .pdf; folders recursively) to the store.

    Re-ingesting a file replaces its facts. Each file goes in wholly or not at all (files
    are written in batches, about every 2 s): a file that fails (empty, binary, damaged,
    password-protected, not minutes, too large) gets one line on stderr saying which file,
    where and what to do, and leaves the store unchanged; the other files are still
    ingested. Interrupted, the store keeps the batches written so far. Another writer on the
    same store is waited for (see `omgraph --wait`).

    \b
    Exit codes:
        0  every file was ingested
        1  at least one file failed (the others were ingested)
        2  wrong usage (unknown option, missing argument)
        3  another omgraph process is writing to the store (after --wait)

    \b
    Example:
        omgraph ingest data/minutes/2019-11-21-strategiekreis.txt
        omgraph --store ./graph ingest minutes/
    """
    from omgraph.pipeline import IngestResult, default_jobs, input_files
    from omgraph.pipeline import ingest as run_ingest

    with _errors(ctx):
        files = input_files(paths)
        with _store(ctx, write=True) as store, _progress(len(files), quiet) as advance:

            def report(result: IngestResult) -> None:
                advance()
                if result.error is not None:
                    click.echo(f"Error: {result.error}", err=True)
                    if ctx.obj["debug"] and result.exception is not None:
                        import traceback

                        traceback.print_exception(result.exception, file=sys.stderr)

            results = run_ingest(
                store,
                files,
                progress=report,
                max_bytes=max_size,
                jobs=default_jobs() if jobs is None else jobs,
            )
            good = [r for r in results if r.ok]
            # (counting the whole store takes a while on a large one: only when it is shown)
            total = store.triple_count() if good and not quiet else 0
    if good and not quiet:
        rows = [{"document": r.doc_id, **r.counts} for r in good]
        print_rows(rows, "table")
        click.echo(
            f"{len(good)} of {len(results)} file(s) ingested; store holds {total} triples.",
            err=True,
        )
    if len(good) < len(results):
        if len(results) > 1:
            click.echo(f"{len(results) - len(good)} file(s) failed; see the lines above.", err=True)
        ctx.exit(EXIT_FAILED)


@contextmanager
def _progress(total: int, quiet: bool) -> Iterator[Callable[[], None]]:
    """A rich progress bar on stderr for many files; a no-op for few."""
    if quiet or total < 3:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("ingesting", total=total)
        yield lambda: bar.advance(task)


def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    parsed = {}
    for item in params:
        if "=" not in item:
            raise click.BadParameter(f"expected KEY=VALUE, got {item!r}", param_hint="--param")
        key, value = item.split("=", 1)
        parsed[key.strip()] = value
    return parsed


@cli.command()
@click.argument("name", required=False)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="Bind a query parameter (repeatable). Values are bound, never pasted.",
)
@click.option("--list", "list_", is_flag=True, help="List the query library.")
@click.option(
    "--file",
    "file_",
    type=click.File("r", encoding="utf-8"),
    help="Run your own SPARQL from a file (SELECT/ASK/CONSTRUCT).",
)
@click.option("--update", is_flag=True, help="Allow --file to be a SPARQL UPDATE.")
@click.option(
    "--no-cache",
    is_flag=True,
    help="Compute the answer afresh (slow answers are otherwise kept until the store changes).",
)
@output_options
@click.pass_context
def query(
    ctx: click.Context,
    name: str | None,
    params: tuple[str, ...],
    list_: bool,
    file_: Any,
    update: bool,
    no_cache: bool,
    fmt: str,
) -> None:
    """Answer a question from the query library (queries/NAME.rq), or your own SPARQL.

    \b
    Example:
        omgraph query --list
        omgraph query participants --param meeting=2019-11-21 --format csv
        omgraph query group-members --param group="AG Beratungsverständnis" --format json
        omgraph query --file my.rq
    """
    from omgraph import queries

    bound = _parse_params(params)
    with _errors(ctx):
        rows: list[dict[str, Any]]
        if list_:
            rows = [
                {
                    "name": q.name,
                    "question": q.question,
                    "parameters": ", ".join(p.name for p in q.params),
                    "columns": ", ".join(q.columns),
                }
                for q in queries.list_queries()
            ]
            print_rows(rows, fmt)
            return
        if file_ is not None:
            text = file_.read()
            write = update and queries.is_update(text)
            with _store(ctx, write=write) as store:
                rows = queries.run_file(store, text, bound, allow_update=update)
            print_rows(rows, fmt)
            return
        if not name:
            raise click.UsageError("give a query NAME, --list or --file FILE")
        named = queries.load_query(name)
        with _store(ctx) as store:
            rows = queries.run(store, named, bound, cache=not no_cache)
    print_rows(rows, fmt, list(named.columns) if not rows else None)


@cli.command()
@output_options
@click.pass_context
def stats(ctx: click.Context, fmt: str) -> None:
    """Count meetings, people, organisations, groups, decisions and triples.

    \b
    Example:
        omgraph stats
        omgraph stats --format json
    """
    from omgraph import queries

    with _errors(ctx), _store(ctx) as store:
        rows = queries.run(store, "stats")
        for row in rows:
            row["triples"] = store.triple_count()
    print_rows(rows, fmt)


@cli.command()
@output_options
@click.pass_context
def documents(ctx: click.Context, fmt: str) -> None:
    """List the ingested documents: id, source file, hash, triples.

    \b
    Example:
        omgraph documents --format csv
    """
    from omgraph import queries

    with _errors(ctx), _store(ctx) as store:
        rows = queries.run(store, "documents")
    print_rows(rows, fmt)


@cli.command()
@click.option("--kind", type=click.Choice(["person", "organisation"]), help="Only people or organisations.")
@click.option("--near-misses", is_flag=True, help="Show only the near-misses that were kept apart.")
@click.option("--meeting", help="Only meetings whose date, id, title or body contains this.")
@output_options
@click.pass_context
def resolve(
    ctx: click.Context, kind: str | None, near_misses: bool, meeting: str | None, fmt: str
) -> None:
    """List the merges entity resolution made (spellings, evidence, score) and the near-misses
    it kept apart.

    To correct it, write a same-as file (YAML) and ingest again; omgraph reads
    `same-as.yaml` in the store folder, or the file named by OMGRAPH_SAME_AS:

    \b
        same_as:
          - [Dr. Meyer, Joachim Berendt]        # names as written, or keys
        not_same_as:
          - [Brigitte Domschke, Birgit Domschke]

    \b
    Example:
        omgraph resolve --kind person
        omgraph resolve --near-misses --format csv
    """
    from omgraph import queries

    params = {"kind": kind, "meeting": meeting, "merged": "false" if near_misses else None}
    with _errors(ctx), _store(ctx) as store:
        rows = queries.run(store, "merges", {k: v for k, v in params.items() if v})
    print_rows(rows, fmt)


@cli.command()
@click.argument("doc_ids", nargs=-1, required=True)
@click.pass_context
def remove(ctx: click.Context, doc_ids: tuple[str, ...]) -> None:
    """Remove documents (by id, see `omgraph documents`) and all their facts.

    \b
    Example:
        omgraph remove 2019-11-21-strategiekreis
    """
    with _errors(ctx), _store(ctx, write=True) as store:
        missing = [d for d in doc_ids if not store.remove_document(d)]
    for doc_id in missing:
        click.echo(f"Error: no document {doc_id!r} in the store", err=True)
    if missing:
        ctx.exit(1)


@cli.command()
@click.option("--meeting", help="Only meetings whose date, id, title or body contains this.")
@click.option("--warnings/--no-warnings", default=True, show_default=True, help="List warnings too.")
@output_options
@click.pass_context
def validate(ctx: click.Context, meeting: str | None, warnings: bool, fmt: str) -> None:
    """Check each document's graph against the SHACL shapes (data/shapes.ttl).

    Prints one row per finding: document, line, severity, the node (its label), the property
    and what is wrong. Exits 1 if there is any violation (warnings alone exit 0).

    \b
    Example:
        omgraph validate
        omgraph validate --meeting 2019-11-21 --format json
    """
    from omgraph.validate import validate_store

    with _errors(ctx), _store(ctx) as store:
        report = validate_store(store, meeting=meeting)
    shown = [f for f in report.findings if warnings or f.severity == "violation"]
    columns = ["document", "line", "severity", "node", "path", "message", "text"]
    rows = [
        {"document": f.document, "line": f.line, "severity": f.severity, "node": f.label,
         "path": f.path, "message": f.message, "text": f.text}
        for f in shown
    ]  # fmt: skip
    if rows or fmt != "table":
        print_rows(rows, fmt, columns)
    click.echo(
        f"{len(report.documents)} document graph(s) checked: {len(report.violations)} "
        f"violation(s), {len(report.warnings)} warning(s).",
        err=True,
    )
    if not report.conforms:
        ctx.exit(EXIT_FAILED)


@cli.command()
@click.option(
    "--format",
    "fmt",
    default="turtle",
    show_default=True,
    type=click.Choice(["turtle", "jsonld", "trig", "nt", "nq", "xml", "graphml", "gexf"]),
    help="turtle/nt/xml merge the graphs; trig/nq/jsonld keep one graph per document; "
    "graphml/gexf write the network for Gephi (needs -o).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="File to write (default: stdout).",
)
@click.pass_context
def export(ctx: click.Context, fmt: str, output: str | None) -> None:
    """Export the whole graph as RDF.

    \b
    Example:
        omgraph export --format turtle -o graph.ttl
        omgraph export --format trig > graph.trig
        omgraph export --format graphml -o network.graphml
    """
    if fmt in {"graphml", "gexf"}:
        _export_network(ctx, fmt, output)
        return
    with _errors(ctx), _store(ctx) as store:
        if output:
            from pathlib import Path

            with Path(output).open("wb") as out:
                store.export(fmt, out)
        else:
            store.export(fmt, sys.stdout.buffer)
            sys.stdout.buffer.flush()


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="json prints only a JSON array of concept objects (key, topic, depth, counts).",
)
@click.option("--meeting", help="Count only meetings whose date, id, title or body contains this.")
@click.pass_context
def topics(ctx: click.Context, fmt: str, meeting: str | None) -> None:
    """Print the topic scheme as a tree, with how often the minutes name each concept.

    `mentions` counts the passages naming the concept, `total` those naming it or a
    narrower concept.

    \b
    Example:
        omgraph topics
        omgraph topics --format json --meeting 2019-11-21
    """
    from omgraph.topics_report import topic_counts, topic_tree
    from omgraph.topics_scheme import load_scheme

    with _errors(ctx), _store(ctx) as store:
        rows = topic_tree(load_scheme(), topic_counts(store, meeting))
    if fmt == "table":
        shown = [
            {
                "topic": "  " * r["depth"] + r["topic"],
                "kind": r["kind"],
                "mentions": r["mentions"],
                "total": r["mentions_total"],
            }
            for r in rows
        ]
        print_rows(shown, fmt)
    else:
        print_rows([dict(r) for r in rows], fmt)


# --- network views, analytics and Gephi export (omgraph.network, omgraph.viz) ---------------

VIEWS = ("partners", "groups", "topics", "meeting", "person", "organisation")


@cli.command()
@click.argument("view_name", metavar="VIEW", type=click.Choice(VIEWS))
@click.argument("name", required=False)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="HTML file to write [default: VIEW.html].",
)
@click.option("--meeting", help="Only meetings whose date, id, title or body contains this.")
@click.option(
    "--depth",
    default=1,
    show_default=True,
    type=click.IntRange(1, 5),
    help="Links around NAME (person and organisation views).",
)
@click.pass_context
def viz(
    ctx: click.Context,
    view_name: str,
    name: str | None,
    output: str | None,
    meeting: str | None,
    depth: int,
) -> None:
    """Write an interactive network view as one self-contained HTML file (works offline).

    VIEW is partners, groups, topics, meeting, or person NAME / organisation NAME (ego network).

    \b
    Example:
        omgraph viz partners -o partners.html
        omgraph viz organisation BMAS --depth 2 -o bmas.html
    """
    from omgraph import network
    from omgraph import viz as views

    with _errors(ctx), _store(ctx) as store:
        if view_name == "partners":  # the lean queries of the partners only
            H = network.partner_view(store, meeting=meeting)
        else:
            G = network.build_graph(store, meeting=meeting)
            H = network.view(G, view_name, focus=name, depth=depth)
        title = f"omgraph: {view_name}" + (f" {name}" if name else "")
        path = views.render(H, output or f"{view_name}.html", title=title)
    click.echo(f"{path}: {H.number_of_nodes()} nodes, {H.number_of_edges()} edges", err=True)


@cli.command()
@click.option("--meeting", help="Only meetings whose date, id, title or body contains this.")
@output_options
@click.pass_context
def analyze(ctx: click.Context, meeting: str | None, fmt: str) -> None:
    """Centrality, communities and group bridges of organisations and people.

    Rows come sorted by how many working groups an organisation or person sits in, then by
    betweenness: the organisations bridging the most groups come first.

    \b
    Example:
        omgraph analyze
        omgraph analyze --format csv > network.csv
    """
    from omgraph import network

    with _errors(ctx), _store(ctx) as store:
        rows = network.analyze(network.build_graph(store, meeting=meeting))
    print_rows(rows, fmt)


def _export_network(ctx: click.Context, fmt: str, output: str | None) -> None:
    """``omgraph export --format graphml|gexf``: the whole network, for Gephi."""
    from omgraph import network

    if not output:
        raise click.UsageError(f"--format {fmt} needs -o FILE")
    with _errors(ctx), _store(ctx) as store:
        G = network.build_graph(store)
        network.write_graph(G, output, fmt)
    click.echo(f"{output}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges", err=True)


# --- end of network commands ----------------------------------------------------------------


def main() -> None:
    """Entry point of the ``omgraph`` console script."""
    cli(obj={})


__all__ = ["cli", "main", "print_rows"]

if __name__ == "__main__":  # python -m omgraph.cli
    main()

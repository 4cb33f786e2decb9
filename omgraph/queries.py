"""The query library: load ``queries/NAME.rq``, bind parameters as values, return plain rows.

Each ``.rq`` file starts with a comment block::

    # question: Who attended which meeting, for which organisation?
    # param meeting: narrow to meetings whose date, document id, title or body contains this
    # param breaks = no (yes|no): include breaks and unnumbered entries
    # columns: meeting, person, organisation

A parameter may declare its accepted values in brackets after the default (``(yes|no)``);
any other value raises :class:`QueryError` listing them (case is ignored, the declared spelling
is bound). A parameter ``NAME`` is the variable ``?param_NAME`` in the query. A given value is bound with
a ``VALUES`` block built from an RDF literal (serialised and escaped by pyoxigraph) at the top
of the outer ``WHERE`` group; it is never pasted into the query text as text. A parameter that
is not given (and has no default) stays unbound, and the query's
``FILTER(!BOUND(?param_NAME) || ...)`` lets everything through.

A subquery is evaluated on its own, before it is joined: it does not see the outer block. A
query that filters inside a subquery (to narrow the rows early, before the joins that make a
filter on the whole answer slow) marks the place with a comment line ``#VALUES ?param_NAME ...``
there; :func:`bind` turns it into the ``VALUES`` block of those of the named parameters that
have a value (the line stays a comment when none has).

>>> q = load_query("participants")
>>> q.columns[:3]
('meeting', 'person', 'organisation')
>>> "VALUES (?param_meeting)" in bind(q, {"meeting": 'x" } ; DROP ALL'})
True
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from pyoxigraph import Literal

from omgraph.errors import QueryError
from omgraph.query_cache import CACHE_AFTER
from omgraph.resources import query_dir
from omgraph.store import QueryResult, Store
from omgraph.terms import Term, Value, from_ox

_PARAM = re.compile(
    r"#\s*param\s+([A-Za-z_][\w-]*)\s*(?:=\s*([^:(]*?))?\s*(?:\(([^)]*)\))?\s*:\s*(.*)"
)
_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+[\w-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_SLOT = re.compile(r"#[ \t]*VALUES((?:[ \t]+\?param_[A-Za-z_]\w*)+)[ \t]*")
"""A comment line ``#VALUES ?param_a ?param_b`` marking where a subquery binds parameters."""
_LEXEMES = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*",
    re.DOTALL,
)
"""SPARQL's strings, IRIs and comments: a ``#`` in a string or an IRI starts no comment."""


@dataclass(frozen=True)
class Param:
    """A query parameter, as declared in the header."""

    name: str
    description: str
    default: str | None = None
    choices: tuple[str, ...] = ()
    """The accepted values, when the header declares them (``(found|broader|top)``)."""

    def check(self, value: str, query: str) -> str:
        """``value`` in its declared spelling; :class:`QueryError` if it is not accepted."""
        if not self.choices:
            return value
        for choice in self.choices:
            if choice.casefold() == value.strip().casefold():
                return choice
        raise QueryError(
            f"query {query!r}: {value!r} is not a value of parameter {self.name!r}",
            hint=f"accepted values of {self.name}: {', '.join(self.choices)}",
        )


@dataclass(frozen=True)
class NamedQuery:
    """A query of the library (or a user's file)."""

    name: str
    text: str
    question: str = ""
    params: tuple[Param, ...] = ()
    columns: tuple[str, ...] = ()

    def param_names(self) -> list[str]:
        return [p.name for p in self.params]


def parse_query(name: str, text: str) -> NamedQuery:
    """Read the header comment of a query text into a :class:`NamedQuery`."""
    question, params = "", []
    columns: tuple[str, ...] = ()
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        body = stripped.lstrip("#").strip()
        if body.lower().startswith("question:"):
            question = body.split(":", 1)[1].strip()
        elif body.lower().startswith("columns:"):
            columns = tuple(c.strip() for c in body.split(":", 1)[1].split(",") if c.strip())
        elif match := _PARAM.match(stripped):
            default = match.group(2).strip() if match.group(2) else None
            choices = tuple(c.strip() for c in (match.group(3) or "").split("|") if c.strip())
            param = Param(match.group(1), match.group(4).strip(), default, choices)
            if default:
                param.check(default, name)  # a header whose default is not a choice is a bug
            params.append(param)
    return NamedQuery(name, text, question, tuple(params), columns)


def list_queries() -> list[NamedQuery]:
    """Every query of the library, by name."""
    files = [f for f in query_dir().iterdir() if f.name.endswith(".rq")]
    return [
        parse_query(f.name[:-3], f.read_text(encoding="utf-8"))
        for f in sorted(files, key=lambda f: f.name)
    ]


def load_query(name: str) -> NamedQuery:
    """The library query ``name`` (``queries/NAME.rq``)."""
    path = query_dir().joinpath(f"{name}.rq")
    if not re.fullmatch(r"[\w-]+", name) or not path.is_file():
        known = ", ".join(q.name for q in list_queries())
        raise QueryError(f"unknown query {name!r}", hint=f"known queries: {known}")
    return parse_query(name, path.read_text(encoding="utf-8"))


def is_update(text: str) -> bool:
    """True when ``text`` is a SPARQL UPDATE rather than a query."""
    return bool(_UPDATE.match(_blank_comments(text)))


def _blank_comments(text: str) -> str:
    """``text`` with its comments and the insides of its strings blanked (offsets kept)."""

    def blank(lexeme: re.Match[str]) -> str:
        word = lexeme.group()
        if word.startswith("<"):
            return word
        return re.sub(r"[^\n]", " ", word)

    return _LEXEMES.sub(blank, text)


def _slots(text: str) -> list[tuple[int, int, list[str]]]:
    """The ``#VALUES`` slots of ``text``: (start, end, parameter variables) of each comment that
    is a slot and stands on a line of its own (not one in a string, nor after code)."""
    found = []
    for lexeme in _LEXEMES.finditer(text):
        slot = _SLOT.fullmatch(lexeme.group())
        line_start = text.rfind("\n", 0, lexeme.start()) + 1
        if slot and not text[line_start : lexeme.start()].strip():
            found.append((lexeme.start(), lexeme.end(), slot.group(1).split()))
    return found


def bind(query: NamedQuery, params: dict[str, str] | None = None, *, strict: bool = True) -> str:
    """The query text with ``params`` (and defaults) bound in a ``VALUES`` block.

    Raises :class:`QueryError` for a parameter the query does not declare (when ``strict``).
    """
    params = dict(params or {})
    declared = query.param_names()
    unknown = sorted(set(params) - set(declared))
    if unknown and strict:
        accepted = ", ".join(declared) or "none"
        raise QueryError(
            f"query {query.name!r} has no parameter {', '.join(unknown)}",
            hint=f"accepted parameters: {accepted}",
        )
    values = {p.name: p.default for p in query.params if p.default not in (None, "")}
    values.update(params)
    for p in query.params:
        if p.name in values:
            values[p.name] = p.check(str(values[p.name]), query.name)
    if not values:
        return query.text
    match = _WHERE.search(_blank_comments(query.text))
    if match is None:
        raise QueryError(f"query {query.name!r} has no WHERE clause to bind parameters in")
    bound = {f"?param_{_var(k)}": str(Literal(str(v))) for k, v in values.items()}

    def values_block(names: list[str]) -> str:
        return f"VALUES ({' '.join(names)}) {{ ({' '.join(bound[n] for n in names)}) }}"

    rest = query.text[match.end() :]
    text = query.text[: match.end()] + f"\n  {values_block(list(bound))}\n"
    done = 0
    for start, end, slot_vars in _slots(rest):
        names = [n for n in dict.fromkeys(slot_vars) if n in bound]
        if names:
            text += rest[done:start] + values_block(names)
            done = end
    return text + rest[done:]


def _var(name: str) -> str:
    if not re.fullmatch(r"[A-Za-z_][\w-]*", name):
        raise QueryError(f"invalid parameter name {name!r}", hint="use letters, digits, _ and -")
    return name.replace("-", "_")


def run(
    store: Store,
    query: NamedQuery | str,
    params: dict[str, str] | None = None,
    *,
    strict: bool = True,
    cache: bool = True,
) -> list[dict[str, Value]]:
    """Run a library query (by name) or a :class:`NamedQuery` and return plain rows.

    Values are ``str``/``int``/``float``/``bool``/``None``: dates ISO, times ``HH:MM``; empty
    strings (e.g. an empty ``GROUP_CONCAT``) become ``None``. An answer that took long to
    compute is kept until the store changes and read back the next time (``cache=False``:
    always computed; see :mod:`omgraph.query_cache`).
    """
    named = load_query(query) if isinstance(query, str) else query
    if is_update(named.text):
        raise QueryError(
            "this is a SPARQL UPDATE, not a query", hint="pass --update to run an update on purpose"
        )
    sparql = bind(named, params, strict=strict)
    kept = store.result_cache() if cache else None
    answer = kept.get(sparql) if kept is not None else None
    if answer is None:
        started = time.perf_counter()
        answer = _plain(store.query(sparql))
        if kept is not None and time.perf_counter() - started >= CACHE_AFTER:
            kept.put(sparql, *answer)
    columns, values = answer
    return [dict(zip(columns, row, strict=True)) for row in values]


def _plain(result: QueryResult) -> tuple[list[str], list[list[Value]]]:
    """The columns and rows of ``result`` as plain values (``""`` becomes ``None``)."""
    # Rows repeat their values (a meeting's label, a person's name in every row of theirs):
    # each distinct term is converted once, which makes large results several times faster.
    plain: dict[Term | None, Value] = {}
    values = []
    for row in result.rows:
        line = []
        for term in row:
            try:
                value = plain[term]
            except KeyError:
                value = from_ox(term)
                value = plain[term] = None if value == "" else value
            line.append(value)
        values.append(line)
    return result.columns, values


def run_file(
    store: Store, text: str, params: dict[str, str] | None = None, *, allow_update: bool = False
) -> list[dict[str, Value]]:
    """Run a user's own SPARQL; updates only with ``allow_update`` (then returns ``[]``)."""
    named = parse_query("file", text)
    if is_update(text):
        if not allow_update:
            raise QueryError(
                "refusing to run a SPARQL UPDATE",
                hint="pass --update to change the store on purpose",
            )
        store.update(text)
        return []
    # never kept: a user's query may answer differently each time (NOW(), RAND(), SERVICE)
    return run(store, named, params, strict=False, cache=False)

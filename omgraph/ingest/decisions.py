"""Decisions inside a section: markers and their lists, votes on their own lines, motions."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from omgraph.ingest.parse import Line
from omgraph.ingest.tasks import (
    assignees,
    due_date,
    labelled_assignee,
    prose_resolution,
    prose_task,
    task_subject,
)
from omgraph.ingest.text import folded, holds_any
from omgraph.ingest.votes import parse_vote
from omgraph.model import (
    Decision,
    SourceSpan,
    Vote,
)

if TYPE_CHECKING:
    from omgraph.ingest.sections import _Reader


LISTED_RE = re.compile(r"^\s*(?:[-*•+]|\d+[.)])\s+(?:\[[ xX]?\]\s*)?(?P<text>\S.*)$")


def add_decision(reader: _Reader, item: str, kind: str, text: str, span: SourceSpan) -> None:
    text = text.strip()
    vote = parse_vote(text)
    who = labelled_assignee(text, span) or assignees(text, span, kind)
    if not who and kind == "task":
        task = prose_task(text, span, reader.year)
        who = task[1] if task else task_subject(text, span)
    due = due_date(text, reader.year)
    reader.decisions.append(Decision(item, kind, text, span, vote, who, due))  # type: ignore[arg-type]


OUTCOME_RE = re.compile(
    r"\b(?:angenommen|abgelehnt|gewählt|beschlossen|entlastet|bestätigt|verabschiedet|genehmigt)\b",
    re.I,
)
MOTION_RE = re.compile(
    r"\bbeantragt\b|\bschlägt\b.*\bvor\b|\bstellt\b.*\bAntrag\b|^Antrag\s*:", re.I
)
# Every match of OUTCOME_RE (MOTION_RE) holds one of these words in folded text: the pattern
# only runs on lines that hold one (most lines do not).
_OUTCOME_WORDS = (
    "angenommen", "abgelehnt", "gewählt", "beschlossen", "entlastet", "bestätigt",
    "verabschiedet", "genehmigt",
)  # fmt: skip
_MOTION_WORDS = ("antrag", "schlägt")


def states_outcome(text: str) -> bool:
    """Whether ``text`` names the outcome of a vote (:data:`OUTCOME_RE`)."""
    return holds_any(folded(text), _OUTCOME_WORDS) and bool(OUTCOME_RE.search(text))


def makes_motion(text: str) -> bool:
    """Whether ``text`` moves or proposes something (:data:`MOTION_RE`)."""
    return holds_any(folded(text), _MOTION_WORDS) and bool(MOTION_RE.search(text))


COUNT_LINE_RE = re.compile(
    r"^(?:Ja|Nein|Dafür|Dagegen|Enthaltung(?:en)?|Gegenstimmen?|Ja-Stimmen|Nein-Stimmen)\s*:\s*\d+\s*$",
    re.I,
)


def votes_before_resolutions(body: tuple[Line, ...]) -> set[int]:
    """Line numbers of vote counts written on their own lines just before the sentence that
    states the outcome ("Ja: 16" / "Nein: 0" / "Enthaltung: 1" / "Der Antrag wird angenommen.")."""
    found: set[int] = set()
    run: list[int] = []
    for line in body:
        if not line.text:
            continue
        if COUNT_LINE_RE.match(line.text):
            run.append(line.number)
            continue
        if run and (prose_resolution(line.text) or states_outcome(line.text)):
            found.update(run)
        run = []
    return found


VOTED_ON_RE = re.compile(
    r"abgestimmt|Abstimmung|Antrag|beantragt|\?\s*$|Meinungsbild|stimmen\s+über", re.I
)
VOTE_HEAD_RE = re.compile(
    r"^(?:[-*•]\s*)?(?:Das\s+)?(?:Ergebnis(?:\s+der\s+Abstimmung)?|Abstimmung(?:sergebnis)?|Meinungsbild)\b",
    re.I,
)


def counted_vote(text: str) -> Vote | None:
    """A line that reports a vote with counts ("Abstimmung: 8 dafür, 1 dagegen, 1 Enthaltung",
    "Das Ergebnis der Abstimmung: 9 Ja-Stimmen, keine Nein-Stimme und 5 Enthaltungen")."""
    if not VOTE_HEAD_RE.match(text) or len(text) > 200:
        return None
    vote = parse_vote(text)
    if vote is None or (vote.votes_for is None and vote.votes_against is None):
        return None
    return vote


def vote_line(reader: _Reader, text: str, span: SourceSpan) -> bool:
    """A vote on its own line right after a decision ("Abstimmungsergebnis: 27 Nein-Stimmen ...")."""
    if (
        not reader.decisions
        or span.line - reader.decisions[-1].source.line > 4
        or (
            not re.match(r"^(?:Abstimmung(?:sergebnis)?|Ergebnis)\s*:?", text, re.I)
            and not (
                len(text) < 90
                and parse_vote(text)
                and not re.search(r"\b(?:wird|werden|wurde|wurden)\b", text)
            )
        )
    ):
        return False
    vote = parse_vote(text)
    last = reader.decisions[-1]
    if vote is None:
        return bool(re.match(r"^Abstimmung(?:sergebnis)?\s*:?\s*$", text, re.I))
    if last.vote is not None and last.vote.votes_against is not None:
        return False
    merged = vote
    if last.vote is not None:
        merged = type(vote)(
            unanimous=vote.unanimous if vote.unanimous is not None else last.vote.unanimous,
            votes_for=vote.votes_for if vote.votes_for is not None else last.vote.votes_for,
            votes_against=vote.votes_against
            if vote.votes_against is not None
            else last.vote.votes_against,
            abstentions=vote.abstentions if vote.abstentions is not None else last.vote.abstentions,
            outcome=last.vote.outcome or vote.outcome,
            text=f"{last.vote.text} {vote.text}".strip(),
        )
    reader.decisions[-1] = Decision(
        last.item, last.kind, last.text, last.source, merged, last.assignees, last.due
    )
    return True

"""Votes as German minutes write them.

>>> v = parse_vote("wird einstimmig verabschiedet, ohne Enthaltungen, ohne Gegenstimmen")
>>> (v.unanimous, v.votes_against, v.abstentions, v.outcome)
(True, 0, 0, 'adopted')
>>> v = parse_vote("mit 12 Ja-Stimmen bei 1 Gegenstimme und 1 Enthaltung angenommen")
>>> (v.votes_for, v.votes_against, v.abstentions, v.unanimous)
(12, 1, 1, False)
>>> v = parse_vote("(6/0/0) angenommen")
>>> (v.votes_for, v.votes_against, v.abstentions, v.unanimous)
(6, 0, 0, True)
>>> v = parse_vote("mehrheitlich abgelehnt: 27 Nein-Stimmen, 1 Enthaltung, ansonsten Ja-Stimmen")
>>> (v.votes_for, v.votes_against, v.abstentions, v.unanimous, v.outcome)
(None, 27, 1, False, 'rejected')
>>> parse_vote("Der Titel wird geändert") is None
True
"""

from __future__ import annotations

import re

from omgraph.ingest.text import folded, holds_any
from omgraph.model import Outcome, Vote

_NUM_WORDS = {
    "keine": 0, "kein": 0, "keiner": 0, "keinen": 0, "keinem": 0, "null": 0, "eine": 1, "einer": 1, "ein": 1, "einem": 1, "zwei": 2,
    "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12,
}  # fmt: skip
_N = r"(\d+|" + "|".join(_NUM_WORDS) + r")"

SLASH_RE = re.compile(
    r"(?<![\d/.])\(?\s*(\d{1,3}|-)\s*/\s*(\d{1,3}|-)\s*/\s*(\d{1,3}|-)\s*\)?(?![\d/])"
)
"""A vote as for/against/abstentions, ``(6/0/0)`` or ``2/-/1`` -- not a date like ``19/05/2022``."""
FOR_RE = re.compile(
    rf"\b{_N}\s*(?:Ja-?Stimmen|Ja\b|Stimmen\s+dafür|Befürworter|dafür\b|pro\b)", re.I
)
AGAINST_RE = re.compile(
    rf"\b{_N}\s*(?:Gegenstimmen?|Nein-?Stimmen?|Nein\b|dagegen\b|contra\b)", re.I
)
ABSTAIN_RE = re.compile(rf"\b{_N}\s*(?:Enthaltung(?:en)?|Stimmenthaltung(?:en)?|enthalten)\b", re.I)
LABELLED_RE = re.compile(
    r"\b(?P<key>Ja|Dafür|Pro|Nein|Dagegen|Contra|Gegenstimmen|Enthaltung(?:en)?)\s*[:=]\s*(?P<n>\d+|-)",
    re.I,
)
NO_AGAINST_RE = re.compile(r"\b(?:ohne|keine)\s+Gegenstimmen?\b|\bkeine\s+Nein-?Stimmen\b", re.I)
NO_ABSTAIN_RE = re.compile(r"\b(?:ohne|keine)\s+(?:Stimm)?[Ee]nthaltung(?:en)?\b", re.I)
UNANIMOUS_RE = re.compile(r"\b(?:einstimmig|einmütig)(?:e[nmrs]?)?\b|\bohne\s+Gegenstimme", re.I)
MAJORITY_RE = re.compile(r"\bmehrheitlich\b|\bmit\s+Mehrheit\b", re.I)
REJECTED_RE = re.compile(
    r"\babgelehnt\b|\bnicht\s+angenommen\b|\bscheitert\b|\bgescheitert\b", re.I
)
ADOPTED_RE = re.compile(
    r"\b(?:angenommen|beschlossen|verabschiedet|zugestimmt|genehmigt|bestätigt|gewählt|entlastet)\b",
    re.I,
)


def _num(raw: str) -> int:
    raw = raw.lower()
    if raw == "-":
        return 0
    return int(raw) if raw.isdigit() else _NUM_WORDS[raw]


UNANIMOUS_WORD_RE = re.compile(r"\b(?:einstimmig|einmütig)", re.I)
HANDS_RE = re.compile(r"\b(?:Plenum|alle|Mehrheit)\s+(?:ist\s+)?(dafür|dagegen)\b", re.I)
_COUNTED_RE = re.compile(r"\bmehrheit|stimm", re.I)

# Words without which a pattern cannot match (in :func:`~omgraph.ingest.text.folded` text): the
# patterns only run on sentences that hold one of their words -- most sentences state no vote.
_FOR_WORDS = ("ja", "dafür", "befürworter", "pro")
_AGAINST_WORDS = ("gegenstimme", "nein", "dagegen", "contra")
_ABSTAIN_WORDS = ("enthalt",)
_NO_AGAINST_WORDS = ("gegenstimme", "nein")
_UNANIMOUS_WORDS = ("einstimmig", "einmütig")
_REJECTED_WORDS = ("abgelehnt", "angenommen", "scheitert")
_ADOPTED_WORDS = (
    "angenommen", "beschlossen", "verabschiedet", "zugestimmt", "genehmigt", "bestätigt",
    "gewählt", "entlastet",
)  # fmt: skip


def _labelled(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    if ":" not in text and "=" not in text:
        return counts
    for match in LABELLED_RE.finditer(text):
        key = match["key"].lower()
        field = (
            "for"
            if key in {"ja", "dafür", "pro"}
            else "against"
            if key in {"nein", "dagegen", "contra", "gegenstimmen"}
            else "abstain"
        )
        counts.setdefault(field, _num(match["n"]))
    return counts


def parse_vote(text: str) -> Vote | None:
    """The vote in a sentence, or ``None`` when the sentence states no vote."""
    low = folded(text)
    counts = _labelled(text)
    slash = SLASH_RE.search(text) if "/" in text else None
    if slash and not counts:
        counts = {"for": _num(slash[1]), "against": _num(slash[2]), "abstain": _num(slash[3])}
    for field, regex, words in (
        ("for", FOR_RE, _FOR_WORDS),
        ("against", AGAINST_RE, _AGAINST_WORDS),
        ("abstain", ABSTAIN_RE, _ABSTAIN_WORDS),
    ):
        if field in counts or not holds_any(low, words):
            continue
        match = regex.search(text)
        if match:
            counts[field] = _num(match[1])
    if holds_any(low, _NO_AGAINST_WORDS) and NO_AGAINST_RE.search(text):
        counts.setdefault("against", 0)
    if "enthaltung" in low and NO_ABSTAIN_RE.search(text):
        counts.setdefault("abstain", 0)
    said_unanimous = holds_any(low, _UNANIMOUS_WORDS) and bool(UNANIMOUS_WORD_RE.search(text))
    majority = "mehrheit" in low and bool(MAJORITY_RE.search(text))
    rejected = holds_any(low, _REJECTED_WORDS) and bool(REJECTED_RE.search(text))
    adopted = holds_any(low, _ADOPTED_WORDS) and bool(ADOPTED_RE.search(text))
    hands = HANDS_RE.search(text) if "dafür" in low or "dagegen" in low else None
    if hands:  # a show of hands: "Plenum dafür", "fast alle dagegen"
        rejected = rejected or hands[1].lower() == "dagegen"
        adopted = adopted or hands[1].lower() == "dafür"
    if not (
        counts or said_unanimous or majority or hands or (rejected and _COUNTED_RE.search(text))
    ):
        return None
    unanimous: bool | None = None
    if said_unanimous:
        unanimous = True
    elif majority:
        unanimous = False
    elif "against" in counts:
        # German usage: "einstimmig bei 1 Enthaltung" -- abstentions do not break unanimity
        unanimous = counts["against"] == 0
    if counts.get("against", 0) > 0 and unanimous:
        unanimous = False
    outcome: Outcome | None = None
    votes_for = counts.get("for")
    against = counts.get("against")
    if rejected:
        outcome = "rejected"
    elif adopted or said_unanimous:
        outcome = "adopted"
    elif votes_for is not None and against is not None:
        outcome = "adopted" if votes_for > against else "rejected"
    elif against == 0:
        outcome = "adopted"  # "keine Gegenstimmen"
    return Vote(
        unanimous=unanimous,
        votes_for=votes_for,
        votes_against=against,
        abstentions=counts.get("abstain"),
        outcome=outcome,
        text=text.strip(),
    )

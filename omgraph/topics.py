"""Find the concepts of the topic scheme in German text.

Matching is driven entirely by the labels in ``data/topics.ttl`` (see the rules in its header):
abbreviations are case-sensitive whole words, adjectives take adjective endings, nouns and noun
phrases are case-insensitive with endings and count as the first or last element of a compound,
``omg:excludedForm`` drops hits inside unrelated words, and the longest label wins. All labels
are compiled into one regular expression per scheme, so matching a long corpus is fast.

>>> scheme = load_scheme()
>>> [(h.key, h.text) for h in find_topics("Umsetzung der KI-Strategie und des Präventionsgesetzes", scheme)]
[('ki-strategie', 'KI-Strategie'), ('praeventionsgesetz', 'Präventionsgesetzes')]
>>> topic_keys("Der Präventionsbericht der Kinderbetreuung in der digitalen Transformation", scheme)
['praevention', 'digitale-transformation']
>>> find_topics("Wir pflegen den Landschaftspflegeverband.", scheme)
[]
"""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass

from omgraph.topics_scheme import (
    Concept,
    RollupLevel,
    TopicScheme,
    default_scheme_path,
    load_scheme,
    rollup,
    validate_scheme,
)

__all__ = [
    "Concept",
    "RollupLevel",
    "TopicHit",
    "TopicScheme",
    "default_scheme_path",
    "find_topics",
    "load_scheme",
    "rollup",
    "topic_keys",
    "validate_scheme",
]

NOUN_ENDINGS = frozenset({"", "s", "es", "n", "en", "e", "er", "ern", "ns", "ens"})
"""Endings a noun label may take in the text (Gesetz -> Gesetzes, Lebenswelt -> Lebenswelten)."""
ADJ_ENDINGS = ("em", "en", "er", "es", "e")
"""Endings of German adjectives (digitale, digitalen, digitaler ...)."""
MIN_COMPOUND = 5
"""Labels at least this long also count as the first or last element of a compound."""
MIN_COMPOUND_REST = 3
"""A compound continues with at least this many letters ("Präventions|bericht")."""
_EXCLUSION_WINDOW = 80
_LETTER = r"[^\W\d_]"
_ADJ = "(?:" + "|".join(ADJ_ENDINGS) + ")?"


@dataclass(frozen=True)
class TopicHit:
    """A concept found in a text."""

    key: str
    """The concept's key (see :attr:`Concept.key`)."""
    text: str
    """The words as written, whole compound included (``"Präventionsbericht"``)."""
    start: int
    """Offset of the first character of the matched word(s)."""
    end: int
    """Offset after the last character (``text == source[start:end]``)."""
    label: str = ""
    """The label of the scheme that matched (``"Prävention"``)."""


@dataclass(frozen=True)
class _Label:
    key: str
    label: str
    kind: str  # "noun", "adj" or "phrase"


class _Matcher:
    """All labels of a scheme compiled into two regular expressions."""

    def __init__(self, scheme: TopicScheme) -> None:
        self.labels: dict[str, _Label] = {}
        self.abbreviations: dict[str, _Label] = {}
        self.exclusions: dict[str, list[re.Pattern[str]]] = {}
        patterns: list[tuple[str, str]] = []
        for concept in scheme.concepts.values():
            self.exclusions[concept.key] = [_form_pattern(f) for f in concept.excluded_forms if f]
            for text in dict.fromkeys(label.strip() for label in concept.labels):
                if not text:
                    continue
                if _is_abbreviation(text):
                    self.abbreviations.setdefault(text, _Label(concept.key, text, "abbr"))
                    continue
                kind = "phrase" if " " in text else "adj" if text[0].islower() else "noun"
                group = f"g{len(self.labels)}"
                self.labels[group] = _Label(concept.key, text, kind)
                patterns.append((text.lower(), group))
        trie = _trie(patterns, self.labels)
        # matched against lower-cased text (fast); words_i where lower() changes the length
        self.words = re.compile(trie)
        self.words_i = re.compile(trie, re.IGNORECASE)
        abbrs = sorted(self.abbreviations, key=lambda a: (-len(a), a))
        self.abbr = re.compile(
            rf"(?<!{_LETTER})({'|'.join(map(re.escape, abbrs)) or '(?!)'})s?(?!{_LETTER})"
        )

    def find(self, text: str) -> list[TopicHit]:
        hits = [h for h in self._words(text) + self._abbr(text) if not self._excluded(h, text)]
        return _longest(hits)

    def _abbr(self, text: str) -> list[TopicHit]:
        return [
            TopicHit(lab.key, m.group(), m.start(), m.end(), lab.label)
            for m in self.abbr.finditer(text)
            for lab in (self.abbreviations[m.group(1)],)
        ]

    def _words(self, text: str) -> list[TopicHit]:
        lowered = text.lower()
        pattern, subject = (
            (self.words, lowered) if len(lowered) == len(text) else (self.words_i, text)
        )
        hits, pos = [], 0
        while (m := pattern.search(subject, pos)) is not None:
            lab = self.labels[m.lastgroup or ""]
            hit = _accept(lab, text, m.start(), m.end())
            if hit is None:
                pos = m.start() + 1
            else:
                hits.append(hit)
                pos = hit.end
        return hits

    def _excluded(self, hit: TopicHit, text: str) -> bool:
        lo, hi = max(0, hit.start - _EXCLUSION_WINDOW), hit.end + _EXCLUSION_WINDOW
        return any(
            m.start() < hit.end and m.end() > hit.start
            for pattern in self.exclusions.get(hit.key, ())
            for m in pattern.finditer(text, lo, hi)
        )


def _is_abbreviation(label: str) -> bool:
    """Two or more capitals and no space or hyphen: ``BGF``, ``KI``, ``PrävG``."""
    return not re.search(r"[\s-]", label) and sum(ch.isupper() for ch in label) >= 2


def _token_pattern(token: str) -> str:
    """A label word: hyphens optional (``Masern-Schutzgesetz`` = ``Masernschutzgesetz``)."""
    return "-?".join(re.escape(part) for part in token.split("-"))


def _label_pattern(label: str, kind: str) -> str:
    """The regex of a label's core; endings of the last word are checked by :func:`_accept`."""
    tokens = label.split()
    parts = []
    for i, token in enumerate(tokens):
        last = i == len(tokens) - 1
        if not last and len(token) >= 4 and token.isalpha():
            for ending in ADJ_ENDINGS:  # adjectives inside a phrase take any ending
                if token.lower().endswith(ending) and len(token) - len(ending) >= 3:
                    token = token[: -len(ending)]
                    break
            parts.append(_token_pattern(token) + _ADJ)
        else:
            parts.append(_token_pattern(token))
    return r"\s+".join(parts)


def _trie(patterns: list[tuple[str, str]], labels: dict[str, _Label]) -> str:
    """One alternation of all label patterns, factored by their first two letters.

    Alternatives that can match at the same position share those letters and are tried longest
    label first, so the regex engine tests only a handful of labels at each position.
    """
    tree: dict[str, dict[str, list[str]]] = {}
    rest: list[str] = []
    for low, group in sorted(patterns, key=lambda p: (-len(p[0]), p[0])):
        pattern = _label_pattern(low, labels[group].kind)
        prefix = re.escape(low[:1]) + re.escape(low[1:2])
        if len(low) >= 2 and pattern.startswith(prefix):
            tail = f"(?P<{group}>{pattern[len(prefix) :]})"
            tree.setdefault(low[0], {}).setdefault(low[1], []).append(tail)
        else:
            rest.append(f"(?P<{group}>{pattern})")

    def alternation(items: list[str]) -> str:
        return items[0] if len(items) == 1 else "(?:" + "|".join(items) + ")"

    branches = [
        re.escape(a) + alternation([re.escape(b) + alternation(t) for b, t in sub.items()])
        for a, sub in tree.items()
    ]
    return "|".join(branches + rest) or "(?!)"


def _form_pattern(form: str) -> re.Pattern[str]:
    """An excluded form: its words in order, any punctuation or spacing between them."""
    words = re.findall(rf"{_LETTER}+", form)
    return re.compile(r"\W*".join(map(re.escape, words)), re.IGNORECASE)


def _accept(lab: _Label, text: str, start: int, end: int) -> TopicHit | None:
    """Check the word boundaries of a candidate: endings, compounds, verbs."""
    front = start
    while front > 0 and text[front - 1].isalpha():
        front -= 1
    back = end
    while back < len(text) and text[back].isalpha():
        back += 1
    head, rest = text[front:start], text[end:back]
    compound = lab.kind != "adj" and len(lab.label) >= MIN_COMPOUND
    if head:  # the label is the last element of a compound (Altenpflege)
        if lab.kind != "noun" or not compound or len(head) < MIN_COMPOUND_REST:
            return None
        if rest.lower() not in NOUN_ENDINGS:
            return None
    elif lab.kind == "adj":
        if rest.lower() not in ("", *ADJ_ENDINGS):
            return None
    elif rest.lower() in NOUN_ENDINGS:
        # a lower-case noun label plus an ending is a verb: "Kontakte pflegen"
        if rest and lab.kind == "noun" and text[start].islower():
            return None
    elif not compound or len(rest) < MIN_COMPOUND_REST:  # first element (Präventionsbericht)
        return None
    return TopicHit(lab.key, text[front:back], front, back, lab.label)


def _longest(hits: list[TopicHit]) -> list[TopicHit]:
    """Drop hits that overlap a longer one (on ties the earlier one stays); sort by offset."""
    starts: list[int] = []
    kept: list[TopicHit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        i = bisect.bisect_left(starts, hit.start)
        if (i < len(kept) and kept[i].start < hit.end) or (i > 0 and kept[i - 1].end > hit.start):
            continue
        starts.insert(i, hit.start)
        kept.insert(i, hit)
    return kept


_MATCHERS: weakref.WeakKeyDictionary[TopicScheme, _Matcher] = weakref.WeakKeyDictionary()


def _matcher(scheme: TopicScheme) -> _Matcher:
    matcher = _MATCHERS.get(scheme)
    if matcher is None:
        matcher = _MATCHERS[scheme] = _Matcher(scheme)
    return matcher


def find_topics(text: str, scheme: TopicScheme) -> list[TopicHit]:
    """Every mention of a concept of ``scheme`` in ``text``, in text order.

    Each word (or phrase) gives at most one hit, for the longest label that fits; the broader
    concepts of a hit are not reported (use :meth:`TopicScheme.broader_closure` or
    :func:`rollup`). The same concept named twice gives two hits.
    """
    return _matcher(scheme).find(text)


def topic_keys(text: str, scheme: TopicScheme, level: RollupLevel | None = None) -> list[str]:
    """The distinct concept keys found in ``text`` in order of first mention, optionally rolled up."""
    keys = list(dict.fromkeys(hit.key for hit in find_topics(text, scheme)))
    if level is None:
        return keys
    rolled = rollup(keys, scheme, level)
    return list(dict.fromkeys(k for key in keys for k in rolled[key]))

"""The cheap word tests that run before the extractors' costly patterns never skip a match.

Each pattern only runs on text that holds one of its words (in ``folded`` text), so every
text the pattern matches must hold one: checked here on examples of every alternative of each
pattern, also in upper case and with the letters ``re.I`` equates with "s" and "i" ("ſ", "ı").
"""

from __future__ import annotations

import html
import re
import sys

import pytest

from omgraph.ingest import decisions, groups, lists, sections, tasks, votes
from omgraph.ingest.text import clean, folded, sentences


def _variants(text: str) -> list[str]:
    return [
        text,
        text.upper(),
        text.lower(),
        text.swapcase(),
        text.replace("s", "ſ").replace("i", "ı"),
        text.upper().replace("I", "İ"),
    ]


def _words_hold(pattern: re.Pattern[str], words: tuple[str, ...], examples: list[str]) -> None:
    for example in examples:
        for text in _variants(example):
            if pattern.search(text):
                low = folded(text)
                assert any(word in low for word in words), (pattern.pattern[:40], text)


def test_folded_maps_every_letter_re_i_equates() -> None:
    letters = "abcdefghijklmnopqrstuvwxyzäöüß"
    every_char = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for letter in letters:
        for match in re.finditer(re.escape(letter), every_char, re.I):
            assert folded(match.group()) == letter, (letter, match.group())


RESOLUTIONS = [
    "Der Haushalt wurde einstimmig beschlossen",
    "Die Satzung ist genehmigt",
    "Die Vorlage wird verabschiedet",
    "Die Anträge wurden abgelehnt",
    "Der Vorstand beschließt die Satzung",
    "Die Mitglieder beschließen",
    "Man beschloss, zu warten",
    "Mehrheitlich angenommen",
    "Mit 3 Gegenstimmen gewählt",
    "Bei 2 Enthaltungen entlastet",
    "12 Ja-Stimmen, damit zugestimmt",
    "Bei 2 Enthaltungen zugestimmt",
    "Angenommen: einstimmig",
    "gewählt mit 2 Enthaltungen",
    "verabschiedet bei einer Gegenstimme",
    "beschlossen mit 9 Ja-Stimmen",
    "Der Antrag ist angenommen",
    "Antrag abgelehnt",
    "einstimmig genehmigt",
    "einmütig gefasst",
    "mehrheitlich gebilligt",
    "einstimmig erteilt",
    "einmütig ernannt",
    "mehrheitlich aufgenommen",
    "einstimmig zugesprochen",
    "Umlaufbeschluss vom 3.4.",
    "per Akklamation",
    "Das Plenum nimmt das Protokoll an",
    "Die Mitglieder nehmen die Tagesordnung an",
    "Die Versammlung genehmigt das Protokoll",
    "Sie bestätigt den Vorstand",
    "Sie wählt die Kassenprüfer",
    "Sie entlastet den Vorstand",
    "Sie ernennt die Beauftragte",
    "Der Rat beschließt einstimmig",
    "Plenum ist dafür",
    "Versammlung dafür",
    "keine Gegenstimmen",
    "6/0/0",
    "(5 / - / 1)",
    "12/1/3",
]


def test_resolution_words() -> None:
    assert all(tasks.RESOLUTION_RE.search(text) for text in RESOLUTIONS)
    _words_hold(tasks.RESOLUTION_RE, tasks._RESOLUTION_WORDS, RESOLUTIONS)


@pytest.mark.parametrize("text", RESOLUTIONS)
def test_prose_resolution_as_without_words(text: str) -> None:
    def unfiltered(text: str) -> str | None:
        if len(text) > 800:
            return None
        parts = sentences(text)
        for i, sentence in enumerate(parts):
            if tasks.RESOLUTION_RE.search(sentence):
                return " ".join(parts[i:]).strip()
        return None

    for variant in _variants(f"Zuerst wurde berichtet. {text}. Danach gab es Kaffee."):
        assert tasks.prose_resolution(variant) == unfiltered(variant)


VOTES = [
    "12 Ja-Stimmen", "zwölf Ja", "3 Stimmen dafür", "5 Befürworter", "acht dafür", "2 pro",
    "1 Gegenstimme", "2 Nein-Stimmen", "keine Nein", "drei dagegen", "1 contra",
    "1 Enthaltung", "2 Stimmenthaltungen", "zwei enthalten",
    "ohne Gegenstimmen", "keine Nein-Stimmen", "ohne Enthaltung", "keine Stimmenthaltungen",
    "einstimmig", "einmütige Zustimmung", "mehrheitlich", "mit Mehrheit",
    "abgelehnt", "nicht angenommen", "scheitert", "gescheitert",
    "angenommen", "beschlossen", "verabschiedet", "zugestimmt", "genehmigt", "bestätigt",
    "gewählt", "entlastet", "Plenum dafür", "alle dagegen", "Mehrheit ist dafür",
]  # fmt: skip


def test_vote_words() -> None:
    for pattern, words in (
        (votes.FOR_RE, votes._FOR_WORDS),
        (votes.AGAINST_RE, votes._AGAINST_WORDS),
        (votes.ABSTAIN_RE, votes._ABSTAIN_WORDS),
        (votes.NO_AGAINST_RE, votes._NO_AGAINST_WORDS),
        (votes.NO_ABSTAIN_RE, ("enthaltung",)),
        (votes.UNANIMOUS_WORD_RE, votes._UNANIMOUS_WORDS),
        (votes.MAJORITY_RE, ("mehrheit",)),
        (votes.REJECTED_RE, votes._REJECTED_WORDS),
        (votes.ADOPTED_RE, votes._ADOPTED_WORDS),
        (votes.HANDS_RE, ("dafür", "dagegen")),
        (votes.LABELLED_RE, (":", "=")),
        (votes.SLASH_RE, ("/",)),
    ):
        assert any(pattern.search(text) for text in [*VOTES, "Ja: 5", "6/0/0"]), pattern
        _words_hold(pattern, words, [*VOTES, "Ja: 5", "Dafür = 3", "Enthaltungen: -", "6/0/0"])


def test_decision_words() -> None:
    outcomes = ["angenommen", "abgelehnt", "gewählt", "beschlossen", "entlastet", "bestätigt",
                "verabschiedet", "genehmigt"]  # fmt: skip
    _words_hold(decisions.OUTCOME_RE, decisions._OUTCOME_WORDS, outcomes)
    motions = ["Frau X beantragt", "Er schlägt vor", "Sie stellt einen Antrag", "Antrag: Y"]
    assert all(decisions.MOTION_RE.search(text) for text in motions)
    _words_hold(decisions.MOTION_RE, decisions._MOTION_WORDS, motions)


def test_task_words() -> None:
    examples = [
        "Jil kümmert sich", "Sie kümmern sich", "X übernimmt das", "Wir übernehmen", "X klärt",
        "X schickt", "X verschickt", "X bereitet das vor", "X erstellt", "X prüft",
        "X organisiert", "X fragt bei Y an", "X meldet sich", "X arbeitet das ein",
        "X setzt das um", "X kontaktiert", "X schreibt", "X sammelt", "X besorgt",
    ]  # fmt: skip
    assert all(tasks._TASK_VERB_RE.search(text) for text in examples)
    _words_hold(tasks._TASK_VERB_RE, tasks._TASK_VERBS, examples)
    for text in ["Die AG soll ein Konzept entwickeln", "X wird bis Mai vorlegen",
                 "Beide werden das prüfen", "Sie sollten einladen"]:  # fmt: skip
        match = tasks._MODAL_TASK_RE.search(text)
        assert match and match[0].split()[0] in {"soll", "wird", "werden", "sollten"}


def test_section_words() -> None:
    nexts = ["Nächste Sitzung am 3.4.", "nachsten Treffen findet", "Folgetermin: 3.4.",
             "Der nächste Plenumstermin ist am 4.5."]  # fmt: skip
    assert all(lists.NEXT_INLINE_RE.search(text) for text in nexts)
    _words_hold(lists.NEXT_INLINE_RE, ("chste", "folgetermin"), nexts)
    members = ["Der AG gehören an: A, B", "Der AG gehören folgende Personen an: A",
               "Mitglieder: A", "Mitglieder sind: A", "Die Gruppe besteht aus: A"]  # fmt: skip
    for text in members:
        assert sections.MEMBERS_RE.match(text)
        assert sections._members_match(text) is not None
    for text in ["Themen für 2020:", "Zukunftsthemen :", "Zukunfts-Themen:"]:
        assert sections.TOPICS_INTRO_RE.search(text) and "hemen" in text


def test_group_hints() -> None:
    tables = groups._tables()
    for word in groups.lexicon()["prefixes"]:
        assert tables.prefix_hint.search(f"Die {word} Transfer")
    for suffix in groups.lexicon()["suffixes"]:
        assert tables.suffix_hint.search(f"Das Koordinierungs{suffix}")


def test_clean_as_without_checks() -> None:
    def unfiltered(text: str) -> str:
        text = html.unescape(text).replace("\u00a0", " ").replace("\u200b", "")
        text = re.sub(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))", "", text)
        text = re.sub(r"(?<![\w_])_(?=\S)|(?<=\S)_(?![\w_])", "", text)
        text = re.sub(r"\s?:[a-z_+-]{2,30}:(?=\s|$)", "", text)
        text = re.sub(r"<br\s*/?>", " ", text)
        text = re.sub(r"\[([^\]]*)\]\((?:https?://|/|#)[^)]*\)", r"\1", text)
        return re.sub(r"[ \t]+", " ", text).strip()

    examples = [
        "", " plain  text\t", "**fett** und *kursiv* und __unter__ und _so_", "a:fish: b",
        "x :a: y :bb: z", "Zeile<br/>zwei<br>drei", "[Link](https://x.org) [b](#a) [c](/d)",
        "&amp; &nbsp;\u00a0\u200bx", "snake_case_name und *", "Uhr: 10:30 : ende:",
    ]  # fmt: skip
    for text in examples:
        assert clean(text) == unfiltered(text), text

"""Tests of the benchmark corpus generator: determinism, layouts, truth against text, noise, scale."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import Counter

import pytest

from omgraph.bench import LAYOUTS, GeneratedMinutes, generate_corpus, write_corpus
from omgraph.bench.formats import date_forms
from omgraph.bench.generate import main


@pytest.fixture(scope="module")
def corpus() -> list[GeneratedMinutes]:
    """Sixty documents, enough for every layout and most features."""
    return generate_corpus(60, seed=3)


def test_same_seed_same_corpus() -> None:
    a, b = generate_corpus(8, seed=5), generate_corpus(8, seed=5)
    assert [d.text for d in a] == [d.text for d in b]
    assert [d.truth for d in a] == [d.truth for d in b]


def test_other_seed_other_corpus() -> None:
    a, b = generate_corpus(5, seed=5), generate_corpus(5, seed=6)
    assert all(x.text != y.text for x, y in zip(a, b, strict=True))


def test_small_corpus_is_prefix_of_larger() -> None:
    assert generate_corpus(4, seed=2) == generate_corpus(9, seed=2)[:4]


def test_every_layout_appears(corpus: list[GeneratedMinutes]) -> None:
    assert set(Counter(d.layout for d in corpus)) == set(LAYOUTS)
    assert {d.layout for d in generate_corpus(3, seed=9)} == set(LAYOUTS)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_single_layout(layout: str) -> None:
    docs = generate_corpus(5, seed=1, layouts=(layout,))
    assert {d.layout for d in docs} == {layout}
    assert all(d.file_name.endswith(".md" if layout == "markdown" else ".txt") for d in docs)


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="Unknown layouts"):
        generate_corpus(1, layouts=("docx",))


def test_dates_increase_and_file_names(corpus: list[GeneratedMinutes]) -> None:
    dates = [d.truth["meeting"]["date"] for d in corpus]
    assert dates == sorted(dates) and len(set(dates)) == len(dates)
    assert dates[0] >= "2019-01-01"
    for i, d in enumerate(corpus):
        assert d.file_name.startswith(f"{i:04d}_") and d.truth["meeting"]["date"] in d.file_name


def test_truth_is_json_and_complete(corpus: list[GeneratedMinutes]) -> None:
    keys = {"meeting", "participants", "excused", "agenda", "decisions", "groups", "world_cafe",
            "next_dates", "attachments", "future_topics"}
    for d in corpus:
        assert keys <= set(d.truth)
        assert json.loads(json.dumps(d.truth)) == d.truth
        assert {"title", "body", "date", "start", "end", "place"} <= set(d.truth["meeting"])


def test_participants_written_in_text(corpus: list[GeneratedMinutes]) -> None:
    for d in corpus:
        assert d.truth["participants"]
        for role in ("participants", "excused", "guests"):
            for p in d.truth[role]:
                assert p["as_written"] in d.text, (d.file_name, p)
                assert p["org_as_written"] in d.text, (d.file_name, p)


def test_meeting_header_in_text(corpus: list[GeneratedMinutes]) -> None:
    for d in corpus:
        m = d.truth["meeting"]
        assert m["title"] in d.text
        assert m["start"] in d.text and m["end"] in d.text
        assert m["place"] in d.text


def test_decisions_and_votes_in_text(corpus: list[GeneratedMinutes]) -> None:
    kinds: Counter[str] = Counter()
    for d in corpus:
        for dec in d.truth["decisions"]:
            kinds[dec["kind"]] += 1
            assert dec["text"] in d.text, (d.file_name, dec["text"])
            assert dec["kind"] in ("resolution", "agreement", "task")
            if dec["votes_for"] is not None:
                assert dec["unanimous"] == (dec["votes_against"] == 0 and dec["abstentions"] == 0)
            if dec["kind"] == "task":
                assert dec["assignees"]
    assert set(kinds) == {"resolution", "agreement", "task"}


def test_every_truth_date_is_written(corpus: list[GeneratedMinutes]) -> None:
    for d in corpus:
        dates = [d.truth["meeting"]["date"]]
        dates += [n["date"] for n in d.truth["next_dates"]]
        dates += [x["due"] for x in d.truth["decisions"] if x["due"]]
        for iso in dates:
            forms = date_forms(dt.date.fromisoformat(iso))
            assert iso in d.text or any(f in d.text for f in forms), (d.file_name, iso)


def test_agenda_world_cafe_topics_groups(corpus: list[GeneratedMinutes]) -> None:
    seen: Counter[str] = Counter()
    for d in corpus:
        for item in d.truth["agenda"]:
            assert item["title"] in d.text
        for table in d.truth["world_cafe"]:
            seen["world_cafe"] += 1
            assert table["question"] in d.text and len(table["moderators"]) == 2
            assert all(r in d.text for r in table["results"])
        for topic in d.truth["future_topics"]:
            seen["future_topics"] += 1
            assert topic["topic"] in d.text
        for group in d.truth["groups"]:
            seen["groups"] += 1
            assert group["members"]
        seen["next_dates"] += len(d.truth["next_dates"])
        seen["attachments"] += len(d.truth["attachments"])
        seen["sub_items"] += sum("." in a["number"] for a in d.truth["agenda"])
    assert all(seen[k] > 0 for k in ("world_cafe", "future_topics", "groups", "next_dates",
                                     "attachments", "sub_items")), seen


def test_noise_present_but_bounded(corpus: list[GeneratedMinutes]) -> None:
    entries = [p for d in corpus for role in ("participants", "excused", "guests") for p in d.truth[role]]
    noisy = [p for p in entries if p["noise"]]
    kinds = Counter(p["noise"] for p in noisy)
    assert 0.005 < len(noisy) / len(entries) < 0.15, (len(noisy), len(entries))
    assert {"typo", "given"} <= set(kinds), kinds
    for p in noisy:
        assert p["as_written"] != p["person"]
    for d in corpus:
        typos = [m for m in d.truth["mentions"] if m["noise"] in ("typo", "given")]
        assert len(typos) <= 4
    orgs_written = {(p["organisation"], p["org_as_written"]) for p in entries}
    assert any(o != w for o, w in orgs_written), "organisations are sometimes written as acronyms"


def test_names_have_umlauts_titles_and_double_names(corpus: list[GeneratedMinutes]) -> None:
    people = {p["person"] for d in corpus for p in d.truth["participants"]}
    assert any(c in name for name in people for c in "äöüÄÖÜß")
    assert any(name.startswith(("Dr. ", "Prof. Dr. ")) for name in people)
    assert any("-" in name.split()[-2] for name in people if len(name.split()) >= 2)


def test_people_recur_across_meetings(corpus: list[GeneratedMinutes]) -> None:
    counts = Counter(p["person"] for d in corpus for p in d.truth["participants"])
    assert counts.most_common(1)[0][1] >= 5


def test_write_corpus(tmp_path) -> None:
    paths = write_corpus(tmp_path, 4, seed=1)
    assert [p.name for p in paths] == [d.file_name for d in generate_corpus(4, seed=1)]
    lines = (tmp_path / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["file_name"] for line in lines] == [p.name for p in paths]


def test_main_writes_corpus(tmp_path, capsys) -> None:
    main([str(tmp_path / "out"), "-n", "3", "--seed", "2"])
    assert len(list((tmp_path / "out").glob("0*"))) == 3
    assert "wrote 3 documents" in capsys.readouterr().out


def test_thousand_documents(capsys) -> None:
    began = time.perf_counter()
    docs = generate_corpus(1000, seed=1)
    elapsed = time.perf_counter() - began
    sizes = sorted(len(d.text.encode("utf-8")) for d in docs)
    with capsys.disabled():
        print(f"\n1,000 documents in {elapsed:.2f} s, {sum(sizes) / 1e6:.1f} MB, "
              f"sizes {sizes[0]}..{sizes[-1]} bytes, median {sizes[500]}")
    assert len(docs) == 1000 and len({d.file_name for d in docs}) == 1000
    assert sizes[0] >= 5000 and sizes[-1] <= 30000
    assert Counter(d.layout for d in docs).keys() == set(LAYOUTS)

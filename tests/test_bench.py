"""The benchmark's hand-written baseline and its skip when the corpus is absent."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import handwritten  # noqa: E402
import run as bench_run  # noqa: E402


def test_count_forms_prefers_the_longest_form_and_does_not_overlap() -> None:
    words = handwritten.normalize_words(
        "The so-called Zionist regime and the regime’s so called plan."
    )
    forms = {"so called", "zionist regime", "regime", "so called zionist regime", "regime's"}
    counts = handwritten.count_forms(words, forms, longest=4)
    assert counts == {"so called zionist regime": 1, "regime's": 1, "so called": 1}


def test_count_forms_on_no_words() -> None:
    assert handwritten.count_forms([], {"regime"}, longest=1) == {}


def test_handwritten_article_scores_actors_by_their_sentences() -> None:
    analyzer = handwritten.HandwrittenAnalyzer(
        ["terrorists", "so-called"], {"Iran": "iran", "Israel": "israel", "Tehran": "iran"}
    )
    result = analyzer.analyze_article(
        "a1",
        "Iran praised the wonderful, excellent deal. Israel called it a terrible, awful "
        "mistake. Tehran denied the so-called report about terrorists.",
    )
    assert result.actor_sentiment["iran"] > 0 > result.actor_sentiment["israel"]
    assert result.loaded_counts == {"terrorists": 1, "so called": 1}
    empty = analyzer.analyze_article("a2", "")
    assert (empty.actor_sentiment, empty.loaded_counts, empty.sentiment) == ({}, {}, 0.0)


def test_bench_skips_with_a_message_when_the_corpus_is_absent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench_run.main(["--shared", str(tmp_path), "--out", str(tmp_path / "out")]) == 0
    assert "absent" in capsys.readouterr().out
    assert not (tmp_path / "out").exists()


def test_ledger_sample_prints_rows_of_the_split_it_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import ledger_sample
    import polars as pl

    bench = tmp_path / "bench.parquet"
    pl.DataFrame(
        {
            "ID": ["a1", "a2"],
            "title": ["Talks fail", "Vote held"],
            "content_original": [
                "Jane Doe of Reuters said the talks had failed.",
                "Officials said the vote was fair.",
            ],
            "split_random": ["test", "train"],
        }
    ).write_parquet(bench)
    code = ledger_sample.main(["--bench", str(bench), "--split", "test", "--rows", "5"])
    out = capsys.readouterr().out
    assert code == 0
    assert "SRC='Jane Doe' (person) CUE='said'" in out
    assert "Officials" not in out  # the other split
    assert ledger_sample.main(["--bench", str(tmp_path / "missing.parquet")]) == 2
    assert ledger_sample.main(["--bench", str(bench), "--split", "valid"]) == 2

"""Progress: the record estimate behind the ETA, and a bar only when asked for."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from framing.progress import Progress, count_line_records, estimate_records


def test_count_line_records_with_and_without_a_final_newline(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n')
    (tmp_path / "b.jsonl").write_text('{"text": "a"}\n{"text": "b"}')
    (tmp_path / "c.jsonl").write_text("")
    assert count_line_records(tmp_path / "a.jsonl") == 2
    assert count_line_records(tmp_path / "b.jsonl") == 2
    assert count_line_records(tmp_path / "c.jsonl") == 0


def test_estimate_records_counts_every_kind_of_input(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "one.txt").write_text("An article.")
    (folder / "two.md").write_text("---\noutlet: X\n---\nAnother.")
    (folder / "lines.ndjson").write_text('{"text": "a"}\n{"text": "b"}\n{"text": "c"}\n')
    pl.DataFrame({"text": ["x", "y"]}).write_parquet(folder / "table.parquet")
    pl.DataFrame({"text": ["x", "y", "z", "w"]}).write_csv(tmp_path / "table.csv")
    assert estimate_records([folder, tmp_path / "table.csv"]) == 2 + 3 + 2 + 4


def test_estimate_records_gives_up_quietly_on_an_unreadable_table(tmp_path: Path) -> None:
    (tmp_path / "broken.parquet").write_bytes(b"not parquet")
    assert estimate_records([tmp_path / "broken.parquet"]) is None
    assert estimate_records([]) is None


def test_disabled_progress_writes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with Progress(enabled=False, total=10) as bar:
        bar.advance(5)
    assert capsys.readouterr().err == ""


def test_enabled_progress_counts_articles_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    with Progress(enabled=True, total=10) as bar:
        bar.advance(10)
    err = capsys.readouterr().err
    assert "10/10" in err
    assert "articles" in err

"""The pipeline: batches in, ordered tables out, shards on disk, resume, notebook API."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from batch_corpus import fake_corpus, make_documents, make_quarantine

from framing import schemas
from framing.errors import BadRecordError, UsageError
from framing.pipeline import (
    STAGES,
    BatchJob,
    analyze,
    analyze_batch,
    analyze_documents,
    order_rows,
    run_analysis,
)
from framing.resources import Resources, load_resources
from framing.shards import marker_path, shard_path


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


def test_analyze_documents_on_empty_input_returns_every_schema(resources: Resources) -> None:
    tables = analyze_documents(schemas.empty(schemas.DOCUMENTS), resources)
    assert set(tables) == set(schemas.TABLES) - {"quarantine"}
    for name, frame in tables.items():
        assert frame.schema == schemas.TABLES[name], name
        assert frame.height == 0


def test_analyze_documents_times_every_stage(resources: Resources) -> None:
    timings: dict[str, float] = {}
    tables = analyze_documents(make_documents(4), resources, timings=timings)
    assert set(timings) == set(STAGES)
    assert all(seconds >= 0 for seconds in timings.values())
    assert tables["articles"]["article_id"].to_list() == ["a000", "a001", "a002", "a003"]
    assert (tables["articles"]["n_words"] > 0).all()


def test_order_rows_puts_rows_in_article_then_offset_order() -> None:
    documents = make_documents(3)
    voices = pl.DataFrame(
        {
            "article_id": ["a002", "a000", "a001", "a000"],
            "start": [0, 10, 0, 0],
            "end": [5, 20, 4, 10],
            "voice": ["author"] * 4,
            "speaker": [None] * 4,
            "speaker_actor": [None] * 4,
        },
        schema=schemas.VOICES,
    )
    ordered = order_rows(documents, {"voices": voices})["voices"]
    assert ordered.select("article_id", "start").rows() == [
        ("a000", 0),
        ("a000", 10),
        ("a001", 0),
        ("a002", 0),
    ]
    assert ordered.schema == schemas.VOICES
    shuffled = order_rows(documents, {"voices": voices.reverse()})["voices"]
    assert shuffled.equals(ordered)


def test_analyze_batch_counts_documents_and_quarantine(resources: Resources) -> None:
    job = BatchJob(7, make_documents(2), make_quarantine("not JSON"))
    result = analyze_batch(job, resources)
    assert (result.counts.index, result.counts.n_documents, result.counts.n_quarantined) == (
        7,
        2,
        1,
    )
    assert set(result.tables) == set(schemas.TABLES)
    assert result.tables["quarantine"]["reason"].to_list() == ["not JSON"]


def read_all(tables_dir: Path) -> dict[str, pl.DataFrame]:
    return {name: pl.read_parquet(tables_dir / f"{name}.parquet") for name in schemas.TABLES}


def test_run_analysis_writes_every_table_from_all_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_corpus(monkeypatch, n_articles=7, batch_size=3, quarantine_every=2)
    stats = run_analysis(["fake"], tables_dir=tmp_path / "tables", batch_size=3)
    assert (stats.n_read, stats.n_analysed, stats.n_quarantined) == (9, 7, 2)
    assert stats.n_batches == 3
    assert set(stats.stage_seconds) == set(STAGES)
    tables = read_all(tmp_path / "tables")
    for name, schema in schemas.TABLES.items():
        assert tables[name].schema == schema, name
        csv = pl.read_csv(tmp_path / "tables" / f"{name}.csv", infer_schema=False)
        assert csv.height == tables[name].height, name
        assert stats.table_rows[name] == tables[name].height
    assert tables["articles"]["article_id"].to_list() == [f"a{n:03d}" for n in range(7)]
    assert tables["quarantine"]["reason"].to_list() == [
        "bad record in batch 0",
        "bad record in batch 2",
    ]


def test_run_analysis_on_an_empty_corpus_writes_empty_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_corpus(monkeypatch, n_articles=0, batch_size=3)
    stats = run_analysis(["fake"], tables_dir=tmp_path / "tables")
    assert (stats.n_read, stats.n_batches) == (0, 0)
    for name, frame in read_all(tmp_path / "tables").items():
        assert frame.height == 0
        assert frame.schema == schemas.TABLES[name]


def test_run_analysis_matches_the_notebook_api(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_corpus(monkeypatch, n_articles=5, batch_size=2, quarantine_every=3)
    run_analysis(["fake"], tables_dir=tmp_path / "tables", batch_size=2)
    in_memory = analyze(["fake"], batch_size=2)
    for name, frame in read_all(tmp_path / "tables").items():
        assert in_memory[name].equals(frame, null_equal=True), name


def test_resume_reuses_finished_batches_and_redoes_missing_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_corpus(monkeypatch, n_articles=8, batch_size=2)
    work = tmp_path / "work"
    first = run_analysis(
        ["fake"], tables_dir=tmp_path / "first", work_dir=work, batch_size=2, keep_work=True
    )
    assert first.n_reused_batches == 0
    # An interrupted run: batch 2 never finished (its marker and one shard are missing).
    marker_path(work, 2).unlink()
    shard_path(work, "voices", 2).unlink()
    resumed = run_analysis(
        ["fake"], tables_dir=tmp_path / "resumed", work_dir=work, resume=True, batch_size=2
    )
    assert resumed.n_reused_batches == 3
    assert (resumed.n_read, resumed.n_analysed) == (8, 8)
    for name in schemas.TABLES:
        assert (tmp_path / "resumed" / f"{name}.parquet").read_bytes() == (
            tmp_path / "first" / f"{name}.parquet"
        ).read_bytes(), name


def test_resume_starts_clean_when_inputs_or_options_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    fake_corpus(monkeypatch, n_articles=4, batch_size=2)
    run_analysis(["fake"], tables_dir=tmp_path / "a", work_dir=work, batch_size=2, keep_work=True)
    fake_corpus(monkeypatch, n_articles=4, batch_size=2, digest="1" * 64)
    changed_input = run_analysis(
        ["fake"],
        tables_dir=tmp_path / "b",
        work_dir=work,
        resume=True,
        batch_size=2,
        keep_work=True,
    )
    assert changed_input.n_reused_batches == 0
    changed_option = run_analysis(
        ["fake"],
        tables_dir=tmp_path / "c",
        work_dir=work,
        resume=True,
        batch_size=3,
        keep_work=True,
    )
    assert changed_option.n_reused_batches == 0
    recorded = json.loads((work / "run.json").read_text())
    assert recorded["options"]["batch_size"] == 3


def test_without_resume_old_shards_are_discarded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    fake_corpus(monkeypatch, n_articles=4, batch_size=2)
    run_analysis(["fake"], tables_dir=tmp_path / "a", work_dir=work, batch_size=2, keep_work=True)
    again = run_analysis(["fake"], tables_dir=tmp_path / "b", work_dir=work, batch_size=2)
    assert again.n_reused_batches == 0
    assert again.n_analysed == 4
    # A finished run cleans up after itself.
    assert not work.exists()


def test_resume_without_a_work_folder_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="work folder"):
        run_analysis(["fake"], tables_dir=tmp_path / "tables", resume=True)


def test_progress_bar_writes_to_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_corpus(monkeypatch, n_articles=3, batch_size=2)
    run_analysis(["fake"], tables_dir=tmp_path / "tables", progress=True, batch_size=2)
    captured = capsys.readouterr()
    assert "articles" in captured.err
    assert captured.out == ""
    run_analysis(["fake"], tables_dir=tmp_path / "quiet", batch_size=2)
    assert capsys.readouterr().err == ""


def fail_on_egypt(documents: pl.DataFrame, *args: object) -> pl.DataFrame:
    """A detector with a bug that only one kind of article triggers."""
    if documents["text"].str.contains("Egypt").any():
        raise ValueError("cannot handle Egypt")
    return schemas.empty(schemas.ACTOR_MENTIONS)


def test_an_article_that_breaks_a_stage_is_quarantined(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_corpus(monkeypatch, n_articles=8, batch_size=4)
    monkeypatch.setattr("framing.pipeline.find_actor_mentions", fail_on_egypt)
    stats = run_analysis(["fake"], tables_dir=tmp_path / "tables", batch_size=4)
    # Articles 3 and 7 carry the Egypt body (every fourth one).
    assert (stats.n_read, stats.n_analysed, stats.n_quarantined) == (8, 6, 2)
    tables = read_all(tmp_path / "tables")
    assert "a003" not in tables["articles"]["article_id"].to_list()
    assert tables["quarantine"]["record"].to_list() == ["article a003", "article a007"]
    assert tables["quarantine"]["reason"].str.contains("ValueError: cannot handle Egypt").all()


def test_strict_stops_at_an_article_that_breaks_a_stage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_corpus(monkeypatch, n_articles=4, batch_size=4)
    monkeypatch.setattr("framing.pipeline.find_actor_mentions", fail_on_egypt)
    with pytest.raises(BadRecordError, match="article a003.*cannot handle Egypt"):
        run_analysis(["fake"], tables_dir=tmp_path / "tables", strict=True)

"""Executors: the same results whatever runs the batches; lazy intake; clear usage errors."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from batch_corpus import fake_corpus

from framing import schemas
from framing.errors import UsageError
from framing.executors import (
    COLLECTOR_YOUNG_THRESHOLD,
    ProcessExecutor,
    SerialExecutor,
    open_executor,
)
from framing.pipeline import run_analysis
from framing.resources import Resources, load_resources


def square(item: int, resources: Resources) -> int:
    """A batch function that needs no data (importable by spawned workers)."""
    return item * item


#: The variables capping a worker's threads at one (``WORKER_ENVIRONMENT``).
THREAD_CAPS = ("POLARS_MAX_THREADS", "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")


def worker_environment(item: int, resources: Resources) -> tuple[str | None, ...]:
    """What a worker sees of the variables that cap polars' and BLAS's threads."""
    return tuple(os.environ.get(name) for name in THREAD_CAPS)


def worker_collector(item: int, resources: Resources) -> tuple[int, bool]:
    """A worker's young-generation threshold, and whether it froze its resources."""
    return gc.get_threshold()[0], gc.get_freeze_count() > 0


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


def test_serial_executor_keeps_input_order(resources: Resources) -> None:
    assert list(SerialExecutor(resources).map_unordered(square, range(5))) == [0, 1, 4, 9, 16]


def test_serial_executor_on_no_items(resources: Resources) -> None:
    assert list(SerialExecutor(resources).map_unordered(square, [])) == []


@pytest.mark.slow
def test_process_executor_runs_every_item_with_capped_threads(resources: Resources) -> None:
    pulled: list[int] = []

    def items() -> Iterator[int]:
        for item in range(10):
            pulled.append(item)
            yield item

    environment_before = [os.environ.get(name) for name in THREAD_CAPS]
    executor = ProcessExecutor(resources, workers=2)
    try:
        results = executor.map_unordered(square, items())
        first = next(results)
        # Back-pressure: the reader is not drained ahead of the workers.
        assert len(pulled) <= executor.max_in_flight + 1
        assert sorted([first, *results]) == [n * n for n in range(10)]
        assert set(executor.map_unordered(worker_environment, range(4))) == {("1", "1", "1")}
        # Workers collect young objects less often and leave their resources out.
        collector = set(executor.map_unordered(worker_collector, range(4)))
        assert collector == {(COLLECTOR_YOUNG_THRESHOLD, True)}
    finally:
        executor.close()
    # The cap is for workers only: this process's environment is left as it was.
    assert [os.environ.get(name) for name in THREAD_CAPS] == environment_before


@pytest.mark.parametrize(
    ("kind", "options", "message"),
    [
        ("threads", {}, "unknown executor"),
        ("process", {"workers": 0}, "at least 1"),
        ("serial", {"scheduler": "tcp://127.0.0.1:8786"}, "--executor dask"),
    ],
)
def test_bad_executor_options_are_usage_errors(
    resources: Resources, kind: str, options: dict[str, object], message: str
) -> None:
    with (
        pytest.raises(UsageError, match=message),
        open_executor(kind, resources, **options),  # type: ignore[arg-type]
    ):
        pass


def run_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> Path:
    fake_corpus(monkeypatch, n_articles=7, batch_size=3)
    tables = tmp_path / kind
    run_analysis(["fake"], tables_dir=tables, executor=kind, workers=2, batch_size=3)
    return tables


@pytest.mark.slow
def test_every_executor_writes_the_same_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    serial = run_tables(tmp_path, monkeypatch, "serial")
    for kind in ("process", "dask"):
        other = run_tables(tmp_path, monkeypatch, kind)
        reasons = pl.read_parquet(other / "quarantine.parquet")["reason"].to_list()
        assert reasons == pl.read_parquet(serial / "quarantine.parquet")["reason"].to_list()
        for name in schemas.TABLES:
            expected = pl.read_parquet(serial / f"{name}.parquet")
            got = pl.read_parquet(other / f"{name}.parquet")
            assert got.equals(expected, null_equal=True), (kind, name)
            # Not only equal frames: the very same bytes.
            assert (other / f"{name}.parquet").read_bytes() == (
                serial / f"{name}.parquet"
            ).read_bytes(), (kind, name)
        assert pl.read_parquet(other / "articles.parquet").height == 7


@pytest.mark.slow
def test_dask_executor_joins_a_running_scheduler(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging

    from dask.distributed import LocalCluster

    fake_corpus(monkeypatch, n_articles=3, batch_size=2)
    with LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        dashboard_address=":0",
        silence_logs=logging.ERROR,
    ) as cluster:
        stats = run_analysis(
            ["fake"],
            tables_dir=tmp_path / "tables",
            executor="dask",
            scheduler=cluster.scheduler_address,
            batch_size=2,
        )
    assert (stats.n_analysed, stats.n_batches) == (3, 2)
    assert pl.read_parquet(tmp_path / "tables" / "articles.parquet").height == 3


def test_an_unreachable_scheduler_is_a_usage_error(
    resources: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("framing.executors.SCHEDULER_TIMEOUT", "1s")
    with (
        pytest.raises(UsageError, match="cannot reach the Dask scheduler"),
        open_executor("dask", resources, scheduler="tcp://127.0.0.1:9"),
    ):
        pass

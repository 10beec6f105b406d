"""Executors: run one batch function over a stream of batches, serially or in parallel.

Every executor has the same contract: ``map_unordered(fn, items)`` calls
``fn(item, resources)`` for each item and yields the results as they finish (in
any order; callers put them back in order by the batch index they carry).
Items are pulled from the iterator only as workers free up (at most
``max_in_flight`` outstanding), so a reader streaming a large corpus is never
drained into memory ahead of the workers.

- ``serial``: in this process; the reference the others must match.
- ``process``: a ``ProcessPoolExecutor`` with spawned workers; the resources
  are sent once per worker through the initializer, not once per batch.
- ``dask``: a ``dask.distributed`` client, joining ``scheduler`` or starting a
  local cluster of single-threaded worker processes; the resources are
  broadcast once. The batch function's results travel back to this process,
  so workers need no shared file system.

Scripts that use ``process`` or ``dask`` must guard their entry point with
``if __name__ == "__main__":`` because workers are spawned, not forked.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from itertools import islice
from typing import Any, Protocol, TypeVar

from framing.errors import UsageError
from framing.resources import Resources

T = TypeVar("T")
R = TypeVar("R")

EXECUTORS = ("serial", "process", "dask")

#: Worker processes run one batch at a time; polars' own thread pool, and numpy's
#: BLAS threads (the encoder of ``--context``), would only oversubscribe the cores
#: the workers already occupy. Measured with ``--context`` on 200 AllSides
#: articles, 2 workers, batches of 50: 60.8 s with BLAS threads, 39.9 s without.
WORKER_ENVIRONMENT = {
    "POLARS_MAX_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
}

#: The cyclic garbage collector's young-generation threshold in processes framing owns
#: (its workers, the command line), instead of Python's 700 allocations.
COLLECTOR_YOUNG_THRESHOLD = 10_000

#: How long to wait for a Dask scheduler given with ``--scheduler``.
SCHEDULER_TIMEOUT = "20s"


class BatchExecutor(Protocol):
    """Runs ``fn(item, resources)`` over items; yields results as they complete."""

    def map_unordered(self, fn: Callable[[T, Resources], R], items: Iterable[T]) -> Iterator[R]:
        """Yield ``fn(item, resources)`` for every item, in completion order."""
        ...


class SerialExecutor:
    """Runs every batch in this process, in order."""

    def __init__(self, resources: Resources) -> None:
        self.resources = resources

    def map_unordered(self, fn: Callable[[T, Resources], R], items: Iterable[T]) -> Iterator[R]:
        """Yield ``fn(item, resources)`` for every item, in input order."""
        for item in items:
            yield fn(item, self.resources)


# The resources a process-pool worker received at start-up (one copy per worker).
_worker_resources: Resources | None = None


def tune_collector_for_batches() -> None:
    """Set up the garbage collector of a process that framing owns for batch analysis.

    Analysing a batch allocates millions of short-lived objects, almost none of
    them in reference cycles, while the resources stay alive for the whole run.
    So the objects alive now (the resources, once loaded) are moved out of the
    collector's view (``gc.freeze``), and young objects are collected every
    ``COLLECTOR_YOUNG_THRESHOLD`` allocations. Measured on 2,000 AllSides articles
    in one process: collections took 1.9 s of 19.7 s with Python's defaults and
    0.7 s with these. Not for a user's own process: ``framing.analyze`` leaves
    its collector alone.
    """
    gc.freeze()
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, COLLECTOR_YOUNG_THRESHOLD), *older)


def _start_process_worker(pickled: bytes) -> None:
    global _worker_resources
    _worker_resources = pickle.loads(pickled)
    tune_collector_for_batches()


def _call_in_process_worker(fn: Callable[[T, Resources], R], item: T) -> R:
    if _worker_resources is None:
        raise RuntimeError("process worker used before its initializer ran")
    return fn(item, _worker_resources)


@contextlib.contextmanager
def _scoped_environment(values: dict[str, str]) -> Iterator[None]:
    """Set environment variables that spawned workers inherit; restore them after."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


class ProcessExecutor:
    """Runs batches in a pool of spawned worker processes, with back-pressure."""

    def __init__(self, resources: Resources, workers: int) -> None:
        self.workers = workers
        self.max_in_flight = 2 * workers
        self._drained = False
        # spawn, not fork: forking a process that holds polars' thread pool can deadlock.
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_process_worker,
            # Sent as bytes: a spawned child reads bytes from its start-up pipe at
            # once, while unpickling the resources there would first import the
            # package and hold up the parent's write, and so the next worker's
            # start (measured: 0.75 s per worker before, 0.58 s after).
            initargs=(pickle.dumps(resources, protocol=pickle.HIGHEST_PROTOCOL),),
        )

    def map_unordered(self, fn: Callable[[T, Resources], R], items: Iterable[T]) -> Iterator[R]:
        """Yield results as workers finish them, keeping at most ``max_in_flight`` queued."""
        self._drained = False
        iterator = iter(items)
        pending: set[Future[R]] = set()
        # Workers are spawned lazily on submit; they inherit the environment then.
        with _scoped_environment(WORKER_ENVIRONMENT):
            for item in islice(iterator, self.max_in_flight):
                pending.add(self._pool.submit(_call_in_process_worker, fn, item))
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                result = future.result()
                with _scoped_environment(WORKER_ENVIRONMENT):
                    for item in islice(iterator, 1):
                        pending.add(self._pool.submit(_call_in_process_worker, fn, item))
                yield result
        self._drained = True

    def close(self) -> None:
        """Stop the workers, dropping batches not yet started. After a finished
        map the idle workers exit on their own while the caller goes on."""
        self._pool.shutdown(wait=not self._drained, cancel_futures=True)


class DaskExecutor:
    """Runs batches as tasks on a Dask cluster (joined, or started locally)."""

    def __init__(self, resources: Resources, workers: int, scheduler: str | None) -> None:
        try:
            import dask
            from dask.distributed import Client, LocalCluster
        except ImportError as error:
            raise UsageError(
                "--executor dask needs dask[distributed]: pip install 'framing[dask]'"
            ) from error
        self._cluster: Any = None
        if scheduler:
            try:
                self._client = Client(scheduler, timeout=SCHEDULER_TIMEOUT)
            except (OSError, TimeoutError) as error:
                raise UsageError(f"cannot reach the Dask scheduler {scheduler}: {error}") from error
        else:
            environment = {
                f"distributed.nanny.pre-spawn-environ.{name}": value
                for name, value in WORKER_ENVIRONMENT.items()
            }
            with dask.config.set(environment):
                self._cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",
                    silence_logs=logging.ERROR,
                )
            self._client = Client(self._cluster)
        n_workers = len(self._client.scheduler_info().get("workers", {})) or workers
        self.max_in_flight = 2 * n_workers
        self._resources = self._client.scatter(resources, broadcast=True)
        if self._cluster is not None:  # our own workers; a joined cluster's are left alone
            self._client.run(tune_collector_for_batches)

    def map_unordered(self, fn: Callable[[T, Resources], R], items: Iterable[T]) -> Iterator[R]:
        """Yield task results as they complete, keeping at most ``max_in_flight`` submitted."""
        from dask.distributed import as_completed

        iterator = iter(items)
        completed = as_completed()
        for item in islice(iterator, self.max_in_flight):
            completed.add(self._client.submit(fn, item, self._resources, pure=False))
        for future in completed:
            result = future.result()
            future.release()
            for item in islice(iterator, 1):
                completed.add(self._client.submit(fn, item, self._resources, pure=False))
            yield result

    def close(self) -> None:
        """Disconnect; stop the local cluster if this executor started it."""
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def default_workers() -> int:
    """One worker per available core."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not every platform has sched_getaffinity
        return os.cpu_count() or 1


@contextlib.contextmanager
def open_executor(
    kind: str,
    resources: Resources,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
) -> Iterator[BatchExecutor]:
    """The executor named ``kind`` (serial, process, dask), closed on exit.

    Raises ``UsageError`` for an unknown kind, a worker count below 1, or a
    scheduler address given to an executor other than dask.
    """
    if kind not in EXECUTORS:
        raise UsageError(f"unknown executor {kind!r}; choose one of {', '.join(EXECUTORS)}")
    if workers is not None and workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    if scheduler and kind != "dask":
        raise UsageError("--scheduler needs --executor dask")
    n_workers = workers or default_workers()
    if kind == "serial":
        yield SerialExecutor(resources)
    elif kind == "process":
        process = ProcessExecutor(resources, n_workers)
        try:
            yield process
        finally:
            process.close()
    else:
        dask_executor = DaskExecutor(resources, n_workers, scheduler)
        try:
            yield dask_executor
        finally:
            dask_executor.close()

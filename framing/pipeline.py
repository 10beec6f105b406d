"""The analysis core: documents in, the contract tables out, in batches.

``analyze_documents`` runs every per-article stage on one batch of documents.
``analyze_batch`` wraps it as the unit of work the executors run: it puts each
table's rows in a fixed order, so results do not depend on where a batch ran.
``run_analysis`` streams a corpus through an executor into Parquet shards and
writes the final tables from them (flat memory, resumable); ``analyze`` is the
notebook API that returns the tables as frames.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from framing import __version__, schemas
from framing.attribution import attribute_voices
from framing.context_score import score_in_context
from framing.crosslinks import find_crosslinks
from framing.errors import BadRecordError, FramingError, UsageError
from framing.executors import open_executor
from framing.loaded_terms import find_loaded_terms
from framing.mentions import find_actor_mentions
from framing.progress import open_progress
from framing.readers import ColumnOptions, ReadBatch, read_corpus
from framing.resources import ResourceOptions, Resources, load_resources
from framing.sentences import split_sentences
from framing.sentiment import score_actor_sentiment
from framing.shards import (
    BatchCounts,
    merge_shards,
    prepare_work_dir,
    read_finished_batches,
    remove_work_dir,
    write_batch_shards,
)

Tables = dict[str, pl.DataFrame]

#: Per-article stages in the order ``analyze_documents`` runs them (timing keys).
STAGES = (
    "sentences",
    "crosslinks",
    "attribution",
    "loaded_terms",
    "mentions",
    "sentiment",
    "articles",
)

#: Columns that order a table's rows within one article (after the article's
#: position in its batch); every remaining column breaks ties, so the order is total.
ROW_ORDER: dict[str, tuple[str, ...]] = {
    "articles": (),
    "voices": ("start", "end"),
    "loaded_terms": ("start", "end"),
    "sources": ("content_start", "cue_start", "source_start"),
    "crosslinks": ("start", "end"),
    "actor_mentions": ("start", "end"),
    "actor_sentiment": ("actor", "voice_group"),
}


def count_words(documents: pl.DataFrame) -> pl.Series:
    """Words in the body (headline excluded), counted as runs of letters or digits."""
    return (
        documents.select(
            pl.col("text").str.slice(pl.col("body_start")).str.count_matches(r"\w+(?:['’\-]\w+)*")
        )
        .to_series()
        .cast(pl.Int64)
    )


class _StageClock:
    """Adds each stage's wall time to ``timings`` (when given)."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        if self.timings is not None:
            self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
        self.last = now


def analyze_documents(
    documents: pl.DataFrame, resources: Resources, *, timings: dict[str, float] | None = None
) -> Tables:
    """Every per-article stage on one batch; returns the per-article contract tables.

    ``timings``, when given, receives the seconds spent in each of ``STAGES``
    (added to what it already holds).
    """
    documents = schemas.conform(documents, schemas.DOCUMENTS)
    clock = _StageClock(timings)
    sentences = split_sentences(documents)
    clock.lap("sentences")
    crosslinks = find_crosslinks(documents)
    clock.lap("crosslinks")
    voices, sources = attribute_voices(documents, sentences, crosslinks, resources.actors)
    clock.lap("attribution")
    loaded = find_loaded_terms(documents, voices, resources.lexicon, resources.actors)
    if resources.context is not None:
        loaded = score_in_context(
            loaded, documents, sentences, resources.lexicon, resources.context
        )
    clock.lap("loaded_terms")
    mentions = find_actor_mentions(documents, sentences, voices, resources.actors)
    clock.lap("mentions")
    sentiment = score_actor_sentiment(documents, sentences, voices, mentions, loaded)
    clock.lap("sentiment")
    n_sentences = (
        sentences.filter(pl.col("sentence_index") >= 0)
        .group_by("article_id")
        .len(name="n_sentences")
    )
    articles = (
        documents.with_columns(n_words=count_words(documents))
        .join(n_sentences, on="article_id", how="left", maintain_order="left")
        .with_columns(pl.col("n_sentences").fill_null(0))
    )
    tables = {
        "articles": schemas.conform(articles, schemas.ARTICLES),
        "voices": schemas.conform(voices, schemas.VOICES),
        "loaded_terms": schemas.conform(loaded, schemas.LOADED_TERMS),
        "sources": schemas.conform(sources, schemas.SOURCES),
        "crosslinks": schemas.conform(crosslinks, schemas.CROSSLINKS),
        "actor_mentions": schemas.conform(mentions, schemas.ACTOR_MENTIONS),
        "actor_sentiment": schemas.conform(sentiment, schemas.ACTOR_SENTIMENT),
    }
    clock.lap("articles")
    return tables


def order_rows(documents: pl.DataFrame, tables: Tables) -> Tables:
    """Each table's rows sorted by article position in ``documents``, then ``ROW_ORDER``.

    Detectors may emit rows in any order (hash group-bys are not stable); sorting
    here makes every batch's output, and so every run's tables, identical.
    """
    positions = (
        documents.select("article_id")
        .with_row_index("_position")
        .unique("article_id", keep="first", maintain_order=True)
    )
    ordered: Tables = {}
    for name, frame in tables.items():
        leading = ROW_ORDER.get(name)
        if leading is None or frame.height < 2:
            ordered[name] = frame
            continue
        rest = [column for column in frame.columns if column not in leading]
        ordered[name] = (
            frame.join(positions, on="article_id", how="left", maintain_order="left")
            .sort(["_position", *leading, *rest], nulls_last=True, maintain_order=True)
            .drop("_position")
        )
    return ordered


@dataclass(frozen=True)
class BatchJob:
    """One batch as read: its index in the corpus, documents and quarantined records.

    ``strict``: an article that makes a stage fail stops the run (``BadRecordError``)
    instead of going to quarantine.
    """

    index: int
    documents: pl.DataFrame
    quarantine: pl.DataFrame
    strict: bool = False


@dataclass(frozen=True)
class BatchResult:
    """One batch analysed: counts, every contract table, seconds per stage."""

    counts: BatchCounts
    tables: Tables
    stage_seconds: dict[str, float]


def describe_failure(error: Exception) -> str:
    """A quarantine reason for an article on which a stage raised."""
    message = str(error).splitlines()[0] if str(error) else ""
    return f"analysis failed ({type(error).__name__}: {message}); please report this article"


def analyze_one_by_one(
    documents: pl.DataFrame, resources: Resources, timings: dict[str, float]
) -> tuple[Tables, pl.DataFrame]:
    """Each article alone: the tables of those that pass, quarantine rows for the rest."""
    parts: list[Tables] = []
    failed: list[tuple[str | None, str, str]] = []
    for position in range(documents.height):
        article = documents.slice(position, 1)
        try:
            parts.append(analyze_documents(article, resources, timings=timings))
        except Exception as error:  # a detector bug must cost one article, not the run
            row = article.row(0, named=True)
            failed.append(
                (row["source_path"], f"article {row['article_id']}", describe_failure(error))
            )
    tables = concat_tables(parts)
    del tables["quarantine"]
    return tables, pl.DataFrame(failed, schema=schemas.QUARANTINE, orient="row")


def analyze_batch(job: BatchJob, resources: Resources) -> BatchResult:
    """The unit of work of every executor: analyse one batch and order its rows.

    When a stage raises on the batch, the batch is analysed article by article and
    the articles that fail go to quarantine with the error as reason (or, with
    ``job.strict``, the error is raised as ``BadRecordError``).
    """
    timings: dict[str, float] = {}
    quarantine = schemas.conform(job.quarantine, schemas.QUARANTINE)
    documents = schemas.conform(job.documents, schemas.DOCUMENTS)
    try:
        tables = analyze_documents(documents, resources, timings=timings)
    except FramingError:
        raise
    except Exception:
        tables, failed = analyze_one_by_one(documents, resources, timings)
        if job.strict and failed.height:
            first = failed.row(0, named=True)
            raise BadRecordError(
                f"{first['source_path']}: {first['record']}: {first['reason']}"
            ) from None
        quarantine = pl.concat([quarantine, failed])
        documents = documents.filter(pl.col("article_id").is_in(tables["articles"]["article_id"]))
    tables = order_rows(documents, tables)
    tables["quarantine"] = quarantine
    counts = BatchCounts(job.index, documents.height, quarantine.height)
    return BatchResult(counts, tables, timings)


def concat_tables(parts: Iterable[Tables]) -> Tables:
    """Concatenate batch results table by table (every table present, even if empty)."""
    collected: dict[str, list[pl.DataFrame]] = {name: [] for name in schemas.TABLES}
    for part in parts:
        for name, frame in part.items():
            collected[name].append(frame)
    return {
        name: pl.concat(frames) if frames else schemas.empty(schemas.TABLES[name])
        for name, frames in collected.items()
    }


def number_batches(batches: Iterable[ReadBatch], *, strict: bool = False) -> Iterator[BatchJob]:
    """Read batches as jobs carrying their position in the corpus."""
    for index, batch in enumerate(batches):
        yield BatchJob(index, batch.documents, batch.quarantine, strict)


def analyze(
    inputs: Sequence[str | Path],
    *,
    columns: ColumnOptions | None = None,
    resource_options: ResourceOptions | None = None,
    strict: bool = False,
    batch_size: int = 500,
    executor: str = "serial",
    workers: int | None = None,
    scheduler: str | None = None,
    progress: bool = False,
) -> Tables:
    """Read ``inputs`` and return every contract table as a polars frame (held in memory).

    ``resource_options`` choose the lexicons, actors and context model
    (``framing.resources.ResourceOptions``; the built-in packs when None).
    ``executor`` (serial, process, dask), ``workers`` and ``scheduler`` choose
    where batches run; the tables are the same whichever is used. Raises
    ``FramingError`` for unreadable inputs, ``BadRecordError`` for the first bad
    record when ``strict`` is set (otherwise bad records are in ``quarantine``),
    and ``UsageError`` for bad executor options.
    """
    resources = load_resources(resource_options)
    batches = read_corpus(
        inputs, columns=columns or ColumnOptions(), strict=strict, batch_size=batch_size
    )
    results: dict[int, Tables] = {}
    with (
        open_executor(executor, resources, workers=workers, scheduler=scheduler) as pool,
        open_progress(progress, inputs) as bar,
    ):
        for result in pool.map_unordered(analyze_batch, number_batches(batches, strict=strict)):
            results[result.counts.index] = result.tables
            bar.advance(result.counts.n_documents + result.counts.n_quarantined)
    return concat_tables(results[index] for index in sorted(results))


@dataclass
class RunStats:
    """What ``run_analysis`` did, for the manifest and the benchmark."""

    n_read: int = 0  # records read: analysed + quarantined
    n_analysed: int = 0
    n_quarantined: int = 0
    n_duplicates: int = 0  # analysed articles whose id repeated an earlier one (renamed id~N)
    inputs: list[dict[str, Any]] = field(default_factory=list)  # readers.hash_inputs
    lexicon_packs: list[dict[str, Any]] = field(default_factory=list)  # for the manifest
    actor_packs: list[dict[str, Any]] = field(default_factory=list)
    elapsed: float = 0.0  # wall seconds, reading to final tables
    stage_seconds: dict[str, float] = field(default_factory=dict)  # summed over batches
    table_rows: dict[str, int] = field(default_factory=dict)
    n_batches: int = 0
    n_reused_batches: int = 0  # finished shards taken over by --resume
    executor: str = "serial"
    workers: int | None = None

    def add(self, counts: BatchCounts) -> None:
        """Count one batch's records."""
        self.n_analysed += counts.n_documents
        self.n_quarantined += counts.n_quarantined
        self.n_read += counts.n_documents + counts.n_quarantined


def count_duplicate_ids(articles_path: Path) -> int:
    """Articles the readers kept under a renamed id because their id repeated (``duplicate_of``)."""
    return int(
        pl.scan_parquet(articles_path)
        .filter(pl.col("meta").str.contains('"duplicate_of"', literal=True))
        .select(pl.len())
        .collect()
        .item()
    )


def describe_run(
    inputs_hashes: list[dict[str, Any]],
    resources: Resources,
    *,
    columns: ColumnOptions,
    strict: bool,
    batch_size: int,
) -> dict[str, Any]:
    """What a run's shards depend on; shards are reused only when this is unchanged."""
    fingerprint = {
        "framing": __version__,
        "inputs": inputs_hashes,
        "lexicons": resources.lexicon.packs,
        "actors": resources.actors.packs,
        "options": {"columns": asdict(columns), "strict": strict, "batch_size": batch_size},
    }
    if resources.context is not None:
        fingerprint["context_model"] = resources.context.digest
    # Round-trip through JSON so it compares equal to the recorded copy.
    return dict(json.loads(json.dumps(fingerprint, sort_keys=True, default=str)))


def run_analysis(
    inputs: Sequence[str | Path],
    *,
    tables_dir: Path,
    columns: ColumnOptions | None = None,
    resource_options: ResourceOptions | None = None,
    strict: bool = False,
    executor: str = "serial",
    workers: int | None = None,
    scheduler: str | None = None,
    resume: bool = False,
    work_dir: Path | None = None,
    progress: bool = False,
    batch_size: int = 500,
    keep_work: bool = False,
) -> RunStats:
    """Analyse ``inputs`` batch by batch and write ``tables_dir/<table>.parquet`` and ``.csv``.

    Batches stream from the readers through the executor into Parquet shards in
    ``work_dir`` (a temporary folder when None); the final tables are then
    streamed from the shards, so memory stays flat as the corpus grows. With
    ``resume``, finished shards in ``work_dir`` are reused when the inputs,
    lexicon and actor packs and options are unchanged. The shards are removed
    once the tables are written, unless ``keep_work`` is set; an interrupted run
    leaves them for ``resume``. Raises ``UsageError``
    for bad options (``resume`` without ``work_dir``, an unknown executor),
    ``InputError``/``BadRecordError`` from the readers, ``OutputError`` when a
    folder cannot be written.
    """
    if batch_size < 1:
        raise UsageError(f"batch size must be at least 1, not {batch_size}")
    if resume and work_dir is None:
        raise UsageError("--resume needs a work folder to resume from")
    from framing.readers import hash_inputs

    started = time.perf_counter()
    columns = columns or ColumnOptions()
    resources = load_resources(resource_options)
    stats = RunStats(
        inputs=hash_inputs(inputs),
        lexicon_packs=resources.lexicon.packs,
        actor_packs=resources.actors.packs,
        executor=executor,
        workers=workers,
    )
    fingerprint = describe_run(
        stats.inputs, resources, columns=columns, strict=strict, batch_size=batch_size
    )
    with tempfile.TemporaryDirectory(prefix="framing-work-") as scratch:
        folder = work_dir if work_dir is not None else Path(scratch)
        reusable = prepare_work_dir(folder, fingerprint, resume=resume)
        finished = read_finished_batches(folder) if reusable else {}
        with (
            open_executor(executor, resources, workers=workers, scheduler=scheduler) as pool,
            open_progress(progress, [Path(str(item["path"])) for item in stats.inputs]) as bar,
        ):

            def pending_jobs() -> Iterator[BatchJob]:
                # Reading continues through reused batches so indices stay aligned.
                for job in number_batches(
                    read_corpus(inputs, columns=columns, strict=strict, batch_size=batch_size),
                    strict=strict,
                ):
                    stats.n_batches = job.index + 1
                    if job.index in finished:
                        stats.add(finished[job.index])
                        stats.n_reused_batches += 1
                        bar.advance(job.documents.height + job.quarantine.height)
                    else:
                        yield job

            for result in pool.map_unordered(analyze_batch, pending_jobs()):
                write_batch_shards(folder, result.counts, result.tables)
                stats.add(result.counts)
                for stage, seconds in result.stage_seconds.items():
                    stats.stage_seconds[stage] = stats.stage_seconds.get(stage, 0.0) + seconds
                bar.advance(result.counts.n_documents + result.counts.n_quarantined)
        stats.table_rows = merge_shards(folder, tables_dir, stats.n_batches)
        stats.n_duplicates = count_duplicate_ids(tables_dir / "articles.parquet")
        if work_dir is not None and not keep_work:
            remove_work_dir(work_dir)
    stats.elapsed = time.perf_counter() - started
    return stats

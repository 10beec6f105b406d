"""Raw records to DOCUMENTS rows: text assembly, ids, dates, and the per-record checks.

Every reader turns its input into the same raw shape (``RawRow`` one at a time, or a
polars frame of ``RAW`` for whole tables) plus ``Rejected`` items for what it could
not parse. ``BatchAssembler`` finishes raw records in vectorised steps, sends bad
ones to quarantine, keeps duplicate ids distinct, and cuts the stream into batches.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

import polars as pl

from framing import schemas
from framing.errors import BadRecordError
from framing.readers.dates import parse_dates

#: Articles whose body is larger than this (UTF-8 bytes) are quarantined: the
#: per-article stages are not built for book-length texts, and a limit keeps the
#: memory of one batch bounded. Real news articles stay far below 1 MB.
MAX_TEXT_BYTES = 5 * 1024 * 1024

#: The raw shape every reader produces. ``record`` locates the record in its file
#: (``-`` for a whole file, ``line N``, ``row N``); ``fallback_id`` is the article id
#: used when the input gives none; ``meta`` is a JSON object of further fields.
RAW = pl.Schema(
    {
        "source_path": pl.String,
        "record": pl.String,
        "fallback_id": pl.String,
        "article_id": pl.String,
        "outlet": pl.String,
        "title": pl.String,
        "date": pl.String,
        "url": pl.String,
        "body": pl.String,
        "meta": pl.String,
    }
)

UNKNOWN_OUTLET = "unknown"


class RawRow(NamedTuple):
    """One record as read, fields as strings (``None`` when absent)."""

    source_path: str
    record: str
    fallback_id: str
    article_id: str | None
    outlet: str | None
    title: str | None
    date: str | None
    url: str | None
    body: str | None
    meta: str


class Rejected(NamedTuple):
    """A record (or whole file, ``record == "-"``) that cannot become an article."""

    source_path: str
    record: str
    reason: str


RawItem = RawRow | Rejected | pl.DataFrame


@dataclass(frozen=True)
class ReadBatch:
    """At most ``batch_size`` documents, with the records quarantined since the last batch.

    ``n_duplicates`` counts the documents of this batch whose id repeated an earlier
    one (they are kept, renamed ``<id>~2``, ``<id>~3``, with ``duplicate_of`` in meta).
    """

    documents: pl.DataFrame  # schemas.DOCUMENTS
    quarantine: pl.DataFrame  # schemas.QUARANTINE
    n_duplicates: int = 0


def _blank_to_null(expr: pl.Expr) -> pl.Expr:
    stripped = expr.str.strip_chars()
    return pl.when(stripped == "").then(None).otherwise(stripped)


def find_text_problem(body: pl.Expr, max_text_bytes: int) -> pl.Expr:
    """Why a body cannot be analysed (a string), or null when it can."""
    size = body.str.len_bytes()
    return (
        pl.when(body.is_null())
        .then(pl.lit("record without text"))
        .when(body.str.len_chars() == 0)
        .then(pl.lit("empty text"))
        .when(body.str.strip_chars().str.len_chars() == 0)
        .then(pl.lit("whitespace-only text"))
        .when(size > max_text_bytes)
        .then(pl.format("text too large: {} bytes (limit {})", size, pl.lit(max_text_bytes)))
        .otherwise(None)
    )


def assemble_documents(raw: pl.DataFrame) -> pl.DataFrame:
    """DOCUMENTS columns (plus ``_raw_date``) from good raw records, ids not yet deduplicated.

    The title is trimmed with its inner whitespace collapsed (it becomes the first
    line of ``text``); the body is kept exactly as read.
    """
    title = pl.col("title").str.replace_all(r"\s+", " ").str.strip_chars()
    return raw.with_columns(title=pl.when(title == "").then(None).otherwise(title)).with_columns(
        text=pl.when(pl.col("title").is_not_null())
        .then(pl.concat_str([pl.col("title"), pl.lit("\n\n"), pl.col("body")]))
        .otherwise(pl.col("body")),
        body_start=pl.when(pl.col("title").is_not_null())
        .then(pl.col("title").str.len_chars().cast(pl.Int64) + 2)
        .otherwise(pl.lit(0, dtype=pl.Int64)),
        published=parse_dates(pl.col("date")),
        article_id=pl.coalesce(_blank_to_null(pl.col("article_id")), pl.col("fallback_id")),
        outlet=_blank_to_null(pl.col("outlet")).fill_null(UNKNOWN_OUTLET),
        url=_blank_to_null(pl.col("url")),
        _raw_date=_blank_to_null(pl.col("date")),
    )


class BatchAssembler:
    """Collects raw items and hands out ``ReadBatch``es; remembers ids across batches.

    With ``strict`` set, the first rejected record raises ``BadRecordError`` instead.
    """

    def __init__(self, *, strict: bool, batch_size: int, max_text_bytes: int) -> None:
        self.strict = strict
        self.batch_size = batch_size
        self.max_text_bytes = max_text_bytes
        self._seen: dict[str, int] = {}
        self._rows: list[RawRow] = []
        self._row_numbers: list[int] = []
        self._documents: list[pl.DataFrame] = []
        self._n_documents = 0
        # (position in the input, rejection): quarantine rows are handed out in input
        # order even though text checks run later, on whole frames.
        self._quarantine: list[tuple[int, Rejected]] = []
        self._position = 0
        self._duplicates: list[str] = []

    def add(self, item: RawItem) -> None:
        """Take one raw row, raw frame or rejected record."""
        if isinstance(item, Rejected):
            self._reject(item, self._position)
            self._position += 1
        elif isinstance(item, RawRow):
            self._rows.append(item)
            self._row_numbers.append(self._position)
            self._position += 1
            if len(self._rows) >= self.batch_size:
                self._flush_rows()
        else:
            self._flush_rows()  # keep records in input order
            positions = pl.int_range(
                self._position, self._position + item.height, dtype=pl.Int64, eager=True
            )
            self._position += item.height
            self._finish(item, positions)

    def full_batches(self) -> Iterator[ReadBatch]:
        """The batches that are full so far."""
        while self._n_documents >= self.batch_size:
            yield self._cut(self.batch_size)

    def last_batches(self) -> Iterator[ReadBatch]:
        """Everything left, once the input is exhausted."""
        self._flush_rows()
        yield from self.full_batches()
        if self._n_documents or self._quarantine:
            yield self._cut(self._n_documents)

    def _reject(self, rejected: Rejected, position: int) -> None:
        if self.strict:
            # Records read before this one come first in the input: check them first.
            self._flush_rows()
            raise BadRecordError(
                f"{rejected.source_path}: {rejected.record}: {rejected.reason} (--strict)"
            )
        self._quarantine.append((position, rejected))

    def _flush_rows(self) -> None:
        if self._rows:
            rows, self._rows = self._rows, []
            positions, self._row_numbers = self._row_numbers, []
            frame = pl.DataFrame(rows, schema=RAW, orient="row")
            self._finish(frame, pl.Series(positions, dtype=pl.Int64))

    def _finish(self, raw: pl.DataFrame, positions: pl.Series) -> None:
        checked = raw.with_columns(
            _problem=find_text_problem(pl.col("body"), self.max_text_bytes),
            _position=positions,
        )
        problem = pl.col("_problem").is_not_null()
        for path, record, reason, position in (
            checked.filter(problem)
            .select("source_path", "record", "_problem", "_position")
            .iter_rows()
        ):
            self._reject(Rejected(path, record, reason), position)
        documents = assemble_documents(checked.filter(~problem))
        if documents.height:
            documents = self._annotate(documents)
            self._documents.append(schemas.conform(documents, schemas.DOCUMENTS))
            self._n_documents += documents.height

    def _annotate(self, documents: pl.DataFrame) -> pl.DataFrame:
        """Make ids unique across the whole read and note what the reader changed in meta."""
        ids = documents["article_id"].to_list()
        metas = documents["meta"].to_list()
        unparsed = documents.select(
            pl.when(pl.col("published").is_null()).then(pl.col("_raw_date"))
        ).to_series()
        for index, (article_id, raw_date) in enumerate(zip(ids, unparsed, strict=True)):
            notes: dict[str, str] = {}
            count = self._seen.get(article_id)
            if count is None:
                self._seen[article_id] = 1
            else:
                # Duplicates are kept as articles (two outlets may reuse an id), renamed
                # so every table can still be joined on article_id.
                suffix = count + 1
                while f"{article_id}~{suffix}" in self._seen:
                    suffix += 1
                self._seen[article_id] = suffix
                renamed = f"{article_id}~{suffix}"
                self._seen[renamed] = 1
                ids[index] = renamed
                notes["duplicate_of"] = article_id
                self._duplicates.append(renamed)
            if raw_date is not None:
                notes["date_unparsed"] = raw_date
            if notes:
                meta = json.loads(metas[index]) | notes
                metas[index] = json.dumps(meta, ensure_ascii=False, separators=(",", ":"))
        return documents.with_columns(
            article_id=pl.Series(ids, dtype=pl.String), meta=pl.Series(metas, dtype=pl.String)
        )

    def _cut(self, size: int) -> ReadBatch:
        pending = (
            pl.concat(self._documents) if self._documents else schemas.empty(schemas.DOCUMENTS)
        )
        batch, rest = pending.head(size), pending.slice(size)
        self._documents = [rest] if rest.height else []
        self._n_documents = rest.height
        ids = set(batch["article_id"].to_list())
        n_duplicates = sum(1 for name in self._duplicates if name in ids)
        self._duplicates = [name for name in self._duplicates if name not in ids]
        rejected = [item for _, item in sorted(self._quarantine, key=lambda pair: pair[0])]
        quarantine = pl.DataFrame(rejected, schema=schemas.QUARANTINE, orient="row")
        self._quarantine = []
        return ReadBatch(batch, quarantine, n_duplicates)

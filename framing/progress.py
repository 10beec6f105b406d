"""Progress on stderr for long runs: articles done, articles/s and the time left.

The caller decides whether to show it (the CLI passes ``sys.stderr.isatty()``),
so library use and logs stay quiet. The total behind the ETA is an estimate
counted cheaply from the inputs (Parquet footers, JSON lines, one per text
file); when it cannot be had cheaply the bar shows the rate without an ETA.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

import polars as pl

#: Suffixes read as one article per file.
SINGLE_ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
LINE_RECORD_SUFFIXES = {".jsonl", ".ndjson"}
TABLE_SUFFIXES = {".csv", ".parquet"}


def count_line_records(path: Path) -> int:
    """Non-blank lines of a JSON-lines file, counted without decoding it."""
    count = 0
    last_blank = True
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            count += chunk.count(b"\n")
            last_blank = chunk.endswith(b"\n")
    return count + (0 if last_blank else 1)


def estimate_records(inputs: Sequence[str | Path]) -> int | None:
    """About how many records ``inputs`` hold, or None when that is not cheap to know."""
    total = 0
    for item in inputs:
        path = Path(item)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            suffix = file.suffix.lower()
            try:
                if suffix in SINGLE_ARTICLE_SUFFIXES:
                    total += 1
                elif suffix in LINE_RECORD_SUFFIXES:
                    total += count_line_records(file)
                elif suffix == ".parquet":
                    total += pl.scan_parquet(file).select(pl.len()).collect().item()
                elif suffix == ".csv":
                    total += pl.scan_csv(file, infer_schema=False).select(pl.len()).collect().item()
            except (OSError, pl.exceptions.PolarsError):
                # The reader reports unreadable inputs properly; the bar just loses its ETA.
                return None
    return total or None


class Progress:
    """A tqdm bar on stderr counting articles, or nothing when disabled."""

    def __init__(self, *, enabled: bool, total: int | None = None, description: str = "analyse"):
        self._bar = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total,
                desc=description,
                unit=" articles",
                file=sys.stderr,
                dynamic_ncols=True,
                smoothing=0.1,
            )

    def advance(self, n: int) -> None:
        """Count ``n`` more articles (or quarantined records) as done."""
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        """Finish the bar (leaves the final line on the terminal)."""
        if self._bar is not None:
            self._bar.close()

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def open_progress(enabled: bool, inputs: Sequence[str | Path]) -> Progress:
    """A progress bar sized for ``inputs`` when ``enabled``; a silent one otherwise."""
    return Progress(enabled=enabled, total=estimate_records(inputs) if enabled else None)

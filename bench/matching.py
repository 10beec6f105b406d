"""Benchmark of loaded-term matching alone (issue #3).

``python bench/matching.py --shared ../shared --n 20000`` reads N AllSides
articles, builds the ``article_id, text`` frame the loaded-terms stage hands
to the matcher, runs the matcher once untimed (warm-up: lexicon compiled,
regex cached) and then times ``match_texts`` only, best of ``--repeats``.
It prints articles per wall-clock second (the issue's figure: the matcher
may use both cores), articles per CPU-second and the number of hits; with
``--compare`` also the regex matcher (``match_texts_regex``) in the same run
and whether both give the same hits. Exits 0 with a message when the corpus
is absent.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from framing.lexicon_match import Matcher, match_texts, match_texts_regex  # noqa: E402
from framing.lexicons import load_lexicon  # noqa: E402

CORPUS = Path("bench") / "allsides.parquet"
ID_COLUMN = "ID"
TEXT_COLUMN = "content_original"


def read_documents(corpus: Path, n: int) -> pl.DataFrame:
    """The first ``n`` articles as ``article_id, text`` (missing text → empty)."""
    frame = pl.read_parquet(corpus, columns=[ID_COLUMN, TEXT_COLUMN], n_rows=n)
    return frame.select(
        article_id=pl.col(ID_COLUMN).cast(pl.String),
        text=pl.col(TEXT_COLUMN).cast(pl.String).fill_null(""),
    )


Match = Callable[[pl.DataFrame, Matcher], pl.DataFrame]


def time_matcher(
    match: Match, documents: pl.DataFrame, matcher: Matcher, repeats: int
) -> tuple[dict[str, float], pl.DataFrame]:
    """Best and median wall / CPU seconds of ``repeats`` matching passes, after a
    warm-up, and the hits."""
    hits = match(documents, matcher)  # warm-up, untimed
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        hits = match(documents, matcher)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return {
        "wall": min(walls),
        "cpu": min(cpus),
        "wall_median": statistics.median(walls),
    }, hits


def report(name: str, n: int, timing: dict[str, float], hits: pl.DataFrame) -> None:
    print(
        f"{name}: {n} articles, {hits.height} hits, "
        f"{n / timing['wall']:,.0f} articles/s (wall, best; median "
        f"{n / timing['wall_median']:,.0f}), "
        f"{n / timing['cpu']:,.0f} articles per CPU-second"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--compare", action="store_true", help="also time the regex matcher")
    args = parser.parse_args(argv)
    corpus = args.shared / CORPUS
    if not corpus.exists():
        print(f"matching bench skipped: {corpus} not found")
        return 0
    documents = read_documents(corpus, args.n)
    matcher = load_lexicon().matcher
    timing, hits = time_matcher(match_texts, documents, matcher, args.repeats)
    report("loaded-term matching", documents.height, timing, hits)
    if args.compare:
        timing_regex, hits_regex = time_matcher(match_texts_regex, documents, matcher, args.repeats)
        report("regex matcher (before)", documents.height, timing_regex, hits_regex)
        print(f"same hits: {hits.equals(hits_regex)}")
        print(f"speed-up (CPU): {timing_regex['cpu'] / timing['cpu']:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Print random source-ledger rows with their context, for reading by hand.

No annotated set covers the ledger on real news, so its row-level accuracy is measured by
reading: this script draws ``--articles`` articles of one split of the AllSides bench
(``split_random``), runs the ordinary pipeline on them, and prints ``--rows`` random ledger
rows (venues left out) with the source, its type, the cue, the content and the text around
them. The seeds make a sample reproducible; the README gives the seeds of the samples read
and what was found.

    .venv/bin/python bench/ledger_sample.py --split test --seed 7 --row-seed 11
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import polars as pl

from framing.eval.documents import build_documents
from framing.pipeline import analyze_documents
from framing.resources import load_resources

DEFAULT_BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "allsides.parquet"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--split", default="test", help="value of split_random to draw from")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rows", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7, help="seed of the article draw")
    parser.add_argument("--row-seed", type=int, default=11, help="seed of the row draw")
    args = parser.parse_args(argv)
    if not args.bench.is_file():
        print(f"ledger_sample: no bench file at {args.bench}", file=sys.stderr)
        return 2
    bench = pl.read_parquet(args.bench).filter(pl.col("split_random") == args.split)
    if bench.height == 0:
        print(f"ledger_sample: no article in split {args.split!r}", file=sys.stderr)
        return 2
    drawn = bench.sample(min(args.articles, bench.height), seed=args.seed)
    documents = build_documents(
        [
            (str(r["ID"]), r["title"] or "", r["content_original"] or "")
            for r in drawn.iter_rows(named=True)
        ]
    )
    sources = analyze_documents(documents, load_resources())["sources"]
    ledger = sources.filter(pl.col("role").is_null() | (pl.col("role") != "venue"))
    texts = dict(documents.select("article_id", "text").iter_rows())
    rows = ledger.sample(min(args.rows, ledger.height), seed=args.row_seed)
    for i, row in enumerate(rows.sort("article_id", "cue_start").iter_rows(named=True)):
        print(_describe(i, row, texts[row["article_id"]]))
    return 0


def _describe(i: int, row: dict[str, Any], text: str) -> str:
    """One row: source, type, cue and kind; the content; the text around them."""
    spans = [
        (row[f"{part}_start"], row[f"{part}_end"])
        for part in ("source", "cue", "content")
        if row[f"{part}_start"] is not None
    ]
    start = min(int(s) for s, _ in spans)
    end = max(int(e) for _, e in spans)
    content = None
    if row["content_start"] is not None:
        content = text[int(row["content_start"]) : int(row["content_end"])][:200]
    return (
        f"[{i}] SRC={row['source']!r} ({row['source_type']}) CUE={row['cue']!r} KIND={row['kind']}\n"
        f"    CONTENT: {content!r}\n"
        f"    TEXT: {text[max(0, start - 60) : end + 30][:420]!r}"
    )


if __name__ == "__main__":
    raise SystemExit(main())

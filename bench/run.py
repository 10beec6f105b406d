"""``make bench``: framing's full analysis against a hand-written loop, on real articles.

Usage: ``python bench/run.py --shared ../shared [--n 4000] [--memory-n 16000] [--workers 2]``

On ``<shared>/bench/allsides.parquet`` (skipped, exit 0, when absent) it measures,
in one run and on the same first ``--n`` articles:

- the full analysis (``run_analysis``, process executor, ``--workers`` workers)
  and the hand-written TextBlob + ``re`` loop (``bench/handwritten.py``): articles/s
  of both and their ratio;
- the same analysis with one worker, for the parallel speedup;
- per-stage throughput: each stage of ``analyze_documents`` timed on one batch,
  serially, with a cProfile of that batch's hottest functions;
- peak memory (max RSS of the run's main process plus its workers) at ``--n``
  and at ``--memory-n`` articles.

Every measurement runs in a fresh child process so that peak memory is its own.
Results go to ``reports/bench/bench-<UTC time>.json`` and ``reports/bench/latest.json``
and are printed as a table.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

CORPUS = Path("bench") / "allsides.parquet"
# The AllSides columns, mapped onto framing's reader options.
COLUMNS = {
    "text": "content_original",
    "outlet": "source",
    "id": "ID",
    "title": "title",
    "date": "date",
    "url": "url",
}


def write_subset(corpus: Path, n: int, folder: Path) -> Path:
    """The first ``n`` articles of ``corpus`` as their own Parquet file (streamed)."""
    import polars as pl

    path = folder / f"allsides_{n}.parquet"
    pl.scan_parquet(corpus).head(n).sink_parquet(path)
    return path


def peak_rss_mib() -> dict[str, float]:
    """Max resident set size of this process and of its largest finished child, MiB."""
    kib_per_unit = 1 / 1024 if sys.platform == "darwin" else 1  # ru_maxrss is bytes on macOS
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * kib_per_unit / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * kib_per_unit / 1024
    return {"main": round(own, 1), "largest_worker": round(children, 1)}


def cpu_seconds() -> float:
    """User + system CPU time of this process and its finished children (workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure_full(subset: Path, executor: str, workers: int) -> dict[str, Any]:
    """Child: one full ``run_analysis`` of ``subset``; elapsed, counts, peak memory."""
    from framing.pipeline import run_analysis
    from framing.readers import ColumnOptions

    with tempfile.TemporaryDirectory(prefix="framing-bench-") as scratch:
        started = time.perf_counter()
        stats = run_analysis(
            [subset],
            tables_dir=Path(scratch) / "tables",
            columns=ColumnOptions(**COLUMNS),
            executor=executor,
            workers=workers,
        )
        elapsed = time.perf_counter() - started
    memory = peak_rss_mib()
    cpu = cpu_seconds()
    n_workers = workers if executor != "serial" else 0
    return {
        "executor": executor,
        "workers": workers,
        "n_analysed": stats.n_analysed,
        "n_quarantined": stats.n_quarantined,
        "seconds": round(elapsed, 2),
        "articles_per_s": round(stats.n_analysed / elapsed, 1),
        # CPU time is what a busy shared machine cannot inflate: articles per CPU-second
        # shows whether extra workers add overhead, whatever the wall clock says.
        "cpu_seconds": round(cpu, 1),
        "articles_per_cpu_s": round(stats.n_analysed / cpu, 2),
        "stage_seconds": {k: round(v, 2) for k, v in stats.stage_seconds.items()},
        "table_rows": stats.table_rows,
        "peak_rss_mib": memory,
        "peak_rss_total_mib": round(memory["main"] + n_workers * memory["largest_worker"], 1),
    }


def read_articles(subset: Path) -> list[tuple[str, str]]:
    """``(article_id, body)`` pairs, as the hand-written loop gets them."""
    import polars as pl

    frame = pl.read_parquet(subset, columns=[COLUMNS["id"], COLUMNS["text"]])
    return [(str(aid), text or "") for aid, text in frame.iter_rows()]


def measure_handwritten(subset: Path) -> dict[str, Any]:
    """Child: the hand-written TextBlob + ``re`` loop over the same articles."""
    from handwritten import build_from_resources

    from framing.resources import load_resources

    started = time.perf_counter()
    analyzer = build_from_resources(load_resources())
    articles = read_articles(subset)
    results = analyzer.analyze_corpus(articles)
    elapsed = time.perf_counter() - started
    cpu = cpu_seconds()
    return {
        "n_analysed": len(results),
        "seconds": round(elapsed, 2),
        "articles_per_s": round(len(results) / elapsed, 1),
        "cpu_seconds": round(cpu, 1),
        "articles_per_cpu_s": round(len(results) / cpu, 2),
        "loaded_terms_found": sum(sum(r.loaded_counts.values()) for r in results),
        "actor_scores": sum(len(r.actor_sentiment) for r in results),
        "peak_rss_mib": peak_rss_mib(),
    }


def measure_stages(subset: Path, batch_size: int) -> dict[str, Any]:
    """Child: every stage of ``analyze_documents`` timed on the first batch, serially."""
    from framing.pipeline import analyze_documents
    from framing.readers import ColumnOptions, read_corpus
    from framing.resources import load_resources

    resources = load_resources()
    batch = next(
        iter(read_corpus([subset], columns=ColumnOptions(**COLUMNS), batch_size=batch_size))
    )
    documents = batch.documents
    analyze_documents(documents.head(20), resources)  # warm lazy imports and the model
    # Timed without the profiler (it slows pure-Python code several-fold), then
    # profiled on the same batch for the hottest functions.
    timings: dict[str, float] = {}
    tables = analyze_documents(documents, resources, timings=timings)
    profiler = cProfile.Profile()
    profiler.enable()
    analyze_documents(documents, resources)
    profiler.disable()
    report = io.StringIO()
    pstats.Stats(profiler, stream=report).sort_stats("tottime").print_stats(15)
    total = sum(timings.values())
    n_targets = tables["actor_mentions"].height
    return {
        "n_articles": documents.height,
        # Every actor mention is a sentiment target (scored, with its sentence's
        # VADER and TextBlob audit scores): targets per second of one core.
        "sentiment_targets": n_targets,
        "sentiment_targets_per_s": round(n_targets / timings["sentiment"])
        if timings.get("sentiment")
        else None,
        "stages": {
            stage: {
                "seconds": round(seconds, 3),
                "share": round(seconds / total, 3) if total else 0.0,
                "articles_per_s": round(documents.height / seconds, 1) if seconds else None,
            }
            for stage, seconds in timings.items()
        },
        "profile_top": report.getvalue().splitlines()[:45],
    }


CHILD_TASKS = {
    "full": lambda a: measure_full(Path(a.subset), a.executor, a.workers),
    "handwritten": lambda a: measure_handwritten(Path(a.subset)),
    "stages": lambda a: measure_stages(Path(a.subset), a.batch_size),
}


def run_child(task: str, subset: Path, **options: Any) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter and return its JSON result."""
    command = [sys.executable, __file__, "--child", task, "--subset", str(subset)]
    for name, value in options.items():
        command += [f"--{name.replace('_', '-')}", str(value)]
    print(f"  measuring {task} {options or ''} on {subset.name} ...", file=sys.stderr, flush=True)
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"bench: the {task} measurement failed (exit {done.returncode})")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def print_table(results: dict[str, Any]) -> None:
    """The headline figures, one line each."""
    full, hand = results["full_workers"], results["handwritten"]
    lines = [
        f"articles: {results['n']} from {results['corpus']}",
        f"{'measurement':<44}{'articles/s':>12}{'seconds':>10}{'peak MiB':>10}",
        f"{'framing analyze, process x' + str(full['workers']):<44}"
        f"{full['articles_per_s']:>12}{full['seconds']:>10}{full['peak_rss_total_mib']:>10}",
        f"{'framing analyze, process x1':<44}{results['full_one_worker']['articles_per_s']:>12}"
        f"{results['full_one_worker']['seconds']:>10}"
        f"{results['full_one_worker']['peak_rss_total_mib']:>10}",
        f"{'hand-written TextBlob + re loop':<44}{hand['articles_per_s']:>12}"
        f"{hand['seconds']:>10}{hand['peak_rss_mib']['main']:>10}",
        "",
        f"framing / hand-written articles/s: {results['ratio_vs_handwritten']}x (target >= 5x)",
        f"{full['workers']} workers / 1 worker speedup: {results['speedup_workers']}x "
        "(target >= 1.6x)",
        f"articles per CPU-second: framing x{full['workers']} {full['articles_per_cpu_s']}, "
        f"x1 {results['full_one_worker']['articles_per_cpu_s']}, "
        f"hand-written {hand['articles_per_cpu_s']} (insensitive to other load on the machine)",
    ]
    if "memory" in results:
        memory = results["memory"]
        lines.append(
            f"peak memory {memory['n_large']} vs {results['n']} articles: "
            f"{memory['mib_large']} / {memory['mib_small']} MiB = {memory['ratio']}x "
            "(target <= 1.3x)"
        )
    lines.append("")
    stages = results["stages"]
    lines.append(f"per-stage throughput (one batch of {stages['n_articles']}, serial, first pass):")
    for stage, figures in results["stages"]["stages"].items():
        lines.append(
            f"  {stage:<16}{str(figures['articles_per_s']):>12} articles/s"
            f"{figures['seconds']:>9} s{figures['share'] * 100:>7.1f} %"
        )
    lines.append(
        f"sentiment: {stages['sentiment_targets']} targets at "
        f"{stages['sentiment_targets_per_s']} targets/s on one core; in the full run with "
        f"{full['workers']} workers {results.get('sentiment_targets_per_s_workers')} targets/s "
        "(target >= 10,000/s)"
    )
    print("\n".join(lines))


def run_benchmark(args: argparse.Namespace) -> int:
    """Every measurement, the JSON results and the printed table."""
    corpus = Path(args.shared) / CORPUS
    if not corpus.is_file():
        print(f"make bench: {corpus} is absent; nothing to benchmark (skipped)")
        return 0
    results: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "corpus": str(corpus),
        "n": args.n,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
    }
    with tempfile.TemporaryDirectory(prefix="framing-bench-") as scratch:
        subset = write_subset(corpus, args.n, Path(scratch))
        results["stages"] = run_child("stages", subset, batch_size=args.batch_size)
        results["handwritten"] = run_child("handwritten", subset)
        results["full_workers"] = run_child(
            "full", subset, executor="process", workers=args.workers
        )
        results["full_one_worker"] = run_child("full", subset, executor="process", workers=1)
        if args.memory_n:
            large = write_subset(corpus, args.memory_n, Path(scratch))
            big_run = run_child("full", large, executor="process", workers=args.workers)
            results["full_memory_n"] = big_run
            small_mib = results["full_workers"]["peak_rss_total_mib"]
            results["memory"] = {
                "n_large": big_run["n_analysed"],
                "mib_small": small_mib,
                "mib_large": big_run["peak_rss_total_mib"],
                "ratio": round(big_run["peak_rss_total_mib"] / small_mib, 2),
            }
    full, hand = results["full_workers"], results["handwritten"]
    results["ratio_vs_handwritten"] = round(full["articles_per_s"] / hand["articles_per_s"], 2)
    results["speedup_workers"] = round(
        full["articles_per_s"] / results["full_one_worker"]["articles_per_s"], 2
    )
    # The sentiment stage of the full run: every actor mention is a target; the
    # workers run concurrently, so their summed stage seconds over the worker
    # count is the stage's time on the machine.
    sentiment_seconds = full["stage_seconds"].get("sentiment")
    if sentiment_seconds:
        results["sentiment_targets_per_s_workers"] = round(
            full["table_rows"]["actor_mentions"] * full["workers"] / sentiment_seconds
        )
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    text = json.dumps(results, indent=2)
    (out / f"bench-{stamp}.json").write_text(text, encoding="utf-8")
    (out / "latest.json").write_text(text, encoding="utf-8")
    print_table(results)
    print(f"\nresults: {out / f'bench-{stamp}.json'}")
    return 0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The benchmark's options (``--child`` is internal: one measurement per process)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--n", type=int, default=4000, help="articles to compare on")
    parser.add_argument(
        "--memory-n", type=int, default=16000, help="larger corpus for peak memory (0: skip)"
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--out", default=str(ROOT / "reports" / "bench"))
    parser.add_argument("--child", choices=sorted(CHILD_TASKS), help=argparse.SUPPRESS)
    parser.add_argument("--subset", help=argparse.SUPPRESS)
    parser.add_argument("--executor", default="process", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point: the whole benchmark, or one child measurement printed as JSON."""
    args = parse_args(argv)
    if args.child:
        print(json.dumps(CHILD_TASKS[args.child](args)))
        return 0
    return run_benchmark(args)


if __name__ == "__main__":
    sys.exit(main())

"""The command line: parses arguments, calls the library, prints. Nothing imports it.

Errors reach the user as one line (``Error: …``) with exit 1; usage errors exit 2;
a run that quarantined some inputs but wrote every good one exits 3.
"""

from __future__ import annotations

import json
import math
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from framing import __version__
from framing.errors import FramingError

if TYPE_CHECKING:
    from framing.resources import ResourceOptions

EXIT_QUARANTINED = 3

F = TypeVar("F", bound=Callable[..., Any])


def check_finite(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """A number option's value, refused when it is not finite (``nan``, ``inf``)."""
    if value is not None and not math.isfinite(value):
        raise click.BadParameter(f"{value} is not a finite number")
    return value


def lexicon_choice_options() -> list[Callable[[F], F]]:
    """``--without-lexicon`` and ``--min-score``: which built-in entries are used."""
    return [
        click.option(
            "--without-lexicon",
            "without_lexicons",
            multiple=True,
            metavar="NAME",
            help="Leave out a built-in lexicon pack, e.g. learned_loaded_words (repeatable).",
        ),
        click.option(
            "--min-score",
            type=float,
            default=None,
            callback=check_finite,
            help="Use only the entries of scored lists (the learned word list) scoring at least this.",
        ),
        click.option(
            "--context",
            is_flag=True,
            help="Score every loaded term in its sentence with the context model and drop "
            "the learned lists' words it rejects (slow: about 2 news articles/s per core; "
            "needs make vectors).",
        ),
    ]


def with_lexicon_choices(func: F) -> F:
    """Add the ``lexicon_choice_options`` to a command."""
    for option in reversed(lexicon_choice_options()):
        func = option(func)
    return func


def corpus_options(func: F) -> F:
    """The options shared by ``analyze`` and ``report``."""
    options = [
        click.argument(
            "inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path)
        ),
        click.option(
            "--out", "out", required=True, type=click.Path(path_type=Path), help="Output folder."
        ),
        click.option(
            "--lexicon",
            "lexicons",
            multiple=True,
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="A lexicon TOML file added to the built-in packs (repeatable).",
        ),
        click.option(
            "--actors",
            "actors",
            multiple=True,
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="An actor gazetteer TOML file added to the built-in packs (repeatable).",
        ),
        *lexicon_choice_options(),
        click.option("--text-col", help="Column holding the article text."),
        click.option("--outlet-col", help="Column holding the outlet name."),
        click.option("--id-col", help="Column holding the article id."),
        click.option("--title-col", help="Column holding the headline."),
        click.option("--date-col", help="Column holding the publication date."),
        click.option("--url-col", help="Column holding the URL."),
        click.option(
            "--executor",
            type=click.Choice(["serial", "process", "dask"]),
            default="serial",
            show_default=True,
            help="Where the per-article stages run.",
        ),
        click.option(
            "--workers", type=click.IntRange(min=1), help="Worker processes (default: all cores)."
        ),
        click.option("--scheduler", help="Dask scheduler address (tcp://HOST:PORT)."),
        click.option(
            "--batch-size",
            type=click.IntRange(min=1),
            default=500,
            show_default=True,
            help="Articles per batch.",
        ),
        click.option(
            "--resume", is_flag=True, help="Reuse the finished batches of an interrupted run."
        ),
        click.option("--strict", is_flag=True, help="Stop at the first bad input (exit 1)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def column_options(kwargs: dict[str, Any]) -> Any:
    from framing.readers import ColumnOptions

    return ColumnOptions(
        text=kwargs["text_col"],
        outlet=kwargs["outlet_col"],
        id=kwargs["id_col"],
        title=kwargs["title_col"],
        date=kwargs["date_col"],
        url=kwargs["url_col"],
    )


def read_resource_options(kwargs: dict[str, Any]) -> ResourceOptions:
    """The lexicon, actor and model choices among a command's options."""
    from framing.resources import ResourceOptions

    return ResourceOptions(
        lexicons=tuple(kwargs.get("lexicons", ())),
        actors=tuple(kwargs.get("actors", ())),
        without_lexicons=tuple(kwargs["without_lexicons"]),
        min_score=kwargs["min_score"],
        context=kwargs["context"],
    )


def run_corpus(kwargs: dict[str, Any], *, with_report: bool, group_by: str | None = None) -> int:
    """Analyse (and report on) a corpus into ``--out``; returns the exit code."""
    from framing.executors import tune_collector_for_batches
    from framing.output import staged_output
    from framing.run import build_output

    # This process is framing's own, and serial batches run here. (The resources are
    # loaded later, so only the threshold applies to them; it is most of the gain.)
    tune_collector_for_batches()
    out: Path = kwargs["out"]
    with staged_output(out) as stage:
        stats = build_output(
            kwargs["inputs"],
            stage,
            columns=column_options(kwargs),
            resource_options=read_resource_options(kwargs),
            strict=kwargs["strict"],
            executor=kwargs["executor"],
            workers=kwargs["workers"],
            scheduler=kwargs["scheduler"],
            batch_size=kwargs["batch_size"],
            resume=kwargs["resume"],
            work_dir=out.parent / f".{out.name}.work",
            progress=sys.stderr.isatty(),
            with_report=with_report,
            group_by=group_by,
        )
    click.echo(
        f"{stats.n_analysed} articles analysed, {stats.n_quarantined} quarantined → {out}",
        err=True,
    )
    if stats.n_quarantined:
        click.echo(f"see {out / 'tables' / 'quarantine.csv'} for the reasons", err=True)
        return EXIT_QUARANTINED
    return 0


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="framing")
def cli() -> None:
    """Media-bias and source-framing analysis: loaded terms in whose voice, source
    ledgers, actor sentiment and outlet comparison.

    Example: framing report seeds --out reports/seeds
    """


@cli.command()
@corpus_options
def analyze(**kwargs: Any) -> None:
    """Analyse a corpus: tables and manifest only.

    Example: framing analyze articles.jsonl --out out/
    """
    sys.exit(run_corpus(kwargs, with_report=False))


@cli.command()
@corpus_options
@click.option(
    "--group-by",
    help="Compare groups of this column (e.g. a lean column) instead of outlets.",
)
def report(group_by: str | None, **kwargs: Any) -> None:
    """Analyse a corpus and write the comparison report (HTML, Markdown, charts, tables).

    Example: framing report seeds --out reports/seeds
    """
    sys.exit(run_corpus(kwargs, with_report=True, group_by=group_by))


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, path_type=Path))
@click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, path_type=Path))
@with_lexicon_choices
def explain(file: Path, **kwargs: Any) -> None:
    """Show one article marked up in the terminal: voices, loaded terms, sources.

    Example: framing explain seeds/000_4c5ba6db82dd8b7c.txt
    """
    from framing.explain import render_explanation
    from framing.pipeline import analyze as analyze_corpus

    tables = analyze_corpus([file], resource_options=read_resource_options(kwargs))
    if tables["articles"].is_empty():
        reasons = "; ".join(tables["quarantine"]["reason"].to_list()) or "no article found"
        raise FramingError(f"{file}: {reasons}")
    color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    click.echo(render_explanation(tables, color=color))


@cli.group()
def lexicon() -> None:
    """List, show and check lexicons.

    Example: framing lexicon check my_terms.toml
    """


@lexicon.command("list")
def lexicon_list() -> None:
    """List the built-in lexicon and actor packs.

    Example: framing lexicon list
    """
    from framing.actors import load_gazetteer
    from framing.lexicons import load_lexicon

    for pack in load_lexicon().packs:
        click.echo(
            f"{pack['name']}\t{pack['version']}\t{pack.get('n_entries', '')}\t"
            f"{pack.get('description', '')}"
        )
    for pack in load_gazetteer().packs:
        click.echo(
            f"{pack['name']}\t{pack['version']}\t{pack.get('n_entries', '')}\t"
            f"{pack.get('description', '')} (actors)"
        )


@lexicon.command("show")
@click.argument("name")
def lexicon_show(name: str) -> None:
    """Show the entries of one lexicon pack.

    Example: framing lexicon show middle_east
    """
    from framing.lexicons import describe_pack

    pack = describe_pack(name)
    click.echo(f"{pack['name']} {pack['version']}: {pack.get('description', '')}")
    click.echo(f"licence: {pack.get('license', '')}; source: {pack.get('source', '')}")
    for entry in pack["entries"]:
        variants = ", ".join(entry.get("variants") or [])
        line = f"  {entry['term']}\t{entry['category']}\t{entry.get('stance') or ''}"
        if entry.get("neutral"):
            line += f"\t→ {entry['neutral']}"
        if variants:
            line += f"\t(also: {variants})"
        if entry.get("score") is not None:
            line += f"\tscore {entry['score']:.3f}"
        if entry.get("note"):
            line += f"\t{entry['note']}"
        click.echo(line)


@lexicon.command("check")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--actors", "is_actors", is_flag=True, help="Check an actor gazetteer instead.")
def lexicon_check(file: Path, is_actors: bool) -> None:
    """Validate a lexicon (or, with --actors, a gazetteer): every problem with file and line.

    Example: framing lexicon check my_terms.toml
    """
    from framing.actors import check_gazetteer
    from framing.lexicons import check_lexicon

    problems: Sequence[object] = check_gazetteer(file) if is_actors else check_lexicon(file)
    for problem in problems:
        click.echo(str(problem))
    if problems:
        raise FramingError(f"{file}: {len(problems)} problem(s)")
    click.echo(f"{file}: ok")


@cli.command("eval")
@click.argument("dataset")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--predictions",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where the predictions are written (JSON Lines).",
)
@with_lexicon_choices
def evaluate(dataset: str, path: Path, predictions: Path, **kwargs: Any) -> None:
    """Run the pipeline on an annotated data set; print its metrics as JSON.

    DATASET is one of: newsmtsc, basil, polnear, babe, ptc.

    Example: framing eval newsmtsc ../shared/eval/newsmtsc/rw_dev.jsonl --predictions rw.jsonl
    """
    from framing.eval import DATASETS, run_evaluation

    if dataset not in DATASETS:
        raise click.BadParameter(f"choose from {', '.join(DATASETS)}", param_hint="DATASET")
    metrics = run_evaluation(
        dataset, path, predictions, resource_options=read_resource_options(kwargs)
    )
    click.echo(json.dumps(metrics, indent=2, sort_keys=True))


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: a FramingError becomes one line on stderr and its exit code."""
    try:
        code = cli.main(args=argv, prog_name="framing", standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except click.exceptions.Exit as stop:
        sys.exit(stop.exit_code)
    except click.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as problem:
        problem.show()
        sys.exit(problem.exit_code)
    except FramingError as problem:
        click.echo(f"Error: {one_line(problem)}", err=True)
        sys.exit(problem.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted; the previous output is left as it was.", err=True)
        sys.exit(130)
    except Exception as problem:  # the last line of defence: never a traceback for the user
        if os.environ.get("FRAMING_DEBUG"):
            raise
        click.echo(
            f"Error: internal error ({type(problem).__name__}: {one_line(problem)}); "
            "set FRAMING_DEBUG=1 for the traceback and please report it",
            err=True,
        )
        sys.exit(1)


def one_line(problem: BaseException) -> str:
    return " ".join(str(problem).split()) or type(problem).__name__


if __name__ == "__main__":
    main()

"""The command line: help everywhere, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from framing.cli import cli, main

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI as a user runs it: a separate process, stdout and stderr apart."""
    return subprocess.run(
        [sys.executable, "-m", "framing.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        timeout=300,
    )


def all_commands(group=cli, prefix=()):  # type: ignore[no-untyped-def]
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if hasattr(command, "commands"):
            yield from all_commands(command, (*prefix, name))


@pytest.mark.parametrize("path", [p for p, _ in all_commands()], ids=" ".join)
def test_every_command_has_help_with_an_example(path: tuple[str, ...]) -> None:
    command = dict(all_commands())[path]
    assert command.help, f"framing {' '.join(path)} has no help"
    assert "Example:" in command.help, f"framing {' '.join(path)} help lacks an Example"


def test_top_level_help_lists_the_contract_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for name in ("analyze", "report", "explain", "lexicon", "eval"):
        assert name in result.stdout


def test_missing_input_is_a_usage_error_without_traceback(tmp_path: Path) -> None:
    result = run("report", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "nowhere" in result.stderr


def test_unknown_option_is_a_usage_error() -> None:
    result = run("analyze", "--no-such-option")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_unknown_dataset_is_a_usage_error(tmp_path: Path) -> None:
    result = run("eval", "nosuch", str(tmp_path), "--predictions", str(tmp_path / "p.jsonl"))
    assert result.returncode == 2
    assert "newsmtsc" in result.stderr
    assert "Traceback" not in result.stderr


def test_framing_error_is_one_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[meta\nname = 'x'\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["lexicon", "check", str(bad)])
    assert stop.value.code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err and err[-1].startswith("Error: ")
    assert "bad.toml" in err[-1]


def test_analyze_writes_tables_and_manifest(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "out"
    result = run("analyze", str(seeds_dir), "--out", str(out))
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["analysed"] == len(list(seeds_dir.iterdir()))
    for name in ("articles", "voices", "loaded_terms", "sources", "crosslinks", "quarantine"):
        assert (out / "tables" / f"{name}.parquet").is_file()
        assert (out / "tables" / f"{name}.csv").is_file()
    assert not (out / "index.html").exists()


def test_explain_marks_up_the_seed(seeds_dir: Path) -> None:
    result = run("explain", str(seeds_dir / "000_4c5ba6db82dd8b7c.txt"))
    assert result.returncode == 0, result.stderr
    assert "Nasser Kanaani" in result.stdout
    assert "[Zionist regime|" in result.stdout
    assert "Sources:" in result.stdout


def test_lexicon_show_gives_each_learned_words_score_and_reasons(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["lexicon", "show", "learned_loaded_words"])
    assert stop.value.code == 0
    lines = capsys.readouterr().out.splitlines()[2:]
    assert lines and all("\tscore 0." in line for line in lines)
    # Each learned word says which features made its score (FEATURES names).
    from framing.learn.loaded_word_model import FEATURES

    for line in lines:
        reasons = line.split("\t")[-1].split("; ")
        assert reasons and all(r.split(" ")[0] in FEATURES for r in reasons), line


def test_lexicon_choices_reach_the_tables_and_the_manifest(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(
        "---\noutlet: Test\n---\nThe plan was ruthless and deadly, and the senator sneered.\n",
        encoding="utf-8",
    )
    listed = pl.read_csv(ROOT / "framing/data/lexicons/learned_loaded_words.csv")
    cut = listed.filter(pl.col("term") == "deadly")["score"].item() + 0.0001  # just above it

    def learned_hits(*options: str) -> tuple[list[str], dict[str, object]]:
        out = tmp_path / f"out{len(options)}"
        result = run("analyze", str(article), "--out", str(out), *options)
        assert result.returncode == 0, result.stderr
        terms = pl.read_parquet(out / "tables" / "loaded_terms.parquet")
        learned = terms.filter(pl.col("lexicon") == "learned_loaded_words")["text"].to_list()
        return learned, json.loads((out / "manifest.json").read_text())["options"]

    learned, options = learned_hits()
    assert "deadly" in learned and options["min_score"] is None
    learned, options = learned_hits("--min-score", str(cut))
    assert "deadly" not in learned and options["min_score"] == cut
    learned, options = learned_hits("--without-lexicon", "learned_loaded_words")
    assert learned == [] and options["without_lexicons"] == ["learned_loaded_words"]


def test_leaving_out_an_unknown_pack_is_a_usage_error(tmp_path: Path, seeds_dir: Path) -> None:
    result = run("analyze", str(seeds_dir), "--out", str(tmp_path / "o"), "--without-lexicon", "x")
    assert result.returncode == 2
    assert "'x'" in result.stderr and "general" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_min_score_that_is_not_finite_is_a_usage_error(tmp_path: Path, seeds_dir: Path) -> None:
    for value in ("nan", "inf"):
        out = tmp_path / value
        result = run("analyze", str(seeds_dir), "--out", str(out), "--min-score", value)
        assert result.returncode == 2
        assert f"--min-score': {value} is not a finite number" in result.stderr
        assert "Traceback" not in result.stderr and not out.exists()


def test_lexicon_choices_do_not_apply_to_target_sentiment(tmp_path: Path) -> None:
    data = tmp_path / "n.jsonl"
    data.write_text("", encoding="utf-8")
    result = run(
        "eval",
        "newsmtsc",
        str(data),
        "--predictions",
        str(tmp_path / "p.jsonl"),
        "--min-score",
        "0.5",
    )
    assert result.returncode == 2
    assert "newsmtsc does not use the lexicons" in result.stderr


def test_lexicon_list_gives_every_pack_its_size_and_description() -> None:
    result = run("lexicon", "list")
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert all(len(row) == 4 for row in rows)
    names = {row[0]: row for row in rows}
    assert {"general", "middle_east", "world-countries", "people"} <= set(names)
    for row in rows:
        assert int(row[2]) > 0 and row[3].strip(), row
    assert names["world-countries"][3].endswith("(actors)")
    assert not names["general"][3].endswith("(actors)")

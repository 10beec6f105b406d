"""Issue 8's hostile corpus, end to end through the CLI: nothing crashes, nothing is lost,
nothing escapes the output folder, no input markup reaches a report unescaped."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

ROOT = Path(__file__).resolve().parent.parent

#: What the corpus below holds, record by record (13 in all).
N_RECORDS = 13
HOSTILE_TAGS = (
    "<script>alert('outlet')</script>",
    "<b onmouseover=alert(1)>Evil</b>",
    "<script>alert('title')</script>",
    "<img src=x onerror=alert('body')>",
    "<script>document.write('body')</script>",
)

#: The tags' openings as markup; escaped (``&lt;img``) they are harmless text.
RAW_OPENINGS = ("<script>alert", "<script>document", "<img src=x", "<b onmouseover")


def build_hostile_corpus(folder: Path) -> None:
    """The 'Must show' corpus of issue 8, 13 records in 10 files."""
    folder.mkdir(parents=True)
    (folder / "normal.txt").write_text(
        "The minister arrived in Baku on Monday. \u201cWe are partners,\u201d she said.\n",
        encoding="utf-8",
    )
    (folder / "front.md").write_text(
        "---\noutlet: Example Wire\ntitle: Talks in Baku\ndate: 2023-04-20\nid: wire-1\n---\n\n"
        "Officials met in Baku to discuss trade.\n",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n\t\n  \n", encoding="utf-8")
    (folder / "noise.txt").write_bytes(random.Random(8).randbytes(4096))
    (folder / "latin1.txt").write_bytes(
        "Le ministre a visit\u00e9 la r\u00e9gion; \u00ab c'est d\u00e9cisif \u00bb, a-t-il dit.\n".encode(
            "latin-1"
        )
    )
    lines = [
        json.dumps({"id": "j1", "outlet": "Line Daily", "text": "A first good line of news."}),
        json.dumps({"id": "j2", "outlet": "Line Daily", "text": "A second good line of news."}),
        '{"id": "j3", "text": "broken',
        json.dumps({"id": "j4", "outlet": "Line Daily", "summary": "no text field here"}),
    ]
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "no_text.csv").write_text("headline,outlet\nSomething happened,Paper\n")
    (folder / "hostile.md").write_text(
        "---\n"
        f'outlet: "{HOSTILE_TAGS[0]} {HOSTILE_TAGS[1]}"\n'
        "id: ../../escaped\n"
        f'title: "Breaking {HOSTILE_TAGS[2]} news"\n'
        "---\n\n"
        f"The report said {HOSTILE_TAGS[3]} something. {HOSTILE_TAGS[4]}\n"
        "It added more text so that the article has a body.\n",
        encoding="utf-8",
    )
    paragraph = "The delegation discussed trade, energy and security in long meetings. " * 20
    with (folder / "huge.txt").open("w", encoding="utf-8") as handle:
        while handle.tell() < 9 * 1024 * 1024:
            handle.write(paragraph + "\n")


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, FRAMING_DEBUG="")
    return subprocess.run(
        [sys.executable, "-m", "framing.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=600,
    )


def snapshot(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, set[str], object]:
    """The corpus built in a fresh folder and reported on once, for all the checks."""
    work = tmp_path_factory.mktemp("hostile")
    corpus = work / "corpus"
    build_hostile_corpus(corpus)
    before = snapshot(work)
    result = run_cli("report", "corpus", "--out", "out/report", cwd=work)
    return work, work / "out" / "report", before, result


@pytest.mark.slow
def test_report_exits_3_without_a_traceback(hostile_run) -> None:  # type: ignore[no-untyped-def]
    _, _, _, result = hostile_run
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr


@pytest.mark.slow
def test_every_record_is_an_article_or_quarantined(hostile_run) -> None:  # type: ignore[no-untyped-def]
    _, out, _, _ = hostile_run
    articles = pl.read_parquet(out / "tables" / "articles.parquet")
    quarantine = pl.read_parquet(out / "tables" / "quarantine.parquet")
    assert articles.height + quarantine.height == N_RECORDS, quarantine
    assert articles.height >= 6
    reasons = " | ".join(quarantine["reason"].to_list())
    for expected in ("empty", "whitespace-only", "binary", "malformed JSON", "without text"):
        assert expected in reasons
    assert "columns present: headline, outlet" in reasons
    assert "../../escaped" in articles["article_id"].to_list()
    latin = articles.filter(pl.col("source_path").str.ends_with("latin1.txt"))
    assert "visit\u00e9" in latin["text"].item()
    assert json.loads(latin["meta"].item())["encoding"] in ("cp1252", "latin-1")


@pytest.mark.slow
def test_no_input_markup_reaches_a_report_unescaped(hostile_run) -> None:  # type: ignore[no-untyped-def]
    _, out, _, _ = hostile_run
    pages = [*out.rglob("*.html"), *out.rglob("*.md")]
    assert any(page.suffix == ".html" for page in pages), "the report wrote no HTML"
    for page in pages:
        content = page.read_text(encoding="utf-8")
        for opening in RAW_OPENINGS:
            # Markdown may escape "<" with a backslash; HTML may not (a browser
            # would show the backslash and still run the tag).
            escaped = r"(?<!\\)" if page.suffix == ".md" else ""
            found = re.search(escaped + re.escape(opening), content)
            assert found is None, f"{page} holds {opening!r} unescaped"


@pytest.mark.slow
def test_nothing_is_written_outside_the_output_folder(hostile_run) -> None:  # type: ignore[no-untyped-def]
    work, out, before, _ = hostile_run
    after = snapshot(work)
    outside = {path for path in after - before if not path.startswith("out/report")}
    assert outside <= {"out"}, f"written outside --out: {sorted(outside)}"
    for path in out.rglob("*"):
        assert path.resolve().is_relative_to(out.resolve())


@pytest.mark.slow
def test_strict_stops_at_the_first_bad_record_with_one_line(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    build_hostile_corpus(corpus)
    result = run_cli("report", "corpus", "--out", "out", "--strict", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    assert "corpus/" in lines[0]
    assert not (tmp_path / "out").exists()


def test_lexicon_check_on_malformed_toml_names_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken_terms.toml"
    broken.write_text('[meta]\nname = "broken"\n[[entry]\nterm = "x"\n', encoding="utf-8")
    result = run_cli("lexicon", "check", str(broken), cwd=tmp_path)
    assert result.returncode == 1
    assert "broken_terms.toml" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr

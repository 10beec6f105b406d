"""The report: files written, self-contained, escaped, safe file names, empty input."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest
from synthetic import build_tables, empty_tables

from framing.errors import OutputError, UsageError
from framing.report import build_report
from framing.report.format import escape_md
from framing.report.paths import path_inside, safe_stem

MANIFEST = {
    "lexicons": [
        {"name": "general-loaded", "version": "1.2.0"},
        {"name": "middle-east", "version": "0.3.0"},
    ],
    "counts": {"read": 15, "analysed": 15, "quarantined": 0},
}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, pl.DataFrame]]:
    out = tmp_path_factory.mktemp("report") / "out"
    tables = build_tables(article_ids=["../../escaped", "a/b c", "Wi001"])
    comparison = build_report(tables, out, group_by=None, manifest=MANIFEST)
    return out, comparison


def test_report_files_are_written(report: tuple[Path, dict[str, pl.DataFrame]]) -> None:
    out, comparison = report
    assert (out / "index.html").is_file() and (out / "report.md").is_file()
    assert len(list((out / "charts").glob("*.png"))) >= 7
    assert len(list((out / "charts").glob("*.svg"))) >= 7
    assert len(list((out / "articles").glob("*.html"))) == 15
    assert {
        "outlet_summary",
        "distinctive_terms",
        "loaded_rates",
        "source_mix",
        "actor_labels",
        "actor_sentiment_by_group",
        "crosslink_rates",
    } <= set(comparison)


def test_nothing_is_written_outside_the_folder(
    report: tuple[Path, dict[str, pl.DataFrame]],
) -> None:
    out, _ = report
    assert not (out.parent.parent / "escaped.html").exists()
    assert not list(out.parent.rglob("escaped.html"))
    names = [p.name for p in (out / "articles").iterdir()]
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+\.html", n) for n in names)
    assert "Wi001.html" in names


def test_index_is_self_contained_and_escaped(report: tuple[Path, dict[str, pl.DataFrame]]) -> None:
    out, _ = report
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert "&lt;b&gt;stall&lt;/b&gt;" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "data:image/png;base64," in page
    for anchor in (
        "overview",
        "loaded",
        "sources",
        "actors",
        "distinctive",
        "crosslinks",
        "method",
    ):
        assert f'id="{anchor}"' in page and f'href="#{anchor}"' in page
    assert "general-loaded" in page and "1.2.0" in page
    assert "quarantined" in page


def test_article_page_marks_terms_quotes_sources_and_crosslinks(
    report: tuple[Path, dict[str, pl.DataFrame]],
) -> None:
    out, _ = report
    page = (out / "articles" / "Wi001.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert re.search(r'<mark class="lt c\d+" title="[^"]*category: hedge', page)
    assert 'class="who s0"' in page and "Nasser Kanaani</span>" in page
    assert 'class="src"' in page and 'class="cue"' in page
    assert 'class="men"' in page
    assert "../index.html" in page


def test_markdown_twin_links_charts_and_escapes(
    report: tuple[Path, dict[str, pl.DataFrame]],
) -> None:
    out, _ = report
    text = (out / "report.md").read_text(encoding="utf-8")
    assert "](charts/loaded_categories.png)" in text
    assert "<b>" not in text and "<script>" not in text
    assert "## Distinctive terms" in text


@pytest.mark.slow
def test_group_by_a_meta_key(tmp_path: Path) -> None:
    comparison = build_report(build_tables(), tmp_path / "lean", group_by="lean", manifest={})
    assert set(comparison["outlet_summary"].get_column("outlet")) == {"left", "right", "center"}
    assert set(comparison["distinctive_terms"].get_column("outlet")) == {"left", "right", "center"}
    with pytest.raises(UsageError):
        build_report(build_tables(), tmp_path / "bad", group_by="nope", manifest={})


@pytest.mark.slow
def test_empty_corpus_gives_a_complete_report(tmp_path: Path) -> None:
    comparison = build_report(empty_tables(), tmp_path / "empty", group_by=None, manifest={})
    assert (tmp_path / "empty" / "index.html").is_file()
    assert all(frame.is_empty() for frame in comparison.values())


def test_safe_stem() -> None:
    assert safe_stem("000_4c5ba6db82dd8b7c") == "000_4c5ba6db82dd8b7c"
    stem = safe_stem("../../escaped")
    assert "/" not in stem and not stem.startswith(".")
    assert safe_stem("a/b") != safe_stem("a_b")
    assert safe_stem("..") and not safe_stem("..").startswith(".")


def test_path_inside_refuses_escape(tmp_path: Path) -> None:
    with pytest.raises(OutputError):
        path_inside(tmp_path, "../x.html")
    assert path_inside(tmp_path, "x.html").parent == tmp_path.resolve()


def test_escape_md() -> None:
    assert escape_md("a|b *c* <x> [l](u) & _d_") == r"a\|b \*c\* \<x\> \[l\](u) &amp; \_d\_"
    assert escape_md("# not a heading") == r"\# not a heading"
    assert escape_md("1. not a list") == r"1\. not a list"
    assert escape_md("- not a list") == r"\- not a list"
    assert escape_md("Iran-Israel 2.5") == "Iran-Israel 2.5"


def test_one_speaker_badge_per_run_of_quote_segments() -> None:
    from framing.report.articles import render_article_body

    text = "He said “one. two.” Then “three.”"
    a, b = text.index("“"), text.index("two")
    c = text.index("”") + 1
    d, e = text.index("“", c), len(text)
    voice = {"speaker": "Eli Cohen", "speaker_actor": "israel"}
    voices = [
        {"start": 0, "end": a, "voice": "author", "speaker": None, "speaker_actor": None},
        {"start": a, "end": b, "voice": "direct_quote", **voice},
        {"start": b, "end": c, "voice": "direct_quote", **voice},
        {"start": c, "end": d, "voice": "author", "speaker": None, "speaker_actor": None},
        {"start": d, "end": e, "voice": "direct_quote", **voice},
    ]
    article = {"article_id": "x", "text": text, "body_start": 0}
    html = render_article_body(article, {"voices": voices}, {})
    assert html.count('class="who') == 2  # the split quote gets one badge, the later quote its own
    assert "“one. two.”" in re.sub(r"<[^>]+>", "", html).replace("Eli Cohen", "")

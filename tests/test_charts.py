"""Charts: every kind is drawn (also from empty tables), files are reproducible, many groups fold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from synthetic import build_tables, empty_tables

from framing.charts import render_charts
from framing.compare import compare_groups
from framing.compare.groups import assign_groups, fold_groups, rank_groups

EXPECTED = {
    "loaded_categories",
    "loaded_author_vs_quoted",
    "source_mix",
    "voices_heard",
    "actor_sentiment",
    "distinctive_terms",
    "crosslinks",
}


def _render(
    tables: dict[str, pl.DataFrame], out: Path, top_n: int = 20, names: set[str] | None = None
) -> list:
    groups = fold_groups(assign_groups(tables["articles"]), top_n)
    return render_charts(compare_groups(tables, groups), rank_groups(groups), out, names=names)


@pytest.fixture(scope="module")
def charts(tmp_path_factory: pytest.TempPathFactory) -> list:
    return _render(build_tables(), tmp_path_factory.mktemp("charts"))


@pytest.mark.slow
def test_every_chart_is_written_as_png_and_svg(charts: list) -> None:
    assert {c.name for c in charts} == EXPECTED
    for chart in charts:
        assert chart.png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert b"<svg" in chart.svg.read_bytes()[:2000]
        assert chart.title and chart.caption


def test_chart_files_are_byte_identical_on_rerun(tmp_path: Path) -> None:
    tables = build_tables({"Wire": 3, "Hawk": 3})
    names = {"loaded_categories", "actor_sentiment"}
    first = _render(tables, tmp_path / "a", names=names)
    second = _render(tables, tmp_path / "b", names=names)
    assert {c.name for c in first} == names
    for a, b in zip(first, second, strict=True):
        assert a.svg.read_bytes() == b.svg.read_bytes(), a.name
        assert a.png.read_bytes() == b.png.read_bytes(), a.name


def test_empty_tables_give_placeholder_charts(tmp_path: Path) -> None:
    charts = _render(empty_tables(), tmp_path)
    assert {c.name for c in charts} == EXPECTED
    assert b"No " in (tmp_path / "source_mix.svg").read_bytes()


def test_hundreds_of_groups_are_folded(tmp_path: Path) -> None:
    outlets = {f"Outlet ${i} <b>": 1 for i in range(30)}
    charts = _render(build_tables(outlets), tmp_path, top_n=8, names={"crosslinks"})
    svg = (tmp_path / "crosslinks.svg").read_text(encoding="utf-8")
    assert "(other)" in svg
    assert "Outlet $0 &lt;b&gt;" in svg  # "$" is not TeX, "<b>" is escaped text
    assert svg.count("Outlet $") == 7  # 7 largest groups + "(other)"
    assert [c.name for c in charts] == ["crosslinks"]


def test_importing_framing_does_not_import_matplotlib() -> None:
    # A fresh interpreter: this test process has imported matplotlib already.
    code = (
        "import sys, framing, framing.charts, framing.compare, framing.report; "
        "sys.exit('matplotlib' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_a_single_group_is_drawn(tmp_path: Path) -> None:
    names = {"loaded_author_vs_quoted", "distinctive_terms", "actor_sentiment"}
    charts = _render(build_tables({"Wire": 3}), tmp_path, names=names)
    assert {c.name for c in charts} == names

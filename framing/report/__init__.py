"""The report: ``index.html``, ``report.md``, ``charts/`` and ``articles/<id>.html``.

``build_report`` is what ``framing report`` calls after the analysis: it
compares the groups, draws the charts, writes the pages into ``out_dir`` (a
staging folder the caller swaps in) and returns the comparison tables for the
caller to write to ``tables/``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl

from framing import schemas

#: Groups drawn individually in the charts; the rest are folded into "(other)".
CHART_GROUPS = 20


def _complete(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Every contract table present (missing ones empty), so the report never fails on absence."""
    return {
        name: tables.get(name, schemas.empty(schema)) for name, schema in schemas.TABLES.items()
    }


def build_report(
    tables: dict[str, pl.DataFrame],
    out_dir: Path,
    *,
    group_by: str | None = None,
    manifest: dict[str, Any] | None = None,
) -> dict[str, pl.DataFrame]:
    """Write the report into ``out_dir`` and return the comparison tables.

    Returns ``outlet_summary``, ``distinctive_terms``, ``loaded_rates``,
    ``source_mix``, ``crosslink_rates``, ``actor_labels`` and
    ``actor_sentiment_by_group`` (every group, unfolded). Raises ``UsageError``
    when ``group_by`` names no column of the articles or their ``meta``.
    """
    from framing.charts import render_charts
    from framing.compare import compare_groups
    from framing.compare.groups import OTHER, assign_groups, fold_groups, rank_groups
    from framing.report.articles import write_article_pages
    from framing.report.content import ReportContext, build_sections
    from framing.report.html import write_index_html
    from framing.report.markdown import write_report_md

    manifest = manifest or {}
    tables = _complete(tables)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    group_label = group_by or "outlet"

    groups = assign_groups(tables["articles"], group_by)
    comparison = compare_groups(tables, groups)
    chart_groups = fold_groups(groups, CHART_GROUPS)
    chart_comparison = (
        comparison if chart_groups is groups else compare_groups(tables, chart_groups)
    )
    order = [g for g in rank_groups(chart_groups) if g != OTHER]
    if OTHER in set(chart_groups.get_column("group").to_list()):
        order.append(OTHER)

    charts = render_charts(chart_comparison, order, out_dir / "charts", group_label=group_label)
    links = write_article_pages(tables, out_dir / "articles")
    context = ReportContext(
        tables=tables,
        comparison=comparison,
        charts={c.name: c for c in charts},
        manifest=manifest,
        group_label=group_label,
        article_links=links,
    )
    sections = build_sections(context)
    n_groups = comparison["outlet_summary"].height
    title = str(manifest.get("title") or "Framing report")
    subtitle = (
        f"{tables['articles'].height:,} articles compared across {n_groups:,} "
        f"{'group' if n_groups == 1 else 'groups'} by {group_label}"
    )
    write_index_html(
        out_dir / "index.html", sections, title=title, subtitle=subtitle, manifest=manifest
    )
    write_report_md(out_dir / "report.md", sections, title=title, subtitle=subtitle)
    return comparison

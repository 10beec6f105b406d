"""``report.md``: the plain-text twin of ``index.html`` (charts linked as charts/*.png)."""

from __future__ import annotations

from pathlib import Path

from framing.report.content import Section
from framing.report.format import Table, escape_md


def _anchor_link(section: Section) -> str:
    return f"[{escape_md(section.title)}](#{section.anchor})"


def render_table_md(caption: str, table: Table) -> str:
    """A GitHub-flavoured Markdown table (every cell escaped)."""
    lines = [f"### {escape_md(caption)}", ""]
    if table.is_empty:
        lines.append(f"_{escape_md(table.note or 'Nothing to show.')}_")
        return "\n".join(lines)
    lines.append("| " + " | ".join(escape_md(h) for h in table.headers) + " |")
    lines.append("|" + "|".join("---" for _ in table.headers) + "|")
    for i, row in enumerate(table.rows):
        cells = [escape_md(v) for v in row]
        link = table.links[i] if i < len(table.links) else ""
        if link and cells:
            cells[0] = f"[{cells[0]}]({link})"
        lines.append("| " + " | ".join(cells) + " |")
    if table.footnote:
        lines += ["", f"_{escape_md(table.footnote)}_"]
    return "\n".join(lines)


def render_section_md(section: Section) -> str:
    """One section: heading, paragraphs, chart images, tables."""
    parts = [f'<a id="{section.anchor}"></a>', f"## {escape_md(section.title)}", ""]
    parts += [escape_md(p) + "\n" for p in section.paragraphs]
    for chart in section.charts:
        parts.append(f"![{escape_md(chart.title)}](charts/{chart.png.name})\n")
        parts.append(f"_{escape_md(chart.caption)}_ ([SVG](charts/{chart.svg.name}))\n")
    for caption, table in section.tables:
        parts.append(render_table_md(caption, table) + "\n")
    return "\n".join(parts)


def write_report_md(path: Path, sections: list[Section], *, title: str, subtitle: str) -> None:
    """Write the Markdown report to ``path``."""
    lines = [f"# {escape_md(title)}", "", escape_md(subtitle), ""]
    lines.append(" · ".join(_anchor_link(s) for s in sections))
    lines.append("")
    lines += [render_section_md(s) for s in sections]
    path.write_text("\n".join(lines), encoding="utf-8")

"""Turning comparison tables into readable cells, and escaping them for HTML and Markdown.

Every value that came from the input (outlet names, terms, titles, speakers)
passes through ``escape_html`` or ``escape_md`` before it is written.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass

import polars as pl

#: Characters that are Markdown syntax anywhere in a line.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
#: Line starts that would become a heading, list item or block quote.
_MD_LINE_START = re.compile(r"^(\s*)([#+\-])")
_MD_LIST_NUMBER = re.compile(r"^(\s*\d+)([.)])")


def escape_html(value: object) -> str:
    """``value`` as text safe inside HTML elements and quoted attributes."""
    return html.escape("" if value is None else str(value), quote=True)


def escape_md(value: object) -> str:
    """``value`` as Markdown text that renders literally (one line, no markup, no HTML)."""
    text = "" if value is None else str(value)
    text = re.sub(r"\s+", " ", text).strip()
    text = _MD_SPECIAL.sub(r"\\\1", text).replace("&", "&amp;")
    text = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _MD_LIST_NUMBER.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def format_number(value: object, digits: int = 2) -> str:
    """A number for a table cell: integers as is, floats rounded, missing as an en dash."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if math.isnan(value):
            return "–"
        return f"{value:,.{digits}f}"
    return str(value)


def format_interval(estimate: object, low: object, high: object, digits: int = 2) -> str:
    """``estimate [low–high]``, or just the estimate when the interval is undefined."""
    point = format_number(estimate, digits)
    if low is None or high is None:
        return point
    return f"{point} [{format_number(low, digits)}–{format_number(high, digits)}]"


def format_share(value: object) -> str:
    """A fraction as a percentage."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{float(value) * 100:.0f} %"  # type: ignore[arg-type]


@dataclass(frozen=True)
class Table:
    """A display table: headers and rows of already formatted strings (not yet escaped)."""

    headers: list[str]
    rows: list[list[str]]
    note: str = ""
    #: Optional link per row for the first cell (relative URL; "" for none).
    links: tuple[str, ...] = ()
    #: Shown under a non-empty table (e.g. where the full table is).
    footnote: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.rows


#: Rows shown of a long table; the full table is in tables/.
MAX_ROWS = 1000


def table_from_frame(
    frame: pl.DataFrame, columns: dict[str, str], *, note: str = "", full_table: str = ""
) -> Table:
    """A Table of ``frame``'s ``columns`` (name → header), numbers formatted.

    At most ``MAX_ROWS`` rows are shown; ``full_table`` names the tables/ file
    that has them all.
    """
    shown = frame.head(MAX_ROWS)
    rows = [
        [format_number(value) for value in row] for row in shown.select(list(columns)).iter_rows()
    ]
    footnote = ""
    if frame.height > MAX_ROWS:
        where = f"; all rows are in tables/{full_table}.csv" if full_table else ""
        footnote = f"The first {MAX_ROWS:,} of {frame.height:,} rows{where}."
    return Table(list(columns.values()), rows, note, footnote=footnote)

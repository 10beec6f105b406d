"""Publication dates from the many ways corpora write them, as a vectorised polars expression.

Only the calendar date is kept (``pl.Date``): time of day and time zone are
dropped, because comparisons are by day. Slashed dates are read as US
month/day/year unless the first number cannot be a month (``13/02/2020``), which
is the convention of most English-language scraped corpora; ISO dates avoid the
ambiguity and are preferred.
"""

from __future__ import annotations

import polars as pl

_WEEKDAY = r"^(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"

#: (pattern whose first group is the date part, strptime formats tried in order).
_SHAPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"^(\d{4}-\d{1,2}-\d{1,2})(?:$|[T\s])", ("%Y-%m-%d",)),
    (r"^(\d{4}/\d{1,2}/\d{1,2})(?:$|[T\s])", ("%Y/%m/%d",)),
    (r"^(\d{1,2}\.\d{1,2}\.\d{4})(?:$|\s)", ("%d.%m.%Y",)),
    (r"^(\d{1,2}/\d{1,2}/\d{4})(?:$|\s)", ("%m/%d/%Y", "%d/%m/%Y")),
    (r"^([A-Za-z]{3,9} \d{1,2} \d{4})(?:$|\s)", ("%B %d %Y", "%b %d %Y")),
    (r"^(\d{1,2} [A-Za-z]{3,9} \d{4})(?:$|\s)", ("%d %B %Y", "%d %b %Y")),
    (r"^(\d{8})$", ("%Y%m%d",)),
)


def parse_dates(raw: pl.Expr) -> pl.Expr:
    """``raw`` (strings) as ``pl.Date``; null where no known shape matches."""
    cleaned = (
        raw.str.strip_chars()
        .str.replace(_WEEKDAY, "")
        # "Sept. 20, 2016" and "20 Sep, 2016": punctuation carries no date information.
        .str.replace_all(r"[.,](\s)", "$1")
        .str.replace_all(r"\s+", " ")
        .str.replace(r"(?i)\bsept\b", "Sep")
    )
    attempts = [
        cleaned.str.extract(pattern, 1).str.to_date(fmt, strict=False)
        for pattern, formats in _SHAPES
        for fmt in formats
    ]
    return pl.coalesce(attempts)

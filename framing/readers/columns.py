"""Which input column holds which document field: the user's choice, else a known name."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from functools import cache, lru_cache

from framing.datafiles import read_data_toml

#: The document fields a column can supply, in the order of ``ColumnOptions``.
FIELDS = ("text", "outlet", "id", "title", "date", "url")


@dataclass(frozen=True)
class ColumnOptions:
    """Column names chosen by the user (``None``: auto-detect among common names)."""

    text: str | None = None
    outlet: str | None = None
    id: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None


@cache
def load_column_names() -> dict[str, tuple[str, ...]]:
    """The known column names per field, from ``framing/data/readers/columns.toml``."""
    data = read_data_toml("readers/columns.toml")
    return {name: tuple(data["fields"][name]) for name in FIELDS}


def match_columns(present: Iterable[str], options: ColumnOptions) -> dict[str, str | None]:
    """Map each field to the input column that supplies it, or ``None``.

    A column the user named must be present exactly (its absence is reported by the
    caller, since only the caller knows which file it is); otherwise the first known
    name present wins, ignoring case. A column is never used for two fields.
    """
    # JSON Lines records nearly always repeat the same keys: match each key set once.
    return dict(_match_columns(tuple(present), options))


@lru_cache(maxsize=1024)
def _match_columns(present: tuple[str, ...], options: ColumnOptions) -> dict[str, str | None]:
    by_lower: dict[str, str] = {}
    for name in present:
        by_lower.setdefault(name.lower(), name)
    known = load_column_names()
    chosen: dict[str, str | None] = {}
    taken: set[str] = set()
    # User choices first, so auto-detection cannot take a column the user assigned.
    for option in fields(options):
        wanted = getattr(options, option.name)
        if wanted is not None:
            chosen[option.name] = wanted if wanted in present else None
            taken.add(wanted)
    for name in FIELDS:
        if name in chosen:
            continue
        chosen[name] = None
        for candidate in known[name]:
            column = by_lower.get(candidate)
            if column is not None and column not in taken:
                chosen[name] = column
                taken.add(column)
                break
    return {name: chosen[name] for name in FIELDS}


def list_names(names: Iterable[str], *, limit: int = 20, width: int = 60) -> str:
    """``a, b, c`` for a quarantine reason, cut short for records with absurd keys."""
    names = list(names)
    shown = [name if len(name) <= width else name[: width - 1] + "…" for name in names[:limit]]
    text = ", ".join(shown) or "(none)"
    return text if len(names) <= limit else f"{text}, … ({len(names) - limit} more)"


def describe_missing_text(present: Iterable[str], options: ColumnOptions) -> str:
    """The reason a table has no text column, naming the columns it does have."""
    columns = list_names(present)
    if options.text is not None:
        return f"no text column {options.text!r}; columns present: {columns}"
    return f"no text column (try --text-col); columns present: {columns}"


def other_columns(present: Iterable[str], chosen: Mapping[str, str | None]) -> list[str]:
    """Input columns not used for a document field: they go into ``meta``."""
    used = {column for column in chosen.values() if column is not None}
    return [name for name in present if name not in used]

"""Reading lexicon files: TOML packs and scored word lists (CSV + TOML sidecar).

A TOML pack has ``[meta]`` and entries, either as ``[[entry]]`` tables or as
an ``entry = [ {...}, ... ]`` array of inline tables placed before ``[meta]``
(DESIGN.md, "Lexicons and actors"). Entry keys: ``term`` (required, a literal:
never a regex), ``variants``, ``category`` (required, one of ``CATEGORIES``),
``stance``, ``refers_to`` (actor id), ``neutral``, ``note``, ``examples`` and
``counter_examples`` (checked by the tests and by ``framing lexicon check``),
``exclude`` (longer contexts in which the term is not loaded, e.g. *tax
regime*) and ``inflect`` (default true: add regular inflections). The
category ``not_loaded`` (``NOT_LOADED``) says a form is used plainly: its
matches are left out of the tables, so a user's entry silences a built-in one
for that form (a user's pack outranks the built-in packs). ``[meta]``
may carry ``priority``: when two packs define the same form, the higher wins. A scored list is ``NAME.csv`` (columns ``term,score`` and optionally
``category,stance,n_in,n_total,note``; the note says why the term scored so) beside ``NAME.meta.toml``, whose ``[meta]``
carries the usual keys plus ``min_score`` (rows below it are not used),
``category`` and ``stance`` defaults.

Parsing never stops at the first problem: every problem is collected with its
file and line, so ``framing lexicon check`` can list them all. Only a file that
cannot be parsed at all raises ``LexiconError``.
"""

from __future__ import annotations

import csv
import math
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from framing.errors import LexiconError
from framing.problems import Problem

#: The category of a form that is not loaded (a user's stop word): its hits are dropped.
NOT_LOADED = "not_loaded"

#: The categories a loaded term may have; a pack using another one is reported.
CATEGORIES = frozenset(
    {
        "delegitimizing_label",
        "legitimizing_label",
        "dehumanizing",
        "threat_fear",
        "terrorism_label",
        "hedge",
        "loaded_speech_verb",
        "intensifier",
        "euphemism",
        "partisan_label",
        "emotive",
        "loaded_adjective",
        "loaded_verb",
        "sensational",
        "conflict_label",
        "learned",
        NOT_LOADED,
    }
)

STANCES = frozenset(
    {"pejorative", "ameliorative", "doubt", "emphatic", "alarm", "softening", "partisan", "mixed"}
)

META_KEYS = ("name", "version", "language", "description", "license", "source")
ENTRY_KEYS = frozenset(
    {
        "term",
        "variants",
        "category",
        "stance",
        "refers_to",
        "neutral",
        "note",
        "examples",
        "counter_examples",
        "exclude",
        "inflect",
    }
)

#: A term must begin and end with a letter or digit so that word boundaries apply.
_TERM_SHAPE = re.compile(r"^\w(?:.*\w)?$", re.DOTALL)
_ENTRY_HEADER = re.compile(r"^\s*\[\[\s*entry\s*\]\]")
_LINE_IN_MESSAGE = re.compile(r"line (\d+)")


@dataclass(frozen=True)
class Entry:
    """One loaded term with its forms, its meaning and its proof."""

    term: str
    category: str
    stance: str | None = None
    variants: tuple[str, ...] = ()
    refers_to: str | None = None
    neutral: str | None = None
    note: str | None = None
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    inflect: bool = True
    score: float | None = None
    lexicon: str = ""
    line: int = 0


@dataclass
class Pack:
    """A parsed lexicon file: its meta, its entries and the problems found."""

    meta: dict[str, Any]
    entries: list[Entry]
    path: Path
    kind: str  # "toml" | "scored"
    problems: list[Problem] = field(default_factory=list)

    @property
    def name(self) -> str:
        return str(self.meta.get("name", self.path.stem))

    @property
    def priority(self) -> int:
        """When two packs define the same form, the higher priority wins."""
        value = self.meta.get("priority", 0)
        return value if isinstance(value, int) and not isinstance(value, bool) else 0


def read_pack(path: Path) -> Pack:
    """Parse a lexicon file (``.toml`` pack or scored ``.csv``), collecting problems.

    Raises ``LexiconError`` (naming file and line) when the file cannot be read
    or is not valid TOML / CSV.
    """
    path = Path(path)
    if path.suffix == ".csv":
        return _read_scored(path)
    if path.suffix != ".toml":
        raise LexiconError(f"{path}: a lexicon is a .toml pack or a scored .csv list")
    text = _read_text(path)
    data = _parse_toml(text, path)
    lines = text.splitlines()
    problems: list[Problem] = []
    meta = _check_meta(data.get("meta"), path, _line_of(lines, r"^\s*\[meta\]"), problems)
    raw_entries = data.get("entry", [])
    if not isinstance(raw_entries, list):
        problems.append(Problem(str(path), 1, "'entry' must be an array of tables ([[entry]])"))
        raw_entries = []
    entries: list[Entry] = []
    locate = _EntryLocator(lines)
    for raw in raw_entries:
        line = locate(raw.get("term") if isinstance(raw, dict) else None)
        entry = _build_entry(raw, str(meta.get("name", path.stem)), path, line, problems)
        if entry is not None:
            entries.append(entry)
    if not raw_entries:
        problems.append(
            Problem(
                str(path), 1, "no entries (an 'entry' array before [meta], or [[entry]] tables)"
            )
        )
    return Pack(meta=meta, entries=entries, path=path, kind="toml", problems=problems)


class _EntryLocator:
    """Finds the line of each entry in turn (``[[entry]]`` tables or inline tables).

    tomllib keeps no positions, so the k-th entry is found by scanning forward
    for its ``term = "..."`` line (any ``term =`` line when its term is empty or
    not a string), falling back to the next ``[[entry]]`` header (an entry without
    a term).
    """

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.position = 0

    def __call__(self, term: object) -> int:
        header = next(
            (
                i
                for i in range(self.position, len(self.lines))
                if _ENTRY_HEADER.match(self.lines[i])
            ),
            None,
        )
        # Its term's line; any ``term =`` line when the term is empty or not a string (an
        # entry without one is found by its header alone).
        if term is not None:
            value = re.escape(term) if isinstance(term, str) and term else ""
            quoted = re.compile(r"\bterm\s*=\s*" + (rf"[\"']{value}" if value else ""))
            for i in range(self.position, len(self.lines)):
                if quoted.search(self.lines[i]):
                    line = header if header is not None and header < i else i
                    self.position = i + 1
                    return line + 1
        if header is None:
            return self.position + 1
        self.position = header + 1
        return header + 1


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(f"{path}: no such lexicon file") from exc
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read ({exc.strerror})") from exc


def _parse_toml(text: str, path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _LINE_IN_MESSAGE.search(str(exc))
        line = found.group(1) if found else "?"
        raise LexiconError(f"{path}:{line}: malformed TOML: {exc}") from exc


def _line_of(lines: list[str], pattern: str) -> int:
    compiled = re.compile(pattern)
    return next((i + 1 for i, line in enumerate(lines) if compiled.match(line)), 1)


def _check_meta(raw: Any, path: Path, line: int, problems: list[Problem]) -> dict[str, Any]:
    if not isinstance(raw, dict):
        problems.append(Problem(str(path), 1, "missing [meta] table"))
        return {"name": path.stem}
    for key in META_KEYS:
        if not str(raw.get(key, "")).strip():
            problems.append(Problem(str(path), line, f"[meta] lacks '{key}'"))
    priority = raw.get("priority", 0)
    if not isinstance(priority, int) or isinstance(priority, bool):
        problems.append(
            Problem(str(path), line, f"[meta] priority {priority!r} is not a whole number")
        )
    return dict(raw)


def _strings(raw: dict[str, Any], key: str, where: Problem) -> tuple[str, ...]:
    value = raw.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _EntryProblem(f"{where.message}: '{key}' must be a list of strings")
    return tuple(value)


class _EntryProblem(Exception):
    """Internal: one entry is unusable; turned into a Problem by the caller."""


def _build_entry(
    raw: Any, lexicon: str, path: Path, line: int, problems: list[Problem]
) -> Entry | None:
    def report(message: str) -> None:
        problems.append(Problem(str(path), line, message))

    if not isinstance(raw, dict):
        report("an [[entry]] must be a table")
        return None
    term = raw.get("term")
    if term is not None and not isinstance(term, str):
        report(f"'term' must be a string, not {term!r}")
        return None
    if not term or not term.strip():
        report("empty term")
        return None
    term = term.strip()
    label = Problem(str(path), line, f"entry '{term}'")
    for key in sorted(set(raw) - ENTRY_KEYS):
        report(f"entry '{term}': unknown key '{key}'")
    category = raw.get("category")
    if not isinstance(category, str) or category not in CATEGORIES:
        report(
            f"entry '{term}': unknown category {category!r} (known: {', '.join(sorted(CATEGORIES))})"
        )
        return None
    stance = raw.get("stance")
    if stance is not None and (not isinstance(stance, str) or stance not in STANCES):
        report(f"entry '{term}': unknown stance {stance!r} (known: {', '.join(sorted(STANCES))})")
    try:
        variants = _strings(raw, "variants", label)
        examples = _strings(raw, "examples", label)
        counter = _strings(raw, "counter_examples", label)
        exclude = _strings(raw, "exclude", label)
    except _EntryProblem as exc:
        report(str(exc))
        return None
    for form in (term, *variants, *exclude):
        if not _TERM_SHAPE.match(form):
            report(f"entry '{term}': form {form!r} must begin and end with a letter or digit")
            return None
    if not examples:
        report(f"entry '{term}': no examples (every entry proves itself)")
    inflect = raw.get("inflect", True)
    if not isinstance(inflect, bool):
        report(f"entry '{term}': 'inflect' must be true or false")
        inflect = True
    return Entry(
        term=term,
        category=category,
        stance=stance,
        variants=variants,
        refers_to=_optional(raw, "refers_to", report),
        neutral=_optional(raw, "neutral", report),
        note=_optional(raw, "note", report),
        examples=examples,
        counter_examples=counter,
        exclude=exclude,
        inflect=inflect,
        lexicon=lexicon,
        line=line,
    )


def _optional(raw: dict[str, Any], key: str, report: Callable[[str], None]) -> str | None:
    """A text field of an entry, None when absent or empty; reported (and
    left out) when it is not a string."""
    value = raw.get(key)
    if value is not None and not isinstance(value, str):
        report(f"entry '{raw['term'].strip()}': '{key}' must be a string, not {value!r}")
        return None
    return value or None


def pack_name(path: Path) -> str:
    """The name a lexicon file declares in its ``[meta]`` (a scored list's in its
    sidecar), read without its entries; the file's stem when there is none.
    Raises ``LexiconError`` when the TOML cannot be read or parsed."""
    path = Path(path)
    meta_path = sidecar_of(path) if path.suffix == ".csv" else path
    if not meta_path.is_file():
        return path.stem
    meta = _parse_toml(_read_text(meta_path), meta_path).get("meta")
    name = meta.get("name") if isinstance(meta, dict) else None
    return str(name) if name is not None else path.stem


def sidecar_of(csv_path: Path) -> Path:
    """The TOML file holding a scored list's meta: ``NAME.csv`` → ``NAME.meta.toml``."""
    return csv_path.with_name(csv_path.stem + ".meta.toml")


def _is_finite_number(value: Any) -> bool:
    """A TOML number (not a boolean), finite."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _read_scored(path: Path) -> Pack:
    sidecar = sidecar_of(path)
    if not sidecar.is_file():
        raise LexiconError(f"{path}: a scored list needs its meta in {sidecar.name}")
    side_text = _read_text(sidecar)
    problems: list[Problem] = []
    meta = _check_meta(
        _parse_toml(side_text, sidecar).get("meta"),
        sidecar,
        _line_of(side_text.splitlines(), r"^\s*\[meta\]"),
        problems,
    )
    name = str(meta.get("name", path.stem))
    min_score = meta.get("min_score", float("-inf"))
    if not _is_finite_number(min_score) and "min_score" in meta:
        line = _line_of(side_text.splitlines(), r"^\s*min_score\s*=")
        problems.append(
            Problem(str(sidecar), line, f"min_score {min_score!r} is not a finite number")
        )
        meta = {k: v for k, v in meta.items() if k != "min_score"}
        min_score = float("-inf")
    default_category = str(meta.get("category", "learned"))
    default_stance = meta.get("stance")
    entries: list[Entry] = []
    rows = csv.DictReader(_read_text(path).splitlines())
    if rows.fieldnames is None or not {"term", "score"} <= set(rows.fieldnames):
        raise LexiconError(f"{path}:1: a scored list needs the columns 'term' and 'score'")
    for number, row in enumerate(rows, start=2):
        term = (row.get("term") or "").strip()
        if not term:
            problems.append(Problem(str(path), number, "empty term"))
            continue
        if not _TERM_SHAPE.match(term):
            problems.append(
                Problem(
                    str(path), number, f"term {term!r} must begin and end with a letter or digit"
                )
            )
            continue
        try:
            score = float(row["score"])
        except (TypeError, ValueError):
            score = math.nan
        if not math.isfinite(score):
            problems.append(
                Problem(str(path), number, f"score {row.get('score')!r} is not a number")
            )
            continue
        category = (row.get("category") or default_category).strip()
        if category not in CATEGORIES:
            problems.append(Problem(str(path), number, f"unknown category {category!r}"))
            continue
        if score < min_score:
            continue
        entries.append(
            Entry(
                term=term,
                category=category,
                stance=(row.get("stance") or default_stance or None),
                inflect=bool(meta.get("inflect", False)),
                note=(row.get("note") or "").strip() or None,
                score=score,
                lexicon=name,
                line=number,
            )
        )
    return Pack(meta=meta, entries=entries, path=path, kind="scored", problems=problems)

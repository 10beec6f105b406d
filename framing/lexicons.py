"""Lexicons: the built-in packs plus the user's files, compiled once per run.

``load_lexicon`` reads every pack in ``framing/data/lexicons/`` (TOML packs and
scored CSV lists) and the user's ``--lexicon`` files, and compiles them into a
single ``Matcher``. ``list_packs``, ``describe_pack`` and ``check_lexicon`` return
data for ``framing lexicon list | show NAME | check FILE``; the CLI prints it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import polars as pl

from framing.errors import LexiconError, UnknownPackError
from framing.lexicon_format import Entry, Pack, Problem, pack_name, read_pack, sidecar_of
from framing.lexicon_match import (
    Matcher,
    compile_matcher,
    match_texts,
    normalize_form,
)

DATA_DIR = Path(__file__).resolve().parent / "data" / "lexicons"

#: A user's file outranks every built-in pack when both define the same form.
USER_PRIORITY = 100

__all__ = [
    "Entry",
    "Lexicon",
    "Problem",
    "builtin_pack_paths",
    "check_lexicon",
    "describe_pack",
    "list_packs",
    "load_lexicon",
]


@dataclass(frozen=True)
class Lexicon:
    """The packs in use and their compiled matcher (picklable)."""

    packs: list[dict[str, Any]]
    matcher: Matcher

    @property
    def entries(self) -> tuple[Entry, ...]:
        return self.matcher.entries


def builtin_pack_paths() -> list[Path]:
    """The built-in lexicon files: ``*.toml`` packs and ``*.csv`` scored lists."""
    tomls = [p for p in DATA_DIR.glob("*.toml") if not p.name.endswith(".meta.toml")]
    return sorted(tomls) + sorted(DATA_DIR.glob("*.csv"))


def _pack_summary(pack: Pack) -> dict[str, Any]:
    meta = pack.meta
    return {
        "name": pack.name,
        "version": str(meta.get("version", "")),
        "language": str(meta.get("language", "")),
        "description": str(meta.get("description", "")),
        "license": str(meta.get("license", "")),
        "source": str(meta.get("source", "")),
        "n_entries": len(pack.entries),
        "kind": pack.kind,
        "path": str(pack.path),
        **({"min_score": meta["min_score"]} if "min_score" in meta else {}),
    }


def _read_usable(path: Path, *, priority: int | None = None) -> Pack:
    pack = read_pack(path)
    if pack.problems:
        listed = "; ".join(str(p) for p in pack.problems[:5])
        more = f" (and {len(pack.problems) - 5} more)" if len(pack.problems) > 5 else ""
        raise LexiconError(f"lexicon has problems: {listed}{more}")
    if priority is not None:
        pack.meta.setdefault("priority", priority)
    return pack


def load_lexicon(
    *,
    extra: Sequence[Path] = (),
    without: Sequence[str] = (),
    min_score: float | None = None,
) -> Lexicon:
    """The built-in packs plus ``extra`` user files, compiled into one matcher.

    ``without`` names built-in packs to leave out (``--without-lexicon``);
    ``min_score`` drops the entries of every scored list that score below it
    (``--min-score``; a list's own ``min_score`` still applies when higher).
    Raises ``LexiconError`` naming file and line when any file has problems,
    and ``UnknownPackError`` (a usage error) when ``without`` names no built-in pack.
    """
    left_out = set(without)
    packs: list[Pack] = []
    known: list[str] = []
    for path in builtin_pack_paths():
        # A scored list is named by its small sidecar, so a left-out one is never
        # parsed (the learned list takes 0.1 s); TOML packs are small, read at once.
        if path.suffix == ".csv" and (name := pack_name(path)) in left_out:
            known.append(name)
            continue
        pack = _read_usable(path)
        known.append(pack.name)
        if pack.name not in left_out:
            packs.append(pack)
    for name in without:
        if name not in known:
            raise UnknownPackError(
                f"--without-lexicon: no built-in lexicon pack named {name!r} "
                f"(built-in: {', '.join(sorted(known))})"
            )
    packs += [_read_usable(Path(p), priority=USER_PRIORITY) for p in extra]
    if min_score is not None:
        packs = [_cut_scored(p, min_score) for p in packs]
    names = [p.name for p in packs]
    clashes = sorted({n for n in names if names.count(n) > 1})
    if clashes:
        raise LexiconError(f"two lexicon files share the name {clashes[0]!r}; rename one in [meta]")
    ordered = sorted(packs, key=lambda p: -p.priority)  # stable: built-in order otherwise
    entries = [entry for pack in ordered for entry in pack.entries]
    return Lexicon(packs=[_pack_summary(p) for p in packs], matcher=compile_matcher(entries))


def _cut_scored(pack: Pack, min_score: float) -> Pack:
    """A scored list without its entries below ``min_score`` (other packs as they are)."""
    if pack.kind != "scored":
        return pack
    floor = max(min_score, float(pack.meta.get("min_score", float("-inf"))))
    kept = [e for e in pack.entries if e.score is not None and e.score >= floor]
    return replace(pack, meta={**pack.meta, "min_score": floor}, entries=kept)


def list_packs(*, extra: Sequence[Path] = ()) -> list[dict[str, Any]]:
    """One summary dict per pack (name, version, language, n_entries, ...)."""
    return [_pack_summary(read_pack(p)) for p in [*builtin_pack_paths(), *map(Path, extra)]]


def describe_pack(name: str, *, extra: Sequence[Path] = ()) -> dict[str, Any]:
    """A pack's meta and its entries as rows, for ``framing lexicon show NAME``.

    Raises ``LexiconError`` when no pack has that name.
    """
    for path in [*builtin_pack_paths(), *map(Path, extra)]:
        pack = read_pack(path)
        if pack.name == name:
            rows = [
                {
                    "term": e.term,
                    "variants": list(e.variants),
                    "category": e.category,
                    "stance": e.stance,
                    "refers_to": e.refers_to,
                    "neutral": e.neutral,
                    "note": e.note,
                    "score": e.score,
                }
                for e in pack.entries
            ]
            return {**_pack_summary(pack), "meta": pack.meta, "entries": rows}
    known = ", ".join(p.name for p in map(read_pack, builtin_pack_paths()))
    raise LexiconError(f"no lexicon pack named {name!r} (built-in: {known})")


def check_lexicon(path: Path) -> list[Problem]:
    """Every problem in one lexicon file, each with file and line.

    Reports malformed entries, unknown categories, empty terms, duplicate forms,
    examples that the entry does not match and counter-examples that it does.
    Raises ``LexiconError`` (with file and line) when the file is not valid TOML.
    """
    path = Path(path)
    if path.suffix == ".toml" and path.name.endswith(".meta.toml"):
        csv_path = path.with_name(path.name[: -len(".meta.toml")] + ".csv")
        path = csv_path if csv_path.is_file() else path
    pack = read_pack(path)
    problems = list(pack.problems)
    problems += _duplicate_problems(pack)
    problems += _example_problems(pack)
    if pack.kind == "scored" and not sidecar_of(pack.path).is_file():
        problems.append(Problem(str(pack.path), 1, "missing meta sidecar"))
    return sorted(problems, key=lambda p: (p.file, p.line))


def _duplicate_problems(pack: Pack) -> list[Problem]:
    seen: dict[str, Entry] = {}
    problems = []
    for entry in pack.entries:
        own: set[str] = set()
        for form in (entry.term, *entry.variants):
            key = normalize_form(form)
            if key in own:
                continue
            own.add(key)
            first = seen.get(key)
            if first is not None:
                problems.append(
                    Problem(
                        str(pack.path),
                        entry.line,
                        f"duplicate term {form!r} (already in entry '{first.term}' at line {first.line})",
                    )
                )
            else:
                seen[key] = entry
    return problems


def _example_problems(pack: Pack) -> list[Problem]:
    """Run the real matcher over the pack's own examples and counter-examples."""
    hits = find_entry_hits(pack.entries)
    problems = []
    for index, entry in enumerate(pack.entries):
        for k, sentence in enumerate(entry.examples):
            if (index, "ex", k) not in hits:
                problems.append(
                    Problem(
                        str(pack.path),
                        entry.line,
                        f"'{entry.term}' does not match its example {sentence!r}",
                    )
                )
        for k, sentence in enumerate(entry.counter_examples):
            if (index, "cx", k) in hits:
                problems.append(
                    Problem(
                        str(pack.path),
                        entry.line,
                        f"'{entry.term}' matches its counter-example {sentence!r}",
                    )
                )
    return problems


def find_entry_hits(entries: Sequence[Entry]) -> set[tuple[int, str, int]]:
    """Which (entry, "ex"/"cx", k) sentences the entry's own forms match.

    The examples are matched with the whole pack compiled, so a counter-example
    won by a longer entry of the same pack (or excluded) counts as not matched.
    """
    matcher = compile_matcher(entries)
    ids, texts = [], []
    for index, entry in enumerate(entries):
        for kind, sentences in (("ex", entry.examples), ("cx", entry.counter_examples)):
            for k, sentence in enumerate(sentences):
                ids.append(f"{index}|{kind}|{k}")
                texts.append(sentence)
    frame = pl.DataFrame(
        {"article_id": ids, "text": texts}, schema={"article_id": pl.String, "text": pl.String}
    )
    matched = match_texts(frame, matcher)
    found: set[tuple[int, str, int]] = set()
    for article_id, entry_index in matched.select("article_id", "entry_index").iter_rows():
        index, kind, k = article_id.split("|")
        if int(index) == entry_index:
            found.add((int(index), kind, int(k)))
    return found

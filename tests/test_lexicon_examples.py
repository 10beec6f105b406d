"""Every lexicon entry proves itself: its examples match it, its counter-examples do not.

One parametrised test over every entry of every built-in TOML pack, run through
the real matcher with the whole pack compiled (so longest-match and exclusions
apply exactly as in an analysis).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from framing.lexicon_format import Pack, read_pack
from framing.lexicons import builtin_pack_paths, find_entry_hits

PACKS = [p for p in builtin_pack_paths() if p.suffix == ".toml"]


@cache
def _pack(path_text: str) -> tuple[Pack, frozenset[tuple[int, str, int]]]:
    pack = read_pack(Path(path_text))
    return pack, frozenset(find_entry_hits(pack.entries))


CASES = [
    pytest.param(str(path), index, id=f"{path.stem}:{entry.term}")
    for path in PACKS
    for index, entry in enumerate(read_pack(path).entries)
]


def test_there_are_packs_and_entries() -> None:
    assert {p.stem for p in PACKS} >= {"general", "middle_east"}
    assert len(CASES) >= 300


@pytest.mark.parametrize(("path", "index"), CASES)
def test_entry_examples(path: str, index: int) -> None:
    pack, hits = _pack(path)
    entry = pack.entries[index]
    assert entry.examples, f"{entry.term} has no examples"
    assert entry.counter_examples, f"{entry.term} has no counter_examples"
    missed = [s for k, s in enumerate(entry.examples) if (index, "ex", k) not in hits]
    wrongly = [s for k, s in enumerate(entry.counter_examples) if (index, "cx", k) in hits]
    assert not missed, f"'{entry.term}' does not match its examples {missed}"
    assert not wrongly, f"'{entry.term}' matches its counter-examples {wrongly}"

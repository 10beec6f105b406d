"""Lexicons. STUB (temporary): the loaded-language area replaces this."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


class Lexicon:
    pass


def load_lexicon(*, extra: Sequence[Path] = ()) -> Lexicon:
    return Lexicon()

"""Actor gazetteer. STUB (temporary): the actors area replaces this."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


class Gazetteer:
    def actor_for(self, phrase: str) -> str | None:
        return None


def load_gazetteer(*, extra: Sequence[Path] = ()) -> Gazetteer:
    return Gazetteer()

"""Resources every per-article stage needs: the lexicon and the actor gazetteer.

Loaded once per run and passed (pickled) to workers, so loading never happens
per batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from framing.actors import Gazetteer, load_gazetteer
from framing.lexicons import Lexicon, load_lexicon


@dataclass(frozen=True)
class Resources:
    lexicon: Lexicon
    actors: Gazetteer


def load_resources(
    *,
    lexicons: Sequence[Path] = (),
    actors: Sequence[Path] = (),
    without_lexicons: Sequence[str] = (),
    min_score: float | None = None,
) -> Resources:
    """The built-in packs plus the user's files (``--lexicon``, ``--actors``),
    less the built-in lexicon packs named in ``without_lexicons`` and the
    scored-list entries below ``min_score`` (``framing.lexicons.load_lexicon``)."""
    lexicon = load_lexicon(extra=lexicons, without=without_lexicons, min_score=min_score)
    return Resources(lexicon=lexicon, actors=load_gazetteer(extra=actors))

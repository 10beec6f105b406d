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


def load_resources(*, lexicons: Sequence[Path] = (), actors: Sequence[Path] = ()) -> Resources:
    """The built-in packs plus the user's files (``--lexicon``, ``--actors``)."""
    return Resources(lexicon=load_lexicon(extra=lexicons), actors=load_gazetteer(extra=actors))

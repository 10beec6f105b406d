"""Resources every per-article stage needs: the lexicon and the actor gazetteer.

Loaded once per run and passed (pickled) to workers, so loading never happens
per batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from framing.actors import Gazetteer, load_gazetteer
from framing.context_score import CANDIDATES_PATH, ContextModel, encoder, load_context_model
from framing.lexicons import Lexicon, load_lexicon


@dataclass(frozen=True)
class Resources:
    lexicon: Lexicon
    actors: Gazetteer
    #: The context model (``--context``), or None: hits get no context score.
    context: ContextModel | None = None


def load_resources(
    *,
    lexicons: Sequence[Path] = (),
    actors: Sequence[Path] = (),
    without_lexicons: Sequence[str] = (),
    min_score: float | None = None,
    context: bool = False,
) -> Resources:
    """The built-in packs plus the user's files (``--lexicon``, ``--actors``),
    less the built-in lexicon packs named in ``without_lexicons`` and the
    scored-list entries below ``min_score`` (``framing.lexicons.load_lexicon``);
    ``context`` adds the context model (``framing.context_score``) and its
    candidate words, checking that the encoder's weights are installed."""
    if context:
        lexicons = [*lexicons, CANDIDATES_PATH]
    lexicon = load_lexicon(extra=lexicons, without=without_lexicons, min_score=min_score)
    model = None
    if context:
        model = load_context_model()
        encoder()  # fails here, in one line, when the weights are not installed
    return Resources(lexicon=lexicon, actors=load_gazetteer(extra=actors), context=model)

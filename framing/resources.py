"""Resources every per-article stage needs: the lexicon and the actor gazetteer.

Loaded once per run and passed (pickled) to workers, so loading never happens
per batch.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from framing.actors import Gazetteer, load_gazetteer
from framing.context_score import CANDIDATES_PATH, ContextModel, load_context_model
from framing.errors import UsageError
from framing.learn.word_vectors import check_model
from framing.lexicons import Lexicon, load_lexicon


@dataclass(frozen=True)
class Resources:
    lexicon: Lexicon
    actors: Gazetteer
    #: The context model (``--context``), or None: hits get no context score.
    context: ContextModel | None = None


@dataclass(frozen=True)
class ResourceOptions:
    """Which lexicons, actors and models a run uses (``--lexicon``, ``--actors``,
    ``--without-lexicon``, ``--min-score``, ``--context``): the built-in packs plus
    the user's files, less the built-in lexicon packs named in ``without_lexicons``
    and the scored-list entries below ``min_score``; ``context`` adds the context
    model."""

    lexicons: tuple[Path, ...] = ()
    actors: tuple[Path, ...] = ()
    without_lexicons: tuple[str, ...] = ()
    min_score: float | None = None
    context: bool = False

    def __post_init__(self) -> None:
        if self.min_score is not None and not math.isfinite(self.min_score):
            raise UsageError(f"min_score must be a finite number, not {self.min_score}")

    def describe_chosen(self) -> dict[str, Any]:
        """The options set away from their defaults, by name (files as strings,
        tuples as lists): what an evaluation's result records."""
        return {
            f.name: [str(v) for v in value] if isinstance(value, tuple) else value
            for f in fields(self)
            if (value := getattr(self, f.name)) != f.default
        }

    def describe(self) -> dict[str, Any]:
        """The choices recorded in the manifest's options (the files are listed as packs)."""
        return {
            "without_lexicons": list(self.without_lexicons),
            "min_score": self.min_score,
            "context": self.context,
        }


def load_resources(options: ResourceOptions | None = None) -> Resources:
    """The lexicon and gazetteer that ``options`` choose (the built-in packs alone
    when None, ``framing.lexicons.load_lexicon``); ``context`` adds the context
    model (``framing.context_score``) and its candidate words, checking that the
    encoder's weights are installed (their header only: the encoder loads on
    first use)."""
    options = options or ResourceOptions()
    lexicons = list(options.lexicons)
    if options.context:
        lexicons.append(CANDIDATES_PATH)
    lexicon = load_lexicon(
        extra=lexicons, without=options.without_lexicons, min_score=options.min_score
    )
    model = None
    if options.context:
        model = load_context_model()
        # Fails here, in one line, when the weights are not installed; the
        # encoder itself loads where hits are read (in each worker of an executor).
        check_model()
    return Resources(lexicon=lexicon, actors=load_gazetteer(extra=options.actors), context=model)

"""The package's own TOML data files (under ``framing/data/``), read and parsed in one place.

Each file is parsed once per process; a malformed file raises ``LexiconError``
naming it. Callers treat the returned tables as read-only.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from framing.errors import LexiconError


def data_path(relative: str) -> Path:
    """The path of ``framing/data/<relative>``, found through the package (not ``__file__``,
    which compiled modules do not set to their location)."""
    return Path(str(resources.files("framing").joinpath("data", *relative.split("/"))))


@cache
def read_data_toml(relative: str) -> dict[str, Any]:
    """The parsed ``framing/data/<relative>`` (e.g. ``"speech_verbs.toml"``)."""
    path = data_path(relative)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{path}: {exc}") from exc


@cache
def load_stopwords() -> frozenset[str]:
    """The packaged English function-word list (``stopwords/english.toml``), lower case."""
    try:
        words = read_data_toml("stopwords/english.toml")["stopwords"]["words"]
    except KeyError as exc:
        raise LexiconError(f"framing/data/stopwords/english.toml: lacks {exc}") from exc
    return frozenset(str(w).lower() for w in words)

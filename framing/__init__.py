"""framing: media-bias and source-framing analysis.

Light at import: ``framing.analyze`` loads the pipeline on first use.
"""

from __future__ import annotations

from typing import Any

from framing.compiled import choose_builds

__version__ = "0.1.0"
__all__ = ["__version__", "analyze"]

# Compiled hot paths run only while they match their sources (see framing.compiled).
choose_builds()


def analyze(*args: Any, **kwargs: Any) -> Any:
    """Analyse a corpus and return its tables; see ``framing.pipeline.analyze``."""
    from framing.pipeline import analyze as _analyze

    return _analyze(*args, **kwargs)

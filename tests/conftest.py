"""Shared fixtures: the optional ../shared folder, and no NLTK data anywhere."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests are derandomised by default, so CI and every developer run the same
# examples; HYPOTHESIS_PROFILE=explore searches fresh random examples instead.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FRAMING_SHARED", ROOT.parent / "shared"))

# A developer's ~/nltk_data must not hide a resource the package fails to supply.
os.environ["NLTK_DATA"] = str(ROOT / ".no-nltk-data")


def _no_user_nltk_data() -> None:
    import nltk

    nltk.data.path[:] = [str(ROOT / ".no-nltk-data")]


_no_user_nltk_data()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the project; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"needs {SHARED} (the shared evaluation and benchmark data), which is absent")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"

"""Compiled builds of the pure-Python hot paths, and the guard that keeps them honest.

framing is plain Python. ``make install`` also compiles the modules in
``COMPILED`` (attribution, mentions and the sentiment scorers: the stages that
are loops over words and matches in Python) with mypyc into C extensions, which give the
same output in less CPU time. ``tests/test_compiled.py`` compares the tables
of both builds. The extension files sit next to their sources, where Python's
import system prefers them.

A compiled module is used only while it matches its source. The build writes
``compiled.json`` with each source's SHA-256; ``import framing`` checks it. When
any source has changed since the build, a file is missing or
``FRAMING_PURE_PYTHON=1`` is set, *every* compiled module is loaded from its
source instead: compiled modules call each other directly in C, so a stale one
would still run inside a fresh one. A changed source without a rebuild is named
in one warning on stderr.

``python -m framing.build_compiled`` builds them (it needs the ``dev`` extra and a
C compiler); without a compiler everything runs as Python, only slower.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE_DIR = Path(__file__).resolve().parent

#: The compiled modules (one mypyc group: they call each other natively).
COMPILED = (
    "framing.attribution",
    "framing.speakers",
    "framing.quotes",
    "framing.cues",
    "framing.sentence_scores",
    "framing.pattern_polarity",
    "framing.vader_compound",
    "framing.mentions",
    "framing.crosslinks",
    "framing.target_sentiment",
    "framing.word_ids",
    "framing.token_batch",
)

#: The group's shared library, ``framing/compiled_group__mypyc.<suffix>``.
GROUP = "framing.compiled_group"
STAMP = PACKAGE_DIR / "compiled.json"
#: Set to 1 to run every module as Python even when fresh builds exist.
PURE_PYTHON_VARIABLE = "FRAMING_PURE_PYTHON"
#: Set once the stale-build warning was given (children inherit it and stay quiet).
WARNED_VARIABLE = "FRAMING_STALE_BUILD_WARNED"

logger = logging.getLogger(__name__)


def source_of(module: str, package_dir: Path = PACKAGE_DIR) -> Path:
    """The ``.py`` file of a module in ``COMPILED``."""
    return package_dir / (module.rsplit(".", 1)[1] + ".py")


def digest_of(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def extension_of(module: str, package_dir: Path = PACKAGE_DIR) -> Path | None:
    """The compiled extension of ``module`` for this interpreter, if one was built."""
    stem = package_dir / module.rsplit(".", 1)[1]
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        candidate = stem.with_name(stem.name + suffix)
        if candidate.exists():
            return candidate
    return None


def stale_reasons(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Why the compiled builds in ``package_dir`` may not be used (empty: they are fresh)."""
    stamp = package_dir / STAMP.name
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))["sources"]
    except (OSError, ValueError, KeyError, TypeError):
        return [f"no valid build record {stamp.name}"]
    reasons = []
    for module in COMPILED:
        source = source_of(module, package_dir)
        if extension_of(module, package_dir) is None:
            reasons.append(f"{module} has no compiled file")
        elif not source.exists() or recorded.get(module) != digest_of(source):
            reasons.append(f"{source.name} changed since the build")
    if extension_of(GROUP + "__mypyc", package_dir) is None:
        reasons.append("the group library is missing")
    return reasons


class SourceFirstFinder(importlib.abc.MetaPathFinder):
    """Loads the named modules from their ``.py`` sources, passing over extensions.

    ``stale``: why the compiled builds were passed over, said in one warning when
    the first of these modules is imported (so ``framing --help`` or the build
    command itself say nothing), once for a process and the workers it starts.
    """

    def __init__(
        self, modules: Sequence[str], package_dir: Path = PACKAGE_DIR, stale: Sequence[str] = ()
    ) -> None:
        self.modules = frozenset(modules)
        self.package_dir = package_dir
        self.stale = tuple(stale)

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.modules:
            return None
        if self.stale and not os.environ.get(WARNED_VARIABLE):
            os.environ[WARNED_VARIABLE] = "1"  # spawned workers inherit it
            logger.warning(
                "framing: running as pure Python (slower), the compiled modules are stale: "
                "%s; rebuild them with `make install` or `python -m framing.build_compiled`",
                "; ".join(self.stale),
            )
        return importlib.util.spec_from_file_location(
            fullname, source_of(fullname, self.package_dir)
        )


def choose_builds(package_dir: Path = PACKAGE_DIR) -> bool:
    """Decide, once per process at ``import framing``, whether compiled modules run.

    Returns True when they do. Otherwise installs ``SourceFirstFinder`` so that
    every module of ``COMPILED`` is imported from its source.
    """
    if any(isinstance(finder, SourceFirstFinder) for finder in sys.meta_path):
        return False
    if all(extension_of(module, package_dir) is None for module in COMPILED):
        return False  # nothing compiled: Python finds the sources anyway
    forced = os.environ.get(PURE_PYTHON_VARIABLE, "") not in ("", "0")
    reasons = [] if forced else stale_reasons(package_dir)
    if not forced and not reasons:
        return True
    sys.meta_path.insert(0, SourceFirstFinder(COMPILED, package_dir, reasons))
    return False


def compiled_in_use() -> bool:
    """Whether this process runs the compiled modules (recorded in the manifest)."""
    spec = importlib.util.find_spec(COMPILED[0])
    return spec is not None and spec.origin is not None and not spec.origin.endswith(".py")

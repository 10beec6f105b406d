"""Safe file names inside the report folder.

Article ids and outlet names come from the input, so a name like
``../../escaped`` must never leave the output folder: every name derived from
data goes through ``framing.output.safe_name``, and the final path is checked to lie inside its folder.
"""

from __future__ import annotations

from pathlib import Path

from framing.errors import OutputError
from framing.output import safe_name


def safe_stem(identifier: str) -> str:
    """A file-name stem for ``identifier``: the one rule of ``framing.output.safe_name``."""
    return safe_name(identifier)


def path_inside(folder: Path, name: str) -> Path:
    """``folder / name`` after checking that it stays inside ``folder``.

    Raises ``OutputError`` otherwise (a bug upstream: names should come from ``safe_stem``).
    """
    target = (folder / name).resolve()
    if not target.is_relative_to(folder.resolve()) or target == folder.resolve():
        raise OutputError(f"refusing to write {name!r} outside the report folder {folder}")
    return target

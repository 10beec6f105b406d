"""Safe file names inside the report folder.

Article ids and outlet names come from the input, so a name like
``../../escaped`` must never leave the output folder: every name derived from
data is reduced to ``[A-Za-z0-9._-]``, made unique with a short hash when it
had to change, and the final path is checked to lie inside its folder.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from framing.errors import OutputError

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
#: Long ids are cut; the hash suffix keeps them apart.
MAX_STEM = 80


def safe_stem(identifier: str) -> str:
    """A file-name stem for ``identifier``: unchanged when already safe, else cleaned plus a hash."""
    cleaned = _UNSAFE.sub("_", identifier).strip("._-")[:MAX_STEM]
    if cleaned == identifier and cleaned:
        return cleaned
    digest = hashlib.sha1(identifier.encode("utf-8")).hexdigest()[:10]
    return f"{cleaned}-{digest}" if cleaned else f"id-{digest}"


def path_inside(folder: Path, name: str) -> Path:
    """``folder / name`` after checking that it stays inside ``folder``.

    Raises ``OutputError`` otherwise (a bug upstream: names should come from ``safe_stem``).
    """
    target = (folder / name).resolve()
    if not target.is_relative_to(folder.resolve()) or target == folder.resolve():
        raise OutputError(f"refusing to write {name!r} outside the report folder {folder}")
    return target

"""Which files an INPUT names: a file, or a folder walked recursively in a fixed order."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from framing.errors import InputError

_CHUNK = 1 << 20

#: Why a FIFO, socket or device is not read: reading one could block forever.
NOT_REGULAR = "not a regular file (a pipe, socket or device)"

#: Why a link out of the input folder is not read: a corpus from elsewhere could
#: otherwise pull private files into a report meant for publication.
OUTSIDE_LINK = "symbolic link to a file outside the input folder; not read"

#: Why a report folder inside the input is not read: a report written into its own
#: corpus (``--out corpus/report``) would otherwise be read back as articles.
OWN_REPORT = "a framing report folder (it has framing's manifest.json); not read as input"


class InputFile(NamedTuple):
    """A file to read, or (``refused`` set) one to quarantine unread, with the reason."""

    path: Path
    refused: str | None = None


def iter_input_files(inputs: Sequence[str | Path]) -> Iterator[InputFile]:
    """Every file named by ``inputs``, in a deterministic order.

    A folder is walked recursively with names sorted; hidden files and folders
    (names starting with ``.``) are skipped and so are symbolic links to folders
    (they could loop). Inside a folder, a symbolic link to a file outside it is
    refused, so a corpus cannot pull in (and publish) a file like ``~/.ssh/id_rsa``;
    pipes, sockets, devices and framing's own report folders are refused too. A file named directly is always
    read, hidden or not; a file reached twice is yielded once.
    Raises ``InputError`` for an input that does not exist.
    """
    seen: set[Path] = set()
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            files: Iterator[InputFile] = _walk_folder(path, path.resolve())
        elif path.exists():
            files = iter([InputFile(path, None if path.is_file() else NOT_REGULAR)])
        else:
            raise InputError(f"{path}: no such file or folder")
        for file in files:
            # A file named twice (a folder and a file in it, say) is read once.
            resolved = file.path.resolve()
            if resolved not in seen:
                seen.add(resolved)
                yield file


def _walk_folder(folder: Path, root: Path) -> Iterator[InputFile]:
    # Files and sub-folders interleaved by name, so the order is that of sorted paths.
    with os.scandir(folder) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            if is_framing_report(path):
                yield InputFile(path, OWN_REPORT)
            else:
                yield from _walk_folder(path, root)
        elif entry.is_dir():
            continue  # a link to a folder: not followed
        elif entry.is_symlink() and not path.resolve().is_relative_to(root):
            yield InputFile(path, OUTSIDE_LINK)
        elif not entry.is_file():
            yield InputFile(path, NOT_REGULAR)
        else:
            yield InputFile(path)


def is_framing_report(folder: Path) -> bool:
    """True for a folder that framing wrote (its manifest lists counts and packages)."""
    manifest = folder / "manifest.json"
    if not manifest.is_file() or manifest.stat().st_size > 1 << 24:
        return False
    try:
        content = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(content, dict) and {"counts", "packages", "inputs"} <= content.keys()


def hash_inputs(inputs: Sequence[str | Path]) -> list[dict[str, object]]:
    """One ``{"path", "bytes", "sha256"}`` per input file, for the manifest.

    A file that cannot be read gets ``None`` for both and an ``"error"``: the reader
    quarantines it, and the manifest should still list it.
    """
    listed: list[dict[str, object]] = []
    for path, refused in iter_input_files(inputs):
        if refused is not None:
            listed.append({"path": str(path), "bytes": None, "sha256": None, "error": refused})
            continue
        digest = hashlib.sha256()
        size = 0
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
        except OSError as err:
            listed.append(
                {"path": str(path), "bytes": None, "sha256": None, "error": describe_os_error(err)}
            )
            continue
        listed.append({"path": str(path), "bytes": size, "sha256": digest.hexdigest()})
    return listed


def describe_os_error(err: OSError) -> str:
    """A short reason for an unreadable file, without the path (the caller has it)."""
    return f"cannot read file: {err.strerror or type(err).__name__}"

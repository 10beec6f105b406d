"""Writing a report folder safely: built beside the target, swapped in whole.

``staged_output(out_dir)`` yields a temporary sibling folder ``.<name>.tmp-XXXX``.
When the block succeeds the previous folder is renamed aside, the new one renamed
in, and the old one deleted; when it fails (or is interrupted) the temporary
folder is removed and the previous report is untouched. Renames within one
folder are atomic on POSIX file systems, so a reader of ``out_dir`` sees either
the whole old report or the whole new one; a run killed between the two renames
leaves the old report whole under ``.<name>.old-XXXX``, and the next run puts it
back before starting. Staging folders are named ``.<name>.tmp-<pid>@<host>-XXXX``
so that the next run can also delete those of runs that were killed.

Also here: ``write_table`` (Parquet + CSV), ``write_manifest`` and ``safe_name``
for file names derived from ids and outlet names.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import socket
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from framing.compiled import compiled_in_use
from framing.errors import OutputError

if TYPE_CHECKING:  # only for annotations: writing a report's folder needs no polars
    import polars as pl

#: The file that marks a folder as a framing report; only such a folder (or an
#: empty one) is ever replaced, so a mistyped --out cannot delete someone's files.
MANIFEST = "manifest.json"

#: Packages whose versions go into the manifest (results depend on them).
RECORDED_PACKAGES = (
    "framing",
    "polars",
    "nltk",
    "textblob",
    "vaderSentiment",
    "matplotlib",
    "click",
    "tqdm",
)

#: Longest file-name stem that safe_name returns (file systems allow 255 bytes).
MAX_NAME_CHARS = 120

_OS_ERROR = re.compile(r"\(os error (\d+)\)")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_WINDOWS_RESERVED = re.compile(r"^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$", re.IGNORECASE)

#: OSError numbers that mean "this folder cannot be written", with their message.
_WRITE_ERRORS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
}


@contextlib.contextmanager
def staged_output(out_dir: str | Path) -> Iterator[Path]:
    """Yield a fresh temporary folder; on success it replaces ``out_dir`` atomically.

    Raises ``OutputError`` when ``out_dir`` is a file, is a non-empty folder that is
    not a framing report, or cannot be written (permissions, full disk). Write errors
    raised inside the block (full disk, ...) also become ``OutputError``.
    """
    target = Path(out_dir)
    name = target.name
    if not name or name in (".", ".."):
        raise OutputError(f"{out_dir}: give the output folder a name (not '.' or '..')")
    parent = target.parent
    with _as_output_error(parent):
        parent.mkdir(parents=True, exist_ok=True)
        _restore_interrupted_swap(target)
        _remove_abandoned_folders(target)
        _check_replaceable(target)
        staging = Path(tempfile.mkdtemp(prefix=f".{name}.tmp-{_owner()}-", dir=parent))
    try:
        with _as_output_error(target, within=staging):
            yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    with _as_output_error(target):
        _swap_in(staging, target)


def _swap_in(staging: Path, target: Path) -> None:
    # mkdtemp gives 0700; a report is meant to be read like any published folder.
    staging.chmod(0o755)
    if not target.exists():
        staging.rename(target)
        return
    aside = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    try:
        target.rename(aside / "report")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        aside.rmdir()
        raise
    try:
        staging.rename(target)
    except BaseException:
        (aside / "report").rename(target)  # put the old report back
        aside.rmdir()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(aside, ignore_errors=True)


def _owner() -> str:
    """``<pid>@<host>``: lets a later run tell a killed run's leftovers from a live run's."""
    return f"{os.getpid()}@{_UNSAFE.sub('_', socket.gethostname())}"


def _is_abandoned(folder: Path, prefix: str) -> bool:
    """True when ``folder`` was staged by a process on this host that no longer runs."""
    owner = folder.name[len(prefix) :].rsplit("-", 1)[0]
    pid, _, host = owner.partition("@")
    if not pid.isdigit() or host != _UNSAFE.sub("_", socket.gethostname()):
        return False  # another host's (or an old-style) folder: not ours to judge
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # alive, owned by another user
    return False


def _remove_abandoned_folders(target: Path) -> None:
    """Delete staging folders of killed runs, and old reports a finished swap left behind."""
    prefix = f".{target.name}.tmp-"
    for folder in sorted(target.parent.glob(f"{prefix}*")):
        if folder.is_dir() and _is_abandoned(folder, prefix):
            shutil.rmtree(folder, ignore_errors=True)
    if target.is_dir():
        # The new report is in place, so an old one set aside is garbage from a run
        # killed while deleting it.
        for aside in target.parent.glob(f".{target.name}.old-*"):
            shutil.rmtree(aside, ignore_errors=True)


def _restore_interrupted_swap(target: Path) -> None:
    """Put back a previous report left aside by a run killed between the two renames."""
    if target.exists():
        return
    for aside in sorted(target.parent.glob(f".{target.name}.old-*")):
        old = aside / "report"
        if old.is_dir():
            old.rename(target)
            shutil.rmtree(aside, ignore_errors=True)
            return


def _check_replaceable(target: Path) -> None:
    if target.is_symlink():
        raise OutputError(f"{target}: is a symbolic link; give the folder it points to")
    if target.exists() and not target.is_dir():
        raise OutputError(f"{target}: exists and is not a folder; choose another --out")
    if target.is_dir() and any(target.iterdir()) and not (target / MANIFEST).is_file():
        raise OutputError(
            f"{target}: the folder is not empty and holds no framing report ({MANIFEST}); "
            "refusing to replace it, choose another --out"
        )


@contextlib.contextmanager
def _as_output_error(where: Path, *, within: Path | None = None) -> Iterator[None]:
    """Turn "cannot write here" OS errors into one clear ``OutputError``.

    With ``within`` (the staging folder, while the caller's code runs), permission
    errors count only for files inside it: a permission error reading some input is
    not the report's fault and keeps its own message.
    """
    try:
        yield
    except Exception as err:
        code = _error_number(err)
        reason = _WRITE_ERRORS.get(code or 0)
        if reason is None:
            raise
        if within is not None and code in (errno.EACCES, errno.EPERM):
            filename = getattr(err, "filename", None)
            if filename is None or not Path(os.fsdecode(filename)).is_relative_to(within):
                raise
        raise OutputError(f"cannot write the report to {where}: {reason}") from err


def _error_number(err: Exception) -> int | None:
    """The errno of an OS error, also when polars reports one as "(os error 28)"."""
    if isinstance(err, OSError) and err.errno is not None:
        return err.errno
    if isinstance(err, OSError) or type(err).__module__.startswith("polars"):
        found = _OS_ERROR.search(str(err))
        return int(found.group(1)) if found else None
    return None


def safe_name(text: str) -> str:
    """A file-name stem for ``text`` (an article id, an outlet) that stays in its folder.

    Keeps letters, digits, ``.``, ``_`` and ``-``; anything else becomes ``_``, leading
    dots are dropped (no ``..``, no hidden files) and the length is capped. When the
    name had to change, a short hash of the original is appended so that two ids
    that differ only in unsafe characters still get different files.
    """
    cleaned = _UNSAFE.sub("_", text).lstrip(".")
    if _WINDOWS_RESERVED.match(cleaned):
        cleaned = f"_{cleaned}"
    if cleaned == text and len(cleaned) <= MAX_NAME_CHARS and cleaned:
        return cleaned
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    stem = cleaned[:MAX_NAME_CHARS].rstrip(".") or "_"
    return f"{stem}-{digest}"


def write_table(directory: str | Path, name: str, frame: pl.DataFrame) -> list[Path]:
    """Write ``frame`` as ``<name>.parquet`` and ``<name>.csv``; return both paths.

    Rows are written in the order given (sort before calling for deterministic
    output); both files are byte-identical for identical frames.
    """
    folder = Path(directory)
    stem = safe_name(name)
    parquet, csv = folder / f"{stem}.parquet", folder / f"{stem}.csv"
    with _as_output_error(folder):
        folder.mkdir(parents=True, exist_ok=True)
        # Statistics are written so readers can skip row groups; no timestamps are.
        frame.write_parquet(parquet, compression="zstd", statistics=True)
        frame.write_csv(csv)
    return [parquet, csv]


def package_versions() -> dict[str, str | None]:
    """The installed versions of ``RECORDED_PACKAGES`` and Python (None if absent)."""
    versions: dict[str, str | None] = {"python": sys.version.split()[0]}
    for package in RECORDED_PACKAGES:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return versions


def write_manifest(
    directory: str | Path,
    *,
    inputs: Sequence[Mapping[str, Any]],
    lexicons: Sequence[Mapping[str, Any]],
    actors: Sequence[Mapping[str, Any]],
    counts: Mapping[str, Any],
    options: Mapping[str, Any],
) -> Path:
    """Write ``manifest.json``: what went in, with which resources and packages, and counts.

    No timestamp is recorded, so the same run gives the same manifest (the file's
    own modification time says when it was written).
    """
    manifest = {
        "framing": package_versions().get("framing"),
        "inputs": list(inputs),
        "lexicons": list(lexicons),
        "actors": list(actors),
        "counts": dict(counts),
        "options": dict(options),
        "packages": package_versions(),
        # Same tables either way (framing.compiled); says which build did the work.
        "compiled": compiled_in_use(),
    }
    path = Path(directory) / MANIFEST
    with _as_output_error(path.parent):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True, default=str) + "\n",
            encoding="utf-8",
        )
    return path

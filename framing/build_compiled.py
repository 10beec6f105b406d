"""Build the compiled modules of ``framing.compiled`` with mypyc, or remove them.

``python -m framing.build_compiled`` compiles ``COMPILED`` into C extensions next to
their sources, when they are missing or stale, and records each source's SHA-256
in ``compiled.json``; ``--force`` compiles anyway; ``--remove`` deletes them
(back to pure Python). ``make install`` runs it.
It needs mypy (the ``dev`` extra) and a C compiler with Python's headers; when
the build fails it says so in one line, and framing runs as pure Python.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import shutil
import sys
import sysconfig
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from framing.compiled import (
    COMPILED,
    GROUP,
    PACKAGE_DIR,
    STAMP,
    digest_of,
    extension_of,
    source_of,
    stale_reasons,
)


def build(log: Path, jobs: int = 2) -> None:
    """Compile ``COMPILED`` with mypyc next to their sources and record their digests.

    The compiler's output goes to ``log``. The old build files and record are
    removed first, so a failed build leaves the package pure Python rather than
    half compiled.
    """
    from mypyc.build import mypycify
    from setuptools import Distribution
    from setuptools.command.build_ext import build_ext

    remove_builds()
    root = PACKAGE_DIR.parent
    digests = source_digests()
    previous = Path.cwd()
    os.chdir(root)  # mypyc names modules by their paths from here
    try:
        with tempfile.TemporaryDirectory(prefix="framing-compile-") as scratch, _output_to(log):
            extensions = mypycify(
                [str(source_of(m).relative_to(root)) for m in COMPILED],
                opt_level="3",
                group_name=GROUP,
                target_dir=str(Path(scratch) / "c"),
            )
            command = build_ext(Distribution({"name": "framing", "ext_modules": extensions}))
            command.inplace = True
            command.build_temp = str(Path(scratch) / "temp")
            command.parallel = jobs
            command.ensure_finalized()
            command.run()
    finally:
        os.chdir(previous)
    record = {"sources": digests, "note": "written by python -m framing.build_compiled"}
    partial = STAMP.with_suffix(".json.part")
    partial.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    partial.replace(STAMP)


@contextlib.contextmanager
def _output_to(log: Path) -> Iterator[None]:
    """Send this process's and its children's (the C compiler's) output to ``log``."""
    log.parent.mkdir(parents=True, exist_ok=True)
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with log.open("w", encoding="utf-8") as sink:
        os.dup2(sink.fileno(), 1)
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


def remove_builds() -> None:
    """Delete the compiled files and their record (back to pure Python)."""
    STAMP.unlink(missing_ok=True)
    for module in (*COMPILED, GROUP + "__mypyc"):
        while (found := extension_of(module)) is not None:
            found.unlink()


def missing_toolchain() -> str | None:
    """What the build lacks (a C compiler, Python's headers, mypy), or None."""
    compiler = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.exists():
        return f"no Python headers ({headers})"
    if importlib.util.find_spec("mypyc") is None:
        return "no mypyc (install the dev extra: pip install -e '.[dev]')"
    return None


def source_digests() -> dict[str, str]:
    """The SHA-256 of every compiled module's source, by module (the build record)."""
    return {module: digest_of(source_of(module)) for module in COMPILED}


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m framing.build_compiled [--force | --remove]``.

    Builds the compiled modules when they are missing or stale, or removes them
    (``--remove``). A build that failed is not tried again for the same sources
    unless ``--force`` is given, so that every ``make`` target does not wait for
    it. Exit 0 when fresh builds are in place or were removed as asked, 1 when
    compiling failed or cannot start (framing then runs as pure Python).
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--remove"]:
        remove_builds()
        return 0
    if args not in ([], ["--force"]):
        print("usage: python -m framing.build_compiled [--force | --remove]", file=sys.stderr)
        return 2
    if not args and not stale_reasons():
        return 0  # up to date
    problem = missing_toolchain()
    if problem is not None:  # (stale builds stay unused: see framing.compiled)
        print(f"framing.build_compiled: {problem}; framing runs as pure Python", file=sys.stderr)
        return 1
    log = PACKAGE_DIR.parent / "build" / "compiled.log"
    failed = log.with_name("compiled.failed")
    tried = json.dumps(source_digests(), sort_keys=True)
    if not args and failed.exists() and failed.read_text(encoding="utf-8") == tried:
        print(
            f"framing.build_compiled: compiling these sources failed before (see {log}); "
            "framing runs as pure Python (--force tries again)",
            file=sys.stderr,
        )
        return 1
    print(
        f"framing.build_compiled: compiling {len(COMPILED)} modules with mypyc "
        f"(a few minutes; output in {log})",
        file=sys.stderr,
    )
    try:
        build(log)
    # The compiler failing, or code mypyc cannot compile (it exits after printing
    # its errors): say so in one line and stay pure Python.
    except (Exception, SystemExit) as exc:
        remove_builds()
        failed.write_text(tried, encoding="utf-8")
        print(
            f"framing.build_compiled: could not compile ({type(exc).__name__}: {exc}; "
            f"see {log}); framing runs as pure Python",
            file=sys.stderr,
        )
        return 1
    failed.unlink(missing_ok=True)
    print(f"framing.build_compiled: compiled {len(COMPILED)} modules", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

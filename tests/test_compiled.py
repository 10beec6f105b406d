"""The compiled hot paths: used only while fresh, and the same tables as pure Python."""

from __future__ import annotations

import importlib.machinery
import json
import logging
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import polars as pl
import pytest

import framing.attribution
from framing import analyze
from framing.build_compiled import main as build_main
from framing.compiled import (
    COMPILED,
    GROUP,
    PACKAGE_DIR,
    PURE_PYTHON_VARIABLE,
    WARNED_VARIABLE,
    SourceFirstFinder,
    choose_builds,
    digest_of,
    source_of,
    stale_reasons,
)
from framing.output import write_manifest
from framing.readers import ColumnOptions

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def fake_build(folder: Path) -> None:
    """A package folder with a source, an extension file and a record per module."""
    folder.mkdir()
    digests = {}
    for module in COMPILED:
        source = source_of(module, folder)
        source.write_text(f"NAME = {module!r}\n", encoding="utf-8")
        source.with_name(source.stem + SUFFIX).write_bytes(b"")
        digests[module] = digest_of(source)
    (folder / (GROUP.rsplit(".", 1)[1] + "__mypyc" + SUFFIX)).write_bytes(b"")
    (folder / "compiled.json").write_text(json.dumps({"sources": digests}), encoding="utf-8")


def test_a_build_is_fresh_while_every_source_matches_its_record(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    fake_build(folder)
    assert stale_reasons(folder) == []


def test_a_changed_source_makes_the_build_stale(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    fake_build(folder)
    source_of("framing.speakers", folder).write_text("NAME = 'edited'\n", encoding="utf-8")
    assert stale_reasons(folder) == ["speakers.py changed since the build"]


def test_a_missing_record_or_file_makes_the_build_stale(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    fake_build(folder)
    source = source_of("framing.quotes", folder)
    source.with_name(source.stem + SUFFIX).unlink()
    assert stale_reasons(folder) == ["framing.quotes has no compiled file"]
    (folder / "compiled.json").unlink()
    assert stale_reasons(folder) == ["no valid build record compiled.json"]


def test_a_stale_build_loads_every_module_from_source_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "pkg"
    fake_build(folder)
    source_of("framing.cues", folder).write_text("NAME = 'edited'\n", encoding="utf-8")
    monkeypatch.delenv(PURE_PYTHON_VARIABLE, raising=False)
    monkeypatch.delenv(WARNED_VARIABLE, raising=False)
    # a finder installed by this process's own ``import framing`` would hide the decision
    monkeypatch.setattr(
        sys, "meta_path", [f for f in sys.meta_path if not isinstance(f, SourceFirstFinder)]
    )
    with caplog.at_level(logging.WARNING, logger="framing.compiled"):
        assert choose_builds(folder) is False
        finder = sys.meta_path[0]
        assert isinstance(finder, SourceFirstFinder)
        assert finder.modules == frozenset(COMPILED)
        assert finder.find_spec("framing.pipeline") is None
        assert caplog.text == ""  # said only when a compiled module is imported
        spec = finder.find_spec("framing.attribution")
        assert spec is not None and spec.origin == str(folder / "attribution.py")
        finder.find_spec("framing.speakers")
    assert caplog.text.count("cues.py changed since the build") == 1
    assert os.environ[WARNED_VARIABLE] == "1"  # workers started now stay quiet


def test_a_fresh_build_is_used_unless_pure_python_is_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "pkg"
    fake_build(folder)
    monkeypatch.setattr(
        sys, "meta_path", [f for f in sys.meta_path if not isinstance(f, SourceFirstFinder)]
    )
    monkeypatch.delenv(PURE_PYTHON_VARIABLE, raising=False)
    assert choose_builds(folder) is True
    assert not any(isinstance(f, SourceFirstFinder) for f in sys.meta_path)
    monkeypatch.setenv(PURE_PYTHON_VARIABLE, "1")
    assert choose_builds(folder) is False
    assert isinstance(sys.meta_path[0], SourceFirstFinder)


def test_the_build_command_checks_its_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert build_main(["--fast"]) == 2
    assert "usage: python -m framing.build_compiled" in capsys.readouterr().err


def test_without_a_compiler_the_build_stops_at_once_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CC", "no-such-compiler-here")
    before = sorted(p.name for p in PACKAGE_DIR.iterdir())
    assert build_main(["--force"]) == 1
    assert capsys.readouterr().err == (
        "framing.build_compiled: no C compiler (no-such-compiler-here); "
        "framing runs as pure Python\n"
    )
    assert sorted(p.name for p in PACKAGE_DIR.iterdir()) == before  # nothing removed


def run_pure_python(code: str, *args: str) -> str:
    """Run ``code`` (with ``args``) in a child with ``FRAMING_PURE_PYTHON=1``; its stdout."""
    env = {**os.environ, PURE_PYTHON_VARIABLE: "1"}
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_pure_python_runs_the_sources() -> None:
    printed = run_pure_python("import framing.attribution as a; print(a.__file__)")
    assert printed.strip().endswith("attribution.py")


def test_the_manifest_says_which_build_ran(tmp_path: Path) -> None:
    path = write_manifest(tmp_path, inputs=[], lexicons=[], actors=[], counts={}, options={})
    manifest = json.loads(path.read_text(encoding="utf-8"))
    assert manifest["compiled"] is not str(framing.attribution.__file__).endswith(".py")
    printed = run_pure_python(
        "import framing.attribution; from framing.compiled import compiled_in_use; "
        "print(compiled_in_use())"
    )
    assert printed.strip() == "False"


needs_fresh_build = pytest.mark.skipif(
    bool(stale_reasons()) or os.environ.get(PURE_PYTHON_VARIABLE, "") not in ("", "0"),
    reason="no fresh compiled build here (make install compiles one; "
    f"{PURE_PYTHON_VARIABLE}=1 turns it off)",
)


@needs_fresh_build
def test_a_fresh_build_runs_compiled() -> None:
    assert not str(framing.attribution.__file__).endswith(".py")


def tables_in_both_builds(
    inputs: list[Path], scratch: Path, columns: ColumnOptions | None = None
) -> None:
    """Analyse ``inputs`` here (compiled) and in a pure-Python child; same tables."""
    compiled = analyze(inputs, columns=columns)
    run_pure_python(
        "import json, sys, framing\n"
        "from framing.readers import ColumnOptions\n"
        "options = json.loads(sys.argv[2])\n"
        "columns = ColumnOptions(**options) if options is not None else None\n"
        "for name, frame in framing.analyze(sys.argv[3:], columns=columns).items():\n"
        "    frame.write_ipc(f'{sys.argv[1]}/{name}.arrow')\n",
        str(scratch),
        json.dumps(asdict(columns) if columns is not None else None),
        *map(str, inputs),
    )
    assert set(compiled) == {p.stem for p in scratch.glob("*.arrow")}
    for name, frame in compiled.items():
        assert frame.height > 0 or name in ("quarantine", "crosslinks"), name
        assert frame.equals(pl.read_ipc(scratch / f"{name}.arrow"), null_equal=True), name


@needs_fresh_build
def test_compiled_and_pure_python_give_the_same_tables_on_the_seeds(tmp_path: Path) -> None:
    tables_in_both_builds([SEEDS], tmp_path)


@needs_fresh_build
@pytest.mark.slow
def test_compiled_and_pure_python_give_the_same_tables_on_real_articles(
    tmp_path: Path, shared_dir: Path
) -> None:
    subset = tmp_path / "allsides_400.parquet"
    pl.scan_parquet(shared_dir / "bench" / "allsides.parquet").slice(7000, 400).sink_parquet(subset)
    (tmp_path / "out").mkdir()
    tables_in_both_builds(
        [subset],
        tmp_path / "out",
        ColumnOptions(text="content_original", outlet="source", id="ID"),
    )

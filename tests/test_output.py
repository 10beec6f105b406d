"""Output folder: staged build and atomic swap, tables, manifest, safe file names."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing.errors import OutputError
from framing.output import (
    MANIFEST,
    safe_name,
    staged_output,
    write_manifest,
    write_table,
)


def make_report(folder: Path, marker: str) -> None:
    (folder / MANIFEST).write_text("{}", encoding="utf-8")
    (folder / "index.html").write_text(marker, encoding="utf-8")


def siblings(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.parent.iterdir())


def test_first_run_creates_the_folder_and_leaves_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "reports" / "seeds"
    with staged_output(out) as stage:
        assert stage.parent == out.parent
        assert stage.name.startswith(".seeds.tmp-")
        assert not out.exists()
        make_report(stage, "new")
    assert (out / "index.html").read_text(encoding="utf-8") == "new"
    assert siblings(out) == ["seeds"]
    assert out.stat().st_mode & 0o777 == 0o755


def test_success_replaces_the_previous_report_whole(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    make_report(out, "old")
    (out / "stale.csv").write_text("x", encoding="utf-8")
    with staged_output(out) as stage:
        make_report(stage, "new")
        assert (out / "index.html").read_text(encoding="utf-8") == "old"
    assert (out / "index.html").read_text(encoding="utf-8") == "new"
    assert not (out / "stale.csv").exists()
    assert siblings(out) == ["out"]


@pytest.mark.parametrize("failure", [RuntimeError("boom"), KeyboardInterrupt()])
def test_failure_or_interrupt_leaves_the_previous_report(
    tmp_path: Path, failure: BaseException
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    make_report(out, "old")
    with pytest.raises(type(failure)), staged_output(out) as stage:
        make_report(stage, "half")
        raise failure
    assert (out / "index.html").read_text(encoding="utf-8") == "old"
    assert siblings(out) == ["out"]


def test_failure_on_first_run_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), staged_output(tmp_path / "out"):
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


def test_a_run_killed_between_the_renames_is_repaired_next_time(tmp_path: Path) -> None:
    out = tmp_path / "out"
    aside = tmp_path / ".out.old-abc123"
    (aside / "report").mkdir(parents=True)
    make_report(aside / "report", "old")
    with staged_output(out) as stage:
        assert (out / "index.html").read_text(encoding="utf-8") == "old"
        make_report(stage, "new")
    assert (out / "index.html").read_text(encoding="utf-8") == "new"
    assert siblings(out) == ["out"]


def test_refuses_to_replace_a_folder_that_is_not_a_report(tmp_path: Path) -> None:
    precious = tmp_path / "thesis"
    precious.mkdir()
    (precious / "chapter1.docx").write_text("years of work", encoding="utf-8")
    with pytest.raises(OutputError, match="holds no framing report"), staged_output(precious):
        pass
    assert (precious / "chapter1.docx").exists()
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="not a folder"), staged_output(tmp_path / "file"):
        pass
    with pytest.raises(OutputError, match="name"), staged_output(tmp_path / ".."):
        pass


def test_an_empty_existing_folder_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    with staged_output(tmp_path / "out") as stage:
        make_report(stage, "new")
    assert (tmp_path / "out" / "index.html").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_unwritable_parent_is_an_output_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="permission denied"), staged_output(locked / "out"):
            pass
    finally:
        locked.chmod(0o700)


def test_permission_error_when_staging_is_an_output_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(**_: object) -> str:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("framing.output.tempfile.mkdtemp", refuse)
    expected = r"cannot write the report to .*: permission denied"
    with pytest.raises(OutputError, match=expected), staged_output(tmp_path / "out"):
        pass


def test_full_disk_inside_the_block_is_an_output_error(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    make_report(out, "old")
    with pytest.raises(OutputError, match="disk is full") as caught, staged_output(out):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert isinstance(caught.value.__cause__, OSError)
    assert (out / "index.html").read_text(encoding="utf-8") == "old"
    assert siblings(out) == ["out"]


def test_full_disk_reported_by_polars_is_an_output_error(tmp_path: Path) -> None:
    frame = pl.DataFrame({"text": ["x" * 100_000] * 10})
    with pytest.raises(OutputError, match="disk is full"), staged_output(tmp_path / "out"):
        frame.write_parquet("/dev/full")  # ENOSPC on every write, as polars reports it
    with pytest.raises(OutputError, match="disk is full"), staged_output(tmp_path / "out"):
        frame.write_csv("/dev/full")
    assert list(tmp_path.iterdir()) == []


def test_a_permission_error_outside_the_report_keeps_its_message(tmp_path: Path) -> None:
    reading = PermissionError(errno.EACCES, "Permission denied", "/corpus/locked.txt")
    with pytest.raises(PermissionError), staged_output(tmp_path / "out"):
        raise reading
    with (
        pytest.raises(OutputError, match="permission denied"),
        staged_output(tmp_path / "out") as stage,
    ):
        raise PermissionError(errno.EACCES, "Permission denied", str(stage / "x.csv"))


def test_other_os_errors_are_not_disguised(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError), staged_output(tmp_path / "out"):
        raise FileNotFoundError(errno.ENOENT, "gone")


def test_write_table_is_deterministic_and_round_trips(tmp_path: Path) -> None:
    frame = pl.DataFrame(
        {
            "article_id": ["b", "a", "c"],
            "published": [dt.date(2020, 1, 2), None, dt.date(2021, 3, 4)],
            "score": [0.1, -2.5, None],
            "text": ['with "quotes", commas\nand lines', "=cmd()", ""],
        }
    )
    first = write_table(tmp_path / "one", "articles", frame)
    second = write_table(tmp_path / "two", "articles", frame)
    assert [path.name for path in first] == ["articles.parquet", "articles.csv"]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()
    assert pl.read_parquet(first[0]).equals(frame)
    assert pl.read_csv(first[1], try_parse_dates=True)["article_id"].to_list() == ["b", "a", "c"]
    empty = write_table(tmp_path, "empty", frame.clear())
    assert pl.read_parquet(empty[0]).schema == frame.schema


def test_write_manifest(tmp_path: Path) -> None:
    path = write_manifest(
        tmp_path,
        inputs=[{"path": "a.txt", "bytes": 3, "sha256": "00"}],
        lexicons=[{"name": "general", "version": "1.0.0"}],
        actors=[],
        counts={"read": 2, "analysed": 1, "quarantined": 1},
        options={"executor": "serial", "out": Path("x")},
    )
    assert path == tmp_path / MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8"))
    assert manifest["counts"] == {"read": 2, "analysed": 1, "quarantined": 1}
    assert manifest["inputs"][0]["sha256"] == "00"
    assert manifest["options"]["out"] == "x"
    assert manifest["packages"]["polars"] == pl.__version__
    assert {"python", "nltk", "textblob", "vaderSentiment", "matplotlib"} <= set(
        manifest["packages"]
    )
    text = path.read_text(encoding="utf-8")
    write_manifest(
        tmp_path,
        inputs=[{"path": "a.txt", "bytes": 3, "sha256": "00"}],
        lexicons=[{"name": "general", "version": "1.0.0"}],
        actors=[],
        counts={"read": 2, "analysed": 1, "quarantined": 1},
        options={"executor": "serial", "out": Path("x")},
    )
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("000_4c5ba6db82dd8b7c", "000_4c5ba6db82dd8b7c"),
        ("Middle-East.Monitor", "Middle-East.Monitor"),
    ],
)
def test_safe_name_keeps_safe_names(name: str, expected: str) -> None:
    assert safe_name(name) == expected


def test_safe_name_changes_unsafe_names_distinctly() -> None:
    escaped = safe_name("../../escaped")
    assert "/" not in escaped and not escaped.startswith(".") and "escaped" in escaped
    assert safe_name("a/b") != safe_name("a_b") != safe_name("a\\b")
    assert safe_name("").startswith("_-")
    assert safe_name("..").startswith("_-")
    assert safe_name("CON").startswith("_CON-")
    assert len(safe_name("x" * 1000)) <= 131


@given(st.text())
def test_safe_name_never_leaves_its_folder(name: str) -> None:
    safe = safe_name(name)
    assert safe and len(safe) <= 131
    assert "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert not safe.startswith(".")
    assert Path("/base", safe).resolve().parent == Path("/base")
    assert safe_name(name) == safe


CHILD = """
import sys
from pathlib import Path
from framing.output import MANIFEST, staged_output

out = Path(sys.argv[1])
generation = 1
print("ready", flush=True)
while True:
    with staged_output(out) as stage:
        for index in range(20):
            (stage / f"part{index}.txt").write_text(str(generation))
        (stage / MANIFEST).write_text(str(generation))
    generation += 1
"""


def test_a_run_killed_at_any_moment_leaves_a_whole_report(tmp_path: Path) -> None:
    import random
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "out"
    with staged_output(out) as stage:
        for index in range(20):
            (stage / f"part{index}.txt").write_text("0")
        (stage / MANIFEST).write_text("0")
    delays = random.Random(8)
    for _ in range(5):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(out)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        time.sleep(delays.uniform(0.0, 0.05))  # kill it somewhere in its write loop
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        with staged_output(out) as stage:  # the next run repairs what the kill left
            report = sorted(path.name for path in out.iterdir())
            assert report == sorted([MANIFEST, *(f"part{i}.txt" for i in range(20))])
            generations = {path.read_text() for path in out.iterdir()}
            assert len(generations) == 1, "a report mixes two runs"
            for path in out.iterdir():
                (stage / path.name).write_text(path.read_text())
        assert siblings(out) == ["out"]

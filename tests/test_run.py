"""``framing report`` on the default corpus: every contract file is written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "seeds"
    result = subprocess.run(
        [sys.executable, "-m", "framing.cli", "report", str(ROOT / "seeds"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return out


def test_report_writes_every_contract_file(seed_report: Path) -> None:
    for name in ("index.html", "report.md", "manifest.json"):
        assert (seed_report / name).is_file(), name
    for table in (
        "articles",
        "voices",
        "loaded_terms",
        "sources",
        "crosslinks",
        "actor_mentions",
        "actor_sentiment",
        "outlet_summary",
        "distinctive_terms",
        "quarantine",
    ):
        assert (seed_report / "tables" / f"{table}.parquet").is_file(), table
        assert (seed_report / "tables" / f"{table}.csv").is_file(), table
    assert list((seed_report / "charts").glob("*.png"))
    assert list((seed_report / "charts").glob("*.svg"))
    assert (seed_report / "articles" / "000_4c5ba6db82dd8b7c.html").is_file()


def test_report_compares_at_least_three_outlets(seed_report: Path) -> None:
    summary = pl.read_parquet(seed_report / "tables" / "outlet_summary.parquet")
    assert summary.height >= 3


def test_manifest_records_inputs_lexicons_and_counts(seed_report: Path) -> None:
    manifest = json.loads((seed_report / "manifest.json").read_text())
    assert manifest["counts"]["analysed"] == 4
    assert manifest["counts"]["quarantined"] == 0
    assert {pack["name"] for pack in manifest["lexicons"]} >= {"general", "middle_east"}
    assert all(len(entry["sha256"]) == 64 for entry in manifest["inputs"])


def test_index_html_is_self_contained(seed_report: Path) -> None:
    html = (seed_report / "index.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    lowered = html.lower()
    for loader in ('src="http', "src='http", 'src="//', "@import", '<link rel="stylesheet"'):
        assert loader not in lowered, f"index.html loads something from outside: {loader}"

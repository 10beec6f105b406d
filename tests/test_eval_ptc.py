"""PTC adapter and the shared span metrics (SemEval-2020 task 11 partial credit)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.errors import InputError
from framing.eval import ptc
from framing.eval.documents import write_jsonl
from framing.eval.metrics import merge_spans, overlap_length, score_partial_credit


def test_overlap_and_merge() -> None:
    assert overlap_length((0, 5), (3, 10)) == 2
    assert overlap_length((0, 5), (5, 10)) == 0
    assert merge_spans([(5, 8), (0, 3), (2, 4), (8, 9)]) == [(0, 4), (5, 9)]
    assert merge_spans([]) == []


def test_partial_credit_as_in_semeval() -> None:
    # one prediction covering half of a gold span: precision 1, recall 0.5
    result = score_partial_credit({"a": [(0, 5)]}, {"a": [(0, 10)]})
    assert (result.precision, result.recall) == (1.0, 0.5)
    assert result.f1 == pytest.approx(2 / 3)
    # a miss and a false alarm in another document
    result = score_partial_credit({"a": [(0, 5)], "b": [(0, 4)]}, {"a": [(0, 10)], "c": [(0, 2)]})
    assert result.precision == 0.5 and result.recall == 0.25
    empty = score_partial_credit({}, {})
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)


def test_held_out_split_is_stable_and_about_half() -> None:
    ids = [str(100000000 + i) for i in range(400)]
    held = [i for i in ids if ptc.is_held_out(i)]
    assert held == [i for i in ids if ptc.is_held_out(i)]
    assert 150 < len(held) < 250


def write_ptc(tmp_path: Path) -> Path:
    text = "Headline here\n\nThe corrupt thugs ran a sham vote. Officials met on Monday."
    thugs = text.index("corrupt thugs")
    sham = text.index("sham")
    rows = [
        {
            "article_id": "1",
            "split": "train",
            "text": text,
            "technique_spans": [
                {
                    "technique": "Name_Calling,Labeling",
                    "start": thugs,
                    "end": thugs + 13,
                    "text": "corrupt thugs",
                },
                {"technique": "Loaded_Language", "start": sham, "end": sham + 4, "text": "sham"},
                {"technique": "Doubt", "start": 0, "end": 8, "text": "Headline"},
            ],
        },
        {
            "article_id": "2",
            "split": "train",
            "text": "Nothing loaded at all.",
            "technique_spans": [],
        },
    ]
    path = tmp_path / "ptc.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_evaluate_runs_the_pipeline_and_writes_predictions(tmp_path: Path) -> None:
    path = write_ptc(tmp_path)
    out = tmp_path / "pred.jsonl"
    result = ptc.evaluate(path, out)
    predictions = [json.loads(line) for line in out.read_text().splitlines()]
    text = json.loads(path.read_text().splitlines()[0])["text"]
    # each term is predicted as its phrase (the content word on each side)
    spans = {text[p["start"] : p["end"]] for p in predictions}
    assert {"corrupt thugs", "sham vote"} <= spans
    assert all(set(p) == {"article_id", "start", "end"} for p in predictions)
    assert result["dataset"] == "ptc" and result["n_articles"] == 2
    # "corrupt thugs" (two overlapping phrases, merged) covers its gold span
    # whole; "sham vote" covers "sham"
    assert result["all_articles"]["recall"] == pytest.approx(1.0, abs=1e-4)
    assert 0 < result["all_articles"]["precision"] < 1


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"article_id": "1"}, "record 1 lacks text"),
        (
            {"article_id": "1", "text": "A brutal regime.", "technique_spans": [{"start": 2}]},
            "technique_spans: record 1 lacks technique, end",
        ),
        (
            {
                "article_id": "1",
                "text": "A brutal regime.",
                "technique_spans": [{"technique": "Loaded_Language", "start": "2", "end": 8}],
            },
            "start must be integers",
        ),
    ],
)
def test_malformed_records_are_one_line_input_errors(
    tmp_path: Path, record: dict[str, object], message: str
) -> None:
    path = tmp_path / "bad.jsonl"
    write_jsonl(path, [record])
    with pytest.raises(InputError, match=message):
        ptc.evaluate(path, tmp_path / "out.jsonl")


@pytest.mark.slow
def test_shared_ptc_gate(shared_dir: Path, tmp_path: Path) -> None:
    """Accuracy is tested like behaviour: these floors only move up, on purpose."""
    result = ptc.evaluate(shared_dir / "eval" / "ptc" / "train.jsonl", tmp_path / "ptc.jsonl")
    assert result["f1"] >= 0.315, result  # held-out half (target 0.35, not yet reached)

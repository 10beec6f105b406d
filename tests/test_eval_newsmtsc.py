"""The NewsMTSC adapter: formats in and out, metrics, and the accuracy gate on ../shared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.errors import InputError
from framing.eval.documents import write_jsonl
from framing.eval.newsmtsc import evaluate, macro_f1

RECORDS = [
    {
        "primary_gid": "s1",
        "sentence_normalized": "Kanaani accused Israel of fomenting discord.",
        "targets": [
            {"Input.gid": "s1a", "from": 0, "to": 7, "mention": "Kanaani", "polarity": 4.0},
            {"Input.gid": "s1b", "from": 16, "to": 22, "mention": "Israel", "polarity": 2.0},
        ],
    },
    {
        "primary_gid": "s2",
        "sentence_normalized": "Supporters praised Smith for her brave and honest work.",
        "targets": [{"Input.gid": "s2", "from": 19, "to": 24, "mention": "Smith", "polarity": 6.0}],
    },
]


def write_records(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_every_target_gets_a_prediction(tmp_path: Path):
    data = write_records(tmp_path / "mini.jsonl", RECORDS)
    out = tmp_path / "pred.jsonl"
    metrics = evaluate(data, out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(p["primary_gid"], p["from"], p["to"]) for p in lines] == [
        ("s1", 0, 7),
        ("s1", 16, 22),
        ("s2", 19, 24),
    ]
    assert all(p["polarity"] in {"negative", "neutral", "positive"} for p in lines)
    assert metrics["n_targets"] == metrics["n_predicted"] == 3
    assert 0.0 <= metrics["macro_f1"] <= 1.0
    assert lines[1]["polarity"] == "negative"


def test_empty_file_gives_no_predictions(tmp_path: Path):
    data = write_records(tmp_path / "empty.jsonl", [])
    metrics = evaluate(data, tmp_path / "pred.jsonl")
    assert metrics["n_targets"] == 0 and metrics["macro_f1"] == 0.0


def test_unreadable_file_is_an_input_error(tmp_path: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl"):
        evaluate(bad, tmp_path / "pred.jsonl")


def test_macro_f1_by_hand():
    gold = ["negative", "neutral", "positive", "positive"]
    pred = ["negative", "positive", "positive", "neutral"]
    scores = macro_f1(gold, pred)
    assert scores["f1_negative"] == 1.0
    assert scores["f1_neutral"] == 0.0
    assert scores["f1_positive"] == pytest.approx(0.5)
    assert scores["macro_f1"] == pytest.approx(0.5)


@pytest.mark.parametrize("name", ["rw_dev.jsonl", "mt_dev.jsonl"])
def test_dev_macro_f1_gate(shared_dir: Path, tmp_path: Path, name: str):
    """Accuracy is behaviour: macro-F1 must stay >= 0.60 (sentence-level VADER: ~0.51)."""
    metrics = evaluate(shared_dir / "eval" / "newsmtsc" / name, tmp_path / "pred.jsonl")
    assert metrics["n_predicted"] == metrics["n_targets"] > 0
    assert metrics["macro_f1"] >= 0.60
    assert metrics["macro_f1"] > metrics["vader_sentence_macro_f1"]


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"primary_gid": "a_1_1", "sentence_normalized": "Trump won."}, "record 1 lacks targets"),
        (
            {"primary_gid": "a_1_1", "sentence_normalized": "Trump won.", "targets": [{"from": 0}]},
            r"record 1 lacks targets\[0\].to",
        ),
        (
            {
                "primary_gid": "a_1_1",
                "sentence_normalized": "Trump won.",
                "targets": [{"from": 0, "to": 5, "polarity": "high"}],
            },
            "polarity must be 2, 4 or 6",
        ),
    ],
)
def test_records_lacking_a_field_are_one_line_input_errors(
    tmp_path: Path, record: dict[str, object], message: str
) -> None:
    path = tmp_path / "bad.jsonl"
    write_jsonl(path, [record])
    with pytest.raises(InputError, match=message):
        evaluate(path, tmp_path / "out.jsonl")

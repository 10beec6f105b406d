"""PolNeAR adapter: gold reading, matching, metrics, and the accuracy gate on dev."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from framing import schemas
from framing.actors import load_gazetteer
from framing.attribution import attribute_voices
from framing.crosslinks import find_crosslinks
from framing.errors import InputError
from framing.eval import polnear
from framing.eval.documents import write_jsonl
from framing.sentences import split_sentences

TEXT = 'The talks failed, officials said. "We will try again," Smith said.'


def part(text: str, fragment: str) -> dict[str, object]:
    start = text.index(fragment)
    return {"segments": [[start, start + len(fragment)]], "text": fragment}


def record() -> dict[str, object]:
    return {
        "filename": "f1",
        "publisher": "x",
        "annotators": "b|a",
        "text": TEXT,
        "annotations": {
            "a": [],  # the second listed annotator is ignored
            "b": [
                {
                    "id": "E1",
                    "source": [part(TEXT, "officials")],
                    "cue": [part(TEXT, "said")],
                    "content": [part(TEXT, "The talks failed")],
                },
                {
                    "id": "E2",
                    "source": [part(TEXT, "Smith")],
                    "cue": [part(TEXT, "Smith said")],
                    "content": [part(TEXT, '"We will try again,"')],
                },
                {
                    "id": "E3",  # a belief: counts for precision only
                    "source": [part(TEXT, "Smith")],
                    "cue": [part(TEXT, "try")],
                    "content": [part(TEXT, "again")],
                },
            ],
        },
    }


def test_gold_uses_the_first_listed_annotator_and_marks_speech_cues() -> None:
    gold = polnear.gold_attributions(record())
    assert [g.speech for g in gold] == [True, True, False]


def test_jaccard_over_segments() -> None:
    assert polnear.jaccard((0, 10), [(0, 10)]) == 1.0
    assert polnear.jaccard((0, 10), [(0, 5), (20, 25)]) == pytest.approx(5 / 15)
    assert polnear.jaccard((0, 10), [(10, 20)]) == 0.0


def test_scores_of_a_perfect_and_of_an_empty_prediction() -> None:
    gold = {"f1": polnear.gold_attributions(record())}
    speech = [g for g in gold["f1"] if g.speech]
    perfect = {"f1": [polnear.Prediction(g.content[0], g.cue[0], g.source[0]) for g in speech]}
    result = polnear.score(perfect, gold)
    assert result["content_f1_0.3"] == result["content_f1_0.8"] == 1.0
    assert result["source_accuracy"] == result["cue_f1"] == 1.0
    empty = polnear.score({}, gold)
    assert empty["content_f1_0.3"] == 0.0 and empty["n_predicted"] == 0


def test_pipeline_sources_become_predictions() -> None:
    docs = polnear.build_documents([record()])
    voices, sources = attribute_voices(
        docs, split_sentences(docs), find_crosslinks(docs), load_gazetteer()
    )
    predicted = polnear.predictions_from_sources(sources)
    result = polnear.score(predicted, {"f1": polnear.gold_attributions(record())})
    assert result["content_f1_0.3"] == 1.0
    assert result["source_accuracy"] == 1.0
    assert voices.schema == schemas.VOICES


def test_predictions_from_empty_sources() -> None:
    assert polnear.predictions_from_sources(schemas.empty(schemas.SOURCES)) == {}


def test_unreadable_file_raises_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="PolNeAR"):
        polnear.read_records(bad)


def test_evaluate_writes_one_prediction_per_attribution(tmp_path: Path) -> None:
    data = tmp_path / "tiny.jsonl"
    data.write_text(json.dumps(record()) + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    metrics = polnear.evaluate(data, out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert metrics["n_predicted"] == len(lines) == 2
    assert {tuple(line["content"]) for line in lines} == {(0, 16), (34, 54)}
    assert all(set(line) == {"filename", "source", "cue", "content"} for line in lines)


@pytest.mark.slow
def test_accuracy_gate_on_polnear_dev(shared_dir: Path) -> None:
    """The attribution stage keeps the issue's targets on the dev split."""
    records = polnear.read_records(shared_dir / "eval" / "polnear" / "dev.jsonl")
    docs = polnear.build_documents(records)
    _, sources = attribute_voices(
        docs, split_sentences(docs), find_crosslinks(docs), load_gazetteer()
    )
    gold = {r["filename"]: polnear.gold_attributions(r) for r in records}
    result = polnear.score(polnear.predictions_from_sources(sources), gold)
    assert result["content_f1_0.3"] >= 0.80, result
    assert result["content_f1_0.8"] >= 0.60, result
    assert result["source_accuracy"] >= 0.80, result
    assert result["cue_f1"] >= 0.85, result
    assert pl.Series(list(gold)).n_unique() == len(records)


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"text": "He said so."}, "record 1: lacks filename"),
        ({"filename": "a", "text": "He said so.", "annotations": [1]}, "not an object"),
        (
            {
                "filename": "a",
                "text": "He said so.",
                "annotations": {"x": [{"source": {"segments": [[0, 2]]}}]},
            },
            "source of an attribution by x is not a list of segments",
        ),
        (
            {
                "filename": "a",
                "text": "He said so.",
                "annotations": {"x": [{"content": [{"segments": [["8", 10]]}]}]},
            },
            "content of an attribution by x",
        ),
    ],
)
def test_malformed_records_are_one_line_input_errors(
    tmp_path: Path, record: dict[str, object], message: str
) -> None:
    path = tmp_path / "bad.jsonl"
    write_jsonl(path, [record])
    with pytest.raises(InputError, match=message):
        polnear.read_records(path)

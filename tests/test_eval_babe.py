"""BABE adapter: word-level F1 over the biased words of each sentence."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from framing.errors import InputError
from framing.eval import babe
from framing.eval.metrics import score_word_sets
from tests.test_word_vectors import needs_model


def test_word_sets_micro_average() -> None:
    result = score_word_sets([{"sham", "vote"}, set()], [{"sham"}, {"lies"}])
    assert (result.precision, result.recall) == (0.5, 0.5)
    assert score_word_sets([], []).f1 == 0.0


def test_gold_words_are_parsed_and_lowercased() -> None:
    assert babe.parse_biased_words("['Radical', 'blows up']", where="x") == {
        "radical",
        "blows",
        "up",
    }
    assert babe.parse_biased_words("[]", where="x") == set()
    with pytest.raises(InputError, match="row 7"):
        babe.parse_biased_words("[unclosed", where="file row 7")


def write_babe(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    path = tmp_path / "babe.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["row", "text", "outlet", "biased_words"])
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_evaluate_runs_the_pipeline(tmp_path: Path) -> None:
    path = write_babe(
        tmp_path,
        [
            {
                "row": "0",
                "text": "The radical senator pushed a sham bill.",
                "outlet": "X",
                "biased_words": "['radical', 'sham']",
            },
            {
                "row": "5",
                "text": "The committee met on Tuesday.",
                "outlet": "Y",
                "biased_words": "[]",
            },
        ],
    )
    out = tmp_path / "pred.jsonl"
    result = babe.evaluate(path, out)
    predictions = [json.loads(line) for line in out.read_text().splitlines()]
    assert predictions == [
        {"row": 0, "biased_words": ["radical", "sham"]},
        {"row": 5, "biased_words": []},
    ]
    assert result["f1"] == 1.0 and result["n_rows"] == 2


def test_term_choice_labels_are_not_predicted_as_biased_words(tmp_path: Path) -> None:
    text = "The reckless plan helps illegal aliens, the senator said."
    path = write_babe(tmp_path, [{"row": "3", "text": text, "outlet": "X", "biased_words": "[]"}])
    out = tmp_path / "pred.jsonl"
    babe.evaluate(path, out)
    predicted = json.loads(out.read_text().splitlines()[0])["biased_words"]
    assert "reckless" in predicted
    assert not {"illegal", "aliens"} & set(predicted)


def test_missing_columns_are_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("id,sentence\n1,hello\n", encoding="utf-8")
    with pytest.raises(InputError, match="row, text and biased_words"):
        babe.evaluate(path, tmp_path / "p.jsonl")


@pytest.mark.slow
def test_shared_babe_gate(shared_dir: Path, tmp_path: Path) -> None:
    """Accuracy floor on BABE dev (unseen); only raised on purpose."""
    result = babe.evaluate(shared_dir / "eval" / "babe" / "dev.csv", tmp_path / "babe.jsonl")
    assert result["f1"] >= 0.40, result  # target 0.45, not yet reached


@pytest.mark.slow
@needs_model
def test_shared_babe_gate_with_context(shared_dir: Path, tmp_path: Path) -> None:
    """The context model (``--context``) on BABE dev, about 40 seconds."""
    from framing.resources import ResourceOptions, load_resources

    result = babe.evaluate(
        shared_dir / "eval" / "babe" / "dev.csv",
        tmp_path / "babe.jsonl",
        resources=load_resources(ResourceOptions(context=True)),
    )
    assert result["f1"] >= 0.42, result  # 0.426 measured; target 0.45, not yet reached


def test_a_user_lexicon_reaches_the_evaluation(tmp_path: Path) -> None:
    from framing.eval import run_evaluation
    from framing.resources import ResourceOptions

    lexicon = tmp_path / "mine.toml"
    lexicon.write_text(
        '[meta]\nname = "mine"\nversion = "1.0.0"\nlanguage = "en"\n'
        'description = "test"\nlicense = "MIT"\nsource = "tests"\n\n'
        '[[entry]]\nterm = "bill"\ncategory = "emotive"\nstance = "pejorative"\n'
        'examples = ["a bill"]\n',
        encoding="utf-8",
    )
    path = write_babe(
        tmp_path,
        [{"row": "0", "text": "The senator pushed a bill.", "outlet": "X", "biased_words": "[]"}],
    )
    words = []
    for options in (None, ResourceOptions(lexicons=(lexicon,))):
        out = tmp_path / "pred.jsonl"
        result = run_evaluation("babe", path, out, resource_options=options)
        words.append(json.loads(out.read_text().splitlines()[0])["biased_words"])
    assert words == [[], ["bill"]]
    assert result["lexicons"] == [str(lexicon)]

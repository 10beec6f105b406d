"""BASIL adapter: lexical spans found, precision against bias spans, voice and speaker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.errors import InputError
from framing.eval import basil


def article() -> dict[str, object]:
    return {
        "uuid": "u1",
        "title": "A sham vote",
        "body_paragraphs": [
            ["Critics slammed the plan on Monday.", "The vote was held."],
            ["\u201cIt is a hoax,\u201d said Senator Jane Smith."],
        ],
    }


def test_rebuild_keeps_sentence_offsets() -> None:
    title, body, layout = basil.rebuild_article(article())
    text = f"{title}\n\n{body}"
    sentences = [
        "A sham vote",
        "Critics slammed the plan on Monday.",
        "The vote was held.",
        "\u201cIt is a hoax,\u201d said Senator Jane Smith.",
    ]
    for k, sentence in enumerate(sentences):
        start = layout.starts[k]
        assert text[start : start + len(sentence)] == sentence
    assert layout.locate(2, 6) == (-1, 2, 6)


def lexical_span(**fields: object) -> dict[str, object]:
    """An annotated lexical-bias span outside quotes at 8:15 of sentence 0, with ``fields``."""
    span: dict[str, object] = {
        "article_uuid": "u1",
        "sentence_index": 0,
        "start": 8,
        "end": 15,
        "bias": "lex",
        "quote": "no",
        "speaker": "",
    }
    return {**span, **fields}


def test_score_basil_counts_overlaps_voice_and_speaker() -> None:
    spans = [
        lexical_span(article_uuid="u"),
        lexical_span(article_uuid="u", sentence_index=2, end=12, quote="yes", speaker="Jane_Smith"),
        {
            "article_uuid": "u",
            "sentence_index": 3,
            "start": 0,
            "end": 30,
            "bias": "inf",
            "quote": "no",
            "speaker": "",
        },
    ]
    terms = [
        {"article_uuid": "u", "sentence_index": 0, "start": 8, "end": 15},
        {"article_uuid": "u", "sentence_index": 3, "start": 2, "end": 6},
        {"article_uuid": "u", "sentence_index": 4, "start": 0, "end": 4},
    ]
    voices = [
        {"article_uuid": "u", "sentence_index": 2, "start": 0, "end": 14, "speaker": "Jane Smith"}
    ]
    result = basil.score_basil(spans, terms, voices)
    assert result["lexical_recall"] == 0.5
    assert result["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["precision_lexical"] == pytest.approx(1 / 3, abs=1e-4)
    assert result["voice_accuracy"] == 1.0 and result["speaker_accuracy"] == 1.0


def evaluate_folder(
    folder: Path, articles: list[dict[str, object]], spans: list[dict[str, object]]
) -> tuple[dict[str, object], list[dict[str, object]]]:
    """Write a BASIL folder of ``articles`` and ``spans``, evaluate it: (metrics, predictions)."""
    for name, rows in (("articles.jsonl", articles), ("span_annotations.jsonl", spans)):
        text = "".join(json.dumps(row) + "\n" for row in rows)
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "pred.jsonl"
    result = basil.evaluate(folder, out)
    return result, [json.loads(line) for line in out.read_text().splitlines()]


def test_evaluate_writes_terms_and_voices(tmp_path: Path) -> None:
    span = lexical_span(text="slammed")
    result, predictions = evaluate_folder(tmp_path, [article()], [span])
    terms = [p for p in predictions if p["kind"] == "term"]
    assert {(p["sentence_index"], p["term"]) for p in terms} >= {(-1, "sham"), (0, "slammed")}
    assert all(p["voice"] == "quoted" for p in predictions if p["kind"] == "voice")
    assert result["lexical_recall"] == 1.0 and result["n_articles"] == 1


def test_reported_speech_is_written_apart_and_not_scored_as_quoted(tmp_path: Path) -> None:
    """BASIL's ``quote`` flag marks quotation marks: reported speech is kept as its
    own kind of row, and a span inside it counts as not quoted."""
    reported: dict[str, object] = {
        "uuid": "u2",
        "title": "A budget",
        "body_paragraphs": [
            ["Senator Jane Smith said the budget was a reckless gamble.", "The vote was held."],
            ["\u201cIt is a disgrace,\u201d said Senator Tom Brown."],
        ],
    }
    spans = [
        lexical_span(article_uuid="u2", sentence_index=0, start=36, end=44),  # "reckless"
        lexical_span(
            article_uuid="u2", sentence_index=2, start=7, end=17, quote="yes", speaker="Tom_Brown"
        ),  # "a disgrace"
    ]
    result, predictions = evaluate_folder(tmp_path, [reported], spans)
    by_kind = {
        (p["kind"], p["voice"], p["sentence_index"], p["speaker"])
        for p in predictions
        if "voice" in p
    }
    assert ("reported_speech", "reported", 0, "Jane Smith") in by_kind
    assert ("voice", "quoted", 2, "Tom Brown") in by_kind
    assert not any(p["kind"] == "voice" and p["sentence_index"] == 0 for p in predictions)
    assert result["voice_accuracy"] == 1.0 and result["speaker_accuracy"] == 1.0


def test_articles_sharing_a_uuid_are_scored_apart(tmp_path: Path) -> None:
    """BASIL has articles with the placeholder uuid "empty": a term found in one of
    them must not count for a span annotated in another."""
    loaded = {**article(), "uuid": "empty", "triplet_uuid": "t1", "source": "fox"}
    plain: dict[str, object] = {
        "uuid": "empty",
        "triplet_uuid": "t2",
        "source": "nyt",
        "title": "A vote",
        "body_paragraphs": [["The senators met on Monday.", "The vote was held."]],
    }
    # "slammed" sits at 8:15 of sentence 0 in the first article; the span is annotated
    # at the same place in the second, which says nothing loaded there.
    span = lexical_span(article_uuid="empty", triplet_uuid="t2", source="nyt")
    result, predictions = evaluate_folder(tmp_path, [loaded, plain], [span])
    slammed = [p for p in predictions if p["kind"] == "term" and p["term"] == "slammed"]
    assert [(p["triplet_uuid"], p["source"]) for p in slammed] == [("t1", "fox")]
    assert result["lexical_recall"] == 0.0


@pytest.mark.slow
def test_shared_basil_gate(shared_dir: Path, tmp_path: Path) -> None:
    """Accuracy floors on BASIL (unseen except as noted in the README); only raised on purpose."""
    result = basil.evaluate(shared_dir / "eval" / "basil", tmp_path / "basil.jsonl")
    assert result["lexical_recall"] >= 0.50, result  # the target
    assert result["precision"] >= 0.29, result  # target 0.35, not yet reached
    assert result["voice_accuracy"] >= 0.935, result  # target 0.93 met (direct quotes, README)
    assert result["speaker_accuracy"] >= 0.55, result  # target 0.70, not yet reached


def test_span_annotations_lacking_a_field_are_a_one_line_input_error(tmp_path: Path) -> None:
    span = lexical_span()
    del span["bias"]
    with pytest.raises(InputError, match="record 1 lacks bias"):
        evaluate_folder(tmp_path, [article()], [span])
    moved = lexical_span(start="8")
    with pytest.raises(InputError, match="must be integers"):
        evaluate_folder(tmp_path, [article()], [moved])


def test_a_span_without_a_quote_flag_counts_as_not_quoted(tmp_path: Path) -> None:
    span = lexical_span(text="slammed")
    del span["quote"]
    result, _ = evaluate_folder(tmp_path, [article()], [span])
    assert result["voice_accuracy"] == 1.0

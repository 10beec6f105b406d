"""The context model: loaded terms read in their sentence (``--context``)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from framing.context_score import (
    JUDGED_LISTS,
    MODEL_PATH,
    ContextModel,
    entry_features,
    hits_in_sentences,
    load_context_model,
    score_in_context,
)
from framing.errors import FramingError
from framing.eval.documents import build_documents
from framing.learn.train_context import fit_probe, probability
from framing.learn.word_vectors import HIDDEN, WordPiece
from framing.loaded_terms import UNJUDGED_CATEGORIES, select_lexical_bias
from framing.pipeline import analyze_documents
from framing.resources import ResourceOptions, load_resources
from framing.sentences import split_sentences
from tests.test_cli import run
from tests.test_word_vectors import needs_model, tiny_model

VOCABULARY = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "regime", "'", "s", "thug", "##s", "."]


def documents(*texts: str) -> pl.DataFrame:
    return build_documents([(f"a{i}", "", text) for i, text in enumerate(texts)])


def test_encode_text_gives_every_piece_its_tokens_span() -> None:
    pieces = WordPiece(VOCABULARY)
    ids, spans = pieces.encode_text("The thugs' regime.", 64)
    names = [VOCABULARY[i] for i in ids]
    assert names == ["[CLS]", "the", "thug", "##s", "'", "regime", ".", "[SEP]"]
    assert spans == [(-1, -1), (0, 3), (4, 9), (4, 9), (9, 10), (11, 17), (17, 18), (-1, -1)]


def test_encode_text_keeps_the_markers_within_the_limit() -> None:
    ids, spans = WordPiece(VOCABULARY).encode_text("the regime the regime the regime", 4)
    assert [VOCABULARY[i] for i in ids] == ["[CLS]", "the", "regime", "[SEP]"]
    assert len(spans) == 4


def test_the_shipped_model_is_well_formed() -> None:
    model = load_context_model()
    assert model.weights.shape == (HIDDEN,)
    assert 1 <= model.layers <= 6
    about = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    # Trained on the learning half only, and better there than keeping every hit.
    assert "learning half" in about["source"]
    assert about["cv_span_f1_at_threshold"] > about["cv_span_f1_without_context"]


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        json.dumps({"layers": 3}),
        json.dumps({"layers": 9, "weights": [1.0], "entry_weights": [0, 0, 0], "bias": 0}),
        json.dumps({"layers": 3, "weights": [1.0], "entry_weights": [0, 0], "bias": 0}),
    ],
)
def test_a_broken_model_file_is_one_framing_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FramingError, match="not a context model"):
        load_context_model(path)


def test_a_missing_model_file_is_one_framing_error(tmp_path: Path) -> None:
    with pytest.raises(FramingError, match="cannot read the context model"):
        load_context_model(tmp_path / "absent.json")


def test_the_decision_point_of_the_score_is_one_half() -> None:
    model = ContextModel(
        layers=3,
        weights=np.array([2.0, 0.0]),
        entry_weights=np.array([1.0, 0.0, 0.0]),
        bias=-1.0,
    )
    features = np.array(
        [[0.5, 9.0, 0.0, 0.3, -1.2], [0.0, 9.0, 1.0, 0.3, -1.2], [0.0, 9.0, 0.0, 0.0, 0.0]]
    )
    assert model.score(features) == pytest.approx([0.5, 0.5, 1 / (1 + np.e)])


def test_entry_features_tell_scored_entries_from_curated_ones() -> None:
    lexicon = load_resources().lexicon
    scored = next(e for e in lexicon.entries if e.score is not None)
    curated = next(e for e in lexicon.entries if e.score is None)
    terms = pl.DataFrame(
        {"lexicon": [scored.lexicon, curated.lexicon], "entry": [scored.term, curated.term]}
    )
    features = entry_features(terms, lexicon)
    assert features[0].tolist() == pytest.approx([1.0, scored.score, np.log(scored.score)])
    assert features[1].tolist() == [0.0, 0.0, 0.0]


def test_context_adds_the_candidate_words_only_with_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("framing.resources.check_model", lambda: None)
    plain = {p["name"] for p in load_resources().lexicon.packs}
    with_context = load_resources(ResourceOptions(context=True))
    names = {p["name"] for p in with_context.lexicon.packs}
    assert names - plain == {"loaded_candidates"}
    candidates = [e for e in with_context.lexicon.entries if e.lexicon == "loaded_candidates"]
    cut = min(e.score for e in load_resources().lexicon.entries if e.score is not None)
    assert candidates and all(e.score is not None and e.score <= cut for e in candidates)
    assert with_context.context is not None


def test_context_needs_the_weights_installed_but_does_not_load_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from framing import context_score
    from framing.learn import word_vectors

    with monkeypatch.context() as absent:
        absent.setattr(word_vectors.importlib.util, "find_spec", lambda name: None)
        with pytest.raises(FramingError, match="the word-vector model is not installed"):
            load_resources(ResourceOptions(context=True))
    # The check reads only the weights' header: the encoder loads on first use
    # (in each worker of an executor), not while the resources load.
    monkeypatch.setattr(word_vectors, "model_dir", lambda: tiny_model(tmp_path))
    context_score.encoder.cache_clear()
    assert load_resources(ResourceOptions(context=True)).context is not None
    assert context_score.encoder.cache_info().currsize == 0


def test_the_probe_learns_a_separating_direction() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 3))
    y = (x[:, 0] - x[:, 2] > 0).astype(float)
    w = fit_probe(x, y, l2=1.0)
    assert w[0] > 1 and w[2] < -1 and abs(w[1]) < 0.5
    assert ((probability(w, x) >= 0.5) == (y == 1)).mean() > 0.95


def test_every_hit_is_placed_in_its_sentence() -> None:
    docs = documents("The vote was calm. Then the regime struck back.", "No sentence here regime")
    terms = pl.DataFrame(
        {"article_id": ["a0", "a1"], "start": [28, 17], "end": [34, 23]},
    )
    placed = hits_in_sentences(terms, docs, split_sentences(docs))
    texts = placed["sentence"].to_list()
    assert texts[0] == "Then the regime struck back."
    for text, start, end in placed.select("sentence", "start", "end").iter_rows():
        assert text[start:end] == "regime"


def test_without_context_the_score_is_null_and_selection_unchanged() -> None:
    docs = documents("The regime's thugs attacked protesters, officials said.")
    terms = analyze_documents(docs, load_resources())["loaded_terms"]
    assert terms.height > 0
    assert terms["context_score"].null_count() == terms.height
    assert (
        select_lexical_bias(terms).height == select_lexical_bias(terms.drop("context_score")).height
    )


def test_selection_drops_hits_the_context_model_scores_below_one_half() -> None:
    terms = pl.DataFrame(
        {
            "category": ["pejorative", "pejorative", "pejorative"],
            "context_score": [0.7, 0.2, None],
        }
    )
    assert select_lexical_bias(terms)["context_score"].to_list() == [0.7, None]


def test_selection_keeps_a_category_the_context_model_does_not_judge() -> None:
    terms = pl.DataFrame(
        {
            "category": ["loaded_speech_verb", "hedge", "loaded_adjective", "partisan_label"],
            "context_score": [0.1, 0.3, 0.3, 0.9],
        }
    )
    assert set(UNJUDGED_CATEGORIES) >= {"loaded_speech_verb", "hedge"}
    assert select_lexical_bias(terms)["category"].to_list() == ["loaded_speech_verb", "hedge"]


@needs_model
def test_context_scores_every_hit_and_reads_the_same_word_differently() -> None:
    docs = documents(
        "The storm was a disaster for the farms. Officials said the harvest is lost.",
        "His presidency has been a disaster, a total disaster, critics shouted.",
    )
    resources = load_resources(ResourceOptions(context=True))
    terms = analyze_documents(docs, resources)["loaded_terms"]
    disaster = terms.filter(pl.col("text").str.to_lowercase() == "disaster")
    assert disaster.height == 3
    scores = terms["context_score"].to_numpy()
    assert not np.isnan(scores).any() and ((scores > 0) & (scores < 1)).all()
    by_article = disaster.group_by("article_id").agg(pl.col("context_score").first())
    first, second = sorted(by_article.sort("article_id")["context_score"].to_list())
    assert first != pytest.approx(second, abs=1e-3)
    # The same text scores the same wherever it stands (no batch effects).
    again = score_in_context(
        terms.head(1).with_columns(context_score=pl.lit(None, pl.Float64)),
        docs,
        split_sentences(docs),
        resources.lexicon,
        load_context_model(),
    )
    assert again["context_score"].item() == pytest.approx(terms["context_score"][0], abs=1e-5)


def test_context_does_not_apply_to_target_sentiment(tmp_path: Path) -> None:
    data = tmp_path / "n.jsonl"
    data.write_text("", encoding="utf-8")
    result = run(
        "eval", "newsmtsc", str(data), "--predictions", str(tmp_path / "p.jsonl"), "--context"
    )
    assert result.returncode == 2
    assert "--context do not apply" in result.stderr and "Traceback" not in result.stderr


def run_on_one_article(tmp_path: Path, command: str, *options: str) -> Path:
    """``framing COMMAND`` on one short article with ``options``; its output folder."""
    article = tmp_path / "a.md"
    article.write_text(
        "---\noutlet: Test\n---\nThe ruthless regime's thugs attacked peaceful protesters.\n",
        encoding="utf-8",
    )
    out = tmp_path / f"{command}{len(options)}"
    result = run(command, str(article), "--out", str(out), *options)
    assert result.returncode == 0, result.stderr
    return out


@needs_model
def test_analyze_with_context_scores_the_table_and_records_the_choice(tmp_path: Path) -> None:
    for options, scored in (((), False), (("--context",), True)):
        out = run_on_one_article(tmp_path, "analyze", *options)
        terms = pl.read_parquet(out / "tables" / "loaded_terms.parquet")
        assert terms.height > 0
        assert terms["context_score"].is_not_null().all() == scored
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["options"]["context"] is scored


@needs_model
def test_learned_words_stay_only_when_the_model_accepts_them(tmp_path: Path) -> None:
    docs = documents(
        "The ruthless regime's thugs attacked peaceful protesters in the square. "
        "Critics called the scurrilous attacks mindless, hateful and gruesome. "
        "The zorblat plan failed."
    )
    # A user's own scored list is not the model's to judge.
    mine = tmp_path / "mine.csv"
    mine.write_text("term,score\nzorblat,0.9\n", encoding="utf-8")
    (tmp_path / "mine.meta.toml").write_text(
        '[meta]\nname = "mine"\nversion = "1.0.0"\nlanguage = "en"\ndescription = "test"\n'
        'license = "MIT"\nsource = "tests"\n',
        encoding="utf-8",
    )
    resources = load_resources(ResourceOptions(lexicons=(mine,), context=True))
    assert resources.lexicon.packs[-1]["kind"] == "scored"
    learned = pl.col("lexicon").is_in(JUDGED_LISTS)
    plain = analyze_documents(docs, load_resources(ResourceOptions(lexicons=(mine,))))
    others = plain["loaded_terms"].filter(~learned)
    assert "mine" in set(others["lexicon"]) and others.height < plain["loaded_terms"].height
    for bias, learned_kept in ((-50.0, False), (50.0, True)):
        model = replace(load_context_model(), bias=bias)
        terms = analyze_documents(docs, replace(resources, context=model))["loaded_terms"]
        judged = terms.filter(learned)
        assert (judged.height > 0) == learned_kept
        assert ("loaded_candidates" in set(judged["lexicon"])) == learned_kept
        # Every other hit stays whatever its score, with the score beside it.
        kept = terms.filter(~learned)
        assert kept.select("start", "end").rows() == others.select("start", "end").rows()
        assert kept["context_score"].is_not_null().all()


def test_the_article_pages_show_the_context_score_on_hover() -> None:
    from framing.report.articles import collect_marks

    row = {"start": 0, "end": 6, "entry": "regime", "text": "regime", "category": "label"}
    scored, plain = (
        collect_marks({"loaded_terms": [{**row, "context_score": score}]}, {}, 20)[0].title
        for score in (0.734, None)
    )
    assert "context score: 0.73" in scored
    assert "context score" not in plain


@needs_model
def test_the_report_says_how_context_counts_and_shows_each_score(tmp_path: Path) -> None:
    for options, said in (((), False), (("--context",), True)):
        out = run_on_one_article(tmp_path, "report", *options)
        index = (out / "index.html").read_text(encoding="utf-8")
        assert ("lists learned from data count only where it accepts them" in index) == said
        page = next((out / "articles").glob("*.html")).read_text(encoding="utf-8")
        assert ("<th>context score</th>" in page) == said


def test_a_resumed_run_checks_the_context_model() -> None:
    from framing.pipeline import describe_run
    from framing.readers import ColumnOptions

    plain = load_resources()

    def fingerprint(context: ContextModel | None) -> dict[str, object]:
        resources = replace(plain, context=context)
        return describe_run([], resources, columns=ColumnOptions(), strict=False, batch_size=5)

    model = ContextModel(layers=3, weights=np.zeros(4), entry_weights=np.zeros(3), bias=0.0)
    first, retrained = replace(model, digest="a"), replace(model, digest="b")
    assert fingerprint(first) == fingerprint(first)
    assert fingerprint(first) != fingerprint(retrained)
    assert fingerprint(first) != fingerprint(None)

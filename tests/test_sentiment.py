"""Target-aware actor sentiment: features, the fast scorer, mention scores and the table."""

from __future__ import annotations

import json

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import schemas
from framing.sentiment import score_actor_sentiment, score_mentions
from framing.sentiment_model import MODEL_PATH, load_model, read_model
from framing.target_scorer import TargetScorer
from framing.target_sentiment import featurize, tokenize
from framing.token_batch import tokenize_batch

SENTENCES = [
    "Kanaani accused Israel of fomenting discord between Azerbaijan and Iran.",
    "Cohen praised Azerbaijan as a strategic partner, but Iran was not pleased.",
    "“We will never allow our territory to be used against others,” he said.",
    "The senator was criticized by Democrats for the bill.",
    "",
    "Obama",
    "Trump's lawyer didn't deny the claims – nor did he apologise!",
]


def document(text: str, article_id: str = "a0") -> pl.DataFrame:
    return pl.DataFrame(
        [(article_id, "Outlet", None, None, None, None, text, 0, "{}")],
        schema=schemas.DOCUMENTS,
        orient="row",
    )


def sentence_rows(text: str, article_id: str = "a0") -> pl.DataFrame:
    return pl.DataFrame([(article_id, 0, 0, 0, len(text))], schema=schemas.SENTENCES, orient="row")


def mention_rows(text: str, spans: list[tuple[str, str]], article_id: str = "a0") -> pl.DataFrame:
    rows = []
    for actor, surface in spans:
        start = text.index(surface)
        rows.append(
            (
                article_id,
                "Outlet",
                actor,
                surface,
                start,
                start + len(surface),
                "name",
                None,
                None,
                actor,
            )
        )
    return pl.DataFrame(rows, schema=schemas.ACTOR_MENTIONS, orient="row")


def test_empty_inputs_give_empty_schemas():
    docs = document("")
    empty_mentions = schemas.empty(schemas.ACTOR_MENTIONS)
    table = score_actor_sentiment(
        docs,
        schemas.empty(schemas.SENTENCES),
        schemas.empty(schemas.VOICES),
        empty_mentions,
        schemas.empty(schemas.LOADED_TERMS),
    )
    assert table.schema == schemas.ACTOR_SENTIMENT and table.is_empty()
    scored = score_mentions(
        docs, schemas.empty(schemas.SENTENCES), empty_mentions, schemas.empty(schemas.LOADED_TERMS)
    )
    assert scored.is_empty()


def test_patient_of_harm_verb_is_negative_agent_is_not():
    text = SENTENCES[0]
    scored = score_mentions(
        document(text),
        sentence_rows(text),
        mention_rows(text, [("iran_person", "Kanaani"), ("israel", "Israel")]),
        schemas.empty(schemas.LOADED_TERMS),
    )
    by_actor = dict(scored.select("actor", "sentiment").iter_rows())
    assert by_actor["israel"] < by_actor["iran_person"]
    assert scored.filter(pl.col("actor") == "israel")["label"].item() == "negative"


def test_features_name_the_role():
    tokens = tokenize(SENTENCES[0])
    israel = SENTENCES[0].index("Israel")
    names = {name for name, _ in featurize(tokens, israel, israel + 6)}
    assert "patient_harm" in names and "l1:accus" in names
    names = {name for name, _ in featurize(tokens, 0, 7)}
    assert "agent_harm" in names and "target_first" in names
    passive = tokenize(SENTENCES[3])
    assert ("patient_harm", 1.0) in featurize(passive, 0, 11)


def test_fast_scorer_matches_feature_definition():
    model = load_model()
    scorer = TargetScorer(model)
    sentences = [tokenize(s) for s in SENTENCES]
    targets = [
        (i, start, start + width)
        for i, s in enumerate(SENTENCES)
        for start in range(0, max(len(s), 1), 7)
        for width in (0, 3, 12)
    ]
    fast = scorer.score_token_batch(tokenize_batch(SENTENCES), targets)
    for row, (i, start, end) in zip(fast, targets, strict=True):
        slow = model.scores(featurize(sentences[i], start, end))
        assert row == pytest.approx(slow, abs=1e-9)


PIECES = [
    "Israel",
    "İ",
    "a",
    "b",
    ",",
    ".",
    "“",
    "”",
    '"',
    "'",
    "’",
    "not",
    "but",
    "was",
    "accused",
    "praised",
    "is",
    "an",
    "enemy",
    "great",
    "never",
    "helped",
    "by",
    " ",
]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join),
    st.integers(0, 80),
    st.integers(0, 20),
)
def test_fast_scorer_matches_on_any_text(text, start, width):
    model = load_model()
    tokens = tokenize(text)
    [fast] = TargetScorer(model).score_token_batch(
        tokenize_batch([text]), [(0, start, start + width)]
    )
    assert fast == pytest.approx(model.scores(featurize(tokens, start, start + width)), abs=1e-9)


def test_loaded_term_aimed_at_actor_pushes_score():
    text = "The regime in Israel held talks with officials."
    docs, sents = document(text), sentence_rows(text)
    mentions = mention_rows(text, [("israel", "Israel")])
    base = score_mentions(docs, sents, mentions, schemas.empty(schemas.LOADED_TERMS))
    start = text.index("regime")
    loaded = pl.DataFrame(
        [
            (
                "a0",
                "Outlet",
                start,
                start + 6,
                "regime",
                "regime",
                "delegitimizing",
                "pejorative",
                "me",
                "israel",
                "author",
                None,
                None,
            )
        ],
        schema=schemas.LOADED_TERMS,
        orient="row",
    )
    pushed = score_mentions(docs, sents, mentions, loaded)
    assert pushed["sentiment"].item() < base["sentiment"].item()
    other = loaded.with_columns(target_actor=pl.lit("iran"))
    unmoved = score_mentions(docs, sents, mentions, other)
    assert unmoved["sentiment"].item() == pytest.approx(base["sentiment"].item())


SEED_LIKE = (
    "Cohen said, “We see Azerbaijan as a strategic partner and a beautiful country.” "
    "Kanaani said, “The Israeli regime is an implacable enemy seeking to foment discord.” "
    "Israel and Azerbaijan signed agreements on education."
)


def seed_like_tables() -> tuple[pl.DataFrame, pl.DataFrame]:
    text = SEED_LIKE
    q1 = (text.index("“We"), text.index("country.”") + len("country.”"))
    q2 = (text.index("“The"), text.index("discord.”") + len("discord.”"))
    voices = pl.DataFrame(
        [
            ("a0", 0, q1[0], "author", None, None),
            ("a0", q1[0], q1[1], "direct_quote", "Eli Cohen", "israel"),
            ("a0", q1[1], q2[0], "author", None, None),
            ("a0", q2[0], q2[1], "direct_quote", "Nasser Kanaani", "iran"),
            ("a0", q2[1], len(text), "author", None, None),
        ],
        schema=schemas.VOICES,
        orient="row",
    )
    bounds = [0, text.index("Kanaani said"), text.index("Israel and"), len(text)]
    sentences = pl.DataFrame(
        [("a0", i, 0, bounds[i], bounds[i + 1]) for i in range(3)],
        schema=schemas.SENTENCES,
        orient="row",
    )
    from framing.actors import load_gazetteer
    from framing.mentions import find_actor_mentions

    docs = document(text)
    mentions = find_actor_mentions(docs, sentences, voices, load_gazetteer())
    table = score_actor_sentiment(
        docs, sentences, voices, mentions, schemas.empty(schemas.LOADED_TERMS)
    )
    return mentions, table


def test_actor_sentiment_rows_per_voice_group_and_speaker():
    mentions, table = seed_like_tables()
    assert table.schema == schemas.ACTOR_SENTIMENT
    assert {"israel", "azerbaijan", "nasser_kanaani", "eli_cohen"} <= set(table["actor"])
    assert mentions.filter(pl.col("actor") == "nasser_kanaani")["speaks_for"].to_list() == ["iran"]

    def row(actor: str, group: str, speaker: str | None = None) -> dict:
        rows = table.filter(
            (pl.col("actor") == actor)
            & (pl.col("voice_group") == group)
            & (pl.col("speaker") == speaker if speaker else pl.col("speaker").is_null())
        )
        assert rows.height == 1, (actor, group, speaker)
        return rows.row(0, named=True)

    assert row("israel", "speaker", "Nasser Kanaani")["label"] == "negative"
    assert row("azerbaijan", "speaker", "Eli Cohen")["label"] == "positive"
    # The outlet's own sentence about Israel is not the Iranian spokesman's view of it.
    assert (
        row("israel", "author")["sentiment"]
        > row("israel", "speaker", "Nasser Kanaani")["sentiment"]
    )
    everything = row("israel", "all")
    assert (
        everything["n_mentions"]
        == row("israel", "author")["n_mentions"] + row("israel", "quoted")["n_mentions"]
    )
    assert -1.0 <= everything["sentiment"] <= 1.0
    assert everything["vader"] is not None and everything["textblob"] is not None
    assert set(table["label"]) <= {"negative", "neutral", "positive"}


def test_model_file_is_small_plain_json_with_provenance():
    assert MODEL_PATH.stat().st_size < 1_000_000
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["classes"] == ["negative", "neutral", "positive"]
    assert "train_sentiment" in data["meta"]["command"]
    model = read_model(MODEL_PATH)
    explanation = model.explain(featurize(tokenize(SENTENCES[0]), 16, 22))
    assert explanation and all(isinstance(name, str) for name, _ in explanation)


def test_bad_model_file_raises_lexicon_error(tmp_path):
    from framing.errors import LexiconError

    path = tmp_path / "model.json"
    path.write_text('{"classes": ["a"], "weights": {}}', encoding="utf-8")
    with pytest.raises(LexiconError, match="model.json"):
        read_model(path)


def seed_tables(seeds_dir) -> pl.DataFrame:
    """The seed article through sentences, hand-built quote voices, mentions and sentiment."""
    from framing.actors import load_gazetteer
    from framing.mentions import find_actor_mentions
    from framing.sentences import split_sentences

    raw = (seeds_dir / "000_4c5ba6db82dd8b7c.txt").read_text(encoding="utf-8")
    body = raw.split("---\n", 2)[2] if raw.startswith("---\n") else raw
    quotes = [
        ("“I have come from Israel", "embassy in Israel.”", "Eli Cohen", "israel"),
        ("“We see Azerbaijan", "strategic partner”", "Eli Cohen", "israel"),
        ("“The Israeli regime", "its own benefits,”", "Nasser Kanaani", "iran"),
        ("“Since the Zionist", "Tehran-Baku ties,”", "Nasser Kanaani", "iran"),
    ]
    segments: list[tuple[str, int, int, str, str | None, str | None]] = []
    cursor = 0
    for opening, closing, speaker, actor in quotes:
        start = body.index(opening)
        end = body.index(closing, start) + len(closing)
        segments.append(("seed", cursor, start, "author", None, None))
        segments.append(("seed", start, end, "direct_quote", speaker, actor))
        cursor = end
    segments.append(("seed", cursor, len(body), "author", None, None))
    voices = pl.DataFrame(segments, schema=schemas.VOICES, orient="row")
    docs = document(body, "seed")
    sentences = split_sentences(docs)
    mentions = find_actor_mentions(docs, sentences, voices, load_gazetteer())
    return score_actor_sentiment(
        docs, sentences, voices, mentions, schemas.empty(schemas.LOADED_TERMS)
    )


def test_seed_portrayals_by_voice(seeds_dir):
    table = seed_tables(seeds_dir)
    everything = table.filter(pl.col("voice_group") == "all")
    assert {"israel", "iran", "azerbaijan"} <= set(everything["actor"])

    def value(actor: str, group: str, speaker: str | None = None) -> dict:
        rows = table.filter((pl.col("actor") == actor) & (pl.col("voice_group") == group))
        if speaker:
            rows = rows.filter(pl.col("speaker") == speaker)
        return rows.row(0, named=True)

    assert value("israel", "speaker", "Nasser Kanaani")["label"] == "negative"
    assert value("azerbaijan", "speaker", "Eli Cohen")["label"] == "positive"
    # The outlet narrates Israel far more neutrally than Iran's spokesman speaks of it.
    author = value("israel", "author")["sentiment"]
    kanaani = value("israel", "speaker", "Nasser Kanaani")["sentiment"]
    assert author - kanaani > 0.2


def test_training_command_fails_in_one_line_on_missing_or_bad_input(tmp_path, capsys):
    from framing.learn.train_sentiment import main

    assert main([str(tmp_path / "absent.jsonl"), "--out", str(tmp_path / "m.json")]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"sentence": "no targets here"}\n', encoding="utf-8")
    assert main([str(bad), "--out", str(tmp_path / "m.json")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    assert not (tmp_path / "m.json").exists()


def test_training_is_deterministic_and_learns_the_direction(tmp_path):
    from framing.learn.train_sentiment import main

    lines = []
    for i in range(40):
        good = i % 2 == 0
        text = f"The mayor {'praised' if good else 'attacked'} Smith on day {i}."
        start = text.index("Smith")
        target = {"from": start, "to": start + 5, "polarity": 6.0 if good else 2.0}
        lines.append(
            {"primary_gid": f"doc_{i}_0_x", "sentence_normalized": text, "targets": [target]}
        )
    data = tmp_path / "train.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    args = ["--min-count", "1", "--epochs", "50"]
    assert main([str(data), "--out", str(first), *args]) == 0
    assert main([str(data), "--out", str(second), *args]) == 0
    assert first.read_bytes() == second.read_bytes()
    model = read_model(first)
    praise = model.predict(featurize(tokenize("The mayor praised Smith."), 18, 23))
    attack = model.predict(featurize(tokenize("The mayor attacked Smith."), 19, 24))
    assert praise[2] > praise[0] and attack[0] > attack[2]


def test_mentions_outside_any_sentence_use_the_whole_text():
    text = "Kanaani accused Israel of fomenting discord."
    table = score_actor_sentiment(
        document(text),
        schemas.empty(schemas.SENTENCES),
        schemas.empty(schemas.VOICES),
        mention_rows(text, [("israel", "Israel")]),
        schemas.empty(schemas.LOADED_TERMS),
    )
    assert table.filter(pl.col("voice_group") == "all")["label"].to_list() == ["negative"]
    assert table["vader"].null_count() == 0

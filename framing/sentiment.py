"""Actor sentiment: how each article portrays each actor, per voice.

Two steps, both frames in and frames out:

1. ``score_mentions`` gives every actor mention a target-aware score: the
   sentence holding it is tokenised once, the mention described by
   ``framing.target_sentiment.featurize`` and scored by the trained model
   (``framing.sentiment_model``). Loaded terms aimed at the mention's actor in
   the same sentence (LOADED_TERMS rows whose ``target_actor`` is that actor, or
   that overlap the mention, e.g. *Zionist regime*) push the score by their
   stance, a fixed rule since the training data has no loaded-term labels.
2. ``score_actor_sentiment`` averages the mention scores per article × actor ×
   voice group: ``all``, ``author`` (the outlet's own narration, headline and
   cross-links), ``quoted`` (direct and reported speech) and one ``speaker`` row
   per quoted speaker, so "Israel inside Kanaani's quotes" is its own row.
   Sentence-level VADER compound and TextBlob polarity are kept beside it, as
   inputs for audit, never as the score itself; they are computed once per
   distinct mention sentence by ``framing.sentence_scores`` (the libraries'
   rules with cached tokenisation, tested equal to the libraries).
"""

from __future__ import annotations

import numpy as np
import polars as pl

from framing import schemas
from framing.sentence_scores import score_sentences
from framing.sentiment_model import CLASSES, SentimentModel, load_model
from framing.target_scorer import TargetScorer
from framing.token_batch import tokenize_batch

#: Logit added per loaded term aimed at the target, by the term's stance
#: (negative, neutral, positive). Set by hand, not learned: NewsMTSC has no
#: loaded-term annotations. 1.5 is about the push of a strongly negative VADER
#: word in the trained model; doubt (*so-called*) and alarm (*the Iranian
#: threat*) weigh half. Partisan, mixed, emphatic and softening terms say
#: nothing certain about the direction, so they do not push.
LOADED_PUSH = {
    "pejorative": (1.5, 0.0, 0.0),
    "doubt": (0.75, 0.0, 0.0),
    "alarm": (0.75, 0.0, 0.0),
    "ameliorative": (0.0, 0.0, 1.5),
}
#: Mean score beyond which an actor's portrayal is labelled negative / positive.
LABEL_THRESHOLD = 0.1
AUTHOR_VOICES = ("author", "headline", "crosslink")
QUOTED_VOICES = ("direct_quote", "indirect_quote")

SCORED_MENTIONS = pl.Schema(
    [
        *schemas.ACTOR_MENTIONS.items(),
        ("sentence_start", pl.Int64),
        ("sentence_end", pl.Int64),
        ("sentiment", pl.Float64),
        ("label", pl.String),
    ]
)


def locate_sentences(mentions: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Add the span of the sentence containing each mention (null when none does)."""
    spans = sentences.select(
        "article_id",
        pl.col("start").cast(pl.Int64).alias("sentence_start"),
        pl.col("end").cast(pl.Int64).alias("sentence_end"),
    ).sort("article_id", "sentence_start")
    located = mentions.sort("article_id", "start").join_asof(
        spans,
        left_on="start",
        right_on="sentence_start",
        by="article_id",
        strategy="backward",
        check_sortedness=False,
    )
    inside = pl.col("sentence_end").is_not_null() & (pl.col("start") < pl.col("sentence_end"))
    return located.with_columns(
        sentence_start=pl.when(inside).then("sentence_start"),
        sentence_end=pl.when(inside).then("sentence_end"),
    )


def loaded_pushes(loaded_terms: pl.DataFrame) -> pl.DataFrame:
    """The loaded terms with a stance that pushes sentiment, with the push per class."""
    columns = {"article_id": pl.String, "t_start": pl.Int64, "t_end": pl.Int64}
    columns |= {"t_actor": pl.String, "p0": pl.Float64, "p1": pl.Float64, "p2": pl.Float64}
    if loaded_terms.is_empty() or "stance" not in loaded_terms.columns:
        return pl.DataFrame(schema=columns)
    stance = pl.col("stance")
    return loaded_terms.filter(stance.is_in(list(LOADED_PUSH))).select(
        "article_id",
        pl.col("start").cast(pl.Int64).alias("t_start"),
        pl.col("end").cast(pl.Int64).alias("t_end"),
        pl.col("target_actor").alias("t_actor"),
        *(
            stance.replace_strict(
                {k: v[i] for k, v in LOADED_PUSH.items()}, return_dtype=pl.Float64
            ).alias(f"p{i}")
            for i in range(3)
        ),
    )


def mention_sentences(
    documents: pl.DataFrame, sentences: pl.DataFrame, mentions: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame, list[str]]:
    """The located mentions with their ``sentence`` number and ``base`` offset, the
    distinct sentences (article, start, end, number) and their texts.

    Sentences are numbered in the order their first mention comes in, each once
    however many mentions it holds; a mention outside every sentence takes the
    whole text as its sentence.
    """
    located = locate_sentences(mentions, sentences)
    keys = (
        located.select("article_id", "sentence_start", "sentence_end")
        .unique(subset=["article_id", "sentence_start"], keep="first", maintain_order=True)
        .with_row_index("sentence")
        .with_columns(pl.col("sentence").cast(pl.Int64))
    )
    texts = dict(documents.select("article_id", "text").iter_rows())
    snippets = [
        (texts.get(a) or "")[s:e] if s is not None else (texts.get(a) or "")
        for a, s, e in keys.select("article_id", "sentence_start", "sentence_end").iter_rows()
    ]
    keys = keys.with_columns(
        base=pl.col("sentence_start").fill_null(0),
        length=pl.Series(list(map(len, snippets)), dtype=pl.Int64),
    )
    located = located.join(
        keys.select("article_id", "sentence_start", "sentence", "base", "length"),
        on=["article_id", "sentence_start"],
        how="left",
        nulls_equal=True,
        maintain_order="left",
    )
    return located, keys, snippets


def push_logits(located: pl.DataFrame, pushes: pl.DataFrame) -> np.ndarray:
    """Per located mention, the summed push of the loaded terms aimed at it in its sentence.

    A term counts when it starts inside the mention's sentence and names the
    mention's actor as its target, or overlaps the mention itself. The pushes
    are multiples of a quarter, so their sums are exact in any order.
    """
    push = np.zeros((located.height, 3))
    if pushes.is_empty():
        return push
    hits = (
        located.select("article_id", "start", "end", "actor", "base", "length")
        .with_row_index("row")
        .join(pushes, on="article_id")
        .filter(
            (pl.col("t_start") >= pl.col("base"))
            & (pl.col("t_start") < pl.col("base") + pl.col("length"))
            & (
                (pl.col("t_actor") == pl.col("actor"))
                | ((pl.col("t_start") < pl.col("end")) & (pl.col("start") < pl.col("t_end")))
            )
        )
        .group_by("row")
        .agg(pl.col("p0", "p1", "p2").sum())
    )
    if not hits.is_empty():
        push[hits["row"].to_numpy()] = hits.select("p0", "p1", "p2").to_numpy()
    return push


_SCORERS: dict[int, tuple[SentimentModel, TargetScorer]] = {}


def scorer_for(model: SentimentModel) -> TargetScorer:
    """The compiled scorer of ``model``, kept per process so its word tables stay warm."""
    cached = _SCORERS.get(id(model))
    if cached is None or cached[0] is not model:
        cached = (model, TargetScorer(model))
        _SCORERS[id(model)] = cached
    return cached[1]


def score_mentions(
    documents: pl.DataFrame,
    sentences: pl.DataFrame,
    mentions: pl.DataFrame,
    loaded_terms: pl.DataFrame,
    *,
    model: SentimentModel | None = None,
) -> pl.DataFrame:
    """Each mention with its target-aware ``sentiment`` in [-1, 1] and ``label``.

    The whole batch is tokenised and scored at once (``tokenize_batch``,
    ``TargetScorer.score_token_batch``); each sentence is tokenised once however
    many mentions it holds. A mention
    outside every sentence is scored in the context of the whole text.
    """
    return score_located_mentions(documents, sentences, mentions, loaded_terms, model=model)[0]


def score_located_mentions(
    documents: pl.DataFrame,
    sentences: pl.DataFrame,
    mentions: pl.DataFrame,
    loaded_terms: pl.DataFrame,
    *,
    model: SentimentModel | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame, list[str]]:
    """``score_mentions``, with the distinct sentences and their texts (``mention_sentences``)."""
    if mentions.is_empty():
        return schemas.empty(SCORED_MENTIONS), pl.DataFrame(), []
    model = model or load_model()
    located, keys, snippets = mention_sentences(documents, sentences, mentions)
    base = located["base"].to_numpy()
    targets = np.column_stack(
        [
            located["sentence"].to_numpy(),
            located["start"].to_numpy() - base,
            located["end"].to_numpy() - base,
        ]
    )
    batch = tokenize_batch(snippets)
    logits = scorer_for(model).score_token_batch(batch, targets)
    logits += push_logits(located, loaded_pushes(loaded_terms))
    logits -= logits.max(axis=1, keepdims=True)
    probabilities = np.exp(logits)
    probabilities /= probabilities.sum(axis=1, keepdims=True)
    labels = np.asarray(CLASSES)[probabilities.argmax(axis=1)]
    scored = located.with_columns(
        sentiment=pl.Series(probabilities[:, 2] - probabilities[:, 0], dtype=pl.Float64),
        label=pl.Series(labels.tolist(), dtype=pl.String),
    )
    return schemas.conform(scored, SCORED_MENTIONS), keys, snippets


def label_sentiment(score: pl.Expr) -> pl.Expr:
    """negative / neutral / positive from a mean score."""
    return (
        pl.when(score < -LABEL_THRESHOLD)
        .then(pl.lit("negative"))
        .when(score > LABEL_THRESHOLD)
        .then(pl.lit("positive"))
        .otherwise(pl.lit("neutral"))
    )


def score_actor_sentiment(
    documents: pl.DataFrame,
    sentences: pl.DataFrame,
    voices: pl.DataFrame,
    mentions: pl.DataFrame,
    loaded_terms: pl.DataFrame,
) -> pl.DataFrame:
    """One ACTOR_SENTIMENT row per article × actor × voice group (and quoted speaker)."""
    scored, keys, snippets = score_located_mentions(documents, sentences, mentions, loaded_terms)
    if scored.is_empty():
        return schemas.empty(schemas.ACTOR_SENTIMENT)
    vaders, blobs = score_sentences(snippets)
    keys = keys.select(
        "article_id",
        "sentence_start",
        "sentence_end",
        vader=pl.Series(vaders, dtype=pl.Float64),
        textblob=pl.Series(blobs, dtype=pl.Float64),
    )
    scored = scored.join(
        keys, on=["article_id", "sentence_start", "sentence_end"], how="left", nulls_equal=True
    ).with_columns(
        group=pl.when(pl.col("voice").is_in(QUOTED_VOICES))
        .then(pl.lit("quoted"))
        .otherwise(pl.lit("author"))
    )
    aggregates = [
        pl.len().cast(pl.Int64).alias("n_mentions"),
        pl.col("sentiment").mean().alias("sentiment"),
        pl.col("vader").mean().alias("vader"),
        pl.col("textblob").mean().alias("textblob"),
    ]
    keys_cols = ["article_id", "outlet", "actor"]
    parts = [
        scored.group_by(keys_cols)
        .agg(aggregates)
        .with_columns(voice_group=pl.lit("all"), speaker=pl.lit(None, dtype=pl.String)),
        scored.group_by([*keys_cols, "group"])
        .agg(aggregates)
        .rename({"group": "voice_group"})
        .with_columns(speaker=pl.lit(None, dtype=pl.String)),
        scored.filter((pl.col("group") == "quoted") & pl.col("speaker").is_not_null())
        .group_by([*keys_cols, "speaker"])
        .agg(aggregates)
        .with_columns(voice_group=pl.lit("speaker")),
    ]
    table = (
        pl.concat(
            [
                schemas.conform(p.with_columns(label=pl.lit("")), schemas.ACTOR_SENTIMENT)
                for p in parts
            ]
        )
        .with_columns(label=label_sentiment(pl.col("sentiment")))
        .sort("article_id", "actor", "voice_group", "speaker", nulls_last=False)
    )
    return schemas.conform(table, schemas.ACTOR_SENTIMENT)

"""Learn a small, explainable loaded-word classifier from the PTC learning half.

Each word *type* (lower-cased) is described by a few features anyone can check:
how often it stands inside a Loaded_Language / Name_Calling span of other
articles (cross-fitted, see below) and how frequent it is, its VADER valence,
its TextBlob polarity and subjectivity, whether a curated pack lists it, how
often it is written with a capital (names), suffix cues for evaluative
adjectives, adverbs and -ism/-ist labels, and four figures from a large news
corpus (see below). A
logistic regression (numpy, L2, Newton steps) is fitted on every word token of
the PTC learning half (``framing.eval.ptc.is_held_out`` false), one row per
word type and fold, weighted by its token counts.

The span-rate feature must not see the token it describes, otherwise the model
would only learn to trust it: the learning half is cut in two folds by article,
and each fold's rates come from the other fold. The decision threshold is
chosen by the same two-fold cross-validation (fit on one fold, pick the
threshold whose word predictions score the best PTC span F1 on the other,
average the two). A word of the checking fold that the fitting fold's
vocabulary (below) lacks gets no score there, as it would get none in a
text the list meets later, so the cross-validated F1 also measures how much
of unseen text the vocabulary covers.

The news figures come from the training split (``split_random == "train"``)
of the AllSides corpus (``../shared/bench/allsides.parquet``: about 28,000
articles whose outlets AllSides rates left, center or right); no annotation
of loaded words is read there. Partisan outlets write loaded words more often
than centrist ones (*radical*, *disastrous*, *so-called* against *said*,
*announced*), so each word gets its *outlet slant*: the log-odds of the word
in left and right outlets against center outlets, with an informative
Dirichlet prior (Monroe, Colaresi & Quinn 2008), as a log-odds ratio and as a
z-score; plus its share of capitalised occurrences (names) and its frequency
there. Words seen fewer than ``MIN_NEWS`` times get zeros.

Counts say nothing about a word the learning half never shows, so each word
also gets its *meaning score*: a second logistic regression, on the word's
vector from a small sentence encoder (``framing.learn.word_vectors``), fitted
to the same span rates (from the other fold when cross-fitting) and read as a
log-odds. A word PTC never shows (*monstrous*, *unhinged*, *brutalities*)
scores high when its vector lies near those of the loaded words PTC does show.

The model is then applied to a fixed vocabulary (every word of the learning
half, the VADER and TextBlob lexicons, and the plain (unhyphenated) news
words seen at least ``MIN_NEWS`` times) with rates from the whole learning
half, and every word scoring at least the cross-validated threshold is
written as a scored list,
``framing/data/lexicons/learned_loaded_words.csv``; the weights go to
``framing/data/models/loaded_word_model.json`` so each score can be explained.
The held-out half is never read, and no number here is chosen on evaluation
figures.

Rebuild (deterministic on one machine, about 4 minutes, most of it encoding
the vocabulary; needs the encoder's weights, ``framing.learn.word_vectors``):
``python -m framing.learn.loaded_word_model ../shared/eval/ptc/train.jsonl
--news ../shared/bench/allsides.parquet``
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import xml.etree.ElementTree as ET
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from framing.compare.stats import log_odds_dirichlet
from framing.errors import FramingError
from framing.eval.documents import read_jsonl
from framing.eval.metrics import score_partial_credit
from framing.eval.ptc import gold_spans, is_held_out
from framing.learn.word_vectors import MODEL_REQUIREMENT, Encoder
from framing.lexicon_format import read_pack
from framing.lexicon_match import compile_matcher, match_texts

DATA = Path(__file__).resolve().parent.parent / "data"
OUTPUT = DATA / "lexicons" / "learned_loaded_words.csv"
MODEL_OUTPUT = DATA / "models" / "loaded_word_model.json"
#: The words scoring from ``CANDIDATE_FLOOR`` up to the list's cut: candidates
#: that only the context model (``framing.context_score``, ``--context``) reads.
CANDIDATES_OUTPUT = DATA / "models" / "loaded_candidates.csv"
#: Two-fold cross-validated PTC span F1 of the context model was 0.362 with the
#: fold lists' words down to 0.04 as candidates, 0.325 with only those above the
#: cross-validated threshold (before ``framing.learn.train_context`` existed).
CANDIDATE_FLOOR = 0.04

#: L2 penalty on the weights (not the bias); small, the features are few.
L2 = 1.0
#: Rates are smoothed towards zero: ``n_in / (n_total + SMOOTHING)``.
SMOOTHING = 1.0
#: Words shorter than this are never loaded terms on their own (a, of, US).
MIN_LENGTH = 3
#: Suffixes that mark evaluative adjectives/adverbs and ideological labels.
SUFFIXES = ("ly", "ous", "ive", "ful", "less", "ic", "ist", "ism", "ed", "ing")
#: Curated packs whose single words are a feature (the learned lists are not).
CURATED = ("general.toml", "news_bias.toml", "middle_east.toml")
#: Words seen fewer times in the news corpus get no news figures (too noisy)
#: and join the vocabulary only through another source (chosen by the
#: cross-validated span F1 of the learning half among 2, 3, 5, 10 and 20).
MIN_NEWS = 5
#: Strength ``a_0`` of the informative Dirichlet prior of the outlet slant.
SLANT_PRIOR = 1000.0
#: L2 penalty of the meaning-score regression on word vectors (chosen by the
#: two-fold cross-validated span F1 of the learning half among 0.5, 1, 2, 4,
#: with ``MIN_NEWS`` at 5; among 0.5 to 30 at 20 it had chosen 2).
MEANING_L2 = 1.0
#: A word's tokens count at most this many times in the meaning-score fit, so
#: frequent words (*said*, *people*) do not decide where meaning lies.
MEANING_CAP = 20.0

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*[A-Za-z]|[A-Za-z]")
_FORM = re.compile(r"[a-z][a-z\-']*[a-z]")


def iter_words(text: str) -> Iterable[tuple[str, int, int]]:
    """Every word of ``text`` as ``(lower-cased word, start, end)``."""
    for match in _WORD.finditer(text):
        yield match.group().lower().replace("\u2019", "'"), match.start(), match.end()


def fold_of(article_id: str) -> int:
    """The cross-validation fold (0 or 1) of a learning-half article."""
    return (zlib.crc32(article_id.encode()) // 2) % 2


@dataclass
class FoldCounts:
    """Token counts per word in one fold: all occurrences, those inside a gold
    span, those written with a capital (names are rarely loaded words), and the
    number of articles the fold holds."""

    total: Counter[str] = field(default_factory=Counter)
    inside: Counter[str] = field(default_factory=Counter)
    capitalised: Counter[str] = field(default_factory=Counter)
    n_articles: int = 0

    def add(self, other: FoldCounts) -> FoldCounts:
        return FoldCounts(
            self.total + other.total,
            self.inside + other.inside,
            self.capitalised + other.capitalised,
            self.n_articles + other.n_articles,
        )


def count_folds(articles: Sequence[dict[str, Any]]) -> tuple[FoldCounts, FoldCounts]:
    """Word counts of the two folds of the learning articles."""
    spans = gold_spans(list(articles))
    folds = (FoldCounts(), FoldCounts())
    for article in articles:
        article_id = str(article["article_id"])
        fold = folds[fold_of(article_id)]
        fold.n_articles += 1
        gold = spans.get(article_id, [])
        text = str(article["text"])
        for word, start, end in iter_words(text):
            fold.total[word] += 1
            if text[start].isupper():
                fold.capitalised[word] += 1
            if any(s <= start and end <= e for s, e in gold):
                fold.inside[word] += 1
    return folds


def textblob_lexicon() -> Path:
    """Where the installed TextBlob keeps its English subjectivity lexicon
    (``en-sentiment.xml``, De Smedt & Daelemans, PDDL)."""
    import textblob

    return Path(textblob.__file__).resolve().parent / "en" / "en-sentiment.xml"


@dataclass(frozen=True)
class WordResources:
    """Type-level knowledge about words that does not come from PTC."""

    vader: dict[str, float]
    polarity: dict[str, float]
    subjectivity: dict[str, float]
    curated: frozenset[str]
    #: word → (slant log-odds, slant z, capitalised share, log frequency), each
    #: scaled to about [-1, 1] (``news_figures``).
    news: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)
    #: word → row of ``vectors`` (unit-length word vectors, ``word_vectors``).
    vector_rows: dict[str, int] = field(default_factory=dict)
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))


def load_word_resources() -> WordResources:
    """VADER valences, TextBlob polarity/subjectivity (mean over senses), curated words."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = {w.lower(): float(v) for w, v in SentimentIntensityAnalyzer().lexicon.items()}
    senses: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for word in ET.parse(textblob_lexicon()).getroot().iter("word"):
        form = (word.get("form") or "").lower()
        if _FORM.fullmatch(form):
            senses[form].append(
                (float(word.get("polarity", 0)), float(word.get("subjectivity", 0)))
            )
    polarity = {w: sum(p for p, _ in v) / len(v) for w, v in senses.items()}
    subjectivity = {w: sum(s for _, s in v) / len(v) for w, v in senses.items()}
    curated: set[str] = set()
    for name in CURATED:
        for entry in read_pack(DATA / "lexicons" / name).entries:
            for form in (entry.term, *entry.variants):
                if " " not in form and "-" not in form:
                    curated.add(form.lower())
    return WordResources(vader, polarity, subjectivity, frozenset(curated))


def count_news_words(path: Path) -> pl.DataFrame:
    """Word counts of the AllSides training split: ``word``, ``partisan`` and
    ``center`` (occurrences in articles of left or right outlets, and of center
    ones) and ``capitalised`` (occurrences written with a capital), by word."""
    articles = pl.scan_parquet(path).filter(pl.col("split_random") == "train")
    words = (
        articles.select(
            partisan=pl.col("bias_text") != "center",
            word=pl.concat_str(
                [pl.col("title").fill_null(""), pl.col("content_original").fill_null("")],
                separator=" ",
            )
            .str.replace_all("\u2019", "'", literal=True)
            .str.extract_all(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]"),
        )
        .explode("word")
        .drop_nulls("word")
        .select(
            "partisan",
            capital=pl.col("word").str.slice(0, 1).str.contains("[A-Z]"),
            word=pl.col("word").str.to_lowercase(),
        )
    )
    return (
        words.group_by("word")
        .agg(
            partisan=pl.col("partisan").sum(),
            center=(~pl.col("partisan")).sum(),
            capitalised=pl.col("capital").sum(),
        )
        .collect()
        .sort("word")
    )


def news_figures(counts: pl.DataFrame) -> dict[str, tuple[float, float, float, float]]:
    """The four news features of every word seen at least ``MIN_NEWS`` times
    (module docstring), from ``count_news_words``. Raises FramingError when the
    training split lacks center articles or left/right ones (no slant to take)."""
    partisan = counts["partisan"].to_numpy().astype(float)
    center = counts["center"].to_numpy().astype(float)
    if partisan.sum() == 0 or center.sum() == 0:
        raise FramingError(
            "the news corpus's training split needs articles of center outlets "
            "and of left or right ones (bias_text)"
        )
    total = partisan + center
    slant = log_odds_dirichlet(partisan, center, SLANT_PRIOR * total / max(total.sum(), 1.0))
    log_odds, z = slant.delta, slant.z
    capitalised = counts["capitalised"].to_numpy() / np.maximum(total, 1)
    return {
        word: (
            float(np.clip(lo, -2, 2)) / 2,
            float(np.clip(zz, -10, 10)) / 10,
            float(cap),
            math.log1p(n) / 10,
        )
        for word, lo, zz, cap, n in zip(
            counts["word"].to_list(), log_odds, z, capitalised, total, strict=True
        )
        if n >= MIN_NEWS
    }


FEATURES = (
    "span_rate",
    "log_frequency",
    "unseen",
    "vader_abs",
    "vader_negative",
    "textblob_abs_polarity",
    "textblob_subjectivity",
    "curated",
    "capitalised_share",
    "short",
    "outlet_slant",
    "outlet_slant_z",
    "news_capitalised_share",
    "news_log_frequency",
    *(f"suffix_{s}" for s in SUFFIXES),
    "meaning_score",
)


def word_features(
    word: str,
    n_in: int,
    n_total: int,
    n_capitalised: int,
    n_articles: int,
    res: WordResources,
    meaning: float = 0.0,
) -> list[float]:
    """The feature vector of one word (order: ``FEATURES``); ``meaning`` is its
    meaning score (``meaning_scores``).

    Frequency is per 100 articles, so rates from one fold and from the whole
    learning half are on the same scale.
    """
    valence = res.vader.get(word, 0.0)
    per_100 = n_total * 100.0 / max(n_articles, 1)
    return [
        n_in / (n_total + SMOOTHING),
        math.log1p(per_100),
        float(n_total == 0),
        abs(valence) / 4.0,
        float(valence < 0),
        abs(res.polarity.get(word, 0.0)),
        res.subjectivity.get(word, 0.0),
        float(word in res.curated),
        n_capitalised / n_total if n_total else 0.0,
        float(len(word) <= 4),
        *res.news.get(word, (0.0, 0.0, 0.0, 0.0)),
        *(float(word.endswith(s) and len(word) > len(s) + 3) for s in SUFFIXES),
        meaning,
    ]


@dataclass(frozen=True)
class Table:
    """One row per (word type, fold): features, tokens inside spans, tokens outside."""

    words: list[str]
    x: np.ndarray
    positive: np.ndarray
    negative: np.ndarray


def build_table(
    target: FoldCounts,
    rates_from: FoldCounts,
    res: WordResources,
    meaning: dict[str, float] | None = None,
) -> Table:
    """Rows for the words of ``target``, with span rates (and the meaning scores
    fitted to them, ``meaning`` when already computed) taken from ``rates_from``."""
    words = sorted(w for w in target.total if len(w) >= MIN_LENGTH)
    if meaning is None:
        meaning = meaning_scores(rates_from, res)
    x = np.array(
        [
            word_features(
                w,
                rates_from.inside[w],
                rates_from.total[w],
                rates_from.capitalised[w],
                rates_from.n_articles,
                res,
                meaning.get(w, 0.0),
            )
            for w in words
        ],
        dtype=float,
    ).reshape(len(words), len(FEATURES))
    positive = np.array([target.inside[w] for w in words], dtype=float)
    negative = np.array([target.total[w] - target.inside[w] for w in words], dtype=float)
    return Table(words, x, positive, negative)


def newton_logistic(
    x: np.ndarray,
    target: np.ndarray,
    weight: np.ndarray,
    *,
    l2: float,
    steps: int = 30,
    ridge: float = 1e-9,
    tolerance: float = 1e-8,
) -> np.ndarray:
    """Weights (bias last, not penalised) of an L2 logistic regression of
    ``target`` (a rate in [0, 1]) on ``x`` with row ``weight``, by Newton
    steps (``ridge`` keeps the Hessian invertible; stops once no weight moves
    more than ``tolerance``)."""
    x1 = np.hstack([x, np.ones((x.shape[0], 1))])
    penalty = np.full(x1.shape[1], l2)
    penalty[-1] = 0.0
    w = np.zeros(x1.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x1 @ w)))
        gradient = x1.T @ (weight * (p - target)) + penalty * w
        hessian = (x1 * (weight * p * (1 - p))[:, None]).T @ x1 + np.diag(penalty + ridge)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < tolerance:
            break
    return w


def fit_logistic(table: Table, *, l2: float = L2, steps: int = 30) -> np.ndarray:
    """Weights (bias last) of a count-weighted L2 logistic regression, by Newton steps."""
    weight = table.positive + table.negative
    target = np.divide(table.positive, weight, out=np.zeros_like(weight), where=weight > 0)
    return newton_logistic(table.x, target, weight, l2=l2, steps=steps)


def meaning_scores(counts: FoldCounts, res: WordResources) -> dict[str, float]:
    """Each word's meaning score: a logistic regression on word vectors, fitted
    to the span rates of ``counts`` (tokens per word capped at ``MEANING_CAP``),
    read as a log-odds clipped to [-8, 8] and scaled by 1/8. Empty when there
    are no vectors."""
    known = [w for w in sorted(counts.total) if w in res.vector_rows and len(w) >= MIN_LENGTH]
    if not known or res.vectors.size == 0:
        return {}
    total = np.array([counts.total[w] for w in known], dtype=float)
    inside = np.array([counts.inside[w] for w in known], dtype=float)
    scale = np.minimum(total, MEANING_CAP) / total
    table = Table(
        known,
        res.vectors[[res.vector_rows[w] for w in known]].astype(float),
        inside * scale,
        (total - inside) * scale,
    )
    weights = fit_logistic(table, l2=MEANING_L2)
    logits = res.vectors.astype(float) @ weights[:-1] + weights[-1]
    return {w: float(np.clip(logits[row], -8.0, 8.0)) / 8.0 for w, row in res.vector_rows.items()}


def predict(weights: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Probability that a word token of these features is inside a loaded span."""
    logits = x @ weights[:-1] + weights[-1]
    return 1.0 / (1.0 + np.exp(-logits))


#: Thresholds tried when choosing the cut-off by cross-validation.
THRESHOLD_GRID = tuple(round(0.05 + 0.01 * i, 2) for i in range(46))


def curated_spans(articles: Sequence[dict[str, Any]]) -> dict[str, list[tuple[int, int]]]:
    """The spans the curated packs match in each article (the model's words are
    added to these in use, so the threshold is chosen for the union)."""
    entries = [e for name in CURATED for e in read_pack(DATA / "lexicons" / name).entries]
    texts = pl.DataFrame(
        {
            "article_id": [str(a["article_id"]) for a in articles],
            "text": [str(a["text"]) for a in articles],
        },
        schema={"article_id": pl.String, "text": pl.String},
    )
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for article_id, start, end in (
        match_texts(texts, compile_matcher(entries))
        .select("article_id", "start", "end")
        .iter_rows()
    ):
        spans[article_id].append((start, end))
    return spans


def best_threshold(
    probability: dict[str, float], articles: Sequence[dict[str, Any]]
) -> tuple[float, float]:
    """The threshold whose word predictions, added to the curated packs' hits,
    score the best span F1 (partial credit, the PTC metric) on ``articles``,
    and that F1."""
    gold = gold_spans(list(articles))
    curated = curated_spans(articles)
    tokens = {
        str(a["article_id"]): [
            (probability.get(w, 0.0), s, e) for w, s, e in iter_words(str(a["text"]))
        ]
        for a in articles
    }
    best = (THRESHOLD_GRID[0], -1.0)
    for threshold in THRESHOLD_GRID:
        predicted = {
            a: [*curated.get(a, []), *((s, e) for p, s, e in words if p >= threshold)]
            for a, words in tokens.items()
        }
        f1 = score_partial_credit(predicted, {a: gold.get(a, []) for a in tokens}).f1
        if f1 > best[1]:
            best = (threshold, f1)
    return best


@dataclass(frozen=True)
class Model:
    weights: np.ndarray
    threshold: float
    cv_f1: float


def train(
    articles: Sequence[dict[str, Any]],
    res: WordResources,
    folds: tuple[FoldCounts, FoldCounts] | None = None,
) -> tuple[Model, FoldCounts]:
    """Fit on the learning articles; the threshold is the mean of the two folds' best.
    ``folds``: their ``count_folds``, when already counted."""
    folds = folds or count_folds(articles)
    by_fold = ([a for a in articles if fold_of(str(a["article_id"])) == k] for k in (0, 1))
    fold_articles = tuple(by_fold)
    # Each fold's meaning scores, fitted once to its span rates.
    meanings = [meaning_scores(folds[k], res) for k in (0, 1)]
    thresholds, scores = [], []
    for k in (0, 1):
        # Fit on fold k (rates from the other fold), choose the threshold on the other fold.
        fit_table = build_table(folds[k], folds[1 - k], res, meanings[1 - k])
        check_table = build_table(folds[1 - k], folds[k], res, meanings[k])
        weights = fit_logistic(fit_table)
        # Only the words a fold-k model could list: the rest of the checking
        # fold is unseen text to it.
        listable = set(vocabulary_of(folds[k], res))
        probability = {
            w: p
            for w, p in zip(check_table.words, predict(weights, check_table.x), strict=True)
            if w in listable
        }
        threshold, f1 = best_threshold(probability, fold_articles[1 - k])
        thresholds.append(threshold)
        scores.append(f1)
    both = (
        build_table(folds[0], folds[1], res, meanings[1]),
        build_table(folds[1], folds[0], res, meanings[0]),
    )
    stacked = Table(
        both[0].words + both[1].words,
        np.vstack([both[0].x, both[1].x]),
        np.concatenate([both[0].positive, both[1].positive]),
        np.concatenate([both[0].negative, both[1].negative]),
    )
    model = Model(fit_logistic(stacked), float(np.mean(thresholds)), float(np.mean(scores)))
    return model, folds[0].add(folds[1])


def vocabulary_of(counts: FoldCounts, res: WordResources) -> list[str]:
    """The words the list may hold: every word of the learning half, the VADER
    and TextBlob lexicons and the plain news words, at least ``MIN_LENGTH`` long."""
    return sorted(
        w
        for w in set(counts.total)
        | set(res.vader)
        | set(res.polarity)
        # Only plain news words: the matcher reads a hyphen as a space, so a
        # compound such as "special-counsel" would match the neutral phrase.
        | {w for w in res.news if w.isalpha()}
        if len(w) >= MIN_LENGTH and _FORM.fullmatch(w)
    )


def with_vectors(res: WordResources, counts: FoldCounts, encoder: Encoder) -> WordResources:
    """``res`` with the word vectors of every vocabulary word (``vocabulary_of``)."""
    words = vocabulary_of(counts, res)
    return replace(
        res, vector_rows={w: i for i, w in enumerate(words)}, vectors=encoder.vectors(words)
    )


#: How many of a word's largest contributions its note names.
NOTE_REASONS = 3


def explain_score(weights: np.ndarray, features: np.ndarray, n_in: int, n_total: int) -> str:
    """Why a word scored as it did: its ``NOTE_REASONS`` largest positive
    contributions (weight × feature value, in log-odds), e.g. ``span_rate 0.86
    (6 of 7 PTC tokens in spans) +2.91; meaning_score 0.41 +1.13; ...``."""
    contributions = weights[:-1] * features
    reasons = []
    for k in np.argsort(-contributions, kind="stable")[:NOTE_REASONS]:
        if contributions[k] <= 0:
            break
        name = FEATURES[k]
        value = f"{features[k]:.2f}".rstrip("0").rstrip(".")
        if name == "span_rate":
            value += f" ({n_in} of {n_total} PTC tokens in spans)"
        reasons.append(f"{name} {value} {contributions[k]:+.2f}")
    return "; ".join(reasons)


def score_vocabulary(
    model: Model, counts: FoldCounts, res: WordResources, *, cut: float | None = None
) -> list[tuple[str, float, int, int, str]]:
    """``(word, probability, n_in, n_total, note)`` for every vocabulary word
    scoring at least ``cut`` (default: the model's cross-validated threshold);
    the note says why (``explain_score``)."""
    floor = model.threshold if cut is None else cut
    vocabulary = vocabulary_of(counts, res)
    meaning = meaning_scores(counts, res)
    x = np.array(
        [
            word_features(
                w,
                counts.inside[w],
                counts.total[w],
                counts.capitalised[w],
                counts.n_articles,
                res,
                meaning.get(w, 0.0),
            )
            for w in vocabulary
        ],
        dtype=float,
    ).reshape(len(vocabulary), len(FEATURES))
    probabilities = predict(model.weights, x)
    rows = [
        (
            w,
            round(float(p), 4),
            counts.inside[w],
            counts.total[w],
            explain_score(model.weights, x[i], counts.inside[w], counts.total[w]),
        )
        for i, (w, p) in enumerate(zip(vocabulary, probabilities, strict=True))
        if p >= floor
    ]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def list_and_candidates(
    model: Model, counts: FoldCounts, res: WordResources, cut: float
) -> tuple[list[tuple[str, float, int, int, str]], list[tuple[str, float, int, int]]]:
    """The list's rows (scoring at least ``cut``) and the candidates' (from
    ``CANDIDATE_FLOOR`` up to the cut; without notes, as they are many and only
    the context model reads them)."""
    rows = score_vocabulary(model, counts, res, cut=cut)
    listed = {r[0] for r in rows}
    below = score_vocabulary(model, counts, res, cut=min(cut, CANDIDATE_FLOOR))
    return rows, [r[:4] for r in below if r[0] not in listed]


def learning_inputs(
    train_path: Path, news_path: Path
) -> tuple[list[dict[str, Any]], WordResources, tuple[FoldCounts, FoldCounts], Encoder]:
    """What the learners start from: PTC's learning-half articles, the word
    resources with the AllSides figures and the word vectors, the two folds'
    counts and the encoder. Raises FramingError (or a polars error) on
    unreadable input or missing weights, ``FileNotFoundError`` naming a
    missing file."""
    for path in (train_path, news_path):
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no such file")
    articles = [a for a in read_jsonl(train_path) if not is_held_out(str(a["article_id"]))]
    res = replace(load_word_resources(), news=news_figures(count_news_words(news_path)))
    folds = count_folds(articles)
    encoder = Encoder()
    return articles, with_vectors(res, folds[0].add(folds[1]), encoder), folds, encoder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train", type=Path, help="PTC train.jsonl")
    parser.add_argument(
        "--news", type=Path, required=True, help="AllSides corpus (allsides.parquet)"
    )
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument("--model-out", type=Path, default=MODEL_OUTPUT)
    parser.add_argument("--candidates-out", type=Path, default=CANDIDATES_OUTPUT)
    parser.add_argument(
        "--cut",
        type=float,
        default=None,
        help="lowest score written to the list (default: the cross-validated threshold)",
    )
    args = parser.parse_args(argv)
    try:
        articles, res, folds, _ = learning_inputs(args.train, args.news)
    except (FramingError, FileNotFoundError, pl.exceptions.PolarsError) as exc:
        print(f"error: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1
    model, counts = train(articles, res, folds)
    cut = model.threshold if args.cut is None else args.cut
    rows, candidates = list_and_candidates(model, counts, res, cut)
    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["term", "score", "n_in", "n_total", "note"])
        writer.writerows(rows)
    with open(args.candidates_out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["term", "score", "n_in", "n_total"])
        writer.writerows(candidates)
    described = {
        "features": list(FEATURES),
        "weights": [round(float(w), 5) for w in model.weights[:-1]],
        "bias": round(float(model.weights[-1]), 5),
        "threshold": round(model.threshold, 5),
        "list_cut": cut,
        "candidate_floor": CANDIDATE_FLOOR,
        "news_min_count": MIN_NEWS,
        "slant_prior": SLANT_PRIOR,
        "cv_span_f1": round(model.cv_f1, 4),
        "n_learning_articles": len(articles),
        "smoothing": SMOOTHING,
        "l2": L2,
        "meaning_l2": MEANING_L2,
        "meaning_cap": MEANING_CAP,
        "word_vectors": f"all-MiniLM-L6-v2 ({MODEL_REQUIREMENT}), framing.learn.word_vectors",
    }
    args.model_out.parent.mkdir(parents=True, exist_ok=True)
    args.model_out.write_text(json.dumps(described, indent=2) + "\n", encoding="utf-8")
    print(
        f"{len(rows)} words and {len(candidates)} candidates (cut {cut:.3f}; cross-validated threshold "
        f"{model.threshold:.3f}, span F1 "
        f"{model.cv_f1:.3f}) from {len(articles)} learning articles -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

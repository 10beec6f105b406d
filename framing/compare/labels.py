"""The actor-label table: how each group names each actor in its own (author) voice.

A label is the lower-cased surface text by which the outlet itself refers to an
actor: a loaded term aimed at the actor (``target_actor``, e.g. *Zionist regime*)
or an actor mention (*Tehran*, *the Iranian government*); pronouns and the
names of people who speak for the actor are left out.
Quoted speech is excluded: this table is about the outlet's own naming.

``share`` is the label's fraction of the group's references to that actor;
``z`` compares it with the rest of the corpus by weighted log-odds within the
actor (Monroe et al. 2008, the actor's corpus-wide label counts as the prior),
and ``differs`` flags labels whose difference holds after Benjamini–Hochberg
control over the whole table.
"""

from __future__ import annotations

import math

import numpy as np
import polars as pl

from framing.compare.groups import attach_groups
from framing.compare.ratios import FDR
from framing.compare.stats import benjamini_hochberg

#: Voices in which the outlet speaks for itself.
OWN_VOICES = ["headline", "author", "crosslink"]

ACTOR_LABELS = pl.Schema(
    {
        "group": pl.String,
        "actor": pl.String,
        "label": pl.String,
        "kind": pl.String,  # loaded term category, or the mention type
        "n": pl.Int64,
        "n_articles": pl.Int64,
        "share": pl.Float64,
        "share_rest": pl.Float64,
        "z": pl.Float64,
        "q": pl.Float64,
        "differs": pl.Boolean,
    }
)

_REFS = pl.Schema(
    {
        "article_id": pl.String,
        "actor": pl.String,
        "label": pl.String,
        "kind": pl.String,
        "start": pl.Int64,
        "end": pl.Int64,
        "from_lexicon": pl.Boolean,
    }
)


def _normalise_label(column: str) -> pl.Expr:
    return (
        pl.col(column)
        .str.replace_all(r"\s+", " ")
        .str.replace_all("’", "'", literal=True)
        .str.strip_chars()
        .str.to_lowercase()
        .alias("label")
    )


def collect_references(tables: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Every author-voice reference to an actor, from loaded terms and mentions.

    A mention overlapping a loaded term about the same actor is the same
    reference, so only the loaded term (the more specific label) is kept.
    """
    loaded = tables["loaded_terms"].filter(
        pl.col("target_actor").is_not_null() & pl.col("voice").is_in(OWN_VOICES)
    )
    terms = loaded.select(
        "article_id",
        pl.col("target_actor").alias("actor"),
        _normalise_label("text"),
        pl.col("category").fill_null("loaded").alias("kind"),
        "start",
        "end",
        pl.lit(True).alias("from_lexicon"),
    )
    mentions = tables["actor_mentions"].filter(
        pl.col("voice").is_in(OWN_VOICES)
        # A pronoun names nobody, and a person (a minister, a spokesman) is not a name for the actor.
        & ~pl.col("mention_type").fill_null("").is_in(["pronoun", "person"])
        & pl.col("actor").is_not_null()
    )
    names = mentions.select(
        "article_id",
        "actor",
        _normalise_label("text"),
        pl.col("mention_type").fill_null("mention").alias("kind"),
        "start",
        "end",
        pl.lit(False).alias("from_lexicon"),
    )
    if not terms.is_empty() and not names.is_empty():
        overlapping = (
            names.join(terms, on=["article_id", "actor"], suffix="_t")
            .filter((pl.col("start") < pl.col("end_t")) & (pl.col("start_t") < pl.col("end")))
            .select("article_id", "actor", "start", "end")
            .unique()
        )
        names = names.join(overlapping, on=["article_id", "actor", "start", "end"], how="anti")
    refs = pl.concat([terms.cast(_REFS), names.cast(_REFS)])
    return refs.filter(pl.col("label") != "")


def compute_actor_labels(tables: dict[str, pl.DataFrame], groups: pl.DataFrame) -> pl.DataFrame:
    """One ACTOR_LABELS row per group × actor × label used in the author voice."""
    refs = attach_groups(collect_references(tables), groups)
    if refs.is_empty():
        return pl.DataFrame(schema=ACTOR_LABELS)
    counts = refs.group_by("group", "actor", "label").agg(
        pl.len().alias("n"),
        pl.col("article_id").n_unique().alias("n_articles"),
        # A label's kind is the most frequent one it was found as.
        pl.col("kind").mode().sort().first().alias("kind"),
    )
    frame = (
        counts.join(
            counts.group_by("actor", "label").agg(pl.col("n").sum().alias("y_w")),
            on=["actor", "label"],
        )
        .join(
            counts.group_by("group", "actor").agg(pl.col("n").sum().alias("n_i")),
            on=["group", "actor"],
        )
        .join(counts.group_by("actor").agg(pl.col("n").sum().alias("n_actor")), on="actor")
        .with_columns(
            (pl.col("y_w") - pl.col("n")).alias("y_j"),
            (pl.col("n_actor") - pl.col("n_i")).alias("n_j"),
        )
    )
    # Log-odds within each actor, the actor's corpus-wide label counts as the prior (a_0 = N_actor).
    yi, yj, a, a0 = pl.col("n"), pl.col("y_j"), pl.col("y_w"), pl.col("n_actor")
    frame = frame.with_columns(
        (
            ((yi + a) / (pl.col("n_i") + a0 - yi - a)).log()
            - ((yj + a) / (pl.col("n_j") + a0 - yj - a)).log()
        ).alias("delta"),
        (1.0 / (yi + a) + 1.0 / (yj + a)).alias("variance"),
    ).with_columns(
        # With no rest of the corpus to compare against, there is no test.
        pl.when(pl.col("n_j") > 0)
        .then(pl.col("delta") / pl.col("variance").sqrt())
        .otherwise(None)
        .alias("z")
    )
    z = frame.get_column("z").fill_null(np.nan).to_numpy()
    q = np.full(len(z), np.nan)
    tested = ~np.isnan(z)
    if tested.any():
        p = np.array([math.erfc(abs(v) / math.sqrt(2.0)) for v in z[tested].tolist()])
        q[tested] = benjamini_hochberg(p)
    q_series = pl.Series("q", q).fill_nan(None)
    frame = frame.with_columns(q_series, (q_series <= FDR).fill_null(False).alias("differs"))
    return (
        frame.select(
            "group",
            "actor",
            "label",
            "kind",
            "n",
            "n_articles",
            (pl.col("n") / pl.col("n_i")).alias("share"),
            pl.when(pl.col("n_j") > 0)
            .then(pl.col("y_j") / pl.col("n_j"))
            .otherwise(None)
            .alias("share_rest"),
            "z",
            "q",
            "differs",
        )
        .cast(ACTOR_LABELS)
        .sort(["actor", "group", "n", "label"], descending=[False, False, True, False])
    )

"""Loaded terms: every lexicon hit in an article, with its target and its voice.

Matching is one compiled regex over the whole text column (``lexicon_match``).
Each hit then gets:
- ``target_actor``: the entry's ``refers_to``, or for labels (*regime*,
  *terrorists*, *thugs* ...) the actor named right before the term or in an
  ``of``/``in`` phrase right after it (*the Tehran regime*, *the regime in
  Damascus*), resolved by the actor gazetteer, or the actor of the label
  that possesses it (*the Chinese regime's thugs*);
- ``voice`` and ``speaker``: from the VOICES segment containing its start
  (an as-of join, so no loop over articles).

``select_lexical_bias`` keeps the hits that count as lexical bias in the
evaluative sense that bias annotations mark (the evaluation adapters use it);
the table itself keeps every hit, labels included, for framing analysis.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from framing import schemas
from framing.context_score import DECISION
from framing.errors import SchemaError
from framing.lexicon_format import NOT_LOADED
from framing.lexicon_match import match_texts
from framing.lexicons import Lexicon

#: Categories whose terms aim at someone, so the modified actor is looked up.
LABEL_CATEGORIES = (
    "delegitimizing_label",
    "legitimizing_label",
    "dehumanizing",
    "terrorism_label",
    "partisan_label",
    "conflict_label",
)

#: Categories whose loading lies in choosing one side's name for a thing (*Obamacare*,
#: *illegal alien*, *terrorist*) rather than in an evaluative word: they are framing
#: evidence, but their words are the ordinary name in much reporting, and annotators
#: of lexical bias rarely mark them. On the PTC learning half 14 % of partisan-label
#: and 13 % of terrorism-label hits fall inside a loaded span, against 42 % of all
#: hits. (Which categories: chosen with the aggregate BASIL/BABE figures too, README.)
TERM_CHOICE_CATEGORIES = ("partisan_label", "terrorism_label")

#: Categories the context model does not judge: it learns from PTC's
#: loaded-language and name-calling spans, and PTC files these devices under
#: other techniques (hedges and loaded speech verbs under Doubt, or nowhere;
#: intensifiers and euphemisms under Exaggeration/Minimisation), so their hits
#: are its negatives by the scheme, not by their use. With ``--context`` a hit of
#: one counts as lexical bias whatever its ``context_score``, as without it.
#: (Chosen by that mapping of PTC's techniques; the README gives the BASIL,
#: BABE and PTC figures before and after.)
UNJUDGED_CATEGORIES = ("hedge", "loaded_speech_verb", "intensifier", "euphemism")

# Capitalised words (with possessive) directly before the term: "the Tehran regime",
# "Iran's regime", "the Assad regime".
_NAME_BEFORE = r"((?:[A-Z][\w\-]*(?:['\u2019]s)?\s+){1,3})$"
# "the regime in Damascus", "the regime of Bashar al-Assad".
_NAME_AFTER = (
    r"^(?:['\u2019]s)?\s+(?:of|in)\s+(?:the\s+)?([A-Z][\w\-]*(?:\s+(?:al-)?[A-Z][\w\-]*){0,2})"
)
_CONTEXT = 40


def _entry_table(lexicon: Lexicon) -> pl.DataFrame:
    entries = lexicon.entries
    return pl.DataFrame(
        {
            "entry_index": list(range(len(entries))),
            "entry": [e.term for e in entries],
            "category": [e.category for e in entries],
            "stance": [e.stance for e in entries],
            "lexicon": [e.lexicon for e in entries],
            "refers_to": [e.refers_to for e in entries],
        },
        schema={
            "entry_index": pl.Int64,
            "entry": pl.String,
            "category": pl.String,
            "stance": pl.String,
            "lexicon": pl.String,
            "refers_to": pl.String,
        },
    )


def _resolve_targets(hits: pl.DataFrame, actors: Any) -> pl.Series:
    """The actor each label hit aims at, asked of the gazetteer once per distinct phrase."""
    wanted = hits.filter(
        pl.col("refers_to").is_null() & pl.col("category").is_in(LABEL_CATEGORIES)
    ).select(
        "row",
        before=pl.col("before")
        .str.extract(_NAME_BEFORE, 1)
        .str.replace_all(r"['\u2019]s\b", "")
        .str.strip_chars(),
        after=pl.col("after").str.extract(_NAME_AFTER, 1),
    )
    cache: dict[str, str | None] = {}

    def actor_for(phrase: str | None) -> str | None:
        if not phrase:
            return None
        if phrase not in cache:
            cache[phrase] = actors.actor_for(phrase)
        return cache[phrase]

    found = {
        row: actor_for(before) or actor_for(after)
        for row, before, after in wanted.iter_rows()
        if before or after
    }
    return pl.Series("context_actor", [found.get(row) for row in hits["row"]], dtype=pl.String)


def _inherit_possessors(hits: pl.DataFrame) -> pl.DataFrame:
    """A label possessed by the label right before it (*the Chinese regime's
    thugs*, *the Assad regime's militias*) aims at that label's actor, when
    it has none of its own."""
    possessive = pl.col("before").str.extract(r"(['\u2019]s\s+)$", 1).str.len_chars()
    ordered = hits.select(
        "row", "article_id", "start", "end", "category", "target_actor", gap=possessive
    ).sort("article_id", "start")
    inherited = ordered.select(
        "row",
        inherited=pl.when(
            pl.col("target_actor").is_null()
            & pl.col("category").is_in(LABEL_CATEGORIES)
            & (pl.col("start") - pl.col("end").shift(1).over("article_id") == pl.col("gap"))
            & pl.col("category").shift(1).over("article_id").is_in(LABEL_CATEGORIES)
        ).then(pl.col("target_actor").shift(1).over("article_id")),
    )
    return (
        hits.join(inherited, on="row", how="left", maintain_order="left")
        .with_columns(target_actor=pl.coalesce("target_actor", "inherited"))
        .drop("inherited")
    )


def find_loaded_terms(
    documents: pl.DataFrame, voices: pl.DataFrame, lexicon: Lexicon, actors: Any
) -> pl.DataFrame:
    """One LOADED_TERMS row per lexicon hit, sorted by article and start."""
    if documents.height == 0:
        return schemas.empty(schemas.LOADED_TERMS)
    matched = match_texts(documents.select("article_id", "text"), lexicon.matcher)
    if matched.height == 0:
        return schemas.empty(schemas.LOADED_TERMS)
    hits = (
        matched.join(_entry_table(lexicon), on="entry_index", how="left")
        .filter(pl.col("category") != NOT_LOADED)
        .join(documents.select("article_id", "outlet", full="text"), on="article_id", how="left")
        .with_columns(
            row=pl.int_range(pl.len()),
            before=pl.col("full").str.slice(
                (pl.col("start") - _CONTEXT).clip(lower_bound=0),
                pl.col("start") - (pl.col("start") - _CONTEXT).clip(lower_bound=0),
            ),
            after=pl.col("full").str.slice(pl.col("end"), _CONTEXT),
        )
        .drop("full")
    )
    hits = _inherit_possessors(
        hits.with_columns(
            target_actor=pl.coalesce(pl.col("refers_to"), _resolve_targets(hits, actors))
        )
    )
    hits = _attach_voices(hits, voices).with_columns(context_score=pl.lit(None, pl.Float64))
    return schemas.conform(hits.sort("article_id", "start"), schemas.LOADED_TERMS)


def select_lexical_bias(terms: pl.DataFrame) -> pl.DataFrame:
    """The loaded terms that are lexical bias: every hit except term-choice labels
    (``TERM_CHOICE_CATEGORIES``) and, when the context model scored the hits
    (``--context``), except those it scores below its decision point (0.5)
    unless their category is one it does not judge (``UNJUDGED_CATEGORIES``).
    Rows keep their order; raises ``SchemaError`` when ``terms`` lacks a
    ``category`` column."""
    if "category" not in terms.columns:
        raise SchemaError("select_lexical_bias needs the column 'category' in terms")
    kept = ~pl.col("category").is_in(TERM_CHOICE_CATEGORIES).fill_null(False)
    if "context_score" in terms.columns:
        unjudged = pl.col("category").is_in(UNJUDGED_CATEGORIES).fill_null(False)
        kept = kept & ((pl.col("context_score") >= DECISION).fill_null(True) | unjudged)
    return terms.filter(kept)


def _attach_voices(hits: pl.DataFrame, voices: pl.DataFrame) -> pl.DataFrame:
    """Voice and speaker of the segment containing each hit's start."""
    if voices.height == 0:
        return hits.with_columns(voice=pl.lit(None, pl.String), speaker=pl.lit(None, pl.String))
    segments = voices.select(
        "article_id",
        voice_start=pl.col("start").cast(pl.Int64),
        voice_end=pl.col("end").cast(pl.Int64),
        voice=pl.col("voice"),
        speaker=pl.col("speaker"),
    ).sort("article_id", "voice_start")
    joined = hits.sort("article_id", "start").join_asof(
        segments,
        left_on="start",
        right_on="voice_start",
        by="article_id",
        strategy="backward",
        check_sortedness=False,
    )
    inside = pl.col("start") < pl.col("voice_end")
    return joined.with_columns(
        voice=pl.when(inside).then("voice"),
        speaker=pl.when(inside).then("speaker"),
    )

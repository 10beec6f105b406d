"""What the report says, independent of its format: sections of text, charts and tables.

``build_sections`` decides the content once; ``html`` and ``markdown`` render
the same sections, so ``report.md`` is the plain twin of ``index.html``.
Strings here are plain text: the renderers escape them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import polars as pl

from framing.charts import Chart
from framing.report.format import (
    MAX_ROWS,
    Table,
    format_interval,
    format_number,
    format_share,
    table_from_frame,
)

#: Rows of the flagged-differences tables (largest |z| first).
MAX_FLAGGED = 30
#: Actors in the actor-label table.
MAX_LABEL_ACTORS = 10
#: Articles listed in the index; the full list is in tables/articles.*.
MAX_LISTED_ARTICLES = 5000


@dataclass
class Section:
    """One navigable section of the report."""

    anchor: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    tables: list[tuple[str, Table]] = field(default_factory=list)


@dataclass(frozen=True)
class ReportContext:
    """Everything the sections are built from."""

    tables: dict[str, pl.DataFrame]
    comparison: dict[str, pl.DataFrame]
    charts: dict[str, Chart]
    manifest: dict[str, Any]
    group_label: str
    article_links: dict[str, str]


def _interval_column(
    frame: pl.DataFrame, value: str, low: str, high: str, digits: int = 2
) -> list[str]:
    return [
        format_interval(v, lo, hi, digits)
        for v, lo, hi in frame.select(value, low, high).iter_rows()
    ]


def _overview(ctx: ReportContext) -> Section:
    summary = ctx.comparison["outlet_summary"]
    counts = ctx.manifest.get("counts") or {}
    articles = ctx.tables["articles"]
    section = Section("overview", "Overview")
    section.paragraphs.append(
        f"{articles.height:,} articles in {summary.height:,} groups (grouped by {ctx.group_label}); "
        f"{ctx.tables['loaded_terms'].height:,} loaded terms, {ctx.tables['sources'].height:,} cited sources, "
        f"{ctx.tables['crosslinks'].height:,} cross-links and {ctx.tables['actor_mentions'].height:,} actor mentions found."
    )
    if counts:
        section.paragraphs.append(
            "Corpus counts: "
            + "; ".join(f"{k.replace('_', ' ')}: {format_number(v)}" for k, v in counts.items())
            + "."
        )
    rows = [
        [
            str(r["outlet"]),
            format_number(r["n_articles"]),
            format_number(r["n_words"]),
            format_interval(
                r["loaded_per_1k_author"],
                r["loaded_per_1k_author_low"],
                r["loaded_per_1k_author_high"],
                1,
            ),
            format_interval(
                r["loaded_per_1k_quoted"],
                r["loaded_per_1k_quoted_low"],
                r["loaded_per_1k_quoted_high"],
                1,
            ),
            format_number(r["sources_per_article"]),
            format_number(r["distinct_sources"]),
            format_share(r["anonymous_share"]),
            format_number(r["crosslinks_per_article"]),
        ]
        for r in summary.iter_rows(named=True)
    ]
    section.tables.append(
        (
            f"Summary by {ctx.group_label}",
            Table(
                [
                    ctx.group_label,
                    "articles",
                    "words",
                    "loaded / 1k author words [95 % CI]",
                    "loaded / 1k quoted words [95 % CI]",
                    "sources / article",
                    "distinct sources",
                    "anonymous sources",
                    "cross-links / article",
                ],
                rows,
            ),
        )
    )
    return section


def _flagged(frame: pl.DataFrame, columns: dict[str, str], note: str) -> Table:
    if frame.is_empty() or "differs" not in frame.columns:
        return Table(list(columns.values()), [], note)
    flagged = (
        frame.filter(pl.col("differs"))
        .with_columns(
            pl.col("z_vs_rest" if "z_vs_rest" in frame.columns else "z").abs().alias("_abs")
        )
        .sort("_abs", descending=True)
        .head(MAX_FLAGGED)
    )
    return table_from_frame(flagged, columns, note=note)


def _loaded(ctx: ReportContext) -> Section:
    rates = ctx.comparison["loaded_rates"]
    section = Section("loaded", "Loaded language")
    section.paragraphs.append(
        "Loaded terms are words and phrases from the lexicons (listed under Method) that carry a "
        "judgement: labels, hedges, loaded speech verbs, intensifiers and the like. Each is counted "
        "in the voice it stands in: the outlet's own (headline, narration, cross-link lines) or a "
        "quoted speaker. Rates are per 1,000 words of that voice, so an outlet that quotes a "
        "heated speaker is not charged with the speaker's words."
    )
    if (ctx.manifest.get("options") or {}).get("context"):
        section.paragraphs.append(
            "The context model read every hit in its sentence (--context). Words from framing's "
            "lists learned from data count only where it accepts them (context score 0.5 or "
            "more); curated entries and the user's own lexicons count wherever they stand, and "
            "each hit's score shows on the article pages."
        )
    section.charts += [
        ctx.charts[n] for n in ("loaded_categories", "loaded_author_vs_quoted") if n in ctx.charts
    ]
    by_category = (
        rates.filter(pl.col("voice_group") == "all").with_columns(
            pl.Series(
                "rate",
                _interval_column(
                    rates.filter(pl.col("voice_group") == "all"),
                    "per_1k",
                    "per_1k_low",
                    "per_1k_high",
                    1,
                ),
                dtype=pl.String,
            )
        )
        if not rates.is_empty()
        else rates
    )
    if not rates.is_empty():
        section.tables.append(
            (
                "Loaded terms per 1,000 words by category (all voices)",
                table_from_frame(
                    by_category,
                    {
                        "group": ctx.group_label,
                        "category": "category",
                        "n_terms": "terms",
                        "n_words": "words",
                        "rate": "per 1,000 words [95 % CI]",
                    },
                    full_table="loaded_rates",
                ),
            )
        )
    section.tables.append(
        (
            "Differences from the rest of the corpus that hold after Benjamini–Hochberg control (q ≤ 0.05)",
            _flagged(
                rates,
                {
                    "group": ctx.group_label,
                    "category": "category",
                    "voice_group": "voice",
                    "per_1k": "per 1,000 words",
                    "z_vs_rest": "z vs rest",
                    "q": "q",
                },
                note="No difference in loaded-term rates survives multiple-comparison control.",
            ),
        )
    )
    return section


def _sources(ctx: ReportContext) -> Section:
    mix = ctx.comparison["source_mix"]
    section = Section("sources", "Sources")
    section.paragraphs.append(
        "Every attribution (a quote, reported speech, 'according to', a statement or report) is a "
        "cited source, typed as a person, organisation, outlet, document or anonymous source, and "
        "linked to the actor it speaks for. Shares are of all citations in the group, with 95 % "
        "bootstrap intervals from resampling articles."
    )
    section.charts += [ctx.charts[n] for n in ("source_mix", "voices_heard") if n in ctx.charts]
    if not mix.is_empty():
        shown = mix.with_columns(
            pl.Series(
                "share_ci",
                [
                    format_interval(
                        s * 100,
                        lo * 100 if lo is not None else None,
                        hi * 100 if hi is not None else None,
                        0,
                    )
                    for s, lo, hi in mix.select("share", "share_low", "share_high").iter_rows()
                ],
                dtype=pl.String,
            )
        )
        section.tables.append(
            (
                "Source mix (share of citations, %)",
                table_from_frame(
                    shown,
                    {
                        "group": ctx.group_label,
                        "dimension": "by",
                        "value": "value",
                        "n_sources": "citations",
                        "share_ci": "share % [95 % CI]",
                        "differs": "differs from rest",
                    },
                    full_table="source_mix",
                ),
            )
        )
    else:
        section.paragraphs.append("No sources were found in this corpus.")
    return section


def _actors(ctx: ReportContext) -> Section:
    labels = ctx.comparison["actor_labels"]
    sentiment = ctx.comparison["actor_sentiment_by_group"]
    section = Section("actors", "Actors: how they are named and how they are treated")
    section.paragraphs.append(
        "How each group names each actor in its own voice (quotes excluded): a label is a loaded "
        "term aimed at the actor (e.g. 'regime') or the words of an actor mention (e.g. 'Tehran'). "
        "Share is the label's fraction of the group's own references to the actor; 'differs' marks "
        "labels whose use differs from the rest of the corpus after Benjamini–Hochberg control "
        "(weighted log-odds within the actor)."
    )
    if not labels.is_empty():
        top_actors = (
            labels.group_by("actor")
            .agg(pl.col("n").sum())
            .sort(["n", "actor"], descending=[True, False])
            .head(MAX_LABEL_ACTORS)
            .get_column("actor")
            .to_list()
        )
        rows = []
        for actor in top_actors:
            per_actor = labels.filter(pl.col("actor") == actor)
            for group in sorted(set(per_actor.get_column("group").to_list())):
                top = per_actor.filter(pl.col("group") == group).sort("n", descending=True).head(4)
                rows.append(
                    [
                        actor,
                        group,
                        "; ".join(
                            f"{r['label']} ({r['n']}, {format_share(r['share'])}{', differs' if r['differs'] else ''})"
                            for r in top.iter_rows(named=True)
                        ),
                    ]
                )
        section.tables.append(
            (
                f"Actor labels in the {ctx.group_label}'s own voice",
                Table(
                    ["actor", ctx.group_label, "labels (count, share)"],
                    rows[:MAX_ROWS],
                    footnote=(
                        f"The first {MAX_ROWS:,} of {len(rows):,} rows; all labels are in tables/actor_labels.csv."
                        if len(rows) > MAX_ROWS
                        else ""
                    ),
                ),
            )
        )
    else:
        section.paragraphs.append("No actor references in the author voice were found.")
    section.charts += [ctx.charts[n] for n in ("actor_sentiment",) if n in ctx.charts]
    if not sentiment.is_empty():
        shown = sentiment.filter(pl.col("voice_group") == "all")
        shown = shown.with_columns(
            pl.Series(
                "ci",
                _interval_column(shown, "sentiment", "sentiment_low", "sentiment_high"),
                dtype=pl.String,
            )
        )
        section.tables.append(
            (
                "Sentiment toward actors (all voices; −1 negative to +1 positive)",
                table_from_frame(
                    shown,
                    {
                        "actor": "actor",
                        "group": ctx.group_label,
                        "n_articles": "articles",
                        "n_mentions": "mentions",
                        "ci": "sentiment [95 % CI]",
                        "differs": "differs from rest",
                    },
                    full_table="actor_sentiment_by_group",
                ),
            )
        )
    return section


def _distinctive(ctx: ReportContext) -> Section:
    terms = ctx.comparison["distinctive_terms"]
    section = Section("distinctive", "Distinctive terms")
    section.paragraphs.append(
        "Words each group uses more than the rest of the corpus: weighted log-odds ratio with an "
        "informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), one group against all others, "
        "divided by its standard error (z). The corpus's own word frequencies are the prior, so rare "
        "words do not dominate. English function words are left out."
    )
    section.charts += [ctx.charts[n] for n in ("distinctive_terms",) if n in ctx.charts]
    rows = []
    for group in ctx.comparison["outlet_summary"].get_column("outlet").to_list():
        top = terms.filter(pl.col("outlet") == group).sort("z", descending=True).head(12)
        if top.height:
            rows.append(
                [
                    group,
                    ", ".join(
                        f"{t} ({z:.1f}{'*' if s else ''})"
                        for t, z, s in top.select("term", "z", "significant").iter_rows()
                    ),
                ]
            )
    section.tables.append(
        (
            f"Top terms per {ctx.group_label} (z; * significant after Benjamini–Hochberg)",
            Table([ctx.group_label, "terms"], rows, "No text to compare."),
        )
    )
    return section


def _crosslinks(ctx: ReportContext) -> Section:
    rates = ctx.comparison["crosslink_rates"]
    section = Section("crosslinks", "Cross-links")
    section.paragraphs.append(
        "Promotional cross-link lines inside the article text (READ:, Related:, See also:), which "
        "steer the reader to the outlet's other stories; their headlines are the outlet's own voice."
    )
    section.charts += [ctx.charts[n] for n in ("crosslinks",) if n in ctx.charts]
    if not rates.is_empty():
        shown = rates.with_columns(
            pl.Series(
                "ci",
                _interval_column(
                    rates,
                    "crosslinks_per_article",
                    "crosslinks_per_article_low",
                    "crosslinks_per_article_high",
                ),
                dtype=pl.String,
            ),
            pl.Series(
                "with",
                [format_share(v) for v in rates.get_column("share_with_crosslinks")],
                dtype=pl.String,
            ),
        )
        section.tables.append(
            (
                "Cross-links per article",
                table_from_frame(
                    shown,
                    {
                        "group": ctx.group_label,
                        "n_articles": "articles",
                        "n_crosslinks": "cross-links",
                        "ci": "per article [95 % CI]",
                        "with": "articles with any",
                    },
                    full_table="crosslink_rates",
                ),
            )
        )
    return section


def _articles(ctx: ReportContext) -> Section:
    articles = ctx.tables["articles"]
    section = Section("articles", "Articles")
    section.paragraphs.append(
        "Each article page shows the text with loaded terms coloured by category, quotes marked by "
        "speaker, sources and cross-links marked; hover over a mark for its details."
    )
    per_article = {
        name: ctx.tables[name].group_by("article_id").len(name=name)
        for name in ("loaded_terms", "sources", "crosslinks")
    }
    frame = articles.select("article_id", "outlet", "title", "n_words")
    for name, counts in per_article.items():
        frame = frame.join(counts, on="article_id", how="left").with_columns(
            pl.col(name).fill_null(0)
        )
    frame = frame.sort("outlet", "article_id").head(MAX_LISTED_ARTICLES)
    rows = [
        [
            str(r["title"] or r["article_id"]),
            str(r["outlet"]),
            format_number(r["n_words"]),
            format_number(r["loaded_terms"]),
            format_number(r["sources"]),
            format_number(r["crosslinks"]),
        ]
        for r in frame.iter_rows(named=True)
    ]
    links = [ctx.article_links.get(a, "") for a in frame.get_column("article_id").to_list()]
    note = (
        ""
        if articles.height <= MAX_LISTED_ARTICLES
        else (
            f"The first {MAX_LISTED_ARTICLES:,} of {articles.height:,} articles; all are in tables/articles.csv."
        )
    )
    table = Table(
        ["title", "outlet", "words", "loaded terms", "sources", "cross-links"],
        rows,
        note or "No articles.",
        links=tuple(links),
    )
    section.tables.append(("Articles", table))
    if note:
        section.paragraphs.append(note)
    return section


def _method(ctx: ReportContext) -> Section:
    section = Section("method", "Method")
    section.paragraphs += [
        "Voices: every character of an article is in exactly one voice: headline, author (the "
        "outlet's narration), direct quote, indirect (reported) quote or cross-link. Quotes carry "
        "their speaker and the actor the speaker speaks for.",
        "Rates per 1,000 words divide the terms found in a voice by the words in that voice. "
        "Intervals are 95 % percentile bootstrap intervals (1,000 resamples of the group's "
        "articles, seeded, so reruns give the same numbers); a group of a single article has "
        "none, since resampling one article always gives it back.",
        "Differences from the rest of the corpus use a z-test (cluster-robust, articles as "
        "clusters, for rates and shares; weighted log-odds for terms and labels); a difference is "
        "flagged only when its Benjamini–Hochberg q-value is at most 0.05 over all the tests in "
        "its table.",
        "Actor sentiment is the target-aware score of each mention's context in [−1, 1], averaged "
        "per article and weighted by mentions across articles.",
    ]
    packs = ctx.manifest.get("lexicons") or []
    rows = [
        [
            str(p.get("name", "")),
            str(p.get("version", "")),
            str(p.get("description", "")),
            str(p.get("source", "")),
        ]
        for p in packs
        if isinstance(p, dict)
    ]
    section.tables.append(
        (
            "Lexicons",
            Table(
                ["name", "version", "description", "source"],
                rows,
                "No lexicon information in the manifest.",
            ),
        )
    )
    actor_packs = ctx.manifest.get("actors") or []
    if actor_packs:
        rows = [
            [str(p.get("name", "")), str(p.get("version", "")), str(p.get("description", ""))]
            for p in actor_packs
            if isinstance(p, dict)
        ]
        section.tables.append(("Actor gazetteers", Table(["name", "version", "description"], rows)))
    counts = ctx.manifest.get("counts") or {}
    section.tables.append(
        (
            "Corpus counts",
            Table(
                ["count", "value"],
                [[str(k).replace("_", " "), format_number(v)] for k, v in counts.items()],
                "No counts in the manifest.",
            ),
        )
    )
    return section


def build_sections(ctx: ReportContext) -> list[Section]:
    """The report's sections, in reading order."""
    return [
        _overview(ctx),
        _loaded(ctx),
        _sources(ctx),
        _actors(ctx),
        _distinctive(ctx),
        _crosslinks(ctx),
        _articles(ctx),
        _method(ctx),
    ]

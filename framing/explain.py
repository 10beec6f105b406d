"""``framing explain``: one article marked up for the terminal.

Quoted passages are wrapped in ``⟦speaker: …⟧``, loaded terms in ``[term|category]``,
cross-links in ``⟪…⟫``; then the loaded terms, the source ledger and the actor
sentiment are listed as plain tables. Colour is optional (ANSI), so the output
reads the same in a pipe.
"""

from __future__ import annotations

import polars as pl

ANSI = {
    "direct_quote": "\x1b[36m",
    "indirect_quote": "\x1b[34m",
    "crosslink": "\x1b[35m",
    "headline": "\x1b[1m",
    "term": "\x1b[1;31m",
    "reset": "\x1b[0m",
}


def paint(text: str, style: str, *, color: bool) -> str:
    return f"{ANSI[style]}{text}{ANSI['reset']}" if color and style in ANSI else text


def mark_terms(text: str, offset: int, terms: list[dict], *, color: bool) -> str:
    """``text`` (which starts at ``offset`` in the article) with its loaded terms bracketed."""
    pieces, cursor = [], 0
    for term in terms:
        start, end = term["start"] - offset, term["end"] - offset
        if start < cursor or start < 0 or end > len(text):
            continue  # overlapping or outside this segment: shown in the table below
        pieces.append(text[cursor:start])
        pieces.append(paint(f"[{text[start:end]}|{term['category']}]", "term", color=color))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def render_article(
    text: str, voices: pl.DataFrame, terms: pl.DataFrame, *, color: bool = False
) -> str:
    """The article text with voices and loaded terms marked."""
    hits = terms.sort("start").to_dicts()
    out = []
    for seg in voices.sort("start").iter_rows(named=True):
        inside = [t for t in hits if seg["start"] <= t["start"] < seg["end"]]
        body = mark_terms(text[seg["start"] : seg["end"]], seg["start"], inside, color=color)
        voice = seg["voice"]
        if voice in ("direct_quote", "indirect_quote"):
            who = seg["speaker"] or "unknown speaker"
            tag = "“" if voice == "direct_quote" else "≈"
            body = paint(f"⟦{tag}{who}: {body}⟧", voice, color=color)
        elif voice == "crosslink":
            body = paint(f"⟪{body}⟫", voice, color=color)
        elif voice == "headline":
            body = paint(body, voice, color=color)
        out.append(body)
    return "".join(out)


def format_rows(frame: pl.DataFrame, columns: list[str]) -> str:
    """A plain fixed-width table (no dependency on a terminal width)."""
    if frame.is_empty():
        return "  (none)"
    rows = [[("" if v is None else str(v)) for v in row] for row in frame.select(columns).rows()]
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(columns)]
    widths = [min(w, 40) for w in widths]
    line = "  " + "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    body = ["  " + "  ".join(v[:w].ljust(w) for v, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join([line, *body])


def render_explanation(tables: dict[str, pl.DataFrame], *, color: bool = False) -> str:
    """Every article of ``tables`` marked up, each followed by its terms, sources and sentiment."""
    parts = []
    for article in tables["articles"].iter_rows(named=True):
        aid = article["article_id"]

        def of(name: str, aid: str = aid) -> pl.DataFrame:
            return tables[name].filter(pl.col("article_id") == aid)

        parts.append(f"== {aid} · {article['outlet']} · {article['n_words']} words ==")
        parts.append(render_article(article["text"], of("voices"), of("loaded_terms"), color=color))
        parts.append("\nLoaded terms:")
        terms = of("loaded_terms").sort("start")
        columns = ["text", "category", "stance", "target_actor", "voice", "speaker"]
        if terms["context_score"].is_not_null().any():  # --context
            terms = terms.with_columns(pl.col("context_score").round(2))
            columns.append("context_score")
        parts.append(format_rows(terms, columns))
        parts.append("\nSources:")
        parts.append(
            format_rows(
                of("sources").sort("cue_start"),
                ["source", "source_type", "actor", "kind", "cue", "cue_stance", "negated"],
            )
        )
        parts.append("\nCross-links:")
        parts.append(format_rows(of("crosslinks").sort("start"), ["kind", "text"]))
        parts.append("\nActor sentiment:")
        parts.append(
            format_rows(
                of("actor_sentiment").sort("actor", "voice_group"),
                ["actor", "voice_group", "n_mentions", "sentiment", "label"],
            )
        )
        parts.append("")
    return "\n".join(parts)

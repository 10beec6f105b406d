"""``articles/<id>.html``: one article with every finding marked, details on hover (no JavaScript).

The text is rendered voice segment by voice segment (quotes underlined in their
speaker's colour, with a speaker badge); inside a segment, loaded terms
(coloured by category), source names, speech cues, actor mentions and
cross-links are nested marks whose ``title`` attribute holds the details.
Marks may overlap and cross each other, so the text is cut at every mark
boundary and each piece is wrapped in the marks that cover it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from framing.report.format import escape_html
from framing.report.paths import path_inside, safe_stem
from framing.report.style import report_css

_QUOTE_VOICES = {"direct_quote", "indirect_quote"}


@dataclass(frozen=True)
class Mark:
    """A span to highlight: CSS classes and the hover text."""

    start: int
    end: int
    classes: str
    title: str

    #: The opening tag, built once per mark (a mark may span several voice segments).
    open_tag: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        tag = f'<{self.tag} class="{self.classes}" title="{html.escape(self.title)}">'
        object.__setattr__(self, "open_tag", tag)

    @property
    def tag(self) -> str:
        return "mark" if self.classes.startswith("lt") else "span"


class _Sweep:
    """The marks overlapping each of a series of spans that move forward through the text.

    Voice segments come in text order, so one pass over the marks (sorted by
    start) serves them all, instead of testing every mark for every segment.
    """

    def __init__(self, marks: list[Mark]) -> None:
        self._marks = marks
        self._next = 0
        self._open: list[Mark] = []

    def overlapping(self, start: int, end: int) -> list[Mark]:
        while self._next < len(self._marks) and self._marks[self._next].start < end:
            self._open.append(self._marks[self._next])
            self._next += 1
        self._open = [m for m in self._open if m.end > start]
        return [m for m in self._open if m.start < end]


def _by_article(frame: pl.DataFrame, ids: set[str]) -> dict[str, list[dict[str, Any]]]:
    if frame.is_empty():
        return {}
    batch = frame.filter(pl.col("article_id").is_in(list(ids)))
    return dict(batch.rows_by_key(key="article_id", named=True, include_key=True))


def _rounded(value: float | None) -> str | None:
    """A context score (``--context``) to show, or None when there is none."""
    return None if value is None else f"{value:.2f}"


def _describe(*parts: tuple[str, object]) -> str:
    return "; ".join(f"{k}: {v}" for k, v in parts if v not in (None, ""))


def collect_marks(
    rows: dict[str, list[dict[str, Any]]], categories: dict[str, int], length: int
) -> list[Mark]:
    """Every mark of one article, clipped to the text and sorted by start (longest first)."""
    spans: list[tuple[int | None, int | None, str, str]] = []
    for r in rows.get("loaded_terms", []):
        spans.append(
            (
                r["start"],
                r["end"],
                f"lt c{categories.get(r['category'], 0)}",
                _describe(
                    ("loaded term", r["entry"] or r["text"]),
                    ("category", r["category"]),
                    ("stance", r.get("stance")),
                    ("lexicon", r.get("lexicon")),
                    ("about", r.get("target_actor")),
                    ("voice", r.get("voice")),
                    ("speaker", r.get("speaker")),
                    ("context score", _rounded(r.get("context_score"))),
                ),
            )
        )
    for r in rows.get("sources", []):
        details = _describe(
            ("source", r["source"]),
            ("type", r.get("source_type")),
            ("speaks for", r.get("actor")),
            ("role", r.get("role")),
            ("attribution", r.get("kind")),
            ("cue", r.get("cue")),
            ("cue stance", r.get("cue_stance")),
            ("negated", "yes" if r.get("negated") else None),
        )
        if r.get("source_start") is not None and r.get("source_end") is not None:
            spans.append((r["source_start"], r["source_end"], "src", details))
        if r.get("cue_start") is not None and r.get("cue_end") is not None:
            spans.append((r["cue_start"], r["cue_end"], "cue", details))
    for r in rows.get("actor_mentions", []):
        spans.append(
            (
                r["start"],
                r["end"],
                "men",
                _describe(
                    ("actor", r["actor"]),
                    ("mention", r.get("mention_type")),
                    ("voice", r.get("voice")),
                    ("speaker", r.get("speaker")),
                ),
            )
        )
    for r in rows.get("crosslinks", []):
        spans.append((r["start"], r["end"], "xl", _describe(("cross-link", r.get("kind")))))
    spans.sort(key=lambda m: (m[0] or 0, -(m[1] or 0), m[2]))
    return [
        Mark(max(start, 0), min(end, length), classes, title)
        for start, end, classes, title in spans
        if start is not None and end is not None and min(end, length) > max(start, 0)
    ]


def _render_marked(text: str, start: int, end: int, sweep: _Sweep) -> str:
    """``text[start:end]`` with every overlapping mark nested around the pieces it covers."""
    inside = sweep.overlapping(start, end)
    if not inside:
        return html.escape(text[start:end])
    cuts = sorted(
        {start, end} | {max(m.start, start) for m in inside} | {min(m.end, end) for m in inside}
    )
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in inside if m.start <= a and m.end >= b]
        # marks are sorted by start, longest first: the first covering mark is the outermost
        out.extend(m.open_tag for m in covering)
        out.append(html.escape(text[a:b]))
        out.extend(f"</{m.tag}>" for m in reversed(covering))
    return "".join(out)


def _segments(article: dict[str, Any], voices: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Voice segments covering the text; an article without voices is headline + author."""
    text_len = len(article["text"])
    if voices:
        return sorted(voices, key=lambda v: v["start"])
    body = article.get("body_start") or 0
    segs = []
    if body > 0:
        segs.append(
            {"start": 0, "end": body, "voice": "headline", "speaker": None, "speaker_actor": None}
        )
    segs.append(
        {"start": body, "end": text_len, "voice": "author", "speaker": None, "speaker_actor": None}
    )
    return segs


def render_article_body(
    article: dict[str, Any], rows: dict[str, list[dict[str, Any]]], categories: dict[str, int]
) -> str:
    """The article text as HTML: voice segments with speaker badges, marks nested inside."""
    text = article["text"] or ""
    sweep = _Sweep(collect_marks(rows, categories, len(text)))
    speakers: dict[str, int] = {}
    html_parts = []
    position = 0
    last_quoted: str | None = None  # speaker of the segment just before, if it was a quote
    for seg in _segments(article, rows.get("voices", [])):
        s, e = max(seg["start"], position), min(seg["end"], len(text))
        if s > position:  # a gap in the voices: show the text unmarked rather than lose it
            html_parts.append(_render_marked(text, position, s, sweep))
        if e <= s:
            continue
        voice = seg["voice"] or "author"
        classes = f"v v-{voice}"
        badge = ""
        title = _describe(
            ("voice", voice.replace("_", " ")),
            ("speaker", seg.get("speaker")),
            ("speaks for", seg.get("speaker_actor")),
        )
        if voice in _QUOTE_VOICES:
            speaker = seg.get("speaker") or "unknown speaker"
            k = speakers.setdefault(speaker, len(speakers)) % 8
            classes += f" s{k}"
            # One badge per run of quote segments by the same speaker (a quote split
            # at a sentence or clause boundary is still one quote to the reader).
            if speaker != last_quoted:
                badge = f'<span class="who s{k}" title="{escape_html(title)}">{escape_html(speaker)}</span>'
            last_quoted = speaker
        elif text[s:e].strip():
            last_quoted = None
        html_parts.append(
            f'{badge}<span class="{classes}" title="{escape_html(title)}">'
            f"{_render_marked(text, s, e, sweep)}</span>"
        )
        position = e
    if position < len(text):
        html_parts.append(_render_marked(text, position, len(text), sweep))
    return "".join(html_parts)


def _detail_table(title: str, headers: list[str], rows: list[list[object]]) -> str:
    if not rows:
        return f'<h3>{escape_html(title)}</h3><p class="empty">None found.</p>'
    head = "".join(f"<th>{escape_html(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(f"<td>{html.escape(str(v)) if v is not None else ''}</td>" for v in row)
        + "</tr>"
        for row in rows
    )
    return f'<h3>{escape_html(title)}</h3><div class="table-wrap"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def render_article_page(
    article: dict[str, Any], rows: dict[str, list[dict[str, Any]]], categories: dict[str, int]
) -> str:
    """A whole article page."""
    legend = "".join(
        f'<span><span class="swatch c{k}"></span>{escape_html(c)}</span>'
        for c, k in categories.items()
    )
    title = article.get("title") or article["article_id"]
    meta = " · ".join(
        escape_html(v)
        for v in (article.get("outlet"), article.get("published"), article.get("url"))
        if v
    )
    hits = sorted(rows.get("loaded_terms", []), key=lambda r: r["start"])
    scored = any(r.get("context_score") is not None for r in hits)  # --context
    term_headers = ["term", "category", "stance", "voice", "speaker", "about"]
    term_headers += ["context score"] if scored else []
    terms = [
        [
            r["text"],
            r["category"],
            r.get("stance"),
            (r.get("voice") or "").replace("_", " "),
            r.get("speaker"),
            r.get("target_actor"),
            *([_rounded(r.get("context_score"))] if scored else []),
        ]
        for r in hits
    ]
    sources = [
        [r["source"], r.get("source_type"), r.get("actor"), r.get("kind"), r.get("cue")]
        for r in rows.get("sources", [])
    ]
    links = [[r.get("kind"), r.get("text")] for r in rows.get("crosslinks", [])]
    sentiment = [
        [
            r["actor"],
            r["voice_group"],
            r["n_mentions"],
            f"{r['sentiment']:.2f}" if r["sentiment"] is not None else "",
            r["label"],
        ]
        for r in rows.get("actor_sentiment", [])
    ]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{escape_html(title)}</title>
<style>{report_css(len(categories))}</style>
</head>
<body>
<header><h1>{escape_html(title)}</h1><p>{meta}</p></header>
<nav><a href="../index.html">← report</a><a href="#text">text</a><a href="#terms">loaded terms</a><a href="#sources">sources</a><a href="#sentiment">sentiment</a></nav>
<main>
<p class="legend">{legend}
<span><span class="v-direct_quote s0">direct quote</span></span>
<span><span class="v-indirect_quote s0">reported speech</span></span>
<span><span class="src">source</span></span> <span><span class="cue">speech cue</span></span>
<span><span class="men">actor mention</span></span> <span><span class="xl">cross-link</span></span>
· hover over a mark for details</p>
<div id="text" class="article">{render_article_body(article, rows, categories)}</div>
<section id="terms">{_detail_table("Loaded terms", term_headers, terms)}</section>
<section id="sources">{_detail_table("Sources", ["source", "type", "speaks for", "attribution", "cue"], sources)}
{_detail_table("Cross-links", ["kind", "headline"], links)}</section>
<section id="sentiment">{_detail_table("Actor sentiment", ["actor", "voice", "mentions", "score", "label"], sentiment)}</section>
</main>
</body>
</html>
"""


def category_index(loaded_terms: pl.DataFrame) -> dict[str, int]:
    """A colour index per loaded-term category, most frequent first (stable across pages)."""
    if loaded_terms.is_empty():
        return {}
    counts = (
        loaded_terms.select(pl.col("category").fill_null("(none)"))
        .group_by("category")
        .len()
        .sort(["len", "category"], descending=[True, False])
    )
    return {c: k for k, c in enumerate(counts.get_column("category").to_list())}


_DETAIL_TABLES = (
    "voices",
    "loaded_terms",
    "sources",
    "crosslinks",
    "actor_mentions",
    "actor_sentiment",
)


def write_article_pages(
    tables: dict[str, pl.DataFrame], folder: Path, *, batch_size: int = 500
) -> dict[str, str]:
    """Write one page per article into ``folder``; returns article_id → relative link."""
    folder.mkdir(parents=True, exist_ok=True)
    categories = category_index(tables["loaded_terms"])
    articles = tables["articles"]
    links: dict[str, str] = {}
    used: set[str] = set()
    for offset in range(0, articles.height, batch_size):
        batch = articles.slice(offset, batch_size)
        ids = set(batch.get_column("article_id").to_list())
        details = {name: _by_article(tables[name], ids) for name in _DETAIL_TABLES}
        for article in batch.iter_rows(named=True):
            aid = article["article_id"]
            stem = safe_stem(aid)
            while stem in used:  # two ids that clean to the same name
                stem = safe_stem(stem + "~")
            used.add(stem)
            rows = {name: details[name].get(aid, []) for name in _DETAIL_TABLES}
            path = path_inside(folder, f"{stem}.html")
            path.write_text(render_article_page(article, rows, categories), encoding="utf-8")
            links[aid] = f"{folder.name}/{stem}.html"
    return links

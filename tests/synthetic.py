"""Realistic synthetic contract tables for the comparison, chart and report tests.

Articles are assembled piece by piece, so every span (voice segment, loaded
term, source, cross-link, mention) is recorded at its true offsets and
``text[start:end]`` gives it back.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field

import polars as pl

from framing import schemas


@dataclass
class _Builder:
    article_id: str
    outlet: str
    text: str = ""
    body_start: int = 0
    meta: str = "{}"
    rows: dict[str, list[dict]] = field(default_factory=dict)

    def add(self, piece: str) -> tuple[int, int]:
        start = len(self.text)
        self.text += piece
        return start, len(self.text)

    def row(self, table: str, **values: object) -> None:
        self.rows.setdefault(table, []).append(values)


# (label, category, actor) an outlet may use in its own voice
OUTLET_STYLE = {
    "Wire": [("the Iranian government", "neutral", "iran"), ("Israel", "name", "israel")],
    "Hawk": [
        ("the Tehran regime", "delegitimizing", "iran"),
        ("the Jewish state", "name", "israel"),
    ],
    "Dove": [("the Zionist regime", "delegitimizing", "israel"), ("Iran", "name", "iran")],
}


def build_tables(
    outlets: dict[str, int] | None = None, *, seed: int = 0, article_ids: list[str] | None = None
) -> dict[str, pl.DataFrame]:
    """Contract tables for ``outlets`` (name → number of articles)."""
    outlets = outlets or {"Wire": 6, "Hawk": 5, "Dove": 4}
    rng = random.Random(seed)
    builders: list[_Builder] = []
    k = 0
    for outlet, n in outlets.items():
        for i in range(n):
            aid = (
                article_ids[k]
                if article_ids and k < len(article_ids)
                else f"{re.sub(r'[^A-Za-z0-9]', '', outlet)[:12]}{i:03d}"
            )
            k += 1
            b = _Builder(aid, outlet)
            style = OUTLET_STYLE.get(outlet, OUTLET_STYLE["Wire"])
            b.add(f"Talks <b>stall</b> as {outlet} reports & tensions rise\n\n")
            b.body_start = len(b.text)
            b.row(
                "voices",
                start=0,
                end=b.body_start,
                voice="headline",
                speaker=None,
                speaker_actor=None,
            )
            a0, _ = b.add("Officials met on Monday. ")
            label, category, actor = style[i % len(style)]
            s, e = b.add(label)
            b.row(
                "mentions",
                actor=actor,
                text=label,
                start=s,
                end=e,
                mention_type="nominal",
                voice="author",
            )
            if category == "delegitimizing":
                b.row(
                    "terms",
                    start=s,
                    end=e,
                    text=label,
                    entry=label.lower(),
                    category=category,
                    stance="pejorative",
                    target_actor=actor,
                    voice="author",
                    speaker=None,
                )
            b.add(" faces what critics call ")
            s, e = b.add("perceived threats")
            b.row(
                "terms",
                start=s,
                end=e,
                text="perceived threats",
                entry="perceived",
                category="hedge",
                stance="doubt",
                target_actor=None,
                voice="author",
                speaker=None,
            )
            a1, _ = b.add(". ")
            b.row("voices", start=a0, end=a1, voice="author", speaker=None, speaker_actor=None)
            # a direct quote with its source
            ss, se = b.add("Nasser Kanaani")
            cs, ce = b.add(" said")
            b.add(", ")
            q0, _ = b.add("\u201c")
            if rng.random() < 0.6:
                s, e = b.add("so-called")
                b.row(
                    "terms",
                    start=s,
                    end=e,
                    text="so-called",
                    entry="so-called",
                    category="hedge",
                    stance="doubt",
                    target_actor=None,
                    voice="direct_quote",
                    speaker="Nasser Kanaani",
                )
                b.add(" ")
            b.add("security is a pretext.")
            _, q1 = b.add("\u201d")
            b.row("voices", start=a1, end=q0, voice="author", speaker=None, speaker_actor=None)
            b.row(
                "voices",
                start=q0,
                end=q1,
                voice="direct_quote",
                speaker="Nasser Kanaani",
                speaker_actor="iran",
            )
            b.row(
                "sources",
                source="Nasser Kanaani",
                source_id="person:nasser kanaani",
                source_type="person",
                actor="iran",
                role="spokesman",
                kind="direct",
                cue="said",
                cue_stance="neutral",
                negated=False,
                cue_start=cs,
                cue_end=ce,
                content_start=q0,
                content_end=q1,
                source_start=ss,
                source_end=se,
                venue=None,
            )
            tail0, _ = b.add(" ")
            if outlet == "Hawk" or rng.random() < 0.3:
                b.add("Sources said nothing. ")
                b.row(
                    "sources",
                    source="officials",
                    source_id="anonymous:officials",
                    source_type="anonymous",
                    actor=None,
                    role=None,
                    kind="indirect",
                    cue="said",
                    cue_stance="neutral",
                    negated=False,
                    cue_start=None,
                    cue_end=None,
                    content_start=None,
                    content_end=None,
                    source_start=None,
                    source_end=None,
                    venue=None,
                )
            _, tail1 = b.add("The end.\n")
            b.row(
                "voices", start=tail0, end=tail1, voice="author", speaker=None, speaker_actor=None
            )
            if outlet == "Dove" or i % 3 == 0:
                r0, r1 = b.add("READ: Azerbaijan <script>alert(1)</script> denies reports")
                b.row(
                    "voices", start=r0, end=r1, voice="crosslink", speaker=None, speaker_actor=None
                )
                b.row(
                    "crosslinks",
                    kind="read",
                    text="Azerbaijan <script>alert(1)</script> denies reports",
                    start=r0,
                    end=r1,
                )
            for actor_id, base in (("iran", -0.4), ("israel", 0.2)):
                for vg in ("all", "author", "quoted"):
                    score = max(
                        -1.0,
                        min(1.0, base + (0.3 if outlet == "Hawk" else 0.0) + rng.gauss(0, 0.2)),
                    )
                    label3 = (
                        "negative" if score < -0.05 else "positive" if score > 0.05 else "neutral"
                    )
                    b.row(
                        "sentiment",
                        actor=actor_id,
                        voice_group=vg,
                        n_mentions=rng.randint(1, 4),
                        sentiment=score,
                        label=label3,
                        vader=score,
                        textblob=score / 2,
                    )
            b.meta = json.dumps({"lean": {"Wire": "center", "Hawk": "right"}.get(outlet, "left")})
            builders.append(b)
    return _frames(builders)


def _frames(builders: list[_Builder]) -> dict[str, pl.DataFrame]:
    def rows_of(table: str, extra: bool = True) -> list[dict]:
        out = []
        for b in builders:
            for r in b.rows.get(table, []):
                out.append({"article_id": b.article_id, "outlet": b.outlet, **r} if extra else r)
        return out

    articles = pl.DataFrame(
        [
            {
                "article_id": b.article_id,
                "outlet": b.outlet,
                "title": b.text[: b.text.index("\n\n")],
                "published": None,
                "url": f"https://example.org/{b.article_id}",
                "source_path": "synthetic",
                "n_words": len(b.text[b.body_start :].split()),
                "n_sentences": 4,
                "text": b.text,
                "body_start": b.body_start,
                "meta": b.meta,
            }
            for b in builders
        ],
        schema=schemas.ARTICLES,
    )

    def frame(table: str, schema: pl.Schema) -> pl.DataFrame:
        rows = rows_of(table)
        if not rows:
            return schemas.empty(schema)
        return schemas.conform(
            pl.DataFrame([{k: r.get(k) for k in schema} for r in rows], schema=schema), schema
        )

    voices = frame("voices", schemas.VOICES).sort("article_id", "start")
    return {
        "articles": articles,
        "voices": voices,
        "loaded_terms": frame("terms", schemas.LOADED_TERMS),
        "sources": frame("sources", schemas.SOURCES),
        "crosslinks": frame("crosslinks", schemas.CROSSLINKS),
        "actor_mentions": frame("mentions", schemas.ACTOR_MENTIONS),
        "actor_sentiment": frame("sentiment", schemas.ACTOR_SENTIMENT),
        "quarantine": schemas.empty(schemas.QUARANTINE),
    }


def empty_tables() -> dict[str, pl.DataFrame]:
    """Every contract table, empty."""
    return {name: schemas.empty(schema) for name, schema in schemas.TABLES.items()}

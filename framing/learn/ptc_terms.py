"""Learn a scored loaded-language word list from the PTC learning half.

For every lower-cased word and two-word phrase, count how often it occurs in
the learning articles (``framing.eval.ptc.is_held_out`` false) and how often
inside a Loaded_Language or Name_Calling,Labeling span. The score is the
smoothed share inside spans, ``n_in / (n_total + SMOOTHING)``; phrases seen in
spans at least ``MIN_IN`` times and scoring at least ``MIN_SCORE`` are written
to ``framing/data/lexicons/learned_ptc.csv`` (its meta is in
``learned_ptc.meta.toml``). The held-out half is never read, so PTC figures on
it, and all BASIL and BABE figures, are on unseen data. The constants below
were chosen by two-fold cross-validation inside the learning half (the best
setting that still asks for two articles).

Rebuild (deterministic): ``python -m framing.learn.ptc_terms ../shared/eval/ptc/train.jsonl``
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from framing.eval.documents import read_jsonl
from framing.eval.ptc import gold_spans, is_held_out

SMOOTHING = 1.0
MIN_IN = 2
MIN_SCORE = 0.35
MAX_WORDS = 1
FUNCTION_WORDS = 150
OUTPUT = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "learned_ptc.csv"

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]")


def iter_phrases(text: str, *, max_words: int = MAX_WORDS) -> Iterable[tuple[str, int, int]]:
    """Every run of 1..max_words adjacent words as ``(lower-cased phrase, start, end)``."""
    words = [
        (m.group().lower().replace("’", "'"), m.start(), m.end()) for m in _WORD.finditer(text)
    ]
    for i in range(len(words)):
        for n in range(1, max_words + 1):
            if i + n <= len(words):
                chunk = words[i : i + n]
                gap = text[chunk[0][2] : chunk[-1][1]] if n > 1 else ""
                if n > 1 and not re.fullmatch(r"[ \-]*(?:\S[ \-]*)?", gap.replace(" ", " ")):
                    continue
                yield " ".join(w for w, _, _ in chunk), chunk[0][1], chunk[-1][2]


@dataclass
class Counts:
    """Occurrences of each phrase: overall, inside a gold span, and the number
    of articles where it is inside a span (one article repeating a phrase must
    not make it a loaded term)."""

    total: Counter[str] = field(default_factory=Counter)
    inside: Counter[str] = field(default_factory=Counter)
    articles_inside: Counter[str] = field(default_factory=Counter)


def count_phrases(articles: list[dict[str, Any]]) -> Counts:
    """Occurrences of each phrase, overall and inside a gold span."""
    spans = gold_spans(articles)
    counts = Counts()
    for article in articles:
        gold = spans.get(str(article["article_id"]), [])
        seen: set[str] = set()
        for phrase, start, end in iter_phrases(str(article["text"])):
            counts.total[phrase] += 1
            if any(s <= start and end <= e for s, e in gold):
                counts.inside[phrase] += 1
                seen.add(phrase)
        counts.articles_inside.update(seen)
    return counts


def score_phrases(
    counts: Counts, *, min_in: int = MIN_IN, min_score: float = MIN_SCORE
) -> list[tuple[str, float, int, int]]:
    """``(phrase, score, n_in, n_total)`` rows kept, best first.

    A phrase is kept when it scores at least ``min_score`` and stands inside
    spans of at least ``min_in`` different articles. A two-word phrase is kept
    only when neither word is itself kept and neither edge word is a function
    word (one of the most frequent words of the corpus), since the single word
    already covers it.
    """
    function_words = {w for w, _ in counts.total.most_common(FUNCTION_WORDS) if " " not in w}
    scores = {p: n / (counts.total[p] + SMOOTHING) for p, n in counts.inside.items()}
    kept = {
        p
        for p, score in scores.items()
        if score >= min_score and counts.articles_inside[p] >= min_in
    }
    rows = []
    for phrase in kept:
        words = phrase.split(" ")
        if len(words) > 1 and (
            words[0] in function_words
            or words[-1] in function_words
            or any(w in kept for w in words)
        ):
            continue
        rows.append((phrase, round(scores[phrase], 4), counts.inside[phrase], counts.total[phrase]))
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train", type=Path, help="PTC train.jsonl")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    articles = [a for a in read_jsonl(args.train) if not is_held_out(str(a["article_id"]))]
    rows = score_phrases(count_phrases(articles))
    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["term", "score", "n_in", "n_total"])
        writer.writerows(rows)
    print(f"{len(rows)} terms from {len(articles)} learning articles -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

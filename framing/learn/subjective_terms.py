"""Derive a scored list of strongly subjective, strongly polar adjectives.

Source: the subjectivity lexicon bundled with TextBlob (``textblob/en/en-sentiment.xml``,
De Smedt & Daelemans, PDDL), which gives each adjective sense a polarity in
[-1, 1] and a subjectivity in [0, 1]. Senses are averaged per word form; a word
is kept when its mean subjectivity is at least ``MIN_SUBJECTIVITY`` and its
mean absolute polarity at least ``MIN_POLARITY``: evaluative adjectives such as
*disgraceful* or *magnificent*, not descriptive ones such as *fragile*. The
two thresholds were chosen on the PTC learning half (``framing.eval.ptc``),
never on BASIL, BABE or the PTC held-out half. Words whose usual sense in news
is descriptive (*base*, *crude*, *elect*) are listed in the sidecar's
``[build] not_evaluative`` and left out.

Rebuild (deterministic): ``python -m framing.learn.subjective_terms``
"""

from __future__ import annotations

import argparse
import csv
import re
import tomllib
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

MIN_SUBJECTIVITY = 0.7
MIN_POLARITY = 0.7
OUTPUT = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "subjective_textblob.csv"
_FORM = re.compile(r"[a-z][a-z\-']*[a-z]")


def textblob_lexicon() -> Path:
    """Where the installed TextBlob keeps its English subjectivity lexicon."""
    import textblob

    return Path(textblob.__file__).resolve().parent / "en" / "en-sentiment.xml"


def select_words(
    path: Path, *, min_subjectivity: float = MIN_SUBJECTIVITY, min_polarity: float = MIN_POLARITY
) -> list[tuple[str, float, float, float]]:
    """``(word, score, polarity, subjectivity)`` rows kept, best first; score = subjectivity × |polarity|."""
    senses: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for word in ET.parse(path).getroot().iter("word"):
        form = (word.get("form") or "").lower()
        if _FORM.fullmatch(form):
            senses[form].append(
                (float(word.get("polarity", 0)), float(word.get("subjectivity", 0)))
            )
    rows = []
    for form, values in senses.items():
        polarity = sum(p for p, _ in values) / len(values)
        subjectivity = sum(s for _, s in values) / len(values)
        if subjectivity >= min_subjectivity and abs(polarity) >= min_polarity:
            rows.append(
                (
                    form,
                    round(subjectivity * abs(polarity), 4),
                    round(polarity, 3),
                    round(subjectivity, 3),
                )
            )
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def not_evaluative_words(sidecar: Path) -> set[str]:
    """Words the sidecar's ``[build] not_evaluative`` list leaves out (descriptive in news)."""
    with open(sidecar, "rb") as handle:
        return set(tomllib.load(handle).get("build", {}).get("not_evaluative", []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    skip = not_evaluative_words(OUTPUT.with_name(OUTPUT.stem + ".meta.toml"))
    rows = [r for r in select_words(textblob_lexicon()) if r[0] not in skip]
    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["term", "score", "polarity", "subjectivity"])
        writer.writerows(rows)
    print(f"{len(rows)} adjectives -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

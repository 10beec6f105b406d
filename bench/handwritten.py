"""The hand-written alternative the benchmark measures framing against.

What a careful analyst would write in an afternoon with TextBlob and ``re``,
using the same word lists framing uses (the lexicon's terms and variants and
the gazetteer's actor names), for three of framing's outputs:

- document sentiment: TextBlob polarity of the whole body;
- per-actor sentence sentiment: sentences split with a regular expression, each
  sentence naming an actor scored with TextBlob, averaged per actor;
- loaded-term counts: the text's words, lower-cased, looked up as n-grams in a
  set of the lexicon's forms (longest first).

It is deliberately reasonable, not a strawman: every pattern is compiled once,
only sentences that name an actor are scored, the thousands of lexicon forms
are found by set look-up (one regex alternation of them all is ~50x slower in
Python's ``re``), and no voice, speaker or source analysis is attempted
(framing does all of that on top).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from textblob import TextBlob

from framing.resources import Resources

# A word, keeping inner apostrophes ("Israel's"); hyphens and dashes separate words,
# so "so-called" and "so called" are the same two-word form.
WORD = re.compile(r"\w+(?:['’]\w+)*")

# A sentence ends at . ! or ? (optionally followed by a closing quote) before
# whitespace and a capital, quote or digit; good enough for news prose.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"'“‘A-Z0-9])")


@dataclass(frozen=True)
class ArticleResult:
    """What the hand-written loop finds in one article."""

    article_id: str
    sentiment: float
    actor_sentiment: dict[str, float]
    loaded_counts: dict[str, int]


def compile_alternation(forms: Iterable[str], *, ignore_case: bool) -> re.Pattern[str]:
    """One regex matching any of ``forms`` as whole words, longest first."""
    ordered = sorted({form for form in forms if form.strip()}, key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!x)x")
    body = "|".join(re.escape(form) for form in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE if ignore_case else 0)


def normalize_words(text: str) -> list[str]:
    """The words of ``text``, lower-cased, curly apostrophes made straight."""
    return [word.lower().replace("’", "'") for word in WORD.findall(text)]


def count_forms(words: list[str], forms: set[str], longest: int) -> Counter[str]:
    """Non-overlapping occurrences of multi-word ``forms`` in ``words``, longest first."""
    counts: Counter[str] = Counter()
    position = 0
    while position < len(words):
        for size in range(min(longest, len(words) - position), 0, -1):
            candidate = " ".join(words[position : position + size])
            if candidate in forms:
                counts[candidate] += 1
                position += size
                break
        else:
            position += 1
    return counts


class HandwrittenAnalyzer:
    """TextBlob + ``re`` over plain strings, one article at a time."""

    def __init__(self, loaded_forms: Iterable[str], actor_names: Mapping[str, str]) -> None:
        self.loaded_forms = {" ".join(normalize_words(form)) for form in loaded_forms} - {""}
        self.longest_form = max((len(f.split()) for f in self.loaded_forms), default=0)
        self.actor_of = dict(actor_names)
        self.actors = compile_alternation(self.actor_of, ignore_case=False)

    def analyze_article(self, article_id: str, text: str) -> ArticleResult:
        """Document sentiment, mean sentence sentiment per actor, loaded-term counts."""
        sentiment = TextBlob(text).sentiment.polarity
        scores: dict[str, list[float]] = defaultdict(list)
        for sentence in SENTENCE_BREAK.split(text):
            named = {self.actor_of[m.group()] for m in self.actors.finditer(sentence)}
            if named:
                polarity = TextBlob(sentence).sentiment.polarity
                for actor in named:
                    scores[actor].append(polarity)
        counts = count_forms(normalize_words(text), self.loaded_forms, self.longest_form)
        return ArticleResult(
            article_id,
            sentiment,
            {actor: sum(values) / len(values) for actor, values in scores.items()},
            dict(counts),
        )

    def analyze_corpus(self, articles: Iterable[tuple[str, str]]) -> list[ArticleResult]:
        """Every ``(article_id, text)`` in turn."""
        return [self.analyze_article(article_id, text) for article_id, text in articles]


def build_from_resources(resources: Resources) -> HandwrittenAnalyzer:
    """The hand-written loop with framing's own word lists (lexicon terms, actor names).

    Terms and their listed variants are taken as written in the lexicon files, as
    an analyst reading those files would; framing's generated inflections are not.
    """
    forms = [form for entry in resources.lexicon.entries for form in (entry.term, *entry.variants)]
    names = {form: surface.actor for form, surface in resources.actors.surfaces.items()}
    return HandwrittenAnalyzer(forms, names)

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
and actor names are found by set look-up of word n-grams, tried only at words
that can begin one (one regex alternation of them all is many times slower in
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
# The pieces actor names are compared by: runs of word characters, case kept.
NAME_PIECE = re.compile(r"\w+")

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


def normalize_words(text: str) -> list[str]:
    """The words of ``text``, lower-cased, curly apostrophes made straight."""
    return [word.lower().replace("’", "'") for word in WORD.findall(text)]


def count_forms(words: list[str], forms: set[str], longest: int) -> Counter[str]:
    """Non-overlapping occurrences of multi-word ``forms`` in ``words``, longest first."""
    return Counter(form for _, form in find_forms(words, forms, longest))


def find_forms(words: list[str], forms: set[str], longest: int) -> list[tuple[int, str]]:
    """``(position, form)`` of each non-overlapping form in ``words``, longest first.

    Only words that begin some form are tried, so most positions cost one set look-up.
    """
    starts = {form.split(" ", 1)[0] for form in forms}
    found: list[tuple[int, str]] = []
    position = 0
    while position < len(words):
        if words[position] in starts:
            for size in range(min(longest, len(words) - position), 0, -1):
                candidate = " ".join(words[position : position + size])
                if candidate in forms:
                    found.append((position, candidate))
                    position += size
                    break
            else:
                position += 1
        else:
            position += 1
    return found


class HandwrittenAnalyzer:
    """TextBlob + ``re`` over plain strings, one article at a time."""

    def __init__(self, loaded_forms: Iterable[str], actor_names: Mapping[str, str]) -> None:
        self.loaded_forms = {" ".join(normalize_words(form)) for form in loaded_forms} - {""}
        self.longest_form = max((len(f.split()) for f in self.loaded_forms), default=0)
        # Actor names as case-sensitive word n-grams ("Israel's" → "Israel", "s").
        self.actor_of = {
            " ".join(NAME_PIECE.findall(name)): actor for name, actor in actor_names.items()
        }
        self.actor_of.pop("", None)
        self.longest_name = max((len(n.split()) for n in self.actor_of), default=0)
        self.actor_names = set(self.actor_of)

    def analyze_article(self, article_id: str, text: str) -> ArticleResult:
        """Document sentiment, mean sentence sentiment per actor, loaded-term counts."""
        sentiment = TextBlob(text).sentiment.polarity
        scores: dict[str, list[float]] = defaultdict(list)
        for sentence in SENTENCE_BREAK.split(text):
            pieces = NAME_PIECE.findall(sentence)
            named = {
                self.actor_of[name]
                for _, name in find_forms(pieces, self.actor_names, self.longest_name)
            }
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

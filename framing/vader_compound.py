"""VADER's compound score of a sentence, computed from its published rules in one pass.

``vaderSentiment`` scores a sentence word by word in pure Python and repeats
work for every word (lower-casing its neighbours, rebuilding lists); at 10^7
articles that dominates the sentiment stage. This module computes the same
number (Hutto & Gilbert 2014, the rules as the library applies them) but only
looks at the words that can carry a valence:

- the sentence is cut at whitespace and each piece is stripped of edge
  punctuation unless that leaves two characters or fewer (then it stays as
  written); the cut forms are cached per distinct piece;
- only a word of the VADER lexicon gets a valence; booster words and *kind*
  before *of* get 0;
- the valence is flipped by *no* up to three words before, raised by ALL CAPS
  when only some words are capitalised, pushed by boosters / dampeners and
  flipped by negators among the three words before (unless those are lexicon
  words), set by the special idioms, flipped after *least*;
- a *but* halves the valences before it and raises by half those after it
  (applied, as the library does, to the first word holding an equal valence);
- the sum gets the emphasis of ``!`` and ``??`` and is normalised to (-1, 1)
  with alpha 15, rounded to 4 places.

The word lists and constants are read from the installed library, so both use
the same data. A sentence holding an emoji (which VADER spells out in words
first) goes to the library itself. ``tests/test_vader_compound.py`` checks
equality with the library on thousands of real news sentences.
"""

from __future__ import annotations

import math
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import itemgetter

#: (word as VADER keeps it, lower case, in the lexicon, may change a neighbour's valence)
Form = tuple[str, str, bool, bool]
WORD, LOW, KNOWN, CONTEXT = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)
#: Distinct pieces kept before the cache starts over (a few MB; news vocabulary repeats,
#: and a small bound keeps peak memory flat as the corpus grows).
CACHE_LIMIT = 30_000


class Forms(dict[str, Form]):
    """Whitespace piece → its VADER word form, cut once per distinct piece.

    Two generations: when full, the cache becomes the previous generation and
    starts over; a piece found there moves back in, so frequent pieces are not
    cut again after each turnover, and memory stays bounded.
    """

    def __init__(self, lexicon: dict[str, float], context: frozenset[str]) -> None:
        super().__init__()
        self.lexicon = lexicon
        self.context = context
        self.previous: dict[str, Form] = {}

    def __missing__(self, piece: str) -> Form:
        form = self.previous.get(piece)
        if form is None:
            form = cut_form(piece, self.lexicon, self.context)
        if len(self) >= CACHE_LIMIT:
            self.previous = dict(self)
            self.clear()
        self[piece] = form
        return form


def cut_form(piece: str, lexicon: dict[str, float], context: frozenset[str]) -> Form:
    """The VADER word form of one whitespace piece."""
    stripped = piece.strip(string.punctuation)
    # VADER keeps short leftovers whole: they are likely emoticons (":)").
    word = piece if len(stripped) <= 2 else stripped
    low = word.lower()
    return (word, low, low in lexicon, low in context or "n't" in low)


@dataclass
class VaderRules:
    """The library's lexicon and rule constants, and the piece cache."""

    lexicon: dict[str, float]
    emoji_chars: frozenset[str]
    boosters: dict[str, float]
    negate: frozenset[str]
    special: dict[str, float]
    b_incr: float
    c_incr: float
    n_scalar: float
    library: Callable[[str], dict[str, float]]
    forms: Forms = field(init=False)
    context: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        # Words that let a rule change a lexicon word up to three places away:
        # boosters, negators, "no", "so" / "this" (raise), "least", and one word
        # of each idiom (an idiom can only match when all its words are near);
        # and "but", so a sentence with none of these skips the rules altogether.
        idioms = [*self.special, *(k for k in self.boosters if " " in k)]
        self.context = frozenset(
            [
                *(k for k in self.boosters if " " not in k),
                *self.negate,
                "no",
                "so",
                "this",
                "least",
                "but",
                *(max(phrase.split(), key=len) for phrase in idioms),
            ]
        )
        self.forms = Forms(self.lexicon, self.context)


@lru_cache(maxsize=1)
def load_vader_rules() -> VaderRules:
    """Read the lexicon and constants from ``vaderSentiment`` (bundled, no download)."""
    from vaderSentiment import vaderSentiment as vs

    analyzer = vs.SentimentIntensityAnalyzer()
    return VaderRules(
        lexicon=dict(analyzer.lexicon),
        # The library replaces emojis one character at a time.
        emoji_chars=frozenset(k for k in analyzer.emojis if len(k) == 1),
        boosters=dict(vs.BOOSTER_DICT),
        negate=frozenset(vs.NEGATE),
        special=dict(vs.SPECIAL_CASES),
        b_incr=float(vs.B_INCR),
        c_incr=float(vs.C_INCR),
        n_scalar=float(vs.N_SCALAR),
        library=analyzer.polarity_scores,
    )


def is_negator(word: str, rules: VaderRules) -> bool:
    """A negation word, or any word holding *n't*."""
    return word in rules.negate or "n't" in word


class SentenceForms:
    """The word forms of one sentence and the lazily computed capitals flag."""

    __slots__ = ("words", "lows", "n", "_cap_diff")

    def __init__(self, words: list[str], lows: list[str]) -> None:
        self.words = words
        self.lows = lows
        self.n = len(words)
        self._cap_diff: bool | None = None

    @property
    def cap_diff(self) -> bool:
        """True when some but not all words are in capitals."""
        if self._cap_diff is None:
            upper = sum(map(str.isupper, self.words))
            self._cap_diff = 0 < self.n - upper < self.n
        return self._cap_diff


def modifier_push(
    word: str, low: str, valence: float, sent: SentenceForms, rules: VaderRules
) -> float:
    """What a booster / dampener before a lexicon word adds to its valence."""
    scalar = rules.boosters.get(low)
    if scalar is None:
        return 0.0
    if valence < 0:
        scalar = -scalar
    if word.isupper() and sent.cap_diff:
        scalar = scalar + rules.c_incr if valence > 0 else scalar - rules.c_incr
    return scalar


def apply_negation(valence: float, lows: list[str], step: int, i: int, rules: VaderRules) -> float:
    """Flip (or raise, for *never so*) the valence by the word ``step + 1`` places before."""
    if step == 0:
        return valence * rules.n_scalar if is_negator(lows[i - 1], rules) else valence
    if step == 1:
        if lows[i - 2] == "never" and lows[i - 1] in ("so", "this"):
            return valence * 1.25
        if lows[i - 2] == "without" and lows[i - 1] == "doubt":
            return valence
        return valence * rules.n_scalar if is_negator(lows[i - 2], rules) else valence
    if (lows[i - 3] == "never" and lows[i - 2] in ("so", "this")) or lows[i - 1] in ("so", "this"):
        return valence * 1.25
    if lows[i - 3] == "without" and (lows[i - 2] == "doubt" or lows[i - 1] == "doubt"):
        return valence
    return valence * rules.n_scalar if is_negator(lows[i - 3], rules) else valence


def apply_idioms(valence: float, lows: list[str], i: int, rules: VaderRules) -> float:
    """Special idioms around the word (*the bomb*, *kiss of death*) and two-word dampeners."""
    w3, w2, w1, w0 = lows[i - 3], lows[i - 2], lows[i - 1], lows[i]
    special = rules.special
    for phrase in (f"{w1} {w0}", f"{w2} {w1} {w0}", f"{w2} {w1}", f"{w3} {w2} {w1}", f"{w3} {w2}"):
        if phrase in special:
            valence = special[phrase]
            break
    n = len(lows)
    if n - 1 > i:
        phrase = f"{w0} {lows[i + 1]}"
        if phrase in special:
            valence = special[phrase]
    if n - 1 > i + 1:
        phrase = f"{w0} {lows[i + 1]} {lows[i + 2]}"
        if phrase in special:
            valence = special[phrase]
    for phrase in (f"{w3} {w2} {w1}", f"{w3} {w2}", f"{w2} {w1}"):
        if phrase in rules.boosters:
            valence = valence + rules.boosters[phrase]
    return valence


def word_valence(i: int, sent: SentenceForms, rules: VaderRules) -> float:
    """The valence of lexicon word ``i`` after every context rule."""
    lows, lexicon = sent.lows, rules.lexicon
    low = lows[i]
    valence = lexicon[low]
    if low == "no" and i != sent.n - 1 and lows[i + 1] in lexicon:
        valence = 0.0  # "no" negates the next lexicon word instead of scoring itself
    if (
        (i > 0 and lows[i - 1] == "no")
        or (i > 1 and lows[i - 2] == "no")
        or (i > 2 and lows[i - 3] == "no" and lows[i - 1] in ("or", "nor"))
    ):
        valence = lexicon[low] * rules.n_scalar
    if sent.words[i].isupper() and sent.cap_diff:
        valence = valence + rules.c_incr if valence > 0 else valence - rules.c_incr
    for step in range(3):
        if i > step and lows[i - step - 1] not in lexicon:
            push = modifier_push(sent.words[i - step - 1], lows[i - step - 1], valence, sent, rules)
            if step == 1 and push != 0:
                push = push * 0.95
            elif step == 2 and push != 0:
                push = push * 0.9
            valence = valence + push
            valence = apply_negation(valence, lows, step, i, rules)
            if step == 2:
                valence = apply_idioms(valence, lows, i, rules)
    if i > 1 and lows[i - 1] not in lexicon and lows[i - 1] == "least":
        if lows[i - 2] != "at" and lows[i - 2] != "very":
            valence = valence * rules.n_scalar
    elif i > 0 and lows[i - 1] not in lexicon and lows[i - 1] == "least":
        valence = valence * rules.n_scalar
    return valence


def apply_but(positions: list[int], valences: list[float], but_at: int) -> None:
    """The *but* rule, in place, with the library's lookup of each value's first occurrence.

    The library walks the valences and rescales ``valences.index(value)``, which
    is the first word with an equal valence, not always the word itself; zero
    valences never change anything, so only the non-zero ones are walked here.
    """
    for k in range(len(valences)):
        value = valences[k]
        first = valences.index(value)
        if positions[first] < but_at:
            valences[first] = value * 0.5
        elif positions[first] > but_at:
            valences[first] = value * 1.5


def punctuation_emphasis(text: str) -> float:
    """The push of exclamation marks (up to 4) and of 2 or more question marks."""
    emphasis = min(text.count("!"), 4) * 0.292
    questions = text.count("?")
    if questions > 1:
        emphasis += questions * 0.18 if questions <= 3 else 0.96
    return emphasis


def vader_compound(text: str, rules: VaderRules | None = None) -> float:
    """VADER's ``polarity_scores(text)["compound"]``."""
    rules = rules or load_vader_rules()
    if needs_library(text, rules):
        return float(rules.library(text)["compound"])
    return compound_of_forms(text, list(map(rules.forms.__getitem__, text.split())), rules)


def needs_library(text: str, rules: VaderRules) -> bool:
    """True when ``text`` holds an emoji, which VADER spells out in words first."""
    # Every emoji is beyond ASCII; the ASCII test is far cheaper than the set test.
    return not text.isascii() and not rules.emoji_chars.isdisjoint(text)


def compound_of_forms(text: str, forms: list[Form], rules: VaderRules) -> float:
    """The compound of ``text`` (no emoji) from the forms of its whitespace pieces."""
    hits = list(compress(range(len(forms)), map(KNOWN, forms)))
    if not hits:
        return 0.0
    near = list(map(CONTEXT, forms))
    lexicon = rules.lexicon
    if not any(near) and not any(forms[i][0].isupper() for i in hits):
        # No booster, negator, idiom word, "but" or capitals anywhere: every lexicon
        # word keeps its valence, so the word lists below are not needed.
        valences = [v for v in (lexicon[forms[i][1]] for i in hits) if v != 0]
        return normalise(float(sum(valences)), text) if valences else 0.0
    lows = list(map(LOW, forms))
    sent = SentenceForms(list(map(WORD, forms)), lows)
    positions: list[int] = []
    valences = []
    boosters = rules.boosters
    for i in hits:
        low = lows[i]
        if not any(near[i - 3 if i > 3 else 0 : i + 3]) and not sent.words[i].isupper():
            # No booster, negator, idiom word or capitals around: the rules leave it as is.
            valence = lexicon[low]
        elif low in boosters or (low == "kind" and i < sent.n - 1 and lows[i + 1] == "of"):
            continue
        else:
            valence = word_valence(i, sent, rules)
        if valence != 0:
            positions.append(i)
            valences.append(valence)
    if not valences:
        return 0.0
    if "but" in lows:
        apply_but(positions, valences, lows.index("but"))
    return normalise(float(sum(valences)), text)


def normalise(total: float, text: str) -> float:
    """The sum with the punctuation emphasis, squashed to (-1, 1) and rounded as VADER does."""
    emphasis = punctuation_emphasis(text)
    if total > 0:
        total += emphasis
    elif total < 0:
        total -= emphasis
    score = total / math.sqrt(total * total + 15)
    return round(max(-1.0, min(score, 1.0)), 4)

"""Sentence-level VADER compound and TextBlob polarity, kept beside the target score for audit.

Both libraries are pure Python and cost far more per sentence than the
target-aware model, so the two scores are computed by ``framing.vader_compound``
and ``framing.pattern_polarity``: the libraries' published rules, applied with
their own word lists, but with the tokenisation cached per distinct piece of
text and the rules run only where a lexicon word stands. Both are tested equal
to the libraries on thousands of real news sentences, and both hand the rare
sentence they cannot be sure of (emojis; emoticons, sarcasm marks and
paragraph breaks in pattern's sense) to the library itself.

Both scorers start by cutting the sentence at whitespace, so the cut is shared,
and it is made for a whole batch of sentences at once: one look-up per piece in
``Pieces``. Most pieces of news text are **plain**: no VADER lexicon or context
word, nothing pattern would assess, and a pattern cut that leaves the piece as
written (*minister*, *U.S.*). A plain piece is cached as ``None``, so one C-level
``compress`` over the batch finds the few pieces either rule must look at, and
the rules read only those; a plain piece's VADER form is built only for the rare
hit whose neighbourhood needs it (a booster, negator or idiom word within three
places, or capitals).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, chain, compress
from operator import itemgetter
from typing import NamedTuple

from framing.pattern_polarity import (
    Assessment,
    PatternRules,
    assess_word,
    cut_raw_piece,
    load_pattern_rules,
    may_hold_specials,
    mean_polarity,
)
from framing.vader_compound import (
    SentenceForms,
    VaderRules,
    apply_but,
    cut_form,
    load_vader_rules,
    needs_library,
    normalise,
    word_valence,
)

#: Distinct pieces kept per cache generation (see ``Pieces``): two generations of at
#: most this many keep peak memory flat (a few MB; plain pieces are stored as ``None``).
CACHE_LIMIT = 30_000
#: Sentences whose pieces are looked up together (bounds the lists held at once).
CHUNK = 2_000


class Entry(NamedTuple):
    """What either rule reads of a piece that is not plain."""

    word: str  # VADER's word (edge punctuation stripped unless that leaves two characters)
    low: str  # ... lower-cased
    valence: float | None  # its VADER lexicon valence, None when not in the lexicon
    context: bool  # a VADER context word (booster, negator, idiom word, "but" ...)
    upper: bool  # VADER's word is in capitals
    written: str  # pattern's cut as written
    tokens: tuple[str, ...]  # pattern's lower-cased tokens of the piece
    inert: bool  # all of them inert in pattern's walk
    #: ``(polarity, intensity)`` when the piece is one pattern lexicon word that is neither
    #: an adverb nor a negation: with nothing pending, pattern's step only records that.
    simple: tuple[float, float] | None


class Pieces(dict[str, Entry | None]):
    """Whitespace piece → its ``Entry``, or ``None`` for a plain piece.

    A small generational cache: when this dict holds ``CACHE_LIMIT`` pieces it
    becomes the previous generation and starts over empty; a piece found in the
    previous generation moves back in. Frequent pieces survive the turnover, so
    far fewer are cut again than with a cache that simply clears, and memory
    stays bounded by two generations.
    """

    def __init__(self, vader: VaderRules, pattern: PatternRules) -> None:
        super().__init__()
        self.vader = vader
        self.pattern = pattern
        self.previous: dict[str, Entry | None] = {}

    def __missing__(self, piece: str) -> Entry | None:
        found = self.previous[piece] if piece in self.previous else self.cut(piece)
        if len(self) >= CACHE_LIMIT:
            self.previous = dict(self)
            self.clear()
        self[piece] = found
        return found

    def cut(self, piece: str) -> Entry | None:
        """The entry of one piece (``None`` when it is plain for both rules)."""
        vader, pattern = self.vader, self.pattern
        if piece.isalpha():
            # Most pieces are bare words: nothing to strip, pad or cut for either library.
            low = piece.lower()
            valence = vader.lexicon.get(low)
            context = low in vader.context
            inert = low not in pattern.lexicon and low not in pattern.negations
            if inert and valence is None and not context:
                return None
            tokens: tuple[str, ...] = (low,)
            simple = simple_assessment(tokens, pattern)
            return Entry(
                piece, low, valence, context, piece.isupper(), piece, tokens, inert, simple
            )
        word, low, known, context = cut_form(piece, vader.lexicon, vader.context)
        written, tokens, inert = cut_raw_piece(piece, pattern)
        if not known and not context and inert and written == piece and tokens == (piece.lower(),):
            return None  # pattern reads it as the one token written (nothing cut off)
        valence = vader.lexicon[low] if known else None
        simple = simple_assessment(tokens, pattern)
        return Entry(word, low, valence, context, word.isupper(), written, tokens, inert, simple)


def simple_assessment(tokens: tuple[str, ...], rules: PatternRules) -> tuple[float, float] | None:
    """``(polarity, intensity)`` when ``tokens`` is one lexicon word that is neither an
    adverb nor a negation: with nothing pending, pattern's step then only appends it."""
    if len(tokens) != 1 or tokens[0] in rules.negations:
        return None
    known = rules.lexicon.get(tokens[0])
    if known is None or known[2]:
        return None
    return known[0], known[1]


@lru_cache(maxsize=1)
def load_pieces() -> Pieces:
    """The per-process piece cache, over both libraries' rules."""
    return Pieces(load_vader_rules(), load_pattern_rules())


def score_sentence(text: str) -> tuple[float, float]:
    """Sentence-level VADER compound and TextBlob polarity of one sentence."""
    vaders, blobs = score_sentences([text])
    return vaders[0], blobs[0]


def score_sentences(texts: Sequence[str]) -> tuple[list[float], list[float]]:
    """Sentence-level VADER compound and TextBlob polarity of each text.

    A sentence repeated in the batch (wire copy, boilerplate) is scored once;
    the distinct ones go through ``score_chunk`` a few thousand at a time.
    """
    distinct = list(dict.fromkeys(texts))
    scores: dict[str, tuple[float, float]] = {}
    for at in range(0, len(distinct), CHUNK):
        score_chunk(distinct[at : at + CHUNK], scores)
    pairs = [scores[text] for text in texts]
    return [v for v, _ in pairs], [b for _, b in pairs]


def score_chunk(texts: list[str], scores: dict[str, tuple[float, float]]) -> None:
    """Add the two scores of each text to ``scores``.

    All pieces of the chunk are looked up in one pass; each sentence then reads
    only its pieces that are not plain (``hot``).
    """
    pieces = load_pieces()
    vader, pattern = pieces.vader, pieces.pattern
    splits = list(map(str.split, texts))
    words = list(chain.from_iterable(splits))
    found = list(map(pieces.__getitem__, words))
    hot = list(compress(range(len(found)), found))
    ends = list(accumulate(map(len, splits)))
    g0 = h0 = 0
    for text, g1 in zip(texts, ends, strict=True):
        h1 = bisect_left(hot, g1, h0)
        mine = hot[h0:h1]
        if needs_library(text, vader):
            compound = float(vader.library(text)["compound"])
        elif not mine:
            compound = 0.0
        else:
            compound = vader_compound_of(text, words, found, mine, g0, g1, vader)
        scores[text] = (compound, pattern_polarity_of(text, words, found, mine, g0, g1, pattern))
        g0, h0 = g1, h1


def vader_compound_of(
    text: str,
    words: list[str],
    found: list[Entry | None],
    hot: list[int],
    g0: int,
    g1: int,
    rules: VaderRules,
) -> float:
    """``compound_of_forms`` of the sentence ``words[g0:g1]``, reading only its pieces
    that are not plain (``hot``, positions into ``words``).

    Every lexicon word and every context word is such a piece, so the lexicon
    hits, the context words around each hit and the first *but* are all among
    them; the whole sentence's forms are needed only for a hit with a context
    word within three places or in capitals, and are built then.
    """
    hits: list[int] = []
    values: list[float] = []
    near: list[int] = []
    upper = False
    for i in hot:
        entry = found[i]
        if entry is None:  # never: ``hot`` holds the pieces that are not plain
            continue
        if entry.valence is not None:
            hits.append(i)
            values.append(entry.valence)
            upper = upper or entry.upper
        if entry.context:
            near.append(i)
    if not hits:
        return 0.0
    if not near and not upper:
        # No booster, negator, idiom word, "but" or capitals anywhere: every lexicon
        # word keeps its valence.
        valences = [v for v in values if v != 0]
        return normalise(float(sum(valences)), text) if valences else 0.0
    sent: SentenceForms | None = None
    positions: list[int] = []
    valences = []
    boosters = rules.boosters
    for i, value in zip(hits, values, strict=True):
        entry = found[i]
        if entry is None:
            continue
        k = bisect_left(near, i - 3)
        if not (k < len(near) and near[k] < i + 3) and not entry.upper:
            valence = value  # no booster, negator, idiom word or capitals around
        else:
            if sent is None:
                sent = sentence_forms(words, g0, g1, rules)
            low, at = entry.low, i - g0
            if low in boosters or (low == "kind" and at < sent.n - 1 and sent.lows[at + 1] == "of"):
                continue
            valence = word_valence(at, sent, rules)
        if valence != 0:
            positions.append(i)
            valences.append(valence)
    if not valences:
        return 0.0
    # "but" is a context word, so its first occurrence is among ``near``.
    buts = [i for i in near if (entry := found[i]) is not None and entry.low == "but"]
    if buts:
        apply_but(positions, valences, buts[0])
    return normalise(float(sum(valences)), text)


def sentence_forms(words: list[str], g0: int, g1: int, rules: VaderRules) -> SentenceForms:
    """VADER's word forms of the whole sentence ``words[g0:g1]`` (plain pieces included)."""
    # A piece's VADER form does not depend on whether it is plain: the cached cut serves all.
    forms = list(map(rules.forms.__getitem__, words[g0:g1]))
    kept, lows = list(map(itemgetter(0), forms)), list(map(itemgetter(1), forms))
    return SentenceForms(kept, lows)


def pattern_polarity_of(
    text: str,
    words: list[str],
    found: list[Entry | None],
    hot: list[int],
    g0: int,
    g1: int,
    rules: PatternRules,
) -> float:
    """``polarity_of_cuts`` of the sentence ``words[g0:g1]``, reading only its pieces
    that are not plain (``hot``, positions into ``words``).

    A plain piece is its own single token and inert, so pattern's walk starts
    only at the other pieces and reads a plain one only while an adverb or a
    negation is pending; the special-mark test joins the written cuts, which
    for a plain piece is the piece itself.
    """
    lines = text.replace("\r\n", "\n") if "\r" in text else text
    if "\n\n" in lines or rules.end_of_sentence in lines:
        return float(rules.library(text)[0])
    if may_hold_specials(text, rules):
        joined = " ".join(
            [
                piece if entry is None else entry.written
                for piece, entry in zip(words[g0:g1], found[g0:g1], strict=True)
            ]
        )
        if any(p.search(joined) for p in rules.specials):
            return float(rules.library(text)[0])
    assessments: list[Assessment] = []
    modifier: str | None = None  # a preceding lexicon adverb ("very")
    negation: str | None = None  # a preceding negation ("not")
    k = 0  # the first piece not walked yet
    for j in hot:
        if j < k:
            continue
        entry = found[j]
        if entry is None or entry.inert:
            continue
        simple = entry.simple
        if simple is not None:  # nothing is pending here: the walk before ended
            assessments.append([simple[0], simple[1], False])
            k = j + 1
            continue
        k = j
        while k < g1:
            entry = found[k]
            for word in entry.tokens if entry is not None else (words[k].lower(),):
                modifier, negation = assess_word(word, modifier, negation, assessments, rules)
            k += 1
            if modifier is None and negation is None:
                break
    return mean_polarity(assessments)

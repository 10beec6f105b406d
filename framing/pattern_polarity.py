"""TextBlob's (pattern's) polarity of a sentence, computed from its rules with cached tokens.

``TextBlob(text).sentiment.polarity`` runs pattern's tokenizer and then walks
the words with its lexicon of adjectives; both are pure Python and cut every
word anew. This module computes the same number with the work done once per
distinct whitespace piece:

1. **Tokens.** As pattern does: contractions get a space before them
   (*'s*, *n't* ...), quote marks and apostrophes are padded with spaces,
   whitespace is collapsed; each piece then loses leading punctuation and
   trailing punctuation, ellipses and periods, one mark at a time, except a
   final period of an abbreviation (*U.S.*, *Mr.*, *e.g.*). The cut of a piece
   depends on nothing else, so it is cached per piece.
2. **Assessments.** Walking the lower-cased tokens: a lexicon word opens an
   assessment, or, right after an adverb of the lexicon (*very*), multiplies
   that adverb's intensity into it; a preceding negation (*not*, *never*)
   marks it negated (halved and flipped at the end) and inverts the
   intensity; unknown words end a pending negation (when longer than one
   letter) or a pending adverb (when longer than two); ``!`` raises the last
   assessment by a quarter; emoticons and the sarcasm mark ``(!)`` are
   assessments of their own. Polarity is the mean over assessments.

Pattern also re-joins emoticons typed with spaces (``: )``), cuts the text into
sentences at paragraph breaks and handles the sarcasm mark with regular
expressions; a sentence where any of that could apply (a paragraph break, or a
match of pattern's own emoticon / sarcasm expressions) goes to the library
itself. Word lists and constants are read from the installed library.
``tests/test_pattern_polarity.py`` checks equality on thousands of real sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress
from operator import itemgetter, not_
from typing import Any

from framing.errors import LexiconError

Assessment = list[Any]  # [polarity, intensity, negated]
#: Distinct pieces kept before the cache starts over (a few MB; news vocabulary repeats,
#: and a small bound keeps peak memory flat as the corpus grows).
CACHE_LIMIT = 30_000
#: A piece's tokens as written (joined by spaces), lower-cased, and whether every one of
#: them is inert (``is_inert``: an unknown word, most punctuation), changing nothing alone.
Cut = tuple[str, tuple[str, ...], bool]


@dataclass
class PatternRules:
    """pattern's lexicon, word lists and tokenizer constants, and the piece cache."""

    lexicon: dict[str, tuple[float, float, bool]]  # word -> (polarity, intensity, is adverb)
    negations: frozenset[str]
    modifier: Callable[[str], bool]
    emoticons: dict[str, float]
    punctuation: str
    lead: frozenset[str]  # single characters pattern cuts off the front of a piece
    trail: frozenset[str]  # ... and off its end
    replacements: tuple[tuple[str, str], ...]
    unsplit: frozenset[str]
    abbreviations: frozenset[str]
    abbreviation_patterns: tuple[re.Pattern[str], ...]
    abbreviation: re.Pattern[str] = field(init=False)  # the three patterns as one
    end_of_sentence: str
    specials: tuple[re.Pattern[str], ...]  # sarcasm and spaced emoticons
    special_chars: re.Pattern[str]  # a match of ``specials`` holds one of these ...
    special_sets: tuple[frozenset[str], ...]  # ... or all characters of one of these,
    special_anchors: re.Pattern[str]  # so one of these (a character of each set)
    library: Callable[[str], Any]
    pieces: Pieces = field(init=False)
    inert: dict[str, bool] = field(init=False)  # ``is_inert`` per lower-cased token

    def __post_init__(self) -> None:
        self.pieces = Pieces(self)
        self.inert = {}
        # Each pattern is anchored at both ends, so the alternation matches when one does.
        flags = 0
        for p in self.abbreviation_patterns:
            flags |= p.flags
        self.abbreviation = re.compile(
            "|".join(f"(?:{p.pattern})" for p in self.abbreviation_patterns), flags
        )

    def inert_of(self, word: str) -> bool:
        """``is_inert(word)``, remembered per token (punctuation repeats endlessly)."""
        found = self.inert.get(word)
        if found is None:
            if len(self.inert) >= CACHE_LIMIT:
                self.inert.clear()
            self.inert[word] = found = is_inert(word, self)
        return found


@lru_cache(maxsize=1)
def load_pattern_rules() -> PatternRules:
    """Read pattern's data from ``textblob`` (bundled, no download)."""
    from textblob import _text as pattern
    from textblob.en import sentiment

    sentiment.keys()  # the lazy dictionary loads on first use
    lexicon = {
        word: (float(senses[None][0]), float(senses[None][2]), "RB" in senses)
        for word, senses in dict.items(sentiment)
    }
    emoticons: dict[str, float] = {}
    for (_, polarity), faces in pattern.EMOTICONS.items():
        for face in faces:  # the first group naming a face wins, as in pattern's loop
            emoticons.setdefault(face.lower(), float(polarity))
    lead = tuple(pattern.PUNCTUATION.replace(".", ""))
    # Characters rare in news that most emoticons hold; the sarcasm mark needs "!".
    marks = (":", ";", "=", "<", ">", "*", "_", "°", "♥", "!")
    faces = {face for group in pattern.EMOTICONS.values() for face in group}
    rest = {frozenset(face) for face in faces if not any(c in face for c in marks)}
    # One character of each set, digits and capitals first (the rarest in prose).
    anchors = {min(chars, key=lambda c: (not c.isdigit(), not c.isupper(), c)) for chars in rest}
    # The shortcuts below rely on these two facts of pattern's English sentiment.
    if tuple(sentiment.modifiers) != ("RB",):
        raise LexiconError("textblob: pattern's sentiment modifiers are not ('RB',) as expected")
    if any(c.isspace() for chars in rest for c in chars):
        raise LexiconError("textblob: an emoticon holds whitespace; piecewise cutting needs none")
    if any("'" not in contraction for contraction in pattern.replacements):
        raise LexiconError("textblob: a contraction pattern cuts has no apostrophe")
    return PatternRules(
        lexicon=lexicon,
        negations=frozenset(sentiment.negations),
        modifier=sentiment.modifier,
        emoticons=emoticons,
        punctuation=pattern.PUNCTUATION,
        lead=frozenset(lead),
        trail=frozenset((*lead, ".")),
        replacements=tuple(pattern.replacements.items()),
        unsplit=frozenset(pattern.replacements),
        abbreviations=frozenset(pattern.ABBREVIATIONS),
        abbreviation_patterns=(pattern.RE_ABBR1, pattern.RE_ABBR2, pattern.RE_ABBR3),
        end_of_sentence=pattern.EOS,
        specials=(pattern.RE_SARCASM, pattern.RE_EMOTICONS),
        special_chars=re.compile("[" + re.escape("".join(marks)) + "]"),
        special_sets=tuple(rest),
        special_anchors=re.compile("[" + re.escape("".join(sorted(anchors))) + "]"),
        library=sentiment,
    )


def is_abbreviation(token: str, rules: PatternRules) -> bool:
    """A token whose final period belongs to it (*U.S.*, *Mr.*, *T.*)."""
    return token in rules.abbreviations or rules.abbreviation.match(token) is not None


def cut_piece(piece: str, rules: PatternRules) -> Cut:
    """Split leading and trailing punctuation off one whitespace-free piece."""
    if piece.isalpha():
        # No letter is punctuation pattern cuts off, so a bare word is its own token.
        low = piece.lower()
        return piece, (low,), rules.inert_of(low)
    head: list[str] = []
    tail: list[str] = []
    token = piece
    # pattern tests startswith / endswith with tuples of single characters: a set
    # look-up of the first / last character says the same, faster.
    while token[:1] in rules.lead and token not in rules.unsplit:
        head.append(token[0])
        token = token[1:]
    while token[-1:] in rules.trail and token not in rules.unsplit:
        if token[-1:] in rules.lead:
            tail.append(token[-1])
            token = token[:-1]
        if token.endswith("..."):
            tail.append("...")
            token = token[:-3].rstrip(".")
        if token.endswith("."):
            if is_abbreviation(token, rules):
                break
            tail.append(".")
            token = token[:-1]
    if token:
        head.append(token)
    head.extend(reversed(tail))
    lowered = tuple(map(str.lower, head))
    return " ".join(head), lowered, all(map(rules.inert_of, lowered))


def is_inert(word: str, rules: PatternRules) -> bool:
    """True when ``word`` changes nothing in pattern's walk while no adverb or negation is pending.

    Decided by taking the step itself on a probe (with and without an earlier
    assessment), so it holds exactly as long as ``assess_word`` is what runs:
    plain unknown words, and most punctuation (``,`` ``.`` ``"``).
    """
    if word.isalpha() and word not in rules.lexicon and word not in rules.negations:
        return True  # the common case, without the probe
    for found in ([], [[0.5, 0.5, False]]):
        before = [list(a) for a in found]
        if assess_word(word, None, None, found, rules) != (None, None) or found != before:
            return False
    return True


class Pieces(dict[str, Cut]):
    """Whitespace piece → its cut, computed once per distinct piece."""

    def __init__(self, rules: PatternRules) -> None:
        super().__init__()
        self.rules = rules

    def __missing__(self, piece: str) -> Cut:
        if len(self) >= CACHE_LIMIT:
            self.clear()  # keeps memory flat on long runs; a new batch refills it
        self[piece] = cut = cut_piece(piece, self.rules)
        return cut


QUOTE_MARKS = ("“", "”", "‘", "’", "'", '"')
#: pattern pads each quote mark with spaces, one mark after the other; no padding adds a
#: mark, so translating every mark at once gives the same text.
PAD_QUOTES = str.maketrans({quote: f" {quote} " for quote in QUOTE_MARKS})
WRITTEN = itemgetter(0)
LOWERED = itemgetter(1)
PLAIN = itemgetter(2)


def cut_raw_piece(piece: str, rules: PatternRules) -> Cut:
    """The cut of one whitespace piece of the text as written, before pattern's replacements.

    pattern pads contractions and quote marks with spaces across the whole
    text; none of the strings it replaces holds whitespace, so doing it piece
    by piece gives the same pieces, whose cuts are joined here into one.
    """
    word, mark = piece[:-1], piece[-1:]
    if word.isalpha() and mark in rules.lead and mark not in QUOTE_MARKS:
        # The commonest cut, "said," or "wall)": a bare word and one mark that is not
        # a period, so no abbreviation or ellipsis rule applies; as cut_piece gives it.
        low = word.lower()
        return f"{word} {mark}", (low, mark), rules.inert_of(low) and rules.inert_of(mark)
    if mark == "." and word.isalpha():
        # "said." or "Mr.": one period after a bare word, kept when the whole is an
        # abbreviation and cut off otherwise; as cut_piece gives it.
        if is_abbreviation(piece, rules):
            low = piece.lower()
            return piece, (low,), rules.inert_of(low)
        low = word.lower()
        return f"{word} .", (low, "."), rules.inert_of(low) and rules.inert_of(".")
    text = piece
    if "'" in text:
        for old, new in rules.replacements:
            text = text.replace(old, new)
    text = text.translate(PAD_QUOTES)
    if text == piece:
        return cut_piece(piece, rules)
    cuts = list(map(rules.pieces.__getitem__, text.split()))
    return (
        " ".join(map(WRITTEN, cuts)),
        tuple(chain.from_iterable(map(LOWERED, cuts))),
        all(map(PLAIN, cuts)),
    )


def polarity_of_cuts(text: str, cuts: list[Cut], rules: PatternRules) -> float:
    """``pattern_polarity(text)`` given ``cut_raw_piece`` of each whitespace piece of ``text``."""
    lines = text.replace("\r\n", "\n") if "\r" in text else text
    # Neither marker holds a character the padding touches, so the text as written tells.
    if "\n\n" in lines or rules.end_of_sentence in lines:
        return float(rules.library(text)[0])
    # Padding adds only spaces, which no emoticon set holds (checked on loading).
    if may_hold_specials(text, rules):
        joined = " ".join(map(WRITTEN, cuts))
        if any(p.search(joined) for p in rules.specials):
            return float(rules.library(text)[0])
    return assess(cuts, rules)


def cut_text(text: str, rules: PatternRules) -> list[Cut] | None:
    """The cut of each whitespace piece, or None when only the library can tell."""
    if "'" in text:  # every contraction pattern cuts holds an apostrophe
        for old, new in rules.replacements:
            text = text.replace(old, new)
    text = text.translate(PAD_QUOTES)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if "\n\n" in text or rules.end_of_sentence in text:
        return None  # pattern cuts sentences there and drops its marker
    # pattern collapses whitespace (regex \s, the same characters as str.split) and cuts there.
    cuts = list(map(rules.pieces.__getitem__, text.split()))
    if may_hold_specials(text, rules):
        joined = " ".join(map(WRITTEN, cuts))
        # pattern applies these per sentence; no match in the whole text means none in any part.
        if any(p.search(joined) for p in rules.specials):
            return None
    return cuts


def may_hold_specials(text: str, rules: PatternRules) -> bool:
    """False when no emoticon or sarcasm mark can be found in ``text`` however it is cut.

    Cutting only adds spaces (and drops surplus periods of an ellipsis), and the
    expressions allow a space between the characters of an emoticon, so a match
    needs every character of one emoticon somewhere in the text.
    """
    if rules.special_chars.search(text):
        return True
    if not rules.special_anchors.search(text):
        return False
    return any(map(set(text).issuperset, rules.special_sets))


def pattern_tokens(text: str, rules: PatternRules) -> tuple[str, ...] | None:
    """The lower-cased words pattern assesses, or None when only the library can tell."""
    cuts = cut_text(text, rules)
    return None if cuts is None else tuple(chain.from_iterable(map(LOWERED, cuts)))


def assess(cuts: Iterable[Cut], rules: PatternRules) -> float:
    """The mean polarity of pattern's assessments of the words of ``cuts``."""
    found: list[Assessment] = []
    modifier: str | None = None  # a preceding lexicon adverb ("very")
    negation: str | None = None  # a preceding negation ("not")
    cuts = cuts if isinstance(cuts, list) else list(cuts)
    n = len(cuts)
    k = 0  # the first piece not walked yet
    # Plain pieces with nothing pending change nothing: walk from each other piece
    # only as long as an adverb or a negation is pending.
    for j in compress(range(n), map(not_, map(PLAIN, cuts))):
        if j < k:
            continue
        k = j
        while k < n:
            for word in cuts[k][1]:
                modifier, negation = assess_word(word, modifier, negation, found, rules)
            k += 1
            if modifier is None and negation is None:
                break
    return mean_polarity(found)


def mean_polarity(assessments: list[Assessment]) -> float:
    """pattern's polarity of a sentence: the mean of its assessments, a negated one
    counting -0.5 times its polarity (0.0 when there is none)."""
    total = 0.0
    for polarity, _, negated in assessments:
        total += polarity * -0.5 if negated else polarity
    return total / float(len(assessments) or 1)


def assess_word(
    word: str,
    modifier: str | None,
    negation: str | None,
    found: list[Assessment],
    rules: PatternRules,
) -> tuple[str | None, str | None]:
    """One step of pattern's walk: update ``found``, return the pending adverb and negation."""
    negations = rules.negations
    known = rules.lexicon.get(word)
    if known is not None:
        polarity, intensity, adverb = known
        if modifier is None:
            found.append([polarity, intensity, False])
        else:
            last = found[-1]
            last[0] = max(-1.0, min(polarity * last[1], 1.0))
            last[1] = intensity
        if negation is not None:
            last = found[-1]
            last[1] = 1.0 / last[1]
            last[2] = True
        return (word if adverb else None), (word if word in negations else None)
    if modifier is None and negation is None and word.isalpha() and word not in negations:
        return None, None  # a plain unknown word with nothing pending changes nothing
    if word in negations:
        negation = word
    elif negation and len(word.strip("'")) > 1:
        negation = None
    if negation is not None and modifier is not None and rules.modifier(modifier):
        found[-1][2] = True  # "really not good": the adverb's assessment is negated
        negation = None
    elif modifier and len(word) > 2:
        modifier = None
    if word == "!" and found:
        found[-1][0] = max(-1.0, min(found[-1][0] * 1.25, 1.0))
    if word == "(!)":
        found.append([0.0, 1.0, False])
    if not word.isalpha() and len(word) <= 5 and word not in rules.punctuation:
        face = rules.emoticons.get(word)
        if face is not None:
            found.append([face, 1.0, False])
    return modifier, negation


def pattern_polarity(text: str, rules: PatternRules | None = None) -> float:
    """pattern's (TextBlob's default analyser's) polarity of ``text``."""
    rules = rules or load_pattern_rules()
    cuts = cut_text(text, rules)
    if cuts is None:
        return float(rules.library(text)[0])
    return assess(cuts, rules)

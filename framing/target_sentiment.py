"""Target-aware sentiment features: what a sentence says about one span in it.

The mood of a sentence is not the sentiment toward each thing it names: in
"Kanaani accused Israel of fomenting discord" Israel is portrayed negatively and
Kanaani is not. ``featurize`` describes one target in one sentence by

- the words of its clause and of a small window on each side (``l:``/``r:``),
  the word right before and right after it (``l1:``/``r1:``), and the words of
  the whole sentence (``s:``), all as Snowball stems;
- VADER lexicon valence summed over the window, the clause and the sentence,
  with the valence of words after a negator flipped (numeric features);
- its role around harm and help verbs: the patient of *accused* / *attacked*
  (``patient_harm``), the agent of *praised* (``agent_help``), with passives
  ("was accused by") turning the subject into the patient;
- whether it stands inside a quotation, after a contrast word (*but*), in a
  negated clause, and whether it is a pronoun.

The features are plain strings with a value, so a trained model's weights can
be read and explained (see ``framing.sentiment_model``).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from pathlib import Path
from typing import Protocol

from nltk.stem.snowball import EnglishStemmer

from framing.datafiles import data_path
from framing.errors import LexiconError

CUES_PATH = data_path("sentiment/cues.toml")

TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|n['’]t|\d+(?:[.,]\d+)*|[^\w\s]")
#: ``TOKEN`` as a splitter for text from ``lower_text`` (no capitals, no curly apostrophe):
#: the same tokens, with possessive repeats since no branch ever needs to give back.
TOKEN_SPLIT = re.compile(r"([a-z]++(?:'[a-z]++)*+|n't|\d++(?:[.,]\d++)*+|[^\w\s])")
QUOTE_OPEN = frozenset({"“", "«"})
QUOTE_CLOSE = frozenset({"”", "»"})
QUOTE_TOGGLE = frozenset({'"'})
QUOTE_MARKS = QUOTE_OPEN | QUOTE_CLOSE | QUOTE_TOGGLE
BOUNDARY_PUNCT = frozenset({",", ";", ":", "(", ")", "—", "–", '"', "“", "”", "«", "»", "?", "!"})
BE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be", "got", "get", "gets"})
COPULAS = frozenset({"is", "was", "are", "were", "remains", "became", "becomes", "seems"})
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "they", "them", "their", "it", "its"})
WINDOW = 3
#: VADER scales a word's valence by this when a negator precedes it (its N_SCALAR).
NEGATION_SCALAR = -0.74

Feature = tuple[str, float]


@dataclass(frozen=True)
class Cues:
    """Verb classes and function words, stemmed."""

    harm: frozenset[str]
    help: frozenset[str]
    doubt_speech: frozenset[str]
    negators: frozenset[str]
    contrast: frozenset[str]
    identity: frozenset[str]


@lru_cache(maxsize=1)
def load_cues(path: Path = CUES_PATH) -> Cues:
    """The cue lists from ``framing/data/sentiment/cues.toml``, stemmed once."""
    try:
        cues = tomllib.loads(path.read_text(encoding="utf-8"))["cues"]
        return Cues(
            harm=frozenset(stem(w) for w in cues["harm"]),
            help=frozenset(stem(w) for w in cues["help"]),
            doubt_speech=frozenset(stem(w) for w in cues["doubt_speech"]),
            negators=frozenset(cues["negators"]),
            contrast=frozenset(cues["contrast"]),
            identity=frozenset(cues["identity"]),
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise LexiconError(f"{path}: cannot read sentiment cues: {exc}") from exc


_STEMMER = EnglishStemmer()


@lru_cache(maxsize=30_000)
def stem(word: str) -> str:
    """Snowball stem of a lower-case word (cached: news vocabulary repeats)."""
    return str(_STEMMER.stem(word))


@lru_cache(maxsize=1)
def vader_lexicon() -> dict[str, float]:
    """VADER's bundled word valences (no download needed)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return dict(SentimentIntensityAnalyzer().lexicon)


class IndexedStr(Protocol):
    """Strings read by position (a tuple, or a batch's stems read through word ids)."""

    def __getitem__(self, i: int, /) -> str: ...


class IndexedFloat(Protocol):
    """Numbers read by position (a tuple, or a numpy array)."""

    def __getitem__(self, i: int, /) -> float: ...


class WordSequence(Protocol):
    """What the role and predicate rules read: one sentence's ``Tokens``, or a whole
    ``framing.token_batch.TokenBatch`` with indices into its flat sequences."""

    @property
    def words(self) -> tuple[str, ...]: ...

    @property
    def stems(self) -> IndexedStr: ...

    @property
    def valence(self) -> IndexedFloat: ...


@dataclass(frozen=True)
class Tokens:
    """One sentence, tokenised once and shared by all of its targets."""

    text: str  # lower-cased, same length and offsets as the sentence
    words: tuple[str, ...]  # lower case
    stems: tuple[str, ...]
    valence: tuple[float, ...]  # VADER valence, flipped after a negator
    quoted: tuple[bool, ...]  # inside quotation marks
    boundary: tuple[bool, ...]  # clause boundary (punctuation or contrast word)
    contrast_at: tuple[int, ...]  # positions of contrast words ("but", "although")
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    boundary_at: tuple[int, ...]  # positions of clause boundaries


@lru_cache(maxsize=30_000)
def word_info(word: str) -> tuple[str, float, bool, bool]:
    """``(stem, VADER valence, is negator, is clause boundary)`` of a lower-case token."""
    cues = load_cues()
    # Group names get the empty stem: no word weights (see cues.toml).
    alpha = word[0].isalpha()
    token_stem = "" if word in cues.identity else stem(word) if alpha else word
    boundary = word in BOUNDARY_PUNCT or word in cues.contrast
    return token_stem, vader_lexicon().get(word, 0.0), word in cues.negators, boundary


class WordInfo(dict[str, tuple[str, float, bool, bool]]):
    """``word_info`` as a dict filled on first sight (a C-speed lookup afterwards)."""

    def __missing__(self, word: str) -> tuple[str, float, bool, bool]:
        self[word] = found = word_info(word)
        return found


WORD_INFO = WordInfo()
QUOTE_CHARS = re.compile(r"[\"“”«»]")


def lower_text(text: str) -> str:
    """``text`` lower-cased with the same length and offsets, curly apostrophes made plain."""
    lowered = text.lower().replace("’", "'")
    if len(lowered) != len(text):  # a few characters change length when lowered
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("’", "'")
    return lowered


def tokenize(text: str) -> Tokens:
    """Tokens of ``text`` with offsets, stems, valence, quotation and clause marks."""
    lowered = lower_text(text)
    # Splitting on the token pattern alternates gaps and tokens, so the running
    # length of the parts gives every token's offsets without a per-token match.
    parts = TOKEN_SPLIT.split(lowered)
    words = tuple(parts[1::2])
    if not words:
        return Tokens(lowered, (), (), (), (), (), (), (), (), ())
    bounds = tuple(accumulate(map(len, parts)))
    starts, ends = bounds[::2][:-1], bounds[1::2]
    stems, valence, negators, boundary = zip(*map(WORD_INFO.__getitem__, words), strict=True)
    if any(negators):
        valence = negate(valence, negators)
    quoted = mark_quotes(words) if QUOTE_CHARS.search(text) else (False,) * len(words)
    contrast = load_cues().contrast
    contrast_at = (
        tuple(i for i, w in enumerate(words) if w in contrast)
        if not contrast.isdisjoint(words)
        else ()
    )
    boundary_at = tuple(compress(range(len(words)), boundary))
    return Tokens(
        lowered, words, stems, valence, quoted, boundary, contrast_at, starts, ends, boundary_at
    )


def negate(valence: tuple[float, ...], negators: tuple[bool, ...]) -> tuple[float, ...]:
    """VADER's rule: a negator flips (and damps) the valence of the next ``WINDOW`` words."""
    flipped = list(valence)
    negated: set[int] = set()
    for j in (i for i, negator in enumerate(negators) if negator):
        negated.update(range(j + 1, j + WINDOW + 1))
    for i in negated:
        if i < len(flipped) and not negators[i] and flipped[i]:
            flipped[i] *= NEGATION_SCALAR
    return tuple(flipped)


def mark_quotes(words: tuple[str, ...]) -> tuple[bool, ...]:
    """Which tokens stand inside quotation marks (the marks themselves included)."""
    quoted = [False] * len(words)
    inside = False
    opened = 0
    for i in (i for i, w in enumerate(words) if w in QUOTE_MARKS):
        word = words[i]
        if word in QUOTE_OPEN or (word in QUOTE_TOGGLE and not inside):
            if not inside:
                inside, opened = True, i
        elif inside:  # a closing mark ends the quotation
            quoted[opened : i + 1] = [True] * (i + 1 - opened)
            inside = False
        else:  # a stray closing mark is quoted itself, nothing else
            quoted[i] = True
    if inside:
        quoted[opened:] = [True] * (len(words) - opened)
    return tuple(quoted)


def target_tokens(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """Token range ``[first, last)`` covering the character span ``start:end``.

    A span inside no token (empty or whitespace) becomes the empty range at the
    next token, so every target still gets features.
    """
    first = bisect_right(tokens.ends, start)
    return first, max(first, bisect_left(tokens.starts, end))


def clause_range(tokens: Tokens, first: int, last: int) -> tuple[int, int]:
    """The tokens between the clause boundaries around the target."""
    at = tokens.boundary_at
    before = bisect_left(at, first)  # boundaries left of the target: at[:before]
    left = at[before - 1] + 1 if before else 0
    after = bisect_left(at, last)  # the first boundary at or after the target's end
    right = at[after] if after < len(at) else len(tokens.words)
    return left, right


def squash(value: float) -> float:
    """Bound a valence sum to (-1, 1) as VADER's normalisation does (alpha 15)."""
    return value / (value * value + 15.0) ** 0.5


def role_features(
    tokens: WordSequence, first: int, last: int, left: int, right: int, cues: Cues
) -> list[Feature]:
    """Agent / patient of harm and help verbs, and the doubt of speech verbs."""
    features: list[Feature] = []
    after = range(last, min(right, last + WINDOW + 1))
    passive = False
    for i in after:
        s = tokens.stems[i]
        if tokens.words[i] in BE_AUX:
            passive = True
            continue
        role = "patient" if passive and tokens.words[i].endswith("ed") else "agent"
        if s in cues.harm:
            features.append((f"{role}_harm", 1.0))
            break
        if s in cues.help:
            features.append((f"{role}_help", 1.0))
            break
        if s in cues.doubt_speech:
            features.append(("agent_doubt_speech", 1.0))
            break
    before = range(max(left, first - WINDOW), first)
    for i in reversed(before):
        s = tokens.stems[i]
        if s in cues.harm:
            features.append(("patient_harm", 1.0))
            break
        if s in cues.help:
            features.append(("patient_help", 1.0))
            break
    return features


def predicate_features(tokens: WordSequence, last: int, right: int) -> list[Feature]:
    """What a copula says of the target: "X is an implacable enemy" (``p:`` words, valence).

    The words after *is* / *was* / *are* up to the clause end describe the target
    itself, so they weigh more than the same words elsewhere in the sentence.
    """
    if last >= right or tokens.words[last] not in COPULAS:
        return []
    after = range(last + 1, right)
    features: list[Feature] = [("p:" + tokens.stems[i], 1.0) for i in after if tokens.stems[i]]
    value = squash(sum(tokens.valence[i] for i in after))
    if value > 0:
        features.append(("v_predicate+", value))
    elif value < 0:
        features.append(("v_predicate-", -value))
    return features


def featurize(tokens: Tokens, start: int, end: int) -> list[Feature]:
    """The features of the target ``start:end`` (offsets into ``tokens.text``)."""
    cues = load_cues()
    first, last = target_tokens(tokens, start, end)
    n = len(tokens.words)
    left, right = clause_range(tokens, first, last)
    features: list[Feature] = [("bias", 1.0)]
    target_words = tokens.words[first:last]
    is_target = set(range(first, last))

    stems = tokens.stems
    features.extend(
        ("s:" + stems[i], 1.0)
        for i in range(n)
        if i not in is_target and tokens.words[i][0].isalpha() and stems[i]
    )
    features.extend(
        ("c:" + stems[i], 1.0) for i in range(left, right) if i not in is_target and stems[i]
    )
    features.extend(
        ("l:" + stems[i], 1.0) for i in range(max(0, first - WINDOW), first) if stems[i]
    )
    features.extend(("r:" + stems[i], 1.0) for i in range(last, min(n, last + WINDOW)) if stems[i])
    before = stems[first - 1] if first > 0 else "<s>"
    after = stems[last] if last < n else "</s>"
    if before:
        features.append(("l1:" + before, 1.0))
    if after:
        features.append(("r1:" + after, 1.0))

    def valence_sum(indices: range) -> float:
        return sum(tokens.valence[i] for i in indices if i not in is_target)

    for name, indices in (
        ("v_sent", range(n)),
        ("v_clause", range(left, right)),
        ("v_window", range(max(0, first - WINDOW), min(n, last + WINDOW))),
    ):
        value = squash(valence_sum(indices))
        if value > 0:
            features.append((name + "+", value))
        elif value < 0:
            features.append((name + "-", -value))

    features.extend(role_features(tokens, first, last, left, right, cues))
    features.extend(predicate_features(tokens, last, right))
    if first < n and tokens.quoted[first]:
        features.append(("in_quote", 1.0))
    elif any(tokens.quoted):
        features.append(("quote_elsewhere", 1.0))
    if tokens.contrast_at and tokens.contrast_at[0] < first:
        features.append(("after_contrast", 1.0))
    if tokens.contrast_at and tokens.contrast_at[-1] >= last:
        features.append(("before_contrast", 1.0))
    if any(tokens.words[i] in cues.negators for i in range(left, right)):
        features.append(("negated_clause", 1.0))
    if target_words and all(w in PRONOUNS for w in target_words):
        features.append(("target_pronoun", 1.0))
    if first == 0:
        features.append(("target_first", 1.0))
    return features

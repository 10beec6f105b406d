"""Paragraphs and sentences, with character offsets into ``text``.

Paragraphs are the non-blank lines of the body (news text marks paragraphs by
line breaks, often doubled). Sentences inside a paragraph come from nltk's Punkt
tokenizer run with parameters the package supplies (its abbreviation list in
``framing/data/abbreviations.toml``), so no NLTK data is ever needed. The
headline, when there is one, is sentence -1 in paragraph -1.

Punkt runs only where a boundary is ambiguous (``_split_plain`` decides the
plain ones itself), on the stdlib ``re`` rather than nltk's time-limited
engine, remembering its answer per candidate context; every shortcut gives
Punkt's own answer (tested against the stock tokenizer).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import polars as pl
from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from framing import schemas
from framing.datafiles import read_data_toml
from framing.errors import LexiconError, SchemaError

#: A paragraph: a run of characters without a line break that holds some non-space.
PARAGRAPH = re.compile(r"[^\r\n]*\S[^\r\n]*")
# Only paragraphs holding one of these can contain more than one sentence.
_MAYBE_SPLIT = re.compile(r"[.!?…]")


@lru_cache(maxsize=1)
def load_abbreviations() -> frozenset[str]:
    """The package's abbreviation list (lower case, no final period)."""
    data = read_data_toml("abbreviations.toml")
    groups = data.get("abbreviations")
    if not isinstance(groups, dict):
        raise LexiconError("framing/data/abbreviations.toml: lacks an [abbreviations] table")
    return frozenset(word.lower().rstrip(".") for words in groups.values() for word in words)


@lru_cache(maxsize=1)
def load_sentence_starters() -> frozenset[str]:
    """Words that start a sentence even right after an abbreviation ("U.S. The …")."""
    data = read_data_toml("abbreviations.toml")
    return frozenset(w.lower() for w in data.get("sentence_starters", {}).get("words", []))


class StdlibPunktVars(PunktLanguageVars):
    """Punkt's English language variables, its patterns compiled by the stdlib ``re``.

    nltk 3.10 runs even its own fixed patterns through a time-limited
    third-party engine (a guard meant for caller-supplied patterns), which costs
    most of Punkt's time here. The patterns are nltk's own, built as nltk builds
    them; the two engines read them alike except that ``\\s`` in ``re`` also
    matches the separators U+001C..U+001F, so text holding those goes to the
    stock tokenizer (``build_tokenizer(stock=True)``).
    """

    re_boundary_realignment = re.compile(
        PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE
    )

    def __init__(self) -> None:
        flags = re.UNICODE | re.VERBOSE
        self._re_word_tokenizer = re.compile(
            self._word_tokenize_fmt
            % {
                "NonWord": self._re_non_word_chars,
                "MultiChar": self._re_multi_char_punct,
                "WordStart": self._re_word_start,
            },
            flags,
        )
        self._re_period_context = re.compile(
            self._period_context_fmt
            % {"NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars},
            flags,
        )

    def _word_tokenizer_re(self) -> re.Pattern[str]:
        """nltk's word pattern, compiled by ``re``."""
        return self._re_word_tokenizer

    def period_context_re(self) -> re.Pattern[str]:
        """nltk's candidate-boundary pattern, compiled by ``re``."""
        return self._re_period_context


class StdlibPunktToken(PunktToken):
    """Punkt's token, its type patterns (nltk's own) compiled by the stdlib ``re``.

    nltk runs them through its time-limited engine as well, which made typing
    the tokens most of what a Punkt call costs. The engines class a few
    non-ASCII characters differently as ``\\w`` or ``\\d`` (superscript digits,
    combining marks); text holding one keeps nltk's token (``_types_alike``).
    """

    __slots__ = ()
    _RE_ELLIPSIS = re.compile(PunktToken._RE_ELLIPSIS.pattern)
    _RE_NUMERIC = re.compile(PunktToken._RE_NUMERIC.pattern)
    _RE_INITIAL = re.compile(PunktToken._RE_INITIAL.pattern, re.UNICODE)
    _RE_ALPHA = re.compile(PunktToken._RE_ALPHA.pattern, re.UNICODE)


#: Contexts whose answer a tokenizer remembers (bounded: memory stays flat).
SENTBREAK_MEMO_SIZE = 100_000


class MemoPunktSentenceTokenizer(PunktSentenceTokenizer):
    """Punkt, remembering its answer for each candidate's context, with nltk's
    backward scan for the last whitespace done by ``str.rfind``.

    ``text_contains_sentbreak`` decides a candidate on its context alone (the
    word before, the mark, the next token: "said. The"), with parameters that
    never change after construction, so a remembered answer is the answer;
    contexts recur across articles. ``_get_last_whitespace_index`` returns
    what nltk's character-by-character loop returns (the last index of any of
    ``string.whitespace``, or 0).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._sentbreaks: dict[str, bool] = {}

    def text_contains_sentbreak(self, text: str) -> bool:
        """nltk's answer for the context ``text``, computed once."""
        answer = self._sentbreaks.get(text)
        if answer is None:
            if len(self._sentbreaks) >= SENTBREAK_MEMO_SIZE:
                self._sentbreaks.clear()
            answer = self._sentbreaks[text] = super().text_contains_sentbreak(text)
        return answer

    def _get_last_whitespace_index(self, text: str) -> int:
        return max(0, *(text.rfind(c) for c in string.whitespace))


#: Where ``re`` and nltk's engine read ``\s`` differently.
_SEPARATORS = re.compile("[\x1c-\x1f]")


#: A character outside ASCII (only those can be typed differently).
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _char_typed_alike(char: str) -> bool:
    """Whether both engines class ``char`` alike in the token patterns: as a letter
    (``[^\\W\\d]``, what ``_RE_ALPHA`` and ``_RE_INITIAL`` test) and as a digit
    (what ``_RE_NUMERIC`` tests); nothing else in them depends on the engine."""
    return all(
        (ours.match(char) is None) == (theirs.match(char) is None)
        for ours, theirs in (
            (StdlibPunktToken._RE_ALPHA, PunktToken._RE_ALPHA),
            (StdlibPunktToken._RE_NUMERIC, PunktToken._RE_NUMERIC),
        )
    )


def _types_alike(text: str) -> bool:
    """Whether ``StdlibPunktToken`` types every token of ``text`` as nltk's token does.

    A token's number test reads it lower-cased, and lower-casing can bring in
    other characters ("İ" → "i̇", with a combining dot), so those count too.
    """
    if text.isascii():
        return True
    chars = {*_NON_ASCII.findall(text), *_NON_ASCII.findall(text.lower())}
    return all(map(_char_typed_alike, chars))


@lru_cache(maxsize=3)
def build_tokenizer(*, stock: bool = False, stock_tokens: bool = False) -> PunktSentenceTokenizer:
    """Punkt with the package's parameters (no training, no NLTK data).

    Its patterns run on the stdlib ``re`` (``StdlibPunktVars``, ``StdlibPunktToken``);
    ``stock``: on nltk's own engine, for text the two read differently;
    ``stock_tokens``: nltk's token class with the stdlib sentence patterns.
    """
    params = PunktParameters()
    params.abbrev_types = set(load_abbreviations())
    params.sent_starters = set(load_sentence_starters())
    if stock:
        return PunktSentenceTokenizer(params)
    token = PunktToken if stock_tokens else StdlibPunktToken
    return MemoPunktSentenceTokenizer(params, lang_vars=StdlibPunktVars(), token_cls=token)


def punkt_spans(text: str) -> list[tuple[int, int]]:
    """Punkt's sentence spans of ``text``."""
    if _SEPARATORS.search(text) is not None:
        tokenizer = build_tokenizer(stock=True)
    else:
        tokenizer = build_tokenizer(stock_tokens=not _types_alike(text))
    return list(tokenizer.span_tokenize(text))


def stripped_paragraphs(text: str, start: int = 0) -> list[tuple[int, str]]:
    """Every paragraph of ``text`` from ``start`` on, stripped, with its offset.

    What ``iter_paragraphs`` finds, stripped as ``paragraph_sentences`` strips
    it, read with ``str.split`` (the regex walks every character in Python's
    engine, several times slower on long articles). ``str.strip`` removes what
    ``\\s`` matches, so the stripped line is the one the regex would give.
    """
    if "\r" in text:  # a line break split does not see: the regex does
        found = []
        for s, e in iter_paragraphs(text, start):
            paragraph = text[s:e]
            stripped = paragraph.strip()
            found.append((s + len(paragraph) - len(paragraph.lstrip()), stripped))
        return found
    found = []
    offset = start
    for line in text[start:].split("\n"):
        stripped = line.strip()
        if stripped:
            found.append((offset + len(line) - len(line.lstrip()), stripped))
        offset += len(line) + 1
    return found


def iter_paragraphs(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of every paragraph of ``text`` from ``start`` on."""
    for match in PARAGRAPH.finditer(text, start):
        yield match.start(), match.end()


def iter_sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield the sentence spans of the paragraph ``text[start:end]`` (stripped)."""
    yield from paragraph_sentences(text, start, end)


def paragraph_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence spans of the paragraph ``text[start:end]`` (stripped)."""
    paragraph = text[start:end]
    lead = len(paragraph) - len(paragraph.lstrip())
    trail = len(paragraph.rstrip())
    if not _MAYBE_SPLIT.search(paragraph, lead, max(lead, trail - 1)):
        # No sentence-final mark before the last character: one sentence, no Punkt call.
        return [(start + lead, start + trail)]
    offset = start + lead
    return [(offset + s, offset + e) for s, e in _sentence_spans(paragraph[lead:trail])]


def _sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """The sentences of a stripped paragraph: Punkt's (``_split_plain``), with a name's
    initials kept in the sentence of the name (``_join_initials``) and sentences glued
    without a space parted (``_part_glued``)."""
    spans = _split_plain(paragraph)
    if len(spans) > 1:
        spans = _join_times(paragraph, _join_initials(paragraph, spans))
    return _part_glued(paragraph, spans) if _GLUED_END.search(paragraph) else spans


#: A sentence end glued to the next sentence's first word, as text scraped without its
#: line breaks has it: "was not targeted.Trump has said", "“… for him.”She said".
_GLUED_END = re.compile(r"(?<![\w./@:-])([a-z]{2,})[.!?][\"”’]?(?=[A-Z][a-z])")


def _part_glued(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` parted after every glued sentence end (``_GLUED_END``; not after "www"):
    Punkt reads "targeted.Trump" as one word, so the next sentence's subject would be
    read with the last word of the sentence before."""
    parted: list[tuple[int, int]] = []
    for s, e in spans:
        begin = s
        for glued in _GLUED_END.finditer(paragraph, s, e):
            if glued.group(1) == "www":
                continue
            parted.append((begin, glued.end()))
            begin = glued.end()
        parted.append((begin, e))
    return parted


#: A party tag with an abbreviated state closing a span: "(R-Ill.)", "(D., Miss.)".
_PARTY_TAG_END = re.compile(r"\([RDI][-.,]+\s*[A-Z][a-z]{1,4}\.\)?$")
#: What opens the rest of the sentence after such a tag: its bracket, a comma, a lower-case word.
_AFTER_PARTY_TAG = re.compile(r"\)?\s*(?:[,;]|[a-z])")


def _join_party_tags(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a span that ends with a party tag to the next when that opens in lower case or
    with a comma: "Sen. Richard Durbin (D-Ill.), noting …" is one sentence. (The states
    written as words, "Ill." and "Miss.", stay out of the abbreviations, which would keep
    "fell ill. Doctors" together.)"""
    joined: list[tuple[int, int]] = []
    for s, e in spans:
        if (
            joined
            and _AFTER_PARTY_TAG.match(text, s, e)
            and _PARTY_TAG_END.search(text, joined[-1][0], joined[-1][1])
        ):
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    return joined


# Candidate sentence ends: final punctuation (and closing quotes) before a space and a word.
# (Each pattern searched for opens with a plain character or a character set, so
# that ``re`` skips ahead in C to where it can match instead of trying every position.)
_CANDIDATE = re.compile(r"[.?!][.?!]*[”\"’']*(?=(\s+)\S)")
# What only Punkt's full machinery decides: brackets, ellipses, "?!" inside tokens.
_NEEDS_PUNKT = re.compile(
    r"\(|\)|\[|\]|…|\.\.|\?[”\"’']*\)|![”\"’']*\)|\?[^\s”\"’'.?!]|![^\s”\"’'.?!]|\?[?!]|![?!]|''|’’"
)


_NEXT_TOKEN = re.compile(r"[^\s.,;:!?\"”’)]+")


def _split_plain(paragraph: str) -> list[tuple[int, int]]:
    """Punkt's sentences of a paragraph, calling Punkt only where a boundary is ambiguous.

    With the package's parameters (no collocations, no orthographic statistics),
    Punkt ends a sentence at every "." "?" "!" (closing quotes included) that is
    followed by a space and a word, unless the token before the period is an
    abbreviation, an initial or a number, or holds a period itself; after an
    abbreviation it ends one only when a capitalised frequent sentence starter
    follows ("U.S. The"). Those cases are decided here. A stretch between decided
    boundaries that holds a candidate left open goes to Punkt as a whole, unless
    ``_resolve_unsure`` knows Punkt's answer at every such candidate and nothing
    else in the stretch needs Punkt; so does a stretch holding a bracket, an
    ellipsis or odd punctuation. (Tested against Punkt.)
    """
    spans: list[tuple[int, int]] = []
    # Most paragraphs hold nothing that needs Punkt; then no part of them does.
    plain = _NEEDS_PUNKT.search(paragraph) is None
    begin = 0
    # the stretch's candidates that end no sentence or are left open, and whether any is open
    pending: list[tuple[re.Match[str], int, bool | None]] = []
    unsure = False
    for match in _CANDIDATE.finditer(paragraph):
        after = match.end(1)  # the word after the whitespace
        decision = _decide_boundary(paragraph, match, after, plain=plain)
        if decision is True:
            end = match.end()
            if not unsure and (plain or not _NEEDS_PUNKT.search(paragraph, begin, end)):
                spans.append((begin, end))  # _add_stretch's first case, inline: most stretches
            else:
                _add_stretch(paragraph, begin, end, pending, unsure, plain, spans)
            begin = after
            pending = []
            unsure = False
        else:
            pending.append((match, after, decision))
            unsure = unsure or decision is None
    _add_stretch(paragraph, begin, len(paragraph), pending, unsure, plain, spans)
    return _join_party_tags(paragraph, spans) if ")" in paragraph else spans


#: Two or three initials closing a span: "A.J.", "J.C.", "W.E.B." (a person's, a firm's).
_INITIALS_END = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3})$")
#: A capitalised word opening the next span.
_CAPITALISED_START = re.compile(r"[A-Z][\w’'-]*")


#: A time of day closing a span: "at 1:30 a.m.", "by 5 p.m.".
_TIME_OF_DAY_END = re.compile(r"\d\s*[ap]\.m\.$")
#: What goes on with the time after "a.m." or "p.m.": a day, a month, a time zone.
_TIME_GOES_ON = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|"
    r"Sept?\.|Oct\.|Nov\.|Dec\.|[ECMP][SD]?T|GMT|UTC|BST|CET|Eastern|Central|Mountain|"
    r"Pacific|local)\b"
)


def _join_times(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a span that ends with a time of day ("a.m.", "p.m.") to the next when that opens
    with a day, a month or a time zone: "reopened at 1:30 a.m. Sunday, according to police"
    and "at 2 p.m. ET on Friday" are one sentence (Punkt ends one after "a.m."); "at 2 p.m.
    The next day" and "at 5:48 a.m. Police Chief Joel Rivera said" stay two."""
    joined: list[tuple[int, int]] = []
    for s, e in spans:
        if (
            joined
            and _TIME_OF_DAY_END.search(text, joined[-1][0], joined[-1][1])
            and _TIME_GOES_ON.match(text, s, e)
        ):
            joined[-1] = (joined[-1][0], e)
            continue
        joined.append((s, e))
    return joined


def _join_initials(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a span that ends with a name's initials to the next when that opens with a
    capitalised word that is no frequent sentence starter: "A.J. Bauer said", "J.C. Penney,
    which …" are one sentence (Punkt, which knows single initials, ends one after "A.J.").
    Initials that are a listed abbreviation of a place or body ("U.S.", "D.C.") stay
    sentence ends before a capitalised word, as Punkt decides."""
    joined: list[tuple[int, int]] = []
    for s, e in spans:
        if joined:
            initials = _INITIALS_END.search(text, joined[-1][0], joined[-1][1])
            first = _CAPITALISED_START.match(text, s, e)
            if (
                initials is not None
                and initials.group(1)[:-1].lower() not in load_abbreviations()
                and first is not None
                and first.group(0).lower() not in load_sentence_starters()
            ):
                joined[-1] = (joined[-1][0], e)
                continue
        joined.append((s, e))
    return joined


def _add_stretch(
    paragraph: str,
    c_start: int,
    c_end: int,
    candidates: list[tuple[re.Match[str], int, bool | None]],
    open_: bool,
    plain: bool,
    spans: list[tuple[int, int]],
) -> None:
    """Append the sentences of the stretch ``paragraph[c_start:c_end]`` to ``spans``.

    ``candidates``: its candidates that end no sentence or are left open;
    ``open_``: whether any is left open; ``plain``: the paragraph holds nothing
    that needs Punkt.
    """
    if not open_ and (plain or not _NEEDS_PUNKT.search(paragraph, c_start, c_end)):
        spans.append((c_start, c_end))
        return
    chunk = paragraph[c_start:c_end]
    cuts = _punkt_cuts(paragraph, candidates, chunk)
    if cuts is not None:
        for end, next_start in cuts:
            spans.append((c_start, end))
            c_start = next_start
        spans.append((c_start, c_end))
        return
    for s, e in punkt_spans(chunk):
        piece = chunk[s:e]
        stripped = piece.strip()
        if stripped:
            s += len(piece) - len(piece.lstrip())
            spans.append((c_start + s, c_start + s + len(stripped)))


def _punkt_cuts(
    paragraph: str, candidates: list[tuple[re.Match[str], int, bool | None]], chunk: str
) -> list[tuple[int, int]] | None:
    """Where Punkt ends sentences inside ``chunk`` (``(end, next start)`` pairs), when
    that is certain at every candidate in it; None when Punkt must run.

    ``candidates`` are the chunk's candidates ``_decide_boundary`` does not end a
    sentence at (False) or leaves open (None).
    """
    if _has_hidden_end(chunk):
        return None
    cuts: list[tuple[int, int]] = []
    for match, after, decision in candidates:
        if decision is None:
            resolved = _resolve_unsure(paragraph, match, after)
        else:  # Punkt takes the abbreviation as _decide_boundary did, or may not
            resolved = False if _punkt_sees_abbreviation(paragraph, match, after) else None
        # Where a sentence ends, it ends whatever follows; where none does, what
        # follows can still make Punkt end one (see _punkt_context_is_plain).
        if resolved is None or (
            resolved is False and not _punkt_context_is_plain(paragraph, match, after)
        ):
            return None
        if resolved:
            cuts.append((match.end(), after))
    return cuts


def _has_digit(word: str) -> bool:
    """Whether ``word`` holds a digit (``str.isdigit``); letters-only words answer in C."""
    return not word.isalpha() and any(c.isdigit() for c in word)


def _decide_boundary(
    paragraph: str, match: re.Match[str], after: int, *, plain: bool = False
) -> bool | None:
    """True: a sentence ends at ``match``; False: it does not; None: ask Punkt.

    ``plain``: ``_NEEDS_PUNKT`` finds nothing in ``paragraph`` (so in no part of it).
    """
    if not (paragraph[after].isalnum() or paragraph[after] in "“‘"):
        return None
    mark = match.start()
    space = _word_start(paragraph, mark) - 1
    if not plain and _NEEDS_PUNKT.search(paragraph, space + 1, after + 1):
        return None
    if paragraph[mark] != ".":
        return True
    core = paragraph[space + 1 : mark].lstrip("“\"‘'").lower()
    abbreviations = load_abbreviations()
    # (Punkt reads the last part of a hyphened word too: "Missouri-St. Louis")
    if core in abbreviations or core.rsplit("-", 1)[-1] in abbreviations:
        if match.group(0) != ".":
            return None  # "Dept.”": Punkt decides
        # Punkt's frequent-sentence-starter rule, the only one that applies without statistics
        following = _NEXT_TOKEN.match(paragraph, after)
        word = following.group(0) if following else ""
        return word[:1].isupper() and word.lower() in load_sentence_starters()
    if len(core) <= 1 or "." in core or (not core.isalpha() and _has_digit(core)):
        return None
    return True


def _word_start(paragraph: str, mark: int) -> int:
    """Where the space-delimited word ending at ``mark`` starts: after the last
    space or tab before it (a tab counts only after the last space)."""
    space = paragraph.rfind(" ", 0, mark)
    tab = paragraph.rfind("\t", space + 1, mark)
    return max(space, tab) + 1


# A token Punkt sees whole (no character its word tokenizer splits at) and types
# as "##number##" (its pattern, without the final period), or as an initial.
_PLAIN_TOKEN = re.compile(r"[\w$%]+(?:[-,][\w$%]+)*")
_PUNKT_NUMBER = re.compile(r"-?[.,]?\d[\d,.-]*")
_INITIAL = re.compile(r"[^\W\d]")
_END_MARK = re.compile(r"[.?!…]")
_DOTS = re.compile(r"\.+")
_PLAIN_WORD = re.compile(r"\w+(?:-\w+)*")
_WHITESPACE = re.compile(r"\s")
# Characters Punkt's candidate pattern accepts right after a final mark (nltk's NonWord set).
_PUNKT_NON_WORD = frozenset(")\";}]*:@'({[‘’“”«»?!")
# A final mark followed by one of those, other than closing quotes before a word or the end.
_HIDDEN_END = re.compile(r"[.?!](?=[)\";}\]*:@'({\[‘’“”«»?!])(?![”\"’']*(?:\s+\S|$))")


def _resolve_unsure(paragraph: str, match: re.Match[str], after: int) -> bool | None:
    """Punkt's answer at a candidate ``_decide_boundary`` leaves to Punkt, where it is
    certain: a straight quote opening the next word, a number or an initial before
    the period. None: Punkt must still decide.

    Punkt's answer at one candidate depends only on the token before and the token
    after it, so these decisions hold inside any chunk (checked on real text
    against Punkt's own splits).
    """
    following = paragraph[after]
    space = _word_start(paragraph, match.start()) - 1
    word = paragraph[space + 1 : match.start()]
    if len(match.group(0)) > 1 and _DOTS.fullmatch(match.group(0)):
        # "the ... Judiciary": an ellipsis is a token of its own; Punkt ends a sentence
        # after it only before a capitalised frequent sentence starter.
        token = paragraph[after : _token_end(paragraph, after)]
        if not _PLAIN_WORD.fullmatch(token) or (word and not _PLAIN_TOKEN.fullmatch(word)):
            return None
        return token[:1].isupper() and token.lower() in load_sentence_starters()
    if following in "(—–":
        # "own. (Sanders ...", "date. — Ellen": the bracket or dash is a token of its
        # own and is never moved back; after an ordinary word Punkt ends a sentence.
        return True if match.group(0) == "." and _is_ordinary_word(word) else None
    if _NEEDS_PUNKT.search(paragraph, space + 1, after + 1):
        return None
    if following in "\"'":
        # "said. \"We ...": the quote is a token of its own and is not moved back.
        if not paragraph[after + 1 : after + 2].isalnum():
            return None
        if match.group(0)[0] != ".":
            return True
        core = word.lstrip("“\"‘'").lower()
        if (
            any(c in _PUNKT_NON_WORD for c in core)  # Punkt would cut the word in two
            or core in load_abbreviations()
            or core.rsplit("-", 1)[-1] in load_abbreviations()  # Punkt: "R-Ala." ends in "ala"
            or len(core) <= 1
            or "." in core
        ):
            return None
        return None if _has_digit(core) else True
    if match.group(0) != "." or not (
        following.isalnum() or (following in "“‘" and paragraph[after + 1 : after + 2].isalnum())
    ):
        return None
    return _decide_number_or_initial(word, following)


def _punkt_context_is_plain(paragraph: str, match: re.Match[str], after: int) -> bool:
    """Whether what Punkt reads around this candidate holds nothing that needs Punkt.

    Punkt decides a candidate on its context: the word before, the mark and the
    next whitespace-delimited token. Brackets, ellipses or odd punctuation in the
    word or the token change its tokens, and an end mark inside the next token
    ("W. Bush.\"") makes it end a sentence here whatever the word before is.
    """
    space = _word_start(paragraph, match.start()) - 1
    end = _token_end(paragraph, after)
    return not (
        _DOTS.fullmatch(match.group(0)) is None
        or _NEEDS_PUNKT.search(paragraph, space + 1, match.start())
        or _NEEDS_PUNKT.search(paragraph, after, end)
        or _END_MARK.search(paragraph, after, end)
    )


def _token_end(paragraph: str, start: int) -> int:
    """End of the whitespace-delimited token starting at ``start``."""
    found = _WHITESPACE.search(paragraph, start)
    return found.start() if found else len(paragraph)


def _punkt_sees_abbreviation(paragraph: str, match: re.Match[str], after: int) -> bool:
    """Whether Punkt sees the abbreviation and the next word ``_decide_boundary`` saw.

    It does not when a quote opens the abbreviation (“Sen.) or when punctuation
    cuts the next word into several tokens ("It's" is "It" for Punkt).
    """
    space = _word_start(paragraph, match.start()) - 1
    word = paragraph[space + 1 : match.start()]
    return (
        match.group(0) == "."
        and not any(c in _PUNKT_NON_WORD or c in "“‘" for c in word)
        and _PLAIN_WORD.fullmatch(paragraph, after, _token_end(paragraph, after)) is not None
    )


def _has_hidden_end(chunk: str) -> bool:
    """Whether Punkt may end a sentence where ``_CANDIDATE`` sees no candidate.

    Punkt considers every final mark followed directly by punctuation or a quote
    ("us.“I", "U.S.'s", "AL?!"); the fast path sees only those whose closing
    quotes are followed by a space and a word, or end the text.
    """
    return _HIDDEN_END.search(chunk) is not None


def _is_ordinary_word(word: str) -> bool:
    """A token Punkt keeps whole that is no abbreviation, initial or number: after it,
    a period always ends a sentence."""
    lowered = word.lower()
    return (
        _PLAIN_TOKEN.fullmatch(word) is not None
        and lowered not in load_abbreviations()
        and lowered.rsplit("-", 1)[-1] not in load_abbreviations()
        and not _INITIAL.fullmatch(word)
        and not _PUNKT_NUMBER.fullmatch(word)
    )


def _decide_number_or_initial(word: str, following: str) -> bool | None:
    """Punkt's answer after a number ("in 2005.") or an initial ("J."), or None.

    Without orthographic statistics, Punkt's second pass reduces to: after an
    initial, no sentence ends before a word in either case; after a number, none
    ends before a lower-case word and one does before anything else; any other
    token with a digit ("$150,000.", "19th.") ends one. Abbreviations, including
    Punkt's "last part after a hyphen" ("ex-Gov."), are left to Punkt.
    """
    lowered = word.lower()
    if (
        not _PLAIN_TOKEN.fullmatch(word)
        or lowered in load_abbreviations()
        or lowered.rsplit("-", 1)[-1] in load_abbreviations()
    ):
        return None
    if _INITIAL.fullmatch(word):
        return (
            False if following.isalpha() and (following.islower() or following.isupper()) else None
        )
    if _PUNKT_NUMBER.fullmatch(word):
        return not following.islower()
    return True


def split_sentences(documents: pl.DataFrame) -> pl.DataFrame:
    """One SENTENCES row per sentence of every document; the headline is index -1.

    Offsets point into ``text``; ``text[start:end]`` is the sentence without its
    surrounding whitespace. Raises ``SchemaError`` when ``documents`` lacks
    ``article_id``, ``text`` or ``body_start``.
    """
    documents = _require(documents, ("article_id", "text", "body_start"))
    ids: list[str] = []
    sentence_index: list[int] = []
    paragraph_index: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    for article_id, text, body_start in documents.select(
        "article_id", "text", "body_start"
    ).iter_rows():
        text = text or ""
        body_start = body_start or 0
        headline = text[:body_start].strip()
        if headline:
            lead = text.index(headline)
            ids.append(article_id)
            sentence_index.append(-1)
            paragraph_index.append(-1)
            starts.append(lead)
            ends.append(lead + len(headline))
        n = len(starts)
        for p, (start, paragraph) in enumerate(stripped_paragraphs(text, body_start)):
            if _MAYBE_SPLIT.search(paragraph, 0, len(paragraph) - 1) is None:
                # No sentence-final mark before the last character: one sentence, no Punkt call.
                paragraph_index.append(p)
                starts.append(start)
                ends.append(start + len(paragraph))
                continue
            spans = _sentence_spans(paragraph)
            paragraph_index.extend([p] * len(spans))
            starts.extend([start + s for s, _ in spans])
            ends.extend([start + e for _, e in spans])
        n = len(starts) - n
        ids.extend([article_id] * n)
        sentence_index.extend(range(n))
    return pl.DataFrame(
        {
            "article_id": ids,
            "sentence_index": sentence_index,
            "paragraph_index": paragraph_index,
            "start": starts,
            "end": ends,
        },
        schema=schemas.SENTENCES,
    )


def _require(frame: pl.DataFrame, columns: tuple[str, ...]) -> pl.DataFrame:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise SchemaError(f"documents lack columns {missing}; they have {frame.columns}")
    return frame

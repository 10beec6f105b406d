"""Paragraphs and sentences, with character offsets into ``text``.

Paragraphs are the non-blank lines of the body (news text marks paragraphs by
line breaks, often doubled). Sentences inside a paragraph come from nltk's Punkt
tokenizer run with parameters the package supplies (its abbreviation list in
``framing/data/abbreviations.toml``), so no NLTK data is ever needed. The
headline, when there is one, is sentence -1 in paragraph -1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import polars as pl
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

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


@lru_cache(maxsize=1)
def build_tokenizer() -> PunktSentenceTokenizer:
    """Punkt with the package's parameters (no training, no NLTK data)."""
    params = PunktParameters()
    params.abbrev_types = set(load_abbreviations())
    params.sent_starters = set(load_sentence_starters())
    return PunktSentenceTokenizer(params)


def iter_paragraphs(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of every paragraph of ``text`` from ``start`` on."""
    for match in PARAGRAPH.finditer(text, start):
        yield match.start(), match.end()


def iter_sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield the sentence spans of the paragraph ``text[start:end]`` (stripped)."""
    paragraph = text[start:end]
    lead = len(paragraph) - len(paragraph.lstrip())
    trail = len(paragraph.rstrip())
    if not _MAYBE_SPLIT.search(paragraph, lead, max(lead, trail - 1)):
        # No sentence-final mark before the last character: one sentence, no Punkt call.
        yield start + lead, start + trail
        return
    for s, e in _split_plain(paragraph[lead:trail]):
        yield start + lead + s, start + lead + e


# Candidate sentence ends: final punctuation (and closing quotes) before a space and a word.
_CANDIDATE = re.compile(r"[.?!]+[”\"’']*(?=\s+\S)")
# What only Punkt's full machinery decides: brackets, ellipses, "?!" inside tokens.
_NEEDS_PUNKT = re.compile(r"[()\[\]…]|\.\.|[?!][”\"’']*\)|[?!][^\s”\"’'.?!]|[?!]{2}|''|’’")


_NEXT_TOKEN = re.compile(r"[^\s.,;:!?\"”’)]+")


def _split_plain(paragraph: str) -> list[tuple[int, int]]:
    """Punkt's sentences of a paragraph, calling Punkt only where a boundary is ambiguous.

    With the package's parameters (no collocations, no orthographic statistics),
    Punkt ends a sentence at every "." "?" "!" (closing quotes included) that is
    followed by a space and a word, unless the token before the period is an
    abbreviation, an initial or a number, or holds a period itself; after an
    abbreviation it ends one only when a capitalised frequent sentence starter
    follows ("U.S. The"). Those cases are decided here; every stretch between
    decided boundaries that still holds an initial, a number, a bracket, an
    ellipsis or odd punctuation goes to Punkt itself. (Tested against Punkt.)
    """
    chunks: list[tuple[int, int, bool]] = []  # (start, end, needs Punkt)
    begin = 0
    unsure = False
    for match in _CANDIDATE.finditer(paragraph):
        after = match.end()
        while paragraph[after].isspace():
            after += 1
        decision = _decide_boundary(paragraph, match, after)
        if decision is True:
            chunks.append((begin, match.end(), unsure))
            begin = after
            unsure = False
        elif decision is None:
            unsure = True
    chunks.append((begin, len(paragraph), unsure))
    spans: list[tuple[int, int]] = []
    for c_start, c_end, needs_punkt in chunks:
        chunk = paragraph[c_start:c_end]
        if not needs_punkt and not _NEEDS_PUNKT.search(chunk):
            spans.append((c_start, c_end))
            continue
        for s, e in build_tokenizer().span_tokenize(chunk):
            piece = chunk[s:e]
            stripped = piece.strip()
            if stripped:
                s += len(piece) - len(piece.lstrip())
                spans.append((c_start + s, c_start + s + len(stripped)))
    return spans


def _decide_boundary(paragraph: str, match: re.Match[str], after: int) -> bool | None:
    """True: a sentence ends at ``match``; False: it does not; None: ask Punkt."""
    if not (paragraph[after].isalnum() or paragraph[after] in "“‘"):
        return None
    space = max(paragraph.rfind(" ", 0, match.start()), paragraph.rfind("\t", 0, match.start()))
    window = paragraph[space + 1 : after + 1]
    if _NEEDS_PUNKT.search(window):
        return None
    if match.group(0)[0] != ".":
        return True
    core = paragraph[space + 1 : match.start()].lstrip("“\"‘'").lower()
    if core in load_abbreviations():
        if match.group(0) != ".":
            return None  # "Dept.”": Punkt decides
        # Punkt's frequent-sentence-starter rule, the only one that applies without statistics
        following = _NEXT_TOKEN.match(paragraph, after)
        word = following.group(0) if following else ""
        return word[:1].isupper() and word.lower() in load_sentence_starters()
    if len(core) <= 1 or "." in core or any(c.isdigit() for c in core):
        return None
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
        n = 0
        for p, (p_start, p_end) in enumerate(iter_paragraphs(text, body_start)):
            for s, e in iter_sentence_spans(text, p_start, p_end):
                ids.append(article_id)
                sentence_index.append(n)
                paragraph_index.append(p)
                starts.append(s)
                ends.append(e)
                n += 1
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

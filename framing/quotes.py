"""Direct quotations: spans inside quotation marks, straight or curly.

A quotation can run over several sentences and, by the newspaper convention,
over several paragraphs: a paragraph that opens a quote and never closes it is
continued by the next paragraph that opens with a quotation mark. Single quotes
are left alone: in English news they are apostrophes or nested quotes far more
often than top-level quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Double quotation marks: straight, curly, low-9, guillemets, and two apostrophes (the
#: typewriter convention some archives, e.g. The New York Times', use for a double quote).
_MARK = re.compile(r"''|[\"“”„«»]")
_OPENERS = "“„«"
_CLOSERS = "”»"


@dataclass(frozen=True)
class Quote:
    start: int  # at the opening mark
    end: int  # after the closing mark (or at the end of the paragraph when left open)
    closed: bool  # False: the paragraph ended inside the quote
    continues: bool  # True: continues the previous paragraph's unclosed quote


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Every double-quoted span of the given paragraphs, in text order."""
    quotes: list[Quote] = []
    previous_open = False
    for p_start, p_end in paragraphs:
        opened: int | None = None
        first = True
        paragraph_quotes: list[Quote] = []
        for match in _MARK.finditer(text, p_start, p_end):
            mark = match.group(0)
            pos = match.start()
            if opened is None:
                if mark in _CLOSERS and not _looks_like_opener(text, pos, p_start):
                    continue  # a stray closing mark
                if mark == '"' and _is_inch_mark(text, pos):
                    continue
                opened = pos
            elif mark in _CLOSERS or mark in ('"', "''"):
                continues = first and previous_open and _starts_paragraph(text, opened, p_start)
                paragraph_quotes.append(Quote(opened, match.end(), True, continues))
                first = False
                opened = None
            # an opening mark inside an open quote: a typo or a nested quote; keep the outer.
        if opened is not None:
            continues = first and previous_open and _starts_paragraph(text, opened, p_start)
            end = p_end
            while end > opened + 1 and text[end - 1].isspace():
                end -= 1
            paragraph_quotes.append(Quote(opened, end, False, continues))
            previous_open = True
        else:
            previous_open = False
        quotes.extend(paragraph_quotes)
    return quotes


def _starts_paragraph(text: str, pos: int, p_start: int) -> bool:
    return not text[p_start:pos].strip()


def _looks_like_opener(text: str, pos: int, p_start: int) -> bool:
    """A ” used as an opening mark (some sites use one glyph for both): after a space or
    at the paragraph start, and followed by a word."""
    before = text[pos - 1] if pos > p_start else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return before.isspace() and after.isalnum()


def _is_inch_mark(text: str, pos: int) -> bool:
    """5'10" and 24" screens: a straight mark right after a digit."""
    return pos > 0 and text[pos - 1].isdigit()

"""Cross-link lines and inline links."""

from __future__ import annotations

import polars as pl

from framing import schemas
from framing.crosslinks import find_crosslinks


def documents(text: str, body_start: int = 0) -> pl.DataFrame:
    return pl.DataFrame(
        {"article_id": ["a"], "outlet": ["o"], "text": [text], "body_start": [body_start]}
    )


def found(text: str, body_start: int = 0) -> list[tuple[str, str, str]]:
    frame = find_crosslinks(documents(text, body_start))
    return [
        (k, t, text[s:e]) for k, t, s, e in frame.select("kind", "text", "start", "end").iter_rows()
    ]


def test_empty_input_has_the_schema() -> None:
    empty = pl.DataFrame(schema=schemas.DOCUMENTS)
    result = find_crosslinks(empty)
    assert result.schema == schemas.CROSSLINKS
    assert result.is_empty()


def test_label_lines_of_every_kind() -> None:
    text = (
        "Body text.\nREAD: Azerbaijan rejects accusation\nRead more: Talks resume\n"
        "RELATED: Another story\nSee also: A third one\nAlso read: A fourth\n"
    )
    assert [(k, t) for k, t, _ in found(text)] == [
        ("read", "Azerbaijan rejects accusation"),
        ("read", "Talks resume"),
        ("related", "Another story"),
        ("see_also", "A third one"),
        ("read", "A fourth"),
    ]


def test_span_covers_the_whole_line_and_slices_back() -> None:
    text = "Intro.\n  READ: Iran arrests six men  \nMore."
    [(kind, title, span)] = found(text)
    assert span == "READ: Iran arrests six men"
    assert title == "Iran arrests six men"


def test_inline_links_in_parentheses() -> None:
    text = "The talks failed (READ MORE: Why talks fail) on Monday."
    assert found(text) == [("inline", "Why talks fail", "(READ MORE: Why talks fail)")]


def test_prose_is_not_a_crosslink() -> None:
    text = "Read the report before judging.\nRelated to this, he left.\nreading: none"
    assert found(text) == []


def test_headline_is_never_a_crosslink() -> None:
    title = "READ: not a link in the headline"
    assert found(title + "\n\nBody.", len(title) + 2) == []

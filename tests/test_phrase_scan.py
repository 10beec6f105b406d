"""phrase_scan finds, in a whole batch at once, what a bounded regex finds text by text."""

from __future__ import annotations

import re

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.phrase_scan import at_word_boundary, find_phrases_many

PHRASES = ["Israel", "Israeli", "Israelis", "Iran", "US", "U.S.", "U.S. Army", "al-Qaeda", "Zé"]


def regex_spans(text: str, phrases: list[str], boundary: str) -> list[tuple[int, int]]:
    body = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    if boundary == "outside":
        pattern = re.compile(r"(?<!\w)(?:" + body + r")(?!\w)")
    else:
        pattern = re.compile(r"\b(?:" + body + r")\b")
    return [m.span() for m in pattern.finditer(text)]


def test_empty_inputs() -> None:
    assert find_phrases_many(pl.Series([], dtype=pl.String), PHRASES) == []
    assert find_phrases_many(pl.Series(["", None]), PHRASES) == [[], []]
    assert find_phrases_many(pl.Series(["Israel"]), []) == [[]]


def test_examples_match_the_regex() -> None:
    texts = [
        "Israel and Israelis; xIsrael, Israeli-led. U.S. Army and U.S.-led US",
        "“Zé” met Iran’s envoy in the U.S.A. and al-Qaeda’s Iranian rivals…",
    ]
    for boundary in ("outside", "word"):
        found = find_phrases_many(pl.Series(texts), PHRASES, boundary=boundary)
        assert found == [regex_spans(t, PHRASES, boundary) for t in texts]
        assert any(found)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet="IsraelnUS.-_ ’éZ\nx", min_size=0, max_size=40), min_size=1, max_size=4
    ),
    st.sampled_from(["outside", "word"]),
)
def test_random_texts_match_the_regex(texts: list[str], boundary: str) -> None:
    found = find_phrases_many(pl.Series(texts), PHRASES, boundary=boundary)  # type: ignore[arg-type]
    assert found == [regex_spans(t, PHRASES, boundary) for t in texts]


def test_word_boundary_as_re_sees_it() -> None:
    for text in ("ab cd", "_x-y", "é1 ", ""):
        for offset in range(len(text) + 1):
            expected = re.compile(r"\b").match(text, offset) is not None
            assert at_word_boundary(text, offset) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="IsraelUS.-_ ’é𝐀²\u0301\nx", max_size=30), min_size=1, max_size=4),
    st.sampled_from(["outside", "word"]),
)
def test_multibyte_neighbours_match_the_regex(texts: list[str], boundary: str) -> None:
    """Two-, three- and four-byte characters (word and non-word) around phrases."""
    found = find_phrases_many(pl.Series(texts), PHRASES, boundary=boundary)  # type: ignore[arg-type]
    assert found == [regex_spans(t, PHRASES, boundary) for t in texts]


def test_several_phrase_lists_in_one_scan() -> None:
    from framing.phrase_scan import find_phrase_sets_many

    texts = pl.Series(["the Zionist regime of Israel", None, "Israeli Zionist 𝐀Israel", ""])
    sets = [(PHRASES, "outside"), (["Zionist regime", "Zionist", "Israel"], "word")]
    found = find_phrase_sets_many(texts, sets)  # type: ignore[arg-type]
    for k, (phrases, boundary) in enumerate(sets):
        alone = find_phrases_many(texts, phrases, boundary=boundary)  # type: ignore[arg-type]
        assert [per_text[k] for per_text in found] == alone
    assert found[0][1] == [(4, 18), (22, 28)]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="aé’𝐀\u0301 ", max_size=12), min_size=1, max_size=4))
def test_batch_bytes_count_characters_as_python(texts: list[str]) -> None:
    import numpy as np

    from framing.phrase_scan import BatchBytes

    batch = BatchBytes.of(pl.Series(texts))
    joined = "".join(texts)
    starts = [len(joined[:i].encode()) for i in range(len(joined) + 1)]
    assert batch.char_offsets(np.array(starts, dtype=np.int64)).tolist() == list(
        range(len(joined) + 1)
    )
    assert batch.bases.tolist() == [0, *np.cumsum([len(t.encode()) for t in texts]).tolist()]

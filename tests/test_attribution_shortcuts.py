"""The fast paths of attribution give what the plain computations they replace give.

Each shortcut (reading only the tail of a window, trying a pattern only where its
fixed part occurs, painting voices by priority order, remembering per-phrase answers)
is checked against the straightforward computation on generated texts.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.attribution import (
    _PRIORITY,
    _find_name_roles,
    _name_role_pattern,
    _paint,
    _split_title,
    _strip_capitalised_tail,
)
from framing.cues import lower_offsets_kept
from framing.speakers import (
    SourcePhrase,
    _source_before_tokens,
    _tokens,
    find_source_before,
    source_type_of,
)

#: The plain pattern ``_strip_capitalised_tail`` replaces: a closing run of capitalised
#: words (possessive quantifiers keep the search linear).
CAPITALISED_TAIL = re.compile(r"(?:\b[A-Z][\w’'.\-]*+\s*+)++$")

#: Pieces that make up generated texts: names, roles, clause words, punctuation.
PIECES = [
    "Amarjit",
    "Singh",
    "O'Brien",
    "McConnell",
    "Ministry",
    "Foreign",
    "spokesman",
    "Spokesman",
    "President",
    "Sen.",
    "the",
    "a",
    "an",
    "limousine",
    "driver",
    "who",
    "also",
    "has",
    "and",
    "that",
    "officials",
    "familiar",
    "with",
    "close",
    "to",
    "of",
    "(",
    ")",
    "R-Ky.",
    ",",
    ", ",
    " ",
    "  ",
    "\n",
    ".",
    "-",
    "’s",
    "“",
    "”",
]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map(
    lambda pieces: "".join(
        p if p in {",", ", ", " ", "  ", "\n", ".", "-"} else " " + p for p in pieces
    )
)


@settings(max_examples=120, deadline=None)
@given(texts, st.data())
def test_source_before_reads_the_tail_as_the_whole_window(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    whole = _source_before_tokens(text, _tokens(text, start, end), whole=True)[0]
    assert find_source_before(text, start, end) == whole


@settings(max_examples=120, deadline=None)
@given(texts, st.integers(0, 5))
def test_name_roles_are_the_patterns_matches(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    expected = [
        (m.span(), m.group("name", "role")) for m in _name_role_pattern().finditer(text, pos)
    ]
    found = [(m.span(), m.group("name", "role")) for m in _find_name_roles(text, pos)]
    assert found == expected


def test_name_roles_on_a_sentence() -> None:
    text = "He met Amarjit Singh, a spokesman for the firm, and Ann Lee, an aide."
    names = [m.group("name") for m in _find_name_roles(text, 0)]
    assert names == ["Amarjit Singh", "Ann Lee"]
    assert [m.group("name") for m in _find_name_roles(text, 30)] == ["Ann Lee"]
    assert _find_name_roles("", 0) == []


def paint_by_character(
    n: int, body_start: int, spans: list[tuple[int, int, str, str | None, str | None]]
) -> list[tuple[int, int, str, str | None, str | None]]:
    """The painting rule one character at a time: the headline, then at each character the
    span of highest priority, then latest start (within the body), then latest in input
    order."""
    labels: list[tuple[str, str | None, str | None]] = []
    for pos in range(body_start, n):
        covering = [(k, span) for k, span in enumerate(spans) if span[0] <= pos < span[1]]
        if covering:
            _, best = max(
                covering,
                key=lambda ks: (_PRIORITY[ks[1][2]], max(ks[1][0], body_start), ks[0]),
            )
            labels.append(best[2:])
        else:
            labels.append(("author", None, None))
    segments: list[tuple[int, int, str, str | None, str | None]] = []
    if body_start > 0:
        segments.append((0, min(body_start, n), "headline", None, None))
    for offset, label in enumerate(labels):
        pos = body_start + offset
        if segments and segments[-1][2:] == label and segments[-1][1] == pos:
            segments[-1] = (segments[-1][0], pos + 1, *label)
        else:
            segments.append((pos, pos + 1, *label))
    return segments


spans = st.lists(
    st.tuples(
        st.integers(0, 40),
        st.integers(0, 40),
        st.sampled_from(["indirect_quote", "direct_quote", "crosslink"]),
        st.sampled_from(["A", "B", None]),
        st.sampled_from(["x", None]),
    ),
    max_size=8,
)


@settings(max_examples=120, deadline=None)
@given(st.integers(0, 40), st.integers(0, 10), spans)
def test_painting_by_priority_order_is_the_per_character_rule(
    n: int, body_start: int, raw: list[tuple[int, int, str, str | None, str | None]]
) -> None:
    ordered = [(min(s, e), max(s, e), v, sp, ac) for s, e, v, sp, ac in raw]
    assert _paint(n, body_start, ordered) == paint_by_character(n, body_start, ordered)


def test_split_title() -> None:
    run = "Israeli Foreign Minister Eli Cohen"
    offset, name = _split_title(run)  # type: ignore[misc]
    assert name == "Eli Cohen" and run[offset:] == "Eli Cohen"
    assert _split_title("Eli Cohen") is None
    assert _split_title("Sen. Chuck Grassley") == (5, "Chuck Grassley")


def test_source_type_needs_the_context_only_for_unnamed_sources() -> None:
    officials = SourcePhrase(0, 9, "officials", role="officials")
    context = "officials, speaking on condition of anonymity, said"
    assert source_type_of(officials, context) == "anonymous"
    named = SourcePhrase(0, 13, "Amarjit Singh", name="Amarjit Singh")
    assert source_type_of(named, context) == "person"


def test_lower_offsets_kept_refuses_case_specials() -> None:
    assert lower_offsets_kept("ABC") == "abc"
    for special in ("İstanbul", "ıx", "ſ"):
        assert lower_offsets_kept(special) is None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["A", "B", "b", " ", "\n", "\t", ",", ".", "’", "'", "-", "É", "é", "1", "_", "(", "Mc"]
        ),
        max_size=14,
    ).map("".join)
)
def test_capitalised_tail_read_backwards_is_the_patterns(phrase: str) -> None:
    assert _strip_capitalised_tail(phrase) == CAPITALISED_TAIL.sub("", phrase)


def test_capitalised_tail_examples() -> None:
    assert _strip_capitalised_tail("On Monday, Iranian Foreign") == "On Monday, "
    assert _strip_capitalised_tail("said x’Brien") == "said x’"
    assert _strip_capitalised_tail("") == ""
    assert _strip_capitalised_tail("all lower") == "all lower"

"""Sentences and paragraphs: offsets into text, headline as -1, abbreviations kept whole."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import schemas
from framing.errors import SchemaError
from framing.sentences import load_abbreviations, split_sentences


def documents(text: str, body_start: int = 0, article_id: str = "a") -> pl.DataFrame:
    return pl.DataFrame(
        {"article_id": [article_id], "text": [text], "body_start": [body_start]},
    )


def spans(frame: pl.DataFrame, text: str) -> list[tuple[int, int, str]]:
    return [
        (i, p, text[s:e])
        for i, p, s, e in frame.select(
            "sentence_index", "paragraph_index", "start", "end"
        ).iter_rows()
    ]


def test_empty_input_has_the_schema() -> None:
    empty = pl.DataFrame(
        schema={"article_id": pl.String, "text": pl.String, "body_start": pl.Int64}
    )
    result = split_sentences(empty)
    assert result.schema == schemas.SENTENCES
    assert result.is_empty()


def test_empty_text_gives_no_sentences() -> None:
    assert split_sentences(documents("")).is_empty()


def test_headline_is_sentence_minus_one_and_offsets_slice_back() -> None:
    title = "Minister visits Baku"
    body = "Mr. Cohen met Pres. Aliyev on Monday. He left on Tuesday.\n\nTalks went well."
    text = title + "\n\n" + body
    result = split_sentences(documents(text, len(title) + 2))
    assert spans(result, text) == [
        (-1, -1, "Minister visits Baku"),
        (0, 0, "Mr. Cohen met Pres. Aliyev on Monday."),
        (1, 0, "He left on Tuesday."),
        (2, 1, "Talks went well."),
    ]


def test_us_at_a_sentence_end_before_a_sentence_starter_splits() -> None:
    text = "He wants to enter the U.S. The proposal failed. The U.S. Senate voted."
    assert [t for _, _, t in spans(split_sentences(documents(text)), text)] == [
        "He wants to enter the U.S.",
        "The proposal failed.",
        "The U.S. Senate voted.",
    ]


def test_state_abbreviations_after_party_labels_do_not_end_a_sentence() -> None:
    text = (
        "Sen. Ron Lake (D-Ore.) said the bill was flawed. Rep. Ann Pike (R-Pa.) agreed. "
        "The plant is in Erie, Pa. Its owner said it would grow. He fell ill. She stayed."
    )
    assert [t for _, _, t in spans(split_sentences(documents(text)), text)] == [
        "Sen. Ron Lake (D-Ore.) said the bill was flawed.",
        "Rep. Ann Pike (R-Pa.) agreed.",
        "The plant is in Erie, Pa.",
        "Its owner said it would grow.",
        "He fell ill.",
        "She stayed.",
    ]
    # "Mo." is an abbreviation; "Ill." and "Miss." are words, joined only inside a party
    # tag that the sentence goes on after
    text = (
        "Sen. Roy Blunt (R-Mo.) said no. Sen. Dick Durbin (D-Ill.), noting it, said yes. "
        "Rep. Ann Lee (R-Miss.) agreed. He fell ill. Doctors came."
    )
    assert [t for _, _, t in spans(split_sentences(documents(text)), text)] == [
        "Sen. Roy Blunt (R-Mo.) said no.",
        "Sen. Dick Durbin (D-Ill.), noting it, said yes.",
        "Rep. Ann Lee (R-Miss.) agreed.",
        "He fell ill.",
        "Doctors came.",
    ]


def test_every_line_is_a_paragraph() -> None:
    text = "One line\nREAD: another line\n\n  Third line.  "
    assert [(p, t) for _, p, t in spans(split_sentences(documents(text)), text)] == [
        (0, "One line"),
        (1, "READ: another line"),
        (2, "Third line."),
    ]


def test_abbreviation_list_comes_from_the_package() -> None:
    abbreviations = load_abbreviations()
    assert {"mr", "dr", "u.s", "gen"} <= abbreviations


def test_missing_columns_raise_schema_error() -> None:
    with pytest.raises(SchemaError, match="body_start"):
        split_sentences(pl.DataFrame({"article_id": ["a"], "text": ["x"]}))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet='ab .!?\n“”"', min_size=0, max_size=40), max_size=4))
def test_sentences_are_stripped_ordered_and_inside_the_body(parts: list[str]) -> None:
    text = "Title\n\n" + " ".join(parts)
    result = split_sentences(documents(text, 7))
    body = result.filter(pl.col("sentence_index") >= 0)
    previous_end = 7
    for s, e in body.select("start", "end").iter_rows():
        assert previous_end <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        previous_end = e


PARAGRAPHS = [
    "He left. She stayed! Did they? Yes.",
    "Mr. Cohen met Gen. Smith in the U.S. on Monday. Talks went on.",
    "“We are ready,” she said. “Are you?” He nodded.",
    "The vote was 52 to 48. The bill passed (narrowly). It goes to the House.",
    "J. R. Smith scored 20. He was great... or was he? Nobody knows.",
    "It rose 3.5 percent in Jan. and fell in Feb. Analysts shrugged.",
    "The U.S. The proposal failed.",
]


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_fast_path_gives_punkts_answer(paragraph: str) -> None:
    from framing.sentences import _split_plain, build_tokenizer

    assert _split_plain(paragraph) == list(build_tokenizer().span_tokenize(paragraph))


def test_fast_path_agrees_with_punkt_on_real_paragraphs(shared_dir: Path) -> None:
    """Where the fast path and Punkt differ at all, it is on a few paragraphs (mostly
    Punkt missing an abbreviation after an opening quote, “Mr.)."""
    import re

    from framing.sentences import _split_plain, build_tokenizer

    corpus = pl.read_parquet(
        shared_dir / "bench" / "allsides.parquet", columns=["content_original"]
    )
    texts = corpus["content_original"].drop_nulls().head(300).to_list()
    paragraphs = [p.strip() for t in texts for p in re.findall(r"[^\r\n]*\S[^\r\n]*", t)]
    tokenizer = build_tokenizer()
    differ = sum(_split_plain(p) != list(tokenizer.span_tokenize(p)) for p in paragraphs)
    assert len(paragraphs) > 1000
    assert differ / len(paragraphs) < 0.005


# Paragraphs where the fast path used to hand whole stretches to Punkt (numbers,
# initials, quotes opening the next sentence, brackets) and now decides them itself.
RESOLVED_PARAGRAPHS = [
    'George W. Bush won in 2004. "We are glad," he said. It was 5 p.m. Then he left.',
    "It rose in 2005. But it fell in 2006. and then rose (slowly) in 2007. Analysts shrugged.",
    "He paid $150,000. The deal closed in the 1990s. Everyone knew J. Smith. Really.",
    'The guy voted for George W. Bush." Then he left.',
    'Congressman Mo Brooks, R-Ala. "I saw him," he said. Yes (really) 2.',
    '“Sen. Tim Scott has done it,” he said. "Thomas Farr has." Then A. B. Smith spoke.',
    "What the HELL is going on in AL?! Nobody knows. Doomed!?!",
    "They met in 2019.“It was late,” she said at 10. (Nobody stayed.) Then J. Doe left.",
    "He spoke on his own. (Sanders is 78.) It was 1990. (Nobody knew.) Then J. Doe left.",
    "We met on that date. — Ellen Smith, Washington. Dr. (Anthony) Fauci spoke at 5 p.m. – and left.",
    "Why does Congress want the ... judiciary to act? He said... The vote failed... Nobody came "
    "(at 5 p.m.). Then it ended... and began.",
    # Punkt reads the last part of a hyphened word as an abbreviation too
    "A professor at the University of Missouri-St. Louis said it was late. Then J. Doe left.",
]


@pytest.mark.parametrize("paragraph", RESOLVED_PARAGRAPHS)
def test_resolved_candidates_give_punkts_answer(paragraph: str) -> None:
    from framing.sentences import _split_plain, build_tokenizer

    stock = build_tokenizer(stock=True)
    assert _split_plain(paragraph) == list(stock.span_tokenize(paragraph))


@pytest.mark.parametrize("paragraph", PARAGRAPHS + RESOLVED_PARAGRAPHS)
def test_stdlib_patterns_split_like_nltks_engine(paragraph: str) -> None:
    from framing.sentences import build_tokenizer

    fast, stock = build_tokenizer(), build_tokenizer(stock=True)
    assert list(fast.span_tokenize(paragraph)) == list(stock.span_tokenize(paragraph))


def test_separator_characters_go_to_the_stock_tokenizer() -> None:
    from framing.sentences import build_tokenizer, punkt_spans

    text = "He left.\x1c She (stayed). Did they?\x1fYes."
    assert punkt_spans(text) == list(build_tokenizer(stock=True).span_tokenize(text))


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="ab. \t\n\r\x0b\x1c\u2028\xa0", max_size=40),
    st.integers(min_value=0, max_value=5),
)
def test_stripped_paragraphs_are_the_regex_paragraphs_stripped(text: str, start: int) -> None:
    from framing.sentences import iter_paragraphs, stripped_paragraphs

    expected = []
    for s, e in iter_paragraphs(text, start):
        paragraph = text[s:e]
        expected.append((s + len(paragraph) - len(paragraph.lstrip()), paragraph.strip()))
    assert stripped_paragraphs(text, start) == expected


# Characters nltk's regex engine and ``re`` class differently (superscript digits,
# combining marks, a capital whose lower case adds a combining dot).
ODD_PARAGRAPHS = [
    "It rose by 5². Then it fell. He left at 3 p.m. and came back.",
    "The café\u0301. It closed in 2005. Mr. Smith spoke. Yes.",
    "İstanbul 4. It was late. J. Doe left (at 5). Then ½. He came.",
]


@pytest.mark.parametrize("paragraph", ODD_PARAGRAPHS)
def test_odd_characters_keep_nltks_token_types(paragraph: str) -> None:
    from framing.sentences import _types_alike, build_tokenizer, punkt_spans

    assert not _types_alike(paragraph)
    stock = build_tokenizer(stock=True)
    assert punkt_spans(paragraph) == list(stock.span_tokenize(paragraph))


def test_stdlib_tokens_split_like_nltks_on_real_paragraphs(shared_dir: Path) -> None:
    """The token class compiled by ``re`` gives Punkt's own answer on real text."""
    import re

    from framing.sentences import _types_alike, build_tokenizer

    corpus = pl.read_parquet(
        shared_dir / "bench" / "allsides.parquet", columns=["content_original"], n_rows=200
    )
    texts = corpus["content_original"].drop_nulls().to_list()
    paragraphs = [p.strip() for t in texts for p in re.findall(r"[^\r\n]*\S[^\r\n]*", t)]
    paragraphs = [p for p in paragraphs if _types_alike(p)]
    fast, nltk_tokens = build_tokenizer(), build_tokenizer(stock_tokens=True)
    assert len(paragraphs) > 1000
    for paragraph in paragraphs:
        assert list(fast.span_tokenize(paragraph)) == list(nltk_tokens.span_tokenize(paragraph))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .\t\n\r\x0b\x0c\xa0\u2028", max_size=30))
def test_last_whitespace_index_is_nltks(text: str) -> None:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from framing.sentences import build_tokenizer

    assert build_tokenizer()._get_last_whitespace_index(text) == (
        PunktSentenceTokenizer._get_last_whitespace_index(build_tokenizer(stock=True), text)
    )


def test_remembered_sentence_breaks_are_punkts() -> None:
    from framing.sentences import build_tokenizer

    fast, stock = build_tokenizer(), build_tokenizer(stock=True)
    contexts = ["said. The", "U.S. The", "Mr. Smith", "2005. But", "J. Doe", "said. The"]
    for context in contexts * 2:  # the second round is answered from memory
        assert fast.text_contains_sentbreak(context) == stock.text_contains_sentbreak(context)

"""Actor mentions: names, people, nominal and pronoun references, each with its voice."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import schemas
from framing.actors import load_gazetteer
from framing.mentions import find_actor_mentions


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def make_documents(*texts: str) -> pl.DataFrame:
    rows = [
        {
            "article_id": f"a{i}",
            "outlet": "Test Outlet",
            "title": None,
            "published": None,
            "url": None,
            "source_path": None,
            "text": text,
            "body_start": 0,
            "meta": "{}",
        }
        for i, text in enumerate(texts)
    ]
    return pl.DataFrame(rows, schema=schemas.DOCUMENTS)


def one_sentence_each(documents: pl.DataFrame) -> pl.DataFrame:
    return pl.DataFrame(
        [
            (aid, 0, 0, 0, len(text))
            for aid, text in documents.select("article_id", "text").iter_rows()
        ],
        schema=schemas.SENTENCES,
        orient="row",
    )


def mentions_of(gazetteer, text: str, voices: pl.DataFrame | None = None) -> pl.DataFrame:
    docs = make_documents(text)
    voices = schemas.empty(schemas.VOICES) if voices is None else voices
    return find_actor_mentions(docs, one_sentence_each(docs), voices, gazetteer)


def test_empty_input_gives_empty_schema(gazetteer):
    docs = make_documents()
    out = find_actor_mentions(
        docs, schemas.empty(schemas.SENTENCES), schemas.empty(schemas.VOICES), gazetteer
    )
    assert out.schema == schemas.ACTOR_MENTIONS
    assert out.is_empty()


def test_names_demonyms_metonyms_and_offsets(gazetteer):
    text = "Iranian officials in Tehran warned Israel."
    out = mentions_of(gazetteer, text)
    assert out.select("actor", "text", "mention_type").rows() == [
        ("iran", "Iranian", "demonym"),
        ("iran", "Tehran", "metonym"),
        ("israel", "Israel", "name"),
    ]
    for start, end, span in out.select("start", "end", "text").iter_rows():
        assert text[start:end] == span


def test_person_surname_pronoun_and_his_country(gazetteer):
    text = (
        "Eli Cohen met Ilham Aliyev. Later Cohen said he was pleased. "
        "Aliyev said his country would not be used against Iran."
    )
    out = mentions_of(gazetteer, text)
    got = out.select("text", "actor", "mention_type", "speaks_for").rows()
    assert ("Cohen", "eli_cohen", "person", "israel") in got
    assert ("he", "eli_cohen", "pronoun", "israel") in got
    assert ("Aliyev", "ilham_aliyev", "person", "azerbaijan") in got
    assert ("his country", "azerbaijan", "nominal", "azerbaijan") in got


def test_surname_alone_before_full_name_is_not_a_mention(gazetteer):
    out = mentions_of(gazetteer, "Cohen is a common name. Eli Cohen is a minister.")
    assert out.filter(pl.col("text") == "Cohen").is_empty()


def test_nominal_references(gazetteer):
    text = (
        "Cohen will travel to Turkmenistan, the Central Asian country. "
        "The Israeli diplomat spoke of the Zionist regime, as Iran calls it."
    )
    got = mentions_of(gazetteer, text).select("text", "actor").rows()
    assert ("the Central Asian country", "turkmenistan") in got
    assert ("The Israeli diplomat", "israel") in got
    assert ("Zionist regime", "israel") in got


def test_the_country_skips_the_speakers_own(gazetteer):
    text = "Eli Cohen visited Azerbaijan. Cohen noted that the country borders Iran."
    docs = make_documents(text)
    split = text.index("Cohen noted")
    sentences = pl.DataFrame(
        [("a0", 0, 0, 0, split), ("a0", 1, 0, split, len(text))],
        schema=schemas.SENTENCES,
        orient="row",
    )
    out = find_actor_mentions(docs, sentences, schemas.empty(schemas.VOICES), gazetteer)
    assert ("the country", "azerbaijan") in out.select("text", "actor").rows()


def test_mentions_take_voice_and_speaker(gazetteer):
    text = 'Kanaani said: "Israel is an enemy." Israel denied it.'
    q_start, q_end = text.index('"'), text.rindex('"') + 1
    voices = pl.DataFrame(
        [
            ("a0", 0, q_start, "author", None, None),
            ("a0", q_start, q_end, "direct_quote", "Nasser Kanaani", "iran"),
            ("a0", q_end, len(text), "author", None, None),
        ],
        schema=schemas.VOICES,
        orient="row",
    )
    out = mentions_of(gazetteer, text, voices)
    israel = out.filter(pl.col("actor") == "israel").select("voice", "speaker").rows()
    assert israel == [("direct_quote", "Nasser Kanaani"), ("author", None)]
    # A known speaker's surname is a mention of that person, who speaks for Iran.
    assert ("Kanaani", "nasser_kanaani", "iran") in out.select("text", "actor", "speaks_for").rows()


def test_several_articles_keep_their_ids(gazetteer):
    docs = make_documents("Israel.", "Nothing here.", "Baku and Tehran.")
    out = find_actor_mentions(
        docs, one_sentence_each(docs), schemas.empty(schemas.VOICES), gazetteer
    )
    assert out.select("article_id", "actor").rows() == [
        ("a0", "israel"),
        ("a2", "azerbaijan"),
        ("a2", "iran"),
    ]


def test_organisation_speakers_lend_no_surname(gazetteer):
    text = 'The ministry said: "Fine." Foreign Affairs officials agreed. Mr Rudd spoke.'
    q = (text.index('"'), text.index('."') + 2)
    voices = pl.DataFrame(
        [
            ("a0", 0, q[0], "author", None, None),
            ("a0", q[0], q[1], "direct_quote", "Israel's Ministry of Foreign Affairs", "israel"),
            ("a0", q[1], len(text), "author", None, None),
        ],
        schema=schemas.VOICES,
        orient="row",
    )
    out = mentions_of(gazetteer, text, voices)
    assert out.filter(pl.col("text") == "Affairs").is_empty()


def test_unknown_quoted_speaker_becomes_a_person_actor(gazetteer):
    text = 'Dana Ruritz said: "Fine." Later Ruritz left.'
    q = (text.index('"'), text.index('."') + 2)
    voices = pl.DataFrame(
        [
            ("a0", 0, q[0], "author", None, None),
            ("a0", q[0], q[1], "direct_quote", "Dana Ruritz", "israel"),
            ("a0", q[1], len(text), "author", None, None),
        ],
        schema=schemas.VOICES,
        orient="row",
    )
    rows = mentions_of(gazetteer, text, voices).select("text", "actor", "speaks_for").rows()
    assert ("Dana Ruritz", "dana_ruritz", "israel") in rows
    assert ("Ruritz", "dana_ruritz", "israel") in rows


def test_word_alternation_matches_like_a_plain_alternation():
    import re

    from framing.mentions import alternation, word_alternation

    text = (
        "She said the Israeli diplomat left. He and his country's capital, Baku, "
        "and the Zionist regime; the Islamic Republic. Theirs, hers, the nation, Our republic. "
        "Cohen-Levi, Cohen, xCohen, Cohens, (Cohen), .Jr. Jr. Jr.x"
    )
    for words in (
        ["he", "she", "He", "She"],
        ["the", "The", "their", "his", "her", "our"],
        ["Zionist regime", "Islamic Republic", "Zionist"],
        ["Cohen", "Cohen-Levi", "Levi"],
        [".Jr", "Jr.", "Jr"],
    ):
        plain = re.compile(r"\b(?:" + alternation(words) + r")\b")
        fast = re.compile(word_alternation(words))
        expected = [m.span() for m in plain.finditer(text)]
        assert expected, words
        assert [m.span() for m in fast.finditer(text)] == expected, words
    assert re.compile(word_alternation([]) + "x").search("x") is None


def test_one_text_alone_finds_what_the_batch_scan_finds(gazetteer):
    from framing.mentions import find_in_text

    text = "Israel's envoy met Eli Cohen in Tehran. He said the Zionist regime and the country..."
    bounds = [(0, len(text))]
    alone = find_in_text(text, gazetteer, {}, bounds, lambda offset: None)
    assert alone, "the text names actors"
    found = mentions_of(gazetteer, text)
    assert [(m.start, m.end, m.actor, m.mention_type) for m in alone] == [
        (row["start"], row["end"], row["actor"], row["mention_type"])
        for row in found.sort("start").iter_rows(named=True)
    ]


def test_find_words_matches_a_bounded_regex():
    import re

    from framing.mentions import find_words

    text = "Cohen, Cohen-Levi and xCohen met Levi; Cohens. _Levi Levi_ Cohen"
    words = ["Cohen", "Cohen-Levi", "Levi"]
    pattern = re.compile(r"\b(?:Cohen-Levi|Cohen|Levi)\b")
    assert [(s, e) for s, e, _ in find_words(text, words)] == [
        m.span() for m in pattern.finditer(text)
    ]
    assert find_words(text, []) == []
    assert find_words("", words) == []


OPENER_TEXTS = [
    "He said the Israeli diplomat and the spokesman met his country's envoy.",
    "the The Hill reported; Their leaders and our nation. She left. he",
    "x_the Israeli, éthe Iranian, the\x1cIsraeli, the\u00a0 spokesman, the  country",
    "“He” said; (she) and HE; the-Israeli; theIsraeli; 5the Israeli",
    "",
]


def test_opener_candidates_hold_every_opener() -> None:
    from framing.mentions import find_opener_candidates_many, find_openers, load_references

    refs = load_references()
    candidates = find_opener_candidates_many(pl.Series(OPENER_TEXTS), refs)
    assert len(candidates) == len(OPENER_TEXTS)
    for text, found in zip(OPENER_TEXTS, candidates, strict=True):
        starts = {m.start() for m in refs.openers.finditer(text)}
        assert starts <= set(found), text
        assert find_openers(text, refs, found) == find_openers(text, refs)
    assert find_opener_candidates_many(pl.Series([], dtype=pl.String), refs) == []


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet="theHSIsrali \n_é\x1c", max_size=30), min_size=1, max_size=3))
def test_opener_candidates_on_random_text(texts: list[str]) -> None:
    from framing.mentions import find_opener_candidates_many, find_openers, load_references

    refs = load_references()
    for text, found in zip(texts, find_opener_candidates_many(pl.Series(texts), refs), strict=True):
        assert find_openers(text, refs, found) == find_openers(text, refs)


def test_article_rows_read_scattered_articles() -> None:
    from framing.mentions import ArticleRows

    frame = pl.DataFrame(
        {"article_id": ["a", "b", "a", "c"], "start": [0, 5, 9, 1], "end": [4, 8, 12, 2]}
    )
    rows = ArticleRows(frame)
    assert rows.rows_of("a") == [(0, 4), (9, 12)]
    assert rows.rows_of("b") == [(5, 8)]
    assert rows.rows_of("missing") == []

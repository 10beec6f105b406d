"""find_loaded_terms: matching rules, targets, voices, offsets, empty input, the seed."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import schemas
from framing.errors import SchemaError
from framing.lexicons import Lexicon, load_lexicon
from framing.loaded_terms import TERM_CHOICE_CATEGORIES, find_loaded_terms, select_lexical_bias


class FakeActors:
    """Stands in for the gazetteer: a few names and demonyms."""

    NAMES = {
        "tehran": "iran",
        "kremlin": "russia",
        "pyongyang": "north_korea",
        "kim": "north_korea",
    }

    def actor_for(self, phrase: str) -> str | None:
        words = phrase.lower().split()
        return next((self.NAMES[w] for w in reversed(words) if w in self.NAMES), None)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def documents(*texts: str) -> pl.DataFrame:
    n = len(texts)
    return pl.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(n)],
            "outlet": ["Test"] * n,
            "title": [None] * n,
            "published": [None] * n,
            "url": [None] * n,
            "source_path": [None] * n,
            "text": list(texts),
            "body_start": [0] * n,
            "meta": [None] * n,
        },
        schema=schemas.DOCUMENTS,
    )


def no_voices() -> pl.DataFrame:
    return schemas.empty(schemas.VOICES)


def found(lexicon: Lexicon, text: str) -> list[tuple[str, str]]:
    terms = find_loaded_terms(documents(text), no_voices(), lexicon, FakeActors())
    return list(zip(terms["text"].to_list(), terms["entry"].to_list(), strict=True))


def test_empty_input_gives_the_schema(lexicon: Lexicon) -> None:
    out = find_loaded_terms(schemas.empty(schemas.DOCUMENTS), no_voices(), lexicon, FakeActors())
    assert out.schema == schemas.LOADED_TERMS and out.height == 0
    out = find_loaded_terms(documents("Nothing to see here."), no_voices(), lexicon, FakeActors())
    assert out.schema == schemas.LOADED_TERMS and out.height == 0


def test_case_hyphen_and_space_variants(lexicon: Lexicon) -> None:
    for text in (
        "its so-called plan",
        "its So Called plan",
        "its SO-CALLED plan",
        "its so\u2011called plan",
    ):
        assert [e for _, e in found(lexicon, text)] == ["so-called"], text


def test_inflections_and_declared_variants(lexicon: Lexicon) -> None:
    assert found(lexicon, "He claimed it; she claims it; they were claiming it.") == [
        ("claimed", "claim"),
        ("claims", "claim"),
        ("claiming", "claim"),
    ]
    assert [t for t, _ in found(lexicon, "The thugs came.")] == ["thugs"]


def test_longest_match_wins_and_possessives(lexicon: Lexicon) -> None:
    assert found(lexicon, "the Zionist regime\u2019s plans") == [
        ("Zionist regime", "Zionist regime")
    ]


def test_word_boundaries(lexicon: Lexicon) -> None:
    assert found(lexicon, "a reclaimed regimen") == []


def test_counter_example_contexts_are_excluded(lexicon: Lexicon) -> None:
    assert found(lexicon, "a new tax regime and a sanctions regime") == []
    assert [t for t, _ in found(lexicon, "the Kremlin regime")] == ["regime"]


def test_target_actor_from_entry_or_modified_actor(lexicon: Lexicon) -> None:
    terms = find_loaded_terms(
        documents("The Kremlin regime, the regime in Pyongyang; the Zionist regime; the regime."),
        no_voices(),
        lexicon,
        FakeActors(),
    )
    assert terms["target_actor"].to_list() == ["russia", "north_korea", "israel", None]


def test_a_label_possessed_by_a_label_aims_at_its_actor(lexicon: Lexicon) -> None:
    terms = find_loaded_terms(
        documents(
            "The Kremlin regime\u2019s thugs struck. The regime's thugs fled. "
            "The Tehran regime and thugs.",
            "The Kremlin regime's thugs",
        ),
        no_voices(),
        lexicon,
        FakeActors(),
    )
    assert terms.select("article_id", "text", "target_actor").rows() == [
        ("a0", "regime", "russia"),
        ("a0", "thugs", "russia"),
        # No actor to inherit, and no possessive: nothing is guessed.
        ("a0", "regime", None),
        ("a0", "thugs", None),
        ("a0", "Tehran regime", "iran"),
        ("a0", "thugs", None),
        ("a1", "regime", "russia"),
        ("a1", "thugs", "russia"),
    ]


def test_offsets_slice_back_and_columns(lexicon: Lexicon) -> None:
    text = "Title\n\nCritics called the İstanbul plan a sham and a hoax."
    terms = find_loaded_terms(documents(text), no_voices(), lexicon, FakeActors())
    assert terms.schema == schemas.LOADED_TERMS
    for start, end, matched in terms.select("start", "end", "text").iter_rows():
        assert text[start:end] == matched
    assert terms["text"].to_list() == ["sham", "hoax"]
    assert set(terms["outlet"]) == {"Test"} and set(terms["lexicon"]) == {"general"}


def test_each_hit_takes_voice_and_speaker_of_its_segment(lexicon: Lexicon) -> None:
    text = 'The so-called plan. "The Zionist regime lies," Kanaani said.'
    quote_start = text.index('"')
    quote_end = text.index(",", quote_start) + 1
    voices = pl.DataFrame(
        {
            "article_id": ["a0", "a0", "a0"],
            "start": [0, quote_start, quote_end],
            "end": [quote_start, quote_end, len(text)],
            "voice": ["author", "direct_quote", "author"],
            "speaker": [None, "Nasser Kanaani", None],
            "speaker_actor": [None, "iran", None],
        },
        schema=schemas.VOICES,
    )
    terms = find_loaded_terms(documents(text), voices, lexicon, FakeActors())
    rows = terms.select("text", "voice", "speaker").rows()
    assert rows == [
        ("so-called", "author", None),
        ("Zionist regime", "direct_quote", "Nasser Kanaani"),
        ("lies", "direct_quote", "Nasser Kanaani"),
    ]


def test_many_articles_at_once_keep_their_own_offsets(lexicon: Lexicon) -> None:
    texts = [
        f"Article {i}: a sham vote, {'then a hoax' if i % 2 else 'nothing'}." for i in range(300)
    ]
    terms = find_loaded_terms(documents(*texts), no_voices(), lexicon, FakeActors())
    by_article = terms.group_by("article_id").len()
    assert by_article.height == 300
    assert terms.height == 300 + 150
    index = {f"a{i}": t for i, t in enumerate(texts)}
    for article_id, start, end, matched in terms.select(
        "article_id", "start", "end", "text"
    ).iter_rows():
        assert index[article_id][start:end] == matched


# Digits and punctuation only: no word of any lexicon can be spelled from them.
NEUTRAL = st.text(alphabet="0123456789 ,.;\n", max_size=40).map(lambda s: f" {s} ")
LEXICON = load_lexicon()


@settings(max_examples=40, deadline=None)
@given(prefix=NEUTRAL)
def test_neutral_text_shifts_offsets_only(prefix: str) -> None:
    lexicon = LEXICON
    base = "the so-called regime of thugs"
    plain = find_loaded_terms(documents(base), no_voices(), lexicon, FakeActors())
    shifted = find_loaded_terms(documents(prefix + base), no_voices(), lexicon, FakeActors())
    assert shifted["text"].to_list() == plain["text"].to_list()
    assert (shifted["start"] - len(prefix)).to_list() == plain["start"].to_list()


def test_seed_article_terms(lexicon: Lexicon, seeds_dir: Path) -> None:
    path = seeds_dir / "000_4c5ba6db82dd8b7c.txt"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    text = path.read_text(encoding="utf-8")
    terms = find_loaded_terms(documents(text), no_voices(), lexicon, FakeActors())
    found_terms = set(terms["text"].str.to_lowercase())
    assert {
        "so-called",
        "zionist regime",
        "perceived",
        "strategic partner",
        "implacable enemy",
    } <= found_terms
    assert {"foment", "mischief", "stoking", "instability", "israeli regime"} <= found_terms
    zionist = terms.filter(pl.col("text") == "Zionist regime")
    assert zionist["target_actor"].to_list() == ["israel"]


def test_lexical_bias_leaves_out_term_choice_labels_only(lexicon: Lexicon) -> None:
    text = "The reckless senator called them illegal aliens and a terrorist cell."
    terms = find_loaded_terms(documents(text), no_voices(), lexicon, FakeActors())
    assert {"partisan_label", "terrorism_label"} <= set(terms["category"])
    kept = select_lexical_bias(terms)
    assert kept.columns == terms.columns
    assert not set(kept["category"]) & set(TERM_CHOICE_CATEGORIES)
    assert kept.height == terms.filter(~pl.col("category").is_in(TERM_CHOICE_CATEGORIES)).height
    assert "reckless" in kept["text"].to_list()


def test_lexical_bias_of_no_terms_and_missing_column() -> None:
    empty = schemas.empty(schemas.LOADED_TERMS)
    assert select_lexical_bias(empty).schema == empty.schema
    with pytest.raises(SchemaError, match="category"):
        select_lexical_bias(pl.DataFrame({"text": ["x"]}))


def test_a_users_not_loaded_entry_silences_a_builtin_form(lexicon: Lexicon, tmp_path: Path) -> None:
    text = "A deadly storm hit the coast; the Zionist regime said so."
    assert ("deadly", "deadly") in found(lexicon, text)
    stop = tmp_path / "plain.toml"
    stop.write_text(
        """
[[entry]]
term = "deadly"
category = "not_loaded"
note = "plain description in weather reporting"
examples = ["a deadly storm"]

[[entry]]
term = "regime"
category = "not_loaded"
examples = ["the regime said"]

[meta]
name = "plain"
version = "1"
language = "en"
description = "stop words"
license = "MIT"
source = "written for a test"
""",
        encoding="utf-8",
    )
    silenced = found(load_lexicon(extra=[stop]), text)
    assert ("deadly", "deadly") not in silenced
    # A longer built-in phrase still wins over the user's single word.
    assert ("Zionist regime", "Zionist regime") in silenced
    # Only not_loaded hits go: a text with none of them keeps all its hits.
    plain = "The thugs came."
    assert found(load_lexicon(extra=[stop]), plain) == found(lexicon, plain) != []

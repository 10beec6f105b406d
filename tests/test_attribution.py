"""The voice model and the source ledger, on small texts and on the seed article."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import schemas
from framing.actors import load_gazetteer
from framing.attribution import attribute_voices, build_source_ledger
from framing.crosslinks import find_crosslinks
from framing.cues import load_cues
from framing.errors import SchemaError
from framing.sentences import split_sentences

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_4c5ba6db82dd8b7c.txt"
GAZETTEER = load_gazetteer()


def document(body: str, title: str = "") -> pl.DataFrame:
    text = f"{title}\n\n{body}" if title else body
    return pl.DataFrame(
        {
            "article_id": ["a"],
            "outlet": ["o"],
            "text": [text],
            "body_start": [len(title) + 2 if title else 0],
        }
    )


def run(docs: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, str]:
    voices, sources = attribute_voices(
        docs, split_sentences(docs), find_crosslinks(docs), GAZETTEER
    )
    return voices, sources, docs["text"][0]


def voice_of(voices: pl.DataFrame, text: str, phrase: str) -> tuple[str, str | None]:
    """The voice and speaker at the first character of ``phrase``."""
    at = text.index(phrase)
    row = voices.filter((pl.col("start") <= at) & (pl.col("end") > at)).row(0, named=True)
    return row["voice"], row["speaker"]


def assert_covers(voices: pl.DataFrame, text: str) -> None:
    cursor = 0
    for start, end in voices.select("start", "end").iter_rows():
        assert start == cursor and end > start
        cursor = end
    assert cursor == len(text)


def test_empty_input_has_the_schemas() -> None:
    empty = pl.DataFrame(schema=schemas.DOCUMENTS)
    voices, sources = attribute_voices(
        empty, schemas.empty(schemas.SENTENCES), schemas.empty(schemas.CROSSLINKS), GAZETTEER
    )
    assert voices.schema == schemas.VOICES and voices.is_empty()
    assert sources.schema == schemas.SOURCES and sources.is_empty()


def test_missing_columns_raise_schema_error() -> None:
    with pytest.raises(SchemaError, match="sentences"):
        attribute_voices(
            document("x"),
            pl.DataFrame({"article_id": ["a"]}),
            schemas.empty(schemas.CROSSLINKS),
            None,
        )


def test_quote_first_with_pronoun_resolved_to_the_last_named_source() -> None:
    body = (
        "Senator Jane Roe met voters in Ohio.\n"
        "“We will win this state, and we will win it big,” she said."
    )
    voices, sources, text = run(document(body))
    assert voice_of(voices, text, "We will win") == ("direct_quote", "Jane Roe")
    assert voice_of(voices, text, "she said") == ("author", None)
    [row] = sources.rows(named=True)
    assert (row["source"], row["kind"], row["cue"], row["cue_stance"]) == (
        "Jane Roe",
        "direct",
        "said",
        "neutral",
    )
    assert text[row["source_start"] : row["source_end"]] == "she"


def test_quote_continued_after_the_attribution_break_is_one_attribution() -> None:
    body = "“The talks failed,” said John Smith, “and nobody knows what comes next.”"
    voices, sources, text = run(document(body))
    assert voice_of(voices, text, "and nobody") == ("direct_quote", "John Smith")
    assert voice_of(voices, text, "said John") == ("author", None)
    [row] = sources.rows(named=True)
    assert text[row["content_start"] : row["content_end"]] == body


def test_multi_paragraph_quote_continues_to_the_next_paragraph() -> None:
    body = (
        "Mayor Ann Lee told reporters: “The storm took everything.\n\n"
        "“We will rebuild, street by street, house by house.”\n\nThe city is quiet."
    )
    voices, _, text = run(document(body))
    assert voice_of(voices, text, "We will rebuild") == ("direct_quote", "Ann Lee")
    assert voice_of(voices, text, "The city is quiet") == ("author", None)


def test_straight_quotes_and_indirect_speech_with_doubt_cue() -> None:
    body = 'The minister, Omar Haddad, claimed that the border was calm. "Nothing happened there at all," he added.'
    voices, sources, text = run(document(body))
    assert voice_of(voices, text, "the border was calm") == ("indirect_quote", "Omar Haddad")
    assert voice_of(voices, text, "Nothing happened") == ("direct_quote", "Omar Haddad")
    stances = dict(zip(sources["cue"], sources["cue_stance"], strict=True))
    assert stances == {"claimed": "doubt", "added": "neutral"}


def test_clause_first_and_according_to() -> None:
    body = (
        "The ceasefire collapsed overnight, officials said.\n"
        "According to the World Health Organization, hospitals are full."
    )
    voices, sources, text = run(document(body))
    assert voice_of(voices, text, "The ceasefire") == ("indirect_quote", "officials")
    assert voice_of(voices, text, "hospitals are full") == (
        "indirect_quote",
        "World Health Organization",
    )
    kinds = dict(zip(sources["source"], sources["kind"], strict=True))
    types = dict(zip(sources["source"], sources["source_type"], strict=True))
    assert kinds == {"officials": "indirect", "World Health Organization": "according_to"}
    assert types == {"officials": "anonymous", "World Health Organization": "organization"}


def test_anonymous_source_marked_by_condition_of_anonymity() -> None:
    body = "A senior official, speaking on condition of anonymity, said the plan was dead."
    _, sources, _ = run(document(body))
    assert sources["source_type"].to_list() == ["anonymous"]


def test_scare_quotes_stay_in_the_author_voice() -> None:
    body = "The so-called “security zone” was expanded on Monday."
    voices, sources, text = run(document(body))
    assert voice_of(voices, text, "security zone") == ("author", None)
    assert sources.is_empty()


def test_a_scare_quote_is_not_given_the_next_sentences_speaker() -> None:
    body = (
        "The so-called “experts” disagreed. Critics called the vote a sham. "
        "“We will win.” Sanders said later."
    )
    voices, sources, text = run(document(body))
    assert voice_of(voices, text, "experts") == ("author", None)
    assert voice_of(voices, text, "We will win") == ("direct_quote", "Sanders")
    # the label the critics give the vote is theirs
    assert voice_of(voices, text, "a sham") == ("indirect_quote", "Critics")
    assert sources["source"].to_list() == ["Critics", "Sanders"]


def test_a_named_sentence_subject_is_taken_up_by_a_later_pronoun() -> None:
    body = (
        "Nancy Pelosi spoke in Kyiv on Monday. “We will not back down,” she added. "
        "President Donald Trump also called the visit “a stunt.”"
    )
    voices, sources, text = run(document(body))
    assert voice_of(voices, text, "We will not") == ("direct_quote", "Nancy Pelosi")
    # A particle counts only as a whole word: "also" is no "al".
    assert voice_of(voices, text, "a stunt") == ("direct_quote", "Donald Trump")
    # A possessive or a body's name opening the sentence is no person to take up.
    for body in (
        "Donald Trump’s White House said it failed. “We tried,” he said.",
        "Christian Science Monitor reported the vote. “It was close,” she said.",
    ):
        voices, _, text = run(document(body))
        assert voice_of(voices, text, "We tried" if "We" in body else "It was") in {
            ("direct_quote", "he"),
            ("direct_quote", "she"),
        }, body


def test_a_contracted_pronoun_opening_the_sentence_is_no_name() -> None:
    voices, _, text = run(document("I’m not sure the plan works, she said."))
    assert voice_of(voices, text, "not sure") == ("indirect_quote", "she")


def test_a_contracted_pronoun_source_is_its_pronoun() -> None:
    for body, phrase, speaker in (
        ("I’m saying I doubt it.", "I doubt", "I"),
        ("“We will win,” he’d said.", "We will", "he"),
        ("They’re saying the deal is dead.", "the deal", "They"),
    ):
        voices, _, text = run(document(body))
        assert voice_of(voices, text, phrase)[1] == speaker, body


def test_a_transcripts_speaker_line_is_not_a_sentence_subject() -> None:
    body = "Hillary Clinton\n\nWe doubt it. “Not now,” she said."
    voices, _, text = run(document(body))
    assert voice_of(voices, text, "Not now") == ("direct_quote", "she")


def test_only_verbs_of_saying_invert_their_subject() -> None:
    # "said the report": the subject after the verb; "denied the report", "denied it":
    # the object, so no one speaks the clause before them.
    for body, speaker in (
        ("The economy is weak, said the report.", "report"),
        ("The group, which officials say is dangerous, denied the report.", None),
        ("The radical group, which officials say is a terrorist organization, denied it.", None),
    ):
        voices, sources, text = run(document(body))
        assert "it" not in sources["source"].to_list()
        if speaker is None:
            assert voice_of(voices, text, "The") == ("author", None), body
        else:
            assert voice_of(voices, text, "The") == ("indirect_quote", speaker), body


def test_a_label_in_a_relative_clause_is_its_subjects_word() -> None:
    body = (
        "Protesters, whom the regime calls terrorists, marched on. The barrier, which "
        "Israel calls a security fence, runs on. The plan, which the minister called on "
        "Monday, failed."
    )
    voices, sources, text = run(document(body))
    assert voice_of(voices, text, "terrorists") == ("indirect_quote", "regime")
    assert voice_of(voices, text, "security fence") == ("indirect_quote", "Israel")
    assert voice_of(voices, text, "a security") == ("indirect_quote", "Israel")
    # "called on Monday": a time, no label
    assert voice_of(voices, text, "Monday") == ("author", None)
    assert voice_of(voices, text, "Protesters") == ("author", None)
    assert sources["cue_stance"].to_list() == ["labeling", "labeling"]
    for body, label in (
        ("It is unclear which lawmakers called the meeting.", "meeting"),
        ("Aides to the governor, whom Trump called Tuesday, declined to comment.", "Tuesday"),
        ("The envoy, whom the president called twice, left.", "twice"),
    ):
        voices, _, text = run(document(body))
        assert voice_of(voices, text, label) == ("author", None), body
    voices, _, text = run(document("The plan, which she described as a disaster, failed."))
    assert voice_of(voices, text, "as a") == ("author", None)
    assert voice_of(voices, text, "a disaster") == ("indirect_quote", "she")


def test_a_subject_set_after_its_cue_when_none_is_named_before() -> None:
    for body, phrase, expected in (
        (
            "If Snowden asks for asylum, says Professor Young, head of the centre, "
            "“he is going nowhere” soon.",
            "he is going",
            ("direct_quote", "Young"),
        ),
        (
            "That is an unfortunate risk, said Sen. Orrin Hatch (R-Utah), but it is needed.",
            "That is an",
            ("indirect_quote", "Orrin Hatch"),
        ),
    ):
        voices, _, text = run(document(body))
        assert voice_of(voices, text, phrase) == expected, body
        assert voice_of(voices, text, "it is needed" if "needed" in body else "soon") == (
            "author",
            None,
        )
    # A name that a clause goes on from is that clause's subject, not the speaker.
    body = "The move came after the sentencing, suggested Barr was aware of it."
    voices, sources, text = run(document(body))
    assert "Barr" not in sources["source"].to_list()


def test_noun_uses_of_cue_words_are_not_attributions() -> None:
    body = "The report is long. He won his home state of Texas. Rubio maintains a lead."
    _, sources, _ = run(document(body))
    assert sources.is_empty()


def test_cue_lexicon_examples_contain_their_cue() -> None:
    import tomllib
    from importlib import resources

    data = tomllib.loads(
        (resources.files("framing") / "data" / "speech_verbs.toml").read_text(encoding="utf-8")
    )
    cues = load_cues()
    for entry in data["cue"]:
        for example in entry.get("examples", []):
            lemmas = {cues.lookup(m.group(0)).lemma for m in cues.pattern.finditer(example)}  # type: ignore[union-attr]
            assert entry["lemma"] in lemmas, (entry["lemma"], example)


def seed_document(with_title: bool) -> pl.DataFrame:
    raw = SEED.read_text(encoding="utf-8")
    body = re.sub(r"(?s)\A---\n.*?\n---\n", "", raw)
    return document(body, "Israel's foreign minister in Baku" if with_title else "")


@pytest.fixture(params=[False, True], ids=["no-title", "title"])
def seed(request: pytest.FixtureRequest) -> tuple[pl.DataFrame, pl.DataFrame, str, int]:
    docs = seed_document(request.param)
    voices, sources, text = run(docs)
    return voices, sources, text, docs["body_start"][0]


def test_seed_voices_cover_the_text(seed: tuple[pl.DataFrame, pl.DataFrame, str, int]) -> None:
    voices, _, text, body_start = seed
    assert_covers(voices, text)
    if body_start:
        assert voices.row(0, named=True)["voice"] == "headline"
        assert voices.row(0, named=True)["end"] == body_start


def test_seed_read_lines_are_crosslinks(seed: tuple[pl.DataFrame, pl.DataFrame, str, int]) -> None:
    voices, _, text, _ = seed
    for line in ("READ: Azerbaijan rejects Iran", "READ: Azerbaijan arrests six men"):
        assert voice_of(voices, text, line) == ("crosslink", None)


def test_seed_quotes_and_speakers(seed: tuple[pl.DataFrame, pl.DataFrame, str, int]) -> None:
    voices, _, text, _ = seed
    assert voice_of(voices, text, "I have come from Israel") == ("direct_quote", "Eli Cohen")
    assert voice_of(voices, text, "strategic partner") == ("direct_quote", "Eli Cohen")
    assert voice_of(voices, text, "Azerbaijan, from the start") == (
        "direct_quote",
        "Mukhtar Mmmadov",
    )
    assert voice_of(voices, text, "The Israeli regime is") == ("direct_quote", "Nasser Kanaani")
    # "the spokesperson stated" goes back to Kanaani
    assert voice_of(voices, text, "Zionist regime") == ("direct_quote", "Nasser Kanaani")
    assert voice_of(voices, text, "so-called") == ("direct_quote", "Nasser Kanaani")
    assert voice_of(voices, text, "perceived threats") == ("author", None)


def test_seed_he_said_goes_to_mmmadov(seed: tuple[pl.DataFrame, pl.DataFrame, str, int]) -> None:
    _, sources, text, _ = seed
    he_said = text.index("he said.\nOn Monday")
    row = sources.filter(pl.col("cue_start") == he_said + 3).row(0, named=True)
    assert row["source"] == "Mukhtar Mmmadov"
    stated = text.index("stated.")
    row = sources.filter(pl.col("cue_start") == stated).row(0, named=True)
    assert row["source"] == "Nasser Kanaani"


def test_seed_ledger(seed: tuple[pl.DataFrame, pl.DataFrame, str, int]) -> None:
    _, sources, _, _ = seed
    ledger = build_source_ledger(sources)
    entries = {r["source"]: r for r in ledger.iter_rows(named=True)}
    assert entries["Trend News Agency"]["source_type"] == "outlet"
    assert entries["The Times of Israel"]["source_type"] == "outlet"
    ministry = entries["Israel’s Ministry of Foreign Affairs"]
    assert (ministry["source_type"], ministry["kinds"]) == ("organization", "statement")
    cohen = entries["Eli Cohen"]
    assert cohen["source_type"] == "person" and cohen["n_attributions"] >= 3
    assert "statement" in cohen["kinds"].split(",")
    for name in ("Mukhtar Mmmadov", "Nasser Kanaani"):
        assert entries[name]["source_type"] == "person"
    # one entry per source per article, however it was named
    assert ledger["source_id"].is_unique().all()
    assert len(ledger) == ledger.select("article_id", "source_id").n_unique()


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "He said",
                " “Yes,” ",
                "she told reporters.",
                "\n",
                "READ: x\n",
                "Officials said ",
                "that",
                ".",
            ]
        ),
        max_size=12,
    )
)
def test_voices_always_cover_every_character_once(parts: list[str]) -> None:
    body = "".join(parts)
    for title in ("", "T"):
        voices, _, text = run(document(body, title))
        if text:
            assert_covers(voices, text)
        else:
            assert voices.is_empty()


def test_source_close_to_a_ministry_is_anonymous_and_agency_acronym_is_an_outlet() -> None:
    body = (
        "A source close to the Foreign Ministry, speaking on condition of anonymity, "
        "said Tehran was watching.\n"
        "Israel was stoking tension, according to Iran's state news agency IRNA."
    )
    _, sources, _ = run(document(body))
    types = dict(zip(sources["source"], sources["source_type"], strict=True))
    assert types == {
        "source close to the Foreign Ministry": "anonymous",
        "Islamic Republic News Agency": "outlet",
    }


def test_ledger_of_no_sources_has_its_columns() -> None:
    ledger = build_source_ledger(schemas.empty(schemas.SOURCES))
    assert ledger.is_empty()
    assert {"article_id", "source_id", "source", "n_attributions", "kinds"} <= set(ledger.columns)


def test_labeling_cue_with_a_quoted_label() -> None:
    body = "Senator Ann Lee called the plan “a reckless gamble” on Monday."
    voices, sources, text = run(document(body))
    [row] = sources.rows(named=True)
    assert (row["source"], row["cue_stance"]) == ("Ann Lee", "labeling")
    assert text[row["content_start"] : row["content_end"]] == "the plan “a reckless gamble”"
    assert voice_of(voices, text, "a reckless gamble") == ("direct_quote", "Ann Lee")


def test_surname_resolves_to_the_full_name_introduced_with_a_title() -> None:
    body = "Israeli Foreign Minister Eli Cohen arrived in Baku. Cohen said the ties were strategic."
    _, sources, _ = run(document(body))
    assert sources["source"].to_list() == ["Eli Cohen"]
    assert sources["role"].to_list() == ["foreign minister"]  # the two-word role, read whole


def test_noun_of_saying_before_a_reduced_relative_is_no_source() -> None:
    docs = document(
        "Spokesman Nasser Kanaani insisted that Israel was sowing discord, a claim analysts "
        "dismissed as typical propaganda. The stories people told about the outbreak spread."
    )
    _, sources, _ = run(docs)
    assert not sources.filter(pl.col("source").str.contains("claim|stories")).height
    assert "Nasser Kanaani" in sources["source"].to_list()


def test_a_long_phrase_after_a_noun_of_saying_still_finds_the_speaker() -> None:
    docs = document(
        "The comment drew swift rebukes from Republicans who pointed out that officials had "
        "known about the threat for weeks."
    )
    _, sources, _ = run(docs)
    assert sources.filter(pl.col("cue") == "pointed out").height == 1


def test_generic_outlet_heads_and_outlet_shaped_names() -> None:
    from framing.outlets import load_outlets

    outlets = load_outlets()
    assert outlets.match("Iranian state media") == "Iranian state media"
    assert outlets.match("the Baku Evening Herald") == "Baku Evening Herald"
    assert outlets.match("the state-run media") is not None
    assert outlets.match("Eli Cohen") is None
    assert outlets.match("the minister") is None


def test_a_noun_of_saying_with_a_complement_is_not_a_relative_clause() -> None:
    docs = document(
        'He reiterated his claims on Sunday tweeting: "If there is no wall there is none."'
    )
    _, sources, _ = run(docs)
    assert sources.filter(pl.col("cue") == "tweeting").height == 1


def test_the_name_after_a_role_with_its_complement_speaks() -> None:
    body = (
        "Ruritania's ambassador to Israel, Omar Haddad, said that the border was calm. "
        "The envoy for Syria, Lina Saleh, said that talks would resume."
    )
    _, sources, _ = run(document(body))
    people = sources.filter(pl.col("source_type") == "person")
    assert set(people["source"]) == {"Omar Haddad", "Lina Saleh"}
    assert set(people["role"]) == {"ambassador", "envoy"}

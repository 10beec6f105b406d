"""Speaker-phrase rules of issue #4 (session 3): the source phrase of an attribution is the
subject noun phrase, never a dateline, the object of a preposition, the end of a relative
clause, a time word, or a party adjective and title before a name. Each test also shows the
neighbouring case the rule must leave alone."""

from __future__ import annotations

import polars as pl
import pytest

from framing.actors import load_gazetteer
from framing.attribution import attribute_voices
from framing.crosslinks import find_crosslinks
from framing.sentences import split_sentences
from framing.speakers import SourcePhrase, find_source_after, find_source_before

GAZETTEER = load_gazetteer()


def before(words: str) -> SourcePhrase | None:
    """The source phrase of ``words`` + " said": what stands before the cue."""
    return find_source_before(words + " said", 0, len(words) + 1)


def text_before(words: str) -> str | None:
    """The text of the source phrase of ``words`` + " said" (None when there is none)."""
    phrase = before(words)
    return phrase.text if phrase is not None else None


def sources_of(body: str) -> list[dict[str, object]]:
    docs = pl.DataFrame({"article_id": ["a"], "outlet": ["o"], "text": [body], "body_start": [0]})
    _, sources = attribute_voices(docs, split_sentences(docs), find_crosslinks(docs), GAZETTEER)
    return [row for row in sources.iter_rows(named=True) if row["role"] != "venue"]


def speaker_of(body: str, cue: str) -> str | None:
    rows = [r for r in sources_of(body) if r["cue"] == cue]
    assert rows, f"no attribution with the cue {cue!r}"
    return rows[0]["source"]  # type: ignore[return-value]


def test_empty_text_gives_no_sources() -> None:
    assert sources_of("") == []
    assert find_source_before("", 0, 0) is None


def test_a_dateline_before_a_dash_is_not_part_of_the_speaker() -> None:
    phrase = before("BOSTON -- Massachusetts Gov. Ellen Marsh")
    assert phrase is not None
    assert phrase.text == "Massachusetts Gov. Ellen Marsh"
    assert phrase.name == "Ellen Marsh" and phrase.role == "governor"
    # a hyphenated word is one word, not a dash
    joined = before("Ellen Marsh-Pike")
    assert joined is not None and joined.name == "Ellen Marsh-Pike"


def test_a_place_after_the_subject_is_not_the_speaker() -> None:
    assert text_before("Campaign volunteers in the press tent") == "Campaign volunteers"
    assert text_before("Officials at the Pentagon") == "Officials"
    # "Speaking at the event": no noun before the preposition, the object stays
    assert text_before("Speaking at the event") == "the event"


def test_a_role_completed_by_a_preposition_keeps_its_head() -> None:
    phrase = before("A spokeswoman for the water board")
    assert phrase is not None
    assert phrase.text == "A spokeswoman for the water board"
    assert phrase.role == "spokeswoman"  # not the board
    # a noun of no person or body before "for" leaves the object as it was
    assert text_before("a demand for records from the county") == "the county"


def test_the_subject_of_a_relative_clause_speaks() -> None:
    assert text_before("Farmers who now farm the valley") == "Farmers"
    # "asked who …" is a question, not a relative clause
    assert text_before("He asked who was responsible and the mayor") == "the mayor"


def test_a_relative_clause_after_a_name_takes_up_the_name() -> None:
    phrase = before("the seat held by veteran Councilman Ray Dunn, who")
    assert phrase is not None and phrase.name == "Ray Dunn"


def test_a_time_word_is_never_the_speaker() -> None:
    assert text_before("The agency on Thursday") == "The agency"
    assert text_before("The committee last week") == "The committee"
    bare = before("prices rose sharply Thursday")
    assert bare is None or "Thursday" not in bare.text
    # an outlet's name may hold a time word
    outlet = before("the race, USA Today")
    assert outlet is not None and outlet.text == "USA Today"
    # a number is no head noun before a place: "those with $5,000 in loans"
    loans = before("those with $5,000 in student loans")
    assert loans is not None and loans.text == "student loans"
    # "May" is a name, not a month
    assert text_before("Theresa May") == "Theresa May"
    long = "At the annual meeting of the regional growers' association last spring, George Will"
    phrase = before(long)  # past the first 100 characters read
    assert phrase is not None and phrase.text == "George Will"
    assert text_before("She may") == "She"


def test_party_adjectives_and_titles_before_a_name_are_role_words() -> None:
    phrase = before("Democratic Sen. Lena Ortiz")
    assert phrase is not None
    assert phrase.name == "Lena Ortiz" and phrase.role == "senator"
    assert phrase.role_phrase == "Democratic Sen"
    phrase = before("Republican Tom Hale")
    assert phrase is not None and phrase.name == "Tom Hale"
    # a party's own name and a body's name stay whole
    party = before("The Republican Party")
    assert party is not None and party.name is not None and "Party" in party.name
    body = before("Justice Department spokesman Al Reyes")
    assert body is not None and body.name == "Al Reyes"


def test_a_listener_name_ends_before_a_new_clause() -> None:
    text = "told Channel Nine the plan was dead."
    phrase = find_source_after(text, len("told"), len(text))
    assert phrase is not None and phrase.text == "Channel Nine"


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        # a participle clause after a dash: the main clause's subject speaks
        (
            "Democrats are disputing several figures given during last week's budget "
            "hearing -- claiming that the costs were hidden.",
            "claiming",
            "Democrats",
        ),
        # a head noun after the capitalised words of the subject
        (
            "The Lopez administration tried Monday to calm the markets, arguing that the "
            "currency was sound.",
            "arguing",
            "Lopez administration",
        ),
        # "told" never inverts: the words after it are the listener
        (
            "A retired inspector, who studied the files on the condition of anonymity, told "
            "Channel Nine the bridge was unsafe.",
            "told",
            "retired inspector",
        ),
        # a gerund after a preposition: the clause's subject speaks
        (
            "Mayor Ann Price was criticised in the council for saying that the budget was fine.",
            "saying",
            "Ann Price",
        ),
    ],
)
def test_the_subject_of_the_clause_speaks(body: str, cue: str, speaker: str) -> None:
    assert speaker_of(body, cue) == speaker


def test_a_naming_form_before_a_proper_name_and_a_verb_is_not_speech() -> None:
    rows = sources_of(
        "The agency tried again to reassure the public, insisting that a database called "
        "Atlas is merely an archive."
    )
    assert [r["cue"] for r in rows] == ["insisting"]
    # with a label after the name it names: "called Smith a liar"
    rows = sources_of("The senator called Smith “a liar” on Monday.")
    assert any(r["cue"] == "called" for r in rows)

"""Partial quotes inside reported speech are the speaker's own words: a direct quote."""

from __future__ import annotations

from test_attribution import assert_covers, document, run, voice_of


def test_partial_quote_inside_reported_speech_before_the_speaker() -> None:
    body = (
        "Voters should back the senator because she is a \u201csane, competent person,\u201d "
        "Maria Lopez, the former mayor of the city, said on Wednesday."
    )
    voices, _, text = run(document(body))
    assert voice_of(voices, text, "sane, competent") == ("direct_quote", "Maria Lopez")
    assert voice_of(voices, text, "Voters should") == ("indirect_quote", "Maria Lopez")
    assert_covers(voices, text)


def test_partial_quote_after_a_naming_cue_goes_to_the_namer() -> None:
    body = "Critics branded the plan a \u201cbetrayal\u201d of voters on Monday."
    voices, _, text = run(document(body))
    assert voice_of(voices, text, "betrayal") == ("direct_quote", "Critics")


def test_scare_quote_outside_reported_speech_stays_with_the_author() -> None:
    body = "The \u201cpeace plan\u201d was expanded on Monday, officials said."
    voices, _, text = run(document(body))
    # "officials said" reports the clause, so the quoted phrase inside it is theirs.
    assert voice_of(voices, text, "peace plan") == ("direct_quote", "officials")
    alone = "The so-called \u201csecurity zone\u201d was expanded on Monday."
    voices, _, text = run(document(alone))
    assert voice_of(voices, text, "security zone") == ("author", None)

"""Attribution rules of session 2: quote openers, quoted labels, verbs mistaken for cues,
adverbial clauses, subjects set off by commas, and pronouns taking up their sentence's
subject. Each test also shows the neighbouring case the rule must leave alone."""

from __future__ import annotations

import polars as pl

from framing.actors import load_gazetteer
from framing.attribution import attribute_voices
from framing.crosslinks import find_crosslinks
from framing.cues import load_cues, lower_offsets_kept
from framing.sentences import split_sentences

GAZETTEER = load_gazetteer()


def analyse(body: str) -> tuple[pl.DataFrame, pl.DataFrame, str]:
    docs = pl.DataFrame({"article_id": ["a"], "outlet": ["o"], "text": [body], "body_start": [0]})
    voices, sources = attribute_voices(
        docs, split_sentences(docs), find_crosslinks(docs), GAZETTEER
    )
    return voices, sources, body


def voice_at(voices: pl.DataFrame, text: str, phrase: str) -> tuple[str, str | None]:
    at = text.index(phrase)
    row = voices.filter((pl.col("start") <= at) & (pl.col("end") > at)).row(0, named=True)
    return row["voice"], row["speaker"]


def contents(sources: pl.DataFrame, text: str) -> list[str]:
    return [text[s:e] for s, e in sources.select("content_start", "content_end").iter_rows()]


def test_empty_text_gives_no_rows() -> None:
    voices, sources, _ = analyse("")
    assert voices.is_empty() and sources.is_empty()


def test_a_closing_mark_after_a_comma_does_not_open_the_content() -> None:
    _, sources, text = analyse(
        'The councillor, who described the leak as "sabotage," continued to insist '
        "that he was the target of a rival."
    )
    assert 'the leak as "sabotage,"' in contents(sources, text)
    assert not any(c.startswith('"') and "continued" in c for c in contents(sources, text))


def test_quoted_labels_of_a_naming_cue_come_before_a_later_quote() -> None:
    voices, _, text = analyse(
        "Sen. Paula Ortiz called the findings “deeply worrying” and said: “If these "
        "findings hold up, the chief must resign.”"
    )
    assert voice_at(voices, text, "deeply worrying")[0] == "direct_quote"
    assert voice_at(voices, text, "If these")[0] == "direct_quote"


def test_a_second_quoted_label_joins_the_first() -> None:
    voices, _, text = analyse(
        'Hansen took aim at the mayor, whom he called a "reckless showman" and a "fire-starter."'
    )
    assert voice_at(voices, text, "fire-starter") == ("direct_quote", "Hansen")
    assert voice_at(voices, text, "took aim")[0] == "author"


def test_a_cue_form_after_a_modal_verb_is_an_adjective() -> None:
    _, sources, _ = analyse("The stance could provide added ammunition to conservatives.")
    assert sources.is_empty()
    _, sources, _ = analyse("Officials could say that the talks failed.")
    assert sources["source"].to_list() == ["Officials"]


def test_a_number_word_before_a_cue_form_makes_it_a_noun() -> None:
    _, sources, _ = analyse("Nine states, including Oregon, now allow night markets.")
    assert sources.is_empty()
    _, sources, _ = analyse("Nine said, including two judges, that the law was void.")
    assert not sources.is_empty()  # say keeps its verb use after a number


def test_speech_in_an_opening_adverbial_clause_ends_at_its_comma() -> None:
    voices, sources, text = analyse(
        "After the director confirmed he knew about the memo, Keller questioned why the "
        "board was told."
    )
    assert contents(sources, text) == ["he knew about the memo"]
    assert voice_at(voices, text, "Keller questioned")[0] == "author"
    _, sources, text = analyse("The director confirmed he knew about the memo, and more.")
    assert contents(sources, text) == ["he knew about the memo, and more"]


def test_no_source_after_a_cue_starts_with_a_preposition() -> None:
    voices, sources, text = analyse(
        "Voters should back the governor because she is a “calm, capable leader,” "
        "Walter Brennan, the former city mayor and founder of a large shipping "
        "firm, said at the party convention on Wednesday."
    )
    assert sources["source"].to_list() == ["Walter Brennan"]
    assert voice_at(voices, text, "Voters") == ("indirect_quote", "Walter Brennan")
    # The quoted words inside the reported clause are his own: a direct quote.
    assert voice_at(voices, text, "calm") == ("direct_quote", "Walter Brennan")


def test_he_takes_up_the_named_subject_of_his_sentence() -> None:
    _, sources, _ = analyse(
        '"The vote is over," Diaz said. Carter lashed out at what he called "the '
        'partisan press pack" on Friday.'
    )
    assert sources.sort("cue_start")["source"].to_list() == ["Diaz", "Carter"]


def test_a_name_before_the_place_of_its_role_speaks() -> None:
    _, sources, _ = analyse(
        "Senator Ruth Adler of Ohio, the majority whip, has branded it the "
        "“Tax Hike Forever Act” in weekly speeches."
    )
    assert sources["source"].to_list() == ["Ruth Adler"]
    _, sources, _ = analyse("Rep. Tom Quill of Oregon said the talks failed.")
    assert sources["source"].to_list() == ["Tom Quill"]
    _, sources, _ = analyse("The ambassador to Israel said the talks failed.")
    assert sources["source"].to_list() == ["ambassador to Israel"]  # no name in it


def test_cues_found_in_lower_case_text_are_the_case_folded_matches() -> None:
    cues = load_cues()
    for text in ["He SAID so. She Told us", "İstanbul said it", "ſaid he", ""]:
        lowered = lower_offsets_kept(text)
        found = [m.span() for m in cues.find_cue_spans(text, 0, lowered)]
        assert found == [m.span() for m in cues.pattern.finditer(text)]


def test_a_dashed_apposition_ends_reported_speech() -> None:
    voices, sources, text = analyse(
        "Steele declared in December that the war must be won — a far cry from the "
        "comments he made on Thursday."
    )
    assert contents(sources, text) == ["that the war must be won"]
    assert voice_at(voices, text, "far cry")[0] == "author"
    _, sources, text = analyse("Steele said that the war — the longest ever — must be won.")
    assert contents(sources, text) == ["that the war — the longest ever — must be won"]

"""Attribution rules for clauses around the cue: time and place adjuncts after a clause-final
cue, subjects set after an inverted cue, a cue set off by commas inside the clause it
reports, a cue inside a relative clause whose pronoun is the reported clause's subject,
and possessive names. Every sentence is invented; each test also shows the neighbouring
case the rule must leave alone."""

from __future__ import annotations

import polars as pl

from framing.actors import load_gazetteer
from framing.attribution import attribute_voices
from framing.crosslinks import find_crosslinks
from framing.sentences import split_sentences

GAZETTEER = load_gazetteer()


def attributed(body: str) -> list[tuple[str, str | None, str]]:
    """(words in a speaker's voice, speaker, voice) for every non-author voice segment."""
    docs = pl.DataFrame({"article_id": ["a"], "outlet": ["o"], "text": [body], "body_start": [0]})
    voices, _ = attribute_voices(docs, split_sentences(docs), find_crosslinks(docs), GAZETTEER)
    return [
        (body[r["start"] : r["end"]], r["speaker"], r["voice"])
        for r in voices.sort("start").iter_rows(named=True)
        if r["voice"] != "author"
    ]


def sources(body: str) -> list[tuple[str | None, str]]:
    """(source, cue) of every ledger row."""
    docs = pl.DataFrame({"article_id": ["a"], "outlet": ["o"], "text": [body], "body_start": [0]})
    _, ledger = attribute_voices(docs, split_sentences(docs), find_crosslinks(docs), GAZETTEER)
    return [(r["source"], r["cue"]) for r in ledger.iter_rows(named=True)]


def test_adjuncts_after_a_clause_final_cue_leave_the_clause_its_speakers() -> None:
    for tail in (
        "he said in an interview with CNN on Sunday.",
        "he said Tuesday.",
        "he said in a statement released by his office.",
        "he told reporters at the White House on Monday night.",
        "he said by telephone from Gaza.",
    ):
        assert attributed(f"The regime is collapsing, {tail}") == [
            ("The regime is collapsing", "he", "indirect_quote")
        ], tail


def test_an_adjunct_does_not_swallow_a_clause_after_it() -> None:
    # "on Monday" is an adjunct; "the talks failed" is what he said, not a place or time
    assert attributed("Meanwhile, he said on Monday the talks failed.") == [
        ("the talks failed", "he", "indirect_quote")
    ]
    # a cue's own complement is no adjunct ("calls with", "state with")
    assert "calls" not in [cue for _, cue in sources("Roffman recalled many calls with Trump.")]


def test_a_subject_set_after_its_cue_speaks_past_a_time_adjunct_and_a_relative_clause() -> None:
    assert attributed("The talks failed, said Foreign Minister Sergei Lavrov on Tuesday.") == [
        ("The talks failed", "Sergei Lavrov", "indirect_quote")
    ]
    assert sources(
        "The thugs attacked the village, said residents, who asked not to be named."
    ) == [("residents", "said")]


def test_a_phrase_after_an_inverted_cue_that_cannot_speak_is_no_subject() -> None:
    assert sources(
        '"He must resign," the nominee, Donald Trump, tweeted Sunday after the attack.'
    ) == [("Donald Trump", "tweeted")]
    assert sources(
        "In October, Mrs. Clinton, the nominee, proposed enforcing a no-fly zone over Syria."
    ) == [("Clinton", "proposed")]
    assert sources(
        "Joanna Hendon, left, said President Trump hired her firm on Wednesday and more."
    ) == [("Joanna Hendon", "said")]
    # a subject a determiner opens, a short plural or a ruling can speak
    for body, source in (
        ("The vote was rigged, said the family.", "family"),
        ("The vote was rigged, said farmers on Monday.", "farmers"),
        ("The vote was unlawful, said the ruling.", "ruling"),
    ):
        assert sources(body) == [(source, "said")], body


def test_a_name_set_off_by_commas_before_the_cue_is_its_subject() -> None:
    assert sources(
        "An analyst in New York, Isobel Coleman, acknowledged the peril for Mr. Obama in the race."
    ) == [("Isobel Coleman", "acknowledged")]
    # a thousands separator sets nothing off
    assert sources(
        "The toll has decreased since 2014, falling from 33,555 to 15,952, says the 2019 "
        "Global Terrorism Index."
    ) == [("2019 Global Terrorism Index", "says")]


def test_a_participle_after_a_clause_final_cue_leaves_the_clause_its_speakers() -> None:
    assert attributed("The regime is collapsing, Smith said, adding that the army defected.") == [
        ("The regime is collapsing", "Smith", "indirect_quote"),
        ("that the army defected", "Smith", "indirect_quote"),
    ]
    # past an adjunct after the cue too; the participle is not what he said
    assert attributed("The plan failed, he said in a statement, citing the audit.") == [
        ("The plan failed", "he", "indirect_quote")
    ]
    # but a complement of the cue is no adjunct: the clause before it is not the speech
    said = attributed("In a filing, the lawyer asked for a short sentence, calling it fair.")
    assert ("In a filing", "lawyer", "indirect_quote") not in said
    assert attributed("Before quitting, the mayor responded with anger, promoting a recall.") == []
    # "according to" after a dash is another source, not a participle of the speaker's
    said = attributed(
        "After the vote, the mayor blamed the delay on the board while — according to aides — he agreed."
    )
    assert ("After the vote", "mayor", "indirect_quote") not in said
    # a participle after the comma that closes a quote: the clause's subject speaks, and
    # the first cue's content ends with the quote
    assert sources("Cruz said there is “only one strong conservative,” adding that he won.") == [
        ("Cruz", "said"),
        ("Cruz", "adding"),
    ]
    assert attributed("Cruz said there is “only one strong conservative,” adding that he won.") == [
        ("there is ", "Cruz", "indirect_quote"),
        ("“only one strong conservative,”", "Cruz", "direct_quote"),
        ("that he won", "Cruz", "indirect_quote"),
    ]


def test_a_cue_set_off_by_commas_reports_the_words_on_both_sides() -> None:
    assert attributed("A blast, officials said, killed three people in the market.") == [
        ("A blast", "officials", "indirect_quote"),
        ("killed three people in the market", "officials", "indirect_quote"),
    ]
    # an opening participle is the writer's framing, not the source's words
    # (the question is someone's unnamed: see the test of questions below)
    assert attributed("Asked whether he would run, Smith said, no.") == [
        ("whether he would run", None, "indirect_quote"),
        ("no", "Smith", "indirect_quote"),
    ]
    # "which" opens a relative clause: the words before it are the writer's
    said = attributed("He backed the fund, which, he said, is legal.")
    assert ("He backed the fund", "he", "indirect_quote") not in said
    assert ("is legal", "he", "indirect_quote") in said


def test_a_relative_pronoun_can_be_the_subject_of_the_reported_clause() -> None:
    assert attributed("Hamas, which officials say is a terrorist group, fired rockets.") == [
        ("is a terrorist group", "officials", "indirect_quote")
    ]
    assert attributed("She signed a letter that he said was drafted by the firm.") == [
        ("was drafted by the firm", "he", "indirect_quote")
    ]
    # a relative clause inside the sentence's subject, or a cue that takes an object,
    # leaves the verb after it to the main clause
    assert sources("Everything that he said was a lie.") == []
    assert sources("The letter that he wrote was published on Monday.") == []
    # the main clause after the relative clause keeps its own subject
    assert sources("The group, which the State Department says is a terrorist group, denied it.")[
        -1
    ] == ("group", "denied")
    # a noun, not a cue: "the CIA's report should", "anyone whose old comments are"
    assert sources("He said that the CIA's report should alarm every American.") == [("He", "said")]
    assert sources("The standard is that anyone whose old comments are found is fired.") == []
    # the comma closes the relative clause: "was" is the main clause's verb
    assert sources("The speech, which Jones helped write, was itself radical.") == []
    # the cue set off by commas inside the relative clause: the clause ends at its comma
    assert attributed("The fund, which, officials said, is legal, will grow next year.") == [
        ("is legal", "officials", "indirect_quote")
    ]
    assert attributed("Hamas, who, he said, are terrorists, fired rockets.") == [
        ("are terrorists", "he", "indirect_quote")
    ]
    # a list after the comma goes on with the clause; a time opening the main verb does not
    assert attributed("The park, which, he said, has rides, including swings, fills up.") == [
        ("has rides, including swings", "he", "indirect_quote")
    ]
    assert attributed("Hamas, which officials say is a terrorist group, in 2007 seized Gaza.") == [
        ("is a terrorist group", "officials", "indirect_quote")
    ]


def test_a_possessive_ends_a_name() -> None:
    assert attributed("Mrs. Clinton's Iraq war vote was a mistake, she said.") == [
        ("Mrs. Clinton's Iraq war vote was a mistake", "Clinton", "indirect_quote")
    ]
    # a thing someone has, opening a sentence, does not take the sentence's pronoun
    assert attributed(
        "Sen. Elizabeth Warren spoke on Tuesday. Trump's tariffs will hurt farmers, she said."
    ) == [("Trump's tariffs will hurt farmers", "Elizabeth Warren", "indirect_quote")]
    # but a quote's speaker is not the possessor: "Trump’s words “…,” he adds"
    said = attributed(
        "“Trump is different,” says Henry Giroux, a scholar. "
        "Trump’s words “tap into a fear,” he adds."
    )
    assert said[-1] == ("“tap into a fear,”", "Henry Giroux", "direct_quote")


def test_an_age_a_party_tag_or_a_home_town_after_a_name_is_no_source() -> None:
    assert attributed("The raid was brutal, Smith, 45, said on Friday.") == [
        ("The raid was brutal", "Smith", "indirect_quote")
    ]
    assert attributed("The raid was brutal, Sen. Ann Smith, R-Ky., said on Monday.") == [
        ("The raid was brutal", "Ann Smith", "indirect_quote")
    ]
    assert attributed("The water was unsafe, Maria Lopez, 52, of Phoenix, said.") == [
        ("The water was unsafe", "Maria Lopez", "indirect_quote")
    ]


def test_according_to_inside_a_clause_reports_both_sides_and_not_an_apposition() -> None:
    assert attributed("The talks, according to officials, failed on Monday.") == [
        ("The talks", "officials", "indirect_quote"),
        ("failed on Monday", "officials", "indirect_quote"),
    ]
    # (the relative clause after the source is its own accusation, not more of the first)
    assert attributed("The strike killed 12, according to the ministry, which blamed Israel.") == [
        ("The strike killed 12", "ministry", "indirect_quote"),
        ("Israel", "ministry", "indirect_quote"),
    ]
    assert attributed("On Monday, according to the ministry, the strike killed 12.") == [
        ("On Monday", "ministry", "indirect_quote"),
        ("the strike killed 12", "ministry", "indirect_quote"),
    ]
    # past a relative clause on the source; a new clause after it is the writer's
    assert attributed("The strike, according to a UN report, which cites doctors, killed 12.") == [
        ("The strike", "UN report", "indirect_quote"),
        ("killed 12", "UN report", "indirect_quote"),
    ]
    assert attributed("The strike killed 12, according to a statement, but the army denied it.")[
        0
    ] == ("The strike killed 12", "statement", "indirect_quote")
    assert attributed("The talks failed, according to a person familiar with the matter.") == [
        ("The talks failed", "person familiar", "indirect_quote")
    ]
    # a noun phrase set beside the source describes it; a clause after it is reported
    assert attributed("Profits rose, according to Jane Roe, an analyst at the bank.") == [
        ("Profits rose", "Jane Roe", "indirect_quote")
    ]
    assert attributed("The talks, according to Jane Roe, an analyst at the bank, failed.") == [
        ("The talks", "Jane Roe", "indirect_quote"),
        ("failed", "Jane Roe", "indirect_quote"),
    ]
    assert attributed("Overall, according to the survey, the economy is growing.") == [
        ("Overall", "survey", "indirect_quote"),
        ("the economy is growing", "survey", "indirect_quote"),
    ]
    assert attributed("At 10 p.m., according to a timeline, the guards left the compound.")[1] == (
        "the guards left the compound",
        "timeline",
        "indirect_quote",
    )
    # a relative clause with two verb groups holds the main verb; a linking verb takes
    # the noun phrase after the source as its complement
    assert attributed(
        "Overall, according to the study, the states that have passed laws are also poorer."
    )[1] == ("the states that have passed laws are also poorer", "study", "indirect_quote")
    assert attributed("Profits rose, according to Jane Roe, a broker who has long sold bonds.") == [
        ("Profits rose", "Jane Roe", "indirect_quote")
    ]
    # after "that", the reporting clause goes on past "according to X", which reports
    # only the clause after it (the nearer source voices it)
    assert attributed("The AP reported that, according to FBI data, hate crimes rose.") == [
        ("that, according to FBI data, ", "Associated Press", "indirect_quote"),
        ("hate crimes rose", "FBI data", "indirect_quote"),
    ]
    assert attributed("Trump remains, according to Gallup, the least popular winner.") == [
        ("Trump remains", "Gallup", "indirect_quote"),
        ("the least popular winner", "Gallup", "indirect_quote"),
    ]


def test_as_someone_put_it_and_quoted_as_saying_report_speech() -> None:
    assert attributed("As the senator put it, the bill is a betrayal.") == [
        ("the bill is a betrayal", "senator", "indirect_quote")
    ]
    assert attributed("The bill is a betrayal, as the senator put it.") == [
        ("The bill is a betrayal", "senator", "indirect_quote")
    ]
    assert attributed("He put it on the table.") == []
    assert attributed("Snowden is quoted as saying he chose Hong Kong.") == [
        ("he chose Hong Kong", "Snowden", "indirect_quote")
    ]
    # the one quoted speaks, not the outlet that quotes
    assert attributed("The Journal quoted two officials on Friday as saying the deal was off.") == [
        ("the deal was off", "two officials", "indirect_quote")
    ]
    assert attributed("With strategies such as telling students to draw, scores fell.") == []
    assert attributed("His remarks were interpreted as saying the deal was off.") == []
    assert attributed("The paper quoted Smith, a former aide, as saying the deal was off.") == [
        ("the deal was off", "Smith", "indirect_quote")
    ]


def test_a_naming_verb_gives_its_object_an_unquoted_label_in_the_namers_voice() -> None:
    assert attributed("Trump called the media the enemy of the people.") == [
        ("the media the enemy of the people", "Trump", "indirect_quote")
    ]
    assert attributed("Israel labeled the group a terrorist organization.") == [
        ("the group a terrorist organization", "Israel", "indirect_quote")
    ]
    assert attributed("She called Rubio a liar.") == [("Rubio a liar", "She", "indirect_quote")]
    # an "of" phrase inside the object keeps its own article
    assert attributed("She called the killing of the boy a crime.") == [
        ("the killing of the boy a crime", "She", "indirect_quote")
    ]
    assert attributed("Hamas called the attack a heroic act, adding that more would follow.") == [
        ("the attack a heroic act", "Hamas", "indirect_quote"),
        ("that more would follow", "Hamas", "indirect_quote"),
    ]
    # a call, a time, an idiom or a name given by a participle is no label
    for body in (
        "Officials called the meeting to order.",
        "She called the police after the attack.",
        "He called them the next day.",
        "They called it quits after a decade.",
        "He ran a gang called the Gangster Disciples.",
        "Coverage often calls her credibility into question.",
        "He won a second term in 2012.",
        "Biden called the families of the victims on Monday.",
        "The governor called a special session of the legislature.",
        "Trump called Putin a week before the summit.",
        "He called it a career after 15 seasons.",
    ):
        assert attributed(body) == [], body


def test_a_quoted_label_after_a_participle_names_what_precedes_it() -> None:
    for body in (
        "We only read books labeled “fiction” last year.",
        "The governor unveiled the plan, dubbed “Open Up,” on Monday.",
        "If you liked it, you were labeled a “liberal reader”.",
    ):
        assert attributed(body) == [], body
    # a quoted object with its label after it is speech
    assert attributed("Some critics dubbed “the plan” a giveaway.") != []
    # but a subject naming a gap speaks
    assert attributed("It was a move the Times called “highly unusual.”") == [
        ("“highly unusual.”", "The New York Times", "direct_quote")
    ]
    assert ("“the resistance.”", "they", "direct_quote") in attributed(
        "Democrats launched what they called “the resistance.”"
    )
    # the agent after the label speaks it; a time after "by" does not
    assert attributed("The law, branded “draconian” by critics, passed on Monday.") == [
        ("“draconian”", "critics", "direct_quote")
    ]
    assert attributed("The plan, dubbed “the deal” by Monday, was approved.") == []


def test_a_pronoun_after_the_clause_it_reports_is_not_that_clauses_subject() -> None:
    # "Jones" opens the sentence but is what is said about; "he" takes up John Smith
    assert attributed("John Smith met Bill Jones. Jones is wrong, he said.") == [
        ("Jones is wrong", "John Smith", "indirect_quote")
    ]
    # a named subject opening the sentence outside the content still takes "he" up
    assert attributed(
        "Roy Moore spoke on Monday. Moore lashed out at what he called “a hoax.”"
    ) == [("“a hoax.”", "Roy Moore", "direct_quote")]


def test_a_cue_set_off_by_commas_reports_both_sides_past_its_adjuncts() -> None:
    assert attributed("Prices rose sharply, he said on Monday, while wages fell.") == [
        ("Prices rose sharply", "he", "indirect_quote"),
        ("while wages fell", "he", "indirect_quote"),
    ]
    # the adjuncts alone after the cue are no content, nor is a participle after them
    assert attributed("Prices rose sharply, he said on Monday.") == [
        ("Prices rose sharply", "he", "indirect_quote")
    ]
    assert attributed("Smith testified on Monday, saying the plan was dead.") == [
        ("the plan was dead", "Smith", "indirect_quote")
    ]


def test_a_listener_ends_where_the_clause_told_begins() -> None:
    # with no "that", a determiner or a subject pronoun after the listener opens the clause
    for body, content in (
        ("She told reporters the bill was dead.", "the bill was dead"),
        ("She told the committee his aides had lied.", "his aides had lied"),
        ("She told her the bill was dead.", "the bill was dead"),
        ("Goldstone told the committee he sent the email.", "he sent the email"),
        ("He told reporters they’d lost.", "they’d lost"),
        ("Smith told CNN on Monday, the plan would fail.", "the plan would fail"),
    ):
        assert [(c, v) for c, _, v in attributed(body)] == [(content, "indirect_quote")], body
    # the listener itself may hold a determiner or a name
    assert attributed("She told the families of the victims that the bill was dead.") == [
        ("that the bill was dead", "She", "indirect_quote")
    ]
    assert attributed("She told Fox News the warnings were real.") == [
        ("the warnings were real", "She", "indirect_quote")
    ]


def test_the_accused_and_the_urged_are_part_of_what_is_reported() -> None:
    # the object of "accuse", "blame" and "urge" is what the accusation or the appeal is
    # about, no listener (as PolNeAR marks the content): "CNN" is no venue here
    body = "Trump accused CNN of spreading fake news."
    assert attributed(body) == [("CNN of spreading fake news", "Trump", "indirect_quote")]
    assert sources(body) == [("Trump", "accused")]
    assert attributed("She blamed the Democrats for the shutdown.") == [
        ("the Democrats for the shutdown", "She", "indirect_quote")
    ]
    assert attributed("They urged him to resign.") == [("him to resign", "They", "indirect_quote")]
    # "told" keeps its listener out of the content, and the outlet told is a venue
    body = "Trump told CNN the story was fake."
    assert attributed(body) == [("the story was fake", "Trump", "indirect_quote")]
    assert sources(body) == [("Trump", "told"), ("CNN", "told")]


def test_what_someone_should_or_must_say_is_no_speech() -> None:
    body = "Pilots should report any damage to the tower, the agency said."
    assert sources(body) == [("agency", "said")]
    assert attributed(body) == [
        ("Pilots should report any damage to the tower", "agency", "indirect_quote")
    ]
    for body in (
        "Companies must disclose their donors.",
        "Lobbyists are required to declare their clients.",
        "Officials have to report any gifts.",
        "Officials must not disclose the plan.",
    ):
        assert sources(body) == [], body
    # a modal that is no duty leaves the cue its speech
    assert sources("He would say only that the plan had failed.") == [("He", "say")]


def test_an_adjective_label_after_a_naming_verb_is_the_namers_word() -> None:
    # "called [the plan] [wasteful]": with no second article, a noun closing the object and
    # an adjective after it (word classes from the lexicon of Brill's tagger) mark the label
    for body, speaker in (
        ("Critics called the plan wasteful.", "Critics"),
        ("She called the ruling deeply troubling.", "She"),
        ("Trump called the report fake news.", "Trump"),
    ):
        content = body.split("called ")[1].rstrip(".")
        assert attributed(body) == [(content, speaker, "indirect_quote")], body
    # a noun after a noun, a title's second word and a time are no labels
    for body in (
        "He called the attorney general yesterday.",
        "He called the police chief.",
        "He called the vote early.",
        "He called the meeting to order.",
    ):
        assert attributed(body) == [], body


def test_a_cue_word_after_an_attributive_adjective_is_a_noun() -> None:
    assert sources("The secretive communist state only understands force, he said.") == [
        ("he", "said")
    ]
    assert sources("Trump struck a more conciliatory note and said he would wait.") == [
        ("Trump", "said")
    ]
    # a past form stays a verb after an adjective-like word, as does a cue after a word that
    # stands before verbs
    assert sources("The self-described democratic socialist said he would win.") == [
        ("self-described democratic socialist", "said")
    ]
    assert sources("Trump further described the incident as a tragedy.") == [("Trump", "described")]
    assert sources("Those present said the talks failed.") == [("Those present", "said")]


def test_a_manner_adverb_before_a_cue_is_never_its_source() -> None:
    # "…, quietly urging": the participle's subject is the clause's, past the adverb
    assert sources("McConnell bit his tongue, quietly urging senators not to speak.") == [
        ("McConnell", "urging")
    ]
    # (the gerund after "by" speaks for the main clause's subject, never for the adverb)
    assert sources("Critics attacked the plan by falsely calling it a tax.") == [
        ("Critics", "calling")
    ]
    assert sources("The plan failed, officials privately said.") == [("officials", "said")]


def test_a_quote_that_closes_its_sentence_is_not_the_next_cues_content() -> None:
    # the next sentence's cue reports its own clause, not the quote before it
    body = (
        "They faulted him for “misrepresenting what had occurred.” Her campaign manager, "
        "Robby Mook, suggested that the staff had broken the law."
    )
    assert attributed(body)[-1] == (
        "that the staff had broken the law",
        "Robby Mook",
        "indirect_quote",
    )
    # a cue with nothing after it still takes the quote, full stop or comma
    assert attributed("“We will win.” Smith said.") == [("“We will win.”", "Smith", "direct_quote")]
    assert attributed("“We will win,” Smith said on Monday.") == [
        ("“We will win,”", "Smith", "direct_quote")
    ]


def test_a_role_in_apposition_before_the_name_is_part_of_the_source() -> None:
    # "his spokesman, Ken Gavin," is who spoke; no word of it is in his voice, and "in
    # response to questions about …" is an adjunct of the cue
    body = (
        "“They drive their own agendas,” his spokesman, Ken Gavin, said Thursday in response "
        "to questions about the comments."
    )
    assert attributed(body) == [("“They drive their own agendas,”", "Ken Gavin", "direct_quote")]
    assert attributed("He said in response to a question that the plan would fail.") == [
        ("that the plan would fail", "He", "indirect_quote")
    ]


def test_a_colon_after_the_cue_announces_what_follows_not_what_went_before() -> None:
    assert sources("In the end, Mann concludes:") == []
    assert attributed("After the vote, he said: “We won.”") == [("“We won.”", "he", "direct_quote")]
    # a clause before a cue with nothing after it is still reported
    assert attributed("The talks failed, officials said.") == [
        ("The talks failed", "officials", "indirect_quote")
    ]


def test_a_call_or_promise_that_ends_a_two_word_noun_is_no_cue() -> None:
    body = "She said Gates told her in a conference call the income level was too high."
    assert [cue for _, cue in sources(body)] == ["said", "told"]
    assert sources("His campaign promises were broken.") == []


def test_a_that_after_a_clause_is_no_complement_of_the_cue() -> None:
    # the "that" of "so generous that" belongs to a clause the cue already reports
    body = "They said the bill as written was so generous that workers might stay home."
    assert attributed(body) == [
        (
            "the bill as written was so generous that workers might stay home",
            "They",
            "indirect_quote",
        )
    ]
    # a listener and adjuncts before the "that" leave it the complement's
    for body in (
        "He told a group of business leaders on Monday that the plan failed.",
        "He said in an interview with CNN on Sunday that the plan failed.",
    ):
        assert attributed(body) == [("that the plan failed", "He", "indirect_quote")], body
    # a bare time word before the clause is no part of it
    assert attributed("Comey said Wednesday the threat had diminished.") == [
        ("the threat had diminished", "Comey", "indirect_quote")
    ]
    assert sources("Let's just say that the plan failed.") == []


def test_what_someone_said_as_a_noun_phrase_reports_nothing_after_it() -> None:
    assert sources("Instead of reporting what Trump said, the media give us the gist.") == []
    assert sources("It is a bigger story than anything the president said in his address.") == []
    # a naming cue keeps its label ("what Netanyahu called a “victory”")
    assert [cue for _, cue in sources("He knows what Netanyahu called a “victory”.")] == ["called"]


def test_an_inverted_subject_that_runs_into_a_present_tense_verb_is_the_content() -> None:
    # "…, said the speaker agrees": what was said, not who said it
    body = "A spokesman for Boehner, who opposes closing the prison, said the speaker agrees."
    assert attributed(body) == [("the speaker agrees", "spokesman for Boehner", "indirect_quote")]
    body = "But Wolf, in his letter to the president, said the situation deserves attention."
    assert sources(body) == [("Wolf", "said")]
    # an inverted subject with no verb after it still speaks
    assert sources("The plan was dead, said the ministry.") == [("ministry", "said")]


def test_a_participle_takes_the_main_clause_subject_after_an_opening_phrase() -> None:
    # the sentence opens with words that name no one; the subject follows their comma
    for body, source in (
        ("Asked about a fix, Treasury Secretary Jacob Lew demurred, saying Congress must act.",
         "Jacob Lew"),
        ("Last week, Live Action made a similar accusation, saying the platform was biased.",
         "Live Action"),
        ("Speaking outside No 10, Mr Johnson thanked voters, saying he would keep his word.",
         "Johnson"),
        ("After the vote, the Republican senator left, saying he was tired.",
         "Republican senator"),
        ("In April, the Atlantic ran a long story, noting that the center was criticized.",
         "The Atlantic"),
        ("Already, Dold has taken great pains, even stressing that he won't vote for him.",
         "Dold"),
    ):  # fmt: skip
        cues = dict((cue, src) for src, cue in sources(body))
        participle = next(c for c in cues if c.endswith("ing"))
        assert cues[participle] == source, body
    # a name opening the sentence is still its subject, and so is the opening clause's
    # subject when no subject follows the comma
    assert sources("Smith left the room, saying he was tired.") == [("Smith", "saying")]
    body = "When Remnick pressed her, pointing out that experts can be wrong, she paused."
    assert sources(body)[0] == ("Remnick", "pointing out")


def test_an_imperative_opening_a_sentence_is_no_source() -> None:
    # "Go tell …": the verb names no one, so nobody speaks
    assert sources("Go tell parents that spiders are safe for their children.") == []
    # an inverted subject after the comma still speaks
    assert sources("Bring it on, say Democrats, who want the fight.")[0] == ("Democrats", "say")
    # a noun opening the sentence is a source all the same
    assert sources("Polls show that the race is tight.") == [("Polls", "show")]


def test_a_cue_noun_after_an_opening_adjective_is_no_cue_and_documents_take_their_verb() -> None:
    # an adjective opening the sentence makes the cue word its noun
    assert sources("Jobless claims soared to a record in the past week.") == []
    assert sources("Emotional claims that guns are safe distort the debate.") == []
    # a capitalised word the tagger knows as a name is the subject of the verb
    assert sources("Young claims the vote was rigged.") == [("Young", "claims")]
    # a plural noun of documents and its verb: the documents speak
    assert sources("The transcripts show that he answered every question.") == [
        ("transcripts", "show")
    ]
    # but a verb and the plural cue noun after it stay one cue ("denied reports")
    assert sources("The ministry denied reports that troops had moved.") == [("ministry", "denied")]
    assert sources("He came under fire over past comments criticized as sexist.") == []
    assert sources("His tweets accusing her of lying were false.") == []


def test_a_contracted_negation_stands_between_the_subject_and_its_cue() -> None:
    assert sources("He didn't dispute that the club wants a fight.") == [("He", "dispute")]
    assert sources("The ministry won’t say whether troops moved.") == [("ministry", "say")]
    # spelled out, as before
    assert sources("He did not dispute that the club wants a fight.") == [("He", "dispute")]


def test_a_cue_word_after_a_verb_that_is_no_cue_is_its_object() -> None:
    # "laid claim", "making promises": nouns, nobody speaks
    assert sources("He laid claim to a record of success.") == []
    assert sources("Trump is making promises he can't keep.") == []
    # a cue after an auxiliary and an adverb is still the verb
    assert sources("He had previously claimed that the vote was rigged.") == [("He", "claimed")]
    # and "say" after a participle that follows its noun is the verb
    assert sources("People involved say the talks failed.")[0][1] == "say"


def test_an_adverb_opening_the_sentence_is_no_part_of_the_name_after_it() -> None:
    body = "Ted Cruz spoke first. Even Cruz won't say he should resign."
    assert sources(body) == [("Ted Cruz", "say")]
    # but a body's name that opens with such a word keeps it
    assert sources("Just Stop Oil said the protest would go on.")[0][0] == "Just Stop Oil"
    body = "If Kavanaugh believed that, he wouldn't have suggested a new law."
    assert sources(body) == [("Kavanaugh", "suggested")]
    # a name whose first word the tagger knows as a verb keeps it
    assert sources("Shake Shack said it was returning the funds.") == [("Shake Shack", "said")]


def test_a_gerund_adjunct_speaks_for_the_main_clause_subject() -> None:
    for body in (
        "Smith left after saying he was tired.",
        "Smith left without saying whether he would return.",
        "Smith angered voters by saying the war was wrong.",
        "Smith smiled while saying the war was wrong.",
    ):
        assert sources(body) == [("Smith", "saying")], body
    assert sources("Republicans failed despite having promised voters a repeal.") == [
        ("Republicans", "promised")
    ]
    # not when the gerund belongs to a clause inside the sentence: a complement, a relative
    # clause, another cue's report
    assert sources("Officials hoped that Trudeau erred by criticizing him.") == []
    body = "Smith met a critic who left after saying the war was wrong."
    assert ("Smith", "saying") not in sources(body)
    body = "Jones said the court erred by dismissing the case."
    assert [src for src, cue in sources(body) if cue == "dismissing"] == []


def test_having_before_a_cue_makes_it_a_participle() -> None:
    body = "At the time, Trump was angry at governors, having said that they should be grateful."
    assert sources(body) == [("Trump", "said")]
    body = "Arnold Toynbee is quoted as having said: “When the last man dies, war returns.”"
    assert sources(body) == [("Arnold Toynbee", "said")]


def test_an_adverb_after_an_auxiliary_stands_between_the_subject_and_its_cue() -> None:
    assert sources("Kavanaugh has forcefully denied both accusations.") == [("Kavanaugh", "denied")]
    assert sources("Senate Democrats are increasingly criticizing the delay.") == [
        ("Senate Democrats", "criticizing")
    ]


def test_neighbours_of_this_sessions_rules_that_a_review_found_broken() -> None:
    # a participle after its noun, then the cue: the noun phrase speaks
    assert sources("Those affected argue that the plan is flawed.") == [("Those affected", "argue")]
    assert sources("The finding suggests that the drug works.") == [("finding", "suggests")]
    # a surname that is also an adjective, named before, still speaks
    assert sources("Marc Short was there. Short argues the vote was fair.") == [
        ("Marc Short", "argues")
    ]
    # a surname the tagger knows as a verb or adverb still speaks before a finite cue
    assert sources("Fry said the plan was dead.") == [("Fry", "said")]
    # a list after an opening participle does not give the subject
    body = "Speaking in Paris, London and Berlin, Smith left, saying he was tired."
    assert sources(body) == [("Smith", "saying")]
    # a gerund adjunct in a second clause, or after a complement, is not the first
    # subject's
    for body, wrong in (
        ("Jones resigned, and Smith left after saying the plan was dead.", "Jones"),
        ("Smith hopes Jones will apologize after saying the vote was rigged.", "Smith"),
        ("The governor's spokesman resigned after saying the plan was dead.", "governor"),
    ):
        assert (wrong, "saying") not in sources(body), body


def test_worth_before_a_cue_is_the_writers_remark_and_a_finite_verb_ends_an_inverted_subject() -> (
    None
):
    assert sources("It's worth noting that many veterans want more money.") == []
    # "said the talks failed": no subject after the cue, the clause is what was said
    assert sources("The senator, who met the president on Monday, said the talks failed.") == [
        ("senator", "said")
    ]
    assert sources("The talks failed, said the former minister.") == [("former minister", "said")]


def test_a_cue_noun_closing_a_compound_before_a_preposition_is_a_noun() -> None:
    body = "The archdiocese paid millions to settle sex abuse claims from 500 victims."
    assert sources(body) == []
    body = "She cited intelligence reports of Russian interference in the election."
    assert sources(body) == []
    # a body or people before the cue may be its subject
    assert sources("The agency reports that sales rose.") == [("agency", "reports")]
    assert sources("Officials report to Congress that the dam held.")[0] == ("Officials", "report")


def test_a_question_put_by_no_one_named_is_reported_with_no_source() -> None:
    assert sources("Asked whether he would run, Smith said he would decide soon.") == [
        (None, "Asked"),
        ("Smith", "said"),
    ]
    assert attributed("Asked whether he would run, Smith said he would decide soon.")[0] == (
        "whether he would run",
        None,
        "indirect_quote",
    )
    # the one asked is no source, but a later "he" takes him up
    body = "Harry Reid spoke. Josh Earnest was asked whether vetoes would come. He said no."
    assert sources(body)[-1] == ("Josh Earnest", "said")
    # a question someone named puts keeps its source
    assert sources("She asked whether he would run.") == [("She", "asked")]


def test_a_complement_cue_set_off_by_commas_reports_the_clause_around_it() -> None:
    assert sources("The breaking point, Ash wrote, came on Friday.") == [("Ash", "wrote")]
    assert sources("On the contrary, he wrote, the colonists had petitioned.") == [("he", "wrote")]
    # not a noun after an adjective, nor a bare noun in a list
    assert sources("He is favored in smaller, whiter states, but she leads.") == []
    assert sources("We see politicians, journalists, brands, entertainers and stars.") == []

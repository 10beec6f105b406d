"""Source-ledger rules from reading real news (issue #4, session 4): sentence-opening words
that are no names, affiliations and titles before a name, initials, a home state after a
name, a name in apposition after the cue, names shaped like bodies, plural groups, manner
adverbs, and outlet names that hold a possessive. Every sentence here is invented; each
test also shows the neighbouring case that the rule must leave alone."""

from __future__ import annotations

import polars as pl

from framing.actors import load_gazetteer
from framing.attribution import attribute_voices
from framing.crosslinks import find_crosslinks
from framing.outlets import match_outlet
from framing.sentences import split_sentences
from framing.speakers import capitalised_common_words, shaped_like_body

GAZETTEER = load_gazetteer()


def all_rows_of(body: str, outlet: str = "o") -> pl.DataFrame:
    """Every source row of ``body`` published by ``outlet``, the outlets a cue's listener
    names (role "venue") too."""
    docs = pl.DataFrame(
        {"article_id": ["a"], "outlet": [outlet], "text": [body], "body_start": [0]}
    )
    _, sources = attribute_voices(docs, split_sentences(docs), find_crosslinks(docs), GAZETTEER)
    return sources


def sources_of(body: str) -> list[dict[str, object]]:
    return [row for row in all_rows_of(body).iter_rows(named=True) if row["role"] != "venue"]


def row_of(body: str, cue: str) -> dict[str, object]:
    rows = [r for r in sources_of(body) if r["cue"] == cue]
    assert rows, f"no attribution with the cue {cue!r}"
    return rows[0]


def test_a_sentence_opening_adverb_before_a_pronoun_is_no_antecedent() -> None:
    body = "Governor Tom Ward spoke on Monday. Later on the radio he said the plan would fail."
    assert row_of(body, "said")["source"] == "Tom Ward"
    # a one-word opener before a verb stays a name
    named = "Governor Hana Ruiz spoke on Monday. Ruiz said the plan would fail."
    assert row_of(named, "said")["source"] == "Hana Ruiz"


def test_a_sentence_opening_word_the_article_writes_in_lower_case_is_no_name() -> None:
    body = "Heavy snow closed the valley, where he said the roads were shut. The snow was heavy."
    assert row_of(body, "said")["source"] != "Heavy"
    # a surname opening its sentence stays the antecedent of "he"
    named = "Brandt met the council. Brandt left because he said the vote was rigged. It is brandt-free."
    assert row_of(named, "said")["source"] == "Brandt"


def test_an_owner_before_a_name_is_an_affiliation() -> None:
    body = "“It is guesswork,” says the University of Utopia’s Lena Marsh."
    row = row_of(body, "says")
    assert (row["source"], row["source_type"]) == ("Lena Marsh", "person")
    body = "Harvard's Omar Tell said the figures were wrong."
    assert row_of(body, "said")["source"] == "Omar Tell"
    # an organisation after an owner stays whole
    body = "Utopia's Foreign Ministry said the talks failed."
    assert row_of(body, "said")["source_type"] == "organization"


def test_a_corporate_or_newsroom_title_inside_a_run_opens_the_name() -> None:
    assert row_of("Acme Corp. CEO Dana Wolk said sales rose.", "said")["source"] == "Dana Wolk"
    body = "Gazette Editor-in-Chief Ray Ellis said he stands by the story."
    assert row_of(body, "said")["source"] == "Ray Ellis"
    body = "Fresno Assemblyman Len Ortiz said the bill would pass."
    assert row_of(body, "said")["source"] == "Len Ortiz"


def test_initials_keep_their_period() -> None:
    body = "Former governor John Q. Adler told reporters that he agreed."
    assert row_of(body, "told")["source"] == "John Q. Adler"
    assert row_of("Ann Lee said she agreed.", "said")["source"] == "Ann Lee"


def test_a_home_state_after_a_name_is_no_name() -> None:
    body = "The rule is unfair, said Rep. Frank Dole of New Mexico."
    assert row_of(body, "said")["source"] == "Frank Dole"
    body = "House Speaker Nina Ortega of Calif., announced the vote."
    row = row_of(body, "announced")
    assert (row["source"], row["source_type"]) == ("Nina Ortega", "person")
    # a role's own place stays in the role
    body = "Senator Alan Price of Ohio said the bill was dead."
    assert row_of(body, "said")["source"] == "Alan Price"


def test_a_name_in_apposition_after_an_inverted_cue_speaks() -> None:
    body = "“It is too late,” said the group’s Paris director, Marie Duval."
    row = row_of(body, "said")
    assert (row["source"], row["source_type"]) == ("Marie Duval", "person")
    body = "“It is too late,” said the group’s Paris director."
    assert row_of(body, "said")["source_type"] == "anonymous"


def test_names_shaped_like_bodies_are_not_people() -> None:
    assert shaped_like_body("Number 10")
    assert shaped_like_body("BLS")
    assert shaped_like_body("FactFinder")
    assert not shaped_like_body("McConnell")
    assert not shaped_like_body("DeSantis")
    assert not shaped_like_body("Omar Tell")
    body = "Prices rose 2 percent last year, BLS said."
    assert row_of(body, "said")["source_type"] == "organization"


def test_a_plural_group_opening_a_sentence_is_no_person() -> None:
    row = row_of("Campaigners on both sides said turnout was high.", "said")
    assert row["source_type"] == "anonymous"
    assert row_of("Sanders said turnout was high.", "said")["source_type"] == "person"


def test_a_manner_adverb_before_the_cue_is_no_part_of_the_source() -> None:
    body = "The Senate narrowly confirmed that Ward would lead the agency."
    assert row_of(body, "confirmed")["source"] == "Senate"
    assert row_of("The family said the boy was safe.", "said")["source"] == "family"


def test_a_run_across_a_sentence_end_or_a_heading_word_is_one_name() -> None:
    body = "The ousted director was Ben Cole. Rosen later told Brand she would take over."
    assert row_of(body, "told")["source"] == "Rosen"
    body = 'WATCH Lopez explain the plan. Lopez replied, "I reject that notion entirely."'
    assert {str(r["source"]) for r in sources_of(body)} == {"Lopez"}
    body = 'JUST WATCHED Lopez explain the plan. Lopez replied, "I reject that notion entirely."'
    assert {str(r["source"]) for r in sources_of(body)} == {"Lopez"}
    body = 'NATO chief Ana Lind spoke. Lind replied, "I reject that notion entirely."'
    assert "Ana Lind" in {str(r["source"]) for r in sources_of(body)}


def test_an_outlet_name_holding_a_possessive_is_kept_whole() -> None:
    assert match_outlet("the party newspaper People’s Daily") == "People's Daily"
    assert match_outlet("The Mail on Sunday") == "The Mail on Sunday"
    assert match_outlet("Utopia's Trend News Agency") == "Trend News Agency"


def test_a_firm_named_by_its_last_word_is_an_organization() -> None:
    body = "Sales will rise 5 percent, according to Harbor Retail Partners, a research firm."
    assert row_of(body, "according to")["source_type"] == "organization"
    assert row_of("Eastern Motors said sales rose.", "said")["source"] == "Eastern Motors"
    assert row_of("Ivo Partridge said sales rose.", "said")["source_type"] == "person"


def test_a_court_opinion_and_a_vote_count_are_documents() -> None:
    body = "Judge Ray's majority opinion does deny the state that power."
    assert row_of(body, "deny")["source_type"] == "document"
    body = "There are 39 votes for the budget, according to the count."
    assert row_of(body, "according to")["source_type"] == "document"


def test_an_adverb_after_an_article_or_a_relative_pronoun_stays() -> None:
    # "a widely read column", "that boldly said", "would formally declare": no subject closes
    # before the -ly word, so it is not dropped as a manner adverb before the verb
    from framing.speakers import find_source_before

    for words in ("the panel that boldly", "a widely"):
        text = words + " said"
        phrase = find_source_before(text, 0, len(words) + 1)
        assert phrase is None or phrase.end == len(words), words
    # after an auxiliary the -ly word is an adverb, skipped like the auxiliary ("Kavanaugh
    # has forcefully denied", "the country would formally declare")
    text = "the country would formally declare"
    phrase = find_source_before(text, 0, text.index(" declare") + 1)
    assert phrase is not None and phrase.text == "the country"
    body = "The Senate narrowly confirmed that Ward would lead the agency."
    assert row_of(body, "confirmed")["source"] == "Senate"


def test_a_name_before_a_body_noun_is_no_person_to_resolve_to() -> None:
    body = (
        "In 2015, a fire at Mother Grace AME church killed nine people. "
        "Senator Ana Ruiz spoke later. “We must act,” she said."
    )
    assert row_of(body, "said")["source"] == "Ana Ruiz"
    body = "In 2015, a fire at Mother Grace AME church killed nine people. “We must act,” he said."
    assert row_of(body, "said")["source"] != "Grace AME"


def test_a_pronoun_passes_over_a_person_of_the_other_gender() -> None:
    # the article tells Ann Cole's gender ("her time"; "Spokeswoman"): "he" is Tom Bale
    body = (
        "Senator Tom Bale spoke first. Governor Ann Cole, a Democrat, used her time to "
        "attack the plan. “It is late,” he said."
    )
    assert row_of(body, "said")["source"] == "Tom Bale"
    body = "Senator Tom Bale spoke first. Spokeswoman Ann Cole spoke next. “It is late,” he said."
    assert row_of(body, "said")["source"] == "Tom Bale"
    # another name before the pronoun tells nothing of her: the nearest person stays
    body = (
        "Senator Tom Bale spoke first. Governor Ann Cole, a Democrat, praised Bale and his "
        "plan. “It is late,” she said."
    )
    assert row_of(body, "said")["source"] == "Ann Cole"


def test_private_people_named_by_their_role_are_unnamed_people_not_bodies() -> None:
    for body, cue in [
        ("The suspect told police that he had acted alone.", "told"),
        ("The narrator said the film was about loss.", "said"),
        ("A juror said the verdict was hard.", "said"),
    ]:
        row = row_of(body, cue)
        assert row["source_type"] == "anonymous", (body, row)
    assert row_of("The committee said the vote was close.", "said")["source_type"] == "organization"


def test_polling_trackers_and_databases_are_documents_not_people() -> None:
    # data sources named like bodies or opening a sentence capitalised: what they show is a
    # finding of data, and a person's "shows" without a clause would be dropped
    for body, cue, source in [
        ("Polling shows broad support for the bill.", "shows", "Polling"),
        (
            "The Global Terrorism Database shows that attacks rose.",
            "shows",
            "Global Terrorism Database",
        ),
        ("According to the Poll Tracker, the president trails.", "According to", "Poll Tracker"),
        ("The model's projections suggest the number will fall.", "suggest", "model's projections"),
    ]:
        row = row_of(body, cue)
        assert (row["source"], row["source_type"]) == (source, "document"), (body, row)
    # a surname that only begins like one stays a person
    row = row_of("Joel Pollak wrote that it was wrong.", "wrote")
    assert (row["source"], row["source_type"]) == ("Joel Pollak", "person")


def test_a_common_word_capitalised_to_open_a_sentence_is_no_name() -> None:
    # the tagger's lexicon knows "Polls" and "Describing" as common words only
    assert {"Polls", "Describing"} <= capitalised_common_words()
    assert not {"Young", "Moore"} & capitalised_common_words()
    assert row_of("Polls show the senator ahead.", "show")["source_type"] == "document"
    body = "The Center for Immigration Studies said the numbers were wrong."
    assert row_of(body, "said")["source_type"] == "organization"
    assert row_of("Describing the day, she said it was long.", "said")["source"] == "she"
    # names it tags as proper nouns, and a surname the article named in full, stay names
    assert row_of("Young said the plan failed.", "said")["source_type"] == "person"
    body = "Jeff Flake spoke on Monday. Flake said the bill was dead."
    assert row_of(body, "said")["source"] == "Jeff Flake"
    body = "Sen. Flake spoke on Monday. Flake said the bill was dead."
    assert row_of(body, "said")["source_type"] == "person"


def test_a_quantified_partisan_is_an_unnamed_source_and_the_plural_the_party() -> None:
    for body in (
        "Another Republican said the bill was dead.",
        "Some Democrats said the bill was dead.",
        "One California Democrat said the bill was dead.",
        "The bill is dead, two Republicans said.",
        "Those Democrats said the bill was dead.",
    ):
        assert row_of(body, "said")["source_type"] == "anonymous", body
    assert row_of("The Democrats said the bill was dead.", "said")["source_type"] == "organization"
    # one partisan named by a nominal is a person, and a number opens a name
    body = "Rand Paul spoke on Monday. The Republican said the bill was dead."
    assert row_of(body, "said")["source_type"] == "person"
    assert row_of("Four Corners reported the result.", "reported")["source"] == "Four Corners"
    # a party word before a name is the person's affiliation
    body = "Republican Rand Paul said the bill was dead."
    assert (row_of(body, "said")["source"], row_of(body, "said")["source_type"]) == (
        "Rand Paul",
        "person",
    )


def test_a_company_or_pollster_cited_by_name_is_an_organization() -> None:
    for body, cue in (
        ("Pfizer said the vaccine works.", "said"),
        ("Gallup found that most voters agree.", "found"),
        ("Goldman Sachs said rates would rise.", "said"),
        ("Texas argued that the law stands.", "argued"),
    ):
        assert row_of(body, cue)["source_type"] == "organization", body
    # a home state after a name is no name of its own
    assert (
        row_of("John McCain of Arizona said the bill was dead.", "said")["source"] == "John McCain"
    )
    # a person the article named keeps her surname, even a company's name
    body = "Senator Jane Apple said the bill was dead. Apple said she would vote no."
    rows = [r for r in sources_of(body) if r["cue"] == "said"]
    assert [(r["source"], r["source_type"]) for r in rows] == [("Jane Apple", "person")] * 2
    body = "Sen. Apple said the bill was dead. Apple said she would vote no."
    rows = [r for r in sources_of(body) if r["cue"] == "said"]
    assert [(r["source"], r["source_type"]) for r in rows] == [("Apple", "person")] * 2


def test_a_word_for_unnamed_people_heads_its_phrase_and_the_name_after_it_does_not_speak() -> None:
    # the name completes the group: the supporters speak, not Trump
    for body in (
        "Supporters of Trump said the rally was peaceful.",
        "Some supporters of Donald Trump said the rally was peaceful.",
        "Residents of Gaza said the strikes had not stopped.",
        "Voters in Ohio said the economy came first.",
        "Officials in Ohio said the vote was fair.",
        "Members of Congress said the vote was fair.",
    ):
        row = row_of(body, "said")
        assert row["source_type"] == "anonymous", body
        assert row["source"] == body.split(" said")[0], body
    # a named person before "of" keeps the name; a role before "for" stays a role
    assert (row_of("Tim Cook of Apple said sales rose.", "said")["source"]) == "Tim Cook"
    row = row_of("A spokesman for Netanyahu said the talks failed.", "said")
    assert (row["source"], row["source_type"]) == ("spokesman for Netanyahu", "anonymous")
    # the plural of any word for a kind of person heads its group the same way
    for body in (
        "Friends of Smith said he was innocent.",
        "Most donors on Wall Street said the plan was dead.",
    ):
        row = row_of(body, "said")
        assert (row["source"], row["source_type"]) == (body.split(" said")[0], "anonymous")


def test_unnamed_people_by_a_plural_of_their_role_are_anonymous_and_bodies_stay_bodies() -> None:
    # the plural of a word for a kind of person names unnamed people, whatever precedes it
    for body in (
        "Two Republican governors said the plan was unfair.",
        "Thousands of former students said the school misled them.",
        "Many students said the plan was unfair.",
        "Students said the plan was unfair.",
        "Businessmen said the plan was unfair.",
        "Other representatives said the plan was unfair.",
        "A taxpayer said the plan was unfair.",
    ):
        row = row_of(body, "said")
        assert row["source_type"] == "anonymous", body
    # a plural body is still a body, and a party by its plural name is the party
    assert row_of("Several companies said the plan was unfair.", "said")["source_type"] == (
        "organization"
    )
    assert row_of("Republicans said the plan was unfair.", "said")["source_type"] == (
        "organization"
    )
    # a word for a kind of person is no role to refer back by: the employee is not the
    # investor named before
    body = "Bill Gates, an investor, spoke first. The employee said it was fine."
    row = row_of(body, "said")
    assert (row["source"], row["source_type"]) == ("employee", "anonymous")


def test_a_party_tag_and_a_home_state_after_a_name_are_read_off_together() -> None:
    for body in (
        "Sen. Lindsey Graham (R) of South Carolina said the bill was a disaster.",
        "Sen. Lindsey Graham (R) from South Carolina said the bill was a disaster.",
        "Sen. Lindsey Graham (R-S.C.) said the bill was a disaster.",
    ):
        row = row_of(body, "said")
        assert (row["source"], row["source_type"]) == ("Lindsey Graham", "person"), body


def test_a_quantifier_opening_its_clause_is_the_vaguest_anonymous_source() -> None:
    # "Some say …": unnamed people, recorded as such (Wikipedia's "weasel words")
    for body, source in (
        ("Some say the plan will fail.", "Some"),
        ("Of the voters polled, most said the plan would fail.", "most"),
        ("The plan is popular, but many argue that it will fail.", "many"),
    ):
        row = sources_of(body)[0]
        assert (row["source"], row["source_type"]) == (source, "anonymous"), body
    # a quantifier before a noun, or after a verb, opens no clause of its own
    assert sources_of("His many promises that taxes would fall were broken.") == []
    assert sources_of("There were some warning signs that the plan would fail.") == []


def test_a_bodys_name_joined_by_and_after_its_of_is_one_name() -> None:
    for body, source in (
        (
            "The Department of Health and Human Services said the rule stands.",
            "Department of Health and Human Services",
        ),
        (
            "The virus spreads in crowds, according to the Centers for Disease Control and "
            "Prevention.",
            "Centers for Disease Control and Prevention",
        ),
    ):
        row = sources_of(body)[0]
        assert (row["source"], row["source_type"]) == (source, "organization"), body
    # two people, or a title after "and", stay apart
    assert [r["source"] for r in sources_of("Smith and Jones said the plan failed.")] == ["Jones"]
    body = "The University of Chicago and Professor Ann Knittel said oil must cost more."
    assert [r["source"] for r in sources_of(body)] == ["Ann Knittel"]


def test_a_bare_surname_is_not_the_one_with_a_generational_suffix() -> None:
    body = (
        "President Donald Trump helped draft a statement. Donald Trump Jr said the meeting "
        "was short. President Trump has denied any collusion."
    )
    assert [r["source"] for r in sources_of(body)] == ["Donald Trump Jr", "Donald Trump"]
    # when only the son was named, the surname is his
    body = "Donald Trump Jr spoke first. Trump said the meeting was short."
    assert [r["source"] for r in sources_of(body)] == ["Donald Trump Jr"]


def test_a_seat_of_government_speaks_as_its_government() -> None:
    for body in ("The Vatican said the talks would go on.", "Downing Street said so on Monday."):
        assert sources_of(body)[0]["source_type"] == "organization", body


def test_the_head_before_whose_or_whom_speaks_not_the_relative_clauses_last_noun() -> None:
    body = (
        "The lawyers for a whistleblower whose complaint began an impeachment inquiry say "
        "the words endanger their client."
    )
    assert sources_of(body)[0]["source"] == "lawyers for a whistleblower"
    assert sources_of("Officials whom he met said the talks failed.")[0]["source"] == "Officials"
    # a clause with no relative pronoun keeps its subject
    assert sources_of("The senator said the vote was rigged.")[0]["source"] == "senator"


def test_a_name_that_the_opens_is_a_bodys_and_no_antecedent_of_he() -> None:
    body = (
        "Assange was arrested on Thursday. The United Nations has called for a fair trial. "
        "He has always denied the allegations."
    )
    rows = sources_of(body)
    assert (rows[0]["source"], rows[0]["source_type"]) == ("United Nations", "organization")
    assert rows[1]["source"] != "United Nations"  # "he" is no body
    # a person after an outlet's possessive, and a party word after "The", stay people
    assert sources_of("The Kentucky Republican said the bill was dead.")[0]["source_type"] == (
        "person"
    )


def test_a_person_named_before_of_and_a_body_speaks_for_herself() -> None:
    for body, name in (
        ("Jane Doe of Reuters said the bill was flawed.", "Jane Doe"),
        ("John Smith of the Heritage Foundation said the bill was flawed.", "John Smith"),
        (
            "David Corn of the progressive Mother Jones magazine claimed it was a rout.",
            "David Corn",
        ),
        ("The talks failed, said Michael Dimock of the Pew Research Center.", "Michael Dimock"),
    ):
        row = sources_of(body)[0]
        assert (row["source"], row["source_type"]) == (name, "person"), body
    # a body's own name with "of", and a group word before "of", are no people
    assert sources_of("The Bank of America said rates rose.")[0]["source_type"] == "organization"
    assert sources_of("Critics of the House bill insist it will fail.")[0]["source_type"] == (
        "anonymous"
    )


def test_a_scare_quoted_group_noun_and_examples_set_off_stay_in_the_subject() -> None:
    body = "Economists warn of losses, but other “experts” retort that funds will grow."
    assert [(r["source"], r["source_type"]) for r in sources_of(body)][-1] == (
        "other experts",
        "anonymous",
    )
    assert sources_of('Some "experts" say the plan will work.')[0]["source"] == "Some experts"
    body = "Anecdotal evidence, such as a board hiring a crank, suggests that the media changed."
    assert sources_of(body)[0]["source"] == "Anecdotal evidence"
    # a quoted label inside a relative clause before the cue is no part of the subject
    body = "Hicks, who testified as a “whistleblower” said the briefing was classified."
    assert sources_of(body)[0]["source"] == "Hicks"


def test_more_given_names_tell_a_pronoun_whom_it_cannot_take_up() -> None:
    body = (
        'Bert W. Rein said the South had changed. Justice Elena Kagan spoke next. "It is '
        'hard," she said.'
    )
    assert [r["source"] for r in sources_of(body)] == ["Bert W. Rein", "Elena Kagan"]
    # a name the list leaves out tells nothing: the nearer speaker is taken up
    body = 'Jordan Lee said the South had changed. "It is hard," she said.'
    assert [r["source"] for r in sources_of(body)] == ["Jordan Lee", "Jordan Lee"]


def test_a_spokesman_for_someone_speaks_and_the_one_named_does_not() -> None:
    body = (
        "A spokesman for House Speaker John Boehner, who opposes closing the prison, said the "
        "plan was sound."
    )
    row = sources_of(body)[0]
    assert (row["source_type"], row["role"]) == ("anonymous", "spokesman")
    assert sources_of("A spokesperson for Mrs. Pence says it is overblown.")[0]["source"] == (
        "spokesperson for Mrs. Pence"
    )
    # a title that ends in a place before a name keeps a person (its name still carries the
    # place: "Iran Brian Hook", a known flaw)
    body = "U.S. special representative for Iran Brian Hook said hundreds died."
    row = sources_of(body)[0]
    assert row["source_type"] == "person" and str(row["source"]).endswith("Brian Hook")


def test_plural_documents_are_documents_but_a_body_named_for_them_is_a_body() -> None:
    assert row_of("Studies show that masks work.", "show")["source_type"] == "document"
    assert row_of("The letters read that litigation would follow.", "read")["source_type"] == (
        "document"
    )
    body = "The Center for Immigration Studies said the numbers were wrong."
    assert row_of(body, "said")["source_type"] == "organization"


def test_a_place_after_a_role_preposition_is_no_part_of_the_name_after_it() -> None:
    for body, name in (
        ("US envoy for Iran Brian Hook said the sanctions would stay.", "Brian Hook"),
        ("The ambassador to Israel David Friedman said the move was right.", "David Friedman"),
    ):
        row = row_of(body, "said")
        assert (row["source"], row["source_type"]) == (name, "person"), body
    # a role's own capitalised words before a name stay the role's
    row = row_of("Secretary of State Mike Pompeo said the move was right.", "said")
    assert row["source"] == "Mike Pompeo"


def test_words_before_the_last_role_in_a_capitalised_run_are_no_part_of_the_name() -> None:
    for body, name in (
        ("German Chancellor Angela Merkel said the deal was fair.", "Angela Merkel"),
        ("Special Agent Rick DesLauriers said the suspect fled.", "Rick DesLauriers"),
        ("House Intelligence Committee Chairman Devin Nunes said it.", "Devin Nunes"),
    ):
        row = row_of(body, "said")
        assert (row["source"], row["source_type"]) == (name, "person"), body
    # a body's own capitalised words stay the body's
    for body, name in (
        ("The Justice Department said the probe was over.", "Justice Department"),
        ("Police Scotland said the inquiries were ongoing.", "Police Scotland"),
        ("The Army Corps of Engineers said the dam held.", "Army Corps of Engineers"),
    ):
        row = row_of(body, "said")
        assert (row["source"], row["source_type"]) == (name, "organization"), body


def test_a_share_of_people_polled_is_anonymous_and_a_counselor_is_a_role() -> None:
    for body in (
        "Overall, 37 percent of adults said they approved of the plan.",
        "Just 35 percent said the market can handle it.",
    ):
        assert row_of(body, "said")["source_type"] == "anonymous", body
    row = row_of("White House Counselor Kellyanne Conway said the campaign would go on.", "said")
    assert (row["source"], row["source_type"]) == ("Kellyanne Conway", "person")
    body = "Special counsel Robert Mueller spoke. The special counsel said he would not testify."
    assert row_of(body, "said")["source"] == "Robert Mueller"


def test_team_names_and_names_with_state_stay_bodies() -> None:
    for body, name in (
        ("The Kansas City Chiefs said the game was fair.", "Kansas City Chiefs"),
        ("The Ohio State Buckeyes said the game was fair.", "Ohio State Buckeyes"),
    ):
        row = row_of(body, "said")
        assert (row["source"], row["source_type"]) == (name, "organization"), body
    row = row_of("Convention delegate Mary Jones said it was fair.", "said")
    assert (row["source"], row["source_type"]) == ("Mary Jones", "person")


def test_a_share_written_with_a_percent_sign_is_anonymous() -> None:
    row = row_of("In the poll, 15% said they would stay home.", "said")
    assert (row["source"], row["source_type"]) == ("15%", "anonymous")


def test_an_empty_it_before_a_passive_cue_names_no_one() -> None:
    for body in (
        "It was later revealed that the agency had a source.",
        "It has been reported in several outlets that the agency had a source.",
    ):
        row = row_of(body, "revealed" if "revealed" in body else "reported")
        assert (row["source"], row["source_type"]) == (None, "anonymous"), body
    # an agent after "by" speaks; a referring "it" stays the source
    assert row_of("It was reported by officials that the agency quit.", "reported")["source"] == (
        "officials"
    )
    assert row_of("The agency met. It said that the talks failed.", "said")["source"] == "It"


def test_an_adverb_or_adjective_right_before_a_cue_is_no_source() -> None:
    for body, cue in (
        ("The president has denied ever asking Cohen to lie.", "asking"),
        ("Details of the newly announced board were released.", "announced"),
        ("Skeptics rarely, if ever, call themselves that.", "call"),
    ):
        assert all(r["cue"] != cue for r in sources_of(body)), body
    # after a noun, the word belongs to its phrase, and the phrase speaks
    assert row_of("Voters he met said the plan was bad.", "said")["source"] == "Voters"
    assert row_of("Most of the economists I interviewed said it was bad.", "said")["source"] == (
        "Most of the economists"
    )
    # a noun the tagger knows first as an adjective, away from its cue, stays the source
    row = row_of("An operative who has worked with the campaign said it was bad.", "said")
    assert row["source"] == "operative"
    # an adjective after "the" is a noun
    assert row_of("The left says the plan is bad.", "says")["source"] == "left"


def test_a_participle_and_its_adjunct_after_a_noun_leave_the_noun_as_source() -> None:
    row = row_of("A GAO report released in May found that the agency erred.", "found")
    assert (row["source"], row["source_type"]) == ("GAO report", "document")
    # not past a conjunction: "… tested last month but said" is another clause's verb
    body = "KCNA did not say what the soldiers tested last month but said it was big."
    assert row_of(body, "said")["source"] != "soldiers"


def test_a_cue_form_without_s_after_a_singular_noun_phrase_is_a_noun() -> None:
    for body, cue in (
        ("The analysts said in a client note that the market would fall.", "note"),
        ("The firm published a highly-detailed report on the attack.", "report"),
        ("He argued that the war state that has not known peace is doomed.", "state"),
    ):
        assert all(r["cue"] != cue for r in sources_of(body)), body
    assert row_of("The analysts said in a client note that it would fall.", "said")["source"] == (
        "analysts"
    )
    # a group noun may take a plural verb; a question puts the verb after its subject; a
    # noun phrase after a preposition may end a longer subject
    for body, cue, source in (
        ("The team claim they won.", "claim", "team"),
        ("May a baker deny a couple a cake?", "deny", "baker"),
        ("People across the country say the plan is bad.", "say", "People"),
        ("Senior Republicans involved in the plan insist they knew.", "insist", None),
    ):
        row = row_of(body, cue)
        assert source is None or row["source"] == source, body


def test_the_object_of_a_verb_before_for_and_a_gerund_says_it() -> None:
    for body, source in (
        ("Trump denounced CNN for declaring in 2016 that he would lose.", "CNN"),
        ("Sewell criticized Kobach for asking states for data.", "Kobach"),
        ("She praised the agency for saying it would act.", "agency"),
    ):
        assert [r["source"] for r in sources_of(body) if r["cue"] != "criticized"] == [source]
    # a passive has no object, and a thing that cannot speak is no speaker
    assert row_of("Smith was criticised for saying the vote was rigged.", "saying")["source"] == (
        "Smith"
    )
    body = "Jones had drawn headlines for calling for an inquiry."
    assert row_of(body, "calling for")["source"] == "Jones"


def test_a_determiner_that_after_a_cue_that_needs_a_clause_opens_no_content() -> None:
    for body in (
        "So long as Turkey maintains that large presence, talks will fail.",
        "While Russia disputes that assertion, it has agreed to talks.",
    ):
        assert sources_of(body) == [], body
    # a complementiser "that": its clause may be set off by commas or open with "the"
    body = "He maintains that the economy, despite everything, is strong."
    assert row_of(body, "maintains")["source"] == "He"
    assert row_of("He called that “wholly unacceptable.”", "called")["source"] == "He"


def test_it_and_they_take_up_a_source_of_their_number_in_the_sentence_before() -> None:
    body = "The indictment alleges that Manafort hid money. It says Gates moved $3m."
    row = row_of(body, "says")
    assert (row["source"], row["source_type"]) == ("indictment", "document")
    body = "Officials said the talks failed. They added that new talks were planned."
    assert row_of(body, "added")["source"] == "Officials"
    # nothing of that number just before: the pronoun stays unresolved
    assert row_of("Smith met the board. It said the plan was good.", "said")["source"] == "It"
    body = "Officials said the talks failed. It said the plan was good."
    assert row_of(body, "said")["source"] == "Officials"  # (the first "said")
    assert [r["source"] for r in sources_of(body)] == ["Officials", "It"]


def test_a_clause_with_its_own_subject_after_but_is_the_writers_contrast() -> None:
    body = "Tehran insists its program is peaceful, but Washington accuses it of lying."
    assert row_of(body, "insists")["content_end"] == body.index(", but")
    # "not only … but" is one statement
    body = "Studies say not only does the therapy fail, but it can be harmful."
    assert row_of(body, "say")["content_end"] == len(body) - 1


def test_a_lone_adjective_after_an_article_before_a_finite_cue_is_a_noun() -> None:
    for body, source in (
        ("A local said the plan was bad.", "local"),
        ("An independent said the vote was fair.", "independent"),
    ):
        assert row_of(body, "said")["source"] == source, body
    # before a cue without -s it is the cue's adjective: no speech
    assert sources_of("Earlier, a blunt retort aimed at Trump drew cheers.") == []


def test_a_person_finds_or_shows_something_without_reporting_it() -> None:
    for body in (
        "Mr. Sanders has found ways to press his agenda in the Senate.",
        "She found the debt stack confusing when she first saw it.",
        "But Mr. Sanders showed no sign of backing down on Monday.",
    ):
        assert sources_of(body) == [], body
    # a poll, a study or a body finds results; a person's "found that" reports
    assert row_of("A Quinnipiac poll found Mr. Trump about even with Clinton.", "found")
    assert row_of("The survey shows Clinton leading by seven points.", "shows")
    assert row_of("Mr. Sanders found that the plan would fail.", "found")["source"] == "Sanders"
    assert row_of("Ms. Lee found: “The plan fails.”", "found")["source"] == "Lee"
    # a clause without "that", a comma before the content, and finding fault report too
    assert row_of("Graham argued that Mueller found there was no crime.", "found")
    assert row_of("As Selgin has shown, the knowledge is dispersed.", "shown")
    assert row_of("Obama found fault with the press for its coverage.", "found")


def test_deny_as_a_refusal_reports_no_speech() -> None:
    for body in (
        "The judge denied her a hearing on Monday.",
        "Democrats hope to deny Sanders the nomination.",
        "He was denied entry at the border.",
        "The House denies him.",
        "The policy would mean denying entry to travelers.",
    ):
        assert sources_of(body) == [], body
    # denying a claim stays speech
    assert row_of("The company denied the report.", "denied")["source"] == "company"
    assert row_of("She denied her involvement in the scheme.", "denied")["source"] == "She"
    assert row_of("Trump denied he had met them.", "denied")["source"] == "Trump"
    assert row_of("ICE is denying that the choice was binary.", "denying")["source"] == "ICE"


def test_an_object_pronoun_before_for_and_a_gerund_speaks_and_is_not_the_subject() -> None:
    body = "Jane Fox spoke on Monday. Trump thanked her for saying that the vote was fair."
    row = row_of(body, "saying")
    assert (row["source"], row["source_id"]) == ("Jane Fox", "person:jane fox")
    body = "Officials met the protesters. Trump criticized them for claiming the vote was rigged."
    assert row_of(body, "claiming")["source"] == "them"
    # a subject pronoun's gerund stays the subject's
    body = "Jane Fox spoke on Monday. She was criticized for saying that the vote was fair."
    assert row_of(body, "saying")["source"] == "Jane Fox"


def test_she_takes_a_woman_shown_before_a_nearer_person_of_unknown_gender() -> None:
    body = (
        "Mary Hale toured the plant on Monday. Ms. Hale said it was safe. Workers were "
        "worried. Robin Kerr, a union official, had said it was not. Inspectors came at "
        "noon. She added that the workers were afraid."
    )
    assert row_of(body, "added")["source"] == "Mary Hale"
    # a "he" keeps the nearest, and so does a "she" right after that person spoke
    assert row_of(body.replace("She added", "He added"), "added")["source"] == "Robin Kerr"
    body = (
        "Mary Hale toured the plant on Monday. Ms. Hale said it was safe. Robin Kerr, a "
        "union official, said it was not. “It is dangerous,” she added."
    )
    assert row_of(body, "added")["source"] == "Robin Kerr"


def test_a_document_noun_that_is_a_cue_form_speaks_through_the_next_verb() -> None:
    # "report", "statement", "charge" are cue forms (or noun cues) themselves; before a
    # finite verb they are the subject's noun, and the verb reports what the document says
    for body, cue, source in [
        ("The report says that the program failed.", "says", "report"),
        ("The report said the program failed.", "said", "report"),
        ("The statement added the agency would seek alternatives.", "added", "statement"),
        ("The Mueller report found that the campaign welcomed help.", "found", "Mueller report"),
        ("The murder charge alleges that he caused the death.", "alleges", "murder charge"),
        (
            "Thursday’s report finds that bad strategy wasted billions.",
            "finds",
            "Thursday’s report",
        ),
    ]:
        row = row_of(body, cue)
        assert (row["source"], row["source_type"]) == (source, "document"), (body, row)
    # the noun is no cue of its own there
    assert [r["cue"] for r in sources_of("The murder report alleges that he lied.")] == ["alleges"]
    # a verb and its object stay: a subject before the cue form, a participle after it
    row = row_of("Officials report abuse to the police.", "report")
    assert row["source"] == "Officials"
    assert [r["cue"] for r in sources_of("He denied reports that he lied.")] == ["denied"]


def test_an_outlet_alias_written_in_lower_case_is_a_common_noun() -> None:
    # "MEMO" is the Middle East Monitor, "the memo" a document
    row = row_of("The memo says that Smith lied.", "says")
    assert (row["source"], row["source_type"]) == ("memo", "document")
    row = row_of("MEMO reported that Smith lied.", "reported")
    assert (row["source"], row["source_type"]) == ("Middle East Monitor", "outlet")


def _content(body: str, row: dict[str, object]) -> str:
    start, end = row["content_start"], row["content_end"]
    assert isinstance(start, int) and isinstance(end, int)
    return body[start:end]


def test_a_cue_form_noun_before_a_verb_no_noun_can_be_is_the_subjects() -> None:
    # "state", "states" are cue forms; a finite verb after them makes them nouns
    for body, cue, source in [
        (
            "Several secretaries of state said they needed more notice.",
            "said",
            "Several secretaries of state",
        ),
        ("Strategists in the state said that they could win.", "said", "Strategists"),
        ("Democrats in the three states say that she failed.", "say", "Democrats"),
    ]:
        row = row_of(body, cue)
        assert row["source"] == source, (body, row)
    # a verb and its object, or a participle before a preposition, stay as they were
    assert [r["cue"] for r in sources_of("He denied reports that he lied.")] == ["denied"]
    assert [r["cue"] for r in sources_of("They report claims of abuse.")] == []


def test_determiners_of_one_phrase_stay_together_before_a_preposition() -> None:
    row = row_of("Democrats in all three states emphasized that she failed.", "emphasized")
    assert row["source"] == "Democrats"
    row = row_of("All three men said that she failed.", "said")
    assert row["source"] == "All three men"


def test_a_complement_cue_takes_a_clause_without_that() -> None:
    body = "Manigault Newman also wrote she was tasked with reaching out."
    row = row_of(body, "wrote")
    assert row["source"] == "Manigault Newman"
    assert _content(body, row) == "she was tasked with reaching out"
    body = "Trump on Saturday also maintained he had not been involved."
    assert _content(body, row_of(body, "maintained")) == "he had not been involved"
    # an object that opens no clause, and "state" as an adjective, stay no speech
    assert sources_of("He wrote a book about it.") == []
    assert sources_of("The California state Senate has passed a bill.") == []


def test_an_article_phrase_subject_carries_over_its_own_predicate_to_and_said() -> None:
    row = row_of("The former senator has resigned and said she made a mistake.", "said")
    assert row["source"] == "former senator"
    row = row_of("A local official resigned and said it failed.", "said")
    assert row["source"] == "local official"
    # "all but" is "almost", no coordination
    body = "The leading candidates, including Joe Biden, are all but assured spots."
    assert sources_of(body) == []


def test_a_free_relative_before_a_colon_still_speaks() -> None:
    body = "Hastings repeated what many other companies are saying: it will be a long road."
    row = row_of(body, "saying")
    assert row["source"] == "many other companies"
    assert _content(body, row) == "it will be a long road"
    # without the colon "what" is the cue's object and the rest the writer's
    assert [
        r["cue"] for r in sources_of("Instead of reporting what Trump said, the media lied.")
    ] == []


def test_a_quote_after_a_participle_cue_is_the_participles_not_the_said_before() -> None:
    body = (
        "He said he does not know which outlet she will appear on, adding, "
        "“We have not finalized the details.”"
    )
    rows = {r["cue"]: r for r in sources_of(body)}
    assert _content(body, rows["said"]) == "he does not know which outlet she will appear on"
    assert _content(body, rows["adding"]) == "“We have not finalized the details.”"
    # a venue noun is no participle: the quote after it is still what was said
    body = "Graham said in a statement: “I respect her decision.”"
    assert _content(body, row_of(body, "said")) == "“I respect her decision.”"


def test_a_document_noun_after_an_article_and_a_name_is_no_verb() -> None:
    # a singular name would take "reports": after "the … Mueller" the form is a noun
    body = "Trump avoided a blow from the April 18 Mueller report, the counsel disclosed more."
    assert [r["cue"] for r in sources_of(body)] == []
    body = "Kasowitz described the New York Times report as “much ado about nothing”."
    assert [r["source"] for r in sources_of(body)] == ["Kasowitz"]
    # plural names and groups without -s keep their plain verb
    assert row_of("The Democrats claim that they won.", "claim")["source"] == "Democrats"
    assert row_of("The Taliban claim that they won.", "claim")["source"] == "Taliban"


def test_hearsay_names_no_source_and_reports_its_subject_and_infinitive() -> None:
    # "X is said to …": a weasel attribution, no one named
    body = "Some advisers are said to be urging the governor to play by the rules."
    row = row_of(body, "said")
    assert (row["source"], row["source_type"]) == (None, "anonymous")
    assert _content(body, row) == body[:-1]
    body = "Bernie Sanders, who is said to have pressed for the plank, lost."
    assert _content(body, row_of(body, "said")) == "to have pressed for the plank"
    # the subject no longer speaks, and an addressee after "to" is no infinitive
    body = "Mr Johnson was also said to have insisted that the vote be respected."
    assert row_of(body, "said")["source"] is None
    assert row_of("It was said to him that he lied.", "said")["source"] is None
    assert (
        _content(
            "It was said to him that he lied.", row_of("It was said to him that he lied.", "said")
        )
        == "that he lied"
    )


def test_unnamed_people_who_find_or_show_something_without_a_clause_report_nothing() -> None:
    assert sources_of("Even some of Trump’s friends showed deepening worry about it.") == []
    assert sources_of("Lawmakers found common ground with a standing ovation.") == []
    # researchers find results, and a clause after the cue is still reported
    row = row_of("Researchers found similar impacts on local 911 calls.", "found")
    assert row["source"] == "Researchers"
    row = row_of("Lawmakers found that the bill was flawed.", "found")
    assert row["source"] == "Lawmakers"


def test_an_imperative_to_the_reader_is_no_speech() -> None:
    assert sources_of("If you doubt that, ask Kim Davis, the clerk who was sued.") == []
    assert sources_of("If you have friends at your church, ask them to talk with you.") == []
    assert sources_of("Again, say you're a moderate Republican.") == []
    # a plural subject after a plain form is inverted, and a form with -s inverts too
    assert row_of("Bring it on, say Democrats.", "say")["source"] == "Democrats"
    assert row_of("If they win, say analysts, the market will rise.", "say")["source"] == "analysts"
    body = "If Snowden asks for asylum, says Professor Young, “we will see.”"
    assert row_of(body, "says")["source"] == "Young"


def test_a_name_run_across_a_sentence_end_drops_the_next_sentences_opener() -> None:
    body = (
        "The Democrat appeared to back the leader over President Obama. While Clinton made "
        "no specific statement on her position, she did mention the efforts. “We will "
        "win,” Clinton said."
    )
    assert row_of(body, "said")["source"] == "Clinton"


def test_cannot_stands_between_a_subject_and_its_verb() -> None:
    row = row_of("The agency cannot confirm that he left.", "confirm")
    assert row["source"] == "agency"


def test_a_generic_body_noun_takes_up_the_named_body_or_outlet_before_it() -> None:
    body = "One device was in a pressure cooker, the FBI said. It had nails, the agency said."
    rows = sources_of(body)
    assert [r["source"] for r in rows] == ["FBI", "FBI"]
    body = "Trudeau was absent, Reuters reported. The outlet reported that he was silent."
    assert [r["source"] for r in sources_of(body)] == ["Reuters", "Reuters"]
    # a body of another kind nearer, or none named, leaves the noun as it is
    body = "Reuters reported the talks failed. The FBI said so. The newspaper said more."
    assert [r["source"] for r in sources_of(body)][-1] == "newspaper"


def test_a_full_name_after_an_opening_subordinator_is_a_subject_a_pronoun_takes_up() -> None:
    body = (
        "When Barack Obama was a new president, there was no shortage of ambition. "
        "Sure, he told us, it needed to be smarter."
    )
    assert row_of(body, "told")["source"] == "Barack Obama"


def test_they_takes_up_a_plural_group_named_like_a_body() -> None:
    body = "Republicans said that the plan failed. It was troubling, they argued."
    assert row_of(body, "argued")["source"] == "Republicans"


def test_the_month_may_is_no_modal_between_a_cue_and_its_that() -> None:
    body = "The inspector general explained in May that it found no evidence."
    assert _content(body, row_of(body, "explained")) == "that it found no evidence"


def test_a_title_takes_up_the_person_just_named_when_no_one_held_it() -> None:
    body = (
        "Donald Trump attacked Democrats as un-American on Monday. During a speech at a "
        "factory, the president denounced Democrats who did not clap."
    )
    assert row_of(body, "denounced")["source"] == "Donald Trump"
    body = "Colin Powell spoke on Sunday. “We reach out,” the former secretary of state said."
    assert row_of(body, "said")["source"] == "Colin Powell"


def test_a_title_leaves_a_person_with_another_role_a_name_in_the_content_or_a_new_noun() -> None:
    # the nearest person holds another role
    body = "Speaker Nancy Pelosi said the bill was dead. The president said it was alive."
    assert sources_of(body)[-1]["source"] == "president"
    # a speaker seldom names herself in what she says
    body = "Trump spoke at a rally. “What Trump did is a disgrace,” the Democratic nominee wrote."
    assert row_of(body, "wrote")["source"] == "Democratic nominee"
    # words that describe a person, not a title, and a possessive phrase, bring someone new
    body = "Pelosi said the bill was dead. Later, the woman said it was alive."
    assert sources_of(body)[-1]["source"] == "woman"
    body = "Trump denied it on Monday. The agency's inspector general said it was true."
    assert row_of(body, "said")["source"] != "Trump"
    # the nearest person was only mentioned, not a speaker or a subject
    body = "Trump signed the bill. Aides praised Biden on Monday. The president said it works."
    assert sources_of(body)[-1]["source"] == "president"


def test_a_role_set_before_the_name_stays_out_of_the_content() -> None:
    body = "“He has his wingman back,” the late admiral's widow, Sarah Larson, told CNN."
    row = row_of(body, "told")
    assert (row["source"], _content(body, row)) == ("Sarah Larson", "“He has his wingman back,”")
    body = "The plan failed, the widow, Sarah Larson, said."
    assert _content(body, row_of(body, "said")) == "The plan failed"
    # a name before the comma is no role: the content keeps what it had
    body = "The plan failed, Senate leader Phil Berger and Tim Moore, both Republicans, said."
    assert _content(body, row_of(body, "said")).startswith("The plan failed")


def test_a_time_clause_after_a_clause_final_cue_is_not_what_was_said() -> None:
    body = "Trump will sign an order on Thursday, officials said after Trump threatened to act."
    row = row_of(body, "said")
    assert _content(body, row) == "Trump will sign an order on Thursday"
    # but a "that" after the time clause is the content, and a cue other than plain saying,
    # or an opening time adjunct, keeps its words after it
    body = "The talks failed, he said after the meeting that it was over."
    assert _content(body, row_of(body, "said")) == "that it was over"
    body = "On Thursday, Comey will testify before the committee."
    assert _content(body, row_of(body, "testify")) == "before the committee"


def test_a_quote_after_a_participle_that_follows_a_quote_is_the_participles() -> None:
    body = "Peter Kim, 26, a resident, said, “This is my town,” adding, “This is no surprise.”"
    rows = sources_of(body)
    assert [(r["source"], r["cue"]) for r in rows] == [
        ("Peter Kim", "said"),
        ("Peter Kim", "adding"),
    ]
    assert _content(body, rows[1]) == "“This is no surprise.”"


def test_a_passive_accusation_has_no_source_but_a_moved_object_keeps_its_subject() -> None:
    for body in (
        "A man accused of fraud spoke.",
        "Katsyv, who was accused of laundering money, left.",
        "Stone has been accused of lying.",
        "Credibly accused of assault, Biden is learning.",
        "Their guns somehow get blamed for killing people.",
    ):
        assert sources_of(body) == [], body
    assert row_of("Trump accused Clinton of lying.", "accused")["source"] == "Trump"
    for body, source in (
        ("Hunter Biden, whom Trump accused of profiting, spoke.", "Trump"),
        ("Trump shut down websites he accused of stifling voices.", "Trump"),
        ("Russia, an ally the agency repeatedly has accused of lying, objected.", "agency"),
        ("These are the people whom she blamed for the crisis.", "she"),
    ):
        assert row_of(body, _cue_word(body))["source"] == source, body


def _cue_word(body: str) -> str:
    return next(w for w in body.split() if w in ("accused", "blamed"))


def test_a_dashed_aside_between_a_subject_and_its_cue_is_passed_over() -> None:
    body = "The new head of the force — which Soleimani led — said the US would leave."
    assert row_of(body, "said")["source"] == "new head of the force"
    body = "Ted Cruz - who won Iowa - said the race was open."
    assert row_of(body, "said")["source"] == "Ted Cruz"


def test_a_role_before_a_name_stops_at_a_comma() -> None:
    # the economist, not "Brookings Institution, economist", opens the sentence's subject,
    # so a later "he" takes him up rather than a source named paragraphs before
    body = (
        "Businessman Tom Steyer says that Sanders is right.\n\nThey all call for a tax. "
        "Reducing inequality is a poor means.\n\nIn a paper published by the Brookings "
        "Institution, economist Scott Winship reviewed claims. In a summary, he writes "
        "that there is little basis for it."
    )
    assert row_of(body, "writes")["source"] == "Scott Winship"


def test_adding_up_is_no_speech() -> None:
    assert sources_of("The pieces of the conspiracy didn't add up.") == []
    assert sources_of("It could add up to a powerful threat.") == []


def test_someone_is_an_anonymous_source_and_a_brief_a_document() -> None:
    assert row_of("Someone wrote “murderer” in chalk.", "wrote")["source_type"] == "anonymous"
    row = row_of("He told the judge he was fine, the brief said.", "said")
    assert (row["source"], row["source_type"]) == ("brief", "document")


def test_a_participle_after_an_inverted_source_is_an_adjunct() -> None:
    body = "The body was found by local forces, said the US military, making him the fourth."
    row = row_of(body, "said")
    assert (row["source"], _content(body, row)) == (
        "US military",
        "The body was found by local forces",
    )


def test_a_passive_with_its_agent_reports_the_agent_on_the_noun_before_it() -> None:
    # as PolNeAR marks it: the agent is the source, the noun phrase the content
    body = "Schools report data, a practice criticized by Miller."
    row = row_of(body, "criticized")
    assert (row["source"], _content(body, row)) == ("Miller", "a practice")
    body = "As part of the deal announced by the two leaders simultaneously, Cuba freed him."
    row = row_of(body, "announced")
    assert (row["source"], _content(body, row)) == ("two leaders", "the deal")
    body = "A professor, accused by the Turkish government of plotting, spoke."
    assert row_of(body, "accused")["source"] == "Turkish government"
    # a name before the participle is its subject: "by tweet" is a means
    assert row_of("Trump announced by tweet that he would run.", "announced")["source"] == "Trump"
    # a complement cue's passive, and a passive that tells a cause, are no speech
    assert sources_of("It is a collection of data maintained by two scientists.") == []
    assert sources_of("Her allegiance is partly explained by her religious faith.") == []


def test_back_in_a_year_is_a_time_adjunct() -> None:
    body = "As CBN News reported back in 2019, the group's leaders made abortion central."
    row = row_of(body, "reported")
    assert _content(body, row) == "the group's leaders made abortion central"
    assert sources_of("But on Thursday, supporters were answering back in droves.") == []


def test_a_full_name_after_an_introductory_comma_is_a_subject_a_pronoun_takes_up() -> None:
    body = (
        "As Rush Limbaugh put it, Trump is picking up the grenades. Shortly after Lewis "
        "spoke, Michele Obama tweeted out praise of Lewis. It was a subversive tweet. She "
        "wrote that the example of leaders should be our call to action."
    )
    assert row_of(body, "wrote")["source"] == "Michele Obama"
    # a name inside a quote is no subject of the article's sentence
    body = (
        'Ileana Ros-Lehtinen spoke on Monday. "It was rough," Ros-Lehtinen said. "It was '
        'never a Pollyanna, Mary Poppins place." The congresswoman leaves her post, although '
        "she admits she would have liked to do more."
    )
    assert row_of(body, "admits")["source"] == "Ros-Lehtinen"


def test_an_outlet_opening_the_sentence_is_no_person_a_pronoun_takes_up() -> None:
    body = "ABC was forced to suspend Brian Ross after he falsely reported that Flynn lied."
    row = row_of(body, "reported")
    assert (row["source"], row["source_type"]) != ("ABC", "person")
    body = (
        "Ann Lee spoke on Monday. Politico reported that the caucus condemned him after he "
        "said the plan failed."
    )
    assert row_of(body, "said")["source"] != "Politico"


def test_a_cue_after_a_plural_possessive_is_a_noun() -> None:
    assert sources_of("The data contradicts the advocates’ claims that it is safe.") == []
    assert sources_of("Critics attacked the Department of Veterans Affairs' admitted waste.") == []


def test_a_subject_after_a_comma_that_closes_a_quote() -> None:
    body = (
        "Asked about the prediction that an outbreak was a matter of “when, not if,” Trump "
        "contradicted the agency and said it wasn’t inevitable."
    )
    assert row_of(body, "said")["source"] == "Trump"


def test_people_named_by_their_side_or_tie_are_anonymous() -> None:
    for body in (
        "The Sanders campaigner said the race was open.",
        "A Trump ally said the race was open.",
        "His former rival noted that the leak was odd.",
        "Clinton operatives said they expect a win.",
    ):
        assert sources_of(body)[0]["source_type"] == "anonymous", body


def test_a_surname_that_is_also_an_outlet_is_the_person_the_article_named() -> None:
    body = "Jeff Fox, up in Pen Argyl, saw it. “It would be messy,” Fox said."
    row = row_of(body, "said")
    assert (row["source"], row["source_type"]) == ("Jeff Fox", "person")
    # no one of that name before: the outlet
    assert row_of("Bloomberg reported that crime fell.", "reported")["source_type"] == "outlet"


def test_a_generic_group_or_news_agency_noun_takes_up_the_named_body() -> None:
    body = "The Associated Press says he called few families. “He picked a fight,” the news agency reports."
    assert [r["source"] for r in sources_of(body)] == ["Associated Press", "Associated Press"]
    body = "The Trump campaign said it would appeal. The campaign added that it had won."
    assert [r["source"] for r in sources_of(body)] == ["Trump campaign", "Trump campaign"]
    # a body whose own head is another generic noun is someone else
    body = "The Justice Department said the committee insisted on having its lawyers there."
    assert sources_of(body)[-1]["source"] != "Justice Department"


def test_but_and_a_new_subject_after_a_quote_closing_comma_ends_the_content() -> None:
    body = 'Conway said that it will continue its "maximum pressure," but she added that it ends.'
    assert _content(body, row_of(body, "said")) == 'that it will continue its "maximum pressure,"'


def test_an_adjunct_with_this_or_my_before_its_noun() -> None:
    body = "As Julia Belluz pointed out on this site, the discovery was hardly covered."
    assert _content(body, row_of(body, "pointed out")) == "the discovery was hardly covered"


def test_a_prepositional_aside_between_a_subject_and_its_cue_is_passed_over() -> None:
    body = "The New York Times, in covering the story, adds that the White House rushed."
    row = row_of(body, "adds")
    assert (row["source"], row["source_type"]) == ("The New York Times", "outlet")
    body = "After the event Pryor, in a brief interview with CNN, said he did not mind."
    assert row_of(body, "said")["source"] == "Pryor"


def test_a_two_word_participle_cue_after_a_comma_takes_the_clauses_subject() -> None:
    body = "Donald Trump went with the odds, pointing out that North Carolina was close."
    assert row_of(body, "pointing out")["source"] == "Donald Trump"


def test_people_by_nation_faith_or_generation_are_anonymous() -> None:
    for body in (
        "By a 55%-42% margin, Americans said that deportation should be the focus.",
        "Evangelicals said the plan failed.",
        "Millennials say the plan failed.",
    ):
        assert sources_of(body)[0]["source_type"] == "anonymous", body


def test_a_document_with_a_prepositional_phrase_speaks_as_the_document() -> None:
    body = "A report from the Congressional Budget Office said that the bill would fail."
    row = row_of(body, "said")
    assert (row["source"], row["source_type"]) == (
        "report from the Congressional Budget Office",
        "document",
    )
    body = "He sent a memo to The Washington Post in April explaining his plan."
    assert row_of(body, "explaining")["source"] != "memo to The Washington Post"


def test_a_body_noun_set_beside_a_name_types_it_a_body() -> None:
    for body in (
        "Nurses are scarce, according to Verdi, a German trade union.",
        "Norsar, a Norway-based group that monitors nuclear tests, said the blast was small.",
    ):
        assert sources_of(body)[0]["source_type"] == "organization", body
    # a role beside the name, a body inside the phrase beside it, a given name: a person
    for body in (
        "Prices rose, according to Wieser, an analyst at the bank.",
        "Ori, the University of Chicago analyst, said the plan failed.",
        "Prices rose, said Symone Sanders, a senior adviser to the campaign.",
    ):
        assert sources_of(body)[0]["source_type"] == "person", body


def test_a_measured_time_or_an_aside_between_a_subject_and_its_cue_is_passed_over() -> None:
    for body, source in (
        ("The State Department less than two weeks ago said the emails were secret.", "State"),
        ("Prosecutors one year ago said Flynn should serve no time.", "Prosecutors"),
        ("Cruz has in the past said that torture is wrong.", "Cruz"),
        ("Officials over the past few days said the talks failed.", "Officials"),
        ("Then DuPont, only two months later, announced plans to merge.", "DuPont"),
        ("Dow's chief, Andrew Liveris, of course, said the timing was unrelated.", "Liveris"),
        # a typed dash parts words as a dash does, and the aside may hold a noun of time
        (
            "The justice -- who has feuded with him over the past few days -- said she erred.",
            "justice",
        ),
        ("In a speech -- which was long -- Sanders claimed momentum.", "Sanders"),
        ("Mrs. Clinton -- whose husband signed it -- has publicly derided the law.", "Clinton"),
        # an aside that names the person described, or is taken up by "who"
        ("An Ahmadzai backer -- Halim Fidai, a former governor -- said it was late.", "Fidai"),
        ("It cites a voter -- Richard Wright -- who said he found flaws.", "Richard Wright"),
    ):
        assert source in str(sources_of(body)[0]["source"]), body
    # a cue inside a closed aside does not end the words before the main clause's cue
    rows = sources_of("The polls — which show Clinton trailing — found Sanders behind too.")
    assert [(r["source"], r["cue"]) for r in rows] == [("polls", "show"), ("polls", "found")]
    # a document is no role's holder ("Counsel" in a body's name)
    body = "Robert Mueller spoke. The Office of Legal Counsel opinions concluded that it fails."
    assert row_of(body, "concluded")["source_type"] == "document"
    # a name with a unit of time in it, and a unit after no time preposition, stay
    assert sources_of("Jane Day said the talks failed.")[0]["source"] == "Jane Day"
    assert sources_of("The Person of the Year said it.")[0]["source"] == "Person of the Year"


def test_a_short_time_opening_and_a_second_predicate_leave_the_clause_its_subject() -> None:
    body = "Hours later, Trump praised Adelson, telling Reuters, “Sheldon is a great man.”"
    assert row_of(body, "telling")["source"] == "Trump"
    body = "Kasich offered the man a job as Secretary of Defense, then says he welcomes advice."
    assert row_of(body, "says")["source"] == "Kasich"
    # a comma closing an apposition before "later" keeps the name
    body = "Tehran's police chief, Gen. Hossein Rahimi, later denied his officers fired."
    assert row_of(body, "denied")["source"] != "Tehran's police chief"


def test_a_relative_clause_or_an_aside_set_off_by_commas_before_a_cue_is_passed_over() -> None:
    for body, source in (
        ("Obama, who has denounced the attack as a hate crime, reiterated his anger.", "Obama"),
        ("Mr. Kirk, who speaks slowly after a stroke in 2012, also noted that it hurt.", "Kirk"),
        (
            "Mr. Guerrero, a Republican who described himself as a Catholic, said it hurt.",
            "Guerrero",
        ),
        (
            "The agency, in an effort that drew criticism from business groups, has said it acts.",
            "agency",
        ),
    ):
        rows = sources_of(body)
        assert source in str(rows[-1]["source"]), body
    # a cue with a relative subject of its own takes up the nearest name
    body = (
        "Republicans who decried it include Gov. Henry McMaster, who accused organizers of lying."
    )
    assert row_of(body, "accused")["source"] == "Henry McMaster"


def test_a_participle_phrase_after_a_subject_leaves_it_the_speaker() -> None:
    for body, source in (
        (
            "Sen. Roy Blunt (R-Mo.), facing a stiff challenge from Jason Kander, noted that it was late.",
            "Roy Blunt",
        ),
        (
            "Sens. Ann Lee and John Boozman, both up for reelection, also said they would help.",
            "Boozman",
        ),
        (
            "A legal opinion drafted for the project in May 2012, and obtained by AP, concluded that it qualified.",
            "legal opinion",
        ),
        (
            "A legal opinion drafted for the project for Mercury concluded that it qualified.",
            "legal opinion",
        ),
        ("Many Democrats, while still confident of victory, are warning against it.", "Democrats"),
    ):
        assert source in str(sources_of(body)[-1]["source"]), body
    # a finite verb with its adjuncts is no participle: the source after it speaks
    body = "John Walsh withdrew after The New York Times reported that he plagiarized."
    assert row_of(body, "reported")["source"] == "The New York Times"
    body = "The White House has so far resisted since the CDC says it could spread."
    assert row_of(body, "says")["source"] == "CDC"


def test_the_author_of_an_issued_document_speaks_through_its_participle() -> None:
    body = "President Obama released a statement Thursday night condemning the attack."
    row = row_of(body, "condemning")
    assert (row["source"], row["kind"]) == ("Obama", "statement")
    body = "The Cruz campaign sent a fundraising email Wednesday saying that the results were good."
    assert row_of(body, "saying")["source"] == "Cruz campaign"
    # a document read or received is no one's statement
    body = "He read a letter from his mother saying she was proud."
    assert row_of(body, "saying")["source"] == "letter from his mother"


def test_a_party_tag_with_a_state_ends_no_sentence_and_a_whip_is_a_title() -> None:
    body = "Sen. Richard J. Durbin (D-Ill.), noting the size of his following, said he was glad."
    assert row_of(body, "said")["source"] == "Richard J. Durbin"
    body = "Senate Majority Whip John Cornyn (R-Texas.) said it failed."
    assert (row_of(body, "said")["source"], row_of(body, "said")["source_type"]) == (
        "John Cornyn",
        "person",
    )
    body = "Speaking in Harlem, Clinton, without naming him, also accused Sanders of lying."
    assert row_of(body, "accused")["source"] == "Clinton"


def test_a_participle_after_the_head_noun_does_not_type_the_source() -> None:
    for body, kind in (
        ("According to a CBS News poll released this week, most disapprove.", "document"),
        ("According to a Fox News poll released this week, Clinton leads.", "document"),
        ("The plan failed, according to U.S. officials familiar with the matter.", "anonymous"),
        ("Many top Democrats running for president have called for his resignation.", "anonymous"),
        ("Conservatives opposing same-sex marriage rights also vowed action.", "anonymous"),
        # a participle before its noun is no post-modifier
        ("Ten registered voters said the convention helped.", "anonymous"),
        ("A recurring Gallup survey found that confidence fell.", "document"),
    ):
        assert sources_of(body)[0]["source_type"] == kind, body


def test_a_surname_that_is_also_an_auxiliary_speaks_once_the_person_is_named() -> None:
    body = "Prime Minister Theresa May spoke on Monday. “It is done,” May said."
    assert row_of(body, "said")["source"] == "Theresa May"
    body = "Columnist George Will spoke. Will wrote that it was late."
    assert row_of(body, "wrote")["source"] == "George Will"
    # with no such person named before, the word is the auxiliary
    assert sources_of("May said the deal was done.") == []


def test_a_bodys_role_in_capitals_before_a_name_gives_way_to_the_name() -> None:
    body = "“It is offensive,” the Anti-Defamation League’s CEO, Jonathan Greenblatt, said."
    assert row_of(body, "said")["source"] == "Jonathan Greenblatt"
    # a named body with a possessive keeps its place before an aside
    body = "India's Supreme Court, in a ruling in 2017 on the card programme Aadhaar, said it was a right."
    assert row_of(body, "said")["source"] != "Aadhaar"


def test_a_pronoun_takes_up_the_previous_sentences_subject_whose_given_name_is_unlisted() -> None:
    body = (
        "Donald Trump Jr. posted the name on Monday. Zoran Quillfeather mentioned it too. "
        "“Everybody knows his name,” he explained."
    )
    assert row_of(body, "explained")["source"] == "Zoran Quillfeather"
    # one who spoke after that subject is nearer
    body = (
        "Zoran Quillfeather mentioned it. Then Governor Tom Ward spoke, and Ward said it was late. "
        "“Everybody knows his name,” he explained."
    )
    assert row_of(body, "explained")["source"] == "Tom Ward"
    # a sentence inside the quote is no antecedent
    body = (
        "Donald Trump Jr. posted the name. “Zoran Quillfeather is right. Everybody knows his name,” "
        "he explained."
    )
    assert row_of(body, "explained")["source"] == "Donald Trump Jr."
    # nor is a place that opens the sentence, nor a heading in capitals
    for opening in ("New Hampshire voted on Tuesday.", "CLICK HERE for more news."):
        body = (
            f"Donald Trump Jr. posted the name. {opening} “Everybody knows his name,” he explained."
        )
        assert row_of(body, "explained")["source"] == "Donald Trump Jr."


def test_a_subject_before_an_aside_in_commas_is_the_sentences_subject() -> None:
    body = "Zoran Quillfeather, center, stands as he explains what the plan is."
    assert row_of(body, "explains")["source"] == "Zoran Quillfeather"
    body = (
        "Donald Trump spoke first. Zoran Quillfeather, the best-known voice on the radio, "
        "mentioned it. “Everybody knows,” he explained."
    )
    assert row_of(body, "explained")["source"] == "Zoran Quillfeather"
    # an aside that holds a quote is no apposition
    body = "Donald Trump spoke. Zoran Quillfeather, “the voice,” went on. “It is so,” he said."
    assert row_of(body, "said")["source"] == "Donald Trump"


def test_a_websites_address_names_an_outlet_or_a_site_never_a_person() -> None:
    assert match_outlet("FoxNews.com") == "Fox News"
    assert match_outlet("TheHill.com") == "The Hill"
    assert match_outlet("Townhall.com") == "Townhall"
    row = row_of("LifeNews.com reported that the bill passed.", "reported")
    assert (row["source"], row["source_type"]) == ("LifeNews", "outlet")
    row = row_of("MoveOn.org said the vote was a disgrace.", "said")
    assert row["source_type"] == "organization"
    # a name with no address keeps its type
    row = row_of("Moveon Smith said the vote was a disgrace.", "said")
    assert row["source_type"] == "person"


def test_a_pronoun_goes_on_through_sentences_that_open_with_it() -> None:
    body = (
        "Senator Ann Lee spoke on Monday. Zoran Quillfeather, a strategist, said it was over. "
        "She also urged him to stop.\n\nSlideshow (2 Images)\n\nShe recalled seeing the vote."
    )
    assert row_of(body, "recalled")["source"] == "Zoran Quillfeather"
    # without the strategist's "she", the woman named before is taken up
    body = (
        "Senator Ann Lee spoke on Monday. Zoran Quillfeather, a strategist, said it was over. "
        "The vote was close. She recalled seeing the vote."
    )
    assert row_of(body, "recalled")["source"] == "Ann Lee"


def test_a_subject_after_a_short_introductory_phrase_is_the_sentences_subject() -> None:
    body = (
        "Bill Tanner spoke first. In this campaign, Zoran Quillfeather turned on the party. "
        "Ever since May, he has been saying that it would lose."
    )
    assert row_of(body, "saying")["source"] == "Zoran Quillfeather"
    # a quote in the opening phrase is no introduction
    body = (
        "Bill Tanner spoke first. “In this campaign,” Zoran Quillfeather turned on the party. "
        "Ever since May, he has been saying that it would lose."
    )
    assert row_of(body, "saying")["source"] == "Bill Tanner"


def test_a_participle_after_a_noun_that_cannot_speak_takes_its_clauses_subject() -> None:
    body = 'Zoran Quillfeather defended his position at the event Friday saying, "We need cuts."'
    assert row_of(body, "saying")["source"] == "Zoran Quillfeather"
    # a noun that can speak keeps the participle
    body = "Zoran Quillfeather read out a letter from the union saying the talks had failed."
    assert row_of(body, "saying")["source"] != "Zoran Quillfeather"
    # and so does the noun of an absolute construction
    body = "The case went to appeal, with court watchers saying the chances were slim."
    assert row_of(body, "saying")["source"] == "court watchers"


def test_the_participle_of_an_issued_statement_is_its_authors() -> None:
    body = "Zoran Quillfeather released a statement saying the attack was cowardly."
    row = row_of(body, "saying")
    assert (row["source"], row["kind"]) == ("Zoran Quillfeather", "statement")
    # a cue noun after a verb stays a noun ("denied reports"): the verb speaks
    body = "Zoran Quillfeather denied reports that he had resigned."
    assert row_of(body, "denied")["source"] == "Zoran Quillfeather"


def test_a_day_and_a_part_of_it_are_no_part_of_the_source() -> None:
    body = "The senator’s wife Simona on Friday evening told reporters that they were wronged."
    assert row_of(body, "told")["source"] == "Simona"


def test_a_capitalised_run_before_a_role_word_is_no_subject() -> None:
    body = (
        "House Democratic leader Ann Lee argued that they wanted to undermine what she "
        "called a “visionary” leader."
    )
    assert row_of(body, "called")["source"] == "Ann Lee"


def test_a_document_issued_in_a_participle_or_by_means_speaks_for_the_clauses_subject() -> None:
    body = "Zoran Quillfeather did damage control, releasing a statement saying he was fine."
    row = row_of(body, "saying")
    assert (row["source"], row["kind"]) == ("Zoran Quillfeather", "statement")
    body = "Zoran Quillfeather responded on Tuesday with a tweet claiming the vote was rigged."
    assert row_of(body, "claiming")["source"] == "Zoran Quillfeather"
    body = "“It is broken,” Zoran Quillfeather said in a statement announcing the bill."
    assert row_of(body, "announcing")["source"] == "Zoran Quillfeather"
    # a document with its own author keeps it
    body = "The memo follows the advice in a letter from the attorney asking the bank to wait."
    assert row_of(body, "asking")["source"] != "memo"


def test_a_clause_closed_by_a_quoted_phrase_and_its_comma_is_what_the_inverted_source_said() -> (
    None
):
    body = "These towns were marked by the pain of “deindustrialization,” said Zoran Quillfeather."
    row = row_of(body, "said")
    assert row["source"] == "Zoran Quillfeather"
    # the typewriter convention of two apostrophes as well
    body = "They ''actually had chemistry,'' said Zoran Quillfeather, an adviser."
    assert row_of(body, "said")["source"] == "Zoran Quillfeather"
    # a whole quotation before the cue stays a direct quote
    body = "“These towns were marked by the pain of it all,” said Zoran Quillfeather."
    assert row_of(body, "said")["kind"] == "direct"


def test_a_negated_cue_is_marked_and_kept() -> None:
    rows = {
        r["cue"]: r["negated"]
        for r in sources_of("Zoran Quillfeather would not say whether he would run.")
    }
    assert rows == {"say": True}
    rows = {
        r["cue"]: r["negated"]
        for r in sources_of("Zoran Quillfeather has not yet declared that he will run.")
    }
    assert rows == {"declared": True}
    # "not only" negates nothing
    rows = {
        r["cue"]: r["negated"] for r in sources_of("Zoran Quillfeather not only said it was over.")
    }
    assert rows == {"said": False}


def test_types_of_shares_of_people_outlets_inquiries_and_surnames_that_are_bodies_nouns() -> None:
    row = row_of("Nearly eight in 10 said they shoot every week.", "said")
    assert row["source_type"] == "anonymous"
    row = row_of("Two-thirds said they spend more on guns.", "said")
    assert row["source_type"] == "anonymous"
    row = row_of("Thousands of judges kept their posts, a Reuters investigation found.", "found")
    assert row["source_type"] == "document"
    row = row_of("The examination found that the judges were fined.", "found")
    assert row["source_type"] == "document"
    row = row_of("The gunman said “nobody will stop me.”", "said")
    assert row["source_type"] == "anonymous"
    body = "The jury foreman, Mark House, spoke. The judge should have been fined, House said."
    assert row_of(body, "said")[("source")] == "Mark House"
    assert row_of(body, "said")["source_type"] == "person"
    # a body's name stays a body's
    row = row_of("The Justice Department said it would appeal.", "said")
    assert row["source_type"] == "organization"


def test_the_comma_of_a_number_opens_no_content() -> None:
    row = row_of("The study found at least 5,206 people were affected.", "found")
    body = "The study found at least 5,206 people were affected."
    assert body[row["content_start"] : row["content_end"]].startswith("at least 5,206")


def test_a_name_beside_a_role_and_an_adverb_in_commas_leave_the_subject_to_the_person() -> None:
    body = "Her lawyer, Zoran Quillfeather, applauded the ruling and said the delays did no harm."
    assert row_of(body, "said")["source"] == "Zoran Quillfeather"
    assert row_of("I, too, can testify that the meeting happened.", "testify")["source"] == "I"
    body = "Zoran Quillfeather, for his part, said the talks had failed."
    assert row_of(body, "said")["source"] == "Zoran Quillfeather"
    body = (
        "The leader of the party, Zoran Quillfeather, has criticised the envoy, branding him "
        "“unsuitable” and saying he should go."
    )
    assert row_of(body, "saying")["source"] == "Zoran Quillfeather"
    # nor is a state after a place a name ("in Rochester, Minn., pleaded")
    body = (
        "His doctor at the clinic in Rochester, Minn., pleaded with the firm, saying it was vital."
    )
    assert row_of(body, "saying")["source"] != "Minn"
    # a role with no name beside it stays the source
    body = "The lawyer, who was angry, left and said the talks failed."
    assert row_of(body, "said")["source"] == "lawyer"
    row = row_of("“It grew,” reports the Minneapolis Star-Tribune.", "reports")
    assert row["source_type"] == "outlet"


def test_a_participle_after_the_comma_takes_an_article_phrase_or_a_tagged_name_as_subject() -> None:
    body = "The billionaire businessman began by talking about the crisis, saying that it was bad."
    assert row_of(body, "saying")["source"] == "billionaire businessman"
    body = "Sen. Zoran Quillfeather (I-Vt.) defended his plan to raise wages, saying it would work."
    assert row_of(body, "saying")["source"] == "Zoran Quillfeather"
    # a phrase with no head the project knows names no subject
    assert sources_of("The talks failed, saying that heroin is now cheaper.") == []


def test_a_name_then_its_affiliation_set_off_by_commas_speaks_after_an_opening_clause() -> None:
    body = (
        "While some advocates say the rule helps, Mara Lindqvist, of the watchdog group "
        "Open Ledger Project, said the rule is a stunt."
    )
    row = row_of(body, "said")
    assert (row["source"], row["source_type"]) == ("Mara Lindqvist", "person")
    # an aside of place after a role tells where, not who
    place = (
        "A spokesman for the district attorney in Alder County, northeast of San "
        "Francisco, said prosecutors would not comment."
    )
    assert row_of(place, "said")["source_type"] == "anonymous"
    # the neighbour: a role, then the name in apposition, still gives the name
    named = "The ministry's spokesman, Nasser Tehrani, said the talks would resume."
    assert row_of(named, "said")["source"] == "Nasser Tehrani"


def test_the_field_of_a_body_or_office_is_no_role_that_takes_up_a_person() -> None:
    body = (
        "Lawrence Abbot said the ruling was wrong. The Department of Justice said it would appeal."
    )
    rows = sources_of(body)
    assert [(r["source"], r["source_type"]) for r in rows] == [
        ("Lawrence Abbot", "person"),
        ("Department of Justice", "organization"),
    ]
    according = "Presidents cannot be charged, according to the Department of Justice."
    assert row_of(according, "according to")["source_type"] == "organization"
    # the holder of an office is unnamed, not a body ...
    office = "The votes were counted. The Secretary of the Treasury said the plan would work."
    assert row_of(office, "said")["source_type"] == "anonymous"
    # ... and a body named with its field is a subject a participle can take
    participle = (
        "The Justice Department filed a brief on Friday in the federal case urging the "
        "court to return it to state court."
    )
    assert row_of(participle, "urging")["source"] == "Justice Department"


def test_a_titled_name_ends_where_its_sentence_ends() -> None:
    body = (
        "The order was handed down by U.S. District Judge Victor Amarillo.\n\n"
        "The judge had called the claim “repugnant” and said the president was not above "
        "the law."
    )
    assert {r["source"] for r in sources_of(body)} == {"Victor Amarillo"}
    same_line = "The order came from Judge Victor Amarillo. The judge said no one is immune."
    assert row_of(same_line, "said")["source"] == "Victor Amarillo"
    # a body's name after a title is no person a pronoun could take up
    body_name = (
        "The California Attorney General’s Office said race was not a factor. "
        "Counsel at the Riverside Justice Center. Ann Cole, the director of the center, "
        "filed a brief.\n\n“That is troubling,” she said."
    )
    assert [r["source"] for r in sources_of(body_name) if r["cue"] == "said"][-1] == "Ann Cole"


def test_a_name_before_the_and_a_role_is_registered_unless_the_role_opens_a_clause() -> None:
    body = (
        "Litigators took note, including Jim Carrow, the director of the Louisiana office. "
        "Carrow had filed a brief.\n\n“These techniques are troubling,” he said."
    )
    assert row_of(body, "said")["source"] == "Jim Carrow"
    # "the former House speaker predicted": the role is the clause's subject, not the
    # interviewer's apposition
    clause = (
        "Newt Gingrich was skeptical of the polls. Interviewed by Greta Van Susteren, the "
        "former House speaker predicted that Romney would win."
    )
    assert row_of(clause, "predicted")["source"] != "Greta Van Susteren"
    place = "Donors fear a Democratic-controlled Washington, the committee head said on Monday."
    assert row_of(place, "said")["source"] != "Democratic-controlled Washington"


def test_a_time_adjunct_before_a_name_without_a_comma_is_no_part_of_the_source() -> None:
    body = (
        "Last month Reuters reported that the firm was hacked. On Friday Anna Liebig "
        "denied that the data was lost. In October Amnesty International accused the "
        "police of torture."
    )
    assert [(r["source"], r["source_type"]) for r in sources_of(body)] == [
        ("Reuters", "outlet"),
        ("Anna Liebig", "person"),
        ("Amnesty International", "organization"),
    ]
    # capitalised, a time word that is no day or month belongs to a name
    show = "The senator spoke on Morning Edition, saying the bill would pass."
    assert row_of(show, "saying")["source"] != "Edition"
    # and a determiner with no time word opens the subject
    assert row_of("This Republican said the bill would pass.", "said")["source"] != "Republican"


def test_a_participle_aside_closed_by_a_comma_leaves_the_subject_before_it() -> None:
    body = (
        "A senior White House official, speaking on condition of anonymity, said that the "
        "president is not rushing."
    )
    row = row_of(body, "said")
    assert (row["source"], row["source_type"]) == ("senior White House official", "anonymous")


def test_a_names_initials_stay_in_its_sentence() -> None:
    body = "J.D. Varner said he could not judge. Stores such as J.C. Penney, which has struggled, will close, analysts say."
    rows = sources_of(body)
    assert rows[0]["source"] == "J.D. Varner"
    assert body[rows[1]["content_start"] : rows[1]["content_end"]].startswith(
        "Stores such as J.C. Penney, which"
    )
    # initials that abbreviate a place still end a sentence before a sentence starter
    place = "He lives in the U.S. The senator said he would vote no."
    assert row_of(place, "said")["source"] == "senator"


def test_a_time_phrase_opening_a_chain_of_appositions_is_passed_over() -> None:
    body = (
        "Just last week, J.J. Gerber, editor at large of The Courier, an influential "
        "weekly read by teachers, wrote that the strike would end."
    )
    assert row_of(body, "wrote")["source"] == "J.J. Gerber"
    assert row_of(body.replace("J.J.", "Ann"), "wrote")["source"] == "Ann Gerber"


def test_counts_added_and_things_called_by_name_are_no_speech() -> None:
    body = (
        "Over the past three months, U.S. employers have added 243,000 jobs. The Senate "
        "approved the nominees on what’s called a “voice vote.” In poker, it’s called a "
        "“tell.”"
    )
    assert sources_of(body) == []
    # the neighbours: "added" before a clause or after a quote, "called" with its object
    spoken = "“It is over,” he added. The senator added that 243,000 jobs were lost."
    assert [r["cue"] for r in sources_of(spoken)] == ["added", "added"]
    assert row_of("She’s called him “a liar.”", "called")["source"] == "She"


def test_a_time_adjunct_between_a_participle_and_its_agent_keeps_the_agent() -> None:
    body = "The new programs announced Monday by the Fed include two that will buy corporate debt."
    row = row_of(body, "announced")
    assert (row["source"], row["source_type"]) == ("Fed", "organization")
    assert body[row["content_start"] : row["content_end"]] == "The new programs"


def test_each_speaker_of_a_coordinated_subject_gets_a_row_with_the_same_cue_and_content() -> None:
    for body, speakers in (
        (
            "Nancy Pelosi and Chuck Schumer said the plan was dead.",
            {"Nancy Pelosi", "Chuck Schumer"},
        ),
        (
            "The bill passed, even though he and a few others said they would have voted no.",
            {"he", "few others"},
        ),
        ("Both Mr Comey and Mr Trump are accusing the other of lying.", {"Comey", "Trump"}),
        (
            "Pelosi, Schumer and Durbin said the talks would resume.",
            {"Pelosi", "Schumer", "Durbin"},
        ),
    ):
        rows = sources_of(body)
        assert {r["source"] for r in rows} == speakers, body
        assert len({(r["cue_start"], r["content_start"], r["content_end"]) for r in rows}) == 1


def test_an_and_inside_a_subject_that_joins_no_speakers_gives_one_row() -> None:
    # an object before "and", a modifier, a body's name, a title, a place inside a
    # phrase and one person's two roles
    for body in (
        "Trump attacked Pelosi and Schumer said the plan was dead.",
        "Prominent political and business leaders spoke out against the tariffs.",
        "Last week, the Health and Human Services Department announced a plan.",
        "Health and Human Services Secretary Kathleen Sebelius said the site works.",
        "An AP report on Comey and Mueller said they served together.",
        "Activist and author Drew Dellinger says the movement was ecological.",
    ):
        assert len(sources_of(body)) == 1, body


def test_sentences_glued_without_a_space_are_parted() -> None:
    body = (
        "Paul dueled over spying, and Trump was not targeted.Trump has said that the "
        "phrase would not be a topic without him.“I think he got mad,” she said.She said "
        "profiling played no role."
    )
    rows = sources_of(body)
    assert [r["source"] for r in rows][0] == "Trump"
    assert body[rows[-1]["content_start"] : rows[-1]["content_end"]] == "profiling played no role"
    # a web address keeps its dot
    site = "Visit www.Example.com for more, the group said."
    assert body_sentences(site) == [site]


def body_sentences(body: str) -> list[str]:
    docs = pl.DataFrame({"article_id": ["a"], "text": [body], "body_start": [0]})
    return [body[s:e] for s, e in split_sentences(docs).select("start", "end").iter_rows()]


def test_a_relative_clause_with_a_time_adjunct_is_passed_over_for_the_subject() -> None:
    body = "Cohen, who in the past called himself the president's fixer, said he was sorry."
    assert row_of(body, "said")["source"] == "Cohen"


def test_a_quote_before_a_cue_with_no_source_and_a_clause_of_its_own_is_not_its_content() -> None:
    body = (
        'The FFRF, which describes its members as "free-thinkers (atheists and '
        'agnostics)", alleges in a letter to the school district that the prayer is '
        "unconstitutional."
    )
    row = row_of(body, "alleges")
    assert row["source"] == "FFRF"
    assert body[row["content_start"] : row["content_end"]] == "that the prayer is unconstitutional"
    # the neighbour: a quote, then an inverted source
    inverted = '"It is over," says Tashi, an activist who asked that his name not be used.'
    assert row_of(inverted, "says")["source"] == "Tashi"


def test_an_object_pronoun_is_the_whole_listener_and_filed_claims_are_no_speech() -> None:
    body = "Media pundits told me Trump pushed for the war years ago on a radio show."
    row = row_of(body, "told")
    assert body[row["content_start"] : row["content_end"]].startswith("Trump pushed")
    # the neighbours: "her" may open the listener's phrase, and an order keeps its reading
    assert row_of("She told her mother the plan had failed.", "told")["source"] == "She"
    filed = "The government reported 3.3 million new weekly unemployment claims, a record."
    assert [r["cue"] for r in sources_of(filed)] == ["reported"]


def test_a_given_name_in_apposition_to_a_role_is_a_participles_subject() -> None:
    body = (
        "Pence’s wife, Karen, also responded to the comments, declaring that “you "
        "shouldn’t be attacked for your beliefs.”"
    )
    assert row_of(body, "declaring")["source"] == "Karen"
    # the neighbour: a one-word aside that is no given name stays out
    other = "His lawyer, however, responded to the filing, declaring that it was baseless."
    assert row_of(other, "declaring")["source"] != "However"


def test_a_quantity_of_something_speaks_as_what_it_is_of() -> None:
    cases = {
        "The toll is high, according to a series of surveys.": "document",
        "A handful of Republicans said they would vote no.": "anonymous",
        "The majority of voters said the economy matters most.": "anonymous",
        "A group of House members urged a vote.": "anonymous",
    }
    for body, kind in cases.items():
        assert sources_of(body)[0]["source_type"] == kind, body
    # the neighbour: a body's name with "of" keeps its type
    assert row_of("The Bank of America said rates would rise.", "said")["source_type"] == (
        "organization"
    )


def test_a_photo_credit_is_no_subject_a_pronoun_takes_up() -> None:
    body = (
        "President Trump spoke at the White House in Washington, March 24, 2020. "
        'Jonathan Ernst/Reuters\n\n"Our decision will be based on hard facts," he said.'
    )
    assert row_of(body, "said")["source"] == "Trump"
    # the neighbour: a full name opening a sentence is still a subject
    named = 'Jonathan Ernst spoke on Monday.\n\n"Our decision is final," he said.'
    assert row_of(named, "said")["source"] == "Jonathan Ernst"


def test_a_full_name_the_given_name_list_lacks_speaks_before_its_affiliation() -> None:
    body = "Gil Barndollar of Defense Priorities suggested Americans were kidding themselves."
    assert row_of(body, "suggested")["source"] == "Gil Barndollar"
    # the neighbours: bodies named "X Y of Z" stay whole
    for body in (
        "The Joint Chiefs of Staff said the plan was sound.",
        "The Fraternal Order of Police says the bill is dangerous.",
    ):
        assert sources_of(body)[0]["source_type"] == "organization", body


def test_bodies_named_by_academy_club_or_enforcement_are_organizations() -> None:
    for body in (
        "The National Academy of Sciences found that the drug works.",
        "The conservative Club for Growth says the tax is wrong.",
    ):
        assert sources_of(body)[0]["source_type"] == "organization", body
    # the neighbour: a news conference is where someone speaks, not who
    spoke = "Obama spoke at a White House news conference, reiterating that the plan works."
    assert row_of(spoke, "reiterating")["source"] != "White House news conference"


def test_a_relative_clause_with_a_capitalised_or_trailing_time_adjunct_is_closed() -> None:
    # the time words come from source_nouns.toml, whatever their case: the relative clause
    # "who on Monday called …" is closed, and the main verb's subject is the name
    body = "Senator Ann Cole, who on Monday called the rules a disaster, said the banks would sue."
    assert row_of(body, "said")["source"] == "Ann Cole"
    after = (
        "Mayor Tim Boyd, who had told reporters the month before that he would resign, said "
        "on Twitter that he would stay."
    )
    assert row_of(after, "said")["source"] == "Tim Boyd"
    # neighbour: the relative clause's own cue speaks for the name it follows
    own = "Senator Ann Cole, who on Monday said the rules were a disaster, met bankers."
    row = row_of(own, "said")
    assert row["source"] == "Ann Cole"
    assert own[row["content_start"] : row["content_end"]] == "the rules were a disaster"


def test_speech_in_a_relative_clause_ends_where_the_main_clause_verb_comes() -> None:
    for body, said in (
        (
            "Senator Ann Cole, who said the rules were a disaster, met bankers on Monday.",
            "the rules were a disaster",
        ),
        (
            "Senator Ann Cole, who said “the rules are a disaster,” met bankers.",
            "“the rules are a disaster,”",
        ),
        (
            "Senator Ann Cole, who has said the rules were a disaster, will meet bankers.",
            "the rules were a disaster",
        ),
    ):
        row = row_of(body, "said")
        assert (row["source"], body[row["content_start"] : row["content_end"]]) == (
            "Ann Cole",
            said,
        )
    # neighbours: a comma inside the speech is no end, nor is one after a main clause
    inner = "Senator Ann Cole, who said the plan, if passed, would fail, met bankers."
    row = row_of(inner, "said")
    assert inner[row["content_start"] : row["content_end"]].startswith("the plan, if passed")
    main = "Senator Ann Cole said the rules were a disaster, was told by bankers."
    row = row_of(main, "said")
    assert main[row["content_start"] : row["content_end"]].endswith("was told by bankers")


def test_a_reporters_credit_line_is_no_report() -> None:
    for line in (
        "Ann Lee reported from Washington.",
        "Ann Lee reported from Kabul, Afghanistan.",
        "Tom Fenn contributed reporting from San Diego.",
    ):
        assert [r for r in sources_of("The vote failed.\n\n" + line) if r["cue"] != "failed"] == []
    # neighbour: a report from a place with what was reported
    body = "Ann Lee reported from Kabul that the airport had closed."
    row = row_of(body, "reported")
    assert row["source"] == "Ann Lee"
    assert body[row["content_start"] : row["content_end"]] == "that the airport had closed"


def test_the_same_subjects_second_predicate_after_an_adverb_ends_the_speech() -> None:
    body = "Rep. Ann Lee said the bill was flawed, and repeatedly dismissed the critics as cranks."
    row = row_of(body, "said")
    assert body[row["content_start"] : row["content_end"]] == "the bill was flawed"
    # neighbour: an adverb and a word that is no verb in -ed goes on
    kept = "Rep. Ann Lee said the bill was flawed, and deeply so."
    row = row_of(kept, "said")
    assert kept[row["content_start"] : row["content_end"]] == "the bill was flawed, and deeply so"


def test_a_contract_speaks_as_a_document() -> None:
    row = row_of("The firm was to be paid monthly, according to the contract.", "according to")
    assert (row["source"], row["source_type"]) == ("contract", "document")
    # neighbour: a contractor is no document
    other = row_of("The contractor said the firm was to be paid monthly.", "said")
    assert other["source_type"] != "document"


def test_a_clause_joined_with_its_own_speaker_ends_the_speech_before_it() -> None:
    for body, cue, said in (
        (
            "Rep. Ann Lee announced she backed the bill in a newspaper column and Rep. Tom "
            "Fenn said he wished the House would pass it.",
            "announced",
            "she backed the bill in a newspaper column",
        ),
        (
            "A new state poll found 51 percent of voters back the plan, while a city poll "
            "shows support at 48 percent.",
            "found",
            "51 percent of voters back the plan",
        ),
    ):
        row = row_of(body, cue)
        assert body[row["content_start"] : row["content_end"]] == said
    # the second speaker keeps a row of his own
    joined = sources_of(
        "Rep. Ann Lee announced she backed the bill in a newspaper column and Rep. Tom Fenn "
        "said he wished the House would pass it."
    )
    assert [r["source"] for r in joined] == ["Ann Lee", "Tom Fenn"]
    # neighbours: two names joined as one subject, and "while" before a participle
    for body, cue, said in (
        (
            "The campaign said the results in Iowa and New Hampshire show a two-way race.",
            "said",
            "the results in Iowa and New Hampshire show a two-way race",
        ),
        (
            "Gov. Ann Lee said reporters were nitpicking while missing the larger truth.",
            "said",
            "reporters were nitpicking while missing the larger truth",
        ),
    ):
        row = row_of(body, cue)
        assert body[row["content_start"] : row["content_end"]] == said


def test_a_relative_clause_with_a_coordinated_object_still_ends_at_its_subject() -> None:
    body = "An FBI special agent who has worked corruption and criminal cases said it was over."
    assert row_of(body, "said")["source"] == "FBI special agent"
    # neighbour: after "and", people open a clause of their own
    other = "Democrats who control the House and officials say the plan would fail."
    assert row_of(other, "say")["source"] == "officials"


def test_a_role_word_after_an_initial_is_part_of_the_name() -> None:
    row = row_of("Chancellor F. King Alexander said the school was broke.", "said")
    assert (row["source"], row["role"]) == ("F. King Alexander", "chancellor")
    # neighbour: a role word before a full name is still a role
    row = row_of("Chancellor Ann Lee said the school was broke.", "said")
    assert (row["source"], row["role"]) == ("Ann Lee", "chancellor")


def test_titled_full_names_joined_by_and_are_two_speakers_and_two_titles_one() -> None:
    for body in (
        "Senate Leader Mitch McConnell and House Speaker Nancy Pelosi said the bill was dead.",
        "Mitch McConnell and House Speaker Nancy Pelosi said the bill was dead.",
    ):
        assert [r["source"] for r in sources_of(body)] == ["Mitch McConnell", "Nancy Pelosi"]
    one = "State University President and Chancellor Ann Lee said the school was broke."
    assert [r["source"] for r in sources_of(one)] == ["Ann Lee"]
    # neighbours: a body's name and a title made of one
    for body, source in (
        (
            "Health and Human Services Secretary Kathleen Sebelius said it was over.",
            "Kathleen Sebelius",
        ),
        ("Amtrak President and CEO Richard Anderson said it was over.", "Richard Anderson"),
    ):
        assert [r["source"] for r in sources_of(body)] == [source]


def test_a_body_named_by_two_words_joined_by_and_before_its_head_is_one_source() -> None:
    for body, source in (
        (
            "The Food and Drug Administration said the drug was safe.",
            "Food and Drug Administration",
        ),
        (
            "The U.S. Fish and Wildlife Service said the bill was dead.",
            "U.S. Fish and Wildlife Service",
        ),
        (
            "Immigration and Customs Enforcement said the man was held.",
            "Immigration and Customs Enforcement",
        ),
    ):
        assert [r["source"] for r in sources_of(body)] == [source]
    spokesman = row_of(
        "A spokesman for Immigration and Customs Enforcement said it was over.", "said"
    )
    assert spokesman["role"] == "spokesman"
    # neighbours: two bodies, and a list's last member
    assert [r["source"] for r in sources_of("Apple and Google said the bill was dead.")] == [
        "Apple",
        "Google",
    ]
    listed = sources_of("Officials in Iowa, Ohio and Texas Senate staff said no.")
    assert all("Ohio" not in str(r["source"]) for r in listed)


def test_a_party_label_with_a_home_takes_up_the_person_just_named() -> None:
    body = (
        "Rep. Mike Rogers spoke on Monday. “This was the wrong message,” the Alabama "
        "Republican said on ABC."
    )
    assert row_of(body, "said")["source"] == "Mike Rogers"
    # neighbours: a person of the other party is not taken up, and nor is no one
    other = (
        "Democratic Rep. Ann Lee spoke on Monday. “This was the wrong message,” the Alabama "
        "Republican said on ABC."
    )
    assert row_of(other, "said")["source"] != "Ann Lee"
    alone = "“This was the wrong message,” the Alabama Republican said on ABC."
    assert row_of(alone, "said")["source_type"] == "person"


def test_a_quoted_subheading_in_capitals_does_not_continue_a_quote() -> None:
    body = 'Obama said, "I think they made a mistake."\n\n"NOT CAVED IN"\n\nSony said it had no choice.'
    row = row_of(body, "said")
    assert body[row["content_start"] : row["content_end"]] == '"I think they made a mistake."'
    # neighbour: a whole-paragraph quote in ordinary case continues the speech
    kept = 'Obama said, "I think they made a mistake."\n\n"They should show it."\n\nSony declined.'
    row = row_of(kept, "said")
    assert kept[row["content_start"] : row["content_end"]].endswith('"They should show it."')


def test_a_study_by_a_body_speaks_as_the_body() -> None:
    row = row_of("A study by the Pew Research Center found that most voters agreed.", "found")
    assert (row["source"], row["source_type"]) == ("Pew Research Center", "organization")
    # neighbour: a document from a body speaks as the document with its origin
    row = row_of("A report from the Pew Research Center found that most voters agreed.", "found")
    assert row["source_type"] == "document"


def test_a_name_that_closes_its_sentence_is_not_read_with_the_next_word() -> None:
    body = (
        "They liked him. Dwight Eisenhower. You don’t get nicer, you don’t get friendlier."
        "\n\nHe told the press that he would win."
    )
    assert row_of(body, "told")["source"] not in {"You", "Dwight Eisenhower. You"}
    # neighbour: a full name that opens its sentence is still a subject "he" takes up
    named = "Dwight Eisenhower spoke on Monday.\n\nHe told the press that he would win."
    assert row_of(named, "told")["source"] == "Dwight Eisenhower"


def test_reminding_a_listener_that_something_is_so_is_a_report() -> None:
    body = "Jones, the community activist, reminded council members that Hayes had pleaded guilty."
    row = row_of(body, "reminded")
    assert (row["source"], body[row["content_start"] : row["content_end"]]) == (
        "Jones",
        "that Hayes had pleaded guilty",
    )
    # neighbours: what something reminds someone of is no report
    assert sources_of("The song reminds me of my youth.") == []
    assert sources_of("Ann Lee reminded voters of the deadline.") == []


def test_a_participle_after_an_opening_clause_speaks_for_the_main_clause() -> None:
    body = (
        "While many allies strongly criticized the decision, Israeli Prime Minister Benjamin "
        "Netanyahu praised the move, saying the accord was flawed."
    )
    assert row_of(body, "saying")["source"] == "Benjamin Netanyahu"
    # neighbour: with no opening clause, the participle follows the earlier cue's subject
    plain = "Ann Lee criticized the decision, saying the accord was flawed."
    assert row_of(plain, "saying")["source"] == "Ann Lee"


def test_a_pronoun_does_not_take_up_a_person_its_own_quote_names() -> None:
    body = (
        "Tom Fenn lost the race on Monday. Bob Marsh won it after a long count.\n\n"
        "“I want to thank Bob Marsh for a hard campaign,” he said."
    )
    assert row_of(body, "said")["source"] == "Tom Fenn"
    # neighbours: a speaker's own camp, or a body named after him, is no other person
    body_named = (
        "Donald Trump spoke to bikers on Monday.\n\n“I have the support of Bikers for Trump,” "
        "he told the website."
    )
    assert row_of(body_named, "told")["source"] == "Donald Trump"
    camp = (
        "Tom Fenn lost the race on Monday. Bob Marsh won it after a long count.\n\n"
        "“The Marsh campaign was a hard one,” he said."
    )
    assert row_of(camp, "said")["source"] == "Bob Marsh"


def test_the_writers_questions_are_no_reports() -> None:
    for body in (
        "Those aren't Senate issues, you say? Perhaps they would be.",
        "(Who could blame him? The school is very expensive!)",
    ):
        assert sources_of(body) == []
    # neighbour: a question someone is reported asking stays
    asked = "“You say the plan will fail?” the mayor asked."
    assert row_of(asked, "asked")["source"] == "mayor"


def test_an_age_before_a_name_is_no_part_of_it() -> None:
    row = row_of("The 26-year-old Wallace said after the race: “This will not break me.”", "said")
    assert (row["source"], row["source_type"]) == ("Wallace", "person")
    # neighbour: an appointee is one of unnamed people
    appointee = row_of("A Bush appointee said the sentence was unjust.", "said")
    assert appointee["source_type"] == "anonymous"


def test_an_embedded_tweets_signature_and_link_are_not_what_was_said() -> None:
    body = (
        "The hearing went on.\n\n#Comey says that he is confident no votes were altered "
        "#ComeyHearing — Ann Lee (@annlee) June 8, 2017\n\nThe hearing went on."
    )
    row = row_of(body, "says")
    assert body[row["content_start"] : row["content_end"]] == (
        "that he is confident no votes were altered #ComeyHearing"
    )
    linked = "The sheriff says he won't resign:https://t.co/8qrjQHazra"
    row = row_of(linked, "says")
    assert linked[row["content_start"] : row["content_end"]] == "he won't resign"
    # neighbour: a dash inside what was said stays
    dashed = "The sheriff says he won't resign — not now, not ever."
    row = row_of(dashed, "says")
    assert dashed[row["content_start"] : row["content_end"]].endswith("not ever")


def test_capitalised_reports_before_a_place_are_the_source() -> None:
    row = row_of("Reports in the US said senior aides felt slighted.", "said")
    assert row["source"] == "Reports"
    # neighbour: officials in a place speak, not the place
    assert row_of("Officials in the US said aides felt slighted.", "said")["source"] == "Officials"


def test_an_adverbial_idiom_between_subject_and_verb_is_no_subject() -> None:
    for body, cue, source in (
        (
            "Democratic candidates have for the most part pledged to roll back the cuts.",
            "pledged",
            "Democratic candidates",
        ),
        ("The senator in fact said the plan would fail.", "said", "senator"),
    ):
        assert row_of(body, cue)["source"] == source
    # neighbour: a subject that ends in such a word stays whole
    assert (
        row_of("The fact-checkers said the plan would fail.", "said")["source"] == "fact-checkers"
    )


def test_a_quote_before_quoted_as_saying_is_what_its_subject_said() -> None:
    body = (
        "Kim Davis spoke on Monday. “We must reject this ruling,” she was quoted as saying by "
        "a legal group."
    )
    row = row_of(body, "saying")
    assert (row["source"], row["kind"]) == ("Kim Davis", "direct")
    assert body[row["content_start"] : row["content_end"]] == "“We must reject this ruling,”"
    # neighbour: with what was said after the cue, that is the content
    after = "Kim Davis was quoted as saying that the ruling was lawless."
    row = row_of(after, "saying")
    assert after[row["content_start"] : row["content_end"]] == "that the ruling was lawless"


def test_speech_inside_an_opening_prepositional_phrase_ends_before_the_main_clause() -> None:
    body = (
        "On the heels of Trump's repeated assertions claiming bias by tech firms, the White "
        "House launched a form."
    )
    row = row_of(body, "claiming")
    assert body[row["content_start"] : row["content_end"]] == "bias by tech firms"
    assert "heels" not in str(row["source"])
    # neighbours: a list's commas inside the speech, and an opening phrase before the cue
    listed = "In a statement condemning hatred, bigotry and violence, the mayor spoke at the vigil."
    row = row_of(listed, "condemning")
    assert listed[row["content_start"] : row["content_end"]] == "hatred, bigotry and violence"
    after = "In a statement, Ann Lee said the talks had failed, and that she was sad."
    row = row_of(after, "said")
    assert after[row["content_start"] : row["content_end"]].endswith("she was sad")


def test_a_party_label_skips_a_person_the_gazetteer_ties_to_the_other_party() -> None:
    body = 'Nancy Pelosi said the bill was dead. "We will not stop," the Kentucky Republican said.'
    rows = [r for r in sources_of(body) if r["cue"] == "said"]
    assert rows[1]["source"] != "Nancy Pelosi"
    # her own party's label still takes her up, and so does it a person the gazetteer lacks
    same = 'Nancy Pelosi said the bill was dead. "We will not stop," the California Democrat said.'
    assert [r["source"] for r in sources_of(same)][1] == "Nancy Pelosi"
    unknown = 'Rod Palmer said the bill was dead. "We will not stop," the Kentucky Republican said.'
    assert [r["source"] for r in sources_of(unknown)][1] == "Rod Palmer"


def test_a_pronoun_subject_is_not_the_listener_of_its_own_verb() -> None:
    body = (
        'Tom Langan interviewed Senator Bob Jones on Friday. "It was a mistake," he tells Langan.'
    )
    assert row_of(body, "tells")["source"] == "Bob Jones"
    # a listener who is someone else leaves the nearest subject in place
    other = 'Senator Bob Jones met Tom Langan on Friday. "It was a mistake," he told reporters.'
    assert row_of(other, "told")["source"] == "Bob Jones"


def test_let_me_tell_you_is_the_writers_aside() -> None:
    body = "Let me tell you, this is a disaster for the country. Let us say that it went badly."
    assert sources_of(body) == []
    # a quoted "Let me be clear" is still what its speaker said
    quoted = '"Let me be clear: we will win," Dana Ruiz said.'
    assert row_of(quoted, "said")["source"] == "Dana Ruiz"


def test_a_relative_pronoun_after_a_participle_phrase_takes_up_the_noun_it_describes() -> None:
    body = "The senator cited an ABN poll conducted at the time, which showed that most voters opposed it."
    assert row_of(body, "showed")["source"] == "ABN poll"
    body = "The senator cited a study published in the journal, which found that voters opposed it."
    assert row_of(body, "found")["source"] == "study"
    # an object of a preposition that names people is still the antecedent
    people = "Smith thanked the people in the city who say that the plan failed."
    assert row_of(people, "say")["source"] == "people"


def test_a_finite_verb_before_the_antecedent_is_no_part_of_it() -> None:
    body = "Mayor Lee Hart met officials, who said that the plan had failed."
    assert row_of(body, "said")["source"] == "officials"
    # a verb of speaking inverted after a quotation, and a past form after an article, stay
    inverted = "“It is murder,” thundered Sen. Hal Burke, adding that the deal should not stand."
    assert row_of(inverted, "adding")["source"] == "Hal Burke"
    modifier = '"It did not hurt," a stunned Ortiz said, "but the grades helped."'
    assert row_of(modifier, "said")["source"] == "Ortiz"


def test_a_long_titled_run_keeps_the_whole_name() -> None:
    body = (
        "But British Foreign Secretary Dominic Rabe said it was unacceptable. "
        "He accused Moscow of reckless behavior."
    )
    assert row_of(body, "accused")["source"] == "Dominic Rabe"
    body = (
        "Some senators told National Republican Senatorial Committee Executive Director "
        "Rob Colley about it. Rob Colley said the plan had failed."
    )
    assert row_of(body, "said")["source"] == "Rob Colley"


def test_a_titled_run_stops_at_a_blank_line_and_at_its_sentences_end() -> None:
    body = (
        "ADVERTISEMENT\n\nHouse Freedom Caucus Chairman Mark Medows indicated he could "
        "support it. Medows said the bill was fine."
    )
    assert row_of(body, "said")["source"] == "Mark Medows"
    body = (
        "The firm is based in the hometown of US Interior Secretary Ryan Zinkel. Mr Zinkel "
        "has denied any involvement. Zinkel said it was a smear."
    )
    assert row_of(body, "said")["source"] == "Ryan Zinkel"
    # the run after a sentence's end is read on its own
    after = (
        "The departures were confirmed by The Post Friday. Ocasio-Kern’s Communications "
        "Director Corbin Trant plans to leave. Trant said it was time."
    )
    assert row_of(after, "said")["source"] == "Corbin Trant"
    # an abbreviation's period inside the run is no sentence end
    titled = "Honeywell Inc. Chief Executive Officer David Coté said the plan was sound."
    assert row_of(titled, "said")["source"] == "David Coté"


def test_a_name_repeated_by_a_profile_link_is_cut_at_the_repeat() -> None:
    body = (
        "Senate Minority Leader Charles Schumar Charles (Chuck) Ellis SchumarDemocratic "
        "senator blasts plan MORE (D-N.Y.) opposed the bill. Schumar said it was a sham."
    )
    assert row_of(body, "said")["source"] == "Charles Schumar"
    # a name that repeats itself is a name
    same = "Afghan Chief Executive Abdullah Abdullah said the vote was a sham."
    assert row_of(same, "said")["source"] == "Abdullah Abdullah"


def test_a_negative_subject_negates_its_cue() -> None:
    body = "But nobody admits that most of the jokes are old. No one has claimed it works."
    assert all(row["negated"] for row in sources_of(body))
    assert sources_of(body)
    plain = "But everybody admits that most of the jokes are old."
    assert not row_of(plain, "admits")["negated"]


def test_a_quoted_programme_after_told_is_the_listener() -> None:
    body = "“We need to hear from him on these issues,” Colin told “Face the Nation.”"
    row = row_of(body, "told")
    assert body[row["content_start"] : row["content_end"]] == (
        "“We need to hear from him on these issues,”"
    )
    body = 'Kelly Conroy said on "Fox News Sunday" that the campaign would go on.'
    row = row_of(body, "said")
    assert body[row["content_start"] : row["content_end"]] == "that the campaign would go on"
    # a quotation after a colon is still what was told
    quoted = "Colin told “Face the Nation”: “We need to hear it from him.”"
    row = row_of(quoted, "told")
    assert quoted[row["content_start"] : row["content_end"]] == "“We need to hear it from him.”"


def test_a_listeners_apposition_stands_before_the_complement() -> None:
    body = (
        "Judge Emmett Sulla told Flint, a retired U.S. Army general, that he had "
        "betrayed his country."
    )
    row = row_of(body, "told")
    assert body[row["content_start"] : row["content_end"]] == "that he had betrayed his country"


def test_a_though_clause_with_its_own_speaker_ends_the_report() -> None:
    body = (
        "The transcripts reportedly show the two discussing sanctions on Russia, though "
        "Flinn earlier denied discussing them."
    )
    row = row_of(body, "show")
    assert body[row["content_start"] : row["content_end"]] == (
        "the two discussing sanctions on Russia"
    )
    assert row_of(body, "denied")["source"] == "Flinn"


def test_a_condition_or_a_habit_reports_no_speech() -> None:
    for body in (
        "If the Democrats say they want a deal, they will walk away.",
        "Every time the Democrats say they need hearings, call up the Clintons.",
        "Unless she says she fears persecution, she is deported.",
    ):
        assert sources_of(body) == [], body
    # a condition after the report leaves it a report
    plain = "The Democrats say they want a deal if the price is right."
    assert row_of(plain, "say")["source"] == "Democrats"


def test_a_year_after_its_preposition_is_no_subject() -> None:
    body = "Sen. Mitch Connel (R-Kentucky) in 2010 said the vote would be close."
    assert row_of(body, "said")["source"] == "Mitch Connel"
    body = "A Walmart spokesperson in 2014 said the policy was new."
    assert row_of(body, "said")["source"] == "Walmart spokesperson"
    # a number that is no year stays with its noun
    counted = "The 2,000 protesters said the policy was new."
    assert "protesters" in str(row_of(counted, "said")["source"])


def test_a_place_or_a_party_word_after_a_role_word_is_no_person() -> None:
    body = (
        "The testimony speaks to the corruption of official Washington. He was testifying "
        "about the inquiry."
    )
    assert row_of(body, "testifying")["source"] != "Washington"
    body = "One of the official Democratic responses was in Spanish. He said it was fine."
    assert row_of(body, "said")["source"] != "Democratic"
    # a surname after a title is a person
    named = "Secretary Pomper spoke. He said it was fine."
    assert row_of(named, "said")["source"] == "Pomper"


def test_trusts_is_a_body() -> None:
    body = "Only 15 states paid in full, according to the Pew Charitable Trusts."
    assert row_of(body, "according to")["source_type"] == "organization"


def test_a_wire_dateline_is_no_part_of_what_was_said() -> None:
    body = (
        "ALEXANDRIA, Va. (Reuters) - Paul Manfred hid money abroad, a prosecutor said on Wednesday."
    )
    row = row_of(body, "said")
    assert body[row["content_start"] : row["content_end"]] == "Paul Manfred hid money abroad"
    body = "WASHINGTON — The House will vote on Tuesday, Nancy Pelosa said."
    row = row_of(body, "said")
    assert body[row["content_start"] : row["content_end"]] == "The House will vote on Tuesday"
    # a capitalised word before a dash inside the content stays
    inner = "The plan is dead - NATO is next, the senator said."
    row = row_of(inner, "said")
    assert inner[row["content_start"] : row["content_end"]].startswith("The plan is dead")


def test_a_sites_read_more_is_no_part_of_what_was_said() -> None:
    body = "Hearing live: FBI director Comay says there is no information to confirm it Read more"
    row = row_of(body, "says")
    assert body[row["content_start"] : row["content_end"]] == (
        "there is no information to confirm it"
    )


def test_a_conjoined_clause_with_an_auxiliary_and_its_own_speaker_ends_the_report() -> None:
    body = "Rusland has denied interfering in the election and Tramp has denied any collusion."
    row = row_of(body, "denied")
    assert body[row["content_start"] : row["content_end"]] == "interfering in the election"
    # a subject coordinated with a pronoun inside the report is part of it
    joint = (
        "He added that 100 people had attended the dinner and that she and Mr. Pinchok "
        "had spoken briefly."
    )
    row = row_of(joint, "added")
    assert joint[row["content_start"] : row["content_end"]].endswith("had spoken briefly")


def test_a_passive_agent_ends_before_the_main_verb() -> None:
    body = "Most of the charges described by the ACLU involve such offenses as littering."
    assert row_of(body, "described")["source"] == "ACLU"
    # an agent with no verb after it stays whole
    whole = "The plan, criticized by Senate Democrats, will cost more."
    assert row_of(whole, "criticized")["source"] == "Senate Democrats"


def test_a_relative_pronoun_after_a_named_persons_apposition_takes_up_the_person() -> None:
    body = "Trump sat across from Summer Zervis, a former contestant who said he groped her."
    row = row_of(body, "said")
    assert (row["source"], row["source_type"]) == ("Summer Zervis", "person")
    aged = "One of them was Lauren Bennitt, 26, who says running was his joy."
    assert row_of(aged, "says")["source"] == "Lauren Bennitt"
    # an apposition after a body or a group stays the antecedent
    group = "He met the team, a group of lawyers who said it was fine."
    assert row_of(group, "said")["source"] == "group of lawyers"


def test_a_relative_clauses_named_subject_completes_a_later_surname() -> None:
    body = (
        "The convention heard from Jennifer Newlund, who was diagnosed with cancer. "
        "“The law saved my life,” Newlund said."
    )
    assert row_of(body, "said")["source"] == "Jennifer Newlund"
    # but it is no subject a later pronoun prefers over the one who spoke
    spoke = (
        "David Axelrow said the case was hard. He recalled Eric Garnet, who died in 2014. "
        "He told reporters that it still hurt."
    )
    assert row_of(spoke, "told")["source"] == "David Axelrow"


def test_a_cue_inside_a_web_address_is_no_cue() -> None:
    body = "See http://m.newyorker.com/reporting/2013/03/04/fact_lizza for more."
    assert sources_of(body) == []
    # a slash between two cues is no web address
    both = "She said/wrote that it was fine."
    assert row_of(both, "said")["source"] == "She"


def test_a_demonstrative_and_a_name_before_a_saying_noun_make_it_a_noun() -> None:
    body = "And then that Haberlin report in the Times echoing the claim was corrected."
    assert sources_of(body) == []
    # a name that reports, after a complementizer "that", keeps its verb
    verb = "He said that Haberlin reports on the White House."
    assert row_of(verb, "reports")["source"] == "Haberlin"


def test_a_contrast_clause_with_a_negated_speaker_ends_the_report() -> None:
    body = "Tramp told reporters that “Iran wants to meet,” though Iran has not said so publicly."
    row = row_of(body, "told")
    assert body[row["content_start"] : row["content_end"]] == "that “Iran wants to meet,”"
    # more words than auxiliaries and adverbs between the subject and its cue: no new speaker
    long = "The data show a drop, though officials in the capital did not say so."
    row = row_of(long, "show")
    assert long[row["content_start"] : row["content_end"]].endswith("did not say so")


def test_a_quoted_apposition_of_the_subject_is_not_what_the_subject_said() -> None:
    body = "Smitherson, “a good man,” said the plan had failed."
    row = row_of(body, "said")
    assert row["source"] == "Smitherson"
    assert body[row["content_start"] : row["content_end"]] == "the plan had failed"
    posted = "Smitherson, “a good man,” posted two tweets: “Hello there.”"
    row = row_of(posted, "posted")
    assert (row["source"], posted[row["content_start"] : row["content_end"]]) == (
        "Smitherson",
        "“Hello there.”",
    )
    # an opening prepositional phrase, or a subject after the cue: the quote is what was said
    opened = "As for the bill, “it is dead,” said Smitherson."
    row = row_of(opened, "said")
    assert opened[row["content_start"] : row["content_end"]] == "“it is dead,”"
    clause = "Jonesby, “we’re done here,” wrote in a text message to supporters."
    row = row_of(clause, "wrote")
    assert clause[row["content_start"] : row["content_end"]] == "“we’re done here,”"
    over = "Nguyin, “this is not over,” wrote on Twitter after the verdict."
    row = row_of(over, "wrote")
    assert over[row["content_start"] : row["content_end"]] == "“this is not over,”"
    # a quoted clause is an aside when the cue has a clause of its own
    own = "Lutz, “that is simply false,” said the company had paid every invoice."
    row = row_of(own, "said")
    assert (row["source"], own[row["content_start"] : row["content_end"]]) == (
        "Lutz",
        "the company had paid every invoice",
    )
    adjective = "The senator, “furious,” said the report was a whitewash."
    assert row_of(adjective, "said")["source"] == "senator"
    inverted = "Jonesby, “we will win,” said Smitherson."
    row = row_of(inverted, "said")
    assert (row["source"], inverted[row["content_start"] : row["content_end"]]) == (
        "Smitherson",
        "“we will win,”",
    )


def test_a_stretch_of_time_after_for_stands_between_subject_and_cue() -> None:
    body = "Trump has for months insisted that the election was rigged."
    assert row_of(body, "insisted")["source"] == "Trump"
    years = "Advocates have for two years argued that the law is unfair."
    assert row_of(years, "argued")["source"] == "Advocates"
    # "for" before no unit of time is part of the phrase
    spokesman = "A spokesman for the ministry said the talks failed."
    assert row_of(spokesman, "said")["source"] == "spokesman for the ministry"


def test_people_by_their_part_in_talks_head_a_phrase_before_a_preposition() -> None:
    body = "Negotiators from both sides said the talks would resume."
    row = row_of(body, "said")
    assert (row["source"], row["source_type"]) == ("Negotiators from both sides", "anonymous")
    parties = "Many of the parties to the deal spoke out against the move."
    assert row_of(parties, "spoke out against")["source"].endswith("parties to the deal")
    # a thing before the preposition is no speaker: its object speaks
    thing = "A request for data from the tribe said the land was sacred."
    assert row_of(thing, "said")["source"] != "request for data from the tribe"


def test_a_reaction_the_saying_drew_is_the_writers_narration() -> None:
    body = "Theresa Mayfield announced on Friday she would quit, triggering a contest for leader."
    row = row_of(body, "announced")
    assert body[row["content_start"] : row["content_end"]] == "she would quit"
    drew = "He said the rivals were in a tight race, drawing boos from the crowd."
    row = row_of(drew, "said")
    assert drew[row["content_start"] : row["content_end"]] == "the rivals were in a tight race"
    # a reaction to words, even with a relative clause after it
    rebuke = "He said the rivals were in a tight race, drawing a rebuke from Castro, who left."
    row = row_of(rebuke, "said")
    assert rebuke[row["content_start"] : row["content_end"]] == "the rivals were in a tight race"
    rebuked = "Sen. Ruth Abbet said the nominee was unqualified, drawing a sharp rebuke from aides."
    row = row_of(rebuked, "said")
    assert rebuked[row["content_start"] : row["content_end"]] == "the nominee was unqualified"
    # what the events drew, or what a prediction would trigger, is the account's
    foul = "The team said the striker was fouled inside the box, drawing a penalty."
    row = row_of(foul, "said")
    assert foul[row["content_start"] : row["content_end"]].endswith("drawing a penalty")
    flood = "Experts said the dam could burst, triggering flooding downstream."
    row = row_of(flood, "said")
    assert flood[row["content_start"] : row["content_end"]].endswith("flooding downstream")
    # a result of the events reported, or an aside, is what was said
    event = "Police said the suspect fired at officers, prompting them to return fire."
    row = row_of(event, "said")
    assert event[row["content_start"] : row["content_end"]].endswith("to return fire")
    aside = "He said the rally, drawing thousands of supporters, was a success."
    row = row_of(aside, "said")
    assert aside[row["content_start"] : row["content_end"]].endswith("was a success")
    # inside a quote the words are the speaker's
    quoted = "She said the law was “a disaster, prompting outrage everywhere.”"
    row = row_of(quoted, "said")
    assert quoted[row["content_start"] : row["content_end"]].endswith("everywhere.”")


def test_a_name_before_a_role_without_an_article_whose_comma_is_missing_speaks() -> None:
    body = (
        "Lt. Bob Krollman, president of the Police Officers Federation of Minneapolis "
        "told USA Today that the officers were fired."
    )
    row = row_of(body, "told")
    assert (row["source"], row["source_type"]) == ("Bob Krollman", "person")
    # a role after an opening phrase has no name to take
    opened = "Last week, president of the club Ann Ode told members the fees would rise."
    assert row_of(opened, "told")["source"] != "Last week"


def test_a_web_pages_media_labels_are_no_part_of_a_caption_subject() -> None:
    body = (
        "The vote was close.\n\nMedia playback is unsupported on your device Media caption "
        "Brexit secretary says the amendment moves the goal posts\n\n"
        "Image copyright EPA Image caption Police said three people had been killed\n\n"
        "The count went on."
    )
    assert [r["source"] for r in sources_of(body)] == ["Brexit secretary", "Police"]


def test_a_reduced_passive_of_saying_after_an_object_is_hearsay() -> None:
    body = "The Pentagon has already released grainy video said to show the same episode."
    row = row_of(body, "said")
    assert row["source"] is None
    assert body[row["content_start"] : row["content_end"]] == (
        "grainy video said to show the same episode"
    )
    sought = "Police are searching for a man reported to have fled on foot."
    assert row_of(sought, "reported")["source"] is None
    # an instruction or a listener after "said to" is no hearsay
    told = "A lawyer for the family said to reporters that they would sue."
    assert row_of(told, "said")["source"] == "lawyer for the family"
    expect = "The spokesman for the family said to expect a statement later."
    assert row_of(expect, "said")["source"] == "spokesman for the family"
    # a subject before "said to" speaks; "reported to" before a noun is no hearsay
    spoke = "The guard said to wait outside."
    assert row_of(spoke, "said")["source"] == "guard"
    noun = "Doctors are studying side effects reported to poison control centers."
    assert not [r for r in sources_of(noun) if r["cue"] == "reported" and r["source"] is None]


def test_a_name_given_as_what_with_only_a_pronoun_after_it_reports_nothing() -> None:
    body = "I grew up in Austin, Texas. At least that's what we called it then."
    assert [r for r in sources_of(body) if r["cue"] == "called"] == []
    # a label after the pronoun is what was said
    labelled = "He called it a hoax."
    assert row_of(labelled, "called")["source"] == "He"
    colon = "That is what Trumbo called it: a hoax."
    assert row_of(colon, "called")["source"] == "Trumbo"


def test_a_sentence_opened_by_no_one_gives_a_later_participle_no_speaker() -> None:
    body = (
        "No one should imagine that the media have taken an interest in supporting the "
        "police and urging them to bring criminals to justice."
    )
    assert [r for r in sources_of(body) if r["cue"] == "urging"] == []
    # "No 10" is Downing Street; "No fewer than" counts people who spoke
    fewer = "No fewer than 40 lawmakers signed the letter, saying the war must end."
    assert [r["cue"] for r in sources_of(fewer)] == ["saying"]
    downing = "No 10 said the vote would go ahead, adding that it was final."
    assert row_of(downing, "adding")["source"] == "No 10"


def test_an_inverted_subjects_role_may_join_two_fields_with_and() -> None:
    body = (
        "Racism persists on a mass scale, said University of Michigan health behavior and "
        "health education professor Enrique Neblin."
    )
    row = row_of(body, "said")
    assert (row["source"], body[row["content_start"] : row["content_end"]]) == (
        "Enrique Neblin",
        "Racism persists on a mass scale",
    )
    # a name before "and" ends the first of two speakers, not a field
    two = "“We won't stop,” said union president Maria Lopes and vice president Tom Ng."
    assert row_of(two, "said")["source"] == "Maria Lopes"
    # an "and" before no role and name still ends the phrase after the cue
    verb = "“It is over,” said the senator and left the room."
    assert row_of(verb, "said")["source"] == "senator"


def test_more_shows_are_nouns_before_a_cue_form() -> None:
    body = "Lawmakers reached a deal on background checks for gun shows and Internet sales."
    assert [r for r in sources_of(body) if r["cue"] == "shows"] == []
    morning = "It will be Mrs. Obamy's first morning show interview and will air on Tuesday."
    assert sources_of(morning) == []
    # a time word before it makes the compound a time and a verb
    verb = "His remarks this morning show that he is worried."
    assert row_of(verb, "show")["source"] == "His remarks"
    late = "Polls published late Tuesday evening show the race tightening."
    assert row_of(late, "show")["source"] == "Polls"  # (the participle describes them)
    # other compounds stay nouns before "that"
    radio = "Laura Ingram suggested on her radio show that the bombing raises questions."
    assert row_of(radio, "suggested")["source"] == "Laura Ingram"
    assert [r for r in sources_of(radio) if r["cue"] == "show"] == []


def test_a_capitalised_adjective_opening_a_sentence_makes_calls_a_noun() -> None:
    body = "Similar calls for fixing a broken political system helped Democrats win."
    assert sources_of(body) == []
    # a headline with no verb after the phrase keeps a surname's verb
    headline = "Strong vows to fight on despite the defeat."
    assert row_of(headline, "vows")["source"] == "Strong"
    # a surname the article gave stays the subject
    named = "Marc Shortt spoke. Shortt calls for calm in a new memo."
    assert row_of(named, "calls for")["source"] == "Marc Shortt"


def test_a_vague_subject_and_a_modal_of_possibility_report_no_speech() -> None:
    body = "It was a usually quiet (some would say stodgy) event series."
    assert sources_of(body) == []
    hedged = "You could argue that the state is a finger on the scale for Democrats."
    assert sources_of(hedged) == []
    # a named group's "would" tells what it did say later
    later = "Critics would say later that the plan failed."
    assert row_of(later, "say")["source"] == "Critics"


def test_a_quote_before_a_name_and_a_long_apposition_is_the_names() -> None:
    body = (
        "“It is a powerful tool for the party to unearth new information,” Susan Hennessy, "
        "executive editor of the Lawfare blog and a senior fellow at the Brookings "
        "Institution, told PBS Newshour on Friday."
    )
    row = row_of(body, "told")
    assert (row["source"], row["kind"]) == ("Susan Hennessy", "direct")
    assert body[row["content_start"] : row["content_end"]].startswith("“It is a powerful")


def test_dismissing_a_post_or_a_case_is_no_speech() -> None:
    fired = "Links to his campaign made up part of his thinking when he dismissed the director."
    assert sources_of(fired) == []
    court = "The judge dismissed the case on Monday."
    assert sources_of(court) == []
    # a label after "as", a claim, or a person by name or as a colleague: speech
    labelled = "Trump dismissed New Hampshire Sen. Kelly Ayotte as weak."
    assert row_of(labelled, "dismissed")["source"] == "Trump"
    claim = "She dismissed the claims of fraud."
    assert row_of(claim, "dismissed")["source"] == "She"
    colleague = "The president dismisses his rogue colleague."
    assert row_of(colleague, "dismisses")["source"] == "president"
    # a party to a suit dismisses it in words; a possessive's noun is the head
    party = "The company dismissed the lawsuit, saying it had no merit."
    assert row_of(party, "dismissed")["source"] == "company"
    owned = "The senator dismissed the inspector general's findings, saying they were biased."
    assert row_of(owned, "dismissed")["source"] == "senator"


def test_an_adverb_after_a_passive_asked_keeps_the_question_unnamed() -> None:
    body = (
        "Spicer told journalists the president had confidence. Comey appeared before the "
        "panel. He was asked repeatedly about the contrast between his decisions."
    )
    row = row_of(body, "asked")
    assert row["source"] is None
    assert body[row["content_start"] : row["content_end"]].startswith("about the contrast")


def test_more_stretches_of_time_and_roles_and_questions() -> None:
    long = "Smithe for a long time has said that the tax is unfair."
    assert row_of(long, "said")["source"] == "Smithe"
    generations = "Farmers for generations have argued that the river is theirs."
    assert row_of(generations, "argued")["source"] == "Farmers"
    # "the Times" is a newspaper, not a time
    times = "A pointed headline in the Times declares: “Attacks are growing.”"
    row = row_of(times, "declares")  # (a headline is a document, in the paper it names)
    assert (row["source"], row["source_type"]) == ("pointed headline in the Times", "document")
    # a capitalised role with no article, its closing comma missing
    ceo = "Jane Roe, CEO of the startup told Reuters that sales had doubled."
    assert row_of(ceo, "told")["source"] == "Jane Roe"
    # an adverb before or after a passive "asked"
    before = "Comey was repeatedly asked about the memo."
    assert row_of(before, "asked")["source"] is None
    after = "Comey was asked afterwards about the memo."
    row = row_of(after, "asked")
    assert after[row["content_start"] : row["content_end"]] == "about the memo"
    # a capitalised participle opening a sentence before a plural noun cue
    assert sources_of("Repeated calls for reform went unheeded.") == []


def test_a_verb_of_aspect_or_an_implicative_verb_before_the_cue_keeps_its_subject() -> None:
    keep = "Critics keep saying that the plan has failed."
    assert row_of(keep, "saying")["source"] == "Critics"
    modal = "The mayor will keep saying it is over."
    assert row_of(modal, "saying")["source"] == "mayor"
    continues = "The mayor continues saying it is over."
    assert row_of(continues, "saying")["source"] == "mayor"
    went_on = "Smith later went on to say the vote was rigged."
    row = row_of(went_on, "say")
    assert row["source"] == "Smith"
    assert went_on[row["content_start"] : row["content_end"]] == "the vote was rigged"
    quick = "Smith was quick to point out that the bill failed."
    assert row_of(quick, "point out")["source"] == "Smith"
    # "continued to insist": the cue is "insist", not "continued"
    continued = "Trump continued to claim that the vote was rigged."
    assert [r["cue"] for r in sources_of(continued)] == ["claim"]
    assert sources_of("He continued working on the bill.") == []
    # a wish or a plan before "to" reports no speech; "continued" after a quote still does
    assert sources_of("Smith wants to say that it failed.") == []
    quoted = "“It is over,” he continued."
    assert row_of(quoted, "continued")["kind"] == "direct"


def test_a_contracted_you_is_the_one_addressed() -> None:
    body = "It’s like one in a million, so you’re saying there’s a chance."
    row = row_of(body, "saying")
    assert (row["source"], row["source_type"]) == ("you", "person")


def test_a_verb_that_ends_the_act_negates_the_cue() -> None:
    stopped = "Smith stopped saying it is over."
    row = row_of(stopped, "saying")
    assert (row["source"], row["negated"]) == ("Smith", True)
    # a verb that goes on with the act negates nothing
    kept = "Smith kept calling the plan a failure."
    assert row_of(kept, "calling")["negated"] is False


def test_a_sentence_adverb_before_the_subject_is_no_content() -> None:
    body = "Still, he insisted on higher tax rates."
    row = row_of(body, "insisted")
    assert body[row["content_start"] : row["content_end"]] == "on higher tax rates"
    # a connective is never what was said, even with nothing after the cue
    assert sources_of("Later, she said.") == []
    # a one-word reply with nothing after the cue is what was said
    reply = "Absolutely, he said."
    row = row_of(reply, "said")
    assert reply[row["content_start"] : row["content_end"]] == "Absolutely"


def test_people_from_a_part_of_something_are_the_source() -> None:
    body = "Lawmakers from both sides of the aisle noted that the president had fired him."
    assert row_of(body, "noted")["source"] == "Lawmakers from both sides of the aisle"
    # a request is no speaker, so the body it comes from is
    request = "A request for data from the tribe said it failed."
    assert row_of(request, "said")["source"] == "tribe"


def test_a_plural_possessive_before_a_name_is_the_affiliation() -> None:
    body = "Fox News’ Bret Baier reported that the talks failed."
    assert row_of(body, "reported")["source"] == "Bret Baier"
    straight = "ABC News' Jonathan Karl asked whether the talks failed."
    assert row_of(straight, "asked")["source"] == "Jonathan Karl"
    # a single-quoted label before a lower-case word keeps its closing mark apart
    label = "He called them 'bad hombres' and said the talks failed."
    assert row_of(label, "said")["source"] == "He"


def test_ever_stands_between_a_subject_and_its_verb() -> None:
    body = "Nobody ever said the site would close."
    row = row_of(body, "said")
    assert (row["source"], row["negated"]) == ("Nobody", True)


def test_a_quantity_with_an_adjective_takes_the_type_of_what_it_counts() -> None:
    body = "An unspecified number of Republicans said the site would close."
    assert row_of(body, "said")["source_type"] == "anonymous"


def test_ever_opening_a_clause_asks_the_reader() -> None:
    assert sources_of("It was cold. Ever wonder why we carve turkeys in November?") == []
    aside = "But while we're on the subject, ever wonder why we carve turkeys?"
    assert sources_of(aside) == []


def test_the_writers_remark_after_reported_speech_ends_it() -> None:
    body = "The study revealed several findings, though it’s important to remember the source."
    row = row_of(body, "revealed")
    assert body[row["content_start"] : row["content_end"]] == "several findings"
    checked = "Trump said the election was rigged, which is not true."
    row = row_of(checked, "said")
    assert checked[row["content_start"] : row["content_end"]] == "the election was rigged"
    confirmed = "He said he had paid the fine, which he did not."
    row = row_of(confirmed, "said")
    assert confirmed[row["content_start"] : row["content_end"]] == "he had paid the fine"
    debunked = "Smith said the vaccine causes autism, a claim that has been widely debunked."
    row = row_of(debunked, "said")
    assert debunked[row["content_start"] : row["content_end"]] == "the vaccine causes autism"
    # inside a quote the remark is the speaker's
    quoted = "Pence said, “When Obama took office, it’s important to remember, Iraq was calm.”"
    row = row_of(quoted, "said")
    assert quoted[row["content_start"] : row["content_end"]].endswith("Iraq was calm.”")


def test_printed_matter_and_a_bio_speak_as_documents() -> None:
    body = "A 2003 newsletter from FLIR Systems described flying slowly in patterns."
    row = row_of(body, "described")
    assert (row["source"], row["source_type"]) == ("2003 newsletter from FLIR Systems", "document")
    bio = "“Bush is on the board,” his bio states."
    assert row_of(bio, "states")["source_type"] == "document"


def test_a_participle_after_a_clause_of_time_follows_that_clauses_subject() -> None:
    body = (
        "Trump and other officials said the attack had injured no one before the Pentagon "
        "reversed course on Thursday, saying 11 troops were hurt."
    )
    assert row_of(body, "saying")["source"] == "Pentagon"
    # a dash before the participle, and no comma in the text before it
    dashed = "Trump said no one was hurt before the Pentagon reversed course -- saying 11 were."
    assert row_of(dashed, "saying")["source"] == "Pentagon"
    # a passive clause of time has no speaker; the main clause's subject speaks
    passive = (
        "Trump touted the jobs at a news conference shortly after they were released, "
        "saying they were a sign of growth."
    )
    assert row_of(passive, "saying")["source"] == "Trump"


def test_a_capitalised_role_opening_a_sentence_takes_up_its_holder() -> None:
    body = "Reporters asked President Trump this morning. The President said it was a joke."
    assert row_of(body, "said")["source"] == "Trump"
    # unnamed in the article, the role stays a role
    alone = "The President said it was a joke."
    assert row_of(alone, "said")["source_type"] == "anonymous"


def test_a_monarch_never_takes_up_an_elected_head() -> None:
    body = "President Donald Trump spoke at the palace. The Queen said it was fine."
    assert row_of(body, "said")["source"] == "Queen"
    king = "King Salman met the envoy. The king said it was fine."
    assert row_of(king, "said")["source"] == "Salman"


def test_a_role_after_the_object_of_according_to_is_its_own_subject() -> None:
    body = "According to Yahoo News, a lawyer said the concerns were serious."
    assert row_of(body, "said")["source"] == "lawyer"


def test_one_singular_word_before_a_plain_cue_and_a_colon_is_a_label() -> None:
    assert sources_of("Trivia answer: The first president was Washington.") == []
    assert sources_of("Quick note: the store is closed.") == []
    # a plural or a pronoun takes the plain form as its verb
    assert row_of("Democrats answer: no.", "answer")["source"] == "Democrats"
    assert row_of("I answer: no.", "answer")["source"] == "I"
    # an acronym names the body whose report it is
    assert row_of("IG report: State was inaccurate.", "report")["source"] == "IG"
    # a pronoun and a past form before the colon introduce the next paragraph's quote
    said = 'He said:\n\n"We have a situation in our cities."'
    assert row_of(said, "said")["kind"] == "direct"


def test_negations_of_ending_and_of_nothing_said() -> None:
    never = "He never stopped insisting that the money had been a loan."
    assert row_of(never, "insisting")["negated"] is False
    hasnt = "The family hasn't ceased insisting the boy was innocent."
    assert row_of(hasnt, "insisting")["negated"] is False
    no_one = "No official has ever said publicly that the program was a failure."
    row = row_of(no_one, "said")
    assert (row["source"], row["negated"]) == ("No official", True)
    nothing = "He went on to say nothing of substance about the plan."
    assert row_of(nothing, "say")["negated"] is True
    # "nothing" opening a clause is what was said
    clause = "He said nothing has changed."
    assert row_of(clause, "said")["negated"] is False


def test_a_queen_and_a_king_are_not_one_role() -> None:
    body = "President Macron met King Charles at the palace. The Queen said she was proud."
    assert row_of(body, "said")["source"] == "Queen"
    queen = "Queen Elizabeth spoke. The queen said she was proud."
    assert row_of(queen, "said")["source"] == "Elizabeth"


def test_a_remark_on_truth_inside_the_sentence_is_no_check() -> None:
    body = "He said the tax, which is not true of the old levy, would be paid by buyers."
    row = row_of(body, "said")
    assert body[row["content_start"] : row["content_end"]].endswith("paid by buyers")


def test_a_contracted_be_before_told_is_a_passive() -> None:
    body = "You wait in line, then you're told to come back tomorrow."
    assert sources_of(body) == []


def test_a_title_takes_up_a_holder_and_a_former_title_one_who_held_it() -> None:
    body = "Former President Obama campaigned in Detroit. The President said he would sign it."
    assert row_of(body, "said")["source_type"] == "anonymous"
    former = "Former President Obama campaigned in Detroit. The former president said it was fine."
    assert row_of(former, "said")["source"] == "Obama"
    holder = "President Obama campaigned in Detroit. The president said he would sign it."
    assert row_of(holder, "said")["source"] == "Obama"
    # a past holder named by the title alone is still "the former president"
    past = "President George W. Bush spoke in 2004. The former president said it was fine."
    assert row_of(past, "said")["source"] == "George W. Bush"


def test_a_capitalised_title_of_two_words_takes_up_its_holder() -> None:
    body = (
        "President Trump spoke. Prime Minister May spoke too. "
        "The Prime Minister said the plan was sound."
    )
    assert row_of(body, "said")["source"] == "May"
    prince = "Crown Prince Mohammed bin Salman met Biden. The Crown Prince said it went well."
    assert row_of(prince, "said")["source"] == "Mohammed bin Salman"
    # a capitalised run with a name in it stays a name
    post = "The Washington Post said the plan was sound."
    assert row_of(post, "said")["source_type"] == "outlet"


def test_a_document_of_a_topic_speaks_as_the_document() -> None:
    body = "A 2019 biography of the singer said she was shy."
    row = row_of(body, "said")
    assert (row["source"], row["source_type"]) == ("2019 biography of the singer", "document")


def test_one_of_a_group_just_told_of_is_an_unnamed_source() -> None:
    body = "Residents gathered at dawn. “It was freezing,” one said."
    row = row_of(body, "said")
    assert (row["source"], row["source_type"]) == ("one", "anonymous")
    # "No one" opens no such phrase, "one in five" is a share, and "one which X calls"
    # is X's label
    assert sources_of("No one said the plan failed.") == []
    assert row_of("One in five say that won't be true.", "say")["source"] != "One"
    label = "It is tied to the party, one which historian John Baick calls “a foundation.”"
    assert row_of(label, "calls")["source"] == "John Baick"
    verb = "It did not require witnesses to testify, sources who reviewed them told Politico."
    assert row_of(verb, "told")["source"] == "sources"


def test_two_modifiers_of_one_plural_head_are_one_source() -> None:
    body = "Israeli and Palestinian officials said the plan failed."
    assert [r["source"] for r in sources_of(body)] == ["Israeli and Palestinian officials"]
    local = "They spoke to state and local officials, who said the plan failed."
    assert row_of(local, "said")["source"] == "state and local officials"
    staff = "The deal was signed, and staff and board members rejected that characterization."
    assert row_of(staff, "rejected")["source"] == "staff and board members"
    # a name and a group are two sources, and a noun phrase's end is no modifier
    two = "Obama and Israeli officials said the plan failed."
    assert [r["source"] for r in sources_of(two)] == ["Obama", "Israeli officials"]
    named = "Trump and local officials said the rally would go ahead."
    assert [r["source"] for r in sources_of(named)] == ["Trump", "local officials"]
    adjective = "Brown and local officials said the rally would go ahead."
    assert "Brown and local officials" not in [r["source"] for r in sources_of(adjective)]
    ended = "The bill had its impact and multiple Republicans announced they would not vote."
    assert row_of(ended, "announced")["source"] == "multiple Republicans"


def test_a_surname_with_a_particle_is_a_persons() -> None:
    body = "New York is not among them, and de Blasio has said he does not want the Guard."
    row = row_of(body, "said")
    assert (row["source"], row["source_type"]) == ("de Blasio", "person")
    later = "Mayor Bill de Blasio spoke. Later de Blasio said he does not want the Guard."
    assert row_of(later, "said")["source"] == "Bill de Blasio"


def test_local_papers_are_outlets_by_the_shape_of_their_names() -> None:
    body = "“The enemies of the people are those who smother truth,” wrote the Des Moines Register."
    assert row_of(body, "wrote")["source_type"] == "outlet"
    # a given name before a paper's closing word is a person's
    clerk = "Clerk Amanda Ledger said the filing deadline had passed."
    assert row_of(clerk, "said")["source_type"] == "person"
    deputy = "Deputy Mike Post said the suspect was armed."
    assert row_of(deputy, "said")["source_type"] == "person"
    dispatch = "The St. Louis Post-Dispatch reported that the plant would close."
    assert row_of(dispatch, "reported")["source"] == "The St. Louis Post-Dispatch"


def test_a_decade_never_speaks() -> None:
    body = "It was the heir to the “missile gap” that, in the 1950s, had found America lagging."
    assert sources_of(body) == []
    # the noun its preposition or clause follows does
    doctors = "Doctors in the 1980s said the disease was rare."
    assert row_of(doctors, "said")["source"] == "Doctors"
    moved = "Residents who moved there in the 1960s said the neighborhood had changed."
    assert row_of(moved, "said")["source"] == "Residents"


def test_an_outlets_handle_names_the_outlet() -> None:
    body = "The @washingtonpost suggests Tillerson was asked to leave on Friday."
    row = row_of(body, "suggests")
    assert (row["source_type"], row["kind"]) == ("outlet", "report")


def test_a_surname_with_its_particle_takes_up_the_full_name() -> None:
    body = "Mayor Bill de Blasio spoke. Later, Mr. de Blasio said it failed. “It is over,” he said."
    assert [r["source"] for r in sources_of(body)] == ["Bill de Blasio", "Bill de Blasio"]
    # a capitalised given name is no particle
    carson = "Ben Carson spoke. Carson said it failed."
    assert row_of(carson, "said")["source"] == "Ben Carson"


def test_a_relative_pronoun_opening_a_sentence_raises_nothing() -> None:
    # a sentence cut before its relative clause (an AllSides article has one) once raised
    # IndexError
    body = "It was strange. which officials say is legal."
    assert row_of(body, "say")["source"] == "officials"


def test_the_holder_of_an_office_of_a_department_is_taken_up() -> None:
    # "Secretary of State Mike Pompeo": the capitalised run after "of" holds the office's
    # words, then the holder's name, from a given name on
    later = (
        "Secretary of State Mike Pompeo spoke to reporters. The secretary said talks would go on."
    )
    assert row_of(later, "said")["source"] == "Mike Pompeo"
    pronoun = "Speaker of the House Nancy Pelosi spoke on Monday. She said the vote would happen."
    assert row_of(pronoun, "said")["source"] == "Nancy Pelosi"
    joined = (
        "Secretary of Health and Human Services Kathleen Sebelius visited a clinic. "
        "Sebelius said the plan would work."
    )
    assert row_of(joined, "said")["source"] == "Kathleen Sebelius"
    # an office's own words are no name, and a spokesman speaks for the run, not as it
    office = "The head of the United States Central Command flew in. The commander said it held."
    assert row_of(office, "said")["source_type"] != "person"
    agent = "A spokesman for the Santa Clara Health System arrived. The spokesman said two died."
    assert row_of(agent, "said")["source"] == "spokesman"
    # the office a title heads is a body, not its holder
    body = "Secretary of State Brian Kemp spoke. The Secretary of State's office said it was real."
    assert row_of(body, "said")["source_type"] == "organization"


def test_a_surname_before_a_generational_suffix_is_no_title() -> None:
    body = "As Martin Luther King Jr. said, the arc of the moral universe is long."
    row = row_of(body, "said")
    assert (row["source"], row["source_type"]) == ("Martin Luther King Jr", "person")
    third = "Martin Luther King III said the march would go on."
    assert row_of(third, "said")["source_type"] == "person"
    # a king is still a title
    king = "King Abdullah said the border would stay open."
    assert row_of(king, "said")["source"] == "Abdullah"


def test_clergy_and_peers_are_role_families() -> None:
    body = "Cardinal Timothy Dolan spoke on Monday. The cardinal said the church would act."
    assert row_of(body, "said")["source"] == "Timothy Dolan"
    see = "The Archbishop of Canterbury said the church would act."
    assert row_of(see, "said")["source"] == "Archbishop of Canterbury"
    peer = "The Duke of Sussex said the press was cruel."
    assert row_of(peer, "said")["source"] == "Duke of Sussex"


def test_an_outlets_short_form_takes_up_the_outlet_named_before() -> None:
    body = "The Los Angeles Times reported the deal on Monday. The Times said it was done."
    assert [r["source"] for r in sources_of(body)] == ["Los Angeles Times"] * 2
    told = "A source told the Los Angeles Times it was off. Another told the Times it was on."
    rows = all_rows_of(told)
    assert rows.filter(pl.col("role") == "venue")["source"].to_list() == ["Los Angeles Times"] * 2
    # with no fuller name before it, the gazetteer's bearer of the short form, unless the
    # article's own publisher bears it
    alone = "The Times said the deal was done."
    assert row_of(alone, "said")["source"] == "The New York Times"
    for publisher, meant in [
        ("Washington Times", "The Washington Times"),
        ("New York Times (Online News)", "The New York Times"),
        ("CNN (Web News)", "The New York Times"),
    ]:
        assert all_rows_of(alone, publisher)["source"].to_list() == [meant]
    # a sentence's end or a line's is no part of a fuller name
    parted = "It ran in the National Journal.\nThe Post said the deal was done."
    assert row_of(parted, "said")["source"] == "The Washington Post"


def test_the_one_told_in_a_passive_is_no_source() -> None:
    body = "He was told that the bill would pass."
    row = row_of(body, "told")
    assert (row["source"], row["source_type"]) == (None, "anonymous")
    assert body[row["content_start"] : row["content_end"]] == "that the bill would pass"
    agent = "He was told by officials that the bill would pass."
    assert row_of(agent, "told")["source"] == "officials"
    mine = "I’m told that the bill will pass."
    assert row_of(mine, "told")["source"] is None
    # with no "that", the clause after the participle is still what was told
    for bare in ["I am told the bill will pass.", "We were told Smith had left."]:
        row = row_of(bare, "told")
        assert row["source"] is None
        assert bare[row["content_start"] : row["content_end"]] in (
            "the bill will pass",
            "Smith had left",
        )
    assert sources_of("He was told to leave.") == []
    # the active verb's subject still speaks
    active = "He told reporters that the bill would pass."
    assert row_of(active, "told")["source"] == "He"


def test_a_name_joined_to_a_group_speaks_too() -> None:
    body = "Trump and congressional Republicans said the bill would pass."
    assert [r["source"] for r in sources_of(body)] == ["Trump", "congressional Republicans"]
    # "other" and "fellow" make the name one of the group, known or not
    other = "Smith and other officials said the bill would pass."
    assert [r["source"] for r in sources_of(other)] == ["Smith", "other officials"]
    # a capitalised title run is still one person
    titled = "Health and Human Services Secretary Kathleen Sebelius said the bill would pass."
    assert [r["source"] for r in sources_of(titled)] == ["Kathleen Sebelius"]
    # and an object before "and" is no speaker
    obj = "Trump attacked Pelosi and congressional Democrats said the bill would die."
    assert [r["source"] for r in sources_of(obj)] == ["congressional Democrats"]


def test_an_inverted_cue_inside_its_clause_reports_the_whole_clause() -> None:
    body = "The plan, says Smith, is a disaster for the region."
    row = row_of(body, "says")
    assert row["source"] == "Smith"
    assert body[row["content_start"] : row["content_end"]] == body[:-1]
    modal = "The economy, says one analyst, will probably slow."
    row = row_of(modal, "says")
    assert modal[row["content_start"] : row["content_end"]].endswith("will probably slow")
    # a weekday after the participle is its time, and no one is named
    timed = "The tentative deal, announced Friday, would last four years."
    row = row_of(timed, "announced")
    assert row["source"] is None
    assert timed[row["content_start"] : row["content_end"]] == "The tentative deal"
    # a conjunction after the source opens the writer's own clause
    joined = "The plan is a disaster, says Smith, and it will fail."
    row = row_of(joined, "says")
    assert joined[row["content_start"] : row["content_end"]] == "The plan is a disaster"


def test_a_title_of_a_body_takes_up_only_one_introduced_with_it() -> None:
    body = "President Donald Trump spoke on Monday. The leader of Hamas called for a day of rage."
    assert row_of(body, "called for")["source"] == "leader of Hamas"
    chair = (
        "Rep. Mike Rogers, chairman of the House Intelligence Committee, spoke. "
        "The chairman of the House Intelligence Committee accused Sebelius of lying."
    )
    assert row_of(chair, "accused")["source"] == "Mike Rogers"
    # a title with no complement, or one naming the office itself, still takes up its holder
    bare = "Senator Jane Apple spoke. The senator said the bill would pass."
    assert row_of(bare, "said")["source"] == "Jane Apple"
    office = "Colin Powell spoke on Sunday. “We reach out,” the former secretary of state said."
    assert row_of(office, "said")["source"] == "Colin Powell"
    mine = "Senator John McCain spoke. The governor of my state proposed three amendments."
    assert row_of(mine, "proposed")["source"] == "governor of my state"


def test_went_on_reports_only_around_a_quotation() -> None:
    body = "“We will win,” he went on. “They lost.”"
    assert row_of(body, "went on")["kind"] == "direct"
    colon = "He went on: “They lost.”"
    assert row_of(colon, "went on")["source"] == "He"
    # a war that goes on says nothing, and "went on to say" leaves the subject to "say"
    assert sources_of("The fighting went on, killing dozens.") == []
    assert sources_of("Talks went on, and a deal was reached.") == []
    assert sources_of("As the day went on, Trump offered stronger defenses of the aide.") == []
    assert sources_of("Teachers went on a strike that reverberated nationally.") == []
    opened = "“With rapid rise of other countries,” the report goes on, “the moment is over.”"
    assert row_of(opened, "goes on")["source"] == "report"
    assert sources_of("Pence goes on “Face the Nation” this week.") == []
    # (a short title-cased quote after other verbs is still what was shouted)
    assert row_of("A few people yelled “Run Joe!”", "yelled")["kind"] == "direct"
    recess = "Rubio said that once the Senate goes on recess, “I intend to campaign.”"
    assert [r["cue"] for r in sources_of(recess)] == ["said"]
    assert row_of("She went on to say that it failed.", "say")["source"] == "She"


def test_a_person_named_in_passing_is_remembered_for_later_mentions() -> None:
    # the agent of a passive, or an object: a bare surname and a lone pronoun take them up
    agent = (
        "The lawsuit was filed by Carolyn Bourdeaux. She has asked the court to stop the "
        "count. Bourdeaux says the ballots were rejected."
    )
    assert [r["source"] for r in sources_of(agent)] == ["Carolyn Bourdeaux"] * 2
    obj = "Mary Smith praised John Brown on Monday. He said the talks went well."
    assert row_of(obj, "said")["source"] == "John Brown"
    # a speaker or a subject of that gender still comes first
    subject = "Mary Smith met with John Brown on Monday. She said the talks went well."
    assert row_of(subject, "said")["source"] == "Mary Smith"
    # and a bare surname takes up one who spoke before one merely named
    brothers = (
        "The event was held for Jeb Bush. “He is ready,” George W. Bush said. Bush added "
        "that the race was open."
    )
    assert row_of(brothers, "added")["source"] == "George W. Bush"


def said_text(body: str, row: dict[str, object]) -> str:
    start, end = row["content_start"], row["content_end"]
    assert isinstance(start, int) and isinstance(end, int)
    return body[start:end]


def test_an_inverted_cue_inside_its_clause_takes_people_or_a_body_after_it() -> None:
    for body, cue, source in [
        ("The deal, said officials, was done.", "said", "officials"),
        ("A blast, said police, killed three people.", "said", "police"),
        ("Such crimes, says the press, disqualify Trump.", "says", "press"),
        ("The plan, said the report, was dead.", "said", "report"),
    ]:
        row = row_of(body, cue)
        assert row["source"] == source, body
        # the whole clause is what was said, its predicate after the source too
        assert said_text(body, row) == body.rstrip("."), body
    # a clause after the cue is no subject, nor a document after a plain form
    clause = "The agency hid facts, admitted it withheld emails, and delayed the inquiry."
    assert row_of(clause, "admitted")["source"] != "it withheld emails"
    listed = "The money will beef up food stamps, state Medicaid budgets, and paid leave."
    assert sources_of(listed) == []


def test_an_empty_it_before_a_passive_cue_reports_the_agents_clause() -> None:
    body = "It was reported by the Times that the deal was off."
    row = row_of(body, "reported")
    assert (row["source"], said_text(body, row)) == ("The New York Times", "that the deal was off")
    timed = "It was announced by the White House on Monday that talks would resume."
    row = row_of(timed, "announced")
    assert (row["source"], said_text(timed, row)) == ("White House", "that talks would resume")
    # an agent with a relative clause of its own is no such case
    relative = "The plan was announced by the leaders who said that it would work."
    assert [r["cue"] for r in sources_of(relative)] == ["said"]


def test_an_outlets_short_form_takes_up_a_full_name_with_a_place_after_it() -> None:
    body = "The Times of Israel reported that the talks failed. The Times said they would resume."
    assert [r["source"] for r in sources_of(body)] == ["The Times of Israel"] * 2
    # a date after the name is no part of it
    dated = "The Los Angeles Times of March 3 said it was off. The Times said so."
    assert row_of(dated, "said")["source"] != "The New York Times"
    assert sources_of(dated)[-1]["source"] == "Los Angeles Times"


def test_a_role_the_article_grants_anonymity_takes_up_no_one_named_before() -> None:
    body = (
        "Secretary of State Mike Pompeo met the king on Monday. The U.S. official, who spoke "
        "on condition of anonymity, said the talks failed. The secretary said they would resume."
    )
    rows = sources_of(body)
    assert [(r["source"], r["source_type"]) for r in rows] == [
        ("U.S. official", "anonymous"),
        ("Mike Pompeo", "person"),
    ]


def test_a_holder_named_after_the_body_a_role_is_of_is_the_speaker() -> None:
    body = "The former chairman of the Maryland GOP Alex Mooney said the race was close."
    row = row_of(body, "said")
    assert (row["source"], row["source_type"], row["role"]) == ("Alex Mooney", "person", "chairman")
    lower = "The former chairman of the state party Kim Weaver said it was over."
    assert row_of(lower, "said")["source"] == "Kim Weaver"
    # a place's name after the role is no holder
    place = "A spokesman for the Santa Clara Health System said it was over."
    assert row_of(place, "said")["source_type"] != "person"


def test_a_cue_after_an_article_and_a_modifier_is_a_noun() -> None:
    body = "Morgan opened the show with a live report on the hearing in Denver."
    assert sources_of(body) == []
    # a singular subject's verb takes -s, and a quantity takes a plural verb
    assert row_of("A local official reports that the road is shut.", "reports")["source"] == (
        "local official"
    )


def test_the_head_before_a_preposition_governing_two_names_speaks() -> None:
    body = "Separatists in the Donetsk and Luhansk regions declared their independence."
    assert row_of(body, "declared")["source"] == "Separatists"


def test_a_description_joined_to_the_role_after_a_quote_leaves_the_quote_its_speakers() -> None:
    body = "“It is wrong,” billionaire and presidential candidate Tom Steyer said in a statement."
    row = row_of(body, "said")
    assert (row["source"], row["kind"], said_text(body, row)) == (
        "Tom Steyer",
        "direct",
        "“It is wrong,”",
    )


def test_the_people_an_ing_participle_follows_speak() -> None:
    for body, cue, source in [
        ("Other people working on the project say challenges remain.", "say", "Other people"),
        ("Officials investigating the crash in Ohio said it was over.", "said", "Officials"),
        ("Lawyers representing the family argued that it was weak.", "argued", "Lawyers"),
        # a place after the participle's object ("family" is a noun in -ly, no adverb)
        ("Lawyers representing the family in court argued it was weak.", "argued", "Lawyers"),
    ]:
        row = row_of(body, cue)
        assert str(row["source"]).startswith(source), body
        assert row["source_type"] == "anonymous", body


def test_a_quote_after_a_later_cues_colon_is_that_cues() -> None:
    body = "The agent who posted the image commented: “That’s right.”"
    assert [(r["cue"], r["source"]) for r in sources_of(body)] == [("commented", "agent")]
    # a noun cue before the colon leaves the quote to the verb
    statement = "Verizon said in a statement: “We look forward to it.”"
    row = row_of(statement, "said")
    assert said_text(statement, row) == "“We look forward to it.”"


def test_the_object_of_a_cue_before_a_comma_and_a_second_cue_is_no_speaker() -> None:
    body = "The president calls for their murder, calls them “THUGS.”"
    assert [r["source"] for r in sources_of(body)] == ["president", "president"]
    listed = "Obama criticized the bill, called it a disaster."
    assert [r["source"] for r in sources_of(listed)] == ["Obama", "Obama"]
    # a subject set off inside what was said is its own clause's
    clause = (
        "Schiff accused Trump of abusing his power while the panel’s senior Republican, "
        "Devin Nunes, denied that Trump did it."
    )
    assert row_of(clause, "denied")["source"] == "Devin Nunes"


def test_a_participle_with_a_date_after_its_noun_names_no_speaker() -> None:
    body = "Mr. Trump’s declaration of a “national emergency,” announced March 13, frees up funds."
    assert sources_of(body) == []
    # a date alone after the cue is no subject, a name is
    assert row_of("The plan, announced Oct. 2, 2019, was dropped.", "announced")["source"] is None
    assert row_of("“It is over,” said March, a spokesman.", "said")["source"] == "March"


def test_a_time_of_day_before_a_weekday_ends_no_sentence() -> None:
    body = "The interstate reopened at 1:30 a.m. Sunday, according to Fox 9."
    row = row_of(body, "according to")
    assert said_text(body, row) == "The interstate reopened at 1:30 a.m. Sunday"
    # before a sentence starter or a name it does
    ended = "He left at 2 p.m. The next day, officials said he was gone."
    assert row_of(ended, "said")["source"] == "officials"
    named = "It stopped at 5:48 a.m. Police Chief Joel Rivera said it was over."
    assert row_of(named, "said")["source"] == "Joel Rivera"
    # and a time of day never speaks
    timed = "Gawker posted an item at 2:35 p.m. reporting the rumor that Snyder had quit."
    assert all(r["source"] != "35" for r in sources_of(timed))


def test_a_role_word_after_a_given_name_is_a_surname() -> None:
    for body, name in [
        ("Richard Nephew said the list could become a sanctions list.", "Richard Nephew"),
        ("“It is the biggest attack,” Matthew Prince told CNN.", "Matthew Prince"),
    ]:
        row = sources_of(body)[0]
        assert (row["source"], row["role"]) == (name, None), body
    # a title before the name is still its role, and neither it nor the place is the name
    row = row_of("Maine Sen. Angus King told reporters it was over.", "told")
    assert (row["source"], row["role"]) == ("Angus King", "senator")


def test_relatives_by_marriage_and_descent_are_roles() -> None:
    body = "She called her stepfather, who told her not to worry. Her grandson said it was over."
    rows = [r for r in sources_of(body) if r["cue"] != "called"]
    assert [(r["role"], r["source_type"]) for r in rows] == [
        ("stepfather", "anonymous"),
        ("grandson", "anonymous"),
    ]


def test_a_graphic_from_a_body_whose_name_holds_and_speaks_as_a_document() -> None:
    body = "This chart from the Center on Budget and Policy Priorities shows that taxes rose."
    row = row_of(body, "shows")
    assert (row["source"], row["source_type"]) == (
        "This chart from the Center on Budget and Policy Priorities",
        "document",
    )
    data = "Data from Gallup and Pew show steadily rising polarization."
    assert row_of(data, "show")["source"] == "Data from Gallup and Pew"
    # a person joined to another keeps the title that opens the phrase
    people = "A study by Ann Gale of Yale and Professor Knittel concluded that it works."
    assert row_of(people, "concluded")["source"] == "Knittel"


def test_a_group_of_two_kinds_of_people_is_one_source() -> None:
    body = "A vocal group of faith leaders and congregants argue that religion is essential."
    assert [r["source"] for r in sources_of(body)] == [
        "vocal group of faith leaders and congregants"
    ]
    # two subjects joined by "and" stay two
    both = "Pelosi and other Democrats said no."
    assert [r["source"] for r in sources_of(both)] == ["Pelosi", "other Democrats"]


def test_a_few_and_a_handful_are_unnamed_people() -> None:
    assert [(r["source"], r["source_type"]) for r in sources_of("A few say it will fail.")] == [
        ("few", "anonymous")
    ]
    for body in [
        "A handful said they would vote no.",
        "A few of them say it will fail.",
        "The couple say they were aware of the rules.",
    ]:
        assert sources_of(body)[0]["source_type"] == "anonymous", body
    # a few of a noun is a measure, no one speaking
    timed = "A few minutes later they reversed themselves and said they would register voters."
    assert all(r["source"] != "few" for r in sources_of(timed))


def test_an_emphatic_pronoun_stresses_the_speaker_before_it() -> None:
    for body, name, kind in [
        ("Trump himself said the plan would fail.", "Trump", "person"),
        ("Obama himself has said the plan would fail.", "Obama", "person"),
        ("The company itself said it would fail.", "company", "organization"),
    ]:
        row = sources_of(body)[0]
        assert (row["source"], row["source_type"]) == (name, kind), body


def test_the_subject_of_a_participle_after_an_object_or_a_stretch_of_time() -> None:
    # an object or reflexive pronoun before the participle is its subject
    row = row_of("We remember them saying the plan would fail.", "saying")
    assert row["source"] == "them"
    assert row_of("I find myself wondering: when will it end?", "wondering")["source"] == "I"
    # not a quantity of them, which speaks whole
    many = "At least 200 people rallied there, many of them chanting “No hate!” loudly."
    assert row_of(many, "chanting")["source"] == "many of them"
    # a stretch of time speaks not: the subject of the verb it follows does
    for body, name in [
        ("Voters said the GOP spent too much time criticizing the Democrats.", "GOP"),
        ("But while Trump has spent weeks promising a red wave, it may not come.", "Trump"),
        ("That came after Boehner spent the past several months promising a fight.", "Boehner"),
    ]:
        assert [r["source"] for r in sources_of(body) if r["cue"].endswith("ing")] == [name]
    # after a preposition no one in the clause is named
    timed = "The union reported no spending with the IRS while at the same time reporting $7m."
    assert [r["source"] for r in sources_of(timed) if r["cue"] == "reporting"] == []


def test_a_gerund_after_an_adjunct_preposition_takes_an_object_not_a_cue() -> None:
    body = "Far from preaching caution, many donors openly mused about a Republican Senate."
    assert all(r["cue"] != "caution" for r in sources_of(body))
    # an -ing noun before a past tense is the subject's head, no cue
    stall = "A stall warning sounded three seconds later, telling the pilots to climb."
    assert sources_of(stall) == []
    # but a plural noun after the participle is its object
    calls = "Romney walked out, demanding an apology and rejecting calls to release returns."
    assert row_of(calls, "rejecting")["source"] == "Romney"
    contracted = "There was no word from the Justice Department confirming that's so."
    assert row_of(contracted, "confirming")["source"] == "Justice Department"


def test_a_title_takes_up_no_one_who_spoke_earlier_in_its_sentence() -> None:
    body = (
        "Trump has openly boasted that the lines would be useful, even as the"
        " Vermont senator has vowed to do everything to stop him."
    )
    row = row_of(body, "vowed")
    assert (row["source"], row["source_type"]) == ("Vermont senator", "anonymous")
    # one asked a question in the sentence may be its titled subject
    asked = (
        "Richard Burr said little. When Burr was asked about his support, the North Carolina"
        " senator joked that he would do something new."
    )
    assert row_of(asked, "joked")["source"] == "Richard Burr"


def test_a_pronoun_takes_up_the_person_the_sentence_before_introduced() -> None:
    body = (
        "Bernie Sanders said he would win. A group watching the results was split between"
        " Sanders and Clinton supporters. Only one student raised no hand — Michael Cauthen,"
        " a junior studying political science. He told NPR he was undecided."
    )
    assert row_of(body, "told")["source"] == "Michael Cauthen"
    # not one named as a preposition's object or a possessive
    objects = (
        "Bernie Sanders said he would win. Voters in 1960 chose John F. Kennedy and Bush's"
        " father. He said the race was close."
    )
    assert [r["source"] for r in sources_of(objects)] == ["Bernie Sanders"] * 2


def test_a_role_that_opens_a_sentence_capitalised_is_no_part_of_the_name() -> None:
    body = "In June, Businessman Donald Trump said he would run. He added that it was over."
    assert [r["source"] for r in sources_of(body)] == ["Donald Trump", "Donald Trump"]


def test_a_relative_after_a_bare_role_apposition_takes_up_the_person() -> None:
    body = (
        "That was echoed by James R. Clapper, director of U.S. national intelligence, who said"
        " the statement was wrong."
    )
    row = row_of(body, "said")
    assert (row["source"], row["role"]) == ("James R. Clapper", "director")


def test_a_document_after_an_opening_determiner_heads_the_subject() -> None:
    body = 'Another email sought to link the news to the deal, stating, "Iran would not deal."'
    row = row_of(body, "stating")
    assert (row["source"], row["source_type"]) == ("Another email", "document")
    # not a word's first part
    hyphen = 'Its post-primary salvo began with an ad in which children play, yelling "war!"'
    assert all(r["source"] != "Its post" for r in sources_of(hyphen))


def test_a_crowd_at_a_place_is_unnamed_people() -> None:
    body = "The crowd at Mohegan Sun Arena shouted that she should be jailed."
    row = row_of(body, "shouted")
    assert (row["source"], row["source_type"]) == ("crowd at Mohegan Sun Arena", "anonymous")


def test_a_title_of_a_field_is_no_part_of_the_name_after_it() -> None:
    for body, name, role in [
        (
            "White House Chief of Staff Denis McDonough said it was over.",
            "Denis McDonough",
            "chief",
        ),
        (
            "Secretary of Homeland Security Kirstjen Nielsen said it.",
            "Kirstjen Nielsen",
            "secretary",
        ),
        ("Secretary of State John F. Kerry said it.", "John F. Kerry", "secretary"),
    ]:
        row = sources_of(body)[0]
        assert (row["source"], row["role"]) == (name, role), body


def test_a_programme_after_a_possessive_and_a_name_is_a_noun() -> None:
    body = "Warren went on Rachel Maddow's MSNBC show, a favorite of progressives."
    assert sources_of(body) == []


def test_a_participle_set_off_before_by_is_a_passive() -> None:
    body = "Ross Perot, blamed by Democrats for siphoning off votes, declined to comment."
    assert all(r["source"] != "Ross Perot" for r in sources_of(body))
    # "by" and a gerund is the means of an active verb
    tweeted = (
        "Senator Elizabeth Warren, a senior member of the Democratic Party, responded by"
        ' tweeting: "You are threatening to commit war crimes."'
    )
    assert row_of(tweeted, "responded")["source"] == "Elizabeth Warren"


def test_a_quote_right_after_the_cue_is_its_own_and_a_retort_speaks() -> None:
    body = "When the crowd shouted “Lock her up!”, Trump shot back at them: “Lock her up is right!”"
    rows = sources_of(body)
    assert [(r["source"], r["cue"], _content(body, r)) for r in rows] == [
        ("crowd", "shouted", "“Lock her up!”"),
        ("Trump", "shot back", "“Lock her up is right!”"),
    ]
    # firing back without a quote is no speech, nor gunfire
    assert all(r["cue"] != "fired back" for r in sources_of("Police fired back, killing him."))
    part = "For her part, Gillibrand fired back at Soros, saying that it was on him."
    assert all(r["cue"] != "fired back" for r in sources_of(part))


def test_a_passive_set_off_after_a_name_leaves_it_the_subject_of_the_main_verb() -> None:
    body = "Obama, criticized by Republicans for the deal, said no."
    assert [(r["source"], r["cue"]) for r in sources_of(body)] == [
        ("Republicans", "criticized"),
        ("Obama", "said"),
    ]


def test_an_abstract_noun_closes_a_body_name_not_a_person() -> None:
    for body, source in [
        ("U.S. Customs and Border Protection said the fence would stand.", None),
        ("U.S. Citizenship and Immigration Services said the fee would rise.", None),
        ("United States Citizenship and Immigration Services said the fee would rise.", None),
        ("Customs and Immigration told him the fee would rise.", None),
        ("The Pacific Trade Partnership said the fee would rise.", "Pacific Trade Partnership"),
        ("Education said the fee would rise.", None),
    ]:
        row = sources_of(body)[0]
        expected = source or body.split(" said")[0].split(" told")[0]
        assert (row["source"], row["source_type"]) == (expected, "organization"), body
    # surnames that are abstract nouns stay people when the person was named
    payment = 'Aaron Payment leads the tribe. "We can win," Payment said. Mr. Payment said it.'
    assert [(r["source"], r["source_type"]) for r in sources_of(payment)] == [
        ("Aaron Payment", "person"),
        ("Aaron Payment", "person"),
    ]
    for body, name in [
        ("Jeff Sessions spoke first. Sessions said no.", "Jeff Sessions"),
        ("Paul Clement said the fee would rise.", "Paul Clement"),
        ("Mr. Payment said the fee would rise.", "Payment"),
    ]:
        row = sources_of(body)[-1]
        assert (row["source"], row["source_type"]) == (name, "person"), body


def test_a_capitalised_name_after_a_lower_case_the_is_a_body() -> None:
    row = sources_of("As the Two-Way has reported, the rule was struck down.")[0]
    assert (row["source"], row["source_type"]) == ("Two-Way", "organization")
    row = sources_of("As the Kentucky Republican said, the rule was struck down.")[0]
    assert row["source_type"] == "person"


def test_a_two_word_role_is_read_whole_though_its_last_word_is_a_role() -> None:
    for body, name, role in [
        ("Attorney General Jeff Sessions said it was over.", "Jeff Sessions", "attorney general"),
        ("Senate President Pro Tem Kevin de Leon said it.", "Kevin de Leon", "president"),
        ("President pro tempore Orrin Hatch said it.", "Orrin Hatch", "president"),
        ("The Queen Mother said she was pleased.", "Queen Mother", "queen mother"),
    ]:
        row = sources_of(body)[0]
        assert (row["source"], row["role"]) == (name, role), body
    # a person named with the role, then taken up by it
    body = "Prime Minister Theresa May spoke on Monday. The prime minister said it was over."
    row = sources_of(body)[0]
    assert (row["source"], row["role"]) == ("Theresa May", "prime minister")


def test_the_before_a_capitalised_name_leaves_people_and_titles_people() -> None:
    row = sources_of("That gets tiring, the Texan admits.")[0]
    assert (row["source"], row["source_type"]) == ("Texan", "person")
    body = "Donald Trump won. In a statement, the President-elect said he would meet them."
    row = sources_of(body)[0]
    assert (row["source"], row["source_type"], row["role"]) == (
        "Donald Trump",
        "person",
        "president",
    )


def test_a_day_is_no_name_of_a_source_after_the_cue() -> None:
    body = (
        "According to an email obtained Tuesday by Fox News, the official told an"
        " investigator that he had argued for more security."
    )
    row = sources_of(body)[0]
    assert (row["source"], row["source_type"]) == ("email obtained Tuesday", "document")
    assert all(r["source"] != "Tuesday" for r in sources_of(body))


def test_a_relative_after_people_from_a_place_takes_up_the_people() -> None:
    body = "The summit drew delegates from the Pacific Rim, who denounced the plan as unfair."
    row = sources_of(body)[0]
    assert (row["source"], row["source_type"]) == ("delegates from the Pacific Rim", "anonymous")


def test_officers_of_a_city_and_of_the_armed_forces_and_hyphened_titles_are_roles() -> None:
    for body, name, role in [
        ("Springfield City Controller Ann Lee said the fund lost money.", "Ann Lee", "controller"),
        ("Marion County Coroner Ann Lee said he died at once.", "Ann Lee", "coroner"),
        ("Rear Admiral Ann Lee said the ship was safe.", "Ann Lee", "admiral"),
        ("President-elect Ann Lee said she would meet them.", "Ann Lee", "president"),
        ("Vice-President Ann Lee said she would meet them.", "Ann Lee", "president"),
        ("Attorney-General Ann Lee said she would appeal.", "Ann Lee", "attorney general"),
        ("Then-spokeswoman Ann Lee said she would appeal.", "Ann Lee", "spokeswoman"),
        ("Senator-turned-lobbyist Ann Lee said she would appeal.", "Ann Lee", "lobbyist"),
        ("Senator-turned-beekeeper Ann Lee said she would appeal.", "Ann Lee", "senator"),
    ]:
        row = sources_of(body)[0]
        assert (row["source"], row["role"]) == (name, role), body
    # a hyphened name is no title
    assert sources_of("Moon Jae-in said he would go.")[0]["source"] == "Moon Jae-in"


def test_an_office_with_a_two_word_role_takes_up_its_holder_by_that_role() -> None:
    body = (
        "Former President George Bush died on Friday. Prime Minister of Great Britain Ann"
        ' Lee: "We remember a statesman," the Prime Minister said.'
    )
    row = sources_of(body)[0]
    assert (row["source"], row["role"]) == ("Ann Lee", "prime minister")


def test_a_title_word_inside_a_role_leaves_an_acronym_a_body() -> None:
    row = sources_of("Russian state broadcaster RT reports that the vote passed.")[0]
    assert row["source_type"] == "organization"
    row = sources_of("California lost jobs in March, state officials announced Friday.")[0]
    assert (row["source"], row["cue"]) == ("state officials", "announced")


def test_acting_pm_and_a_day_after_a_name_are_no_part_of_it() -> None:
    row = sources_of("In May, the Acting Attorney General asked me to serve as counsel.")[0]
    assert (row["source_type"], row["role"]) == ("anonymous", "attorney general")
    row = sources_of("PM Ann Lee said the vote would stand.")[0]
    assert (row["source"], row["role"]) == ("Ann Lee", "prime minister")
    body = "Crowds jeered President Ann Lee Sunday afternoon after she suggested they go home."
    assert sources_of(body)[0]["source"] == "Ann Lee"


def test_a_hyphened_word_is_a_title_only_with_a_title_affix() -> None:
    for body, role in [
        ("Network co-founder Ann Lee said it was striking.", "founder"),
    ]:
        assert sources_of(body)[0]["role"] == role, body
    # kin by marriage and a compound noun name no title a person is taken up by
    body = "The governor's son-in-law said he had advised her."
    row = sources_of(body)[0]
    assert (row["source_type"], row["role"]) == ("anonymous", "son-in-law")
    body = "Ann Lee spoke. Its social-justice message said that the rule was unfair."
    assert all(r["source"] != "Ann Lee" for r in sources_of(body))


def test_a_finance_officer_takes_up_no_other_official() -> None:
    body = (
        "First Officer Darren Ellis flew the plane. The controller said other planes should"
        " prepare for the airport to be shut down."
    )
    assert sources_of(body)[0]["source"] != "Darren Ellis"


def test_a_person_the_article_named_after_the_stays_a_person() -> None:
    body = (
        "Donald Trump spoke on Monday. In fact, the Trump reelection campaign is using his"
        " conduct as a selling point -- arguing in an ad that he is tough."
    )
    row = row_of(body, "arguing")
    assert (row["source"], row["source_type"]) == ("Donald Trump", "person")


def test_an_office_of_inspector_general_registers_no_one_called_general() -> None:
    body = (
        "The notice came from the Office of Inspector General for the Director of National"
        " Intelligence. The letter went to the committees, the official said."
    )
    row = sources_of(body)[0]
    assert (row["source"], row["source_type"]) == ("official", "anonymous")
    row = sources_of("Inspector General Ann Lee said the report was done.")[0]
    assert (row["source"], row["role"]) == ("Ann Lee", "inspector general")
    row = sources_of("Everything is brought to light, as your granny would say.")[0]
    assert row["source_type"] == "anonymous"


def test_a_title_set_beside_a_noun_in_reported_speech_is_no_direct_quote() -> None:
    body = 'Ann Lee said the shift reflected the plan in his book, "The Art of the Deal."'
    row = sources_of(body)[0]
    assert row["kind"] == "indirect"
    assert _content(body, row).startswith("the shift reflected")
    # a quote after the cue and its adjuncts stays the speaker's
    row = sources_of('Ann Lee said in an interview, "We Will Win."')[0]
    assert (row["kind"], _content('Ann Lee said in an interview, "We Will Win."', row)) == (
        "direct",
        '"We Will Win."',
    )


def test_share_buttons_a_day_after_a_name_and_that_before_a_time() -> None:
    body = "Facebook Twitter Pinterest Ann Lee asks whether the plan works."
    assert sources_of(body)[0]["source"] == "Ann Lee"
    body = '"It is time," said House Speaker Ann Lee Monday morning.'
    row = sources_of(body)[0]
    assert (row["source"], row["source_type"]) == ("Ann Lee", "person")
    body = "A reporter asked about the denial earlier that year of secret talks."
    assert (
        _content(body, sources_of(body)[0]) == "about the denial earlier that year of secret talks"
    )
    body = "Ann Lee said that day that she would run."
    assert _content(body, sources_of(body)[0]) == "that she would run"


def test_state_before_a_noun_is_no_cue_and_one_quoted_as_saying_speaks() -> None:
    body = '"We will go on," state radio quoted Ali Rezaei as saying.'
    rows = sources_of(body)
    assert [(r["source"], r["cue"], _content(body, r)) for r in rows] == [
        ("Ali Rezaei", "saying", '"We will go on,"')
    ]
    body = '"It is over," the spokesperson stated.'
    assert sources_of(body)[0]["cue"] == "stated"


def test_a_crowd_is_people_and_statistics_a_document() -> None:
    row = sources_of('She spoke to a crowd chanting "Karen, Karen" as she left.')[0]
    assert (row["source"], row["source_type"]) == ("crowd", "anonymous")
    row = sources_of("The statistics suggest a no-fly zone would not do much.")[0]
    assert row["source_type"] == "document"


def test_a_role_word_before_a_body_head_is_no_role() -> None:
    body = "NPR member station WXYZ reports that the police confirmed a death."
    row = sources_of(body)[0]
    assert (row["source_type"], row["role"]) == ("organization", None)
    row = sources_of("Committee member Ann Lee said it was over.")[0]
    assert (row["source"], row["role"]) == ("Ann Lee", "member")


def test_a_former_holder_of_a_title_is_taken_up_by_no_present_title_of_its_family() -> None:
    body = (
        "Spy agencies fear that former Secretary of State Ann Lee's private email held"
        " secrets. A U.S. official familiar with the notice, who spoke on condition of"
        " anonymity, said it came from the department. The inspector general wrote to the"
        " committees, the official said."
    )
    assert all(r["source"] != "Ann Lee" for r in sources_of(body))


def test_a_short_exclamation_after_a_comma_stays_a_quote() -> None:
    for body in ['They shouted to one another, "Run! RUN!"', 'A man yelled out, "Ann Lee."']:
        assert sources_of(body)[0]["kind"] == "direct", body


def test_an_opening_adverb_in_ly_names_no_subject() -> None:
    body = (
        "Famously disciplined about not discussing strategy, they let loose after her"
        " withdrawal and described a series of botched decisions."
    )
    assert sources_of(body)[0]["source"] == "they"
    body = "Kelly let loose and described a series of botched decisions."
    assert sources_of(body)[0]["source"] == "Kelly"


def test_a_lower_case_quote_after_a_comma_goes_on_with_the_reported_clause() -> None:
    body = (
        'Ann Lee said she expected "tough questions" about the post, "but I did not expect'
        ' attacks."'
    )
    row = sources_of(body)[0]
    assert row["kind"] == "indirect"
    assert _content(body, row).startswith("she expected")
    body = 'Ann Lee said, "we will win."'
    assert sources_of(body)[0]["kind"] == "direct"


def test_a_party_word_after_a_chamber_or_place_is_an_affiliation_before_the_name() -> None:
    for body, source in [
        ("Top Senate Democrat Ann Lee of Ohio said the plan was weak.", "Ann Lee"),
        ("Second-ranking House Republican Tom Ward said the plan was weak.", "Tom Ward"),
        ("Senate Democrat Brandtmeyer said the plan was weak.", "Brandtmeyer"),
    ]:
        row = sources_of(body)[0]
        assert (row["source"], row["source_type"]) == (source, "person"), body
    # a body named with a party word keeps its name
    for body in [
        "The House Republican Conference said the plan was weak.",
        "The Democratic National Convention said the plan was weak.",
    ]:
        assert sources_of(body)[0]["source_type"] == "organization", body


def test_the_chamber_and_party_noun_after_the_is_one_member() -> None:
    row = sources_of("The Senate Democrat said the plan was weak.")[0]
    assert row["source_type"] == "person"
    assert sources_of("The Senate Democrats said the plan was weak.")[0]["source_type"] == (
        "organization"
    )


def test_a_participle_before_a_time_adjunct_describes_the_subject() -> None:
    for body in [
        "The Utopia poll released that morning found Lee ahead.",
        "The Utopia poll released on Tuesday found Lee ahead.",
    ]:
        row = sources_of(body)[0]
        assert (row["source"], row["source_type"]) == ("Utopia poll", "document"), body


def test_a_capitalised_title_set_off_before_a_name_gives_the_name() -> None:
    body = "House Majority Leader, Tom Ward, said the vote was premature."
    row = sources_of(body)[0]
    assert (row["source"], row["role"]) == ("Tom Ward", "leader")
    # a named subject before an aside still speaks
    body = "Sen. Ann Lee, facing a challenge, said the vote was premature."
    assert sources_of(body)[0]["source"] == "Ann Lee"


def test_a_party_tag_in_brackets_before_a_comma_is_no_part_of_the_phrase() -> None:
    for body in [
        "Rep. Tom Ward (D-NY), called the announcement premature.",
        "The caucus chair, Rep. Tom Ward (D-N.Y.), said the announcement was premature.",
    ]:
        row = sources_of(body)[0]
        assert (row["source"], row["source_type"]) == ("Tom Ward", "person"), body


def test_people_from_around_a_place_are_the_speakers_not_the_place() -> None:
    for body, source in [
        ("Leaders from around the world condemned the test.", "Leaders from around the world"),
        (
            "Officials from across the country said the test failed.",
            "Officials from across the country",
        ),
    ]:
        row = sources_of(body)[0]
        assert (row["source"], row["source_type"]) == (source, "anonymous"), body


def test_a_quoted_title_before_a_noun_is_no_quote_of_the_speaker() -> None:
    body = "“The Long Road” screenwriter Tom Ward called for the removal of the statue."
    row = sources_of(body)[0]
    assert (row["source"], row["kind"]) == ("Tom Ward", "indirect")
    assert _content(body, row) == "the removal of the statue"
    # a quoted clause before a role and a name is still what the name said
    body = "“It is over” campaign manager Ann Lee said on Monday."
    row = sources_of(body)[0]
    assert (row["source"], row["kind"]) == ("Ann Lee", "direct")
    # nor is a quoted phrase before an article or "as"
    for body in [
        "“Senator, stay here” the officer yelled.",
        "Ann Lee, “the saint” as he called her, left.",
    ]:
        assert sources_of(body)[0]["kind"] == "direct", body


def test_that_before_a_time_word_is_a_time_adjunct_and_before_others_a_relative() -> None:
    assert sources_of("Officials that morning said the vote was close.")[0]["source"] == (
        "Officials"
    )
    body = "She doubted the theories that for decades explained that profit came first."
    assert sources_of(body) == []


def test_a_saying_noun_before_a_past_tense_verb_is_the_subjects_noun() -> None:
    assert sources_of("Friday’s jobs report pulled the rug out from under the market.") == []
    assert sources_of("The new report rattled investors on Monday.") == []
    # in a relative clause a verb of saying may take a clause with no "that"
    body = "The man who police claim fired the shots was arrested."
    assert [r["cue"] for r in sources_of(body)] == ["claim"]


def test_a_cue_that_opens_a_that_clause_has_its_subject_before_a_quoted_nickname() -> None:
    body = "The investor, dubbed “the man who broke the bank”, claimed that the plan would fail."
    row = sources_of(body)[0]
    assert (row["source"], row["kind"]) == ("investor", "indirect")
    # an inverted cue after a quote still takes the name after it
    row = sources_of("“We will win,” said Ann Lee.")[0]
    assert (row["source"], row["kind"]) == ("Ann Lee", "direct")


def test_pollsters_named_like_people_are_organizations() -> None:
    body = "A poll by Rasmussen Reports found that 37 percent of voters back the idea."
    assert sources_of(body)[0]["source_type"] == "organization"


def test_a_title_takes_up_no_one_whose_role_another_mention_told() -> None:
    body = (
        "Tom Ward, the deputy attorney general, is set for talks with Ann Lee on Thursday."
        " Mr Ward oversees the inquiry. The president said the meeting would be useful."
    )
    assert row_of(body, "said")["source"] != "Tom Ward"
    # one whose role no mention told is still taken up
    body = "Tom Ward oversees the inquiry. The president said the meeting would be useful."
    assert row_of(body, "said")["source"] == "Tom Ward"
    # and so is one whom another mention gives this very title
    body = (
        "Tom Ward cancelled a visit. The president claimed that the reason was the weather."
        " President Ward left."
    )
    assert row_of(body, "claimed")["source"] == "Tom Ward"


def test_a_party_tag_before_who_is_no_antecedent() -> None:
    for body in [
        "Lee has the backing of Rep. Tom Ward, R-S.C., who said that he saw a job.",
        "Lee has the backing of Rep. Tom Ward (R-S.C.), who said that he saw a job.",
        "Lee met Tom Ward, 45, who said that he saw a job.",
    ]:
        assert row_of(body, "said")["source"] == "Tom Ward", body


def test_a_role_after_an_owners_name_heads_the_sentence_subject() -> None:
    body = "Lee's top strategist, Tom Ward, hit back, saying that the ad lied."
    row = row_of(body, "saying")
    assert (row["source"], row["role"]) == ("Tom Ward", "strategist")
    # an owner's body stays the body
    body = "Lee's campaign hit back, saying that the ad lied."
    assert row_of(body, "saying")["source"] == "Lee's campaign"


def test_an_earnings_call_is_no_cue() -> None:
    body = "Earlier this week, Tom Ward said on the firm's earnings call that sales rose."
    assert [r["cue"] for r in sources_of(body)] == ["said"]


def test_scholars_by_their_field_are_people_and_two_word_general_titles_are_read_whole() -> None:
    row = sources_of("Psychologists say viewers can be traumatized by the videos.")[0]
    assert row["source_type"] == "anonymous"
    row = sources_of("Under Secretary General Tom Ward said the talks failed.")[0]
    assert (row["source"], row["role"]) == ("Tom Ward", "secretary general")
    row = sources_of("Surgeon General Ann Lee said masks work.")[0]
    assert (row["source"], row["role"]) == ("Ann Lee", "surgeon general")


def test_a_name_set_beside_a_role_that_who_takes_up_speaks() -> None:
    body = "The next day, Lee, a vocal Ward supporter who says “I hate the bill,” spoke."
    row = row_of(body, "says")
    assert (row["source"], row["role"]) == ("Lee", "supporter")
    # with no name before it the role phrase speaks
    body = "A vocal Ward supporter who says “I hate the bill” spoke."
    assert row_of(body, "says")["source"] == "vocal Ward supporter"


def test_a_three_word_name_set_beside_its_role_is_registered_whole() -> None:
    body = (
        "Dr. Abrar Ahmad Chughtai, a doctor at the clinic, told us the risk is small. He"
        " also argued that dizziness was less likely."
    )
    assert row_of(body, "argued")["source"] == "Abrar Ahmad Chughtai"
    body = "Meanwhile Ann Lee, a doctor at the clinic, said the risk is small."
    assert row_of(body, "said")["source"] == "Ann Lee"


def test_the_commander_in_chief_is_a_title_of_the_head_of_state() -> None:
    body = "President Tom Ward mused about it, and the commander in chief said it would be cool."
    row = row_of(body, "said")
    assert (row["source"], row["role"]) == ("Tom Ward", "commander-in-chief")
    # a commander in a place stays a commander
    row = sources_of("The commander in Kabul said the base was safe.")[0]
    assert row["role"] == "commander"


def test_a_role_after_by_and_a_name_beside_it_still_speak() -> None:
    body = "Voters admire him more, a study by an influential economist, Tom Ward, concluded."
    row = row_of(body, "concluded")
    assert (row["source"], row["role"]) == ("Tom Ward", "economist")


def test_an_and_inside_a_bodys_name_before_its_of_joins_the_name() -> None:
    body = "A spokesman for the Oil and Gas Commission of Utopia said the well was safe."
    row = sources_of(body)[0]
    assert (row["source"], row["source_type"]) == (
        "spokesman for the Oil and Gas Commission of Utopia",
        "anonymous",
    )
    # two people joined by "and" stay apart
    body = "Tom Ward and House Speaker Ann Lee of Ohio said the well was safe."
    assert [r["source"] for r in sources_of(body)] == ["Tom Ward", "Ann Lee"]


def test_a_spokesman_for_a_department_of_a_field_is_a_person_unnamed() -> None:
    row = sources_of("A spokesman for the Department of Justice said it was safe.")[0]
    assert (row["source_type"], row["role"]) == ("anonymous", "spokesman")
    row = sources_of("The Department of Justice said it was safe.")[0]
    assert row["source_type"] == "organization"


def test_prepared_remarks_and_a_speech_are_documents() -> None:
    row = sources_of("The virus spread quickly, according to prepared remarks.")[0]
    assert row["source_type"] == "document"
    # a body named for a document stays a body, and a body's study a document
    for body, kind in [
        ("As the Institute for Free Speech notes, the rules limit spending.", "organization"),
        ("The rate was 11 percent, the Bureau of Labor Statistics said.", "organization"),
        ("A study from the Government Accountability Office found that few had one.", "document"),
        ("The latest University of Utopia Poll found that few had one.", "document"),
        ("Jobs rose, according to a report from the Bureau of Labor Statistics.", "document"),
    ]:
        assert sources_of(body)[0]["source_type"] == kind, body


def test_a_name_with_a_hyphened_particle_is_a_persons_name() -> None:
    for body, source in [
        ("Utopian President Tarik al-Hamdi said the war was over.", "Tarik al-Hamdi"),
        ("Tarik al-Hamdi said the war was over.", "Tarik al-Hamdi"),
        ("Mr. al-Hamdi said the war was over.", "al-Hamdi"),
    ]:
        row = sources_of(body)[0]
        assert (row["source"], row["source_type"]) == (source, "person"), body
    assert sources_of("The al-Nusra Front said the war was over.")[0]["source_type"] == (
        "organization"
    )


def test_an_adjective_and_its_complement_after_a_people_noun_stay_in_the_phrase() -> None:
    row = sources_of("One GOP lawmaker sympathetic to the plan said it would pass.")[0]
    assert (row["source"], row["source_type"], row["role"]) == (
        "One GOP lawmaker sympathetic to the plan",
        "anonymous",
        "lawmaker",
    )


def test_a_two_word_role_that_holds_a_bodys_word_is_a_person_unnamed() -> None:
    for body, role in [
        ("Her deputy campaign manager said it would pass.", "campaign manager"),
        ("A veteran political consultant said it would pass.", "consultant"),
    ]:
        row = sources_of(body)[0]
        assert (row["source_type"], row["role"]) == ("anonymous", role), body
    assert sources_of("The Ward campaign said it would pass.")[0]["source_type"] == ("organization")


def test_an_ing_form_after_an_owner_and_an_adjective_is_a_noun() -> None:
    body = "Combine the Daily Show's erroneous reporting on shootings and the rest."
    assert sources_of(body) == []
    # an adverb before the participle leaves it a verb, and so does a group's noun
    row = sources_of("She is constantly complaining that it is cold.")[0]
    assert row["cue"] == "complaining"
    body = "Polls differ, with 11% of the public saying they oppose the bill."
    assert [r["cue"] for r in sources_of(body)] == ["saying"]


def test_a_headline_is_a_document() -> None:
    body = "“Facebook Use Polarizing? Site Begs to Differ,” the Utopia Times headline read."
    assert sources_of(body)[0]["source_type"] == "document"


def test_a_floated_quantifier_and_a_joined_particle_belong_to_no_body() -> None:
    body = "Tom Ward and Ann Lee each said the plan was weak."
    assert [(r["source"], r["source_type"]) for r in sources_of(body)] == [
        ("Tom Ward", "person"),
        ("Ann Lee", "person"),
    ]
    for body, source in [
        ("Lawyer Joseph diGenova said the plan was weak.", "Joseph diGenova"),
        ("Ann Lee’s girlfriend said the plan was weak.", "Ann Lee’s girlfriend"),
    ]:
        row = sources_of(body)[0]
        assert row["source"] == source and row["source_type"] != "organization", body


def test_more_kinds_of_people_and_of_documents() -> None:
    for body, kind in [
        ("Skeptics say the plan is weak.", "anonymous"),
        ("Children said the plan is weak.", "anonymous"),
        ("A real estate mogul said the plan is weak.", "anonymous"),
        ("The ad says the plan is weak.", "document"),
        ("The autopsy found that he drowned.", "document"),
        ("The petition says the plan is weak.", "document"),
        ("Carter Page said the plan is weak.", "person"),
        ("Mr Letter told the court the plan is weak.", "person"),
        ("The letter told the court the plan is weak.", "document"),
        ("Lawmakers have written a letter to Mr. Ward saying it is weak.", "document"),
    ]:
        assert sources_of(body)[0]["source_type"] == kind, body


def test_the_agent_of_a_participle_set_beside_is_no_speaker() -> None:
    body = "A memo obtained by Utopia Post, an online paper, suggests most staff were idle."
    row = sources_of(body)[0]
    assert (row["source"], row["source_type"]) == ("memo", "document")


def test_a_weekday_after_on_opens_no_content() -> None:
    body = "Ann Lee said on Wednesday the decision to close the site was wrong."
    assert _content(body, sources_of(body)[0]) == "the decision to close the site was wrong"
    body = "Ann Lee said on Wednesday that the decision was wrong."
    assert _content(body, sources_of(body)[0]) == "that the decision was wrong"


def test_adjectives_before_a_role_open_the_name_a_participle_takes_up() -> None:
    body = "Utopian presidential front-runner Tom Ward attacked his rival, calling her weak."
    row = row_of(body, "calling")
    assert (row["source"], row["role"]) == ("Tom Ward", "front-runner")
    # an adjective before no role stays out of the subject
    body = "They mock critics who refuse to fight and decry the plan as “weak.”"
    assert row_of(body, "decry")["source"] == "They"
    body = "Earlier, the Utopian hopeful Tom Ward was booed for saying the plan is weak."
    assert row_of(body, "saying")["source"] == "Tom Ward"


def test_a_party_member_set_beside_a_name_is_that_person() -> None:
    body = "Tom Ward spoke. Ward, a Republican who has called the probe a “witch hunt,” left."
    row = row_of(body, "called")
    assert (row["source"], row["source_type"]) == ("Tom Ward", "person")
    # an opening phrase before the comma names no one
    body = "Later, a man who says the plan failed won."
    assert row_of(body, "says")["source"] == "man"


def test_a_sentence_adverb_before_a_body_is_no_part_of_it() -> None:
    for opener in ("Now", "Still", "Instead", "Indeed"):
        body = f"{opener} Utopia Senate Republicans argue they have done all they can."
        assert row_of(body, "argue")["source"] == "Utopia Senate Republicans", body


def test_say_set_off_by_commas_means_for_example() -> None:
    body = "For example, a provider could, say, strike a deal with a studio."
    assert sources_of(body) == []
    body = "“We won,” say officials, “and we will win again.”"
    assert row_of(body, "say")["source"] == "officials"


def test_a_cue_form_after_an_opening_preposition_or_a_verb_is_a_noun() -> None:
    for body in (
        "For indispensable reporting on the crisis, sign up here.",
        "For more reports from Utopia Monitoring, click here.",
        "This includes claims that the plan will work.",
    ):
        assert sources_of(body) == [], body
    body = "If many say it failed, we lose. Officials say it works."
    assert [r["source"] for r in sources_of(body)] == ["Officials"]


def test_a_share_of_those_polled_is_unnamed_people() -> None:
    for body in (
        "A quarter say he is too liberal.",
        "Half said they would vote.",
        "Nearly a third said they would vote.",
        "A majority said they would vote.",
    ):
        assert sources_of(body)[0]["source_type"] == "anonymous", body


def test_a_credit_reporting_agency_reports_nothing() -> None:
    body = "Hackers broke into the Utopia credit reporting agency, the bureau said."
    assert [r["cue"] for r in sources_of(body)] == ["said"]


def test_a_name_particle_inside_a_name() -> None:
    body = "Van den Heever tried to calm him and suggested that they could go."
    assert row_of(body, "suggested")["source"] == "Van den Heever"
    body = "Peter van der Merwe met him and said it was done."
    assert row_of(body, "said")["source"] == "Peter van der Merwe"


def test_joined_listeners_both_heard_it() -> None:
    body = "Ann Lee told Reuters and the AP that the bill was partisan."
    rows = all_rows_of(body)
    assert _content(body, rows.row(0, named=True)) == "that the bill was partisan"
    assert sorted(r["source"] for r in rows.iter_rows(named=True) if r["role"] == "venue") == [
        "Associated Press",
        "Reuters",
    ]
    body = "Tom Ward told his father and mother he is leaving."
    assert _content(body, sources_of(body)[0]) == "he is leaving"
    # a clause of its own after "and" is no second listener
    body = "Ann Lee told reporters and officials confirmed that it failed."
    assert _content(body, row_of(body, "told")) != "that it failed"


def test_a_title_word_after_a_given_name_is_a_surname() -> None:
    body = "Utopian Rep. Peter King of New Utopia said they planned to act."
    row = sources_of(body)[0]
    assert (row["source"], row["role"]) == ("Peter King", "representative")
    # a title before the name is still the role
    row = sources_of("King Tom Ward of Utopia said they planned to act.")[0]
    assert row["role"] == "king"


def test_an_age_and_those_asked_are_unnamed_people() -> None:
    for body in (
        "In a 2014 interview, the 36-year-old said he worked as a clown.",
        "Those polled said the debate mattered.",
        "He noted that 24% of those questioned said the debate mattered.",
    ):
        assert sources_of(body)[-1]["source_type"] == "anonymous", body


def test_an_owners_role_runs_on_to_its_title() -> None:
    body = "Still, Utopia Aid’s executive vice president, Ann Lee, hit back by declaring “it is wrong.”"
    assert row_of(body, "declaring")["source"] == "Ann Lee"


def test_once_more_kinds_of_phrases_beside_the_speaker() -> None:
    # a frequency adverb after the subject
    body = "Before that, the president twice told crowds that the plan was weak."
    assert row_of(body, "told")["source"] == "president"
    # one of a party, then the name in apposition
    body = "Still, one Democrat, Sen. Tom Ward of Utopia, said it failed."
    assert row_of(body, "said")["source"] == "Tom Ward"
    body = "One Democrat, who asked not to be named, said it failed."
    assert row_of(body, "said")["source_type"] == "anonymous"
    # the name and its verb of saying before a participle
    body = "“The answer is yes,” Mr. Tom Ward quickly responded, adding that “it is real.”"
    row = row_of(body, "adding")
    assert (row["source"], _content(body, row)) == ("Tom Ward", "that “it is real.”")


def test_joined_listeners_then_a_quote() -> None:
    body = "Ann Lee told Reuters and the AP “I think the bill is partisan.”"
    assert _content(body, row_of(body, "told")) == "“I think the bill is partisan.”"
    body = "He told reporters and “friends” that it failed."
    assert _content(body, row_of(body, "told")) != "“friends”"


def test_military_titles_abbreviated() -> None:
    for body, source, role in [
        ("Navy Rear Adm. Tom Ward said the testing has begun.", "Tom Ward", "admiral"),
        ("Col. Tom Ward said the testing has begun.", "Tom Ward", "colonel"),
        ("Former Navy SEAL Tom Ward says the check was poor.", "Tom Ward", "seal"),
    ]:
        row = sources_of(body)[0]
        assert (row["source"], row["source_type"], row["role"]) == (source, "person", role), body


def test_according_to_an_object_pronoun_is_the_person_it_stands_for() -> None:
    body = "Ann Lee spoke. The plan will fail, according to her."
    row = row_of(body, "according to")
    assert (row["source"], row["source_type"]) == ("Ann Lee", "person")
    body = "Tom Ward spoke. According to him, the plan will fail."
    assert row_of(body, "According to")["source"] == "Tom Ward"


def test_a_surname_that_is_a_title_takes_no_role_of_its_own() -> None:
    body = "Utopia Rep. Peter King spoke on Monday. “It depends,” King said of the deal."
    row = row_of(body, "said")
    assert row["source"] == "Peter King" and row["role"] != "king"


def test_an_early_warning_is_no_speech() -> None:
    body = "The tool may fail to serve as a much needed early warning signal."
    assert sources_of(body) == []


def test_the_comma_of_a_number_sets_nothing_beside() -> None:
    body = "Another 8,000 should be allocated by May, said the bloc’s commissioner for migration."
    row = sources_of(body)[0]
    assert row["role"] == "commissioner" and row["source"] != "Another 8"


def test_compound_nouns_a_cue_form_opens_and_a_phrasal_verbs_object() -> None:
    for body in (
        "On Wednesday, the victors will have bragging rights: they made it there.",
        "She had to tamp down reports about donations to the foundation.",
    ):
        assert sources_of(body) == [], body
    body = "Police say the shots were warning shots fired by protesters."
    assert [r["cue"] for r in sources_of(body)] == ["say"]


def test_a_place_and_a_title_before_the_name_a_pronoun_takes_up() -> None:
    body = "Utopia Gov. Tom Ward joined the race as he announced his bid."
    assert row_of(body, "announced")["source"] == "Tom Ward"


def test_more_kinds_of_companies_and_of_people() -> None:
    for body, kind in [
        ("Utopia-owned Ward Foods announced it will shut the plant.", "organization"),
        ("Feminists criticized the plan on Twitter.", "anonymous"),
    ]:
        assert sources_of(body)[0]["source_type"] == kind, body


def test_state_before_a_title_or_party_is_no_cue() -> None:
    for body in (
        "“It failed,” state Sen. Tom Ward said.",
        "“It failed,” state Republican Party Chairman Tom Ward told reporters.",
    ):
        assert [r["cue"] for r in sources_of(body)] != ["state"], body
        assert sources_of(body)[0]["source"] == "Tom Ward", body


def test_an_abbreviated_title_gives_the_role_a_later_mention_takes_up() -> None:
    body = "Sen. Tom Ward spoke. His father Ron Ward spoke too. Sen. Ward said it failed."
    row = row_of(body, "said")
    assert (row["source"], row["role"]) == ("Tom Ward", "senator")
    body = "Rep. Tom Judge spoke on Monday. “It depends,” Judge said of the deal."
    assert row_of(body, "said")["role"] == "representative"


def test_a_title_takes_up_no_one_named_in_a_role_of_another_family() -> None:
    body = (
        "Ward and first lady Ann Ward boarded the plane. “It was a tribute,” President Ward"
        " said. “I'm honored,” he added."
    )
    assert [(r["source"], r["role"]) for r in sources_of(body)] == [
        ("Ward", "president"),
        ("Ward", "president"),
    ]
    body = "First lady Ann Ward spoke. “It was a tribute,” the first lady said."
    assert row_of(body, "said")["source"] == "Ann Ward"


def test_a_document_before_place_phrases_speaks_with_a_participle() -> None:
    body = "Tom Ward read out a joint statement on the steps of the Capitol saying it failed."
    row = row_of(body, "saying")
    assert (row["source"], row["source_type"]) == ("joint statement", "document")


def test_a_dotted_initialism_keeps_its_last_dot() -> None:
    body = "But earlier this month, the U.S. pledged a total of $10.6 billion in aid."
    assert sources_of(body)[0]["source"] == "U.S."


def test_a_middle_initial_a_is_no_article() -> None:
    body = "“It should not,” said House Speaker Tom A. Ward, Utopia Republican."
    assert sources_of(body)[0]["source"] == "Tom A. Ward"


def test_a_day_opening_the_sentence_is_no_antecedent() -> None:
    body = "Ann Lee spoke. On Tuesday night she insisted that the plan had failed."
    assert row_of(body, "insisted")["source"] != "Tuesday"
    body = "Tom Ward spoke. On Monday evening, Ward poured on the charm, even as he warned of ruin."
    assert row_of(body, "warned")["source"] == "Tom Ward"


def test_reporting_directly_to_someone_is_no_speech_and_leaks_are_documents() -> None:
    body = "Many aides see the mayor, and some, such as Tom Ward, reported directly to him."
    assert sources_of(body) == []
    body = "The leaks revealed that the campaign knew."
    assert sources_of(body)[0]["source_type"] == "document"


def test_a_preposition_opens_no_antecedent_of_who() -> None:
    body = "It was a defeat for the mayor and for Republicans who have spent years vowing to act."
    assert row_of(body, "vowing")["source"] == "Republicans"


def test_a_lone_verb_before_a_cue_names_no_one() -> None:
    body = "New emails obtained by the group and released Monday show that he asked for help."
    row = row_of(body, "show")
    assert (row["source"], row["source_type"]) == (None, "anonymous")
    # words a tagger reads as verbs that name people stay
    assert row_of("The suspect told a reporter he was sorry.", "told")["source"] == "suspect"


def test_a_three_word_title_in_lower_case_before_a_name_is_the_name_s_role() -> None:
    body = "On Monday, editor in chief Ann Lee said the paper would close."
    row = row_of(body, "said")
    assert (row["source"], row["role"]) == ("Ann Lee", "editor-in-chief")
    # the title alone stays the unnamed holder
    alone = row_of("The commander in chief said the war was over.", "said")
    assert (alone["source"], alone["source_type"]) == ("commander in chief", "anonymous")


def test_a_singular_document_before_read_is_its_subject() -> None:
    row = row_of("“We will not close,” the statement read.", "read")
    assert (row["source"], row["source_type"]) == ("statement", "document")
    # a participle before "by" modifies: the speaker is the clause's subject
    body = "In a statement read by his lawyer, Tom Ward said he was sorry."
    assert [r["source"] for r in sources_of(body)] == ["Tom Ward"]


def test_a_body_s_fields_listed_with_commas_are_one_name() -> None:
    body = "The Bureau of Alcohol, Tobacco and Firearms said the gun was stolen."
    assert row_of(body, "said")["source"] == "Bureau of Alcohol, Tobacco and Firearms"
    after = "The gun was stolen, said the Department of Health, Education and Welfare."
    row = row_of(after, "said")
    assert (row["source"], row["source_type"]) == (
        "Department of Health, Education and Welfare",
        "organization",
    )
    # people listed after a body stay people
    two = "The Department of Justice, Tom Ward and Hana Ruiz said the plan would fail."
    assert "Department of Justice, Tom Ward and Hana Ruiz" not in [
        r["source"] for r in sources_of(two)
    ]


def test_a_newspaper_named_leader_reports_with_no_role() -> None:
    row = row_of("The Manchester Union Leader reported that the plan failed.", "reported")
    assert (row["source"], row["source_type"], row["role"]) == (
        "New Hampshire Union Leader",
        "outlet",
        None,
    )
    assert row_of("The union leader said the strike would go on.", "said")["role"] == "leader"


def test_what_reads_is_written() -> None:
    banner = row_of("Protesters hung a banner. It read, “Racism still lives here.”", "read")
    assert (banner["source"], banner["source_type"]) == ("It", "document")
    message = row_of("His last message read: “I am going in.”", "read")
    assert message["source_type"] == "document"
    assert row_of("The sign read “Welcome Home.”", "read")["source_type"] == "document"
    # an unresolved "it" that says is still a body
    assert row_of("It said sales fell in the spring.", "said")["source_type"] == "organization"


def test_kinds_of_people_by_their_part_speak_as_unnamed_people() -> None:
    for body, source in [
        (
            "Top contenders for the job are arguing that the plan would fail.",
            "Top contenders for the job",
        ),
        ("Shareholders of the company said the deal was bad.", "Shareholders of the company"),
        ("Some retirees said the plan would fail.", "Some retirees"),
        ("Rebels in the north said the town had fallen.", "Rebels"),
    ]:
        row = sources_of(body)[0]
        assert (row["source"], row["source_type"]) == (source, "anonymous"), body
    # a given name before a surname stays a person
    assert sources_of("Rebel Wilson said the film was fun.")[0]["source_type"] == "person"


def test_those_who_hold_up_a_sign_speak_in_it() -> None:
    body = "Michigan delegates held up a sign saying, “What’s that noise?”"
    assert row_of(body, "saying")["source"] == "Michigan delegates"

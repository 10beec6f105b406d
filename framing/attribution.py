"""The voice model and the source ledger: who says what, in whose voice.

``attribute_voices`` finds every attribution of an article — a cue of saying or
reporting (``framing/cues.py``), its source (``framing/speakers.py``) and its
content (a direct quote from ``framing/quotes.py`` or the clause the cue
governs) — resolves each source to a named speaker, and paints every character
of the text with one voice: headline, author, direct_quote, indirect_quote or
crosslink. The attribution shapes it knows:

- quote first: "“…,” he said." / "“…,” said X." / "“…” reports The Times of Israel."
  (a quote continued after the break — "“…,” he said, “…”" — joins the same one);
- source first: "X said (that) …", "X told Y, “…”", "X said in a statement that …";
- clause first: "The talks failed, officials said." / "…, he told reporters on Monday." /
  "…, said the minister on Tuesday." (time and place adjuncts after the cue or its
  subject leave the clause before it reported);
- a cue set off inside the clause it reports: "A blast, officials said, killed three.";
- a relative pronoun as the reported clause's subject: "Hamas, which officials say is …";
- "according to X, …" / "…, according to X.";
- naming: "called X “…” and “…”" (the object and its quoted labels).

Reported speech ends where the writer takes over: at the comma closing a sentence-opening
adverbial clause ("After X confirmed …, Graham asked …") and before a dashed apposition
("… — a far cry from …").
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import polars as pl

from framing import schemas
from framing.cues import Cue, CueLexicon, load_cues, lower_offsets_kept, words_to_regex
from framing.errors import SchemaError
from framing.outlets import load_outlets, match_outlet, normalise_outlet
from framing.phrase_scan import is_word_char
from framing.quotes import Quote, find_quotes
from framing.sentences import iter_paragraphs, iter_sentence_spans, load_abbreviations
from framing.speakers import (
    AGENT_ROLES,
    FINITE_TAGS,
    GROUP_QUANTIFIERS,
    NOT_PARTY_NOUNS,
    PERSONAL_PRONOUNS,
    VAGUE_QUANTIFIERS,
    Person,
    PersonRegistry,
    SourceNouns,
    SourcePhrase,
    brill_lexicon,
    capitalised_common_words,
    find_source_after,
    find_source_before,
    gender_of_given_name,
    given_name_and_surname,
    holds_body_or_role_word,
    hyphened_role,
    is_abstract_noun,
    is_between_word,
    is_former,
    is_ly_adverb,
    is_name_shaped,
    is_opening_adverb,
    is_people_noun,
    is_people_plural,
    load_any_given_names,
    load_given_names,
    load_source_nouns,
    looks_like_person,
    name_inside_run,
    only_suffixes,
    pronoun_of,
    role_or_title_words,
    shaped_like_name,
    singular,
    source_type_of,
    surname_of,
    surname_pattern,
    three_word_title,
    word_tag,
)

#: Priority of voices when spans overlap: a quote inside reported speech stays a quote.
_PRIORITY = {"author": 0, "indirect_quote": 1, "direct_quote": 2, "crosslink": 3}
#: Unattributed quotes shorter than this many words are scare quotes or titles, not speech.
MIN_QUOTE_WORDS = 4
#: How far past a cue the word "that" or an opening quote may stand ("said in a statement on
#: Monday that …").
_LOOKAHEAD = 120
#: How far before a cue its source may start (a name with a long apposition fits in it).
_SUBJECT_REACH = 240
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
#: A relative pronoun whose clause's gap a naming cue labels ("what [the regime] calls …",
#: "…, whom [she] called …", "…, which [Israel] calls …"), ending right before the clause's
#: subject; "which"/"whom" only after a comma, since "asked which lawmakers called …" asks.
_RELATIVE_BEFORE = re.compile(r"(?:(?<![\w’'])[Ww]hat|,\s*(?:whom|which))\s+(?=\S[^,.;:!?“”\"]*$)")
#: A relative pronoun that is the subject of the clause a cue reports, ending right before
#: the cue's subject: "Hamas, which [officials] say is …", "a letter that [he] said was …".
_RELATIVE_GAP = re.compile(r"(?<![\w’'])(?:which|who|that)\s+(?=\S[^,.;:!?“”\"]*$)")
#: The same set off by commas round the cue: "which, officials said, is legal".
_RELATIVE_GAP_SET_OFF = re.compile(r"(?<![\w’'])(?:which|who)\s*,\s*(?=\S[^,.;:!?“”\"]*$)")
#: Words after which a word in -ing is a noun ("a ruling by the court").
_NOUN_PREPOSITIONS = frozenset({"by", "of", "from", "in", "on", "at", "for", "with"})
#: Words that open no subject: prepositions and question words ("asked about the …").
_NOT_SUBJECT_OPENERS = frozenset(
    {"about", "with", "for", "to", "of", "on", "in", "at", "why", "what", "how", "when"}
)
#: Punctuation inside a quote: no scare-quoted word.
_PUNCTUATION_INSIDE = re.compile(r"[,.;:!?]")
#: Words that open a clause's subject after a complementizer "that".
_CLAUSE_SUBJECTS = frozenset(
    {"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their",
     "its", "our", "there", "this", "these", "those"}
)  # fmt: skip
#: Words that open a sentence's subject noun phrase ("Everything that he said was …").
_SUBJECT_OPENERS = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "everything", "anything",
        "something", "nothing", "all", "much", "most", "every", "each", "what",
    }
)  # fmt: skip
#: Words that open a noun phrase that can speak ("the family", "two farmers").
_SUBJECT_DETERMINERS = frozenset(
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "some", "many", "most",
        "several", "both", "all", "other", "another", "one", "two", "three", "four", "five",
    }
)  # fmt: skip
_RELATIVE_OPENING = re.compile(r"\s*(?:who|whose|which)\b")
_CONJUNCTION_OPENING = re.compile(r"\s*(?:but|and|or|while|although|though|as)\b")
#: The head of a noun phrase set beside a name: ", a German trade union," → "union"; the
#: head is a common noun before a comma, a full stop, a preposition or a relative word.
_APPOSED_HEAD = re.compile(
    r"\s*,\s*(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?([a-z][\w’'-]*)"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:of|at|in|for|from|to|by|that|which|who|whose|based|with|on)\b)"
)
#: The word tokens and commas of a phrase, for reading its words' classes in turn.
_WORD_TOKEN = re.compile(r"[\w’'-]+|,")
#: Linking verbs, whose complement a noun phrase is: "Trump remains, according to Gallup,
#: the least popular winner".
_LINKING_VERBS = frozenset(
    {"is", "are", "was", "were", "remain", "remains", "remained", "become",
     "becomes", "became", "seem", "seems", "seemed", "appear", "appears", "appeared",
     "stay", "stays", "stayed", "rank", "ranks", "ranked"}
)  # fmt: skip
_RELATIVE_END = re.compile(r"(?<![\w’'])(?:which|who|whom|that|what)\s*$")
#: The verbs that can open such a clause right after the cue ("… say is", "… said will").
_GAP_VERBS = frozenset(
    {"is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "should"}
)
#: Where a clause inside a sentence ends: a comma, a semicolon, a dash or a parenthesis.
_CLAUSE_END = re.compile(r"[,;(—–]|\s--\s")
#: A comma after which a clause goes on: a list's "including" or "such as", and after
#: that a place or time too ("…, including bounce houses, on game days"); not the main
#: clause's verb, nor a place or time that opens it ("…, in 2007 seized Gaza").
_LIST_OPENERS = r"including|especially|notably|such\s+as"
_LIST_GOES_ON = re.compile(rf",\s*(?:{_LIST_OPENERS})\b")
_CLAUSE_GOES_ON = re.compile(rf",\s*(?:{_LIST_OPENERS}|on|in|at|during|from|after|before)\b")
#: The label after the naming cue (after "as": "described as …"), up to the end of its
#: clause; a preposition, a day or an adverb of time or manner opens none ("called on
#: Monday", "called Tuesday", "called twice"); a quoted label is read as a quote instead
#: (``_named_labels``).
_LABEL_AFTER = re.compile(
    r"\s+(?:as\s+)?(?!(?:on|for|in|at|to|off|out|up|back|from|by|with|about|into|upon|over"
    r"|again|twice|repeatedly|often|once|later|earlier|yesterday|today|tonight|last|this|next"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"((?:an?\s+|the\s+)?[^\s,.;:!?“”\"()—–]+(?:\s+[^\s,.;:!?“”\"()—–]+){0,5}?)"
    r"(?=\s+(?:is|was|are|were|has|had|have|will|would|remains?|became|becomes)\b"
    r"|\s*[,.;:!?)—–]|\s*$)"
)
#: Naming verbs that take an object and its label with no "as": "called it a hoax".
_DOUBLE_OBJECT_NAMING = frozenset({"call", "brand", "dub", "label", "term"})
_OBJECT_PRONOUNS = frozenset(
    {"him", "her", "it", "them", "me", "us", "this", "that", "himself", "herself", "themselves"}
)
_OBJECT_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those"}
)
_LABEL_ARTICLES = frozenset({"a", "an", "the"})
_DEMONSTRATIVES = frozenset({"this", "that"})
#: What marks a web address: a scheme, "www." or a domain's ending before a slash.
_WEB_ADDRESS = re.compile(r"://|www\.|\.[a-z]{2,}/")
#: Words that open no label after a naming verb's object: prepositions, particles, times.
_NOT_LABEL_START = frozenset(
    {
        "on", "in", "at", "to", "for", "from", "by", "with", "about", "after", "before",
        "during", "into", "over", "off", "out", "up", "back", "down", "again", "twice",
        "repeatedly", "often", "once", "later", "earlier", "last", "next", "this", "and",
        "or", "but", "as", "if", "when", "while", "because", "that", "who", "which",
        "where", "what", "how", "why", "all",
    }
)  # fmt: skip
#: Labels that are idioms or times: "called them the next day", "called it a day",
#: "called it quits", "called him names".
_NOT_LABEL_PAIRS = frozenset(
    {
        ("the", "next"), ("the", "following"), ("the", "same"), ("a", "few"),
        ("a", "couple"), ("a", "career"),
    }
)  # fmt: skip
_NOT_LABELS = frozenset({"quits", "names"})
#: Where an unquoted label ends: punctuation, a quote, or a dash.
_LABEL_CLAUSE_END = re.compile(r"[,;:.!?()“”\"—–]|\s--\s")
#: A short object before a quoted label: "called [the president’s decision ]“…”".
_NAMED_LABEL = re.compile(r"[^.;:!?“”\"\n]{1,60}?(?=[“\"]|'')")
_COMMA_AHEAD = re.compile(r"\s*,(?!\d)\s*")  # not the comma of a number ("5,206")
#: A modal of obligation right before a cue: what someone should or must say is no
#: speech reported ("should report", "must not disclose", "are required to tell"); nor is
#: the writer's "let's say" or "let me tell you". (Negated cues stay: PolNeAR marks them,
#: and on its training
#: split dropping them scores lower.)
_OBLIGED = re.compile(
    r"\b(?:should|must|ought\s+to|needs?\s+to|ha(?:ve|s)\s+to|(?:is|are|be|been)\s+"
    r"(?:required|obliged|obligated)\s+to|let(?:['’]s|\s+(?:me|us))(?:\s+just)?)(?:\s+not)?\s+$",
    re.IGNORECASE,
)
_OBLIGED_REACH = 40
#: A condition or a habit opening the cue's clause, its subject (up to four words) between:
#: "If Democrats say …", "every time the Democrats say …", "whenever he claims …".
_CONDITION_BEFORE = re.compile(
    r"(?i)(?<![\w’'])(?:if|unless|whenever|every\s+time)\s+(?:[\w’'.-]+\s+){1,4}$"
)
#: What a court dismisses.
_COURT_MATTERS = frozenset(
    {"case", "cases", "lawsuit", "lawsuits", "suit", "suits", "charge", "charges", "indictment",
     "complaint", "appeal", "appeals", "motion", "petition"}
)  # fmt: skip
#: " as " before a label, in the rest of a sentence.
_AS_WORD = re.compile(r"\sas\s")
#: The object after the verb: a determiner and up to three words after it.
_REMOVED_OBJECT = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|two|three|several)\s+"
    r"(?P<words>[a-z’'-]+(?:\s+[A-Za-z’'-]+){0,2})"
)
#: A court, judge or prosecutor as the subject before a cue: its dismissal ends a case.
_COURT_BEFORE = re.compile(
    r"(?i)\b(?:court|courts|judge|judges|justice|justices|magistrate|panel|jury|tribunal"
    r"|prosecutors?)\b[^,.;:]{0,25}$"
)
#: Words that end a noun phrase read forwards.
_PHRASE_BREAKS = frozenset(
    {"with", "of", "for", "in", "on", "at", "to", "from", "by", "and", "or", "that", "who"}
)
#: A vague subject and a modal of possibility right before a cue: "some would say", "one
#: could argue", "you might say": the writer's supposition, no one said it.
_SUPPOSED_BEFORE = re.compile(
    r"(?i)(?<![\w’'])(?:some|many|others|one|you|anyone|someone)\s+"
    r"(?:would|might|could|may)\s+(?:well\s+|even\s+|also\s+)?$"
)
#: "Ever" opening a clause before a cue: a question to the reader with its subject left
#: out ("Ever wonder why …?", "…, ever heard that …?"); no one speaks.
_EVER_ASKED = re.compile(r"(?i)(?:[,;:(—–-]|\b(?:and|but|so))\s*ever\s+$")
#: An article after a quoted object: its label follows ("called “the wall” an …").
_LABEL_AFTER_OBJECT = re.compile(r"\s+(?:a|an|the)\s")
_QUOTE_RIGHT_AFTER = re.compile(r"\s*(?:[“\"„«]|'')")
#: The agent after a passive participle's quoted label: "dubbed “…” by critics".
_BY_AGENT = re.compile(r"\s*,?\s*by\s+")
#: "as" alone between a clause or a quote and the subject of its cue: "…, as she put it".
_AS_BEFORE_SUBJECT = re.compile(r"[\s,”\"’]*as\s+")
#: A further quoted label after a first one: ‘a “demagogue” and a “bomb-thrower”’.
_MORE_LABELS = re.compile(r",?\s+(?:and|or)\s+(?:(?:a|an|the)\s+)?|,\s*")
_COLON_AHEAD = re.compile(r"\s*:")
_TO_BE = re.compile(r"\s+(?:not\s+)?to\s+be\b")
_CLAUSE_MARK = re.compile(r"[!?;]")
_COMMA_END = re.compile(r",\s*$")
#: A comma inside the closing mark of a quotation at the end: "… “profoundly irresponsible,”".
_COMMA_QUOTE_END = re.compile(r",(?:”|\"|'')\s*$")
#: A comma that sets off what follows ("…, Isobel Coleman,"; not "15,952").
_SET_OFF = re.compile(r",\s+$")
#: Prepositions before a gerund that keep it an act of saying ("criticised for saying that
#: …", "accused of claiming that …", "was quoted as saying …"); after "by", "after",
#: "before" … the writer tells the circumstances ("won by arguing that …"), as BASIL's
#: annotators read it.
_GERUND_PREPOSITIONS = frozenset({"for", "of", "as"})
#: Prepositions that open an adjunct whose gerund takes an object: "from preaching caution".
_GERUND_ADJUNCT_PREPOSITIONS = frozenset(
    {"from", "without", "after", "before", "by", "despite", "while", "through", "since"}
)
#: A verb of aspect right before a gerund cue: "Critics keep saying", "she kept on
#: insisting", "he has continued arguing", "they began calling". The gerund is the
#: catenative verb's complement (no noun: "continues saying" is no "denied reports"),
#: and the subject of the aspect verb speaks.
_ASPECT_BEFORE_GERUND = re.compile(
    r"(?i)\b(?:(?:keep|keeps|kept|keeping)(?:\s+on)?|(?:go|goes|went|going)\s+on"
    r"|continue[sd]?|continuing|start(?:s|ed)?|begin|begins|began|begun|resume[sd]?"
    r"|stop(?:s|ped)?|quit|quits|cease[sd]?)(?:\s+(?:repeatedly|constantly|publicly))?\s+$"
)
#: What "continue" takes when it is a verb of aspect, not of speech ("continued to insist",
#: "continues working"; but "“…,” he continued, “…”").
_CONTINUED_ACT = re.compile(r"\s+(?:to\s+[a-z]+\b|[a-z]+ing\b)")
#: "before", "after" or "until" opening a clause of an event ("… before the Pentagon
#: reversed course, saying …").
_EVENT_CLAUSE = re.compile(r"(?<![\w’'])(?:before|after|until)\s+")
#: What ends a clause before a later participle: a semicolon, a dash, a quote.
_CLAUSE_STOP = re.compile(r"[;“”\"—–]")
#: Pasts of auxiliaries, which open a passive or a perfect ("after they were released").
_AUXILIARY_PASTS = frozenset({"was", "were", "had", "did"})
#: Connectives that open a sentence and link it to the one before ("Still, he insisted.",
#: "Later, she said."): never what was said.
_CONNECTIVES = frozenset(
    {"still", "however", "meanwhile", "nevertheless", "nonetheless", "instead", "yet",
     "moreover", "furthermore", "besides", "again", "later", "then", "now", "also", "thus",
     "therefore", "hence", "afterward", "afterwards", "earlier", "separately", "similarly",
     "likewise", "next", "otherwise", "anyway", "regardless", "additionally",
     "consequently", "accordingly", "elsewhere", "previously", "subsequently"}
)  # fmt: skip
#: One word and nothing else.
_LONE_WORD = re.compile(r"\w+")
#: An implicative verb right before a "to" infinitive cue, which says the speech took
#: place ("went on to say", "continued to insist", "was quick to point out", "went so
#: far as to call"), unlike a wish or a plan ("wants to say", "plans to announce"). Only
#: the past of "begin" and "start": "only begins to describe", "can't begin to explain"
#: measure how far words go.
_IMPLICATIVE_BEFORE_TO = re.compile(
    r"(?i)\b(?:(?:go|goes|went|going)\s+(?:on|(?:so|as)\s+far\s+as)|continue[sd]?"
    r"|continuing|started|began|begun|proceed(?:s|ed)?|hasten(?:s|ed)?|quick|careful)"
    r"\s+to\s+$"
)
#: Prepositions and conjunctions whose gerund is an adjunct of the main clause ("left after
#: saying", "responded by saying", "despite having promised"): its subject speaks.
_ADJUNCT_GERUND_OPENERS = frozenset(
    {"after", "before", "without", "by", "while", "despite", "since", "when", "in"}
)
#: What ends a main clause's subject's reach over a later gerund: a cue, a complement, a
#: relative clause.
#: Words that open a new clause: a complementiser, a relative, a verb of saying, a
#: conjunction.
_CLAUSE_OPENERS = r"that|who|which|whom|whose|said|says|say|and|but|or|while|because|when|if"
_CLAUSE_BREAK = re.compile(
    rf"\b(?:{_CLAUSE_OPENERS}|as|will|would|could|should|can|may|might|must|to)\b|^[’']s\b"
)
#: How the words before a participle clause end ("…, saying", "… -- claiming", "… — noting").
_PARTICIPLE_LEADS = (",", " -", "--", "—", "–", "―")
_OPENER = re.compile(r"[,:]\s*(?:[“\"„«]|'')")
_BEFORE_THAT = re.compile(r"[“\"„«.;]")
_SKIP_PUNCT = re.compile(r"\s*[,:]?\s*")
#: Words that open a time or place adjunct right after a clause-final cue ("said on
#: Monday", "told reporters during a visit to Kyiv", "said by telephone from Gaza"); "to"
#: only before a name or a determiner ("to reporters", never "to lead the field"), "by"
#: only for a medium ("by phone", never "by the bill").
_FIRST_ADJUNCT_OPENERS = (
    r"in\s+(?:response|reply|reference)\s+to|back\s+in(?=\s+(?:\d|the\s+\d|(?-i:[A-Z])))|on|in|at|during|late|early|last|this|after|before|from|via|over|outside|inside|near"
    r"|amid|ahead\s+of|to(?=\s+(?:a|an|the|his|her|its|their|this|these|my|our|your|reporters"
    r"|journalists|(?-i:[A-Z])))"
    r"|by(?=\s+(?:tele)?phone|\s+e-?mail|\s+video|\s+text)"
)
#: Further adjuncts may also open with "with", "for", "by" or "about" ("in an interview
#: with CNN", "in a statement released by his office", "in response to questions about the
#: ruling"); after the cue these take its complement ("calls with Trump", "state with
#: favorable conditions", "talked about the plan").
_ADJUNCT_OPENERS = _FIRST_ADJUNCT_OPENERS + r"|with|for|by|about"
_DETERMINERS = r"a|an|the|his|her|its|their|this|these|my|our|your"


def _compile_adjunct_pattern(openers: str) -> re.Pattern[str]:
    """One adjunct: an opener, a determiner, and up to four words that open neither another
    adjunct nor a clause, so "in an interview with CNN on Sunday" is three adjuncts and "on
    Monday the talks failed" leaves "the talks failed" (a clause: substance)."""
    return re.compile(
        rf"(?i)\b(?:{openers})\b(?:\s+(?:{_DETERMINERS}))?"
        rf"(?:\s+(?!(?:{_ADJUNCT_OPENERS}|{_DETERMINERS}|to|he|she|it|they|we|i|you"
        r"|is|was|are|were|has|had|have|will|would|could|should|can|may|might|must|did|does"
        r"|do)\b)[\w’'\-]+){1,4}"
    )


_FIRST_ADJUNCT = _compile_adjunct_pattern(_FIRST_ADJUNCT_OPENERS)
_ADJUNCT = _compile_adjunct_pattern(_ADJUNCT_OPENERS)
#: A weekday, maybe with its part of the day ("Monday", "Friday night").
_WEEKDAY_TIME = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?"
)
_TIME_WORD = re.compile(
    r"(?i)\b(?:yesterday|today|tonight|recently|earlier|later|also|then|again|"
    + _WEEKDAY_TIME
    + r")\b"
)
#: Time nouns after which "that" is a determiner, no complementiser ("that day").
_THAT_TIMES = r"(?:day|week|month|year|night|morning|afternoon|evening|weekend|time)\b"
#: (not a determiner before a time: "earlier that year", "said that day that")
_THAT = re.compile(r"\bthat\b(?![’'])(?!\s+" + _THAT_TIMES + ")")
#: "that" opening a clause right after a cue: "claimed that Brexit would …".
_THAT_CLAUSE_NEXT = re.compile(r"\s+that\s+(?!" + _THAT_TIMES + ")")
#: What stands before the "as" of "as saying": a participle of quoting or describing,
#: perhaps with a place ("was quoted", "is quoted in the report", "described"), or an
#: active verb of quoting with its object ("quoted X", "citing X, a former aide,"). The
#: search ends at that "as".
_QUOTED_AS = re.compile(
    r"(?:\b(?:quoted|cited|described|reported|recorded|heard|overheard|paraphrased)"
    r"(?:\s+(?:in|on|at|by)\s+[^,;:.!?“”\"]{1,40}?)?"
    r"|\b(?:quot|cit)(?:e|es|ed|ing)\s+(?!(?:in|on|at|by)\b)(?P<object>[^;:.!?“”\"]{1,80}?))"
    r"\s+as\s*$"
)
#: What follows a cue's adjuncts and comma without being its content: "…, he said on
#: Monday, according to aides", "…, which …", "…, though he declined to elaborate".
_NOT_CONTENT_AFTER_COMMA = re.compile(
    r"\s*,\s*(?:according|which|who|whom|whose|where|though|although)\b", re.IGNORECASE
)
#: A participle clause after a clause-final cue: "…, he said, adding that …" (not "…,
#: he said, during …", nor "— according to …", another source).
_PARTICIPLE_AFTER = re.compile(
    r"\s*(?:,|--|—|–)\s*(?!(?:during|nothing|something|anything|everything|bring|according)\b)"
    r"[a-z]{2,}ing\b"
)
#: A time clause after a clause-final cue tells when it was said, not what: "The order
#: comes Thursday, officials said after Trump threatened to shut sites down."
_TEMPORAL_CLAUSE = re.compile(r"\s*(?:after|before|when|whenever|while|once|until)\s+(?!to\b)")
#: Cues of plain saying whose time clause is common news style ("…, he said when asked").
_TIMED_LEMMAS = frozenset(
    {"say", "add", "tell", "write", "tweet", "note", "explain", "respond", "reply", "suggest"}
)
#: Up to three auxiliaries and adverbs that may stand between an aside and the cue after
#: it (", … , has publicly said", " — … — later wrote"), to the end of the words searched.
_BETWEEN_TAIL = (
    r"(?:(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|must|also"
    r"|then|later|still|not|never|[a-z]+ly)\s+){0,3}$"
)
#: A prepositional, relative or adverbial aside set off by commas that ends the words
#: before a cue, but for auxiliaries and adverbs: ", in covering the story, ", ", who
#: still speaks with difficulty, also ", ", of course, ", ", only two months later, ".
_COMMA_ASIDE_END = re.compile(
    r",\s*(?:(?:in|while|after|before|when|during|at|on|with|without|for|despite|like|unlike)\s[^,]{1,80}"
    r"|(?:who|whose|which)\s[^,]{1,120}"
    # a participle or a quantifier and its phrase: ", facing a stiff challenge,", ", both up
    # for reelection,", ", and obtained by AP,"
    r"|(?:and\s+)?[a-z]{3,}(?:ing|ed)\s[^,]{1,100}|(?:both|all|each)\s[^,]{1,80}"
    r"|of course|too|though|in turn|in fact|as well|for (?:his|her|their|its) part"
    r"|(?:only |just |about |nearly |some )?(?:a|an|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|a few|several|\d+) (?:minute|hour|day|week|month|year|decade)s?"
    r" (?:later|earlier|ago)),\s*" + _BETWEEN_TAIL
)
#: A web page's label of a picture or video before its caption: "Media playback is
#: unsupported on your device Media caption", "Image copyright Getty Images Image caption".
_MEDIA_LABEL = re.compile(
    r"(?:Media playback is unsupported on your device\s+)?Media caption\s"
    r"|(?:Image copyright [^\n]{0,60}?\s+)?Image caption\s"
)
#: A quote that opens with a determiner, as a noun phrase in apposition does: "“a good
#: man,”", "“the people’s champion,”".
_NOUN_PHRASE_QUOTE = re.compile(r"[“\"](?:a|an|the|his|her|their|its|our|my|one)\s", re.IGNORECASE)
#: A subject pronoun, alone or contracted, that opens a quoted clause.
_SUBJECT_PRONOUN_WORD = re.compile(r"(?i)(?:I|we|he|she|they|you|it)(?:['’](?:s|d|ll|re|ve|m))?")
#: A clause of the cue's own after it: "that …", or a subject and a finite verb ("said
#: the company had paid", "conceded he should have").
_OWN_CLAUSE_AFTER = re.compile(
    r"\s+(?:that\b|(?:the|a|an|his|her|their|its|he|she|they|it|we|I)\b[^,.;:“”\"]{0,60}?"
    r"\b(?:is|was|were|are|had|has|have|would|will|should|could|can|did|does|must)\b)"
)
#: A quoted apposition that ends the words before a cue: 'Smith, “a good man,” said'.
_QUOTED_ASIDE_END = re.compile(r",\s*[“\"][^“”\"\n]{1,120},\s*[”\"]\s*" + _BETWEEN_TAIL)
#: A dashed aside that opens with a person's name, alone or with a role after a comma.
_ASIDE_NAME = re.compile(
    r"\s*[—–]\s*([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})(?:\s*,\s*(?:a|an|the)\s[^—–]*?)?"
    r"\s*[—–]"
)
#: The rest of a short opening phrase, up to its comma: " later,", " ago,".
_SHORT_OPENING = re.compile(r"(?:\s+[a-z][\w’'-]*){0,2},")
#: What stands between a verb of issuing and its document: a particle and a determiner.
_BEFORE_DOCUMENT = r"(?:\s+(?:out|back|off|up))?\s+(?:(?:a|an|the|his|her|their|its|our)\s+)?$"
#: A verb of issuing a document, with its auxiliaries, right before the document: "released
#: a statement", "has sent out a letter", "fired back a response", "held up a sign".
_ISSUING_VERB_BEFORE = re.compile(
    r"(?<![\w’'])(?:released|issued|sent|wrote|posted|published|put|fired|emailed|filed|signed"
    r"|penned|tweeted|circulated|distributed|launched|unveiled|submitted|delivered|mailed"
    r"|release|issue|send|write|post|publish|file|sign|submit"
    # signs and banners are held up ("supporters held up a sign saying …")
    r"|held|hold|holds|carried|carry|carries|waved|wave|waves|hoisted|displayed|brandished)"
    + _BEFORE_DOCUMENT
)
#: A participle of issuing, or a preposition of means, right before a document: "releasing
#: a statement", "putting out a statement", "with a tweet", "in a statement".
_ISSUING_ADJUNCT_BEFORE = re.compile(
    r"(?<![\w’'])(?:releasing|issuing|sending|writing|posting|publishing|putting|firing"
    r"|tweeting|circulating|distributing|unveiling|submitting|delivering"
    r"|holding|carrying|waving|hoisting|displaying|brandishing|(with|in|via))" + _BEFORE_DOCUMENT
)
#: A document's own author inside its phrase: "a letter from Trump's attorney", "a memo by
#: the counsel", "Trump's tweet".
_OWN_AUTHOR = re.compile(r"\b(?:from|by)\b|\w[’']s?\s")
#: A word that opens a new clause between a subject and a later verb (``_CLAUSE_BREAK``
#: but for "to", "as" and modals, which a predicate holds: "responded to Clinton with a
#: tweet"): ``_CLAUSE_OPENERS`` alone.
_NEW_CLAUSE = re.compile(rf"\b(?:{_CLAUSE_OPENERS})\b")
#: A sentence opened by a negative pronoun or "No": it has no speaker for a later
#: participle ("No one should imagine … and urging"; not "No 10 said", Downing Street,
#: nor "No fewer than 40 lawmakers signed …, saying").
_NO_ONE_OPENS = re.compile(
    r"(?:No(?:[\s-]+one|body)?|None|Neither)\b"
    r"(?![\s.]*\d)(?!\s+(?:fewer|more|less|longer|sooner|matter)\b)"
)
#: A negation right before a cue, with only auxiliaries and adverbs after it: "did not
#: say", "would not comment", "has not yet declared", "never noted", "didn’t explicitly
#: say" (not "not only said"); a negative subject too ("nobody admits", "no one has said"),
#: and a verb that ends the act ("stopped saying", "has quit calling").
_NEGATED_BEFORE = re.compile(
    r"(?i)(?:\bnot|n[’']t|\bnever|\bno\s+longer|\bnobody|\bno[\s-]one"
    r"|(?<!not\s)(?<!n[’']t\s)(?<!never\s)(?:\bstop(?:s|ped)?|\bquit|\bquits|\bcease[sd]?))"
    r"(?:\s+(?:yet|ever|even|explicitly|directly|publicly|specifically|immediately|always"
    r"|really|actually|formally|officially|once|be|been|being|have|has|had))*\s+$"
)
#: A subject that "No" opens, then only auxiliaries and adverbs before the cue: "No official
#: has ever said", "No Republican has publicly claimed" (capitalised: the clause opens with
#: it, not "there is no doubt officials said").
_NO_SUBJECT_BEFORE = re.compile(
    r"(?<![\w’'])No\s+[a-z]+(?:\s+[a-z]+)?"
    r"(?:\s+(?:has|have|had|is|are|was|were|will|would|could|can|did|does|do|ever|yet|even"
    r"|publicly|officially|really|actually|formally|explicitly|directly|specifically))*\s+$"
)
#: Reported content that is nothing: "said nothing about the allegations", "went on to say
#: nothing of substance" (but "said nothing has changed": a clause).
_NOTHING_SAID = re.compile(
    r"(?i)nothing(?:\s+(?:of|about|on|to|regarding|more|further|else|at\s+all|new)\b|\s*[.,;:]|\s*$)"
)
#: A comma closing an aside right before a cue, but for auxiliaries and adverbs.
_COMMA_BEFORE_CUE = re.compile(r",\s*" + _BETWEEN_TAIL)
#: A participle or preposition opening a phrase that introduces a sentence.
_OPENING_PHRASE = re.compile(r"(?:[A-Z][a-z]+ing|In|At|On|After|Before|During|From|With)\s")
#: Where a participle "asked" opens a clause of its own (the sentence's start, "when", a
#: comma) or ends a passive ("Trump was asked whether …").
_ASKED_OPENING = re.compile(
    r"(?:^\W*|\b[Ww]hen\s+|,\s*"
    r"|\b(?P<passive>was|were|is|are|been|being)\s+"
    r"(?:(?:also|later|repeatedly|directly|specifically|again|often|first|recently)\s+)?)$"
)
#: The question after "asked", past an adverb and a place or an occasion ("Asked on Fox
#: News who leads", "was asked repeatedly about").
_QUESTION_AFTER = re.compile(
    r"(?:\s+(?:repeatedly|again|directly|specifically|also|later|twice|publicly|recently"
    r"|afterwards|afterward))?"
    r"(?:\s+(?:on|in|during|at)\s[^,]{1,60}?)?\s+"
    r"(?P<q>(?:whether|if|what|who|whom|why|how|which|where|when|about)\b)"
)
#: An article or possessive opening a phrase.
_THE_OR_A = re.compile(r"(?i)(?:the|a|an|his|her|its|their|our)\s")
#: A capitalised word and the space after it, at the end of the words searched.
_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'])([A-Z][a-z]+)\s+$")
#: Two hyphens typed for a dash, between spaces.
_TYPED_DASH = re.compile(r"(?<=\s)--(?=\s)")
#: A dashed aside that ends the words before a cue, but for auxiliaries and adverbs: " —
#: which Soleimani led — ", " -- whose husband signed it -- has publicly ".
_DASHED_ASIDE_END = re.compile(
    r"(?:\s*[—–]\s*|\s--?\s)[^—–\n]{1,150}?(?:\s*[—–]\s*|\s--?\s+)" + _BETWEEN_TAIL
)
#: The auxiliaries, adverbs and comma between a passive's subject and its participle
#: ("The deal was then announced by", "a practice, criticized by").
_PASSIVE_TAIL = re.compile(
    r"(?:[\s,]+(?:is|are|was|were|be|been|being|has|have|had|get|gets|got|also|then|later"
    r"|not|\w+ly))*[\s,]*$"
)
#: Closing quotation marks, after a comma that ends a quote.
_CLOSING_QUOTES = frozenset({"”", '"', "’"})
#: Adverbs that may stand between a subject or auxiliary and its participle.
_ADVERBS_BETWEEN = frozenset({"also", "since", "once", "often", "never", "not", "long", "now"})
#: Auxiliaries of the passive: "was accused of", "get blamed for".
_PASSIVE_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting"}
)
#: Auxiliaries of the active perfect: "the U.S. has accused of …" has an object gap.
_PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'ve", "’ve"})
#: An apposition after a subject set after its cue: "…, said Ahmed, a local doctor, …",
#: "…, said residents, who asked not to be named.", "…, said the ministry, which …"
_APPOSED_ROLE = re.compile(r"^\s*,\s*(?:a|an|the|who|whose|which)\s[^.]*")
#: A relative clause set off after a source: "…, according to the ministry, which …".
_RELATIVE_APPOSITION = re.compile(r"^\s*,\s*(?:who|whose|which)\s[^.,]*")
_AS_CLAUSE = re.compile(r"\W*as\b", re.IGNORECASE)
_THAT_LEAD = re.compile(r"\s*[,:]?\s*(?:that\s+)?")
_NO_WORD = re.compile(r"\W*")
#: Nothing but a complementiser: what "reported that, according to …" reports before it.
_ONLY_THAT = re.compile(r"\W*(?:that\W*)?", re.IGNORECASE)
#: A complementiser right before a cue: "reported that, according to …".
_THAT_BEFORE = re.compile(r"(?<![\w’'])that\s*,?\s*$", re.IGNORECASE)
_THE = re.compile(r"(?i)the\b")
#: The whole word right before a position (searched with an end position).
#: "a.m." or "p.m." right after a phrase: the phrase is a time of day.
_TIME_OF_DAY_AFTER = re.compile(r"\s*[ap]\.m\b")
#: The word a quote's opening mark or colon follows, spaces between or none.
_WORD_BEFORE_MARK = re.compile(r"(?<![\w’'-])([\w’'-]+)\s*\Z")
_LAST_WORD = re.compile(r"(?<![\w’'-])([\w’'-]+)\s+$")
#: Words an introductory phrase before a sentence's subject holds at most ("In a
#: statement released on Monday night, …").
_INTRODUCTION_WORDS = 12
#: A free relative's pronoun right before a source: the cue's object stands before it
#: ("what Trump said", "anything the president said").
_FREE_RELATIVE_END = re.compile(
    r"\b(?:what|whatever|anything|everything|nothing|something)\s+$", re.IGNORECASE
)
#: Cue forms that Brill's lexicon tags as verbs first but that are as often plural nouns
#: after an adjective ("Similar calls for reform", "Fresh promises").
_PLURAL_NOUN_CUES = frozenset({"calls", "promises", "pledges", "vows"})
#: A name and its apposition set off by commas, between a quote and its cue: ", Susan
#: Hennessey, executive editor of the Lawfare blog and a senior fellow at …, ".
_NAME_AND_APPOSITION = re.compile(
    r"\s*,?\s*(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*,\s+[a-z][^,;:“”\"\n]*,\s*"
)
#: A word that makes the next one a time ("this morning", "last night").
_TIME_BEFORE_WORD = re.compile(
    r"(?i)\b(?:this|last|yesterday|tomorrow|each|every|early|late"
    r"|(?:on|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+$"
)
#: After a time of day's "show": "that" or a subject pronoun makes it a verb ("data
#: released Monday morning show that …"; "her radio show that …" stays a noun).
_CLAUSE_AFTER_SHOW = re.compile(r"\s+(?:that|it|he|she|they|we)\b")
#: First words of a compound that are also times of day.
_DAYTIME_FIRSTS = frozenset({"morning", "evening"})
#: An object pronoun after a naming cue, with no label after it: "called it then", "calls
#: them on Monday" (not "called it a hoax", "called it: a hoax").
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them|him|her)\b(?![\s,]+(?:a|an|the)\b)(?!\s*:)")
#: "what" and the subject of its clause right before a cue: "what we called", "what
#: Trump called".
_WHAT_THEN_SUBJECT = re.compile(
    r"\bwhat\s+(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}|we|they|he|she|I|you|people"
    r"|critics|(?:the|his|her|their|some)\s+[a-z]+)\s+(?:(?:had|has|have|once|then|later|"
    r"often|long|first)\s+)?$"
)
#: An indefinite article opening a phrase.
_INDEFINITE = re.compile(r"(?i)an?\s")
#: A quote whose words end with a full stop (before its closing marks).
_CLOSES_SENTENCE = re.compile(r"\.\s*(?:[”\"’']|'')+\s*$")
#: Punctuation that ends what was said, inside its closing quotation mark: "“… win,”".
_PUNCTUATED_QUOTE_END = re.compile(r"[,.!?…—–-]\s*(?:[”\"’']|'')+\s*$")
#: A lower-case word right after a quote, with no comma between, and a capitalised name
#: after it: "“Hamilton” actor Tom Ward".
_NOUN_AFTER_BARE_QUOTE = re.compile(r" ([a-z][a-z\-]+) [A-Z]")
#: A time word opening what follows a cue, before a clause ("Wednesday the threat …").
_LEADING_TIME = re.compile(_TIME_WORD.pattern + r"\s+(?=[\w“\"])")
#: A weekday after "on" opening what follows a cue ("said on Wednesday the decision …").
_LEADING_DAY = re.compile(r"(?i)on\s+" + _WEEKDAY_TIME + r"\s+(?=[\w“\"])")
#: The word that ends a text.
_FINAL_WORD = re.compile(r"(?<![\w’'-])([\w’'-]+)$")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
#: A participle, a preposition and up to four more words, right before a cue: "released
#: in May", "surveyed by the bank".
_REDUCED_RELATIVE_TAIL = re.compile(
    r"(?<![\w’'-])([a-z]+)(?:\s+(?:in|on|at|by|from|for|with|last|this|earlier|since|after"
    r"|before|during|over)(?:\s+(?!(?:and|but|or|that|which|who|what)\s)\w[\w’'.-]*){1,4}){1,3}\s*$"
)
#: Words between an empty "it" and a passive cue: auxiliaries and common adverbs.
_IMPERSONAL_AUXILIARIES = frozenset(
    {"was", "is", "has", "had", "have", "will", "would", "could", "can", "may", "might",
     "should", "must", "be", "been", "also", "later", "now", "since", "first", "then",
     "long", "widely", "not", "never", "already", "once", "soon"}
)  # fmt: skip
#: Endings of passive participles of cues ("reported", "said", "known", "shown").
_PARTICIPLE_ENDS = ("ed", "said", "told", "known", "shown", "thought", "written", "heard")
#: A clause after a passive cue, after up to five words of adjuncts: "… that", "… whether".
_EXTRAPOSED = re.compile(r"(?:\s*,?\s+[\w’'.-]+){0,5}?\s*,?\s+(?:that|whether|if)\b")
#: Determiners before a lone adjective or participle that make it a noun ("the left").
_NOMINAL_DETERMINERS = frozenset({"the", "a", "an", "another", "one", "this", "that"})
#: Tags (first two letters) of words before a stray adverb or participle that leave a cue
#: no subject: verbs, modals, prepositions, determiners ("denied ever asking").
_NO_SUBJECT_TAGS = frozenset({"VB", "MD", "IN", "TO", "DT", "WD", "WR", "RB", "CC"})
#: Where a noun phrase after a determiner "that" ends: a comma, colon or full stop.
_PHRASE_STOP = re.compile(r"[,;:.?!]")
#: A contracted verb or negation: "it’s", "they're", "won’t".
_CONTRACTION = re.compile(r"[’'](?:s|re|ve|ll|d|m|t)$")
#: A relative pronoun.
_RELATIVE_WORD = re.compile(r"(?i)\b(?:who|whom|whose|which|that)\b")
#: Tags of words that may stand between a determiner and its noun ("": a word the tagger
#: does not know, "highly-detailed").
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNP", "VBN", "VBG", "RB", "CD", ""})
#: A singular determiner and up to three words, right before a cue form.
_SINGULAR_PHRASE = re.compile(
    r"(?<![\w’'-])((?i:a|an|every|each|another|the|this))\s+((?:[A-Za-z][\w’'.-]*\s+){1,3})$"
)
_OPEN_QUOTE_AFTER = re.compile(r"\s*[,:]?\s*(?:[“\"„«]|'')")
_NOUN_USE = {
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "of",
    "to",
    "no",
    "any",
    "such",
    "new",
    "latest",
    "whose",
    "first",
    "same",
    "home",
    "additional",
    "united",
    "key",
    "swing",
    "battleground",
}
_SAY_TELL = {load_cues().lookup("say"), load_cues().lookup("tell")}
_TELL = load_cues().lookup("tell")
#: Contracted forms of "be" after a pronoun, as ``_recipient_passive`` reads them: "I’m told".
_CONTRACTED_BE = {"’m": "am", "'m": "am", "’re": "are", "'re": "are"}
#: A clause with no "that" after a passive "told": "I’m told the bill will pass", "We were
#: told Smith had left" (not "was told to leave", "was told the news").
_TOLD_CLAUSE = re.compile(
    r"\s+(?:(?:the|a|an|this|these|those|his|her|their|its|our|my|your|no)\s+)?[\w’'\-]+\s+"
    r"(?:is|was|are|were|has|had|have|would|will|could|can|may|might|must|should|did|does"
    r"|do|wo|won’t|won't)\b"
)
_QUOTE_MARKS = re.compile(r"''|[“”\"„«»]")
_PASSIVE_SPEECH = re.compile(
    r"\w+(?:\s+\w+){0,3}?\s*(?:,?\s*[“\"]|:|\s+that\b|\s+about\b|\s+whether\b|\s+if\b)"
)
#: A finite verb right after the form: the form was a noun subject ("the report is …").
_VERB_AFTER_NOUN = {
    "is",
    "was",
    "were",
    "are",
    "has",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "did",
    "does",
    "shows",
    "showed",
    "said",
    "says",
    "found",
    "finds",
    "suggests",
}
#: A dash followed by a noun phrase: an apposition the writer adds to reported speech.
_DASHED_APPOSITION = re.compile(r"\s+(?:—|―|–|--)\s*(?:a|an|the)\s")
_DASH = re.compile(r"—|―|–|--")
#: A dash that opens or closes an aside: an em dash, a double hyphen, a spaced en dash
#: (not the en dash of a range, "2010–2012").
_ASIDE_DASH = re.compile(r"—|―|--|\s–\s")
#: Support ("light") verbs whose object is a noun of speech: "laid claim", "made promises",
#: "issued a warning", "drew criticism", "voiced concern", "took issue".
_SUPPORT_VERB_FORMS = """
    lay lays laying laid make makes making made issues issued issuing offers offered offering
    give gives giving gave draw draws drawing drew voices voiced voicing raises raised raising
    sparks sparked sparking faces faced facing take takes taking took receives received
    receiving levels leveled levelled leveling lodges lodged lodging files filed filing
    shifts shifted shifting deflects deflected deflecting
"""
_SUPPORT_VERBS = frozenset(_SUPPORT_VERB_FORMS.split())
#: Prepositions after a noun compound ending in a cue noun ("jury report about").
_COMPOUND_FOLLOWERS = frozenset({"about", "of", "from", "on", "in", "over", "against", "by"})
#: Conjunctions that open an adverbial clause before the main clause of a sentence.
_SUBORDINATORS = {
    "after",
    "when",
    "while",
    "although",
    "though",
    "because",
    "since",
    "as",
    "if",
    "before",
    "once",
    "until",
    "unless",
    "whereas",
    "whenever",
}
#: Prepositions that open a sentence's adjunct before its main clause ("On the heels of
#: …, the White House launched", "Amid reports that …, officials said").
_OPENING_PREPOSITIONS = frozenset({"on", "in", "amid", "despite", "following", "during"})
#: Words after which a lone lower-case word is a verb, not a subject.
_MODALS = {"can", "could", "will", "would", "shall", "should", "may", "might", "must", "to"}
#: Auxiliaries that put a question's subject before its bare verb ("Should a judge say").
_QUESTION_AUXILIARIES = frozenset(_MODALS - {"to"}) | frozenset(
    {"did", "does", "do", "didn’t", "didn't", "doesn’t", "doesn't", "don’t", "don't"}
)
_CONTRACTED = {"he", "she", "it", "that", "there", "who", "what", "everyone", "nobody"}
_BE = {"was", "were", "is", "are", "be", "been", "being", "am", "'s", "’s"}
#: A numeral opening a clause: "admitted 12 errors were made" (not "admitting 872 refugees").
_NUMBERED_CLAUSE = re.compile(
    r"\s+[\d,.]+\s+[\w’'\-]+\s+(?:were|was|are|is|had|have|has|would|will|could|did)\b"
)
_STATEMENT = re.compile(
    r"\b(?:statement|press release|communiqu[ée]|announcement|declaration)\b", re.IGNORECASE
)
_REPORT_LEMMAS = {"report", "find", "show", "conclude", "read"}
#: ", and also" / " and" right before a later cue: the same subject says something else.
_JOINT = re.compile(r"(?:,\s*|\s+)(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$|,[”\"]?\s*$")
#: ", but" and the subject of a new clause: an article, a possessive, a pronoun or a name.
_BUT_NEW_SUBJECT = re.compile(
    r",[”\"]?\s+but\s+(?:the|a|an|his|her|their|its|our|he|she|they|it|we|[A-Z][a-z][\w’'-]*)\s+"
    r"(?!(?:also|only|not)\b)"
)
_NOT_ONLY = re.compile(r"(?i)\bnot only\b")
#: A capitalised word of a name ("O’Neill", "Jr.", "Ocasio-Cortez").
_CAPITALISED = r"[A-Z][\w’'.\-]+"
#: The "and" between joined listeners: "told Reuters and the AP".
_JOINED_VENUES = re.compile(r"\s+and\s+")
#: A run of one to four capitalised words: a name (never across a line break).
_NAME_RUN = (
    rf"{_CAPITALISED}(?:[^\S\n]+(?:(?:de|den|der|del|dos|da|di|du|van|von)[^\S\n]+){{0,2}}"
    rf"{_CAPITALISED}){{0,3}}"
)  # a particle may stand inside it: "Van den Heever", "Peter van der Merwe"
#: A run of capitalised words and a lower-case word after it: a clause's named subject and
#: its verb ("Israeli Prime Minister Benjamin Netanyahu praised").
_NAMED_SUBJECT_RUN = re.compile(rf"\s*((?:{_CAPITALISED}[^\S\n]+){{0,7}}{_CAPITALISED})\s+[a-z]")
#: A first object and a determiner opening a second: "denied her a hearing", "deny Sanders
#: the nomination".
_SECOND_OBJECT = re.compile(
    rf"\s+(?:him|her|them|us|me|you|{_NAME_RUN})\s+"
    r"(?:the|a|an|any|his|her|their|its|our|my|your)\s"
)
#: Subject pronouns, capitalised when they open a sentence ("They report …").
_PRONOUN_SUBJECTS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
#: "that" right after a word.
_THAT_NEXT = re.compile(r"\s+that\b")
#: Hearsay: a passive of saying before an infinitive ("is said to be", "was reported to
#: have called"), its auxiliary and its infinitive (not "said to him", an addressee).
_HEARSAY_LEMMAS = frozenset({"say", "report"})
#: Tags of the words of a plain noun phrase read backwards from a reduced passive.
_NP_TAGS = frozenset({"NN", "NNS", "JJ", "DT", "CD", "PRP$"})
#: Tags of a word whose object such a phrase is: a verb or a preposition ("searching for
#: a man reported to have fled").
_OBJECT_TAKERS = frozenset({"VB", "VBD", "VBN", "VBZ", "VBP", "VBG", "IN"})
#: Infinitives that hearsay reports (not an instruction, "said to expect a statement", nor
#: a listener, "said to reporters").
_HEARSAY_INFINITIVES = frozenset(
    {"be", "have", "show", "contain", "depict", "reveal", "include", "involve", "belong", "date",
     "feature", "hold", "carry", "number", "cost", "suffer", "live", "own", "prove", "favor",
     "favour", "support", "back", "want", "know", "plan"}
)  # fmt: skip
_HEARSAY_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|widely|reportedly|often|once|later)\s+)?$"
)
_ADVERBS_ONLY = re.compile(r"[\s,]*(?:(?:also|still|now|reportedly|[a-z]+ly)[\s,]+)*")
_TO_VERB = re.compile(
    r"\s+(to\s+(?!(?:him|her|them|me|us|you|the|a|an|his|their|its|my|our|this|that)\b)[a-z]+)"
)
#: Unnamed sources whose finding or showing reports results ("researchers found a rise").
_FINDERS = frozenset(
    {
        "researchers", "researcher", "scientists", "scientist", "investigators",
        "investigator", "experts", "expert", "analysts", "analyst", "economists",
        "economist", "auditors", "inspectors", "pollsters", "reports", "report", "studies",
        "surveys", "polls", "officials", "authorities", "police", "prosecutors",
    }
)  # fmt: skip
#: A sentence that opens with a subordinate clause ("If you doubt that, …", "And when
#: …").
_SUBORDINATE_OPENING = re.compile(
    r"\s*(?:(?:And|But|So)\s+)?(?i:if|when|whenever|unless|before|after|while|once|since)\b"
)
#: A subordinating word opening a sentence before a name ("When", "After", "If").
_OPENING_WORD = re.compile(
    r"(?:When|After|Before|If|As|Because|Once|Since|While|Although|Though|Until|Unless)\s+"
)
#: Nouns without -s that take a plural verb ("police say"): a "they" takes them up.
_PLURAL_ONLY = frozenset({"police", "people", "personnel", "clergy"})
#: Prepositions of the place or origin phrases a document may be followed by ("a
#: statement on the steps of the Capitol", "a report from the top of a building in …").
_ADJUNCT_PREPOSITIONS = frozenset({"on", "in", "at", "of", "from", "outside", "near"})
#: Particles of phrasal verbs ("tamp down", "play up", "brush off").
_VERB_PARTICLES = frozenset({"down", "up", "off", "out", "aside"})
#: The subject form of an object pronoun that is the subject of a gerund after "for".
_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}
#: An object pronoun standing alone after a cue ("according to him,"): punctuation or the
#: sentence's end follows it.
_OBJECT_PRONOUN_AFTER = re.compile(r"\s+(him|her|them|me|us)\b(?=\s*(?:[,.;:!?)—–]|$))", re.I)
#: Reflexive pronouns and the subject each stands for: "I find myself wondering".
_REFLEXIVE_SUBJECT = {
    "myself": "i",
    "himself": "he",
    "herself": "she",
    "themselves": "they",
    "ourselves": "we",
}
#: Auxiliaries, modals and adverbs between a subject and its verb: "would not have spent".
_HELPERS_BEFORE_VERB = frozenset(_MODALS - {"to", "shall"}) | {
    "has",
    "have",
    "had",
    "not",
    "never",
    "also",
    "already",
    "just",
    "then",
    "recently",
    "reportedly",
}
#: Tags of the words that open a stretch of time: "the past several (months)".
_TIME_MODIFIER_TAGS = frozenset({"DT", "JJ", "CD", "PDT", "RB", "PRP$"})
#: Prepositions and conjunctions before a name that make it an object or a conjunct, no
#: new subject: "voted for John F. Kennedy", "between FBI staff and Rudy Giuliani".
_OBJECT_LEADS = frozenset(
    {
        "of",
        "for",
        "to",
        "about",
        "against",
        "on",
        "at",
        "in",
        "into",
        "between",
        "among",
        "toward",
        "towards",
        "over",
        "than",
        "like",
        "and",
        "or",
        "as",
        "under",
        "after",
        "before",
        "without",
        "via",
        "per",
        "following",
        "including",
        "regarding",
        "concerning",
        "unlike",
        "despite",
        "behind",
        "beside",
        "besides",
        "alongside",
        "upon",
    }
)
#: The word before a position, with an abbreviation's period: "Gov. ".
_DOTTED_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([\w’'-]+\.?)\s+$")
#: "by" and the word after it, after a cue.
_BY_THEN_WORD = re.compile(r"\s+by\s+([\w’'-]+)")
#: "for" and a lower-case word inside a by-agent: the reason after the agent.
_FOR_REASON = re.compile(r" for (?=[a-z])")
#: Possessive determiners that open a noun phrase: "her MSNBC show".
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
#: An apposition after a name: ", a Republican congressman".
_APPOSITION_AFTER = re.compile(r"\s*,\s*(?:a|an|the)\s")
#: Head nouns of a stretch of time, besides the time words after a preposition: "too much
#: time criticizing", "hours arguing".
_SPAN_HEADS = frozenset({"time", "hour", "minute", "moment", "decade", "while", "stretch"})
#: The "and" that joins a subject's last conjunct, with any determiner after it: "Pelosi
#: and Schumer", "he and a few others", "Mr Comey and Mr Trump".
#: A group noun and "of" inside a phrase: "a vocal group of (faith leaders)".
_GROUP_OF = re.compile(r"\b([a-z]+)\s+of\s+[a-z]")
_JOINT_AND = re.compile(r"(?:,\s*)?\s+and\s+((?:a|an|the|both|some|other)\s+)?$")
#: Words that give the last conjunct a determiner of its own ("and his aides").
_JOINT_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "other", "some", "several", "many", "most"}
)
#: Tags of a verb that makes a conjunct a clause ("Trump attacked Pelosi and …").
_JOINT_VERB_TAGS = FINITE_TAGS | {"VBN"}
#: "Both" opening a coordinated subject: no part of its first conjunct.
_BOTH = re.compile(r"(?i)both\s+")
#: A phrase ending in a preposition and a name: "a report on Comey", "trains to Austria".
_ENDS_IN_NAMED_OBJECT = re.compile(
    r"\b(?:on|of|about|to|for|with|against|between|from|across|in|at)\s+(?:the\s+)?"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*$"
)
#: Marks after which a part of a coordinated subject opens.
_JOINT_SEGMENT_MARKS = (",", ";", ":", "(", "—", "“", '"')
#: Words that may open a coordinated subject before its first conjunct.
_JOINT_OPENERS = frozenset({"both", "but", "and", "even", "though", "although", "while", "as"})
#: Words besides ``source_nouns.toml``'s time lists that a time adjunct inside a relative
#: clause may hold: "who at that time said", "who the week before had said".
_RELATIVE_TIME_EXTRA = ("the", "that", "time", "then", "before")


@lru_cache(maxsize=1)
def _time_alternations() -> tuple[str, str]:
    """The time words of ``source_nouns.toml`` (days, months, "week") and its time
    prepositions, each as one regex alternation, longest first, so that a word added
    there counts in the patterns below too."""
    nouns = load_source_nouns()
    times = nouns.time_alone | nouns.time_after_preposition | nouns.time_months
    return _alternation(times), _alternation(nouns.time_prepositions)


def _alternation(words: frozenset[str]) -> str:
    """``words`` as one regex alternation, longest first (ties in alphabetical order)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _relative_subject_before() -> re.Pattern[str]:
    """A relative pronoun that is the subject of the cue after it, with a time adjunct
    between: "who has denounced", "who last year said", "who on Monday said"."""
    timed, prepositions = _time_alternations()
    adjunct = "|".join((timed, prepositions, *_RELATIVE_TIME_EXTRA))
    return re.compile(
        r"(?<![\w’'])(?:who|which)\s+(?:(?:has|have|had|is|was|also|once|still|[a-z]+ly)\s+){0,3}"
        rf"(?:(?i:{adjunct}|\d+)\s+){{0,4}}$"
    )


@lru_cache(maxsize=1)
def _time_then_by() -> re.Pattern[str]:
    """A time adjunct between a participle and the "by" of its agent: "announced Monday
    by", "released last week by", "issued in October by"."""
    timed, prepositions = _time_alternations()
    return re.compile(
        rf"\s+(?:(?:{prepositions})\s+)?(?:the\s+)?(?:{timed}|\d+)\s+by\b", re.IGNORECASE
    )


#: Marks that set words off between a cue and a later "that" ("says “Tashi,” a … who
#: asked that …"): that "that" is not the cue's.
_SET_OFF_MARKS = re.compile(r"[,;:“”\"()—]")
#: A pronoun with "is" contracted before a naming cue: "what’s called a …", "it's called
#: …" name a thing (a passive; "he’s called for …" is "has", and "he" is not listed).
_CONTRACTED_IS = re.compile(r"(?i)(?<![\w’'])(?:what|it|that|this)[’']s\s+$")
#: A passive's auxiliary right before a participle ("was denied", "had been quietly denied").
_PASSIVE_AUXILIARY = re.compile(
    r"\b(?:" + "|".join(sorted(_PASSIVE_AUXILIARIES)) + r")\s+(?:[a-z]+ly\s+)?$"
)
#: A lower-case word right after a form that is no "by" of its agent.
_LOWER_WORD_NOT_BY = re.compile(r"\s+(?!by\b)[a-z]")
#: A clause opened without "that" (a pronoun or a name, then a finite auxiliary), or the
#: criticism of "find fault with", after a verb of finding or showing.
_ZERO_THAT_CLAUSE = re.compile(
    rf"(?:(?:there|he|she|it|they|we|I|you|(?:{_CAPITALISED}\s+){{0,2}}{_CAPITALISED})\s+"
    r"(?:is|was|are|were|has|had|have|would|will|could|can|may|might|must|should|did|does|do)\b"
    r"|fault\b)"
)
#: A participle of the reaction a saying drew, after a comma: "…, drawing boos from the
#: crowd", "…, prompting cheers": the writer's narration, not what was said.
_REACTION_PARTICIPLE = re.compile(
    r",\s+(drawing|prompting|sparking|triggering|provoking|eliciting|igniting)\b"
)
#: What a reaction to words is, within a few words of its participle: "drawing boos",
#: "drawing a rebuke from", "igniting a fierce debate" (not "gasps", "a backlash" or "a
#: response", which events draw too).
_REACTION_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:rebuke|rebukes|reply|replies|criticism|condemnation|debate"
    r"|applause|boos"
    r"|jeers|laughter|cheers|ridicule|mockery|retort|denunciations|accusations|comparisons"
    r"|speculation|controversy|pushback)\b"
)
#: A comma and a finite verb: an aside closes and its clause goes on ("…, was a success").
_ASIDE_CLOSED = re.compile(
    r",\s+(?:(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must)\b"
    r"|[a-z]+(?:ed|es)\b)"
)
#: The writer's own remark or check after reported speech: "…, though it’s important to
#: remember the source is a labor group", "…, which is not true", "…, which he did not",
#: "…, a claim that has been widely debunked": the speech ends before it.
_WRITER_REMARK = re.compile(
    r"(?i),\s*(?:(?:though|although|but|and|yet)\s+)?(?:it[’']s|it\s+is|it\s+was"
    r"|it\s+bears|it\s+should\s+be)\s+(?:important|worth|fair|crucial|useful|notable|noted"
    r"|only\s+fair)\s+(?:to\s+)?(?:remember|note|noting|point|mention|add|recall|keep"
    r"|repeating|emphasi[sz]e|stress|remembering|that)\b"
    r"|,\s*which\s+(?:is|was|are|were)\s+(?:(?:not\s+)?(?:true|accurate|correct)|false|untrue"
    r"|inaccurate|incorrect|misleading|not\s+the\s+case)(?=\s*(?:[.,;:!?)—–]|$))"
    r"|,\s*which\s+(?:he|she|they|it)\s+(?:did|does|do|has|have|had)\s+not(?=\s*[.;!?])"
    r"|,\s*an?\s+(?:claim|assertion|allegation)\s+(?:that\s+)?(?:has\s+been\s+|was\s+"
    r"|is\s+)?(?:[a-z]+ly\s+)?(?:debunked|disputed|unsupported|false|baseless|unfounded)\b"
)
#: "…, and reminded the audience …": a second predicate of the speaker, not what was said.
_NEW_PREDICATE = re.compile(
    r",\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+|[a-z]+ly\s+)?[a-z]+ed\b"
)  # (", and repeatedly dismissed …")
#: "and" right before a subject, with the comma before it if any (group 1).
_AND_BEFORE = re.compile(r"(,)?\s+and\s+$")
#: "while", "whereas", "though" or "although" before a subject, a few words of it between
#: ("while doctors and").
_CONTRAST_BEFORE = re.compile(r",?\s+(?:while|whereas|though|although)\s+((?:[^\s,;:]+\s+){0,5})$")
#: Subjects of the writer's own questions: "Who could blame him?", "…, you say?"
_RHETORICAL_SUBJECTS = frozenset({"who", "you"})
#: The speaker and the hearer of a speech: "If you're a conservative, and you insist …" is
#: what a speech says, not a new speaker's clause.
_SPEECH_ACT_PERSONS = frozenset({"i", "you", "we"})
#: The word that ends a stretch of text.
_WORD_AT_END = re.compile(r"[\w’'-]+$")
#: An embedded tweet's signature: " — Brooke Singman (@brookefoxnews) June 8, 2017".
_TWEET_SIGNATURE = re.compile(
    r"\s+[—–-]{1,2}\s+[^\n()]{1,60}\(@\w+\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}"
)
#: A tweet's short link or picture link closing what it says.
_TRAILING_LINK = re.compile(
    r"[\s:]*(?:https?://t\.co/\S+|pic\.twitter\.com/\S+|(?i:read\s+more))\s*$"
)  # (and a site's "Read more" after a linked headline)
#: What may follow "quoted as saying" when nothing said does: its agent, then the end.
_NOTHING_BUT_AGENT = re.compile(r"(?:\s*,?\s+by\s+[^“”\"]*)?[\s.]*")
#: A passive's auxiliary closing the words before "quoted as": " was ", " has been ".
_PASSIVE_AUXILIARY_END = re.compile(r"\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+$")
#: The words of a body's name before a person's name in it: "Bikers for ", "Friends of ".
_IN_BODY_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'-]+\s+(?:for|of)\s+$")
#: The rest of a credit line after "reported": "from Washington.", "from Kabul, Afghanistan."
_CREDIT_LINE = re.compile(r"\s+from\s+[A-Z][\w.’'-]*(?:,?\s+(?:and\s+)?[A-Z][\w.’'-]*)*\.?\s*$")
#: The lower-case word after a comma (and a quote the comma closes), past manner adverbs:
#: the main clause's verb after a relative clause ("…, who said …, quickly left").
_MAIN_VERB_AFTER_COMMA = re.compile(r",[”\"’']?\s+(?:[a-z]+ly\s+)*([a-z][\w’'-]*)")
#: Complement cues that take no clause without "that": "continued they were …" goes on
#: doing, and "state" before a capitalised word is an adjective ("the state Senate has").
_NO_ZERO_THAT = frozenset({"continue", "speak", "read", "refer to", "put it", "state"})
#: A sentence-opening name or pronoun and a lower-case verb after it.
_SUBJECT = re.compile(
    rf"\s*({_NAME_RUN}|[Hh]e|[Ss]he|[Tt]hey)(?:\s+\([DRI]-[A-Z][\w.\-]*\))?\s+[a-z]"
)  # a party tag may follow the name: "Sen. Bernie Sanders (I-Vt.) defended"
#: The same, with an apposition or aside in commas between the name and its verb ("Rush
#: Limbaugh, the most listened-to voice on the radio, mentioned", "Corey Butler, center,
#: stands"): one that opens in lower case and holds no quote, bracket or clause break.
_SUBJECT_BEFORE_ASIDE = re.compile(rf"\s*({_NAME_RUN}),\s+[a-z][^,;:“”\"()\n]{{0,80}}?,\s+[a-z]")
#: A list or a coordination going on after a name: "London and Berlin", "Paris, Rome".
_NAME_LIST_GOES_ON = re.compile(r"\s*(?:,|(?:and|or|nor)\b)")
#: A determiner and the shortest phrase after it before a lower-case word, to
#: be extended to its head noun: "the senator left", "the Republican senator said".
_DETERMINER_SUBJECT = re.compile(
    r"\s*((?i:the|a|an)\s+(?:[\w’'.\-]+\s+){0,2}?[\w’'.\-]+?)(?=\s+[a-z])"
)
#: A capitalised name right after a role word, then a lower-case word ("reporter Dana Lee
#: shared").
_NAME_AFTER_ROLE = re.compile(rf"\s+({_NAME_RUN})(?=\s+[a-z])")
#: A name set off by commas right after a role and its complement: "Her lawyer, Henry Lewis
#: Gillis, applauded", "The leader of the Brexit party, Nigel Farage, has criticised".
_NAME_APPOSED = re.compile(rf"(?:\s+(?:of|for|at)\s+[^,;“”\"]{{1,50}}?)?,\s+({_NAME_RUN}),\s+[a-z]")
#: The next lower-case word after a position.
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
#: The same, a hyphened word whole ("front-runner").
_NEXT_HEAD = re.compile(r"\s+([a-z]+(?:-[a-z]+)*)\b")
#: A proper name after a naming form, then a finite verb: "a program called Prism is": the
#: form names the thing; nobody speaks.
_NAME_THEN_VERB = re.compile(
    r"\s+(?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]*\s+"
    r"(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|which|that)\b"
)
#: A line with no sentence's closing mark, set between the paragraphs of a story
#: (a heading, a caption, "Advertisement:").
_HEADING_LINE = re.compile(r"\s*[^\n]{0,60}?[^.!?”\"’'\s]\s*")
#: How many sentences that open with the same "he"/"she" a pronoun's antecedent is
#: followed back through (``_pronoun_antecedent``).
_PRONOUN_CHAIN = 4
#: The gender each third-person pronoun tells.
_PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
#: A gendered pronoun, or a capitalised word that may be another name (whichever comes first).
#: A capitalised word after an article names a kind, not a person ("a Democrat").
_PRONOUN_OR_NAME = re.compile(
    r"\b(he|him|his|himself|she|her|hers|herself)\b|(?<!\ba )(?<!\ban )(?<!\bthe )\b[A-Z][a-z]"
)
_ELIDED_SUBJECT = re.compile(r"(?:^|[,;]|\band\b|\bbut\b)\s*(?:also\s+|then\s+|later\s+)?$")
_ALL_BUT = re.compile(r"\ball\s+but\s*$", re.IGNORECASE)
#: A comma and "then" right before a cue: ", then says" (not ", later denied", which may
#: follow the comma closing an apposition: "Tehran's police chief, Gen. Rahimi, later").
_COMMA_THEN = re.compile(r",\s*then\s+$")


def _plural_group_word(word: str) -> bool:
    """Whether the lower-case ``word`` names a group in the plural even when capitalised
    as a name ("democrats", "republicans", "critics", "officials")."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    nouns = load_source_nouns()
    return word[:-1] in nouns.affiliations or is_people_plural(word) or word in nouns.anonymous


#: Determiners that open a noun phrase and own or pick out its noun: "his constant
#: complaining", "the erroneous reporting".
_OWNER_DETERMINERS = frozenset({"the", "his", "her", "its", "their", "our", "my", "your"})
#: A relative pronoun among the words before a cue: "the man who police claim fired".
_RELATIVE_PRONOUN_BEFORE = re.compile(r"\b(?:who|whom|which|that)\b[^,.;:]*$", re.IGNORECASE)


#: Cue forms whose past tense is spelt as the plain form ("the statement read").
_PAST_AS_PLAIN = frozenset({"read"})


def _singular_saying_noun(word: str) -> bool:
    """Whether ``word`` is a singular noun of a document or of something said ("report",
    "statement", "charge", "analysis") in the source nouns' lists."""
    nouns = load_source_nouns()
    return (word in nouns.document or word in nouns.content) and not (
        word.endswith("s") and not word.endswith(("ss", "is", "us"))
    )


@dataclass
class Attribution:
    """One act of attribution found in the text."""

    cue: Cue
    cue_start: int
    cue_end: int
    content: list[tuple[int, int]]  # ordered pieces (quotes chained after a break)
    source: SourcePhrase | None
    kind: str  # direct | indirect | according_to | statement | report
    paragraph: int
    venue: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    # inside a relative clause ("…, which officials say is …, denied it"): the main
    # clause's subject stands before it, so it bounds no later cue's subject
    relative: bool = False
    # the one a question was put to ("Trump was asked whether …"): no source, but a
    # subject that a later "he" may take up
    asked: SourcePhrase | None = None
    # a passive's agent ("a practice criticized by Miller"): no subject a pronoun takes up
    passive: bool = False
    # the other speakers of a joint subject ("Pelosi and Schumer said"), each resolved as
    # an attribution of its own with the same cue and content, in text order
    joint: list[Attribution] = field(default_factory=list)
    # filled in by speaker resolution
    speaker: str | None = None
    source_type: str = "anonymous"
    source_id: str = ""
    actor: str | None = None
    role: str | None = None

    @property
    def content_span(self) -> tuple[int, int]:
        return self.content[0][0], self.content[-1][1]


def attribute_voices(
    documents: pl.DataFrame, sentences: pl.DataFrame, crosslinks: pl.DataFrame, actors: Any
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """VOICES (every character of ``text`` in exactly one voice segment) and SOURCES
    (one row per attribution, and one per speaker of a joint subject) for every document.

    ``actors`` is the gazetteer (``actor_for(phrase)``, ``person_actor(name)``);
    either may answer None. Raises ``SchemaError`` when an input lacks a column.
    """
    for frame, name, needed in (
        (documents, "documents", ("article_id", "text", "body_start")),
        (sentences, "sentences", ("article_id", "sentence_index", "start", "end")),
        (crosslinks, "crosslinks", ("article_id", "start", "end")),
    ):
        missing = [c for c in needed if c not in frame.columns]
        if missing:
            raise SchemaError(f"{name} lack columns {missing}; they have {frame.columns}")
    body_sentences: dict[str, list[tuple[int, int]]] = defaultdict(list)
    # whole columns as lists: far cheaper than building a tuple per row through polars
    for aid, index, start, end in zip(
        *(sentences[c].to_list() for c in ("article_id", "sentence_index", "start", "end")),
        strict=True,
    ):
        if index >= 0:
            body_sentences[aid].append((start, end))
    links: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for aid, start, end in zip(
        *(crosslinks[c].to_list() for c in ("article_id", "start", "end")), strict=True
    ):
        links[aid].append((start, end))
    outlets = (
        documents["outlet"].to_list() if "outlet" in documents.columns else [None] * len(documents)
    )
    voice_rows: list[tuple[Any, ...]] = []
    source_rows: list[tuple[Any, ...]] = []
    cues = load_cues()
    for aid, text, body_start, outlet in zip(
        *(documents[c].to_list() for c in ("article_id", "text", "body_start")),
        outlets,
        strict=True,
    ):
        article = ArticleAttributor(
            text or "",
            body_start or 0,
            sorted(body_sentences.get(aid, [])),
            sorted(links.get(aid, [])),
            cues,
            actors,
            outlet,
        )
        attributions = article.run()
        voice_rows.extend((aid, *segment) for segment in article.voice_segments(attributions))
        source_rows.extend((aid, outlet, *row) for row in article.source_rows(attributions))
    voices = pl.DataFrame(voice_rows, schema=schemas.VOICES, orient="row")
    sources = pl.DataFrame(source_rows, schema=schemas.SOURCES, orient="row")
    return voices, sources


def build_source_ledger(sources: pl.DataFrame) -> pl.DataFrame:
    """One row per source per article, however it was named: the de-duplicated ledger.

    Columns: article_id, outlet, source_id, source, source_type, actor, role,
    n_attributions, kinds (comma-separated), cues (comma-separated), first_start.
    """
    if sources.is_empty():
        return pl.DataFrame(
            schema={
                "article_id": pl.String,
                "outlet": pl.String,
                "source_id": pl.String,
                "source": pl.String,
                "source_type": pl.String,
                "actor": pl.String,
                "role": pl.String,
                "n_attributions": pl.Int64,
                "kinds": pl.String,
                "cues": pl.String,
                "first_start": pl.Int64,
            }
        )
    ordered = sources.sort("article_id", "content_start")
    return (
        ordered.group_by("article_id", "source_id", maintain_order=True)
        .agg(
            pl.col("outlet").first(),
            # the fullest name it was given ("Eli Cohen" over "Cohen")
            pl.col("source").sort_by(pl.col("source").str.len_chars()).last(),
            pl.col("source_type").mode().first(),
            pl.col("actor").drop_nulls().first(),
            pl.col("role").drop_nulls().first(),
            pl.len().cast(pl.Int64).alias("n_attributions"),
            pl.col("kind").unique(maintain_order=True).str.join(",").alias("kinds"),
            pl.col("cue").unique(maintain_order=True).str.join(",").alias("cues"),
            pl.col("content_start").min().alias("first_start"),
        )
        .select(
            "article_id",
            "outlet",
            "source_id",
            "source",
            "source_type",
            "actor",
            "role",
            "n_attributions",
            "kinds",
            "cues",
            "first_start",
        )
    )


class ArticleAttributor:
    """Attributions, speakers and voice segments of one article."""

    def __init__(
        self,
        text: str,
        body_start: int,
        sentences: list[tuple[int, int]],
        links: list[tuple[int, int]],
        cues: CueLexicon,
        actors: Any,
        outlet: str | None = None,
    ) -> None:
        self.text = text
        self.body_start = body_start
        #: the outlet that published the article, as the gazetteer names it ("New York
        #: Times (Online News)" → "The New York Times"), for its own short form
        self.publisher = match_outlet(_PUBLISHER_EDITION.sub("", outlet)) if outlet else None
        self.links = links
        self.cues = cues
        self.actors = actors
        self.paragraphs = list(iter_paragraphs(text, body_start))
        if links:  # most articles have no cross-link paragraphs: skip the filter then
            self.paragraphs = [(s, e) for s, e in self.paragraphs if not self._in_link(s, e)]
        self.quotes = find_quotes(text, self.paragraphs)
        self._quote_starts = [q.start for q in self.quotes]
        self._speech_length: dict[int, bool] = {}
        self._sources_before: dict[tuple[int, int], SourcePhrase | None] = {}
        #: resolved sources that are no person, in text order, for "it" and "they"
        self._things: list[Attribution] = []
        self._sources_after: dict[tuple[int, int], SourcePhrase | None] = {}
        self._listeners_after: dict[tuple[int, int], SourcePhrase | None] = {}
        # sources are read with cross-links blanked out (offsets kept): a name card pasted
        # between a name and its verb ("Sen. Ann Holt Ann Marie Holt… MORE said") is no
        # part of the subject
        # and a typed dash (" -- ") reads as the dash it stands for, so that it parts words
        self._source_text = _TYPED_DASH.sub("— ", text) if "--" in text else text
        for s, e in links:
            self._source_text = self._source_text[:s] + " " * (e - s) + self._source_text[e:]
        if "caption" in text:
            # a web page's media labels ("Media caption North Korea's state broadcaster has
            # begun reporting") are no part of the caption's subject
            self._source_text = _MEDIA_LABEL.sub(lambda m: " " * len(m.group(0)), self._source_text)
        self._quote_ends = [q.end for q in self.quotes]
        if not sentences:
            sentences = [
                span for s, e in self.paragraphs for span in iter_sentence_spans(text, s, e)
            ]
        if links:
            sentences = [(s, e) for s, e in sentences if not self._in_link(s, e)]
        self.units = self._merge_units(sentences)
        self.registry = PersonRegistry()
        self._common_words: dict[str, bool] = {}  # lone sentence openers judged so far
        self._unit_starts = [s for s, _ in self.units]
        self.cue_matches: list[re.Match[str]] = []
        self._cue_starts: list[int] = []
        self._party_actors: set[str | None] | None = None  # the parties' actors, when asked
        self._paragraph_starts = [s for s, _ in self.paragraphs]

    # ---- layout helpers -------------------------------------------------------------------
    def _in_link(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.links)

    def _merge_units(self, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Sentences joined where a closed quote runs across their boundary, so that a
        multi-sentence quote and its attribution are read together."""
        units: list[tuple[int, int]] = []
        for start, end in sentences:
            # the quote open at the end of the previous unit, if any, runs into this one
            q = self.quote_at(units[-1][1] - 1) if units else None
            if q is not None and q.closed and q.end > start:
                units[-1] = (units[-1][0], end)
            else:
                units.append((start, end))
        return units

    def paragraph_of(self, pos: int) -> int:
        return bisect.bisect_right(self._paragraph_starts, pos) - 1

    def _quotes_within(self, start: int, end: int) -> list[Quote]:
        """The quotes lying wholly inside ``[start, end)`` (quotes are ordered and disjoint,
        so their ends are ordered too)."""
        first = bisect.bisect_left(self._quote_starts, start)
        last = bisect.bisect_right(self._quote_ends, end)
        return self.quotes[first:last]

    def _source_before(self, start: int, end: int) -> SourcePhrase | None:
        """``find_source_before`` on this text, remembered: the strategies tried for one
        cue look for the same source (no caller changes the phrase it gets)."""
        key = (start, end)
        if key not in self._sources_before:
            if self._cue_at(end) and (lead := self._catenative_lead(end, start)) is not None:
                # "Critics keep saying", "Trump went on to say": the subject before the verb
                # the cue complements
                self._sources_before[key] = self._source_before(start, lead)
                return self._sources_before[key]
            phrase = find_source_before(self._source_text, start, end)
            if phrase is not None and (
                (
                    self.text[max(0, phrase.start - 1) : phrase.start] == ":"
                    and self.text[max(0, phrase.start - 2) : phrase.start - 1].isdigit()
                )
                or _TIME_OF_DAY_AFTER.match(self.text, phrase.end)
            ):
                phrase = None  # "at 2:35 p.m. reporting", "about 11 a.m. saying": a time
            if phrase is None:
                phrase = self._surname_read_as_auxiliary(start, end)
            aside = _DASHED_ASIDE_END.search(self.text, start, end)
            if aside is not None and (phrase is None or phrase.start > aside.start()):
                # "The new head of the force — which Soleimani led — said", "The justice
                # -- who has feuded with him over the past few days -- said": the subject
                # stands before the aside
                outside = find_source_before(self._source_text, start, aside.start())
                if outside is not None or phrase is None:
                    phrase = outside
                if phrase is not None:
                    # "An Ahmadzai supporter — Halim Fidai, a former governor — said": the
                    # aside names the person the subject describes
                    phrase = self._person_named_in_aside(aside.start(), end) or phrase
            if phrase is not None and self._is_opening_common_word(phrase):
                # read as the word in lower case; a verb or an adverb is no source at all
                # ("Go tell parents that …", "Keeps saying …", "Having said that"), unless a
                # finite verb follows it ("Fry said": a surname)
                following = _WORD.match(self.text, end)
                finite = following is not None and word_tag(following.group(0)) in (
                    "VBD",
                    "VBZ",
                    "MD",
                )
                verbal = not is_name_shaped(phrase.text) and (
                    not finite or word_tag(phrase.text.lower()) == "VBG"
                )
                phrase = None if verbal else replace(phrase, name=None)
            elif phrase is not None and phrase.name is not None and " " in phrase.name:
                first, rest = phrase.name.split(" ", 1)
                if (
                    is_opening_adverb(first)
                    and self._opens_sentence(phrase.start)
                    and (
                        self.registry.knows(rest, phrase.start)
                        or rest.split()[0] in load_given_names()
                        or rest[:1].islower()  # "Later de Blasio said": a particle
                    )
                ):
                    # "Even Cruz won't say …" after Ted Cruz: an adverb opening the
                    # sentence, before a name the article knows (but "Just Stop Oil said")
                    at = phrase.start + phrase.text.find(rest)
                    phrase = replace(phrase, name=rest)
                    if rest[:1].islower() and at >= phrase.start:
                        phrase = replace(phrase, start=at, text=rest)
            if phrase is not None and _TIME_SUBJECT.fullmatch(phrase.text):
                phrase = None  # "As the day went on, …": a time passes, no one speaks
            self._sources_before[key] = phrase
        return self._sources_before[key]

    def _surname_read_as_auxiliary(self, start: int, end: int) -> SourcePhrase | None:
        """ "Theresa May … May said", "George Will … Will wrote": a capitalised word right
        before the cue that is also an auxiliary or adverb, and the surname of a person the
        article named before."""
        m = _CAPITALISED_BEFORE.search(self.text, start, end)
        if m is None or not is_between_word(m.group(1)):
            return None
        if not self.registry.knows(m.group(1), m.start(1)):
            return None
        return SourcePhrase(m.start(1), m.end(1), m.group(1), name=m.group(1))

    def _person_named_in_aside(self, start: int, end: int) -> SourcePhrase | None:
        """The person's name that opens the dashed aside at ``start`` (alone or before a
        role after a comma), or None: not an outlet's, nor a body's name."""
        named = _ASIDE_NAME.match(self._source_text, start, end)
        if named is None:
            return None
        name = named.group(1)
        if (
            not looks_like_person(name)
            or match_outlet(name)
            or any(w.lower() in load_source_nouns().organization for w in name.split())
        ):
            return None
        return SourcePhrase(named.start(1), named.end(1), name, name=name)

    def _source_after(self, start: int, end: int) -> SourcePhrase | None:
        """``find_source_after`` on this text, remembered like ``_source_before``."""
        key = (start, end)
        if key not in self._sources_after:
            self._sources_after[key] = find_source_after(self._source_text, start, end)
        return self._sources_after[key]

    def _listener_after(self, start: int, end: int) -> SourcePhrase | None:
        """The listener of a cue that has one ("told reporters …"), remembered likewise."""
        key = (start, end)
        if key not in self._listeners_after:
            self._listeners_after[key] = find_source_after(
                self._source_text, start, end, listener=True
            )
        return self._listeners_after[key]

    def _is_speech_length(self, quote: Quote) -> bool:
        """Whether ``quote`` holds at least ``MIN_QUOTE_WORDS`` words (counted once per
        quote, and only up to that number: quotes run long)."""
        known = self._speech_length.get(quote.start)
        if known is None:
            known = False
            for count, _ in enumerate(_WORD.finditer(self.text, quote.start, quote.end), 1):
                if count >= MIN_QUOTE_WORDS:
                    known = True
                    break
            self._speech_length[quote.start] = known
        return known

    def _in_web_address(self, pos: int) -> bool:
        """Whether ``pos`` lies in a web address: the run of non-space characters around
        it holds a scheme, "www." or a domain before a slash ("m.newyorker.com/reporting")."""
        start = pos
        while start > 0 and not self.text[start - 1].isspace():
            start -= 1
        end = pos
        while end < len(self.text) and not self.text[end].isspace():
            end += 1
        return _WEB_ADDRESS.search(self.text, start, end) is not None

    def _quoted_title(self, quote: Quote) -> bool:
        """Whether ``quote`` is too short for speech and written as a title ("“Face the
        Nation”"): a programme or a publication, not words someone said."""
        return not self._is_speech_length(quote) and _title_cased(
            self.text[quote.start : quote.end]
        )

    def quote_at(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i >= 0 and pos < self.quotes[i].end:
            return self.quotes[i]
        return None

    # ---- attribution ----------------------------------------------------------------------
    def run(self) -> list[Attribution]:
        lowered = lower_offsets_kept(self.text)
        self._register_mentions()
        found: list[Attribution] = []
        self.cue_matches = self.cues.find_cue_spans(self.text, self.body_start, lowered)
        starts = self._cue_starts = [m.start() for m in self.cue_matches]
        previous: list[Attribution] = []
        for unit in self.units:
            in_unit: list[Attribution] = []
            # "She declared “…!” and said …": Punkt may cut before "and"; the subject carries.
            carried = previous if self.text[unit[0] : unit[0] + 1].islower() else []
            first = bisect.bisect_left(starts, unit[0])
            last = bisect.bisect_left(starts, unit[1])
            for match in self.cue_matches[first:last]:
                if match.end() > unit[1] or any(
                    a.source is not None and a.source.start <= match.start() < a.source.end
                    for a in in_unit
                ):
                    continue  # (not the "report" of "according to a UN report")
                attribution = self._attribute(match, unit, in_unit or carried)
                if attribution is not None and not self._rhetorical(attribution, unit):
                    in_unit.append(attribution)
            found.extend(in_unit)
            previous = in_unit
        found = _drop_repeats(found)
        kept = []
        for attribution in found:
            self._widen_collective(attribution)
            self._resolve(attribution)
            if self._personal_finding(attribution):
                continue
            attribution.joint = self._joint_speakers(attribution)
            self._remember_thing(attribution)
            kept.append(attribution)
        return kept

    def _widen_collective(self, a: Attribution) -> None:
        """Make the source a group's whole phrase when it is the second half of what the
        group is of: "A vocal group of faith leaders and congregants argue" is one group
        (not "congregants", joined to "a vocal group of faith leaders")."""
        sp = a.source
        if (
            sp is None
            or a.passive
            or sp.start >= a.cue_start
            or sp.name
            or sp.pronoun
            or not sp.text[:1].islower()
            or sp.text.split()[0].lower() in _JOINT_DETERMINERS
        ):
            return
        joined = _JOINT_AND.search(self.text, max(self.body_start, sp.start - 20), sp.start)
        if joined is None or joined.group(1):
            return
        segment = self._joint_segment_start(self.body_start, joined.start())
        group = find_source_before(self._source_text, segment, joined.start())
        if group is None or self.text[group.end : joined.start()].strip(" ,"):
            return
        quantity = _GROUP_OF.search(group.text)
        if quantity is None or quantity.group(1).lower() not in load_source_nouns().collective:
            return
        if any(
            w.islower() and word_tag(w) in _JOINT_VERB_TAGS | {"VBG"} for w in group.text.split()
        ):
            return  # "dollars running hundreds of thousands of television and radio ads"
        a.source = replace(sp, start=group.start, text=self.text[group.start : sp.end])

    def _joint_speakers(self, a: Attribution) -> list[Attribution]:
        """The other speakers of a coordinated subject, in text order: "Nancy Pelosi and
        Chuck Schumer said", "he and a few others said", "Both Mr Comey and Mr Trump are
        accusing", "Pelosi, Schumer and Durbin said". Each conjunct must fill its part of
        the subject, which opens the clause (after a comma, a subordinator or "both"); an
        object before "and" is no speaker ("Trump attacked Pelosi and Schumer said"), nor
        is a modifier ("prominent political and business leaders"), a body's name ("the
        Health and Human Services Department"), a place inside a phrase ("a report on
        Comey and Mueller") or a second role of the same person ("Activist and author Drew
        Dellinger")."""
        sp = a.source
        if sp is None or a.passive or sp.start >= a.cue_start or sp.pronoun in {"it", "they"}:
            return []
        i = bisect.bisect_right(self._unit_starts, sp.start) - 1
        unit_start = self.units[i][0] if i >= 0 else self.body_start
        joined = _JOINT_AND.search(self.text, max(unit_start, sp.start - 20), sp.start)
        if joined is None:
            return []
        first_word = _WORD.match(sp.text)
        main_determined = bool(joined.group(1)) or (
            first_word is not None and first_word.group(0).lower() in _JOINT_DETERMINERS
        )
        conjuncts: list[SourcePhrase] = []
        end = joined.start()
        while True:
            segment = self._joint_segment_start(unit_start, end)
            phrase = find_source_before(self._source_text, segment, end)
            if (
                phrase is None
                or self.text[phrase.end : end].strip(" ,")
                or not self._joint_conjunct(phrase, sp, main_determined)
            ):
                return []
            lead = _WORD.findall(self.text, segment, phrase.start)
            if any(w.lower() not in _JOINT_OPENERS for w in lead):
                return []  # "Trump attacked Pelosi and …": an object, not a subject
            both = _BOTH.match(phrase.text)
            if both is not None:
                phrase = replace(
                    phrase, start=phrase.start + both.end(), text=phrase.text[both.end() :]
                )
            conjuncts.append(phrase)
            if lead or segment == unit_start or self.text[segment - 1] != ",":
                break
            # "Pelosi, Schumer and Durbin": a list goes on before its comma, name by name,
            # each name filling its part ("According to Kazran, the congressman and …" is
            # no list)
            previous = self._joint_segment_start(unit_start, segment - 1)
            before = find_source_before(self._source_text, previous, segment - 1)
            if (
                before is None
                or _WORD.findall(self.text, previous, before.start)
                or not self._joint_conjunct(before, sp, main_determined)
                or not (
                    before.name is None  # "market analysts, industry experts and …"
                    or shaped_like_name(before.name, alone=True)
                    # (a listed body is no list member: "in Iowa, New Hampshire, Nevada
                    # and South Carolina" names places)
                    or self._known_name(before.name, before.start, listed_bodies=False)
                )
            ):
                break
            end = segment - 1
        joint = []
        for phrase in reversed(conjuncts):
            other = replace(a, source=phrase, joint=[], speaker=None, actor=None, role=None)
            self._resolve(other)
            joint.append(other)
        return joint

    def _known_name(self, name: str, start: int, *, listed_bodies: bool = True) -> bool:
        """Whether a capitalised word or name of a coordinated subject names someone or
        something the article or the lists know: a person named before ``start``, an
        outlet, a listed body (with ``listed_bodies``), an actor of the gazetteer, or
        unnamed people ("Contributors")."""
        return (
            self.registry.knows(name, start)
            or match_outlet(name) is not None
            or (listed_bodies and name.lower() in load_source_nouns().organization_names)
            or is_people_noun(name.lower())
            or (self.actors is not None and self.actors.actor_for(name) is not None)
        )

    def _joint_segment_start(self, unit_start: int, end: int) -> int:
        """Where the part of a coordinated subject that ends at ``end`` opens: after the
        last comma, bracket, dash or quote mark before it, or at the unit's start."""
        return max(
            unit_start,
            *(self.text.rfind(mark, unit_start, end) + 1 for mark in _JOINT_SEGMENT_MARKS),
        )

    def _joint_conjunct(
        self, phrase: SourcePhrase, main: SourcePhrase, main_determined: bool
    ) -> bool:
        """Whether ``phrase``, before "and" and the subject ``main``, is a speaker of its
        own (see ``_joint_speakers``)."""
        if phrase.pronoun is not None:
            return phrase.pronoun != "it"
        nouns = load_source_nouns()
        words = phrase.text.split()
        if any(w.islower() and word_tag(w) in _JOINT_VERB_TAGS for w in words) or (
            words[0].islower() and word_tag(words[0]) == "VBG"
        ):
            # "Trump attacked Pelosi and …", "attacking House Democrats and …": a clause or
            # a participle, whose object it is
            return False
        if phrase.text.endswith(("’s", "'s", "s’", "s'")):
            return False  # "both the FTC’s and the DOJ’s antitrust division"
        headed = replace(phrase, text=phrase.text.split(" of ", 1)[0])  # "members of Congress"
        if phrase.name is None and not _names_a_speaker(headed):
            return False  # "prominent political and …", "the FTC’s and …"
        if main.text[:1].isupper() and _ENDS_IN_NAMED_OBJECT.search(phrase.text):
            return False  # "An AP report on Comey and Mueller", "trains to Austria and Germany"
        if (
            phrase.name
            and phrase.text.endswith(phrase.name)
            and main.text[:1].isupper()
            and any(w.lower() in nouns.organization for w in main.text.split())
            and not _titled_full_name(main)  # ("… and House Speaker Nancy Pelosi")
        ):
            return False  # "the U.S. Fish and Wildlife Service": one body's name
        if (
            phrase.text[:1].isupper()
            and not phrase.role
            and not main_determined
            and main.name
            and main.text[:1].isupper()  # (not "Trump and congressional Republicans")
            and not main.text.startswith(main.name)
            and main.text.split()[0].lower().rstrip(".") not in role_or_title_words()
            and not (
                phrase.name and given_name_and_surname(phrase.name)
            )  # ("Mitch McConnell and …")
        ):
            return False  # "Health and Human Services Secretary Kathleen Sebelius": a title
        if (
            phrase.name
            and phrase.text == phrase.name
            and " " not in phrase.name
            and not self._known_name(phrase.name, phrase.start)
            # "Smith and other officials": one of them
            and main.text.split()[0].lower() not in _JOINT_OTHERS
        ):
            # a lone capitalised word speaks only as someone or something the text or the
            # lists know: not "Health and Human Services", "Immigration and Customs …"
            return False
        titles = role_or_title_words()
        if (
            phrase.role
            and words[-1][:1].isupper()
            and words[-1].lower().rstrip(".") in titles
            and main.name
            and main.text[:1].isupper()
            and main.text.split()[0].lower().rstrip(".") in titles
        ):
            # "Louisiana State University President and Chancellor F. King Alexander": a
            # body's title, then another before the name, are one person's two titles
            return False
        nameless = phrase.name is None or (
            " " not in phrase.name and is_people_noun(phrase.name.lower())
        )
        head = words[-1].lower().strip(".,’'")
        # "Activist and author Drew Dellinger": a singular role with no name, and no
        # determiner of the last conjunct's own, describe one person twice
        return not (nameless and not main_determined and singular(head) == head)

    def _of_other_party(self, name: str, party: str) -> bool:
        """Whether the article tells that ``name`` belongs to a party other than ``party``
        (a party word just before a mention of the surname, or a party tag after it), so
        that "the Kentucky Republican" does not take up a Democrat named last. A person the
        gazetteer knows tells it too: Nancy Pelosi speaks for the Democratic Party."""
        known = self._person_actor_raw(name)
        finder = getattr(self.actors, "actor_for", None)
        if known is not None and finder is not None:
            # only a party the gazetteer ties them to: Marco Rubio, who speaks for the
            # United States, may be "the Florida Republican"
            if self._party_actors is None:
                affiliations = load_source_nouns().affiliations
                self._party_actors = {finder(word.capitalize()) for word in affiliations}
            labelled = finder(party.capitalize())
            if labelled is not None and known in self._party_actors and labelled != known:
                return True
        patterns = _OTHER_PARTY.get(party)
        if patterns is None:
            return False
        before, after = patterns
        for mention in surname_pattern(name).finditer(self.text):
            if before.search(self.text, max(0, mention.start() - 40), mention.start()) or (
                after.search(self.text[mention.end() : mention.end() + 8])
            ):
                return True
        return False

    def _personal_finding(self, a: Attribution) -> bool:
        """Whether ``a`` is a person finding or showing something with no clause, quote or
        colon after the cue ("Sanders has found ways to …", "she found the stack
        confusing"): the verb reports speech when a poll, study or body finds results."""
        if not a.cue.findings or a.quotes:
            return False
        if a.source_type != "person" and not (
            # unnamed people find and show things too ("lawmakers found common
            # ground", "friends showed deepening worry"), but researchers,
            # investigators and reports find results
            a.source_type == "anonymous"
            and a.source is not None
            and a.source.text.split()[-1].lower() not in _FINDERS
        ):
            return False
        start = a.content_span[0]
        if start < a.cue_start:
            return False  # "“…,” she found": what closes a quotation is what was said
        # up to the content's first word: "found that …" opens its content at "that"
        between = self.text[a.cue_end : start + len("that")]
        if _THAT.search(between) or any(mark in between for mark in ':,“"'):
            return False
        # "Mueller found there was no crime", "found fault with": a clause, a criticism
        return _ZERO_THAT_CLAUSE.match(self.text, start) is None

    def _unit_index(self, pos: int) -> int:
        """The index of the unit (sentence) that ``pos`` falls in; -1 before the first."""
        return bisect.bisect_right(self._unit_starts, pos) - 1

    def _start_back(self, pos: int, back: int) -> int | None:
        """Where the sentence ``back`` sentences before the one of ``pos`` starts (the
        article's first sentence at most); None before the first sentence."""
        here = self._unit_index(pos)
        return self.units[max(here - back, 0)][0] if here >= 0 else None

    def _remember_thing(self, a: Attribution) -> None:
        """Keep a source that is no person, for an "it" or "they" after it."""
        if a.source is None or a.source_id.startswith(("unresolved:", "anonymous:unknown")):
            return
        if a.source_type in ("organization", "document", "outlet", "anonymous"):
            self._things.append(a)

    def _recent_things(self, pos: int, back: int) -> list[Attribution]:
        """The remembered sources that are no person (``_remember_thing``) before ``pos``,
        nearest first, in its sentence and the ``back`` sentences before it."""
        here = self._unit_index(pos)
        recent = []
        for a in reversed(self._things):
            assert a.source is not None
            if a.source.start >= pos:
                continue
            if self._unit_index(a.source.start) < here - back:
                break
            recent.append(a)
        return recent

    def _thing_antecedent(self, sp: SourcePhrase) -> Attribution | None:
        """The source an "it" or "they" takes up: the last source before it, in its own
        sentence or the one before, that is no person and agrees in number ("The
        indictment alleges … It says …", "Officials said … They added …"). An "it"
        takes a body, a document or an outlet named in the singular; a "they" a plural
        group. Nothing when that source is further back: the pronoun may refer to
        anything the article names."""
        for a in self._recent_things(sp.start, 1):
            assert a.source is not None
            speaker = (a.speaker or "").lower()
            head = speaker.split()[-1:]
            plural = bool(head) and (
                (a.source.name is None and head[0].endswith("s") and not head[0].endswith("ss"))
                or head[0] in _PLURAL_ONLY  # "Police said …"
                or " and " in speaker  # "Microsoft and Google said …"
                or _plural_group_word(head[0])  # "Republicans said …"
            )
            if sp.pronoun == "it" and a.source_type != "anonymous" and not plural:
                return a
            if sp.pronoun == "they" and plural:
                return a
            return None  # the nearest source is of the other number
        return None

    def _body_antecedent(self, sp: SourcePhrase) -> Attribution | None:
        """The named body or outlet a definite generic noun takes up ("the agency" after
        "the FBI said", "the newspaper" after "according to The Washington Post"): the
        nearest source before it of that kind, in its sentence or the two before, that the
        article named. None for any other phrase, or when a source of another kind stands
        nearer."""
        words = sp.text.split()
        if (
            sp.name is not None
            or not 2 <= len(words) <= 3
            or words[0].lower() != "the"
            or not all(w.islower() for w in words[1:])
        ):
            return None  # "the agency", "the news agency" (not "the Trump campaign")
        # generic nouns that take up a named body or outlet ("the company", "the
        # newspaper"), with the source type they take up (source_nouns.toml)
        generic = load_source_nouns().generic_bodies
        kind = generic.get(" ".join(words[-2:])) or generic.get(words[-1])
        if kind is None:
            return None
        for a in self._recent_things(sp.start, 2):
            assert a.source is not None
            text = a.source.text.split()
            named = a.source.name is not None or (text[0][:1].isupper() and len(text) <= 4)
            head = text[-1].lower()
            if head in generic and head != words[-1]:
                return None  # "the Justice Department said … the committee": another body
            if a.source_type == kind and named:  # "the FBI", "The Trump campaign"
                return a
            if a.source_type in ("organization", "outlet"):
                return None  # a body of the other kind, or unnamed, stands nearer
        return None

    def _attribute(
        self, match: re.Match[str], unit: tuple[int, int], earlier: list[Attribution]
    ) -> Attribution | None:
        cue = self.cues.lookup(match.group(0))
        if cue is None or cue.pos == "noun":
            return None
        cs, ce = match.span()
        if self.quote_at(cs) is not None:
            return None  # speech inside a quote belongs to the quoted speaker
        if self.links and self._in_link(cs, ce):
            return None  # a linked headline inside a paragraph: "… | Mayor vows … MORE"
        if "/" in self.text[cs - 1 : cs] + self.text[ce : ce + 1] and self._in_web_address(cs):
            return None  # a web address's path: "newyorker.com/reporting/2013/…"
        form = self.text[cs:ce]  # the match may come from the lower-cased text
        if cue.lemma == "according to":
            return self._according_to(cue, cs, ce, unit)
        if cue.lemma == "continue" and _CONTINUED_ACT.match(self.text, ce, unit[1]):
            return None  # "continued to insist", "continues saying": the act goes on, and the
            # verb after it is the cue
        if _OBLIGED.search(self.text, max(unit[0], cs - _OBLIGED_REACH), cs):
            return None  # "pilots should report any damage": a duty to speak, not speech
        if _CONDITION_BEFORE.search(self.text, max(unit[0], cs - _OBLIGED_REACH), cs):
            return None  # "If Democrats say …", "Every time they say …": no speech reported
        if _SUPPOSED_BEFORE.search(self.text, max(unit[0], cs - 30), cs):
            return None  # "a quiet (some would say stodgy) event": the writer's supposition
        if (
            form.lower() == "say"
            and self.text[:cs].rstrip().endswith(",")
            and self.text.startswith(",", ce)
        ):
            return None  # "a provider could, say, strike a deal": "for example", no speech
        if self.text[unit[0] : cs].strip(' \n"“(').lower() == "ever" or _EVER_ASKED.search(
            self.text, max(unit[0], cs - 12), cs
        ):
            return None  # "Ever wonder why …?": a question to the reader
        if cue.lemma == "ask" and (asked := self._question_asked(cue, cs, ce, unit)) is not None:
            return asked
        if form[0].isupper():
            return None  # "State Department", "Post", "Report": names, not verbs
        if cue.lemma == "report" and _CREDIT_LINE.match(self.text, ce, unit[1]):
            return None  # "Fingerhut reported from Washington.": a reporter's credit line
        if cue.lemma in _HEARSAY_LEMMAS and (hearsay := self._hearsay(cue, cs, ce, unit)):
            return hearsay
        if self._imperative_after_clause(cs, ce, unit):
            return None  # "If you have friends at church, ask them to talk with you"
        following = _WORD.search(self.text, ce, min(ce + 30, unit[1]))
        next_word = following.group(0).lower() if following else ""
        if (
            following is not None
            and next_word in _GAP_VERBS
            and not cue.label_only
            and not cue.complement  # "the letter that he wrote was published": its object
            and (gapped := self._attribute_relative_gap(cue, cs, ce, unit, following)) is not None
        ):
            return gapped
        if (
            next_word == "by"
            and following is not None
            and (extraposed := self._extraposed_by_agent(cue, cs, ce, unit, following.end()))
        ):
            return extraposed
        if (
            self._is_noun_use(cs, ce, unit)
            or next_word in cue.not_before
            or (
                cue.not_before_number
                and next_word[:1].isdigit()
                and not _NUMBERED_CLAUSE.match(self.text, ce)
            )
            or (next_word in _VERB_AFTER_NOUN and not _COMMA_AHEAD.match(self.text, ce, ce + 3))
            or _TO_BE.match(self.text, ce, ce + 12)
            or (cue.refuses and self._refusal(cs, ce))
            or (cue.removes and self._removal(cs, ce, unit))
            or (next_word in cue.passive_before and self._passive_participle(cs, ce, unit))
            or (cue.naming and _CONTRACTED_IS.search(self.text, max(unit[0], cs - 12), cs))
        ):
            return None
        by_end = following.end() if following is not None and next_word == "by" else None
        if by_end is None and (timed_by := _time_then_by().match(self.text, ce, unit[1])):
            by_end = timed_by.end()  # "The programs announced Monday by the Fed"
        if by_end is not None and self._passive_participle(cs, ce, unit, by_agent=True):
            if cue.complement or not cue.agent_passive:
                return None  # "data maintained by two scientists", "explained by her faith"
            return self._passive_by_agent(cue, cs, ce, unit, by_end)
        if (
            cue.naming
            and form.endswith("ed")
            and (_NAME_THEN_VERB.match(self.text, ce) or self._names_what_precedes(cs, ce, unit))
        ):
            # the label names what precedes; only a by-agent after it speaks
            return self._label_by_agent(cue, cs, ce, unit)
        if cue.naming and not cue.label_only:
            if self._name_was_what(cs, ce, unit):
                return None
            if (labelled := self._relative_label(cue, cs, ce, unit)) is not None:
                return labelled
        if cue.label_only:
            head = self.text[ce : min(unit[1], ce + _LOOKAHEAD)]
            if self._named_labels(head, ce, unit) is None:
                return None  # "she said, referring to the bill": no label, no speech
            return self._source_first(cue, cs, ce, unit, earlier)
        found = (
            self._quote_first(cue, cs, ce, unit)
            or self._clause_first(cue, cs, ce, unit)
            or self._source_first(cue, cs, ce, unit, earlier)
        )
        if (
            found is not None
            and cue.quote_only
            and not any(self.quote_at(s) is not None for s, _ in found.content)
        ):
            return None  # "For her part, Gillibrand fired back at Soros": no quote, no speech
        if (
            found is not None
            and found.source is not None
            and not self.text[found.source.end : cs].strip(" ,")
        ):
            source = self._noun_source(found.source, self.text[cs:ce].lower())
            if source is None:
                return None  # "denied ever asking", "the newly announced board": no speaker
            found.source = source
        return found

    def _plain_form(self, cs: int, ce: int) -> bool:
        """Whether the cue's verb is its plain form ("ask", "say"; not "asks", "asked",
        "asking"): an imperative's, or a plural subject's."""
        form = self.text[cs:ce].split(None, 1)[0].lower()
        return not form.endswith(("s", "ed", "ing")) and word_tag(form) in ("VB", "VBP")

    def _imperative_after_clause(self, cs: int, ce: int, unit: tuple[int, int]) -> bool:
        """Whether a plain form right after the comma that closes an opening subordinate
        clause is an imperative to the reader ("If you doubt that, ask Kim Davis", "When
        in doubt, tell them"), unless a plural subject follows it ("If they win, say
        analysts, …")."""
        if not self._plain_form(cs, ce):
            return False
        if not self.text[unit[0] : cs].rstrip().endswith(","):
            return False
        if _SUBORDINATE_OPENING.match(self.text, unit[0], cs) is None:
            return False
        after = self._source_after(ce, unit[1])
        return after is None or self._imperative_before_one(cs, ce, after)

    def _imperative_before_one(self, cs: int, ce: int, after: SourcePhrase) -> bool:
        """Whether a plain form before one person or thing is an imperative, not a verb
        inverted with its subject: "If you doubt that, ask Kim Davis" (one subject would
        take "asks"), where "Bring it on, say Democrats" has a plural subject."""
        if not self._plain_form(cs, ce):
            return False
        words = after.text.split()
        for i, word in enumerate(words[1:], 1):
            if word in ("of", "for", "at", "in", "from", "with", "on"):
                words = words[:i]  # "the authors of the report": the authors
                break
        last = words[-1]
        lowered = last.lower()
        plural = (
            " and " in after.text
            # "officials", "Democrats", "Critics" (but "Kim Davis" is one person)
            or (last[0].islower() and lowered.endswith("s") and not lowered.endswith("ss"))
            or _plural_group_word(lowered)
        )
        return not plural

    def _hearsay(self, cue: Cue, cs: int, ce: int, unit: tuple[int, int]) -> Attribution | None:
        """ "Priebus was said to be “furious”", "Obama is reported to have called …": a
        passive of saying before an infinitive reports hearsay and names no one who said it
        (the "weasel words" of Wikipedia's style guide). The subject and the infinitive's
        clause are what was said; the source is unnamed."""
        auxiliary = _HEARSAY_AUXILIARY.search(self.text, max(unit[0], cs - 30), cs)
        infinitive = _TO_VERB.match(self.text, ce, unit[1])
        if infinitive is None:
            return None
        if auxiliary is None:
            return self._reduced_hearsay(cue, cs, ce, unit, infinitive.start(1))
        start = infinitive.start(1)
        end = self._adverbial_clause_end(unit, cs, start, unit[1])
        relative = _RELATIVE_END.search(
            self.text, max(unit[0], auxiliary.start() - 12), auxiliary.start()
        )
        if relative is not None and (comma := self.text.find(",", start, end)) >= 0:
            end = comma  # "Sanders, who is said to have pressed for it, lost": its clause
        span = _trim(self.text, start, self._content_end(start, end))
        if span is None:
            return None
        content = [span]
        subject = self._source_before(
            max(unit[0], auxiliary.start() - _SUBJECT_REACH), auxiliary.start()
        )
        between = self.text[subject.end : auxiliary.start()] if subject is not None else ""
        if subject is not None and _ADVERBS_ONLY.fullmatch(between):
            # "Some advisers are said to …", "Obama also is reported to …"
            content.insert(0, (subject.start, subject.end))
        quotes = self._quotes_within(content[0][0], span[1] + 1)
        return Attribution(
            cue, cs, ce, content, None, "indirect", self.paragraph_of(cs), None, quotes
        )

    def _reduced_hearsay(
        self, cue: Cue, cs: int, ce: int, unit: tuple[int, int], start: int
    ) -> Attribution | None:
        """ "The Pentagon released grainy video said to show the episode": a participle of
        saying after the object of a verb or preposition, before an infinitive, is a
        reduced passive ("video that is said to show", "a man reported to have fled"),
        hearsay like ``_hearsay``'s; "The man said to wait" has no such object (the man
        speaks)."""
        form = self.text[cs:ce].lower()
        verb = _WORD.match(self.text, start + len("to "))
        if verb is None or verb.group(0) not in _HEARSAY_INFINITIVES:
            return None  # "said to expect a statement", "said to reporters"
        if form != "said" and not (form == "reported" and verb.group(0) in ("be", "have")):
            return None  # ("side effects reported to poison control centers", "the report to
            # be issued")
        words = list(_WORD.finditer(self.text, max(unit[0], cs - 80), cs))
        k = len(words)
        while k and len(words) - k < 4 and word_tag(words[k - 1].group(0).lower()) in _NP_TAGS:
            k -= 1
        if k == len(words) or k == 0 or not words[k].group(0).islower():
            return None
        before = words[k - 1].group(0)
        if not before.islower() or word_tag(before) not in _OBJECT_TAKERS:
            return None
        if self.text[words[k - 1].end() : words[-1].end()].count(",") or _QUOTE_MARKS.search(
            self.text, words[k].start(), cs
        ):
            return None
        end = self._adverbial_clause_end(unit, cs, start, unit[1])
        span = _trim(self.text, start, self._content_end(start, end))
        if span is None:
            return None
        content = [(words[k].start(), words[-1].end()), span]
        quotes = self._quotes_within(content[0][0], span[1] + 1)
        return Attribution(
            cue, cs, ce, content, None, "indirect", self.paragraph_of(cs), None, quotes
        )

    def _removal(self, cs: int, ce: int, unit: tuple[int, int]) -> bool:
        """Whether a verb that also means "remove" takes a post as its object, or a court
        its matter, with no "as" label after it: "he dismissed the director", "the judge
        dismissed the case" remove someone or end a suit; "dismissed the report as fake",
        "the company dismissed the lawsuit, saying …", "dismissed the chairman's concerns"
        and "dismisses his rogue colleague" speak (a person's name or a people noun may be
        either, and stays)."""
        rest = self.text[ce : unit[1]]
        if _AS_WORD.search(rest):
            return False
        m = _REMOVED_OBJECT.match(rest)
        if m is None:
            return False
        roles = load_source_nouns().role_families
        court = _COURT_BEFORE.search(self.text, max(unit[0], cs - 40), cs) is not None
        # the phrase's head is among its first three words, before any preposition or
        # possessive ("the former FBI director"; not "the blast with spokesman …")
        words = m.group("words").lower().split()
        owners = [i for i, w in enumerate(words) if w.endswith(("'s", "’s", "s'", "s’"))]
        if owners:
            words = words[owners[-1] + 1 :]  # "the inspector general's findings": findings
        for word in words:
            if word in _PHRASE_BREAKS:
                return False
            if (court and word in _COURT_MATTERS) or word in roles:
                return True
        return False

    def _refusal(self, cs: int, ce: int) -> bool:
        """Whether the cue at ``cs``–``ce`` refuses something rather than denies a claim: it
        takes two objects ("denied her a hearing", "deny Sanders the nomination"), or it is
        a passive with an object after it ("was denied entry"; "were denied by the
        company" denies a claim)."""
        if _SECOND_OBJECT.match(self.text, ce):
            return True
        return bool(
            self.text.endswith("ed", cs, ce)  # "is denying that …" is no passive
            and _PASSIVE_AUXILIARY.search(self.text, max(0, cs - 25), cs)
            and _LOWER_WORD_NOT_BY.match(self.text, ce)
        )

    def _noun_source(self, source: SourcePhrase, form: str) -> SourcePhrase | None:
        """The source right before its cue (or its comma), or what stands for it when it
        is one lower-case word that is no noun: an adverb, an adjective or a verb form (the
        lexicon of Brill's tagger decides, for a hyphenated word by its last part). After
        a noun phrase the word belongs to it, and that phrase speaks ("economists
        interviewed said", "the people he met said", "the leaders together vowed").
        Otherwise the cue has no subject and is no speech: None ("denied ever asking",
        "the newly announced board", "Cinema Latino, which mostly shows"). An adjective or
        participle after a determiner is itself a noun ("the left", "the accused", "A
        local said"); before a noun cue ("a blunt retort") the cue is no verb at all
        (``_after_singular_noun``)."""
        words = source.text.split()
        if len(words) == 2 and words[0].lower() in ("the", "a", "an"):
            words = words[1:]  # "the newly"
        if source.name or source.pronoun or source.role or len(words) != 1:
            return source
        text = words[0]
        nouns = load_source_nouns()
        if not text.islower() or text in nouns.collective or text in VAGUE_QUANTIFIERS:
            return source  # "a few say", "many argue"
        tag = word_tag(text.rsplit("-", 1)[-1])
        if not tag.startswith(("RB", "JJ", "VB")):
            return source
        at = source.end - len(text)
        before = self._word_before(at)
        prev = before.group(1).lower() if before is not None else ""
        finite = form.endswith(("ed", "s")) or word_tag(form) in ("VBD", "VBZ")
        if prev in _NOMINAL_DETERMINERS and tag in ("JJ", "VBN", "VBG") and finite:
            return source  # "the left says", "A local said" (not "a familiar note")
        if not prev or prev in _NOUN_USE or word_tag(prev)[:2] in _NO_SUBJECT_TAGS:
            return None  # (also after "which", "who": "Cinema Latino, which mostly shows")
        assert before is not None
        end = before.end(1)
        if word_tag(prev) == "PRP" and self._after_noun(before.start(1)):
            end = before.start(1)  # "the economists I interviewed said": the economists
        i = self._unit_index(at)
        start = self.units[i][0] if i >= 0 else self.body_start
        return self._source_before(max(start, at - _SUBJECT_REACH), end)

    def _name_was_what(self, cs: int, ce: int, unit: tuple[int, int]) -> bool:
        """ "That's what we called it then": the name a naming cue gave is the free
        relative "what", and only a pronoun for the thing named follows (no quoted
        label), so nothing said is left to report."""
        what = _WHAT_THEN_SUBJECT.search(self.text, max(unit[0], cs - _SUBJECT_REACH), cs)
        if what is None:
            return False
        return (
            _PRONOUN_OBJECT.match(self.text, ce, unit[1]) is not None
            and _QUOTE_MARKS.search(self.text, ce, unit[1]) is None
        )

    def _relative_label(
        self, cue: Cue, cs: int, ce: int, unit: tuple[int, int]
    ) -> Attribution | None:
        """ "what the regime calls terrorism", "protesters, whom the minister called thugs,":
        the label a naming cue gives the gap of a relative clause is its subject's word, not
        the writer's. The label runs to the clause's end (a comma, a dash, "is"/"was" …)."""
        relative = _RELATIVE_BEFORE.search(self.text, max(unit[0], cs - _SUBJECT_REACH), cs)
        if relative is None:
            return None
        source = self._source_before(relative.end(), cs)
        if source is None or self.text[relative.end() : source.start].strip():
            return None
        label = _LABEL_AFTER.match(self.text, ce, unit[1])
        if label is None or not _WORD.search(label.group(1)):
            return None
        span = (label.start(1), label.end(1))
        return Attribution(cue, cs, ce, [span], source, "indirect", self.paragraph_of(cs))

    def _clause_after_source(
        self, start: int, end: int, *, complement_due: bool = False
    ) -> tuple[int, int] | None:
        """The rest of a clause that an "according to X" interrupts: after the comma that
        closes X and any relative clause or noun phrase set beside X ("…, according to a
        report by the UN, which monitors the region, killed 12"). None when a new clause
        follows ("…, but the army denied it"). ``complement_due``: the words before end in
        a verb, so a noun phrase after X is its complement ("Trump remains, according to
        Gallup, the least popular winner")."""
        comma = self.text.find(",", start, end)
        if comma >= 0 and (
            _RELATIVE_OPENING.match(self.text, comma + 1, end)
            or (not complement_due and self._apposed_noun_phrase(comma + 1, end))
        ):
            # "…, according to Brian Wieser, an analyst at Pivotal Research Group." (not
            # "Overall, according to the survey, the economy is growing.")
            comma = self.text.find(",", comma + 1, end)
        if comma < 0 or _CONJUNCTION_OPENING.match(self.text, comma + 1, end):
            return None
        return _trim(self.text, comma + 1, end)

    def _apposed_noun_phrase(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to the next comma (or ``end``) are a noun
        phrase set beside the one before them: an article, then no finite verb before a
        relative pronoun ("a Republican pollster who conducted the poll")."""
        words = [w.strip("'’") for w in _WORD_TOKEN.findall(self.text, start, end)]
        if not words or words[0].lower() not in ("a", "an", "the"):
            return False
        # a participle after a definite noun is its verb ("the contractors left for"), after
        # an indefinite one it may describe it ("a start-up founded in 2015")
        finite = FINITE_TAGS | {"VBN"} if words[0].lower() == "the" else FINITE_TAGS
        relative = False
        verb_groups = 0
        in_verb = False
        for word in words[1:]:
            if word == ",":
                break
            tag = word_tag(word) or word_tag(word.lower())
            if not relative:
                if word.lower() in ("who", "whose", "which", "that"):
                    relative = True
                elif tag in finite:
                    return False
                continue
            # after a relative pronoun, its clause has one verb group; a second is the
            # main clause's ("the states that have enacted laws are also …")
            if tag in FINITE_TAGS and not in_verb:
                verb_groups += 1
            in_verb = tag.startswith(("VB", "MD", "RB")) or word.lower() in _ADVERBS_BETWEEN
        return verb_groups < 2

    def _names_what_precedes(self, cs: int, ce: int, unit: tuple[int, int]) -> bool:
        """ "books labeled “fiction”", "the law, dubbed “Obamacare”,": a participle of a
        naming verb with its quoted label right after it names the noun before it, and no
        one speaks. Not "what he called “…”", "a move The Times called “…”", "material that
        Democrats have called “…”": there a subject names the gap."""
        opening = _QUOTE_RIGHT_AFTER.match(self.text, ce)
        if opening is None:
            return False
        quote = self.quote_at(opening.end() - 1)
        if quote is not None and _LABEL_AFTER_OBJECT.match(self.text, quote.end):
            return False  # "Pelosi, speaking Thursday, called “the wall” an immorality"
        if self.text[unit[0] : cs].rstrip().endswith(","):
            return True
        source = self._source_before(max(unit[0], cs - _SUBJECT_REACH), cs)
        if source is None or source.name or source.pronoun or source.role:
            return False
        return not _RELATIVE_END.search(self.text, unit[0], source.start)

    def _label_by_agent(
        self, cue: Cue, cs: int, ce: int, unit: tuple[int, int]
    ) -> Attribution | None:
        """ "the law, branded “draconian” by critics": the agent of a passive naming
        participle speaks the quoted label after it (not "by Monday")."""
        opening = _QUOTE_RIGHT_AFTER.match(self.text, ce)
        quote = self.quote_at(opening.end() - 1) if opening else None
        by = _BY_AGENT.match(self.text, quote.end, unit[1]) if quote else None
        if quote is None or by is None:
            return None
        source = self._source_after(by.end(), unit[1])
        if source is None or not _can_speak(source) or _TIME_WORD.fullmatch(source.text):
            return None
        return self._span_attribution(cue, cs, ce, (quote.start, quote.end), source, None)

    def _extraposed_by_agent(
        self, cue: Cue, cs: int, ce: int, unit: tuple[int, int], by_end: int
    ) -> Attribution | None:
        """ "It was reported by the Times that …", "it was announced by the White House on
        Monday that …": the subject is the empty "it", so the agent after "by" reported
        the clause the "that" opens. None when the subject is anything else."""
        words = self.text[unit[0] : cs].split()
        if (
            not words
            or words[0].strip('"“(').lower() != "it"
            or not self.text[cs:ce].lower().endswith(_PARTICIPLE_ENDS)
            or not _passive_auxiliaries(words[1:])
        ):
            return None  # "It said the deal, announced by …": "it" is a subject
        agent = self._source_after(by_end, unit[1])
        if agent is None or not _can_speak(agent):
            return None
        clause = _EXTRAPOSED.match(self.text, agent.end, unit[1])
        if clause is None:
            return None
        span = _trim(self.text, clause.end() - len(clause.group(0).split()[-1]), unit[1])
        if span is None:
            return None
        return Attribution(cue, cs, ce, [span], agent, "indirect", self.paragraph_of(cs))

    def _passive_by_agent(
        self, cue: Cue, cs: int, ce: int, unit: tuple[int, int], by_end: int
    ) -> Attribution | None:
        """ "a practice criticized by Miller", "an allegation rejected by a series of
        inquiries", "The deal was announced by the two leaders": the agent after "by" is
        the source, and the noun phrase the passive is said of is the content (as
        PolNeAR marks it); ``by_end`` is where the "by" after the cue ends. None when
        either phrase is missing ("which is then denounced by Trump")."""
        agent = self._source_after(by_end, unit[1])
        tail = _PASSIVE_TAIL.search(self.text, unit[0], cs)
        end = tail.start() if tail is not None else cs
        patient = self._source_before(max(unit[0], end - _SUBJECT_REACH), end)
        if agent is None or patient is None or not _can_speak(agent):
            return None
        for word in cue.passive_before:
            # "accused by the Turkish government of coordinating …": the charge follows
            cut = agent.text.find(f" {word} ")
            if cut > 0:
                agent = replace(agent, text=agent.text[:cut], end=agent.start + cut)
        reason = _FOR_REASON.search(agent.text)
        if reason is not None and agent.name is None:
            # "criticized by Republicans for the deal": the reason follows the agent (not
            # "Citizens for Responsibility and Ethics", a name)
            cut = reason.start()
            agent = replace(agent, text=agent.text[:cut], end=agent.start + cut)
        for verb in _WORD.finditer(agent.text):
            if verb.start() and verb.group(0).islower() and word_tag(verb.group(0)) in _VERB_TAGS:
                # "the charges described by the ACLU involve such offenses": the agent ends
                # before the main clause's verb
                kept = agent.text[: verb.start()].rstrip()
                agent = replace(agent, text=kept, end=agent.start + len(kept))
                break
        last = agent.text.rsplit(" ", 1)
        if agent.name is None and len(last) == 2 and last[1].endswith("ly"):
            # "by the two leaders simultaneously": the adverb is no part of the agent
            agent = replace(agent, text=last[0], end=agent.start + len(last[0]))
        found = Attribution(
            cue, cs, ce, [(patient.start, patient.end)], agent, "indirect", self.paragraph_of(cs)
        )
        found.passive = True
        # "Obama, criticized by Republicans for the deal, said no": a participle set off
        # after its noun bounds no later cue's subject, like a relative clause
        found.relative = self._set_off_passive(cs, ce)
        return found

    def _passive_participle(
        self, cs: int, ce: int, unit: tuple[int, int], *, by_agent: bool = False
    ) -> bool:
        """Whether a cue in -ed is a passive ("a nominee accused of assault", "Cruz was
        accused of", "Credibly accused of"), not an active verb whose object a relative
        clause has moved ("whom Trump accused of", "websites he accused of", "the U.S.
        has accused of"): an active needs a subject of its own, a pronoun or a name
        after "whom", or an auxiliary of the perfect before it. Before "by"
        (``by_agent``), a name is a subject too ("Trump announced by tweet"), so only a
        common noun or a passive auxiliary makes the passive ("the deal announced by the
        two leaders": like "the deal was announced by …", no attribution)."""
        if not self.text[cs:ce].endswith("ed"):
            return False  # "accuses", "blaming": active forms
        words = _WORD.findall(self.text, max(unit[0], cs - _SUBJECT_REACH), cs)
        while words and (words[-1].lower().endswith("ly") or words[-1].lower() in _ADVERBS_BETWEEN):
            words.pop()  # "repeatedly", "also"
        if not words:
            return True
        before = words[-1].lower()
        if before in _PASSIVE_AUXILIARIES:
            return True  # "was accused of", "get blamed for"
        if before in _PERFECT_AUXILIARIES or before in PERSONAL_PRONOUNS:
            return False
        if by_agent and not words[-1].islower() and not self._set_off_passive(cs, ce):
            return False
        return not any(w.lower() in ("whom", "who") for w in words[-4:-1])

    def _set_off_passive(self, cs: int, ce: int) -> bool:
        """Whether a cue in -ed after a comma and before "by" and no gerund is a passive set
        off after its noun: "Ross Perot, blamed by both father and son" (not "Warren, a
        senior member of the Democratic Party, responded by tweeting": the means)."""
        if not self.text[:cs].rstrip().endswith(","):
            return False
        after = _BY_THEN_WORD.match(self.text, ce)
        return after is not None and not after.group(1).lower().endswith("ing")

    def _attribute_relative_gap(
        self, cue: Cue, cs: int, ce: int, unit: tuple[int, int], following: re.Match[str]
    ) -> Attribution | None:
        """ "Hamas, which officials say is a terrorist group, …", "a letter that he said
        was drafted by the firm": the relative pronoun is the subject of the reported
        clause, whose verb follows the cue; that clause, to its comma, is the source's."""
        between = self.text[ce : following.start()].strip(" “\"‘'")
        if between not in ("", ","):
            # (not "which Jones helped write, was …": the main clause's verb; but "which
            # he argued “will save lives”")
            return None
        # "which officials say is …", or set off: "which, officials said, is …"
        gap = _RELATIVE_GAP_SET_OFF if between else _RELATIVE_GAP
        relative = gap.search(self.text, max(unit[0], cs - _SUBJECT_REACH), cs)
        if relative is None:
            return None
        opening = _WORD.findall(self.text, unit[0], relative.start())
        if (
            not _COMMA_END.search(self.text, unit[0], relative.start())
            and 0 < len(opening) < 6
            and opening[0].lower() in _SUBJECT_OPENERS
        ):
            # "Everything that he said was a lie": a relative clause inside the sentence's
            # subject leaves the verb after it to the main clause
            return None
        source = self._source_before(relative.end(), cs)
        if (
            source is None
            or self.text[relative.end() : source.start].strip()
            or _holds_clause(source)  # "which Jones helped write, was …"
            # a cue that may be a plural noun needs a subject that can speak: not "that
            # anyone whose old comments are …" ("which the militants say was" is a verb)
            or (self.text[ce - 1] == "s" and not _can_speak(source))
            or self._is_noun_use(cs, ce, unit)  # "that the CIA's report should …"
        ):
            return None
        end = _CLAUSE_END.search(self.text, following.start(), unit[1])
        goes_on = _LIST_GOES_ON
        while end is not None and goes_on.match(self.text, end.start()):
            # "…, including bounce houses, on game days": no new verb, the clause goes on
            end = _CLAUSE_END.search(self.text, end.end(), unit[1])
            goes_on = _CLAUSE_GOES_ON
        span = _trim(self.text, following.start(), end.start() if end else unit[1])
        if span is None:
            return None
        return replace(self._span_attribution(cue, cs, ce, span, source, None), relative=True)

    def _event_clause_subject(self, start: int, cs: int) -> SourcePhrase | None:
        """The subject of a clause of time after an earlier cue that closes right before a
        participle cue at ``cs`` ("Trump said no one was hurt before the Pentagon reversed
        course on Thursday, saying …"): "before", "after" or "until", a person or body and
        a verb in the past that is no auxiliary, searched after ``start``; None when there
        is none."""
        openers = list(_EVENT_CLAUSE.finditer(self.text, start, cs))
        opener = openers[-1] if openers else None
        if opener is None or self.quote_at(opener.start()) is not None:
            return None
        comma = self.text.rfind(",", opener.end(), cs)
        if _CLAUSE_STOP.search(self.text, opener.end(), comma if comma >= 0 else cs):
            return None  # a clause of its own between ("…, after he left, and she said, …")
        subject = self._source_after(opener.end(), cs)
        if subject is None or subject.pronoun == "it" or not _can_speak(subject):
            return None
        verb = _WORD.match(self.text, subject.end + 1)
        if (
            verb is None
            or self.text[subject.end : subject.end + 1] != " "
            or word_tag(verb.group(0)) != "VBD"
            or verb.group(0).lower() in _AUXILIARY_PASTS  # "after they were released"
            or not _names_a_speaker(subject)
        ):
            return None
        return subject

    def _cue_at(self, pos: int) -> bool:
        """Whether a cue match starts at ``pos``."""
        i = bisect.bisect_left(self._cue_starts, pos)
        return i < len(self._cue_starts) and self._cue_starts[i] == pos

    def _catenative_lead(self, cs: int, floor: int) -> int | None:
        """Where a verb of aspect before a gerund cue ("keep saying", "went on insisting")
        or an implicative verb and "to" before a plain cue ("went on to say", "was quick
        to point out") starts, not before ``floor``: the cue is that verb's complement,
        and its subject is the speaker."""
        form = _WORD.match(self.text, cs)
        if form is None:
            return None
        word = form.group(0).lower()
        if word.endswith("ing"):
            lead = _ASPECT_BEFORE_GERUND
        elif word.endswith(("ed", "s")) and not word.endswith("ss"):
            return None  # only a plain form follows "to"
        else:
            lead = _IMPLICATIVE_BEFORE_TO
        found = lead.search(self.text, max(floor, cs - 40), cs)
        return found.start() if found is not None else None

    def _is_noun_use(self, cs: int, ce: int, unit: tuple[int, int]) -> bool:
        end = cs
        while end > unit[0] and self.text[end - 1].isspace():
            end -= 1
        begin = end
        while begin > unit[0] and (self.text[begin - 1].isalnum() or self.text[begin - 1] in "'’-"):
            begin -= 1
        if begin == end or end == cs:
            return False  # punctuation right before the cue: "…, a swing state, said"
        if self._catenative_lead(cs, unit[0]) is not None:
            return False  # "Critics keep saying", "he went on to say": a verb's complement
        prev = self.text[begin:end].lower()
        if (
            begin == unit[0]
            and self.text.startswith(":", ce)
            and self.text[begin].isupper()
            and not self.text[begin:end].isupper()  # "IG report: …" names the IG's report
            and not prev.endswith("s")
            and prev not in _PRONOUN_SUBJECTS
            and not self.text[cs:ce].lower().endswith(("s", "ed", "ing"))
            and word_tag(self.text[cs:ce].split(None, 1)[0].lower()) not in ("VBD", "VBN")
        ):
            return True  # "Trivia answer: …", "Quick note: …": a label, one singular word
            # before a plain form (a singular subject would take "answers")
        if prev.endswith(("’s", "'s")) and prev[:-2] not in _CONTRACTED:
            return True  # "the AP’s report"
        if prev.endswith(("s’", "s'")) and len(prev) > 3:
            return True  # "advocates’ claims": a plural possessive
        word = self.text[cs:ce].lower()
        if " " in word:
            word = word.split(None, 1)[0]  # "speaking out": its verb
        if (
            prev in self.cues.compound_firsts
            and f"{prev} {word}" in self.cues.noun_compounds
            and (self.text[begin].islower() or begin == unit[0] or not word.endswith("s"))
            # "his remarks this morning show that …": a time adjunct, then the verb
            and not (
                prev in _DAYTIME_FIRSTS
                and (
                    _TIME_BEFORE_WORD.search(self.text, max(unit[0], begin - 20), begin)
                    or _CLAUSE_AFTER_SHOW.match(self.text, ce)
                )
            )
        ):
            # "a talk show host", "the avalanche of press reports about", "a Fox News
            # report" (but a name before a verb: "The Associated Press reports")
            return True
        if prev == "worth":
            return True  # "it's worth noting that …": the writer's own remark, no one speaks
        if (
            prev in _VERB_PARTICLES
            and word.endswith("s")
            and word_tag(word) in ("NNS", "VBZ")
            and (verb := self._word_before(begin, unit[0])) is not None
            and any(
                tag.startswith("VB")
                for tag in brill_lexicon().get(verb.group(1).lower(), (word_tag(verb.group(1)),))
            )
        ):
            return True  # "to tamp down reports about …": a phrasal verb's object
        following = self._word_after(ce)
        if following is not None and f"{word} {following.group(0).lower()}" in (
            self.cues.noun_compounds
        ):
            return True  # "bragging rights", "warning shots": the cue opens a compound noun
        if self._after_opening_preposition(begin, prev, word, unit):
            return True  # "For indispensable reporting on …", "For more reports from …"
        if (
            self.text[begin:end].islower()
            and word_tag(prev) == "VBZ"
            and self.cues.lookup(prev) is None
            and word.endswith("s")
            and word_tag(word) in ("NNS", "VBZ")
        ):
            return True  # "This includes claims that …": a finite verb's object
        if word.endswith("ing") and self._tensed_verb_next(ce):
            return True  # "A stall warning sounded", "the warning was": the subject's noun
        if word.endswith("ing") and self._gerund_after_owner_and_adjective(begin, prev, unit):
            return True  # "the Daily Show's erroneous reporting on": a noun
        if self._article_then_modifier(begin, prev, word, unit):
            return True  # "with a live report on": "a", a modifier, then the noun
        if self._noun_before_finite_cue(word, ce) or self._noun_before_past_verb(
            begin, prev, word, ce, unit
        ):
            return True  # "the murder report alleges that …": the subject's noun
        if self._after_article_and_name(begin, end, word, ce, unit):
            return True  # "the April 18 Mueller report,", "the New York Times report as"
        if self._noun_before_noun(begin, end, prev, word, ce):
            return True  # "a grand jury report about abuse", "to settle sex abuse claims from"
        if word.endswith("s") and prev.endswith("ed") and self.text[begin:end].islower():
            return True  # "finally validated claims that": the object of a verb, a noun
        if not word.endswith(("ed", "ing")) and (
            prev in _SUPPORT_VERBS
            or (
                self.text[begin:end].islower()
                and (word_tag(prev) in ("VBD", "VBN", "VBG") or self._adjunct_gerund(begin, prev))
                and word_tag(word) in ("NN", "NNS")
                and not is_between_word(prev)
                and self.cues.lookup(prev) is None
                and self.cues.lookup(word) not in _SAY_TELL
            )
        ):
            # "laid claim to", "is making promises", "the following comment", "a hit show":
            # a support verb or a participle, and its noun (but "those involved argue": a
            # participle after its noun, and a verb the tagger knows as one)
            return True
        auxiliary = prev
        if prev.endswith("ly") and prev not in load_source_nouns().ly_nouns:
            # "was initially proposed by": an adverb between the auxiliary and the participle
            before = self._word_before(begin, unit[0], reach=begin)
            auxiliary = before.group(1).lower() if before is not None else prev
        if auxiliary.endswith(("’re", "'re", "’m", "'m")):
            auxiliary = "are"  # "then you’re told to come back", "I’m told": a passive (not
            # "he’s told reporters", where "’s" may be "has")
        passive = auxiliary in _BE and not word.endswith("ing")
        if passive and (
            _PASSIVE_SPEECH.match(self.text, cs)
            or (self.cues.lookup(word) is _TELL and _TOLD_CLAUSE.match(self.text, ce))
        ):
            # "Trump was asked, “…?”", "it was reported that …" (but "you were labeled a
            # “liberal reader”": the one labelled is no speaker)
            named = self.cues.lookup(word)
            passive = named is not None and named.naming
        numbered = (
            prev[:1].isdigit() or prev.endswith("-page") or prev in load_source_nouns().numbers
        )
        if numbered and self.cues.lookup(word) not in _SAY_TELL:
            return True  # "the 35 states", "the 95-page report" (but "six in 10 said")
        if prev in VAGUE_QUANTIFIERS and (word.endswith("ing") or word_tag(word) in ("NN", "NNS")):
            return True  # "many disputes", "some warning signs", "some explaining to do"
        if self._after_singular_noun(cs, word, unit):
            return True  # "said in a client note that", "the war state that has"
        return (
            prev in _NOUN_USE
            or passive  # "was confirmed 92 to 0"
            or self._after_adjective(
                begin, end, prev, word, unit
            )  # "the secretive communist state"
            or (
                self.text[begin:end].islower()
                and self.cues.lookup(prev) is not None
                and not self._ends_noun_compound(unit[0], begin, prev)
                and not self._document_and_verb(prev, word)
                and not self._verb_after_cue_noun(begin, prev, word, ce, unit)
                and not self._singular_document_and_verb(begin, prev, word, unit)
                # "released a statement saying …": a document's participle (not "denied
                # reports saying …", "a series of tweets accusing …")
                and not (
                    word.endswith("ing")
                    and not prev.endswith("s")
                    and prev in load_source_nouns().document
                )
            )  # "denied reports" (but "press reports say", "the reports show", "the report
            # says")
        )

    def _document_before_adjuncts(
        self, source: SourcePhrase, left_start: int
    ) -> SourcePhrase | None:
        """The document a chain of place or origin phrases follows, when ``source`` closes
        that chain right before a participle: "read out a joint statement on the steps of
        the Capitol saying" → "a joint statement"; None otherwise."""
        words = list(_WORD.finditer(self.text, max(left_start, source.start - 90), source.start))
        if (
            not words
            or words[-1].group(0).lower() not in _ADJUNCT_PREPOSITIONS
            or self.text[words[-1].end() : source.start].strip()
        ):
            return None
        nouns = load_source_nouns()
        for k in range(len(words) - 2, max(-1, len(words) - 12), -1):
            word = words[k].group(0)
            if self.text[words[k].end() : words[k + 1].start()].strip():
                return None  # punctuation between: another clause
            low = word.lower()
            if word.islower() and singular(low) in nouns.document:
                found = self._source_before(max(left_start, words[k].start() - 40), words[k].end())
                return found if found is not None and found.end == words[k].end() else None
            if word.islower() and (
                low not in _ADJUNCT_PREPOSITIONS
                and word_tag(low) not in ("DT", "NN", "NNS", "JJ", "CD", "PRP$")
            ):
                return None  # a verb or another word no place phrase holds
        return None

    def _participle_subject(
        self, source: SourcePhrase | None, before: list[str], left_start: int, cs: int
    ) -> SourcePhrase | None:
        """The subject of a participle cue with no comma before it, given the phrase right
        before it (``source``) and the word there (``before``). An object or reflexive
        pronoun is the participle's own subject: "I remember him saying" (he), "I find
        myself wondering" (I). A stretch of time speaks not: "the GOP spent too much time
        criticizing", "Clinton spent the last few days arguing": the subject of the verb
        the time follows speaks, and after a preposition ("at the same time reporting")
        no one here does (an earlier subject may)."""
        word = before[0] if before else ""
        at = self.text.rfind(word, left_start, cs) if word else -1
        verb = self._word_before(at, left_start) if at > 0 else None
        after_verb = verb is not None and word_tag(verb.group(1).lower()).startswith("VB")
        subject_form = _SUBJECT_FORM.get(word) if after_verb else None
        if after_verb and subject_form is None:
            # "I find myself wondering" (not "the candidate herself wondering": an
            # emphatic pronoun after its noun)
            subject_form = _REFLEXIVE_SUBJECT.get(word.lower())
        if subject_form is not None:
            # (not "many of them chanting": after "of", the quantity speaks)
            return SourcePhrase(at, at + len(word), word, pronoun=subject_form)
        if source is None or source.name or source.role or source.pronoun:
            return source
        head = singular(source.text.split()[-1].lower())
        if head not in _SPAN_HEADS and head not in load_source_nouns().time_after_preposition:
            return source
        verb = self._word_before(source.start, left_start)
        for _ in range(4):
            if verb is None or word_tag(verb.group(1).lower()) not in _TIME_MODIFIER_TAGS:
                break
            verb = self._word_before(verb.start(), left_start)  # "spent the past several"
        if verb is None or not word_tag(verb.group(1).lower()).startswith("VB"):
            return None
        end = verb.start()
        while (helper := self._word_before(end, left_start)) is not None and helper.group(
            1
        ).lower() in _HELPERS_BEFORE_VERB:
            end = helper.start()  # "Trump has spent weeks", "would not have spent"
        subject = self._source_before(max(left_start, end - _SUBJECT_REACH), end)
        if subject is None or subject.end != len(self.text[:end].rstrip()):
            return None
        return subject if _names_a_speaker(subject) else None

    def _adjunct_gerund(self, begin: int, prev: str) -> bool:
        """Whether ``prev``, a word the tagger reads as a noun ("preaching", "issuing"), is
        a gerund after a preposition opening an adjunct, so a verb with its object: "Far
        from preaching caution", "without issuing warnings" (not "the results of polling
        show": after "of" it may be a noun heading a subject)."""
        if not prev.endswith("ing") or len(prev) < 6:
            return False
        before = self._word_before(begin, max(0, begin - 30))
        return before is not None and before.group(1).lower() in _GERUND_ADJUNCT_PREPOSITIONS

    def _after_singular_noun(self, cs: int, word: str, unit: tuple[int, int]) -> bool:
        """Whether a cue form without -s closes a singular noun phrase, so it is a noun of
        that phrase and no verb: a singular subject would take "notes", "states" ("said in
        a client note that", "a highly-detailed report on", "the war state that"). The
        phrase opens with a singular determiner, or with "the"/"this" and ends in a common
        singular noun. Not after a noun of a group, which may take a plural verb ("a
        majority say", "the team claim"), nor of a body or people ("the agency report
        that …", "the witness testify": a subjunctive)."""
        gerund = word.endswith("ing")
        if (
            word.endswith("ed")
            or (word.endswith("s") and not word.endswith("ss"))
            or word_tag(word) in ("VBD", "VBN", "VBZ")
        ):
            return False
        phrase = _SINGULAR_PHRASE.search(self.text, max(unit[0], cs - 60), cs)
        if phrase is None:
            return False
        if gerund and (
            phrase.group(1).lower() not in ("a", "an")
            or word_tag(phrase.group(2).split()[-1].lower()) not in ("JJ", "JJR", "JJS")
        ):
            return False  # "a blistering warning" (but "a man claiming", "the plan calling")
        before = self._word_before(phrase.start(), unit[0], reach=40)
        prev = before.group(1).lower() if before is not None else ""
        prev_tag = word_tag(prev) if prev else ""
        if prev in _QUESTION_AUXILIARIES:
            return False  # "May a Colorado baker deny …?": the verb after its subject
        if (
            before is not None
            and prev_tag.startswith("VB")
            and _RELATIVE_WORD.search(self.text, unit[0], before.start())
        ):
            # "The lawyers for a man whose complaint began an inquiry say": the object
            # closes a relative clause inside a longer subject
            return False
        if before is not None and prev_tag == "IN":
            # "people across the country say": the phrase may end a longer subject; but
            # "said in a client note that": a verb before the preposition
            ahead = self._word_before(before.start(), unit[0], reach=40)
            if ahead is None or word_tag(ahead.group(1).lower()) not in ("VBD", "VBZ", "VBP"):
                return False  # (nor "Republicans involved in the planning insist")
        determiner = phrase.group(1).lower()
        words = phrase.group(2).split()
        last = words[-1].lower()
        if any(word_tag(w) not in _MODIFIER_TAGS for w in words) or (
            last.endswith("s") and not last.endswith("ss")
        ):
            return False  # "a number of voters say", "a right to know", "the experts note"
        nouns = load_source_nouns()
        if last in nouns.collective or last in nouns.numbers or word_tag(last) == "NNS":
            return False
        if determiner in ("a", "an", "every", "each", "another"):
            return True  # also before a name: "A GAO report released in May found"
        if not (
            prev_tag.startswith(("VB", "IN")) or before is not None and before.group(1) == "that"
        ):
            return False  # "The charity warn …": a clause may open with a plural verb
        return (
            len(words) == 1
            and last == words[0]
            and word_tag(last) == "NN"
            and last not in nouns.organization
            and last not in nouns.anonymous
            and last not in nouns.document
            and not is_people_noun(last)
        )

    def _noun_before_noun(self, begin: int, end: int, prev: str, word: str, ce: int) -> bool:
        """Whether a cue the tagger knows as a noun closes a compound after a common noun
        and a preposition follows it ("a grand jury report about abuse", "sex abuse claims
        from victims"), the noun of no one who speaks (not "the agency reports that …",
        "officials report to Congress")."""
        if not self.text[begin:end].islower() or word_tag(word) not in ("NN", "NNS"):
            return False
        if word_tag(prev) not in ("NN", "NNS") or self.cues.lookup(prev) is not None:
            return False
        nouns = load_source_nouns()
        if (
            prev in nouns.organization
            or prev in nouns.anonymous
            or prev in nouns.document
            or is_people_noun(prev)
        ):
            return False  # a body, people or a document may be the cue's subject
        following = self._word_after(ce)
        return following is not None and following.group(0) in _COMPOUND_FOLLOWERS

    @staticmethod
    def _document_and_verb(prev: str, word: str) -> bool:
        """Whether a plural noun of documents and a verb without -s make a clause ("the
        reports show", "studies suggest"), not a verb and its object ("denied reports") or
        a noun and its participle ("tweets accusing him": the noun, named)."""
        return (
            prev.endswith("s")
            and not word.endswith(("s", "ing"))
            and singular(prev) in load_source_nouns().document
        )

    def _noun_before_finite_cue(self, word: str, ce: int) -> bool:
        """Whether a cue form that is a singular noun of a document or of something said
        stands right before a finite cue ("the murder report alleges", "the new charge
        says", "the April 18 Mueller report found that"): no verb is followed by a finite
        verb, so it is the noun that heads the next cue's subject."""
        if not _singular_saying_noun(word):
            return False
        following = self._word_after(ce)
        if following is None:
            return False
        after = following.group(0)
        if self.cues.lookup(after.lower()) is None or not after.islower():
            return False
        return (after.endswith("s") and not after.endswith("ss")) or word_tag(after) == "VBD"

    def _noun_before_past_verb(
        self, begin: int, prev: str, word: str, ce: int, unit: tuple[int, int]
    ) -> bool:
        """Whether a cue form that is a singular noun of a document or of something said
        follows a noun and stands right before a lower-case word that is only a past-tense
        verb ("Friday’s jobs report pulled the rug out"): a present verb is followed by no
        past one, so the form is the subject's noun. Not after a pronoun or in a relative
        clause, where a verb of saying may take a clause with no "that" ("the man who
        police claim fired")."""
        if not _singular_saying_noun(word) or word.endswith("s"):
            return False
        following = self._word_after(ce)
        if following is None or not following.group(0).islower():
            return False
        if brill_lexicon().get(following.group(0)) != ("VBD",):
            return False
        if prev in _PRONOUN_SUBJECTS or not word_tag(prev).startswith("NN"):
            return False
        return not _RELATIVE_PRONOUN_BEFORE.search(self.text, max(unit[0], begin - 40), begin)

    def _after_article_and_name(
        self, begin: int, end: int, word: str, ce: int, unit: tuple[int, int]
    ) -> bool:
        """Whether a cue form that is a singular noun of a document or of something said
        follows an article and a capitalised name that ends in no -s ("the April 18
        Mueller report", "a Senate report", "the New York Times report"): a singular name
        would take "reports" as its verb, so the form is the name's noun (but "the Taliban
        say", "the Democrats claim": plurals, and "say" is no noun). A noun with a "that"
        clause still reports what the name said ("a New York Times report that Trump lost
        $916 million"): no noun use."""
        if not (_singular_saying_noun(word) or word == "show") or word.endswith("s"):
            return False  # only nouns of documents, of things said and of programmes
            # ("Rachel Maddow's MSNBC show")
        nouns = load_source_nouns()
        if _THAT_NEXT.match(self.text, ce):
            return False
        written = self.text[begin:end]  # the word before the cue, as written
        if not written[:1].isupper() or written.lower() in nouns.collective:
            return False
        pos = begin
        for _ in range(6):
            before = self._word_before(pos, unit[0])
            if before is None:
                return False
            found = before.group(1)
            if (
                found.lower() in _LABEL_ARTICLES
                or found.lower() in _DEMONSTRATIVES
                or found.lower() in _POSSESSIVE_DETERMINERS
                or found.endswith(("’s", "'s"))
            ):
                # a plural name may take the plain verb, an outlet's name never does ("that
                # Haberman report": a singular name would take "reports")
                name = self.text[before.end(1) : end].strip()
                return not written.rstrip("’'").endswith("s") or match_outlet(name) is not None
            if not (found[:1].isupper() or found[:1].isdigit()):
                return False
            pos = before.start()
        return False

    def _singular_document_and_verb(
        self, begin: int, prev: str, word: str, unit: tuple[int, int]
    ) -> bool:
        """Whether a singular noun of a document or of something said, itself a cue form,
        and an -s form the tagger reads as a plural noun make a clause ("the report
        states", "the report notes", "the charge claims"), not a verb and its object
        ("denied reports"): a determiner, a possessive or a modifier stands before the
        noun, no subject or "to" ("they report claims", "to report abuse"). Forms that
        are only verbs are ``_verb_after_cue_noun``'s."""
        if not _singular_saying_noun(prev):
            return False  # (plurals: ``_document_and_verb``)
        if not word.endswith("s") or word.endswith("ss"):
            return False
        before = self._word_before(begin, unit[0])
        if before is None:
            return False
        written = before.group(1)
        lowered = written.lower()
        return (
            lowered in load_source_nouns().determiners
            or written.endswith(("’s", "'s"))
            or word_tag(lowered) in ("JJ", "JJR", "JJS", "NN", "CD", "VBN")
            or (written[:1].isupper() and lowered not in _PRONOUN_SUBJECTS)
        )

    def _verb_after_cue_noun(
        self, begin: int, prev: str, word: str, ce: int, unit: tuple[int, int]
    ) -> bool:
        """Whether the cue form ``word`` after the cue form ``prev`` is the verb of a clause
        whose subject ``prev`` heads, not ``prev``'s object ("denied reports", "denied
        saying"): ``word`` is a finite verb no noun can be ("the report says", "the
        statement said", "operatives in the state said"; but a participle before a
        preposition modifies: "the question asked by …"), or a plain form after a plural
        that a determiner or a number opens ("the three states say")."""
        if word_tag(word) in ("VBD", "VBZ", "VBN") or (
            word in _PAST_AS_PLAIN and _singular_saying_noun(prev)
        ):
            # (a singular subject takes "reads", so "the statement read" is past)
            if word.endswith("s"):
                return True
            following = self._word_after(ce)
            return (
                following is None
                or following.group(0) == "that"
                or word_tag(following.group(0)) != "IN"
            )
        if word.endswith(("s", "ed", "ing")) or not prev.endswith("s") or prev.endswith("ss"):
            return False
        before = self._word_before(begin, unit[0])
        nouns = load_source_nouns()
        return before is not None and (
            before.group(1).lower() in nouns.determiners
            or before.group(1).lower() in nouns.numbers
            or before.group(1)[:1].isdigit()
        )

    def _after_adjective(
        self, begin: int, end: int, prev: str, word: str, unit: tuple[int, int]
    ) -> bool:
        """Whether the word before a cue that can be a noun is an attributive adjective,
        so the cue is that noun: "struck a more conciliatory note", "the deep state" (the
        lexicon of Brill's tagger tags the word before an adjective first, and the cue no
        past or -ing form: "further described", "the democratic socialist said" are verbs).
        Not quantifiers, ordinals and time words, which stand before verbs ("many say",
        "first reports"), nor adjectives that follow their noun ("those present say").
        An adjective opening the sentence counts when its capitalised form is no name
        ("Jobless claims soared"; not "Young claims", a surname)."""
        written = self.text[begin:end]
        if not written.islower():
            # only before a cue the tagger knows as a noun ("Jobless claims"; not "Short
            # argues"), and never a name the article gave ("Marc Short … Short claims")
            opening = _WORD.search(self.text, unit[0], end)
            if opening is None or opening.start() != begin:
                return False
            if any(t.startswith("NNP") for t in brill_lexicon().get(written, ())):
                return False
            if (
                word_tag(word) not in ("NN", "NNS")
                and not (
                    word in _PLURAL_NOUN_CUES and self._finite_verb_after(end + 1 + len(word), unit)
                )
            ) or self.registry.knows(written, begin):
                return False
        return (
            # (a capitalised participle opening the sentence is an adjective too:
            # "Repeated calls for reform", "Broken promises")
            (
                word_tag(prev) in ("JJ", "JJR", "JJS")
                or (not written.islower() and word_tag(prev) == "VBN")
            )
            and prev not in _ADJECTIVES_BEFORE_VERBS
            and word_tag(word) not in ("VBD", "VBN", "VBG")
        )

    def _after_opening_preposition(
        self, begin: int, prev: str, word: str, unit: tuple[int, int]
    ) -> bool:
        """Whether the cue form follows a preposition opening the sentence and one
        adjective, so it is the noun of that phrase: "For indispensable reporting on …",
        "In further remarks …" (not a quantity that may speak: "If many say …")."""
        opening = _WORD.match(self.text, unit[0])
        if opening is None or not opening.group(0)[:1].isupper():
            return False
        if self.text[opening.end() : begin].strip() or word_tag(opening.group(0).lower()) != "IN":
            return False
        nouns = load_source_nouns()
        return (
            word_tag(prev) in ("JJ", "JJR", "JJS")
            and prev not in VAGUE_QUANTIFIERS
            and prev not in nouns.collective
            and prev not in nouns.numbers
            and (word.endswith("ing") or word_tag(word) in ("NN", "NNS"))
        )

    def _gerund_after_owner_and_adjective(
        self, begin: int, prev: str, unit: tuple[int, int]
    ) -> bool:
        """Whether an -ing cue form follows an adjective (``prev``, starting at ``begin``)
        that an owner or a determiner opens: "the Daily Show's erroneous reporting", "his
        constant complaining"; an adjective before a participle has a noun to describe."""
        if (
            word_tag(prev) != "JJ"
            or prev in _ADJECTIVES_BEFORE_VERBS
            # (not "11% of the public saying": a group's noun the lexicon lists first as
            # an adjective)
            or prev in load_source_nouns().collective
            or is_people_noun(prev)
        ):
            return False
        before = self._word_before(begin, unit[0])
        if before is None:
            return False
        owner = before.group(1)
        return owner.endswith(("’s", "'s")) or owner.lower() in _OWNER_DETERMINERS

    def _tensed_verb_next(self, end: int) -> bool:
        """Whether the word after one space at ``end`` is a lower-case past tense verb or
        "is", "was", "has", which an -ing form before it heads the subject of ("warning
        sounded")."""
        after = self._word_after(end)
        if after is None or not after.group(0).isalpha() or not after.group(0).islower():
            return False  # (not "saying it's possible": a contracted pronoun)
        # a past tense, or a form of "be" or "have" (not "rejecting calls to", "predicting
        # wins": a plural noun the lexicon may know only as a verb)
        word = after.group(0)
        return word in ("is", "was", "has") or word_tag(word) == "VBD"

    def _finite_verb_after(self, pos: int, unit: tuple[int, int]) -> bool:
        """Whether a lower-case finite verb stands later in the sentence: the phrase a
        capitalised adjective opens is its subject ("Similar calls for reform helped …";
        a headline's "Strong vows to fight on" has none, and may be a surname's verb)."""
        return any(
            w.islower() and word_tag(w) in FINITE_TAGS
            for w in _WORD.findall(self.text, pos, unit[1])
        )

    def _ends_noun_compound(self, start: int, begin: int, word: str) -> bool:
        """Whether ``word`` (at ``begin``) closes a two-word noun with the word before it."""
        before = self._word_before(begin, start, reach=begin)
        return (
            before is not None and f"{before.group(1).lower()} {word}" in self.cues.noun_compounds
        )

    def _left_bound(
        self, cue: Cue, cs: int, ce: int, unit: tuple[int, int], earlier: list[Attribution]
    ) -> int:
        """Where the words before a cue start: after the last quote (but a quoted
        apposition of the subject) or earlier cue in the unit."""
        bound = unit[0]
        i = bisect.bisect_right(self._quote_ends, cs) - 1  # the last quote ending by the cue
        if (
            i >= 0
            and self._quote_ends[i] > bound
            and not self._scare_quote_in_subject(i, cs)
            and not self._quote_in_apposition(self.quotes[i], unit[0], cue, ce, unit[1])
        ):
            bound = self._quote_ends[i]
        closed_aside: bool | None = None
        for a in earlier:
            if (
                a.cue_end <= cs
                and "," in self.text[a.cue_end : cs]
                and (
                    _relative_subject_before().search(
                        self.text, max(bound, a.cue_start - 40), a.cue_start
                    )
                    or self._participle_aside(a, unit, cs)
                )
                # (but "…, who accused": the cue has a relative subject of its own)
                and not _relative_subject_before().search(self.text, a.cue_end, cs)
            ):
                # "Obama, who has denounced the attack as …, reiterated", "Durbin, noting
                # the size of his following, said": a closed relative clause or aside
                continue
            if a.cue_end <= cs and not a.relative:
                if self._in_dashed_aside(a.cue_start):
                    if closed_aside is None:
                        closed_aside = not self._in_dashed_aside(cs)
                    if closed_aside:
                        continue  # "The polls — which show … — found": the aside's cue
                bound = max(bound, a.cue_end)
        return bound

    def _participle_aside(self, a: Attribution, unit: tuple[int, int], cs: int) -> bool:
        """Whether ``a`` is a participle set off by commas right after its sentence's
        subject, its aside closed by the comma before ``cs`` ("Durbin, noting the size of
        his following, said"; not "…, Smith said, noting …", after a cue)."""
        if not self.text[a.cue_start : a.cue_end].split(None, 1)[0].endswith("ing"):
            return False
        if not self.text[max(unit[0], a.cue_start - 3) : a.cue_start].rstrip().endswith(","):
            return False
        if not _COMMA_BEFORE_CUE.search(self.text, a.cue_end, cs):
            return False
        first = bisect.bisect_left(self._cue_starts, unit[0])
        return first >= len(self._cue_starts) or self._cue_starts[first] >= a.cue_start

    def _scare_quote_in_subject(self, i: int, cs: int) -> bool:
        """Whether quote ``i`` is a scare-quoted word of the cue's subject: one or two
        words with no punctuation inside, right before the cue and right after a word that
        quantifies a group ('other “experts” retort', 'Some "experts" say'; not 'testified
        as a “whistleblower” said', where the quote ends a relative clause)."""
        quote = self.quotes[i]
        if not quote.closed or self.text[quote.end : cs].strip():
            return False
        inner = self.text[quote.start + 1 : quote.end - 1]
        before = self._word_before(quote.start)
        return (
            1 <= len(_WORD.findall(inner)) <= 2
            and not _PUNCTUATION_INSIDE.search(inner)
            and before is not None
            and before.group(1).lower() in GROUP_QUANTIFIERS
        )

    def _quote_first(self, cue: Cue, cs: int, ce: int, unit: tuple[int, int]) -> Attribution | None:
        """ "“…,” he said." and "“…,” said X." — the cue follows a quote closely."""
        # the quote may end the previous sentence: "“…?” Sanders asked." is cut after “…?”
        paragraph_start = self.paragraphs[self.paragraph_of(cs)][0]
        i = bisect.bisect_right(self._quote_ends, cs) - 1
        while i >= 0 and not self.quotes[i].closed:
            i -= 1
        if i < 0:
            return None
        quote = self.quotes[i]
        if not (unit[0] <= quote.start or quote.end >= paragraph_start):
            return None
        lead_start = min(unit[0], quote.start)
        lead = self.text[lead_start : quote.start].rstrip() if quote.start > lead_start else ""
        if lead and lead[-1] not in ",:;—–-(" and not self._is_speech_length(quote):
            return None  # a quoted title or term inside a sentence ("on “Hannity,” X said")
        gap = self.text[quote.end : cs]
        if (
            (len(gap) > 80 and not (len(gap) <= 200 and _NAME_AND_APPOSITION.fullmatch(gap)))
            or _QUOTE_MARKS.search(gap)
            or _CLAUSE_MARK.search(gap)
        ):
            return None
        if (
            self.text[cs:ce].endswith("ing")
            and gap.strip(" ,") == ""
            and _OPEN_QUOTE_AFTER.match(self.text, ce)
        ):
            return None  # "X said, “…,” adding, “…”": the participle's quote follows it
        if quote.end < unit[0] and _WORD.search(self.text, quote.end, unit[0]):
            return None  # 'The so-called “experts” disagreed. Critics called …': the
            # quote's sentence went on past it, so the next sentence's cue is not its own
        if gap.strip(" ,—–-\n") == "":
            if self.text[cs:ce].split(None, 1)[0].lower().endswith("ing"):
                # "Trump insisted that he has “expanded the party,” claiming that …": a
                # participle's subject never follows it; the clause's subject speaks
                return None
            if self._quote_in_apposition(quote, lead_start, cue, ce, unit[1]):
                return None
            if _THAT_CLAUSE_NEXT.match(self.text, ce):
                # "The investor, dubbed “the man who broke the bank”, claimed that …": a
                # cue that opens its clause with "that" has its subject before it
                return None
            source = self._source_after(ce, unit[1])
            venue = None
            that = _THAT.search(self.text, ce, min(unit[1], ce + 80))
            if source is None and that and not _SET_OFF_MARKS.search(self.text, ce, that.start()):
                # "The FFRF, which describes its members as “free-thinkers”, alleges in a
                # letter that …": no one after the cue, and a clause of its own follows
                return None
        else:
            noun = _NOUN_AFTER_BARE_QUOTE.match(gap)
            if (
                noun is not None
                and word_tag(noun.group(1)) in ("NN", "NNS", "")
                and not _PUNCTUATED_QUOTE_END.search(self.text, quote.start, quote.end)
                and self._phrase_quote(quote)
            ):
                # "“12 Years a Slave” screenwriter John Ridley said": a title before the
                # noun of a name (but "“…” the officer yelled", "“…” as he called him")
                return None
            source = self._source_before(quote.end, cs)
            if source is None or source.start < quote.end:
                return None
            opens = self._apposed_role_start(source, quote.end)  # "“…,” his widow, Ann Lee,"
            if (
                _WORD.search(self.text, quote.end, opens)
                and not _AS_BEFORE_SUBJECT.fullmatch(self.text, quote.end, opens)
                and not (source.role and self._coordinated_description(quote.end, opens))
            ):
                # "“…” Prior to flying, Cohen noted …": a new sentence's subject (but "“…,”
                # as she put it")
                return None
            if _CLOSES_SENTENCE.search(self.text, quote.start, quote.end) and _has_substance(
                self.text[ce : unit[1]]
            ):
                # "“… had occurred.” Her campaign manager, Robby Mook, suggested that …": the
                # quote closed its sentence, and the cue reports what follows it
                return None
            venue = self._venue_after(cue, ce, unit[1])
        content = [(quote.start, quote.end)]
        quotes = [quote]
        # a quote continued after the attribution break: "“…,” he said, “…”"
        tail_start = max(ce, source.end if source is not None else ce)
        self._chain_quotes(quote, tail_start, unit, content, quotes)
        return Attribution(
            cue, cs, ce, content, source, "direct", self.paragraph_of(cs), venue, quotes
        )

    def _phrase_quote(self, quote: Quote) -> bool:
        """Whether a quote reads as a phrase, not a clause: it opens with a determiner
        ("“a good man,”") or holds no subject pronoun first and no finite verb ("“furious,”",
        "“never one to back down,”"; not "“we’re done here,”", "“Jones is a liar,”")."""
        if _NOUN_PHRASE_QUOTE.match(self.text, quote.start, quote.end):
            return True
        words = _WORD.findall(self.text, quote.start, quote.end)
        if not words or _SUBJECT_PRONOUN_WORD.fullmatch(words[0]):
            return False
        return not any(word_tag(w.lower()) in FINITE_TAGS for w in words)

    def _quote_in_apposition(
        self, quote: Quote, lead_start: int, cue: Cue, ce: int, unit_end: int
    ) -> bool:
        """ "Smith, “a good man,” said the plan failed": the quote is set off by commas
        after a noun phrase that opens its sentence and can speak, and no subject follows
        the cue ending at ``ce``, so the cue is that phrase's verb, not an inversion ("As
        for the bill, “it is dead,” said Smith" opens with a preposition; "Jones, “we
        will win,” said Smith" has its subject after the cue; "posted two tweets: “…”"
        has an object, as a colon after it introduces what was said)."""
        comma = self.text.rfind(",", lead_start, quote.start)
        if comma < 0 or self.text[comma + 1 : quote.start].strip():
            return False
        if not self.text[quote.start : quote.end].rstrip("”\"’' ").endswith(","):
            return False
        if not (self._phrase_quote(quote) or _OWN_CLAUSE_AFTER.match(self.text, ce, unit_end)):
            # "Jones, “we’re done here,” wrote …": a quoted clause is what was said, unless
            # the cue has a clause of its own ("Lutz, “that is simply false,” said the
            # company had paid")
            return False
        subject = self._source_before(lead_start, comma)
        if (
            subject is None
            or _WORD.search(self.text, lead_start, subject.start)
            or not _names_a_speaker(subject)
        ):
            return False
        after = self._source_after(ce, unit_end) if cue.inverts else None
        return not (
            after is not None
            and _can_speak(after)
            and _INVERTED_SOURCE_END.match(self.text, after.end, unit_end) is not None
            and not self.text.startswith(":", after.end)
        )

    def _chain_quotes(
        self,
        first: Quote,
        after: int,
        unit: tuple[int, int],
        content: list[tuple[int, int]],
        quotes: list[Quote],
    ) -> None:
        """Append the quotes that continue ``first``: in its paragraph, the next quote past
        the attribution clause ("“…,” he said. “…”") and quotes separated only by
        punctuation; then following paragraphs that continue an unclosed quote or are
        one quote from start to end with no attribution of their own."""
        paragraph = self.paragraph_of(first.start)
        cursor = after
        first_step = True
        for q in self.quotes[bisect.bisect_left(self._quote_starts, after) :]:
            if q in quotes:
                continue
            q_paragraph = self.paragraph_of(q.start)
            between = self.text[cursor : q.start]
            if _QUOTE_MARKS.search(between) or self._has_cue(cursor, q.start):
                break
            if q_paragraph == paragraph:
                words = _WORD.search(between) is not None
                if words and not (first_step and len(between) < 80):
                    break
                if (
                    words
                    and between.rstrip()[-1:] not in (".", ",", ":", ";", "!", "?")
                    and (not self._is_speech_length(q) or _title_cased(self.text[q.start : q.end]))
                ):
                    # a quoted title after the attribution ("told NBC’s “Today”", 'told
                    # “Face the Nation.”')
                    break
                if not words and (
                    len(between) > 6
                    # 'Collins told “Face the Nation.”': a programme right after the cue
                    or self._quoted_title(q)
                ):
                    break
            elif q_paragraph == paragraph + 1:
                if not (q.continues or self._is_whole_paragraph(q, q_paragraph)):
                    break
                if not any(c.islower() for c in self.text[q.start : q.end]):
                    break  # '"NOT CAVED IN"': a quoted subheading in capitals, no speech
            else:
                break
            if self._has_cue(q.end, min(q.end + 40, self.paragraphs[q_paragraph][1])):
                break  # "“…,” Bozell says. “…,” he adds": the next quote has its own attribution
            content.append((q.start, q.end))
            quotes.append(q)
            cursor = q.end
            paragraph = q_paragraph
            first_step = False

    def _participle_cue_between(self, start: int, end: int) -> bool:
        """Whether a verb cue's -ing form after a comma stands between ``start`` and ``end``
        (", adding, “…”", ", saying “…”"): what follows it is that participle's."""
        i = bisect.bisect_left(self._cue_starts, start)
        while i < len(self._cue_starts) and self._cue_starts[i] < end:
            match = self.cue_matches[i]
            cue = self.cues.lookup(match.group(0))
            if (
                cue is not None
                and cue.pos != "noun"
                and self.text[match.start() : match.end()].endswith("ing")
                and self.text[start : match.start()].rstrip().endswith(",")
            ):
                return True
            i += 1
        return False

    def _has_cue(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._cue_starts, start)
        return i < len(self._cue_starts) and self._cue_starts[i] < end

    def _is_whole_paragraph(self, q: Quote, paragraph: int) -> bool:
        p_start, p_end = self.paragraphs[paragraph]
        return not self.text[p_start : q.start].strip() and not _WORD.search(
            self.text, q.end, p_end
        )

    def _venue_after(self, cue: Cue, ce: int, end: int) -> str | None:
        if not cue.addressee:
            return None
        phrase = self._listener_after(ce, end)
        if phrase is None:
            return None
        return self._venue_of(phrase)

    def _venue_of(self, listener: SourcePhrase) -> str:
        """The outlet a cue's listener names, else the listener's words; joined listeners
        that are all outlets name each ("told Yahoo and ABC News": "Yahoo News and ABC
        News")."""
        parts = _JOINED_VENUES.split(listener.text)
        if len(parts) > 1:
            named = [self._outlet_named(part, listener.start) for part in parts]
            if all(named):
                return " and ".join(n for n in named if n)
        return self._outlet_named(listener.text, listener.start) or listener.text

    def _outlet_named(self, phrase: str, pos: int) -> str | None:
        """``match_outlet(phrase)``, except that a short form ("The Times", "the Post")
        takes up the outlet the article means by it: one it named in full within the last
        few sentences ("The Los Angeles Times reported … The Times said"), else the
        article's own publisher when its name ends in that word (in The Washington Times,
        "told The Times"), else one it named in full before, else the gazetteer's bearer
        of the short form. Only the gazetteer's outlets count as named in full."""
        outlet = match_outlet(phrase)
        short = _SHORT_OUTLET.fullmatch(phrase.strip()) if outlet is not None else None
        if short is None:
            return outlet
        word = short.group(1)
        fuller_form = re.compile(
            rf"[A-Z][\w’'&\-]*(?:[^\S\n]+[A-Z][\w’'&\-]*){{0,3}}[^\S\n]+{word}\b"
            # "The Times of Israel": a place after the word
            r"([^\S\n]+of[^\S\n]+[A-Z][\w’'&\-]*(?:[^\S\n]+[A-Z][\w’'&\-]*)?)?"
        )
        known = load_outlets().by_alias
        named: list[tuple[int, str]] = []
        for found in fuller_form.finditer(self.text, self.body_start, pos):
            forms = [found.group(0).split()]
            if found.group(1):
                forms.append(found.group(0)[: found.start(1) - found.start()].split())
            # the longest gazetteer name closing the match ("said Los Angeles Times" →
            # "Los Angeles Times"; "The Times of Israel", else a "Times" before "of"), not
            # the short form itself
            full = next(
                (
                    known[key].name
                    for words in forms
                    for k in range(len(words) - 1)
                    if (key := normalise_outlet(" ".join(words[k:]))) in known
                    and not (k == len(words) - 2 and words[k] == "The")
                ),
                None,
            )
            if full is not None:
                named.append((found.start(), full))
        near = self._start_back(pos, 3)
        if named and near is not None and named[-1][0] >= near:
            return named[-1][1]
        if self.publisher is not None and self.publisher.split()[-1] == word:
            return self.publisher
        return named[-1][1] if named else outlet

    def _comma_closes(self, start: int, cs: int) -> bool:
        """Whether a comma closes the words from ``start`` to the cue at ``cs``, also one
        inside the closing mark of a quoted phrase the clause ends with ("The tax cut plans
        are “profoundly irresponsible,” said Steve Bell": the clause is what was said)."""
        if _COMMA_END.search(self.text, start, cs):
            return True
        closing = _COMMA_QUOTE_END.search(self.text, start, cs)
        if closing is None:
            return False
        quote = self.quote_at(closing.start())
        return (
            quote is not None
            and quote.start > start
            and _WORD.search(self.text, start, quote.start) is not None
            and not self._is_speech_length(quote)
        )

    def _clause_first(
        self, cue: Cue, cs: int, ce: int, unit: tuple[int, int]
    ) -> Attribution | None:
        """ "The talks failed, officials said." / "…, said John Smith." — nothing of
        substance follows the cue, and a comma separates the clause from the source."""
        rest = self.text[ce : unit[1]]
        venue = None
        tail = ce
        if cue.addressee:
            addressee = self._listener_after(ce, unit[1])
            if addressee is not None:
                venue = self._venue_of(addressee)
                tail = addressee.end
                rest = self.text[tail : unit[1]]
        if rest.lstrip().startswith(":"):
            return None  # "In the end, Mann concludes:": a colon announces what follows
        left = self.text[unit[0] : cs]
        inverted = self._comma_closes(unit[0], cs)
        timed = False
        if inverted:
            if self.text[cs:ce].split(None, 1)[0].lower().endswith("ing"):
                # "…, saying the shells hit a village", "…, calling for tariffs": a
                # participle never inverts
                return None
            subject = self._source_before(max(unit[0], cs - _SUBJECT_REACH), cs)
            if subject is not None and subject.name and subject.start <= unit[0] + 2:
                return None  # "John Smith, a spokesman, said no.": the subject comes first
            if subject is not None and subject.name and self._role_opens(unit[0], subject.start):
                return None  # "The ambassador to Chile, Paul Mercier, said …": role, name
            if (
                subject is not None
                and subject.name
                and not _WORD.search(self.text, subject.end, cs)
                and _SET_OFF.search(self.text, unit[0], subject.start)
                and _has_substance(rest)
            ):
                # "An analyst at the council, Isobel Coleman, acknowledged …": a name set
                # off by commas before the cue is its subject
                return None
            # "told" never inverts: the words after it are its listener, never its subject;
            # nor do "denied", "condemned" …: the words after them are their object
            source = None if cue.addressee or not cue.inverts else self._source_after(ce, unit[1])
            if source is not None and (
                not _can_speak(source) or self._imperative_before_one(cs, ce, source)
            ):
                # "…, proposed enforcing a no-fly zone", "…, tweeted Sunday"; "If you doubt
                # that, ask Kim Davis": an imperative to the reader
                source = None
            if source is None:
                # "…,” Michael Bloomberg, the former mayor, said at the convention.": the
                # named subject stands between the clause and the cue, set off by commas
                return self._clause_before_subject(cue, cs, ce, unit, subject, venue, tail)
            rest = self.text[source.end : unit[1]]
            content_end = unit[0] + left.rstrip().rfind(",")
            rest = _APPOSED_ROLE.sub("", rest)
            if _has_substance(rest) and not _PARTICIPLE_AFTER.match(_after_adjuncts(rest)):
                # "…, said the minister and then left" (but "… on Tuesday.", and a participle's
                # adjunct: "…, said the US military, making him the fourth to die")
                return None
        else:
            timed = _TEMPORAL_CLAUSE.match(rest) is not None and not _THAT.search(rest)
            if (
                _has_substance(rest)
                and not timed
                and not _PARTICIPLE_AFTER.match(_after_adjuncts(rest))
            ):
                # (but "The talks failed, he said, adding that …", "…, he said in a
                # statement, citing …", "…, officials said after Trump threatened …")
                return None
            source = self._source_before(max(unit[0], cs - _SUBJECT_REACH), cs)
            if source is None:
                return None
            comma = self._comma_before(unit[0], source.start)
            if comma is None:
                return None
            content_end = comma
        span = _trim(self.text, unit[0], content_end)
        lone = (
            self.text[span[0] : span[1]]
            if span is not None and _LONE_WORD.fullmatch(self.text, span[0], span[1])
            else None
        )
        if lone is not None and (
            lone.lower() in _CONNECTIVES
            or (
                _WORD.search(self.text, tail, unit[1])
                and (word_tag(lone.lower()) == "RB" or is_opening_adverb(lone))
            )
        ):
            return None  # "Still, he insisted (on higher rates)": a connective says nothing,
            # nor a sentence adverb when words follow the cue; they are its content (but
            # "Absolutely, he said")
        if span is None or (
            timed
            and (cue.lemma not in _TIMED_LEMMAS or not _has_substance(self.text[span[0] : span[1]]))
        ):
            return None  # "On Thursday, Comey will testify before the committee"
        return self._span_attribution(cue, cs, ce, span, source, venue)

    def _role_opens(self, start: int, subject_start: int) -> bool:
        """Whether the words from ``start`` to a named subject are only its role set off by
        a comma ("The French ambassador to Chile, " before "Paul Mercier")."""
        window = self.text[start:subject_start].strip()
        if not window.endswith(","):
            return False
        role = _role_before(self.text, start, subject_start)
        return role is not None and _LEADING_ARTICLE.sub("", role) == _LEADING_ARTICLE.sub(
            "", window[:-1].strip()
        )

    def _clause_before_subject(
        self,
        cue: Cue,
        cs: int,
        ce: int,
        unit: tuple[int, int],
        subject: SourcePhrase | None,
        venue: str | None,
        tail: int,
    ) -> Attribution | None:
        """ "CLAUSE, NAME, apposition, said …": the clause before the comma that opens the
        named subject is what the subject said. None unless such a subject exists. Nothing
        of substance may follow ``tail`` (the cue's end, or its listener's: "told CNN")."""
        if subject is None or not subject.name or _has_substance(self.text[tail : unit[1]]):
            return None
        # the comma before a role set before the name, else the one before the name
        comma = self._comma_before(unit[0], self._apposed_role_start(subject, unit[0]))
        comma = comma if comma is not None else self._comma_before(unit[0], subject.start)
        if comma is None:
            return None
        span = _trim(self.text, unit[0], comma)
        if span is None:
            return None
        return self._span_attribution(cue, cs, ce, span, subject, venue)

    def _quoted_as_after(
        self, cue: Cue, cs: int, ce: int, unit: tuple[int, int], quoted: int
    ) -> Attribution | None:
        """ "“We must reject this ruling,” she was quoted as saying (by Liberty Counsel).":
        nothing said follows the cue, so what was said is the clause before the subject's
        comma, as for "“…,” she said"; the subject of the passive speaks (the agent after
        "by" only quoted her). None when words follow the cue or no such clause is there."""
        if not _NOTHING_BUT_AGENT.fullmatch(self.text, ce, unit[1]):
            return None
        auxiliary = _PASSIVE_AUXILIARY_END.search(self.text, unit[0], quoted)
        if auxiliary is None:
            return None
        subject = self._source_before(unit[0], auxiliary.start())
        if subject is None:
            return None
        span = self._said_before_comma(unit, subject.start)
        if span is None:
            return None
        return self._span_attribution(cue, cs, ce, span, subject, None)

    def _said_before_comma(
        self, unit: tuple[int, int], subject_start: int
    ) -> tuple[int, int] | None:
        """What was said before the comma right before a subject that quoted or was quoted
        ("“…,” she was quoted as saying", "“…,” state radio quoted him as saying"): the quote
        that ends at that comma, else the clause from the unit's start; None when no comma
        stands right before the subject."""
        comma = self._comma_before(unit[0], subject_start)
        if comma is None:
            return None
        quote = self.quote_at(comma)
        if quote is not None and quote.end <= comma + 2 and quote.start >= unit[0]:
            return (quote.start, quote.end)
        return _trim(self.text, unit[0], comma)

    def _quoted_object_as_after(
        self, cue: Cue, cs: int, ce: int, unit: tuple[int, int], quoted_as: re.Match[str]
    ) -> Attribution | None:
        """ "“We will continue,” state radio quoted Esmail Qaani as saying.": nothing said
        follows the cue, so what was said is the quote (or clause) before the comma of the
        one who quoted; the one quoted speaks. None when words follow the cue."""
        if not _NOTHING_BUT_AGENT.fullmatch(self.text, ce, unit[1]):
            return None
        speaker = self._source_before(quoted_as.start("object"), quoted_as.end("object"))
        quoting = self._source_before(unit[0], quoted_as.start())
        if speaker is None or quoting is None or not _can_speak(speaker):
            return None
        span = self._said_before_comma(unit, quoting.start)
        if span is None:
            return None
        return self._span_attribution(cue, cs, ce, span, speaker, None)

    def _dated_participle(self, cs: int, ce: int, end: int) -> bool:
        """Whether the cue is a participle with a date after it and a comma after that:
        "Mr. Trump’s declaration, announced March 13, frees up …" (the thing announced
        stands before it; whoever announced it is not named)."""
        if not self.text[cs:ce].lower().endswith("ed"):
            return False
        after = self._source_after(ce, end)
        return (
            after is not None
            and _names_a_date(after.text)
            and self.text[after.end : after.end + 1] in (",", "")
        )

    def _object_of_earlier(self, source: SourcePhrase, prev: Attribution, cs: int) -> bool:
        """Whether ``source`` is what the earlier cue ``prev`` reported, with only a comma
        between it and the cue at ``cs`` ("calls for their murder, calls them …", "criticized
        the bill, called it a disaster"): the object of a list of predicates."""
        if prev.source is None or not prev.content or source.pronoun:
            return False
        start, end = prev.content[-1]
        return (
            # the whole of what was reported (not "accused Trump of abusing his power while
            # the panel’s senior Republican, Devin Nunes, denied": a clause's subject)
            not self.text[start : source.start].strip(' “"')
            and not self.text[source.end : end].strip(' ”".,')
            and self.text[source.end : cs].strip() == ","
        )

    def _coordinated_description(self, start: int, opens: int) -> bool:
        """Whether the words from ``start`` to the subject at ``opens`` describe it together
        with the role it opens with: "“…,” billionaire and presidential candidate Tom Steyer
        said" (a few lower-case words, a noun, then "and")."""
        found = _COORDINATED_DESCRIPTION.fullmatch(self.text, start, opens)
        return (
            found is not None
            and all(
                word_tag(w.lower()) in ("NN", "JJ", "DT", "PRP$")  # "the founder and …"
                for w in _WORD.findall(found.group(0))[:-1]
            )
        )

    def _apposed_role_start(self, subject: SourcePhrase, start: int) -> int:
        """Where ``subject`` opens, counting a role set before its name by a comma that
        the phrase leaves out ("…, the late admiral's widow, Sarah Larson, told CNN")."""
        role = subject.role_phrase
        before = self.text[start : subject.start].rstrip()
        if (
            role
            and role[:1].islower()  # a description, not a name ("House Speaker Tim Moore")
            and before.endswith(",")
            and before[:-1].rstrip().endswith(role)
        ):
            return start + len(before[:-1].rstrip()) - len(role)
        return subject.start

    def _comma_before(self, start: int, subject_start: int) -> int | None:
        """The last comma in ``[start, subject_start)`` when no word stands between it and
        the subject ("CLAUSE, NAME said"), else None."""
        comma = self.text.rfind(",", start, subject_start)
        if comma < 0 or (
            _WORD.search(self.text, comma, subject_start)
            and not _AS_BEFORE_SUBJECT.fullmatch(self.text, comma + 1, subject_start)
        ):
            return None  # (but "CLAUSE, as the senator put it")
        return comma

    def _span_attribution(
        self,
        cue: Cue,
        cs: int,
        ce: int,
        span: tuple[int, int],
        source: SourcePhrase | None,
        venue: str | None,
    ) -> Attribution:
        """One content span said by ``source``: direct when quotes cover all of it."""
        quotes = self._quotes_within(span[0], span[1] + 1)
        kind = "indirect"
        if quotes and quotes[0].start <= span[0] + 1 and quotes[-1].end >= span[1] - 1:
            kind = "direct"
        return Attribution(cue, cs, ce, [span], source, kind, self.paragraph_of(cs), venue, quotes)

    def _source_first(
        self,
        cue: Cue,
        cs: int,
        ce: int,
        unit: tuple[int, int],
        earlier: list[Attribution],
    ) -> Attribution | None:
        """ "X said (that) …", "X told Y, “…”", "X said in a statement that …"."""
        left_start = self._left_bound(cue, cs, ce, unit, earlier)
        # a question put by no one named gives a later predicate no subject ("Trump was
        # asked whether … and said no": Trump speaks)
        earlier = [a for a in earlier if a.source is not None or a.cue.lemma != "ask"]
        left = self.text[left_start:cs]
        participle = self.text[cs:ce].split(None, 1)[0].lower().endswith("ing")  # "pointing out"
        lead = left.rstrip()
        manner = _FINAL_WORD.search(lead)
        if manner is not None and (
            is_ly_adverb(manner.group(1)) or (participle and word_tag(manner.group(1)) == "RB")
        ):
            # "…, quietly urging", "…, even stressing": the adverb's clause
            lead = lead[: manner.start(1)].rstrip()
        before = lead.rsplit(None, 1)[-1:]  # the word before the cue
        perfect = bool(before) and before[0].lower() == "having"
        if perfect:
            # "…, having said that week that …", "quoted as having said": a participle
            lead = lead[: -len(before[0])].rstrip()
            before = lead.rsplit(None, 1)[-1:]
            participle = True
        gerund_form = perfect or self.text[cs:ce].split(None, 1)[0].lower().endswith("ing")
        gerund = bool(before) and before[0].lower() in _GERUND_PREPOSITIONS and gerund_form
        adjunct = bool(before) and before[0].lower() in _ADJUNCT_GERUND_OPENERS and gerund_form
        quoted_as = None
        impersonal = False
        told = False  # a passive whose subject is the one told
        if gerund and before[0].lower() == "as":
            # "was quoted as saying", "described as saying"; "quoted X as saying": X speaks;
            # not "strategies such as telling students …"
            quoted_as = _QUOTED_AS.search(self.text, left_start, left_start + len(lead))
            gerund = quoted_as is not None
            if (
                quoted_as is not None
                and not quoted_as.group("object")
                and (final := self._quoted_as_after(cue, cs, ce, unit, quoted_as.start()))
            ):
                return final
            if (
                quoted_as is not None
                and quoted_as.group("object")
                and (final := self._quoted_object_as_after(cue, cs, ce, unit, quoted_as))
            ):
                return final
        if participle and lead.endswith(_PARTICIPLE_LEADS):
            # "…, adding that …" / "X said, noting …" / "X objected -- claiming …": the
            # participle clause has no subject of its own; the main clause's subject speaks
            # (an article and its phrase too: "The billionaire businessman began by …,
            # saying …")
            nearer = self._event_clause_subject(earlier[-1].cue_end, cs) if earlier else None
            if nearer is not None:
                # "Trump said no one was hurt before the Pentagon reversed course, saying …":
                # the participle follows the nearer clause, and its subject speaks
                source: SourcePhrase | None = nearer
            elif earlier and self._in_opening_clause(unit, earlier[-1].cue_start, cs):
                source = self._unit_subject(unit, cs, article_phrase=True) or (
                    self._main_clause_subject(earlier[-1].cue_end, cs)
                )
            else:
                source = (
                    earlier[-1].source
                    if earlier
                    else self._unit_subject(unit, cs, article_phrase=True)
                )
        elif quoted_as is not None and quoted_as.group("object"):
            # "The Journal quoted a Comey associate yesterday as saying …": the one quoted
            source = self._source_before(quoted_as.start("object"), quoted_as.end("object"))
        elif adjunct:
            # "Smith left after saying …", "Ayotte responded by saying …": the main
            # clause's subject, when nothing but its predicate stands between
            source = self._unit_subject(unit, cs)
            at = left_start + len(lead) - len(before[0])
            if source is None or _CLAUSE_BREAK.search(self.text[source.end : at]):
                return None  # "Jones resigned, and Smith left after …", "Smith hopes Jones
                # will apologize after …", "The governor's spokesman resigned after …"
            if self._has_cue(source.end, at):
                return None  # "X said the court erred by dismissing …": the court's act
        elif gerund:
            # "X was criticised for saying that …": the gerund's subject is the clause's
            # subject, else the noun phrase before the preposition; the saying is reported
            # even when neither is found. "X denounced CNN for declaring …": the object
            at = left_start + len(lead) - len(before[0])
            source = (
                self._object_before_for(left_start, at, unit[0])
                if before[0].lower() == "for"
                else None
            ) or (
                earlier[-1].source
                if earlier
                else self._unit_subject(unit, cs)
                or self._source_before(max(left_start, cs - _SUBJECT_REACH), at)
            )
        else:
            source = self._source_before(max(left_start, cs - _SUBJECT_REACH), cs)
            if participle and source is not None and not lead.endswith(","):
                # "a joint statement on the steps of the Capitol saying": the document
                # before the place speaks, not the place
                source = self._document_before_adjuncts(source, left_start) or source
            if (
                participle
                and source is not None
                and not lead.endswith(",")
                and not _names_a_speaker(source)
                # not a lone adverb, which says the cue has no subject ("has denied ever
                # asking": ``_noun_source``)
                and not (" " not in source.text and word_tag(source.text).startswith("RB"))
                # "with court watchers saying", "with more voters than ever saying": the
                # noun phrase after "with" is the participle's own
                and not _WITH_BEFORE.search(self.text, max(left_start, cs - 60), cs)
                and (subject := self._unit_subject(unit, cs)) is not None
                and _plausible_subject(subject)
                and subject.end <= source.start
                and not _CLAUSE_BREAK.search(self.text[subject.end : source.start])
            ):
                # "McConnell defended his position at the event Friday saying, “…”": an event
                # says nothing; the participle's subject is its clause's
                source = subject
            if participle and not lead.endswith(","):
                source = self._participle_subject(source, before, left_start, cs)
            aside = _COMMA_ASIDE_END.search(self.text, left_start, cs) or (
                _QUOTED_ASIDE_END.search(self.text, left_start, cs)
            )
            if (
                aside is not None
                and (
                    source is None
                    or source.start > aside.start()
                    # "Speaking in Harlem, Clinton, without naming him, also accused": an
                    # opening phrase read as the subject past the name before the aside
                    or (
                        _OPENING_PHRASE.match(source.text) is not None
                        and _WORD.search(self.text, source.end, aside.start()) is not None
                    )
                )
                and (outside := self._source_before(left_start, aside.start())) is not None
            ):
                # "The New York Times, in covering the story, adds that …", "The plan, in
                # other words, says …": the subject stands before the prepositional aside
                # (and before a participle there: "A legal opinion drafted in May 2012, and
                # obtained by AP, concluded")
                reduced = self._before_reduced_relative(left_start, aside.start(), strict=True)
                source = reduced if reduced is not None and reduced.end < outside.start else outside
            if (
                (source is None or (source.name, source.role, source.pronoun) == (None,) * 3)
                and cue.inverts
                and self._comma_closes(left_start, cs)
                and not _THAT_NEXT.match(self.text, ce)  # "…, adds that …": no subject after
            ):
                # "If Snowden asks for asylum, says Professor Young, “…”", "Bring it on, say
                # Democrats": no one is named before the comma, so the subject follows the cue
                after = self._source_after(ce, unit[1])
                if (
                    after is not None
                    # "The deal, said officials, was done": a plural of people speaks too
                    and (
                        after.name
                        or after.role
                        or (
                            # (not "…, admitted it withheld emails": a clause; nor "…, state
                            # Medicaid budgets, …": a document takes "says", not "say")
                            after.text.split()[0].lower() not in PERSONAL_PRONOUNS
                            and _can_speak(after)
                            and _names_a_speaker(after)
                            and not (
                                singular(after.text.split()[-1].lower())
                                in load_source_nouns().document
                                and not _singular_or_past(self.text[cs:ce])
                            )
                        )
                    )
                    and _INVERTED_SOURCE_END.match(self.text, after.end, unit[1])
                    and not self._imperative_before_one(cs, ce, after)
                ):
                    # not "…, suggested Barr was aware": Barr's clause
                    source = after
                    timed = _names_a_date(after.text)
                    if timed:
                        source = None  # "The deal, announced Friday, …": no one named
                    if _QUOTE_MARKS.search(self.text, after.end, unit[1]) is None:
                        # "That is a risk, said Sen. Orrin Hatch (R-Utah), but …": the
                        # clause before the comma is what the subject said
                        span = _trim(self.text, left_start, left_start + len(left.rstrip()) - 1)
                        if span is None:
                            return None
                        venue = self._venue_after(cue, ce, unit[1])
                        found = self._span_attribution(cue, cs, ce, span, source, venue)
                        predicate = _PREDICATE_AFTER_COMMA.match(self.text, after.end, unit[1])
                        if (
                            predicate is not None
                            and (
                                word_tag(predicate.group(1)) in FINITE_TAGS
                                or predicate.group(1) in _BE
                                # "A blast, said officials, killed three", "Such crimes,
                                # says the press, disqualify him": a past or plain form
                                # is the predicate of a subject with no verb of its own
                                or (
                                    word_tag(predicate.group(1)) in ("VBN", "VB")
                                    and not any(
                                        word_tag(w.lower()) in FINITE_TAGS
                                        for w in _WORD.findall(left)
                                    )
                                )
                            )
                            and not timed
                        ):
                            # "The plan, says Smith, is a disaster": the cue stands inside
                            # the clause, whose predicate follows the source
                            rest = _trim(self.text, predicate.start(1), unit[1])
                            if rest is not None:
                                found.content.append(rest)
                        return found
            if source is not None and self._heads_reduced_relative(source):
                return None  # "a claim analysts dismissed as propaganda": nothing reported
            if self._dated_participle(cs, ce, unit[1]) and self.text[:cs].rstrip(' ”’"').endswith(
                ","
            ):
                # "Mr. Trump’s declaration of a “national emergency,” announced March 13,
                # frees up …": a participle set off after its noun; no one is named
                return None
            if source is not None and self._is_verb_after_modal(source):
                return None  # "could provide added ammunition": "added" is an adjective
            if source is not None and (
                self._impersonal_passive(source, cs, ce, unit[1])
                or self._recipient_passive(cue, source, cs, ce, unit[1])
            ):
                # "It was later revealed that …", "I was told that …": no one named; "it
                # was reported by the Times that …", "He was told by aides that …": the agent
                by = _BY_AGENT.match(self.text, ce, unit[1])
                agent = self._source_after(by.end(), unit[1]) if by else None
                # the one told is the subject: no listener follows ("I’m told the bill …")
                told = source.pronoun != "it"
                source = agent if agent is not None and _can_speak(agent) else None
                impersonal = True
        if (
            source is not None
            and not cue.naming
            and _FREE_RELATIVE_END.search(self.text, max(0, source.start - 20), source.start)
            and not _INDEFINITE.match(source.text)  # "What a contrast to Trump, who said"
            and not self.text.startswith(":", ce)  # "what others are saying: it is …"
        ):
            # "Instead of reporting what Trump said, the media …": "what" is the cue's
            # object, and what follows is the writer's; a person named there stays one a
            # later "he" may take up
            name = self.registry.full_name(source.name, source.start) if source.name else ""
            if gender_of_given_name(name) is not None:
                self.registry.add(name, None, None, source.start, is_source=True)
            return None
        then = _COMMA_THEN.search(left)
        if source is not None and then is not None and source.end <= left_start + then.start():
            # "Kasich offered the man a job as Secretary of Defense, then says …": a second
            # predicate of the clause's subject, not a phrase before the comma
            source = None
        if source is not None and earlier and self._object_of_earlier(source, earlier[-1], cs):
            # "the president calls for their murder, calls them “THUGS”": a second
            # predicate of the earlier cue's subject, whose object is no speaker
            source = earlier[-1].source
        if not gerund and not impersonal and (source is None or source.pronoun is None):
            # "A legal opinion drafted for the project concluded": the phrase the participle
            # follows speaks, not one in its adjuncts
            reduced = self._before_reduced_relative(left_start, cs, strict=source is not None)
            if reduced is not None and (source is None or reduced.end < source.start):
                source = reduced
        if source is None and not gerund and not impersonal:
            elided = _ELIDED_SUBJECT.search(left)
            if elided is not None:
                # "He said … and added …": the same subject; "Reid caucused … and says …"
                coordinated = elided.group(0).lstrip(",; ").startswith(
                    ("and", "but")
                ) and not _ALL_BUT.search(left)  # "are all but assured": almost
                source = (
                    earlier[-1].source
                    if earlier
                    else self._unit_subject(unit, cs, article_phrase=coordinated)
                )
            if source is None:
                return None
        issued = False
        if participle and source is not None and source.pronoun is None:
            author = self._document_author(source, unit, earlier)
            if author is not None:
                # "President Obama released a statement condemning …": the author speaks,
                # in a statement, as PolNeAR marks it
                source, issued = author, True
        venue = None if told else self._venue_after(cue, ce, unit[1])
        window_end = min(unit[1], ce + _LOOKAHEAD)
        # the content starts at the first "that", or at a quote after a comma or colon
        start = ce
        kind = "indirect"
        quote_match = _OPEN_QUOTE_AFTER.match(self.text, ce)
        if quote_match is not None and (cue.addressee or cue.quote_only):
            listened = self.quote_at(quote_match.end() - 1)
            if listened is not None and self._quoted_title(listened):
                # 'told “Face the Nation” that': a programme listens; 'goes on “Face the
                # Nation”': one appears on it
                quote_match = None
        head = self.text[ce:window_end]
        that = _THAT.search(head) if not cue.quote_only else None
        if that is not None:
            between = head[: that.start()]
            listener = self._listener_after(ce, unit[1]) if cue.addressee else None
            if listener is not None and listener.end <= ce + that.start():
                between = self.text[listener.end : ce + that.start()]
            if not _opens_complement(between):
                that = None  # "said the bill was so generous that …": a clause comes first
            elif (
                cue.complement
                and not cue.naming
                and self._demonstrative_phrase(ce + that.end(), unit[1])
            ):
                return None  # "so long as Turkey maintains that large presence": no clause
        opener = self._quote_opener(head, ce)
        if (
            opener is not None
            and source is not None
            and source.end <= cs  # (not "says Professor Young, head of the centre, “he …”")
            and head.startswith(",", opener.start())
            and _WORD.search(_after_adjuncts(head[: opener.start()]))
        ):
            titled = self.quote_at(ce + opener.end() - 1)
            words = self.text[titled.start : titled.end] if titled is not None else ""
            first = _WORD.search(words)
            if (
                _title_cased(words)
                and len(_WORD.findall(words)) >= 3
                and not any(mark in words for mark in "!?")
            ) or (first is not None and first.group(0).islower()):
                # "said the shift reflected his book, “The Art of the Deal.”": a title set
                # beside a noun of what was said, no quote of the speaker's; "said he
                # expected questions, “but I did not expect …”": a quote going on with the
                # reported clause
                opener = None
        if (
            opener is not None
            and cue in _SAY_TELL
            and self._participle_cue_between(ce, ce + opener.start())
        ):
            # "He said he does not know …, adding, “…”": the quote is added; a verb with an
            # object ("criticized the ban, saying “…”") keeps it, its object a topic
            opener = None
        if opener is not None and opener.start() > 0:
            last = _WORD_BEFORE_MARK.search(self.text, ce, ce + opener.start())
            later = self.cues.lookup(last.group(1)) if last is not None else None
            if (
                last is not None
                and last.start(1) > ce
                and self.text.startswith(":", ce + opener.start())
                and later is not None
                and later.pos == "verb"
                and word_tag(last.group(1)) in ("VBD", "VBZ", "VBN", "VBP")
            ):
                # "The agent who posted the image commented: “…”": the quote is the later
                # cue's, which the colon follows
                opener = None
        labelled = self._named_labels(head, ce, unit) if cue.naming else None
        if labelled is not None and (
            (opener is None or labelled[0][-1].start < ce + opener.start())
            and (that is None or labelled[0][-1].start < ce + that.start())
        ):
            # "called the allegations “deeply troubling” and said: “…”": the label first
            label_quotes, label_span = labelled
            return Attribution(
                cue,
                cs,
                ce,
                [label_span],
                source,
                "indirect",
                self.paragraph_of(cs),
                venue,
                label_quotes,
            )
        if cue.lemma in _DOUBLE_OBJECT_NAMING and opener is None and not quote_match:
            unquoted = self._find_unquoted_label(ce, unit)
            if unquoted is not None and (that is None or unquoted[1] <= ce + that.start()):
                # "called the media the enemy of the people": the object and its label
                return Attribution(
                    cue, cs, ce, [unquoted], source, "indirect", self.paragraph_of(cs), venue
                )
        if quote_match:
            # a quote right after the cue is its own (not a later one after a colon: "When
            # the crowd shouted “Lock her up!”, Trump shot back at them: “…”")
            start = quote_match.end() - 1
        elif opener and (that is None or opener.start() < that.start()):
            start = ce + opener.end() - 1
        elif that and not _blocks_that(head[: that.start()]):
            start = ce + that.start()
        elif cue.naming and (label := _NAMED_LABEL.match(head)) is not None:
            # "called Rubio “Little Marco”": the object and its quoted label
            quote = self.quote_at(ce + label.end())
            if quote is None:
                return None
            span = _trim(self.text, ce, quote.end)
            if span is None:
                return None
            return Attribution(
                cue, cs, ce, [span], source, "indirect", self.paragraph_of(cs), venue, [quote]
            )
        else:
            as_clause = _AS_CLAUSE.match(self.text[unit[0] : source.start if source else cs])
            # "The breaking point, Ash wrote, came on Friday": a cue set off by commas
            # inside the clause it reports
            parenthetical = (
                source is not None
                and _COMMA_AHEAD.match(head) is not None
                and self.text[unit[0] : source.start].rstrip().endswith(",")
                and len(self.text[source.end : cs].split()) <= 1  # "Ash (also) wrote"
                and _WORD.search(self.text, unit[0], source.start) is not None
                # (not "smaller, whiter states, but": an adjective before a noun; nor a
                # bare noun of a list, "politicians, journalists, brands, entertainers")
                and word_tag(source.text.split()[-1].lower()) not in ("JJ", "JJR", "JJS")
                and (
                    source.name is not None
                    or source.pronoun is not None
                    or source.role is not None
                    or _THE_OR_A.match(source.text) is not None
                )
            )
            if (
                cue.complement
                and not _COLON_AHEAD.match(head)
                and not ((as_clause or parenthetical) and _COMMA_AHEAD.match(head))
                and not (
                    # "also wrote she was tasked with …": a clause without "that"
                    not cue.naming
                    and not cue.quote_only
                    and cue.lemma not in _NO_ZERO_THAT
                    and self.text.startswith(" ", ce)
                    and _ZERO_THAT_CLAUSE.match(self.text, ce + 1)
                )
            ):
                return None  # "maintains a lead", "home state": not speech without a clause
            skip = _SKIP_PUNCT.match(head)
            start = ce + (skip.end() if skip else 0)
            if cue.addressee and venue is not None:
                addressee = self._listener_after(ce, unit[1])
                if addressee is not None:
                    start = addressee.end
                    m = _THAT_LEAD.match(self.text[start : unit[1]])
                    start += m.end() if m else 0
            unadjoined = _after_adjuncts(self.text[start : unit[1]])
            comma = _COMMA_AHEAD.match(unadjoined)
            if comma is not None and start + len(unadjoined) < unit[1]:
                # the cue's (and its listener's) adjuncts, then a comma
                if _PARTICIPLE_AFTER.match(unadjoined) or _NOT_CONTENT_AFTER_COMMA.match(
                    unadjoined
                ):
                    return None  # "Smith testified on Monday, saying …": the participle
                    # reports; "…, according to aides" names another source
                # "he said on Monday, while wages fell", "told CNN on Monday, the plan …":
                # the content opens after the comma
                start = unit[1] - len(unadjoined) + comma.end()
            elif (
                time := _LEADING_TIME.match(self.text, start, unit[1])
                or _LEADING_DAY.match(self.text, start, unit[1])
            ) is not None:
                start = time.end()  # "said (on) Wednesday the threat had diminished"
        statement = _STATEMENT.search(self.text, ce, start) is not None
        end = unit[1]
        if start >= end - 1:
            # "X said:" closing a paragraph, the quote opening the next one
            follow = [q for q in self.quotes if q.start >= end and not q.continues]
            if follow and self.paragraph_of(follow[0].start) == self.paragraph_of(cs) + 1:
                quote = follow[0]
                content = [(quote.start, quote.end)]
                quotes = [quote]
                self._chain_quotes(quote, quote.end, (quote.start, quote.end), content, quotes)
                return Attribution(
                    cue,
                    cs,
                    ce,
                    content,
                    source,
                    "statement" if statement else "direct",
                    self.paragraph_of(cs),
                    venue,
                    quotes,
                )
            return None
        opening = self.quote_at(start)
        if opening is not None and opening.start == start:
            content = [(opening.start, opening.end)]
            quotes = [opening]
            self._chain_quotes(opening, opening.end, unit, content, quotes)
            kind = "direct"
        else:
            end = self._adverbial_clause_end(unit, cs, start, end)
            end = self._relative_clause_end(unit, cs, start, end)
            span = _trim(self.text, start, self._content_end(start, end, performed=cue.performs))
            if span is None:
                return None
            content = [span]
            if source is not None and not (participle or gerund) and left_start == unit[0]:
                opening_part = self._find_parenthetical_opening(left_start, source, ce, start)
                if opening_part is not None:
                    content.insert(0, opening_part)
            quotes = self._quotes_within(content[0][0], span[1] + 1)
        if statement or issued:
            kind = "statement"
        return Attribution(cue, cs, ce, content, source, kind, self.paragraph_of(cs), venue, quotes)

    def _question_asked(
        self, cue: Cue, cs: int, ce: int, unit: tuple[int, int]
    ) -> Attribution | None:
        """ "Asked whether he would run, Smith said …", "… Trump said when asked how ties
        would fare": a question put by someone the text does not name (most often the
        reporter), as PolNeAR marks it. The question runs to the comma that closes the
        participle's clause, or to the sentence's end."""
        if self.text[cs:ce].lower() != "asked":
            return None
        opening = _ASKED_OPENING.search(self.text, unit[0], cs)
        if opening is None:
            return None
        question = _QUESTION_AFTER.match(self.text, ce, unit[1])
        if question is None:
            return None
        start = question.start("q")
        end = self._comma_outside_quotes(start, unit[1])
        span = _trim(self.text, start, self._content_end(start, end if end >= 0 else unit[1]))
        if span is None:
            return None
        quotes = self._quotes_within(span[0], span[1] + 1)
        asked = self._source_before(unit[0], opening.start()) if opening["passive"] else None
        # (its clause bounds no later cue's subject: "When asked …, Ms. Sherry said")
        return Attribution(
            cue, cs, ce, [span], None, "indirect", self.paragraph_of(cs), None, quotes,
            relative=True, asked=asked,
        )  # fmt: skip

    def _document_author(
        self, source: SourcePhrase, unit: tuple[int, int], earlier: list[Attribution]
    ) -> SourcePhrase | None:
        """The subject of a verb of issuing whose object is the document ``source``: "Obama
        released a statement", "Mayor Greg Stanton wrote a letter to the attorney general";
        after a participle of issuing or a preposition of means, the clause's subject, or
        the source of the cue just before ("Hawley said in a statement announcing …").
        None when ``source`` is no such object."""
        words = source.text.lower().replace("’", "'").split()
        nouns = load_source_nouns()
        if not any(singular(w) in nouns.document or w in nouns.issued for w in words[:4]):
            return None
        reach = max(unit[0], source.start - 40)
        verb = _ISSUING_VERB_BEFORE.search(self.text, reach, source.start)
        if verb is None:
            # "McConnell did damage control, releasing a statement saying …", "Trump
            # responded with a tweet claiming …": the clause's subject issued it
            verb = _ISSUING_ADJUNCT_BEFORE.search(self.text, reach, source.start)
            if verb is None or _OWN_AUTHOR.search(source.text):
                return None  # "in a letter from Trump's attorney": the letter has its author
            if verb.group(1) is not None and not any(w in nouns.authored for w in words[:4]):
                # documents written in their author's own voice, which "in" or "with"
                # before them gives the clause's subject ("said in a statement announcing
                # …"); not "with footage of Trump saying …", "in response to …"
                return None
            last = earlier[-1] if earlier else None
            if (
                last is not None
                and last.source is not None
                and last.cue_end <= verb.start()
                and not _NEW_CLAUSE.search(self.text[last.cue_end : verb.start()])
            ):
                return last.source  # "Hawley said in a statement announcing …"
            subject = self._unit_subject(unit, verb.start())
            if (
                subject is None
                or not _plausible_subject(subject)
                or subject.end > verb.start()
                or _NEW_CLAUSE.search(self.text[subject.end : verb.start()])
            ):
                return None
            return subject
        author = self._source_before(unit[0], verb.start())
        if author is None or singular(author.text.split()[-1].lower()) in nouns.document:
            return None
        return author

    def _demonstrative_phrase(self, start: int, end: int) -> bool:
        """Whether the words after a "that" at ``start`` are a short noun phrase that ends
        at a comma or the sentence's end with no verb: "that" is a determiner ("so long as
        Turkey maintains that large presence,", "disputes that assertion"), and no clause
        follows. One to four lower-case words, the first no determiner or pronoun ("that
        the economy, despite it all, is"), none a verb by the tagger's first tag or a
        contraction, and no -s word after the first (it may be a verb: "that prices
        rises")."""
        stop = _PHRASE_STOP.search(self.text, start, end)
        if stop is None:
            stop_at = end
        elif stop.group(0) == "." and not self.text[stop.end() : stop.end() + 1].isspace():
            return False  # "U.S.": an abbreviation, not the end
        else:
            stop_at = stop.start()
        words = _WORD.findall(self.text, start, stop_at)
        return (
            0 < len(words) <= 4
            and word_tag(words[0]) not in ("DT", "PRP", "PRP$", "WDT", "EX", "CD", "IN")
            and all(w.islower() for w in words)
            and not any(word_tag(w)[:2] in ("VB", "MD") or _CONTRACTION.search(w) for w in words)
            and not any(w.endswith("s") for w in words[1:])
        )

    def _object_before_for(self, start: int, at: int, unit_start: int) -> SourcePhrase | None:
        """The object of an active verb before "for" and a gerund, which is the gerund's
        subject: "Trump denounced CNN for declaring …", "She thanked the senator for
        saying …". The object names a person, a body, people or an outlet (not "he was
        criticised for saying", "drew headlines for calling"), or is an object pronoun,
        which stands for its subject form ("criticized them for claiming": "they")."""
        pronoun = self._word_before(at, start, reach=8)
        subject_form = _SUBJECT_FORM.get(pronoun.group(1)) if pronoun is not None else None
        phrase: SourcePhrase | None
        if pronoun is not None and subject_form is not None:
            phrase = SourcePhrase(
                pronoun.start(1), pronoun.end(1), pronoun.group(1), pronoun=subject_form
            )
        else:
            phrase = self._source_before(max(start, at - 60), at)
        if phrase is None or self.text[phrase.end : at].strip():
            return None
        if not (phrase.name or phrase.role or phrase.pronoun):
            head = singular(phrase.text.split()[-1].lower())
            nouns = load_source_nouns()
            if not (
                is_people_noun(head)
                or head in nouns.organization
                or head in nouns.anonymous
                or match_outlet(phrase.text) is not None
            ):
                return None  # "was criticised for", "reveal the motives for asking"
        # the verb may be a cue of its own, before the left bound ("denounced")
        verb = self._word_before(phrase.start, unit_start)
        if (
            verb is None
            or verb.group(1).lower() in _BE
            or word_tag(verb.group(1).lower()) not in ("VBD", "VBN", "VBZ", "VBP", "VB")
        ):
            return None
        auxiliary = self._word_before(verb.start(), unit_start, reach=20)
        if auxiliary is not None and auxiliary.group(1).lower() in _BE:
            return None  # "was asked questions for …"
        return phrase

    def _word_after(self, end: int) -> re.Match[str] | None:
        """The word after one space at ``end`` (a word's end), or None."""
        return _WORD.match(self.text, end + 1) if self.text[end : end + 1] == " " else None

    def _article_then_modifier(
        self, begin: int, prev: str, word: str, unit: tuple[int, int]
    ) -> bool:
        """Whether an indefinite article and one word stand before a cue in its plain form
        ("a live report on", "an early claim that"): a singular subject would take "reports",
        so the cue is a noun. Not after a quantity ("a few say", "a majority believe")."""
        if (
            word.endswith(("s", "ed", "ing"))
            or word_tag(word) in ("VBD", "VBN")  # "a friend said"
            or not prev.isalpha()
            or not self.text[begin].islower()  # "a CNN report that …": the outlet's report
        ):
            return False
        article = self._word_before(begin, unit[0])
        if article is None or article.group(1).lower() not in ("a", "an"):
            return False
        verb = self._word_before(article.start(1), unit[0])
        if verb is not None and word_tag(verb.group(1).lower())[:2] in ("VB", "MD"):
            return False  # "May a baker deny …?", "let a judge decide": its subject or object
        nouns = load_source_nouns()
        return (
            prev not in VAGUE_QUANTIFIERS
            and prev not in nouns.collective
            and prev not in nouns.numbers
            and singular(prev) not in nouns.anonymous
            and word_tag(prev) != "CD"
        )

    def _word_before(self, pos: int, floor: int = 0, reach: int = 30) -> re.Match[str] | None:
        """The whole word that ends right before ``pos`` (only spaces between), searched in
        the ``reach`` characters before it and not before ``floor``; its group 1 is the
        word."""
        return _LAST_WORD.search(self.text, max(floor, pos - reach), pos)

    def _after_noun(self, pos: int) -> bool:
        """Whether a common noun ends the words right before ``pos`` ("the people he
        met"), so a pronoun at ``pos`` opens a relative clause on it."""
        before = self._word_before(pos)
        return before is not None and word_tag(before.group(1)).startswith("NN")

    def _before_reduced_relative(
        self, start: int, cs: int, *, strict: bool = False
    ) -> SourcePhrase | None:
        """The noun phrase a passive participle and its adjuncts follow right before a cue:
        "A GAO report released in May found …", "Economists surveyed by the bank expect
        …" (the phrase that speaks, not the participle). ``strict``, when another phrase
        was found: only a word that is most often a participle, with no auxiliary before it
        ("John Walsh withdrew after The New York Times reported", "the White House has so
        far resisted since the CDC says": finite verbs)."""
        tail = _REDUCED_RELATIVE_TAIL.search(self.text, max(start, cs - 80), cs)
        if tail is None or word_tag(tail.group(1)) not in (("VBN",) if strict else ("VBN", "VBD")):
            return None
        if strict and any(
            w.lower() in _PASSIVE_AUXILIARIES or w.lower() in _PERFECT_AUXILIARIES
            for w in self.text[max(start, tail.start(1) - 30) : tail.start(1)].split()[-3:]
        ):
            return None
        source = self._source_before(max(start, tail.start() - _SUBJECT_REACH), tail.start(1))
        if source is None or source.pronoun or self.text[source.end : tail.start(1)].strip():
            return None  # (not "he released in May", nor a phrase cut before the participle)
        return source

    def _impersonal_passive(self, source: SourcePhrase, cs: int, ce: int, end: int) -> bool:
        """Whether "it" is the empty subject of a passive cue whose clause follows: "It was
        (later) revealed that …", "it has been reported in filings that …". No one is named,
        so the source is unknown; the clause is still reported."""
        if source.pronoun != "it" or not self.text[cs:ce].lower().endswith(_PARTICIPLE_ENDS):
            return False
        return (
            _passive_auxiliaries(self.text[source.end : cs].split())
            and _EXTRAPOSED.match(self.text, ce, end) is not None
        )

    def _recipient_passive(
        self, cue: Cue, source: SourcePhrase, cs: int, ce: int, end: int
    ) -> bool:
        """Whether the subject of a passive cue that takes a listener is that listener, and
        a clause follows: "I was told that …", "We’re assured that …", "He had been
        informed by aides that …". The one told never said it (PolNeAR marks no source,
        or the agent after "by")."""
        if not cue.addressee or not self.text[cs:ce].lower().endswith(_PARTICIPLE_ENDS):
            return False
        # "I’m told": the contraction's "be" (a "’s", which may be "has", is no auxiliary)
        between = [
            _CONTRACTED_BE.get(w, w.lstrip("’'"))
            for w in re.split(r"\s+|(?=[’'])", self.text[source.end : cs].lower())
            if w
        ]
        return (
            bool(between)
            and any(w in _BE for w in between)
            and all(w in _IMPERSONAL_AUXILIARIES or w in _BE or is_ly_adverb(w) for w in between)
            and (
                _EXTRAPOSED.match(self.text, ce, end) is not None
                or _TOLD_CLAUSE.match(self.text, ce, end) is not None
            )
        )

    def _find_parenthetical_opening(
        self, left_start: int, source: SourcePhrase, ce: int, start: int
    ) -> tuple[int, int] | None:
        """ "A blast, officials said, killed three": a cue set off by commas inside the
        clause it reports; the words before the source's comma open that clause."""
        if not _COMMA_AHEAD.match(_after_adjuncts(self.text[ce:start])):
            return None  # (the cue's adjuncts may come first: "he said on Monday, …")
        comma = self._comma_before(left_start, source.start)
        if comma is None:
            return None
        if _RELATIVE_END.search(self.text, left_start, comma):
            return None  # "…, which, he said, is legal": the clause after is the content
        opening = _WORD.search(self.text, left_start, comma)
        if opening is not None and (
            opening.group(0).lower().endswith(("ing", "ed")) or opening.group(0) == "When"
        ):
            return None  # "Asked whether he would run, Smith said, no.": the writer's
        return _trim(self.text, left_start, comma)

    def _find_unquoted_label(self, ce: int, unit: tuple[int, int]) -> tuple[int, int] | None:
        """The object and its label after a naming verb, when no quote marks the label:
        "called it a hoax", "called the media the enemy of the people", "labeled Hamas a
        terrorist group". The label opens after an object pronoun or with a second article
        after an object of one to three words with no preposition in it ("called the
        families of the victims" calls them); it is no time, idiom or adjunct ("called him
        on Tuesday", "called them the next day", "called it a career")."""
        end = _LABEL_CLAUSE_END.search(self.text, ce, unit[1])
        stop = end.start() if end else unit[1]
        words = list(_WORD.finditer(self.text, ce, stop))
        if len(words) < 2:
            return None
        first = words[0].group(0)
        determined = first.lower() in _OBJECT_DETERMINERS
        if first.lower() in _OBJECT_PRONOUNS:
            label_at = 1
        elif determined or first[:1].isupper():
            label_at = _second_article(words) or (_adjective_label_at(words) if determined else 0)
            if not label_at or any(
                w.group(0).lower() in _NOT_LABEL_START for w in words[1:label_at]
            ):
                return None  # no second article, or a preposition inside the object
        else:
            return None
        label = [w.group(0).lower() for w in words[label_at:]]
        nouns = load_source_nouns()
        if (
            label[0] in _NOT_LABEL_START  # "called him on Tuesday"
            or label[0] in nouns.time_alone
            or label[-1] in nouns.time_alone  # "called the families of the victims Monday"
            or label[0] in _NOT_LABELS  # "called it quits"
            or (len(label) > 1 and label[1] in nouns.time_after_preposition)  # "a week"
            or label[-1] in nouns.time_after_preposition
            or label[-1] in {"time", "times"}
            or tuple(label[:2]) in _NOT_LABEL_PAIRS
            or "into" in label  # "calls her credibility into question"
        ):
            return None
        return _trim(self.text, words[0].start(), words[-1].end())

    def _named_labels(
        self, head: str, offset: int, unit: tuple[int, int]
    ) -> tuple[list[Quote], tuple[int, int]] | None:
        """The quoted labels a naming cue gives its object, and the content span from the
        object to the last label: ‘called him a “dangerous demagogue” and a “bomb-thrower”’.
        None unless an object (a word) stands between the cue and an opening mark."""
        label = _NAMED_LABEL.match(head)
        if label is None or not _WORD.search(label.group(0)):
            return None
        quote = self.quote_at(offset + label.end())
        if quote is None or quote.start != offset + label.end() or not quote.closed:
            return None
        quotes = [quote]
        while (more := _MORE_LABELS.match(self.text, quotes[-1].end, unit[1])) is not None:
            following = self.quote_at(more.end())
            if following is None or following.start != more.end() or not following.closed:
                break
            quotes.append(following)
        span = _trim(self.text, offset, quotes[-1].end)
        return (quotes, span) if span is not None else None

    def _quote_opener(self, head: str, offset: int) -> re.Match[str] | None:
        """The first ", “" / ": “" in ``head`` (which starts at ``offset``) whose mark opens a
        quote: in ‘as “mischief,” continued’ the comma stands before a closing mark."""
        for m in _OPENER.finditer(head):
            quote = self.quote_at(offset + m.end() - 1)
            if quote is not None and quote.start >= offset + m.start():
                return m
        return None

    def _heads_reduced_relative(self, source: SourcePhrase) -> bool:
        """Whether ``source`` is a noun of saying plus the cue's subject after a determiner
        ("a claim analysts", "the charges prosecutors"): the cue then sits in a relative
        clause about the claim, and what follows it is not reported content."""
        words = source.text.split()
        nouns = load_source_nouns()
        if words and words[0].lower() in nouns.determiners:
            determined = True  # the phrase holds its determiner: "a claim analysts"
            words = words[1:]
        else:
            previous = self._word_before(source.start, self.body_start, reach=20)
            determined = previous is not None and previous.group(1).lower() in nouns.determiners
        # the subject of a relative clause is short ("analysts", "President Trump"); a longer
        # run is a misread clause ("the comment drew rebukes from Republicans who said")
        return (
            determined
            and 2 <= len(words) <= 4
            and words[0].lower() in nouns.content
            and words[1].lower() not in nouns.content_not_before
        )

    def _is_verb_after_modal(self, source: SourcePhrase) -> bool:
        """Whether ``source`` is one lower-case word right after a modal or "to" ("could
        provide", "to take"): a verb, so the cue form after it is not a verb of saying."""
        if source.pronoun is not None or not source.text.islower() or " " in source.text:
            return False
        previous = self._word_before(source.start, self.body_start, reach=20)
        return previous is not None and previous.group(1).lower() in _MODALS

    def _unit_subject(
        self, unit: tuple[int, int], cs: int, *, article_phrase: bool = False
    ) -> SourcePhrase | None:
        """A name or pronoun opening the sentence (or its main clause, after an opening
        phrase: "Asked about it, Treasury Secretary Jacob Lew said …"), followed by a
        lower-case verb; with ``article_phrase``, also an article and a phrase with a known
        head ("The former senator has resigned and said …": a predicate of its own stands
        between, so the subject is only read from the sentence's start)."""
        start = unit[0]
        if _NO_ONE_OPENS.match(self.text, start):
            return None  # "No one should imagine … and urging them …": no one speaks
        opening = _WORD.match(self.text, start)
        if opening is not None and (
            not is_name_shaped(opening.group(0))
            # "Hours later, Trump …", "Moments earlier, …": a plural noun or an adverb of
            # time opens a short phrase before its comma
            or (
                word_tag(opening.group(0).lower()) in ("NNS", "RB", "RBR", "JJR")
                and _SHORT_OPENING.match(self.text, opening.end(), cs) is not None
            )
            # "Famously disciplined about …, they let loose and described": an adverb in
            # -ly the lexicon lists as one (not "Kelly", "Emily") opens a phrase
            or (
                opening.group(0).endswith("ly")
                and brill_lexicon().get(opening.group(0).lower(), ("",))[0] == "RB"
            )
        ):
            # "Last week, Live Action made …", "Speaking outside No 10, Mr Johnson thanked
            # …": the opening word names no one; the subject follows the phrase's comma
            # "After the vote, the senator left, saying …": a determiner may open it there;
            # "Speaking in Paris, London and Berlin, Smith left": a list runs on past its
            # first comma; with no subject after any comma, the opening clause's own ("When
            # Remnick pressed her, pointing out …")
            m = None
            comma = self.text.find(",", opening.end(), cs)
            while comma >= 0 and m is None:
                # a comma that closes a quote ("… a matter of “when, not if,” Trump …")
                after = comma + 2 if self.text[comma + 1 : comma + 2] in _CLOSING_QUOTES else None
                if self.quote_at(comma) is None or after is not None:
                    after = after or comma + 1
                    m = _SUBJECT.match(self.text, after, cs) or self._determiner_subject(after, cs)
                    if m is not None and _NAME_LIST_GOES_ON.match(self.text, m.end(1)):
                        m = None
                comma = self.text.find(",", comma + 1, cs)
            if m is None:
                m = _SUBJECT.match(self.text, unit[0], cs)
                if m is not None and " " not in m.group(1):
                    return None  # "Keeps saying …", "Rather …, find": the opening word alone
        else:
            m = _SUBJECT.match(self.text, start, cs)
            if article_phrase and (m is None or m.group(1).lower() in _LABEL_ARTICLES):
                # "The former senator has resigned and said …": the article and its phrase
                m = self._determiner_subject(start, cs) or m
        if m is None:
            return None
        s, e = m.span(1)
        # "The Obama administration tried …": a head noun may follow the capitalised words
        nouns = load_source_nouns()
        # "The leader …": the phrase's own last word may be the role
        role = self.text[s:e].rsplit(None, 1)[-1].lower() in nouns.role_families
        if self.text[s:e].endswith(("’s", "'s")):
            # "Kasich's top strategist, John Weaver, hit back": the owner's role, after
            # up to two modifiers, heads the phrase
            k = e
            for _ in range(3):
                word = _NEXT_WORD.match(self.text, k, cs)
                if word is None:
                    break
                if word.group(1) in nouns.role_families:
                    e, role = word.end(1), True
                    # "Planned Parenthood's executive vice president, Dawn Laguens": the
                    # role's further words
                    while (more := _NEXT_WORD.match(self.text, e, cs)) is not None:
                        if more.group(1) in nouns.role_families:
                            e = more.end(1)
                        elif (
                            more.group(1) in nouns.titles
                            and (two := _NEXT_WORD.match(self.text, more.end(1), cs)) is not None
                            and two.group(1) in nouns.role_families
                        ):
                            e = two.end(1)  # "vice president", "deputy director"
                        else:
                            break
                    break
                if word_tag(word.group(1)) not in ("JJ", "JJS", "NN"):
                    break
                k = word.end(1)
        while (head := self._head_after_modifiers(e, cs)) is not None and (
            head.group(1) in nouns.organization
            or head.group(1) in nouns.role_families
            or hyphened_role(head.group(1), nouns) is not None  # "the president-elect"
            or head.group(1) in nouns.anonymous
            or is_people_noun(head.group(1))  # "Many journalists were attacked …"
            # "Another email sought …, stating" (not "Its post-primary salvo", "Political
            # figures": a word's first part, a plural that may name people)
            or (
                head.group(1) in nouns.document
                and not head.group(1).endswith("s")
                and not self.text.startswith("-", head.end(1))
            )
        ):
            e = head.end(1)
            role = (
                head.group(1) in nouns.role_families
                or hyphened_role(head.group(1), nouns) is not None
            )
        if role and (name := _NAME_AFTER_ROLE.match(self.text, e, cs)) is not None:
            e = name.end(1)  # "Reuters reporter Dana Whitfield shared …": the name after
        elif (
            role
            and (name := _NAME_APPOSED.match(self.text, e, cs)) is not None
            # one word only for a given name: "Pence’s wife, Karen, responded …"
            and shaped_like_name(name.group(1), alone=name.group(1) in load_given_names())
        ):
            # "Her lawyer, Henry Lewis Gillis, applauded … and said": the name set beside it
            return self._source_before(name.start(1), name.end(1))
        return self._source_before(s, e)

    def _head_after_modifiers(self, end: int, cs: int) -> re.Match[str] | None:
        """The lower-case word after ``end``, hyphened words whole ("front-runner"), past
        up to two adjectives when a role, a body's or people's noun follows them
        ("Republican presidential front-runner Donald Trump", "Japan's central bank");
        None when no word follows. Never after a pronoun ("They mock critics …")."""
        nouns = load_source_nouns()
        first = word = _NEXT_HEAD.match(self.text, end, cs)
        if pronoun_of(self.text[:end].rsplit(None, 1)[-1]) is not None:
            return first
        for _ in range(2):
            if word is None or word_tag(word.group(1)) != "JJ":
                break
            after = _NEXT_HEAD.match(self.text, word.end(1), cs)
            if after is not None and (
                after.group(1) in nouns.role_families
                or hyphened_role(after.group(1), nouns) is not None
                or after.group(1) in nouns.organization
                or after.group(1) in nouns.anonymous
                or is_people_noun(after.group(1))
            ):
                return after
            word = after
        return first

    def _determiner_subject(self, start: int, cs: int) -> re.Match[str] | None:
        """A lower-case determiner opening a clause at ``start`` and the shortest phrase
        after it, when a known head noun of a role, a body or unnamed people closes or
        follows that phrase, or a name opens it ("the senator left", "the Republican
        senator said", "the Taliban left"; not "the civil rights movement forced": no head
        the project knows)."""
        m = _DETERMINER_SUBJECT.match(self.text, start, cs)
        if m is None:
            return None
        nouns = load_source_nouns()
        last = m.group(1).rsplit(None, 1)[-1].lower()
        following = _NEXT_WORD.match(self.text, m.end(1), cs)
        heads = [last] + ([following.group(1)] if following is not None else [])
        named = m.group(1).split()[1][:1].isupper()  # "the Taliban", "the Atlantic"
        known = named or any(
            w in nouns.organization or w in nouns.anonymous or is_people_noun(w) for w in heads
        )
        return m if known else None

    def _adverbial_clause_end(self, unit: tuple[int, int], cs: int, start: int, end: int) -> int:
        """Where reported speech inside a sentence-opening adverbial clause ends: at the
        clause's comma ("After the chairman confirmed he knew, Graham asked …": the main
        clause is the writer's). ``end`` when the cue is not in such a clause."""
        opening = _WORD.match(self.text, unit[0])
        if opening is None or "," in self.text[unit[0] : cs]:
            return end
        word = opening.group(0).lower()
        if word in _OPENING_PREPOSITIONS:
            # "On the heels of Trump's assertions claiming bias, the White House …": the
            # comma before the main clause's subject and verb, not one inside the speech
            comma = self._comma_outside_quotes(start, end)
            while comma >= 0:
                if _SUBJECT.match(self.text, comma + 1, end) or _DETERMINER_SUBJECT.match(
                    self.text, comma + 1, end
                ):
                    return comma
                comma = self._comma_outside_quotes(comma + 1, end)
            return end
        if word not in _SUBORDINATORS:
            return end
        comma = self._comma_outside_quotes(start, end)
        return comma if comma >= 0 else end

    def _relative_clause_end(self, unit: tuple[int, int], cs: int, start: int, end: int) -> int:
        """Where reported speech inside a relative clause set off by a comma ends: at the
        clause's closing comma when the main clause's verb comes right after it ("Cole, who
        said the rules were a disaster, met bankers": "met" is the writer's). Only the
        first comma outside quotes is read (or one a quote holds just before it closes:
        '…, who said “it is over,” left'), so a comma inside the speech ("who said the
        plan, if passed, would fail") never ends it. ``end`` otherwise."""
        relative = _relative_subject_before().search(self.text, max(unit[0], cs - 40), cs)
        if relative is None or not self.text[unit[0] : relative.start()].rstrip().endswith(","):
            return end
        comma = self.text.find(",", start, end)
        if comma < 0:
            return end
        quote = self.quote_at(comma)
        if quote is not None and (quote.end > comma + 2 or quote.start < start):
            return end
        verb = _MAIN_VERB_AFTER_COMMA.match(self.text, comma, end)
        if verb is None or word_tag(verb.group(1)) not in FINITE_TAGS:
            return end
        return comma if quote is None else quote.end  # '“it is over,” left'

    def _named_in_quote(self, person: Person | None, span: tuple[int, int]) -> bool:
        """Whether ``person``'s surname stands as a word inside a quotation in
        ``text[span]``: the speaker's own words, which name others (a reporter's paraphrase
        names the speaker too: "Weaver hopes to see …, she said"). False for no person."""
        surname = surname_of(person.name) if person is not None else ""
        if not surname:
            return False
        return any(
            self.quote_at(m.start()) is not None
            and not _IN_BODY_NAME_BEFORE.search(self.text, max(span[0], m.start() - 30), m.start())
            for m in _person_in_quote(surname).finditer(self.text, span[0], span[1])
        )  # (not "the Trump campaign", "Trump Tower", "Bikers for Trump": names of things)

    def _is_listener(self, person: Person, a: Attribution) -> bool:
        """Whether the listener after ``a``'s cue names ``person`` ("told Langan",
        "tells reporter Tom Langan"). False for a cue without a listener."""
        if not a.cue.addressee or self._unit_index(a.cue_start) < 0:
            return False
        unit = self.units[self._unit_index(a.cue_start)]
        listener = self._listener_after(a.cue_end, unit[1])
        if listener is None:
            return False
        # the listener's last word ("told Fox News.McConnell has argued" lacks a space)
        last = listener.text.split()[-1] if listener.text.split() else ""
        return surname_pattern(person.name).fullmatch(last.strip(".,;:’'")) is not None

    def _rhetorical(self, a: Attribution, unit: tuple[int, int]) -> bool:
        """Whether ``a`` is the writer's question, not a report: "Who could blame him?",
        "Those aren't Senate issues, you say?" (an interrogative or the reader as the
        subject, in a sentence that ends with a question mark)."""
        sp = a.source
        return (
            sp is not None
            and sp.text.lower() in _RHETORICAL_SUBJECTS
            and self.text[unit[0] : unit[1]].rstrip().rstrip("”’\")'").endswith("?")
            and self.quote_at(a.cue_start) is None
        )

    def _in_opening_clause(self, unit: tuple[int, int], pos: int, cs: int) -> bool:
        """Whether ``pos`` lies in an adverbial clause that opens the sentence and closes
        with a comma before ``cs`` ("While many allies criticized the decision, Netanyahu
        praised it, saying …": the participle is the main clause's, not the allies')."""
        opening = _WORD.match(self.text, unit[0])
        if opening is None or opening.group(0).lower() not in _SUBORDINATORS:
            return False
        comma = self._comma_outside_quotes(pos, cs)
        return comma >= 0 and self._comma_outside_quotes(unit[0], pos) < 0

    def _main_clause_subject(self, start: int, cs: int) -> SourcePhrase | None:
        """The capitalised subject that opens the main clause after the first comma past
        ``start`` ("…, Israeli Prime Minister Benjamin Netanyahu praised the move, saying"),
        however many words its title and name hold; None when no such run is there."""
        comma = self._comma_outside_quotes(start, cs)
        run = _NAMED_SUBJECT_RUN.match(self.text, comma + 1, cs) if comma >= 0 else None
        if run is None:
            return None
        return self._source_before(run.start(1), run.end(1))

    def _comma_outside_quotes(self, start: int, end: int) -> int:
        """The first comma in ``text[start:end]`` that no quote holds, or -1."""
        comma = self.text.find(",", start, end)
        while comma >= 0 and self.quote_at(comma) is not None:
            comma = self.text.find(",", comma + 1, end)
        return comma

    def _content_end(self, start: int, end: int, *, performed: bool = False) -> int:
        """Reported speech runs to the end of the sentence, unless the same subject goes
        on to another act of saying (", and added …") or "according to" closes it."""
        signature = _TWEET_SIGNATURE.search(self.text, start, end)
        if signature is not None:
            end = signature.start()  # "… #ComeyHearing — Brooke Singman (@brookefoxnews) June 8"
        link = _TRAILING_LINK.search(self.text, start, end)
        if link is not None and (link.start() > start or "more" in link.group(0).lower()):
            end = link.start()  # "… during the shooting:https://t.co/8qrjQHazra": a tweet's link
        coordinated = _NEW_PREDICATE.search(self.text, start, end)
        if coordinated is not None and self.quote_at(coordinated.start()) is None:
            end = coordinated.start()
        for remark in _WRITER_REMARK.finditer(self.text, start, end):
            if self.quote_at(remark.start()) is None:
                end = remark.start()  # "…, though it’s important to remember …"
                break
        reaction = _REACTION_PARTICIPLE.search(self.text, start, end)
        if (
            reaction is not None
            and self.quote_at(reaction.start()) is None
            # the participle's clause runs to the end (not an aside: "the rally, drawing
            # thousands, was a success"; not "drawing on lessons")
            and not _ASIDE_CLOSED.search(self.text, reaction.end(), end)
            and not self.text.startswith(" on ", reaction.end())
            # a result of the act of saying, not of the events reported ("Police said the
            # crowd threw bottles, prompting officers to fire", "the striker was fouled,
            # drawing a penalty"): the cue performs an act ("admitted …, prompting
            # suspicion"), or the result is a reaction to words ("drawing boos", "drawing a
            # rebuke from", "igniting a fierce debate")
            and (performed or _REACTION_AFTER.match(self.text, reaction.end(), end) is not None)
        ):
            end = reaction.start()
        for contrast in _BUT_NEW_SUBJECT.finditer(self.text, start, end):
            # "X denies orchestrating the attack, but the Israelis accuse it …": a clause
            # with its own subject after "but" is the writer's contrast (not after "not
            # only": "studies say not only does it fail, but it can harm")
            # (a comma may close a quote first: "… its “maximum pressure campaign,” but she")
            cut = contrast.start() + (
                2 if self.text[contrast.start() + 1] in _CLOSING_QUOTES else 0
            )
            if self.quote_at(cut) is None and not _NOT_ONLY.search(self.text, start, cut):
                end = cut
                break
        if self._in_dashed_aside(start):
            # "The memo – which Schiff told ABC was “a hit job” – contributed …": the aside
            # closes at its second dash, and the main clause is the writer's
            for dash in _ASIDE_DASH.finditer(self.text, start, end):
                if self.quote_at(dash.start()) is None:
                    end = dash.start()
                    break
        for aside in _DASHED_APPOSITION.finditer(self.text, start, end):
            # a second dash closes a parenthesis ("the war — the longest ever — must …")
            if self.quote_at(aside.start()) is None and not _DASH.search(
                self.text, aside.end(), end
            ):
                # "… that it is a war we must win — a far cry from …": the writer's comment
                end = aside.start()
                break
        first = bisect.bisect_left(self._cue_starts, start)
        last = bisect.bisect_left(self._cue_starts, end)
        for m in self.cue_matches[first:last]:
            if m.end() > end or self.quote_at(m.start()) is not None:
                continue
            according = m.group(0).lower() == "according to"
            if (
                not according
                and (joined := self._conjoined_speaker(start, m.start(), m.end())) >= 0
            ):
                return joined  # "… in an op-ed, and Rep. Walter Jones said …": his own
            if according and _ONLY_THAT.fullmatch(self.text, start, m.start()):
                # "reported that, according to FBI data, hate crimes rose": the clause
                # after "that" goes on past the source
                continue
            window = max(start, m.start() - 12)
            joint = _JOINT.search(self.text, window, m.start())
            if joint is not None and joint.start() > start:
                # (past a quote that the comma closes: '“expanded the party,” claiming')
                closing = self.text[joint.start() + 1 : joint.start() + 2] in _CLOSING_QUOTES
                return joint.start() + (2 if closing else 0)
            if according and m.start() > start:
                return m.start()
        return end

    def _conjoined_speaker(self, start: int, cs: int, ce: int) -> int:
        """Where a clause that another speaker's cue heads, joined by "and", "while" or
        "whereas", opens inside the reported speech that runs from ``start`` ("Coffman
        announced he backed the bill in an op-ed and Rep. Walter Jones said he wished …",
        "A poll found 51 percent support it, while a Pew poll shows 48 percent"): the
        speech ends before the conjunction, and that clause is the writer's, its cue a
        statement of its own. "while" and "whereas" open a clause whatever follows
        ("while doctors and experts warned"); "and" may join two nouns instead ("Iowa and
        New Hampshire show", "doctors and medical experts warned"), so it counts only after
        a word that is no name, before a subject that is capitalised or after a comma.
        Three or more words of speech must come before the conjunction; -1 otherwise."""
        subject = self._source_before(max(start, cs - _SUBJECT_REACH), cs)
        if (
            subject is None
            or subject.pronoun
            or subject.text.lower() in _SPEECH_ACT_PERSONS
            or not _only_between_words(self.text[subject.end : cs])
            or self._is_noun_use(cs, ce, self.units[self._unit_index(cs)])
        ):
            return -1  # ("their asylum claims are", "and sparkling jokes": nouns)
        contrast = _CONTRAST_BEFORE.search(self.text, max(start, subject.start - 60), subject.start)
        if contrast is not None:
            opener = _WORD.match(self.text, contrast.start(1))
            if opener is not None and opener.group(0).endswith("ing"):
                return -1  # "while missing the larger truth": the same subject goes on
            cut = contrast.start()
        else:
            joined = _AND_BEFORE.search(self.text, max(start, subject.start - 12), subject.start)
            if joined is None or not (joined.group(1) or self.text[subject.start].isupper()):
                return -1
            before = _WORD_AT_END.search(self.text, max(start, joined.start() - 40), joined.start())
            if before is not None and (
                before.group(0)[0].isupper() or before.group(0).lower() in PERSONAL_PRONOUNS
            ):
                # "Britain, France, and Gulf allies", "Iowa and New Hampshire", "that she
                # and Mr. Pinchuk had spoken": one coordinated subject
                return -1
            cut = joined.start()
        return cut if len(_WORD.findall(self.text, start, cut)) >= 3 else -1

    def _in_dashed_aside(self, pos: int) -> bool:
        """Whether ``pos`` lies in an aside that a dash opened in its sentence and none has
        closed yet (not a dateline's dash: "WASHINGTON — …")."""
        i = self._unit_index(pos)
        if i < 0:
            return False
        start = self.units[i][0]
        dashes = [
            d
            for d in _ASIDE_DASH.finditer(self.text, start, pos)
            if self.quote_at(d.start()) is None
            and any(c.islower() for c in self.text[start : d.start()])
        ]
        return len(dashes) % 2 == 1

    def _according_to(
        self, cue: Cue, cs: int, ce: int, unit: tuple[int, int]
    ) -> Attribution | None:
        pronoun = _OBJECT_PRONOUN_AFTER.match(self.text, ce, unit[1])
        source: SourcePhrase | None
        if pronoun is not None:
            # "according to him": the person the pronoun stands for (resolved later)
            word = pronoun.group(1)
            source = SourcePhrase(
                pronoun.start(1), pronoun.end(1), word, pronoun=_SUBJECT_FORM[word.lower()]
            )
        else:
            source = self._source_after(ce, unit[1])
        if source is None:
            return None
        left = self.text[unit[0] : cs]
        if (
            not _WORD.search(left)
            or not left.strip(' “"(')
            or _NO_WORD.fullmatch(left)
            # "The Times reported that, according to FBI data, hate crimes rose."
            or _THAT_BEFORE.search(left)
        ):
            # "According to X, the talks failed."
            comma = self.text.find(",", source.end, unit[1])
            start = comma + 1 if comma >= 0 else source.end
            span = _trim(self.text, start, unit[1])
        else:
            stop = left.rstrip().rstrip(",").rstrip()
            span = _trim(self.text, unit[0], unit[0] + len(stop))
            rest = self.text[source.end : unit[1]]
            if span is not None and _has_substance(_RELATIVE_APPOSITION.sub("", rest)):
                # "the talks, according to X, failed": the words on both sides (but not
                # "…, according to the ministry, which blamed Israel.")
                last = _LAST_WORD.search(stop + " ")
                after = self._clause_after_source(
                    source.end,
                    unit[1],
                    complement_due=last is not None and last.group(1).lower() in _LINKING_VERBS,
                )
                if after is not None:
                    quotes = self._quotes_within(span[0], after[1] + 1)
                    return Attribution(
                        cue, cs, ce, [span, after], source, "according_to",
                        self.paragraph_of(cs), None, quotes,
                    )  # fmt: skip
                # "…, according to a person familiar with the matter.": the words before
        if span is None:
            return None
        quotes = self._quotes_within(span[0], span[1] + 1)
        return Attribution(
            cue, cs, ce, [span], source, "according_to", self.paragraph_of(cs), None, quotes
        )

    # ---- speakers ----------------------------------------------------------------------------
    def _register_mentions(self) -> None:
        """Named people introduced with a role ("President Ilham Aliyev", "ambassador to
        Israel, Mukhtar Mmmadov", "Amarjit Singh, a limousine driver"), so that later
        "he", "the diplomat" and bare surnames can be resolved."""
        role_words = role_or_title_words()
        nouns = load_source_nouns()
        organization_heads, honorifics = nouns.organization, nouns.honorifics
        # (cross-links blanked: a name card's full name is no mention of its own)
        text, body_start = self._source_text, self.body_start
        for run in _capitalised_runs(text, body_start):
            # one-word runs (most) hold no title before a name
            titled = _split_title(run.group(0)) if run.end(1) > run.start(1) else None
            if titled is not None:
                offset, name = titled
                name = _before_repeat(_before_sentence_end(name))
                if name.split()[-1].lower() in organization_heads:
                    continue  # "Attorney General’s Office", "Justice Center": a body
                name_start = run.start() + offset
                role_text = text[run.start() : name_start].strip()
                role_start = run.start()
            else:
                # "Foreign Minister, Eli Cohen" / "ambassador to Israel, Mukhtar Mmmadov";
                # most capitalised runs follow neither a comma nor a role word: skip them fast
                # (inlined: this test runs for nearly every capitalised word)
                j = run.start() - 1
                while j >= body_start and text[j] == " ":
                    j -= 1
                if j < body_start:
                    self._register_named_subject(run)
                    continue
                office: tuple[int, int, str] | None = None
                if text[j] != ",":
                    space = text.rfind(" ", max(body_start, j - 25), j)
                    word = text[space + 1 : j + 1].lower()
                    bare = word.rstrip(".")
                    if "-" in bare:  # "vice-president Joe Biden": the role word ends it
                        bare = bare.rsplit("-", 1)[-1]
                    before = text.rfind(" ", max(body_start, space - 25), space)
                    two = f"{text[before + 1 : space].lower()} {bare}"  # "first lady"
                    if (bare not in role_words and two not in nouns.role_families) or (
                        word.endswith(".") and word[:-1] not in honorifics
                    ):
                        # "Secretary of State Mike Pompeo": the office, then its holder
                        office = (
                            _office_holder(text, body_start, run) if bare in _OFFICE_LINKS else None
                        )
                        if office is None:
                            # "… the nominee. Former …": a role of the sentence before
                            self._register_named_subject(run)
                            continue
                if office is not None:
                    role_start, name_start, name = office
                    role_text = text[role_start:name_start].strip()
                else:
                    found = _role_before(text, max(body_start, run.start() - 70), run.start())
                    if found is None:
                        if text[j] == "," and self.quote_at(run.start()) is None:
                            # "Shortly after Lewis spoke, Michele Obama tweeted …" (not "“It
                            # was never a Pollyanna, Mary Poppins place”")
                            self._register_named_subject(run)
                        continue
                    role_text = found
                    name, name_start = run.group(0), run.start()
                    role_start = text.rfind(role_text, body_start, name_start)
            # "Mrs. Clinton's Iraq war vote": Clinton
            possessive = _POSSESSIVE.search(name)
            name = name[: possessive.start()] if possessive else name
            if len(name.split()) < 1 or name.split()[0].lower() in _NOT_NAMES:
                continue
            if all(w.lower() in role_or_title_words() for w in name.split()):
                continue  # "the Office of Inspector General": a title's word, no name
            following = _NEXT_WORD.match(text, run.end())
            if following is not None and following.group(1) in organization_heads:
                continue  # "Mother Emanuel AME church": the name modifies a body's noun
            if " " not in name and self._names_no_person(name):
                continue  # "official Washington", "official Democratic responses"
            person = self.registry.add(
                name,
                _role_word(role_text),
                role_text,
                name_start,
                is_source=False,
                is_subject=self._opens_sentence(role_start if role_start >= 0 else name_start),
            )
            self._note_pronoun_gender(person.name, run.end())
        for match in _find_name_roles(self.text, self.body_start):
            role_text = match.group("role")
            if role_text.startswith("the") and not self._apposed_name_is_person(
                match["name"], match.end()
            ):
                continue  # "Virginia Beach, the city's …"; "… Van Susteren, the speaker said"
            name_start = _name_opening_before(self.text, match.start())
            person = self.registry.add(
                self.text[name_start : match.end("name")],
                _role_word(role_text),
                role_text,
                name_start,
                is_source=False,
                is_subject=self._opens_sentence(name_start),
            )
            self._note_pronoun_gender(person.name, match.end())
        self.registry.people.sort(key=lambda p: p.position)
        self.registry.complete_names()

    def _introduced_with(self, person: Person, word: str) -> bool:
        """Whether ``word`` (the last word of a title's complement: "Committee" in "the
        chairman of the House Intelligence Committee") stands where the article named
        ``person`` with a role, or in that role ("Rep. Mike Rogers, chairman of the House
        Intelligence Committee")."""
        pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
        for p in self.registry.people:
            if p.name != person.name:
                continue
            if pattern.search(p.role_phrase or "") is not None:
                return True
            # the words after the name, to its sentence's end
            unit = self._unit_index(p.position)
            end = self.units[unit][1] if unit >= 0 else p.position
            if pattern.search(self.text, p.position, min(end, p.position + 160)) is not None:
                return True
        return False

    def _apposed_name_is_person(self, name: str, end: int) -> bool:
        """Whether a two-word name before ", the ROLE" (the role ending at ``end``) is a
        person's in apposition: shaped like a name (``shaped_like_name``), no outlet and no
        body, and no verb after the role, whose subject it would be ("Jim Craig, the
        director of …"; not "Virginia Beach, the city where …", "Newsmax TV, the network's
        …" nor "Interviewed by Greta Van Susteren, the former House speaker predicted")."""
        following = _NEXT_WORD.match(self.text, end)
        if following is not None and word_tag(following.group(1)) in FINITE_TAGS:
            return False
        organization = load_source_nouns().organization
        return (
            shaped_like_name(name, alone=False)
            and "-" not in name
            and match_outlet(name) is None
            and not self._names_body(name)
            and not any(w.lower() in organization for w in name.split())
        )

    def _names_no_person(self, word: str) -> bool:
        """Whether a one-word name after a role word is a party's adjective or a place,
        body or other actor the gazetteer knows as no person ("official Washington")."""
        if word.lower() in load_source_nouns().affiliations:
            return True
        finder = getattr(self.actors, "find_spans", None)
        if finder is None:
            return False
        return any(
            start == 0 and end == len(word) and surface.mention_type != "person"
            for start, end, surface in finder(word)
        )

    def _register_named_subject(self, run: re.Match[str]) -> None:
        """A full name without a title, its first word a given name of one sex: a person
        a later "she" or bare surname may take up. One that opens its sentence ("Nancy
        Pelosi spoke on Monday.") is a subject a pronoun prefers; one named elsewhere in
        it ("a case brought by Carolyn Bourdeaux") is taken up only when no speaker or
        subject of that gender comes before."""
        if run.end(1) == run.start(1):
            return  # one word: a surname or an ordinary capitalised word
        name = run.group(0)
        start = run.start()
        opener = _OPENING_WORD.match(name)
        if opener is not None and " " in name[opener.end() :]:
            # "When Barack Obama was a newbie president, …": the clause's subject
            name, start = name[opener.end() :], start + opener.end()
        if "\n" in name or _LINE_END.match(self.text, run.end()):
            return  # "Bernie Sanders\n\nI’m …": a transcript's speaker line, or a heading
        if _before_sentence_end(name) != name:
            return  # "Dwight Eisenhower. You don’t …": a name that closes its sentence
        if self.text.startswith("/", run.end()):
            return  # "Jonathan Ernst/Reuters": a photo credit
        if _POSSESSIVE.search(name):
            return  # "Nancy Pelosi’s office said", "Donald Trump’s White House": not the subject
        subject = self._opens_sentence(run.start())
        # (or the subject of a relative clause: "… was Joe Manchin, who spent …")
        named = subject or _WHO_AFTER.match(self.text, run.end()) is not None
        if gender_of_given_name(name) is None:
            return
        organization = load_source_nouns().organization
        if (
            name.split()[-1].lower() in organization
            or self._names_body(name)
            or match_outlet(name) is not None
        ):
            return  # "Carter Center", "Christian Science Monitor": a body or an outlet
        following = _NEXT_WORD.match(self.text, run.end())
        if following is not None and following.group(1) in organization:
            return  # "Walter Reed hospital"
        # a relative clause's subject is no subject a later "he" prefers either ("Eric
        # Garner, who died …" is seldom the next speaker)
        self.registry.add(name, None, None, start, is_source=False, is_subject=subject)
        if named:
            self._note_pronoun_gender(name, run.end())

    def _note_pronoun_gender(self, name: str, end: int) -> None:
        """The gender of the first pronoun after a person's name in its sentence, when no
        other name comes first ("Senator Ann Lee, a Democrat, used her time"): that pronoun
        most often takes the person up."""
        i = bisect.bisect_right(self._unit_starts, end) - 1
        if i < 0:
            return
        first = _PRONOUN_OR_NAME.search(self.text, end, self.units[i][1])
        if first is not None and first.group(1) is not None:
            self.registry.note_gender(name, _PRONOUN_GENDER[first.group(1)])

    def _opens_sentence(self, pos: int) -> bool:
        """Whether only an introductory phrase and capitalised title words stand between
        the sentence start and ``pos`` ("On Monday, Iranian Foreign Ministry spokesman, X")."""
        i = bisect.bisect_right(self._unit_starts, pos) - 1
        start = self.units[i][0] if i >= 0 else self.body_start
        prefix = _strip_capitalised_tail(self.text[start:pos]).rstrip()
        # one short introductory phrase and its comma; not a list ("including Joe Biden,
        # Sen. Kamala Harris (D-CA), Sen. Bernie Sanders": no one there opens the sentence)
        return prefix == "" or (
            prefix.endswith(",")
            and prefix.count(",") == 1
            and len(_WORD.findall(prefix)) <= _INTRODUCTION_WORDS
        )

    def _anonymity_granted(self, a: Attribution) -> bool:
        """Whether the attribution's sentence, outside what was said, grants its source
        anonymity ("The U.S. official, who spoke on condition of anonymity, said …")."""
        here = self._unit_index(a.cue_start)
        if here < 0:
            return False
        start, end = self.units[here]
        said_start, said_end = a.content_span
        outside = (
            self.text[start : max(start, min(said_start, end))]
            + " "
            + self.text[min(end, max(said_end, start)) : end]
        ).lower()
        return any(marker in outside for marker in load_source_nouns().anonymity_granted)

    def _resolve(self, a: Attribution) -> None:
        """Speaker, type, actor and ledger id of an attribution's source."""
        sp = a.source
        context = self.text[max(0, a.cue_start - 200) : a.content_span[1]]
        if sp is not None and _lone_verb(sp):
            # "emails obtained by … and released Monday show": a verb read as the phrase
            # before the cue names no one; the source is unknown
            a.source = sp = None
        if sp is None:
            a.source_type, a.source_id = "anonymous", "anonymous:unknown"
            asked = a.asked
            if (
                asked is not None
                and asked.name
                and gender_of_given_name(self.registry.full_name(asked.name, asked.start))
            ):
                # "Josh Earnest was asked whether …": a subject a later "he" takes up
                name = self.registry.full_name(asked.name, asked.start)
                self.registry.add(
                    name, asked.role, asked.role_phrase, asked.start, is_source=False,
                    is_subject=True,
                )  # fmt: skip
            return
        nouns = load_source_nouns()
        a.role = sp.role
        person = None
        if sp.pronoun in {"he", "she"}:
            gender = "m" if sp.pronoun == "he" else "f"
            person = self._sentence_subject(sp.start, a.content_span)
            if sp.text.lower() in _SUBJECT_FORM:
                # "Trump thanked her for saying …": an object is not its clause's subject
                person = self.registry.resolve_pronoun(
                    sp.start, gender, person.name if person is not None else None
                )
            else:
                if person is not None and not self.registry.agrees(person, gender):
                    person = None  # "Warren spoke, and he said": "he" is someone else
                person = person or self._pronoun_antecedent(sp.start, gender, a.content_span)
                if person is not None and self._is_listener(person, a):
                    # "He spoke to reporter Tom Langan. “…,” he tells Langan": a verb's
                    # subject is never its own object (binding, Principle B)
                    person = self.registry.resolve_pronoun(sp.start, gender, person.name)
                if (
                    a.kind == "direct"
                    and person is not None
                    and self._named_in_quote(person, a.content_span)
                ):
                    # "“I want to thank Bernie Sanders,” he said": a name in the words the
                    # pronoun's subject is quoted saying is someone else (binding, Principle
                    # C); not in reported speech, whose quotes may be another's ("He added
                    # that the text would clear him: “… President Trump …”")
                    person = self.registry.resolve_pronoun(sp.start, gender, person.name)
                    if self._named_in_quote(person, a.content_span):
                        person = None
        elif sp.pronoun in {"it", "they", "we"}:
            antecedent = self._thing_antecedent(sp) if sp.pronoun != "we" else None
            if antecedent is not None:
                a.speaker, a.source_type, a.source_id = (
                    antecedent.speaker,
                    antecedent.source_type,
                    antecedent.source_id,
                )
                a.actor, a.role = antecedent.actor, antecedent.role
                return
            a.speaker, a.source_type, a.source_id = (
                sp.text,
                # what "reads" is written ("“I am still Sanders,” it read"); else a body
                "document" if a.cue.lemma == "read" else "organization",
                f"unresolved:{sp.pronoun}",
            )
            a.actor = None
            return
        elif sp.pronoun == "i":
            a.speaker, a.source_type, a.source_id = "I", "person", "unresolved:i"
            return
        elif (
            sp.name is None
            and sp.role
            and _THE.match(sp.text)
            # not "The U.S. official, who spoke on condition of anonymity": one unnamed
            and not self._anonymity_granted(a)
            # not "The Office of Legal Counsel opinions": a document the body wrote
            and singular(sp.text.rsplit(None, 1)[-1].lower()) not in nouns.document
            # nor "the Secretary of State's office": the body that title heads (but "the
            # chairman of the House Intelligence Committee" is the chairman)
            and not (
                sp.text.rsplit(None, 1)[-1].lower() in nouns.organization
                and _POSSESSED_LAST.search(sp.text) is not None
            )
        ):
            since = (
                self._start_back(sp.start, 2)
                if not _POSSESSIVE.search(sp.text)
                else None  # "the State Department's inspector general": a new person
            )
            person = self.registry.resolve_nominal(
                sp.role,
                sp.start,
                since,
                self.text[a.content_span[0] : a.content_span[1]],
                former=is_former(sp.text),
                sentence_start=self._start_back(sp.start, 0),
            )
            complement = _ROLE_COMPLEMENT.search(sp.text)
            if (
                person is not None
                and complement is not None
                and not all(w.lower() in _OFFICE_WORDS for w in complement.group(1).split())
                and not self._introduced_with(person, complement.group(2))
            ):
                # "the leader of Hamas", "the chief of the Egyptian presidential cabinet":
                # a title held of a body the person was never introduced with is another's
                person = None
        elif _THE.match(sp.text) and (party := _party_descriptor(sp.text)):
            person = self.registry.resolve_descriptor(
                sp.start,
                self._start_back(sp.start, 2),
                self.text[a.content_span[0] : a.content_span[1]],
                lambda name: not self._of_other_party(name, party),
            )
        if person is not None:
            a.speaker, a.source_type = person.name, "person"
            a.role = a.role or person.role
            a.source_id = "person:" + _key(person.name)
            a.actor = self._person_actor(person.name, person.role_phrase)
            self.registry.add(
                person.name, person.role, person.role_phrase, sp.start, is_source=not a.passive
            )
            return
        if sp.pronoun is not None:
            a.speaker, a.source_type, a.source_id = sp.text, "person", f"unresolved:{sp.pronoun}"
            return
        body = self._body_antecedent(sp)
        if body is not None:
            # "Battelle said … the company said", "The Washington Post … the newspaper said"
            a.speaker, a.source_type, a.source_id = body.speaker, body.source_type, body.source_id
            a.actor = body.actor
            return
        if sp.name is None and sp.text[:1].isupper() and " " not in sp.text:
            # a title word that is a surname named before: "Martin Luther King Jr. … King said"
            full = self.registry.full_name(sp.text, sp.start)
            if full != sp.text:
                # the role is the one the person was named with ("Rep. Peter King … King
                # said": a representative, no king)
                known = next(
                    (p for p in reversed(self.registry.people) if p.name == full and p.role),
                    None,
                )
                a.role = known.role if known is not None else None
                sp = replace(
                    sp,
                    name=full,
                    role=a.role,
                    role_phrase=known.role_phrase if known is not None else None,
                )
        source_type = source_type_of(sp, context)
        if (
            source_type == "organization"
            and sp.name
            and (
                (
                    (
                        sp.name.lower() in nouns.organization_names
                        # "the Trump reelection campaign … arguing": a person the article
                        # named, though "the" stands before the name
                        or sp.text == "the " + sp.name
                    )
                    and self.registry.knows(sp.name, sp.start)
                )
                # a bare body's noun or abstract noun that is the surname of a person named
                # in full before
                or (
                    sp.text == sp.name
                    and (sp.name.lower() in nouns.organization or is_abstract_noun(sp.name))
                    and self.registry.full_name(sp.name, sp.start) != sp.name
                )
            )
        ):
            # "Senator Jane Apple … Apple said", "Mark House … House said", "Aaron Payment …
            # Payment said": the person named before
            source_type = "person"
        elif (
            source_type == "outlet"
            and _WORD.fullmatch(sp.text) is not None
            and self.registry.knows(sp.text, sp.start)
        ):
            # "Jeff Fox … Fox said", "Michael Bloomberg … Bloomberg says": the person
            source_type = "person"
            sp = replace(sp, name=sp.text)
        outlet = self._outlet_named(sp.text, sp.start) if source_type == "outlet" else None
        if source_type == "person" and sp.name:
            name = self.registry.full_name(sp.name, sp.start, sp.role)
            if self._names_body(name) or (sp.role is None and self._apposed_body(sp.end, name)):
                source_type = "organization"
            else:
                role_phrase = sp.role_phrase
                person_obj = self.registry.add(
                    name, sp.role, role_phrase, sp.start, is_source=not a.passive
                )
                a.speaker, a.source_type = person_obj.name, "person"
                a.role = a.role or person_obj.role
                a.source_id = "person:" + _key(person_obj.name)
                a.actor = self._person_actor(person_obj.name, person_obj.role_phrase)
                return
        a.source_type = source_type
        if source_type == "anonymous" and sp.role and sp.role in nouns.anonymous:
            a.role = sp.role
        if outlet:
            # An outlet reports; it does not speak for the country in its name.
            a.speaker = outlet
            if a.role is not None and a.role in outlet.lower().split():
                a.role = None  # "the Union Leader reported": a word of the name, no role
            a.source_id = "outlet:" + normalise_outlet(outlet)
            return
        a.speaker = _strip_article(sp.text)
        a.source_id = f"{source_type}:" + _key(a.speaker)
        a.actor = self._actor_for(sp.text)

    def _pronoun_antecedent(
        self, pos: int, gender: str, content: tuple[int, int], chain: int = 0
    ) -> Person | None:
        """The person a "he"/"she" whose own sentence opens with no name takes up: the
        named person opening the sentence before (before what the cue reports), when no
        one who spoke or stood as a subject was registered after that name; else the
        registry's nearest (``PersonRegistry.resolve_pronoun``). The previous sentence's
        subject is the likeliest antecedent (centering: Grosz, Joshi and Weinstein 1995),
        and it may be a person whose given name the list does not hold, whom the
        registry leaves out ("Rush Limbaugh mentioned the name. “…,” he explained").
        When that sentence opens with the same pronoun, that pronoun's antecedent goes on
        (up to ``_PRONOUN_CHAIN`` sentences back): "Sefl said … She also encouraged
        him … She recalled"."""
        registered = self.registry.resolve_pronoun(
            pos, gender, recent=self._start_back(pos, 1), introduces=self._introduces
        )
        i = self._unit_index(min(pos, content[0])) - 1
        while i > 0 and _HEADING_LINE.fullmatch(self.text, *self.units[i]):
            i -= 1  # "Slideshow (2 Images)", "Advertisement": a line the story runs past
        if i < 0:
            return registered
        start, end = self.units[i]
        # a person who spoke or stood as a subject in or after that sentence is nearer
        if (
            end <= start
            or self.quote_at(start) is not None
            or (registered is not None and registered.position >= start)
        ):
            return registered
        opening = _SUBJECT.match(self.text, start, end)
        if (
            chain < _PRONOUN_CHAIN
            and opening is not None
            and _PRONOUN_GENDER.get(opening.group(1).lower()) == gender
        ):
            at = opening.start(1)
            return self._pronoun_antecedent(at, gender, (at, at), chain + 1)
        previous = self._sentence_subject(end - 1, content)
        if (
            previous is None
            or not self.registry.agrees(previous, gender)
            or not shaped_like_name(
                previous.name,
                # one word only for a surname the article has shown speaking or titled
                alone=any(
                    p.name == previous.name and (p.is_source or p.role is not None)
                    for p in self.registry.people
                ),
            )
        ):
            return registered
        return previous

    def _introduces(self, person: Person) -> bool:
        """Whether the mention of ``person`` introduces someone a later "he" or "she" may
        take up: a full name as a subject, after a dash or a comma, or as the agent of a
        passive ("led by Dr David Boulware"), or after "from" or "with" with an apposition
        ("a message from Tom McClintock, a Republican congressman"). Not one in a quote,
        a possessive ("Bush's expansion"), a modifier ("the Frank LaMere forum"), a verb's
        or a preposition's object ("to pardon Joe Arpaio", "for John F. Kennedy")."""
        pos = person.position
        if self.quote_at(pos) is not None:
            return False
        surname = person.name.rsplit(None, 1)[-1]
        end = self.text.find(surname, pos, pos + 160)
        if end < 0:
            return False
        end += len(surname)
        if self.text.startswith(("’s", "'s", "’ ", "' "), end):
            return False
        after = self._word_after(end)
        if after is not None and (
            after.group(0)[:1].isupper() or word_tag(after.group(0)) in ("JJ", "NN", "NNS")
        ):
            return False  # "the Frank LaMere presidential forum"
        before = _DOTTED_WORD_BEFORE.search(self.text, max(0, pos - 30), pos)
        titles = role_or_title_words()
        for _ in range(6):
            # past the title and role words before the name: "Michigan Gov. Rick Snyder",
            # "former NSA contractor Edward Snowden"
            if before is None or not (
                before.group(1)[:1].isupper()
                or before.group(1).lower() in titles
                or before.group(1).lower() == "former"
            ):
                break
            at = before.start()
            before = _DOTTED_WORD_BEFORE.search(self.text, max(0, at - 30), at)
        if before is None or before.group(1).endswith("."):
            return True  # the sentence's first words (or "Mr.", "Dr.": a title)
        word = before.group(1)
        low = word.lower()
        if low == "by":
            return True
        if low in ("from", "with"):
            return _APPOSITION_AFTER.match(self.text, end) is not None
        return not (low in _OBJECT_LEADS or (word.islower() and word_tag(low).startswith("VB")))

    def _subject_words(
        self, start: int, pos: int, content: tuple[int, int]
    ) -> tuple[re.Match[str], list[str]] | None:
        """The match of a name or pronoun opening a clause at ``start``, before ``pos`` and
        outside ``content``, and its words past the opening words ("If Kavanaugh believed
        …, he": Kavanaugh); None when there is none, or only opening words ("Later on the
        radio he said")."""
        m = _SUBJECT.match(self.text, start, pos) or _SUBJECT_BEFORE_ASIDE.match(
            self.text, start, pos
        )
        if m is None or m.end(1) >= pos or content[0] <= m.start(1) < content[1]:
            return None
        following = _NEXT_WORD.match(self.text, m.end(1))
        if following is not None and following.group(1) in role_or_title_words():
            return None  # "House Democratic leader Nancy Pelosi": the run modifies a role
        openers = load_source_nouns().sentence_openers
        opening = m.group(1).split()
        skip = next(
            (
                k
                for k, w in enumerate(opening)
                if w.lower() not in openers and not is_opening_adverb(w)
            ),
            None,
        )
        return None if skip is None else (m, opening[skip:])

    def _sentence_subject(self, pos: int, content: tuple[int, int]) -> Person | None:
        """The named person opening the sentence of a "he"/"she" at ``pos`` ("Moore lashed
        out at what he called …"), also after a short introductory phrase opened by a
        preposition or adverb ("In this campaign, Trump …"): within one sentence the
        pronoun most often takes up its subject. None when the sentence opens otherwise,
        or with a body's name, or inside the ``content`` the pronoun's cue reports ("Taxes
        will rise, he said": what is said about, not who says it)."""
        i = bisect.bisect_right(self._unit_starts, pos) - 1
        if i < 0:
            return None
        start = self.units[i][0]
        found = self._subject_words(start, pos, content)
        time_alone = load_source_nouns().time_alone
        if found is not None and any(w.lower().rstrip(".") in time_alone for w in found[1]):
            found = None  # "On Monday evening, Rubio …": a day opens the phrase before
        if found is None:
            # "In this campaign, Trump first turned …": the subject after a short
            # introductory phrase and its comma
            comma = self.text.find(",", start, min(pos, start + 100))
            intro = self.text[start:comma] if comma > 0 else ""
            first = _WORD.search(intro)
            if (
                first is not None
                # a preposition or an adverb opens it, not a name ("Sen. Cory Booker, New
                # Jersey Democrat, said", "Trump, Pence and Perry …")
                and not is_name_shaped(first.group(0))
                and len(_WORD.findall(intro)) <= _INTRODUCTION_WORDS
                and not _QUOTE_MARKS.search(intro)
            ):
                found = self._subject_words(comma + 1, pos, content)
        if found is None:
            return None
        m, words = found
        if self.text.startswith("/", m.end(1)):
            return None  # "Jonathan Ernst/Reuters": a photo credit, no sentence's subject
        name = " ".join(words)  # "Former Governor Tom Ward"
        possessive = _POSSESSIVE.search(name)
        if possessive is not None:
            if _QUOTE_MARKS.search(self.text, m.end(1), pos):
                return None  # "Trump’s words “…,” he adds": the quote's speaker, not Trump
            # "MSNBC’s Chuck Todd summed up …, when he called …": Chuck Todd; but a thing
            # someone has opening the sentence tells nothing of a pronoun ("Trump's
            # tariffs will hurt farmers, she said"; "Mrs. Clinton’s Iraq war vote")
            words = name[possessive.end() :].split()
            if len(words) < 2:
                return None
            name = " ".join(words)
        if len(words) > 2:
            words = list(name_inside_run(words))  # "Ohio Gov. John Kasich": John Kasich
            name = " ".join(words)
        if (
            words[0].lower() in _NOT_NAMES
            # a day is no one ("On Tuesday night he insisted")
            or any(w.lower().rstrip(".") in time_alone for w in words)
            # a pronoun, also contracted ("I’m saying …"), is no name
            or pronoun_of(words[0]) is not None
            or not looks_like_person(name)
            or self._names_body(name)
            or match_outlet(name) is not None  # "ABC was forced to suspend Ross after he …"
        ):
            return None
        full = self.registry.full_name(name, m.start(1))
        if len(words) == 1 and full == name and self._opens_with_common_word(name, m.end(1)):
            return None  # "Later he said", "More snow fell, he said": no name opens it
        known = next((p for p in reversed(self.registry.people) if p.name == full), None)
        if known is not None:
            return known
        return Person(full, None, None, frozenset(), m.start(1), False, True)

    def _opens_with_common_word(self, word: str, end: int) -> bool:
        """Whether a lone capitalised word opening a sentence is an ordinary word, not a
        name: a personal pronoun follows it ("Later he said"), or it is a common word (the
        article writes it in lower case elsewhere, or the lexicon of Brill's tagger knows
        it only so, ``capitalised_common_words``) that the article never capitalises
        inside a sentence ("More snow fell", "Ever since"). The article's own spellings
        come first, as in Mikheev's document-centred disambiguation of capitalised words
        (ACL 1999)."""
        following = _NEXT_WORD.match(self.text, end)
        if following is not None and following.group(1) in PERSONAL_PRONOUNS:
            return True
        found = self._common_words.get(word)
        if found is not None:
            return found
        common = word in capitalised_common_words()
        if not common and word.lower() not in self.text:
            found = False  # the plain test spares the patterns
        else:
            found = (common or bool(_word_starts(self.text, word.lower()))) and not any(
                self.text[at - 2 : at - 1].isalpha() or self.text[at - 2 : at - 1] == ","
                for at in _word_starts(self.text, word)
                if self.text[at - 1 : at] == " "
            )  # a common word (in lower case somewhere, or by the tagger's lexicon), and
            # never capitalised after a word or a comma
        self._common_words[word] = found
        return found

    def _is_opening_common_word(self, phrase: SourcePhrase) -> bool:
        """Whether a source phrase is one capitalised word opening its sentence that is
        a common word, not a name (``_opens_with_common_word``), and no name the article
        gave before ("Polls show …", "Describing the day, she said"; not "Flake said"
        after "Jeff Flake")."""
        word = phrase.name
        if word is None or " " in word or phrase.text != word:
            return False
        i = bisect.bisect_right(self._unit_starts, phrase.start) - 1
        opening = _WORD.search(self.text, self.units[i][0] if i >= 0 else self.body_start)
        return (
            opening is not None
            and opening.start() == phrase.start
            and not self.registry.knows(word, phrase.start)
            and self._opens_with_common_word(word, phrase.end)
        )

    def _names_body(self, name: str) -> bool:
        """A name that the gazetteer knows as a country or body, not a person: one word
        naming an actor ("Tehran"), or several that are an actor's name ("South Korea",
        not "Jordan Peele")."""
        if " " in name:
            surfaces = getattr(self.actors, "surfaces", None)
            if surfaces is None or name not in surfaces:
                return False  # most names of several words are people's: no look-up
        actor = self._actor_for(name)
        return actor is not None and self._person_actor_raw(name) is None

    def _apposed_body(self, end: int, name: str) -> bool:
        """ "Verdi, a German trade union, said": a noun phrase set beside a name whose head
        names a body says the name is one (not "Brian Wieser, an analyst at the bank", nor
        a name that opens with a given name)."""
        words = name.split()
        if not words or words[0] in load_given_names():
            return False
        m = _APPOSED_HEAD.match(self.text, end)
        return m is not None and m.group(1).lower() in load_source_nouns().organization

    def _actor_for(self, phrase: str | None) -> str | None:
        if not phrase:
            return None
        finder = getattr(self.actors, "actor_for", None)
        return finder(phrase) if finder is not None else None

    def _person_actor_raw(self, name: str) -> str | None:
        # The gazetteer's person lookup arrives with the actors area; older gazetteers lack it.
        finder = getattr(self.actors, "person_actor", None)
        return finder(name) if finder is not None else None

    def _person_actor(self, name: str, role_phrase: str | None) -> str | None:
        return self._person_actor_raw(name) or self._actor_for(role_phrase)

    # ---- outputs ------------------------------------------------------------------------------
    def voice_segments(
        self, attributions: list[Attribution]
    ) -> list[tuple[int, int, str, str | None, str | None]]:
        """Sorted, gap-free segments (start, end, voice, speaker, speaker_actor)."""
        n = len(self.text)
        if n == 0:
            return []
        spans: list[tuple[int, int, str, str | None, str | None]] = []
        quote_speaker: dict[int, tuple[str | None, str | None]] = {}
        reported: list[tuple[int, int, str | None, str | None]] = []
        for a in attributions:
            for q in a.quotes:
                quote_speaker.setdefault(q.start, (a.speaker, a.actor))
            for s, e in a.content:
                spans.append((s, e, "indirect_quote", a.speaker, a.actor))
                reported.append((s, e, a.speaker, a.actor))
        last: tuple[str | None, str | None, int] | None = None
        ordered = sorted(attributions, key=lambda a: a.content_span[0])
        k = 0
        for q in self.quotes:
            while k < len(ordered) and ordered[k].content_span[0] <= q.start:
                att = ordered[k]
                last = (att.speaker, att.actor, att.paragraph)
                k += 1
            if q.start in quote_speaker:
                speaker, actor = quote_speaker[q.start]
                last = (speaker, actor, self.paragraph_of(q.start))
            elif q.continues and last is not None:
                speaker, actor = last[0], last[1]
            elif self._is_speech_length(q):
                near = last is not None and self.paragraph_of(q.start) - last[2] <= 1
                speaker, actor = (last[0], last[1]) if near and last is not None else (None, None)
            elif inside := [r for r in reported if r[0] <= q.start < r[1]]:
                # A partial quote inside reported speech (she is a "sane, competent
                # person," Lopez said): the speaker's own words, so a direct quote.
                speaker, actor = inside[0][2], inside[0][3]
            else:
                continue  # a scare quote or a title stays in the author's voice
            spans.append((q.start, q.end, "direct_quote", speaker, actor))
        for s, e in self.links:
            spans.append((s, e, "crosslink", None, None))
        return _paint(n, self.body_start, spans)

    def source_rows(self, attributions: list[Attribution]) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        # a joint subject's other speakers follow the attribution, each a row of its own
        for a in (b for found in attributions for b in (*found.joint, found)):
            cs, ce = a.content_span
            kind = a.kind
            if kind in {"direct", "indirect"} and (
                a.cue.lemma in _REPORT_LEMMAS or a.source_type in {"outlet", "document"}
            ):
                kind = "report"
            src_start = a.source.start if a.source is not None else None
            src_end = a.source.end if a.source is not None else None
            negated = (
                _NEGATED_BEFORE.search(self.text, max(0, a.cue_start - 40), a.cue_start) is not None
                or _NO_SUBJECT_BEFORE.search(self.text, max(0, a.cue_start - 50), a.cue_start)
                is not None
                or _NOTHING_SAID.match(self.text, cs) is not None
            )
            rows.append(
                (
                    a.speaker,
                    a.source_type,
                    a.actor,
                    a.role,
                    kind,
                    self.text[a.cue_start : a.cue_end],
                    a.cue.stance,
                    negated,
                    a.cue_start,
                    a.cue_end,
                    cs,
                    ce,
                    src_start,
                    src_end,
                    a.venue,
                    a.source_id,
                )
            )
            venues = [match_outlet(v) for v in _JOINED_VENUES.split(a.venue)] if a.venue else []
            if not all(venues):
                venues = [match_outlet(a.venue)] if a.venue else []
            for outlet in venues:
                if not outlet:
                    continue
                # the outlet that carried the remarks is a source of the article too
                rows.append(
                    (
                        outlet,
                        "outlet",
                        None,
                        "venue",
                        "report",
                        self.text[a.cue_start : a.cue_end],
                        a.cue.stance,
                        negated,
                        a.cue_start,
                        a.cue_end,
                        cs,
                        ce,
                        None,
                        None,
                        outlet,
                        "outlet:" + normalise_outlet(outlet),
                    )
                )
        return rows


_POSSESSIVE = re.compile(r"[’']s\b|(?<=s)[’'](?!\w)")
#: What follows a subject set after its cue ("…, says Professor Young, head of …",
#: "…, said Sen. Orrin Hatch (R-Utah)."): punctuation or the end, never a verb.
_INVERTED_SOURCE_END = re.compile(r"\s*(?:[,.;:(“\"—–]|$)")
_NOT_NAMES = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "his",
    "her",
    "its",
    "their",
    "in",
    "on",
    "at",
    "and",
    "but",
    "after",
    "when",
}


def _word_starts(text: str, word: str) -> list[int]:
    """Where ``word`` occurs in ``text`` as a whole word (plain searches, no pattern to
    compile for each word)."""
    found, at = [], text.find(word)
    while at >= 0:
        before = text[at - 1 : at] if at else ""
        after = text[at + len(word) : at + len(word) + 1]
        if not (before and (is_word_char(before) or before in "’'-")) and not (
            after and (is_word_char(after) or after in "’'-")
        ):
            found.append(at)
        at = text.find(word, at + 1)
    return found


def _party_descriptor(text: str) -> str | None:
    """The party noun, lower-cased, when ``text`` is "the", up to two capitalised words of
    a home, and a party noun: "the Alabama Republican", "the New York Democrat", "the
    Republican"; None otherwise."""
    words = text.split()[1:]
    last = words[-1].lower() if words else ""
    if (
        1 <= len(words) <= 3
        and last in load_source_nouns().affiliations
        and last not in NOT_PARTY_NOUNS
        and all(w[:1].isupper() for w in words)
    ):
        return last
    return None


#: Capitalised words and title nouns between a party word and a name ("Democratic Sen.
#: Jon", "Republican leader Mitch").
_TITLE_RUN = (
    r"\s+(?:(?:[A-Z][\w.’'-]*|leader|whip|nominee|candidate|challenger|incumbent|lawmaker"
    r"|senator|congressman|congresswoman|chairman|chairwoman|governor|mayor)\s+){0,4}$"
)
#: For the two US parties' nouns, what tells of the other party's people: a word before
#: the name ("Democratic Sen. Jon Tester") or a party tag after it ("Tester (D-Mont.)").
_OTHER_PARTY = {
    "republican": (re.compile(r"\bDemocrat(?:ic)?" + _TITLE_RUN), re.compile(r"^,?\s*\(?D-")),
    "democrat": (re.compile(r"\b(?:Republican|GOP)" + _TITLE_RUN), re.compile(r"^,?\s*\(?R-")),
}


def _titled_full_name(phrase: SourcePhrase) -> bool:
    """Whether ``phrase`` is a role before a full name ("House Speaker Nancy Pelosi")."""
    return bool(phrase.role and phrase.name and given_name_and_surname(phrase.name))


def _role_before(text: str, start: int, end: int) -> str | None:
    """The role phrase right before a name ("Israeli Foreign Minister, " / "ambassador to
    Israel, "), or None when the words before the name hold no role word."""
    window = text[start:end].rstrip()
    if window.endswith(","):
        window = window[:-1].rstrip()
    words = window.split()[-7:]
    nouns = load_source_nouns()
    for i in range(len(words) - 1, -1, -1):
        word = words[i].lower().strip(".,’'")
        two = f"{words[i - 1].lower()} {word}" if i else ""
        if (
            _family_word(word, nouns) is not None
            or word in nouns.honorifics
            or two in nouns.role_families  # "first lady Melania Trump"
        ):
            tail = words[i + 1 :]
            # only "of/to/for [the] Place" may follow the role word
            if tail and (
                tail[0].lower() not in {"of", "to", "for"}
                or not any(w[:1].isupper() for w in tail[1:])
                or not all(w[:1].isupper() or w.lower() in {"of", "to", "for", "the"} for w in tail)
            ):
                return None
            first = i - 1 if two in nouns.role_families else i
            # capitalised words before it are part of the role ("Israeli Foreign Minister"),
            # but not across a comma ("by the Brookings Institution, economist X")
            while first > 0 and words[first - 1][:1].isupper() and words[first - 1][-1] != ",":
                first -= 1
            return " ".join(words[first:])
        if i < len(words) - 5:
            break
    return None


#: Lower-case words, the last a noun, and "and" before a role and a name: "billionaire and
#: (presidential candidate Tom Steyer)".
_COORDINATED_DESCRIPTION = re.compile(
    r"[\s,]*(?:[a-z][\w’'\-]*\s+){0,2}([a-z][\w’'\-]*)\s+(?:and|&)\s+"
)
#: A comma and the word after it, after an inverted source: "…, says Smith, is …".
_PREDICATE_AFTER_COMMA = re.compile(r"\s*,\s*([a-z][\w’'\-]*)")
#: A title's complement of a body or place, its words and its last word: "the chairman of
#: the House Intelligence Committee" → "Committee", "the leader of Hamas" → "Hamas", "the
#: chief of the city police department" → "department".
_ROLE_COMPLEMENT = re.compile(r"\s(?:of|for|to|at)\s(?:the\s)?((?:[\w.’'\-]+\s){0,4}?([\w’'\-]+))$")
#: A noun phrase that names a stretch of time, which never speaks: "the day", "the night".
_TIME_SUBJECT = re.compile(
    r"(?i)(?:the|that|this)\s+(?:day|night|evening|morning|afternoon|week|weekend|month|year"
    r"|days|nights|weeks|months|years|hours|season|decade)"
)
#: The words of a title's complement that name the office itself, not a body the person
#: must have been introduced with: "the former secretary of state", "the chief of staff",
#: "the secretary of the interior", "of Homeland Security" (not "of my state", "of Indian
#: affairs").
_OFFICE_WORDS = frozenset(
    {"state", "defense", "defence", "treasury", "commerce", "labor", "labour", "education",
     "energy", "agriculture", "transportation", "interior", "justice", "health", "war",
     "staff", "homeland", "security", "national", "intelligence", "veterans", "affairs",
     "human", "services", "housing", "urban", "development", "and"}
)  # fmt: skip
#: A possessive before a phrase's last word: "the Secretary of State's office".
_POSSESSED_LAST = re.compile(r"[’']s\s+[\w\-]+$")
#: The first words of a coordinated subject's last part that make the part before it one
#: of the same kind: "Smith and other officials", "Ruiz and fellow Democrats".
_JOINT_OTHERS = frozenset({"other", "fellow"})
#: An outlet's short form: "The Times", "the Post" (``_outlet_named``).
_SHORT_OUTLET = re.compile(r"[Tt]he\s+([A-Z][a-z]+)")
#: An edition or section after a publisher's name: "(Online News)", " - Editorial".
_PUBLISHER_EDITION = re.compile(r"\s*(?:\([^)]*\)|\s-\s.*)$")
#: The words that may stand right before the capitalised run of an office and its holder:
#: "Secretary of State Mike Pompeo", "Speaker of the House Nancy Pelosi", "Secretary of
#: Health and Human Services Alex Azar".
_OFFICE_LINKS = frozenset({"of", "for", "the", "and", "&"})
#: A role word and "of/for [the] [Word and]" ending where an office's capitalised run starts.
_OFFICE_BEFORE = re.compile(
    r"([A-Za-z\-]+)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+(?:and|&)\s+)?\Z"
)


def _office_holder(text: str, body_start: int, run: re.Match[str]) -> tuple[int, int, str] | None:
    """The office and its holder when a capitalised run continues an office ("Secretary of
    State Mike Pompeo", the run being "State Mike Pompeo"): where the role starts, where the
    name starts, and the name. The role word is a title ("Secretary", "Speaker", "Director"),
    not an agent's ("a spokesman for the …" speaks for the run, not as it). The name opens
    at the run's first given name after its first word and holds a surname ("Director of
    National Intelligence James R. Clapper"); it ends before a weekday or another given name
    ("… Rex Tillerson Thursday", "… Mike Pompeo Michael R. Pompeo", where a site links the
    name to a profile). None when no such role or name is there (the office's own words are
    no name: "head of the United States Central Command", "Mayor of San Juan")."""
    window_start = max(body_start, run.start() - 60)
    before = _OFFICE_BEFORE.search(text, window_start, run.start())
    nouns = load_source_nouns()
    if before is None:
        return None
    role = before.group(1).lower().rsplit("-", 1)[-1]  # "then-Secretary"
    if role not in nouns.titles and role not in nouns.inside_run or role in AGENT_ROLES:
        return None
    words = run.group(0).split()
    given = load_any_given_names()
    first = next((k for k in range(1, len(words) - 1) if words[k] in given), None)
    if first is None:
        return None
    last = first + 2
    while (
        last < len(words)
        and words[last] not in given
        and words[last].lower() not in nouns.time_alone
        and words[last].lower() not in nouns.time_months
    ):
        last += 1
    name = " ".join(words[first:last])
    if holds_body_or_role_word(name.split(), nouns):
        return None
    name_start = run.start() + run.group(0).index(words[first], len(" ".join(words[:first])))
    role_start = before.start()
    opening = _TWO_WORD_ROLE_START.search(text, window_start, role_start)
    if opening is not None and f"{opening.group(1)} {role}".lower() in nouns.role_families:
        role_start = opening.start(1)  # "Prime Minister of Great Britain …"
        opening = _TWO_WORD_ROLE_START.search(text, window_start, role_start)
    if opening is not None and is_former(opening.group(1)):
        role_start = opening.start(1)  # "former Secretary of State …": no longer held
    return role_start, name_start, name


#: The word right before an office's title word, which may open a two-word role with it.
_TWO_WORD_ROLE_START = re.compile(r"([A-Za-z]+)\s+\Z")


#: A capitalised word and the single space after it, right before a position.
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w’'.])([A-Z][a-z]+) \Z")


def _name_opening_before(text: str, start: int) -> int:
    """Where a person's name that ``_find_name_roles`` read from ``start`` (two words)
    opens: up to two capitalised words before it that are given names or no common word
    join it ("Dr. Abrar Ahmad Chughtai, an epidemiologist": "Abrar" too; not
    "Meanwhile Ann Lee", "Dr. Ann Lee")."""
    given = load_any_given_names()
    lexicon = brill_lexicon()
    for _ in range(2):
        word = _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 30), start)
        if word is None:
            break
        written = word.group(1)
        if written not in given and written.lower() in lexicon:
            break
        start = word.start(1)
    return start


#: Lower-case words a tagger reads as verbs that name people in a source phrase ("the
#: left calls us …", "the suspect told").
_VERB_SHAPED_PEOPLE = frozenset({"left", "right", "suspect", "accused"})


def _lone_verb(phrase: SourcePhrase) -> bool:
    """Whether a source phrase is one lower-case word most often a verb ("released",
    "supports", "depends"), which names no one."""
    word = phrase.text
    return (
        phrase.pronoun is None
        and word.isalpha()
        and word.islower()
        and word_tag(word).startswith("VB")
        and word not in _VERB_SHAPED_PEOPLE
        and not is_people_noun(word)
    )


def _role_word(phrase: str) -> str | None:
    nouns = load_source_nouns()
    families = nouns.role_families
    words = [w.lower().rstrip(".,") for w in phrase.split()]
    for i in range(len(words) - 1, -1, -1):
        # a title of three words ending here first ("commander in chief"), then one of two
        # ("Prime Minister", "Attorney General": the general of it is no general); one
        # starting here was met as ending at i + 1
        three = three_word_title(words, i, nouns)
        if three is not None:
            return three
        if i and f"{words[i - 1]} {words[i]}" in families:
            return f"{words[i - 1]} {words[i]}"
        family = _family_word(words[i], nouns)
        if family is not None:
            return family
        if words[i] in nouns.abbreviations:
            return nouns.abbreviations[words[i]]  # "Sen. Rand Paul": a senator
    return None


def _family_word(word: str, nouns: SourceNouns) -> str | None:
    """The role family ``word`` names: the word itself, or the role of a hyphened title
    ("vice-president" → "president", "attorney-general" → "attorney general"); None for
    any other word ("son-in-law", "social-justice")."""
    if word in nouns.role_families:
        return word
    return hyphened_role(word, nouns)


_NAME_ROLE: re.Pattern[str] | None = None
#: A run of capitalised words: a name, possibly opened by titles ("President Ilham Aliyev").
#: Name particles count as words only whole ("Donald Trump also" ends before "also"), with
#: a hyphened surname ("Bashar al-Assad").
# The lookbehind follows the first letter (same meaning as before it) so that the
# pattern opens with a character class, which ``re`` scans for quickly.
# Group 1 holds the words after the first (empty for a one-word run). Up to fifteen
# words: a run cut short leaves half a name ("But British Foreign Secretary Dominic" +
# "Raab"), so a run is cut where its sentence ends (``_run_before_sentence_end``) instead;
# nor does it cross a blank line ("Advertisement\n\nHe wrote": no name "Advertisement He").
_CAPITALISED_RUN = re.compile(
    r"[A-Z](?<![\w’'][A-Z])[\w’'.\-]*((?:(?:[^\S\n]+\n?|\n)[^\S\n]*"
    r"(?:[A-Z][\w’'.\-]*|(?:bin|al|de|van|von|ibn|abu)(?:-[A-Z][\w’'.\-]*)?\b"
    r"|(?:den|der|del|dos|da|di|du)(?=[^\S\n]+[A-Z]))){0,14})"
)  # (the second particles only before a capitalised word: "Van den Heever", "dos Santos")


def _name_role_pattern() -> re.Pattern[str]:
    """ "Amarjit Singh, a limousine driver," / "Jim Craig, the director of …," — a name
    followed by its role in apposition.

    The word-boundary test sits after the first capital (a lookbehind with the same
    meaning), so that the pattern opens with a character class, which ``re`` scans for
    quickly."""
    global _NAME_ROLE
    if _NAME_ROLE is None:
        roles = words_to_regex(load_source_nouns().role_families)
        _NAME_ROLE = re.compile(
            rf"(?P<name>[A-Z](?<!\w[A-Z])[\w’'\-]+\s+[A-Z][\w’'\-]+),\s+"
            rf"(?P<role>(?:a|an|the)\s+[^,.;]{{0,60}}?\b(?:{roles})\b)"
        )
    return _NAME_ROLE


@lru_cache(maxsize=65536)
def _split_title(run: str) -> tuple[int, str] | None:
    """Where the name starts in a capitalised run opened by titles, and the name:
    "Israeli Foreign Minister Eli Cohen" → (24, "Eli Cohen"); None when no title word
    stands before the run's last word. Remembered: the same runs recur across articles."""
    role_words = role_or_title_words()
    words = run.split()
    # the name follows the last title word of the run (searched from the end: most runs
    # are two words, and the last title word is all we need)
    for k in range(len(words) - 1, 0, -1):
        if words[k - 1].lower().rstrip(".") in role_words:
            if only_suffixes([w.lower() for w in words[k:]], load_source_nouns()):
                return None  # "Martin Luther King III": a surname, then a suffix
            return run.index(words[k], len(" ".join(words[:k]))), " ".join(words[k:])
    return None


#: The opening of the role in ``_name_role_pattern``: every match holds one at its comma.
_APPOSED_ARTICLE = re.compile(r",\s+(?:an?|the)\s")


def _is_name_char(char: str) -> bool:
    """A character of ``_name_role_pattern``'s two-word name: a word character, an
    apostrophe, a hyphen or white space."""
    return char.isalnum() or char in "_’'-" or char.isspace()


def _find_name_roles(text: str, pos: int) -> list[re.Match[str]]:
    """``_name_role_pattern().finditer(text, pos)``, tried only before the ", a"/", the"
    that every match holds: a match's name lies between its comma and the last
    character before it that cannot be part of a name, so only the capitals there are
    tried (in order, not overlapping, as ``finditer`` does)."""
    pattern = _name_role_pattern()
    found: list[re.Match[str]] = []
    done = pos
    for comma in _APPOSED_ARTICLE.finditer(text, pos):
        c = comma.start()
        begin = c
        while begin > done and _is_name_char(text[begin - 1]):
            begin -= 1
        for p in range(max(begin, done), c):
            if "A" <= text[p] <= "Z":
                match = pattern.match(text, p)
                if match is not None:
                    found.append(match)
                    done = match.end()
                    break
    return found


#: A name word closing its sentence: two or more letters, the last in lower case, and a
#: period ("Marrero." in "Judge Victor Marrero. The judge said"; not "J." or "U.S.").
_SENTENCE_END_IN_NAME = re.compile(r"(?<=[A-Za-z][a-z])\.(?=\s|$)")


#: A relative clause whose subject is the name before it: ", who spent …".
_WHO_AFTER = re.compile(r",\s+(?:\d{1,3},\s+)?who\s")  # (an age may come first)
#: The end of a line right after a name (spaces and a colon may stand between).
_LINE_END = re.compile(r"[^\S\n]*:?[^\S\n]*\n")


def _only_between_words(gap: str) -> bool:
    """Whether ``gap``, between a subject and its cue, holds nothing but up to three
    words that stand there (auxiliaries and adverbs: "Flynn earlier denied", "Iran has
    not said"; ``is_between_word``, ``is_ly_adverb``)."""
    words = gap.split()
    return len(words) <= 3 and all(is_between_word(w) or is_ly_adverb(w) for w in words)


@lru_cache(maxsize=256)
def _person_in_quote(surname: str) -> re.Pattern[str]:
    """``surname`` as a word that names a person, not a body's or a thing's name opened by
    "the" or followed by a capitalised word ("the Trump campaign", "Trump Tower")."""
    return re.compile(rf"(?<!the )(?<!The )\b{re.escape(surname)}\b(?!\s+[A-Z])")


def _capitalised_runs(text: str, pos: int, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """The runs of ``_CAPITALISED_RUN`` in ``text[pos:endpos]``, each cut where its
    sentence ends (``_run_before_sentence_end``) and the rest read as runs of their own:
    "… Secretary Ryan Zinke. Mr Zinke" is two runs, and so is "Friday. Ocasio-Cortez’s
    Communications Director Corbin Trent"."""
    runs = (
        _CAPITALISED_RUN.finditer(text, pos)
        if endpos is None
        else _CAPITALISED_RUN.finditer(text, pos, endpos)
    )
    for run in runs:
        whole = run.group(0)
        if run.end(1) > run.start(1) and "." in whole:
            cut = len(_run_before_sentence_end(whole))
            if cut < len(whole):
                yield _CAPITALISED_RUN.match(text, run.start(), run.start() + cut) or run
                yield from _capitalised_runs(text, run.start() + cut + 1, run.end())
                continue
        yield run


def _before_repeat(name: str) -> str:
    """``name`` cut before a word it repeats: "Charles Schumer Charles (Chuck) Ellis",
    "Xavier Becerra Xavier", where a site's link to a profile follows the name."""
    words = name.split()
    for k in range(2, len(words)):  # (not "Abdullah Abdullah", a name of its own)
        if words[k] in words[:k] and words[k][:1].isupper():
            return " ".join(words[:k])
    return name


def _run_before_sentence_end(run: str) -> str:
    """A capitalised run cut where its sentence ends, as ``_before_sentence_end`` cuts a
    name, but past the periods of abbreviations ("Sen.", "Inc.", "Jr."), which a run
    opened by titles holds: "US Interior Secretary Ryan Zinke. Mr Zinke" → "US Interior
    Secretary Ryan Zinke"."""
    abbreviations, suffixes = load_abbreviations(), load_source_nouns().name_suffixes
    for end in _SENTENCE_END_IN_NAME.finditer(run):
        word = run[: end.start()].rsplit(None, 1)[-1].lower()
        if word not in abbreviations and word not in suffixes:
            return run[: end.start()]
    return run


def _before_sentence_end(name: str) -> str:
    """A titled name cut where its sentence ends: at a line break ("Victor Marrero\n\nThe")
    or after a word whose period closes the sentence, the period left out ("Victor
    Marrero. The" → "Victor Marrero"); a generational suffix keeps its period ("Jr.")."""
    name = name.split("\n", 1)[0].rstrip()
    for end in _SENTENCE_END_IN_NAME.finditer(name):
        word = name[: end.start()].rsplit(None, 1)[-1]
        if word.lower() not in load_source_nouns().name_suffixes:
            return name[: end.start()]
    return name


def _strip_capitalised_tail(phrase: str) -> str:
    """``phrase`` without its closing run of capitalised words ("On Monday, Iranian
    Foreign" → "On Monday, "), read backwards from the end instead of trying a pattern
    at every position (``tests/test_attribution_shortcuts.py`` holds that pattern).

    The run's words hold no white space and are joined by white space, so the run
    is a chain of whole capitalised chunks, possibly opened inside the chunk before them
    (after a non-word character: "x’Brien")."""
    end = len(phrase)
    while end > 0 and phrase[end - 1].isspace():
        end -= 1
    found: int | None = None
    while end > 0:
        begin = end
        while begin > 0 and not phrase[begin - 1].isspace():
            begin -= 1
        tail = end  # the chunk's closing characters that a word of the pattern may hold
        while tail > begin and (is_word_char(phrase[tail - 1]) or phrase[tail - 1] in "’'.-"):
            tail -= 1
        opening = next(
            (
                x
                for x in range(tail, end)
                if "A" <= phrase[x] <= "Z" and (x == 0 or not is_word_char(phrase[x - 1]))
            ),
            None,
        )
        if opening is None:
            break
        found = opening
        if opening != begin:
            break  # the run opens inside this chunk: nothing before it can join
        end = begin
        while end > 0 and phrase[end - 1].isspace():
            end -= 1
    return phrase if found is None else phrase[:found]


#: Words the Brill lexicon tags as adjectives that stand before a verb: quantifiers and
#: subjects ("many said", "the former said"), ordinals and time words ("first reported",
#: "has long argued"), and adjectives that follow their noun ("those present said").
_ADJECTIVES_BEFORE_VERBS = frozenset(
    {"many", "few", "several", "much", "more", "less", "most", "other", "former", "latter",
     "same", "such", "own", "first", "last", "next", "long", "early", "late", "only",
     "present", "involved", "responsible", "concerned", "available", "familiar", "close",
     "alone", "together", "both"}
)  # fmt: skip
#: Adjectives that follow a noun without labelling it: "the attorney general", "the police
#: chief", "the president-elect", "called the race early", "called the meeting first".
_NOT_LABEL_ADJECTIVES = frozenset(
    {"general", "chief", "elect", "first", "early", "late", "direct", "live", "open", "free",
     "only", "alone", "together", "aside"}
)  # fmt: skip
#: Grading words before a label adjective: "called the ruling deeply troubling".
_GRADERS = frozenset({"very", "so", "too", "really", "truly", "quite", "utterly", "simply"})


def _adjective_label_at(words: list[re.Match[str]]) -> int:
    """The index where an adjective label opens after a determined object of one to three
    words whose last is a noun: "called the plan wasteful", "called the ruling deeply
    troubling", "called the report fake news" (the word classes from the lexicon of
    Brill's tagger). The label is at most three words and ends the clause. 0 when there
    is none."""

    def first_tag(word: str) -> str:
        return word_tag(word) or word_tag(word.lower())

    for at in range(2, min(len(words), 5)):
        label = [w.group(0) for w in words[at:]]
        if not 1 <= len(label) <= 3 or first_tag(words[at - 1].group(0)) not in ("NN", "NNS"):
            continue
        lead = label[0].lower()
        graded = lead in _GRADERS or (lead.endswith("ly") and first_tag(lead) == "RB")
        head = label[1] if graded and len(label) > 1 else label[0]
        if first_tag(head) == "JJ" and head.lower() not in _NOT_LABEL_ADJECTIVES:
            return at
    return 0


def _second_article(words: list[re.Match[str]]) -> int:
    """The index of the article that opens a label after an object of up to six words,
    passing over the article of an "of" phrase inside the object: "the day of the shooting
    [the] worst", but "the families of the victims" has none. 0 when there is none."""
    after_of = False
    for i in range(1, min(len(words), 8)):
        word = words[i].group(0).lower()
        if word == "of":
            after_of = True
        elif word in _LABEL_ARTICLES:
            if not after_of:
                return i
            after_of = False
    return 0


def _holds_clause(source: SourcePhrase) -> bool:
    """Whether a source phrase runs into a clause: a word in -ing with an object after it
    ("…, shows Democratic groups outpacing Republicans"; not "the ruling", "a filing by
    …") or a verb after its name ("…, said President Trump hired …")."""
    words = source.text.split()
    if any(
        w.islower()
        and len(w) > 4
        and w.endswith("ing")
        and words[i + 1].lower() not in _NOUN_PREPOSITIONS
        for i, w in enumerate(words[:-1])
    ):
        return True
    if any(
        w.islower() and w.endswith("ed") and words[i - 1][:1].isupper()
        for i, w in enumerate(words[1:], 1)
    ):
        return True  # "President Trump hired her firm" (no name found in it)
    if any(
        w.islower() and word_tag(w) in ("VBZ", "MD", "VBD")
        for w in words[2:]  # after a determiner and a noun at least
    ):
        return True  # "…, said the speaker agrees", "…, said the talks failed": a finite
        # verb opens a clause
    if source.name:
        after = source.text[source.text.rfind(source.name) + len(source.name) :].split()
        return bool(after) and after[0].islower() and after[0] not in {"of", "and"}
    return False


def _singular_or_past(cue_text: str) -> bool:
    """Whether a cue's verb agrees with a singular subject or tells the past ("says",
    "said", "concluded"), not a plain form ("state", "say")."""
    form = cue_text.split(None, 1)[0].lower()
    return form.endswith("s") or word_tag(form) in ("VBD", "VBN")


def _passive_auxiliaries(words: Sequence[str]) -> bool:
    """Whether the words between an empty "it" and a participle make a passive: a form of
    "be" among auxiliaries and adverbs only ("was later", "has been", "will be")."""
    return any(w.lower() in _BE for w in words) and all(
        w.lower() in _IMPERSONAL_AUXILIARIES or is_ly_adverb(w) for w in words
    )


def _names_a_date(text: str) -> bool:
    """Whether a phrase is a day or a date and nothing else: "Tuesday", "yesterday",
    "March 13", "Oct. 2, 2019" (not "March for Our Lives")."""
    nouns = load_source_nouns()
    words = [w.lower().strip(".,") for w in text.split()]
    if not words:
        return False
    if " ".join(words) in nouns.time_alone:
        return True
    return (
        words[0] in nouns.time_months
        and len(words) > 1
        and all(w.rstrip("stndrh").isdigit() for w in words[1:] if w)
    )


def _can_speak(source: SourcePhrase) -> bool:
    """Whether a phrase set after an inverted cue, or between a relative pronoun and its
    cue, can be the cue's subject: a pronoun, a role, a name, a phrase a determiner opens
    ("…, said the family"), a short plural ("…, said farmers") or a noun for a body, a
    party, a document or an outlet. Never a day ("…, tweeted Sunday"), a phrase a
    preposition or a question word opens ("…, asked about the vagueness"), one that runs
    into a clause ("…, continue calling himself a Democrat") or a bare word ("…, continue
    daily")."""
    if _holds_clause(source):
        return False
    text = source.text.split()
    if text[0].lower() in _NOT_SUBJECT_OPENERS:
        return False
    if text[0].lower() == "that" and len(text) > 1 and text[1].lower() in _CLAUSE_SUBJECTS:
        return False  # "…, suggests that the media changed": a clause, not "that man"
    nouns = load_source_nouns()
    if source.pronoun or source.role:
        return True
    if source.name:
        return not _names_a_date(source.name)
    if text[0].lower() in _SUBJECT_DETERMINERS:
        return True
    if len(text) <= 3 and text[-1].islower() and text[-1].endswith("s"):
        return True  # "rebels", "many economists"
    words = {w.lower().strip(".,’'") for w in text}
    return (
        not words.isdisjoint(nouns.organization)
        or not words.isdisjoint(nouns.anonymous)
        or not words.isdisjoint(nouns.document)
        or any(w.removesuffix("s") in nouns.affiliations for w in words)
        or (match_outlet(source.text) is not None and not source.text.islower())
    )


def _drop_repeats(found: list[Attribution]) -> list[Attribution]:
    """One attribution per content: when two cues claim the same words ("“…,” he told
    reporters, adding …"), the cue nearest to the content keeps them."""
    best: dict[tuple[int, int], Attribution] = {}
    for a in found:
        span = a.content_span
        distance = min(abs(a.cue_start - span[1]), abs(span[0] - a.cue_end))
        kept = best.get(span)
        if kept is None or distance < min(
            abs(kept.cue_start - span[1]), abs(span[0] - kept.cue_end)
        ):
            best[span] = a
    return sorted(best.values(), key=lambda a: a.cue_start)


#: A finite verb: where one stands between a cue and "that", a clause came first.
_FINITE_VERB = re.compile(
    r"(?i)\b(?:is|was|are|were|has|had|have|will|would|could|should|can|(?-i:may)|might"
    r"|must|does|did|do)\b"
)  # "May" is the month: "said on May 20 that"


#: Words besides the listener and adjuncts that may stand between a cue and the "that"
#: of its complement ("said publicly that"); chosen on PolNeAR's training split, where
#: 1, 2 and 3 score alike and 5 or more less well.
_LISTENER_WORDS = 2


#: A quoted title of a programme or a publication: 'on “Fox News Sunday”'.
_TITLE_IN_QUOTES = re.compile(r"[“\"]([A-Z][^“”\"]{0,40})[”\"]")
#: An apposition set off by commas: ", a retired U.S. Army general, ".
_LISTENER_APPOSITION = re.compile(r"\s*,\s*(?:an?|the)\s[^,;:!?“”\"]{1,120},\s*")


#: The period of an initial or of an abbreviation of initials ("U.S.", "D.C.").
_INITIAL_PERIOD = re.compile(r"(?<![\w.])((?:[A-Z]\.)+)")


def _blocks_that(before: str) -> bool:
    """Whether a quotation mark, a sentence's period or a semicolon stands between a cue
    and a "that" (``before``), so that the "that" opens no complement of the cue; a
    programme's quoted title ('on “Fox News Sunday” that') and the periods of initials
    ("a retired U.S. Army general") do not."""
    before = _TITLE_IN_QUOTES.sub(r"\1", before)
    before = _INITIAL_PERIOD.sub(lambda m: m.group(1).replace(".", ""), before)
    return _BEFORE_THAT.search(before) is not None


#: Words a title leaves in lower case ("Face the Nation", "Meet the Press").
_TITLE_SMALL_WORDS = frozenset(
    {"the", "of", "and", "a", "an", "in", "on", "for", "to", "with", "at"}
)


def _title_cased(quote: str) -> bool:
    """Whether ``quote`` is a short title: at most six words, each capitalised but for
    small words, the first capitalised ("Face the Nation.", not "We need to hear it")."""
    words = _WORD.findall(quote)
    return (
        0 < len(words) <= 6
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)
    )


def _opens_complement(between: str) -> bool:
    """Whether a "that" after the words ``between`` it and the cue (past its listener)
    can open the cue's complement: those words are adjuncts and at most
    ``_LISTENER_WORDS`` more ("said on Monday that", "said in an interview with CNN on
    Sunday that", 'said on "Fox News Sunday" that', "told Flynn, a retired general, that"),
    not a clause of their own ("said the bill was so generous that")."""
    if _LISTENER_APPOSITION.fullmatch(between):
        return True  # the listener's apposition: "told Flynn, a retired general, that"
    between = _TITLE_IN_QUOTES.sub("Title", between)  # a programme's quoted title
    if _FINITE_VERB.search(between):
        return False
    rest = _after_adjuncts(between.lstrip(" ,"))
    return len(_WORD.findall(_strip_trailing_adjuncts(rest))) <= _LISTENER_WORDS


def _has_substance(rest: str) -> bool:
    """Whether a word is left of what follows a clause-final cue once time and place
    adjuncts are gone ("… , he said on Monday in Baku." → False)."""
    first = _WORD.search(rest)
    if first is None:
        return False
    # Neither adjunct pattern can start before the first word, so when neither starts at
    # it, that word survives both substitutions: skip them (most cues end here).
    if not _FIRST_ADJUNCT.match(rest, first.start()) and not _TIME_WORD.match(rest, first.start()):
        return True
    return _WORD.search(_strip_trailing_adjuncts(rest)) is not None


def _after_adjuncts(rest: str) -> str:
    """What follows a clause-final cue after the time and place adjuncts that open it,
    chained without punctuation ("in a statement on Monday, citing …" → ", citing …"; but
    "for a sentence, calling …" is the cue's complement and stays)."""
    pos, pattern = 0, _FIRST_ADJUNCT
    while (word := _WORD.search(rest, pos)) is not None and not rest[pos : word.start()].strip():
        adjunct = pattern.match(rest, word.start()) or _TIME_WORD.match(rest, word.start())
        if adjunct is None:
            break
        pos, pattern = adjunct.end(), _ADJUNCT
    return rest[pos:]


def _strip_trailing_adjuncts(rest: str) -> str:
    """What follows a clause-final cue once time and place adjuncts are gone
    ("… , he said on Monday in Baku." → "")."""
    return _TIME_WORD.sub(" ", _ADJUNCT.sub(" ", rest))


#: Tags of a finite verb or a modal in Brill's lexicon.
_VERB_TAGS = frozenset({"VBP", "VBZ", "VBD", "VB", "MD"})
#: A wire dateline opening a sentence: a place in capitals, its state or country, the
#: agency in brackets, a dash ("WASHINGTON — ", "ALEXANDRIA, Va. (Reuters) - ").
_DATELINE = re.compile(
    r"[A-Z]{2}[A-Z.'’-]*(?:\s+[A-Z]{2}[A-Z.'’-]*)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s*(?:\([A-Za-z .&-]{1,30}\)\s*)?(?:--|[-—–])\s+"
)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` without surrounding spaces and sentence-final punctuation; None if
    nothing is left."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None:
        start = dateline.end()  # "ALEXANDRIA, Va. (Reuters) - Manafort had …": no speech
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:—–-"):
        end -= 1
    if not _WORD.search(text, start, end):
        return None
    return start, end


#: "with" before a noun phrase and its participle: "with court watchers saying …" (an
#: absolute construction, whose participle the noun governs).
_WITH_BEFORE = re.compile(r"\bwith\b", re.IGNORECASE)


def _plausible_subject(phrase: SourcePhrase) -> bool:
    """Whether a sentence's opening phrase can be a participle's subject: a pronoun, a
    role, a name whose first word is no common word, number or -ing form ("Top
    contenders", "Six months ago", "Holding up a paper"), or a phrase that names a
    speaker (``_names_a_speaker``)."""
    if phrase.pronoun or phrase.role:
        return True
    if phrase.name:
        # "The Justice Department": the name's own first word
        first = phrase.name.removeprefix("The ").split()[0]
        return (
            first not in capitalised_common_words()
            and first.lower() not in load_source_nouns().numbers
            and not first.lower().endswith("ing")
            and is_name_shaped(first)
        )
    return _names_a_speaker(phrase)


def _names_a_speaker(phrase: SourcePhrase) -> bool:
    """Whether a noun phrase before a participle can be its subject: a name, a role or a
    pronoun, or a head that names people, a body, a document or an outlet (not "the
    event", "his position")."""
    if phrase.name or phrase.role or phrase.pronoun:
        return True
    words = phrase.text.split()
    if not words:
        return False
    head = singular(words[-1].lower().strip(".,’'"))
    nouns = load_source_nouns()
    return (
        head in nouns.document
        or head in nouns.organization
        or head in nouns.anonymous
        or head in nouns.people
        or head in nouns.collective
        or head in nouns.role_families
        or is_people_noun(head)
        or match_outlet(phrase.text) is not None
    )


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """A ledger key: lower case, accents and apostrophes folded, single spaces."""
    folded = unicodedata.normalize("NFKD", name.replace("’", "'"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(_strip_article(folded).lower().split())


def _strip_article(phrase: str) -> str:
    return _LEADING_ARTICLE.sub("", phrase.strip())


def _paint(
    n: int, body_start: int, spans: list[tuple[int, int, str, str | None, str | None]]
) -> list[tuple[int, int, str, str | None, str | None]]:
    """Cover ``[0, n)`` exactly once: the headline, then the highest-priority voice at each
    point (author where nothing else is), adjacent equal segments merged."""
    segments: list[tuple[int, int, str, str | None, str | None]] = []
    if body_start > 0:
        segments.append((0, min(body_start, n), "headline", None, None))
    if body_start >= n:
        return segments
    clipped = [
        (max(s, body_start), min(e, n), v, sp, ac)
        for s, e, v, sp, ac in spans
        if min(e, n) > max(s, body_start)
    ]
    cuts = sorted({body_start, n, *(s for s, *_ in clipped), *(e for _, e, *_ in clipped)})
    index = {cut: i for i, cut in enumerate(cuts)}
    # Each piece between two cuts takes the span that wins there: the highest priority,
    # then the latest start, then the latest in input order. Painting the spans in
    # ascending order of that key leaves each piece with its winner.
    owner: list[int] = [-1] * (len(cuts) - 1)
    for k in sorted(
        range(len(clipped)), key=lambda k: (_PRIORITY[clipped[k][2]], clipped[k][0], k)
    ):
        first, last = index[clipped[k][0]], index[clipped[k][1]]
        owner[first:last] = [k] * (last - first)
    for i, k in enumerate(owner):
        left, right = cuts[i], cuts[i + 1]
        if k < 0:
            voice, speaker, actor = "author", None, None
        else:
            voice, speaker, actor = clipped[k][2], clipped[k][3], clipped[k][4]
        if segments and segments[-1][2:] == (voice, speaker, actor) and segments[-1][1] == left:
            segments[-1] = (segments[-1][0], right, voice, speaker, actor)
        else:
            segments.append((left, right, voice, speaker, actor))
    return segments

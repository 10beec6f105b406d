"""Who speaks: the source noun phrase of an attribution, its type, and coreference.

Three jobs:
- find the source noun phrase beside a cue ("Iranian Foreign Ministry spokesman,
  Nasser Kanaani, spoke" → name Nasser Kanaani, role spokesman);
- type it: person, organization, outlet, document or anonymous
  (``framing/data/source_nouns.toml``, ``framing/outlets.py``);
- resolve "he", "she" and "the spokesperson" to the last compatible named
  person, across sentences and paragraphs (``PersonRegistry``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from framing.cues import load_cues
from framing.datafiles import read_data_toml
from framing.outlets import is_web_address, load_outlets, match_outlet, normalise_outlet

#: Entries of each per-name cache (gender, surname, untitled name). Names recur within
#: an article and the famous ones across articles; a small cache keeps those, while a
#: worker's memory must not grow with the number of distinct names in a large corpus.
NAME_CACHE = 4096

#: A word token (with internal apostrophes, hyphens, periods) or one punctuation mark.
#: A word (with a plural possessive's apostrophe before a capitalised word: "Fox News’
#: Bret Baier") or a punctuation mark that matters to a phrase.
TOKEN = re.compile(
    r"\w+(?:[’'.\-]\w+)*(?:(?<=\.[A-Z])\.)?(?:(?<=s)[’'](?=\s+[A-Z]))?%?|[,;:()“”\"—–]"
)  # a dotted initialism keeps its last dot ("U.S.", "D.C.")
_ROLE_AFTER = re.compile(r"\s*,\s*((?:a|an|the)\s[^,.;]{1,80})")
_POSSESSIVE_END = re.compile(r"['’]s$|(?<=s)['’]$")
#: A person's name in apposition after a role, closing its clause: ", Andrea Prasow."
#: The name must end the sentence or open a relative clause: "accused the leader, Kim Jong
#: Un, of …" names the object of the cue, not its source.
_NAME_AFTER = re.compile(
    r"\s*,\s*((?:[A-Z][\w’'\-]*\.?\s+){1,3}[A-Z][\w’'\-]*)(?=\s*(?:[.;:]|,\s+who\b|$))"
)

PERSONAL_PRONOUNS = {
    "he": "m",
    "she": "f",
    "i": "self",
    "we": "group",
    "they": "group",
    "it": "thing",
}
RELATIVE_PRONOUNS = {"who", "which", "that"}
#: Contractions a personal pronoun takes ("I’m", "we’ve", "she’ll", "they’re", "he’d").
_CONTRACTED = re.compile(r"([a-z]+)[’']((?:m|ve|ll|re|d|s))")
#: "you" contracted ("you’re", "You've"): the one addressed, no pronoun a name resolves.
_YOU_CONTRACTED = re.compile(r"([Yy]ou)[’'](?:re|ve|ll|d)")


def pronoun_phrase(start: int, word: str) -> SourcePhrase | None:
    """The source phrase of a personal pronoun at ``start``, its contraction left out
    ("I’m saying": "I"); None when ``word`` is no personal pronoun."""
    pronoun = pronoun_of(word)
    if pronoun is None:
        return None
    return SourcePhrase(start, start + len(pronoun), word[: len(pronoun)], pronoun=pronoun)


def pronoun_of(word: str) -> str | None:
    """The personal pronoun ``word`` is, also contracted ("I’m" → "i"), else None."""
    low = word.lower()
    if low in PERSONAL_PRONOUNS:
        return low
    contracted = _CONTRACTED.fullmatch(low)
    if contracted is not None and contracted.group(1) in PERSONAL_PRONOUNS:
        return contracted.group(1)
    return None


#: Words that open an indefinite or quantified noun phrase ("another Republican", "some
#: Democrats", "those Democrats"): capitalised only to open a sentence, never a name's
#: first word. (The partisan rule of ``_phrase_types`` also reads the cardinal numbers,
#: ``SourceNouns.numbers``, which may open a name: "Four Corners".)
_QUANTIFIERS = frozenset(
    {"a", "an", "another", "one", "some", "many", "several", "most", "few", "other", "both"}
    | {"each", "every", "any", "more", "all", "these", "those", "half", "neither"}
)
_ARTICLE_LIKE = {
    "the",
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "this",
    "these",
    "those",
    "some",
    "many",
    "several",
    "two",
    "three",
    "four",
    "other",
    "one",
    "both",
    "most",
    "few",
    "all",
    "another",
    "any",
}
#: Words skipped between a source and its verb ("he has also said", "officials later said").
_BETWEEN = {
    "also",
    "each",  # "Schumer and Feinstein each said": a quantifier floated after its subject
    "both",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "am",  # "I am told"
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "later",
    "earlier",
    "then",
    "again",
    "previously",
    "recently",
    "reportedly",
    "repeatedly",
    "twice",
    "once",
    "ever",
    "further",
    "publicly",
    "privately",
    "separately",
    "subsequently",
    "initially",
    "first",
    "quickly",
    "immediately",
    "simply",
    "flatly",
    "angrily",
    "not",
    "never",
    "did",
    "does",
    "do",
    "just",
    "only",
    "even",
    "still",
    "been",
    "often",
    "frequently",
    "already",
    "ultimately",
    "finally",
    "originally",
    "explicitly",
    "specifically",
    "openly",
    "firmly",
    "strongly",
    "can",
    "cannot",
    "must",
    "shall",
    "now",
    "yet",
    "too",
    "since",
    "long",
    "always",
    "sometimes",
    "apparently",
    "allegedly",
    "essentially",
    "basically",
    "actually",
    "directly",
    # contrast and sequence adverbs set between without commas ("Carter however said")
    "however",
    "meanwhile",
    "instead",
    "nonetheless",
    "nevertheless",
    "therefore",
    "thus",
    "likewise",
    "indeed",
    "certainly",
    "clearly",
}
#: Words that end a noun phrase going leftwards (clause and phrase boundaries).
_BOUNDARY = {
    "that",
    "and",
    "but",
    "or",
    "nor",
    "because",
    "as",
    "while",
    "when",
    "if",
    "after",
    "before",
    "so",
    "than",
    "where",
    "though",
    "although",
    "whether",
    "whereas",
    "until",
    "unless",
    "once",
    "what",
    "how",
    "why",
    "said",
    "says",
    "told",
    "since",
    "however",
    "meanwhile",
    "also",
    "yet",
    "then",
    "now",
    "still",
    "instead",
    "indeed",
    "there",
    "here",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "not",
    "to",
    "by",
    "with",
    "about",
    "into",
    "over",
    "under",
    "against",
    "during",
    "without",
    "through",
    "between",
    "among",
    "per",
    "via",
    "like",
    "unlike",
    "despite",
    "upon",
    "amid",
    "toward",
    "towards",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "on",
    "in",
    "at",
    "from",
}
#: Prepositions allowed inside a noun phrase when a capitalised word follows
#: ("ambassador to Israel", "Ministry of Foreign Affairs", "spokesman for the State Department").
_NP_PREPOSITIONS = {"of", "for", "to", "at", "in", "from", "on"}
#: Words a source phrase after the cue cannot end with ("said a spokesman for").
_NOT_PHRASE_END = frozenset(_NP_PREPOSITIONS | _ARTICLE_LIKE)
#: Prepositions that tell where a document comes from ("a report from the CBO", "an
#: article in the Arkansas Democrat", "a statement on her website"). Not "by": in "a study
#: by the Pew Research Center found", Pew is the source the ledger names and types.
_ORIGINS = frozenset({"from", "in", "on"})
_NAME_PARTICLES = {
    "bin",
    "al",
    "el",
    "de",
    "da",
    "van",
    "von",
    "der",
    "du",
    "la",
    "le",
    "ibn",
    "abu",
    "ben",
    "di",
    "den",
    "del",
    "dos",
}


@dataclass(frozen=True)
class SourceNouns:
    role_families: dict[str, frozenset[str]]  # role word → families it belongs to
    organization: frozenset[str]
    document: frozenset[str]
    anonymous: frozenset[str]
    anonymous_markers: tuple[str, ...]
    content: frozenset[str] = frozenset()  # "claim": heads a reduced relative, not a source
    determiners: frozenset[str] = frozenset()
    content_not_before: frozenset[str] = frozenset()  # "the idea of …": a complement
    honorifics: frozenset[str] = frozenset()  # "dr", "sen": abbreviated titles
    titles: frozenset[str] = frozenset()  # honorifics and formal titles ("president")
    numbers: frozenset[str] = frozenset()  # cardinal number words ("nine")
    inside_run: frozenset[str] = frozenset()  # titles that open a name inside a run
    abbreviations: dict[str, str] = field(default_factory=dict)  # "gov" → "governor"
    affiliations: frozenset[str] = frozenset()  # party adjectives ("republican")
    time_alone: frozenset[str] = frozenset()  # "tuesday", "yesterday"
    time_after_preposition: frozenset[str] = frozenset()  # "week" of "last week"
    time_prepositions: frozenset[str] = frozenset()  # "on", "last"
    time_months: frozenset[str] = frozenset()  # "october", "oct": time words when capitalised
    ly_nouns: frozenset[str] = frozenset()  # "family", "assembly": -ly words, no adverbs
    sentence_openers: frozenset[str] = frozenset()  # "later", "former": capitalised, no names
    female: frozenset[str] = frozenset()  # "mrs", "spokeswoman": words that tell a woman
    male: frozenset[str] = frozenset()  # "mr", "spokesman": words that tell a man
    name_suffixes: frozenset[str] = frozenset()  # "jr", "iii": close a name, never one alone
    organization_names: frozenset[str] = frozenset()  # "pfizer", "gallup": bodies by name
    people: frozenset[str] = frozenset()  # "taxpayer": kinds of people, no role to refer by
    collective: frozenset[str] = frozenset()  # "team", "majority": may take a plural verb
    place_openers: frozenset[str] = frozenset()  # "new", "san": open place names
    place_heads: frozenset[str] = frozenset()  # "park", "county": close place names
    issued: frozenset[str] = frozenset()  # "response", "petition": messages issued
    authored: frozenset[str] = frozenset()  # "letter", "tweet": messages with their author
    outlet_products: frozenset[str] = frozenset()  # "poll": an outlet's document
    generic_bodies: dict[str, str] = field(default_factory=dict)  # "company" → organization
    anonymity_granted: tuple[str, ...] = ()  # "on condition of anonymity": no one named before


@lru_cache(maxsize=1)
def load_source_nouns() -> SourceNouns:
    """The package's source nouns. Raises ``LexiconError`` when the file is malformed."""
    data = read_data_toml("source_nouns.toml")
    families: dict[str, set[str]] = {}
    for family, words in data.get("roles", {}).items():
        for word in words:
            families.setdefault(word.lower(), set()).add(family)
    return SourceNouns(
        role_families={k: frozenset(v) for k, v in families.items()},
        organization=frozenset(w.lower() for w in data.get("organization", {}).get("heads", [])),
        organization_names=frozenset(
            w.lower() for w in data.get("organization", {}).get("names", [])
        ),
        document=frozenset(w.lower() for w in data.get("document", {}).get("heads", [])),
        anonymous=frozenset(w.lower() for w in data.get("anonymous", {}).get("heads", [])),
        anonymous_markers=tuple(data.get("anonymous", {}).get("markers", [])),
        anonymity_granted=tuple(data.get("anonymous", {}).get("granted", [])),
        people=frozenset(w.lower() for w in data.get("people", {}).get("words", [])),
        collective=frozenset(w.lower() for w in data.get("collective", {}).get("words", [])),
        content=frozenset(w.lower() for w in data.get("content", {}).get("heads", [])),
        determiners=frozenset(w.lower() for w in data.get("content", {}).get("determiners", [])),
        content_not_before=frozenset(
            w.lower() for w in data.get("content", {}).get("not_before", [])
        ),
        honorifics=frozenset(w.lower() for w in data.get("titles", {}).get("honorifics", [])),
        titles=frozenset(
            w.lower()
            for key in ("honorifics", "formal")
            for w in data.get("titles", {}).get(key, [])
        ),
        numbers=frozenset(w.lower() for w in data.get("numbers", {}).get("words", [])),
        inside_run=frozenset(w.lower() for w in data.get("titles", {}).get("inside_run", [])),
        abbreviations={
            k.lower(): v.lower() for k, v in data.get("titles", {}).get("abbreviations", {}).items()
        },
        affiliations=frozenset(w.lower() for w in data.get("affiliations", {}).get("words", [])),
        time_alone=frozenset(w.lower() for w in data.get("time", {}).get("alone", [])),
        time_after_preposition=frozenset(
            w.lower()
            for key in ("after_preposition", "months")
            for w in data.get("time", {}).get(key, [])
        ),
        time_months=frozenset(w.lower() for w in data.get("time", {}).get("months", [])),
        time_prepositions=frozenset(
            w.lower() for w in data.get("time", {}).get("prepositions", [])
        ),
        ly_nouns=frozenset(w.lower() for w in data.get("ly_words", {}).get("not_adverbs", [])),
        sentence_openers=frozenset(
            w.lower() for w in data.get("sentence_openers", {}).get("words", [])
        ),
        female=frozenset(w.lower() for w in data.get("gender", {}).get("female", [])),
        male=frozenset(w.lower() for w in data.get("gender", {}).get("male", [])),
        name_suffixes=frozenset(w.lower() for w in data.get("name_suffixes", {}).get("words", [])),
        place_openers=frozenset(w.lower() for w in data.get("places", {}).get("openers", [])),
        place_heads=frozenset(w.lower() for w in data.get("places", {}).get("heads", [])),
        issued=frozenset(w.lower() for w in data.get("document", {}).get("issued", [])),
        authored=frozenset(w.lower() for w in data.get("document", {}).get("authored", [])),
        outlet_products=frozenset(
            w.lower() for w in data.get("document", {}).get("outlet_products", [])
        ),
        generic_bodies={
            w.lower(): kind for kind, words in data.get("generic_bodies", {}).items() for w in words
        },
    )


@dataclass
class SourcePhrase:
    """A source noun phrase found beside a cue."""

    start: int
    end: int
    text: str
    name: str | None = None  # the person's or body's proper name inside it
    role: str | None = None  # a role word ("spokesman")
    role_phrase: str | None = (
        None  # the words that give the role ("Iranian Foreign Ministry spokesman")
    )
    pronoun: str | None = None  # "he", "she", ... when the phrase is a pronoun

    @property
    def is_empty(self) -> bool:
        return self.start >= self.end


def _is_word(token: str) -> bool:
    return token[:1].isalnum() or token[:1] == "_"


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(text, start, end)]


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _is_particle_hyphened(word: str) -> bool:
    """Whether ``word`` is a name particle hyphened to a capitalised surname ("al-Assad",
    "bin-Salman", "el-Sisi") or joined to it with no space ("diGenova", "desJardins")."""
    particle, hyphen, rest = word.partition("-")
    if hyphen:
        return particle in _NAME_PARTICLES and _is_cap(rest)
    return _JOINED_PARTICLE.fullmatch(word) is not None


#: A surname opened by a lower-case particle that is written joined to it: "diGenova",
#: "desJardins", "deBlasio", "vanDyke".
_JOINED_PARTICLE = re.compile(r"(?:de|des|di|da|du|van|von|le|la)[A-Z][a-z]+")


def _is_name_cap(name: str) -> bool:
    """Whether a name opens as names do: capitalised, or with a particle before a
    capitalised surname ("de Blasio", "van Hollen", "al-Assad" aside)."""
    if _is_cap(name):
        return True
    first, _, rest = name.partition(" ")
    return (first in _NAME_PARTICLES and _is_cap(rest)) or _is_particle_hyphened(first)


#: How many characters before the cue are read first: the words of most subjects fit in
#: them, and the whole window is read only when they may not.
_TAIL_CHARS = 100


#: The days of the week ("USA Today" is a paper's name).
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def _without_weekdays(words: Sequence[str]) -> Sequence[str]:
    """The words of a name without the weekdays that close it ("President Trump Sunday
    afternoon", "Tucker Carlson Wednesday"): a day is no part of a name."""
    end = len(words)
    while end > 1 and words[end - 1].lower() in _WEEKDAYS:
        end -= 1
    return words[:end]


#: Two or more sharing sites' names in a row: the share buttons of a picture's caption.
_SHARE_BAR = re.compile(
    r"(?:(?:Facebook|Twitter|Pinterest|Instagram|LinkedIn|WhatsApp|Reddit|Email|Share)\s+){2,}"
)


def find_source_before(text: str, start: int, end: int) -> SourcePhrase | None:
    """The source noun phrase that ends ``text[start:end]`` (the words before a cue).

    Handles pronouns, names with titles, "the Israeli diplomat", possessives, and
    appositions ("X, NAME," / "NAME, a spokesman for Y,"). None when the words
    before the cue end in something that cannot be a subject.
    """
    # Tokens never hold a space, so the tokens after a space are the same whether the
    # window is read from ``start`` or from that space: read the window's tail first,
    # and the whole window only when the answer might depend on the words before it.
    cut = text.rfind(" ", start, end - _TAIL_CHARS) if end - _TAIL_CHARS > start else -1
    phrase, sure = None, False
    if cut > start:
        phrase, sure = _source_before_tokens(text, _tokens(text, cut, end), whole=False)
    if not sure:
        phrase = _source_before_tokens(text, _tokens(text, start, end), whole=True)[0]
    if (
        phrase is not None
        and (bar := _SHARE_BAR.match(phrase.text)) is not None
        and bar.end() < len(phrase.text)
    ):
        # "Facebook Twitter Pinterest Kamala Harris asks": a caption's share buttons
        return find_source_before(text, phrase.start + bar.end(), end)
    if phrase is not None and _QUOTE_MARK.search(phrase.text):
        phrase.text = _QUOTE_MARK.sub("", phrase.text)  # 'other “experts”': the words only
    if phrase is not None and (you := _YOU_CONTRACTED.fullmatch(phrase.text)) is not None:
        # "so you’re saying": the pronoun, not its contraction
        return SourcePhrase(phrase.start, phrase.start + 3, you.group(1))
    if phrase is not None and (shared := _shared_head_modifier(text, start, phrase)) is not None:
        # "Israeli and Palestinian officials said", "state and local officials": two
        # modifiers of one plural head, one source
        phrase = replace(phrase, start=shared, text=text[shared : phrase.end], name=None)
    if (
        phrase is not None
        and phrase.name is not None
        and phrase.role is not None
        and phrase.name.startswith("The ")
        and phrase.text == phrase.name
        and _only_title_words(phrase.name[4:])
    ):
        # "The President said", "The Prime Minister said": a role capitalised out of
        # deference names no one; read as "the prime minister", it takes up its holder
        lowered = text[: phrase.start] + phrase.text.lower() + text[phrase.end :]
        title = find_source_before(lowered, start, end)
        if title is not None and title.name is None:
            kept = text[title.start : title.end]
            return replace(title, text=kept, role_phrase=kept if title.role_phrase else None)
    return _name_before_unclosed_role(text, start, _without_leading_time(phrase))


#: A decade ("1950s", "’90s", "1990’s").
_DECADE = re.compile(r"(?:\d{2})?[’']?\d0[’']?s")
#: Endings of demonyms ("American", "Iranian", "Chinese", "Turkish").
_DEMONYM_ENDS = ("an", "ese", "ish", "i")
#: The word right before a position.
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")
#: A modifier and "and" right before a phrase: "Israeli and ", "state and ", "U.S. and ".
_MODIFIER_AND = re.compile(r"(?<![\w.’'-])([A-Za-z][\w.-]*)\s+and\s+$")


def _modifies(word: str) -> bool:
    """Whether ``word`` can modify a plural head it shares with another modifier: an
    adjective ("Israeli", "local", "congressional"), a common noun in lower case ("state",
    "law"), or an abbreviation ("U.S.", "EU"); not a name ("Trump", "Smith")."""
    if "." in word or (word.isupper() and len(word) <= 4):
        return True
    if word[:1].isupper():
        # an adjective as written ("Israeli", "Democratic"), a party, or a demonym; not a
        # name, which the tagger knows as NNP ("Trump", "Brown": "brown" is an adjective)
        low = word.lower()
        return (
            word_tag(word) == "JJ"
            or low in load_source_nouns().affiliations
            or (low.endswith(_DEMONYM_ENDS) and word_tag(low) == "JJ")
        )
    return word_tag(word) in ("JJ", "NN", "VBN")


def _shared_head_modifier(text: str, start: int, phrase: SourcePhrase) -> int | None:
    """Where a modifier coordinated with the phrase's first word starts ("Israeli and
    Palestinian officials", "state and local officials", "U.S. and European officials"):
    the phrase is two or more words, opens with a modifier (no determiner, no "other") and
    ends in a plural head; the word before "and" modifies that head too. None otherwise
    ("Smith and other officials", "Palestinians and other nations", "Trump and
    congressional Republicans": two sources)."""
    words = phrase.text.split()
    if phrase.pronoun or len(words) < 2 or not words[-1].endswith("s"):
        return None
    if any(w.lower() in _NP_PREPOSITIONS for w in words) or not _names_people_or_body(words[-1]):
        return None  # only modifiers and a head of people or bodies ("officials", "groups")
    if words[0].lower() in _ARTICLE_LIKE or not _modifies(words[0]):
        return None
    m = _MODIFIER_AND.search(text, max(start, phrase.start - 30), phrase.start)
    if m is None:
        return None
    word = m.group(1)
    low = word.lower()
    if low in _ARTICLE_LIKE or low in _BOUNDARY or (low.endswith("s") and "." not in word):
        return None  # "the ministers and", "Palestinians and": a head of its own
    before = _WORD_BEFORE.search(text, max(start, m.start(1) - 20), m.start(1))
    if before is not None and before.group(1).lower() in _ARTICLE_LIKE:
        return None  # "its impact and multiple Republicans": the end of a noun phrase
    return m.start(1) if _modifies(word) and word_tag(low) != "VBN" else None


def _only_title_words(words: str) -> bool:
    """Whether every word is a formal title or a role ("President", "Prime Minister",
    "Crown Prince"), so the capitalised run names a role, no one."""
    nouns = load_source_nouns()
    lowered = words.lower()
    return lowered in nouns.role_families or all(
        w in nouns.titles or w in nouns.role_families for w in lowered.split()
    )


def _is_time_word(word: str, *, opening: bool = True) -> bool:
    """Whether ``word`` is a time word of ``source_nouns.toml``: a day, a number, or a word
    that follows a time preposition ("week", "October"). Not ``opening`` a phrase and
    capitalised, only a day or a month counts ("on Morning Edition" names a show)."""
    nouns = load_source_nouns()
    low = word.lower().rstrip(".")
    if low in nouns.time_alone or low.isdigit() or _DECADE.fullmatch(low):
        return True  # "Tuesday", "2016", "the 1950s"
    return low in nouns.time_after_preposition and (
        opening or word.islower() or low in nouns.time_months
    )


def _is_time_phrase(toks: list[tuple[int, int, str]]) -> bool:
    """Whether the tokens are a time phrase that opens a sentence: "Last week", "Just last
    week", "Earlier this month", "In 2016" (a time word among them, nothing else)."""
    prepositions = load_source_nouns().time_prepositions
    timed = False
    for _, _, word in toks:
        low = word.lower().rstrip(".")
        if _is_time_word(word):
            timed = True
        elif low not in prepositions and low not in _TIME_PHRASE_WORDS:
            return False
    return timed


#: Words besides the time lists' that a sentence-opening time phrase may hold.
_TIME_PHRASE_WORDS = frozenset({"just", "only", "the", "a", "of", "ago", "since", "until"})


def _without_leading_time(phrase: SourcePhrase | None) -> SourcePhrase | None:
    """``phrase`` without a time adjunct that opens it before a name, with no comma between
    ("Last month Reuters reported", "On Friday Fauci said", "In October Amnesty
    International accused"): the name is the subject. The adjunct must hold a time word
    (``_is_time_word``)."""
    if phrase is None or not phrase.name or phrase.role or not phrase.text.endswith(phrase.name):
        return phrase
    nouns = load_source_nouns()
    words = phrase.text.split()
    first = words[0].lower()
    if len(words) < 2 or (first not in nouns.time_prepositions and first not in nouns.time_alone):
        return phrase
    k, timed = 0, False
    while k < len(words) - 1:
        if _is_time_word(words[k], opening=k == 0):
            timed = True
        elif (low := words[k].lower().rstrip(".")) not in nouns.time_prepositions and low != "the":
            break
        k += 1
    rest = " ".join(words[k:])
    if not timed or not _is_cap(words[k]) or not phrase.name.endswith(rest):
        return phrase
    return replace(phrase, start=phrase.start + phrase.text.rindex(rest), text=rest, name=rest)


#: A double quote mark.
_QUOTE_MARK = re.compile(r"[“”\"]")


#: An article and a lower-case word: a role that no name opens ("the head of Iran's …").
_UNNAMED_ROLE = re.compile(r"(?:the|a|an)\s+[a-z]")
#: A name of two to four capitalised words and the comma after it, at the end of a window.
_NAME_AND_COMMA = re.compile(r"([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,3}),\s*$")


def _name_before_unclosed_role(
    text: str, start: int, phrase: SourcePhrase | None
) -> SourcePhrase | None:
    """ "Rima Haddad, the head of the aviation office told …", "Bob Kroll, president of
    the union told …", "Jane Roe, CEO of the startup told …": a role in apposition whose
    closing comma is missing; the name that opens the window speaks, in that role."""
    if (
        phrase is None
        or phrase.role is None
        or phrase.pronoun is not None
        or (_UNNAMED_ROLE.match(text, phrase.start) is None and phrase.name is not None)
    ):
        return phrase  # only "the head of …", "president of …": no name opens the role
    m = _NAME_AND_COMMA.search(text, start, phrase.start)
    if m is None or text[start : m.start()].strip():
        return phrase
    name = m.group(1)
    first = name.split()[0].lower()
    if first in _BOUNDARY or first in _NP_PREPOSITIONS or first in _INTRODUCTORY:
        return phrase
    if first in load_source_nouns().sentence_openers or not looks_like_person(name):
        return phrase
    if match_outlet(name) or _PREPOSITION_END.search(text, max(0, m.start(1) - 16), m.start(1)):
        return phrase  # "According to Yahoo News, a lawyer said": the lawyer speaks
    return SourcePhrase(
        m.start(1), m.end(1), name, name=name, role=phrase.role, role_phrase=phrase.text
    )


#: A preposition right before a position: what follows is its object ("according to X").
_PREPOSITION_END = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(_NP_PREPOSITIONS | {"by", "with"})) + r")\s+$"
)


def _source_before_tokens(
    text: str, toks: list[tuple[int, int, str]], *, whole: bool
) -> tuple[SourcePhrase | None, bool]:
    """``find_source_before`` on the tokens of the window (``whole``) or of its tail, and
    whether the answer is the window's: always for the whole window; for a tail, when
    only tail words decided it (a phrase starting at least three tokens in, or a last
    word that cannot end a subject)."""
    while toks and (drop := 1 if _is_between(toks) else _ends_with_idiom(toks)):
        del toks[-drop:]  # "officials also said", "have for the most part pledged"
    toks = _without_scare_quotes(toks)
    if toks and _drop_time_adjunct(text, toks):
        if (
            len(toks) >= 2
            and toks[-1][2].islower()
            and word_tag(toks[-1][2]) in ("VBN", "VBD")
            and (word_tag(toks[-2][2].lower()) in ("NN", "NNS") or _is_cap(toks[-2][2]))
        ):
            toks.pop()  # "A poll released Tuesday found": the participle describes the poll
        while toks and _is_between(toks):
            toks.pop()  # "Officials also on Tuesday said"
        if not whole and len(toks) <= 3:
            return None, False  # the subject may stand before the tail
    home = _home_after_tag(toks)
    if home:
        toks = toks[:home]  # "Sen. Lindsey Graham (R) of South Carolina said": the home too
    if toks and toks[-1][2] == ")":
        # "Sen. Bernie Sanders (I-Vt.) said": the party tag is not part of the name
        opening = max((i for i, t in enumerate(toks) if t[2] == "("), default=None)
        if opening is not None and len(toks) - opening <= 8:
            toks = toks[:opening]
        elif not whole and len(toks) <= 8:
            return None, False  # the "(" may stand before the tail
    if not toks:
        return None, whole
    if toks[-1][2] == ",":
        # an apposition reads every comma of the window
        return (_apposition(text, toks[:-1]), True) if whole else (None, False)
    if whole:
        return _tail_np(text, toks), True
    last = toks[-1][2]
    low = last.lower()
    if pronoun_of(last) is not None:
        return _tail_np(text, toks), True
    if low not in RELATIVE_PRONOUNS and (
        not _is_word(last) or (low in _BOUNDARY and not _in_name(toks, len(toks) - 1))
    ):
        return None, True
    reads = [len(toks)]
    phrase = _tail_np(text, toks, reads)
    # the answer is the window's when the search never looked at the tail's first token
    if phrase is not None and reads[0] >= 1:
        return phrase, True
    return None, False


def _in_name(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the capitalised token ``i`` continues a name after a capitalised word, though
    its lower-case form is a function word ("Theresa May", "George Will")."""
    word = toks[i][2]
    # all capitals are a heading's words ("MUST WATCH"), not a name's
    return i > 0 and word.istitle() and toks[i - 1][2][:1].isupper()


#: A capitalised word next.
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")


def _body_so_far(out: list[tuple[int, int, str]]) -> bool:
    """Whether the words read after a cue are a body's name up to its "of" or "for" and a
    capitalised run after it ("the Centers for Disease Control")."""
    return _ends_body_name(out, len(out))


def _joins_body_name(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the "and" at ``i`` joins two capitalised parts of one body's name after its
    head and "of" or "for": "Department of Health and Human Services", "Centers for
    Disease Control and Prevention" (not "Smith and Jones", two people, nor "the
    University of Chicago and Professor Knittel", a title after it)."""
    if i + 1 >= len(toks) or not _is_cap(toks[i + 1][2]) or i < 3:
        return False
    if toks[i + 1][2].lower().rstrip(".") in load_source_nouns().titles:
        return False
    return _ends_body_name(toks, i)


#: A dotted abbreviation before a body's name: "U.S.", "U.N.", "N.Y."
_DOTTED_ABBREVIATION = re.compile(r"[A-Z](?:\.[A-Z]){1,2}\.?")


def _joins_headed_body_name(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the "and" at ``i`` joins one capitalised common word to a capitalised run
    that ends with a body's head, as one body's name: "the Food and Drug Administration",
    "Securities and Exchange Commission", "Immigration and Customs Enforcement" (not
    "Smith and Jones", nor "Mitch McConnell and House Speaker …", nor a list's last
    member: "Iowa, Ohio and Texas Senate")."""
    if i < 1 or i + 1 >= len(toks):
        return False
    # a body's head after two words at least, or an abstract noun after one at least
    # ("Customs and Border Protection", "Customs and Immigration"), maybe with its "of"
    # and a place ("the National Defense and Security Council of Ukraine")
    end = len(toks)
    if (
        end - i > 3
        and toks[end - 2][2] in ("of", "for")
        and _is_cap(toks[end - 1][2])
        and _is_body_head(toks[end - 3])
    ):
        end -= 2
    if not ((i + 2 < end and _is_body_head(toks[end - 1])) or is_abstract_noun(toks[end - 1][2])):
        return False
    before, after = toks[i - 1][2], toks[i + 1 : end]
    if not (
        before[:1].isupper()
        and before[1:].islower()
        and before.lower() in brill_lexicon()
        and before not in load_given_names()
        and not _is_body_head(toks[i - 1])
        and all(_is_cap(t[2]) and _is_word(t[2]) for t in after)
    ):
        return False
    if i < 2:
        return True
    opening = toks[i - 2][2]
    if _is_cap(opening) and _is_word(opening):
        # after a capitalised run that no list's comma opens: "United States Citizenship
        # and Immigration Services"
        k = i - 2
        while k >= 0 and _is_cap(toks[k][2]) and _is_word(toks[k][2]):
            k -= 1
        return k < 0 or toks[k][2] != ","
    # after "the", "U.S.", a preposition or a mark that is no list's comma
    return (
        opening.islower()
        or opening.lower() in _ARTICLE_LIKE
        or bool(_DOTTED_ABBREVIATION.fullmatch(opening))
        or (not _is_word(opening) and opening != ",")
    )


def _ends_body_name(toks: list[tuple[int, int, str]], end: int) -> bool:
    """Whether ``toks[:end]`` ends with a body's head, "of" or "for", and a capitalised
    run ("Department of Health", "Centers for Disease Control")."""
    k = end - 1
    while k >= 0 and _is_cap(toks[k][2]) and _is_word(toks[k][2]):
        k -= 1
    return k < end - 1 and k >= 1 and toks[k][2] in ("of", "for") and _is_body_head(toks[k - 1])


def _listed_field(word: str) -> bool:
    """Whether ``word`` can be one field in a body's listed name: a capitalised common
    word, no given name or title ("Tobacco", "Education", "Fisheries")."""
    return (
        _is_cap(word)
        and word[1:].islower()
        and word.lower() in brill_lexicon()
        and word not in load_any_given_names()
        and word.lower() not in load_source_nouns().titles
    )


def _listed_body_of(toks: list[tuple[int, int, str]], i: int) -> int | None:
    """The index of the "of" that opens a body's name whose fields are listed with commas
    and the "and" at ``i`` ("the Bureau of Alcohol, Tobacco and Firearms", "Department of
    Health, Education and Welfare"), or None."""
    if i + 1 >= len(toks) or not _listed_field(toks[i + 1][2]):
        return None
    k, commas = i - 1, 0
    while k >= 2 and _listed_field(toks[k][2]):
        k -= 1
        if toks[k][2] == "," and commas < 4:
            commas += 1
            k -= 1
            continue
        if commas and toks[k][2] == "of" and _is_body_head(toks[k - 1]):
            return k
        return None
    return None


#: A comma and the rest of a body's fields listed after its "of": ", Tobacco and
#: Firearms", ", Tobacco, Firearms and Explosives".
_LISTED_FIELDS = re.compile(r",\s*((?:[A-Z][a-z]+\s*,\s*){0,3}[A-Z][a-z]+,?\s+and\s+[A-Z][a-z]+)\b")


def _listed_fields_ahead(text: str, pos: int, end: int) -> int | None:
    """The end of the fields listed from the comma at ``pos`` to the last after "and", when
    they go on a body's name read so far ("the Bureau of Alcohol" + ", Tobacco and
    Firearms"), or None."""
    m = _LISTED_FIELDS.match(text, pos, end)
    if m is None:
        return None
    fields = [w for w in re.findall(r"[A-Za-z]+", m.group(1)) if w != "and"]
    return m.end() if all(_listed_field(w) for w in fields) else None


def _is_body_head(tok: tuple[int, int, str]) -> bool:
    """A capitalised word that heads a body's name ("Department", "Centers", "Institute")."""
    return _is_cap(tok[2]) and tok[2].lower() in load_source_nouns().organization


#: Words before a scare-quoted group noun that opens a subject ("other “experts”").
GROUP_QUANTIFIERS = frozenset(
    {"other", "some", "many", "most", "several", "few", "these", "those", "such", "so-called"}
)
#: Quote marks that open and close a scare-quoted word.
_OPENING_MARKS = frozenset({"“", '"'})
_CLOSING_MARKS = frozenset({"”", '"'})


def _without_scare_quotes(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``toks`` without the marks of one to three scare-quoted words that end it after a
    word that quantifies a group: 'other “experts” retort', 'Some "experts" say' (the
    words are the subject's own)."""
    if len(toks) < 3 or toks[-1][2] not in _CLOSING_MARKS:
        return toks
    for k in range(len(toks) - 3, max(-1, len(toks) - 6), -1):
        if toks[k][2] in _OPENING_MARKS:
            inner = toks[k + 1 : -1]
            if (
                inner
                and all(_is_word(t[2]) for t in inner)
                and k > 0
                and toks[k - 1][2].lower() in GROUP_QUANTIFIERS
            ):
                return toks[:k] + inner
            return toks
    return toks


def _home_after_tag(toks: list[tuple[int, int, str]]) -> int:
    """Where a home state or country after a closing parenthesis begins ("(R) of South
    Carolina", "(D) from New York": one to three capitalised words after "of" or
    "from"), so the tag and the home are read off together; 0 when the tokens do not end
    so."""
    for size in (1, 2, 3):
        at = len(toks) - size - 1
        if at < 1 or toks[at - 1][2] != ")" or toks[at][2] not in ("of", "from"):
            continue
        if all(_is_cap(t[2]) and _is_word(t[2]) for t in toks[at + 1 :]):
            return at
    return 0


#: Nouns of idioms of time and circumstance before "of" ("on the heels of", "in the wake
#: of", "on the eve of"): the phrase after "of" is the subject, not a part of theirs.
_IDIOM_HEADS = frozenset({"heels", "wake", "aftermath", "eve", "midst"})
#: Adverbial idioms that stand between a subject and its verb ("have for the most part
#: pledged", "at the time said"): never the subject.
_IDIOMS_BETWEEN = (
    ("for", "the", "most", "part"),
    ("at", "the", "time"),
    ("in", "turn"),
    ("in", "part"),
    ("in", "fact"),
    ("at", "least"),
    ("by", "and", "large"),
    ("of", "course"),
)


def _ends_with_idiom(toks: list[tuple[int, int, str]]) -> int:
    """How many tokens an adverbial idiom (``_IDIOMS_BETWEEN``) in lower case that ends
    ``toks`` after a word holds; 0 when none does."""
    for idiom in _IDIOMS_BETWEEN:
        n = len(idiom)
        if len(toks) > n and tuple(t[2] for t in toks[-n:]) == idiom:
            return n
    return 0


def _is_between(toks: list[tuple[int, int, str]]) -> bool:
    """Whether the last token is a word that stands between a subject and its verb
    ("officials also said"). A capitalised one after a capitalised word ends a name
    ("Theresa May said", "George Will wrote")."""
    word = toks[-1][2]
    if not is_between_word(word):
        # "The Senate narrowly confirmed": a manner adverb in -ly stands there as well, when
        # a word that can close a subject comes before it (not "a", "that" or "would"), or
        # a comma or preposition, after which the cue is a participle ("…, quietly urging",
        # "by falsely calling"): the adverb is never the subject
        return (
            is_ly_adverb(word)
            and len(toks) > 1
            and (
                _can_close_subject(toks[-2][2])
                or is_between_word(toks[-2][2])  # "has forcefully denied"
                or toks[-2][2] == ","
                or toks[-2][2].lower() in _NP_PREPOSITIONS
                or toks[-2][2].lower() == "by"
            )
        )
    return word.islower() or len(toks) == 1 or not _is_cap(toks[-2][2])


def _can_close_subject(word: str) -> bool:
    """Whether ``word`` may be the last word of a subject: a word that is neither an
    article, a determiner, a relative pronoun nor a clause or phrase boundary."""
    low = word.lower()
    return (
        _is_word(word)
        and low not in _ARTICLE_LIKE
        and low not in RELATIVE_PRONOUNS
        and (low not in _BOUNDARY or word[:1].isupper())
        and not is_between_word(low)
    )


def is_between_word(word: str) -> bool:
    """Whether ``word`` may stand between a subject and its verb: an auxiliary or an
    adverb of ``_BETWEEN``, or an auxiliary contracted with "not" ("didn't", "won’t")."""
    low = word.lower().replace("’", "'")
    if low.endswith("n't"):
        stem = low[:-3]
        low = {"ca": "can", "wo": "will", "sha": "shall"}.get(stem, stem)
    return low in _BETWEEN


def is_ly_adverb(word: str) -> bool:
    """A lower-case word in -ly that is no noun or adjective of ``source_nouns.toml``'s
    ``[ly_words]`` ("family", "assembly", "daily")."""
    return (
        len(word) >= 5
        and word.endswith("ly")
        and word.islower()
        and word not in load_source_nouns().ly_nouns
    )


#: A year: four digits from 1000 to 2099.
_YEAR = re.compile(r"1\d{3}|20\d{2}")


def _drop_time_adjunct(text: str, toks: list[tuple[int, int, str]]) -> bool:
    """Pop a time adjunct that ends ``toks`` ("Officials on Tuesday", "The ministry last
    week", "Smith on Jan. 5"): it stands between a subject and its verb and never speaks.
    Whether anything was popped. An outlet's name is kept ("The Mail on Sunday")."""
    nouns = load_source_nouns()
    n = len(toks)
    while n and toks[n - 1][2][:1].isdigit():
        n -= 1  # "Jan. 5", "May 2016"
    lowered = toks[n - 1][2].lower().rstrip(".") if n else ""
    after_preposition = n >= 2 and toks[n - 2][2].lower() in nouns.time_prepositions
    after_day = n >= 2 and toks[n - 2][2].lower().rstrip(".") in nouns.time_alone
    # "McConnell in 2010 said": a year (popped above) after its preposition
    dated = n < len(toks) and lowered in nouns.time_prepositions and _YEAR.fullmatch(toks[n][2])
    if lowered in nouns.time_alone or (
        lowered in nouns.time_after_preposition and after_preposition
    ):
        n -= 2 if n >= 2 and toks[n - 2][2] == "that" else 1  # "on Tuesday", "that day"
    elif lowered in nouns.time_after_preposition and after_day:
        n -= 2  # "on Friday evening", "yesterday morning"
    elif not dated:
        # "less than two weeks ago", "in the past", "over the past few days"
        n = _measured_time_start(toks, n, nouns)
        if n < 0:
            return False
    while n and toks[n - 1][2].lower() in nouns.time_prepositions and toks[n - 1][2] != "that":
        n -= 1  # "earlier this week" (but "theories that for decades explained": a relative)
    if n == 0:
        return False
    kept = text[toks[max(0, n - 4)][0] : toks[-1][1]]
    if match_outlet(kept) and not match_outlet(kept[: toks[n - 1][1] - toks[max(0, n - 4)][0]]):
        return False  # the time word belongs to the outlet's name
    del toks[n:]
    return True


#: Words that measure or place a stretch of time before its unit: "less than two weeks
#: ago", "over the past few days", "in recent months".
_TIME_MEASURES = frozenset(
    {"a", "an", "the", "few", "several", "couple", "of", "many", "recent", "past", "last",
     "next", "coming", "previous", "following", "than", "less", "more", "about", "nearly",
     "just", "only", "some", "one", "two", "three", "four", "five", "six", "seven", "eight",
     "nine", "ten", "twelve", "dozen", "long", "first"}
)  # fmt: skip
#: Units of a measured stretch of time.
_TIME_UNITS = frozenset(
    {"minute", "hour", "day", "week", "month", "year", "decade", "weekend", "past", "time",
     "generation", "century"}
)  # fmt: skip


#: Prepositions of a stretch of time that a bare plural unit may follow: "has for months
#: insisted", "have for years said" (not time words of their own: "a spokesman for").
_SPAN_PREPOSITIONS = frozenset({"for", "within", "throughout"})


def _measured_time_start(toks: list[tuple[int, int, str]], n: int, nouns: SourceNouns) -> int:
    """Where a measured time adjunct that ends ``toks[:n]`` starts, or -1: a unit of time
    after "ago", "later" or "earlier", or after a time preposition ("in the past", "over
    the past few days"), with the words that measure it."""
    words = [t[2].lower() for t in toks[:n]]
    k = n
    ago = bool(words) and words[-1] in ("ago", "later", "earlier")
    if ago:
        k -= 1
    if k < 1 or (
        words[k - 1] not in _TIME_UNITS and words[k - 1].removesuffix("s") not in _TIME_UNITS
    ):
        return -1
    if not toks[k - 1][2].islower():
        return -1  # "in the Times", "for the Times": a newspaper, not a stretch of time
    k -= 1
    while k and (words[k - 1] in _TIME_MEASURES or words[k - 1][:1].isdigit()):
        k -= 1
    if ago:
        return k if k < n - 2 or words[n - 1] == "ago" else -1  # "two months later"
    if k and (
        words[k - 1] in _SPAN_PREPOSITIONS  # "for months", "for two years"
        or (words[k - 1] in nouns.time_prepositions and k < n - 1)  # "in recent months"
    ):
        return k - 1
    return -1


def _tail_np(
    text: str,
    toks: list[tuple[int, int, str]],
    reads: list[int] | None = None,
    *,
    antecedent: bool = False,
) -> SourcePhrase | None:
    """The noun phrase that ends ``toks``. ``reads`` (one item), when given, is lowered to
    the smallest token index the search looked at: a search of a window's tail is the
    window's answer only when it never needed the tail's first token. ``antecedent``: the
    phrase stands before a relative pronoun, which most often takes up the nearest noun."""
    if reads is None:
        reads = [len(toks)]
    if not toks:
        reads[0] = 0
        return None
    last = toks[-1][2]
    low = last.lower()
    phrase = pronoun_phrase(toks[-1][0], last)
    if phrase is not None:
        return phrase
    if low in _EMPHATIC_REFLEXIVES and len(toks) >= 2 and _is_word(toks[-2][2]):
        # "Trump himself said", "the candidate herself argued": the emphatic pronoun
        # repeats the phrase before it, which speaks
        reads[0] = min(reads[0], len(toks) - 2)
        return _tail_np(text, toks[:-1], reads, antecedent=antecedent)
    if low in RELATIVE_PRONOUNS and last.islower():  # "The WHO said": a name
        # "Smith, who ... said" / "leaders who say": the antecedent stands before it.
        i = len(toks) - 2
        reads[0] = min(reads[0], i)
        if i >= 0 and toks[i][2] in (",", "—", "–"):
            # (a dash closing an aside: "a voter — Richard Wright — who said")
            before = toks[:i]
            kept = _drop_ages_and_party_tags(before)
            if kept and kept == before[: len(kept)]:
                before = kept  # "Rep. Mark Sanford, R-S.C., who said": the name, not the tag
            return _tail_np(text, before, reads, antecedent=True)
        if low == "who" and i >= 0 and _is_word(toks[i][2]):
            head = _tail_np(text, toks[: i + 1], reads, antecedent=True)
            return _name_apposed_before(text, toks, head, reads) or head
        return None
    if not _is_word(last) or (
        (low in _BOUNDARY or low in _NP_PREPOSITIONS) and not _in_name(toks, len(toks) - 1)
    ):
        return None  # a subject never ends with a preposition ("the court for speaking")
    i = len(toks) - 1
    taken = 0
    while i >= 0 and taken < 12:
        word = toks[i][2]
        lw = word.lower()
        if not _is_word(word):
            break
        if lw == "of" and taken and i >= 1 and toks[i - 1][2].lower() in _IDIOM_HEADS:
            break  # "on the heels of Trump's assertions claiming": the assertions
        if lw in _NP_PREPOSITIONS and taken and _is_cap(toks[i + 1][2]):
            i -= 1
            taken += 1
            continue
        if word == "and" and taken and (of := _listed_body_of(toks, i)) is not None:
            taken += i - of  # "the Bureau of Alcohol, Tobacco and Firearms": one body
            i = of
            continue
        if word == "and" and taken and _joins_body_name(toks, i):
            i -= 1  # "the Department of Health and Human Services"
            taken += 1
            continue
        if word == "and" and taken and _joins_headed_body_name(toks, i):
            i -= 2  # "the Food and Drug Administration": one body, its head at the end
            taken += 2
            continue
        if (lw, toks[i - 1][2].lower() if i else "") in _QUALIFIED:
            i -= 2  # "a source close to the ministry", "people familiar with the talks"
            taken += 2
            continue
        if (
            (lw in _BOUNDARY and not _in_name(toks, i))
            or pronoun_of(word) is not None
            or (lw in RELATIVE_PRONOUNS and word.islower())
            or (taken and _verb_before_object(text, toks, i))
        ):
            break
        i -= 1
        taken += 1
        if lw in _ARTICLE_LIKE:
            if i >= 1 and (toks[i][2].lower(), toks[i - 1][2].lower()) in _QUALIFIED:
                i -= 2  # "a source close to the ministry", "people familiar with the talks"
                taken += 2
                continue
            while i >= 0 and toks[i][2].lower() in _ARTICLE_LIKE and taken < 12:
                i -= 1  # "all three states", "the two men": one phrase's determiners
                taken += 1
            break
    first = i + 1
    if first < len(toks) and "-" in text[toks[first][0] : toks[-1][1]]:
        first = _after_dash(text, toks, first)
    if first - 2 < reads[0]:
        reads[0] = first - 2
    if (
        first == len(toks) - 1
        and (
            low in VAGUE_QUANTIFIERS
            # not "one which historian Baick calls", "One in five say" (a share)
            or (
                low in _ONE_OF_THEM and not antecedent and not _SHARE_AFTER.match(text, toks[-1][1])
            )
        )
        and (first == 0 or not _is_word(toks[first - 1][2]) or toks[first - 1][2] in _BOUNDARY)
    ):
        # "Some say", "…, but many argue": a quantifier opening its clause stands for
        # unnamed people, the vaguest of sources (Wikipedia's "weasel words"), an
        # anonymous source in the ledger (not "his many promises", "have some explaining");
        # "“It was freezing,” one said": one of the people just told of, unnamed
        return SourcePhrase(toks[-1][0], toks[-1][1], last)
    if (
        low == "few"
        and first == len(toks) - 2
        and toks[first][2].lower() == "a"
        and (first == 0 or not _is_word(toks[first - 1][2]) or toks[first - 1][2] in _BOUNDARY)
        and word_tag(_next_word(text, toks[-1][1]).lower()) not in ("NN", "NNS")
    ):
        # "A few say", "…, but a few argue": a few people, unnamed (not "in a few said",
        # "A few minutes later they said": the quantity of a noun after the window)
        return SourcePhrase(toks[first][0], toks[-1][1], text[toks[first][0] : toks[-1][1]])
    if first >= len(toks) or all(t[2].lower() in _ARTICLE_LIKE for t in toks[first:]):
        return None  # "the two", "both": no head noun to speak (they take up antecedents)
    if low in load_source_nouns().time_alone and not match_outlet(
        text[toks[first][0] : toks[-1][1]]
    ):
        return None  # "… compromise Tuesday on": a time word never speaks ("USA Today" does)
    if _DECADE.fullmatch(low):
        # "Doctors in the 1980s said", "Residents who moved there in the 1960s said": the
        # noun the decade's clause or preposition follows; "that, in the 1950s, had
        # found": no one (a time never speaks)
        return _head_before_relative(text, toks, first, reads) or _head_before_preposition(
            text, toks, first, reads
        )
    # Leading lower-case words before a capitalised run that holds no article are
    # adverbials ("last month recently appointed ..."): keep them only as role words.
    s, e = toks[first][0], toks[-1][1]
    phrase = SourcePhrase(s, e, text[s:e])
    if (
        antecedent
        and first >= 2
        and toks[first - 1][2] == ","
        and (
            toks[first][2].lower() in {"a", "an", "the"}
            or (first == len(toks) - 1 and toks[first][2].isdigit())
            # "James R. Clapper, director of national intelligence, who said": a bare role
            or (toks[first][2].islower() and toks[first][2] in role_or_title_words())
        )
    ):
        # "Summer Zervos, a former contestant who said", "Lauren Bennett, 26, who says":
        # the apposition's person (or the person of the age)
        named = _tail_np(text, toks[: first - 1], reads)
        if named is not None and named.name and _person_shaped(named.name):
            at = named.start + named.text.rfind(named.name)
            if at >= named.start:
                found = SourcePhrase(at, at + len(named.name), named.name, name=named.name)
                if toks[first][2].islower() and toks[first][2] in role_or_title_words():
                    _fill_name_and_role(phrase, toks[first:])  # the bare role is the person's
                    found = replace(found, role=phrase.role, role_phrase=phrase.role_phrase)
                return found
    head = _head_before_relative(text, toks, first, reads)
    if head is not None:
        return head
    if not antecedent:
        member = _member_before_body(text, toks, first, reads)
        if member is not None:
            return member
        people = _people_before_participle(text, toks, first, reads)
        if people is not None:
            return people  # "Lawyers representing the family said"
        head = _head_before_preposition(text, toks, first, reads)
        if head is not None:
            return head
    _fill_name_and_role(phrase, toks[first:])
    if (
        antecedent
        and phrase.name
        and first >= 2
        and toks[first - 1][2] in _ORIGINS
        and phrase.name.split()[0] not in load_any_given_names()
        and is_people_plural(toks[first - 2][2].lower())
    ):
        # "representatives from the Global South, who denounced": the people from the
        # place (but "supporters of Bernie Sanders, who said": the person)
        head = _head_before_preposition(text, toks, first, reads)
        if head is not None:
            return head
    if antecedent and not (phrase.name or _names_people_or_body(toks[-1][2])):
        # "the office of Mayor Vincent Gray, who said": the relative takes up the name;
        # "the people in the city who say": the people
        return (
            _head_before_preposition(text, toks, first, reads)
            or _head_before_participle(text, toks, first, reads)
            or phrase
        )
    return phrase


def _from_given_name(run: tuple[str, ...], given: Container[str]) -> tuple[str, ...]:
    """The words of ``run`` from the first given name past its first word (and before
    its last) on: the words before name a place or a field ("Iran Brian Hook", "Staff
    Denis McDonough"); ``run`` itself when no such word is a given name."""
    first = next((k for k in range(1, len(run) - 1) if run[k] in given), None)
    return run if first is None else run[first:]


def _next_word(text: str, end: int) -> str:
    """The word after the spaces at ``end``, or ""."""
    found = _NEXT_WORD_AT.match(text, end)
    return found.group(1) if found is not None else ""


_NEXT_WORD_AT = re.compile(r"\s+([\w’'-]+)")


def _verb_before_object(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether ``toks[i]``, inside a noun phrase read backwards, is a finite verb and the
    words after it its object ("Smith met officials, who said": the officials). Not a
    verb of speaking inverted after a quotation ("“…,” thundered Sen. Patrick Leahy,
    adding"), nor one before a preposition, particle or pronoun ("Carson appeared on
    Sunday interview shows", "ended up": no object follows), nor one after a
    determiner, which makes it a modifier ("a stunned Sotomayor")."""
    word = toks[i][2]
    return (
        word.islower()
        and _only_finite_verb(word)
        and text[max(0, toks[i][0] - 3) : toks[i][0]].rstrip()[-1:] not in _INVERSION_MARKS
        and word_tag(toks[i + 1][2].lower()) not in _NO_OBJECT_TAGS
        and not (i and toks[i - 1][2].lower() in _ARTICLE_LIKE)
    )


def _only_finite_verb(word: str) -> bool:
    """Whether Brill's lexicon knows ``word`` only as a finite verb ("met", "spoke",
    "urges"), never as a noun, adjective or participle that a noun phrase could hold. Not
    a hyphenated word: the lexicon tags "co-host" and "co-authors" as verbs only."""
    if "-" in word:
        return False
    tags = brill_lexicon().get(word, ())
    return bool(tags) and all(tag in _FINITE_ONLY for tag in tags)


_FINITE_ONLY = frozenset({"VBD", "VBZ", "VBP"})
#: Tokens after which a verb opens an inverted attribution ("“…,” thundered Leahy").
_INVERSION_MARKS = frozenset(',”"’')
#: Tags of a word after a verb that opens no object of the verb's own.
_NO_OBJECT_TAGS = frozenset({"IN", "RP", "PRP", "TO"})


def _person_shaped(name: str) -> bool:
    """Whether ``name`` reads as a person's: two or three capitalised words, the last no
    head of a body ("Summer Zervos", not "Pew Research Center")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not _names_people_or_body(words[-1])
    )


def _head_before_participle(
    text: str, toks: list[tuple[int, int, str]], first: int, reads: list[int]
) -> SourcePhrase | None:
    """ "an NBC poll conducted at the time, which showed": the phrase found at ``first``
    is a preposition's object inside a past participle's phrase after a noun; a relative
    pronoun after it takes up that noun. None when no participle and noun stand there."""
    p = first - 1
    reads[0] = min(reads[0], p - 2)
    if p < 2 or toks[p][2] not in _PARTICIPLE_PREPOSITIONS:
        return None
    verb = toks[p - 1][2]
    if not (verb.islower() and word_tag(verb) == "VBN"):
        return None
    head = _tail_np(text, toks[: p - 1], reads)
    if head is None or head.pronoun or _cannot_head(head.text.split()[-1]):
        return None
    return head


def _after_dash(text: str, toks: list[tuple[int, int, str]], first: int) -> int:
    """The index of the first token after the last spaced dash between ``toks[first:]``
    ("WASHINGTON -- Arizona Gov. Jan Brewer": a dateline ends at its dash), else ``first``.
    Hyphenated words are one token and hold no gap."""
    for k in range(len(toks) - 1, first, -1):
        if toks[k][0] - toks[k - 1][1] > 1 and "-" in text[toks[k - 1][1] : toks[k][0]]:
            return k
    return first


#: How many words back from a phrase its relative pronoun is looked for.
_RELATIVE_REACH = 8
#: Words a relative clause before a cue cannot run across, looking back for its "who".
_CLAUSE_STOPS = frozenset(
    {
        "that",
        "but",
        "because",
        "while",
        "although",
        "though",
        "whether",
        "when",
        "where",
        "if",
        "so",
        "than",
        "since",
        "until",
        "unless",
        "said",
        "says",
        "told",
    }
)
#: Prepositions whose object is a place or company, not the speaker ("operatives in the
#: spin room said": the operatives speak).
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "on", "with", "inside", "outside", "near", "within", "among", "across"}
    | {"around", "throughout"}
)
#: Prepositions whose object completes a person's or body's description ("the head of the
#: agency", "a spokesman for the ministry", "an adviser to the president", "officials from
#: the ministry"): the phrase spans both.
_PART_PREPOSITIONS = frozenset({"of", "for", "to", "from"})
#: Prepositions after a past participle that follows its noun ("a poll conducted at").
_PARTICIPLE_PREPOSITIONS = _PLACE_PREPOSITIONS | _PART_PREPOSITIONS | {"by"}


def _cannot_head(word: str) -> bool:
    """Whether ``word`` (the last word of a phrase before a preposition or relative
    pronoun) cannot be the head noun of a speaker: a participle-shaped word ("asked"), an
    adverb ("undoubtedly"), a time word ("Thursday") or an inflected verb of saying
    ("wrote", "spoke")."""
    lw = word.lower()
    if word[:1].isupper() and singular(lw) in load_source_nouns().document:
        return False  # "Reports in the US said": a capitalised document noun opens it
    if word.islower() and (
        lw.endswith(("ed", "ing"))
        or (lw.endswith("ly") and lw not in load_source_nouns().ly_nouns)  # not "family"
    ):
        return True
    if lw in load_source_nouns().time_alone:
        return True
    cue = load_cues().lookup(lw)
    return cue is not None and cue.pos != "noun" and lw != cue.lemma


def _names_people_or_body(word: str) -> bool:
    """Whether ``word`` is a role, an unnamed source's or an organisation's head noun, or
    names a kind of person (``is_people_noun``: "negotiators", "parties" of a deal as
    bodies)."""
    nouns = load_source_nouns()
    lw = word.lower()
    return (
        is_people_noun(lw)
        or lw in _PEOPLE_COLLECTIVES
        or any(
            w in nouns.role_families or w in nouns.anonymous or w in nouns.organization
            for w in (lw, singular(lw))
        )
    )


#: Affiliation words that are no noun for a person ("the Democratic", "the GOP").
NOT_PARTY_NOUNS = frozenset({"democratic", "gop", "labour"})
#: Gatherings of people who speak as people, not as a body (a jury or a panel may rule).
_CROWDS = frozenset({"crowd", "crowds", "audience", "audiences", "mob", "congregation"})
#: Collective nouns of people that speak as one: "the crowd at Mohegan Sun Arena shouted".
_PEOPLE_COLLECTIVES = _CROWDS | {"jury", "panel", "crew", "squad"}


def _can_open_clause(toks: list[tuple[int, int, str]], first: int) -> bool:
    """Whether the phrase from token ``first`` up to the cue, after "and" or "or", may be
    the subject of a clause of its own: anything but a common noun phrase whose head is no
    people's or body's noun ("… and officials say", "… and he says"), so not a thing ("who
    has worked corruption and criminal cases said": the cases are the clause's object, the
    agent who worked them speaks)."""
    words = [t[2] for t in toks[first:] if _is_word(t[2])]
    return (
        not words
        or not word_tag(words[-1]).startswith("NN")  # ("or blatantly said": no noun phrase)
        or any(w[:1].isupper() for w in words)
        or _names_people_or_body(words[-1])
    )


#: Word classes of a capitalised word opening a sentence that names no one: a
#: preposition, an adverb, a conjunction or a determiner ("In Ohio,", "Later,").
_OPENING_TAGS = frozenset({"IN", "RB", "RBR", "RBS", "CC", "DT", "JJR"})


def _name_apposed_before(
    text: str, toks: list[tuple[int, int, str]], head: SourcePhrase | None, reads: list[int]
) -> SourcePhrase | None:
    """The person named before a comma that sets ``head`` beside the name, when ``head`` is
    an indefinite phrase with a role or a party: "Chaney, a vocal Romney supporter who
    says": Chaney, the supporter; "Trump, a Republican who has called": Trump. None
    otherwise."""
    if head is None or head.text.split()[0].lower() not in ("a", "an"):
        return None
    if head.role is None and head.text.split()[-1].lower() not in load_source_nouns().affiliations:
        return None
    k = next((i for i, t in enumerate(toks) if t[0] == head.start), None)
    if k is None or k < 2 or toks[k - 1][2] != ",":
        return None
    reads[0] = min(reads[0], k - 2)
    name = _tail_np(text, toks[: k - 1], reads)
    if name is None or not name.name or not looks_like_person(name.name) or name.pronoun:
        return None
    first = name.text.split()[0]
    if word_tag(first.lower()) in _OPENING_TAGS and first not in load_given_names():
        return None  # "In Ohio, a supporter who says", "Later, a man who says": no name
    if name.role is None:
        name.role, name.role_phrase = head.role, head.text
    return name


def _head_before_relative(
    text: str, toks: list[tuple[int, int, str]], first: int, reads: list[int]
) -> SourcePhrase | None:
    """ "Democrats who now control the House say", "the lawyers for a whistleblower whose
    complaint began the inquiry say": the phrase found at ``first`` ends a relative clause;
    the speaker is the noun phrase before its "who", "which", "whose" or "whom". None when
    no relative pronoun opens the clause the phrase stands in."""
    j = first - 1
    low = max(0, first - _RELATIVE_REACH)
    if j < 0:
        return None
    between = text[toks[low][0] : toks[j][1]]
    if "who" not in between and "which" not in between:  # (also "whose", "whom")
        reads[0] = min(reads[0], low)  # most phrases: no relative pronoun in reach
        return None
    steps = 0
    while j >= 0 and steps < _RELATIVE_REACH:
        word = toks[j][2]
        lw = word.lower()
        if not _is_word(word) or lw in _CLAUSE_STOPS:
            reads[0] = min(reads[0], j)
            return None
        if lw in {"and", "or"} and j == first - 1 and _can_open_clause(toks, first):
            reads[0] = min(reads[0], j)
            return None  # "… and officials say": a new clause's subject
        if lw in {"who", "which", "whose", "whom"}:
            reads[0] = min(reads[0], j - 1)
            if j == 0 or not _is_word(toks[j - 1][2]):
                return None
            if (
                j == first - 1
                and lw != "whose"
                and not word_tag(toks[first][2].lower()).startswith("VB")
            ):
                return None  # "one which historian John Baick calls": the phrase is the
                # relative clause's own subject, and speaks (not "sources who reviewed
                # them told": a verb opens the relative clause)
            head = _tail_np(text, toks[:j], reads)
            if head is not None and head.text.split()[0] in _PART_PREPOSITIONS:
                # "a defeat for Trump and for Republicans who have spent years vowing": the
                # noun phrase after the preposition
                k = next((i for i, t in enumerate(toks) if t[0] == head.start), None)
                head = _tail_np(text, toks[k + 1 : j], reads) if k is not None else None
            if head is None or head.pronoun or _cannot_head(head.text.split()[-1]):
                return None  # "asked who …": an indirect question, not a relative clause
            return head
        j -= 1
        steps += 1
    reads[0] = min(reads[0], j)
    return None


def _head_before_preposition(
    text: str, toks: list[tuple[int, int, str]], first: int, reads: list[int]
) -> SourcePhrase | None:
    """ "Romney operatives in the spin room said": the phrase found at ``first`` is the
    object of a preposition; the speaker is the noun phrase the preposition follows (with
    the object when it completes a role: "the head of the agency"). None otherwise."""
    p = first - 1
    reads[0] = min(reads[0], p)
    if (
        p >= 1
        # "the commander in chief said", "editor in chief Ann Lee said"
        and all(_is_cap(t[2]) for t in toks[first + 1 :])
        and three_word_title(
            [t[2].lower() for t in toks[p - 1 : first + 1]], 2, load_source_nouns()
        )
        is not None
    ):
        # "the commander in chief said": one title, not a commander in a place
        head = _tail_np(text, toks[:p], reads)
        if head is None or head.pronoun:
            return None
        whole = SourcePhrase(head.start, toks[-1][1], text[head.start : toks[-1][1]])
        _fill_name_and_role(whole, [t for t in toks if t[0] >= head.start])
        return whole
    phrase = [t[2] for t in toks[first:]]
    cut = next((i for i, w in enumerate(phrase) if i and w in _PARTICIPLE_PREPOSITIONS), None)
    if (
        p >= 2
        and toks[p][2] in ("and", "or")
        and not _names_people_or_body(phrase[: cut or len(phrase)][-1])
    ):
        # "separatists in the Donetsk and Luhansk regions": the phrase is the second of
        # two names the preposition governs (but "interviews with GOP and Democratic party
        # chairs": the phrase names people itself)
        q = p - 1
        while q > max(0, p - 4) and toks[q][2][:1].isupper():
            q -= 1
        conjunct = q < p - 1
        if conjunct and toks[q][2].lower() == "the":
            q -= 1
        before = toks[q - 1][2] if q > 0 else ""
        if (
            conjunct
            and toks[q][2] in _PLACE_PREPOSITIONS
            # (not "the Center on Budget and Policy Priorities": a name's own words)
            and (
                before.islower()
                or before.endswith("s")
                or before.lower() in load_source_nouns().anonymous  # "People in …"
            )
        ):
            p = q  # (nor "a study by Greenstone of the University of Chicago and Knittel")
        else:
            p = _name_with_and_before(toks, first, p)
    if p < 1:
        return None
    if p >= 2 and toks[p - 1][2] == "from" and toks[p][2] in _PLACE_PREPOSITIONS:
        p -= 1  # "leaders from around the world", "officials from across the country"
    prep = toks[p][2]
    if prep not in _PLACE_PREPOSITIONS and prep not in _PART_PREPOSITIONS:
        return None  # capitalised "In", "From" open the sentence
    head = _tail_np(text, toks[:p], reads)
    # "Other people working on the project say", "Officials investigating the crash in
    # Ohio said": the people an -ing participle follows, its object or adjunct after it
    people = _people_before_participle(text, toks, p, reads)
    if people is None and head is not None:
        at = next((i for i, t in enumerate(toks) if t[0] == head.start), None)
        if at is not None:
            people = _people_before_participle(text, toks, at, reads)
    if people is not None:
        return people
    if head is None:
        return None
    words = head.text.split()
    last = words[-1]
    if _cannot_head(last):
        return None  # "Speaking at the rally officials said": no noun before the preposition
    if (
        prep in _PLACE_PREPOSITIONS
        and (
            head.pronoun
            or _names_people_or_body(last)
            or last[:1].isupper()
            or (last.endswith("s") and not last.endswith(("ss", "us", "is")))
            # "Lawyers representing the family in court": people and their participle's phrase
            or any(
                _is_ing_participle(w) and _names_people_or_body(words[i - 1])
                for i, w in enumerate(words[1:], 1)
            )
        )
    ):
        return head  # a person, a body, a name or a plural: "operatives in the room"
    if (
        (prep in _ORIGINS or prep == "of")  # "a biography of the singer": its topic
        and not head.pronoun
        and last.lower() in load_source_nouns().document
        # the document is no preposition's object itself ("a demand for records")
        and not any(t[2].lower() in _NP_PREPOSITIONS for t in toks[:p] if t[0] >= head.start)
    ):
        # "a letter from the senators says", "an article in the Arkansas Democrat": the
        # document speaks, with where it comes from (not "a memo to the Post explaining",
        # "data to help brands find suppliers", "an agreement with Trump")
        s, e = head.start, toks[-1][1]
        return SourcePhrase(s, e, text[s:e])
    nested = None if head.pronoun else _part_head(head.text)
    if (
        head.pronoun
        or not (
            _names_people_or_body(last)
            or (
                nested is not None
                and nested not in VAGUE_QUANTIFIERS  # "some of the revenue from"
                and nested in head.text.lower().split()[:3]  # the head opens the phrase
                and _names_people_or_body(nested)
            )
        )
    ):
        # "a request for data from the tribe": the tribe may be the speaker (but
        # "lawmakers from both sides of the aisle": the lawmakers, with what they are of)
        return None
    # the head names and types the speaker: "an adviser to the president" is an adviser
    s, e = head.start, toks[-1][1]
    name = head.name
    if name is None and head.role:
        name = _holder_after_body(toks[first:])
    return SourcePhrase(
        s,
        e,
        text[s:e],
        name=name,
        role=head.role,
        role_phrase=text[s:e] if head.role else None,
    )


#: Lower-case words inside a body's capitalised name ("Center on Budget and Policy …",
#: "the University of Texas at Austin"). (Once defined twice: the later definition, with
#: "the" and "at", is the one both readers had used; "&" is never a token.)
_NAME_LINKS = frozenset({"the", "of", "at", "for", "on", "and"})


def _name_with_and_before(toks: list[tuple[int, int, str]], first: int, p: int) -> int:
    """Where the preposition before a body's name stands when the phrase at ``first`` is
    the name's part after its "and" (at ``p``): "This chart from the Center on Budget and
    Policy Priorities shows" → "from". ``p`` itself when the phrase opens with a given name
    or a title (a person joined to another: "Greenstone of the University of Chicago and
    Professor Knittel") or no preposition stands before the name."""
    opening = toks[first][2]
    if opening in load_any_given_names() or opening.lower().rstrip(".") in role_or_title_words():
        return p
    q = p - 1
    while q > 0 and (
        toks[q][2][:1].isupper()
        or (
            toks[q][2] in _NAME_LINKS
            and toks[q + 1][2][:1].isupper()
            and toks[q - 1][2][:1].isupper()
        )
    ):
        q -= 1
    if q == p - 1:
        return p
    if toks[q][2].lower() == "the":
        q -= 1
    if q > 0 and toks[q][2] in _PART_PREPOSITIONS | _PLACE_PREPOSITIONS:
        return q
    return p


def _is_ing_participle(word: str) -> bool:
    """Whether a lower-case word is an -ing participle ("representing", "working")."""
    return word.islower() and word.endswith("ing") and word_tag(word) == "VBG"


def _people_before_participle(
    text: str, toks: list[tuple[int, int, str]], k: int, reads: list[int]
) -> SourcePhrase | None:
    """The phrase from the people or body before an -ing participle that ends right
    before token ``k`` to the last token ("Lawyers representing the family"): the
    participle's phrase describes them. None when no such participle and head are there."""
    if k < 2:
        return None
    if not _is_ing_participle(toks[k - 1][2]):
        return None
    people = _tail_np(text, toks[: k - 1], reads)
    if people is None or people.pronoun or not _names_people_or_body(people.text.split()[-1]):
        return None
    s, e = people.start, toks[-1][1]
    return SourcePhrase(
        s,
        e,
        text[s:e],
        name=people.name,
        role=people.role,
        role_phrase=text[s:e] if people.role else None,
    )


def _holder_after_body(toks: list[tuple[int, int, str]]) -> str | None:
    """The holder's name closing the object of a role's preposition, after the body the
    role is of: "(former chairman of the) Maryland GOP Alex Mooney" → "Alex Mooney". The
    name opens at a given name inside the capitalised run the object ends with, holds a
    surname, and has no organisation word ("… the Republican National Committee" names
    no one)."""
    words = [t[2] for t in toks]
    run = len(words)
    while run > 0 and words[run - 1][:1].isupper():
        run -= 1
    given = load_any_given_names()
    nouns = load_source_nouns()
    for k in range(max(run, 1), len(words) - 1):
        if words[k] in given and words[k - 1].lower() not in nouns.place_openers:
            # (not "the Santa Clara Health System": a place's name)
            name = words[k:]
            if holds_body_or_role_word(name, nouns) or any(
                w.lower() in nouns.place_heads for w in name
            ):
                return None
            return " ".join(name)
    return None


def holds_body_or_role_word(words: Sequence[str], nouns: SourceNouns) -> bool:
    """Whether words read as a holder's name hold an organisation's or a role's word, so
    they name an office or a body, not a person ("Central Command", "Health System")."""
    return any(
        w.lower().strip(".,’'") in nouns.organization or w.lower() in nouns.role_families
        for w in words
    )


def _apposition(text: str, toks: list[tuple[int, int, str]]) -> SourcePhrase | None:
    """``toks`` ends just before a comma that precedes the cue: "A, B, said"."""
    kept = _drop_ages_and_party_tags(toks)
    if kept and kept[-1] != toks[-1]:
        return _tail_np(text, kept)  # "House speaker Nancy Pelosi, D-Calif.,": the name
    toks = kept
    commas = [
        i
        for i, t in enumerate(toks)
        if t[2] == ","
        # (not the comma of a number: "Another 8,000 should be allocated …, said")
        and not (0 < i < len(toks) - 1 and toks[i - 1][1] == t[0] and toks[i + 1][0] == t[1])
    ]
    if not commas:
        j = len(toks) - 2
        while j > 0 and toks[j][2].islower() and toks[j][2].endswith("ly"):
            j -= 1  # "Mr. Biden quickly responded"
        if (
            j >= 0
            and toks[-1][2].islower()
            and word_tag(toks[-1][2]) in ("VBD", "VBN")
            and _is_cap(toks[j][2])
        ):
            # "“Yes,” Mr. Biden responded, adding …": a clause, its subject and verb; the
            # participle's subject is the clause's, read as after "said"
            return None
        return _tail_np(text, toks)
    subject = _subject_before_appositions(text, toks, commas)
    if subject is not None:
        return subject
    cut = commas[-1]
    inner = toks[cut + 1 :]
    outer = _tail_np(text, toks[:cut])
    if outer is not None and not outer.pronoun:
        # "A NASA memo obtained by SpaceRef, an online publication, suggests": the agent
        # of a participle after a noun is set beside, and the noun speaks
        agent_of = _head_before_agent(text, toks[:cut], outer.start)
        if agent_of is not None:
            if inner and inner[0][2].lower() in {"a", "an", "the"}:
                return agent_of
            outer = agent_of
    if not inner:
        return outer
    inner_np = _tail_np(text, inner)
    if inner[0][2].lower() in _EXAMPLE_OPENERS and outer is not None:
        return outer  # "Anecdotal evidence, such as …, suggests": examples of the subject
    if inner[0][2].lower().endswith(("ing", "ed")) and outer is not None:
        return outer  # "A source …, speaking on condition of anonymity, said"
    if (
        inner[0][2].lower() in _AFFILIATION_PREPOSITIONS
        and outer is not None
        and outer.name
        and looks_like_person(outer.name)
        and all(_is_cap(w) for w in outer.text.split())
    ):
        return outer  # "Evan Greer, of the group Fight for the Future, said": Greer speaks
    if inner[0][2].lower() in RELATIVE_PRONOUNS or inner[0][2].lower() in {"a", "an", "the"}:
        # "Smith, who ..., said" / "Smith, a spokesman for X, said": Smith speaks.
        if outer is not None and outer.name:
            whole = SourcePhrase(inner[0][0], inner[-1][1], text[inner[0][0] : inner[-1][1]])
            _fill_name_and_role(whole, inner)
            if whole.role and not outer.role:
                outer.role, outer.role_phrase = whole.role, whole.text
            return outer
        if inner[0][2].lower() in RELATIVE_PRONOUNS and outer is not None:
            return outer  # "A former agent, who read the files, told": the antecedent speaks
        return inner_np or outer
    if inner_np is not None and outer is not None and _place_after_preposition(inner, inner_np):
        return outer  # "A spokesman for …, northeast of San Francisco, said": the spokesman
    if inner_np is not None and inner_np.name and looks_like_person(inner_np.name):
        # "Iranian Foreign Ministry spokesman, Nasser Kanaani, spoke": the name speaks.
        if outer is not None and not inner_np.role:
            inner_np.role = outer.role
            inner_np.role_phrase = outer.text
        if (
            outer is not None
            and outer.role
            and not outer.name
            # (not "a study by an influential economist, Mikhail Dmitriyev, concluded": the
            # role is a preposition's object)
            and not _after_preposition(toks, outer.start)
        ):
            # the role and the name in apposition are one source ("his spokesman, Ken
            # Gavin,"): no word of it is what was said
            inner_np.start, inner_np.text = outer.start, text[outer.start : inner_np.end]
        return inner_np
    if outer is not None and outer.name and inner_np is not None and inner_np.role:
        outer.role, outer.role_phrase = inner_np.role, inner_np.text
        return outer
    return inner_np or outer


def _head_before_agent(
    text: str, toks: list[tuple[int, int, str]], start: int
) -> SourcePhrase | None:
    """The noun phrase before a participle and "by" when the phrase at ``start`` is that
    agent: "A NASA memo obtained by SpaceRef", "a letter signed by Ann Lee" (the memo,
    the letter). None otherwise."""
    at = next((k for k, t in enumerate(toks) if t[0] == start), 0)
    if at < 3 or toks[at - 1][2] != "by":
        return None
    verb = toks[at - 2][2]
    if not (verb.islower() and word_tag(verb) in ("VBN", "VBD")):
        return None
    head = _tail_np(text, toks[: at - 2])
    if head is None or head.pronoun or _cannot_head(head.text.split()[-1]):
        return None
    return head


def _after_preposition(toks: list[tuple[int, int, str]], start: int) -> bool:
    """Whether the token before the one at ``start`` is a preposition ("by", "of", …)."""
    before = [t[2].lower() for t in toks if t[1] <= start]
    return bool(before) and before[-1] in _NP_PREPOSITIONS | {"by"}


def _place_after_preposition(inner: list[tuple[int, int, str]], phrase: SourcePhrase) -> bool:
    """Whether the name of ``phrase`` follows a preposition inside the aside ``inner``, after
    a lower-case opening: "…, northeast of San Francisco, said" tells where, not who."""
    if phrase.name is None or phrase.name not in phrase.text:
        return False
    name_start = phrase.start + phrase.text.rindex(phrase.name)
    before = [t[2] for t in inner if t[1] <= name_start]
    return (
        len(before) >= 2
        and before[0].islower()
        and before[-1].lower() in _NP_PREPOSITIONS | {"near", "outside"}
    )


#: Penn Treebank tags of a finite verb: a phrase holding one is a clause, and after a
#: name such a word opens the next predicate.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


#: Prepositions that open a named person's affiliation set off after the name: "Evan
#: Greer, of Fight for the Future,", "Jane Doe, with the ACLU,".
_AFFILIATION_PREPOSITIONS = frozenset({"of", "from", "with", "at"})
#: Words that open examples set off after a subject: "…, such as …, said".
_EXAMPLE_OPENERS = frozenset({"such", "like", "especially", "particularly", "notably"})
#: A party and state tag after a politician's name: "R-Ky", "D-Calif", "I-Vt".
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z]{1,5}|[RDI]-[A-Z]\.[A-Z]\.?")
#: A party tag in brackets, with or without its state: "(D-NY)", "(D-N.Y.)", "(R)".
_PAREN_PARTY_TAG = re.compile(r"[RDI](?:-[A-Z][A-Za-z.]{1,6})?")


def _home_town_length(toks: list[tuple[int, int, str]], i: int) -> int:
    """How many tokens from ``i`` make ", of Town" (one to three capitalised words) before a
    comma or the end; 0 when they do not."""
    if toks[i][2] != "," or i + 2 >= len(toks) or toks[i + 1][2] != "of":
        return 0
    j = i + 2
    while j < len(toks) and j - i - 2 < 3 and toks[j][2][:1].isupper():
        j += 1
    if j == i + 2 or (j < len(toks) and toks[j][2] != ","):
        return 0
    return j - i


def _drop_ages_and_party_tags(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``toks`` without the ages, party tags and home towns set off by commas after names
    ("Smith, 45, a father of three," / "…, Smith, 45" / "Sen. Rand Paul, R-Ky.," / "Maria
    Lopez, 52, of Phoenix,"): they are no appositions that could speak."""
    kept: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        town = _home_town_length(toks, i) if kept and kept[-1][2][:1].isupper() else 0
        if town:
            i += town  # the comma, "of" and the town; a comma after it stays
            continue
        if (
            toks[i][2] == ","
            and i + 1 < len(toks)
            and (
                (toks[i + 1][2].isdigit() and len(toks[i + 1][2]) <= 3)
                or _PARTY_TAG.fullmatch(toks[i + 1][2]) is not None
            )
            and (i + 2 == len(toks) or toks[i + 2][2] == ",")
            and kept
            and kept[-1][2][:1].isupper()
        ):
            i += 2  # the comma and the age; a comma after the age stays
            continue
        if (
            toks[i][2] == "("
            and i + 2 < len(toks)
            and toks[i + 2][2] == ")"
            and _PAREN_PARTY_TAG.fullmatch(toks[i + 1][2]) is not None
            and kept
            and kept[-1][2][:1].isupper()
        ):
            i += 3  # "Rep. Hakeem Jeffries (D-NY), said": the tag in brackets
            continue
        kept.append(toks[i])
        i += 1
    return kept


#: An adjective after its noun and the preposition that opens its complement: "a source
#: close to the ministry", "people familiar with the talks", "a lawmaker sympathetic to the
#: plan".
_QUALIFIED = frozenset(
    {("to", "close"), ("with", "familiar"), ("to", "sympathetic"), ("to", "opposed")}
    | {("to", "loyal"), ("to", "friendly"), ("to", "hostile"), ("of", "critical")}
)
_INTRODUCTORY = {
    "however",
    "meanwhile",
    "still",
    "yet",
    "also",
    "instead",
    "earlier",
    "later",
    "then",
    "now",
    "today",
    "yesterday",
    "separately",
    "similarly",
    "indeed",
    "moreover",
    "but",
    "and",
    "so",
}


def _subject_before_appositions(
    text: str, toks: list[tuple[int, int, str]], commas: list[int]
) -> SourcePhrase | None:
    """ "Sen. Chuck Grassley, facing a challenge in Iowa, a swing state, said": the named
    subject before a chain of appositions speaks. Introductory phrases ("On Monday,",
    "However,") are skipped; the subject must fill its whole segment."""
    bounds = [-1, *commas, len(toks)]
    for left, right in zip(bounds, bounds[1:], strict=False):
        segment = toks[left + 1 : right]
        if not segment and left == -1:
            continue  # the window opens at a comma: "…, Evan Greer, of …, said"
        if not segment:
            return None
        first = segment[0][2].lower()
        if first in {"but", "and", "so", "yet"} and len(segment) > 1:
            segment = segment[1:]  # "But Rep. Dana Rohrabacher, R-Calif., said"
            first = segment[0][2].lower()
        if (
            first in _BOUNDARY
            or first in _NP_PREPOSITIONS
            or first in _INTRODUCTORY
            or first.endswith("ly")
            or _is_time_phrase(segment)
        ):
            continue
        if right == len(toks):
            return None  # no apposition after it
        np = _tail_np(text, segment)
        if np is None or np.start != segment[0][0] or not np.name or not looks_like_person(np.name):
            return None
        if (
            first in _QUANTIFIERS
            and singular(np.text.split()[-1].lower()) in load_source_nouns().affiliations
        ):
            return None  # "one Democrat, Sen. Kamala Harris, said": one of a party, named after
        if np.role and np.name.split()[-1].lower().rstrip(".") == np.role.split()[-1]:
            return None  # "House Majority Leader, Steny Hoyer,": a title, then the name
        if np.role and _POSSESSIVE_INSIDE.search(np.name):
            # "the Anti-Defamation League’s CEO, Jonathan Greenblatt,": a body's role, and
            # the name after it (not "India's Supreme Court, in a ruling …, said")
            return None
        if len(segment) > 6:
            return None
        following = toks[right + 1 : bounds[bounds.index(right) + 1]]
        if following and following[0][2].lower() in {"a", "an", "the"} and not np.role:
            whole = SourcePhrase(
                following[0][0], following[-1][1], text[following[0][0] : following[-1][1]]
            )
            _fill_name_and_role(whole, following)
            if whole.role:
                np.role, np.role_phrase = whole.role, whole.text
        return np
    return None


#: A possessive inside a phrase: "The New York Times’ Ashley Parker".
_POSSESSIVE_INSIDE = re.compile(r"\w[’']s?\s")


def looks_like_person(name: str) -> bool:
    """One to four capitalised words (name particles allowed): shaped like a person's name.
    Not when "The" opens them: "The United Nations", "The Vatican" name bodies (a title
    after "The" is read off before: "The Rev. Al Sharpton" → "Al Sharpton")."""
    words = name.split()
    return (
        1 <= len(words) <= 4
        and words[0] != "The"
        and all(
            _is_cap(w) or w.lower() in _NAME_PARTICLES or _is_particle_hyphened(w) for w in words
        )
    )


def find_source_after(
    text: str, start: int, end: int, *, listener: bool = False
) -> SourcePhrase | None:
    """The source noun phrase that starts ``text[start:end]`` (after an inverted cue:
    "…,” said Nasser Kanaani, the ministry's spokesman."). With ``listener``, the phrase
    is a cue's listener, which a clause may follow with no "that": a determiner after
    a noun opens that clause ("told reporters the bill was dead")."""
    out: list[tuple[int, int, str]] = []
    closed = False
    longest = 10
    listed = -1  # the end of a body's listed fields, taken whole
    # tokens are read lazily: the phrase is at most ten words long (fourteen with a
    # coordinated field before a role)
    for token in TOKEN.finditer(text, start, end):
        tok = (token.start(), token.end(), token.group(0))
        word = tok[2]
        lw = word.lower()
        if tok[0] < listed:
            out.append(tok)
            continue
        if (
            word == ","
            and out
            and _body_so_far(out)
            and (fields_end := _listed_fields_ahead(text, tok[0], end)) is not None
        ):
            # "said the Bureau of Alcohol, Tobacco and Firearms": one body's name
            listed = fields_end
            longest += 8
            out.append(tok)
            continue
        if not _is_word(word):
            break
        if (
            word == "and"
            and out
            and out[-1][2].islower()  # a field ends before it ("health behavior and")
            and _role_and_name_ahead(text, token.end(), end)
        ):
            # "said University of Michigan health behavior and health education professor
            # Enrique Neblett": the fields of one role
            longest = 14
        elif word == "and" and listener and out and _joined_listener_ahead(text, token.end(), end):
            longest = 14  # "told Reuters and the AP that …": both heard it
        elif (
            out
            and lw in _BOUNDARY
            and lw not in _NP_PREPOSITIONS
            # (but "the Centers for Disease Control and Prevention" goes on)
            and not (word == "and" and _CAPITAL_NEXT.match(text, token.end()) and _body_so_far(out))
        ):
            break
        if lw in {"on", "in", "at", "during", "after", "before", "last", "this"} and out:
            break
        if out and lw in _WEEKDAYS and _is_cap(out[-1][2]):
            break  # "said House Speaker John Boehner Monday morning": the day is a time
        if not out and lw in _NP_PREPOSITIONS:
            return None  # "said at the convention": a place or time, no source after the cue
        if (
            out
            and lw in {"the", "a", "an"}
            and _is_cap(out[-1][2])
            and not (word == "A" and text.startswith(".", token.end()))  # "John A. Boehner"
        ):
            break  # "told Fox News the warnings were real": a name, then a new clause
        if out and word.islower() and _is_cap(out[-1][2]) and word_tag(word) in FINITE_TAGS:
            break  # "the programs announced by the Fed include two": the main clause's verb
        if listener and len(out) == 1 and out[0][2].lower() in _LISTENER_PRONOUNS and lw != "to":
            # "told me Trump pushed for …": an object pronoun is the whole listener (but
            # "told them to leave" is an order, read as before)
            closed = True
            break
        if (
            listener
            and out
            and out[-1][2] != "and"  # ("told CNN and the AP that": the second listener)
            and (word in _PHRASE_OPENERS or _SUBJECT_PRONOUN.fullmatch(word))
            and _closes_listener(out)
        ):
            # "told reporters the bill was dead", "told the judge he left": the listener,
            # then the clause
            closed = True
            break
        out.append(tok)
        if len(out) >= longest:
            break
    while out and out[-1][2].lower() in _NOT_PHRASE_END and not (closed and len(out) == 1):
        out.pop()  # (but "told her the …": "her" is the whole listener)
    if not out:
        return None
    pronoun = pronoun_phrase(out[0][0], out[0][2]) if len(out) == 1 else None
    if pronoun is not None:
        if pronoun.pronoun == "it":
            return None  # "…, denied it": the cue's object; no one speaks after the cue as "it"
        return pronoun
    s, e = out[0][0], out[-1][1]
    phrase = SourcePhrase(s, e, text[s:e])
    _fill_name_and_role(phrase, out)
    if (
        phrase.name is not None
        and phrase.name.lower() in _WEEKDAYS
        and len(out) >= 3
        and word_tag(out[-2][2]) in ("VBN", "VBD")
        and singular(out[-3][2].lower()) in load_source_nouns().document
    ):
        # "according to an email obtained Tuesday", "a poll released Sunday": a day names no
        # one (but "state officials announced Friday" is a clause, no phrase)
        phrase.name = None
    # "said Nasser Kanaani, the ministry's spokesman": a role in apposition after.
    after = text[e:end]
    if phrase.name is None and phrase.role and out[0][2].lower() in {"the", "a", "an"}:
        # "said the group's Washington director, Andrea Prasow.": the name in apposition
        named = _NAME_AFTER.match(after)
        if named and looks_like_person(named.group(1)):
            phrase.end = e + named.end(1)
            phrase.text = text[s : phrase.end]
            phrase.name = named.group(1)
            phrase.role_phrase = phrase.role_phrase or text[s:e]
            return phrase
    m = _ROLE_AFTER.match(after)
    if m and not phrase.role:
        extra = SourcePhrase(e + m.start(1), e + m.end(1), m.group(1))
        _fill_name_and_role(extra, _tokens(text, extra.start, extra.end))
        if extra.role:
            phrase.role, phrase.role_phrase = extra.role, extra.text
    return phrase


#: Up to four lower-case words, a word, and a capitalised word after it: the rest of a
#: field, a role and a name ("health education professor Enrique").
_FIELD_ROLE_NAME = re.compile(r"\s+(?:[a-z][a-z\-]*\s+){0,4}([a-z]+)\s+[A-Z][a-z]")


def _role_and_name_ahead(text: str, pos: int, end: int) -> bool:
    """Whether the words after an "and" at ``pos`` finish a field of study or work and
    reach a role noun and a name ("… and health education professor Enrique Neblett")."""
    m = _FIELD_ROLE_NAME.match(text, pos, end)
    return m is not None and m.group(1) in load_source_nouns().role_families


#: Words that open a noun phrase, so a new one when a noun stands before them.
_PHRASE_OPENERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
     "those"}
)  # fmt: skip
#: A subject pronoun, alone or contracted ("he", "she’d", "they're", "I"): after a
#: listener it opens the clause told.
_SUBJECT_PRONOUN = re.compile(r"(?:he|she|they|we|I|it)(?:['’](?:s|d|ll|re|ve|m))?")
#: Quantifiers that stand alone for unnamed people ("Some say …").
VAGUE_QUANTIFIERS = frozenset({"some", "many", "most", "several", "few"})
#: Words for one unnamed member of a group just told of ("one said", "another added").
_ONE_OF_THEM = frozenset({"one", "another"})
#: What makes "one" a share of people, not one of them: "one in five", "one out of four".
_SHARE_AFTER = re.compile(r"\s+(?:in|out\s+of)\s")
#: Object pronouns: a whole listener ("told her the plan would fail").
_LISTENER_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})


#: The words after a second listener that open what was told: "that", an infinitive or
#: its negation, or a subject pronoun.
_TOLD_OPENERS = frozenset({"that", "to", "not"})
#: Word classes a second listener's words may have: determiners, owners, adjectives,
#: nouns and numbers (no verb: "told reporters and officials confirmed that" joins none).
_LISTENER_WORD_TAGS = frozenset({"DT", "PRP$", "JJ", "JJS", "JJR", "NN", "NNS", "CD", "PDT"})
#: How many words a second listener may have.
_JOINED_LISTENER_WORDS = 6


def _joined_listener_ahead(text: str, pos: int, end: int) -> bool:
    """Whether a second listener follows the "and" that ends at ``pos``, then what was
    told: "told Reuters and the AP that", "told Devine and Weaver not to", "told his father
    and mother he is gay". Up to six words of a noun phrase, with no punctuation or verb."""
    for count, token in enumerate(TOKEN.finditer(text, pos, end)):
        word = token.group(0)
        if not _is_word(word):
            # "told Yahoo and ABC News “I think …”": the words told, quoted
            return bool(count) and word in _OPENING_MARKS
        lw = word.lower()
        if count and (lw in _TOLD_OPENERS or _SUBJECT_PRONOUN.fullmatch(word)):
            return True
        if count >= _JOINED_LISTENER_WORDS or lw in _BOUNDARY or pronoun_of(word) is not None:
            return False
        if word.islower() and word_tag(lw) not in _LISTENER_WORD_TAGS:
            return False
    return False


def _closes_listener(out: list[tuple[int, int, str]]) -> bool:
    """Whether the words read after a cue can end its listener before a determiner:
    "reporters", "his aides", "her" (a lone object pronoun), but not "the" (the
    determiner belongs to the phrase), nor words holding a preposition ("accused the
    DNC of hiding the …", "urged them to …": the clause the verb takes runs on)."""
    last = out[-1][2].lower()
    if len(out) == 1 and last in _LISTENER_PRONOUNS:
        return True
    return last not in _ARTICLE_LIKE and not any(
        t[2].lower() in _NP_PREPOSITIONS or not _is_word(t[2]) for t in out
    )


@lru_cache(maxsize=1)
def _two_word_role_firsts() -> frozenset[str]:
    """First words of the two-word roles ("prime" of "prime minister"): only after one of
    them is a two-word role worth looking up."""
    return frozenset(
        role.split()[0] for role in load_source_nouns().role_families if len(role.split()) == 2
    )


def _fill_name_and_role(phrase: SourcePhrase, toks: list[tuple[int, int, str]]) -> None:
    role, name, role_phrase = _name_and_role(phrase.text, tuple(t[2] for t in toks))
    if role is not None:
        phrase.role = role
    if name is not None:
        phrase.name = name
    if role_phrase is not None:
        phrase.role_phrase = role_phrase


#: An age before a name: "26-year-old".
_AGE = re.compile(r"\d+-(?:year|month)-old")
#: An initial, as a token ("F", "F."); "A" and "I" are words.
_INITIAL = re.compile(r"[B-HJ-Z]\.?")


def hyphened_role(word: str, nouns: SourceNouns) -> str | None:
    """The role a hyphened title names by one of its parts: "president-elect" and
    "vice-president" a president, "co-founder" a founder, "attorney-general" an attorney
    general; None for other words ("Jae-in", "son-in-law", "social-justice")."""
    if "-" not in word:
        return None
    parts = word.split("-")
    if " ".join(parts) in nouns.role_families:
        return " ".join(parts)  # "attorney-general"
    roles = [part for part in parts if part in nouns.role_families]
    if "turned" in parts:
        # "congressman-turned-lobbyist": the role held now, else the one held before
        return roles[-1] if roles else None
    if len(roles) != 1 or any(p not in _TITLE_AFFIXES for p in parts if p != roles[0]):
        return None  # "son-in-law", "social-justice", "editor-at-large": no title
    return roles[0]


#: The linking words of a three-word title that is also written hyphened ("commander in
#: chief", "commander-in-chief").
_ROLE_LINKS = frozenset({"in", "of", "at"})


def three_word_title(lowered: Sequence[str], i: int, nouns: SourceNouns) -> str | None:
    """The hyphened title that the lower-case words ending at ``i`` spell, its middle a
    linking word ("commander in chief" → "commander-in-chief"), or None."""
    if i < 2 or lowered[i - 1] not in _ROLE_LINKS:
        return None
    three = "-".join(lowered[i - 2 : i + 1])
    return three if three in nouns.role_families else None


#: Parts that make a hyphened title of a role ("president-elect", "co-founder",
#: "then-spokeswoman", "half-brother").
_TITLE_AFFIXES = frozenset(
    {"elect", "designate", "vice", "co", "deputy", "acting", "under", "sub", "then", "ex"}
    | {"former", "half", "step"}
)


@lru_cache(maxsize=65536)
def _name_and_role(text: str, words: tuple[str, ...]) -> tuple[str | None, str | None, str | None]:
    """(role, name, role_phrase) of a phrase whose text is ``text`` and whose tokens are
    ``words``. Remembered: the same source phrases recur across articles."""
    nouns = load_source_nouns()
    lowered = [w.lower().rstrip(".") for w in words]
    role: str | None = None
    name: str | None = None
    role_phrase: str | None = None
    # Role: the last role word (two-word roles first: "prime minister", "press secretary").
    firsts = _two_word_role_firsts()
    for i in range(len(lowered) - 1, -1, -1):
        if _names_a_body_field(words, lowered, i, nouns):
            continue  # "the Justice Department", "the Minister of Justice": no justice speaks
        if i > 0 and _INITIAL.fullmatch(words[i - 1]) and i + 1 < len(words) and _is_cap(words[i]):
            continue  # "Chancellor F. King Alexander": after an initial, a name's word
        if (
            0 < i < len(words) - 1
            and _is_cap(words[i - 1])
            and only_suffixes(lowered[i + 1 :], nouns)
        ):
            continue  # "Martin Luther King Jr.": a surname before a generational suffix
        if (
            (i == len(words) - 1 or not _is_cap(words[i + 1]))
            and i > 0
            and _is_cap(words[i])
            and words[i - 1] in load_any_given_names()
        ):
            # "Richard Nephew", "Jane Friend", "Rep. Peter King of New York": a given name,
            # then a surname
            continue
        three = three_word_title(lowered, i, nouns)
        if three is not None:
            role = three  # "the commander in chief", "editor in chief"
            break
        if i + 1 < len(lowered) and lowered[i] in firsts:
            two = lowered[i] + " " + lowered[i + 1]
            if two in nouns.role_families:
                role = two
                break
        if i > 0 and lowered[i - 1] in firsts:
            # a two-word role ending here, though its last word is a role too ("Attorney
            # General Jeff Sessions" is no general, "Prime Minister Theresa May")
            two = lowered[i - 1] + " " + lowered[i]
            if two in nouns.role_families:
                role = two
                break
        if lowered[i] in nouns.role_families:
            role = lowered[i]
            break
        hyphened = hyphened_role(lowered[i], nouns)
        if hyphened is not None and lowered[-1] not in nouns.organization:
            # (not "the then-General Accounting Office": a body's name)
            role = hyphened  # "President-elect Donald Trump", "Vice-President Mike Pence"
            break
        if lowered[i] in nouns.abbreviations and _is_cap(words[i]):
            role = nouns.abbreviations[lowered[i]]  # "Gov. Jan Brewer": a governor
            break
    for a in range(len(lowered) - 2):
        if (
            lowered[a] in AGENT_ROLES
            and lowered[a + 1] in {"for", "to"}
            and any(_is_cap(w) for w in words[a + 2 :])
        ):
            # "a spokesman for House Speaker John Boehner": the spokesman speaks, for Boehner
            return lowered[a], None, text
    named_before = _name_before_affiliation(words, lowered, nouns)
    if named_before is not None:
        # "Jane Doe of Reuters", "David Corn of the progressive Mother Jones magazine": the
        # person speaks; the body after "of" is where she works
        k, run = named_before
        return role, _spelled_as_in(text, run), " ".join(words[k:])
    # Name: the trailing run of capitalised words, after any titles in front of it.
    j = len(words)
    while j > 0 and (
        _is_cap(words[j - 1])
        or (lowered[j - 1] in _NAME_PARTICLES and j < len(words))
        or _is_particle_hyphened(words[j - 1])  # "Bashar al-Assad"
    ):
        j -= 1
    run = words[j:]
    while run and (
        run[0].lower().rstrip(".") in nouns.titles
        or run[0].lower().rstrip(".") in nouns.role_families
        or hyphened_role(run[0].lower(), nouns) is not None
        or run[0].lower() in _QUANTIFIERS
        or _AGE.fullmatch(run[0])  # "The 26-year-old Wallace"
        or (run[0] in ("The", "A", "An") and len(run) > 1 and _AGE.fullmatch(run[1]))
    ):
        run = run[1:]
    if (
        j >= 2
        and lowered[j - 1] == "of"
        and (lowered[j - 2] in nouns.role_families or lowered[j - 2] in nouns.titles)
    ):
        # "Chief of Staff Denis McDonough", "Secretary of Homeland Security Kirstjen
        # Nielsen": the title's field, then the name from its given name on
        any_given = load_any_given_names()
        if run and run[0] not in any_given:
            # (not "Secretary of State John F. Kerry": the name opens with its given name)
            run = _from_given_name(run, any_given)
            while len(run) > 2 and word_tag(run[0].lower()) in ("NN", "NNS"):
                run = run[1:]  # "Staff Denis McDonough": common nouns of the field
    run = _name_after_inner_head(run, nouns)
    run = _name_after_affiliation(run, nouns)
    run = tuple(_without_weekdays(run))  # "President Trump Sunday afternoon"
    home = bool(run) and " ".join(run).lower() in nouns.organization_names and _is_cap(words[0])
    # "supporters of Trump", "Residents of Gaza": the name completes a word for unnamed people
    group = (
        j >= 2
        and (lowered[j - 2] in nouns.anonymous or is_people_plural(lowered[j - 2]))
        and lowered[j - 2] not in nouns.titles
    )  # ("donors on Wall Street", "Friends of Smith": the friends speak)
    if (
        (role or group or lowered[0] in nouns.titles or (home and lowered[j - 1] in {"of", "from"}))
        and 1 <= len(run) <= 2
        and j == len(words) - len(run)
        and j >= 2
        and lowered[j - 1] in _NP_PREPOSITIONS
    ):
        # "ambassador to Israel", "envoy for Syria": the one or two capitalised words after
        # the role's preposition complete the role; they are not the speaker's name. A name
        # may stand before the preposition: "Rep. Frank Pallone of New Jersey", and so may
        # one without a role before a listed body or home state ("John McCain of Arizona",
        # "Tim Cook of Apple").
        k = j - 1
        while k > 0 and _is_cap(words[k - 1]):
            k -= 1
        run = () if group else words[k : j - 1]
        while run and (
            run[0].lower().rstrip(".") in nouns.titles
            or run[0].lower().rstrip(".") in nouns.role_families
            or run[0].lower() in _ARTICLE_LIKE
        ):
            run = run[1:]
        run = _name_after_affiliation(run, nouns)  # "House Speaker Nancy Pelosi of Calif."
        if run:  # the role is everything but the name: "Senator of Kentucky"
            role_phrase = " ".join(words[: j - 1 - len(run)] + words[j - 1 :])
    if role and not role_phrase and len(run) >= 3 and j >= 1 and lowered[j - 1] in _NP_PREPOSITIONS:
        # "envoy for Iran Brian Hook", "ambassador to Israel David Friedman": the words
        # after the role's preposition name its place, then the person from a given name on
        run = _from_given_name(run, load_given_names())
    if run:
        name = _POSSESSIVE_END.sub("", _spelled_as_in(text, run))
        if (role or len(run) < len(words) - j) and not role_phrase:
            # the words before the name give the role or the affiliation ("Republican")
            role_phrase = " ".join(words[: len(words) - len(run)]) or None
    if role and not role_phrase:
        role_phrase = text
    return role, name, role_phrase


def _names_a_body_field(
    words: tuple[str, ...], lowered: list[str], i: int, nouns: SourceNouns
) -> bool:
    """Whether the capitalised word ``i`` names the field of a body or office rather than a
    role: before a body's head ("Justice Department", "Defense Ministry", "member
    station") or after a body's head or a role and "of" ("Department of Justice",
    "Minister of Justice")."""
    if (
        i + 1 < len(lowered)
        and words[i].islower()
        and words[i + 1].islower()
        and lowered[i + 1] in nouns.organization
    ):
        return True  # "NPR member station WHYY": a word for the body, no role of a person
    if not _is_cap(words[i]):
        return False
    if i + 1 < len(lowered) and _is_cap(words[i + 1]) and lowered[i + 1] in nouns.organization:
        return True
    return (
        i >= 2
        and lowered[i - 1] == "of"
        and _is_cap(words[i - 2])
        and (lowered[i - 2] in nouns.organization or lowered[i - 2] in nouns.role_families)
    )


def _member_before_body(
    text: str, toks: list[tuple[int, int, str]], first: int, reads: list[int]
) -> SourcePhrase | None:
    """ "John Smith of the Heritage Foundation said": the phrase found at ``first`` is a
    body after "of"/"from"/"at"/"with", and the capitalised run before that word is a
    person's full name (``_name_before_affiliation`` decides); the person speaks, the body
    is her affiliation. None otherwise."""
    p = first - 1
    if p < 2 or toks[p][2] not in _AFFILIATION_JOINS:
        return None
    k = p
    while k > 0 and _is_cap(toks[k - 1][2]) and _is_word(toks[k - 1][2]) and p - k < 4:
        k -= 1
    reads[0] = min(reads[0], k - 1)
    words = tuple(t[2] for t in toks[k:])
    lowered = [w.lower().rstrip(".") for w in words]
    if _name_before_affiliation(words, lowered, load_source_nouns()) is None:
        return None
    phrase = SourcePhrase(toks[k][0], toks[-1][1], text[toks[k][0] : toks[-1][1]])
    _fill_name_and_role(phrase, toks[k:])
    return phrase


#: Roles of people who speak for someone named after "for" or "to": the name after them is
#: whom they speak for, not who speaks.
AGENT_ROLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "lawyer",
     "attorney"}
)  # fmt: skip
#: Words that join a person's name to the body she belongs to: "Jane Doe of Reuters".
_AFFILIATION_JOINS = frozenset({"of", "from", "at", "with"})


def _name_before_affiliation(
    words: tuple[str, ...], lowered: list[str], nouns: SourceNouns
) -> tuple[int, tuple[str, ...]] | None:
    """Where "of"/"from"/"at"/"with" and a capitalised body follow a person's full name
    that opens the phrase (after titles, roles and articles): the joining word's index
    and the name's words. The name's first word must be a given name of the list
    ("Jane Doe of Reuters"; not "Bank of America", "University of Chicago"). None
    otherwise."""
    start = 0
    while start < len(words) and (
        lowered[start] in nouns.titles
        or lowered[start] in nouns.role_families
        or lowered[start] in _ARTICLE_LIKE
    ):
        start += 1
    k = start
    while k < len(words) and _is_cap(words[k]) and _is_word(words[k]):
        k += 1
    if not 2 <= k - start <= 3 or k + 1 >= len(words) or lowered[k] not in _AFFILIATION_JOINS:
        return None  # (a longer run is a body's own name: "Bank of America Merrill Lynch")
    if lowered[k - 1] in nouns.organization:
        return None  # (not "Max Planck Institute of …")
    if words[start] not in load_given_names() and not _unlisted_full_name(words[start:k], nouns):
        return None  # "Bank of America", "University of Chicago"
    if not any(_is_cap(w) for w in words[k + 1 :]):
        return None  # "Jane Doe of the village": no body named
    return k, words[start:k]


@lru_cache(maxsize=1)
def role_or_title_words() -> frozenset[str]:
    """Words that open a role before a name: role nouns ("spokesman") and titles ("Dr")."""
    nouns = load_source_nouns()
    return frozenset(nouns.role_families) | nouns.honorifics


@lru_cache(maxsize=65536)
def shaped_like_name(name: str, *, alone: bool) -> bool:
    """Whether a sentence's subject is shaped like a person's name: two to four words in
    title case (one when ``alone``), none a title, a role, a time word or a word Brill's
    lexicon knows capitalised only as a common word, no place's opening or closing word,
    no word in -ing first, and no word but the last or an initial ending a sentence ("Rush
    Limbaugh", not "Story", "Saturday", "Does Attkisson", "Secretary Clinton", "New
    Hampshire", "Pioneer Park", "CLICK HERE", "Navigating Obama" or "Benedict XVI.
    Groups")."""
    words = name.split()
    if not (1 if alone else 2) <= len(words) <= 4:
        return False
    nouns = load_source_nouns()
    if (
        words[0].lower().rstrip(".") in nouns.place_openers
        or words[-1].lower() in nouns.place_heads
        or words[0].endswith("ing")
        or any(w.endswith(".") and len(w) > 2 for w in words[:-1])
    ):
        return False
    common = capitalised_common_words()
    role_words = role_or_title_words()
    for word in words:
        bare = word.lower().rstrip(".")
        if (
            (len(word) > 1 and word.isupper())
            or word in common
            or bare in role_words
            or bare in nouns.titles
            or bare in nouns.time_alone
            or bare in nouns.time_after_preposition
        ):
            return False
    return True


def _unlisted_full_name(words: tuple[str, ...], nouns: SourceNouns) -> bool:
    """Whether two capitalised words are shaped like a full name whose given name the list
    lacks ("Gil Barndollar of Defense Priorities"): a name's shape (``shaped_like_name``),
    only letters, and no word a place's, a body's head, a party's, or one that Brill's
    lexicon knows in lower case ("National Conference", "Joint Chiefs", "Fraternal
    Order": a body's name more likely than a rare full name)."""
    if len(words) != 2 or not shaped_like_name(" ".join(words), alone=False):
        return False
    lexicon = brill_lexicon()
    for word in words:
        low = word.lower().rstrip(".")
        if (
            not word.isalpha()
            or low in lexicon
            or low in nouns.organization
            or low in nouns.place_openers
            or low in nouns.place_heads
            or low in nouns.affiliations
        ):
            return False
    return True


def _spelled_as_in(text: str, words: tuple[str, ...]) -> str:
    """``words`` joined as ``text`` spells them: the tokens lose the period of an initial
    or an abbreviation ("George W. Bush", "Martin Luther King Jr. Jones"), which the name
    keeps. The last occurrence wins: the words end the phrase."""
    joined = " ".join(words)
    # most names hold no word followed by a period: skip the pattern for them
    if len(words) < 2 or not any(w + "." in text for w in words[:-1]):
        return joined
    pattern = r"\.?\s+".join(re.escape(w) for w in words)
    found = list(re.finditer(pattern, text))
    return " ".join(found[-1].group(0).split()) if found else joined


def name_inside_run(words: Sequence[str]) -> tuple[str, ...]:
    """The person's name inside a capitalised run of ``words`` ("Ohio Gov. John Kasich" →
    "John Kasich"; see ``_name_after_affiliation``)."""
    return _name_after_affiliation(tuple(words), load_source_nouns())


def _name_after_affiliation(run: tuple[str, ...], nouns: SourceNouns) -> tuple[str, ...]:
    """The person's name inside a capitalised run: after the last title that opens a name
    ("Arizona Gov. Jan Brewer", "Republican Sen. Rand Paul") and after a party word
    ("Democrat Joe Manchin", "Senate Democrat Chuck Schumer"). The run is kept whole when
    the rest would not look like a person's name ("Justice Department", "Republican
    Party")."""
    lowered = [w.lower().rstrip(".") for w in run]
    for k in range(len(run) - 2, -1, -1):
        if lowered[k] in nouns.inside_run:
            rest = run[k + 1 :]
            if _is_personal_name(rest, lowered[k + 1 :], nouns):
                return rest
            break
    for k in range(len(run) - 2, -1, -1):
        if _POSSESSIVE_END.search(run[k]):
            # "Harvard's David Hemenway": the owner is the affiliation, the name follows it
            rest = run[k + 1 :]
            if len(rest) >= 2 and _is_personal_name(rest, lowered[k + 1 :], nouns):
                return rest
            break
    for k in range(len(run) - 2, -1, -1):
        # a party word, maybe after the chamber or place it sits for ("Senate Democrat Chuck
        # Schumer", "Texas Republican Ted Cruz"), then the name; a surname alone only after
        # such a word; and a name opens with no common word ("Senate Democrat Schumer", but
        # not "Conservative Review", "the House Republican Conference" or "The Democratic
        # National Convention")
        if lowered[k] in nouns.affiliations:
            if (
                not (k == 0 and len(run) == 2)
                and (run[k + 1] in load_any_given_names() or lowered[k + 1] not in brill_lexicon())
                and _is_personal_name(run[k + 1 :], lowered[k + 1 :], nouns)
            ):
                return run[k + 1 :]
            break
    return run


def _is_personal_name(run: tuple[str, ...], lowered: list[str], nouns: SourceNouns) -> bool:
    """One to four capitalised words, none a title, organisation or affiliation word (but
    a title after a given name is a surname: "Peter King")."""
    given = load_any_given_names()
    return (
        1 <= len(run) <= 4
        and all(_is_cap(w) or w.lower() in _NAME_PARTICLES or _is_particle_hyphened(w) for w in run)
        and not any(
            w in nouns.organization
            or (w in nouns.titles and not (k > 0 and run[k - 1] in given))
            or w in nouns.affiliations
            for k, w in enumerate(lowered)
        )
    )


def _part_head(text: str) -> str | None:
    """The lower-case head noun before a preposition that completes it ("a spokesman for
    the ministry" → "spokesman"), or None. Capitalised names keep their last word as head
    ("Ministry of Foreign Affairs"), unless the phrase opens with a word for unnamed
    people capitalised to open the sentence ("Voters in Ohio" → "voters")."""
    words = text.split()
    for k in range(1, len(words)):
        if words[k] in _PART_PREPOSITIONS or words[k] in _PLACE_PREPOSITIONS:
            before = words[k - 1]
            if before.islower() or (k == 1 and _is_group_word(before, load_source_nouns())):
                return before.lower().strip(".,’'")
            return None
    return None


#: A quantity or a group of something, then what it is of: "a series of surveys", "the
#: majority of voters", "an unspecified number of reports" (the quantity word in lower
#: case, checked against the collective nouns).
_QUANTITY_OF = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Ll]arge|[Ss]mall|[Gg]rowing|[Ww]hole)\s+)*"
    r"(?P<modifiers>(?:[a-z-]+\s+){0,2}?)(?P<quantity>[a-z]+)\s+of\s+(?P<what>.+)$"
)
#: Reflexive pronouns that, after a noun phrase, only stress it: "Trump himself said".
_EMPHATIC_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
#: Quantity nouns that, standing alone as a subject, count people: "a handful said".
_PEOPLE_QUANTITIES = frozenset({"few", "handful", "dozen", "dozens", "couple", "pair", "trio"})
#: Shares of those polled or counted, standing alone as a subject: "a quarter say".
_PEOPLE_SHARES = frozenset(
    {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority"}
    | {"plurality", "minority"}
)
#: Word classes of the words before such a quantity: "a", "nearly", "only", "two".
_SHARE_MODIFIER_TAGS = frozenset({"DT", "RB", "JJ", "JJR", "CD", "PDT"})
#: Pronouns of people a quantity may be of: "a few of them", "some of us".
_PEOPLE_PRONOUNS = frozenset({"them", "us", "you", "those", "these"})
#: Tags of the words that may describe a quantity before "of": adjectives, participles,
#: adverbs and numbers.
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG", "RB", "CD"})
#: A share of people polled: "eight in 10", "three out of four", "two-thirds".
_SHARE_OF_PEOPLE = re.compile(
    r"(?i)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+"
    r"(?:\d+|ten|four|five|three)\b|\b(?:two|three)-(?:thirds|quarters|fifths)\b"
)
#: Adjectives that follow the noun they modify in a source phrase.
_POST_MODIFIERS = frozenset(
    {"familiar", "knowledgeable", "involved", "present", "sympathetic", "opposed", "loyal"}
    | {"friendly", "hostile", "critical"}
)


def _before_post_modifier(text: str) -> str | None:
    """The words of a source phrase before a participle or adjective that follows its
    noun ("a CBS News poll released this week" → "a CBS News poll", "U.S. officials
    familiar", "many top Democrats running for president"), or None."""
    words = text.split()
    for k in range(1, len(words)):
        word = words[k]
        if word in _PART_PREPOSITIONS or word in _PLACE_PREPOSITIONS:
            return None  # "a spokesman for the group reached by phone": the preposition's
        if not (word in _POST_MODIFIERS or (word.islower() and word_tag(word) in ("VBN", "VBG"))):
            continue
        # after its noun, and before no noun of its own (not "a recurring survey", "The
        # fired employees", "430 registered voters", "a Reuters/Ipsos tracking poll")
        before = words[k - 1]
        after = word_tag(words[k + 1].lower()) if k + 1 < len(words) else ""
        noun_before = word_tag(before.lower()) in ("NN", "NNS") or (
            before[:1].isupper() and word_tag(before.lower()) not in _NOT_HEAD_TAGS
        )
        if noun_before and after not in ("NN", "NNS"):
            return " ".join(words[:k])
    return None


#: Word classes of a capitalised word that cannot be the noun a participle follows.
_NOT_HEAD_TAGS = frozenset({"DT", "CD", "PRP$", "JJ", "IN", "PDT", "WDT"})


def source_type_of(phrase: SourcePhrase, context: str) -> str:
    """person | organization | outlet | document | anonymous, for an unresolved phrase.

    ``context`` is the attribution's sentence, searched for anonymity markers
    ("speaking on condition of anonymity").
    """
    early, late = _phrase_types(phrase.text, phrase.name, phrase.role, phrase.pronoun)
    if early is not None:
        return early
    named = phrase.name is not None and _is_name_cap(phrase.name)
    if not named:
        lowered_context = context.lower()  # only unnamed sources need the context
        if any(marker in lowered_context for marker in load_source_nouns().anonymous_markers):
            return "anonymous"
    return late


#: Documents that bodies publish under their own name: "the Quinnipiac University Poll".
_SPONSORED_DOCUMENTS = frozenset({"poll", "survey", "report", "study"})


def _body_named_for_a_document(text: str, nouns: SourceNouns) -> bool:
    """Whether the phrase is a body's name whose field, after its capitalised head and "of",
    "for" or "on", ends in a document's noun: "the Institute for Free Speech", "the Bureau
    of Labor Statistics", "the Office of Management and Budget" (but "a 2012 study from the
    Government Accountability Office", "the Quinnipiac University Poll": documents)."""
    words = text.split()
    if not words:
        return False
    last = words[-1].lower().strip(".,’'")
    if not (_is_cap(words[-1]) and (last in nouns.document or last in nouns.content)):
        return False
    if last in _SPONSORED_DOCUMENTS:
        return False  # "the University of Texas/Texas Tribune Poll": a body's poll
    for k in range(len(words) - 2):
        if (
            _is_cap(words[k])
            and words[k].lower() in nouns.organization
            and words[k + 1] in ("of", "for", "on")
            and all(_is_cap(w) or w == "and" for w in words[k + 2 :])
            # the body's name is the whole phrase (not "a jobs report from the Bureau of
            # Labor Statistics": a document from the body)
            and all(_is_cap(w) or w.lower() in _NAME_LINKS for w in words[:k])
        ):
            return True
    return False


@lru_cache(maxsize=65536)
def _phrase_types(
    text: str, name: str | None, role: str | None, pronoun: str | None
) -> tuple[str | None, str]:
    """The type of a phrase from the phrase alone, in two parts: the answer that needs no
    context (or None), and the answer when the context holds no anonymity marker.
    Remembered: the same source phrases recur across articles."""
    shorter = _before_post_modifier(text) if name is None or name in text else None
    if shorter is not None and (name is None or name in shorter):
        return _phrase_types(shorter, name, role, pronoun)
    nouns = load_source_nouns()
    quantity = _QUANTITY_OF.match(text)
    if (
        quantity is not None
        and quantity.group("quantity") in nouns.collective
        # what stands before the quantity only describes it ("a record number of", "a
        # bipartisan group of"; not "a statement from the family of")
        and all(word_tag(w) in _MODIFIER_TAGS for w in quantity.group("modifiers").split())
        and (name is None or name in quantity.group("what"))
    ):
        # "a series of surveys", "a handful of Republicans", "a group of House members":
        # the words after "of" tell what speaks, and a share of a party is unnamed people
        early, late = _phrase_types(quantity.group("what"), name, role, pronoun)
        last = quantity.group("what").split()[-1].lower()
        if late == "organization" and (
            last.removesuffix("s") in nouns.affiliations or last in _PEOPLE_PRONOUNS
        ):
            return None, "anonymous"  # "a handful of Republicans", "a few of them"
        return early, late
    words = text.split()
    if (
        1 <= len(words) <= 4
        and words[-1].lower() in _PEOPLE_QUANTITIES | _PEOPLE_SHARES
        and all(word_tag(w.lower()) in _SHARE_MODIFIER_TAGS for w in words[:-1])
    ):
        # "A handful said", "a couple told", "a quarter say", "nearly half said": people,
        # unnamed
        return None, "anonymous"
    joined = _name_before_affiliation(tuple(words), [w.lower().rstrip(".") for w in words], nouns)
    if name is not None and joined is not None and " ".join(joined[1]) == name:
        return "person", "person"  # "Jane Doe of Reuters": the person, not where she works
    words = [w.lower().strip(".,’'") for w in text.split()]
    if (
        len(words) > 1
        and words[-1] in nouns.outlet_products
        and match_outlet(text.rsplit(None, 1)[0])
    ):
        return "document", "document"  # "a Fox News poll", "a Reuters investigation"
    if match_outlet(text) and not _person_named_like_a_paper(text):
        return "outlet", "outlet"
    if is_web_address(text):
        return "organization", "organization"  # "MoveOn.org said": a site, no person
    head = words[-1] if words else ""
    head2 = " ".join(words[-2:])
    part = _part_head(text)
    if part is not None:
        head = head2 = part  # "an official with knowledge of the talks": an official
    if words == ["you"]:
        return "person", "person"  # "you said", "you’re saying": the one addressed
    if pronoun:
        kind = "person" if pronoun in {"he", "she", "i"} else "organization"
        return kind, kind
    if (
        head in nouns.document
        or head2 in nouns.document
        # "studies show", "the letters read" (but "reports" are unnamed media, and "the
        # Center for Immigration Studies" a body)
        or (name is None and head not in nouns.anonymous and singular(head) in nouns.document)
    ) and not (
        _person_named_like_a_paper(text)  # (not "Deputy Mike Post", "Emily Post")
        or _body_named_for_a_document(text, nouns)
    ):
        return "document", "document"
    bare_name = name.lower().removeprefix("the ") if name is not None else None
    if (
        bare_name is not None
        and bare_name in nouns.organization_names
        and " ".join(w for w in words if w != "the") == bare_name
    ):
        return "organization", "organization"  # "Pfizer said", "Gallup found"
    named = (
        name is not None
        and _is_name_cap(name)
        # "The United Nations", "as the Two-Way reported" name bodies (but "The Kentucky
        # Republican" is one person, and "The New York Times’ Ashley Parker" is hers)
        and not (
            (name.startswith("The ") or (text == "the " + name and _bare_body_name(name, role)))
            and head not in nouns.affiliations
            and not _POSSESSIVE_INSIDE.search(text)
        )
        and not _is_group_word(name, nouns)
        # "officials in Ohio", "a source at Amazon": the listed body is no one's name
        # (but "Sen. Apple" is a person's)
        and (
            name.lower() not in nouns.organization_names
            or role is not None
            or any(w in nouns.titles for w in words)
        )
    )
    lowered_phrase = text.lower()
    if any(marker in lowered_phrase for marker in nouns.anonymous_markers):
        return "anonymous", "anonymous"  # "a source close to the ministry"
    if (
        named
        and name
        and (
            # "Foreign Ministry spokesman Nasser Kanaani"
            (role and (text.endswith(name) or _ends_with_home(text, name)))
            # "the University of Virginia's Larry Sabato"
            or (
                len(name.split()) >= 2
                and text.endswith(" " + name)
                and _POSSESSIVE_END.search(text[: -len(name)].rstrip())
            )
            # "the Conservative Political Action Conference Jindal": a body's name, then
            # the person's
            or (
                text.endswith(" " + name)
                and text[: -len(name)].split()[-1].lower() in nouns.organization
                and _is_cap(text[: -len(name)].split()[-1])
            )
            # "Senate Democrat Schumer": a party word, then the person's name
            or (
                text.endswith(" " + name)
                and text[: -len(name)].split()[-1].lower() in nouns.affiliations
                and _is_cap(text[: -len(name)].split()[-1])
            )
        )
        and looks_like_person(name)
        and not any(w.lower() in nouns.organization for w in name.split())
    ):
        return None, "person"
    written = text.split()
    if role is not None and _ROLE_OF_FIELD.search(text) is not None:
        head = role  # "the Secretary of State", "the Minister of Justice": the role
    if (
        len(written) >= 3
        and head in nouns.role_families
        and part is None  # (not "a spokesman for the Security Council of Ukraine")
        and written[-2] == "of"
        and _is_cap(written[-1])
        and written[-3].lower() in nouns.organization
    ):
        return None, "organization"  # "the Department of Justice": a body, not a justice
    if part is not None and part in _PEOPLE_COLLECTIVES:
        return None, "anonymous"  # "The crowd at Mohegan Sun Arena": people, unnamed
    if not named and head in _CROWDS:
        return None, "anonymous"  # "a crowd chanting", "the audience shouted": people
    if not named and (
        head in nouns.anonymous
        or head in nouns.role_families
        or head2 in nouns.role_families  # "his campaign manager" (no campaign)
        or hyphened_role(head, nouns) is not None  # "the president-elect"
    ):
        return None, "anonymous"
    if any(w in ("percent", "%") or w.endswith("%") for w in words) or _SHARE_OF_PEOPLE.search(
        text
    ):
        # "37 percent of adults", "just 35 percent", "nearly eight in 10", "two-thirds":
        # people polled
        return None, "anonymous"
    if len(words) == 2 and words[0] == "those" and word_tag(words[1]) in ("VBN", "VBD"):
        return None, "anonymous"  # "those polled", "Those interviewed": people, unnamed
    if is_people_noun(head) and (
        head in words_as_written(text)
        # capitalised only to open the sentence, and plural ("Students said"; not "King")
        or (text.split()[0].lower().strip(".,’'") == head and is_people_plural(head))
    ):
        return None, "anonymous"  # "two Republican governors", "thousands of former students"
    quantified = bool(words) and (words[0] in _QUANTIFIERS or words[0] in nouns.numbers)
    if quantified and head.removesuffix("s") in nouns.affiliations:
        return None, "anonymous"  # "another Republican", "two Democrats": unnamed partisans
    if name is not None and all(
        w == "the" or (w.endswith("s") and w.removesuffix("s") in nouns.affiliations)
        for w in name.lower().split()
    ):
        return None, "organization"  # "The Democrats", "Republicans": the party (but "The
        # Republican said" is one person)
    if named and name and given_name_and_surname(name):
        return None, "person"  # "Mark House", "Kevin Court": a surname that is a body's noun
    if (
        words[:1] == ["the"]
        and head in nouns.affiliations
        and head not in NOT_PARTY_NOUNS
        and all(_is_cap(w) for w in written[1:])
    ):
        return None, "person"  # "the Senate Democrat", "the House Republican": one member
    if any(w in nouns.organization for w in words) or head2 in nouns.organization:
        return None, "organization"
    if (
        named
        and name
        and shaped_like_body(name)
        and not (len(words) > len(name.split()) and words[-len(name.split()) - 1] in nouns.titles)
    ):
        # "CQ reported", "PolitiFact found", "Number 10 said" (but "Mr. Payment said")
        return None, "organization"
    if named:
        return None, "person"
    return None, "organization"


#: A capitalised role and the capitalised field of its office after "of", closing the
#: phrase: "Secretary of State", "Minister of Justice", "Secretary of the Treasury".
_ROLE_OF_FIELD = re.compile(r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?$")
#: A home state or country after a person's name, closing the phrase: " of Calif.".
_HOME_AFTER_NAME = re.compile(r"\s+(?:of|from)\s+[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)?$")


def given_name_and_surname(name: str) -> bool:
    """Whether ``name`` is a given name the list holds and one capitalised surname, with at
    most an initial between ("Mark House", "Mark J. House"; not "Bill Clinton Foundation")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and words[0] in load_given_names()
        and (len(words) == 2 or re.fullmatch(r"[A-Z]\.", words[1]) is not None)
        and _is_cap(words[-1])
    )


def _ends_with_home(text: str, name: str) -> bool:
    """Whether ``text`` ends with ``name`` and then its home ("Rep. Frank Pallone of New
    Jersey"): the name still closes the phrase's words about the person."""
    at = text.rfind(name)
    return at >= 0 and _HOME_AFTER_NAME.fullmatch(text, at + len(name)) is not None


def _bare_body_name(name: str, role: str | None) -> bool:
    """Whether a capitalised name after a lower-case "the" names a body ("as the Two-Way
    reported", "the Tribune said"): not with a role ("the President-elect"), a given name
    ("the Apostle Paul", "the N.S.A. Randy Milch" across a sentence end), a demonym
    ("the Texan admits") or a plural, a family's or a band's ("the Obamas")."""
    words = name.split()
    titles = role_or_title_words()
    return (
        role is None
        and not any(w in load_any_given_names() for w in words)
        and not any(w.lower().split("-")[0] in titles for w in words)
        and not words[-1].endswith(_DEMONYM_ENDS)
        and not words[-1].endswith("s")  # ("the Sanders show", "the Obamas")
    )


def _is_group_word(name: str, nouns: SourceNouns) -> bool:
    """A lone capitalised word that names unnamed people, not a person: a plural head such
    as "Critics" or "Campaigners" opening a sentence."""
    lowered = name.lower()
    return " " not in name and (lowered in nouns.anonymous or is_people_plural(lowered))


@lru_cache(maxsize=4096)
def is_people_noun(word: str) -> bool:
    """Whether a lower-case word, singular or plural, names a kind of person ("students",
    "governors", "businessmen", "a taxpayer", "the 36-year-old"): unnamed people, never a
    body."""
    nouns = load_source_nouns()
    if word in nouns.organization:
        return False
    if _AGE.fullmatch(word.removesuffix("s")):
        return True
    people = nouns.role_families.keys() | nouns.anonymous | nouns.people
    return (
        word in people
        or (word != singular(word) and singular(word) in people)
        or (
            word.endswith("es") and word[:-2] in people  # "witnesses"
        )
    )


def is_people_plural(word: str) -> bool:
    """``is_people_noun`` for a plural ("students", "donors"; not "king")."""
    return is_people_noun(word) and singular(word) != word


def singular(word: str) -> str:
    """The singular of a lower-case plural noun of people, by its ending ("deputies" →
    "deputy", "congressmen" → "congressman"); other words are returned as they are."""
    if word.endswith("people"):
        return word[:-6] + "person"
    if word.endswith("children"):
        return word[:-3]  # "grandchildren" → "grandchild"
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def words_as_written(text: str) -> set[str]:
    """The words of ``text`` as written, with edge punctuation taken off."""
    return {w.strip(".,’'") for w in text.split()}


#: A word whose capitals come after a run of four or more letters ("PolitiFact",
#: "OpenSecrets"); shorter openings are name prefixes ("McConnell", "DeSantis").
_INNER_CAPITAL = re.compile(r"^[A-Z][a-z]{3,}[A-Z]")


#: Endings of abstract nouns ("Protection", "Enforcement", "Security", "Terrorism",
#: "Partnership"); "-ance" and "-ence" only on longer words ("Intelligence", "Finance";
#: not the surnames "Vance", "Nance").
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ity", "ism", "ship")
_LONG_ABSTRACT_ENDINGS = ("ance", "ence")


def is_abstract_noun(word: str) -> bool:
    """Whether a capitalised word is a singular abstract common noun, which may close a
    body's name but seldom a person's ("Customs and Border Protection", "Office of
    Intelligence"). Its lower-case form must be a singular noun first in the lexicon of
    Brill's tagger, and the word no given name ("Prudence"): "Clement", "Lawrence" and
    "Gration" close people's names, and a plural is often a surname ("Sessions")."""
    lowered = word.lower()
    tags = brill_lexicon().get(lowered)
    if not tags or tags[0] != "NN" or word in load_any_given_names():
        return False
    return lowered.endswith(_ABSTRACT_ENDINGS) or (
        len(lowered) >= 7 and lowered.endswith(_LONG_ABSTRACT_ENDINGS)
    )


def shaped_like_body(name: str) -> bool:
    """Whether a capitalised name is shaped like a body's, not a person's: a word holding
    a digit ("Number 10"), a lone acronym ("CQ", "BEA"), a lone word with an inner
    capital ("PolitiFact"), or a last word that is an abstract noun ("Border
    Protection", "Immigration"). People's names in news copy are written in title case."""
    words = name.split()
    if any(any(c.isdigit() for c in w) for w in words):
        return True
    if words and is_abstract_noun(words[-1]):
        return True
    if len(words) != 1:
        return False
    word = words[0].replace(".", "")
    return (2 <= len(word) <= 6 and word.isalpha() and word.isupper()) or bool(
        _INNER_CAPITAL.match(word)
    )


@dataclass
class Person:
    name: str
    role: str | None
    role_phrase: str | None
    families: frozenset[str]
    position: int
    is_source: bool
    is_subject: bool = False  # named as the subject of its sentence


#: Words that tell a title is no longer held ("former President Obama", "ex-chancellor").
_FORMER = re.compile(r"(?i)(?<![\w-])(?:former|ex|onetime|one-time)(?![\w])")


def is_former(role_phrase: str | None) -> bool:
    """Whether a role phrase tells a title held before ("Former President", "the ex-
    chancellor")."""
    return role_phrase is not None and _FORMER.search(role_phrase) is not None


@lru_cache(maxsize=NAME_CACHE)
def gender_of_words(text: str) -> str | None:
    """ "f" or "m" when the words of a name and its role tell a woman or a man ("Mrs.",
    "spokeswoman", "Mr.", "congressman"), None when they tell neither or both. Remembered:
    the same names and roles recur."""
    nouns = load_source_nouns()
    words = {w.lower().strip(".,’'") for w in text.split()}
    female, male = bool(words & nouns.female), bool(words & nouns.male)
    if female == male:
        return None
    return "f" if female else "m"


@lru_cache(maxsize=NAME_CACHE)
def surname_of(name: str) -> str:
    """The last word of a name that is no generational suffix ("Martin Luther King Jr." →
    "King"). Remembered: the registry asks it of every earlier name."""
    suffixes = load_source_nouns().name_suffixes
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".,") in suffixes:
        words.pop()
    if len(words) > 2 and words[-2] in _NAME_PARTICLES:
        return " ".join(words[-2:])  # "Bill de Blasio" → "de Blasio", "bin Laden"
    return words[-1] if words else name


def _person_named_like_a_paper(text: str) -> bool:
    """Whether ``text`` ends in a given name and a surname that only the shape of a
    paper's name makes an outlet ("Jim Register", "Clerk Amanda Ledger"; "The Charlotte
    Observer", with its article, and the gazetteer's outlets stay outlets)."""
    words = text.split()
    return (
        len(words) >= 2
        # a given name, or an honorific alone before it ("Mr Letter told the court"; not
        # "a letter to Mr. Obama", a document)
        and (
            words[-2] in load_given_names()
            or (len(words) == 2 and words[0].lower().rstrip(".") in load_source_nouns().honorifics)
        )
        and _is_cap(words[-1])
        and words[0].lower() != "the"
        and normalise_outlet(text) not in load_outlets().by_alias
    )


def _is_particle_surname(name: str) -> bool:
    """Whether ``name`` is a surname with its particle alone ("de Blasio", "bin Laden")."""
    return len(name.split()) == 2 and not _is_cap(name) and _is_name_cap(name)


@lru_cache(maxsize=NAME_CACHE)
def surname_pattern(name: str) -> re.Pattern[str]:
    """The surname of ``name`` (``surname_of``) as a whole word, to find its mentions."""
    return re.compile(rf"\b{re.escape(surname_of(name))}\b")


@lru_cache(maxsize=1)
def load_given_names() -> dict[str, str]:
    """Given names that tell a gender (``data/given_names.toml``): name → "f" or "m"."""
    data = read_data_toml("given_names.toml").get("names", {})
    genders = {name: "f" for name in data.get("female", [])}
    genders.update((name, "m") for name in data.get("male", []))
    return genders


@lru_cache(maxsize=1)
def load_any_given_names() -> frozenset[str]:
    """Every given name ``data/given_names.toml`` lists, those borne by both sexes too:
    where a name may open, whatever its gender."""
    data = read_data_toml("given_names.toml").get("names", {})
    return frozenset(load_given_names()) | frozenset(data.get("either", []))


@lru_cache(maxsize=1)
def capitalised_common_words() -> frozenset[str]:
    """Capitalised forms that the lexicon of Brill's tagger (shipped with TextBlob; from
    the Brown corpus and the Penn Treebank) tags only as common words, never as a
    proper noun: "Books", "Describing", "Within", "Two" open sentences, not names (but
    "Moore", "Price" and "Young" are tagged as names). Empty when it cannot be read."""
    return frozenset(
        word
        for word, tags in brill_lexicon().items()
        if word[:1].isupper() and word.isalpha() and not any(t.startswith("NNP") for t in tags)
    )


@lru_cache(maxsize=8192)
def is_name_shaped(word: str) -> bool:
    """Whether a capitalised word opening a sentence may begin a name or be a pronoun: not
    when Brill's lexicon knows its capitalised form only as a verb, adverb, preposition or
    wh-adverb ("Asked", "Speaking", "Already", "Within", "Whenever"), or as an adjective of
    time ("Last", "Earlier"), and it is no given name. Forms the lexicon has seen as proper
    nouns ("Will", "Federal", "Young"), adjectives and determiners ("Democratic", "The",
    "Many": they open a subject) and unknown words may."""
    if not word[:1].isupper():
        return True
    if _tagged_only_as(word, ("VB", "RB", "IN", "WRB")):
        return False
    time_words = load_source_nouns().time_prepositions
    return not (word.lower() in time_words and _tagged_only_as(word, ("JJ", "RB")))


def only_suffixes(lowered: Sequence[str], nouns: SourceNouns) -> bool:
    """Whether lower-cased words are generational suffixes and nothing else ("jr", "iii"):
    after them, a word that could be a role ("King") is the surname they follow."""
    return bool(lowered) and all(w.rstrip(".,") in nouns.name_suffixes for w in lowered)


def _name_after_inner_head(run: tuple[str, ...], nouns: SourceNouns) -> tuple[str, ...]:
    """The words of a capitalised run after its last role or title, when those are shaped
    like a person's name with no such word among them ("German Chancellor Angela Merkel",
    "Special Agent Rick DesLauriers"), or after a body's noun when a given name opens them
    ("Cook County Sheriff's Office Tom Dart"); the run itself otherwise ("Justice
    Department", "Army Corps of Engineers", "Police Scotland")."""
    for i in range(len(run) - 2, -1, -1):
        word = run[i].lower().rstrip(".")
        if word not in nouns.organization and word not in nouns.role_families:
            continue
        if i > 0 and _INITIAL.fullmatch(run[i - 1]):
            continue  # "F. King Alexander": after an initial, a word of the name
        rest = run[i + 1 :]
        lowered = [w.lower().rstrip(".") for w in rest]
        if i > 0 and only_suffixes(lowered, nouns):
            break  # "Martin Luther King Jr.": the role word is a surname
        if (
            word in nouns.organization
            and word not in nouns.role_families
            and (len(rest) < 2 or rest[0] not in load_given_names())
        ):
            break  # after a body's noun only a full name with a given name ("Police
            # Scotland", "House Sergeant": the body's own words)
        if (
            _is_cap(rest[0])
            and looks_like_person(" ".join(rest))
            and not any(w in nouns.organization or w in nouns.role_families for w in lowered)
            and not all(w in nouns.affiliations for w in lowered)  # "The … State Republican"
            and match_outlet(" ".join(rest)) is None
        ):
            return rest
        break
    return run


def is_opening_adverb(word: str) -> bool:
    """Whether a capitalised word is one Brill's lexicon knows only as an adverb, a
    preposition or a conjunction ("Even", "Now", "If", "When"), and no given name: it
    opens a sentence before a name, and is none ("Even Cruz"; but "Shake Shack")."""
    return _tagged_only_as(word, ("RB", "IN", "WRB"))


def _tagged_only_as(word: str, prefixes: tuple[str, ...]) -> bool:
    """Whether Brill's lexicon knows ``word`` as written, and only with tags that start
    with one of ``prefixes``, and it is no given name."""
    tags = brill_lexicon().get(word, ())
    return (
        bool(tags) and all(t.startswith(prefixes) for t in tags) and word not in load_given_names()
    )


def word_tag(word: str) -> str:
    """The Penn Treebank tag Brill's lexicon gives ``word`` first (its most frequent),
    for the form as written; "" when the lexicon does not hold it."""
    tags = brill_lexicon().get(word)
    return tags[0] if tags else ""


@lru_cache(maxsize=1)
def brill_lexicon() -> dict[str, tuple[str, ...]]:
    """The lexicon of Brill's tagger that TextBlob ships: each word form and its Penn
    Treebank tags, the most frequent first. Empty when it cannot be read."""
    from importlib import resources

    try:
        text = resources.files("textblob").joinpath("en/en-lexicon.txt").read_text("utf-8")
    except (OSError, ModuleNotFoundError, UnicodeDecodeError):
        return {}
    lexicon = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) > 1:
            lexicon[fields[0]] = tuple(fields[1:])
    return lexicon


@lru_cache(maxsize=NAME_CACHE)
def gender_of_given_name(name: str) -> str | None:
    """ "f"/"m" when the first word of a full name is a given name of one sex ("Kay Ivey"),
    None for a lone surname or a name the list does not hold. Remembered: names recur."""
    words = name.split()
    return load_given_names().get(words[0]) if len(words) > 1 else None


@lru_cache(maxsize=NAME_CACHE)
def _untitled(name: str) -> str:
    """The name that closes a run (``_words_of_one_name``) without the titles that open it ("President Ann Lee" → "Ann Lee"); a
    title before a generational suffix is a surname ("Martin Luther King III")."""
    nouns = load_source_nouns()
    words = _words_of_one_name(name.split())
    lead = 0  # titles open a name; later they are its words
    while (
        lead < len(words) - 1
        and words[lead].lower().rstrip(".") in nouns.titles
        and words[lead + 1].lower().rstrip(".,") not in nouns.name_suffixes
    ):
        lead += 1
    if (
        lead == 0
        and len(words) >= 3
        and (words[0].lower() in role_or_title_words() or words[0].lower() in nouns.people)
        and words[1] in load_given_names()
    ):
        lead = 1  # "Businessman Donald Trump": a role capitalised to open the sentence
    return " ".join(words[lead:]) or name


def _words_of_one_name(words: list[str]) -> list[str]:
    """The words of the name that closes a capitalised run: a run read across a sentence
    end holds two ("James Comey. Rosenstein" → "Rosenstein", "Obama. While Clinton" →
    "Clinton"; initials and short
    abbreviations such as "W." and "Jr." keep their period), and a heading word in capitals
    before a name is no part of it ("WATCH Obama" → "Obama")."""
    nouns = load_source_nouns()
    titles = nouns.titles
    for k in range(len(words) - 2, -1, -1):
        word = words[k]
        if word.endswith(".") and len(word) > 4 and word[:-1].lower() not in titles:
            words = words[k + 1 :]
            # the next sentence may open with a word before the name ("Obama. While
            # Clinton" → "Clinton")
            while len(words) > 1 and words[0].lower() in nouns.sentence_openers:
                words = words[1:]
            break
    heading = 0  # capitals of a heading before a name in title case ("JUST WATCHED Obama")
    while (
        heading < len(words) - 1
        and len(words[heading]) >= 3
        and words[heading].isalpha()
        and words[heading].isupper()
    ):
        heading += 1
    if heading and not words[heading].isupper():
        words = words[heading:]
    return list(_without_weekdays(words))


def _position(person: Person) -> int:
    return person.position


#: Object and possessive pronouns, never part of a name ("His", "Her").
_PRONOUN_WORDS = frozenset({"his", "her", "him", "their", "them", "its", "me", "my", "us"})


@lru_cache(maxsize=NAME_CACHE)
def _referable(name: str) -> bool:
    """Whether a registered name can be a person a pronoun or a role noun takes up: not a
    fragment with a pronoun, a body's noun, a name suffix or an opening word in it ("Jr.
    He", "Justice Department", "In Berlin", "Earlier Monday")."""
    nouns = load_source_nouns()
    words = [w.lower().strip(".,") for w in name.split()]
    return bool(words) and not (
        words[0] in nouns.name_suffixes
        or words[0] in nouns.sentence_openers
        or words[0] in _NP_PREPOSITIONS
        or any(w in PERSONAL_PRONOUNS or w in _PRONOUN_WORDS for w in words)
        or any(w in nouns.organization for w in words)
    )


#: Role families whose words describe a person rather than title one: "the woman said"
#: after "Trump said" is more often someone new than the man named before.
_UNTITLED_FAMILIES = frozenset({"expert", "private_person", "spokesperson"})


def _nearest(people: list[Person]) -> Person:
    """The person named last in the text, the last registered of equals: people are
    added in two passes (names, then sources), so the list is not in text order."""
    return max(reversed(people), key=_position)


#: The role family of a head of state's spouse, who holds no title of another family.
_SPOUSE_FAMILY = "first_lady"


def _spouse_not_titled(
    role: str | None, wanted: frozenset[str], families: dict[str, frozenset[str]]
) -> bool:
    """Whether ``role`` is a spouse's ("first lady") and the families ``wanted`` are not."""
    return (
        role is not None
        and _SPOUSE_FAMILY in families.get(role, frozenset())
        and _SPOUSE_FAMILY not in wanted
    )


@dataclass
class PersonRegistry:
    """Named people of one article in text order, for resolving later references."""

    people: list[Person] = field(default_factory=list)
    #: what the article tells of each person's gender ("f"/"m"), by full name
    genders: dict[str, str] = field(default_factory=dict)

    def add(
        self,
        name: str,
        role: str | None,
        role_phrase: str | None,
        position: int,
        *,
        is_source: bool,
        is_subject: bool = False,
    ) -> Person:
        full = self.full_name(name, position, role)
        told = gender_of_words(f"{name} {role_phrase or ''}") or gender_of_given_name(full)
        if told is not None:
            self.note_gender(full, told)
        known = next((p for p in reversed(self.people) if p.name == full), None)
        if known and not role:
            role, role_phrase = known.role, known.role_phrase
        families = load_source_nouns().role_families.get(role or "", frozenset())
        person = Person(full, role, role_phrase, families, position, is_source, is_subject)
        self.people.append(person)
        return person

    def full_name(self, name: str, position: int, role: str | None = None) -> str:
        """ "Cohen" → "Eli Cohen" when that fuller name came earlier; titles dropped. A
        name with a generational suffix is taken up by the bare surname only when no one
        else of that surname came before: "Trump" after "President Donald Trump" and
        "Donald Trump Jr" is the president (news names the son with his "Jr"). With a
        ``role``, the nearest one of that surname named in a role of its family comes first
        ("President Trump" after "President Donald Trump and first lady Melania Trump")."""
        name = _untitled(name)
        families = load_source_nouns().role_families
        wanted = families.get(role, frozenset()) if role is not None else frozenset()

        def other_role(person: Person) -> bool:
            # named as a spouse, never the titled one ("first lady Melania Trump" for
            # "President Trump"); other roles a person may hold at once
            return role is not None and _spouse_not_titled(person.role, wanted, families)

        if role is not None and (" " not in name or _is_particle_surname(name)):
            for person in reversed(self.people):
                if (
                    person.position <= position
                    and person.role is not None
                    and surname_of(person.name) == name
                    and (person.role == role or wanted & families.get(person.role, frozenset()))
                ):
                    return person.name
        if " " not in name or _is_particle_surname(name):
            suffixed = None
            for person in reversed(self.people):
                if (
                    person.position <= position
                    and surname_of(person.name) == name
                    and not other_role(person)
                ):
                    if surname_of(person.name) == person.name.split()[-1]:
                        return person.name
                    suffixed = suffixed or person.name
            if suffixed is not None:
                return suffixed
        return name

    def complete_names(self) -> None:
        """Give each person registered by surname alone the fuller name the article gave
        before ("Mr Johnson" after "Boris Johnson"), once everyone named is in text order:
        the passes that register names do not go in text order."""
        for person in self.people:
            self._complete(person)

    def _complete(self, person: Person) -> Person:
        """``person``, renamed to the fullest name of that surname given before it."""
        if " " in person.name and not _is_particle_surname(person.name):
            return person
        families = load_source_nouns().role_families
        wanted = families.get(person.role or "", frozenset())
        fuller = [
            p
            for p in self.people
            if p.position < person.position
            and " " in p.name
            and surname_of(p.name) == person.name
            # not a spouse named so ("first lady Melania Trump" for "President Trump")
            and not (person.role is not None and _spouse_not_titled(p.role, wanted, families))
        ]
        # one who spoke, opened a sentence or was titled before one merely named ("Jeb Bush"
        # in passing before "George W. Bush said")
        fuller = [p for p in fuller if p.role is not None or p.is_source or p.is_subject] or fuller
        plain = [p for p in fuller if p.name.split()[-1] == person.name]
        if plain or fuller:
            # the first fuller name: news names the main bearer of a surname first, and
            # the others by given name ("Trump" after "Donald Trump" and "Ivanka Trump");
            # "Trump" is not "Donald Trump Jr"
            person.name = min(plain or fuller, key=_position).name
        return person

    def knows(self, word: str, position: int) -> bool:
        """Whether a person named before ``position`` is called ``word`` or has it as
        surname ("Flake" after "Jeff Flake" or "Sen. Flake")."""
        return any(
            p.position <= position and (p.name == word or surname_of(p.name) == word)
            for p in self.people
        )

    def note_gender(self, name: str, gender: str) -> None:
        """Remember a gender the article tells for ``name`` (a pronoun that takes it up);
        the first evidence stands."""
        self.genders.setdefault(name, gender)

    def _gender(self, person: Person) -> str | None:
        """What the article or the given name tells of ``person``'s gender."""
        return self.genders.get(person.name) or gender_of_given_name(person.name)

    def agrees(self, person: Person, gender: str | None) -> bool:
        """Whether ``person`` may be taken up by a pronoun of ``gender``: no evidence
        against it (agreement filters candidates, as in Lappin and Leass 1994)."""
        known = self._gender(person)
        return gender is None or known is None or known == gender

    def resolve_pronoun(
        self,
        position: int,
        gender: str | None = None,
        not_name: str | None = None,
        recent: int | None = None,
        introduces: Callable[[Person], bool] | None = None,
    ) -> Person | None:
        """The person a "he"/"she" at ``position`` most likely refers to: the nearest
        named person before it in the text who spoke or stood as a sentence subject, else
        the nearest named; people whom the article shows to be of the other gender,
        fragments that are no name (``_referable``) and the person called ``not_name``
        (an object pronoun's own subject: "Trump thanked her") are passed over. A "she"
        prefers a woman the article has shown unless the nearest is a source at or after
        ``recent`` (the start of the sentence before the pronoun's)."""
        before = [
            p
            for p in self.people
            if p.position < position
            and self.agrees(p, gender)
            and _referable(p.name)
            and (not_name is None or self._complete(p).name != not_name)
        ]
        if not before:
            return None
        salient = [p for p in before if p.is_source or p.is_subject] or before
        nearest = _nearest(salient)
        if recent is not None and introduces is not None and nearest.position < recent:
            # no one spoke or stood as a subject since the sentence before: a person that
            # sentence introduced by full name is the likelier one ("… — Michael Cauthen,
            # a junior studying political science. He told NPR …"), when the caller finds
            # the mention fit to introduce (not in a quote, a possessive or an object)
            introduced = [
                p
                for p in before
                if p.position >= recent
                and " " in p.name
                and looks_like_person(p.name)
                # the given name tells the pronoun's gender ("Michael Cauthen": he)
                and gender is not None
                and gender_of_given_name(p.name) == gender
                and not any(
                    surname_of(q.name) == surname_of(p.name) and q.position < recent for q in before
                )
                and introduces(p)
            ]
            if introduced:
                nearest = _nearest(introduced)
        if gender == "f" and not (
            recent is not None and nearest.is_source and nearest.position >= recent
        ):
            # most people quoted in news are men (about 70 %, the Gender Gap Tracker, Asr et
            # al. 2021), so a person of unknown gender is more likely a "he": unless that
            # person just spoke, a "she" takes a woman the article has shown before a
            # nearer person it told nothing of
            shown = [p for p in salient if self._gender(p) == "f"]
            nearest = _nearest(shown) if shown else nearest
        return self._complete(nearest)

    def resolve_nominal(
        self,
        role: str,
        position: int,
        since: int | None = None,
        content: str = "",
        *,
        former: bool = False,
        sentence_start: int | None = None,
    ) -> Person | None:
        """ "the spokesperson" → the nearest named person before it whose role shares a
        family. Else, for a title that is no anonymous source's head ("the president",
        not "the official"), the nearest person who spoke or stood as a subject at or after
        ``since`` and whose role the article has not told: news takes a person up by the
        title it assumes the reader knows ("Donald Trump attacked Democrats … the
        president denounced"). Not a person named in what was said (``content``): a name
        under the cue is someone other than its subject (binding, Principle C). A title
        takes up a holder, and "the former president" one who held it (``former``): not
        "Former President Obama … the President said". An untitled person named earlier in
        the title's own sentence (from ``sentence_start``) is someone else: "Trump boasted
        that …, even as the Vermont senator has vowed"."""
        families = load_source_nouns().role_families.get(role, frozenset())
        fitting = [
            p
            for p in self.people
            if p.position < position
            and (p.families & families or p.role == role)
            and _referable(p.name)
            # one who held this very title, or another of its family, is no longer its
            # holder ("Former President Obama … The President said", "former Secretary of
            # State Hillary Clinton … the official said"); "the former president" may take
            # up anyone who held it, news naming past holders by their title too
            and (former or not is_former(p.role_phrase))
        ]
        if not fitting:
            return self._untitled_antecedent(role, position, since, content, sentence_start)
        # the same role first, then one who spoke or opened a sentence, then the nearest
        # ("the president" after "President Obama said …" and "Vice President Biden")
        best = max(
            reversed(fitting),
            key=lambda p: (
                p.role == role,
                is_former(p.role_phrase) == former,  # "the former president": one so named
                p.is_source or p.is_subject,
                p.position,
            ),
        )
        return self._complete(best)

    def resolve_descriptor(
        self, position: int, since: int | None, content: str, fits: Callable[[str], bool]
    ) -> Person | None:
        """ "the Alabama Republican", "the California Democrat" → the nearest person who
        spoke or stood as a sentence subject at or after ``since`` and ``fits`` the label
        (by full name: no other party told of them): a party label (with a home) takes up
        someone just named, whatever their role. Not a person named in what was said
        (``content``)."""
        if since is None:
            return None
        recent = [
            p
            for p in self.people
            if since <= p.position < position
            and (p.is_source or p.is_subject)
            and _referable(p.name)
        ]
        while recent:
            nearest = _nearest(recent)
            recent.remove(nearest)
            person = self._complete(nearest)
            if surname_pattern(person.name).search(content):
                return None
            if fits(person.name):
                return person
        return None

    def _untitled_antecedent(
        self,
        role: str,
        position: int,
        since: int | None,
        content: str,
        sentence_start: int | None = None,
    ) -> Person | None:
        """The person a title takes up when no one of that role was named (see
        ``resolve_nominal``); None when the nearest such person has a role of their own."""
        nouns = load_source_nouns()
        if (
            since is None
            or role in nouns.anonymous
            or role in nouns.people
            or nouns.role_families.get(role, frozenset()) & _UNTITLED_FAMILIES
        ):
            return None  # "the man", "the witness", "the spokesman": often someone new
        gender = gender_of_words(role)
        recent = [p for p in self.people if since <= p.position < position and _referable(p.name)]
        if not recent:
            return None
        nearest = self._complete(_nearest(recent))
        if (
            not (nearest.is_source or nearest.is_subject)
            or nearest.role is not None
            # a role of another family told at another mention ("Rod Rosenstein, the deputy
            # attorney general, … Mr Rosenstein oversees … the president said": someone else)
            or any(
                p.role is not None
                and p.role != role
                and not p.families & nouns.role_families.get(role, frozenset())
                and self._complete(p).name == nearest.name
                for p in self.people
            )
            or not self.agrees(nearest, gender)
            or surname_pattern(nearest.name).search(content)
            # one who spoke earlier in the title's own sentence (not "When Burr was asked
            # …, the senator joked": a question put to him)
            or (
                sentence_start is not None
                and nearest.is_source
                and nearest.position >= sentence_start
            )
        ):
            # "Speaker Pelosi said … the president said"; "Trump spoke. 'What Trump did
            # is a disgrace,' the Democratic nominee tweeted": someone else
            return None
        return nearest

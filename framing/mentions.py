"""Actor mentions: every place an article names or refers to an actor, in whose voice.

A mention is one of:

- ``name`` / ``demonym`` / ``metonym`` — a gazetteer surface form (*Israel*,
  *Iranian*, *Tehran*), found by the gazetteer's one compiled matcher;
- ``person`` — a known person (*Eli Cohen*), a quoted speaker the attribution
  stage tied to an actor, or the surname of either seen earlier in the article.
  A person is an actor in their own right (``eli_cohen``: how an outlet
  portrays Trump is not how it portrays the United States); ``speaks_for``
  keeps whom they speak for (``israel``), so tables can be rolled up;
- ``nominal`` — a role or place noun that can be resolved (*the Israeli
  diplomat*, *the spokesperson*, *his country*, *the country*) or an epithet
  that stands for one actor (*the Zionist regime*);
- ``pronoun`` — *he* / *she*, resolved to the last person mentioned.

Each mention takes the voice and speaker of the VOICES segment containing it.
Role nouns, place nouns and epithets are data (``framing/data/mentions/references.toml``).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, overload

import polars as pl

from framing import schemas
from framing.actors import NOT_AFTER_WORD, Gazetteer, Surface, build_trie_pattern
from framing.datafiles import data_path
from framing.errors import LexiconError
from framing.phrase_scan import find_phrase_sets_many

REFERENCES_PATH = data_path("mentions/references.toml")

#: One word of a personal name: capitalised, letters with inner hyphens or apostrophes.
PERSON_WORD = re.compile(r"[A-Z][a-zà-ÿ]+(?:[-'’][A-Za-zà-ÿ]+)*\.?")
#: How far back (in characters, about three sentences) a pronoun or role noun looks for its person.
ANTECEDENT_REACH = 600
#: What role and body references open with ("the Israeli diplomat").
THE = frozenset({"the", "The"})
#: What place references open with ("his country"); the ``place`` pattern lists them too.
DETERMINERS = ("the", "The", "his", "His", "her", "Her", "our", "Our", "their", "Their")
#: An optional capitalised qualifier of one or two words ("Israeli", "Central Asian").
QUALIFIER = r"(?:(?P<qual>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+)?"


#: The columns ``find_actor_mentions`` builds before voices are attached.
MENTION_ROW = {
    name: dtype
    for name, dtype in schemas.ACTOR_MENTIONS.items()
    if name not in ("voice", "speaker")
}


@dataclass(frozen=True)
class References:
    """Compiled patterns for nominal and pronoun references."""

    role: re.Pattern[str]
    body: re.Pattern[str]
    place: re.Pattern[str]
    pronoun: re.Pattern[str]
    epithet: re.Pattern[str]
    epithets: dict[str, str]
    #: Where a role, body, place or pronoun reference can open (``opener_pattern``),
    #: with the word after it (group 1).
    openers: re.Pattern[str]
    pronoun_words: frozenset[str]
    #: First words of role and place nouns (None: a noun opens with a non-word character).
    role_words: frozenset[str] | None
    place_words: frozenset[str] | None
    #: Rust patterns (polars) for ``find_opener_candidates_many``: every opening word
    #: with the text before it, and what a determiner's next piece must open with.
    opener_scan: str
    opener_next: str | None


@dataclass(slots=True)
class Mention:
    """One mention before voices are attached."""

    start: int
    end: int
    actor: str
    mention_type: str
    #: Whom a person speaks for (their country, party...); the actor itself otherwise.
    speaks_for: str


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def word_alternation(words: Iterable[str]) -> str:
    """``\\b(?:w1|w2|...)\\b`` for ``words`` (longest first), in a form ``re`` scans fast.

    Python's ``re`` skips ahead in C only when a pattern opens with plain
    characters; a leading ``\\b`` makes it try the whole pattern at every
    position. So the words are factored as a trie whose first characters are
    plain, and the left boundary is tested just after the first character
    (``(?<!\\w.)``: the character before it is no word character) — the same
    test, as every word starts with a word character (otherwise the plain form
    is used).
    """
    unique = sorted(set(words))
    if not unique:
        return "(?!)"  # no words: never match
    if not all(re.match(r"\w", w) for w in unique):
        return r"\b(?:" + alternation(unique) + r")\b"
    return "(?:" + build_trie_pattern(unique, after_first=NOT_AFTER_WORD) + r")\b"


def opener_pattern(pronouns: list[str], roles: list[str], places: list[str]) -> str:
    """The scan for where a role, body, place or pronoun reference can start.

    It finds a determiner (*the*, *his*...) only when the next word can continue
    one of those references (a capitalised qualifier or the first word of a role
    or place noun, captured as group 1), and a pronoun wherever it stands; the
    regex engine drops every other *the* before Python sees it.
    """
    role_words, place_words = leading_words(roles), leading_words(places)
    if role_words is None or place_words is None:
        next_word = r"(\w+)"
    else:
        next_word = r"(?=[A-Z]|(?:" + alternation(role_words | place_words) + r")\b)(\w+)"
    tails = [r"(?=\s+" + next_word + ")"]
    # the word just matched is a pronoun: it ends here and starts where the match does
    tails.extend(r"(?<=\b" + re.escape(p) + ")" for p in sorted(set(pronouns)))
    return word_alternation([*DETERMINERS, *pronouns]) + "(?:" + "|".join(tails) + ")"


def leading_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The first word (``\\w+``) of every phrase; None when a phrase opens otherwise."""
    firsts = [re.match(r"\w+", phrase) for phrase in phrases]
    if not all(firsts):
        return None
    return frozenset(first.group() for first in firsts if first)


@lru_cache(maxsize=1)
def load_references(path: Path = REFERENCES_PATH) -> References:
    """The reference words, compiled once per process."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        refs = data["references"]
        epithets = {str(k): str(v) for k, v in data["epithets"].items()}
        roles, bodies = refs["roles"], refs["bodies"]
        places, pronouns = refs["places"], refs["pronouns"]
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise LexiconError(f"{path}: cannot read reference words: {exc}") from exc
    if not all(re.fullmatch(r"\w+", p) for p in pronouns):
        raise LexiconError(f"{path}: every pronoun must be one word, not {pronouns}")
    return References(
        role=re.compile(r"\b[Tt]he\s+" + QUALIFIER + r"(?P<noun>" + alternation(roles) + r")\b"),
        body=re.compile(
            r"\b[Tt]he\s+(?P<qual>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?P<noun>"
            + alternation(bodies)
            + r")\b"
        ),
        place=re.compile(
            r"\b(?P<det>[Tt]he|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+"
            + QUALIFIER
            + r"(?P<noun>"
            + alternation(places)
            + r")\b(?:['’]s\s+capital,?\s+(?P<capital>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))?"
        ),
        pronoun=re.compile(word_alternation(pronouns)),
        epithet=re.compile(word_alternation(epithets)),
        epithets=epithets,
        # the word after an opener decides which patterns can match there
        openers=re.compile(opener_pattern(pronouns, roles, places)),
        pronoun_words=frozenset(pronouns),
        role_words=leading_words(roles),
        place_words=leading_words(places),
        opener_scan=opener_scan_pattern([*DETERMINERS, *pronouns]),
        opener_next=opener_next_pattern(roles, places),
    )


#: What Python's ``\\s`` matches: Rust's ``\\s`` and the separators U+001C..U+001F.
PY_SPACE = r"[\s\x1c-\x1f]"


def opener_scan_pattern(words: list[str]) -> str:
    """A Rust pattern whose successive matches are each the text up to and including
    the next of ``words`` bounded by ASCII word boundaries.

    An ASCII boundary holds wherever Python's Unicode ``\\b`` does next to an ASCII
    letter (a Python word character that is no ASCII one is no ASCII word
    character either), so the words found include every word ``\\b(?:...)\\b``
    finds; the pieces' lengths give the offsets.
    """
    if not all(re.fullmatch("[A-Za-z]+", w) for w in words):
        raise LexiconError(f"opening words must be ASCII letters: {words}")
    return r"(?s).*?(?-u:\b)(?:" + alternation(words) + r")(?-u:\b)"


def opener_next_pattern(roles: list[str], places: list[str]) -> str | None:
    """What the text after a determiner must open with for ``openers`` to match there
    (a looser Rust form of its lookahead); None when any word can follow."""
    role_words, place_words = leading_words(roles), leading_words(places)
    if role_words is None or place_words is None:
        return None
    return "^" + PY_SPACE + r"+(?:[A-Z]|(?:" + alternation(role_words | place_words) + r")(?-u:\b))"


def slug_of(name: str) -> str:
    """An actor id for a person the gazetteer does not know ("Mukhtar Mmmadov" → mukhtar_mmmadov)."""
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "unknown"


def surname_of(name: str) -> str:
    """The last word of a person's name ("Nasser Kanaani" → "Kanaani")."""
    parts = name.split()
    return parts[-1] if len(parts) > 1 else ""


def find_named(
    text: str,
    surfaces: list[tuple[int, int, Surface]],
    epithets: list[tuple[int, int]],
    refs: References,
) -> list[Mention]:
    """Gazetteer surface forms and epithets, from the spans the batch scan found."""
    found = [
        Mention(start, end, surface.entity, surface.mention_type, surface.actor)
        for start, end, surface in surfaces
    ]
    for start, end in epithets:
        actor = refs.epithets[text[start:end]]
        found.append(Mention(start, end, actor, "nominal", actor))
    return found


def looks_like_person(name: str, actors: Gazetteer) -> bool:
    """A speaker string that is a personal name (2-4 capitalised words, no actor named in it).

    Speakers can be organisations ("Israel's Ministry of Foreign Affairs") or
    outlets ("The Times of Israel"), whose last word is no surname.
    """
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(PERSON_WORD.fullmatch(w) for w in words):
        return False
    return all(surface.mention_type == "person" for _, _, surface in actors.find_spans(name))


def find_surnames(
    text: str, named: list[Mention], actors: Gazetteer, speakers: dict[str, str]
) -> list[Mention]:
    """Surnames of people named in full earlier in the article, and of quoted speakers."""
    people: dict[str, tuple[str, str]] = {}  # surname -> (person, whom they speak for)
    first_seen: dict[str, int] = {}
    for mention in named:
        if mention.mention_type == "person" and mention.actor in actors.actors:
            surname = surname_of(actors.actors[mention.actor].name)
            if surname:
                people.setdefault(surname, (mention.actor, mention.speaks_for))
                first_seen.setdefault(surname, mention.start)
    for speaker, actor in speakers.items():
        surname = surname_of(speaker)
        if surname and surname not in people and looks_like_person(speaker, actors):
            person = slug_of(speaker)
            people[surname] = (person, actor)
            first_seen[surname] = 0
            # The full name of an unknown speaker is a person mention as well.
            for start, end, _ in find_words(text, [speaker]):
                named.append(Mention(start, end, person, "person", actor))
    if not people:
        return []
    found = []
    for start, end, surname in find_words(text, people):
        if start >= first_seen[surname]:
            person, speaks_for = people[surname]
            found.append(Mention(start, end, person, "person", speaks_for))
    return found


def find_words(text: str, words: Iterable[str]) -> list[tuple[int, int, str]]:
    """What ``re.finditer(r"\\b(?:w1|w2|...)\\b", text)`` finds (longest word first),
    as ``(start, end, word)``, found with ``str.find``.

    The words differ per article (the people it names), so compiling a pattern
    for each article would cost more than the search: ``str.find`` needs none.
    """
    hits: list[tuple[int, int, str]] = []
    size = len(text)
    for word in set(words):
        if not word:
            continue
        # ``at_word_boundary`` at both ends, inline (a hot loop): the word's own
        # first and last characters are the inner side of each boundary.
        first, last = word[0], word[-1]
        first_is_word = first.isalnum() or first == "_"
        last_is_word = last.isalnum() or last == "_"
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            before = start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")
            after = end < size and (text[end].isalnum() or text[end] == "_")
            if before != first_is_word and after != last_is_word:
                hits.append((start, end, word))
            start = text.find(word, start + 1)
    # as the regex does: leftmost first, the longest at one start, no overlaps
    hits.sort(key=lambda hit: (hit[0], hit[0] - hit[1]))
    found: list[tuple[int, int, str]] = []
    resume = 0
    for hit in hits:
        if hit[0] >= resume:
            found.append(hit)
            resume = hit[1]
    return found


def drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest mention where several overlap, in text order."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def resolve_references(
    text: str,
    mentions: list[Mention],
    actors: Gazetteer,
    refs: References,
    sentence_bounds: Sequence[tuple[int, int]],
    voice_actor_at: Callable[[int], str | None],
    opener_candidates: list[int] | None = None,
) -> list[Mention]:
    """Role nouns, place nouns and pronouns resolved against the mentions before them.

    ``opener_candidates``: see ``find_openers``. ``sentence_bounds`` is read only
    when a reference needs its sentence (it may be a lazy sequence).
    """
    resolved: list[Mention] = []
    persons = [m for m in mentions if m.mention_type == "person"]
    countries = [
        m
        for m in mentions
        if m.mention_type in {"name", "demonym", "metonym", "person"}
        and actors.actors.get(m.speaks_for) is not None
        and actors.actors[m.speaks_for].type == "country"
    ]

    person_ends = [p.end for p in persons]
    sentence_starts: list[int] = []

    def last_person(before: int) -> Mention | None:
        # Only a person named shortly before: "he" paragraphs later is someone else.
        index = bisect_right(person_ends, before) - 1
        if index < 0 or before - persons[index].end > ANTECEDENT_REACH:
            return None
        return persons[index]

    def sentence_of(offset: int) -> tuple[int, int]:
        if not sentence_starts:  # read the sentences at the first reference that needs them
            sentence_starts.extend(start for start, _ in sentence_bounds)
        index = bisect_right(sentence_starts, offset) - 1
        if index >= 0 and offset < sentence_bounds[index][1]:
            return sentence_bounds[index]
        return offset, offset

    role_starts, body_starts, place_starts, pronoun_starts = find_openers(
        text, refs, opener_candidates
    )
    if not persons:  # a pronoun refers to a person named before it: none here
        pronoun_starts = []
    for match in match_from(refs.role, text, role_starts):
        qualifier = match.group("qual")
        if qualifier:
            actor = speaks_for = actors.actor_for(qualifier)
        else:
            person = last_person(match.start())
            actor, speaks_for = (person.actor, person.speaks_for) if person else (None, None)
        if actor and speaks_for:
            resolved.append(Mention(match.start(), match.end(), actor, "nominal", speaks_for))
    for match in match_from(refs.body, text, body_starts):
        actor = actors.actor_for(match.group("qual"))
        if actor:
            resolved.append(Mention(match.start(), match.end(), actor, "nominal", actor))
    for match in match_from(refs.place, text, place_starts):
        det, qualifier = match.group("det").lower(), match.group("qual")
        # "the country's capital, Ashgabat": the capital names the country.
        qualifier = qualifier or match.group("capital")
        actor = actors.actor_for(qualifier) if qualifier else None
        end = match.end("noun")
        if actor is None and det in {"his", "her"}:
            person = last_person(match.start())
            actor = person.speaks_for if person else None
        elif actor is None and det == "our":
            actor = voice_actor_at(match.start())
        elif actor is None and det == "the":
            actor = antecedent_country(match.start(), countries, persons, sentence_of)
        if actor:
            resolved.append(Mention(match.start(), end, actor, "nominal", actor))
    for match in match_from(refs.pronoun, text, pronoun_starts):
        person = last_person(match.start())
        if person is not None:
            resolved.append(
                Mention(match.start(), match.end(), person.actor, "pronoun", person.speaks_for)
            )
    return resolved


def find_opener_candidates_many(texts: pl.Series, refs: References) -> list[list[int]]:
    """For each text, offsets that include every start of a ``refs.openers`` match.

    Python's regex engine tries ``openers`` at every *t*, *h*, *s*, *o* of an
    article; Rust's finds the opening words of a whole batch at once
    (``opener_scan_pattern``), and drops a determiner whose next word cannot
    continue a reference (``opener_next_pattern``, looser than the lookahead).
    ``find_openers`` then tries ``openers`` at these offsets only.
    """
    if texts.is_empty():
        return []
    pieces = (
        pl.DataFrame({"text": texts.fill_null("")})
        .with_row_index("row")
        .select("row", piece=pl.col("text").str.extract_all(refs.opener_scan))
        .explode("piece")
        .drop_nulls("piece")
    )
    same_text = pl.col("row") == pl.col("row").shift(-1)
    word = pl.col("piece").str.extract(r"([A-Za-z]+)$")
    keep = word.is_in(sorted(refs.pronoun_words)) | ~same_text.fill_null(False)
    if refs.opener_next is None:
        keep = pl.lit(True)
    else:  # the next piece opens with what follows the word
        keep = keep | pl.col("piece").shift(-1).str.contains(refs.opener_next).fill_null(False)
    found = (
        pieces.with_columns(end=pl.col("piece").str.len_chars().cum_sum().over("row"))
        .filter(keep)
        .group_by("row", maintain_order=True)
        .agg(start=pl.col("end") - word.str.len_chars())
    )
    candidates: list[list[int]] = [[] for _ in range(texts.len())]
    for row, starts in found.iter_rows():
        candidates[row] = starts
    return candidates


def find_openers(
    text: str, refs: References, candidates: list[int] | None = None
) -> tuple[list[int], list[int], list[int], list[int]]:
    """Offsets where a role, body, place or pronoun reference can start.

    One scan finds the opening words (*the*, *his*, *he*...) with the word after
    them; a pattern is tried only where that word can continue it: a capitalised
    qualifier ("the *Israeli* diplomat") or the first word of a role or place
    noun ("the *spokesman*"). Any other next word fails every pattern, so
    skipping it changes nothing. ``candidates``: offsets holding every start of
    an ``openers`` match (``find_opener_candidates_many``); the scan tries only
    those. The matches are whole words, so they never overlap and trying them
    one by one finds what the scan finds.
    """
    role_starts: list[int] = []
    body_starts: list[int] = []
    place_starts: list[int] = []
    pronoun_starts: list[int] = []
    determiners = frozenset(DETERMINERS)
    if candidates is None:
        matches: Iterable[re.Match[str]] = refs.openers.finditer(text)
    else:
        at = refs.openers.match
        matches = [m for m in (at(text, start) for start in candidates) if m is not None]
    for match in matches:
        word, following = match.group(0, 1)
        start = match.start()
        if word in refs.pronoun_words:
            pronoun_starts.append(start)
        if following is None or word not in determiners:
            continue
        qualified = "A" <= following[0] <= "Z"  # QUALIFIER opens with [A-Z]
        if word in THE:
            if qualified or refs.role_words is None or following in refs.role_words:
                role_starts.append(start)
            if qualified:
                body_starts.append(start)
        if qualified or refs.place_words is None or following in refs.place_words:
            place_starts.append(start)
    return role_starts, body_starts, place_starts, pronoun_starts


def match_from(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, trying only the offsets in ``starts``.

    ``starts`` (ascending) must hold every offset where a match can begin; as in
    ``finditer``, the search resumes after each match, so matches never overlap.
    """
    found: list[re.Match[str]] = []
    resume = 0
    for start in starts:
        if start >= resume:
            match = pattern.match(text, start)
            if match is not None:
                found.append(match)
                resume = match.end()
    return found


def antecedent_country(
    offset: int,
    countries: list[Mention],
    persons: list[Mention],
    sentence_of: Callable[[int], tuple[int, int]],
) -> str | None:
    """The country "the country" at ``offset`` refers back to.

    The nearest earlier country, skipping those a person in the same sentence
    speaks for (one says *my country*, not *the country*, of one's own).
    """
    start, end = sentence_of(offset)
    excluded = {p.speaks_for for p in persons if start <= p.start < end}
    for country in reversed([c for c in countries if c.end <= offset]):
        if country.speaks_for not in excluded:
            return str(country.speaks_for)
    return None


def find_in_text(
    text: str,
    actors: Gazetteer,
    speakers: dict[str, str],
    sentence_bounds: Sequence[tuple[int, int]],
    voice_actor_at: Callable[[int], str | None],
    named_spans: tuple[list[tuple[int, int, Surface]], list[tuple[int, int]]] | None = None,
    opener_candidates: list[int] | None = None,
) -> list[Mention]:
    """Every mention in one article's ``text``.

    ``named_spans``: the gazetteer and epithet spans of ``text`` when a batch scan
    already found them (``scan_named``); found here otherwise.
    ``opener_candidates``: see ``find_openers``.
    """
    refs = load_references()
    if named_spans is None:
        named_spans = scan_named(pl.Series([text]), actors, refs)[0]
    named = find_named(text, *named_spans, refs)
    named.extend(find_surnames(text, named, actors, speakers))
    named = drop_overlaps(named)
    referring = resolve_references(
        text, named, actors, refs, sentence_bounds, voice_actor_at, opener_candidates
    )
    return drop_overlaps(named + referring)


def scan_named(
    texts: pl.Series, actors: Gazetteer, refs: References
) -> list[tuple[list[tuple[int, int, Surface]], list[tuple[int, int]]]]:
    """Gazetteer surface forms and epithets of every text, in one batch scan.

    The same spans as ``actors.find_spans_many`` and an epithet scan bounded by
    ``\\b``, found in one pass over the batch instead of two.
    """
    surfaces = actors.surfaces
    found = find_phrase_sets_many(
        texts, [(list(surfaces), "outside"), (list(refs.epithets), "word")]
    )
    return [
        ([(start, end, surfaces[text[start:end]]) for start, end in named], epithets)
        for text, (named, epithets) in zip(texts.fill_null("").to_list(), found, strict=True)
    ]


def find_actor_mentions(
    documents: pl.DataFrame, sentences: pl.DataFrame, voices: pl.DataFrame, actors: Gazetteer
) -> pl.DataFrame:
    """One ACTOR_MENTIONS row per mention, with the voice and speaker of where it stands."""
    if documents.is_empty():
        return schemas.empty(schemas.ACTOR_MENTIONS)
    refs = load_references()
    texts = documents["text"]
    speakers = speakers_by_article(voices)
    bounds = sentence_rows(sentences)
    voice_segments = voice_rows(voices)
    rows: list[tuple[str, str, str, str, int, int, str, str]] = []
    for (article_id, outlet, text), named, candidates in zip(
        documents.select("article_id", "outlet", "text").iter_rows(),
        scan_named(texts, actors, refs),
        find_opener_candidates_many(texts, refs),
        strict=True,
    ):
        mentions = find_in_text(
            text or "",
            actors,
            speakers.get(article_id, {}),
            LazySpans(bounds, article_id),
            speaker_actor_lookup(voice_segments, article_id),
            named,
            candidates,
        )
        rows.extend(
            (
                article_id,
                outlet,
                m.actor,
                text[m.start : m.end],
                m.start,
                m.end,
                m.mention_type,
                m.speaks_for,
            )
            for m in mentions
        )
    # (polars 2 reads row tuples about twice as fast as it reads column lists)
    frame = pl.DataFrame(rows, schema=MENTION_ROW, orient="row")
    return attach_voices(frame, voices)


class ArticleRows:
    """The rows of a per-batch frame (SENTENCES, VOICES) that belong to each article,
    read out only for the articles that ask (in the frame's order).

    Turning every row into Python objects up front cost more than the articles
    use: they need their sentences and voices only to resolve "the country" and
    "our country".
    """

    def __init__(self, frame: pl.DataFrame) -> None:
        self.ids = frame["article_id"]
        self.values = frame.drop("article_id")
        ranges = (
            frame.select("article_id")
            .with_row_index("row")
            .group_by("article_id")
            .agg(lo=pl.col("row").min(), hi=pl.col("row").max() + 1, n=pl.len())
        )
        #: article id -> (lo, hi) when its rows are contiguous (as the stages write them)
        self.ranges = {aid: (lo, hi) for aid, lo, hi, n in ranges.iter_rows() if hi - lo == n}

    def rows_of(self, article_id: str) -> list[tuple[Any, ...]]:
        """The article's rows without ``article_id``, in the frame's order."""
        if article_id in self.ranges:
            lo, hi = self.ranges[article_id]
            return self.values.slice(lo, hi - lo).rows()
        return self.values.filter(self.ids == article_id).rows()


class LazySpans(Sequence[tuple[int, int]]):
    """An article's sentence spans in text order, read out when first used."""

    def __init__(self, sentences: ArticleRows, article_id: str) -> None:
        self._source = (sentences, article_id)
        self._spans: list[tuple[int, int]] | None = None

    def _built(self) -> list[tuple[int, int]]:
        if self._spans is None:
            sentences, article_id = self._source
            self._spans = sorted(sentences.rows_of(article_id))
        return self._spans

    def __len__(self) -> int:
        return len(self._built())

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, int]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        return self._built()[index]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._built())


def sentence_rows(sentences: pl.DataFrame) -> ArticleRows:
    """A batch's sentence spans by article (``LazySpans(rows, article_id)``)."""
    return ArticleRows(sentences.select("article_id", "start", "end"))


def voice_rows(voices: pl.DataFrame) -> ArticleRows:
    """A batch's voice segments with their speaker's actor, by article."""
    return ArticleRows(voices.select("article_id", "start", "end", "speaker_actor"))


def speaker_actor_lookup(voices: ArticleRows, article_id: str) -> Callable[[int], str | None]:
    """``offset → speaker_actor`` of the article's first voice segment containing it."""
    spans: list[tuple[Any, ...]] = []
    read = False

    def lookup(offset: int) -> str | None:
        nonlocal read
        if not read:
            spans.extend(voices.rows_of(article_id))
            read = True
        for start, end, actor in spans:
            if start <= offset < end:
                return str(actor) if actor is not None else None
        return None

    return lookup


def speakers_by_article(voices: pl.DataFrame) -> dict[str, dict[str, str]]:
    """Quoted speakers with a known actor, per article."""
    result: dict[str, dict[str, str]] = {}
    if voices.is_empty():
        return result
    known = voices.filter(pl.col("speaker").is_not_null() & pl.col("speaker_actor").is_not_null())
    for article_id, speaker, actor in known.select(
        "article_id", "speaker", "speaker_actor"
    ).iter_rows():
        result.setdefault(article_id, {}).setdefault(speaker, actor)
    return result


def attach_voices(mentions: pl.DataFrame, voices: pl.DataFrame) -> pl.DataFrame:
    """Give each mention the voice and speaker of the segment that contains its start."""
    segments = (
        voices.select(
            "article_id",
            pl.col("start").alias("voice_start"),
            pl.col("end").alias("voice_end"),
            "voice",
            "speaker",
        )
        .cast({"voice_start": pl.Int64, "voice_end": pl.Int64})
        .sort("article_id", "voice_start")
    )
    joined = (
        mentions.sort("article_id", "start")
        .join_asof(
            segments,
            left_on="start",
            right_on="voice_start",
            by="article_id",
            strategy="backward",
            check_sortedness=False,
        )
        .with_columns(
            inside=pl.col("voice_end").is_not_null() & (pl.col("start") < pl.col("voice_end"))
        )
        .with_columns(
            voice=pl.when("inside").then("voice"),
            speaker=pl.when("inside").then("speaker"),
        )
    )
    return schemas.conform(joined, schemas.ACTOR_MENTIONS)

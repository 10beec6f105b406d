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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import polars as pl

from framing import schemas
from framing.actors import Gazetteer
from framing.errors import LexiconError

REFERENCES_PATH = Path(__file__).parent / "data" / "mentions" / "references.toml"

#: One word of a personal name: capitalised, letters with inner hyphens or apostrophes.
PERSON_WORD = re.compile(r"[A-Z][a-zà-ÿ]+(?:[-'’][A-Za-zà-ÿ]+)*\.?")
#: How far back (in characters, about three sentences) a pronoun or role noun looks for its person.
ANTECEDENT_REACH = 600
#: An optional capitalised qualifier of one or two words ("Israeli", "Central Asian").
QUALIFIER = r"(?:(?P<qual>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+)?"


@dataclass(frozen=True)
class References:
    """Compiled patterns for nominal and pronoun references."""

    role: re.Pattern[str]
    body: re.Pattern[str]
    place: re.Pattern[str]
    pronoun: re.Pattern[str]
    epithet: re.Pattern[str]
    epithets: dict[str, str]


@dataclass
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


def first_letters(words: Iterable[str]) -> str:
    """A lookahead for the first characters of ``words``.

    Python's ``re`` skips ahead with a fast character filter only when a pattern
    opens with a character set; a leading ``\\b`` or alternation defeats it,
    so the word patterns below start with this guard (it changes no match).
    """
    firsts = sorted({re.escape(w[0]) for w in words if w})
    return "(?=[" + "".join(firsts) + "])" if firsts else "(?!)"  # no words: never match


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
    return References(
        role=re.compile(r"\b[Tt]he\s+" + QUALIFIER + r"(?P<noun>" + alternation(roles) + r")\b"),
        body=re.compile(
            r"\b[Tt]he\s+(?P<qual>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?P<noun>"
            + alternation(bodies)
            + r")\b"
        ),
        place=re.compile(
            first_letters(["the", "The", "his", "His", "her", "Her", "our", "Our"])
            + r"\b(?P<det>[Tt]he|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+"
            + QUALIFIER
            + r"(?P<noun>"
            + alternation(places)
            + r")\b(?:['’]s\s+capital,?\s+(?P<capital>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))?"
        ),
        pronoun=re.compile(first_letters(pronouns) + r"\b(?:" + alternation(pronouns) + r")\b"),
        epithet=re.compile(first_letters(epithets) + r"\b(?:" + alternation(epithets) + r")\b"),
        epithets=epithets,
    )


def slug_of(name: str) -> str:
    """An actor id for a person the gazetteer does not know ("Mukhtar Mmmadov" → mukhtar_mmmadov)."""
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "unknown"


def surname_of(name: str) -> str:
    """The last word of a person's name ("Nasser Kanaani" → "Kanaani")."""
    parts = name.split()
    return parts[-1] if len(parts) > 1 else ""


def find_named(text: str, actors: Gazetteer, refs: References) -> list[Mention]:
    """Gazetteer surface forms and epithets."""
    found = [
        Mention(m.start, m.end, m.surface.entity, m.surface.mention_type, m.surface.actor)
        for m in actors.find(text)
    ]
    found.extend(
        Mention(m.start(), m.end(), refs.epithets[m.group()], "nominal", refs.epithets[m.group()])
        for m in refs.epithet.finditer(text)
    )
    return found


def looks_like_person(name: str, actors: Gazetteer) -> bool:
    """A speaker string that is a personal name (2-4 capitalised words, no actor named in it).

    Speakers can be organisations ("Israel's Ministry of Foreign Affairs") or
    outlets ("The Times of Israel"), whose last word is no surname.
    """
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(PERSON_WORD.fullmatch(w) for w in words):
        return False
    return all(m.surface.mention_type == "person" for m in actors.find(name))


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
            for match in re.finditer(r"\b" + re.escape(speaker) + r"\b", text):
                named.append(Mention(match.start(), match.end(), person, "person", actor))
    if not people:
        return []
    pattern = re.compile(r"\b(?:" + alternation(people) + r")\b")
    found = []
    for match in pattern.finditer(text):
        if match.start() >= first_seen[match.group()]:
            person, speaks_for = people[match.group()]
            found.append(Mention(match.start(), match.end(), person, "person", speaks_for))
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
    sentence_bounds: list[tuple[int, int]],
    voice_actor_at: Callable[[int], str | None],
) -> list[Mention]:
    """Role nouns, place nouns and pronouns resolved against the mentions before them."""
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
    sentence_starts = [start for start, _ in sentence_bounds]

    def last_person(before: int) -> Mention | None:
        # Only a person named shortly before: "he" paragraphs later is someone else.
        index = bisect_right(person_ends, before) - 1
        if index < 0 or before - persons[index].end > ANTECEDENT_REACH:
            return None
        return persons[index]

    def sentence_of(offset: int) -> tuple[int, int]:
        index = bisect_right(sentence_starts, offset) - 1
        if index >= 0 and offset < sentence_bounds[index][1]:
            return sentence_bounds[index]
        return offset, offset

    for match in refs.role.finditer(text):
        qualifier = match.group("qual")
        if qualifier:
            actor = speaks_for = actors.actor_for(qualifier)
        else:
            person = last_person(match.start())
            actor, speaks_for = (person.actor, person.speaks_for) if person else (None, None)
        if actor and speaks_for:
            resolved.append(Mention(match.start(), match.end(), actor, "nominal", speaks_for))
    for match in refs.body.finditer(text):
        actor = actors.actor_for(match.group("qual"))
        if actor:
            resolved.append(Mention(match.start(), match.end(), actor, "nominal", actor))
    for match in refs.place.finditer(text):
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
    for match in refs.pronoun.finditer(text):
        person = last_person(match.start())
        if person is not None:
            resolved.append(
                Mention(match.start(), match.end(), person.actor, "pronoun", person.speaks_for)
            )
    return resolved


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
    sentence_bounds: list[tuple[int, int]],
    voice_actor_at: Callable[[int], str | None],
) -> list[Mention]:
    """Every mention in one article's ``text``."""
    refs = load_references()
    named = find_named(text, actors, refs)
    named.extend(find_surnames(text, named, actors, speakers))
    named = drop_overlaps(named)
    referring = resolve_references(text, named, actors, refs, sentence_bounds, voice_actor_at)
    return drop_overlaps(named + referring)


def find_actor_mentions(
    documents: pl.DataFrame, sentences: pl.DataFrame, voices: pl.DataFrame, actors: Gazetteer
) -> pl.DataFrame:
    """One ACTOR_MENTIONS row per mention, with the voice and speaker of where it stands."""
    if documents.is_empty():
        return schemas.empty(schemas.ACTOR_MENTIONS)
    speakers = speakers_by_article(voices)
    bounds = bounds_by_article(sentences)
    voice_spans = voice_spans_by_article(voices)
    rows: list[tuple[str, str, str, str, int, int, str, str]] = []
    for article_id, outlet, text in documents.select("article_id", "outlet", "text").iter_rows():
        spans = voice_spans.get(article_id, [])
        mentions = find_in_text(
            text or "",
            actors,
            speakers.get(article_id, {}),
            bounds.get(article_id, []),
            speaker_actor_lookup(spans),
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
    frame = pl.DataFrame(
        rows,
        schema={
            "article_id": pl.String,
            "outlet": pl.String,
            "actor": pl.String,
            "text": pl.String,
            "start": pl.Int64,
            "end": pl.Int64,
            "mention_type": pl.String,
            "speaks_for": pl.String,
        },
        orient="row",
    )
    return attach_voices(frame, voices)


def speaker_actor_lookup(
    spans: list[tuple[int, int, str | None]],
) -> Callable[[int], str | None]:
    """``offset → speaker_actor`` of the voice segment containing it."""

    def lookup(offset: int) -> str | None:
        for start, end, actor in spans:
            if start <= offset < end:
                return actor
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


def bounds_by_article(sentences: pl.DataFrame) -> dict[str, list[tuple[int, int]]]:
    """Sentence spans per article."""
    result: dict[str, list[tuple[int, int]]] = {}
    for article_id, start, end in (
        sentences.select("article_id", "start", "end").sort("article_id", "start").iter_rows()
    ):
        result.setdefault(article_id, []).append((start, end))
    return result


def voice_spans_by_article(voices: pl.DataFrame) -> dict[str, list[tuple[int, int, str | None]]]:
    """Voice segments with their speaker's actor, per article."""
    result: dict[str, list[tuple[int, int, str | None]]] = {}
    for article_id, start, end, actor in voices.select(
        "article_id", "start", "end", "speaker_actor"
    ).iter_rows():
        result.setdefault(article_id, []).append((start, end, actor))
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

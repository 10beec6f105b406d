"""Term matching: a lexicon's entries compiled into one regex, and its fast twin.

Every entry expands to its surface forms (term, declared variants and simple
regular inflections). Before matching, the text is lower-cased and hyphens,
dashes, tabs and line breaks become spaces and curly apostrophes straight ones,
each one character for one, so offsets do not move; *so-called*, *So Called*
and *so\u2011called* then all read ``so called``. The alternatives are sorted longest
first under leftmost-first semantics, so at any position the longest form wins
(*Zionist regime* over *regime*), and wrapped in word boundaries (no *fair* in
*unfair*). Context exclusions (*tax regime*) are compiled as forms of their own
that swallow the text and are then dropped. Known limit: words of a
multi-word term separated by two or more spaces in the text are not matched.

The regex runs once over the whole text column (Rust regex, in polars); each
match is marked with a private-use character and the text split on it, so the
character offsets of matches come from summing piece lengths, with no Python
loop over articles.

``match_texts`` normally takes the fast path instead: ``lexicon_scan`` finds
the same hits from character codes and hashes (several times faster), and
every hit is checked against its form's text; the regex remains for the
lexicons and texts the scan does not cover and as its reference
(``match_texts_regex``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import polars as pl

from framing.lexicon_format import Entry
from framing.lexicon_scan import CASE_SPECIAL, ScanTable, build_scan, scan_texts

#: Marks match boundaries inside the text during matching; any occurrence in the
#: input is first swapped for another private-use character of the same length.
_MARK = "\ue000"
_MARK_STANDIN = "\ue001"

#: Index used in the forms table for exclusion contexts (matched, then dropped).
EXCLUDED = -1

_SEPARATOR = r"[\s\-\u2010\u2011\u2012\u2013]+"
#: One-character-for-one replacements applied to the text before matching, so
#: that offsets do not move: hyphens become spaces, curly apostrophes straight.
_SAME_LENGTH_FROM = [
    "-",
    "\u2010",
    "\u2011",
    "\u2012",
    "\u2013",
    "\u2019",
    "\u2018",
    "\t",
    "\n",
    "\r",
    "\u00a0",
]
_SAME_LENGTH_TO = [" ", " ", " ", " ", " ", "'", "'", " ", " ", " ", " "]
_APOSTROPHES = "'\u2019\u2018"
_NO_VERB_ENDINGS = ("ed", "ing", "ly", "ous", "ful", "less", "ness")
_VOWELS = set("aeiou")


def normalize_form(text: str) -> str:
    """The key a surface form is looked up by: lower case, one space for any
    run of spaces/hyphens, straight apostrophes."""
    lowered = text.lower()
    for mark in _APOSTROPHES[1:]:
        lowered = lowered.replace(mark, "'")
    return re.sub(_SEPARATOR, " ", lowered).strip()


def adverb_of(word: str) -> str | None:
    """The regular -ly adverb of an adjective (*brutal* → *brutally*)."""
    lower = word.lower()
    if lower.endswith(("ly", "ing", "ed")) or len(lower) < 4:
        return None
    if lower.endswith("ic"):
        return word + "ally"
    if lower.endswith("le") and lower[-3] not in _VOWELS:
        return word[:-1] + "y"
    if lower.endswith("y") and lower[-2] not in _VOWELS:
        return word[:-1] + "ily"
    if lower.endswith("ll"):
        return word + "y"
    return word + "ly"


def inflect_word(word: str, *, verb: bool) -> list[str]:
    """Regular English inflections of one word: for verbs the 3rd person, past
    and -ing forms; for other words the plural and the -ly adverb.

    Over-generation is harmless (a non-word such as *regimely* never occurs in
    text, so it never matches), but every form costs matching speed, so each
    part of speech gets only its own endings.
    """
    lower = word.lower()
    if not lower.isalpha() or len(lower) < 3 or lower.endswith(_NO_VERB_ENDINGS):
        return []
    if not verb:
        adverb = adverb_of(word)
        if lower.endswith("y") and lower[-2] not in _VOWELS:
            plural = word[:-1] + "ies"
        elif lower.endswith(("s", "x", "z", "ch", "sh")):
            plural = word + "es"
        else:
            plural = word + "s"
        return [plural, adverb] if adverb else [plural]
    if lower.endswith("y") and lower[-2] not in _VOWELS:
        stem = word[:-1]
        return [stem + "ies", stem + "ied", word + "ing"]
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return [word + "es", word + "ed", word + "ing"]
    if lower.endswith("e"):
        return [word + "s", word + "d", word[:-1] + "ing"]
    forms = [word + "s", word + "ed", word + "ing"]
    consonant_vowel_consonant = (
        lower[-1] not in _VOWELS | {"w", "x", "y"}
        and lower[-2] in _VOWELS
        and lower[-3] not in _VOWELS
    )
    if consonant_vowel_consonant:
        forms += [word + word[-1] + "ed", word + word[-1] + "ing"]
    return forms


def expand_forms(base: Iterable[str], *, inflect: bool, verb: bool = False) -> list[str]:
    """The surface forms of an entry: its forms, plus inflections of their last word."""
    forms: list[str] = []
    for form in base:
        forms.append(form)
        if inflect:
            head, _, last = form.rpartition(" ")
            forms += [f"{head} {word}" if head else word for word in inflect_word(last, verb=verb)]
    return forms


def form_regex(form: str) -> str:
    """One form as a regex alternative over prepared text (lower case, hyphens
    and line breaks turned into spaces, straight apostrophes; see
    ``match_texts``). Plain literals keep Rust regex on its fast
    literal-prefilter path; flexible separators inside the pattern cost a
    factor of five in speed."""
    return re.escape(normalize_form(form)).replace(r"\ ", " ")


#: Categories whose terms are verbs, inflected for tense; other terms get plurals only.
VERB_CATEGORIES = frozenset({"loaded_speech_verb", "loaded_verb"})


def is_verb(entry: Entry) -> bool:
    return entry.category in VERB_CATEGORIES


def entry_forms(entry: Entry) -> list[str]:
    """The surface forms an entry matches: term, variants and their inflections."""
    return expand_forms((entry.term, *entry.variants), inflect=entry.inflect, verb=is_verb(entry))


@dataclass(frozen=True)
class Matcher:
    """A compiled lexicon: the regexes (as text, for polars) and the form table.

    ``pattern`` is case-sensitive over lower-cased text (fast: Rust regex keeps
    its literal prefilter); ``pattern_any_case`` is the case-insensitive
    equivalent, used only for texts whose lower-casing changes their length
    (so offsets would move). ``forms`` maps each normalised form to the index
    of its entry in ``entries`` (``EXCLUDED`` for exclusion contexts).
    Picklable, built once per run.
    """

    pattern: str
    pattern_any_case: str
    forms: pl.DataFrame
    entries: tuple[Entry, ...]
    scan: ScanTable | None = None

    @property
    def empty(self) -> bool:
        return self.forms.height == 0


def compile_matcher(entries: Sequence[Entry]) -> Matcher:
    """Compile ``entries`` (earlier entries win when two define the same form)."""
    owner: dict[str, int] = {}
    for index, entry in enumerate(entries):
        for form in entry_forms(entry):
            key = normalize_form(form)
            if key and key not in owner:
                owner[key] = index
    for entry in entries:
        for form in expand_forms(entry.exclude, inflect=entry.inflect, verb=is_verb(entry)):
            key = normalize_form(form)
            # An exclusion only shadows forms it is longer than: it must not
            # remove a term that another entry defines as exactly this phrase.
            if key and key not in owner:
                owner[key] = EXCLUDED
    keys = sorted(owner, key=lambda k: (-len(k), k))
    forms = pl.DataFrame(
        {"form": keys, "entry_index": [owner[k] for k in keys]},
        schema={"form": pl.String, "entry_index": pl.Int64},
    )
    alternatives = "|".join(form_regex(k) for k in keys)
    # ASCII word boundaries keep Rust's fast DFA engine on non-ASCII text.
    body = rf"(?-u:\b)(?:{alternatives})(?-u:\b)" if keys else ""
    return Matcher(
        pattern=body,
        pattern_any_case=f"(?i){body}" if keys else "",
        forms=forms,
        entries=tuple(entries),
        scan=build_scan(keys, dict(zip(_SAME_LENGTH_FROM, _SAME_LENGTH_TO, strict=True))),
    )


#: Fewer articles than this per slice are not worth a thread of their own.
_MIN_SLICE = 64

_SCHEMA = {
    "article_id": pl.String,
    "start": pl.Int64,
    "end": pl.Int64,
    "text": pl.String,
    "entry_index": pl.Int64,
}


def _marked_pieces(texts: pl.LazyFrame, pattern: str) -> pl.LazyFrame:
    """Offsets and lower-cased text of every match of ``pattern`` in ``match_text``
    (texts keyed by ``row``: article ids need not be unique)."""
    return (
        texts.select(
            "row",
            piece=pl.col("match_text")
            .str.replace_all(_MARK, _MARK_STANDIN, literal=True)
            .str.replace_all(pattern, _MARK + "${0}" + _MARK)
            .str.split(_MARK),
        )
        .filter(pl.col("piece").list.len() > 1)
        .explode("piece")
        .with_columns(
            index=pl.int_range(pl.len()).over("row"),
            length=pl.col("piece").str.len_chars().cast(pl.Int64),
        )
        .with_columns(end=pl.col("length").cum_sum().over("row"))
        .filter(pl.col("index") % 2 == 1)
        .select(
            "row",
            start=pl.col("end") - pl.col("length"),
            end="end",
            form=pl.col("piece").str.to_lowercase(),
        )
    )


def _match_lazy(texts: pl.DataFrame, matcher: Matcher) -> pl.LazyFrame:
    source = texts.lazy().select("row", "article_id", "text")
    prepared = pl.col("text").str.replace_many(_SAME_LENGTH_FROM, _SAME_LENGTH_TO)
    lowered = source.with_columns(match_text=prepared.str.to_lowercase())
    # Lower-casing a few characters (e.g. "İ") changes the length; those texts
    # are matched case-insensitively as they are, so offsets stay exact.
    keeps_length = pl.col("match_text").str.len_chars() == pl.col("text").str.len_chars()
    hits = pl.concat(
        [
            _marked_pieces(lowered.filter(keeps_length), matcher.pattern),
            _marked_pieces(
                lowered.filter(~keeps_length).with_columns(match_text=prepared),
                matcher.pattern_any_case,
            ),
        ]
    )
    return (
        hits.join(matcher.forms.lazy(), on="form", how="left")
        .filter(pl.col("entry_index") != EXCLUDED)
        .join(source, on="row", how="left")
        .with_columns(
            text=pl.col("text").str.slice(pl.col("start"), pl.col("end") - pl.col("start"))
        )
        .select("row", *_SCHEMA)
    )


_ROW_SCHEMA = {"row": pl.Int64, **_SCHEMA}


def _match_regex(texts: pl.DataFrame, matcher: Matcher) -> pl.DataFrame:
    """Hits by the compiled regex in ``texts`` (``row, article_id, text``);
    large inputs are cut into one slice per polars thread (regex matching
    runs on one core per column otherwise)."""
    if texts.height == 0:
        return pl.DataFrame(schema=_ROW_SCHEMA)
    n_slices = max(1, min(pl.thread_pool_size(), texts.height // _MIN_SLICE))
    size = -(-texts.height // n_slices)
    parts = pl.collect_all(
        [_match_lazy(texts.slice(i * size, size), matcher) for i in range(n_slices)]
    )
    return pl.concat(parts).cast(_ROW_SCHEMA)  # type: ignore[arg-type]


def _match_scanned(texts: pl.DataFrame, table: ScanTable, matcher: Matcher) -> pl.DataFrame:
    """Hits by the character scan (``lexicon_scan``), each checked against its
    form; texts the scan does not cover, or with a hit that fails the check
    (a hash collision), go to the regex."""
    special = texts["text"].fill_null("").str.contains_any(list(CASE_SPECIAL))
    scanned = texts.filter(~special)
    found = scan_texts(scanned["text"], table)
    hits = found.with_columns(
        row=scanned["row"].gather(found["row"]),
        article_id=scanned["article_id"].gather(found["row"]),
        raw=scanned["text"].cast(pl.Binary).gather(found["row"]),
        form=matcher.forms["form"].gather(found["form_id"]),
        entry_index=matcher.forms["entry_index"].gather(found["form_id"]),
    ).with_columns(
        # Byte offsets slice in constant time (character offsets are counted).
        text=pl.col("raw")
        .bin.slice(pl.col("byte_start"), pl.col("byte_end") - pl.col("byte_start"))
        .cast(pl.String),
    )
    # Hashes only select candidates: the text itself decides.
    normalised = (
        pl.col("text").str.replace_many(_SAME_LENGTH_FROM, _SAME_LENGTH_TO).str.to_lowercase()
    )
    wrong = hits.filter(normalised != pl.col("form"))["row"].unique()
    retry = texts.filter(special | pl.col("row").is_in(wrong.implode()))
    kept = hits.filter(
        ~pl.col("row").is_in(wrong.implode()) & (pl.col("entry_index") != EXCLUDED)
    ).select(list(_ROW_SCHEMA))
    return pl.concat([kept, _match_regex(retry, matcher)])


def match_texts(texts: pl.DataFrame, matcher: Matcher) -> pl.DataFrame:
    """Every lexicon hit in ``texts`` (columns ``article_id``, ``text``).

    Returns ``article_id, start, end, text, entry_index`` (character offsets
    into ``text``, exclusion contexts already dropped), sorted by article and
    start (texts sharing an article id stay apart, in input order). Uses the
    character scan when the lexicon allows it (same hits, several times
    faster), the compiled regex otherwise.
    """
    if matcher.empty or texts.height == 0:
        return pl.DataFrame(schema=_SCHEMA)
    indexed = _indexed(texts)
    if matcher.scan is None:
        found = _match_regex(indexed, matcher)
    else:
        found = _match_scanned(indexed, matcher.scan, matcher)
    return _ordered(found)


def match_texts_regex(texts: pl.DataFrame, matcher: Matcher) -> pl.DataFrame:
    """``match_texts`` by the compiled regex only: the reference the scan is
    tested and benchmarked against."""
    if matcher.empty or texts.height == 0:
        return pl.DataFrame(schema=_SCHEMA)
    return _ordered(_match_regex(_indexed(texts), matcher))


def _indexed(texts: pl.DataFrame) -> pl.DataFrame:
    """``texts`` keyed by position: article ids need not be unique."""
    return texts.select(pl.int_range(pl.len(), dtype=pl.Int64).alias("row"), "article_id", "text")


def _ordered(found: pl.DataFrame) -> pl.DataFrame:
    ordered = found.sort("article_id", "row", "start").select(list(_SCHEMA))
    return ordered.cast(_SCHEMA)  # type: ignore[arg-type]

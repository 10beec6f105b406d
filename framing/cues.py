"""Cue words of saying and reporting (said, told, claimed, according to, statement).

The lexicon is ``framing/data/speech_verbs.toml``; each cue carries the stance it
lends to what it reports (neutral *said*, doubt *claimed*, concession *admitted*,
...). Regular verbs list only their lemma; their -s/-ed/-ing forms are generated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from framing.datafiles import read_data_toml
from framing.errors import LexiconError

_VOWELS = "aeiou"
#: Characters that ``re.IGNORECASE`` matches to an ASCII letter although their lower case
#: is not that letter (dotted and dotless I, long s): lower-casing would lose those matches.
_CASE_SPECIAL_CHARS = ("İ", "ı", "ſ")


@dataclass(frozen=True)
class Cue:
    lemma: str
    pos: str  # verb | noun | phrase
    stance: str
    addressee: bool  # takes the listener as object first: "told reporters that"
    complement: bool = False  # often not speech: counts only before "that", a quote or a colon
    not_before: frozenset[str] = frozenset()  # next words that make it not speech ("added to")
    naming: bool = False  # names its object with a quoted label: "called him “a loser”"
    not_before_number: bool = False  # a numeral next makes it not speech: "admitting 872 refugees"
    label_only: bool = False  # speech only with a quoted label: "referred to X as “…”"
    inverts: bool = True  # its subject may follow it ("…, said the minister"); False when the
    # words after it are its object ("…, denied the report")
    findings: bool = False  # a person's use is speech only before "that", a quote or a colon:
    # people find things ("Sanders found ways to …"), polls and studies find results
    passive_before: frozenset[str] = frozenset()  # next words that mark a passive participle
    # ("a man accused of fraud"): speech only with a subject of its own before it
    agent_passive: bool = True  # a passive with "by" reports its agent ("a practice
    # criticized by Miller"); False when that passive tells a cause ("explained by her faith")
    refuses: bool = False  # a second object or a passive before an object makes it a refusal,
    # not speech: "denied her a hearing", "was denied entry"
    removes: bool = False  # with a post as object (or a case after a court) it removes or
    # rules, not speaks: "dismissed the director", "the judge dismissed the case"
    performs: bool = False  # saying it performs an act, so a reaction after its content is
    # the act's: "admitted …, prompting suspicion", "declared …, triggering a conflict"
    quote_only: bool = False  # reports only a quotation it closes or that follows it after a
    # comma or colon, never a clause: "“…,” he went on" (not "went on a strike that …")


@dataclass(frozen=True)
class CueLexicon:
    name: str
    version: str
    by_form: dict[str, Cue]
    #: Matches any cue form as whole words, longest forms first.
    pattern: re.Pattern[str]
    #: The same, case-sensitive, for text already lower-cased (one pass without case folding).
    lowered_pattern: re.Pattern[str] | None = None
    #: Two-word nouns ending in a cue form, lower-cased ("talk show", "press reports").
    noun_compounds: frozenset[str] = frozenset()
    #: Their first words ("talk", "press"): most words before a cue are none of them.
    compound_firsts: frozenset[str] = frozenset()

    def lookup(self, form: str) -> Cue | None:
        """The cue a matched form belongs to (case and spacing ignored)."""
        return self.by_form.get(" ".join(form.lower().split()))

    def find_cue_spans(
        self, text: str, pos: int = 0, lowered: str | None = None
    ) -> list[re.Match[str]]:
        """Every cue form in ``text`` from ``pos``, as matches (their ``group(0)`` may be
        lower-cased: read the form from ``text`` by the span).

        ``lowered`` is ``lower_offsets_kept(text)`` when the caller has it: matching then
        runs once over lower-cased text, which is much faster than case-folding matching."""
        if lowered is None:
            lowered = lower_offsets_kept(text)
        if lowered is None or self.lowered_pattern is None:
            return list(self.pattern.finditer(text, pos))
        return list(self.lowered_pattern.finditer(lowered, pos))

    def cue_in(self, phrase: str) -> Cue | None:
        """The first cue form found in ``phrase`` ("has also said" → say), if any."""
        match = self.pattern.search(phrase)
        return self.lookup(match.group(0)) if match else None


def lower_offsets_kept(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset and matching it case-sensitively finds
    what ``re.IGNORECASE`` finds in ``text``; None otherwise (rare letters like "İ")."""
    lowered = text.lower()
    # three substring tests scan faster than one character-class search
    if len(lowered) != len(text) or any(char in text for char in _CASE_SPECIAL_CHARS):
        return None
    return lowered


def words_to_regex(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored as a trie, so matching costs one pass
    instead of one attempt per word (a flat alternation of hundreds of words is slow in
    Python's ``re``). Spaces inside a phrase match any run of whitespace; longer
    continuations are tried first."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_to_regex(trie)


def _trie_to_regex(node: dict[str, Any]) -> str:
    ends_here = "" in node
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_to_regex(child)
        for char, child in sorted(node.items())
        if char != ""
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # greedy optional: the longer form wins ("spoke out against" over "spoke")
        body = body + "?" if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + body + ")?"
    return body


def inflect_regular(lemma: str) -> list[str]:
    """-s, -ed and -ing forms of a regular English verb (no consonant doubling)."""
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


CUES_FILE = "speech_verbs.toml"


@lru_cache(maxsize=1)
def load_cues() -> CueLexicon:
    """The package's cue lexicon. Raises ``LexiconError`` naming the file when malformed."""
    data = read_data_toml(CUES_FILE)
    meta = data.get("meta", {})
    by_form: dict[str, Cue] = {}
    for i, entry in enumerate(data.get("cue", [])):
        try:
            cue = Cue(
                lemma=entry["lemma"],
                pos=entry["pos"],
                stance=entry["stance"],
                addressee=bool(entry.get("addressee", False)),
                complement=bool(entry.get("complement", False)),
                not_before=frozenset(w.lower() for w in entry.get("not_before", [])),
                naming=bool(entry.get("naming", False)),
                not_before_number=bool(entry.get("not_before_number", False)),
                label_only=bool(entry.get("label_only", False)),
                inverts=bool(entry.get("inverts", True)),
                findings=bool(entry.get("findings", False)),
                refuses=bool(entry.get("refuses", False)),
                removes=bool(entry.get("removes", False)),
                performs=bool(entry.get("performs", False)),
                quote_only=bool(entry.get("quote_only", False)),
                passive_before=frozenset(w.lower() for w in entry.get("passive_before", [])),
                agent_passive=bool(entry.get("agent_passive", True)),
            )
        except KeyError as exc:
            raise LexiconError(
                f"framing/data/{CUES_FILE}: cue #{i + 1} lacks {exc.args[0]!r}"
            ) from exc
        forms = entry.get("forms") or inflect_regular(cue.lemma)
        for form in forms:
            by_form.setdefault(" ".join(form.lower().split()), cue)
    if not by_form:
        raise LexiconError(f"framing/data/{CUES_FILE}: no [[cue]] entries")
    compounds = [" ".join(c.lower().split()) for c in data.get("nouns", {}).get("compounds", [])]
    body = words_to_regex(by_form)
    whole_words = rf"(?<![\w’'-])(?:{body})(?![\w’'-])"
    return CueLexicon(
        name=str(meta.get("name", "speech-cues")),
        version=str(meta.get("version", "")),
        by_form=by_form,
        pattern=re.compile(whole_words, re.IGNORECASE),
        lowered_pattern=re.compile(whole_words),
        noun_compounds=frozenset(compounds),
        compound_firsts=frozenset(c.split()[0] for c in compounds),
    )

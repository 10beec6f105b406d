"""News outlets as sources: a gazetteer plus name patterns.

"reports The Times of Israel", "told Azerbaijan's Trend News Agency", "state media
said": the phrase names an outlet when it matches an entry of
``framing/data/outlets.toml`` (name or alias) or an outlet-shaped name
("X News Agency", "The Times of Y", "X Television"), or a generic outlet noun
from ``framing/data/source_nouns.toml`` ("state media").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from framing.datafiles import read_data_toml
from framing.errors import LexiconError

#: Names shaped like outlets even when the gazetteer lacks them.
OUTLET_NAME = re.compile(
    r"""(?x)
    \b(?:
        (?:[A-Z][\w'’.-]*\s+){1,4}(?:News\s+Agency|Press\s+Agency|News\s+Service|Wire\s+Service|Agency\s+Press)
      | (?:[A-Z][\w'’.-]*\s+){1,3}(?:Post-Dispatch|World-Herald|Times-Picayune|Democrat-Gazette|Journal-Constitution|Star-Tribune|Star-Ledger|Times-Dispatch|Union-Tribune|Tribune-Review|Sun-Times|Sun-Sentinel|Plain\s+Dealer|Free\s+Press|News|Times|Post|Herald|Tribune|Gazette|Journal|Telegraph|Chronicle|Daily|Observer|Monitor|Dispatch|Courier|Express|Mirror|Standard|Inquirer|Enquirer|Examiner|Bulletin|Sentinel|Star|Sun|Globe|Register|Ledger|Beacon|Statesman|Advertiser|Magazine|Television|TV|Radio|Broadcasting|Network)(?:\s+(?:Network|Channel|Online|Agency))?
      | The\s+(?:Times|Post|Herald|Tribune|Gazette|Journal|Telegraph|Daily\s+\w+)\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?
    )\b
    """
)

#: The closing words of ``OUTLET_NAME``: a phrase without any cannot match it.
_OUTLET_WORD = re.compile(
    r"News|Press|Wire|Agency|Times|Post|Herald|Tribune|Gazette|Journal|Telegraph|Chronicle"
    r"|Daily|Observer|Monitor|Dispatch|Courier|Express|Mirror|Standard|Inquirer|Examiner"
    r"|Bulletin|Sentinel|Star|Sun|Globe|Magazine|Television|TV|Radio|Broadcasting|Network"
    r"|Register|Ledger|Enquirer|Beacon|Statesman|Advertiser|Dealer"
)
#: A website's address standing as a name ("FoxNews.com"), its name in group 1.
_WEB_DOMAIN = re.compile(r"(?:www\.)?([A-Z][A-Za-z0-9-]*)\.(?:com|net|org|co\.uk|tv|news)")
#: Where the words of a name written in camel case part: "FoxNews" → "Fox News", "CBSNews"
#: → "CBS News".
_CAMEL_PARTS = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_LEADING_ARTICLE = re.compile(r"(?i)^(?:the|a|an)\s+")
_POSSESSIVE = re.compile(r"['’]s\s+")
#: What a name loses as a handle: spaces, dots, apostrophes, hyphens, "&".
_HANDLE_DROPS = re.compile(r"[\s.'’&-]+")


@dataclass(frozen=True)
class Outlet:
    name: str
    country: str
    kind: str


@dataclass(frozen=True)
class OutletGazetteer:
    by_alias: dict[str, Outlet]
    generic_heads: tuple[str, ...]
    #: Any multi-word generic head ("state media") as whole words, compiled once.
    multiword_heads: re.Pattern[str] | None = None
    #: The generic heads with a space before them, for one ``str.endswith`` test.
    spaced_heads: tuple[str, ...] = ()
    #: Names and aliases as social-media handles ("washingtonpost", "nytimes"), by handle.
    by_handle: dict[str, Outlet] = field(default_factory=dict)

    def match(self, phrase: str) -> str | None:
        """The outlet's canonical name when ``phrase`` names one, else None.

        Tries the whole phrase, then the phrase without a possessive owner
        ("Azerbaijan's Trend News Agency" → "Trend News Agency"), then the
        outlet-shaped name patterns and the generic outlet nouns ("state media").
        """
        key = normalise_outlet(phrase)
        if not key:
            return None
        if key.startswith("@"):
            # "The @washingtonpost suggests": an outlet's handle, its name without spaces
            handled = self.by_handle.get(_HANDLE_DROPS.sub("", key[1:]))
            return handled.name if handled is not None else None
        original = phrase.split()
        if len(original) > 1 and original[0].lower() in ("the", "a"):
            original = original[1:]
        # an outlet's name is a proper name: written all in lower case it is a common noun
        # ("the memo says" is no MEMO, "the time" no Time)
        if key in self.by_alias and not _all_lower(original):
            return self.by_alias[key].name
        site = _WEB_DOMAIN.fullmatch(phrase.strip())
        if site is not None:
            # "FoxNews.com", "TheHill.com", "LifeNews.com": the site's name, its words
            # parted where the capitals part them
            return self.match(site.group(1)) or self.match(_CAMEL_PARTS.sub(" ", site.group(1)))
        words = key.split()
        for n in range(min(4, len(words) - 1), 0, -1):
            # "Iran's state news agency IRNA": a known name closing the phrase; one word only
            # when it is an acronym, so a person called Fox is not Fox News. Tried before the
            # possessive split, which would cut a name holding one ("People's Daily").
            tail = " ".join(words[-n:])
            if (
                tail in self.by_alias
                and not _all_lower(original[-n:])
                and (n > 1 or (original[-1].isupper() and len(tail) > 2))
            ):
                return self.by_alias[tail].name
        owner = _POSSESSIVE.split(phrase, maxsplit=1)
        if len(owner) == 2:
            found = self.match(owner[1])
            if found:
                return found
        lowered_phrase = " ".join(phrase.lower().split())
        if self.multiword_heads is not None and self.multiword_heads.search(lowered_phrase):
            return _LEADING_ARTICLE.sub("", phrase.strip())
        # every outlet-shaped name holds one of its closing words: test that cheaply first
        shaped = OUTLET_NAME.search(phrase) if _OUTLET_WORD.search(phrase) else None
        if shaped and len(shaped.group(0)) >= len(phrase.strip()) * 0.6:
            return shaped.group(0)
        lowered = " ".join(phrase.lower().split())
        if lowered in self.generic_heads or lowered.endswith(self.spaced_heads):
            return lowered.removeprefix("the ").removeprefix("a ")
        return None


def is_web_address(phrase: str) -> bool:
    """Whether ``phrase`` is a website's address standing as a name ("MoveOn.org",
    "Gasbuddy.com"): a site, never a person."""
    return _WEB_DOMAIN.fullmatch(phrase.strip()) is not None


def _all_lower(words: list[str]) -> bool:
    """Whether no word holds a capital letter."""
    return not any(c.isupper() for word in words for c in word)


def normalise_outlet(phrase: str) -> str:
    """Lower case, single spaces, no leading article, curly apostrophes straightened."""
    key = " ".join(phrase.replace("’", "'").lower().split())
    for article in ("the ", "a "):
        key = key.removeprefix(article)
    return key.strip(" ,.;:")


@lru_cache(maxsize=1)
def load_outlets() -> OutletGazetteer:
    """The package's outlet gazetteer. Raises ``LexiconError`` when a file is malformed."""
    data = read_data_toml("outlets.toml")
    nouns = read_data_toml("source_nouns.toml")
    by_alias: dict[str, Outlet] = {}
    for i, entry in enumerate(data.get("outlet", [])):
        if "name" not in entry:
            raise LexiconError(f"framing/data/outlets.toml: outlet #{i + 1} lacks 'name'")
        outlet = Outlet(entry["name"], entry.get("country", ""), entry.get("kind", ""))
        for alias in [entry["name"], *entry.get("aliases", [])]:
            by_alias.setdefault(normalise_outlet(alias), outlet)
    heads = tuple(sorted(nouns.get("outlet", {}).get("heads", []), key=len, reverse=True))
    multiword = [head for head in heads if " " in head]
    # one alternation instead of one search per head: only whether any head occurs matters
    pattern = (
        re.compile(r"\b(?:" + "|".join(re.escape(h) for h in multiword) + r")\b")
        if multiword
        else None
    )
    return OutletGazetteer(
        by_alias=by_alias,
        generic_heads=heads,
        multiword_heads=pattern,
        spaced_heads=tuple(" " + head for head in heads),
        by_handle={_HANDLE_DROPS.sub("", alias): o for alias, o in by_alias.items()},
    )


@lru_cache(maxsize=65536)
def match_outlet(phrase: str) -> str | None:
    """``load_outlets().match(phrase)``, remembered: the same phrases recur across articles."""
    return load_outlets().match(phrase)

"""Promotional cross-links: ``READ: …``, ``Read more: …``, ``RELATED: …``, ``See also: …``.

Outlets insert links to their own stories between paragraphs (a whole line that
starts with a label), inline in parentheses ("(READ MORE: …)"), or as a person's
name card pasted after the name by a scraper ("… MORE"). Their text is
the outlet's promotion, neither the author's narration nor anybody's quote, so
the voice model gives it a voice of its own.
"""

from __future__ import annotations

import re

import polars as pl

from framing import schemas

# Label → kind. Longer labels first so "Read more" wins over "Read".
_LABELS: tuple[tuple[str, str], ...] = (
    (r"read\s+more", "read"),
    (r"also\s+read", "read"),
    (r"must\s+read", "read"),
    (r"read\s+also", "read"),
    (r"read", "read"),
    (r"related(?:\s+(?:story|stories|article|articles|news|coverage))?", "related"),
    (r"more\s+on\s+this", "related"),
    (r"see\s+also", "see_also"),
)
_LABEL = "|".join(f"(?P<k{i}>{pattern})" for i, (pattern, _) in enumerate(_LABELS))

#: A whole line that starts with a label and a colon (or dash) and has a title after it.
CROSSLINK_LINE = re.compile(
    rf"(?im)^[ \t]*(?:{_LABEL})[ \t]*[:\-–—|][ \t]*(?P<title>\S[^\r\n]*?)[ \t]*$"
)
#: The same inside parentheses or brackets within a paragraph.
CROSSLINK_INLINE = re.compile(
    rf"(?i)[(\[][ \t]*(?:{_LABEL})[ \t]*[:\-–—][ \t]*(?P<title>[^)\]\r\n]+?)[ \t]*[)\]]"
)

#: A name card pasted into the text by a scraper: after a person's name, the name again in
#: full with the surname glued to the headlines of linked stories, closed by "MORE" ("Sen.
#: Ann Holt Ann Marie HoltSenators clash over budget | House passes bill MORE (R-Ore.)").
#: The card repeats the surname, so ordinary prose never matches. The full name may hold a
#: nickname in brackets ("Robert (Bob) William GoodlatteUSCIS chief …") or a particle
#: ("Bill de BlasioScience says …").
CROSSLINK_NAME_CARD = re.compile(
    r"(?P<last>[A-Z][\w’'\-]+)\s+(?P<card>(?:\(?[A-Z][\w’'.\-]*\)?\s+"
    r"|(?:de|del|da|di|van|von|der|la|le|al|bin)\s+){1,6}(?P=last)"
    r"(?=[A-Z0-9‘“'\"])(?P<title>[^\r\n]{1,900}?)\s+MORE\b)"
)


def _kind_of(match: re.Match[str]) -> str:
    for i, (_, kind) in enumerate(_LABELS):
        if match.group(f"k{i}") is not None:
            return kind
    raise AssertionError("a cross-link match always has a label group")


def _line_is_promotional(match: re.Match[str]) -> bool:
    """ "Read: …" lines are links only when the label is capitalised as a label.

    Prose rarely starts a line with "Read:" but does start with "Related to …"
    (no colon, so never matched) or quotes "read - …" in lower case.
    """
    label = match.group(0).lstrip()
    return label[:1].isupper()


def find_crosslinks(documents: pl.DataFrame) -> pl.DataFrame:
    """One CROSSLINKS row per cross-link line or inline link in the body.

    ``start``/``end`` cover the whole link (label included); ``text`` is the
    linked title. The headline is never searched.
    """
    rows: list[tuple[str, str | None, str, str, int, int]] = []
    for article_id, outlet, text, body_start in documents.select(
        "article_id", "outlet", "text", "body_start"
    ).iter_rows():
        if not text:
            continue
        body_start = body_start or 0
        found: list[tuple[int, int, str, str]] = []
        for match in CROSSLINK_LINE.finditer(text, body_start):
            if _line_is_promotional(match):
                start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
                found.append((start, match.end("title"), _kind_of(match), match.group("title")))
        taken = [(s, e) for s, e, _, _ in found]
        for match in CROSSLINK_INLINE.finditer(text, body_start):
            if not any(s <= match.start() < e for s, e in taken):
                found.append((match.start(), match.end(), "inline", match.group("title")))
        if "MORE" in text:  # name cards always close with it: most texts skip the search
            taken = [(s, e) for s, e, _, _ in found]
            for match in CROSSLINK_NAME_CARD.finditer(text, body_start):
                if not any(s <= match.start("card") < e for s, e in taken):
                    found.append(
                        (match.start("card"), match.end("card"), "inline", match.group("title"))
                    )
        for start, end, kind, title in sorted(found):
            rows.append((article_id, outlet, kind, title, start, end))
    if not rows:
        return schemas.empty(schemas.CROSSLINKS)
    return pl.DataFrame(rows, schema=schemas.CROSSLINKS, orient="row")

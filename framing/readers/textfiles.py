"""One article per file: ``.txt`` and ``.md`` (optional front matter) and ``.html``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from framing.frontmatter import MAX_FRONT_MATTER_CHARS, FrontMatterError, parse_front_matter
from framing.html_text import extract_html_text
from framing.readers.columns import ColumnOptions
from framing.readers.decoding import decode_bytes, looks_binary
from framing.readers.fields import encoding_notes, row_from_mapping
from framing.readers.records import RawItem, Rejected

#: HTML pages carry markup around the text; a page may be this many times larger
#: than the text limit before it is refused unread.
HTML_SIZE_FACTOR = 2

#: The key under which the body travels through ``row_from_mapping``; chosen so it
#: cannot clash with a front-matter key (which must start with a letter or "_").
_BODY_KEY = "\x00body"


def read_text_file(
    path: Path, *, columns: ColumnOptions, max_text_bytes: int, html: bool = False
) -> Iterator[RawItem]:
    """One raw row (or one rejection) for a ``.txt``/``.md`` file, or ``.html`` if ``html``."""
    source = str(path)
    limit = max_text_bytes * HTML_SIZE_FACTOR if html else max_text_bytes + MAX_FRONT_MATTER_CHARS
    size = path.stat().st_size
    if size > limit:
        # Refused unread, so a huge file never enters memory.
        yield Rejected(source, "-", f"file too large: {size} bytes (limit {limit})")
        return
    data = path.read_bytes()
    if looks_binary(data[:8192]):
        yield Rejected(source, "-", "binary file (NUL bytes or control characters), not text")
        return
    text, encoding = decode_bytes(data)
    notes = encoding_notes(encoding)
    if html:
        page = extract_html_text(text)
        values: dict[str, object] = {**page.meta, "title": page.title}
        body = page.body
    else:
        try:
            front = parse_front_matter(text)
        except FrontMatterError as err:
            yield Rejected(source, "-", f"bad front matter: {err}")
            return
        values = dict(front.fields)
        body = text[front.body_start :]
    values[_BODY_KEY] = body
    # Front matter and <meta> keys are matched like table columns (so "source:" or
    # "headline:" work), but the text is always the body, never a key.
    yield row_from_mapping(
        values,
        source_path=source,
        record="-",
        fallback_id=path.stem,
        columns=replace(columns, text=_BODY_KEY),
        notes=notes,
        max_text_bytes=max_text_bytes,
    )

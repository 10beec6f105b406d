"""Front matter at the top of a ``.txt``/``.md`` article: a safe subset of YAML, parsed by hand.

Accepted, between a first line ``---`` and a closing ``---`` (or ``...``) line::

    ---
    title: "Cohen visits Baku"      # quotes optional; comments allowed
    outlet: Middle East Monitor
    date: 2023-04-20
    tags:
      - Israel
      - Azerbaijan
    ---

Only ``key: value`` lines, blank lines, comments, and ``- item`` lists under a key
with no value. Nothing is evaluated: no tags, anchors, aliases, flow maps or
multi-line scalars (a PyYAML ``load`` could build arbitrary objects; this cannot).
Values come back as strings; a list comes back as a JSON array string.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from framing.errors import InputError

#: Front matter longer than this is taken for a missing closing line, so a stray
#: ``---`` at the top of a huge file does not make the whole file front matter.
MAX_FRONT_MATTER_CHARS = 64 * 1024

_OPENING = re.compile(r"---[ \t]*\r?\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_ANY_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
_KEY_VALUE = re.compile(r"^([A-Za-z_][A-Za-z0-9_.\-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$")
_LIST_ITEM = re.compile(r"^[ \t]+-[ \t]+(.*?)[ \t]*$|^-[ \t]+(.*?)[ \t]*$")
_COMMENT = re.compile(r"^[ \t]*(?:#.*)?$")
_DOUBLE_QUOTE_ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "/": "/"}


class FrontMatterError(InputError):
    """The front matter is malformed; the message names the line within the file."""


@dataclass(frozen=True)
class FrontMatter:
    """Fields found (in file order) and where the body starts in the text."""

    fields: dict[str, str] = field(default_factory=dict)
    body_start: int = 0


def parse_front_matter(text: str) -> FrontMatter:
    """Split ``text`` into front-matter fields and the offset of the body.

    Text without an opening ``---`` line has no front matter (body starts at 0).
    Blank lines right after the closing line separate rather than belong to the
    body, so they are skipped. Raises ``FrontMatterError`` naming the line.
    """
    opening = _OPENING.match(text)
    if opening is None:
        return FrontMatter()
    window = text[opening.end() : opening.end() + MAX_FRONT_MATTER_CHARS]
    if _ANY_CLOSING.search(window) is None:
        # Said first: without a closing line, the first prose line would otherwise
        # be blamed for not being "key: value".
        raise FrontMatterError(
            "front matter opened with '---' on line 1 is never closed with '---'"
        )
    fields: dict[str, str] = {}
    list_key: str | None = None
    items: list[str] = []
    position = opening.end()
    line_number = 1
    while True:
        line_number += 1
        if position >= len(text) or position > MAX_FRONT_MATTER_CHARS:
            raise FrontMatterError(
                "front matter opened with '---' on line 1 is never closed with '---'"
            )
        newline = text.find("\n", position)
        end = len(text) if newline == -1 else newline + 1
        line = text[position:end].rstrip("\r\n")
        position = end
        if _CLOSING.match(line):
            break
        item = _LIST_ITEM.match(line)
        if item is not None and list_key is not None:
            items.append(_unquote(item.group(1) or item.group(2) or "", line_number))
            continue
        if list_key is not None:
            fields[list_key] = json.dumps(items, ensure_ascii=False) if items else ""
            list_key, items = None, []
        if _COMMENT.match(line):
            continue
        pair = _KEY_VALUE.match(line)
        if pair is None:
            raise FrontMatterError(
                f"front matter line {line_number} is not 'key: value': {line[:60]!r}"
            )
        key, value = pair.group(1), _strip_comment(pair.group(2) or "")
        if key in fields:
            raise FrontMatterError(f"front matter line {line_number} repeats the key {key!r}")
        if value:
            fields[key] = _unquote(value, line_number)
        else:
            list_key = key  # a list may follow; if not, the value is empty
    if list_key is not None:
        fields[list_key] = json.dumps(items, ensure_ascii=False) if items else ""
    while position < len(text):
        newline = text.find("\n", position)
        end = len(text) if newline == -1 else newline + 1
        if text[position:end].strip():
            break
        position = end
    return FrontMatter(fields, position)


def _strip_comment(value: str) -> str:
    # " #" starts a comment outside quotes, as in YAML; "#" inside a word does not.
    if value[:1] in "\"'":
        return value
    return re.split(r"[ \t]#", value, maxsplit=1)[0].rstrip()


def _unquote(value: str, line_number: int) -> str:
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return _unescape_double(value[1:-1], line_number)
    if value[:1] in "\"'":
        raise FrontMatterError(f"front matter line {line_number} has an unclosed quote")
    if value[:1] in "[{&*!|>":
        # Flow collections, anchors, aliases, tags and block scalars are outside the
        # safe subset; refusing them beats storing half-parsed YAML.
        if value[:1] in "[{" and value[-1:] in "]}":
            return value  # kept as written, e.g. "tags: [a, b]"
        raise FrontMatterError(
            f"front matter line {line_number} uses YAML syntax outside the supported "
            f"subset ({value[:1]!r}); quote the value"
        )
    return value


def _unescape_double(inner: str, line_number: int) -> str:
    out: list[str] = []
    index = 0
    while index < len(inner):
        char = inner[index]
        if char == "\\":
            escaped = inner[index + 1 : index + 2]
            if escaped not in _DOUBLE_QUOTE_ESCAPES:
                raise FrontMatterError(
                    f"front matter line {line_number} has an unknown escape '\\{escaped}'"
                )
            out.append(_DOUBLE_QUOTE_ESCAPES[escaped])
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)

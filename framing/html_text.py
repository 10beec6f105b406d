"""The main text of an ``.html`` article, with the standard library's ``html.parser``.

Page furniture (``script``, ``style``, ``nav``, ``header``, ``footer``, ``aside``,
forms, ...) is dropped. The title is ``<title>`` (else the first ``<h1>``);
paragraphs are the text of ``<p>``, headings, list items, block quotes and
preformatted blocks, joined by blank lines. A page with no such elements falls
back to the text of every block-level element. Character references are decoded
and runs of whitespace collapsed, since HTML whitespace carries no meaning. A few
``<meta>`` tags supply outlet, date, URL and author when present.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

#: Elements whose content is never article text.
SKIPPED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "textarea",
        "svg",
        "math",
        "iframe",
        "object",
        "canvas",
        "head",
    }
)

#: Elements whose text makes a paragraph of the article.
PARAGRAPHS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt"}
)

#: Elements that end a line of text for the fallback extraction.
BLOCKS = PARAGRAPHS | frozenset(
    {
        "div",
        "section",
        "article",
        "main",
        "br",
        "hr",
        "tr",
        "td",
        "th",
        "table",
        "ul",
        "ol",
        "dl",
        "figure",
        "figcaption",
        "address",
        "body",
    }
)

#: Start tags that end an open ``<p>`` (the HTML parsing rules).
CLOSES_P = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "div",
        "dl",
        "fieldset",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "ul",
    }
)

#: Elements that never have content or an end tag.
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)

#: ``<meta>`` names/properties per document field, most specific first.
META_FIELDS: dict[str, tuple[str, ...]] = {
    "outlet": ("og:site_name", "application-name", "publisher"),
    "date": ("article:published_time", "datepublished", "date", "pubdate", "dc.date"),
    "url": ("og:url",),
    "author": ("author", "article:author", "dc.creator"),
    "description": ("description", "og:description"),
}

#: Open elements tracked at most; browsers cap nesting similarly (512 in Blink).
MAX_DEPTH = 256

_SPACE = re.compile(r"\s+")
_TAG_START = re.compile(r"</?[A-Za-z]")
_TAG_TOKENS = re.compile(r"[\"'>]")


@dataclass
class HtmlText:
    """What was extracted: title (may be empty), body paragraphs, and meta fields."""

    title: str = ""
    body: str = ""
    meta: dict[str, str] = field(default_factory=dict)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.stack: list[str] = []
        self.open_counts: Counter[str] = Counter()  # tag -> how many are on the stack
        self.in_title = False
        self.title_parts: list[str] = []
        self.paragraphs: list[tuple[str, str]] = []  # (tag, text)
        self.open_paragraph: str | None = None
        self.parts: list[str] = []
        self.blocks: list[str] = []
        self.block_parts: list[str] = []
        self.meta_values: dict[str, str] = {}
        self.canonical: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._read_meta(dict(attrs))
            return
        if tag == "link":
            values = dict(attrs)
            if (values.get("rel") or "").lower() == "canonical" and values.get("href"):
                self.canonical = values["href"]
            return
        if tag == "title" and not self.skip_depth_outside_head():
            self.in_title = True
        if tag in SKIPPED:
            self.skip_depth += 1
        if tag in VOID:
            if tag in BLOCKS:
                self._end_block()
            return
        self._close_implied(tag)
        if len(self.stack) >= MAX_DEPTH and tag not in SKIPPED:
            # Deeper nesting is flattened (its text is still read), which keeps the
            # stack searches below cheap on a page of ten thousand unclosed <div>s.
            # Skipped elements are always tracked, or their end would never be seen.
            if tag in BLOCKS:
                self._end_block()
            return
        self.stack.append(tag)
        self.open_counts[tag] += 1
        if tag in BLOCKS:
            self._end_block()
        if tag in PARAGRAPHS and not self.skip_depth and self.open_paragraph is None:
            self.open_paragraph = tag
            self.parts = []

    def _close_implied(self, tag: str) -> None:
        # HTML lets <p> and <li> go unclosed: a new block ends an open paragraph, and
        # a new list item ends the previous one.
        closes = "p" if tag in CLOSES_P else "li" if tag == "li" else None
        if closes is None or not self.open_counts[closes]:
            return
        if closes == "li" and self._list_opened_inside_item():
            return  # a nested list's item, not a sibling
        self._close_through(closes)

    def _list_opened_inside_item(self) -> bool:
        for open_tag in reversed(self.stack):
            if open_tag == "li":
                return False
            if open_tag in ("ul", "ol"):
                return True
        return False

    def _close_through(self, tag: str) -> None:
        """Close ``tag`` and everything opened after it (unclosed tags in sloppy HTML)."""
        while self.stack:
            open_tag = self.stack.pop()
            self.open_counts[open_tag] -= 1
            self._close(open_tag)
            if open_tag == tag:
                break

    def skip_depth_outside_head(self) -> int:
        # <title> lives in <head>, which is skipped for body text but not for the title.
        return self.skip_depth - (1 if self.open_counts["head"] else 0)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.open_counts[tag]:
            self._close_through(tag)
        # else a stray end tag: ignored, as browsers do

    def _close(self, tag: str) -> None:
        if tag in SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
        if tag == self.open_paragraph:
            text = _SPACE.sub(" ", "".join(self.parts)).strip()
            if text:
                self.paragraphs.append((tag, text))
            self.open_paragraph = None
        if tag in BLOCKS:
            self._end_block()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        if self.open_paragraph is not None:
            self.parts.append(data)
        self.block_parts.append(data)

    def _end_block(self) -> None:
        text = _SPACE.sub(" ", "".join(self.block_parts)).strip()
        if text:
            self.blocks.append(text)
        self.block_parts = []

    def _read_meta(self, attrs: dict[str, str | None]) -> None:
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content")
        if name and content and name not in self.meta_values:
            self.meta_values[name] = _SPACE.sub(" ", content).strip()


def cut_unterminated_markup(html: str) -> str:
    """``html`` up to the first comment, declaration or tag that is never closed.

    ``html.parser`` searches to the end of the page for the end of every such
    construct, so a page full of unclosed ones (``<!--<!--<!--…``, ``<a <a <a …``)
    takes quadratic time. This pass finds each construct's end once, in linear
    time, and drops the rest of the page at the first one without an end, as
    browsers do at the end of a file.
    """
    position = 0
    length = len(html)
    while (start := html.find("<", position)) != -1:
        if html.startswith("<!--", start):
            end = html.find("-->", start + 4)
            end = -1 if end == -1 else end + 3
        elif html.startswith("<![CDATA[", start):
            end = html.find("]]>", start + 9)
            end = -1 if end == -1 else end + 3
        elif html.startswith(("<!", "<?"), start):
            end = html.find(">", start + 2)
            end = -1 if end == -1 else end + 1
        elif html.startswith("</", start) and _TAG_START.match(html, start):
            end = html.find(">", start + 2)  # end tags have no quoted values
            end = -1 if end == -1 else end + 1
        elif _TAG_START.match(html, start):
            end = _find_tag_end(html, start + 2)
        else:
            position = start + 1  # a lone "<" is text
            continue
        if end == -1:
            return html[:start]
        position = end
        if position >= length:
            break
    return html


def _find_tag_end(html: str, position: int) -> int:
    """The offset just after the ``>`` that ends a tag, skipping quoted values; -1 if none."""
    quote = ""
    for match in _TAG_TOKENS.finditer(html, position):
        char = match.group()
        if quote:
            if char == quote:
                quote = ""
        elif char == ">":
            return match.end()
        elif _follows_equals(html, match.start()):
            quote = char  # a quote opens only where an attribute value starts
    return -1


def _follows_equals(html: str, position: int) -> bool:
    before = position - 1
    while before >= 0 and html[before] in " \t\n\r\f":
        before -= 1
    return before >= 0 and html[before] == "="


def extract_html_text(html: str) -> HtmlText:
    """The title, main text and meta fields of one HTML page (never raises on bad HTML)."""
    parser = _Extractor()
    parser.feed(cut_unterminated_markup(html))
    parser.close()
    if parser.stack:
        parser._close_through(parser.stack[0])
    parser._end_block()
    page_title = _SPACE.sub(" ", "".join(parser.title_parts)).strip()
    paragraphs = parser.paragraphs
    # The first <h1> is the headline as printed; <title> often carries the site's
    # name too ("Headline | Outlet"), so it is the fallback.
    h1_index = next((i for i, (tag, _) in enumerate(paragraphs) if tag == "h1"), None)
    title = paragraphs[h1_index][1] if h1_index is not None else page_title
    # The headline starts ``text``; repeating it as a paragraph would count it twice.
    texts = [text for i, (_, text) in enumerate(paragraphs) if i != h1_index]
    if not texts:
        texts = [text for text in parser.blocks if text not in (title, page_title)]
    meta: dict[str, str] = {}
    if page_title and page_title != title:
        meta["html_title"] = page_title
    for name, keys in META_FIELDS.items():
        value = next((parser.meta_values[key] for key in keys if key in parser.meta_values), None)
        if value:
            meta[name] = value
    if "url" not in meta and parser.canonical:
        meta["url"] = parser.canonical
    return HtmlText(title=title, body="\n\n".join(texts), meta=meta)

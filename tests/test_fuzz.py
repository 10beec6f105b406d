"""Property tests over hostile input: readers, segmentation and detectors never crash,
every span slices back to its text, and voice segments tile each article exactly once."""

from __future__ import annotations

import gzip
import json
import tempfile
from functools import cache
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from framing import schemas
from framing.frontmatter import FrontMatterError, parse_front_matter
from framing.html_text import extract_html_text
from framing.pipeline import analyze_documents
from framing.readers import SUPPORTED_EXTENSIONS, ColumnOptions, read_corpus
from framing.resources import Resources, load_resources

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Pieces of news text that exercise the detectors: quotes of every kind,
#: attributions, cross-links, names, pronouns, loaded words, odd whitespace.
FRAGMENTS = [
    "Israel",
    "Iran",
    "Azerbaijan's",
    "Foreign Minister Eli Cohen",
    "Nasser Kanaani",
    "the spokesperson",
    " said",
    " told reporters",
    "according to",
    " that ",
    "he ",
    "She ",
    "\u201c",
    "\u201d",
    '"',
    "'",
    "\u2018",
    "\u2019",
    "READ: ",
    "Read more: ",
    "RELATED: ",
    "Zionist regime",
    "so-called",
    "perceived threats",
    "terrorists",
    "claimed",
    ". ",
    "? ",
    "! ",
    ", ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    " ",
    "\u00a0",
    "Mr.",
    "U.S.",
    "e.g.",
    "...",
    "\u2026",
    "(",
    ")",
    "[",
    "]",
    "\u200b",
    "\ufeff",
    "\U0001f600",
    "\u05e9\u05dc\u05d5\u05dd",
    "\u0627\u0644\u0633\u0644\u0627\u0645",
    "<script>",
    "&amp;",
]

article_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40
).map("".join)


@cache
def resources() -> Resources:
    return load_resources()


@st.composite
def documents(draw: st.DrawFn) -> pl.DataFrame:
    """A small batch of DOCUMENTS built the way the readers build them."""
    rows = []
    for index in range(draw(st.integers(min_value=0, max_value=3))):
        body = draw(article_text.filter(lambda text: text.strip() != ""))
        title = draw(st.one_of(st.none(), article_text.map(lambda t: " ".join(t.split()))))
        title = title or None
        text = f"{title}\n\n{body}" if title else body
        body_start = len(title) + 2 if title else 0
        outlet = draw(st.sampled_from(["Wire", "unknown", "<b>Outlet</b>"]))
        rows.append((f"doc{index}", outlet, title, None, None, "-", text, body_start, "{}"))
    return pl.DataFrame(rows, schema=schemas.DOCUMENTS, orient="row")


def assert_spans_slice_back(tables: dict[str, pl.DataFrame], docs: pl.DataFrame) -> None:
    texts = dict(docs.select("article_id", "text").iter_rows())
    for name in ("loaded_terms", "crosslinks", "actor_mentions"):
        for article_id, start, end, span in (
            tables[name].select("article_id", "start", "end", "text").iter_rows()
        ):
            assert 0 <= start <= end <= len(texts[article_id]), (name, start, end)
            if name == "crosslinks":
                # A cross-link spans its whole line; its text is the linked title.
                assert span in texts[article_id][start:end], name
            else:
                assert texts[article_id][start:end] == span, name
    for row in tables["sources"].iter_rows(named=True):
        text = texts[row["article_id"]]
        for part in ("cue", "content", "source"):
            start, end = row[f"{part}_start"], row[f"{part}_end"]
            if start is not None:
                assert 0 <= start <= end <= len(text), (part, start, end)
        if row["cue_start"] is not None and row["cue"] is not None:
            assert text[row["cue_start"] : row["cue_end"]] == row["cue"]


def assert_voices_tile_each_article(tables: dict[str, pl.DataFrame], docs: pl.DataFrame) -> None:
    voices = tables["voices"]
    for article_id, text, body_start in docs.select("article_id", "text", "body_start").iter_rows():
        segments = voices.filter(pl.col("article_id") == article_id).sort("start")
        position = 0
        for start, end, voice in segments.select("start", "end", "voice").iter_rows():
            assert start == position, f"gap or overlap at {position} in {text!r}"
            assert end > start
            assert voice in {"headline", "author", "direct_quote", "indirect_quote", "crosslink"}
            if body_start and start < body_start:
                assert voice == "headline"
            position = end
        assert position == len(text), f"voices stop at {position} of {len(text)} in {text!r}"


@pytest.mark.slow
@FUZZ
@given(documents())
def test_detectors_never_crash_and_spans_slice_back(docs: pl.DataFrame) -> None:
    tables = analyze_documents(docs, resources())
    for name, frame in tables.items():
        assert frame.schema == schemas.TABLES[name], name
    assert tables["articles"].height == docs.height
    assert_spans_slice_back(tables, docs)
    assert_voices_tile_each_article(tables, docs)


@FUZZ
@given(st.binary(max_size=2048), st.sampled_from(SUPPORTED_EXTENSIONS))
def test_readers_never_crash_on_arbitrary_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        batches = list(read_corpus([path], columns=ColumnOptions(), batch_size=3))
    documents_ = [b.documents for b in batches]
    quarantine = [b.quarantine for b in batches]
    n_documents = sum(frame.height for frame in documents_)
    n_quarantined = sum(frame.height for frame in quarantine)
    if suffix in (".txt", ".md", ".markdown", ".html", ".htm"):
        assert n_documents + n_quarantined == 1  # one record per file, never lost
    for frame in documents_:
        assert frame.schema == schemas.DOCUMENTS
        for text, body_start, title in frame.select("text", "body_start", "title").iter_rows():
            assert text.strip()
            assert 0 <= body_start <= len(text)
            if title is not None:
                assert text[: body_start - 2] == title
        for meta in frame["meta"]:
            assert isinstance(json.loads(meta), dict)


@FUZZ
@given(article_text)
def test_a_text_file_is_read_back_exactly(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.txt"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        batches = list(read_corpus([path], columns=ColumnOptions()))
    documents_ = [row for b in batches for row in b.documents.iter_rows(named=True)]
    quarantined = sum(b.quarantine.height for b in batches)
    assert len(documents_) + quarantined == 1
    if text.strip() == "" or text.startswith("---"):
        return
    if documents_:
        assert documents_[0]["text"] == text.removeprefix("\ufeff")


@FUZZ
@given(
    article_text,
    st.dictionaries(st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True), article_text, max_size=4),
)
def test_jsonl_records_keep_their_text_and_fields(text: str, extra: dict[str, str]) -> None:
    record = {**extra, "text": text}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.jsonl"
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
        batches = list(read_corpus([path], columns=ColumnOptions()))
    rows = [row for b in batches for row in b.documents.iter_rows(named=True)]
    quarantined = sum(b.quarantine.height for b in batches)
    assert len(rows) + quarantined == 1
    if rows:
        row = rows[0]
        assert row["text"][row["body_start"] :] == text


@FUZZ
@given(st.text(max_size=500))
def test_front_matter_parser_never_crashes(text: str) -> None:
    try:
        front = parse_front_matter(text)
    except FrontMatterError as err:
        assert "\n" not in str(err)
        return
    assert 0 <= front.body_start <= len(text)
    assert all(isinstance(value, str) for value in front.fields.values())


@FUZZ
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<div>",
                    "</div>",
                    "<script>",
                    "</script>",
                    "<h1>",
                    "</h1>",
                    "<title>",
                    "</title>",
                    "<nav>",
                    "</nav>",
                    "<li>",
                    "<ul>",
                    "<!--",
                    "-->",
                    "<![CDATA[",
                    "&",
                    "&#0;",
                    "&#x110000;",
                    "<",
                    ">",
                    "<br/>",
                    "<meta content=x>",
                ]
            ),
            st.text(max_size=10),
        ),
        max_size=40,
    ).map("".join)
)
def test_html_extraction_never_crashes(html: str) -> None:
    page = extract_html_text(html)
    assert isinstance(page.title, str) and isinstance(page.body, str)
    assert "\n\n\n" not in page.body


# Control characters are left out: a table full of them is refused as binary,
# which test_readers_never_crash_on_arbitrary_bytes covers.
csv_field = st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc")), max_size=30)


def _decodes_as_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@FUZZ
@given(st.lists(st.tuples(csv_field, csv_field), max_size=5), st.sampled_from(["utf-8", "cp1252"]))
def test_csv_rows_keep_their_text(rows: list[tuple[str, str]], encoding: str) -> None:
    import csv
    import io

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(["outlet", "text"])
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding, errors="replace")
    expected = [row[1] for row in rows]
    if encoding != "utf-8":
        # cp1252 bytes that also form valid UTF-8 ("Â¡") are read as UTF-8: the bytes
        # alone cannot tell the two apart, so such tables are no test of the fallback.
        assume(not _decodes_as_utf8(data) or data.isascii())
        expected = [text.encode(encoding, errors="replace").decode(encoding) for text in expected]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.csv"
        path.write_bytes(data)
        batches = list(read_corpus([path], columns=ColumnOptions(), batch_size=2))
    documents_ = pl.concat([b.documents for b in batches]) if batches else None
    n_documents = 0 if documents_ is None else documents_.height
    n_quarantined = sum(b.quarantine.height for b in batches)
    assert n_documents + n_quarantined == max(len(rows), 1)
    if documents_ is not None:
        for text in documents_["text"]:
            assert text in expected


# Lone surrogates ("Cs") included on purpose: JSON can carry them as escapes.
any_text = st.text(alphabet=st.characters(categories=["Cs", "L", "N", "P", "Z", "Cc"]), max_size=20)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(any_text, children, max_size=3)
    ),
    max_leaves=10,
)


records = st.builds(
    lambda fields, extra: {**extra, **fields},
    st.fixed_dictionaries(
        {"text": any_text}, optional={"title": any_text, "id": any_text, "outlet": json_values}
    ),
    st.dictionaries(any_text, json_values, max_size=3),
)


@FUZZ
@given(st.lists(records | json_values, max_size=4))
def test_jsonl_with_any_json_values_never_crashes(values: list[object]) -> None:
    # ensure_ascii escapes lone surrogates as \\udXXX, which no UTF-8 table can hold.
    lines = [json.dumps(value, ensure_ascii=True) for value in values]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        batches = list(read_corpus([path], columns=ColumnOptions(), batch_size=2))
    n = sum(b.documents.height + b.quarantine.height for b in batches)
    assert n == max(len(values), 1)


GOOD_GZIP = gzip.compress(b'{"text": "hello"}\n' * 50)


@FUZZ
@given(
    st.lists(st.tuples(st.integers(0, len(GOOD_GZIP) - 1), st.integers(0, 255)), max_size=5),
    st.integers(0, len(GOOD_GZIP)),
    st.sampled_from([".jsonl.gz", ".csv.gz"]),
)
def test_damaged_gzip_never_crashes(changes: list[tuple[int, int]], keep: int, suffix: str) -> None:
    data = bytearray(GOOD_GZIP)
    for position, value in changes:
        data[position] = value
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(bytes(data[:keep]))
        batches = list(read_corpus([path], columns=ColumnOptions()))
    assert sum(b.documents.height + b.quarantine.height for b in batches) >= 1

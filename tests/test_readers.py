"""Corpus readers: every kind, column detection, ids, dates, encodings, quarantine, batching."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import polars as pl
import pytest

from framing import schemas
from framing.errors import BadRecordError, InputError
from framing.frontmatter import FrontMatterError, parse_front_matter
from framing.html_text import extract_html_text
from framing.readers import ColumnOptions, ReadBatch, hash_inputs, read_corpus
from framing.readers.dates import parse_dates
from framing.readers.decoding import decode_bytes, detect_file_encoding, looks_binary


def read_all(*inputs: Path, **options: object) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Every batch of ``read_corpus``, concatenated: (documents, quarantine)."""
    columns = options.pop("columns", ColumnOptions())
    batches = list(read_corpus(list(inputs), columns=columns, **options))  # type: ignore[arg-type]
    for batch in batches:
        assert batch.documents.schema == schemas.DOCUMENTS
        assert batch.quarantine.schema == schemas.QUARANTINE
    documents = pl.concat([b.documents for b in batches]) if batches else None
    quarantine = pl.concat([b.quarantine for b in batches]) if batches else None
    return (
        documents if documents is not None else schemas.empty(schemas.DOCUMENTS),
        quarantine if quarantine is not None else schemas.empty(schemas.QUARANTINE),
    )


def meta_of(documents: pl.DataFrame, index: int = 0) -> dict[str, str]:
    return dict(json.loads(documents["meta"][index]))


# --- one article per file ------------------------------------------------------------


def test_plain_text_is_the_body_and_the_stem_the_id(tmp_path: Path) -> None:
    body = "First paragraph.\r\nSecond \u201cquoted\u201d paragraph.\n"
    (tmp_path / "a1.txt").write_text(body, encoding="utf-8", newline="")
    documents, quarantine = read_all(tmp_path / "a1.txt")
    row = documents.row(0, named=True)
    assert row["article_id"] == "a1"
    assert row["text"] == body  # exactly as read, CRLF and all
    assert row["body_start"] == 0
    assert row["title"] is None and row["outlet"] == "unknown" and row["published"] is None
    assert row["source_path"] == str(tmp_path / "a1.txt")
    assert quarantine.is_empty()


def test_front_matter_fields_title_and_meta(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(
        "---\n"
        "title: '  Cohen   visits Baku '\n"
        "outlet: Example Wire   # a comment\n"
        "date: April 20, 2023\n"
        "url: https://example.org/a\n"
        "id: ex-1\n"
        'author: "A. Writer"\n'
        "tags:\n  - Israel\n  - Azerbaijan\n"
        "---\n\n"
        "Body text here.\n",
        encoding="utf-8",
    )
    documents, _ = read_all(tmp_path)
    row = documents.row(0, named=True)
    assert row["article_id"] == "ex-1"
    assert row["title"] == "Cohen visits Baku"
    assert row["text"] == "Cohen visits Baku\n\nBody text here.\n"
    assert row["text"][row["body_start"] :] == "Body text here.\n"
    assert row["outlet"] == "Example Wire"
    assert row["published"] == dt.date(2023, 4, 20)
    assert row["url"] == "https://example.org/a"
    assert meta_of(documents) == {"author": "A. Writer", "tags": '["Israel", "Azerbaijan"]'}


def test_front_matter_matches_known_names_and_user_columns(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\nheadline: Talks\npublisher: Daily\nsite: x\n---\nText.\n", encoding="utf-8"
    )
    documents, _ = read_all(tmp_path)
    assert documents.select("title", "outlet").row(0) == ("Talks", "Daily")
    documents, _ = read_all(tmp_path, columns=ColumnOptions(outlet="site"))
    assert documents["outlet"].item() == "x"


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        ("---\ntitle: x\nno closing line\n", "never closed"),
        ("---\ntitle x\n---\n", "not 'key: value'"),
        ("---\ntitle: a\ntitle: b\n---\n", "repeats the key"),
        ("---\ntitle: 'open\n---\n", "unclosed quote"),
        ("---\ntitle: !!python/object x\n---\n", "outside the supported subset"),
        ('---\ntitle: "a \\q"\n---\n', "unknown escape"),
    ],
)
def test_bad_front_matter_is_quarantined_with_the_line(
    tmp_path: Path, front: str, problem: str
) -> None:
    (tmp_path / "bad.md").write_text(front + "Body.\n", encoding="utf-8")
    documents, quarantine = read_all(tmp_path)
    assert documents.is_empty()
    assert quarantine.row(0)[1] == "-"
    assert quarantine["reason"].item().startswith("bad front matter")
    assert problem in quarantine["reason"].item()
    with pytest.raises(FrontMatterError, match=problem):
        parse_front_matter(front + "Body.\n")


def test_front_matter_parser_offsets_and_no_front_matter() -> None:
    assert parse_front_matter("No front matter.\n---\n").body_start == 0
    text = '---\r\na: "x\\"y"\r\nb: it\'s #not a comment\r\n...\r\n\r\nBody'
    front = parse_front_matter(text)
    assert front.fields == {"a": 'x"y', "b": "it's"}
    assert text[front.body_start :] == "Body"


def test_html_main_text_without_page_furniture(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        "<!doctype html><html><head><title>Talks | Example Wire</title>"
        '<meta property="og:site_name" content="Example Wire">'
        '<meta property="article:published_time" content="2023-04-20T09:00:00Z">'
        '<link rel="canonical" href="https://example.org/talks">'
        "<style>p{color:red}</style><script>var x = '<p>not text</p>';</script></head>"
        "<body><header><nav><a href='/'>Home</a></nav></header>"
        "<article><h1>Talks in  Baku</h1><p>First &amp; <b>foremost</b>,\n the talks.</p>"
        "<p>Second paragraph<p>Unclosed third</article>"
        "<aside>Related: other story</aside><footer>&copy; 2023</footer></body></html>",
        encoding="utf-8",
    )
    documents, quarantine = read_all(tmp_path)
    assert quarantine.is_empty()
    row = documents.row(0, named=True)
    assert row["title"] == "Talks in Baku"
    assert row["text"] == (
        "Talks in Baku\n\nFirst & foremost, the talks.\n\nSecond paragraph\n\nUnclosed third"
    )
    assert row["outlet"] == "Example Wire"
    assert row["published"] == dt.date(2023, 4, 20)
    assert row["url"] == "https://example.org/talks"
    assert meta_of(documents) == {"html_title": "Talks | Example Wire"}


def test_html_without_paragraphs_falls_back_to_blocks() -> None:
    page = extract_html_text("<title>T</title><div>One</div><div>Two<br>Three</div>")
    assert page.title == "T"
    assert page.body == "One\n\nTwo\n\nThree"
    assert extract_html_text("").body == ""
    assert extract_html_text("<p>unclosed <b>tags <i>everywhere").body == "unclosed tags everywhere"


# --- many articles per file --------------------------------------------------------


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"headline": "H", "content": "Body one.", "source": "Paper", "n": 3}),
        "",
        "{not json",
        "[1, 2]",
        json.dumps({"content": 42}),
        json.dumps({"summary": "no text"}),
        json.dumps({"content": "Body two.", "extra": {"a": [1]}, "gone": None}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    documents, quarantine = read_all(path)
    assert documents["article_id"].to_list() == ["feed:1", "feed:7"]
    assert documents.row(0, named=True)["text"] == "H\n\nBody one."
    assert documents["outlet"].to_list() == ["Paper", "unknown"]
    assert meta_of(documents, 0) == {"n": "3"}
    assert meta_of(documents, 1) == {"extra": '{"a": [1]}'}
    assert quarantine["record"].to_list() == ["line 3", "line 4", "line 5", "line 6"]
    reasons = quarantine["reason"].to_list()
    assert reasons[0].startswith("malformed JSON")
    assert reasons[1] == "not a JSON object (a list)"
    assert "holds int" in reasons[2]
    assert reasons[3] == "record without text; fields present: summary"


def test_jsonl_line_in_a_legacy_encoding_is_read_and_noted(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": "caf\u00e9 ok"}, ensure_ascii=False).encode("utf-8")
    legacy = json.dumps({"text": "na\u00efve \u2014 text"}, ensure_ascii=False).encode("cp1252")
    path.write_bytes(b"\xef\xbb\xbf" + good + b"\n" + legacy + b"\n")
    documents, quarantine = read_all(path)
    assert quarantine.is_empty()
    assert documents["text"].to_list() == ["caf\u00e9 ok", "na\u00efve \u2014 text"]
    assert meta_of(documents, 0) == {}
    assert meta_of(documents, 1) == {"encoding": "cp1252"}


def test_csv_with_detected_columns_and_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text(
        "ID,Title,Body,Publisher,published,lean\n"
        'x1,First,"Line one,\nline two",Paper A,2020-01-02,left\n'
        "x2,Second,,Paper B,bad date,right\n"
        "x3,Third,Third body,Paper B,02/03/2021\n"
        "\n"
        "x4,Fourth,Fourth body,Paper C,13/01/2021,centre\n",
        encoding="utf-8",
    )
    documents, quarantine = read_all(path)
    assert documents["article_id"].to_list() == ["x1", "x4"]
    assert documents["text"][0] == "First\n\nLine one,\nline two"
    assert documents["published"].to_list() == [dt.date(2020, 1, 2), dt.date(2021, 1, 13)]
    assert meta_of(documents, 0) == {"lean": "left"}
    assert quarantine.rows() == [
        (str(path), "row 2", "empty text"),
        (str(path), "row 3", "row has 5 fields; the header has 6"),
    ]


def test_csv_in_cp1252_and_tsv(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes(
        "text,outlet\n\u201cQuoted\u201d caf\u00e9,X\n".encode("cp1252")
    )
    (tmp_path / "b.tsv").write_text("text\toutlet\nTab separated\tY\n", encoding="utf-8")
    documents, quarantine = read_all(tmp_path)
    assert quarantine.is_empty()
    assert documents["text"].to_list() == ["\u201cQuoted\u201d caf\u00e9", "Tab separated"]
    assert meta_of(documents, 0) == {"encoding": "cp1252"}
    assert documents["article_id"].to_list() == ["a:1", "b:1"]


def test_table_without_text_column_is_one_quarantine_row_naming_columns(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text("headline,outlet\nA,B\nC,D\n", encoding="utf-8")
    pl.DataFrame({"headline": ["A"], "n": [1]}).write_parquet(tmp_path / "t.parquet")
    documents, quarantine = read_all(tmp_path)
    assert documents.is_empty()
    assert quarantine["reason"].to_list() == [
        "no text column (try --text-col); columns present: headline, outlet",
        "no text column (try --text-col); columns present: headline, n",
    ]
    with pytest.raises(BadRecordError, match=r"t\.csv: -: no text column"):
        read_all(tmp_path, strict=True)


def test_user_columns_override_detection(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("text,notes,paper\nnot this,Use this,P\n", encoding="utf-8")
    documents, _ = read_all(path, columns=ColumnOptions(text="notes", outlet="paper"))
    assert documents.select("text", "outlet").row(0) == ("Use this", "P")
    assert meta_of(documents) == {"text": "not this"}
    _, quarantine = read_all(path, columns=ColumnOptions(text="missing"))
    assert (
        "no text column 'missing'; columns present: text, notes, paper" in quarantine["reason"][0]
    )


def test_parquet_streams_in_batches_with_typed_columns(tmp_path: Path) -> None:
    n = 1203
    pl.DataFrame(
        {
            "uuid": [f"u{i}" for i in range(n)],
            "content_original": [f"Article number {i}." if i % 100 else "  " for i in range(n)],
            "domain": ["a.example"] * n,
            "date": [dt.date(2020, 1, 1)] * n,
            "score": list(range(n)),
        }
    ).write_parquet(tmp_path / "big.parquet", row_group_size=100)
    batches = list(read_corpus([tmp_path], columns=ColumnOptions(), batch_size=250))
    assert all(batch.documents.height <= 250 for batch in batches)
    documents = pl.concat([b.documents for b in batches])
    quarantine = pl.concat([b.quarantine for b in batches])
    assert documents.height + quarantine.height == n
    assert quarantine["record"].to_list() == [f"row {i + 1}" for i in range(0, n, 100)]
    assert set(quarantine["reason"]) == {"whitespace-only text"}
    assert documents["article_id"][:2].to_list() == ["u1", "u2"]
    assert documents["published"][0] == dt.date(2020, 1, 1)
    assert meta_of(documents) == {"score": "1"}


def test_corrupt_parquet_is_quarantined(tmp_path: Path) -> None:
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 this is not parquet PAR1")
    documents, quarantine = read_all(tmp_path)
    assert documents.is_empty()
    assert quarantine["reason"].item().startswith("unreadable Parquet file")


# --- ids, dates, sizes, walking ------------------------------------------------------


def test_duplicate_ids_are_kept_distinct_and_noted(tmp_path: Path) -> None:
    rows = [{"id": "a", "text": "One."}, {"id": "a", "text": "Two."}, {"id": "a~2", "text": "3"}]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    (tmp_path / "e.jsonl").write_text(json.dumps({"id": "a", "text": "Four."}), encoding="utf-8")
    batches = list(read_corpus([tmp_path], columns=ColumnOptions(), batch_size=2))
    documents = pl.concat([b.documents for b in batches])
    assert documents["article_id"].to_list() == ["a", "a~2", "a~2~2", "a~3"]
    assert [meta_of(documents, i).get("duplicate_of") for i in range(4)] == [
        None,
        "a",
        "a~2",
        "a",
    ]
    assert sum(b.n_duplicates for b in batches) == 3


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2016-09-20", dt.date(2016, 9, 20)),
        ("2016-09-20T10:00:00+02:00", dt.date(2016, 9, 20)),
        ("2016/9/2 10:00", dt.date(2016, 9, 2)),
        ("September 20, 2016", dt.date(2016, 9, 20)),
        ("Sept. 20, 2016", dt.date(2016, 9, 20)),
        ("Tue, 20 Sep 2016 10:00:00 +0000", dt.date(2016, 9, 20)),
        ("20.09.2016", dt.date(2016, 9, 20)),
        ("09/20/2016", dt.date(2016, 9, 20)),
        ("20/09/2016", dt.date(2016, 9, 20)),
        ("20160920", dt.date(2016, 9, 20)),
        ("2016-02-30", None),
        ("last Tuesday", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_dates(raw: str | None, expected: dt.date | None) -> None:
    frame = pl.DataFrame({"d": [raw]}, schema={"d": pl.String})
    assert frame.select(parse_dates(pl.col("d"))).item() == expected


def test_unparseable_date_is_null_and_noted(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ndate: the other day\n---\nText.\n", encoding="utf-8")
    documents, quarantine = read_all(tmp_path)
    assert quarantine.is_empty()
    assert documents["published"].item() is None
    assert meta_of(documents) == {"date_unparsed": "the other day"}


def test_too_large_articles_are_quarantined(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 100, encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text(
        json.dumps({"text": "x" * 300}) + "\n" + json.dumps({"text": "y" * 50}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "wide.jsonl").write_text(json.dumps({"text": "z" * 5000}) + "\n" + "{}")
    documents, quarantine = read_all(tmp_path, max_text_bytes=100)
    assert documents["text"].to_list() == ["y" * 50]
    assert quarantine.rows() == [
        (str(tmp_path / "big.txt"), "-", "text too large: 500 bytes (limit 100)"),
        (str(tmp_path / "rows.jsonl"), "line 1", "text too large: 300 bytes (limit 100)"),
        (str(tmp_path / "wide.jsonl"), "line 1", "line longer than 400 bytes"),
        (str(tmp_path / "wide.jsonl"), "line 2", "record without text; fields present: (none)"),
    ]


def test_folders_are_walked_sorted_skipping_hidden_and_unknown_is_quarantined(
    tmp_path: Path,
) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed.", encoding="utf-8")
    (tmp_path / "a.TXT").write_text("Ay.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("Git.", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    documents, quarantine = read_all(tmp_path)
    assert documents["text"].to_list() == ["Ay.", "Zed."]
    assert quarantine["reason"].item().startswith("unsupported file type .docx")
    assert [entry["path"] for entry in hash_inputs([tmp_path])] == [
        str(tmp_path / "a.TXT"),
        str(tmp_path / "b" / "z.txt"),
        str(tmp_path / "notes.docx"),
    ]


def test_hash_inputs_gives_size_and_sha256(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"abc")
    assert hash_inputs([tmp_path / "a.txt"]) == [
        {
            "path": str(tmp_path / "a.txt"),
            "bytes": 3,
            "sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        }
    ]


def test_missing_input_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        list(read_corpus([tmp_path / "nope"], columns=ColumnOptions()))


def test_empty_input_yields_nothing(tmp_path: Path) -> None:
    assert list(read_corpus([tmp_path], columns=ColumnOptions())) == []
    assert list(read_corpus([], columns=ColumnOptions())) == []


def test_strict_raises_at_the_first_bad_record_in_input_order(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": "good"}) + "\n" + json.dumps({"text": " "}) + "\n{bad\n",
        encoding="utf-8",
    )
    with pytest.raises(BadRecordError) as caught:
        read_all(tmp_path, strict=True)
    message = str(caught.value)
    assert message == f"{tmp_path / 'a.jsonl'}: line 2: whitespace-only text (--strict)"
    assert "\n" not in message


def test_batches_keep_input_order_and_every_record(tmp_path: Path) -> None:
    for i in range(7):
        (tmp_path / f"{i:02d}.txt").write_text(f"Text {i}." if i != 3 else "", encoding="utf-8")
    batches = list(read_corpus([tmp_path], columns=ColumnOptions(), batch_size=2))
    assert [b.documents.height for b in batches] == [2, 2, 2]
    assert isinstance(batches[0], ReadBatch)
    ids = [i for b in batches for i in b.documents["article_id"].to_list()]
    assert ids == ["00", "01", "02", "04", "05", "06"]
    assert sum(b.quarantine.height for b in batches) == 1


# --- decoding ---------------------------------------------------------------------------


def test_decoding_falls_back_and_detects_binary(tmp_path: Path) -> None:
    assert decode_bytes("caf\u00e9".encode()) == ("caf\u00e9", "utf-8")
    assert decode_bytes(b"\xef\xbb\xbfhi") == ("hi", "utf-8-sig")
    assert decode_bytes("\u201ccaf\u00e9\u201d".encode("cp1252")) == (
        "\u201ccaf\u00e9\u201d",
        "cp1252",
    )
    assert decode_bytes(b"\x81\x8d") == ("\x81\x8d", "latin-1")
    assert decode_bytes("hi".encode("utf-16")) == ("hi", "utf-16")
    assert looks_binary(b"text\x00more")
    assert looks_binary(bytes(range(1, 32)) * 4)
    assert not looks_binary("plain text,\ttabs\r\nand lines \u00e9".encode())
    assert not looks_binary(b"")
    path = tmp_path / "x.csv"
    path.write_bytes(b"a" * 3_000_000 + "\u00e9".encode("cp1252"))
    assert detect_file_encoding(path) == "cp1252"
    path.write_bytes("\u00e9".encode() * 10)
    assert detect_file_encoding(path) == "utf-8"


def test_files_without_records_are_reported(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("\n\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("text,outlet\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text("", encoding="utf-8")
    pl.DataFrame(schema={"text": pl.String}).write_parquet(tmp_path / "d.parquet")
    (tmp_path / "e.jsonl").write_bytes('{"text": "x"}\n'.encode("utf-16"))
    documents, quarantine = read_all(tmp_path)
    assert documents.is_empty()
    assert quarantine["reason"].to_list() == [
        "no records (the file is empty or blank)",
        "no records (only a header row)",
        "empty file (no header row)",
        "no records (the table has no rows)",
        "UTF-16 JSON Lines are not supported; convert to UTF-8",
    ]


def test_utf8_bom_before_front_matter_and_utf16_text(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes(b"\xef\xbb\xbf---\ntitle: T\n---\nBody.")
    (tmp_path / "b.txt").write_bytes("Unicode \u05e9\u05dc\u05d5\u05dd.".encode("utf-16"))
    documents, quarantine = read_all(tmp_path)
    assert quarantine.is_empty()
    assert documents["text"].to_list() == ["T\n\nBody.", "Unicode \u05e9\u05dc\u05d5\u05dd."]
    assert meta_of(documents, 1) == {"encoding": "utf-16"}


def test_a_pipe_in_the_corpus_is_refused_not_read(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "trap.txt")
    (tmp_path / "ok.txt").write_text("Fine.", encoding="utf-8")
    documents, quarantine = read_all(tmp_path)
    assert documents["text"].to_list() == ["Fine."]
    assert quarantine.rows() == [
        (str(tmp_path / "trap.txt"), "-", "not a regular file (a pipe, socket or device)")
    ]
    assert hash_inputs([tmp_path])[1]["error"] == "not a regular file (a pipe, socket or device)"


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Once.", encoding="utf-8")
    documents, _ = read_all(tmp_path, tmp_path / "a.txt", tmp_path / "." / "a.txt")
    assert documents["article_id"].to_list() == ["a"]


def test_reasons_stay_short_for_records_with_absurd_keys(tmp_path: Path) -> None:
    record = {f"key{i}" + "x" * (100 if i == 0 else 0): i for i in range(500)}
    (tmp_path / "a.jsonl").write_text(json.dumps(record), encoding="utf-8")
    _, quarantine = read_all(tmp_path)
    reason = quarantine["reason"].item()
    assert reason.startswith("record without text; fields present: key0xxx")
    assert reason.endswith("(480 more)")
    assert len(reason) < 400


def test_links_out_of_the_corpus_are_refused(tmp_path: Path) -> None:
    secret = tmp_path / "private" / "id_rsa.txt"
    secret.parent.mkdir()
    secret.write_text("PRIVATE KEY", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "inside.txt").write_text("Inside.", encoding="utf-8")
    (corpus / "a_link.txt").symlink_to(corpus / "inside.txt")
    (corpus / "leak.txt").symlink_to(secret)
    (corpus / "folder_link").symlink_to(secret.parent)
    documents, quarantine = read_all(corpus)
    assert documents["text"].to_list() == ["Inside."]  # the inside link is the same file
    assert quarantine.rows() == [
        (
            str(corpus / "leak.txt"),
            "-",
            "symbolic link to a file outside the input folder; not read",
        )
    ]
    assert "PRIVATE KEY" not in str(hash_inputs([corpus]))
    documents, _ = read_all(corpus / "leak.txt")  # named directly: the user's choice
    assert documents["text"].to_list() == ["PRIVATE KEY"]


def test_a_report_folder_inside_the_corpus_is_not_read_back(tmp_path: Path) -> None:
    from framing.output import write_manifest, write_table

    (tmp_path / "a.txt").write_text("Article.", encoding="utf-8")
    report = tmp_path / "report"
    write_table(report / "tables", "articles", pl.DataFrame({"text": ["not an article"]}))
    write_manifest(report, inputs=[], lexicons=[], actors=[], counts={}, options={})
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "manifest.json").write_text('{"name": "not ours"}', encoding="utf-8")
    documents, quarantine = read_all(tmp_path)
    assert documents["text"].to_list() == ["Article."]
    assert quarantine.rows() == [
        (str(tmp_path / "other" / "manifest.json"), "-", quarantine["reason"][0]),
        (
            str(report),
            "-",
            "a framing report folder (it has framing's manifest.json); not read as input",
        ),
    ]
    assert quarantine["reason"][0].startswith("unsupported file type .json")


def test_html_nested_beyond_the_depth_cap_still_skips_scripts() -> None:
    page = extract_html_text("<div>" * 300 + "<p>kept</p><script>dropped</script><p>also kept</p>")
    assert page.body == "kept\n\nalso kept"


def test_gzipped_jsonl_and_csv_are_read_and_corrupt_gzip_quarantined(tmp_path: Path) -> None:
    import gzip
    import random

    with gzip.open(tmp_path / "feed.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": "Zipped one."}) + "\n{broken\n")
    with gzip.open(tmp_path / "table.csv.gz", "wb") as handle:
        handle.write("text\n\u201cZipped\u201d two.\n".encode("cp1252"))
    noise = random.Random(8)
    lines = [json.dumps({"text": noise.randbytes(100).hex()}) + "\n" for _ in range(1000)]
    whole = gzip.compress("".join(lines).encode())
    (tmp_path / "truncated.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "fake.csv.gz").write_bytes(b"not gzip at all")
    (tmp_path / "notes.txt.gz").write_bytes(gzip.compress(b"text"))
    documents, quarantine = read_all(tmp_path)
    assert documents["text"][:2].to_list() == ["Zipped one.", "\u201cZipped\u201d two."]
    assert documents["article_id"][:2].to_list() == ["feed:1", "table:1"]
    assert meta_of(documents, 1) == {"encoding": "cp1252"}
    truncated = documents.filter(pl.col("source_path").str.ends_with("truncated.jsonl.gz"))
    reasons = {
        Path(path).name: reason for path, record, reason in quarantine.rows() if record == "-"
    }
    assert reasons["fake.csv.gz"].startswith("corrupt or truncated gzip data")
    assert reasons["truncated.jsonl.gz"].startswith("corrupt or truncated gzip data")
    assert 0 < truncated.height < 1000  # what came before the damage was kept
    assert reasons["notes.txt.gz"].startswith("unsupported file type .txt.gz")
    feed = quarantine.filter(pl.col("source_path").str.ends_with("feed.jsonl.gz"))
    assert feed.select("record", "reason").rows() == [
        ("line 2", "malformed JSON: Expecting property name enclosed in double quotes (column 2)")
    ]

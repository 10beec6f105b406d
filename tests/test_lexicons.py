"""Lexicon loading, user files, scored lists, and ``check_lexicon`` problems."""

from __future__ import annotations

import pickle
from pathlib import Path

import polars as pl
import pytest

from framing import lexicon_format, lexicons
from framing.errors import LexiconError
from framing.lexicon_format import Pack, pack_name, read_pack
from framing.lexicon_match import Matcher, inflect_word, match_texts, normalize_form
from framing.lexicons import (
    builtin_pack_paths,
    check_lexicon,
    describe_pack,
    list_packs,
    load_lexicon,
)

META = """
[meta]
name = "{name}"
version = "0.1"
language = "en"
description = "test pack"
license = "MIT"
source = "written for a test"
"""


def write_pack(tmp_path: Path, entries: str, *, name: str = "mine") -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(entries + META.format(name=name), encoding="utf-8")
    return path


def hits(matcher: Matcher, text: str) -> list[str]:
    frame = pl.DataFrame({"article_id": ["a"], "text": [text]})
    return match_texts(frame, matcher).get_column("text").to_list()


def test_builtin_packs_are_described_for_the_manifest() -> None:
    lexicon = load_lexicon()
    by_name = {p["name"]: p for p in lexicon.packs}
    assert {"general", "middle_east", "news_bias", "learned_loaded_words"} <= set(by_name)
    for pack in lexicon.packs:
        assert {
            "name",
            "version",
            "language",
            "description",
            "license",
            "n_entries",
            "source",
        } <= set(pack)
        assert pack["n_entries"] > 0 and pack["license"] and pack["source"]
    assert by_name["general"]["n_entries"] >= 200


def test_lexicon_is_picklable_and_still_matches() -> None:
    lexicon = pickle.loads(pickle.dumps(load_lexicon()))
    assert hits(lexicon.matcher, "the Zionist regime's so-called strategy") == [
        "Zionist regime",
        "so-called",
    ]


def test_user_terms_are_literals_not_regexes(tmp_path: Path) -> None:
    path = write_pack(
        tmp_path,
        'entry = [{ term = "U.S. puppet", category = "delegitimizing_label", '
        'examples = ["a U.S. puppet state"], counter_examples = ["a USA puppet"] }]\n',
    )
    lexicon = load_lexicon(extra=[path])
    assert "mine" in {p["name"] for p in lexicon.packs}
    assert hits(lexicon.matcher, "a U.S. puppet state") == ["U.S. puppet"]
    assert hits(lexicon.matcher, "a UxSx puppet state") == [
        "puppet"
    ]  # the general pack's own entry
    assert check_lexicon(path) == []


def test_user_pack_outranks_builtin_for_the_same_form(tmp_path: Path) -> None:
    path = write_pack(
        tmp_path,
        'entry = [{ term = "regime", category = "euphemism", examples = ["the regime"], '
        'counter_examples = ["the regimen"] }]\n',
    )
    lexicon = load_lexicon(extra=[path])
    matched = match_texts(
        pl.DataFrame({"article_id": ["a"], "text": ["the regime"]}), lexicon.matcher
    )
    assert lexicon.entries[matched["entry_index"][0]].lexicon == "mine"


def test_check_reports_every_problem_with_file_and_line(tmp_path: Path) -> None:
    path = write_pack(
        tmp_path,
        "entry = [\n"
        '{ term = "thug", category = "dehumanizing", examples = ["a thug"], counter_examples = ["a thug"] },\n'
        '{ term = "Thug", category = "dehumanizing", examples = ["thugs"] },\n'
        '{ term = "odd", category = "no_such_category", examples = ["odd"] },\n'
        '{ term = "", category = "hedge" },\n'
        '{ term = "fair", category = "loaded_adjective", examples = ["an unfair deal"] },\n'
        "]\n",
    )
    problems = check_lexicon(path)
    text = "\n".join(str(p) for p in problems)
    assert all(p.file == str(path) for p in problems)
    assert f"{path}:2: 'thug' matches its counter-example 'a thug'" in text
    assert f"{path}:3: duplicate term 'Thug'" in text
    assert f"{path}:4: entry 'odd': unknown category 'no_such_category'" in text
    assert f"{path}:5: empty term" in text
    assert f"{path}:6: 'fair' does not match its example 'an unfair deal'" in text
    with pytest.raises(LexiconError, match="lexicon has problems"):
        load_lexicon(extra=[path])


def test_check_handles_entry_tables_and_missing_meta(tmp_path: Path) -> None:
    path = tmp_path / "tables.toml"
    path.write_text(
        '[[entry]]\nterm = "smear"\ncategory = "delegitimizing_label"\nexamples = ["a smear"]\n'
        'counter_examples = ["a smudge"]\n\n[[entry]]\nterm = "hoax"\ncategory = "bogus"\n',
        encoding="utf-8",
    )
    messages = [str(p) for p in check_lexicon(path)]
    assert f"{path}:1: missing [meta] table" in messages
    assert f"{path}:7: entry 'hoax': unknown category 'bogus' (known: " in " ".join(messages)


def test_fields_of_the_wrong_type_are_problems_not_crashes(tmp_path: Path) -> None:
    path = write_pack(
        tmp_path,
        "entry = [\n"
        '{ term = 5, category = "hedge" },\n'
        '{ term = "x", category = ["hedge"], examples = ["x"] },\n'
        '{ term = "y", category = "hedge", stance = ["doubt"], examples = ["y"] },\n'
        '{ term = "z", category = "hedge", refers_to = 2, neutral = [1], note = 3, examples = ["z"] },\n'
        "]\n",
    )
    assert [str(p) for p in check_lexicon(path)] == [
        f"{path}:2: 'term' must be a string, not 5",
        f"{path}:3: entry 'x': unknown category ['hedge'] (known: "
        + ", ".join(sorted(lexicon_format.CATEGORIES))
        + ")",
        f"{path}:4: entry 'y': unknown stance ['doubt'] (known: "
        + ", ".join(sorted(lexicon_format.STANCES))
        + ")",
        f"{path}:5: entry 'z': 'refers_to' must be a string, not 2",
        f"{path}:5: entry 'z': 'neutral' must be a string, not [1]",
        f"{path}:5: entry 'z': 'note' must be a string, not 3",
    ]


def test_an_entry_without_a_term_leaves_the_next_entries_lines_right(tmp_path: Path) -> None:
    path = tmp_path / "gap.toml"
    path.write_text(
        META.format(name="gap")
        + '[[entry]]\ncategory = "hedge"\n\n[[entry]]\nterm = "thug"\ncategory = "dehumanizing"\n'
        '\n[[entry]]\nterm = "regime"\ncategory = "nope"\nexamples = ["regime"]\n',
        encoding="utf-8",
    )
    lines = path.read_text(encoding="utf-8").splitlines()
    headers = [i + 1 for i, line in enumerate(lines) if line == "[[entry]]"]
    problems = [str(p) for p in check_lexicon(path)]
    assert f"{path}:{headers[0]}: empty term" in problems
    assert f"{path}:{headers[1]}: entry 'thug': no examples (every entry proves itself)" in problems
    assert any(
        p.startswith(f"{path}:{headers[2]}: entry 'regime': unknown category") for p in problems
    )


def test_a_priority_that_is_not_a_whole_number_is_a_problem(tmp_path: Path) -> None:
    path = write_pack(
        tmp_path, 'entry = [{ term = "thug", category = "dehumanizing", examples = ["a thug"] }]\n'
    )
    path.write_text(
        path.read_text(encoding="utf-8").replace("[meta]\n", '[meta]\npriority = "high"\n'),
        encoding="utf-8",
    )
    assert any("priority 'high' is not a whole number" in str(p) for p in check_lexicon(path))


def test_malformed_toml_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('[meta]\nname = "x"\nentry = [ { term = "a", }\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"broken\.toml:3: malformed TOML"):
        check_lexicon(path)


def test_missing_file_is_a_lexicon_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="no such lexicon file"):
        load_lexicon(extra=[tmp_path / "absent.toml"])


def test_scored_list_with_sidecar(tmp_path: Path) -> None:
    (tmp_path / "scores.csv").write_text(
        "term,score\nvile,0.9\nzorpish,0.1\n,0.5\n", encoding="utf-8"
    )
    (tmp_path / "scores.meta.toml").write_text(
        META.format(name="scores") + 'min_score = 0.5\ncategory = "learned"\n', encoding="utf-8"
    )
    problems = check_lexicon(tmp_path / "scores.csv")
    assert [str(p) for p in problems] == [f"{tmp_path / 'scores.csv'}:4: empty term"]
    (tmp_path / "scores.csv").write_text("term,score\nvile,0.9\nzorpish,0.1\n", encoding="utf-8")
    lexicon = load_lexicon(extra=[tmp_path / "scores.csv"])
    assert hits(lexicon.matcher, "zorpish, vile") == ["vile"]


def test_scores_and_a_min_score_must_be_finite_numbers(tmp_path: Path) -> None:
    csv_path, sidecar = tmp_path / "odd.csv", tmp_path / "odd.meta.toml"
    csv_path.write_text("term,score\nvile,nan\nodious,inf\nfoul,0.4\n", encoding="utf-8")
    for value, shown in (('"high"', "'high'"), ("[1]", "[1]"), ("nan", "nan"), ("true", "True")):
        sidecar.write_text(META.format(name="odd") + f"min_score = {value}\n", encoding="utf-8")
        assert [str(p) for p in check_lexicon(csv_path)] == [
            f"{csv_path}:2: score 'nan' is not a number",
            f"{csv_path}:3: score 'inf' is not a number",
            f"{sidecar}:9: min_score {shown} is not a finite number",
        ], value
    with pytest.raises(LexiconError, match="score 'nan' is not a number"):
        load_lexicon(extra=[csv_path])


def test_scored_list_needs_its_sidecar(tmp_path: Path) -> None:
    (tmp_path / "alone.csv").write_text("term,score\nvile,0.9\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"alone\.meta\.toml"):
        check_lexicon(tmp_path / "alone.csv")


def test_list_and_describe_packs() -> None:
    names = [p["name"] for p in list_packs()]
    assert "general" in names and "middle_east" in names
    shown = describe_pack("middle_east")
    terms = {row["term"]: row for row in shown["entries"]}
    assert terms["Zionist regime"]["refers_to"] == "israel"
    assert shown["n_entries"] == len(shown["entries"])
    with pytest.raises(LexiconError, match="no lexicon pack named 'nope'"):
        describe_pack("nope")


def test_builtin_packs_check_clean() -> None:
    from framing.lexicons import builtin_pack_paths

    for path in builtin_pack_paths():
        assert check_lexicon(path) == [], path


def test_forms_normalise_case_hyphens_and_apostrophes() -> None:
    assert normalize_form("So-Called") == normalize_form("so  called") == "so called"
    assert normalize_form("regime\u2019s") == "regime's"
    assert inflect_word("claim", verb=True) == ["claims", "claimed", "claiming"]
    assert "admitted" in inflect_word("admit", verb=True)
    assert inflect_word("brutal", verb=False) == ["brutals", "brutally"]
    assert inflect_word("party", verb=False) == ["parties", "partily"]


def test_scored_list_keeps_each_terms_note(tmp_path: Path) -> None:
    (tmp_path / "why.csv").write_text(
        'term,score,note\nvile,0.9,"vader_abs 0.6 +1.2; curated 1 +0.8"\nodious,0.8,\n',
        encoding="utf-8",
    )
    (tmp_path / "why.meta.toml").write_text(
        META.format(name="why") + 'category = "learned"\n', encoding="utf-8"
    )
    entries = {e["term"]: e for e in describe_pack("why", extra=[tmp_path / "why.csv"])["entries"]}
    assert entries["vile"]["note"] == "vader_abs 0.6 +1.2; curated 1 +0.8"
    assert entries["vile"]["score"] == 0.9
    assert entries["odious"]["note"] is None


def test_a_builtin_pack_can_be_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []

    def recording_read_pack(path: Path) -> Pack:
        read.append(Path(path).name)
        return read_pack(path)

    monkeypatch.setattr(lexicons, "read_pack", recording_read_pack)
    lexicon = load_lexicon(without=["learned_loaded_words"])
    assert "learned_loaded_words" not in [p["name"] for p in lexicon.packs]
    assert not [e for e in lexicon.entries if e.lexicon == "learned_loaded_words"]
    assert [e for e in lexicon.entries if e.lexicon == "general"]
    # A left-out scored list is not even parsed.
    assert "general.toml" in read and "learned_loaded_words.csv" not in read
    without_general = load_lexicon(without=["general"])
    assert {p["name"] for p in without_general.packs} == {
        "middle_east",
        "news_bias",
        "learned_loaded_words",
    }


def test_a_pack_is_named_without_reading_its_entries(tmp_path: Path) -> None:
    for path in builtin_pack_paths():
        assert pack_name(path) == read_pack(path).name
    orphan = tmp_path / "orphan.csv"
    orphan.write_text("term,score\nvile,0.9\n", encoding="utf-8")
    assert pack_name(orphan) == "orphan"  # no sidecar: the stem, as read_pack would fail


def test_leaving_out_an_unknown_pack_names_the_builtin_ones() -> None:
    with pytest.raises(LexiconError, match=r"'nosuch'.*general"):
        load_lexicon(without=["nosuch"])


def test_min_score_cuts_scored_lists_only(tmp_path: Path) -> None:
    default = load_lexicon()
    strict = load_lexicon(min_score=0.5)
    scored = [e for e in strict.entries if e.score is not None]
    assert scored and min(e.score for e in scored) >= 0.5  # type: ignore[type-var]
    assert len(scored) < len([e for e in default.entries if e.score is not None])
    # Curated packs keep every entry; the cut is recorded for the manifest.
    curated = {p["name"]: p["n_entries"] for p in default.packs if p["kind"] == "toml"}
    assert {p["name"]: p["n_entries"] for p in strict.packs if p["kind"] == "toml"} == curated
    learned = next(p for p in strict.packs if p["name"] == "learned_loaded_words")
    assert learned["min_score"] == 0.5


def test_resource_options_refuse_a_min_score_that_is_not_finite() -> None:
    from framing.errors import UsageError
    from framing.resources import ResourceOptions

    for value in (float("nan"), float("inf")):
        with pytest.raises(UsageError, match="min_score must be a finite number"):
            ResourceOptions(min_score=value)
    assert ResourceOptions(min_score=0.3).min_score == 0.3


def test_resource_options_name_what_was_chosen() -> None:
    from framing.resources import ResourceOptions

    assert ResourceOptions().describe_chosen() == {}
    # A min_score of 0 is a choice (it cuts negative scores); context off is not.
    assert ResourceOptions(min_score=0.0, context=False).describe_chosen() == {"min_score": 0.0}
    assert ResourceOptions(
        lexicons=(Path("a.toml"),), without_lexicons=("general",), context=True
    ).describe_chosen() == {
        "lexicons": ["a.toml"],
        "without_lexicons": ["general"],
        "context": True,
    }


def test_a_lists_own_min_score_holds_when_higher(tmp_path: Path) -> None:
    (tmp_path / "scores.csv").write_text(
        "term,score\nvile,0.9\nnasty,0.6\nzorpish,0.3\n", encoding="utf-8"
    )
    (tmp_path / "scores.meta.toml").write_text(
        META.format(name="scores") + "min_score = 0.5\n", encoding="utf-8"
    )
    extra = [tmp_path / "scores.csv"]
    low = load_lexicon(extra=extra, without=["learned_loaded_words"], min_score=0.2)
    assert hits(low.matcher, "vile, nasty, zorpish") == ["vile", "nasty"]
    high = load_lexicon(extra=extra, without=["learned_loaded_words"], min_score=0.7)
    assert hits(high.matcher, "vile, nasty, zorpish") == ["vile"]

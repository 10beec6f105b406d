"""The actor gazetteer: packs load and check, phrases resolve to the actor they speak for."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from framing.actors import builtin_packs, check_gazetteer, load_gazetteer
from framing.errors import LexiconError


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("Iranian Foreign Ministry spokesman", "iran"),
        ("Israel's Ministry of Foreign Affairs", "israel"),
        ("Tehran", "iran"),
        ("the Israeli diplomat", "israel"),
        ("recently appointed Azerbaijani ambassador to Israel", "azerbaijan"),
        ("Eli Cohen", "israel"),
        ("the U.S. State Department", "united_states"),
        ("the Kremlin", "russia"),
        ("UN Secretary-General", "un"),
        ("Islamic Republic of Iran", "iran"),
        ("a Hamas official", "hamas"),
    ],
)
def test_actor_for_resolves_phrase(gazetteer, phrase, actor):
    assert gazetteer.actor_for(phrase) == actor


def test_actor_for_unknown_or_host_only_is_none(gazetteer):
    assert gazetteer.actor_for("a local shopkeeper") is None
    assert gazetteer.actor_for("the ambassador to Israel") is None
    assert gazetteer.actor_for("") is None


def test_person_actor(gazetteer):
    assert gazetteer.person_actor("Eli Cohen") == "israel"
    assert gazetteer.person_actor("Nasser Kanaani") == "iran"
    assert gazetteer.person_actor("Ilham Aliyev") == "azerbaijan"
    assert gazetteer.person_actor("Israel") is None
    assert gazetteer.person_actor("Nobody Inparticular") is None


def test_case_sensitive_matching_keeps_pronoun_us_apart(gazetteer):
    found = [m.surface.actor for m in gazetteer.find("Tell us what the US wants.")]
    assert found == ["united_states"]


def test_longest_alias_wins_and_word_boundaries(gazetteer):
    found = list(gazetteer.find("the Islamic Republic of Iran and Iranians, not Iranistan"))
    assert [(m.text, m.surface.actor) for m in found] == [
        ("Islamic Republic of Iran", "iran"),
        ("Iranians", "iran"),
    ]


def test_every_country_has_name_and_demonym(gazetteer):
    countries = [a for a in gazetteer.actors.values() if a.type == "country"]
    assert len(countries) >= 193
    assert all(
        a.demonyms or a.id in {"dominica", "vatican", "congo_brazzaville"} for a in countries
    )


def test_label_and_packs(gazetteer):
    assert gazetteer.label("united_states") == "United States"
    assert gazetteer.label("dana_ruritz") == "Dana Ruritz"
    names = {p["name"] for p in gazetteer.packs}
    assert {"world-countries", "people"} <= names
    assert all(p["version"] for p in gazetteer.packs)


def test_gazetteer_pickles(gazetteer):
    again = pickle.loads(pickle.dumps(gazetteer))
    assert again.actor_for("Baku") == "azerbaijan"


def test_builtin_packs_are_clean():
    for path in builtin_packs():
        assert check_gazetteer(path) == [], path


GOOD = """
[meta]
name = "mine"
version = "0.1"
language = "en"
description = "test"
license = "CC0-1.0"
source = "made up for a test"

[[actor]]
id = "ruritania"
type = "country"
name = "Ruritania"
demonyms = ["Ruritanian"]
metonyms = ["Strelsau"]

[[actor]]
id = "rudolf"
type = "person"
name = "Rudolf Rassendyll"
speaks_for = "ruritania"
"""


def test_user_pack_extends_gazetteer(tmp_path: Path):
    path = tmp_path / "mine.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert check_gazetteer(path) == []
    gaz = load_gazetteer(extra=[path])
    assert gaz.actor_for("the Ruritanian envoy") == "ruritania"
    assert gaz.actor_for("Strelsau") == "ruritania"
    assert gaz.person_actor("Rudolf Rassendyll") == "ruritania"
    assert gaz.actor_for("Tehran") == "iran"


def test_check_reports_file_and_line(tmp_path: Path):
    bad = GOOD.replace('type = "person"', 'type = "wizard"').replace(
        'speaks_for = "ruritania"', 'speaks_for = "atlantis"'
    )
    path = tmp_path / "bad.toml"
    path.write_text(bad, encoding="utf-8")
    problems = check_gazetteer(path)
    assert {p.line for p in problems} == {bad.splitlines().index("[[actor]]", 12) + 1}
    messages = " ".join(p.message for p in problems)
    assert "wizard" in messages and "atlantis" in messages
    with pytest.raises(LexiconError, match="bad.toml"):
        load_gazetteer(extra=[path])


def test_fields_of_the_wrong_type_are_problems_not_crashes(tmp_path: Path):
    odd = (
        GOOD.replace('id = "ruritania"', 'id = ["ruritania"]')
        .replace('type = "person"', 'type = ["person"]')
        .replace('speaks_for = "ruritania"', "speaks_for = { a = 1 }")
        .replace('metonyms = ["Strelsau"]', "metonyms = 5")
    )
    path = tmp_path / "odd.toml"
    path.write_text(odd, encoding="utf-8")
    messages = [p.message for p in check_gazetteer(path)]
    assert "id ['ruritania'] is not a lowercase slug" in messages
    assert any(m.startswith("type ['person'] is not one of") for m in messages)
    assert "speaks_for '{'a': 1}' is not a known actor id" in messages
    assert "'metonyms' must be a list of non-empty strings" in messages
    with pytest.raises(LexiconError, match="odd.toml"):
        load_gazetteer(extra=[path])


def test_check_reports_toml_syntax_and_missing_meta(tmp_path: Path):
    broken = tmp_path / "broken.toml"
    broken.write_text('[meta]\nname = "x\n', encoding="utf-8")
    [problem] = check_gazetteer(broken)
    assert problem.line == 2 and "TOML" in problem.message
    nometa = tmp_path / "nometa.toml"
    nometa.write_text('[[actor]]\nid = "x"\ntype = "country"\nname = "X"\n', encoding="utf-8")
    assert any("meta" in p.message for p in check_gazetteer(nometa))


def test_check_reports_a_surface_form_claimed_twice(tmp_path: Path):
    twice = GOOD.replace(
        'metonyms = ["Strelsau"]', 'metonyms = ["Strelsau"]\naliases = ["Rudolf Rassendyll"]'
    )
    path = tmp_path / "twice.toml"
    path.write_text(twice, encoding="utf-8")
    [problem] = check_gazetteer(path)
    assert "Rudolf Rassendyll" in problem.message and "ruritania" in problem.message


def test_actor_for_answers_are_cached_but_not_pickled(gazetteer):
    gazetteer.actor_for("the Israeli diplomat")
    assert gazetteer._actor_for_cache.get("the Israeli diplomat") == "israel"
    copy = pickle.loads(pickle.dumps(gazetteer))
    assert copy._actor_for_cache == {}
    assert copy == gazetteer
    assert copy.actor_for("the Israeli diplomat") == "israel"


def test_guarded_matcher_finds_what_a_leading_boundary_finds(gazetteer):
    import re

    from framing.actors import build_trie_pattern

    plain = re.compile(r"(?<![\w])" + build_trie_pattern(sorted(gazetteer.surfaces)) + r"(?![\w])")
    text = (
        "xIsrael Israel's Israelis, the Kremlin; al-Qaeda and al Qaeda. U.S.-led US\n"
        "Tehran\nTehranis the Netherlands Iran-Iraq Iranian. Eli Cohen, Cohen"
    )
    expected = [m.span() for m in plain.finditer(text)]
    assert len(expected) > 8
    assert [m.span() for m in gazetteer.pattern.finditer(text)] == expected
    assert [(s, e) for s, e, _ in gazetteer.find_spans(text)] == [
        (m.start, m.end) for m in gazetteer.find(text)
    ]

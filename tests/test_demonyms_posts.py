"""Demonyms read as places (derived by English endings, or a user file's ``demonyms``), people counted by
demonym, and Japanese ministers' posts kept out of names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.errors import ReferenceFileError
from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.knowledge.reference import ReferenceKind
from pipeline.knowledge.reference_file import load_reference
from pipeline.lang.counted_nouns import counted_noun
from pipeline.lang.counts import find_counts
from sources.registry import parse_path


def _gazetteer() -> Gazetteer:
    return Gazetteer.build(
        [("BD", "Borduria"), ("SY", "Syldavia"), ("GL", "Galand"), ("CR", "Carpathy")],
        demonyms=[("SY", "Syldavic")],
    )


def test_regular_demonyms_and_their_plurals_are_read_by_their_endings() -> None:
    g = _gazetteer()
    assert g.codes("Bordurian") == {"BD"}
    assert g.codes("Bordurians") == {"BD"}
    assert g.codes("Carpathian") == {"CR"}
    assert g.codes("Gallish") == {"GL"}  # the stem's doubled last letter single


def test_irregular_demonyms_come_from_the_file_and_are_no_names_of_the_place() -> None:
    g = _gazetteer()
    assert g.codes("Syldavic") == {"SY"}
    assert g.codes("Syldavics") == {"SY"}
    assert not g.indexed("Syldavic")  # a nationality, never a listed place's name
    assert g.codes("Zembla") == frozenset()


def test_demonyms_survive_an_overlay_and_take_the_code_underneath() -> None:
    user = Gazetteer.build([("x1", "Syldavia")], demonyms=[("x1", "Syldavic")])
    merged = _gazetteer().overlaid(user)
    assert merged.codes("Syldavic") == {"SY"}


def test_a_gazetteer_file_carries_demonyms_in_json_and_csv(tmp_path: Path) -> None:
    doc = {
        "version": "1",
        "kind": "gazetteer",
        "entries": [{"id": "SY", "names": {"en": "Syldavia"}, "demonyms": ["Syldavic"]}],
    }
    path = tmp_path / "places.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert load_reference(path).gazetteer().codes("Syldavics") == {"SY"}
    csv_path = tmp_path / "places.csv"
    csv_path.write_text("id,name_en,demonyms\nSY,Syldavia,Syldavic|Syldavian\n", encoding="utf-8")
    ref = load_reference(csv_path, expect=ReferenceKind.GAZETTEER)
    assert ref.entries[0].demonyms == ("Syldavic", "Syldavian")
    assert ref.entries[0].attributes == ()  # the column is no attribute


def test_demonyms_that_are_no_list_of_strings_are_a_problem(tmp_path: Path) -> None:
    entry = {"id": "SY", "names": {"en": "Syldavia"}, "demonyms": "x"}
    doc = {"version": "1", "kind": "gazetteer", "entries": [entry]}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ReferenceFileError, match="'demonyms' must be a list of strings"):
        load_reference(path)


def test_people_counted_by_where_they_are_from() -> None:
    text = "Aland sanctioned six Bordurians and two Syldavis on Monday."
    counts = find_counts(text)
    assert [(c.value, counted_noun(text, c)) for c in counts] == [(6, "bordurian"), (2, "syldavi")]
    assert find_counts("the Ministers met the six Japanese") == []  # no number before; no plural s
    assert find_counts("Aland opened 3 Centers and 7 Towers") == []  # nouns ending in -ers are no demonyms


def _posts(tmp_path: Path, text: str) -> list[tuple[str, list[str]]]:
    path = tmp_path / "ja.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_path(path)
    return [(m.label, [a.text for a in m.attributes]) for m in result.mentions if m.kind.value == "list"]


def test_japanese_ministers_shortened_posts_and_katakana_fields_leave_the_name(tmp_path: Path) -> None:
    text = (
        "新内閣が発足\n\n政府は21日、新内閣を発足させた。主な閣僚5人は山田太郎経財相、鈴木一郎国交相、"
        "佐藤花子復興相、田中次郎厚労相、高橋三郎デジタル相。\n"
    )
    assert _posts(tmp_path, text) == [
        ("山田太郎", ["経財相"]),
        ("鈴木一郎", ["国交相"]),
        ("佐藤花子", ["復興相"]),
        ("田中次郎", ["厚労相"]),
        ("高橋三郎", ["デジタル相"]),
    ]

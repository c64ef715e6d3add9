"""Factbox entries: a name, a spaced dash, a sentence about it (``ALAND - The army took power in 2021.``):
the name before the dash, the sentence an attribute; never the sentence read as the name with the name as
its parent."""

from __future__ import annotations

from pathlib import Path

from sources.registry import parse_path

FACTBOX = """FACTBOX-Countries facing the new travel ban

Aland Wire, June 5, 2025

Here are the countries whose nationals face a full ban:

* BORDURIA - The army took power in 2021.
* CARPATHIA - The military seized power in 2022.
* DALMATIA - The country has been ruled by a council since 2020
* ELBONIA - Its government says the ban is unfair.
"""


def test_the_name_before_the_dash_the_sentence_after_it_said_of_it(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(FACTBOX, encoding="utf-8")
    read = [(m.label, m.parent, [a.text for a in m.attributes]) for m in parse_path(path).mentions]
    assert [(label, parent) for label, parent, _ in read] == [
        ("BORDURIA", ""),
        ("CARPATHIA", ""),
        ("DALMATIA", ""),
        ("ELBONIA", ""),
    ]
    assert [[t.rstrip(".") for t in said] for _, _, said in read] == [
        ["The army took power in 2021"],
        ["The military seized power in 2022"],
        ["The country has been ruled by a council since 2020"],
        ["Its government says the ban is unfair"],
    ]


def test_a_body_after_its_parent_s_dash_is_no_sentence(tmp_path: Path) -> None:
    text = (
        "Aland restructures\n\nAland Wire, June 5, 2025\n\nThe new offices are:\n\n"
        "- Aland Ministry of Trade - Borduria Liaison Office\n"
        "- Aland Ministry of Trade - Carpathia Liaison Office\n"
        "- Aland Ministry of Trade - Dalmatia Liaison Office\n"
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert all(not m.attributes for m in parse_path(path).mentions)


def test_a_chinese_name_a_colon_and_a_sentence_about_it(tmp_path: Path) -> None:
    text = (
        "入境禁令對象\n\n乙報　2025年6月5日\n\n全面禁止入境的國家包括：\n\n"
        "●甲國：2021年軍方奪權後局勢動盪。\n●乙國：軍方2021年發動政變。\n●丙國：由軍事委員會統治至今。\n"
        "●丁國：政府批評此舉帶有歧視。\n"
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    read = [(m.label, [a.text.rstrip("。") for a in m.attributes]) for m in parse_path(path).mentions]
    assert read == [
        ("甲國", ["2021年軍方奪權後局勢動盪"]),
        ("乙國", ["軍方2021年發動政變"]),
        ("丙國", ["由軍事委員會統治至今"]),
        ("丁國", ["政府批評此舉帶有歧視"]),
    ]

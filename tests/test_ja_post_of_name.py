"""Japanese people named after their post and the particle の (``国防次官の山田太郎氏``), in a sentence's
run of names up to its closing count (``…空軍司令官の高橋三郎氏の4人``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.registry import parse_path

RUN = "国防次官の山田太郎氏、参謀総長の佐藤次郎氏、海軍司令官の鈴木一郎氏、空軍司令官の高橋三郎氏"
PEOPLE = [
    ("山田太郎", ["国防次官"]),
    ("佐藤次郎", ["参謀総長"]),
    ("鈴木一郎", ["海軍司令官"]),
    ("高橋三郎", ["空軍司令官"]),
]


def _read(tmp_path: Path, sentence: str):
    path = tmp_path / "a.txt"
    path.write_text(f"甲国、乙国の4人を制裁\n\n{sentence}\n", encoding="utf-8")
    return parse_path(path)


@pytest.mark.parametrize(
    "sentence",
    [
        f"甲国財務省は3日、乙国の{RUN}の4人を制裁対象に指定した。",
        f"制裁対象は、{RUN}の4人。",
    ],
)
def test_post_no_name_with_a_closing_count(tmp_path: Path, sentence: str) -> None:
    result = _read(tmp_path, sentence)
    # "乙国の" before the first post is said of the first person: the body the post is held at
    expected = [("山田太郎", ["乙国", "国防次官"]), *PEOPLE[1:]] if "乙国の" in sentence else PEOPLE
    assert [(m.label, [a.text for a in m.attributes]) for m in result.mentions] == expected
    assert [h.stated for h in result.headings] == [4]


def test_katakana_names_after_their_posts(tmp_path: Path) -> None:
    sentence = (
        "制裁対象は、外相のジェーン・ロー氏、国防相のジョン・ドウ氏、報道官のメアリー・メジャー氏の3人。"
    )
    result = _read(tmp_path, sentence)
    assert [(m.label, [a.text for a in m.attributes]) for m in result.mentions] == [
        ("ジェーン・ロー", ["外相"]),
        ("ジョン・ドウ", ["国防相"]),
        ("メアリー・メジャー", ["報道官"]),
    ]


def test_a_place_before_the_name_is_no_post(tmp_path: Path) -> None:
    sentence = "制裁対象は、乙国の山田太郎氏、丙国の佐藤次郎氏、丁国の鈴木一郎氏の3人。"
    result = _read(tmp_path, sentence)
    titles = [a.text for m in result.mentions for a in m.attributes if a.kind.value == "title"]
    assert titles == []


def test_a_council_secretary_a_party_leader_and_an_aide_after_katakana_names(tmp_path: Path) -> None:
    # a secretary (書記), a party's leader (党首) and a president's aide (補佐官) glued after the names
    text = (
        "甲国への追加制裁\n\n対象となる主な個人は次の通り。\n"
        "・ジョン・ドウ国防相\n・ジェーン・ロー安全保障会議書記\n・メアリー・メジャー甲国民党党首\n"
        "・リチャード・ロー大統領補佐官\n"
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_path(path)
    assert [(m.label, [a.text for a in m.attributes]) for m in result.mentions] == [
        ("ジョン・ドウ", ["国防相"]),
        ("ジェーン・ロー", ["安全保障会議書記"]),
        ("メアリー・メジャー", ["甲国民党党首"]),
        ("リチャード・ロー", ["大統領補佐官"]),
    ]

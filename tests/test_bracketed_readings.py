"""A name in Chinese characters with its katakana reading in brackets (``張三丰（ジェーン・ロー）``), as
Japanese papers print a Hong Kong or Chinese name: the reading is another name of the person
(``sources/bracketed_readings.py``), heard against the names other outlets print in Latin letters and in
katakana (``pipeline/matching/keys.py``), so the three scripts' lists are one."""

from __future__ import annotations

from pathlib import Path

from pipeline.run import reconcile
from sources.registry import parse_path

JA = (
    "乙国財務省は7日、張三丰（ジェーン・ロー）行政長官、李四海（ジョン・ドウ）保安局長、"
    "王五岳（リチャード・ポー）警務処長の3人を制裁対象に指定した。"
)


def test_a_katakana_reading_in_brackets_is_another_name(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"甲国が制裁\n\n{JA}\n", "utf-8")
    got = [(m.name_zh, m.aliases, m.note) for m in parse_path(tmp_path / "a.txt").mentions]
    assert got == [
        ("張三丰", ("ジェーン・ロー",), ""),
        ("李四海", ("ジョン・ドウ",), ""),
        ("王五岳", ("リチャード・ポー",), ""),
    ]


def test_a_word_in_katakana_in_brackets_stays_a_note(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "甲国が表彰\n\n受賞者は張三丰（ジャーナリスト）、李四海（デザイナー）、王五岳（エンジニア）の3人。\n",
        "utf-8",
    )
    assert all(not m.aliases for m in parse_path(tmp_path / "a.txt").mentions)


def test_the_reading_links_the_english_list_and_the_chinese_one(tmp_path: Path) -> None:
    story = tmp_path / "story"
    story.mkdir()
    (story / "01_ja.txt").write_text(f"甲国が制裁\n\n2020年8月8日\n\n{JA}\n", "utf-8")
    (story / "02_en.txt").write_text(
        "Aland sanctions three officials\n\nAugust 7, 2020\n\nThe three officials are:\n"
        "- Jane Roe\n- John Doe\n- Richard Poe\n",
        "utf-8",
    )
    (story / "03_hk.txt").write_text(
        "甲國制裁3名官員\n\n2020年8月8日\n\n被制裁的3人為：\n張三丰\n李四海\n王五岳\n", "utf-8"
    )
    result = reconcile([str(story)])
    by_key = {m.key: m for m in result.mentions}
    names = sorted(
        sorted({by_key[k].name_zh or by_key[k].name_en for k in e.mentions}) for e in result.entities
    )
    assert names == [["Jane Roe", "張三丰"], ["John Doe", "李四海"], ["Richard Poe", "王五岳"]]

"""A second list led in by words parallel to the first's (``The individuals designated are:`` over lines,
then ``The entities designated are A, B and C.``): another group of the article, though neither states a
count."""

from __future__ import annotations

from pathlib import Path

from sources.parallel_leads import _parallel
from sources.registry import parse_path

EN = """Treasury sanctions a drone parts network

Aland Wire, March 3, 2025

WASHINGTON — The Treasury Department on Monday sanctioned four individuals and three companies.

The individuals designated are:

Jane Roe, a Borduria-based procurement agent;
John Doe, director of Carpathia Trading LLC;
Richard Major, a shipping broker; and
Mary Minor, a financier based in Aland.

The entities designated are Carpathia Trading LLC, Borduria Components Ltd and Aland Logistics FZE.

Officials said more designations would follow.
"""

ZH = """甲國宣布新入境禁令

乙報　2025年6月5日

甲國總統4日簽署公告，限制多國公民入境，下周一生效。

全面禁止入境的國家包括：
阿富汗
緬甸
查德
伊朗

部分限制入境的國家包括古巴、寮國和委內瑞拉。

白宮表示，名單將定期檢討。
"""

JA = """甲国、入国制限を拡大

乙新聞　2025年6月5日

甲国の大統領は4日、入国制限を拡大する布告に署名した。

入国を全面的に禁止する国は以下の通り。
・アフガニスタン
・ミャンマー
・チャド
・イラン

入国を一部制限する国はキューバ、ラオス、ベネズエラ。

措置は9日に発効する。
"""


def _read(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [(m.label, m.group) for m in parse_path(path).mentions]


def test_people_then_companies_in_parallel_words(tmp_path: Path) -> None:
    read = _read(tmp_path, EN)
    assert [name for name, _ in read] == [
        "Jane Roe",
        "John Doe",
        "Richard Major",
        "Mary Minor",
        "Carpathia Trading LLC",
        "Borduria Components Ltd",
        "Aland Logistics FZE",
    ]
    people, companies = {g for _, g in read[:4]}, {g for _, g in read[4:]}
    assert len(people) == 1 and len(companies) == 1 and people != companies
    assert "individuals" in people.pop() and "entities" in companies.pop()


def test_a_full_ban_over_lines_then_a_partial_one_in_a_sentence(tmp_path: Path) -> None:
    assert _read(tmp_path, ZH) == [
        ("阿富汗", "全面禁止入境的國家"),
        ("緬甸", "全面禁止入境的國家"),
        ("查德", "全面禁止入境的國家"),
        ("伊朗", "全面禁止入境的國家"),
        ("古巴", "部分限制入境的國家"),
        ("寮國", "部分限制入境的國家"),
        ("委內瑞拉", "部分限制入境的國家"),
    ]


def test_the_second_group_the_whole_predicate_of_its_sentence(tmp_path: Path) -> None:
    full, partial = "入国を全面的に禁止する国", "入国を一部制限する国"
    assert _read(tmp_path, JA) == [
        ("アフガニスタン", full),
        ("ミャンマー", full),
        ("チャド", full),
        ("イラン", full),
        ("キューバ", partial),
        ("ラオス", partial),
        ("ベネズエラ", partial),
    ]
    zh = ZH.replace("部分限制入境的國家包括", "部分限制入境的國家則有")
    assert [group for _, group in _read(tmp_path, zh)][4:] == ["部分限制入境的國家"] * 3


def test_territories_in_a_clause_that_goes_on_are_no_list(tmp_path: Path) -> None:
    # the run is the subject's predicate only when it closes the sentence
    text = (
        "甲國外長訪問\n\n乙報　2025年6月5日\n\n此行的重點國家是伊朗、伊拉克和敘利亞的外長會談，外界關注。\n"
    )
    assert _read(tmp_path, text) == []


def test_territories_said_of_a_subject_of_another_kind_are_no_list(tmp_path: Path) -> None:
    # a team's opponents: the subject names no countries, the sentence describes
    text = "分組揭曉\n\n乙報　2025年12月6日\n\n甲隊的對手是伊朗、伊拉克和敘利亞。\n"
    assert _read(tmp_path, text) == []


def test_leads_parallel_only_where_they_end_alike_and_differ_before() -> None:
    assert _parallel("The individuals designated are", "The entities designated are")
    assert _parallel("全面禁止入境的國家包括", "部分限制入境的國家包括")
    assert not _parallel("The individuals designated are", "The individuals designated are")
    assert not _parallel("Officials said the measures are", "The entities designated are")
    assert not _parallel("designated are", "The entities designated are")  # nothing of its own
    assert not _parallel("甲國宣布", "乙國包括")


def test_counts_of_the_groups_stated_together_before_the_list(tmp_path: Path) -> None:
    """Once the second list is read as a group of its own, the sentence counting both binds each count to
    its group (pipeline claims)."""
    from pipeline.run import reconcile

    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text(EN.replace("three companies", "three entities"), encoding="utf-8")
    claims = sorted((c.subject, int(c.stated)) for c in reconcile([str(folder)]).claims if c.kind == "group")
    assert claims == [("The entities designated", 3), ("The individuals designated", 4)]

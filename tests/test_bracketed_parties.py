"""A party in brackets right after a candidate's name (``sources/bracketed_parties.py``): the item's party
tag, not its note nor part of its name; other brackets keep their reading. Made-up names; each
expectation is read from the article written here."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import AttributeKind, Mention
from sources.registry import parse_path


def _read(tmp_path: Path, body: str) -> list[Mention]:
    path = tmp_path / "a.txt"
    path.write_text(f"選舉結果\n\n北方日報　2025-06-04\n\n{body}\n", encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind == "list"]


def _tags(m: Mention) -> list[str]:
    return [a.text for a in m.attributes if a.kind is AttributeKind.TAG]


def test_a_party_in_brackets_after_each_candidate_is_the_candidates_tag(tmp_path: Path) -> None:
    read = _read(tmp_path, "開票結果如下：甲（甲黨）49.42%、乙（乙黨）41.15%、丙（丙黨）8.34%。")
    assert [m.name_zh for m in read] == ["甲", "乙", "丙"]
    assert [_tags(m) for m in read] == [["甲黨"], ["乙黨"], ["丙黨"]]
    assert [m.note for m in read] == ["", "", ""]
    assert [[v.raw for v in m.values] for m in read] == [["49.42%"], ["41.15%"], ["8.34%"]]


def test_a_column_of_parties_holds_the_one_without_a_party_word(tmp_path: Path) -> None:
    """``李四（乙力量）``: most brackets of the list name a party, so this one does too."""
    read = _read(
        tmp_path,
        "4名候選人的得票率依序為張三（甲黨）49.42%、李四（乙力量）41.15%、王五（丙新黨）8.34%及趙六（丁勞動黨）0.98%。",
    )
    assert [m.name_zh for m in read] == ["張三", "李四", "王五", "趙六"]
    assert [_tags(m) for m in read] == [["甲黨"], ["乙力量"], ["丙新黨"], ["丁勞動黨"]]


def test_a_japanese_party_in_brackets_is_the_tag(tmp_path: Path) -> None:
    read = _read(
        tmp_path, "得票率は、山田太郎（甲党）49.4%、鈴木一郎（乙党）41.2%、佐藤花子（丙党）8.3%だった。"
    )
    assert [_tags(m) for m in read] == [["甲党"], ["乙党"], ["丙党"]]


def test_brackets_without_a_party_word_keep_their_reading(tmp_path: Path) -> None:
    """A column of sports, or of nationalities: no party's word, no tag."""
    sports = _read(
        tmp_path, "收入前三名依序為張三（足球）2億美元、李四（籃球）1億美元、王五（網球）0.5億美元。"
    )
    assert not any(_tags(m) for m in sports)
    nations = _read(tmp_path, "出席者包括：張三（甲國籍）、李四（乙國籍）、王五（甲國籍）。")
    assert [m.name_zh for m in nations] == ["張三", "李四", "王五"]
    assert not any(_tags(m) for m in nations)


def test_a_party_word_inside_a_longer_name_is_no_bracketed_party(tmp_path: Path) -> None:
    """A party's name listed as the item itself (``甲黨``), not after a person's: no tag."""
    read = _read(tmp_path, "議席分配如下：甲黨52席、乙黨51席、丙黨8席。")
    assert [m.name_zh for m in read] == ["甲黨", "乙黨", "丙黨"]
    assert not any(_tags(m) for m in read)


def test_an_english_party_in_brackets_is_the_tag(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Results\n\nLakeside Wire, March 3, 2025\n\nThe results were: Jane Roe (Aland Party) 49.4%, John Doe "
        "(Borduria Party) 41.2% and Mary Major (Carpathia Party) 8.3%.\n",
        encoding="utf-8",
    )
    read = [m for m in parse_path(path).mentions if m.kind == "list"]
    assert [_tags(m) for m in read] == [["Aland Party"], ["Borduria Party"], ["Carpathia Party"]]
    assert [[v.raw for v in m.values] for m in read] == [["49.4%"], ["41.2%"], ["8.3%"]]


def _read_en(tmp_path: Path, body: str) -> list[Mention]:
    path = tmp_path / "a.txt"
    path.write_text(f"Results\n\nLakeside Wire, March 3, 2025\n\n{body}\n", encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind == "list"]


def test_an_english_column_of_parties_holds_the_one_without_a_party_word(tmp_path: Path) -> None:
    """``Mary Major (Carpathia Left)``: most brackets of the list name a party, so this one does too."""
    read = _read_en(
        tmp_path,
        "The results were: Jane Roe (Aland Party) 49.4%, John Doe (Borduria Party) 41.2% and Mary Major "
        "(Carpathia Left) 8.3%.",
    )
    assert [m.name_en for m in read] == ["Jane Roe", "John Doe", "Mary Major"]
    assert [_tags(m) for m in read] == [["Aland Party"], ["Borduria Party"], ["Carpathia Left"]]


def test_english_brackets_without_a_party_word_are_no_tag(tmp_path: Path) -> None:
    """Guard: where each person is from, in brackets: no party, no tag; the last keeps its value."""
    read = _read_en(
        tmp_path,
        "The winners were: Jane Roe (Aland) 49.4%, John Doe (Borduria) 41.2% and Mary Major (Carpathia) "
        "8.3%.",
    )
    assert [m.name_en for m in read] == ["Jane Roe", "John Doe", "Mary Major"]
    assert not any(_tags(m) for m in read)
    assert [[v.raw for v in m.values] for m in read] == [["49.4%"], ["41.2%"], ["8.3%"]]


def test_an_english_party_listed_as_the_item_is_no_tag(tmp_path: Path) -> None:
    """Guard: a party's name with its short name in brackets (``Aland Party (AP)``) is the item itself."""
    read = _read_en(
        tmp_path,
        "Seats went to the Aland Party (AP) 52, the Borduria Party (BP) 51 and the Carpathia Party (CP) 8.",
    )
    assert not any(_tags(m) for m in read)

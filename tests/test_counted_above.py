"""Runs of Chinese names with no cue of their own, made a list by a count above them
(``sources/layouts/_inline_counted.py``; articles in ``tests/fixtures/counted_above/``)."""

from __future__ import annotations

from pathlib import Path

from sources.registry import parse_path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "counted_above"


def _read(name: str) -> tuple[list[tuple[str, str]], list[int | None]]:
    result = parse_path(FIXTURES / name)
    items = [(m.label, m.group) for m in result.mentions if m.kind.value == "list"]
    return items, [h.stated for h in result.headings]


def test_people_named_in_a_sentence_under_a_count_of_them_are_the_list() -> None:
    items, stated = _read("people_tw.txt")
    assert [name for name, _ in items] == ["柯林斯", "貝克", "莫里森", "哈特", "葛林"]
    assert stated == [5]


def test_countries_named_after_a_headline_count_are_the_list() -> None:
    items, stated = _read("countries_cn.txt")
    assert [name for name, _ in items] == [
        "阿塔",
        "博杜里亚",
        "卡帕西亚",
        "达尔马提亚",
        "厄勒",
        "弗里多尼亚",
        "格鲁巴尼亚",
    ]
    assert stated == [7]


def test_two_runs_each_counted_in_turn_are_two_groups() -> None:
    items, stated = _read("two_runs_cn.txt")
    assert [name for name, _ in items] == [
        "柯林斯",
        "贝克",
        "莫里森",
        "乙国民主基金会",
        "乙国自由之家",
        "乙国人权中心",
    ]
    groups = [group for _, group in items]
    assert groups[0] == groups[1] == groups[2] != groups[3] == groups[4] == groups[5]
    assert stated == [3, 3]


def test_a_count_the_lead_in_names_again_binds_though_its_number_differs() -> None:
    """``5名乙國議員`` above ``被制裁的議員是`` four names: the list the count counts, one short."""
    items, stated = _read("miscounted_tw.txt")
    assert [name for name, _ in items] == ["柯林斯", "貝克", "莫里森", "哈特"]
    assert stated == [5]


def test_topics_counted_by_a_counter_of_things_are_no_list() -> None:
    """``3項協議`` above ``經濟、貿易和科技``: 項 counts agreements, not names."""
    assert _read("topics_tw.txt") == ([], [])


def test_a_count_of_a_part_no_run_names_leaves_the_sentence_unread() -> None:
    """``3名人員和2個實體`` above three people and a sentence that only says two bodies are listed too:
    reading the people alone would make a correct outlet short of the bodies."""
    assert _read("unnamed_part_cn.txt") == ([], [])


def test_two_names_after_a_run_are_the_part_the_second_count_counts() -> None:
    """``3名人員和2個實體`` above ``被制裁人员为A、B、C。被制裁实体为D、E。``: the two bodies are a group of
    their own, counted two."""
    items, stated = _read("pair_after_cn.txt")
    assert items == [
        ("柯林斯", "被制裁人员"),
        ("贝克", "被制裁人员"),
        ("莫里森", "被制裁人员"),
        ("乙国民主基金会", "被制裁实体"),
        ("乙国自由之家", "被制裁实体"),
    ]
    assert stated == [3, 2]


def test_nationals_of_a_counted_run_end_before_their_noun_and_a_republic_stays_whole() -> None:
    """``禁止A、…、丁共和國及戊公民入境`` under ``禁6國公民入境``: 共 of 共和國 is no total (共12國), and the
    citizens named after the run are no part of its last name."""
    items, stated = _read("nationals_hk.txt")
    assert [name for name, _ in items] == [
        "阿塔",
        "博杜里亞",
        "卡帕西亞",
        "厄勒",
        "達爾馬提亞共和國",
        "弗里多尼亞",
    ]
    assert stated == [6]


def test_a_count_said_again_right_before_its_items_binds() -> None:
    """``這12國分別是…``: the anaphora restates the count of the list it introduces."""
    items, stated = _read("these_n_are_tw.txt")
    assert len(items) == 12 and items[0][0] == "乙國" and items[-1][0] == "寅國"
    assert stated == [12]


def test_a_run_after_a_verb_of_another_role_is_no_list_whatever_count_is_above() -> None:
    """``對5國實施制裁。…此舉獲得乙國、丙國、丁國、戊國和己國支持``: five supporters, not the five
    sanctioned (the lead-in ends in no copula, cue or decision verb)."""
    assert _read("supporters_tw.txt") == ([], [])


def test_a_count_then_a_few_words_and_a_colon_counts_the_run_after() -> None:
    """``Nationals of seven countries face partial restrictions: A, B, …``."""
    items, stated = _read("words_then_colon_en.txt")
    assert [name for name, _ in items] == [
        "Borduria",
        "Carpathia",
        "Dalmatia",
        "Estovakia",
        "Freedonia",
        "Grubania",
        "Hetland",
    ]
    assert stated == [7]

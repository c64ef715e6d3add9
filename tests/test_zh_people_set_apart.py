"""Chinese lists of people after their posts as outlets print them beyond one run of ``、``: the one set
apart before the others (``除…外``) and the people of clauses parted by ``，`` around a run of ``、``
(``sources/layouts/_inline_besides.py``, ``sources/layouts/_inline_comma_people.py``)."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import AttributeKind, Kind
from sources.registry import parse_path

NAMES = ["張三", "李四", "王五", "趙六", "錢七", "孫八"]
POSTS = ["甲部部長", "乙局局長", "前乙局局長", "丙署署長", "丁辦主任", "戊委秘書長"]


def _read(tmp_path: Path, body: str) -> tuple[list[tuple[str, str]], list[int | None]]:
    (tmp_path / "a.txt").write_text(f"甲國制裁6名官員\n\n{body}\n", "utf-8")
    result = parse_path(tmp_path / "a.txt")
    people = [
        (
            m.label,
            "".join(
                a.text for a in m.attributes if a.kind in (AttributeKind.TITLE, AttributeKind.ORGANIZATION)
            ),
        )
        for m in result.mentions
        if m.kind is Kind.LIST
    ]
    return people, [h.stated for h in result.headings]


def _people(order: list[int]) -> list[tuple[str, str]]:
    return [(NAMES[k], POSTS[k]) for k in order]


def _posted(k: int) -> str:
    return POSTS[k] + NAMES[k]


def test_the_one_set_apart_in_the_clause_is_counted_with_the_others(tmp_path: Path) -> None:
    """``除甲部部長張三外，另外被制裁的還有A、B、C、D及E等6人``: six, 張三 first (five before)."""
    others = "、".join(_posted(k) for k in range(1, 5)) + "及" + _posted(5)
    people, stated = _read(tmp_path, f"除{_posted(0)}外，另外被制裁的還有{others}等6人。")
    assert people == _people(list(range(6)))
    assert stated == [6]


def test_those_named_in_the_sentence_before_open_the_list(tmp_path: Path) -> None:
    """``…當中包括A及B。`` then ``除上述兩人外，名單還包括C、D、E和F。``: six, A and B first (four
    before, and the two read by no reader)."""
    body = (
        f"乙國宣布制裁6名官員，當中包括{_posted(0)}及{_posted(1)}。\n\n除上述兩人外，名單還包括"
        + "、".join(_posted(k) for k in range(2, 5))
        + f"和{_posted(5)}。"
    )
    assert _read(tmp_path, body)[0] == _people(list(range(6)))


def test_a_count_of_the_others_alone_adds_nobody(tmp_path: Path) -> None:
    """Five others under ``等5人``: the one set apart is not counted with them, and not added."""
    others = "、".join(_posted(k) for k in range(1, 5)) + "及" + _posted(5)
    people, _ = _read(tmp_path, f"除{_posted(0)}外，另外被制裁的還有{others}等5人。")
    assert people == _people(list(range(1, 6)))


def test_people_in_clauses_parted_by_commas_around_a_run(tmp_path: Path) -> None:
    """``名單如下：A，B，C、D、E，F``: the list whole (only C, D and E before)."""
    body = (
        f"名單如下：\n\n{_posted(0)}，{_posted(1)}，"
        + "、".join(_posted(k) for k in range(2, 5))
        + f"，{_posted(5)}。"
    )
    assert _read(tmp_path, body)[0] == _people(list(range(6)))


def test_a_clause_of_another_kind_before_the_run_stays_out(tmp_path: Path) -> None:
    body = "乙國財政部7日宣布，制裁名單包括" + "、".join(_posted(k) for k in range(4)) + "。"
    people, _ = _read(tmp_path, body)
    assert [n for n, _ in people] == NAMES[:4]


def test_those_named_before_with_a_pause_and_a_closing(tmp_path: Path) -> None:
    """``當中包括A，及B等人。`` then ``除上述兩人外，…``: the two after the cue, ``，及`` parting them and
    ``等人`` closing them, open the list."""
    body = (
        f"乙國宣布制裁6名官員，當中包括{_posted(0)}，及{_posted(1)}等人。\n\n除上述兩人外，名單還包括"
        + "、".join(_posted(k) for k in range(2, 5))
        + f"，以及{_posted(5)}。"
    )
    assert _read(tmp_path, body)[0] == _people(list(range(6)))

"""What a list's length says without an official list. A list that reaches a count under half of the one
most lists state is the whole of a narrower list (the two candidates of a runoff among five): it is judged
to lack nothing, and warned of nothing. A table under no count, as long as the total most lists state, is
the whole list: a stranger in it, in place of an item every other list has, is one ``wrong_item``."""

from __future__ import annotations

from pathlib import Path

from pipeline.run import reconcile

ROWS = [("張三", 64, 119), ("李四", 80, 84), ("王五", 72, 62), ("趙六", 34, 21), ("陳七", 44, 14)]


def _write(folder: Path, runoff_only: str) -> None:
    body = "\n".join(f"●{n}　議員票{a}　黨員票{b}　合共{a + b}" for n, a, b in ROWS)
    for i in range(1, 5):
        (folder / f"0{i}_paper.txt").write_text(
            f"阿蘭國執政黨黨魁選舉結果\n2025年10月4日 第{i}日報\n\n阿蘭國執政黨今天舉行黨魁選舉，首輪投票共有"
            f"五人參選。首輪各候選人得票如下：\n\n{body}\n\n其後張三與李四進入決選。\n",
            encoding="utf-8",
        )
    (folder / "05_radio.txt").write_text(
        f"阿蘭國執政黨黨魁選舉 張三勝出\n2025年10月4日 第5日報\n\n{runoff_only}\n\n"
        "決選結果，張三拿下185票，擊敗獲得156票的李四。\n\n（編輯：王小明）\n",
        encoding="utf-8",
    )


def test_the_two_of_a_runoff_are_not_a_list_that_leaves_out_three(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "阿蘭國執政黨黨魁選舉今天投開票。首輪投票中，張三拿下議員票64票、黨員票119票，合計183票居首；"
        "李四拿下議員票80票、黨員票84票，合計164票次之。由於無人過半，兩人進入決選。",
    )
    rec = reconcile([str(tmp_path)])
    assert sorted(m.name_zh for m in rec.mentions if m.article == "05_radio") == ["張三", "李四"]
    assert [d.kind for d in rec.discrepancies if "05_radio" in d.sources] == []


def test_a_value_of_the_narrower_list_is_still_judged(tmp_path: Path) -> None:
    """Only omissions are left unjudged: a vote the runoff article misprints is still one error."""
    _write(
        tmp_path,
        "阿蘭國執政黨黨魁選舉今天投開票。首輪投票中，張三拿下議員票64票、黨員票119票，合計183票居首；"
        "李四拿下議員票80票、黨員票48票，合計128票次之。由於無人過半，兩人進入決選。",
    )
    rec = reconcile([str(tmp_path)])
    errors = [(d.kind, d.sources) for d in rec.discrepancies if d.severity.value == "error"]
    assert errors and all(s == ("05_radio",) for _, s in errors)
    assert {k for k, _ in errors} <= {"value_conflict", "column_swap"}


def _table(names: list[str]) -> str:
    rows = "\n".join(f"{n}　　{a}　　{b}　　{a + b}" for n, (_, a, b) in zip(names, ROWS, strict=True))
    return (
        "阿蘭國執政黨黨魁選舉 張三勝出\n2025年10月4日 第5日報\n\n"
        f"阿蘭國執政黨黨魁選舉今天投開票，首輪無人過半。首輪投票結果如下：\n\n"
        f"候選人　　議員票　　黨員票　　合計\n{rows}\n\n"
        "決選結果，張三拿下185票，擊敗獲得156票的李四。\n\n（編輯：王小明）\n"
    )


def test_a_stranger_in_an_uncounted_table_as_long_as_the_list_is_one_wrong_item(tmp_path: Path) -> None:
    names = [n for n, _, _ in ROWS]
    _write(tmp_path, "")
    (tmp_path / "05_radio.txt").write_text(_table([*names[:2], "周八", *names[3:]]), encoding="utf-8")
    rec = reconcile([str(tmp_path)])
    errors = [d for d in rec.discrepancies if d.severity.value == "error"]
    assert [(d.kind, d.sources) for d in errors] == [("wrong_item", ("05_radio",))]
    assert "周八" in errors[0].message and "王五" in errors[0].message


def test_an_uncounted_table_of_the_whole_list_is_accused_of_nothing(tmp_path: Path) -> None:
    _write(tmp_path, "")
    (tmp_path / "05_radio.txt").write_text(_table([n for n, _, _ in ROWS]), encoding="utf-8")
    rec = reconcile([str(tmp_path)])
    assert sorted(m.name_zh for m in rec.mentions if m.article == "05_radio") == sorted(n for n, _, _ in ROWS)
    assert [d.kind for d in rec.discrepancies if d.severity.value != "info"] == []

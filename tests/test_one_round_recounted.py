"""A list of one round of a story of two (``pipeline.checks.coverage``): three outlets print both rounds of
甲國's sanctions on 乙院 (four in June, four in August: eight, counted so), 戊港 prints the four of August
under ``4人``, 己港 prints three of them under ``3人`` in its headline, lead and lead-in. Its count agrees
with its list, but the others print the fourth under August: the list, complete by its own count, is
judged against the August round (four), not the eight of both, and the one it lacks is missing.

The story is written here on made-up officials and places."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Reconciliation
from pipeline.run import reconcile
from tests.probe_fixtures import findings

JUNE = ["張三，博杜里亞籍，法官", "李四，卡帕西亞籍，法官", "王五，達爾馬提亞籍，法官", "趙六，厄勒籍，法官"]
AUGUST = [
    "孫七，阿塔籍，法官",
    "周八，弗里多尼亞籍，法官",
    "吳九，格魯巴尼亞籍，副檢察官",
    "鄭十，昆拉籍，副檢察官",
]


def _both_rounds(paper: str) -> str:
    june = "\n".join(f"({k}) {x}" for k, x in enumerate(JUNE, 1))
    august = "\n".join(f"({k}) {x}" for k, x in enumerate(AUGUST, 1))
    return (
        f"甲國今年兩波制裁乙院官員 8人名單\n\n{paper}　2025-08-21\n\n"
        "甲國20日宣布制裁乙院2名法官與2名副檢察官，這是繼6月制裁4名法官之後的第二波制裁。\n\n本報整理6月、8月兩波遭制裁的8名官員如下：\n\n"
        f"【第一波：6月5日，4人】\n{june}\n\n【第二波：8月20日，4人】\n{august}\n\n遭制裁者在甲國境內的資產將被凍結。\n"
    )


def _august(paper: str, items: list[str]) -> str:
    n = len(items)
    return (
        f"甲國再制裁乙院{n}名官員\n\n{paper}　2025-08-21\n\n"
        f"甲國20日宣布制裁乙院{n}名官員，包括法官及副檢察官。\n\n"
        f"今次被制裁的{n}人資料如下：\n\n" + "\n".join(f"- {x}" for x in items) + "\n\n乙院譴責甲國的制裁。\n"
    )


def _story(tmp_path: Path, last: list[str]) -> Reconciliation:
    articles = {
        f"0{k}_tw.txt": _both_rounds(p) for k, p in enumerate(["乙島日報", "丙島時報", "丁島新聞"], 1)
    }
    articles |= {"04_hk.txt": _august("戊港日報", AUGUST), "05_hk.txt": _august("己港新聞", last)}
    tmp_path.mkdir()
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return reconcile([str(tmp_path)])


def test_a_round_recounted_without_one_of_its_names_misses_it(tmp_path: Path) -> None:
    result = _story(tmp_path / "short", [x for x in AUGUST if not x.startswith("吳九")])
    assert findings(result) == [("missing_entity", ("05_hk",))]
    (missing,) = [d for d in result.discrepancies if d.kind == "missing_entity"]
    assert missing.severity == "error" and "吳九" in missing.message
    assert findings(_story(tmp_path / "whole", AUGUST)) == []  # the round printed whole: nothing

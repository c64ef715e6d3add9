"""A headline count of two groups together (``米、7個人・団体に制裁``, ``美制裁7個人及實體``) over a list in
those two groups (individuals, entities) counts the whole list, not the group whose label its words end
with: no outlet is accused of a count of one group it never made."""

from __future__ import annotations

from pathlib import Path

from pipeline.run import reconcile

TW = """{headline}

美國國務院1日公布制裁名單，涉及個人及實體共7個。

一、個人（4名）
(1) 張三（Zhang San），甲國國防部副部長
(2) 李四（Li Si），甲國國家安全局局長
(3) 王五（Wang Wu），乙國駐甲國大使
(4) 趙六（Zhao Liu），甲國海軍司令

二、實體（3個）
(1) 甲國航天科技集團（Jia Aerospace Group）
(2) 乙國電子研究所（Yi Electronics Institute）
(3) 丙貿易有限公司（Bing Trading Co., Ltd.）

美方表示，將持續關注事態發展。
"""

JA = """{headline}

米国務省は1日、個人4人と3団体を制裁対象に指定したと発表した。

【個人】
・張三（甲国国防次官）
・李四（甲国国家安全局長）
・王五（乙国駐甲国大使）
・趙六（甲国海軍司令官）

【団体】
・甲国航天科技集団
・乙国電子研究所
・丙貿易有限公司
"""


def _story(tmp_path: Path, ja_headline: str) -> list[tuple[str, str, tuple[str, ...]]]:
    (tmp_path / "01_tw.txt").write_text(TW.format(headline="美公布新一輪制裁 涉及兩類對象"), encoding="utf-8")
    (tmp_path / "02_ja.txt").write_text(JA.format(headline=ja_headline), encoding="utf-8")
    (tmp_path / "03_tw.txt").write_text(
        TW.format(headline="美制裁7個人及實體 涉及兩類對象"), encoding="utf-8"
    )
    result = reconcile([tmp_path])
    return [(d.kind, d.severity.value, d.sources) for d in result.discrepancies if d.severity.value != "info"]


def test_a_headline_count_of_both_groups_is_the_whole_list(tmp_path: Path) -> None:
    assert _story(tmp_path, "米、7個人・団体に制裁") == []


def test_guard_a_headline_count_of_both_groups_that_is_wrong_is_still_reported(tmp_path: Path) -> None:
    found = _story(tmp_path, "米、8個人・団体に制裁")
    assert [(kind, sources) for kind, _, sources in found] == [("count_conflict", ("02_ja",))]

"""A Japanese sentence that goes on from the one before with a connective word (``このほか``, ``さらに``,
``また``) right before the first name: the word is no part of that name."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.registry import parse_path

ARTICLE = """甲国、5カ国からの入国を全面禁止

甲国の大統領は4日、入国を制限する布告に署名した。全面禁止の対象はアーランド、ボルドゥリア、カルパニア、ダルマチア、エストリアの5カ国。
{joined}フリードニア、グラウスタルク、ルリタニアの3カ国からの入国を一部制限する。
布告は9日に発効する。
"""


@pytest.mark.parametrize("joined", ["このほか", "さらに", "また", "ほかに", "そのほか"])
def test_connective_before_the_first_name(tmp_path: Path, joined: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE.format(joined=joined), encoding="utf-8")
    result = parse_path(path)
    assert [m.label for m in result.mentions] == [
        "アーランド", "ボルドゥリア", "カルパニア", "ダルマチア", "エストリア",
        "フリードニア", "グラウスタルク", "ルリタニア",
    ]  # fmt: skip
    assert sorted(h.stated for h in result.headings if h.stated) == [3, 5]

"""A cued run of territories CLDR names in Chinese (``對象包括甲國、乙國、丙國和丁國``), no count stated: a
list, as capitalized names make one in English (before: left unread, no shape told the names apart from
topics). Real country names, as CLDR knows them, are the article's text; a guard: the same run describing
what follows it (``…和丙國的外長``) is no list."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.registry import parse_path

HEAD = "旅行禁令\n\n甲報 2025年6月5日\n\n"


def _names(tmp_path: Path, sentence: str) -> list[str]:
    path = tmp_path / "a.txt"
    path.write_text(HEAD + sentence + "\n", encoding="utf-8")
    return [m.name_zh for m in parse_path(path).mentions if m.kind.value == "list"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("美國周三宣布旅行禁令，對象包括阿富汗、緬甸、查德和伊朗。", ["阿富汗", "緬甸", "查德", "伊朗"]),
        (
            "名單包括安地卡及巴布達、波士尼亞與赫塞哥維納和千里達及托巴哥。",
            ["安地卡及巴布達", "波士尼亞與赫塞哥維納", "千里達及托巴哥"],
        ),
        ("對象包括阿富汗、緬甸、查德等國。", ["阿富汗", "緬甸", "查德"]),
    ],
)
def test_a_cued_run_of_territories_is_a_list(tmp_path: Path, sentence: str, names: list[str]) -> None:
    assert _names(tmp_path, sentence) == names


def test_a_run_of_territories_describing_what_follows_is_no_list(tmp_path: Path) -> None:
    assert _names(tmp_path, "出席者包括美國、日本和韓國的外長。") == []

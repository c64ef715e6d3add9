"""A run of item lines that each end with a semicolon, the last closed by a full stop (the way a
government notice, and the outlets that copy it, set an enumeration): the last line is the run's last
item, not a sentence after the list."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.registry import parse_path

OFFICIALS_CN = """甲国宣布对乙国5名官员实施制裁

甲国外交部3日宣布，对乙国5名官员实施制裁。名单如下：
张三，乙国国防部副部长；
李四，乙国国防部长助理；
王五，乙国陆军参谋长；
赵六，乙国海军司令；
钱七，乙国空军副司令。
外交部发言人表示，上述措施自即日起生效。
"""

COUNTRIES_TW = """甲國宣布對4國實施簽證限制

甲國外交部5日宣布，自下月起對以下4個國家的公民暫停發放簽證：
乙國；
丙國；
丁國；
戊國。
外交部表示，措施為期6個月。
"""

OFFICIALS_EN = """Aland sanctions four officials

The Aland foreign ministry on Tuesday named four Borduria officials under sanctions:
Jane Roe, deputy defence minister;
John Doe, chief of the general staff;
Richard Miles, commander of the navy{join}
Mary Major, head of the air force.
The measures take effect at once.
"""


def _read(tmp_path: Path, text: str, name: str = "a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_path(path)


def test_last_official_after_semicolons_is_read(tmp_path: Path) -> None:
    result = _read(tmp_path, OFFICIALS_CN)
    assert [m.label for m in result.mentions] == ["张三", "李四", "王五", "赵六", "钱七"]
    last = result.mentions[-1]
    assert [(a.kind.value, a.text) for a in last.attributes] == [("title", "乙国空军副司令")]
    assert [h.stated for h in result.headings] == [5]


def test_last_country_after_semicolons_is_read(tmp_path: Path) -> None:
    result = _read(tmp_path, COUNTRIES_TW)
    assert [m.label for m in result.mentions] == ["乙國", "丙國", "丁國", "戊國"]


@pytest.mark.parametrize("join", [";", "; and"])
def test_english_run_closed_by_a_full_stop(tmp_path: Path, join: str) -> None:
    result = _read(tmp_path, OFFICIALS_EN.format(join=join))
    assert [m.label for m in result.mentions] == ["Jane Roe", "John Doe", "Richard Miles", "Mary Major"]
    titles = [[a.text for a in m.attributes] for m in result.mentions]
    # neither the full stop nor the joining "and" is part of a title
    assert titles[2:] == [["commander of the navy"], ["head of the air force"]]


def test_a_sentence_after_the_run_is_no_item(tmp_path: Path) -> None:
    # the run's lines end with semicolons, but the sentence under it says something of the list
    text = OFFICIALS_CN.replace("钱七，乙国空军副司令。\n", "钱七，乙国空军副司令；\n").replace(
        "外交部发言人表示", "外交部长孙八表示"
    )
    result = _read(tmp_path, text)
    assert [m.label for m in result.mentions] == ["张三", "李四", "王五", "赵六", "钱七"]


def test_lines_without_semicolons_take_no_closing_sentence(tmp_path: Path) -> None:
    text = COUNTRIES_TW.replace("；", "").replace("戊國。", "戊國")
    result = _read(tmp_path, text)
    assert [m.label for m in result.mentions] == ["乙國", "丙國", "丁國", "戊國"]

"""Profile cards whose first line holds the name and the post (``John Doe, finance minister``), each over
a sentence about the person, with no title line of their own; the lead-in's count is the run's."""

from __future__ import annotations

from pathlib import Path

from sources.registry import parse_path

CARDS_EN = """<html><head><title>Aland's new cabinet: four new faces</title></head><body>
<h1>Aland's new cabinet: four new faces</h1>
<p>Prime Minister Jane Roe named her cabinet on Monday. Four newcomers join it:</p>
<h3>John Doe, finance minister</h3>
<p>Doe, 52, was deputy governor of the central bank.</p>
<h3>Richard Miles, foreign minister</h3>
<p>Miles, 60, a career diplomat, was ambassador to Borduria.</p>
<h3>Mary Major, defence minister</h3>
<p>Major, 58, a retired general, commanded the army.</p>
<h3>Ann Lee, health minister</h3>
<p>Lee, 49, a doctor, ran a public hospital.</p>
<p>The cabinet is sworn in next Monday.</p>
</body></html>
"""

CARDS_TW = """<html><head><title>甲國新內閣 4名新面孔一覽</title></head><body>
<h1>甲國新內閣 4名新面孔一覽</h1>
<p>甲國總理張三今日公布新內閣名單，4名新面孔入閣，以下是他們的簡介：</p>
<p><strong>財政部長：李四</strong></p>
<p>李四現年52歲，曾任中央銀行副總裁，畢業於乙國大學經濟系。</p>
<p><strong>外交部長：王五</strong></p>
<p>王五現年60歲，職業外交官，曾任駐丙國大使。</p>
<p><strong>國防部長：趙六</strong></p>
<p>趙六現年58歲，退役上將，曾任陸軍司令。</p>
<p><strong>衛生部長：錢七</strong></p>
<p>錢七現年49歲，醫生出身，曾任公立醫院院長。</p>
<p>新內閣將於下週一宣誓就職。</p>
</body></html>
"""

SUBHEADS_EN = """<html><head><title>Aland budget row deepens</title></head><body>
<h1>Aland budget row deepens</h1>
<p>The budget fight in Aland entered its third week on Monday.</p>
<h3>Finance minister under fire</h3>
<p>Critics said the plan would raise taxes on families.</p>
<h3>President's plan, explained</h3>
<p>The president wants to cut spending by 3% next year.</p>
<h3>Opposition leader, defiant</h3>
<p>The opposition said it would vote against the bill.</p>
<h3>What happens next</h3>
<p>A vote is expected on Friday.</p>
</body></html>
"""


def _read(tmp_path: Path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_path(path)


def _people(result) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(m.label, [(a.kind.value, a.text) for a in m.attributes]) for m in result.mentions]


def test_english_cards_with_name_and_post_in_the_heading(tmp_path: Path) -> None:
    result = _read(tmp_path, CARDS_EN, "a.html")
    assert _people(result) == [
        ("John Doe", [("title", "finance minister")]),
        ("Richard Miles", [("title", "foreign minister")]),
        ("Mary Major", [("title", "defence minister")]),
        ("Ann Lee", [("title", "health minister")]),
    ]


def test_english_cards_as_text_paragraphs(tmp_path: Path) -> None:
    import re

    text = re.sub(r"\n+", "\n\n", re.sub(r"<[^>]+>", "\n", CARDS_EN)).strip() + "\n"
    result = _read(tmp_path, text, "a.txt")
    assert [m.label for m in result.mentions] == ["John Doe", "Richard Miles", "Mary Major", "Ann Lee"]


def test_chinese_cards_take_the_lead_in_count(tmp_path: Path) -> None:
    result = _read(tmp_path, CARDS_TW, "a.html")
    assert _people(result) == [
        ("李四", [("title", "財政部長")]),
        ("王五", [("title", "外交部長")]),
        ("趙六", [("title", "國防部長")]),
        ("錢七", [("title", "衛生部長")]),
    ]
    assert [h.stated for h in result.headings] == [4]


def test_subheadings_over_paragraphs_are_no_people(tmp_path: Path) -> None:
    assert not _read(tmp_path, SUBHEADS_EN, "a.html").mentions

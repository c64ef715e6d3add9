"""Readings set over names in ruby (``<ruby>山田<rt>やまだ</rt></ruby>``, with ``<rp>`` brackets for
browsers without ruby): the base text is the name, the reading no part of it."""

from __future__ import annotations

from pathlib import Path

from sources.registry import parse_path

PAGE = """<html><head><title>新内閣の顔ぶれ</title></head><body><article><h1>新内閣の顔ぶれ</h1>
<p>甲新聞　2025年10月21日</p><p>新しい内閣の主な閣僚は次の通りです。</p>
<ul>
<li>首相　<ruby>山田<rt>やまだ</rt></ruby><ruby>太郎<rt>たろう</rt></ruby></li>
<li>外相　<ruby>佐藤<rt>さとう</rt></ruby><ruby>花子<rt>はなこ</rt></ruby></li>
<li>財務相　<ruby>鈴木<rp>（</rp><rt>すずき</rt><rp>）</rp></ruby><ruby>一郎<rt>いちろう</rt></ruby></li>
</ul>
<p>閣僚は午後に皇居で認証式に臨む。</p></article></body></html>
"""


def test_ruby_readings_are_no_part_of_the_names(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(PAGE, encoding="utf-8")
    got = [(m.label, [a.text for a in m.attributes]) for m in parse_path(path).mentions]
    assert got == [("山田太郎", ["首相"]), ("佐藤花子", ["外相"]), ("鈴木一郎", ["財務相"])]

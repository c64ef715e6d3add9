"""Reading files: encodings, newlines, bad input as problems, metadata from the text, outlets and tails."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pipeline.models import Severity
from sources import decoding, outlets
from sources.reader import read_document
from sources.registry import parse_path
from sources.text_metadata import find_date, find_title

EXAMPLE_DIR = Path(__file__).resolve().parent.parent / "examples" / "us-withdrawal-2026-01"
A000 = EXAMPLE_DIR / "000_273ee92e37e8b5a4.txt"
A001 = EXAMPLE_DIR / "001_39d5073b08ac0f22.txt"
A003 = EXAMPLE_DIR / "003_e6f1053f9d0a0c24.txt"


def _codes(problems) -> list[str]:
    return [p.code for p in problems]


def test_utf8_example_reads_cleanly() -> None:
    before = hashlib.sha256(A001.read_bytes()).hexdigest()
    doc, problems = read_document(A001)
    assert problems == ()
    assert doc is not None
    assert doc.id == "001_39d5073b08ac0f22"
    assert doc.path == str(A001)
    assert doc.encoding == "utf-8"
    assert doc.format == "text"
    assert doc.text == A001.read_text(encoding="utf-8")
    assert doc.outlet == "ETtoday"
    assert doc.date == "2026-01-08"
    assert doc.url is None and doc.html is None
    assert doc.text[doc.body_end :].startswith("01/06 全台詐欺最新數據")
    assert hashlib.sha256(A001.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    ("codec", "source", "names"),
    [
        ("big5", A003, {"big5", "cp950", "big5hkscs"}),
        ("gb18030", A001, {"gb18030"}),
        ("utf-16", A000, {"utf-16"}),
    ],
)
def test_other_encodings_are_detected_and_recorded(
    tmp_path: Path, codec: str, source: Path, names: set[str]
) -> None:
    text = source.read_text(encoding="utf-8")
    path = tmp_path / source.name
    path.write_bytes(text.encode(codec))
    doc, problems = read_document(path)
    assert doc is not None
    assert doc.encoding in names
    assert doc.text == text
    if codec != "utf-16":  # a BOM says what it is; the others had to be guessed
        assert [(p.code, p.severity) for p in problems] == [("encoding", Severity.WARNING)]
        assert doc.encoding in problems[0].message


def test_utf8_bom_and_crlf_are_normalized(tmp_path: Path) -> None:
    text = A001.read_text(encoding="utf-8")
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    doc, problems = read_document(path)
    assert problems == ()
    assert doc is not None and doc.encoding == "utf-8"
    assert doc.text == text  # offsets refer to the normalized text
    lone_cr = tmp_path / "cr.txt"
    lone_cr.write_bytes(text.replace("\n", "\r").encode("utf-8"))
    doc_cr, _ = read_document(lone_cr)
    assert doc_cr is not None and doc_cr.text == text


def test_empty_and_blank_files(tmp_path: Path) -> None:
    for name, data in (("empty.txt", b""), ("blank.txt", b" \r\n\t\n"), ("wide.txt", "\u3000\n".encode())):
        path = tmp_path / name
        path.write_bytes(data)
        doc, problems = read_document(path)
        assert doc is None
        assert _codes(problems)[-1] == "empty", name
        assert problems[-1].severity is Severity.ERROR and name in problems[-1].message


def test_too_large_names_size_and_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("無關文字。" * 1000, encoding="utf-8")
    doc, problems = read_document(path, max_bytes=1000)
    assert doc is None
    assert _codes(problems) == ["too-large"]
    assert "15,000 bytes" in problems[0].message and "1,000 bytes" in problems[0].message


def test_unreadable_paths(tmp_path: Path) -> None:
    doc, problems = read_document(tmp_path / "missing.txt")
    assert doc is None and _codes(problems) == ["unreadable"]
    assert "no such file" in problems[0].message.lower()
    doc, problems = read_document(tmp_path)
    assert doc is None and _codes(problems) == ["unreadable"]


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 40, b"\x00\x01\x02" * 100, b"PK\x03\x04" + bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 50],
)
def test_binary_junk(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(data)
    doc, problems = read_document(path)
    assert doc is None
    assert _codes(problems) == ["binary"]


def test_utf16_without_bom_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("date 2026-01-08\nPlain English text, saved as UTF-16.\n".encode("utf-16-le"))
    doc, problems = read_document(path)
    assert doc is not None and doc.encoding == "utf-16" and doc.date == "2026-01-08"
    assert _codes(problems) == ["encoding"]


def test_undecodable_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoding, "GUESS_CANDIDATES", ("cp1252",))
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\x81\x8d\x8f\x90\x9d" * 40)  # not UTF-8, and undefined in cp1252
    doc, problems = read_document(path)
    assert doc is None
    assert _codes(problems) == ["undecodable"]


PAGE = "<html><head><meta charset='big5'><title>T</title></head><body><p>美國退出國際組織。</p></body></html>"


def test_html_meta_charset_that_disagrees_with_the_bytes(tmp_path: Path) -> None:
    page = PAGE
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("utf-8"))
    _, problems = read_document(path)
    mine = [p for p in problems if p.code == "encoding"]
    assert mine and mine[0].severity is Severity.WARNING and "big5" in mine[0].message


def test_html_meta_charset_that_agrees_is_used_without_guessing(tmp_path: Path) -> None:
    page = PAGE
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("big5"))
    doc, problems = read_document(path)
    assert doc is not None and doc.encoding == "big5" and doc.format == "html"
    assert "encoding" not in _codes(problems)


@pytest.mark.parametrize("charset", ["undefined", "rot13", "x-no-such-charset", "unicode_escape", "utf-32"])
def test_unusable_declared_charsets_do_not_raise(tmp_path: Path, charset: str) -> None:
    page = f"<html><head><meta charset='{charset}'></head><body><p>美國退出國際組織。</p></body></html>"
    path = tmp_path / "odd.html"
    path.write_bytes(page.encode("big5"))
    doc, problems = read_document(path)
    assert doc is not None and doc.encoding in {"big5", "cp950"}
    assert all(p.severity is not Severity.ERROR for p in problems)


# --------------------------------------------------------------------------- metadata from the text


def test_dates() -> None:
    assert find_date(" date 2026-01-08 美國總統川普。（圖／美聯社）\n") == "2026-01-08"
    assert find_date("自由評論網\n評論 > 投書\n\n2026/01/14 13:30\n\n正文。") == "2026-01-14"
    assert find_date("標題\n2026年1月14日\n正文") == "2026-01-14"
    # a date inside a caption or a sentence is not the article's date
    assert find_date("2026年1月6日，美國華盛頓，總統在國會發表演說。攝:某某/AP\n正文。") is None
    assert find_date("date 2026-02-30\n") is None
    # a dateline with the outlet's name set apart from the date, before or after it
    assert find_date("Title\nJune 5, 2031  Aland Daily Ledger\nText.") == "2031-06-05"
    assert find_date("Title\nAland Daily Ledger | June 5, 2031\nText.") == "2031-06-05"
    assert find_date("Title\nOn June 5, 2031 the president signed it.\nText.") is None
    # a name in capitalized words and a comma before the date; a clause before it is no dateline
    assert find_date("Aland Daily Ledger, June 5, 2031\n\nTitle\nText.") == "2031-06-05"
    assert find_date("Title\nBORDURIA CITY, 5 June 2031\nText.") == "2031-06-05"
    assert find_date("Title\nRates take effect on Friday, June 5, 2031\nText.") is None


def test_a_text_article_opening_with_its_outlet_and_date_names_the_outlet(tmp_path: Path) -> None:
    """``Aland Daily Ledger, June 5, 2031`` opening the article names its outlet; a city in capitals
    before the date (a wire's dateline) or a clause does not."""
    body = "\n\nThe 3 economies:\n\n- Aland: 10%\n- Borduria: 15%\n- Carpathia: 20%\n"
    for first, outlet in [
        ("Aland Daily Ledger, June 5, 2031", "Aland Daily Ledger"),
        ("BORDURIA CITY, June 5, 2031", "unknown"),
        ("Rates take effect on Friday, June 5, 2031", "unknown"),
    ]:
        path = tmp_path / "a.txt"
        path.write_text(first + body, encoding="utf-8")
        result = parse_path(path)
        assert result.article is not None and result.article.outlet == outlet
        assert result.article.title != "- Aland: 10%"  # a list's item is no headline


def test_titles_skip_markers_navigation_captions_and_bylines() -> None:
    text = (
        " date 2026-01-08 　\n國際 國際焦點 北美要聞 日韓要聞 東南亞要聞 國際政經 | 國際社會\n\n"
        "▲美國國務卿。（圖／路透）\n\n記者某某／綜合報導\n\n完整名單曝光！某國退出多個組織\n\n正文第一段。"
    )
    assert find_title(text) == "完整名單曝光！某國退出多個組織"
    assert (
        find_title("跳至內容\n\n某國將退出多個國際組織,進一步撤出國際合作|Whatsnew\n")
        == "某國將退出多個國際組織,進一步撤出國際合作"
    )
    assert (
        find_title("date 2025-01-01\nHome | World | Politics\nCountry X leaves the pact\n")
        == "Country X leaves the pact"
    )
    long_first = (
        " date 2026-01-08 退，退，退！當地時間1月7日，某國總統簽署一項備忘錄，"
        "指示退出多個國際組織，這是最新動作。\n"
    )
    title = find_title(long_first)
    assert title.startswith("退，退，退！當地時間1月7日") and len(title) <= 65


def test_outlets_by_host_marker_and_default() -> None:
    assert outlets.identify("", "https://www.ettoday.net/news/1.htm").name == "ETtoday"
    assert outlets.identify("本刊載內容版權為 端傳媒編輯部", None).name == "端傳媒"
    assert outlets.identify("本刊载内容版权为 端传媒编辑部", None).name == "端傳媒"  # Simplified text
    assert outlets.identify("Nothing to see here.", None) is outlets.GENERIC
    assert outlets.identify("Nothing", "not a url").name == "unknown"
    names = [o.name for o in outlets.OUTLETS]
    assert len(names) == len(set(names))


BODY = "這是正文的第一段，長度超過四十個字元，所以頁尾規則從這一段之後才開始生效，前面的導覽不算。\n"


@pytest.mark.parametrize(
    "tail",
    [
        "相關新聞",
        "延伸閱讀",
        "更多某某新聞報導",
        "※本文版權所有，非經授權，不得轉載。",
        "相关新闻",
        "Related stories",
        "Copyright 2026 Example News",
        "All rights reserved.",
        "本刊載內容版權為 某編輯部 或相關單位所有",
    ],
)
def test_generic_tail_rules(tail: str) -> None:
    text = "導覽 相關新聞\n" + BODY + "\n正文第二段。\n\n" + tail + "\n某則無關的標題\n"
    end = outlets.find_body_end(text, outlets.GENERIC)
    assert text[end:].startswith(tail)


def test_no_tail_means_the_whole_text_and_outlet_markers_cut_earlier() -> None:
    text = BODY + "\n結語。\n"
    assert outlets.find_body_end(text, outlets.GENERIC) == len(text)
    ettoday = outlets.by_name("ETtoday")
    text2 = BODY + "\n01/06 全台詐欺最新數據\n\n※本文版權所有\n"
    assert text2[outlets.find_body_end(text2, ettoday) :].startswith("01/06")
    assert text2[outlets.find_body_end(text2, outlets.GENERIC) :].startswith("※本文版權所有")


def test_date_and_title_from_the_file_name_when_the_text_has_none(tmp_path) -> None:
    from sources.text_metadata import date_from_name

    assert date_from_name("2026-01-09_wire") == "2026-01-09"
    assert date_from_name("wire_20260109") == "2026-01-09"
    assert date_from_name("wire_20261340") is None  # no such day
    path = tmp_path / "2026-01-09_wire.txt"
    path.write_text("Agencies named in the decision are listed below.\n", encoding="utf-8")
    doc, _ = read_document(path)
    assert doc is not None and doc.date == "2026-01-09"
    dated = tmp_path / "2025-12-31_other.txt"
    dated.write_text("date 2026-01-08\nHeadline here\n", encoding="utf-8")
    doc, _ = read_document(dated)
    assert doc is not None and doc.date == "2026-01-08"  # the article's own date wins


def test_datelines_that_say_when_the_page_was_published(tmp_path: Path) -> None:
    """``Published June 5, 2025 at 9:00 AM``, ``Updated: 5 June 2025``, ``發布時間：2025/06/05 10:00``,
    ``配信日時 2025年6月5日``: the date under the headline, whatever words open its line."""
    from sources.registry import parse_path

    lines = {
        "a": "Published June 5, 2025 at 9:00 AM",
        "b": "Updated: 5 June 2025",
        "c": "發布時間：2025/06/05 10:00",
        "d": "配信日時 2025年6月5日 10時",
    }
    for name, line in lines.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(
            f"Trump bans travel\n{line}\nBy Ann Lee, Some Wire\n\nThe ban starts on Monday.\n", "utf-8"
        )
        article = parse_path(path).article
        assert article is not None and (article.date, article.title) == ("2025-06-05", "Trump bans travel"), (
            name
        )


# A Japanese article saved in Shift_JIS or EUC-JP, with no charset declared, and short Chinese bullet
# lists saved in Big5 or GBK (whose marks make charset-normalizer's default bar drop the right codec).
JA_ARTICLE = (
    "甲国、5カ国からの入国を制限\n\n北浜通信　2026年1月5日\n\n"
    "甲国政府は4日、次の5カ国からの入国を制限すると発表した。\n\n"
    "▽乙国\n▽丙国\n▽丁国\n▽戊国\n▽己国\n\n対象国の国民は査証の発給を停止される。\n"
)
ZH_BULLETS = (
    "date 2026-01-05 甲國新入境限制\n\n（一）全面禁止入境國家（3個）\n● 乙國\n● 丙國\n● 丁國\n"
    "（二）部分限制入境國家（2個）\n● 戊國\n● 己國\n\n延伸閱讀：\n● 甲國暫停學生簽證面試\n"
)


@pytest.mark.parametrize("codec", ["shift_jis", "cp932", "euc_jp"])
def test_japanese_text_in_a_japanese_codec_is_read(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "ja.txt"
    path.write_bytes(JA_ARTICLE.encode(codec))
    doc, problems = read_document(path)
    assert doc is not None and doc.text == JA_ARTICLE
    assert _codes(problems) == ["encoding"]  # guessed, and said so


def test_a_japanese_page_mislabelled_utf8_is_read_in_its_codec(tmp_path: Path) -> None:
    head = "<html><head><meta charset='utf-8'><title>入国制限</title></head>"
    page = f"{head}<body><p>{JA_ARTICLE}</p></body></html>"
    path = tmp_path / "ja.html"
    path.write_bytes(page.encode("shift_jis"))
    doc, _ = read_document(path)
    assert doc is not None and "次の5カ国からの入国を制限" in doc.text


@pytest.mark.parametrize("codec", ["big5", "gbk", "gb18030"])
def test_a_short_chinese_bullet_list_in_a_chinese_codec_is_read(tmp_path: Path, codec: str) -> None:
    text = (
        ZH_BULLETS if codec == "big5" else ZH_BULLETS.translate(str.maketrans("國區閱讀證個", "国区阅读证个"))
    )
    path = tmp_path / "zh.txt"
    path.write_bytes(text.encode(codec))
    doc, _ = read_document(path)
    assert doc is not None and doc.text == text


@pytest.mark.parametrize("codec", ["big5", "gb18030"])
def test_a_bulleted_fixture_saved_in_a_chinese_codec_reads_as_it_does_in_utf8(
    tmp_path: Path, codec: str
) -> None:
    fixture = Path(__file__).parent / "fixtures" / "layouts" / "related_reading_after_the_list.txt"
    text = fixture.read_text(encoding="utf-8")
    path = tmp_path / "zh.txt"
    path.write_bytes(text.encode(codec))
    doc, _ = read_document(path)
    assert doc is not None and doc.text == text
    assert [m.name_zh for m in parse_path(path).mentions] == [m.name_zh for m in parse_path(fixture).mentions]


def test_the_headline_is_the_first_headline_line_after_list_items_and_an_outlet_above_the_date() -> None:
    # a numbered line is never the headline, however headline-like; an outlet standing above the date is
    # passed over for the line after the date; the lines after the headline are not read as headlines
    assert (
        find_title("1. 甲國退出多個國際組織的名單\n某報宣布甲國退出多個組織\n2. 乙國\n")
        == "某報宣布甲國退出多個組織"
    )
    assert (
        find_title(
            "Aland Morning Post\nJune 5, 2025\nBorduria bars travellers from three states\nMore news\n"
        )
        == "Borduria bars travellers from three states"
    )


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("民國114年6月5日", "2025-06-05"),
        ("民國114年6月5日 10:30", "2025-06-05"),
        ("民国113年12月31日", "2024-12-31"),
        ("114年6月5日", "2025-06-05"),
        ("114年6月5日 星期四", "2025-06-05"),
    ],
)
def test_a_dateline_in_years_of_the_republic_of_china(line: str, iso: str) -> None:
    """Taiwan's papers may count years from 1912: ``民國114年`` is 2025, and so is a bare ``114年`` (three
    digits, a year no Western dateline prints)."""
    assert find_date(f"甲國公布新名單\n\n{line}\n\n甲國、乙國和丙國等3國名單公布。\n") == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("令和7年6月5日", "2025-06-05"),
        ("令和元年5月1日", "2019-05-01"),
        ("平成31年4月30日（火）", "2019-04-30"),
    ],
)
def test_a_dateline_in_years_of_a_japanese_era(line: str, iso: str) -> None:
    assert find_date(f"甲国が新名簿\n\n{line}\n\n甲国、乙国、丙国の3カ国を公表した。\n") == iso


def test_a_count_of_years_is_no_dateline() -> None:
    assert find_date("甲國公布新名單\n\n共有114年歷史的3月31日紀念\n\n甲國、乙國和丙國等3國。\n") is None

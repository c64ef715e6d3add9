"""People named with their posts inside a sentence, as each language orders them
(``tests/fixtures/posts_inline/``)."""

from __future__ import annotations

from pathlib import Path

from sources.registry import parse_path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "posts_inline"


def _people(name: str) -> list[tuple[str, list[str]]]:
    result = parse_path(FIXTURES / name)
    return [
        (m.label, [a.text for a in m.attributes if a.kind.value == "title"])
        for m in result.mentions
        if m.kind.value == "list"
    ]


def test_katakana_names_before_their_posts_and_ra_after_the_last() -> None:
    """``ロー国務長官、ドウ国防長官、…マイルズ司法長官らを指名した``."""
    assert _people("katakana_then_post_ja.txt") == [
        ("ロー", ["国務長官"]),
        ("ドウ", ["国防長官"]),
        ("メジャー", ["財務長官"]),
        ("マイルズ", ["司法長官"]),
    ]


def test_short_chinese_posts_before_names() -> None:
    """``防长李四、财长王五``: the short forms of ministers' posts."""
    assert _people("short_posts_cn.txt") == [
        ("张三", ["国务卿"]),
        ("李四", ["防长"]),
        ("王五", ["财长"]),
        ("赵六", ["司法部长"]),
    ]


def test_an_english_post_of_two_title_words_stays_whole() -> None:
    """``Attorney General Richard Miles``: general is the post's, not the name's."""
    assert _people("two_word_posts_en.txt") == [
        ("Jane Roe", ["Secretary of State"]),
        ("John Doe", ["Defense Secretary"]),
        ("Mary Major", ["Treasury Secretary"]),
        ("Richard Miles", ["Attorney General"]),
    ]


def test_bodies_with_their_english_names_put_on_a_list_in_one_clause() -> None:
    """``將A公司（Aland Aerospace）、B公司（Borduria）、C公司（…）列入…清單``: three bodies, each with its
    English name (one word or more), that the clause puts on a list."""
    result = parse_path(FIXTURES / "bodies_put_on_a_list_tw.txt")
    items = [(m.name_zh, m.name_en) for m in result.mentions if m.kind.value == "list"]
    assert items == [
        ("乙丙航太公司", "Aland Aerospace"),
        ("丁戊公司", "Borduria"),
        ("己庚動力公司", "Carpathia Dynamics"),
    ]


def test_katakana_names_with_their_honorifics_in_a_sentence_of_their_own() -> None:
    """``以下の5人。ロー氏、ドウ氏、…``: names by their shape, the honorific no part of them."""
    assert [name for name, _ in _people("honorifics_ja.txt")] == [
        "ロー",
        "ドウ",
        "メジャー",
        "マイルズ",
        "パブリック",
    ]


def test_a_body_and_its_no_before_a_katakana_name_and_its_post_are_the_lead_ins() -> None:
    """``甲国議会のロー上院議員、ドウ上院議員、…の4人``: the body before の is no part of the first name."""
    assert _people("body_no_name_post_ja.txt") == [
        ("ロー", ["上院議員"]),
        ("ドウ", ["上院議員"]),
        ("メジャー", ["上院議員"]),
        ("マイルズ", ["下院議員"]),
    ]


def test_a_post_in_brackets_before_a_name_is_its_title() -> None:
    from sources.items import split_item

    def read(text: str) -> tuple[str, list[tuple[str, str]]]:
        s = split_item(text, 0, len(text))
        return text[s.name_start : s.name_end], [(a.kind.value, a.text) for a in s.attributes]

    assert read("【外務大臣】山田太郎") == ("山田太郎", [("title", "外務大臣")])
    assert read("[Foreign Minister] Jane Roe") == ("Jane Roe", [("title", "Foreign Minister")])
    assert read("文部科學大臣山田太郎") == ("山田太郎", [("title", "文部科學大臣")])  # one post, not a body
    assert read("【快訊】甲國")[1] == []  # a label that is no post stays where it is


def test_the_last_appointment_before_a_closing_count_is_read(tmp_path: Path) -> None:
    """``…、デジタル相に高橋三郎氏の5人。``: the count closing the run is no part of the last
    appointment, which is read with the others."""
    text = (
        "新内閣の顔ぶれ\n\n丁新聞　2025年10月21日\n\n首相は21日、新内閣の閣僚を発表した。"
        "主要閣僚は、外相に山田太郎氏、財務相に佐藤花子氏、防衛相に鈴木一郎氏、官房長官に田中次郎氏、"
        "デジタル相に高橋三郎氏の5人。\n"
    )
    path = tmp_path / "ja.txt"
    path.write_text(text, encoding="utf-8")
    people = [
        (m.label, [a.text for a in m.attributes]) for m in parse_path(path).mentions if m.kind == "list"
    ]
    assert people == [
        ("山田太郎", ["外相"]),
        ("佐藤花子", ["財務相"]),
        ("鈴木一郎", ["防衛相"]),
        ("田中次郎", ["官房長官"]),
        ("高橋三郎", ["デジタル相"]),
    ]

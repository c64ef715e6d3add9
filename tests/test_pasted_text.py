"""Plain text as it reaches a newsroom, on made-up names: wire copy hard-wrapped at a fixed width (a list
broken across the wrap, Chinese wrapped mid-word), an e-mail quoted with ``>``, Markdown emphasis around a
group's label, emoji bullets and keycap numbers, half-width katakana, names parted by bars, notes after
two blanks, and an app's promotion after its list. Each list comes back whole, never in part."""

from __future__ import annotations

import textwrap
from pathlib import Path

from pipeline.group_labels import match_label
from pipeline.models import Kind, Mention, ParseResult
from sources.layouts._inline_separators import with_separators_read
from sources.pasted import as_pasted
from sources.registry import parse_path
from sources.unwrap import unwrap, width


def _parse(tmp_path: Path, text: str) -> ParseResult:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return parse_path(path)


def _items(tmp_path: Path, text: str) -> list[Mention]:
    return [m for m in _parse(tmp_path, text).mentions if m.kind is Kind.LIST]


def _names(tmp_path: Path, text: str) -> list[str]:
    return [m.label for m in _items(tmp_path, text)]


def _wrapped_cjk(paragraph: str, chars: int) -> str:
    """``paragraph`` cut every ``chars`` characters, as a Chinese wire service's plain text is."""
    return "\n".join(paragraph[k : k + chars] for k in range(0, len(paragraph), chars))


EN_WIRE = "\n\n".join(
    [
        "Aland bars travelers from Borduria and its neighbours",
        "Aland Wire, June 4, 2031",
        *(
            textwrap.fill(p, 65)  # a wire service's plain text, every paragraph wrapped at 65 columns
            for p in (
                "ALANDVILLE (Aland Wire) -- The president of Aland on Wednesday signed an order barring "
                "citizens of six countries from entering the country, reviving a policy from his first term "
                "in office. The ban takes effect on Monday, with exceptions for residents and some visas.",
                "The full ban covers nationals of Borduria, Carpathia, the Republic of Dorland, Elbonia, "
                "Florin and Genovia, the order said. Entry from three other countries -- Latveria, Molvania "
                "and New Zubrowka -- will be partially restricted.",
                "Officials said the countries were chosen for weak screening and high rates of visa "
                "overstays, a claim the six governments have rejected.",
            )
        ),
    ]
)

EN_NAMES = [
    "Borduria",
    "Carpathia",
    "Republic of Dorland",
    "Elbonia",
    "Florin",
    "Genovia",
    "Latveria",
    "Molvania",
    "New Zubrowka",
]


def test_an_enumeration_broken_across_a_wrap_is_read_whole_a_name_split_in_two_rejoined(
    tmp_path: Path,
) -> None:
    """Before: the wrapped enumeration came back in pieces (``New`` and ``Zubrowka`` two names)."""
    assert "the\nRepublic of Dorland" in EN_WIRE and "New\nZubrowka" in EN_WIRE
    assert _names(tmp_path, EN_WIRE) == EN_NAMES
    groups = [m.group for m in _items(tmp_path, EN_WIRE)]
    assert len(set(groups[:6])) == 1 and len(set(groups[6:])) == 1 and groups[0] != groups[6]


ZH_NAMES = [
    "甲國",
    "乙國",
    "丙共和國",
    "丁國",
    "戊國",
    "己國",
    "庚國",
    "辛國",
    "壬國",
    "癸國",
    "子國",
    "丑國",
]
ZH_WIRE = (
    "甲國宣布新入境禁令\n\n甲通社　2031年6月5日\n\n"
    + _wrapped_cjk(
        "（甲通社記者張三甲城4日專電）甲國總統4日簽署公告，自6月9日起全面禁止12國公民入境，"
        "另對部分國家實施限制，官員說名單依各國審查制度與資訊分享程度訂定。",
        28,
    )
    + "\n\n"
    + _wrapped_cjk(
        "白宮表示，全面禁止入境的12國為" + "、".join(ZH_NAMES[:-1]) + "和" + ZH_NAMES[-1] + "。", 28
    )
    + "\n\n"
    + _wrapped_cjk(
        "發言人李四說，這些國家的審查與資訊分享不足，簽證逾期居留比例偏高，持有居留證者不受影響。", 28
    )
    + "\n"
)


def test_chinese_wrapped_mid_word_is_joined_with_no_blank_and_its_list_read_whole(tmp_path: Path) -> None:
    """Before: ``丁`` / ``國`` cut the list short at the wrap (a partial read)."""
    assert "丁\n國" in ZH_WIRE
    assert _names(tmp_path, ZH_WIRE) == ZH_NAMES


def test_a_wrapped_texts_list_lines_and_lead_in_are_never_joined() -> None:
    text = (
        "The president of Aland on Wednesday signed an order that bars the\n"
        "citizens of three countries from entering, in force from Monday on\n"
        "and with exceptions for residents, students and some work visas.\n"
        "Officials said the list could grow as reviews of other countries end\n"
        "and as the three governments answer the questions they were sent:\n"
        "- Borduria, whose screening the order calls weak and far too slow\n"
        "- Carpathia\n"
    )
    out = unwrap(text)
    assert out.count("\n") == 4
    assert "bars the citizens of three countries from entering, in force from Monday on and with" in out
    assert "sent:\n- Borduria" in out and "slow\n- Carpathia" in out
    assert "visas.\nOfficials" in out  # a line that ends a sentence may be a paragraph of its own


def test_a_wrapped_line_opening_with_a_double_dash_goes_on_the_sentence() -> None:
    """``-- Latveria, …``: a dash of the sentence, no bullet."""
    text = (
        "The order bars the citizens of six countries from entering the\n"
        "country and restricts the entry of the citizens of three others\n"
        "-- Latveria, Molvania and New Zubrowka -- from Monday on, the White\n"
        "House said on Wednesday, citing weak screening and overstays.\n"
    )
    assert "\n-- Latveria" in text
    assert unwrap(text) == " ".join(text.rstrip("\n").split("\n")) + "\n"


def test_a_text_not_hard_wrapped_comes_back_unchanged() -> None:
    """Paragraphs one to a line, a short list, a table in columns: nothing to join."""
    text = (
        "Aland names its partners.\nThe list, published on Monday, has three names:\n"
        "Borduria\nCarpathia\nDorland\n\nCountry   Rate\nBorduria  10%\nCarpathia 20%\n"
    )
    assert unwrap(text) == text
    assert width("甲國a") == 5


QUOTED = """Aland Travel Daily, June 5, 2031

The order as forwarded to subscribers:

> Entry of nationals of the following 3 countries is suspended:
>
> Borduria
> Carpathia
> Dorland
"""


def test_an_e_mails_quoted_list_is_read_without_its_quoting_marks(tmp_path: Path) -> None:
    """Before: ``> Borduria`` lines were read as headings, no list."""
    assert _names(tmp_path, QUOTED) == ["Borduria", "Carpathia", "Dorland"]
    assert [h.stated for h in _parse(tmp_path, QUOTED).headings] == [3]


MARKDOWN = """# Aland's new list

Aland Explainer, June 5, 2031

**Full ban (3):**

* Borduria
* Carpathia
* Dorland

**Partial (2):**

* Elbonia
* Florin
"""


def test_markdown_emphasis_around_a_groups_label_is_no_part_of_it(tmp_path: Path) -> None:
    """Before: the groups were labelled ``Full ban :**`` and ``Partial :**``."""
    assert sorted({m.group for m in _items(tmp_path, MARKDOWN)}) == ["Full ban", "Partial"]


APP = """【甲國入境禁令】甲國總統簽署《入境公告》

甲報速遞　2031年6月5日

以下是受影響國家：

📌 全面禁止入境的3國：
▶️甲國
▶️乙國
▶️丙國

📌 部分限制入境的2國：
▶️丁國
▶️戊國

〈延伸閱讀〉甲國首個任期入境禁令始末

📲 下載甲報速遞App，緊貼最新消息
"""


def test_emoji_bullets_leave_no_mark_in_names_and_a_promotion_after_the_list_is_no_item(
    tmp_path: Path,
) -> None:
    """Before: each name kept the ``▶️``'s variation selector, the ``📲`` line was a fourth item and the
    group's label kept its ``📌``."""
    items = _items(tmp_path, APP)
    assert [m.label for m in items] == ["甲國", "乙國", "丙國", "丁國", "戊國"]
    assert [m.group for m in items] == ["全面禁止入境"] * 3 + [
        "部分限制入境"
    ] * 2  # the count and its 的 left out


def test_keycap_numbers_are_read_as_numbering() -> None:
    assert as_pasted("1️⃣甲國\n2️⃣乙國\n🔟丙國\n1️⃣1️⃣丁國") == "1.甲國\n2.乙國\n10.丙國\n11.丁國"


def test_half_width_katakana_names_are_read_full_width(tmp_path: Path) -> None:
    text = "甲国が入国制限\n\n甲通信　2031年6月5日\n\n一部制限の対象はｱﾗﾝﾄﾞ、ﾎﾞﾙﾄﾞｩﾘｱ、ｶﾙﾊﾟﾁｱの３カ国。\n"
    assert _names(tmp_path, text) == ["アランド", "ボルドゥリア", "カルパチア"]


def test_names_parted_by_bars_in_one_paragraph_are_read_and_a_table_row_is_not(tmp_path: Path) -> None:
    """Before: ``甲國 | 乙國 | 丙國`` read nothing."""
    text = (
        "甲國禁令\n\n甲報　2031年6月5日\n\n"
        "全面禁止入境：甲國 | 乙國 | 丙國 | 丁國\n\n部分限制入境：戊國｜己國｜庚國\n"
    )
    items = _items(tmp_path, text)
    assert [m.label for m in items] == ["甲國", "乙國", "丙國", "丁國", "戊國", "己國", "庚國"]
    assert len({m.group for m in items}) == 2
    assert with_separators_read("| 甲國 | 乙國 | 丙國 |") is None  # a table's row: its bars are cells'


def test_notes_after_two_blanks_are_the_items_not_columns(tmp_path: Path) -> None:
    """Before: ``Borduria  not Greater Borduria`` was a table's row among name lines: no list at all."""
    text = (
        "Aland Daily, June 5, 2031\n\nThe following 4 countries are barred:\n\n"
        "Borduria  not Greater Borduria\nCarpathia\nDorland  listed as Dorlandia by some\nElbonia\n"
    )
    items = _items(tmp_path, text)
    assert [m.label for m in items] == ["Borduria", "Carpathia", "Dorland", "Elbonia"]
    assert [a.text for a in items[0].attributes] == ["not Greater Borduria"]


def test_a_preposition_names_no_group() -> None:
    """``Entry from three other countries``: a headline's ``travelers from 6 countries`` counts no part of
    that group."""
    labels = {"g1": ["Entry from"], "g2": ["The full ban covers"]}
    assert match_label("Aland bars travelers from 6 countries", labels) is None


def test_a_chinese_note_after_two_blanks_is_the_items(tmp_path: Path) -> None:
    """The lead-in counts four and four lines follow: each line one item, the words after its two blanks
    a note of it, no second column (before, lines that carry one broke the run and nothing was read)."""
    text = (
        "甲國新禁令\n\n甲報　2031年6月5日\n\n全面禁止入境的4國如下：\n\n"
        "甲國\n乙國  不含北乙國\n丙國\n丁國  原稱丁共和國\n\n官員說名單每半年檢討。\n"
    )
    items = _items(tmp_path, text)
    assert [m.label for m in items] == ["甲國", "乙國", "丙國", "丁國"]
    assert [[a.text for a in m.attributes] for m in items] == [[], ["不含北乙國"], [], ["原稱丁共和國"]]


def test_groups_with_different_markers_are_both_read(tmp_path: Path) -> None:
    """``## Full ban (3)`` over ``1.`` lines, ``## Partial (3)`` over ``-`` lines: before, one layout read
    one group and the other group was lost (a part of the article's lists)."""
    text = (
        "# Aland list\n\nAland Explainer, June 5, 2031\n\n## Full ban (3)\n\n1. Borduria\n2. Carpathia\n"
        "3. Dorland\n\n## Partial (3)\n\n- Elbonia\n- **Florin**\n- Genovia\n"
    )
    items = _items(tmp_path, text)
    assert [m.label for m in items] == ["Borduria", "Carpathia", "Dorland", "Elbonia", "Florin", "Genovia"]
    assert [m.group for m in items] == ["Full ban"] * 3 + ["Partial"] * 3


def test_a_bulleted_group_of_two_after_a_numbered_group_is_read(tmp_path: Path) -> None:
    """Two bullets under ``Partial (2)``: shorter than a list, but as long as the label over them says
    (before, bullets needed three items and the numbered group alone came back)."""
    text = (
        "# Aland list\n\nAland Explainer, June 5, 2031\n\n## Full ban (3)\n\n1. Borduria\n2. Carpathia\n"
        "3. Dorland\n\n## Partial (2)\n\n- Elbonia\n- Florin\n"
    )
    items = _items(tmp_path, text)
    assert [m.label for m in items] == ["Borduria", "Carpathia", "Dorland", "Elbonia", "Florin"]
    assert [m.group for m in items] == ["Full ban"] * 3 + ["Partial"] * 2


def test_a_headline_wider_than_the_wrap_leaves_the_paragraphs_joined_again() -> None:
    """The width is its paragraphs' lines': a headline standing alone, wider, does not hide the wrap."""
    body = textwrap.fill(
        "The president of Aland on Wednesday signed an order barring citizens of six countries from "
        "entering the country, reviving a policy from his first term in office, with exceptions.",
        60,
    )
    text = "Aland signs an order that bars travelers from six countries from Monday\n\n" + body + "\n"
    assert body.count("\n") >= 2
    assert unwrap(text).split("\n")[2] == " ".join(body.split("\n"))


def test_lines_of_a_list_about_as_wide_as_each_other_are_not_joined() -> None:
    """Items of an unmarked list, the long ones about as wide as each other, alternating with short ones:
    no two full lines one under the other, no wrap (before, each long item was joined to the next)."""
    text = (
        "Aland names its cabinet\n\nThe ministers named on Monday are the following people:\n\n"
        "Jane Roe, Minister of Foreign Affairs and of Trade, 58\n"
        "John Doe, 61\n"
        "Richard Roe, Minister of Home Affairs and of Policing, 49\n"
        "Mary Major, 55\n"
        "Jane Doe, Minister of Health and of Social Affairs, 52\n"
        "Max Mustermann, 47\n"
        "Erika Mustermann, Minister of Education and Science, 44\n"
    )
    assert unwrap(text) == text


def test_a_markdown_links_words_are_the_name(tmp_path: Path) -> None:
    """Before: ``* [Borduria](https://…)`` was read as ``[Borduria]``."""
    text = (
        "# Aland list\n\nAland Explainer, June 5, 2031\n\nThe order bars the following 3 countries:\n\n"
        "* [Borduria](https://example.org/borduria)\n* [Carpathia](https://example.org/carpathia)\n"
        "* [Dorland](/dorland)\n"
    )
    assert _names(tmp_path, text) == ["Borduria", "Carpathia", "Dorland"]


def test_a_markdown_tables_alignment_row_leaves_its_group_column_read(tmp_path: Path) -> None:
    """Before: ``|:--|--:|`` under the header made the group column a note of each name."""
    text = (
        "甲國名單\n\n甲報　2031年6月5日\n\n名單如下：\n\n|國家|限制|\n|:--|--:|\n"
        "|甲國|全面禁止|\n|乙國|全面禁止|\n|丙國|部分限制|\n|丁國|部分限制|\n"
    )
    items = _items(tmp_path, text)
    assert [m.label for m in items] == ["甲國", "乙國", "丙國", "丁國"]
    assert [m.group for m in items] == ["全面禁止", "全面禁止", "部分限制", "部分限制"]

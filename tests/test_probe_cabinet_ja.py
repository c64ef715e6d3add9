"""A Japanese cabinet's ten main ministers in five outlets (``tests/fixtures/takaichi_cabinet/``): a
Japanese table, a Taiwan sentence gluing each post to its name, mainland ``post　name`` lines, a Hong Kong
``【post】name`` list, English ``Post: Name`` lines. Kanji names link across the Japanese, Traditional and
Simplified forms and to their English names by their Japanese readings; planted: a name misspelt with a
character of like sound (mainland), a minister left out under a count of ten (Hong Kong)."""

from __future__ import annotations

from pipeline.checks.registry import MISSPELT_NAME
from pipeline.knowledge.kana import given_readings, kanji_forms, kanji_readings
from pipeline.lang.count_binding import lead_in_counts
from pipeline.models import Severity
from tests.probe_fixtures import findings, listed, outlets_of, posts, story

FOLDER = "takaichi_cabinet"


def test_ten_ministers_read_in_every_layout_and_nine_in_hong_kong() -> None:
    cabinet = story(FOLDER)
    assert listed(cabinet) == {"01_ja": 10, "02_tw": 10, "03_cn": 10, "04_hk": 9, "05_en": 10}


def test_each_outlet_prints_each_minister_with_his_post() -> None:
    cabinet = story(FOLDER)
    ja = posts(cabinet, "01_ja")
    assert ja["片山さつき"] == "財務相" and ja["鈴木憲和"] == "農林水産相" and ja["木原稔"] == "官房長官"
    tw = posts(cabinet, "02_tw")
    assert tw["片山皋月"] == "財務大臣" and tw["上野賢一郎"] == "厚生勞動大臣" and tw["平口洋"] == "法務大臣"
    cn = posts(cabinet, "03_cn")
    assert cn["铃木宪和"] == "农相" and cn["上野宪一郎"] == "厚生劳动相" and cn["木原稔"] == "内阁官房长官"
    en = posts(cabinet, "05_en")
    assert en["Kenichiro Ueno"] == "Health Minister" and en["Satsuki Katayama"] == "Finance Minister"


def test_a_post_glued_to_its_name_in_a_sentence_is_read_whole() -> None:
    tw = posts(story(FOLDER), "02_tw")
    assert tw["松本洋平"] == "文部科學大臣" and tw["赤澤亮正"] == "經濟產業大臣"


def test_a_bracketed_post_before_a_name_is_the_items_post() -> None:
    hk = posts(story(FOLDER), "04_hk")
    assert hk == {
        "木原稔": "內閣官房長官",
        "林芳正": "總務大臣",
        "平口洋": "法務大臣",
        "茂木敏充": "外務大臣",
        "片山皋月": "財務大臣",
        "松本洋平": "文部科學大臣",
        "上野賢一郎": "厚生勞動大臣",
        "赤澤亮正": "經濟產業大臣",
        "小泉進次郎": "防衛大臣",
    }


def test_kanji_names_link_across_scripts_and_to_english_by_their_readings() -> None:
    """片山さつき (given name in hiragana), 片山皋月 (the dictionary reads 皐月 satsuki as a word) and
    Satsuki Katayama are one person; 上野賢一郎 reads kenichiro once pykakasi's ``ken'ichirou`` loses its
    apostrophe; 赤沢, 赤澤 and 赤泽 are one character in three scripts."""
    cabinet = story(FOLDER)
    everyone = {"01_ja", "02_tw", "03_cn", "04_hk", "05_en"}
    assert outlets_of(cabinet, "片山さつき") == everyone
    assert outlets_of(cabinet, "Satsuki Katayama") == everyone
    assert outlets_of(cabinet, "Kenichiro Ueno") == everyone
    assert outlets_of(cabinet, "上野宪一郎") == everyone
    assert outlets_of(cabinet, "赤沢亮正") == everyone
    assert outlets_of(cabinet, "铃木宪和") == everyone - {"04_hk"}
    assert len(cabinet.entities) == 10


def test_japanese_readings_of_the_names() -> None:
    assert kanji_readings("片山さつき") == ("katayama satsuki", "satsuki katayama")
    assert kanji_readings("山田はなこ")[0] == "yamada hanako"
    assert "satsuki" in given_readings("片山皋月")
    assert kanji_readings("上野賢一郎")[0] == "ueno kenichiro"


def test_a_lead_in_counts_what_its_last_sentence_counts() -> None:
    """``三名黨總裁選舉對手均獲委以重任。以下是新內閣十名重要閣僚：``: the rivals are not the list."""
    lead = "日本首相周二組閣，三名黨總裁選舉對手均獲委以重任。以下是新內閣十名重要閣僚："
    assert [c.value for c in lead_in_counts(lead)] == [10]
    assert [c.value for c in lead_in_counts("甲國宣布制裁12個國家。名單如下：")] == [12]


def test_the_hong_kong_list_is_one_short_of_its_ten() -> None:
    cabinet = story(FOLDER)
    (short,) = [d for d in cabinet.discrepancies if d.kind == "list_short"]
    assert short.sources == ("04_hk",) and short.severity is Severity.ERROR
    assert "鈴木憲和" in short.message and "10" in short.message


def test_the_misspelt_kanji_is_named_with_the_form_the_others_print() -> None:
    cabinet = story(FOLDER)
    (found,) = [d for d in cabinet.discrepancies if d.kind == MISSPELT_NAME]
    assert found.sources == ("03_cn",) and found.severity is Severity.WARNING
    assert "上野宪一郎" in found.message and "上野賢一郎" in found.message and "'宪'" in found.message


def test_the_cabinet_story_has_exactly_its_two_planted_errors() -> None:
    """No outlet is accused of a count (ten new members is another count than the list's), of a post,
    nor of a name written in its script's own forms (赤澤, 赤泽, 铃木)."""
    assert findings(story(FOLDER)) == [("list_short", ("04_hk",)), ("misspelt_name", ("03_cn",))]


def test_a_variant_form_of_a_character_is_no_misspelling() -> None:
    """邉, 邊 and 边 are one character of 渡辺 in the forms of three scripts; 宪 and 贤 are two characters."""
    assert kanji_forms("渡邉太郎") == kanji_forms("渡邊太郎") == kanji_forms("渡边太郎") == "渡辺太郎"
    assert kanji_forms("赤泽亮正") == kanji_forms("赤澤亮正") == "赤沢亮正"
    assert kanji_forms("上野宪一郎") != kanji_forms("上野贤一郎")

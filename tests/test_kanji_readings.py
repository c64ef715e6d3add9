"""Japanese names in kanji: heard in English by their Japanese reading, never by their Mandarin one."""

from __future__ import annotations

from matching_fixtures import _mention

from pipeline.knowledge import Knowledge
from pipeline.knowledge.kana import given_readings, heard_readings, kanji_readings, read_apart, romanized_name
from pipeline.matching import match_lists

# Made-up people: two of one family name whose given names read close (taro, taichi), and three others.
# The Japanese outlet prints them in kanji, the mainland one in Simplified forms (铃 for 鈴), the English
# one given name first.
PEOPLE = [
    ("山田太郎", "山田太郎", "Taro Yamada"),
    ("山田太一", "山田太一", "Taichi Yamada"),
    ("鈴木一郎", "铃木一郎", "Ichiro Suzuki"),
    ("佐藤花子", "佐藤花子", "Hanako Sato"),
    ("田中次郎", "田中次郎", "Jiro Tanaka"),
]


def _lists(people: list[tuple[str, str, str]] = PEOPLE) -> list:
    ja = [_mention("a_ja", i, None, p[0]) for i, p in enumerate(people, start=1)]
    zh = [_mention("b_zh", i, None, p[1]) for i, p in enumerate(people, start=1)]
    return ja + zh + [_mention("c_en", i, None, "", p[2]) for i, p in enumerate(people, start=1)]


def test_a_kanji_name_reads_family_name_first_and_given_name_first() -> None:
    assert kanji_readings("山田太郎") == ("yamada taro", "taro yamada")  # tarou: the long vowel folded
    assert kanji_readings("铃木一郎") == ("suzuki ichiro", "ichiro suzuki")  # read in its Japanese forms
    assert kanji_readings("ジェーン・ナイト") == ()
    assert kanji_readings("Jane Roe") == ()
    assert kanji_readings("甲乙丙丁戊己") == ()  # six characters: no person's name


def test_kanji_names_link_to_their_english_names() -> None:
    matching = match_lists(_lists(), knowledge=Knowledge(gazetteer=None))
    for i in range(1, len(PEOPLE) + 1):
        entity = matching.entity_of(f"a_ja#{i}")
        assert matching.entity_of(f"b_zh#{i}") == entity
        assert matching.entity_of(f"c_en#{i}") == entity, PEOPLE[i - 1]


def test_two_people_whose_names_read_close_stay_apart() -> None:
    """山田太郎 and 山田太一 share a family name and read close (yamada taro, yamada taichi): where the
    English list prints only Taichi Yamada, 山田太郎 is not linked to him."""
    people = [PEOPLE[0], *PEOPLE[2:]]
    english = [_mention("c_en", i, None, "", p[2]) for i, p in enumerate([PEOPLE[1], *PEOPLE[2:]], start=1)]
    mentions = [m for m in _lists(people) if m.article != "c_en"] + english
    matching = match_lists(mentions, knowledge=Knowledge(gazetteer=None))
    assert matching.entity_of("a_ja#1") == matching.entity_of("b_zh#1")
    assert matching.entity_of("c_en#1") != matching.entity_of("a_ja#1")
    for i in range(2, len(people) + 1):
        assert matching.entity_of(f"c_en#{i}") == matching.entity_of(f"a_ja#{i}")


def test_a_japanese_name_is_not_heard_by_its_mandarin_reading() -> None:
    """Read in Mandarin, a kanji name's consonants can meet another person's English family name by
    chance (高石早苗, gao shi zao miao, and Koizumi are both ``gsn``): a name whose Japanese reading is
    heard in English is compared by that reading alone, and goes to the person it reads as."""
    people = [("高石早苗", "高石早苗", "Sanae Takaishi"), ("小泉一郎", "小泉一郎", "Ichiro Koizumi")]
    matching = match_lists(_lists(people), knowledge=Knowledge(gazetteer=None))
    assert matching.entity_of("a_ja#1") == matching.entity_of("c_en#1")
    assert matching.entity_of("a_ja#2") == matching.entity_of("c_en#2")


def test_a_kanji_name_is_read_apart_only_from_english_names_it_sounds_nothing_like() -> None:
    assert read_apart("佐藤花子", ["Ichiro Suzuki", "Jiro Tanaka"], 0.6)
    assert not read_apart("鈴木一郎", ["Ichiro Suzuki"], 0.6)
    assert not read_apart("鈴木一郎", ["Suzuki"], 0.6)  # the family name alone is heard
    assert not read_apart("鈴木一郎", [], 0.6)  # no English name: nothing is heard apart
    assert not read_apart("ジェーン・ロー", ["Ichiro Suzuki"], 0.6)  # no kanji name
    assert not read_apart("佐藤花子", ["Jane Knight"], 0.6)  # no Japanese name in English


def test_a_japanese_name_in_english_is_written_in_hepburn_syllables() -> None:
    assert romanized_name("Taro Yamada") and romanized_name("Shinjiro Hattori")
    assert not romanized_name("Jane Knight")  # kn, gh: no Hepburn syllables
    assert not romanized_name("Yamada")  # one word
    assert not romanized_name("World Health Organization")


def test_a_japanese_name_in_another_ones_place_is_not_linked_to_it_by_elimination() -> None:
    """Four outlets print the same three people; the fourth prints 田中次郎 where the others print
    佐藤花子 (Hanako Sato). Left last, 田中次郎 would be linked to her by elimination: it reads nothing
    like her English name, so it founds an entity of its own."""
    people = [PEOPLE[0], PEOPLE[2], PEOPLE[3]]
    mentions = _lists(people)
    names = [p[0] for p in people[:2]] + ["田中次郎"]
    mentions += [_mention("d_ja", i, None, n) for i, n in enumerate(names, start=1)]
    totals = {"d_ja": 3}  # the fourth outlet says its list has three: a complete list
    matching = match_lists(mentions, knowledge=Knowledge(gazetteer=None), totals=totals)
    assert matching.entity_of("d_ja#1") == matching.entity_of("c_en#1")
    assert matching.entity_of("d_ja#2") == matching.entity_of("c_en#2")
    assert matching.entity_of("d_ja#3") != matching.entity_of("c_en#3")


def test_a_given_name_is_also_read_by_its_other_dictionary_readings() -> None:
    """pykakasi reads 亮正 akira sei; the dictionary also has ryo and sei for its two characters. The
    reading is added only where an English name has the word exactly: a near word (taichi for 太郎, one
    of whose readings is tairo) adds nothing, so two people of one family name stay apart."""
    assert kanji_readings("山田亮正") == ("yamada akirasei", "akirasei yamada")
    assert "ryosei" in given_readings("山田亮正") and "taro" in given_readings("山田太郎")
    assert heard_readings("山田亮正", frozenset({"ryosei", "yamada"}))[2:] == (
        "yamada ryosei",
        "ryosei yamada",
    )
    assert heard_readings("山田太郎", frozenset({"taichi", "yamada"})) == kanji_readings("山田太郎")
    assert given_readings("山田はなこ") == frozenset()  # kana in the name: no kanji reading


def test_a_kanji_name_links_to_its_english_name_through_another_reading_of_its_given_name() -> None:
    people = [("山田亮正", "山田亮正", "Ryosei Yamada"), *PEOPLE[2:]]
    matching = match_lists(_lists(people), knowledge=Knowledge(gazetteer=None))
    for i in range(1, len(people) + 1):
        assert matching.entity_of(f"c_en#{i}") == matching.entity_of(f"a_ja#{i}"), people[i - 1]


def test_a_long_o_written_oh_is_a_hepburn_syllable() -> None:
    """Japanese passports write a long o ``oh`` (Ōno as ``Ohno``, Katō as ``Katoh``): still a Japanese
    name in English; an English ``oh`` before a consonant that opens no syllable is not one."""
    assert romanized_name("Taro Ohno") and romanized_name("Ichiro Katoh") and romanized_name("Hanako Ohtaka")
    assert not romanized_name("John Kato")  # jo + h + n: no syllable after the h


def test_a_kanji_name_links_to_its_english_name_whose_long_o_is_written_oh() -> None:
    """大野太郎 reads ``ono taro``; the English outlet prints ``Taro Ohno``, given name first, the long o
    written ``oh``: one person, as 加藤一郎 and ``Ichiro Katoh``."""
    people = [("大野太郎", "大野太郎", "Taro Ohno"), ("加藤一郎", "加藤一郎", "Ichiro Katoh"), *PEOPLE[3:]]
    matching = match_lists(_lists(people), knowledge=Knowledge(gazetteer=None))
    for i in range(1, len(people) + 1):
        assert matching.entity_of(f"c_en#{i}") == matching.entity_of(f"a_ja#{i}"), people[i - 1]

"""Normalization keys: folds that must hold, idempotence and totality (Hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from matching_fixtures import example_list_mentions

from pipeline.normalize.acronyms import acronym_key, derive_acronym
from pipeline.normalize.chinese import zh_key, zh_ngrams
from pipeline.normalize.english import en_key, en_tokens
from pipeline.normalize.scripts import to_simplified, to_traditional

# Text with CJK, fullwidth forms, quote marks and Latin letters, as Chinese articles mix them.
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
MIXED = st.text(
    alphabet=st.one_of(
        CJK,
        st.sampled_from(list("「」『』《》（）()、，。；：-—·　 ＡＢＣ１２３abcXYZ.&/'")),
        st.characters(),
    ),
    max_size=40,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("U.N. Water", "UN Water"),
        ("UN-Water", "U. N. Water"),
        ("U.S. Agency for Global Media", "US Agency for Global Media"),
        (
            "Regional Cooperation Agreement on Combatting Piracy",
            "Regional Cooperation Agreement on Combating Piracy",
        ),
        ("UN Human Settlements Programme", "UN Human Settlements Program"),
        ("International Trade Centre", "International Trade Center"),
        ("World Health Organisation", "World Health Organization"),
        ("Arts & Culture", "Arts and Culture"),
        (
            "Office of the Special Representative of the secretary-general",
            "office of the special representative of the Secretary General",
        ),
        ("Centre for Standardisation", "Center for Standardization"),
    ],
)
def test_en_key_folds_variants(a: str, b: str) -> None:
    assert en_key(a) == en_key(b)


def test_a_spelled_out_name_and_its_initials_agree_on_the_acronym_not_the_key() -> None:
    # no name is folded into another by a table: the initials are the evidence matching weighs
    assert en_key("United Nations Water") != en_key("UN Water")
    assert derive_acronym("United Nations University") == derive_acronym("U.N. University") == "UNU"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Global Forum on Cyber Expertise", "Global Forum on Cyber Expertize"),  # -ise word kept apart
        ("Peacebuilding Commission", "Peacebuilding Fund"),
        ("sun moon", "un moon"),  # "un" only as a word of its own
    ],
)
def test_en_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert en_key(a) != en_key(b)


def test_en_key_examples() -> None:
    assert en_key("U.N. Entity for Gender Equality") == "un entity for gender equality"
    assert en_key("24/7 Carbon-Free Energy Compact") == "24 7 carbon free energy compact"
    assert en_tokens("Office of the Special Adviser on Africa") == ("office", "special", "adviser", "africa")
    assert en_tokens("the of", drop_stopwords=False) == ("the", "of")


def test_zh_key_folds_script_width_and_punctuation() -> None:
    assert zh_key("「教育不能等待」基金會") == zh_key("教育不能等待基金会")
    assert zh_key("聯合國人口基金") == "联合国人口基金"
    assert zh_key("礦業、礦產、金屬") == zh_key("矿业矿产金属")
    assert zh_key("ＥＣＯＳＯＣ——非洲經濟委員會") == "ecosoc非洲经济委员会"
    assert zh_key("21世紀 再生能源") == "21世纪再生能源"


def test_zh_key_folds_japanese_and_hong_kong_forms_of_a_name() -> None:
    """A made-up Chinese name as Japanese (暁, 曽, 竜), Hong Kong (衞), Taiwan (衛) and mainland (卫) outlets
    print it: one key. Characters of either Chinese standard that OpenCC's Japanese table also rewrites
    (研, 并, 芸) are left as they are."""
    assert zh_key("曽暁竜") == zh_key("曾曉龍") == zh_key("曾晓龙")
    assert zh_key("王国衞") == zh_key("王國衛") == zh_key("王国卫")
    assert [zh_key(s) for s in ("研究", "并且", "王芸")] == ["研究", "并且", "王芸"]


def test_zh_ngrams() -> None:
    assert zh_ngrams("聯合國大學") == ("联合", "合国", "国大", "大学")
    assert zh_ngrams("署") == ("署",)
    assert zh_ngrams("") == ()
    assert zh_ngrams("國際法", 1) == ("国", "际", "法")


@pytest.mark.parametrize(
    ("english", "acronym"),
    [
        ("UN Framework Convention on Climate Change", "UNFCCC"),
        ("U.N. Framework Convention on Climate Change", "UNFCCC"),
        ("International Union for Conservation of Nature", "IUCN"),
        ("Intergovernmental Panel on Climate Change", "IPCC"),
        ("Science and Technology Center in Ukraine", "STCU"),
        ("", ""),
    ],
)
def test_derive_acronym(english: str, acronym: str) -> None:
    assert derive_acronym(english) == acronym


def test_acronym_key() -> None:
    assert acronym_key("U.N.-REDD") == acronym_key("UN-REDD") == "UNREDD"
    assert acronym_key("（ＩＰＣＣ）") == "IPCC"


def test_script_conversion_round_trip_on_article_names() -> None:
    for m in example_list_mentions():
        simplified = to_simplified(m.name_zh)
        assert zh_key(m.name_zh) == zh_key(simplified)
        assert zh_key(to_traditional(simplified)) == zh_key(simplified)


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_keys_are_idempotent(s: str) -> None:
    assert zh_key(zh_key(s)) == zh_key(s)
    assert en_key(en_key(s)) == en_key(s)
    assert acronym_key(acronym_key(s)) == acronym_key(s)
    assert en_tokens(" ".join(en_tokens(s))) == en_tokens(s)


def test_every_cjk_character_shares_its_key_with_its_simplified_form() -> None:
    """The property below, over every character of the basic block (a Japanese form that OpenCC's own
    table simplifies, such as 頴, once broke it)."""
    broken = [ch for ch in map(chr, range(0x4E00, 0xA000)) if zh_key(to_simplified(ch)) != zh_key(ch)]
    assert broken == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=CJK, max_size=20))
def test_traditional_and_simplified_share_a_key(s: str) -> None:
    assert zh_key(to_simplified(s)) == zh_key(s)
    traditional = to_traditional(s)
    # OpenCC is not a bijection for a few rare characters (e.g. a simplified character whose
    # traditional form simplifies to a different common one); everywhere else the key is shared.
    assume(to_simplified(traditional) == to_simplified(s))
    assert zh_key(traditional) == zh_key(s)


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_no_exception_on_arbitrary_text(s: str) -> None:
    for f in (zh_key, en_key, acronym_key, derive_acronym, to_simplified, to_traditional):
        assert isinstance(f(s), str)
    assert isinstance(en_tokens(s), tuple)
    assert all(len(g) <= 2 for g in zh_ngrams(s))


def test_an_articles_chinese_script_is_told_by_its_characters() -> None:
    from pipeline.lang.scripts import chinese_script

    assert chinese_script("甲國新內閣5名部長如下：") == "traditional"
    assert chinese_script("甲国新内阁5名部长如下：") == "simplified"
    assert chinese_script("甲乙丙") == "simplified"  # no character that changes: nothing says Traditional
    assert chinese_script("甲国の新内閣は次の通り。山田太郎氏") == ""  # Japanese
    assert chinese_script("Aland's new cabinet") == ""


def test_the_characters_a_chinese_key_keeps_are_letters_digits_and_combining_marks() -> None:
    from pipeline.normalize.chinese import _keep_char

    # asked twice, the kept answer is the same as the first
    for _ in range(2):
        assert [ch for ch in "甲·乙 (A-1)\u0301、丙。ｶ" if _keep_char(ch)] == [
            "甲",
            "乙",
            "A",
            "1",
            "\u0301",
            "丙",
            "ｶ",
        ]
    assert zh_key("甲·乙 (A-1)、丙。") == "甲乙a1丙"

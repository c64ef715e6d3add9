"""A person's name as each region hears it (pipeline.matching.two_sounds, pipeline.knowledge.heard,
pipeline.knowledge.portuguese_kana): Hong Kong's Cantonese ``n`` said ``l``, an ``l`` before a consonant
left out, a syllabic ``m`` given a vowel, katakana's ``h`` for a Brazilian initial ``r``; and made-up
people who must stay apart. Made-up names throughout."""

from __future__ import annotations

import numpy as np
from matching_fixtures import _mention
from scipy import sparse

from pipeline.knowledge import Knowledge
from pipeline.knowledge.heard import liquid_dropped
from pipeline.knowledge.portuguese_kana import heard_in_kana
from pipeline.matching import match_lists
from pipeline.matching.one_word import VOWEL_APART, vowels_apart
from pipeline.matching.two_sounds import heard_as_one, short_keys

# Made-up people, each printed by its family name alone in Chinese (Traditional characters in a_hk, whose
# names hold characters of their own: 倫, 羅; Simplified in b_cn) and whole in English.
OTHERS = [("瓦倫斯", "瓦伦斯", "Dora Valence"), ("卡羅特", "卡罗特", "Alan Carrot")]


def _matching(people: list[tuple[str, str, str]], *, chinese: tuple[str, ...] = ("a_hk", "b_cn")):
    rows = [*people, *OTHERS]
    mentions = [_mention("c_en", i, None, "", p[2]) for i, p in enumerate(rows, start=1)]
    for side, article in enumerate(("a_hk", "b_cn")):
        if article in chinese:
            mentions += [_mention(article, i, None, p[side]) for i, p in enumerate(rows, start=1) if p[side]]
    return match_lists(mentions, knowledge=Knowledge(gazetteer=None))


def test_hong_kong_writes_an_l_with_a_character_of_n() -> None:
    """施拿 (si naa; much of Hong Kong says 拿 laa) is Jane Sila (``sl``) where a Hong Kong outlet prints
    it (before: ``sn``, heard against no one)."""
    matching = _matching([("施拿", "", "Jane Sila")], chinese=("a_hk",))
    assert matching.entity_of("a_hk#1") == matching.entity_of("c_en#1")


def test_the_mainland_hears_its_n_as_n() -> None:
    """Guard: Mandarin keeps its ``n`` and ``l`` apart: 施拿 printed by the mainland alone (shi na) is not
    Jane Sila."""
    matching = _matching([("", "施拿", "Jane Sila")], chinese=("b_cn",))
    assert matching.entity_of("b_cn#1") != matching.entity_of("c_en#1")


def test_an_l_before_a_consonant_is_left_out() -> None:
    """柏摩 (bo mo, paak mo: ``bn``) is Ann Bolmor, whose l before the m Hong Kong writes with no
    syllable (before: Bolmor was ``bln`` alone)."""
    matching = _matching([("柏摩", "柏摩", "Ann Bolmor")])
    entity = matching.entity_of("c_en#1")
    assert matching.entity_of("a_hk#1") == entity and matching.entity_of("b_cn#1") == entity
    assert liquid_dropped("bolmor") == "bomor" and liquid_dropped("sala") == ""


def test_a_syllabic_m_is_given_a_vowel() -> None:
    """姆巴貝 (mu ba bei: ``nb``) is Tim Mbabey, whose M before a consonant the transliteration gives a
    syllable of its own: a family name of two sounds in three characters (before: two characters only)."""
    matching = _matching([("姆巴貝", "姆巴贝", "Tim Mbabey")])
    entity = matching.entity_of("c_en#1")
    assert matching.entity_of("a_hk#1") == entity and matching.entity_of("b_cn#1") == entity


def test_two_regions_spellings_of_one_family_name_are_heard_as_one() -> None:
    """Taiwan's 姆巴貝 and Hong Kong's 麥巴貝 share no character and are heard alike by nothing of their
    own, but both as Mbabey, the one English family name of that sound (rows 0 and 1 against the keys
    ``tim mbabey`` and ``mbabey``): evidence between the two, the lesser of theirs, once however many
    keys they meet in; none for a name heard as another (row 2), none on the diagonal. Without it the
    entity the first Chinese spelling founds keeps its own, and the English name joins the other (the
    Ballon d'Or story's Taiwanese and mainland spelling, ``tests/test_probe_ballon_dor.py``)."""
    pairs = sparse.csr_matrix(np.array([[0.4, 0.4, 0.0], [0.3, 0.3, 0.0], [0.0, 0.0, 0.4]], dtype=np.float32))
    kin = heard_as_one(pairs).toarray()
    assert np.allclose(kin, [[0.0, 0.3, 0.0], [0.3, 0.0, 0.0], [0.0, 0.0, 0.0]])


def test_two_english_names_heard_alike_leave_the_three_characters_apart() -> None:
    """Guard: Tim Mbabey and Rosa Nabo are both ``nb``: 姆巴贝 is linked to neither by its sound."""
    matching = _matching([("", "姆巴贝", "Tim Mbabey"), ("", "", "Rosa Nabo")], chinese=("b_cn",))
    assert matching.entity_of("b_cn#1") not in {matching.entity_of("c_en#1"), matching.entity_of("c_en#2")}


def test_a_name_hong_kong_hears_by_more_sounds_crowds_no_short_one() -> None:
    """謝基明 (xie ji ming: ``sn``) is ze gei ming (``sgn``) in Cantonese, where an outlet of Traditional
    characters prints it: it leaves 施拿 (``sn``) the one short name of the article; printed by the
    mainland alone, the two crowd each other."""
    printed = [("a", "施拿", "施拿"), ("a", "謝基明", "謝基明")]
    assert short_keys(printed, cantonese={"施拿", "謝基明"}) == frozenset({"施拿"})
    assert short_keys(printed) == frozenset()


def test_a_brazilian_initial_r_is_heard_as_katakana_writes_it() -> None:
    """ホフィーニャ (hofiinya) is Rophinha, and only beside the English reading: a key with no initial r has
    no Brazilian one (before: 0.53 against rophinha, below the gate)."""
    mentions = [
        _mention("c_en", 1, None, "", "Rophinha"),
        _mention("c_en", 2, None, "", "Dora Valence"),
        _mention("d_ja", 1, None, "ホフィーニャ"),
        _mention("d_ja", 2, None, "ドラ・バレンス"),
    ]
    matching = match_lists(mentions, knowledge=Knowledge(gazetteer=None))
    assert matching.entity_of("d_ja#1") == matching.entity_of("c_en#1")
    assert heard_in_kana("rafa borda") == "hafa borda" and heard_in_kana("dora valence") == ""


def test_a_family_name_alone_of_another_first_vowel_is_heard_less() -> None:
    """沃倫 (wo lun: ``wln``, printed alone) and ソール・ウィラン's family name (wiran,
    ``wln``) share a skeleton, not a first vowel: the pair counts ``VOWEL_APART`` of its evidence, so a
    katakana whole name heard whole in an English one (Saul Wiran) is linked there by its margin (the
    prisoner swap story's case, ``tests/test_probe_prisoner_swap.py``); 亨頓 (heng) against
    ジェーン・ハントン's ha is weighed less too, never dropped; a katakana name of one word (one_word_pairs
    has its own rule) and a Chinese name given name first are left as they are."""
    pairs = sparse.csr_matrix(np.full((3, 3), 0.72, dtype=np.float32))
    shapes = [(3, "o"), (2, "e"), (3, "o")]
    kana = ["soru wiran", "jen hanton", "wiran"]
    out = vowels_apart(pairs, shapes, [True, True, False], kana).toarray()
    apart = 0.72 * VOWEL_APART
    assert np.allclose(out, [[apart, apart, 0.72], [apart, apart, 0.72], [0.72, 0.72, 0.72]])
    assert np.allclose(vowels_apart(pairs, [(3, "i")] * 3, [True] * 3, kana).toarray()[:, 0], 0.72)

"""Organizations' names across languages: a Chinese or Japanese name read in English words (its generic
words translated, its places' names given by CLDR: ``pipeline.matching.org_gloss``), a katakana proper
part heard against the English name's, on made-up names (the places are patched in)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.matching import org_gloss as gloss_module
from pipeline.matching.evidence import Space
from pipeline.matching.keys import _names
from pipeline.matching.org_gloss import org_core, org_core_en, org_gloss

PLACES = {"阿蘭德": "aland", "阿兰德": "aland", "アランド": "aland", "波杜利亞": "borduria"}


@pytest.fixture
def places(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(gloss_module, "place_words", lambda: PLACES)
    for f in (org_gloss, org_core, org_core_en, gloss_module._english_places):
        f.cache_clear()
    yield
    for f in (org_gloss, org_core, org_core_en, gloss_module._english_places):
        f.cache_clear()


@pytest.mark.usefixtures("places")
@pytest.mark.parametrize(
    ("name", "gloss"),
    [
        ("阿蘭德大學", "aland university"),
        ("阿兰德国立大学", "aland national university"),
        ("波杜利亞理工學院", "borduria institute of technology"),
        ("アランド連邦工科大学", "aland federal institute of technology"),
        ("阿蘭德乙大學", ""),  # 乙 is read by no rule: it may be what tells two bodies apart
        ("阿蘭德", ""),  # a place's name alone names the place
        ("國立大學", ""),  # generic words alone name no body
    ],
)
def test_a_name_is_read_in_english_only_whole(name: str, gloss: str) -> None:
    assert org_gloss(name) == gloss


@pytest.mark.usefixtures("places")
def test_proper_parts_leave_places_to_the_gloss() -> None:
    assert org_core("カルパシア大学") == "カルパシア"
    assert org_core("アランド大学") == ""  # a place's name: two bodies of one city share it
    assert org_core_en("university of carpathia") == "carpathia"
    assert org_core_en("university college aland") == ""
    assert org_core_en("carpathia") == ""


def _en_evidence(left: tuple[list[str], list[str]], right: tuple[list[str], list[str]]) -> float:
    names = [_names("a", *left, []), _names("b", *right, [])]
    space = Space(names, phonetic=True)
    bags = [space.bag(n) for n in names]
    _zh, en, _acr = space.signals(bags, bags)
    return float(en[0, 1])


@pytest.mark.usefixtures("places")
def test_a_chinese_name_meets_the_english_one_by_its_gloss() -> None:
    assert _en_evidence((["阿蘭德大學"], []), ([], ["University of Aland"])) > 0.9
    assert _en_evidence((["阿蘭德國立大學"], []), ([], ["Aland National University"])) > 0.9
    assert _en_evidence((["阿蘭德大學"], []), ([], ["Borduria Institute of Technology"])) <= 0.0


def test_a_katakana_name_meets_the_english_one_by_its_proper_part() -> None:
    assert _en_evidence((["カルパシア大学"], []), ([], ["University of Carpathia"])) >= 0.5
    assert _en_evidence((["カルパシア大学"], []), ([], ["Borduria Institute of Technology"])) <= 0.0

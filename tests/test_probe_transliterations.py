"""Foreign people as Chinese outlets on each side of the Strait transliterate them: ten US nominees of
November 2024 printed by a Taiwan outlet (a table), a Hong Kong one (``●post：name`` bullets) and two
mainland ones (numbered ``post：name`` lines with full names, and one sentence of ``postname`` items), none
with an English name, plus an English outlet (``tests/fixtures/nominees/``). The spellings share few
characters (柏根 / 伯格姆 / 伯古姆, 甘迺迪 / 肯尼迪, 齊爾汀 / 泽尔丁, 赫塞斯 / 赫格塞思 / 黑格斯) and sound
alike. Planted: the second mainland outlet names the national security adviser (沃尔兹) as the CIA
director in John Ratcliffe's place."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from pipeline.lang.scripts import simplified
from pipeline.models import Reconciliation, Severity
from pipeline.run import reconcile

FOLDER = Path(__file__).resolve().parent / "fixtures" / "nominees"
CHINESE = ("01_tw", "02_hk", "03_cn", "04_cn")
RATCLIFFE = ("雷克里夫", "拉特克利夫", "约翰·拉特克利夫", "John Ratcliffe")


@cache
def _story(*articles: str) -> Reconciliation:
    """The story read from the given articles of the folder (all of them when none is given)."""
    paths = sorted(p for p in FOLDER.iterdir() if not articles or p.stem in articles)
    return reconcile([str(p) for p in paths])


def _shared_by(result: Reconciliation, outlets: set[str]) -> int:
    """How many entities hold one list item of each of ``outlets``."""
    return sum(1 for e in result.entities if outlets <= {k.split("#")[0] for k in e.mentions})


def _the_substitution_alone(result: Reconciliation) -> None:
    found = [d for d in result.discrepancies if d.severity is not Severity.INFO]
    assert [(d.kind, d.severity, d.sources) for d in found] == [("wrong_item", Severity.ERROR, ("04_cn",))]
    assert "沃尔兹" in found[0].message and any(name in found[0].message for name in RATCLIFFE)


def test_ten_nominees_read_in_every_outlet() -> None:
    story = _story()
    listed = Counter(m.article for m in story.mentions if m.kind == "list")
    assert listed == {"01_tw": 10, "02_hk": 10, "03_cn": 10, "04_cn": 10, "05_en": 10}


def test_the_chinese_transliterations_link_by_sound_without_english() -> None:
    """The four Chinese outlets alone: the nine people all four print are nine entities, each holding
    one item of every outlet; 沃尔兹 is none of them."""
    story = _story(*CHINESE)
    assert _shared_by(story, set(CHINESE)) == 9
    (waltz,) = [m.key for m in story.mentions if m.name_zh == "沃尔兹"]
    (entity,) = [e for e in story.entities if waltz in e.mentions]
    assert entity.mentions == (waltz,)


def test_the_substitution_is_the_one_finding_of_the_chinese_outlets() -> None:
    """One ``wrong_item`` error against the outlet that prints 沃尔兹, naming Ratcliffe in some spelling;
    nothing against the three correct Chinese outlets, whose spellings differ one for one."""
    _the_substitution_alone(_story(*CHINESE))


def test_the_substitution_is_the_one_finding_with_the_english_outlet() -> None:
    story = _story()
    assert _shared_by(story, {*CHINESE, "05_en"}) == 9
    _the_substitution_alone(story)


# A made-up cabinet of Borduria: the Taiwan outlet gives its foreign minister a Chinese name of her own
# (傅嘉嵐, as Taiwan may for a sinologist) and its finance minister one too (甘士禮), the others
# transliterate theirs (沃格爾桑, 凱斯勒: nothing in common but a first sound); the rest they all write
# alike.
_POSTS = ["外交部長", "財政部長", "國防部長", "內政部長", "司法部長"]
_TW = ["傅嘉嵐", "甘士禮", "羅西", "倫德", "伯格"]
_ELSEWHERE = ["沃格爾桑", "凱斯勒", "羅西", "倫德", "伯格"]


def _cabinet(folder: Path, outlets: dict[str, tuple[str, list[str]]]) -> Reconciliation:
    """One article per outlet: a headline, a dateline, a lead-in and ``post：name`` lines; ``outlets``:
    article id -> (outlet, names), written in Simplified characters where the id ends in ``cn``."""
    for art, (outlet, names) in outlets.items():
        lines = [f"{post}：{name}" for post, name in zip(_POSTS, names, strict=True)]
        text = f"博杜里亞新內閣上路\n\n{outlet}　2025年3月2日\n\n博杜里亞新政府1日成立，5名部長如下：\n\n"
        text += "\n".join(lines) + "\n\n新內閣將於週一首次開會。\n"
        (folder / f"{art}.txt").write_text(simplified(text) if art.endswith("cn") else text, encoding="utf-8")
    return reconcile([str(folder)])


def _accusations(result: Reconciliation) -> list[tuple[str, Severity, tuple[str, ...]]]:
    return [(d.kind, d.severity, d.sources) for d in result.discrepancies if d.severity is not Severity.INFO]


MAINLAND = {"b_cn": ("乙城日报", _ELSEWHERE), "c_cn": ("丙江快讯", _ELSEWHERE)}


@pytest.mark.parametrize(
    "names",
    [
        ["傅嘉嵐", *_ELSEWHERE[1:]],
        _TW,
        ["傅嘉嵐", "賈德禮", *_ELSEWHERE[2:]],  # 賈德禮 is not heard like 凯斯勒 either: two left unlinked
    ],
)
def test_chinese_names_of_their_own_against_the_other_scripts_are_one_warning(
    tmp_path: Path, names: list[str]
) -> None:
    """Two mainland outlets print 沃格尔桑 (and 凯斯勒) where the one Traditional outlet prints 傅嘉嵐 (and
    甘士禮 or 賈德禮): nothing compares 傅嘉嵐 with 沃格尔桑, and no outlet of its script sides with the
    mainland ones. One warning against the Taiwan outlet naming 傅嘉嵐 (an item that may be another's,
    or names that may not have been linked), no error: no missing item, no item in another's place."""
    found = _cabinet(tmp_path, {"a_tw": ("甲島日報", names), **MAINLAND})
    assert [(sev, arts) for _kind, sev, arts in _accusations(found)] == [(Severity.WARNING, ("a_tw",))]
    (warning,) = [d for d in found.discrepancies if d.severity is Severity.WARNING]
    assert warning.kind in {"wrong_item", "unlinked_list"} and "傅嘉嵐" in warning.message


def test_an_outlet_of_its_own_script_printing_the_other_name_makes_it_an_error(tmp_path: Path) -> None:
    """A Hong Kong outlet, in Traditional characters too, prints 沃格爾桑 with the mainland ones: the
    Taiwan outlet's 傅嘉嵐 is an item in another's place, an error."""
    names = _TW[:1] + _ELSEWHERE[1:]
    found = _cabinet(tmp_path, {"a_tw": ("甲島日報", names), **MAINLAND, "d_hk": ("丁港日報", _ELSEWHERE)})
    assert _accusations(found) == [("wrong_item", Severity.ERROR, ("a_tw",))]

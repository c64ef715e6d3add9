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

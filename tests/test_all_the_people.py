"""Counts of all the people a list names (``pipeline.claims.all_people``, ``pipeline.checks.one_count``):
``全部5名官員``, ``閣僚全5人``, ``All 5 officials`` over a list of people each with a post state how many
the list holds, wherever in the article they stand, as ``All 5 allies`` does over countries; and one
misprint of such a count is one finding, not a conflict of counts and a short list.

Stories are written here on made-up officials of a made-up government."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Reconciliation
from pipeline.run import reconcile
from tests.probe_fixtures import findings

# (headline, dateline, the sentence with the count, the lead-in, the items) per language
STORY = {
    "en": (
        "Officials step down",
        "January 8, 2031, Wire {o}",
        "All {n} officials said they would step down after the vote.",
        "The officials and their posts:",
        ["- Jane Roe, Minister of Security", "- John Doe, Police Commissioner",
         "- Richard Roe, Secretary for Justice", "- Mary Major, Director of Immigration",
         "- Jan Kowalski, Fire Services Director"],
    ),
    "zh": (
        "乙國官員請辭",
        "2031年1月8日 {o}報",
        "全部{n}名官員表示將在投票後辭職。",
        "各官員及職務如下：",
        ["- 保安局局長張三", "- 警務處處長李四", "- 律政司司長王五", "- 入境處處長趙六", "- 消防處處長孫七"],
    ),
    "ja": (
        "乙国の閣僚が辞任へ",
        "2031年1月8日 {o}新聞",
        "閣僚全{n}人は採決後に辞任する意向を表明した。",
        "閣僚の氏名と役職は次の通り：",
        ["・保安相　張三", "・警察長官　李四", "・法相　王五", "・入国管理局長　趙六", "・検事総長　孫七"],
    ),
}  # fmt: skip
LEAD = {
    "en": "The cabinet of Borduria met on Wednesday. ",
    "zh": "乙國內閣周三召開會議。",
    "ja": "乙国の内閣は8日、会合を開いた。",
}


def _article(lang: str, o: str, *, n: int | None, items: list[str], lead: bool) -> str:
    headline, dateline, said, lead_in, _ = STORY[lang]
    sentence = said.format(n=n) if n is not None else ""
    first = (LEAD[lang] if lead else "") + sentence
    return f"{headline}\n\n{dateline.format(o=o)}\n\n{first}\n\n{lead_in}\n\n" + "\n".join(items) + "\n"


def _story(tmp_path: Path, articles: dict[str, str]) -> Reconciliation:
    for o, text in articles.items():
        (tmp_path / f"{o}.txt").write_text(text, encoding="utf-8")
    return reconcile([str(tmp_path)])


def test_all_the_people_away_from_their_list_is_its_count(tmp_path: Path) -> None:
    """Every outlet prints the same four ministers; 01 says all 5 of them said so (``閣僚全5人``), the
    others all 4: its count alone departs from its own list and the others'."""
    lang = "ja"
    four = STORY[lang][4][:4]
    result = _story(
        tmp_path,
        {o: _article(lang, o, n=5 if o == "01" else 4, items=four, lead=True) for o in ("01", "02", "03")},
    )
    assert findings(result) == [("count_conflict", ("01",))]
    (found,) = [d for d in result.discrepancies if d.kind == "count_conflict"]
    assert STORY[lang][2].format(n=5) in found.evidence[0].quote


def test_all_the_people_over_a_list_that_lost_one_names_the_one(tmp_path: Path) -> None:
    """01 prints four of the five ministers the others print (with no count of them) under ``閣僚全5人``:
    its list is short by the one it lost."""
    lang = "ja"
    five = STORY[lang][4]
    articles = {"01": _article(lang, "01", n=5, items=five[:3] + five[4:], lead=True)}
    articles |= {o: _article(lang, o, n=None, items=five, lead=True) for o in ("02", "03")}
    result = _story(tmp_path, articles)
    assert findings(result) == [("list_short", ("01",))]
    (short,) = [d for d in result.discrepancies if d.kind == "list_short"]
    assert "趙六" in short.message


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_one_misprinted_count_of_all_the_people_is_one_finding(tmp_path: Path, lang: str) -> None:
    """The count is a paragraph of its own: 01's 5 over the four names every outlet prints under all 4 is
    one misprint, one finding (not a conflict of counts and a short list besides)."""
    four = STORY[lang][4][:4]
    result = _story(
        tmp_path,
        {o: _article(lang, o, n=5 if o == "01" else 4, items=four, lead=False) for o in ("01", "02", "03")},
    )
    assert findings(result) == [("count_conflict", ("01",))]
    (found,) = (
        result.discrepancies
        if len(result.discrepancies) == 1
        else [d for d in result.discrepancies if d.kind == "count_conflict"]
    )
    assert found.severity == "error" and "5" in found.message and "4" in found.message

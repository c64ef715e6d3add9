"""A count's counter and a noun joined by a dot (``計12社・個人``, ``3カ国・地域``) are what the count is of,
no dotted name (``約翰·甲乙``); the people facts read no person there (made-up names)."""

from __future__ import annotations

from pipeline.claims.names import names_in
from pipeline.claims.people import extract_people
from pipeline.models import Article


def _names(text: str) -> list[str]:
    return [h.name for h in names_in(text)]


def test_a_counter_and_a_noun_joined_by_a_dot_are_no_name() -> None:
    assert _names("乙国政府は1日、甲国の企業など計12社・個人に制裁を科すと発表した。") == []
    assert _names("乙国、甲国の十二社・個人に制裁") == []
    assert _names("対象は3カ国・地域に及ぶ。") == []


def test_a_dotted_name_after_a_post_is_still_read() -> None:
    assert _names("外長約翰·甲乙表示，制裁即日生效。") == ["約翰·甲乙"]
    assert _names("國務卿甲乙·丙丁宣布新措施。") == ["甲乙·丙丁"]


def test_the_people_facts_name_no_one_in_a_counted_headline() -> None:
    text = "乙国、甲国の12社・個人に制裁\n乙国政府は1日、甲国の企業など計12社・個人に制裁を科すと発表した。"
    art = Article("jp", "甲新聞", None, None, text.split("\n")[0], text, "jp.txt", "utf-8")
    assert [p.name for p in extract_people([art])] == []

"""Counts a headline states over the article's one list (``pipeline.claims.headline``) and English counts
in words (``pipeline.lang.numbers.parse_count``). Made-up articles: a cabinet of seven posts, a travel ban,
a list of sanctioned firms. A headline count binds to the list when it counts the same kind of thing and
is the list's length or a little off it; counts of something else (``3 dead``, ``2025年``, ``第7屆``,
``3 posts stay vacant``) bind nothing and accuse nobody."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.claims import PROSE_MARK, SUBJECT_TOTAL, extract_claims
from pipeline.lang.counts import find_counts
from pipeline.lang.numbers import parse_count
from pipeline.models import Claim, Kind, Severity
from pipeline.run import reconcile
from sources.registry import parse_path

POSTS_EN = (
    ("Foreign minister", "John Doe"),
    ("Defence minister", "Mary Major"),
    ("Finance minister", "Richard Miles"),
    ("Interior minister", "Alice Moe"),
    ("Economy minister", "Peter Poe"),
    ("Education minister", "Susan Loe"),
    ("Justice minister", "Tom Coe"),
)
POSTS_ZH = (
    ("外交部長", "李四"),
    ("國防部長", "王五"),
    ("財政部長", "趙六"),
    ("內政部長", "陳七"),
    ("經濟部長", "林八"),
    ("教育部長", "黃九"),
    ("法務部長", "吳十"),
)
COUNTRIES = "Arta Borduria Carpathia Dalmatia Elbonia Fredonia".split()
COUNT_KINDS = {"count_mismatch", "count_conflict", "list_short", "list_long"}


def _cabinet_en(headline: str, outlet: str = "Borduria Herald") -> str:
    rows = "\n".join(f"{post}: {name}" for post, name in POSTS_EN)
    return (
        f"{headline}\n\n{outlet}, May 20, 2025\n\nAland's new prime minister Jane Roe announced her "
        f"cabinet on Tuesday. The appointments:\n\n{rows}\n\nThe cabinet will be sworn in on Monday.\n"
    )


def _cabinet_zh(headline: str, outlet: str = "甲島日報") -> str:
    rows = "\n".join(f"{post}：{name}" for post, name in POSTS_ZH)
    return (
        f"{headline}\n\n{outlet}　2025年5月20日\n\n甲國新任總理張三週二公布新內閣人事，名單如下："
        f"\n\n{rows}\n\n新內閣將於下週一宣誓就職。\n"
    )


def _claims(tmp_path: Path, text: str) -> list[Claim]:
    path = tmp_path / "01_outlet.txt"
    path.write_text(text, encoding="utf-8")
    res = parse_path(path)
    assert res.article is not None
    return list(extract_claims(res.article, res.mentions, res.headings))


def _bound(claims: list[Claim]) -> list[tuple[int, str]]:
    """(stated, subject) of the totals bound to the list (the plain total, or a total read in prose)."""
    return [
        (int(c.stated), c.subject)
        for c in claims
        if c.kind == "total" and (c.subject == SUBJECT_TOTAL or c.subject.startswith(PROSE_MARK))
    ]


def _findings(folder: Path, texts: list[str]) -> list[tuple[str, Severity, tuple[str, ...]]]:
    for k, text in enumerate(texts):
        (folder / f"0{k + 1}_outlet.txt").write_text(text, encoding="utf-8")
    rec = reconcile([str(folder)])
    return [(d.kind, d.severity, d.sources) for d in rec.discrepancies if d.severity is not Severity.INFO]


# ------------------------------------------------------------------------------------------ numbers in words


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("seven", 7),
        ("Twelve", 12),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("12", 12),
        ("十二", 12),
        ("dozens", None),
        ("dozen", None),
        ("seven point", None),
    ],
)
def test_a_count_in_words_digits_or_chinese_numerals(printed: str, value: int | None) -> None:
    assert parse_count(printed) == value


def test_two_dozen_counts_twenty_four_not_two() -> None:
    """``two dozen firms`` was read as ``two`` and a word before the noun: a count of 2 over 24 names."""
    assert [(c.value, c.counter) for c in find_counts("Aland sanctions two dozen firms")] == [(24, "firms")]
    assert [c.value for c in find_counts("Aland sanctions dozens of firms")] == []


def test_two_dozen_in_the_headline_is_the_lists_count(tmp_path: Path) -> None:
    firms = [f"{name} Holdings" for name in "Arta Borduria Carpathia Dalmatia Elbonia Fredonia".split()] * 4
    firms = [f"{firm} {k // 6 + 1}" for k, firm in enumerate(firms)]
    rows = "\n".join(f"- {firm}" for firm in firms)
    text = (
        "Aland sanctions two dozen firms\n\nBorduria Herald, June 5, 2025\n\nAland on Wednesday froze "
        f"the assets of two dozen companies. The companies are:\n\n{rows}\n\n"
        "The measures took effect on Thursday.\n"
    )
    claims = _claims(tmp_path, text)
    assert {int(c.stated) for c in claims if c.kind == "total"} == {24}


# ------------------------------------------------------------------------------------------ headline counts


@pytest.mark.parametrize(
    "headline",
    ["Aland names seven key posts", "Aland names seven key ministers", "Aland names 7 key posts"],
)
def test_an_english_headline_count_of_posts_counts_the_list(tmp_path: Path, headline: str) -> None:
    assert _bound(_claims(tmp_path, _cabinet_en(headline))) == [(7, SUBJECT_TOTAL)]


@pytest.mark.parametrize(
    "headline",
    [
        "內閣7名主要閣員名單出爐",
        "甲國公布7名主要閣員",
        "第3屆內閣7名主要閣員名單出爐",
        "甲國新內閣7名主要閣員出爐",
    ],
)
def test_a_chinese_headline_count_of_members_counts_the_list(tmp_path: Path, headline: str) -> None:
    assert _bound(_claims(tmp_path, _cabinet_zh(headline))) == [(7, SUBJECT_TOTAL)]


def test_a_headline_count_a_little_off_the_list_is_bound_and_judged(tmp_path: Path) -> None:
    """``eight key posts`` over seven: a miscount, read as the list's count (it was kept only where it
    agreed), and the outlet that printed it is the one accused."""
    (bound,) = _bound(_claims(tmp_path, _cabinet_en("Aland names eight key posts")))
    assert bound[0] == 8 and bound[1].startswith(PROSE_MARK)
    folder = tmp_path / "story"
    folder.mkdir()
    texts = [
        _cabinet_en("Aland names eight key posts", "Aland Wire"),
        _cabinet_en("Aland names seven key posts", "Borduria Herald"),
        _cabinet_en("Aland names seven key posts", "Carpathia Times"),
    ]
    ((kind, severity, sources),) = _findings(folder, texts)
    assert kind in COUNT_KINDS and severity is Severity.ERROR and sources == ("01_outlet",)


def test_a_chinese_headline_miscount_accuses_its_outlet_only(tmp_path: Path) -> None:
    texts = [
        _cabinet_zh("甲國新內閣8名主要閣員出爐", "甲島日報"),  # "新內閣": the cabinet is new, not some of it
        _cabinet_zh("甲國公布7名主要閣員", "乙港日報"),
        _cabinet_zh("內閣7名主要閣員名單出爐", "丙城新聞"),
    ]
    ((kind, severity, sources),) = _findings(tmp_path, texts)
    assert kind in COUNT_KINDS and severity is Severity.ERROR and sources == ("01_outlet",)


@pytest.mark.parametrize(
    "headline",
    [
        "Aland cabinet named as 3 posts stay vacant",  # a count of something else, far off the list's
        "Aland names cabinet after 3 dead in protests",  # no counter word: no count
        "Aland names eight ministers and 3 deputies",  # a headline that counts two things
        "Aland names 6 new ministers",  # some of the items, those new
    ],
)
def test_an_english_headline_counting_something_else_binds_nothing(tmp_path: Path, headline: str) -> None:
    assert _bound(_claims(tmp_path, _cabinet_en(headline))) == []


@pytest.mark.parametrize(
    "headline",
    [
        "第7屆甲國內閣名單出爐",
        "2025年甲國內閣名單出爐",
        "甲國地震3死　內閣名單出爐",
        "甲國內閣6名新任閣員出爐",
    ],
)
def test_a_chinese_headline_ordinal_year_or_toll_binds_nothing(tmp_path: Path, headline: str) -> None:
    assert _bound(_claims(tmp_path, _cabinet_zh(headline))) == []


def test_a_headline_count_of_people_over_a_list_of_countries_binds_nothing(tmp_path: Path) -> None:
    """``Five officials`` over six countries: people counted over a list of places is no miscount of it."""
    rows = "\n".join(f"- {name}" for name in COUNTRIES)
    text = (
        "Five officials resign as Aland names partners\n\nBorduria Herald, June 5, 2025\n\nAland on "
        f"Wednesday named its new trade partners:\n\n{rows}\n\nTalks open next month.\n"
    )
    assert _bound(_claims(tmp_path, text)) == []


ZH_COUNTRIES = "丙國 丁國 戊國 己國 庚國 辛國".split()
JA_COUNTRIES = "アランド ボルドゥリア カルパチア ダルマチア エルボニア フリードニア".split()


@pytest.mark.parametrize(
    "text",
    [
        (  # Chinese: officials counted with 名 in the headline, countries (…國) in the list
            "甲國5名官員請辭 乙國公布新夥伴\n\n甲島日報　2025年6月5日\n\n乙國週三公布新的貿易夥伴如下："
            + "".join(f"\n\n{n}" for n in ZH_COUNTRIES)
            + "\n\n談判將於下月展開。\n"
        ),
        (  # Japanese: 人 in the headline, a lead-in that names the list's countries (相手国)
            "閣僚5人が辞任　アランドが新たな貿易相手国を発表\n\n甲新聞　2025年6月5日\n\n"
            "アランドは5日、新たな貿易相手国を次の通り発表した。"
            + "".join(f"\n\n・{n}" for n in JA_COUNTRIES)
            + "\n\n交渉は来月始まる。\n"
        ),
    ],
)
def test_a_headline_count_of_people_over_things_binds_nothing_in_every_language(
    tmp_path: Path, text: str
) -> None:
    assert _bound(_claims(tmp_path, text)) == []


def test_a_headline_count_of_people_still_binds_a_list_of_people(tmp_path: Path) -> None:
    """Guards: ``Five officials`` over five people's names (no posts) and ``Six countries`` over six
    countries are the lists' counts."""
    people = ["Jane Roe", "John Doe", "Mary Major", "Richard Miles", "Alice Moe"]
    rows = "\n".join(f"- {name}" for name in people)
    text = (
        "Five officials barred by Aland\n\nBorduria Herald, June 5, 2025\n\nAland on Wednesday barred "
        f"these officials:\n\n{rows}\n\nThey may appeal.\n"
    )
    assert _bound(_claims(tmp_path, text)) == [(5, SUBJECT_TOTAL)]
    rows = "\n".join(f"- {name}" for name in COUNTRIES)
    text = (
        "Six countries named as Aland's partners\n\nBorduria Herald, June 5, 2025\n\nAland on "
        f"Wednesday named its new trade partners:\n\n{rows}\n\nTalks open next month.\n"
    )
    assert _bound(_claims(tmp_path, text)) == [(6, SUBJECT_TOTAL)]


def test_a_lead_in_naming_people_and_things_keeps_a_count_of_people(tmp_path: Path) -> None:
    """``all four candidates (… lawmakers' and members' votes …)``: a lead-in that names people too says
    nothing of things; the count of candidates binds the list of them."""
    people = ["Jane Roe", "John Doe", "Mary Major", "Richard Miles"]
    rows = "\n".join(
        f"{name} {90 - 10 * k} ({40 - k} lawmakers, {50 - 9 * k} members)" for k, name in enumerate(people)
    )
    text = (
        "Roe wins Aland party vote\n\nBorduria Herald, June 5, 2025\n\nFirst-round results for all four "
        "candidates (total, with lawmakers' and members' votes in parentheses):\n\n"
        f"{rows}\n\nA runoff follows.\n"
    )
    assert (4, SUBJECT_TOTAL) in _bound(_claims(tmp_path, text))


def test_places_of_a_ranking_counted_with_ming_are_no_people(tmp_path: Path) -> None:
    """``金牌榜前6名`` over six countries: 名 counts the ranking's places here (no noun of people after
    it), the list's count."""
    rows = "\n".join(ZH_COUNTRIES)
    text = (
        f"金牌榜前6名出爐\n\n甲島日報　2024年8月12日\n\n本屆金牌榜前6名如下：\n\n{rows}\n\n閉幕式今晚舉行。\n"
    )
    assert set(_bound(_claims(tmp_path, text))) == {(6, SUBJECT_TOTAL)}


def test_a_headline_miscount_far_off_accuses_nobody(tmp_path: Path) -> None:
    texts = [
        _cabinet_en("Aland cabinet named as 3 posts stay vacant", "Aland Wire"),
        _cabinet_en("Aland names seven key posts", "Borduria Herald"),
        _cabinet_en("Aland names seven key posts", "Carpathia Times"),
    ]
    assert _findings(tmp_path, texts) == []


def test_twelve_countries_in_words_count_a_list_under_them(tmp_path: Path) -> None:
    """``Twelve countries face …:`` and ``The twelve countries are …``: counts in words bind like digits."""
    names = [*COUNTRIES, "Grubania", "Harmonia", "Istria", "Jarta", "Karna", "Lumina"]
    rows = "\n".join(f"- {name}" for name in names)
    lines = (
        "Aland widens its travel ban\n\nBorduria Herald, June 5, 2025\n\nTwelve countries face a full ban "
        f"from Monday:\n\n{rows}\n\nThe ministry gave no reason.\n"
    )
    assert _bound(_claims(tmp_path, lines)) == [(12, SUBJECT_TOTAL)]
    inline = (
        "Aland widens its travel ban\n\nBorduria Herald, June 5, 2025\n\nAland on Wednesday barred "
        "travellers from a longer list of places. The twelve countries are "
        f"{', '.join(names[:-1])} and {names[-1]}.\n\n"
        "The ban takes effect on Monday.\n"
    )
    path = tmp_path / "02_outlet.txt"
    path.write_text(inline, encoding="utf-8")
    res = parse_path(path)
    assert [m.name_en for m in res.mentions if m.kind is Kind.LIST] == names
    assert [h.stated for h in res.headings] == [12]

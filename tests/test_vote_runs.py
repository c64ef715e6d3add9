"""Candidates' results told clause after clause over two paragraphs
(``sources/layouts/_inline_vote_runs.py``), and two candidates' shares swapped in such a short list found
as one swap (``pipeline.value_columns``). Made-up names; each expectation is read from the article
written here."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Kind, Mention, Value
from pipeline.run import reconcile
from pipeline.value_columns import align_columns
from sources.registry import parse_path

HEAD = "甲國大選\n\n{outlet}　2024年1月14日\n\n"
RUN = (
    "甲國昨日舉行總統選舉。根據選委會公布的點票結果，甲黨候選人張三得558.6萬票，得票率{a}%，擊敗乙黨的李四"
    "及丙黨的王五，當選總統。\n\n李四得467.1萬票，得票率{b}%；王五得369萬票，得票率{c}%。\n\n張三將於5月就職。\n"
)


def _read(tmp_path: Path, text: str) -> list[Mention]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind == "list"]


def _figures(m: Mention) -> list[tuple[str, float | None]]:
    return [(v.raw, v.number) for v in m.values]


def test_a_run_of_vote_clauses_over_two_paragraphs_is_one_list(tmp_path: Path) -> None:
    read = _read(tmp_path, HEAD.format(outlet="甲報") + RUN.format(a=40.05, b=33.49, c=26.46))
    assert [m.name_zh for m in read] == ["張三", "李四", "王五"]
    assert [_figures(m) for m in read] == [
        [("558.6萬票", 5586000), ("40.05%", 40.05)],
        [("467.1萬票", 4671000), ("33.49%", 33.49)],
        [("369萬票", 3690000), ("26.46%", 26.46)],
    ]


def test_a_run_of_votes_alone_is_read_too(tmp_path: Path) -> None:
    text = HEAD.format(outlet="甲報") + (
        "點票結果，甲黨候選人張三得558.6萬票，當選總統。\n\n李四得467.1萬票；王五得369萬票。\n"
    )
    assert [(m.name_zh, _figures(m)) for m in _read(tmp_path, text)] == [
        ("張三", [("558.6萬票", 5586000)]),
        ("李四", [("467.1萬票", 4671000)]),
        ("王五", [("369萬票", 3690000)]),
    ]


def test_a_name_得_and_a_figure_that_is_no_vote_is_no_run(tmp_path: Path) -> None:
    """Guard: points in a game (``張三得12分``) over two paragraphs: no candidates."""
    text = (
        HEAD.format(outlet="甲報")
        + "決賽中，甲隊張三得32分，獲選最有價值球員。\n\n李四得18分；王五得12分。\n"
    )
    assert not [m for m in _read(tmp_path, text) if m.name_zh in {"張三", "李四", "王五"}]


def test_a_clause_of_another_shape_leaves_the_run_unread(tmp_path: Path) -> None:
    """Guard: the third clause gives no votes right after 得 (``王五得票不足…``): read whole or not at all,
    so none of the three is read, never the two alone."""
    text = HEAD.format(outlet="甲報") + (
        "點票結果，甲黨候選人張三得558.6萬票，得票率40.05%，當選總統。\n\n李四得467.1萬票，得票率33.49%；"
        "王五得票不足三成。\n"
    )
    assert not [m for m in _read(tmp_path, text) if m.name_zh in {"張三", "李四", "王五"}]


def test_two_candidates_shares_swapped_in_a_list_of_three_are_one_finding(tmp_path: Path) -> None:
    """Three outlets print the shares 40.05, 33.49, 26.46; a fourth gives 李四 and 王五 each the other's:
    its share column agrees with the others on 張三 alone, and is still their share column: one error
    naming both, nobody else accused."""
    for name, outlet, (a, b, c) in (
        ("01", "甲報", (40.05, 33.49, 26.46)),
        ("02", "乙報", (40.05, 33.49, 26.46)),
        ("03", "丙報", (40.05, 33.49, 26.46)),
        ("04", "丁報", (40.05, 26.46, 33.49)),
    ):
        (tmp_path / f"{name}.txt").write_text(HEAD.format(outlet=outlet) + RUN.format(a=a, b=b, c=c), "utf-8")
    found = [d for d in reconcile([str(tmp_path)]).discrepancies if d.severity != "info"]
    assert [(d.severity, d.sources) for d in found] == [("error", ("04",))]
    assert "李四" in found[0].message and "王五" in found[0].message and "swapped" in found[0].message


def _item(article: str, k: int, name: str, *figures: tuple[float, str]) -> Mention:
    values = tuple(Value(raw=f"{n}{u}", number=n, unit=u, column="", start=0, end=1) for n, u in figures)
    return Mention(
        article=article,
        kind=Kind.LIST,
        position=k,
        category=None,
        name_zh=name,
        name_en="",
        acronym="",
        aliases=(),
        note="",
        start=0,
        end=1,
        values=values,
    )


def test_a_share_column_two_of_whose_three_values_are_swapped_is_still_the_share_column() -> None:
    """Outlet ``a`` prints the candidates' votes and shares, then the parties' votes and seats in the same
    second column; ``b`` prints the candidates' votes and shares with two shares swapped. ``b``'s shares
    agree with ``a``'s on one candidate of three, and the column they go to also holds seats: on the
    candidates both print, it is a column of shares, the one ``b``'s is."""
    shares = {"張三": 40.05, "李四": 33.49, "王五": 26.46}
    swapped = {"張三": 40.05, "李四": 26.46, "王五": 33.49}
    votes = {"張三": 5586019.0, "李四": 4671021.0, "王五": 3690466.0}
    seats = {
        "甲黨": (4800000.0, 52.0),
        "乙黨": (4900000.0, 51.0),
        "丙黨": (3000000.0, 8.0),
        "丁黨": (9000.0, 2.0),
    }
    a = [_item("a", k, n, (votes[n], "票"), (shares[n], "%")) for k, n in enumerate(shares, start=1)]
    a += [_item("a", k, n, (v, "票"), (s, "席")) for k, (n, (v, s)) in enumerate(seats.items(), start=4)]
    b = [_item("b", k, n, (votes[n], "票"), (swapped[n], "%")) for k, n in enumerate(swapped, start=1)]
    columns = align_columns([*a, *b], {m.key: m.name_zh for m in [*a, *b]})
    assert columns.of[("b", 1)] == columns.of[("a", 1)]

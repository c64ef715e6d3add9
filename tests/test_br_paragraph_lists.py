"""A list set with line breaks inside one HTML paragraph after its lead-in (``<p>Companies:<br>Acme
Corp<br>…</p>``, ``<p>企業：<br>…</p>``): its lines are the items, and the list ends with its paragraph,
though the page's next paragraph comes with no blank line between (made-up companies and people)."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Kind
from sources.registry import parse_path


def _read(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")
    return [(m.label, m.group) for m in parse_path(page).mentions if m.kind is Kind.LIST]


COMPANIES = "Companies:<br>Acme Corp<br>Borduria Trading Ltd<br>Sylvania Holdings"


def test_a_list_in_one_paragraph_after_an_unstated_lead_in(tmp_path: Path) -> None:
    body = (
        f"<h1>Sanctions on firms</h1><p>The ministry announced sanctions on Tuesday.</p><p>{COMPANIES}</p>"
        "<p>The measures take effect at once.</p>"
    )
    assert _read(tmp_path, body) == [
        ("Acme Corp", ""),
        ("Borduria Trading Ltd", ""),
        ("Sylvania Holdings", ""),
    ]


def test_the_list_ends_with_its_paragraph(tmp_path: Path) -> None:
    """A short paragraph after it (``More later.``) is no fourth item."""
    body = f"<h1>Sanctions</h1><p>{COMPANIES}</p><p>More later.</p>"
    assert [name for name, _ in _read(tmp_path, body)] == [
        "Acme Corp",
        "Borduria Trading Ltd",
        "Sylvania Holdings",
    ]
    body = (
        f"<h1>Sanctions</h1><p>The ministry announced sanctions on Tuesday. {COMPANIES}</p><p>More later.</p>"
    )
    assert len(_read(tmp_path, body)) == 3


def test_chinese_lead_in_and_two_labelled_paragraphs(tmp_path: Path) -> None:
    body = (
        "<h1>制裁</h1><p>甲方週二宣布制裁。</p><p>企業：<br>甲乙貿易有限公司<br>丙丁控股集團<br>戊己科技公司</p>"
        "<p>個人：<br>張三<br>李四</p><p>措施即日生效。</p>"
    )
    assert _read(tmp_path, body) == [
        ("甲乙貿易有限公司", "企業"),
        ("丙丁控股集團", "企業"),
        ("戊己科技公司", "企業"),
        ("張三", "個人"),
        ("李四", "個人"),
    ]


def test_groups_parted_by_labels_inside_one_paragraph_read_whole(tmp_path: Path) -> None:
    body = f"<h1>Sanctions</h1><p>{COMPANIES}<br>Individuals:<br>Jane Roe<br>John Doe</p><p>More later.</p>"
    assert _read(tmp_path, body) == [
        ("Acme Corp", "Companies"),
        ("Borduria Trading Ltd", "Companies"),
        ("Sylvania Holdings", "Companies"),
        ("Jane Roe", "Individuals"),
        ("John Doe", "Individuals"),
    ]


def test_items_each_in_a_paragraph_of_their_own_still_read(tmp_path: Path) -> None:
    body = (
        "<h1>Sanctions</h1><p>The companies are:</p><p>Acme Corp</p><p>Borduria Trading Ltd</p>"
        "<p>Sylvania Holdings</p><p>The ministry gave no reason for the measures.</p>"
    )
    assert len(_read(tmp_path, body)) == 3


def test_a_labelled_last_line_opens_a_second_group(tmp_path: Path) -> None:
    """``Individuals: Jane Roe`` after the companies: a group of its own, not a fourth company."""
    body = f"<h1>Sanctions</h1><p>{COMPANIES}<br>Individuals: Jane Roe</p><p>More later.</p>"
    assert _read(tmp_path, body) == [
        ("Acme Corp", "Companies"),
        ("Borduria Trading Ltd", "Companies"),
        ("Sylvania Holdings", "Companies"),
        ("Jane Roe", "Individuals"),
    ]


def test_a_comma_inside_a_name_s_brackets_splits_no_name(tmp_path: Path) -> None:
    """``Jane Roe (Aland, chair) and John Doe``: the names are parted outside the brackets only."""
    body = f"<h1>Sanctions</h1><p>{COMPANIES}<br>Individuals: Jane Roe (Aland, chair) and John Doe</p>"
    assert _read(tmp_path, body)[3:] == [("Jane Roe", "Individuals"), ("John Doe", "Individuals")]


def test_a_chinese_labelled_last_line_with_two_names(tmp_path: Path) -> None:
    body = (
        "<h1>制裁</h1><p>公司：<br>甲乙貿易有限公司<br>丙丁控股集團<br>戊己科技公司<br>個人：張三、李四</p>"
        "<p>措施即日生效。</p>"
    )
    assert _read(tmp_path, body) == [
        ("甲乙貿易有限公司", "公司"),
        ("丙丁控股集團", "公司"),
        ("戊己科技公司", "公司"),
        ("張三", "個人"),
        ("李四", "個人"),
    ]


def test_a_labelled_line_of_words_that_are_no_names_is_left_out(tmp_path: Path) -> None:
    """A note under its label (``Source: Borduria Ministry``) is neither a group nor a fourth company."""
    for note in (
        "Note: the ministry may add more later.",
        "Source: Borduria Ministry",
        "資料來源：甲國外交部",
    ):
        body = f"<h1>Sanctions</h1><p>{COMPANIES}<br>{note}</p><p>More later.</p>"
        assert _read(tmp_path, body) == [
            ("Acme Corp", ""),
            ("Borduria Trading Ltd", ""),
            ("Sylvania Holdings", ""),
        ], note


def test_lines_that_each_pair_a_name_and_a_value_are_no_labels(tmp_path: Path) -> None:
    """``Aland: 20%`` lines, and ``Finance: Jane Roe`` lines under their lead-in, keep their reading."""
    body = (
        "<h1>Tariffs</h1><p>New rates:<br>Aland: 20%<br>Borduria: 25%<br>Sylvania: 30%</p><p>More later.</p>"
    )
    assert [name for name, _ in _read(tmp_path, body)] == ["Aland", "Borduria", "Sylvania"]
    body = (
        "<h1>Cabinet</h1><p>The new cabinet:<br>Finance: Jane Roe<br>Defence: John Doe"
        "<br>Health: Mary Major</p><p>More later.</p>"
    )
    assert [group for _, group in _read(tmp_path, body)] == ["", "", ""]


def test_words_after_the_last_name_and_a_lone_labelled_name_keep_their_reading(tmp_path: Path) -> None:
    """``Sylvania Holdings: a maker of drones`` is the third company; one company over ``Individual: Jane
    Roe`` is too short a run for either line to be read as a list."""
    body = (
        "<h1>Sanctions</h1><p>Companies:<br>Acme Corp<br>Borduria Trading Ltd<br>"
        "Sylvania Holdings: a maker of drones</p><p>More later.</p>"
    )
    names = [name for name, _ in _read(tmp_path, body)]
    assert names[:2] == ["Acme Corp", "Borduria Trading Ltd"]
    assert len(names) == 3 and names[2].startswith("Sylvania Holdings")
    body = "<h1>Sanctions</h1><p>Company:<br>Acme Corp<br>Individual: Jane Roe</p><p>More later.</p>"
    assert _read(tmp_path, body) == []

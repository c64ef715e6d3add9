"""A group's label in a series opening the sentence of its names with no colon (``第三級則包括甲國、…等``,
``第三類為…，如甲國、…``, "The third tier covers …, such as A, B …"), the count right after its verb
(``第一級共5個國家和地區：``), and one more item joined after the count that closes a run
(``…等4國以及子地區``): ``sources/layouts/_inline_series_sentence.py``,
``sources/layouts/_inline_counted_extra.py``. Made-up names."""

from __future__ import annotations

from pathlib import Path

from sources.registry import parse_path

ZH = (
    "甲國出口新規分三級\n\n甲報　記者張三／綜合報導　2025年1月14日\n\n"
    "甲國商務部13日公布新規定，把各國分為三級。\n\n{body}\n\n業界批評新規。\n"
)
HANS = (
    "甲国出台出口新规 分为三类\n\n乙报　2025年1月14日\n\n"
    "甲国商务部13日发布新规，将各国分为三类。\n\n{body}\n\n中方表示反对。\n"
)
EN = (
    "Aland caps chip exports, spares allies\n\nBy Jane Roe, Aland Wire\n\n"
    "ALAND, January 13, 2025 (Aland Wire) - The ministry on Monday issued a rule that sorts the world "
    "into three tiers for exports of chips.\n\n{body}\n\nCritics said the rule would hurt sales.\n"
)


def _read(tmp_path: Path, text: str) -> tuple[list[tuple[str, str]], list[tuple[int | None, str]]]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_path(path)
    named = [(m.name_zh or m.name_en, m.group) for m in parsed.mentions if m.kind == "list"]
    return named, [(h.stated, h.group) for h in parsed.headings if h.stated is not None]


FIRST_ZH = ["庚國", "辛國", "壬國", "癸國", "子國"]
THIRD_ZH = ["乙國", "丁國", "戊國", "己國"]


def test_a_label_opening_the_sentence_of_examples_is_their_group_beside_a_counted_group(
    tmp_path: Path,
) -> None:
    """``第一級共5個國家和地區：庚國、…及子國。`` then ``第三級則包括乙國（含丙島）、丁國、戊國、己國等受武器
    禁運的國家``: two groups, each under its label, and the 5 the first's (before: the third sentence was
    left unread, and the first stood under no group)."""
    body = (
        "第一級共5個國家和地區：庚國、辛國、壬國、癸國及子國。這些盟友不受數量限制。\n\n"
        "第二級為全球其他約120個國家，設有上限。\n\n"
        "第三級則包括乙國（含丙島）、丁國、戊國、己國等受武器禁運的國家，基本上無法取得。"
    )
    named, counts = _read(tmp_path, ZH.format(body=body))
    assert named == [(n, "第一級") for n in FIRST_ZH] + [(n, "第三級") for n in THIRD_ZH]
    assert counts == [(5, "第一級")]


def test_examples_after_a_pause_and_ru_are_read_without_it_under_the_label_opening_the_sentence(
    tmp_path: Path,
) -> None:
    """``第三类为受武器禁运的国家，如乙国（包括丙岛）、丁国、戊国和己国``: 如 opens the examples, no part of
    the first name; the label ``第三类`` opens the sentence (before: unread)."""
    body = (
        "根据新规，第一类共5个国家：庚国、辛国、壬国、癸国和子国，基本不受限制。\n\n"
        "第三类为受武器禁运的国家，如乙国（包括丙岛）、丁国、戊国和己国，基本被禁止获得相关芯片。"
    )
    named, counts = _read(tmp_path, HANS.format(body=body))
    assert named == [(n, "第一类") for n in ("庚国", "辛国", "壬国", "癸国", "子国")] + [
        (n, "第三类") for n in ("乙国", "丁国", "戊国", "己国")
    ]
    assert counts == [(5, "第一类")]


def test_a_region_joined_after_the_count_of_the_countries_is_one_more_item(tmp_path: Path) -> None:
    """``第一类涵盖5个国家和地区，即庚国、辛国、壬国、癸国等4国以及子地区``: 4 counts the countries before it,
    the region after ``以及`` is the fifth item, and the group's count is the label's 5 (before: the run
    ended at ``等4国``, the region unread, 4 the list's count)."""
    body = (
        "根据新规，第一类涵盖5个国家和地区，即庚国、辛国、壬国、癸国等4国以及子地区，基本不受限制。\n\n"
        "第三类为受武器禁运的国家，如乙国、丁国、戊国和己国，基本被禁止。"
    )
    named, counts = _read(tmp_path, HANS.format(body=body))
    assert named[:5] == [(n, "第一类") for n in ("庚国", "辛国", "壬国", "癸国", "子地区")]
    assert counts == [(5, "第一类")]


def test_other_countries_after_the_count_are_no_item(tmp_path: Path) -> None:
    """``…等4国以及其他国家``: the others are no name; the run and its count stay as they are."""
    body = "新规涵盖庚国、辛国、壬国、癸国等4国以及其他国家，基本不受限制。"
    named, counts = _read(tmp_path, HANS.format(body=body))
    assert [n for n, _ in named] == ["庚国", "辛国", "壬国", "癸国"]
    assert [c for c, _ in counts] == [4]


def test_an_english_tier_opening_the_sentence_of_its_examples_is_a_group_apart(tmp_path: Path) -> None:
    """ "The first tier covers 5 close allies …: Genovia, …" and "The third tier covers countries under an
    arms embargo, such as Borduria, …": two groups, the 5 the first's (before: the third sentence was
    dropped beside the counted first, which stood under no group)."""
    body = (
        "The first tier covers 5 close allies whose companies may buy the chips without a cap: Genovia, "
        "Hyrule, Illyria, Kravia and Latveria.\n\n"
        "About 120 other countries fall in the second tier and face limits.\n\n"
        "The third tier covers countries already under an arms embargo, such as Borduria, Carpathia, "
        "Dalmatia and Estland, which remain barred."
    )
    named, counts = _read(tmp_path, EN.format(body=body))
    first = ["Genovia", "Hyrule", "Illyria", "Kravia", "Latveria"]
    third = ["Borduria", "Carpathia", "Dalmatia", "Estland"]
    assert [n for n, _ in named] == first + third
    groups = [g for _, g in named]
    assert len(set(groups[:5])) == len(set(groups[5:])) == 1 and groups[0] != groups[5] and all(groups)
    assert counts == [(5, groups[0])]


def test_words_that_only_look_like_a_group_label_make_no_group(tmp_path: Path) -> None:
    """``第三級則包括許多因素`` names nothing; ``如前所述`` opens no examples; a label inside a clause
    (``業界認為第三級包括…``) labels nothing; a label whose sentence gives no cue before its names
    (``第三級為受禁運的國家乙國…``) is no series sentence."""
    body = (
        "第三級則包括許多因素。\n\n如前所述，乙國、丁國、戊國和己國均受影響。\n\n"
        "業界認為第三級包括庚國、辛國、壬國等國家，影響有限。"
    )
    named, _ = _read(tmp_path, ZH.format(body=body))
    assert all(g != "第三級" for _, g in named)
    assert all(not n.startswith("如") and "因素" not in n for n, _ in named)

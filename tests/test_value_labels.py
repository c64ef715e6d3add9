"""Lines of names under a value each (``20%：甲國`` / ``19%：乙國、丙國``, ``【20%】甲國``): a list grouped by
its values, a line of one name among them, each name taking its line's value."""

from __future__ import annotations

from document_fixtures import text_document

from pipeline.models import Kind
from sources.registry import parse_document


def _read(text: str) -> dict[str, list[float | None]]:
    res = parse_document(text_document(text, "t"))
    return {m.name_zh: [v.number for v in m.values] for m in res.mentions if m.kind is Kind.LIST}


LEAD = "甲國通訊社報導\n2025年8月1日\n\n白宮公布新稅率，四國稅率如下：\n"


def test_lines_under_a_value_colon_each_name_takes_its_value() -> None:
    read = _read(LEAD + "20%：甲國\n19%：乙國、丙國、丁國\n新稅率8月7日生效。\n")
    assert read == {"甲國": [20], "乙國": [19], "丙國": [19], "丁國": [19]}


def test_lines_under_a_bracketed_value_each_name_takes_its_value() -> None:
    read = _read(LEAD + "\n【20%】甲國\n【19%】乙國、丙國、丁國\n\n新稅率8月7日生效。\n")
    assert read == {"甲國": [20], "乙國": [19], "丙國": [19], "丁國": [19]}


def test_the_single_name_line_may_come_last() -> None:
    read = _read(LEAD + "19%：乙國、丙國、丁國\n20%：甲國\n")
    assert read == {"乙國": [19], "丙國": [19], "丁國": [19], "甲國": [20]}


def test_a_bracketed_byline_or_a_lone_labelled_name_is_no_list() -> None:
    text = "【記者王某／甲市報導】甲國政府昨日宣布新措施。\n\n責任編輯：李某\n"
    assert _read(text) == {}


def test_a_value_label_beside_a_label_of_words_does_not_make_a_list_of_one_name() -> None:
    text = LEAD + "生效日期：8月7日\n20%：甲國\n"
    assert _read(text) == {}

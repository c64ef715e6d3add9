"""The inline layout's shortcuts read what the readers read: a sentence the cue test passes over is one
every sentence reader returns nothing for; the enumerations of a document are found once and handed out
as fresh lists; an item's split is kept and is the split the parser makes."""

from __future__ import annotations

import re
from pathlib import Path

from document_fixtures import text_document

from sources.items import split_item
from sources.layouts._inline_bracket_places import bracket_places
from sources.layouts._inline_cues import has_piece_cues
from sources.layouts._inline_finding import paren_numbered
from sources.layouts._inline_grouping import _SENTENCE_RE, _enumerations, find_enumerations
from sources.layouts._inline_place_lines import place_line
from sources.layouts._inline_places import placed_clauses
from sources.layouts._inline_ranked import en_valued_pieces, ranked_zh
from sources.layouts._inline_ranking import ranked_pieces
from sources.layouts._inline_respective import respective_values
from sources.layouts._inline_separators import with_separators_read
from sources.layouts._inline_value_runs import counted_pieces
from sources.layouts._inline_values import _after_each_value, valued_groups_zh
from sources.layouts._inline_values_for import en_values_for

ROOT = Path(__file__).resolve().parent.parent
READERS = (
    counted_pieces,
    en_valued_pieces,
    en_values_for,
    respective_values,
    ranked_zh,
    ranked_pieces,
    placed_clauses,
    bracket_places,
    place_line,
    valued_groups_zh,
    paren_numbered,
)
# sentences made up to hold each reader's cue, and its list (``place_line`` reads a sentence with the lines
# beside it: the fixtures' articles hold theirs)
CUED = (
    "甲國獲得甲票64票、乙票119票；乙國獲得甲票50票、乙票100票",  # counted_pieces
    "Aland faces 25%, Borduria 30% and Carpathia 20%",  # en_valued_pieces
    "甲國、乙國和丙國的稅率分別為20%、19%和18%",  # respective_values
    "最高的是甲國（49%），其次是乙國（48%）、丙國（46%）",  # ranked_zh
    "稅率最高的是甲國49%，乙國48%，丙國46%",  # ranked_pieces
    "甲國以193個排名第一；乙國、丙國以190個並列第二",  # placed_clauses
    "甲國（190國）；乙國（189國）；丙國、丁國（188國，同列第3）",  # bracket_places
    "甲國、乙國稅率為25%；丙國、丁國稅率為20%",  # valued_groups_zh
    "名單如下：（一）甲國；（二）乙國；（三）丙國",  # paren_numbered
)
PLAIN = ("● 甲乙中心（Aland Centre）", "退出的組織名單如下", "Borduria and Carpathia signed the treaty")


def _texts() -> list[str]:
    files = sorted([*ROOT.glob("tests/fixtures/**/*.txt"), *ROOT.glob("examples/*/*.txt")])
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def _read(text: str, a: int, b: int) -> list[object]:
    return [x for reader in READERS for x in reader(text, a, b)]


def test_a_sentence_without_cues_is_one_no_sentence_reader_reads() -> None:
    skipped = cued = read = 0
    for text in [*_texts(), *CUED, *PLAIN]:
        for m in _SENTENCE_RE.finditer(text):
            found = _read(text, m.start(), m.end())
            if has_piece_cues(text, m.start(), m.end()):
                cued += 1
                read += bool(found)
            else:
                assert found == [], text[m.start() : m.end()]
                skipped += 1
    assert skipped > 1000 and cued > 1000 and read >= len(CUED)  # both ways, on real articles


def test_each_reader_s_cue_is_seen() -> None:
    for sentence in CUED:
        assert has_piece_cues(sentence, 0, len(sentence))
        assert _read(sentence, 0, len(sentence)), sentence
    for sentence in PLAIN:
        assert not has_piece_cues(sentence, 0, len(sentence))


def test_a_sentence_without_a_pause_is_one_piece_of_values() -> None:
    """``valued_groups_zh`` returns at once for a sentence with no ``；`` and no pause after a value: the
    parting it skips gives one piece there, which is no groups."""
    passed = 0
    for text in _texts():
        for m in _SENTENCE_RE.finditer(text):
            if not re.search(r"[；;，,、]", m.group(0)):
                assert len(_after_each_value(text, m.start(), m.end())) < 2, m.group(0)
                passed += 1
    assert passed > 1000
    assert valued_groups_zh("甲國為20%，乙國、丙國和丁國均為19%", 0, 20)  # a pause: read as before


def test_a_block_of_spaced_lines_matters_only_to_a_clause_with_a_wide_space() -> None:
    for text in _texts():
        for clause in re.split(r"[。；！？!?\n]", text):
            if "\u3000" not in clause:
                assert with_separators_read(clause, in_block=True) == with_separators_read(clause)
    grid = "アランド　ボルドゥリア　カルパチア"
    assert with_separators_read(grid) is not None and with_separators_read(grid, in_block=True) is None


def test_enumerations_are_found_once_per_document_and_handed_out_fresh() -> None:
    doc = text_document("制裁名單如下。\n\n被制裁的包括甲國、乙國、丙國和丁國等4國。\n", "t")
    first = find_enumerations(doc)
    assert len(first) == 1 and len(first[0].spans) == 4
    assert _enumerations(doc) is _enumerations(doc)
    first.clear()  # a caller's list is its own
    assert find_enumerations(doc) == list(_enumerations(doc)) and len(find_enumerations(doc)) == 1
    other = text_document("制裁名單如下。\n\n被制裁的包括甲國、乙國和丙國等3國。\n", "t")
    assert len(find_enumerations(other)[0].spans) == 3  # another document is read anew


def test_an_item_s_split_is_kept_and_is_the_parser_s() -> None:
    text = "1. 甲國：25%\n2. 乙國（稅率30%）\n3. Jane Roe, executive director, Acme Corp\n"
    for line in re.finditer(r"(?<=\. )[^\n]+", text):
        kept = split_item(text, line.start(), line.end())
        assert kept is split_item(text, line.start(), line.end())
        assert kept == split_item.__wrapped__(text, line.start(), line.end())
    one = split_item(text, 3, 9)  # "甲國：25%"
    assert text[one.name_start : one.name_end] == "甲國" and [v.number for v in one.values] == [25]


def test_a_line_s_own_number_is_no_figure() -> None:
    """``12. 甲乙中心``: the number a numbered East Asian line opens with is no figure; figures after it
    still are, in digits or in words, and an English line's number still lets its readers in."""
    for plain in ("12. 甲乙中心（Aland Centre）", "４）丙丁基金會", "3、戊己研究所"):
        assert not has_piece_cues(plain, 0, len(plain)), plain
        assert _read(plain, 0, len(plain)) == []
    cued = ("1. 甲國：25%", "1.5%的甲國", "1.甲國 2.乙國 3.丙國", "2. 甲國二十席", "3. Borduria Institute")
    for sentence in cued:
        assert has_piece_cues(sentence, 0, len(sentence)), sentence

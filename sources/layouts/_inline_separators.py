"""Separators other than ``、`` between the items of a Chinese or Japanese enumeration, read as ``、`` one
character for one so that offsets hold: slashes (``甲國／乙國``), circled numbers (``①A②B``), numbers
inside the sentence (``1.甲國 2.乙國``) and, in Japanese, ``・`` between four or more names. Used by the
inline layout (``inline.py``). The readers of each kind are in ``_inline_numbered_marks``,
``_inline_dotted_items``, ``_inline_posted_runs`` and ``_inline_spaced_items``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.lang.counts import find_counts
from pipeline.lang.scripts import KANA, fold_pattern
from pipeline.lang.values import find_values
from sources.layouts._inline_clause_spans import zh_semicolon_items
from sources.layouts._inline_dotted_items import _counted_dots, _nakaguro_list, _nakaguro_read
from sources.layouts._inline_numbered_marks import _inline_numbers, _marked
from sources.layouts._inline_piece_shapes import MIN_ITEMS
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._inline_posted_runs import _posted_pieces, _posted_runs
from sources.layouts._inline_spaced_items import _WIDE_SPACE_RE, _spaced_names

# what else separates the items of a Chinese or Japanese enumeration: slashes (``甲國／乙國``) and
# circled numbers (``①A②B``), read as ``、`` (one character for one: spans hold);
# in Japanese, ``・`` between names when no ``、`` does (``アランド・ボルドゥリア・カルパチア``)
# and bars (``甲國 | 乙國``, ``甲國｜乙國``) in a clause no bar opens or closes (a table's row does)
_OTHER_SEP_RE = re.compile(
    r"[／｜①-⑳]|(?<=[^\x00-\x7f])/(?=[^\x00-\x7f])|(?<=[^\x00-\x7f] )\|(?= [^\x00-\x7f])"
)
_BARS = "|｜"


# a double dash right after a counted noun: "…的兩個國家——甲國和乙國"
_COUNTED_DASH_RE = re.compile(r"([^，,。——]{1,12})(——)(?=[^——]+$)")


# a value that labels the names after it: "稅率20%的國家有", "被課徵19%關稅的國家包括"
_VALUE_LEAD_RE = re.compile(
    r"[0-9０-９][0-9０-９.]*\s*[%％]"
    + fold_pattern(r"(?:的?(?:關稅|稅率))?的(?:國家|國|經濟體|地區)?(?P<has>有|包括)")
    + r"(?![：:])"
)


def _items_after(clause: str, at: int) -> bool:
    """Items parted by ``、`` follow ``at`` with no colon of their own before the first (``超過3%的有3國：
    甲國、乙國``: the colon after the count ends the lead-in, ``有`` does not)."""
    first = clause.find("、", at)
    return first >= 0 and not re.search("[：:]", clause[at:first])


# a dash between blanks after a name or its parenthesis: "甲國(Aland) - 乙國(Borduria) - 丙國"
_SPACED_DASH_RE = re.compile(r"(?<=[^\x00-\x7f]|[)）])\s+([-－–—])\s+(?=[^\x00-\x7f])")


_KANA_RE = re.compile(f"[{KANA}]")


_QUOTED_RUN_RE = re.compile(r"「[^「」、，]{1,20}」(?:「[^「」、，]{1,20}」){2,}")


def _quoted(clause: str) -> str | None:
    """``企業「アランド重工」「ボルドゥリア電子」「カルパチア海運」の3社``: names in quotes back to back,
    three or more, read as items the same length: the first quote as the colon that ends the lead-in,
    the quotes between two names as ``、``, the last one as a blank."""
    m = _QUOTED_RUN_RE.search(clause)
    if m is None:
        return None
    if "、" in clause[m.end() :]:
        return None
    run = "：" + m.group(0)[1:-1].replace("」「", " 、") + " "
    # the lead-in's own pauses ("2日、乙国の企業「A」…") part it from the items, as commas do
    return clause[: m.start()].replace("、", "，") + run + clause[m.end() :]


@lru_cache(maxsize=4096)
def with_separators_read(clause: str, *, in_block: bool = False) -> str | None:
    """The clause with other separators of its items read as ``、`` (one character for one, so that its
    offsets hold), or None when it has none of them. ``in_block``: the clause's line is one of a block of
    lines parted by wide spaces (``spaced_block``), whose words are no enumeration of its own. Kept per
    clause: the outlets of a story print the same lines (``甲國：25%``), and it reads nothing else."""
    if (dash := _COUNTED_DASH_RE.search(clause)) is not None and find_counts(dash.group(1)):
        # "兩個國家——甲國和乙國": a dash after a counted noun ends the lead-in, as a colon would
        return clause[: dash.start(2)] + "： " + clause[dash.end(2) :]
    if (lead := _VALUE_LEAD_RE.search(clause)) is not None and _items_after(clause, lead.end()):
        # "稅率20%的國家有甲國、乙國": the words after the value end the lead-in, as a colon would
        return (
            clause[: lead.start("has")]
            + "："
            + " " * (lead.end() - lead.start("has") - 1)
            + clause[lead.end() :]
        )
    if (posted := _posted_runs(clause)) is not None:  # "议员A、B，众议员C，以及主席D、E"
        return posted
    if (posted := _posted_pieces(clause)) is not None:  # "處長A，局長B，司長C"
        return posted
    if (numbered := _inline_numbers(clause)) is not None:  # "名單為：1.甲國 2.乙國", "…：1、甲國；2、乙國"
        return numbered
    if (marked := _marked(clause)) is not None:  # "対象は▽A▽B▽C"
        return marked
    if (quoted := _quoted(clause)) is not None:  # "企業「A」「B」「C」の3社"
        return quoted
    if "；" in clause and "、" not in clause and zh_semicolon_items(clause, clause.index("；")):
        return clause.replace("；", "、")  # "稅率分別為：甲國40%；乙國35%；丙國32%"
    # a slash inside a value is its unit's (``50萬桶/日``), no separator
    in_values = [(f.start, f.end) for f in find_values(clause)]
    row = clause.strip()[:1] in _BARS or clause.strip()[-1:] in _BARS
    seps = [
        m
        for m in _OTHER_SEP_RE.finditer(clause)
        if not any(a <= m.start() < b for a, b in in_values) and not (row and m.group(0) in _BARS)
    ]
    if "、" not in clause and len(seps) >= MIN_ITEMS - 1:
        # the first circled number ends the lead-in (``対象国は①…``), as a colon would
        out = list(clause)
        for m in seps:
            out[m.start()] = "：" if m.group(0) == "①" else "、"
        return "".join(out)
    if "、" not in clause and len(_SPACED_DASH_RE.findall(clause)) >= MIN_ITEMS - 1:
        return _SPACED_DASH_RE.sub(lambda m: m.group(0).replace(m.group(1), "、"), clause)
    if _KANA_RE.search(clause) and _nakaguro_list(clause):
        return _nakaguro_read(clause)
    if _KANA_RE.search(clause) and (counted := _counted_dots(clause)) is not None:
        return counted  # "…一部制限の対象に丁国・戊国の2カ国を加える"
    if "、" not in clause and not in_block and _spaced_names(clause):  # "アランド　ボルドゥリア　カルパチア"
        return _WIDE_SPACE_RE.sub(lambda m: "、" + " " * (len(m.group(0)) - 1), clause.rstrip("\u3000"))
    return None


# a dash or a slash between blanks in a line of Latin names: "Aland — Borduria", "Aland / Borduria"
_LATIN_SPACED_SEP_RE = re.compile(r"(?<=[\w.)])\s+([-–—/|])\s+(?=[A-Z])")
MAX_LATIN_NAME_WORDS = 5  # words of one name in such a line


def with_latin_separators_read(clause: str) -> str | None:
    """A line of three or more names parted by one kind of spaced dash or slash (``Aland — Borduria —
    Carpathia``, ``Aland / Borduria / Carpathia``) and nothing else, read as names parted by commas (one
    character for one), or None: no sentence, no number, each piece a short name opening in a capital."""
    seps = list(_LATIN_SPACED_SEP_RE.finditer(clause))
    if len(seps) < MIN_ITEMS - 1 or len({m.group(1) for m in seps}) != 1 or re.search(r"[,;:.!?\d]", clause):
        return None
    pieces = _LATIN_SPACED_SEP_RE.split(clause)[::2]
    if not all(p.strip()[:1].isupper() and len(p.split()) <= MAX_LATIN_NAME_WORDS for p in pieces):
        return None
    return _LATIN_SPACED_SEP_RE.sub(lambda m: m.group(0).replace(m.group(1), ","), clause)


def shifted(enum: Enumeration, by: int) -> Enumeration:
    def move(span: tuple[int, int]) -> tuple[int, int]:
        return (span[0] + by, span[1] + by) if span != (0, 0) else span

    return replace(
        enum,
        spans=tuple(move(s) for s in enum.spans),
        lead_start=enum.lead_start + by,
        end=enum.end + by,
        label_span=move(enum.label_span),
        count_span=move(enum.count_span),
        shared=tuple(move(s) for s in enum.shared),
    )

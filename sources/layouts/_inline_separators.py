"""Separators other than ``、`` between the items of a Chinese or Japanese enumeration, read as ``、`` one
character for one so that offsets hold: slashes (``甲國／乙國``), circled numbers (``①A②B``), numbers
inside the sentence (``1.甲國 2.乙國``) and, in Japanese, ``・`` between four or more names. Used by the
inline layout (``inline.py``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from pipeline.lang.counts import find_counts
from pipeline.lang.numbers import parse_number
from pipeline.lang.scripts import KANA, WHITESPACE, fold_pattern
from pipeline.lang.values import find_values, labelled_cell, plain_value
from pipeline.models import AttributeKind
from sources.items import split_item
from sources.layouts._inline_clause_spans import zh_semicolon_items
from sources.layouts._inline_piece_shapes import MAX_ZH_PERSON, MIN_ITEMS
from sources.layouts._inline_pieces import Enumeration

# what else separates the items of a Chinese or Japanese enumeration: slashes (``甲國／乙國``) and
# circled numbers (``①A②B``), read as ``、`` (one character for one: spans hold);
# in Japanese, ``・`` between names when no ``、`` does (``アランド・ボルドゥリア・カルパチア``)
_OTHER_SEP_RE = re.compile(r"[／①-⑳]|(?<=[^\x00-\x7f])/(?=[^\x00-\x7f])")


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


_NAKAGURO_RE = re.compile(r"・")


_KANA_RE = re.compile(f"[{KANA}]")


_INLINE_NUMBER_RE = re.compile(r"(?:(?<=[：:\s；;，,])|^)([0-9０-９]{1,2})[.．、)）](?=[^\s\d])")


def _inline_numbers(clause: str) -> str | None:
    """The clause with the numbers of an enumeration numbered inside it (``1.甲國 2.乙國 3.丙國``, counting
    from one) read as separators, the same length: the first as the colon that ends the lead-in, the
    others as ``、``; None when there is no such numbering."""
    found = list(_INLINE_NUMBER_RE.finditer(clause))
    values = [int(unicodedata.normalize("NFKC", m.group(1))) for m in found]
    labelled = bool(found) and clause[: found[0].start()].rstrip().endswith(("：", ":"))
    if len(found) < (2 if labelled else MIN_ITEMS) or values != list(range(1, len(found) + 1)):
        return None  # two numbered names make a group only after its label ("乙類：1.甲 2.乙")
    if clause.count("、") != sum(clause[m.end() - 1] == "、" for m in found):
        return None  # "、" parts items of its own: the numbers are not the separators
    out = list(clause)
    for k, m in enumerate(found):
        out[m.start() : m.end()] = ["：" if k == 0 else "、"] + [" "] * (m.end() - m.start() - 1)
        if (
            k and clause[m.start() - 1] in "；;，,"
        ):  # "1、甲國；2、乙國": the pause before a number is no text
            out[m.start() - 1] = " "
    return "".join(out)


# a number in parentheses before each item of a sentence: "（一）張三，甲國部長；（二）李四，…"
_PAREN_ORDINAL_RE = re.compile(r"[（(]([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[）)]")
_ITEM_END_CHARS = "；;，,。.、" + WHITESPACE


def paren_numbered_items(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """The items of ``text[a:b]`` that numbers in parentheses part, counting from one (``…：（一）張三，
    甲國部長；（二）李四，乙國議員``), each from after its number to the next number or the clause's end,
    without the pause that ends it; None for fewer than ``MIN_ITEMS`` or numbers out of turn."""
    found = list(_PAREN_ORDINAL_RE.finditer(text, a, b))
    values = [parse_number(m.group(1)) for m in found]
    if len(found) < MIN_ITEMS or values != list(range(1, len(found) + 1)):
        return None
    if not text[a : found[0].start()].rstrip(WHITESPACE).endswith(("：", ":")):
        return None  # the numbers follow the lead-in's colon, else they number something else
    ends = [m.start() for m in found[1:]] + [b]
    spans = [(m.end(), len(text[:e].rstrip(_ITEM_END_CHARS))) for m, e in zip(found, ends, strict=True)]
    return spans if all(e > s for s, e in spans) else None


_NUMBER_BEFORE_RE = re.compile(r"([0-9０-９]{1,2})[.．、)）]\s*$")


def numbered_in_turn(text: str, enum: Enumeration) -> bool:
    """Every item is preceded by its number, counting from one (``1.甲國 2.乙國 3.丙國``)."""
    for k, (s, _) in enumerate(enum.spans, start=1):
        m = _NUMBER_BEFORE_RE.search(text, max(0, s - 5), s)
        if m is None or int(unicodedata.normalize("NFKC", m.group(1))) != k:
            return False
    return len(enum.spans) >= MIN_ITEMS


MIN_NAKAGURO_ITEMS = 4  # a katakana person's name has up to three parts joined by "・"


def _nakaguro_list(clause: str) -> bool:
    """``・`` separates the items of a Japanese enumeration: some stretch without ``、`` joins at least
    ``MIN_NAKAGURO_ITEMS`` words with it (fewer are one person's name)."""
    return any(
        part.count("・") >= MIN_NAKAGURO_ITEMS - 1 for part in re.split("[、，]", clause)
    ) or _counted_pieces(clause)


_PAUSE_RE = re.compile("[、，]")


def _part(clause: str, pauses: list[re.Match[str]], k: int) -> str:
    """The ``k``-th stretch of ``clause`` between its pauses."""
    return clause[pauses[k - 1].end() if k else 0 : pauses[k].start() if k < len(pauses) else len(clause)]


def _nakaguro_read(clause: str) -> str:
    """The clause with each ``・`` read as ``、``; the pause before the stretch the dots part ends the
    lead-in (``対象に、アランド・ボルドゥリア・…``), read as a colon. A place whose name holds a dot
    (``アランド・バーブラ`` where CLDR knows it whole) is joined again later, by the gazetteer
    (``knowledge.joined``)."""
    out = list(_NAKAGURO_RE.sub("、", clause))
    pauses = list(_PAUSE_RE.finditer(clause))
    listed = max(range(len(pauses) + 1), key=lambda k: _part(clause, pauses, k).count("・"))
    dotted = _part(clause, pauses, listed).count("・") >= MIN_NAKAGURO_ITEMS - 1
    if dotted and listed and not any("・" in _part(clause, pauses, k) for k in range(listed)):
        out[pauses[listed - 1].start()] = "："
    return "".join(out)


# names joined by ``・`` right before the count of them (``丁国・戊国の2カ国``)
_DOTTED_RUN_RE = re.compile(r"[^\s、，,。：:・（）()]+(?:・[^\s、，,。：:・（）()]+)+(?=の)")
MAX_COUNT_AFTER = 8  # characters after the run's の where its count stands


def _counted_dots(clause: str) -> str | None:
    """The clause with the ``・`` of a run of names read as ``、`` where the count right after the run
    numbers its pieces (``丁国・戊国の2カ国``: two names, where one person's name would be no count of
    two); None for no such run."""
    out = list(clause)
    found = False
    for m in _DOTTED_RUN_RE.finditer(clause):
        counts = find_counts(clause[m.end() + 1 : m.end() + 1 + MAX_COUNT_AFTER])
        if counts and counts[0].start == 0 and counts[0].value == m.group(0).count("・") + 1:
            for k in range(m.start(), m.end()):
                if clause[k] == "・":
                    out[k] = "、"
            found = True
    return "".join(out) if found else None


_COLON_RE = re.compile(r"[：:]")


def _counted_pieces(clause: str) -> bool:
    """Fewer words joined by ``・`` after a label's colon are items too when the label counts as many
    (``丙州（2カ国）：アランド・ボルドゥリア``): one person's name is no count of two."""
    colon = _COLON_RE.search(clause)
    if colon is None or "、" in clause[colon.end() :]:
        return False
    counts = find_counts(clause[: colon.start()])
    return bool(counts) and counts[-1].value == clause.count("・", colon.end()) + 1 >= 2


# a mark before each item inside a sentence (``対象は▽アランド▽ボルドゥリア▽カルパチアの３か国``), as
# Japanese broadcasters print it; after a joiner (``▽Aと▽B``) it is only a mark
_INLINE_MARK_RE = re.compile(r"([▽▼◇◆△▲□■])")
_JOINER_BEFORE_RE = re.compile(r"(?:と|や|及び|および|和|及|與|与)\s*$")


def _marked(clause: str) -> str | None:
    """The clause with a mark repeated before each item read as separators, the same length: the first as
    the colon that ends the lead-in (a ``、`` before it as a comma), the others as ``、`` (or the joiner
    before one, ``▽Aと▽B``, and the mark as a blank)."""
    marks = [m for m in _INLINE_MARK_RE.finditer(clause) if m.start() > 0]
    if (
        len(marks) < 2
        or len({m.group(1) for m in marks}) != 1
        or "、" in clause[marks[0].start() : marks[-1].start()]
    ):
        return None
    # the lead-in's own pauses ("また、▽A") part it from the items, as commas do
    out = ["，" if ch == "、" else ch for ch in clause[: marks[0].start()]] + list(clause[marks[0].start() :])
    for k, m in enumerate(marks):
        joiner = _JOINER_BEFORE_RE.search(clause, 0, m.start()) if k else None
        if joiner is not None:  # "▽Aと▽B": the joiner parts the two, as "、" would
            out[joiner.start() : joiner.end()] = ["、"] + [" "] * (joiner.end() - joiner.start() - 1)
        out[m.start()] = "：" if k == 0 else " " if joiner is not None else "、"
    return "".join(out)


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


# a comma, and the joiner after it, between runs of people named after their posts
_POSTED_COMMA_RE = re.compile(fold_pattern(r"，(?:以及|及|和|還有)?"))
_CLOSING_ETC_RE = re.compile(r"等|など")


def _posted(piece: str) -> bool:
    """``众议员张三``: a person's name after their post, nothing else (no verb after the name)."""
    split = split_item(piece, 0, len(piece))
    name = piece[split.name_start : split.name_end]
    return 0 < len(name) <= MAX_ZH_PERSON and any(
        a.kind is AttributeKind.TITLE and a.end <= split.name_start for a in split.attributes
    )


def _end(clause: str, commas: list[re.Match[str]], k: int) -> int:
    """Where the piece after the ``k``-th comma (the clause's start for 0) ends."""
    return commas[k].start() if k < len(commas) else len(clause)


def _posted_pieces(clause: str) -> str | None:
    """``警務處處長張三，保安局局長李四，律政司司長王五。``: people each named after their post, parted by
    commas only (no ``、``), the commas read as ``、`` (one character for one); None unless every piece
    is so (a piece that is not is no part of a list: read in part, the list would be short)."""
    if "、" in clause:
        return None
    commas = [
        m
        for m in _POSTED_COMMA_RE.finditer(clause)
        if clause.count("（", 0, m.start()) == clause.count("）", 0, m.start())
    ]
    if len(commas) < MIN_ITEMS - 1:
        return None
    starts = [0] + [m.end() for m in commas]
    pieces = [
        clause[a : _end(clause, commas, k)].strip(WHITESPACE).rstrip("。") for k, a in enumerate(starts)
    ]
    if not all(_posted(piece) for piece in pieces):
        return None
    out = list(clause)
    for m in commas:
        out[m.start() : m.end()] = ["、"] + [" "] * (m.end() - m.start() - 1)
    return "".join(out)


def _posted_runs(clause: str) -> str | None:
    """The clause with the commas (and the joiner after them) that part runs of people named after their
    posts read as ``、`` (one character for one): ``议员甲、乙，众议员丙，以及主席丁、戊等5人``, one list of
    five under three posts. Each run after a comma opens with a post and a name; a run of one name goes on
    into another run, the last run holds ``、`` or closes with ``等``; the first run opens with a post too."""
    commas = [
        m
        for m in _POSTED_COMMA_RE.finditer(clause)
        if clause.count("（", 0, m.start()) == clause.count("）", 0, m.start())
    ]
    # the run the commas go on from: the first piece between commas holding "、" and opening with a post
    starts = [0] + [m.end() for m in commas]
    opening = next((k for k, a in enumerate(starts) if "、" in clause[a : _end(clause, commas, k)]), None)
    if opening is None or not _posted(clause[starts[opening] :].split("、")[0][-(MAX_ZH_PERSON + 12) :]):
        return None
    commas = commas[opening:]
    joined = []
    for k, m in enumerate(commas):
        run = clause[m.end() : _end(clause, commas, k + 1)]
        if not _posted(run.split("、")[0]):
            break
        last = k + 1 == len(commas) or not _posted(
            clause[commas[k + 1].end() :].split("、")[0].split("，")[0]
        )
        if last and "、" not in run and not _CLOSING_ETC_RE.search(run):
            break
        joined.append(m)
        if last:
            break
    if not joined:
        return None
    out = list(clause)
    for m in joined:
        out[m.start() : m.end()] = ["、"] + [" "] * (m.end() - m.start() - 1)
    return "".join(out)


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
    seps = [m for m in _OTHER_SEP_RE.finditer(clause) if not any(a <= m.start() < b for a, b in in_values)]
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


_WIDE_SPACE_RE = re.compile(r"(?<=\S)\u3000+(?=\S)")
MAX_SPACED_NAME = 12  # characters of a name in a line of names parted by wide spaces


def _spaced_names(clause: str) -> bool:
    """A line of three or more short words parted by wide spaces and nothing else (no numbers, labelled
    or not: ``甲國　金40　銀44`` is a row of a table)."""
    words = clause.strip("\u3000 ").split("\u3000")
    words = [w for w in words if w]
    return len(words) >= MIN_ITEMS and all(
        len(w) <= MAX_SPACED_NAME
        and not _SENTENCE_MARK_RE.search(w)
        and plain_value(w) is None
        and labelled_cell(w) is None
        for w in words
    )


_SENTENCE_MARK_RE = re.compile(r"[。，、！？!?：:；;\s]")
MIN_BLOCK_LINES = 3  # lines parted by wide spaces, one under another, that make a table or a grid of names


def _spaced_line(text: str, start: int) -> tuple[bool, int, int]:
    """Whether the line from ``start`` holds two words or more parted by wide spaces, and its ends."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return len(_WIDE_SPACE_RE.findall(text[start:end].strip("\u3000 "))) >= 1, start, end


def spaced_block(text: str, a: int) -> bool:
    """The line at ``a`` is one of ``MIN_BLOCK_LINES`` or more lines in a row, each parted by wide
    spaces into two words or more: the rows of a text table (``姓名　國籍　職務`` over ``張三　甲國　部長``)
    or a grid of names, which the text table reads as a whole, never one enumeration a line."""
    start = text.rfind("\n", 0, a) + 1
    spaced, s, e = _spaced_line(text, start)
    if not spaced:
        return False
    lines, up, down = 1, s, e
    while up > 0 and lines < MIN_BLOCK_LINES:
        ok, up, _ = _spaced_line(text, text.rfind("\n", 0, up - 1) + 1)
        if not ok:
            break
        lines += 1
    while down < len(text) and lines < MIN_BLOCK_LINES:
        ok, _, down = _spaced_line(text, down + 1)
        if not ok:
            break
        lines += 1
    return lines >= MIN_BLOCK_LINES


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

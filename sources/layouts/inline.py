"""Inline enumerations: a list printed inside a sentence, the commonest way news prints a short list.

``包括甲國、乙國、丙國……和丁國等12國``, ``全面禁止入境：A、B、C；部分限制：D、E``,
``nationals of Aland, Borduria, Carpathia and Dalmatia``, ``甲国49%、乙国48%``, ``A、B、C…の12カ国``.

The steps, for every clause of the body (a clause ends at ``。；;!?`` or a sentence's full stop):
1. split the clause on its item separator (``、`` in Chinese and Japanese, ``,`` in English) outside
   parentheses; at least ``MIN_ITEMS`` pieces (two with a count after them) make a candidate;
2. cut the first piece after its lead-in (``：``, ``包括``, ``including``, a particle, or, in English, the
   words before the capitalized name) and the last piece before its closing (``等12國``, ``など``,
   ``の12カ国``, ``and N others``), splitting ``X和Y`` / ``X and Y`` into two items;
3. keep the candidate when its items are name-shaped (short, no clause inside) and regular;
4. bind a count written right after it (``等12國``) or in its lead-in to it, and the words before a
   colon (``全面禁止入境：``) as its group label when the article has more than one such enumeration;
5. drop an enumeration whose items another kept one already names (a summary of the list).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.lang.counts import find_counts
from pipeline.lang.cues import (
    COMPLETE_RE,
    FINAL_JOINER_RE,
    LEAD_IN_RE,
    LIST_WORD_RE,
    PARTITIVE_RE,
    SELECTION_RE,
)
from pipeline.lang.scripts import CJK, EAST_ASIAN_RE, KANA, LATIN_RE, WHITESPACE, fold_pattern
from pipeline.lang.values import find_values
from pipeline.models import Heading
from sources.base import Document, Extraction
from sources.layouts._common import RawItem, body_text, build_mentions, group_label, split_top_level

NAME = "inline"
MIN_ITEMS = 3
MAX_ZH_ITEM = 16  # characters of a Chinese or Japanese item (values and parentheses aside)
MAX_EN_WORDS = 7
CLOSE_COUNT_WINDOW = 14  # characters after the last item where a closing count may stand
SELECTION_CUE_WINDOW = 40  # characters before the first item where "among them", "例如" say it gives examples

_CLAUSE_END_RE = re.compile(
    r"[。；！？!?\n]|(?<=[a-z\)]{2}|\d%|\s%|\d\d)\.(?=\s|$)"
)  # an ASCII ';' may separate items
_ELLIPSIS_RE = re.compile(r"…+|\.{3,}|⋯+")
# where a Chinese/Japanese first item starts: after a colon, a lead-in word or a particle
_ZH_START_RE = re.compile(
    r"[：:，,「『（(]"
    + "|"
    + fold_pattern(
        r"包括|包含|涵蓋|涉及|分別為|分別是|例如|比如|諸如|像是|計有|來自|針對|對於|對|向|從|自|為|是|有|即|的|了|將|把|讓|與其|、"
        r"|禁止|限制|宣布|宣佈|暫停|制裁|列入|納入|課徵|加徵|徵收|要求|邀請|訪問|前往|給予|給|令|使"
    )
    + r"|(?:は|が|を|に|で|の|と|も|から|へ)"
)
# where a Chinese/Japanese last item ends: a closing word, a count, a particle or a comma
_ZH_END_RE = re.compile(
    fold_pattern(r"等|以及其他|及其他|在內|共|合計|[0-9０-９]+\s*[國國个個家名位人]|[，,：:）)」』]|入境|的")
    + r"|など|の|は|が|を|に|で|と|も|[0-9０-９]+\s*(?:カ国|か国|ヶ国)"
)
_EN_LEAD_RE = re.compile(
    r"(?:^|\b(?:of|from|including|include|includes|are|were|is|namely|in|to|with|on|for|as|and|like"
    r"|such as)\b|:)\s*",
    re.IGNORECASE,
)
_EN_NAME_WORD = r"(?:[A-Z][\w'’.\-]*|(?:of|the|and|de|du|des|la|le|del|da|bin|van|von)\b|d'|al-|&)"
_EN_NAME_RUN_RE = re.compile(rf"(?:{_EN_NAME_WORD})(?:\s+(?:{_EN_NAME_WORD}))*")
_EN_LOWER_WORDS = frozenset("of the and de du des la le del da van von bin".split())


@dataclass(frozen=True, slots=True)
class _Enumeration:
    spans: tuple[tuple[int, int], ...]
    lead_start: int  # where the clause (and its lead-in) starts
    end: int  # offset after the closing (count) or the last item
    stated: int | None
    label: str
    label_span: tuple[int, int]
    selection: bool  # "including", "……": the article names examples only
    count_span: tuple[int, int] = (0, 0)  # where the stated count is written
    context: str = ""  # the words of the clause around the enumeration, a label when it has none
    # values printed after the items, one per item: the same span for each ("A and B, at 40 %"), or
    # one each in order ("A and B, at 49 % and 48 % respectively"); () when the items carry their own
    shared: tuple[tuple[int, int], ...] = ()

    @property
    def start(self) -> int:
        return self.spans[0][0]


def _semicolon_items(text: str, a: int, b: int) -> bool:
    """``…: A, a judge; B, a judge; and C, a judge`` or ``… are A; B; C; and D``: semicolons that separate
    items (no label after one; after a colon, or every piece between two of them a short name)."""
    first = text.find(";", a, b)
    labelled_later = text.find(":", first, b) >= 0
    if text.count(";", a, b) < MIN_ITEMS - 1 or labelled_later:
        return False
    if text.find(":", a, first) >= 0:
        return True
    middle = text[first + 1 : text.rfind(";", a, b)].split(";")
    return all(0 < len(p.split()) <= MAX_EN_WORDS and "," not in p for p in middle)


# abbreviations whose full stop ends no sentence ("Sens. Josh Hawley", "Co., Ltd.", "Jan. 20")
_ABBREVIATION_RE = re.compile(
    r"(?:^|\W)(?:Sens?|Reps?|Gov|Gens?|Lt|Col|Capt|Adm|Sgt|Dr|Mr|Mrs|Ms|St|Jr|Sr|Prof|Rev|Hon|Pres"
    r"|Co|Corp|Inc|Ltd|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|vs|approx|etc)$"
)


def _clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, start = [], lo
    for m in _CLAUSE_END_RE.finditer(text, lo, hi):
        if m.group(0) == "." and _ABBREVIATION_RE.search(text, max(lo, m.start() - 8), m.start()):
            continue
        out.extend(_split_semicolons(text, start, m.start()))
        start = m.end()
    out.extend(_split_semicolons(text, start, hi))
    return [(a, b) for a, b in out if b - a >= 5]


def _split_semicolons(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A sentence's ASCII semicolons end its clauses (``Full ban: A, B; partial: C, D``), unless they
    separate the items of one list."""
    if ";" not in text[a:b] or _semicolon_items(text, a, b):
        return [(a, b)]
    out, start = [], a
    for k in range(a, b):
        if text[k] == ";":
            out.append((start, k))
            start = k + 1
    out.append((start, b))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a] in WHITESPACE or text[a] in "「『《“\"'"):
        a += 1
    while b > a and (text[b - 1] in WHITESPACE or text[b - 1] in "」』》”\"'"):
        b -= 1
    return a, b


def _is_east_asian(text: str) -> bool:
    return EAST_ASIAN_RE.search(text) is not None


_PAREN_RE = re.compile(r"[（(][^（()）]*[)）]")


def _masked(text: str, a: int, b: int) -> str:
    """``text[a:b]`` with what parentheses hold (``日本（25%）``) blanked, the same length: marks inside
    them neither start nor end an item."""
    return _PAREN_RE.sub(lambda m: "\0" * len(m.group(0)), text[a:b])


def _first_zh(text: str, a: int, b: int) -> int:
    """Start of the first item inside the first piece ``text[a:b]``: after the last lead-in mark."""
    best = a
    for m in _ZH_START_RE.finditer(_masked(text, a, b)):
        if a + m.end() < b:
            best = a + m.end()
    return best


def _last_zh(text: str, a: int, b: int) -> int:
    """End of the last item inside the last piece ``text[a:b]``: before the first closing mark."""
    m = _ZH_END_RE.search(_masked(text, a, b), 1)
    return a + m.start() if m else b


def _value_tail(text: str, a: int, b: int) -> int:
    """Where the values that end ``text[a:b]`` start (``b`` when it ends with none): ``Japan 25%``."""
    found = find_values(text[a:b])
    end = b
    for f in reversed(found):
        if text[a + f.end : end].strip(WHITESPACE + ":：()（）"):
            break
        end = a + f.start
    return end


_TRAILING_PAREN_RE = re.compile(r"\s*[（(][^（()）]*[)）]\s*$")


def _first_en(text: str, a: int, b: int) -> int:
    """Start of the capitalized name that ends the first piece (``nationals of Aland``), else of the one
    that opens it, before its verb (``A and B face 24 % and 25 %``); ``b`` when there is neither."""
    piece = text[a : _value_tail(text, a, b)]
    tag = _TRAILING_PAREN_RE.search(piece)  # "Josh Hawley (R-Mo.)": the name before its tag
    if tag is not None:
        piece = piece[: tag.start()]
    runs = list(_EN_NAME_RUN_RE.finditer(piece))
    if runs and runs[-1].end() >= len(piece.rstrip(WHITESPACE + ":：(（")):
        words = runs[-1].group(0).split()
        skip = 0
        while skip < len(words) and words[skip].lower() in _EN_LOWER_WORDS:
            skip += 1
        if skip < len(words):
            return a + runs[-1].start() + sum(len(w) + 1 for w in words[:skip])
    opening = len(piece) - len(piece.lstrip(WHITESPACE))
    return a + opening if runs and runs[0].start() == opening and piece[opening:][:1].isupper() else b


_VALUE_AFTER_RE = re.compile(r"[\s:：(（]*(?:at\s+)?")


def _last_en(text: str, a: int, b: int) -> int:
    piece = text[a:b]
    m = _EN_NAME_RUN_RE.match(piece.lstrip())
    if not m or not m.group(0)[:1].isupper():
        return a
    offset = len(piece) - len(piece.lstrip())
    words = m.group(0).split()
    while words and words[-1].lower() in _EN_LOWER_WORDS:
        words.pop()
    end = a + offset + len(" ".join(words))
    while True:  # the item's values right after its name: "Yemen 25%", "Laos (40%)", "Japan 25% 24%"
        gap = _VALUE_AFTER_RE.match(text, end, b)
        found = find_values(text[gap.end() : b]) if gap else []
        if not gap or not found or found[0].start != 0:
            return end
        end = gap.end() + found[0].end
        if end < b and text[end] in ")）":
            end += 1


def _split_final(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``X和Y`` / ``X and Y``: the last piece holds the two last items."""
    joiners = list(FINAL_JOINER_RE.finditer(text, a, b))
    m = joiners[-1] if joiners else None
    if m is None or m.start() <= a or m.end() >= b:
        return [(a, b)]
    return [(a, m.start()), (m.end(), b)]


def _name_shaped(text: str, east_asian: bool) -> bool:
    core = re.sub(r"[（(][^）)]*[）)]", "", text).strip(WHITESPACE)
    core = re.sub(r"[+\-]?\d[\d.,]*\s*(?:%|％)", "", core).strip(WHITESPACE)
    if not core or re.search(r"[，。！？!?]", core):
        return False
    if east_asian:
        if _HIRAGANA_ONLY_RE.match(core):
            return False  # a word such as また or さらに: no name is written in hiragana alone
        # the dots parting a katakana name's words are no letters
        letters = re.findall(f"[{CJK}{KANA}A-Za-z]", core.replace("・", ""))
        return 0 < len(letters) <= MAX_ZH_ITEM and _is_east_asian(core) or bool(LATIN_RE.search(core))
    words = core.split(",")[0].split()  # "Name, a judge from X": the name before its attributes
    return 0 < len(words) <= MAX_EN_WORDS and core[:1].isupper()


def _closing_count(text: str, end: int, hi: int) -> tuple[int | None, int]:
    window = text[end : min(hi, end + CLOSE_COUNT_WINDOW)]
    for c in find_counts(window):
        if c.start <= 4 or re.match(fold_pattern(r"^\s*(?:等|共|など|の|合計)"), window):
            return c.value, end + c.end
        break
    return None, end


def _label(text: str, lead_start: int, first: int) -> tuple[str, tuple[int, int]]:
    """The words before a colon that introduces the enumeration (``全面禁止入境：``), from the last
    comma before it."""
    head = text[lead_start:first]
    colon = max(head.rfind("："), head.rfind(":"))
    if colon <= 0 or head[colon + 1 :].strip(WHITESPACE + '「『“"'):
        return "", (0, 0)
    commas = "，、" if _is_east_asian(head) else ""  # an English lead-in keeps its commas ("In June, …:")
    comma = max((head.rfind(c, 0, colon) for c in commas), default=-1)
    raw_start = comma + 1
    raw = head[raw_start:colon]
    label = group_label(raw)
    if not label or len(label) > 40:
        return "", (0, 0)
    offset = raw.find(label)
    s = lead_start + raw_start + (offset if offset >= 0 else 0)
    return label, (s, s + (len(label) if offset >= 0 else len(raw)))


# a date, or a bare numeral (an ordinal marker such as 二、), is no item
_DATE_PIECE_RE = re.compile(
    fold_pattern(r"^[0-9０-９]+\s*(?:日|月|年|時|點|号|號)|^[0-9０-９一二三四五六七八九十]+$")
)
_ARTICLE_RE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)


def _strip_article(text: str, s: int, e: int) -> int:
    m = _ARTICLE_RE.match(text, s, e)
    return m.end() if m else s


def _longest_run(flags: list[bool]) -> tuple[int, int]:
    best, cur = (0, 0), 0
    for i, ok in enumerate(flags):
        cur = cur + 1 if ok else 0
        if cur > best[1] - best[0]:
            best = (i + 1 - cur, i + 1)
    return best


def _pieces(text: str, a: int, b: int, east_asian: bool) -> list[tuple[int, int]] | None:
    """Item spans of ``text[a:b]`` split on its separator, the first cut after its lead-in and the last
    before its closing; ``X和Y`` in the last piece gives two items."""
    seps = "、" if east_asian else ";" if text.count(";", a, b) >= MIN_ITEMS - 1 else ","
    region = _ELLIPSIS_RE.sub(lambda m: seps[0] * len(m.group(0)), text[a:b])
    pieces = [(a + s, a + e) for s, e in split_top_level(region, seps)]
    pieces = [(s, e) for s, e in pieces if text[s:e].strip(WHITESPACE)]
    if len(pieces) == 1:  # "X和Y", "X and Y": two items joined by a word only
        pieces = _split_final(text, *pieces[0])
    if len(pieces) < 2:
        return None
    if seps == ";":  # "A, a judge from X; B, …; and C, …": whole items, their attributes after commas
        first_a, first_b = pieces[0]
        after_colon = text[a - 1 : a] in (":", "：")  # "…to its Entity List: Huawei Technologies Co., Ltd.;"
        if not after_colon:
            cut = _first_zh(text, first_a, first_b) if east_asian else _first_en(text, first_a, first_b)
            pieces[0] = (cut, first_b)
        spans = [_trim(text, *p) for p in pieces]
        last_a, last_b = spans[-1]
        joiner = re.match(r"(?:and|&)\s+", text[last_a:last_b])
        spans[-1] = (last_a + (joiner.end() if joiner else 0), last_b)
        spans = [(_strip_article(text, s, e), e) for s, e in spans]
        return [(s, e) for s, e in spans if e > s]
    first_a, first_b = pieces[0]
    start = _first_zh(text, first_a, first_b) if east_asian else _first_en(text, first_a, first_b)
    last_a, last_b = pieces[-1]
    zh_end = _last_zh(text, last_a, last_b) if east_asian else last_b  # Chinese closings never hold 和
    *before, (final_a, final_b) = _split_final(text, last_a, zh_end)
    end = final_b if east_asian else _last_en(text, final_a, final_b)
    spans = [(start, first_b), *pieces[1:-1], *before, (final_a, end)]
    spans = [_trim(text, s, e) for s, e in spans]
    if not east_asian:
        spans = [(_strip_article(text, s, e), e) for s, e in spans]
    kept = [(s, e) for s, e in spans if e > s]
    if not east_asian and len(kept) >= 2 and kept[-1] != spans[-1] and not before:
        # the last piece holds no name (", over their criticism"): the piece before ends the run
        kept = [*kept[:-1], *(_trim(text, *h) for h in _split_final(text, *kept[-1]))]
    return kept


_HIRAGANA_ONLY_RE = re.compile(r"^[\u3040-\u309f]+$")
_VERB_AFTER_RE = re.compile(r"\s+[a-z]")


def _cut_at_verb(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``A, B and C will each face 25 %, while …``: the English piece whose names are followed by the
    sentence's verb ends the run (its last names split on ``and``); the pieces after it are not items."""
    for k, (s, e) in enumerate(spans):
        end = _last_en(text, s, e)
        if s < end < e and _VERB_AFTER_RE.match(text, end, e):
            return [*spans[:k], *(_trim(text, *h) for h in _split_final(text, s, end))]
    return spans


def _joined_pairs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``Solomy Bossa of Uganda and Luz Carranza of Peru``: an English piece too long for one name whose
    two halves around its last ``and`` are names each is two items (``Bosnia and Herzegovina`` stays)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        halves = _split_final(text, s, e)
        if len(halves) == 2 and not _name_shaped(text[s:e], False):
            parts = [_trim(text, *h) for h in halves]
            if all(_name_shaped(text[x:y], False) for x, y in parts):
                out.extend(parts)
                continue
        out.append((s, e))
    return out


def _enumeration(
    text: str, lead_start: int, a: int, b: int, east_asian: bool, clause_start: int | None = None
) -> _Enumeration | None:
    """The enumeration of ``text[a:b]`` (a clause from ``lead_start``; ``clause_start`` where its
    sentence starts when that is earlier, for its context), or None."""
    spans = _pieces(text, a, b, east_asian)
    if not spans:
        return None
    if not east_asian:
        spans = _joined_pairs(text, _cut_at_verb(text, spans))
    flags = [_name_shaped(text[s:e], east_asian) and not _DATE_PIECE_RE.match(text[s:e]) for s, e in spans]
    lo, hi = _longest_run(flags)
    at_end = hi == len(spans)
    spans = spans[lo:hi]
    if spans and (not at_end or len(spans) == 1):  # the run's last piece may hold "X and Y"
        spans = [*spans[:-1], *(_trim(text, s, e) for s, e in _split_final(text, *spans[-1]))]
    stated, closing_end = _closing_count(text, spans[-1][1], b) if spans and at_end else (None, 0)
    if not spans:
        return None
    start = spans[0][0]
    lead = text[lead_start:start]
    label, label_span = _label(text, lead_start, start)
    shared = _shared_values(text, spans, b) if not east_asian else ()
    # two items make a list when the article counts them, as one labelled group among others, as the
    # examples a selection cue introduces ("among them A and B") or with the value they share
    pair = len(spans) == 2 and (
        stated == 2 or label or _examples_cue(lead) or bool(shared) or _headed_pair(text, spans, shared)
    )
    if len(spans) < MIN_ITEMS and not pair:
        return None
    closing = text[spans[-1][1] : max(closing_end, spans[-1][1]) + 2]
    selection = bool(
        SELECTION_RE.search(lead) or _ELLIPSIS_RE.search(text[start : spans[-1][1]]) or "等" in closing
    )
    count_span = (spans[-1][1], closing_end)
    if stated is None:
        counts = find_counts(lead)
        tail = lead[counts[-1].end :] if counts else ""
        if counts and _LEAD_COUNT_TAIL_RE.fullmatch(tail.strip(WHITESPACE)):
            stated = counts[-1].value
            count_span = (lead_start + counts[-1].start, lead_start + counts[-1].end)
    end = max(closing_end, spans[-1][1], *(e for _, e in shared))
    context = _context(text, lead_start if clause_start is None else clause_start, start, end, b)
    return _Enumeration(
        tuple(spans), lead_start, end, stated, label, label_span, selection, count_span, context, shared
    )


def _headed_pair(text: str, spans: Sequence[tuple[int, int]], shared: Sequence[tuple[int, int]]) -> bool:
    """Two names on a line of their own under a heading that counts two (``部分限制（2國）``)."""
    above = _heading_line(text, spans[0][0], max([spans[-1][1], *(e for _, e in shared)]))
    return above is not None and [c.value for c in find_counts(text[above[0] : above[1]])] == [2]


def _examples_cue(lead: str) -> bool:
    """The words before two names say they are examples of the list: ``among those designated are``, or
    a selection cue after a count (``seven other nations, among them``, ``14 countries including``)."""
    window = lead[-SELECTION_CUE_WINDOW:]
    if PARTITIVE_RE.search(window):
        return True
    cue = SELECTION_RE.search(window)
    return cue is not None and bool(find_counts(lead[: len(lead) - len(window) + cue.start()]))


MAX_SHARED_GAP_WORDS = 4
SHARED_VALUE_WINDOW = 60  # characters after the gap where the shared value is read
_GAP_START_RE = re.compile(r"[\s,]*")
_GAP_WORD_RE = re.compile(r"[a-z]+\s+")


_BETWEEN_VALUES_RE = re.compile(r"\s*(?:,|、)?\s*(?:and\s+|&\s+)?")


def _shared_values(text: str, spans: Sequence[tuple[int, int]], hi: int) -> tuple[tuple[int, int], ...]:
    """The values printed after a run of English names none of which has its own, a few lowercase words
    after the last: one for all (``Laos and Myanmar, at 40 %``, ``A, B and C will each face 25 %``) or
    one each in order (``A and B, at 49 % and 48 % respectively``); one span per item, else ``()``."""
    if any(find_values(text[s:e]) for s, e in spans):
        return ()
    pos = _GAP_START_RE.match(text, spans[-1][1], hi).end()  # type: ignore[union-attr]
    for _ in range(MAX_SHARED_GAP_WORDS + 1):
        found = find_values(text[pos : min(hi, pos + SHARED_VALUE_WINDOW)])
        if found and found[0].start == 0:
            run = [found[0]]
            for f in found[1:]:  # values one after another: "49 % and 48 %"
                if not _BETWEEN_VALUES_RE.fullmatch(text, pos + run[-1].end, pos + f.start):
                    break
                run.append(f)
            if len(run) == len(spans):
                return tuple((pos + f.start, pos + f.end) for f in run)
            return ((pos, pos + run[0].end),) * len(spans) if len(run) == 1 else ()
        word = _GAP_WORD_RE.match(text, pos, hi)
        if word is None:
            break
        pos = word.end()
    return ()
    pos = _GAP_START_RE.match(text, spans[-1][1], hi).end()  # type: ignore[union-attr]
    for _ in range(MAX_SHARED_GAP_WORDS + 1):
        found = find_values(text[pos : min(hi, pos + SHARED_VALUE_WINDOW)])
        if found and found[0].start == 0:
            return (pos, pos + found[0].end)
        word = _GAP_WORD_RE.match(text, pos, hi)
        if word is None:
            break
        pos = word.end()
    return (0, 0)


# what may follow a count that introduces the enumeration: "12個國家是", "以下12國：", "the 12 countries are"
_LEAD_COUNT_TAIL_RE = re.compile(
    fold_pattern(r"[^\s，,。]{0,4}?(?:是|為|係|包括|包含|分別是|分別為|如下|有)?\s*[：:]?")
    + r"|\s*(?:\w+\s+){0,4}(?:are|were|include|includes|including)\s*:?|\s*:",
    re.IGNORECASE,
)
CONTEXT_WORDS = 6  # English words (or 3x this many characters) kept on each side of a context label


def _context(text: str, lead_start: int, start: int, end: int, clause_end: int) -> str:
    """``宣布全面禁止…公民入境美國``: the words around an enumeration, from the last comma before it to
    the next comma after it, its lead-in and closing words left out."""
    befores = [b.strip(WHITESPACE) for b in re.split(r"[，,：:]", text[lead_start:start])]
    afters = [a.strip(WHITESPACE) for a in re.split(r"[，,]", text[end:clause_end])]
    before, after = befores[-1], afters[0]
    if not SELECTION_RE.sub("", before).strip(WHITESPACE) and len(befores) > 1:
        # an aside between commas ("…nations, among them A and B, face …"): the words around it
        before = befores[-2]
        after = after or (afters[1] if len(afters) > 1 else "")
    before = LEAD_IN_RE.sub("", SELECTION_RE.sub("", before)).strip(WHITESPACE)
    if _is_east_asian(before + after):
        before, after = before[-3 * CONTEXT_WORDS :], after[: 3 * CONTEXT_WORDS]
    else:
        before = " ".join(before.split()[-CONTEXT_WORDS:])
        after = " ".join(after.split()[:CONTEXT_WORDS])
    return group_label(f"{before}…{after}" if before and after else before or after)


# what else separates the items of a Chinese or Japanese enumeration: slashes (``阿富汗／緬甸``) and
# circled numbers (``①アフガニスタン②ミャンマー``), read as ``、`` (one character for one: spans hold);
# in Japanese, ``・`` between names when no ``、`` does (``アフガニスタン・ミャンマー・チャド``)
_OTHER_SEP_RE = re.compile(r"[／①-⑳]|(?<=[^\x00-\x7f])/(?=[^\x00-\x7f])")
_NAKAGURO_RE = re.compile(r"・")
_KANA_RE = re.compile(f"[{KANA}]")


_INLINE_NUMBER_RE = re.compile(r"(?:(?<=[：:\s])|^)([0-9０-９]{1,2})[.．、)）](?=[^\s\d])")


def _inline_numbers(clause: str) -> str | None:
    """The clause with the numbers of an enumeration numbered inside it (``1.阿富汗 2.緬甸 3.查德``, counting
    from one) read as separators, the same length: the first as the colon that ends the lead-in, the
    others as ``、``; None when there is no such numbering."""
    found = list(_INLINE_NUMBER_RE.finditer(clause))
    values = [int(unicodedata.normalize("NFKC", m.group(1))) for m in found]
    labelled = bool(found) and clause[: found[0].start()].rstrip().endswith(("：", ":"))
    if len(found) < (2 if labelled else MIN_ITEMS) or values != list(range(1, len(found) + 1)):
        return None  # two numbered names make a group only after its label ("乙類：1.甲 2.乙")
    out = list(clause)
    for k, m in enumerate(found):
        out[m.start() : m.end()] = ["：" if k == 0 else "、"] + [" "] * (m.end() - m.start() - 1)
    return "".join(out)


_NUMBER_BEFORE_RE = re.compile(r"([0-9０-９]{1,2})[.．、)）]\s*$")


def _numbered_in_turn(text: str, enum: _Enumeration) -> bool:
    """Every item is preceded by its number, counting from one (``1.阿富汗 2.緬甸 3.查德``)."""
    for k, (s, _) in enumerate(enum.spans, start=1):
        m = _NUMBER_BEFORE_RE.search(text, max(0, s - 5), s)
        if m is None or int(unicodedata.normalize("NFKC", m.group(1))) != k:
            return False
    return len(enum.spans) >= MIN_ITEMS


_ZH_JOINER_RE = re.compile(fold_pattern(r"和|及|與|跟") + r"|と|、")
_ZH_TOPIC_RE = re.compile(
    fold_pattern(r"(?:的稅率|的關稅)?(?:分別為|分別是|均為|都是|各為|為|是)")
    + r"$|(?:の税率|の関税)?(?:は|が|も)$|[：:]$"
)
_ZH_VALUE_NAME_RE = re.compile(f"^[{CJK}{KANA}・·‧A-Za-z]{{1,{MAX_ZH_ITEM}}}$")
_HIRAGANA_RE = re.compile(r"[\u3040-\u309f]")
_ZH_LEAD_WORD_RE = re.compile(fold_pattern(r"\s*(?:其中|包括|例如|分別是|分別為|像是)"))
MAX_ZH_VALUE_TAIL = 6  # characters after a value where a clause may end ("となる")


def _valued_names_zh(text: str, a: int, b: int) -> list[_Enumeration]:
    """``日本と韓国は25%、ラオスとミャンマーは40%`` / ``日本和韓國為25%，寮國和緬甸為40%``: names joined by
    ``と``/``和`` before one value they share, piece after piece (at least two pieces, or three names
    in one), each piece an enumeration of names sharing the value."""
    out: list[_Enumeration] = []
    for s, e in split_top_level(text[a:b], "，,、"):
        enum = _valued_piece(text, a + s, a + e)
        if enum is None:
            continue
        out.append(enum)
    if len(out) >= 2 or any(len(x.spans) >= MIN_ITEMS for x in out):
        return out
    return []


def _valued_piece(text: str, s: int, e: int) -> _Enumeration | None:
    found = find_values(text[s:e])
    if len(found) != 1 or text[s + found[0].end : e].strip(WHITESPACE).__len__() > MAX_ZH_VALUE_TAIL:
        return None
    value = (s + found[0].start, s + found[0].end)
    head = text[s : value[0]].rstrip(WHITESPACE)
    topic = _ZH_TOPIC_RE.search(head)
    if topic is None:
        return None  # "日本和韓國將被徵收25%": a verb, not a topic marker, stands between names and value
    names_end = s + topic.start()
    lead = _ZH_LEAD_WORD_RE.match(text, s, names_end)  # "其中日本和韓國為25%": after the lead-in word
    start = lead.end() if lead else s
    cuts = [start, *(x for m in _ZH_JOINER_RE.finditer(text, start, names_end) for x in m.span()), names_end]
    spans = [_trim(text, cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
    ok = all(
        _ZH_VALUE_NAME_RE.match(text[x:y]) and not _HIRAGANA_RE.search(text[x:y]) for x, y in spans if y > x
    )
    spans = [(x, y) for x, y in spans if y > x]
    if not ok or len(spans) < 2:
        return None
    return _Enumeration(tuple(spans), s, value[1], None, "", (0, 0), False, shared=(value,) * len(spans))


MIN_NAKAGURO_ITEMS = 4  # a katakana person's name has up to three parts joined by "・"


def _nakaguro_list(clause: str) -> bool:
    """``・`` separates the items of a Japanese enumeration: some stretch without ``、`` joins at least
    ``MIN_NAKAGURO_ITEMS`` words with it (fewer are one person's name)."""
    return any(part.count("・") >= MIN_NAKAGURO_ITEMS - 1 for part in re.split("[、，]", clause))


def _separated(clause: str) -> str | None:
    """The clause with other separators of its items read as ``、`` (one character for one, so that its
    offsets hold), or None when it has none of them."""
    if "、" not in clause and (numbered := _inline_numbers(clause)) is not None:  # "名單為：1.阿富汗 2.緬甸"
        return numbered
    if "、" not in clause and len(_OTHER_SEP_RE.findall(clause)) >= MIN_ITEMS - 1:
        # the first circled number ends the lead-in (``対象国は①…``), as a colon would
        return _OTHER_SEP_RE.sub(lambda m: "：" if m.group(0) == "①" else "、", clause)
    if _KANA_RE.search(clause) and _nakaguro_list(clause):
        return _NAKAGURO_RE.sub("、", clause)
    return None


def _shifted(enum: _Enumeration, by: int) -> _Enumeration:
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


def _clause_enumerations(text: str, a: int, b: int) -> list[_Enumeration]:
    clause = text[a:b]
    east_asian = _is_east_asian(clause)
    separated = _separated(clause) if east_asian else None
    if separated is not None:  # read on the clause alone, then placed back in the text
        return [_shifted(e, a) for e in _clause_enumerations(separated, 0, len(separated))]
    if east_asian and (valued := _valued_names_zh(text, a, b)):
        return valued
    if east_asian and ("、" in clause or "：" in clause):
        out = []
        for s, e in split_top_level(clause, "，,"):
            if "、" in clause[s:e] or ("：" in clause[s:e] and FINAL_JOINER_RE.search(clause[s:e])):
                # "一、全面禁止入境的國家（12個）：A、B…": the items start after the colon of their lead-in
                colon = clause.rfind("：", s, max(clause.rfind("、", s, e), s))
                enum = _enumeration(text, a, a + (colon + 1 if colon >= 0 else s), a + e, True)
                if enum is not None:
                    out.append(enum)
        return out
    if not east_asian and ("," in clause or ";" in clause or FINAL_JOINER_RE.search(clause)):
        colon = clause.rfind(":", 0, max(clause.rfind(","), clause.find(";")))
        start = a + colon + 1 if colon >= 0 else a  # "…four other judges: A, B and C"
        enum = _enumeration(text, a, start, b, False)
        found = [enum] if enum is not None else []
        return found + _further_runs(text, a, enum.end if enum is not None else start, b)
    return []


def _further_runs(text: str, clause_start: int, lo: int, hi: int) -> list[_Enumeration]:
    """Runs of names after the first in an English sentence, each starting after a comma: ``…including
    A, B and C, while travelers from seven other nations, among them D and E, face …``."""
    out: list[_Enumeration] = []
    tries = 0
    k = text.find(",", lo, hi)
    while k >= 0 and tries < MAX_FURTHER_TRIES:
        piece_end = text.find(",", k + 1, hi)
        if not _CAPITAL_RE.search(text, k + 1, piece_end if piece_end >= 0 else hi):
            k = piece_end  # no capitalized word, no name to start a run
            continue
        tries += 1
        enum = _enumeration(text, k + 1, k + 1, hi, False, max(clause_start, lo))
        if enum is not None and enum.start > k:
            out.append(enum)
            k = text.find(",", enum.end, hi)
        else:
            k = piece_end
    return out


MAX_FURTHER_TRIES = (
    12  # pieces of one sentence where a further run is looked for (a long sentence stays linear)
)
_CAPITAL_RE = re.compile(r"\b[A-Z]")


MAX_LEAD_QUOTE = 80


def text_start(text: str, lo: int, hi: int) -> int:
    """Where the sentence holding ``hi`` starts (after ``lo``): the quote of a count in a lead-in."""
    cut = max(text.rfind(c, lo, hi) for c in "。；;")
    if hi - max(cut, lo) > MAX_LEAD_QUOTE:
        cut = max(text.rfind(c, lo, hi) for c in "，,。；;")
    start = cut + 1 if cut >= lo else lo
    while start < hi and text[start] in WHITESPACE:
        start += 1
    return start


def _key(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def _keep(found: list[_Enumeration], text: str) -> list[_Enumeration]:
    """Drop an enumeration whose items a longer kept one already names (a summary of the same list)."""
    kept: list[_Enumeration] = []
    for enum in sorted(found, key=lambda e: (-len(e.spans), e.start)):
        names = {_key(text[s:e]) for s, e in enum.spans}
        if any(names <= {_key(text[s:e]) for s, e in k.spans} for k in kept):
            continue
        kept.append(enum)
    return sorted(kept, key=lambda e: e.start)


MIN_UNCUED_ITEMS = 4
LEAD_CUE_WINDOW = 24  # characters before the first item where a lead-in cue ("including") counts
_KATAKANA_RE = re.compile(r"^[\u30a0-\u30ff・ー\s]+$")


def _proper_names(text: str, enum: _Enumeration) -> bool:
    """Items that are proper names by their shape: capitalized Latin words, or katakana."""
    items = [text[s:e] for s, e in enum.spans]
    if all(_is_east_asian(i) for i in items):
        return sum(bool(_KATAKANA_RE.match(i)) for i in items) >= 0.75 * len(items)
    return all(i[:1].isupper() for i in items)


def _accepted(text: str, enum: _Enumeration) -> bool:
    """An enumeration the article prints as a list, not topics in a sentence: it states its count, follows
    a list cue and a colon, carries values, or its items are proper names by their shape."""
    if enum.stated is not None:
        return True
    lead = text[enum.lead_start : enum.start].rstrip(WHITESPACE)
    if lead.endswith(("：", ":")) and (LEAD_IN_RE.search(lead) or COMPLETE_RE.search(lead)):
        return True
    if enum.shared and (_proper_names(text, enum) or _is_east_asian(text[enum.start : enum.end])):
        return True  # names sharing the value printed after them
    if _numbered_in_turn(text, enum):
        return True
    if sum(bool(find_values(text[s:e])) for s, e in enum.spans) >= 0.75 * len(enum.spans):
        return True
    if len(enum.spans) == 2 and _examples_cue(lead) and _proper_names(text, enum):
        return True  # "among them A and B": the examples a selection cue introduces
    if _a_paragraph_of_its_own(text, enum):
        return True
    cued = LEAD_IN_RE.search(lead[-LEAD_CUE_WINDOW:]) is not None  # "nationals of A, B and C"
    if cued and len(enum.spans) >= MIN_ITEMS and _ELLIPSIS_RE.search(text, enum.start, enum.spans[-1][1]):
        return True  # "包括阿富汗、緬甸、乍得……也門": names left out of a longer list
    return len(enum.spans) >= (MIN_ITEMS if cued else MIN_UNCUED_ITEMS) and _proper_names(text, enum)


def _line_above(text: str, first: int, last: int) -> tuple[int, int] | None:
    """The span of the line above an enumeration from ``first`` to ``last`` when the enumeration is a
    line of its own (nothing but its items and a closing stop), else None."""
    line_start = text.rfind("\n", 0, first) + 1
    line_end = text.find("\n", last)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:first].strip(WHITESPACE) or text[last:line_end].strip(WHITESPACE + "。.；;"):
        return None
    end = len(text[:line_start].rstrip(WHITESPACE + "\n"))
    start = text.rfind("\n", 0, end) + 1
    while start < end and text[start] in WHITESPACE:
        start += 1
    return (start, end) if end > start else None


def _a_paragraph_of_its_own(text: str, enum: _Enumeration) -> bool:
    """The enumeration is a line of its own under a line that introduces it (``以下為名單：``, ``The
    countries are:``) or heads it (``全面禁止（12國）``, see ``_heading_above``): a list printed as a
    paragraph."""
    above = _line_above(text, enum.start, enum.end)
    if above is None:
        return False
    lead = text[above[0] : above[1]]
    introduces = lead.endswith(("：", ":")) and bool(
        LEAD_IN_RE.search(lead) or COMPLETE_RE.search(lead) or LIST_WORD_RE.search(lead)
    )
    return introduces or _heading_above(text, enum) is not None


MAX_HEADING_CHARS = 30
_SENTENCE_END_RE = re.compile(r"[。！？!?，,；;]|\.$")


def _heading_line(text: str, first: int, last: int) -> tuple[int, int] | None:
    """A short line stating at most one count right above an enumeration that is a line of its own."""
    above = _line_above(text, first, last)
    if above is None:
        return None
    line = text[above[0] : above[1]]
    if len(line) > MAX_HEADING_CHARS or _SENTENCE_END_RE.search(line.rstrip("：:")):
        return None
    return above if len(find_counts(line)) <= 1 else None


def _heading_above(text: str, enum: _Enumeration) -> tuple[int, int] | None:
    """A short heading line right above an enumeration that is a line of its own, stating at most one
    count (``全面禁止（12國）``, ``Full ban (12 countries)``, ``部分限制``): the group it heads; over two
    names only when it counts two."""
    above = _heading_line(text, enum.start, enum.end)
    if above is None:
        return None
    counts = find_counts(text[above[0] : above[1]])
    n = len(enum.spans)
    return above if n >= MIN_ITEMS or (counts and counts[0].value == n) else None


def _headed(text: str, enum: _Enumeration) -> _Enumeration:
    """An enumeration under a heading of its own (``_heading_above``) takes the heading as its label and
    its count as its stated count."""
    above = _heading_above(text, enum)
    if above is None or enum.label or enum.stated is not None:
        return enum
    line = text[above[0] : above[1]]
    counts = find_counts(line)
    if not counts:
        return replace(enum, label=group_label(line), label_span=above)
    count_span = (above[0] + counts[0].start, above[0] + counts[0].end)
    return replace(
        enum, label=group_label(line), label_span=above, stated=counts[0].value, count_span=count_span
    )


def find_enumerations(doc: Document) -> list[_Enumeration]:
    text = body_text(doc)
    found = []
    for a, b in _clauses(text, 0, len(text)):
        found.extend(_clause_enumerations(text, a, b))
    labelled = sum(1 for e in found if e.label) >= 2  # groups introduced by their labels: "A：x、y；B：z"
    kept = [e for e in found if _accepted(text, e) or (labelled and e.label)]
    return _keep([_headed(text, e) for e in kept], text)


def _valued(text: str, enum: _Enumeration) -> bool:
    return bool(enum.shared) or sum(bool(find_values(text[s:e])) for s, e in enum.spans) * 2 > len(enum.spans)


def _grouped(text: str, enums: Sequence[_Enumeration]) -> bool:
    """Several enumerations of different items are each a group, unless none is labelled and each
    carries values: rows of one table told in sentences (``A and B, at 40 %, followed by C and D, at
    36 %``), whose values, not their words, tell them apart."""
    if len(enums) < 2:
        return False
    return any(e.label for e in enums) or not all(_valued(text, e) for e in enums)


def selection(text: str, enums: Sequence[_Enumeration]) -> bool:
    """Whether the article names examples of the list rather than the list: a cue says so (``among
    them``, ``例如``, ``……``, ``等`` without a count), or its items are spread over several sentences
    that neither label nor count them."""
    for e in enums:
        closing = text[e.spans[-1][1] : e.end + 2]
        said = SELECTION_RE.search(text[e.lead_start : e.start][-SELECTION_CUE_WINDOW:])
        if (
            said
            or _ELLIPSIS_RE.search(text[e.start : e.spans[-1][1]])
            or ("等" in closing and e.stated is None)
        ):
            return True
    sentences = {text.rfind("\n", 0, e.start) for e in enums} | {e.lead_start for e in enums}
    scattered = len(enums) >= 2 and len(sentences) >= 2
    return scattered and not any(e.label or e.stated is not None for e in enums)


def _score(enums: list[_Enumeration]) -> float:
    if not enums:
        return 0.0
    n = sum(len(e.spans) for e in enums)
    cued = sum(1 for e in enums if e.stated is not None or e.label or e.selection or e.shared)
    base = n / (n + 5)
    return round(min(0.85, base + 0.1 * min(cued, 2)), 4)


class InlineLayout:
    name = NAME
    description = (
        "items enumerated inside a sentence: 'A、B和C等12國', 'A, B and C', 'A、B…の12カ国', '1.A 2.B 3.C', "
        "'A／B／C'; names in running prose ('among them A and B', 'A and B, at 40 %', 'AとBは25%')"
    )

    def detect(self, doc: Document) -> float:
        return _score(find_enumerations(doc))

    def extract(self, doc: Document) -> Extraction:
        enums = find_enumerations(doc)
        grouped = _grouped(doc.text, enums)
        raw: list[RawItem] = []
        headings: list[Heading] = []
        for k, e in enumerate(enums, start=1):
            group = (e.label or e.context or f"#{k}") if grouped else ""
            shared = e.shared or ((0, 0),) * len(e.spans)
            raw.extend(
                RawItem(s, t, None, group, shared=v) for (s, t), v in zip(e.spans, shared, strict=True)
            )
            if e.stated is None and not group:
                continue
            ls, le = e.label_span if e.label else e.count_span if e.stated is not None else (e.start, e.start)
            if not e.label and e.stated is not None and e.count_span[1] <= e.start:  # a count in the lead-in
                ls = text_start(doc.text, e.lead_start, e.count_span[0])
            headings.append(Heading(doc.id, doc.text[ls:le], None, e.stated, ls, le, group))
        mentions, problems = build_mentions(doc, raw, NAME)
        return Extraction(
            NAME, tuple(mentions), tuple(headings), tuple(problems), selection(body_text(doc), enums)
        )


LAYOUTS = (InlineLayout(),)

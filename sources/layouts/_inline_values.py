"""Values an enumeration's names share, printed once after them: ``Aland and Borduria, at 40 %``,
``A and B, at 49 % and 48 % respectively``, ``A, B and C will each face 25 %``,
``アランドとボルドゥリアは25%、カルパチアとダルマチアは40%``, or once before them as their label
(``稅率為41%的有：甲國；40%的有：乙國、丙國``). Used by the inline layout (``inline.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.bands import band_of
from pipeline.lang.counts import SUM_BEFORE_RE, find_counts
from pipeline.lang.cues import (
    CLAUSE_CHANGE_VERB_RE,
    CLAUSE_TIME_WORD_RE,
    FIGURES_VERB_RE,
    FORECAST_VERB_RE,
    MEASURE_END_RE,
    NAME_MEASURE_RE,
    TIME_WORD_START_RE,
)
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from pipeline.lang.values import (
    AMOUNT_VERB_RE,
    PER_DAY_BEFORE_RE,
    Found,
    counted_run,
    find_values,
    numbers_before_labels,
)
from sources.layouts._inline_piece_shapes import (
    EN_NAME_RUN_RE,
    MIN_ITEMS,
    ZH_VALUE_NAME_RE,
    strip_article,
    trim,
)
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._parens import paren_groups, split_top_level
from sources.layouts._values import VALUE_LABEL_AFTER_RE, VALUE_LABEL_BEFORE_RE

MAX_SHARED_GAP_WORDS = 4


SHARED_VALUE_WINDOW = 60  # characters after the gap where the shared value is read


_GAP_START_RE = re.compile(r"[\s,]*")


_GAP_WORD_RE = re.compile(r"[a-z]+\s+")


_BETWEEN_VALUES_RE = re.compile(r"\s*(?:,|、)?\s*(?:and\s+|&\s+)?")


def shared_values(
    text: str, spans: Sequence[tuple[int, int]], hi: int, *, gap_words: int = MAX_SHARED_GAP_WORDS
) -> tuple[tuple[int, int], ...]:
    """The values printed after a run of English names none of which has its own, a few lowercase words
    after the last: one for all (``Aland and Borduria, at 40 %``, ``A, B and C will each face 25 %``) or
    one each in order (``A and B, at 49 % and 48 % respectively``); one span per item, else ``()``."""
    if any(find_values(text[s:e]) for s, e in spans):
        return ()
    pos = _GAP_START_RE.match(text, spans[-1][1], hi).end()  # type: ignore[union-attr]
    for _ in range(gap_words + 1):
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


# what every value holds: a digit, a percent sign, or a percent word ("百分之二十五", "25パーセント")
_VALUE_HINT_RE = re.compile(r"[0-9０-９%％]|百分之|パーセント|percent", re.IGNORECASE)
_ZH_JOINER_RE = re.compile(fold_pattern(r"和|及|與|跟") + r"|と|、")


_ZH_TOPIC_RE = re.compile(
    fold_pattern(
        r"(?:的?(?:稅率|關稅)(?:設定|訂定|調整|調升|調降|提高|降低)?)?則?"
        r"(?:分別為|分別是|均為|都是|各為|為|是|高達|達|降至|升至|提高至|調升至|調降至|各)"
    )
    + r"$|(?:の税率|の関税)?(?:は|が|も|に)(?:いずれも|ともに|それぞれ)?$|[：:]$"
)


# "will" before a verb: 將, 會 (not the last character of a body's name: 協會, 委員會, 基金會, 議會, 工會)
_WILL = r"(?:將會|將|(?<![協議學工商金員合社大教公農事])會)"


# the verb of a sentence whose other pieces leave it out: "甲國面臨25%，乙國30%", "甲國提供5億美元，乙國3億"
_ZH_CHARGE_RE = re.compile(
    fold_pattern(
        rf"(?:都|均|皆|各)?{_WILL}?(?:被)?(?:面臨|面對|徵收|課徵|加徵|課以|被課|被徵|適用)(?:的)?$"
        rf"|{_WILL}?(?:承諾|宣布|同意|決定)?(?:提供|捐助|捐贈|捐出|援助|出資|認捐|撥款|撥出)(?:了)?$"
        rf"|(?:都|均|皆|各)?(?:{_WILL}|可)?(?:各)?(?:獲得|獲|得到|分得)(?:了)?$"
    )
    + "|"
    + AMOUNT_VERB_RE.pattern
)


# the preposition before whom a charge falls on: "對甲國加徵25%"
_ZH_CHARGED_WHOM_RE = re.compile(fold_pattern(r"\s*(?:對|向|給)(?=\S)"))


# the side that charges before the preposition: "甲方對乙國加徵25%"
_ZH_CHARGED_SUBJECT_RE = re.compile(fold_pattern(r"(?<=[方國府])對"))
_PAUSE_RE = re.compile(r"[，,：:]")


_HIRAGANA_RE = re.compile(r"[\u3040-\u309f]")
# a kana ending a Japanese lead-in: any but the joiner と between two names in kanji or katakana (甲国と乙国)
_LEAD_KANA_RE = re.compile(r"[\u3040-\u3067\u3069-\u309f]|(?<=[\u3040-\u309f])と|と(?=[\u3040-\u309f])")


_ZH_LEAD_WORD_RE = re.compile(fold_pattern(r"\s*(?:其中|包括|例如|分別是|分別為|像是|而)"))


# the measure a Japanese sentence is about, then its names and values: "税率はAが46％、Bが36％"
_JA_MEASURE_TOPIC_RE = re.compile(r"\s*[^\s、，。]{0,6}?(?:率|税)(?:は|では)")
MAX_ZH_VALUE_TAIL = 6  # characters after a value where a clause may end ("となる")
# a Japanese clause going on after the last value as what it is of: "…8000万ドルの支援を表明した"
_JA_CLAUSE_TAIL_RE = re.compile(r"の[\u4e00-\u9fff\u30a0-\u30ff]{1,8}を[\u3040-\u309f\u4e00-\u9fff]{1,10}")


def valued_names_zh(text: str, a: int, b: int) -> list[Enumeration]:
    """``アランドとボルドゥリアは25%、カルパチアとダルマチアは40%`` / ``甲國和乙國為25%，丙國和丁國為40%``:
    names joined by ``と``/``和`` before one value they share, piece after piece (at least two pieces of
    two names, or three names in one), each piece an enumeration of names sharing the value. Or a run of
    three pieces or more of one name each (``甲國為25%，乙國為30%，丙國為20%``, ``甲国に25％、乙国に30％``),
    the verb said once in the first (``甲國面臨25%關稅，乙國30%，丙國20%``)."""
    if not _VALUE_HINT_RE.search(text, a, b):
        return []  # no number, no value: nothing shared (most clauses of an article)
    pieces = [(a + s, a + e) for s, e in split_top_level(text[a:b], "，,、")]
    out = [x for x in (_valued_piece(text, s, e) for s, e in pieces) if x is not None]
    if len(out) >= 2 or any(len(x.spans) >= MIN_ITEMS for x in out):
        return out
    return _one_name_run(text, pieces)


MIN_RUN_PIECES = 3  # pieces of one name and one value that make a list without a joiner


def _one_name_run(text: str, pieces: Sequence[tuple[int, int]]) -> list[Enumeration]:
    """The longest run of pieces each holding one name and its value, with a topic marker or a verb of
    charging (``對甲國加徵25%關稅``), or after the first, or after a lead-in clause of no figure
    (``甲方公布新稅率，甲國20%，乙國19%，…``), with nothing between (``乙國30%``); at least
    ``MIN_RUN_PIECES``."""
    best: list[Enumeration] = []
    run: list[Enumeration] = []
    led = False  # the piece before is a lead-in word alone ("其中，甲國30%，乙國25%")
    lead_in = False  # or a lead-in clause with no figure of its own
    # pieces parted by commas alone: a colon's words are a lead-in, not a label ("甲類：A、B" is a group)
    colon = bool(pieces) and "、" not in text[pieces[0][0] : pieces[-1][1]]
    cut = False  # the best run ends before a piece that has a figure but no name read: read in part
    for s, e in pieces:
        bare = bool(run) or led or lead_in
        piece = _valued_piece(text, s, e, min_names=1, charged=True, bare=bare, one=True, colon=colon)
        lead = _ZH_LEAD_WORD_RE.match(text, s, e)
        led = lead is not None and not text[lead.end() : e].strip(WHITESPACE)
        valued = bool(find_values(text[s:e]))
        lead_in = not valued  # "甲方公布新稅率，甲國20%，…": a clause of no figure
        if valued and _a_sum(text, s, e):  # "…，丁國減12.8萬桶，合共每日約98萬桶": the run's total
            run = []
            continue
        if piece is None or len(piece.spans) != 1 or MEASURE_END_RE.search(text, *piece.spans[0]):
            if run and run[-1] is best[-1]:
                cut = valued
            run = []
            continue
        run.append(piece)
        if len(run) > len(best):
            best, cut = list(run), False
    return best if len(best) >= MIN_RUN_PIECES and not cut else []


def _a_sum(text: str, s: int, e: int) -> bool:
    """Whether the piece ``text[s:e]`` gives a sum over the pieces before it, a total word shortly before
    its figure (``合共每日約98萬桶``): no item, and no item read in part."""
    found = find_values(text[s:e])
    return bool(found) and SUM_BEFORE_RE.search(text, s, s + found[0].start) is not None


# between a Chinese enumeration's closing and the value its names share: "…等40個經濟體的稅率為15%"
_ZH_SHARED_TAIL_RE = re.compile(
    fold_pattern(r"[^\s，,。；;、：:]{0,5}?(?:的稅率|的關稅)?(?:均為|都是|皆為|為|是)\s*")
)


_ZH_IN_ORDER_RE = re.compile(fold_pattern(r"分別|依次|各自"))


def shared_value_zh(
    text: str, spans: Sequence[tuple[int, int]], closing_end: int, hi: int
) -> tuple[tuple[int, int], ...]:
    """The one value a Chinese enumeration's names share, printed after it and its closing
    (``甲國、乙國、丙國等40個經濟體的稅率為15%``): one span per item, else ``()``."""
    if not spans or any(find_values(text[s:e]) for s, e in spans):
        return ()
    tail = _ZH_SHARED_TAIL_RE.match(text, max(closing_end, spans[-1][1]), hi)
    if tail is None or _ZH_IN_ORDER_RE.search(tail.group(0)):
        return ()  # "…稅率分別為20%和19%": values in the names' order, none shared (``_inline_respective``)
    found = find_values(text[tail.end() : hi])
    if not found or found[0].start != 0:
        return ()
    return ((tail.end(), tail.end() + found[0].end),) * len(spans)


def valued_groups_zh(text: str, a: int, b: int) -> list[Enumeration]:
    """``甲國、乙國稅率為25%；丙國、丁國稅率為20%；戊國稅率為40%``: a sentence's pieces parted by ``；``, each
    names joined by ``、``/``和`` before the one value they share (a piece may name one), at least two
    pieces and three names in all; one enumeration per piece. Without ``；``, the pieces are parted by the
    pause after each value (``甲國為20%，乙國、丙國和丁國均為19%``, ``甲国は20％、乙国、丙国は19％``), and
    one piece at least names several: pieces of one name each are ``valued_names_zh``'s run."""
    if not _VALUE_HINT_RE.search(text, a, b):
        return []
    if "；" in text[a:b] or ";" in text[a:b]:
        pieces = [(a + s, a + e) for s, e in split_top_level(text[a:b], "；;")]
    else:
        if _VALUE_PAUSE_RE.search(text, a, b) is None:
            return []  # no pause to end a value's clause: one piece
        pieces = _after_each_value(text, a, b)
        if pieces and _a_sum(text, *pieces[-1]):
            pieces = pieces[:-1]  # "…，合共每日約98萬桶": the pieces' total, no piece of theirs
        if len(pieces) < 2:
            return []  # one piece: no pieces to part
        out = [_valued_piece(text, s, e, min_names=1, charged=True, bare=True) for s, e in pieces]
        if any(x is None for x in out) or all(len(x.spans) < 2 for x in out if x):
            return []
        if all(
            _one_name(text, s, e) for (s, e), x in zip(pieces, out, strict=True) if x and len(x.spans) > 1
        ):
            return []  # "…、丁及戊亞減4.8萬桶": 及 is a sound of the name, the pieces one name each
        bare = [x for x in out if x is not None]
        return bare if sum(len(x.spans) for x in bare) >= MIN_ITEMS else []
    out = [_valued_piece(text, s, e, min_names=1, charged=True) for s, e in pieces]
    kept = [x for x in out if x is not None]
    if len(kept) < 2 or len(kept) < len(pieces) - 1 or sum(len(x.spans) for x in kept) < MIN_ITEMS:
        return []
    return kept


def _one_name(text: str, s: int, e: int) -> bool:
    """Whether the piece ``text[s:e]`` names one, read with 及 as a sound of its name."""
    one = _valued_piece(text, s, e, min_names=1, charged=True, bare=True, one=True)
    return one is not None and len(one.spans) == 1


# the end of a piece after its value: a few words closing the clause (``となった``), then a pause
_AFTER_VALUE_RE = re.compile(rf"[^\s，,、。；;：:（）()]{{0,{MAX_ZH_VALUE_TAIL}}}?[，,、]")
_VALUE_PAUSE_RE = re.compile(r"[，,、]")  # the pause ``_AFTER_VALUE_RE`` ends with


def _after_each_value(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``text[a:b]`` parted at the pause that ends each value's clause, outside parentheses."""
    cuts: list[int] = []
    values = find_values(text[a:b])
    if not values:
        return [(a, b)] if b > a else []
    inside = {a + k for g in paren_groups(text[a:b]) for k in range(g.start, g.end)}
    for v in values:
        m = _AFTER_VALUE_RE.match(text, a + v.end, b)
        if m is not None and m.end() - 1 not in inside:
            cuts.append(m.end())
    bounds = [a, *cuts, b]
    return [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1) if bounds[k + 1] > bounds[k]]


_SOUND_JOINERS = frozenset("及")


def _joiners(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The joiners that part the names of ``text[start:end]``: every ``、``, and one word between two of
    them (the first), so that a name holding a joiner stays whole after it (``丙國及甲乙與丙丁``)."""
    out: list[re.Match[str]] = []
    word = False
    for m in _ZH_JOINER_RE.finditer(text, start, end):
        if m.group(0) == "、":
            out.append(m)
            word = False
        elif not word:
            out.append(m)
            word = True
    return out


# a second figure in parentheses after the first, a few words of what it is ("甲国が1.8％（26年は1.7％）")
_SECOND_OPEN_RE = re.compile(r"\s*[（(][^（）()]{0,8}$")
_SECOND_CLOSE_RE = re.compile(r"\s*[）)]")


def _bracketed_second(text: str, s: int, found: Sequence[Found]) -> int | None:
    """Where a piece's value ends: after its one figure, or after the parentheses of a second one in the
    same unit (``1.8％（26年は1.7％）``, the two kept in order); ``None`` for any other count of figures."""
    if len(found) == 1:
        return s + found[0].end
    if len(found) != 2 or found[0].unit != found[1].unit:
        return None
    between = text[s + found[0].end : s + found[1].start]
    close = _SECOND_CLOSE_RE.match(text, s + found[1].end)
    return close.end() if _SECOND_OPEN_RE.match(between) and close is not None else None


def _valued_piece(
    text: str,
    s: int,
    e: int,
    min_names: int = 2,
    *,
    charged: bool = False,
    bare: bool = False,
    one: bool = False,
    colon: bool = False,
) -> Enumeration | None:
    """A piece of names before the one value they share, a topic marker between (``甲國和乙國為25%``);
    ``charged``: or a verb of charging (``甲國面臨25%``); ``bare``: or nothing (``乙國30%``); ``one``: a piece
    of a run of one name each, where 及 is a sound of the name (``阿爾及利亞減產4.8萬桶``), no joiner;
    ``colon``: or the colon of a lead-in (``…新稅率：甲國20%``)."""
    found = find_values(text[s:e])
    value_end = _bracketed_second(text, s, found)
    if value_end is None:
        return None
    tail = text[value_end:e].strip(WHITESPACE)
    if len(tail) > MAX_ZH_VALUE_TAIL and not _JA_CLAUSE_TAIL_RE.fullmatch(tail):
        return None
    value = (s + found[0].start, value_end)
    head = PER_DAY_BEFORE_RE.sub("", text[s : value[0]]).rstrip(WHITESPACE)  # "甲国が日量50万バレル"
    topic = _ZH_TOPIC_RE.search(head) or (_ZH_CHARGE_RE.search(head) if charged else None)
    # "…新稅率：甲國20%": the name after the colon of a lead-in, as after a lead-in clause
    after_colon = re.split("[：:]", head)
    bare = bare or (len(after_colon) > 1 and colon)
    names = after_colon[-1] if colon else head
    if topic is None and bare and _bare_names(names.strip(WHITESPACE), one=one):
        topic = re.search("$", head)
    if (verb := CLAUSE_CHANGE_VERB_RE.search(head)) is not None and (
        topic is None or topic.start() > verb.start()
    ):
        # "甲國下調5個百分點": the name before the verb of change, which goes with the figure it signs
        topic, value = verb, (s + verb.start(), value[1])
    if topic is None:
        return None  # "甲國和乙國將被徵收25%": a verb, not a topic marker, stands between names and value
    spans = _piece_names(text, s, s + topic.start(), min_names=min_names, charged=charged, one=one)
    if spans is None:
        return None
    return Enumeration(spans, s, value[1], None, "", (0, 0), False, shared=(value,) * len(spans))


def _piece_names(
    text: str, s: int, names_end: int, *, min_names: int, charged: bool, one: bool
) -> tuple[tuple[int, int], ...] | None:
    """The names of ``text[s:names_end]``, the words of a piece before its value's topic word (see
    ``_valued_piece``), else None."""
    if (measure := NAME_MEASURE_RE.search(text, s, names_end)) is not None and measure.start() > s:
        names_end = measure.start()  # "甲國經濟成長率為0.6%": the name before the measure of its figure
    names_end = _before_closing_count(text, s, names_end)  # the count is a group's, and the group unnamed
    # "其中甲國和乙國為25%": after the lead-in word; "税率はAが46％": after the measure the sentence is about
    lead = _ZH_LEAD_WORD_RE.match(text, s, names_end) or _JA_MEASURE_TOPIC_RE.match(text, s, names_end)
    start = lead.end() if lead else s
    if charged and (to := _ZH_CHARGED_WHOM_RE.match(text, start, names_end)):
        start = to.end()  # "對甲國加徵25%關稅": the name after the preposition
    elif charged and (whom := list(_ZH_CHARGED_SUBJECT_RE.finditer(text, start, names_end))):
        start = whom[-1].end()  # "甲方對乙國加徵25%": the charging side, then whom it charges
    if min_names == 1:  # a piece of a sentence: after its last pause ("…宣布，其中，甲國、乙國稅率為25%")
        start = max([start, *(m.end() for m in _PAUSE_RE.finditer(text, start, names_end))])
        # or after a verb of forecasting ("IMF預估甲國經濟成長率為0.6%")
        start = max([start, *(m.end() for m in FORECAST_VERB_RE.finditer(text, start, names_end))])
        # or after the last kana of a Japanese lead-in ("会合では乙国が"): no part of a name in kanji
        start = max([start, *(m.end() for m in _LEAD_KANA_RE.finditer(text, start, names_end))])
        # "…信函，其中甲國和乙國為25%": the lead-in word after the pause is no part of the first name
        start = lead.end() if (lead := _ZH_LEAD_WORD_RE.match(text, start, names_end)) else start
    joiners = _joiners(text, start, names_end)
    if one:
        joiners = [m for m in joiners if m.group(0) not in _SOUND_JOINERS]
    spans = _parted(text, start, names_end, joiners)
    if any(y - x == 1 for x, y in spans):  # "令和乙党為3席": a joiner word inside a name, no names of one
        spans = _parted(text, start, names_end, [m for m in joiners if m.group(0) == "、"])
    ok = all(
        ZH_VALUE_NAME_RE.match(text[x:y]) and not _HIRAGANA_RE.search(text[x:y]) for x, y in spans if y > x
    )
    spans = [(x, y) for x, y in spans if y > x]
    if not ok or len(spans) < min_names or any(_a_time(text[x:y]) for x, y in spans):
        return None  # "今年為3.1%，而甲國為2.5%": a time's figure, no name's
    return tuple(spans)


def _parted(text: str, start: int, end: int, joiners: Sequence[re.Match[str]]) -> list[tuple[int, int]]:
    """The names of ``text[start:end]`` between the ``joiners``, trimmed."""
    cuts = [start, *(x for m in joiners for x in m.span()), end]
    return [trim(text, cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]


def _a_time(name: str) -> bool:
    """``name`` is, or holds, a word of time (``今年``, ``全球今年``): the time a figure is of."""
    return TIME_WORD_START_RE.match(name) is not None or CLAUSE_TIME_WORD_RE.search(name) is not None


def _bare_names(head: str, *, one: bool) -> bool:
    """``head`` is names and nothing else: one name (``乙國``), or, where the piece may hold several,
    names parted by ``、`` (``乙國、丙國和丁國``), every one name-shaped."""
    parts = _ZH_JOINER_RE.split(head)
    if one or len(parts) == 1:
        return ZH_VALUE_NAME_RE.match(head) is not None
    return "、" in head and all(ZH_VALUE_NAME_RE.match(p) for p in parts)


# the time a clause's figures are of, said right after its names ("甲國和乙國今年", "甲国と乙国は今年"), and a
# Japanese topic particle after the names ("甲国と乙国は")
_TIME_AFTER_NAMES_RE = re.compile(f"(?:{CLAUSE_TIME_WORD_RE.pattern})(?:的)?\\s*$")
_JA_TOPIC_END_RE = re.compile(r"(?:に対しては|に対して|には|では|は|が|も|に)\s*$")


def names_before_order(text: str, s: int, e: int) -> tuple[tuple[int, int], ...]:
    """The names of ``text[s:e]``, the words right before a word of order (``甲國和乙國今年分別``,
    ``甲国と乙国は今年それぞれ``, ``甲國和乙國今年的成長率分別``): names and nothing else but the
    measure and the time their figures are of and a topic particle; ``()`` when the words are not names
    alone. (Only before a word of order: elsewhere a name run with a time word in it, ``全球今年``, is a
    time's figure.)"""
    end = e
    for pattern in (NAME_MEASURE_RE, _TIME_AFTER_NAMES_RE, _JA_TOPIC_END_RE, _TIME_AFTER_NAMES_RE):
        cut = pattern.search(text, s, end)
        end = cut.start() if cut is not None and cut.start() > s else end
    return _piece_names(text, s, end, min_names=1, charged=True, one=False) or ()


def valued_piece_names(text: str, s: int, e: int) -> tuple[tuple[int, int], ...]:
    """The names of a piece of names and their value (``甲國稅率為20%``, ``乙国と丙国は19％``), or ``()``."""
    piece = _valued_piece(text, s, e, min_names=1, charged=True)
    return piece.spans if piece is not None else ()


_COUNT_CLOSING_RE = re.compile(r"(?:等|の)\s*$")


def _before_closing_count(text: str, s: int, names_end: int) -> int:
    """Where the names of ``text[s:names_end]`` end before the count that closes them (``甲國和乙國2國``,
    ``甲国、乙国の2カ国``, ``甲國等2國``): the count counts the names, it is no name's part."""
    counts = find_counts(text[s:names_end])
    if not counts or text[s + counts[-1].end : names_end].strip(WHITESPACE):
        return names_end
    end = s + counts[-1].start
    closing = _COUNT_CLOSING_RE.search(text, s, end)
    return closing.start() if closing is not None else end


def valued_by_label(text: str, enum: Enumeration) -> Enumeration:
    """An enumeration whose label is a value and nothing else (``税率为41%的有：甲國；40%的有：乙國、丙國``):
    the value is every item's, shared like one printed after them, and no group label (the groups of a
    list told by rate are its values). A band (``3%以上``, ``2%至3%``) is no one value: it stays a group."""
    if not enum.label or enum.shared or any(find_values(text[s:e]) for s, e in enum.spans):
        return enum
    ls, le = enum.label_span
    found = find_values(text[ls:le])
    if len(found) != 1 or band_of(text[ls:le]) is not None:
        return enum  # "3%以上：甲國、乙國": a band's items lie anywhere in it, the band is their group
    before, after = (
        text[ls : ls + found[0].start].strip(WHITESPACE),
        text[ls + found[0].end : le].strip(WHITESPACE),
    )
    if not (VALUE_LABEL_BEFORE_RE.match(before) and VALUE_LABEL_AFTER_RE.match(after)):
        return enum
    value = (ls + found[0].start, ls + found[0].end)
    return replace(enum, label="", label_span=(0, 0), context="", shared=(value,) * len(enum.spans))


# the verb said once, with the first name only: "Borduria faces 25 %", "Borduria will pay 25 %"
_GAPPED_VERB_RE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:face[sd]?|pay|pays|paid|get|gets|receive[sd]?|gets?\s+a\s+rate\s+of"
    r"|pledge[sd]?|give[sn]?|gave|provide[sd]?|contribute[sd]?|donate[sd]?|offer(?:s|ed)?|commit(?:s|ted)?"
    r"|allocate[sd]?)\s+$"
)


_TRAILING_WORDS_RE = re.compile(r"(?:[a-z][\w'’\-]*\s*){1,4}")


def gapped_first(text: str, lo: int, enum: Enumeration) -> Enumeration | None:
    """``Borduria faces 25 %, Carpathia 30 % and Dalmatia 20 %``: a run of names each with its value,
    after a first piece that says its verb once (``Borduria faces 25 %``). The first name joins the run;
    every item's value is read as its own, one per item in order (``shared``). ``lo`` is where the
    clause starts; None when the piece before the run is not a name, a verb and one value."""
    if enum.shared or enum.label or len(enum.spans) < 2:
        return None
    comma = text.rfind(",", lo, enum.start)
    if comma < 0 or text[comma + 1 : enum.start].strip(WHITESPACE):
        return None
    names, values = [], []
    last = len(enum.spans) - 1
    for k, (s, e) in enumerate(enum.spans):  # each item its name then one value: "Carpathia 30 %"
        found = find_values(text[s:e])
        after = text[s + found[0].end : e].strip(WHITESPACE + ")）") if len(found) == 1 else "x"
        if after and not (k == last and _TRAILING_WORDS_RE.fullmatch(after)):
            return None  # the last may end the sentence's own words: "… and Dalmatia 20 % on Saturday"
        names.append(trim(text, s, s + found[0].start))
        values.append((s + found[0].start, s + found[0].end))
    piece = max(text.rfind(",", lo, comma) + 1, lo)
    found = find_values(text[piece:comma])
    if len(found) != 1 or text[piece + found[0].end : comma].strip(WHITESPACE):
        return None
    value = (piece + found[0].start, piece + found[0].end)
    for run in EN_NAME_RUN_RE.finditer(text, piece, value[0]):
        first = trim(text, strip_article(text, run.start(), run.end()), run.end())
        if text[first[0] : first[0] + 1].isupper() and _GAPPED_VERB_RE.fullmatch(text, first[1], value[0]):
            if any(x >= y or not text[x : x + 1].isupper() for x, y in names):
                return None
            return replace(enum, spans=(first, *names), lead_start=piece, shared=(value, *values))
    return None


# what parts one name and its numbers from the next: a pause, or a joiner before the last name; and the
# verb between a name and its numbers ("甲國以40金…")
_RUN_PAUSE_RE = re.compile(r"[，,、；;：:]")
_RUN_JOINER_RE = re.compile(fold_pattern(r"^(?:和|及|與|以及)"))
_RUN_VERB_RE = re.compile(fold_pattern(r"(?:以|憑|獲得|共獲|拿下|奪得)$"))


def label_runs_zh(text: str, a: int, b: int) -> list[Enumeration]:
    """``甲國以40金44銀42銅居首，乙國40金27銀24銅排名第二，丙國20金12銀13銅…``: names, each followed by
    numbers glued before the same labels in the same order, at least three; one enumeration, each name's
    numbers its own (``shared`` holds each one's run)."""
    spans: list[tuple[int, int]] = []
    runs: list[tuple[int, int]] = []
    labels: list[tuple[str, ...]] = []
    pos = a
    while pos < b and (found := numbers_before_labels(text, pos, b)):
        first, last = found[0][1], found[-1][1]
        run = (first.start, last.end + len(found[-1][0]))
        pauses = [m.end() for m in _RUN_PAUSE_RE.finditer(text, pos, first.start)]
        s = max([pos, *pauses])
        s += m.end() if (m := _RUN_JOINER_RE.match(text[s : first.start])) else 0
        e = first.start - (len(v.group(0)) if (v := _RUN_VERB_RE.search(text, s, first.start)) else 0)
        s, e = trim(text, s, e)
        if not ZH_VALUE_NAME_RE.match(text[s:e]) or _HIRAGANA_RE.search(text[s:e]):
            break
        spans.append((s, e))
        runs.append(run)
        labels.append(tuple(label for label, _ in found))
        pos = run[1]
    if len(spans) < MIN_ITEMS or len(set(labels)) != 1:
        return []
    return [Enumeration(tuple(spans), a, runs[-1][1], None, "", (0, 0), False, shared=tuple(runs))]


MIN_COUNTED_PIECES = 2  # pieces of a name and two labelled numbers or more, the same labels in each


def counted_pieces(text: str, a: int, b: int) -> list[Enumeration]:
    """``甲獲得甲票64票、乙票119票，合計183票居首；乙獲得…`` (pieces parted by ``；``) or ``甲氏が１８３票
    （甲票６４、乙票１１９）、乙氏が…`` (by ``、`` outside parentheses): each piece a name, the verb or
    particle of what it got, then its numbers each under its own label (``counted_run``), the same labels
    in every piece; at least ``MIN_COUNTED_PIECES``. One enumeration, each name's numbers its own
    (``shared`` holds each one's run)."""
    if not _VALUE_HINT_RE.search(text, a, b):
        return []
    for seps in ("；;", "、"):
        pieces = [(a + s, a + e) for s, e in split_top_level(text[a:b], seps)]
        if len(pieces) < MIN_COUNTED_PIECES:
            continue  # too few pieces, whatever they hold
        read = [_counted_piece(text, s, e) for s, e in pieces]
        kept = [x for x in read if x is not None]
        if len(kept) < MIN_COUNTED_PIECES or len({labels for *_, labels in kept}) != 1:
            continue
        if any(x is None for x in read[read.index(kept[0]) : len(read) - read[::-1].index(kept[-1])]):
            continue  # a run of pieces, none between them left out
        spans = tuple(span for span, _, _ in kept)
        runs = tuple(run for _, run, _ in kept)
        return [Enumeration(spans, a, runs[-1][1], None, "", (0, 0), False, shared=runs)]
    return []


def _counted_piece(
    text: str, s: int, e: int
) -> tuple[tuple[int, int], tuple[int, int], tuple[str, ...]] | None:
    """The name span, the run of numbers and their labels of one piece (``counted_pieces``), else None."""
    for verb in FIGURES_VERB_RE.finditer(text, s, e):
        found, end = counted_run(text, verb.end(), e)
        if not found or len(text[end:e].strip(WHITESPACE + "。")) > MAX_ZH_VALUE_TAIL:
            continue
        lo = max([s, *(m.end() for m in _PAUSE_RE.finditer(text, s, verb.start()))])
        lo = max([lo, *(m.end() for m in _HIRAGANA_RE.finditer(text, lo, verb.start()))])
        lead = _ZH_LEAD_WORD_RE.match(text, lo, verb.start())
        name = trim(text, lead.end() if lead else lo, verb.start())
        if name[1] > name[0] and ZH_VALUE_NAME_RE.match(text[name[0] : name[1]]):
            return name, (verb.end(), end), tuple(label for label, _ in found)
    return None

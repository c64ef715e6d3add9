"""One Chinese or Japanese piece of names and the value they share (``甲國和乙國為25%``,
``乙国と丙国は19％``): where its names are, what joins them, and the topic, charge or measure words
around them. Used by ``_inline_values.py`` and the inline layout's other value readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.clause_cues import (
    CLAUSE_CHANGE_VERB_RE,
    CLAUSE_TIME_WORD_RE,
    FORECAST_VERB_RE,
    GOT_VERBS,
    JA_CHARGED_ON_RE,
    MEASURE_FIRST_RE,
    NAME_MEASURE_RE,
    OPENING_QUOTES,
    ZH_GOODS_FROM_RE,
    ZH_ONLY_COPULA,
    ZH_SUPERLATIVE,
    ZH_SUPERLATIVE_PAUSE,
)
from pipeline.lang.counts import find_counts
from pipeline.lang.part_cues import DRAWN_FROM_OPENING_RE
from pipeline.lang.posts import TIME_WORD_START_RE
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from pipeline.lang.value_words import AMOUNT_VERB_RE, PER_DAY_BEFORE_RE
from pipeline.lang.values import Found, find_values
from sources.layouts._inline_piece_shapes import ZH_VALUE_NAME_RE, trim
from sources.layouts._inline_pieces import Enumeration

_ZH_JOINER_RE = re.compile(fold_pattern(r"和|及|與|跟") + r"|と|、")


_ZH_TOPIC_RE = re.compile(
    fold_pattern(r"(?:的?(?:稅率|關稅)(?:設定|訂定|調整|調升|調降|提高|降低)?)?")
    + rf"(?:{ZH_SUPERLATIVE_PAUSE})?"  # "甲國和乙國的稅率最高，為40%"
    + fold_pattern(r"則?(?:分別為|分別是|均為|都是|各為|為|是|高達|達|降至|升至|提高至|調升至|調降至|各|佔")
    + rf"|{ZH_ONLY_COPULA})"
    + r"$|(?:の税率|の関税)?(?:は|が|も|に)(?:いずれも|ともに|それぞれ)?$|[：:]$"
)


# "will" before a verb: 將, 會 (not the last character of a body's name: 協會, 委員會, 基金會, 議會, 工會)
_WILL = r"(?:將會|將|(?<![協議學工商金員合社大教公農事])會)"


# the verb of a sentence whose other pieces leave it out: "甲國面臨25%，乙國30%", "甲國提供5億美元，乙國3億"
_ZH_CHARGE_RE = re.compile(
    fold_pattern(
        rf"(?:都|均|皆|各)?{_WILL}?(?:被)?(?:面臨|面對|徵收|課徵|加徵|課以|被課|被徵|適用)"
        rf"(?:{ZH_SUPERLATIVE})?(?:的)?$"
        rf"|{_WILL}?(?:承諾|宣布|同意|決定)?(?:提供|捐助|捐贈|捐出|援助|出資|認捐|撥款|撥出)(?:了)?$"
        # "甲得183票": 得 alone too, never the end of a name (彼得 is Peter)
        rf"|(?:都|均|皆|各)?(?:{_WILL}|可)?(?:各)?(?:{GOT_VERBS}|分得|奪得|(?<!彼)得)(?:了)?$"
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


_ZH_LEAD_WORD_RE = re.compile(fold_pattern(r"\s*(?:其中|當中|包括|例如|分別是|分別為|像是|而)"))


# the measure a Japanese sentence is about, then its names and values: "税率はAが46％、Bが36％"
_JA_MEASURE_TOPIC_RE = re.compile(r"\s*[^\s、，。]{0,6}?(?:率|税)(?:は|では)")
MAX_ZH_VALUE_TAIL = 6  # characters after a value where a clause may end ("となる")
# a Japanese clause going on after the last value as what it is of: "…8000万ドルの支援を表明した"
_JA_CLAUSE_TAIL_RE = re.compile(r"の[\u4e00-\u9fff\u30a0-\u30ff]{1,8}を[\u3040-\u309f\u4e00-\u9fff]{1,10}")


_SOUND_JOINERS = frozenset("及")
_ETC_RE = re.compile(r"^(?:など|等)")


def after_whole(text: str, s: int, found: Sequence[Found]) -> int:
    """Where a piece starts after the whole it opens with (``113席中甲黨取得52席``: the figure of the whole,
    then 中, before the figure of the piece's own), else ``s``."""
    if len(found) < 2 or text[s : s + found[0].start].strip(WHITESPACE):
        return s
    whole = DRAWN_FROM_OPENING_RE.match(text, s + found[0].end)
    return whole.end() if whole is not None and whole.end() < s + found[1].start else s


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
    if (opened := after_whole(text, s, found)) > s:  # "113席中甲黨取得52席": the whole, then the piece
        s, found = opened, find_values(text[opened:e])
    value_end = _bracketed_second(text, s, found)
    if value_end is None:
        return None
    tail = _ETC_RE.sub("", text[value_end:e].strip(WHITESPACE))  # "…46％などとなっている": the run's 等
    if len(tail) > MAX_ZH_VALUE_TAIL and not _JA_CLAUSE_TAIL_RE.fullmatch(tail):
        return None
    value = (s + found[0].start, value_end)
    head = PER_DAY_BEFORE_RE.sub("", text[s : value[0]]).rstrip(
        WHITESPACE + OPENING_QUOTES
    )  # "甲国が日量50万バレル"
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
    if (charged_on := JA_CHARGED_ON_RE.search(text, s, names_end)) is not None and charged_on.start() > s:
        names_end = charged_on.start()  # "甲国への相互関税は34%": the name before への
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
    if (goods := ZH_GOODS_FROM_RE.fullmatch(text, start, names_end)) is not None:
        start, names_end = goods.span("names")  # "來自甲國和乙國的進口商品": the names between
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
    if any(MEASURE_FIRST_RE.match(text, x, y) for x, y in spans):
        return None  # "…，稅率均在四成以上": the measure, said of the names before, no name
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

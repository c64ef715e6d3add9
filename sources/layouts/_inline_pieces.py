"""Cutting a sentence into the items it enumerates: the clauses of a text, the pieces of a clause (split
on ``、``, ``,`` or ``;`` outside parentheses), where the first item starts after its lead-in and the last
ends before its closing, and which pieces are name-shaped. Used by the inline layout (``inline.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.lang.clause_cues import EN_DATE_PIECE_RE
from pipeline.lang.counts import find_counts
from pipeline.lang.demonyms import place_at_start
from pipeline.lang.leads import FINAL_JOINER_RE, JA_HONORIFIC, LEAD_IN_RE
from pipeline.lang.name_words import EN_DESCRIBED_PLACE_RE, ZH_FORM_WORDS
from pipeline.lang.numbers import CN_NUM_CHARS
from pipeline.lang.posts import (
    EN_POST_BEFORE_NAME_RE,
    EN_TITLE_RE,
    JA_TITLE_RE,
    TITLE_WORDS,
    ZH_AIDE_RE,
    en_post_and_name,
)
from pipeline.lang.rank_cues import ZH_RANK_REACHED
from pipeline.lang.scripts import (
    CJK,
    EAST_ASIAN_RE,
    KANA,
    LATIN_RE,
    NAME_DOTS,
    WHITESPACE,
    fold_pattern,
    simplified,
)
from pipeline.lang.values import Found, find_values
from pipeline.models import AttributeKind
from sources.item_titles import PERSON_NAME_END_RE, is_title
from sources.items import AT_BEFORE_VALUE_RE, split_item
from sources.layouts._inline_people import a_post_unnamed, people_pieces
from sources.layouts._parens import split_top_level
from sources.layouts._shapes import ORG_ENDING_RE

MIN_ITEMS = 3


MAX_ZH_ITEM = 16  # characters of a Chinese or Japanese item (values and parentheses aside)
# an acronym in brackets after a Chinese or Japanese name ("甲乙黨（ABC）"), read apart by the item parser
BRACKETED_ACRONYM = r"(?:[（(][A-Z][A-Za-z0-9]*(?:[-&/][A-Za-z0-9]+)*[）)])"
# a Chinese or Japanese name beside a value in a sentence, of its script's characters and no more (and
# its acronym in brackets)
ZH_VALUE_NAME_RE = re.compile(f"^[{CJK}{KANA}{NAME_DOTS}A-Za-z]{{1,{MAX_ZH_ITEM}}}{BRACKETED_ACRONYM}?$")
# a clause's name may join two with a slash (甲黨／乙聯盟: one group of two parties)
ZH_CLAUSE_NAME_RE = re.compile(f"^[{CJK}{KANA}{NAME_DOTS}A-Za-z/／]{{1,{MAX_ZH_ITEM}}}$")
MAX_ZH_PERSON = 14  # characters of a transliterated name with its dots, after a title
# a title word, then a transliterated name with its dots ("副檢察官娜扎特·沙米姆·汗"), ending the item
_TITLES = "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
_TITLE_WORD_RE = re.compile(f"(?:{_TITLES})")
_TITLED_PERSON_RE = re.compile(f"(?:{_TITLES})(?P<name>[{CJK}]{{1,8}}(?:[·‧・][{CJK}]{{1,8}})+)$")


MAX_EN_WORDS = 7


_CLAUSE_END_RE = re.compile(
    r"[。；！？!?\n]|(?<=[a-z\)]{2}|\d%|\s%|\d\d)\.(?=\s|$)"
)  # an ASCII ';' may separate items


ELLIPSIS_RE = re.compile(r"…+|\.{3,}|⋯+")


# where a Chinese/Japanese first item starts: after a colon, a lead-in word or a particle
_ZH_START_RE = re.compile(
    r"(?:[：:，,「『（(]|^)"
    + fold_pattern(r"(?:\s*(?:而|但|且))?")  # the conjunction opening a clause: "…3%，而甲國、乙國…"
    + "|"
    + fold_pattern(
        r"其中|包括|包含|涵蓋|涉及|分別為|分別是|例如|比如|諸如|像是|計有|來自|針對|對於|對|向|從|自|為|是|有(?!限)|即|的|了|將|把|讓|與其|、"
        r"|禁止|限制|宣布|宣佈|公布|公佈|暫停|制裁|列入|納入|課徵|加徵|徵收|要求|邀請|訪問|前往|給予|給|令|使|至|到|於|擴及"
    )
    + r"|(?:は|が|を|に|で|の|と|も|から|へ)"
)

# after a colon only a lead-in word of its own starts the items ("名單為：甲類的12個國家是A、…"):
# a one-character word may be part of the first name ("阿蘭德航運有限公司")
_ZH_START_AFTER_COLON_RE = re.compile(
    fold_pattern(r"包括|包含|涵蓋|涉及|分別為|分別是|例如|比如|諸如|像是|計有|國家是|國家為|是|為")
    + r"|(?:は|が)"
)


# where a Chinese/Japanese last item ends: a closing word, a count, a particle or a comma
_ZH_END_RE = re.compile(
    fold_pattern(
        r"等|以及其他|及其他|在內|共(?=\s*(?:計|有|[0-9０-９一二三四五六七八九十兩]))|合計|[0-9０-９]+\s*[國國个個家名位人]|[，,](?!\s*(?:以及|及|還有))"
        r"|這(?=\s*(?:[0-9０-９]+|[一二三四五六七八九十兩]+)\s*[個國名位人家])"
        r"|[：:）)」』]|入境|公民|國民|的|稅率|實施|採取|祭出|加徵|課徵|徵收|列入|納入|列為"
        r"|宣布|宣佈|表示|決定|承認"  # a verb of the sentence the list is the subject of ("…和丁國宣布")
        + f"|{ZH_RANK_REACHED}"  # the place it reached ("…和丁國位列前10名")
        + r"|面臨|面對|將(?=面臨|面對|被|遭|受|獲|於|自|從|實施|採取)"  # "…和丙國將面臨新關稅"
        # an adverb of the predicate the list is the subject of ("…和張三也都受到矚目", "…均被制裁")
        r"|也(?=都|均|皆|被|受|遭|同|列|將|已|在)|(?:均|都|皆|亦)(?=被|受|遭|列|將|已|為|是)"
    )
    + r"|など|ら(?=[をがはにのも、])|の|は|が|を|に|で|と|も|[0-9０-９]+\s*(?:カ国|か国|ヶ国)"
)


_EN_LEAD_RE = re.compile(
    r"(?:^|\b(?:of|from|including|include|includes|are|were|is|namely|in|to|with|on|for|as|and|like"
    r"|such as)\b|:)\s*",
    re.IGNORECASE,
)


_EN_NAME_WORD = r"(?:[A-Z][\w'’.\-]*|(?:of|the|and|de|du|des|la|le|del|da|bin|van|von)\b|d'|al-|&)"


EN_NAME_RUN_RE = re.compile(rf"(?:{_EN_NAME_WORD})(?:\s+(?:{_EN_NAME_WORD}))*")


_EN_LOWER_WORDS = frozenset("of the and de du des la le del da van von bin".split())


@dataclass(frozen=True, slots=True)
class Enumeration:
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
    unit: str = (
        ""  # the unit of shared figures printed bare, said once in the sentence ("won 164 seats, … 152")
    )
    # the second group of a sentence read in two (``_inline_two_groups``), its count left unsaid: a list
    # because the counted first group is
    paired: bool = False

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
    if all(_DESCRIBED_NAME_RE.match(p) for p in middle):
        return True  # "…, among them A, 44, a former host, for X; B, 53, the governor of Y, for Z; and C, …"
    return all(0 < len(p.split()) <= MAX_EN_WORDS and "," not in p for p in middle)


# a name, then after a comma its age or a description in lower case: "Jane Roe, 44, a former host"
_DESCRIBED_NAME_RE = re.compile(r"\s*(?:and\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4},\s+(?:\d|[a-z])")


# abbreviations whose full stop ends no sentence ("Sens. Jane Roe", "Co., Ltd.", "Jan. 20")
ABBREVIATION_RE = re.compile(
    r"(?:^|\W)(?:Sens?|Reps?|Gov|Gens?|Lt|Col|Capt|Adm|Sgt|Dr|Mr|Mrs|Ms|St|Jr|Sr|Prof|Rev|Hon|Pres"
    r"|Co|Corp|Inc|Ltd|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|vs|approx|etc|a\.k\.a|f\.k\.a)$"
)


MAX_ZH_SEMICOLON_ITEM = 24  # characters of an item between full-width semicolons ("甲國40%；乙國35%")


def zh_semicolon_items(text: str, at: int) -> bool:
    """The ``；`` at ``at`` separates the items of one list (``稅率分別為：甲國40%；乙國35%；丙國32%。``):
    its sentence has a colon before the first one and none after, and every piece after the colon is
    short and holds no pause of its own (``全面禁止：A、B；部分限制：C`` separates groups)."""
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [k for k in (text.find("。", at), text.find("\n", at)) if k >= 0]
    end = min(ends) if ends else len(text)
    first = text.find("；", start, end)
    colon = text.rfind("：", start, first)
    if text.find("：", first, end) >= 0 or text.count("；", start, end) < MIN_ITEMS - 1:
        return False
    if (
        colon < 0
    ):  # "三國稅率公布，甲國20%；乙國19%；丙國19%。": after a comma, every piece a name and its value,
        # and the words before them count the pieces or lead them in (``分別為``)
        comma = max(text.rfind("，", start, first), text.rfind(",", start, first))
        pieces = text[comma + 1 : end].split("；") if comma >= 0 else []
        led = LEAD_IN_RE.search(text, comma, first) is not None
        counted = any(c.value == len(pieces) for c in find_counts(text[start:comma]))
        return (led or counted) and all(_name_and_value(p.strip(WHITESPACE)) for p in pieces)
    # each piece's own number ("1、甲國；2、乙國") is no pause of its own
    pieces = [_PIECE_NUMBER_RE.sub("", p) for p in text[colon + 1 : end].split("；")]
    return all(0 < len(p) <= MAX_ZH_SEMICOLON_ITEM and not re.search("[，、,]", p) for p in pieces)


def _name_and_value(piece: str) -> bool:
    """A piece that is a short Chinese or Japanese name, then its one value, nothing else (``甲國20%``)."""
    found = find_values(piece)
    return (
        len(found) == 1
        and found[0].end == len(piece)
        and _VALUED_HEAD_RE.fullmatch(piece[: found[0].start].strip(WHITESPACE)) is not None
    )


# the words of an item before its first value: a name, and a verb of the amount (``乙國增持107億美元``)
_VALUED_HEAD_RE = re.compile(f"^[{CJK}{KANA}]{{1,{MAX_ZH_ITEM}}}$")


_PIECE_NUMBER_RE = re.compile(r"^\s*[0-9０-９]{1,2}[、.．)）]")


def clause_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    # asked once of the whole span, not of each clause: a text without an ASCII semicolon has no clause
    # to part at one, and one where ``_COUNTED_JOIN_RE`` finds no run (it looks neither behind nor ahead)
    # has no clause holding one
    semicolons = ";" in text[lo:hi]
    counted = _COUNTED_JOIN_RE.search(text, lo, hi) is not None
    spans: list[tuple[int, int]] = []
    start = lo
    for m in _CLAUSE_END_RE.finditer(text, lo, hi):
        if m.group(0) == "." and ABBREVIATION_RE.search(text, max(lo, m.start() - 8), m.start()):
            continue
        if m.group(0) == "；" and zh_semicolon_items(text, m.start()):
            continue
        _add_clauses(spans, text, start, m.start(), semicolons=semicolons, counted=counted)
        start = m.end()
    _add_clauses(spans, text, start, hi, semicolons=semicolons, counted=counted)
    return [(a, b) for a, b in spans if b - a >= 5]


def _add_clauses(
    spans: list[tuple[int, int]], text: str, a: int, b: int, *, semicolons: bool, counted: bool
) -> None:
    """The clauses of ``text[a:b]`` (parted at ASCII semicolons, then between counted runs) added to
    ``spans``; ``semicolons`` and ``counted``: whether the text around holds any to part at."""
    for span in _split_semicolons(text, a, b) if semicolons else ((a, b),):
        spans.extend(_split_counted_runs(text, *span) if counted else (span,))


# a run's closing count and what it counts, then the word that joins the next run to it:
# "A、B、C等3家企業及張三、李四等2名個人", "A、B、C3家企业和D、E2名个人"
_COUNTED_JOIN_RE = re.compile(
    rf"(?:等\s*)?(?:[0-9０-９]{{1,3}}|[{CN_NUM_CHARS}]{{1,3}})\s*(?:家|名|個|个|位)[{CJK}]{{0,6}}?"
    rf"(?P<joiner>以及|和|及|與|与)"
)
_RUN_COUNTERS = frozenset("家 名 個 个 位".split())


def _split_counted_runs(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A Chinese clause holding two enumerations, each closed by its own count (``12家企業和3名個人``):
    two clauses, cut after the word that joins them, so that each run is read with its count."""
    m = _COUNTED_JOIN_RE.search(text, a, b)
    if m is None or "、" not in text[a : m.start()] or "、" not in text[m.end() : b]:
        return [(a, b)]
    if not any(c.counter in _RUN_COUNTERS for c in find_counts(text[m.end() : b])):
        return [(a, b)]
    return [(a, m.start("joiner")), (m.end(), b)]


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


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a] in WHITESPACE or text[a] in "「『《“\"'"):
        a += 1
    while b > a and (text[b - 1] in WHITESPACE or text[b - 1] in "」』》”\"'，"):
        b -= 1
    return a, b


def is_east_asian(text: str) -> bool:
    return EAST_ASIAN_RE.search(text) is not None


_PAREN_RE = re.compile(r"[（(][^（()）]*[)）]")


def masked(text: str, a: int, b: int) -> str:
    """``text[a:b]`` with what parentheses hold (``甲國（25%）``) blanked, the same length: marks inside
    them neither start nor end an item."""
    return _PAREN_RE.sub(lambda m: "\0" * len(m.group(0)), text[a:b])


def _first_zh(text: str, a: int, b: int) -> int:
    """Start of the first item inside the first piece ``text[a:b]``: after the last lead-in mark (right
    after a colon, the last lead-in word)."""
    best = a
    marks = _ZH_START_AFTER_COLON_RE if text[a - 1 : a] in ("：", ":") else _ZH_START_RE
    values = find_values(text[a:b])
    ends, starts = {f.end for f in values}, {f.start for f in values}
    for m in marks.finditer(masked(text, a, b)):
        if m.start() in ends and m.end() in starts:
            continue  # "107億美元至1.2萬億美元": a word between two amounts, no lead-in
        head = text[best : a + values[0].start].strip(WHITESPACE) if values else ""
        if values and m.start() >= values[0].end and _VALUED_HEAD_RE.match(head) and m.end() - m.start() == 1:
            break  # "其中，甲國增持107億美元，仍為…": the item opens with its name before its first value
        # (a pause and a conjunction, "…上升3%，而甲國、…", open another clause: the names follow it)
        if m.group(0) == "の" and _body_of_person(text, best, a + m.start(), b):
            continue  # "制裁対象は甲国の山田太郎外相": the state is the person's, no lead-in
        if a + m.end() < b:
            best = a + m.end()
    return best


# what a Japanese person is said to be of, before の and their name: a state, a body or a post ("甲国")
_JA_OF_RE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,12}")


def _body_of_person(text: str, start: int, no: int, b: int) -> bool:
    """The の at ``no`` joins a body, a state or a post (from ``start``) to the person named after it up to
    the piece's end ``b`` (``甲国の山田太郎外相``, ``乙国の佐藤花子氏``)."""
    person = _JA_PERSON_AFTER_NO_RE.match(text, no, b)
    words = text[start:no]
    return (
        person is not None
        and person.end() == b
        and _JA_OF_RE.fullmatch(words) is not None
        # a body's or a post's words, or a country's name (``乙国``, as CLDR names it)
        and (
            is_title(words)
            or PERSON_NAME_END_RE.search(words) is not None
            or place_at_start(words) == len(words)
        )
    )


# a case particle that ends the lead-in's words before a name in Japanese ("市民栄誉賞を山田太郎さん")
# or the の of a body before a name of one katakana word that ends the piece, its post aside ("甲国議会の
# ロー", "甲国議会のロー上院議員"; a place before a name of two parts, "乙国のジェーン・ロー", is that
# person's attribute)
_JA_CASE_PARTICLE_RE = re.compile(
    r"(?:を|には|に|は|が|へ)(?=[\u4e00-\u9fff\u30a1-\u30fa])|の(?=[\u30a1-\u30fa\u30fc]+[\u4e00-\u9fff]{0,6}$)"
)


# a word joining the sentence to the one before it, right before the first name ("このほかA、B", "さらにA")
_JA_CONNECTIVE_RE = re.compile(
    r"(?:(?:この|その)?ほか(?:に|にも)?|さらに|また|なお)(?=[\u4e00-\u9fff\u30a1-\u30fa])"
)


def ja_name_start(text: str, a: int, b: int) -> int:
    """Where the name starts in a Japanese piece that opens with the lead-in's words (``市民栄誉賞を山田太郎
    さん``): after its last case particle before Chinese characters or katakana, or after a connective
    word opening it (``このほか``, ``さらに``); ``a`` in a piece without kana or without either."""
    if not re.search("[\u3040-\u30ff]", text[a:b]):
        return a
    ends = [
        m.end()
        for m in _JA_CASE_PARTICLE_RE.finditer(text, a, b)
        if m.end() < b and not _of_country(text, a, m)
    ]
    if not ends and (joined := _JA_CONNECTIVE_RE.match(text, a, b)) is not None:
        return joined.end()
    return ends[-1] if ends else a


_WORDS_BEFORE_RE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]+$")


def _of_country(text: str, a: int, m: re.Match[str]) -> bool:
    """The の of ``m`` follows a country's name (``乙国のジェーン・ロー大統領``, as CLDR names it): the
    person's country, no lead-in."""
    words = _WORDS_BEFORE_RE.search(text, a, m.start()) if m.group(0) == "の" else None
    return words is not None and place_at_start(words.group(0)) == len(words.group(0))


_COUNT_CLOSES_RE = re.compile(fold_pattern(r"(?:の|等|など|共)\s*$"))


def _to_closing_count(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces up to the one whose name a closing count follows, when the sentence goes on after it
    (``甲国は5日、乙国、丙国、丁国の3カ国の国民に対し、…``): the count ends the run, the rest is no item."""
    for k in range(1, len(pieces) - 1):
        s, e = pieces[k]
        for c in find_counts(text[s:e]):
            if c.start > 0 and _COUNT_CLOSES_RE.search(text, s, s + c.start):
                return pieces[: k + 1]
    return pieces


# a Japanese name after the の that joins a post or a body to it, up to its honorific ("…の高橋三郎氏")
# or the post after it ("丙国の鈴木一郎報道官")
_JA_PERSON_AFTER_NO_RE = re.compile(
    rf"の[{CJK}\u30a1-\u30fa\u30fc{NAME_DOTS}]{{2,14}}?(?:{JA_HONORIFIC}|(?:{JA_TITLE_RE.pattern}))"
    r"(?=の|ら|など|[、，。）)]|\s|$)"
)


def _last_zh(text: str, a: int, b: int) -> int:
    """End of the last item inside the last piece ``text[a:b]``: before the first closing mark (past a
    の joining a post to a name honoured after it, ``空軍司令官の高橋三郎氏の4人``)."""
    m = _ZH_END_RE.search(masked(text, a, b), 1)
    if m is not None and m.group(0) == "の" and (h := _JA_PERSON_AFTER_NO_RE.match(text, a + m.start(), b)):
        return h.end()
    return a + m.start() if m else b


def zh_name_end(text: str, a: int, b: int) -> int:
    """Where a Chinese or Japanese name that opens ``text[a:b]`` ends: before the first word or mark that
    closes a list's last item (``_last_zh``)."""
    return _last_zh(text, a, b)


def _value_tail(text: str, a: int, b: int) -> int:
    """Where the values that end ``text[a:b]`` start (``b`` when it ends with none): ``Aland 25%``."""
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
    piece = AT_BEFORE_VALUE_RE.sub("", text[a : _value_tail(text, a, b)])  # "… Aland at 49%"
    tag = _TRAILING_PAREN_RE.search(piece)  # "Jane Roe (R-Mo.)": the name before its tag
    if tag is not None:
        piece = piece[: tag.start()]
    runs = list(EN_NAME_RUN_RE.finditer(piece))
    if runs and runs[-1].end() >= len(piece.rstrip(WHITESPACE + ":：(（")):
        words = runs[-1].group(0).split()
        skip = 0
        while skip < len(words) and words[skip].lower() in _EN_LOWER_WORDS:
            skip += 1
        if skip < len(words):
            name = a + runs[-1].start() + sum(len(w) + 1 for w in words[:skip])
            return _post_before(text, a, _value_before(text, a, name))
    opening = len(piece) - len(piece.lstrip(WHITESPACE))
    return a + opening if runs and runs[0].start() == opening and piece[opening:][:1].isupper() else b


# a post in lower case between the lead-in's verb (or colon) and the first name: "Others include police
# chief John Doe, …"
_POST_AFTER_LEAD_RE = re.compile(
    r"(?:\b(?:include|includes|included|are|were)|:)\s+(?P<post>(?:[a-z][\w'’\-]*\s+){0,3}?"
    + EN_TITLE_RE.pattern
    + r")\s+$"
)


def _post_before(text: str, a: int, name: int) -> int:
    """Where the first item starts when a post in lower case comes before its name, right after the
    lead-in's verb (``… include police chief John Doe``): at the post; else at the name."""
    m = _POST_AFTER_LEAD_RE.search(text, a, name)
    return m.start("post") if m is not None and EN_POST_BEFORE_NAME_RE.match(text, m.start("post")) else name


def _value_before(text: str, a: int, name: int) -> int:
    """Where the first item starts when its value comes first (``They include 46% on Aland``): at the
    value; else at the name."""
    for m in VALUE_BEFORE_NAME_RE.finditer(text, a, name + 1):
        if m.end() == name:
            return m.start()
    return name


def trailing_name_start(text: str, a: int, b: int) -> int | None:
    """Start of the capitalized name that ends the clause piece ``text[a:b]``, its value after it
    (``the highest rates went to Syria (41 %)``), else None."""
    cut = _first_en(text, a, b)
    opening = len(text[a:b]) - len(text[a:b].lstrip(WHITESPACE))
    return cut if a + opening < cut < b else None


def _first_en_item(text: str, a: int, b: int) -> int:
    """Start of the first item of semicolon-separated English items, each a name and its attributes after
    commas: the capitalized name that ends the words before one of the piece's commas (``…this week,
    among them Jane Roe, 44, a former host``), else as ``_first_en``."""
    k = text.find(",", a, b)
    while k >= 0:
        cut = _first_en(text, a, k)
        if a < cut < k and text[cut - 1] in WHITESPACE:
            return cut
        k = text.find(",", k + 1, b)
    return _first_en(text, a, b)


_VALUE_AFTER_RE = re.compile(r"[\s:：(（]*(?:at\s+)?")


_TITLE_PAREN_RE = re.compile(r"\s*\(([^()]{1,60})\)")
_EN_TITLE_WORDS_RE = re.compile(rf"\b{EN_TITLE_RE.pattern}", re.IGNORECASE)


def _last_en(text: str, a: int, b: int) -> int:
    if (
        ahead := VALUE_BEFORE_NAME_RE.match(text, a + len(text[a:b]) - len(text[a:b].lstrip()), b)
    ) is not None:
        a = ahead.end()  # "… and 32% on Aland": the name after its value ends the item
    piece = text[a:b]
    offset = len(piece) - len(piece.lstrip())
    if en_post_and_name(piece.strip()) is not None:
        return a + len(piece.rstrip())  # "Secretary for Justice Jane Roe": a post, then the name ends it
    if (article := _ARTICLE_RE.match(piece, offset)) is not None:
        offset = article.end()  # "… and the Aland Islands 20%": the name after its article
    place = piece[offset:].rstrip(WHITESPACE + ".")
    if EN_DESCRIBED_PLACE_RE.fullmatch(place) and len(place.split()) <= MAX_EN_WORDS:
        return a + offset + len(place)  # "… and the winner of play-off Path D": a place, described
    m = EN_NAME_RUN_RE.match(piece, offset)
    if not m or not m.group(0)[:1].isupper():
        # "… and intelligence chief Peter Smith": a person after a post in lower case
        post = EN_POST_BEFORE_NAME_RE.match(piece.lstrip())
        return a + len(piece) - len(piece.lstrip()) + post.end() if post else a
    words = m.group(0).split()
    while words and words[-1].lower() in _EN_LOWER_WORDS:
        words.pop()
    end = a + offset + len(" ".join(words))
    title = _TITLE_PAREN_RE.match(text, end, b)
    if title is not None and (
        _EN_TITLE_WORDS_RE.search(title.group(1)) or not text[title.end() : b].strip(WHITESPACE + ".")
    ):
        # "… and Peter Smith (intelligence chief)": what the last person is; an aside that closes the
        # clause belongs to the last item as the others' do ("… and Peter Smith (Borduria).")
        return title.end()
    while True:  # the item's values right after its name: "Aland 25%", "Borduria (40%)", "Carpathia 25% 24%"
        gap = _VALUE_AFTER_RE.match(text, end, b)
        found = find_values(text[gap.end() : b]) if gap else []
        if not gap or not found or found[0].start != 0 or _in_turn(text, gap.end(), found):
            return end
        end = gap.end() + found[0].end
        if end < b and text[end] in ")）":
            end += 1


_BETWEEN_IN_TURN_RE = re.compile(r"\s*,?\s*(?:and\s+|&\s+)?")
_RESPECTIVELY_RE = re.compile(r"[\s,]*respectively\b", re.IGNORECASE)


def _in_turn(text: str, at: int, found: Sequence[Found]) -> bool:
    """The values from ``at`` are given to the names in turn (``A and B at 20% and 19% respectively``):
    several, one after another, then ``respectively``; none is the last name's own."""
    end = at + found[0].end
    for f in found[1:]:
        if not _BETWEEN_IN_TURN_RE.fullmatch(text, end, at + f.start):
            break
        end = at + f.end
    return end > at + found[0].end and _RESPECTIVELY_RE.match(text, end) is not None


_BEFORE_VALUE_RE = re.compile(r"\s*(?:\b(?:at|of|with)\s*)?$")


def values_in_turn_start(text: str, s: int, e: int, b: int) -> int | None:
    """Where the last name of an English run ends when the piece ``text[s:e]`` goes on with the first of
    values given in turn (``… and C at 20%, 19% and 18% respectively``, ``b`` the clause's end); None when
    it holds no such values."""
    found = find_values(text[s:e])
    if not found:
        return None
    at = s + found[0].start
    if not _in_turn(text, at, find_values(text[at:b])):
        return None
    before = _BEFORE_VALUE_RE.search(text, s, at)
    return before.start() if before is not None and before.start() > s else None


_LEADING_JOINER_RE = re.compile(r"\s*(?:and|&|or)\s+", re.IGNORECASE)


def _end_before_spaces(text: str, at: int) -> int:
    return len(text[:at].rstrip(WHITESPACE))


def _start_after_spaces(text: str, at: int, b: int) -> int:
    return b - len(text[at:b].lstrip(WHITESPACE))


def _joins_posted_people(text: str, a: int, j: int, k: int, b: int) -> bool:
    """The joiner at ``text[j:k]``, inside what reads as one post, joins two people each after a post of
    their own (``甲國學者張三和律師李四``): a post, then a Chinese name that is no title word, on either side;
    not a joiner within a post (``外交和國防委員會主席張三``, ``部長秘書和律師李四``)."""
    before, after = text[a:j].strip(WHITESPACE), text[k:b].strip(WHITESPACE)
    if not (_posted_person(before) and _posted_person(after)):
        return False
    split = split_item(before, 0, len(before))
    name = before[split.name_start : split.name_end]
    return _TITLE_WORD_RE.search(name) is None and ZH_AIDE_RE.fullmatch(name) is None


def split_final(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``X和Y`` / ``X and Y``: the last piece holds the two last items."""
    # "政制及內地事務局局長張三": a joiner inside the post the item parser reads joins no items
    posts = [(x.start, x.end) for x in split_item(text, a, b).attributes if x.kind is AttributeKind.TITLE]
    # a joiner's character that ends the piece or opens it joins nothing (甲及: a name's last sound)
    # a joiner between two values ("at 20% and 19% respectively") joins values, not names
    found = find_values(text[a:b])
    ends, starts = {a + f.end for f in found}, {a + f.start for f in found}
    joiners = [
        j
        for j in FINAL_JOINER_RE.finditer(text, a, b)
        if (
            not any(s < j.start() < e for s, e in posts)
            or _joins_posted_people(text, a, j.start(), j.end(), b)
        )
        and a < j.start()
        and j.end() < b
        and not (
            _end_before_spaces(text, j.start()) in ends and _start_after_spaces(text, j.end(), b) in starts
        )
    ]
    m = joiners[-1] if joiners else None
    for j in reversed(joiners):  # "A部長甲和衛生與福利部長乙": the 與 inside a post joins no items
        titles = list(_TITLE_WORD_RE.finditer(text, a, j.start()))
        if not titles or not FINAL_JOINER_RE.search(text, titles[-1].end(), j.start()):
            m = j
            break
    lone = _LEADING_JOINER_RE.match(text, a, b)
    if lone is not None and lone.end() < b:
        return [(lone.end(), b)]  # "…, Estovakia, and Freedonia": the serial comma leaves the joiner alone
    if m is None or m.start() <= a or m.end() >= b:
        return [(a, b)]
    return [(a, m.start()), (m.end(), b)]


# a value, then the word that gives it to the name after it: "46% on Aland", "a 25 per cent tariff on"
VALUE_BEFORE_NAME_RE = re.compile(
    r"[+\-]?\d[\d.,]*\s*(?:%|％|per\s*cent|percent)(?:\s+(?:tariffs?|duties|duty|levies|levy))?"
    r"\s+(?:on|for|against)\s+(?:the\s+)?(?=[A-Z])"
)


MAX_ZH_POSTED = 40  # characters of a person's name with the post before it, bodies named at length


def _posted_person(core: str) -> bool:
    """A Chinese-character name of two to four characters after a post that ends in a title word, read
    so by the item parser."""
    split = split_item(core, 0, len(core))
    name = core[split.name_start : split.name_end]
    return (
        2 <= len(name) <= 4
        and split.name_end == len(core)
        and re.fullmatch(f"[{CJK}]+", name) is not None
        and any(a.kind is AttributeKind.TITLE for a in split.attributes)
    )


MAX_ZH_BODY = 32  # characters of a company's or body's full name, its place and trade spelt out


def _body_named_at_length(core: str) -> bool:
    """A Chinese name ending in the word of a legal form or a body's kind (``有限公司``, ``研究所``)."""
    return simplified(core).endswith(ZH_FORM_WORDS) or ORG_ENDING_RE.search(core) is not None


def name_shaped(text: str, east_asian: bool) -> bool:
    core = re.sub(r"[（(][^）)]*[）)]", "", text).strip(WHITESPACE)
    if not east_asian and (ahead := VALUE_BEFORE_NAME_RE.match(core)) is not None:
        core = core[ahead.end() :]  # "46% on Aland": the name after its value
    core = re.sub(r"[+\-]?\d[\d.,]*\s*(?:%|％)", "", core).strip(WHITESPACE)
    if not core or re.search(r"[，。！？!?]", core):
        return False
    if east_asian:
        if _HIRAGANA_ONLY_RE.match(core):
            return False  # a word such as また or さらに: no name is written in hiragana alone
        # the dots parting a katakana name's words are no letters
        person = _TITLED_PERSON_RE.search(core)
        if person is not None:  # "甲國籍副檢察官珍·羅伊": who, then the transliterated name
            return person.start("name") <= MAX_ZH_ITEM and len(person.group("name")) <= MAX_ZH_PERSON
        letters = re.findall(f"[{CJK}{KANA}A-Za-z]", core.replace("・", ""))
        if len(letters) > MAX_ZH_ITEM and len(letters) <= MAX_ZH_POSTED and _posted_person(core):
            return True  # "甲國駐乙市特別行政區某某公署署長張三": a person after a post naming its bodies
        if MAX_ZH_ITEM < len(letters) <= MAX_ZH_BODY and _body_named_at_length(core):
            return True  # "甲省乙市丙石化碼頭倉儲有限公司": a company's full registered name
        return 0 < len(letters) <= MAX_ZH_ITEM and is_east_asian(core) or bool(LATIN_RE.search(core))
    words = core.split(",")[0].split()  # "Name, a judge from X": the name before its attributes
    if en_post_and_name(core) is not None:
        return True  # "central bank governor Maria Rossi": a person after a post in lower case
    if EN_DESCRIBED_PLACE_RE.fullmatch(core) is not None:
        return len(core.split()) <= MAX_EN_WORDS  # "winner of play-off Path D": a place, described
    return 0 < len(words) <= MAX_EN_WORDS and core[:1].isupper()


# a date, or a bare numeral (an ordinal marker such as 二、), is no item
DATE_PIECE_RE = re.compile(
    fold_pattern(r"^[0-9０-９]+\s*(?:日|月|年|時|點|号|號)|^[0-9０-９一二三四五六七八九十]+$")
    + "|"
    + EN_DATE_PIECE_RE.pattern,
    re.IGNORECASE,
)


_ARTICLE_RE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)


def strip_article(text: str, s: int, e: int) -> int:
    m = _ARTICLE_RE.match(text, s, e)
    return m.end() if m else s


def longest_run(flags: list[bool]) -> tuple[int, int]:
    best, cur = (0, 0), 0
    for i, ok in enumerate(flags):
        cur = cur + 1 if ok else 0
        if cur > best[1] - best[0]:
            best = (i + 1 - cur, i + 1)
    return best


_ORDINAL_START_RE = re.compile(r"^\s*[一二三四五六七八九十]{1,3}、")


def item_spans(text: str, a: int, b: int, east_asian: bool) -> list[tuple[int, int]] | None:
    """Item spans of ``text[a:b]`` split on its separator, the first cut after its lead-in and the last
    before its closing; ``X和Y`` in the last piece gives two items."""
    seps = "、" if east_asian else ";" if text.count(";", a, b) >= MIN_ITEMS - 1 else ","
    region = ELLIPSIS_RE.sub(lambda m: seps[0] * len(m.group(0)), text[a:b])
    if east_asian and (ordinal := _ORDINAL_START_RE.match(region)) is not None:
        region = " " * ordinal.end() + region[ordinal.end() :]  # "一、對甲國、乙國…": the paragraph's number
    pieces = [(a + s, a + e) for s, e in split_top_level(region, seps)]
    pieces = [(s, e) for s, e in pieces if text[s:e].strip(WHITESPACE)]
    if east_asian:  # "甲、乙和丙事務大臣李四": one post; "山田太郎氏と佐藤花子氏": two people
        pieces = people_pieces(text, pieces)
    if len(pieces) == 1:  # "X和Y", "X and Y": two items joined by a word only
        pieces = split_final(text, *pieces[0])
    if len(pieces) < 2:
        return None
    if east_asian:
        pieces = _to_closing_count(text, pieces)
    if seps == ";":  # "A, a judge from X; B, …; and C, …": whole items, their attributes after commas
        first_a, first_b = pieces[0]
        after_colon = text[a - 1 : a] in (":", "：")  # "…to its Entity List: Acme Technologies Co., Ltd.;"
        if not after_colon:
            cut = _first_zh(text, first_a, first_b) if east_asian else _first_en_item(text, first_a, first_b)
            pieces[0] = (cut, first_b)
        spans = [trim(text, *p) for p in pieces]
        last_a, last_b = spans[-1]
        joiner = re.match(r"(?:and|&)\s+", text[last_a:last_b])
        spans[-1] = (last_a + (joiner.end() if joiner else 0), last_b)
        spans = [(strip_article(text, s, e), e) for s, e in spans]
        return [(s, e) for s, e in spans if e > s]
    first_a, first_b = pieces[0]
    start = _first_zh(text, first_a, first_b) if east_asian else _first_en(text, first_a, first_b)
    last_a, last_b = pieces[-1]
    zh_end = _last_zh(text, last_a, last_b) if east_asian else last_b  # Chinese closings never hold 和
    *before, (final_a, final_b) = split_final(text, last_a, zh_end)
    end = final_b if east_asian else _last_en(text, final_a, final_b)
    spans = [(start, first_b), *pieces[1:-1], *before, (final_a, end)]
    spans = [trim(text, s, e) for s, e in spans]
    if east_asian and _JA_TOPIC_END_RE.search(text, *spans[0]):
        spans = spans[1:]  # "全面禁止の対象は、A、B、Cの3か国": the lead-in's topic, no item
    if not east_asian:
        spans = [(strip_article(text, s, e), e) for s, e in spans]
        spans = [*spans[:1], *(h for p in spans[1:-1] for h in _two_people(text, *p)), *spans[-1:]]
    kept = [(s, e) for s, e in spans if e > s]
    if east_asian and a_post_unnamed(text, kept):
        return None  # "…、乙國國防部長周八、丙國總理": one of the people is no name to read
    if not east_asian and len(kept) >= 2 and kept[-1] != spans[-1] and not before:
        # the last piece holds no name (", over their criticism"): the piece before ends the run
        last = [trim(text, *h) for h in split_final(text, *kept[-1])]  # "… and the Aland Islands (2%)"
        kept = [*kept[:-1], *((strip_article(text, s, e), e) for s, e in last)]
    return kept


_PERSON_AND_PERSON_RE = re.compile(
    r"(?P<one>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-.]*)+)\s+and\s+(?P<other>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-.]*)+)"
)


def _two_people(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A middle piece of an English enumeration that joins two names of two words or more with ``and``
    (``…, Jane Roe and John Doe, …``: names under one plural title) holds two items; a name of single
    words holding ``and`` (``Aland and Borduria Islands`` aside, ``Trinidad and Tobago``) stays one."""
    m = _PERSON_AND_PERSON_RE.fullmatch(text, a, b)
    if m is None:
        return [(a, b)]
    return [(m.start("one"), m.end("one")), (m.start("other"), m.end("other"))]


_HIRAGANA_ONLY_RE = re.compile(r"^[\u3040-\u309f]+$")
_JA_TOPIC_END_RE = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff][はがをにでもへ]$")


_VERB_AFTER_RE = re.compile(r"\s+(?!(?:and|or)\s+[A-Z])[a-z]")  # not "… (44%) and Borduria (36%)"
_ONE_WORD_RE = re.compile(r"\s+[a-z]+\s*")


def cut_at_verb(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``A, B and C will each face 25 %, while …``: the English piece whose names are followed by the
    sentence's verb ends the run (its last names split on ``and``); the pieces after it are not items.
    One word in lower case closing a name of two words or more in the middle of the enumeration (``…,
    Acme's Aland unit, …``) is part of that name, not a verb."""
    for k, (s, e) in enumerate(spans):
        end = _last_en(text, s, e)
        if 0 < k < len(spans) - 1 and _ONE_WORD_RE.fullmatch(text, end, e) and " " in text[s:end].strip():
            continue
        if s < end < e and _VERB_AFTER_RE.match(text, end, e):
            return [*spans[:k], *(trim(text, *h) for h in split_final(text, s, end))]
    return spans


def joined_pairs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``Jane Roe of Aland and John Doe of Borduria``: an English piece too long for one name whose
    two halves around its last ``and`` are names each is two items (``Bosnia and Herzegovina`` stays)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        halves = split_final(text, s, e)
        if len(halves) == 2 and not name_shaped(text[s:e], False):
            parts = [trim(text, *h) for h in halves]
            if all(name_shaped(text[x:y], False) for x, y in parts):
                out.extend(parts)
                continue
        out.append((s, e))
    return out

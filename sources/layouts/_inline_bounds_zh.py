"""Where the items of a Chinese or Japanese enumeration start and end: the first item after its lead-in
(a verb, a colon, "の" after a body), the last before its closing ("等", a count, a verb), and the
name inside a Japanese piece after its case particle. Used by ``_inline_pieces.item_spans``.
"""

from __future__ import annotations

import re

from pipeline.lang.demonyms import place_at_start
from pipeline.lang.headcounts import quantity_spans
from pipeline.lang.leads import EXAMPLES_AFTER_PAUSE_ZH, JA_HONORIFIC, JA_RA, ZH_PIECE_JOINER_RE
from pipeline.lang.posts import JA_TITLE_RE
from pipeline.lang.rank_cues import ZH_RANK_REACHED
from pipeline.lang.scripts import CJK, NAME_DOTS, WHITESPACE, fold_pattern
from pipeline.lang.values import find_values
from sources.item_body_places import body_place_end
from sources.item_place_de_person import person_after_place
from sources.item_titles import PERSON_NAME_END_RE, is_title
from sources.layouts._inline_clause_spans import _VALUED_HEAD_RE
from sources.layouts._inline_piece_shapes import masked

# where a Chinese/Japanese first item starts: after a colon, a lead-in word or a particle
_ZH_START_RE = re.compile(
    EXAMPLES_AFTER_PAUSE_ZH  # "…的國家，如甲國、乙國": the names' examples after the pause
    + r"|(?:[：:，,「『（(]|^)"
    + fold_pattern(r"(?:\s*(?:而|但|且))?")  # the conjunction opening a clause: "…3%，而甲國、乙國…"
    + "|"
    + fold_pattern(
        r"其中|包括|包含|涵蓋|涉及|分別為|分別是|例如|比如|諸如|像是|計有|來自|針對|對於|對|向|從|自|為|是|有(?!限)|即|的|了|將|把|讓|與其|、"
        r"|禁止|限制|宣布|宣佈|公布|公佈|暫停|制裁|列入|納入|課徵|加徵|徵收|要求|邀請|訪問|前往|給予|給|(?<!司)令|使|至|到|於|擴及"
    )  # (令 "makes", not the 令 of a post, 司令)
    + r"|(?:は|が|を|に|で|の|と|も|から|へ)"
)

_EXAMPLES_AFTER_PAUSE_RE = re.compile(EXAMPLES_AFTER_PAUSE_ZH)

# after a colon only a lead-in word of its own starts the items ("名單為：甲類的12個國家是A、…"):
# a one-character word may be part of the first name ("阿蘭德航運有限公司")
_ZH_START_AFTER_COLON_RE = re.compile(
    fold_pattern(r"包括|包含|涵蓋|涉及|分別為|分別是|例如|比如|諸如|像是|計有|國家是|國家為|是|為")
    + r"|(?:は|が)"
)


# where a Chinese/Japanese last item ends: a closing word, a count, a particle or a comma
_ZH_END_RE = re.compile(
    fold_pattern(
        r"等|以及其他|及其他|在內|共(?=\s*(?:計|有|[0-9０-９一二三四五六七八九十兩]))|合計|[0-9０-９]+\s*[國國个個家名位人]|(?<![第前一二三四五六七八九十兩])[一二三四五六七八九十兩]{1,3}\s*(?:個國家|[國家名位])|[，,](?!\s*(?:以及|及|還有))"
        r"|這(?=\s*(?:[0-9０-９]+|[一二三四五六七八九十兩]+)\s*[個國名位人家])"
        r"|[：:）)」』]|入境|公民|國民|的|稅率|實施|採取|祭出|加徵|課徵|徵收|列入|納入|列為"
        r"|宣布|宣佈|表示|決定|承認"  # a verb of the sentence the list is the subject of ("…和丁國宣布")
        + f"|{ZH_RANK_REACHED}"  # the place it reached ("…和丁國位列前10名")
        + r"|面臨|面對|將(?=面臨|面對|被|遭|受|獲|於|自|從|實施|採取)"  # "…和丙國將面臨新關稅"
        # an adverb of the predicate the list is the subject of ("…和張三也都受到矚目", "…均被制裁")
        r"|也(?=都|均|皆|被|受|遭|同|列|將|已|在)|(?:均|都|皆|亦)(?=被|受|遭|列|將|已|為|是)"
    )
    # "…ボルド氏ら16人", "…外相らを": ら before a particle, the count it closes the names with, or the end
    + rf"|など|{JA_RA}|の|は|が|を|に|で|と|も|[0-9０-９]+\s*(?:カ国|か国|ヶ国)"
)


def _first_zh(text: str, a: int, b: int) -> int:
    """Start of the first item inside the first piece ``text[a:b]``: after the last lead-in mark (right
    after a colon, the last lead-in word)."""
    best = a
    # the piece after the pause of "…的國家，如甲國": the names' examples, after 如
    example = _EXAMPLES_AFTER_PAUSE_RE.match(text, a - 1, b) if a > 0 else None
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
        if m.group(0) in "的の" and _based_body(text, best, a + m.start(), b):
            continue  # "制裁的公司包括甲市的乙貿易有限公司": where the body is based, no lead-in
        if m.group(0) == "的" and person_after_place(text, best, b) == a + m.end():
            continue  # "制裁對象包括甲國的張三（Jane Roe）": the person's country, no lead-in
        if a + m.end() < b:
            best = a + m.end()
    return max(best, example.end()) if example is not None and example.end() < b else best


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


def ja_name_start(text: str, a: int, b: int, *, described: bool = False) -> int:
    """Where the name starts in a Japanese piece that opens with the lead-in's words (``市民栄誉賞を山田太郎
    さん``): after its last case particle before Chinese characters or katakana, or after a connective
    word opening it (``このほか``, ``さらに``); ``a`` in a piece without kana or without either. Where
    every other piece ``described`` its person before の (``元海兵隊員のドウ氏``), the first one's の
    does too (``甲紙のロー記者``): its words are that person's, no lead-in's."""
    if not re.search("[\u3040-\u30ff]", text[a:b]):
        return a
    hidden = masked(text, a, b)  # a particle in brackets (``甲国（乙地区を含む）``) opens no name
    ends = [
        m.end()
        for m in _JA_CASE_PARTICLE_RE.finditer(text, a, b)
        if m.end() < b
        and hidden[m.start() - a] != "\0"
        and not _of_country(text, a, m)
        and not (described and m.group(0) == "の")
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


# a Japanese name after the の that joins a post or a body to it, up to its honorific ("…の高橋三郎氏")
# or the post after it ("丙国の鈴木一郎報道官")
_JA_PERSON_AFTER_NO_RE = re.compile(
    rf"の[{CJK}\u30a1-\u30fa\u30fc{NAME_DOTS}]{{2,14}}?(?:{JA_HONORIFIC}|(?:{JA_TITLE_RE.pattern}))"
    r"(?=の|ら|など|[、，。）)]|\s|$)"
)


def _people_masked(piece: str) -> str:
    """``piece`` with its numbers of people blanked (``272萬4600人次``): the ``4600人`` in one closes no
    list as a count does."""
    for s, e in quantity_spans(piece):
        piece = piece[:s] + "\0" * (e - s) + piece[e:]
    return piece


def _last_zh(text: str, a: int, b: int) -> int:
    """End of the last item inside the last piece ``text[a:b]``: before the first closing mark (past a
    の joining a post to a name honoured after it, ``空軍司令官の高橋三郎氏の4人``)."""
    flat = _people_masked(masked(text, a, b))
    m = _ZH_END_RE.search(flat, 1)
    if m is not None and m.group(0) == "の" and (h := _JA_PERSON_AFTER_NO_RE.match(text, a + m.start(), b)):
        return h.end()
    while m is not None and m.group(0) in "的の" and _based_body(text, a, a + m.start(), b):
        m = _ZH_END_RE.search(flat, m.end())  # "…及甲市的乙貿易有限公司": where the body is based
    while m is not None and m.group(0) == "的" and _placed_person(text, a, a + m.start(), b):
        m = _ZH_END_RE.search(flat, m.end())  # "…，以及甲國的張三（Jane Roe）": the person's country
    return a + m.start() if m else b


def _based_body(text: str, start: int, particle: int, b: int) -> bool:
    """The 的 or の at ``particle`` parts where a body is based from its name, the place's words from
    the last pause or lead-in word before it (at most ``start``)."""
    lo = max([start, *(k + 1 for k in range(start, particle) if text[k] in "、，,：:")])
    for s in range(lo, particle):
        if body_place_end(text, s, _body_end(text, particle, b)) == particle:
            return True
    return False


def _placed_person(text: str, start: int, particle: int, b: int) -> bool:
    """The 的 at ``particle`` parts a person's country from their name, the English name in brackets
    after it (``甲國的張三（Jane Roe）``), the country's words from the last pause before it (a joiner that
    opens them aside)."""
    lo = max([start, *(k + 1 for k in range(start, particle) if text[k] in "、，,：:")])
    if (joiner := ZH_PIECE_JOINER_RE.match(text, lo, particle)) is not None:
        lo = joiner.end()
    return person_after_place(text, lo, _body_end(text, particle, b)) == particle + 1


def _body_end(text: str, particle: int, b: int) -> int:
    """The end of the body's name after ``particle``: the next pause, joiner or the piece's end."""
    m = _BODY_STOP_RE.search(text, particle + 1, b)
    return m.start() if m else b


_BODY_STOP_RE = re.compile(fold_pattern(r"[、，,。；;：:]|以及|及|和|與|等"))


def zh_name_end(text: str, a: int, b: int) -> int:
    """Where a Chinese or Japanese name that opens ``text[a:b]`` ends: before the first word or mark that
    closes a list's last item (``_last_zh``)."""
    return _last_zh(text, a, b)

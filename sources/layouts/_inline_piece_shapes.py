"""What an enumerated piece looks like: the size limits of an item, whether a piece is East Asian, its
trimmed and paren-masked text, and whether it is name-shaped (a place, a body, a person with a post).
Used wherever the inline layout cuts a sentence into items (``_inline_pieces.py`` and its helpers).
"""

from __future__ import annotations

import re

from pipeline.lang.clause_cues import EN_DATE_PIECE_RE
from pipeline.lang.leads import JA_HONORIFIC, JA_LEAD_PARTICLE_END_RE
from pipeline.lang.name_words import EN_DESCRIBED_PLACE_RE, ZH_FORM_WORDS, opened_by_main_part
from pipeline.lang.posts import JA_TITLE_RE, TITLE_WORDS, en_post_and_name
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
from pipeline.models import AttributeKind
from sources.items import split_item
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
# what a person is at length, の, then a katakana name closed by an honorific or a post, ending the item
# ("米紙ボルドゥリア・タイムズのジェーン・ロー記者", "元議員のジェーン・ロー氏")
MAX_JA_DESCRIPTION = 24
# (a name of three words or more parted by dots may be longer: "ジェーン・アン・マリー・ロー")
MAX_JA_NAME_WORD = 10
_JA_DESCRIBED_PERSON_RE = re.compile(
    rf"^[^、，。]{{1,{MAX_JA_DESCRIPTION}}}の(?:[\u30a1-\u30fa\u30fc・]{{2,{MAX_ZH_PERSON}}}"
    rf"|[\u30a1-\u30fa\u30fc]{{1,{MAX_JA_NAME_WORD}}}(?:・[\u30a1-\u30fa\u30fc]{{1,{MAX_JA_NAME_WORD}}}){{2,5}})"
    rf"(?:{JA_HONORIFIC}|{JA_TITLE_RE.pattern})$"
)


MAX_EN_WORDS = 7


_EN_NAME_WORD = r"(?:[A-Z][\w'’.\-]*|(?:of|the|and|de|du|des|la|le|del|da|bin|van|von)\b|d'|al-|&)"


EN_NAME_RUN_RE = re.compile(rf"(?:{_EN_NAME_WORD})(?:\s+(?:{_EN_NAME_WORD}))*")


_EN_LOWER_WORDS = frozenset("of the and de du des la le del da van von bin".split())


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


# a value, then the word that gives it to the name after it: "46% on Aland", "a 25 per cent tariff on"
VALUE_BEFORE_NAME_RE = re.compile(
    r"[+\-]?\d[\d.,]*\s*(?:%|％|per\s*cent|percent)(?:\s+(?:tariffs?|duties|duty|levies|levy))?"
    r"\s+(?:on|for|against)\s+(?:the\s+)?(?=[A-Z])"
)


MAX_ZH_POSTED = 40  # characters of a person's name with the post before it, bodies named at length


def posted_person(core: str) -> bool:
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
        if _HIRAGANA_ONLY_RE.match(core) or JA_LEAD_PARTICLE_END_RE.search(core):
            return False  # また, さらに, …として: words in hiragana alone, or a lead-in's particle, no name
        # the dots parting a katakana name's words are no letters
        person = _TITLED_PERSON_RE.search(core)
        if person is not None:  # "甲國籍副檢察官珍·羅伊": who, then the transliterated name
            return person.start("name") <= MAX_ZH_ITEM and len(person.group("name")) <= MAX_ZH_PERSON
        if _JA_DESCRIBED_PERSON_RE.match(core):
            return True
        letters = re.findall(f"[{CJK}{KANA}A-Za-z]", core.replace("・", ""))
        if len(letters) > MAX_ZH_ITEM and len(letters) <= MAX_ZH_POSTED and posted_person(core):
            return True  # "甲國駐乙市特別行政區某某公署署長張三": a person after a post naming its bodies
        if MAX_ZH_ITEM < len(letters) <= MAX_ZH_BODY and _body_named_at_length(core):
            return True  # "甲省乙市丙石化碼頭倉儲有限公司": a company's full registered name
        return 0 < len(letters) <= MAX_ZH_ITEM and is_east_asian(core) or bool(LATIN_RE.search(core))
    words = core.split(",")[0].split()  # "Name, a judge from X": the name before its attributes
    if en_post_and_name(core) is not None:
        return True  # "central bank governor Maria Rossi": a person after a post in lower case
    if EN_DESCRIBED_PLACE_RE.fullmatch(core) is not None:
        return len(core.split()) <= MAX_EN_WORDS  # "winner of play-off Path D": a place, described
    return 0 < len(words) <= MAX_EN_WORDS and (core[:1].isupper() or opened_by_main_part(core))


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


_HIRAGANA_ONLY_RE = re.compile(r"^[\u3040-\u309f]+$")

"""The noun a count in prose counts: plain (``12國``, ``14 countries``), or qualified by words of its own
or a role (``7個穆斯林為主國家``, ``four judges``), and the role it names (``ANY_PERSON`` for people of any
title)."""

from __future__ import annotations

import re

from pipeline.lang.counter_words import ZH_CLASSIFIERS
from pipeline.lang.numbers import EN_WORD_NUMBER
from pipeline.lang.posts import EN_TITLE_RE, JA_TITLE_RE, TITLE_WORDS
from pipeline.lang.scripts import CJK, KANA, fold_pattern

_EAST = f"{CJK}{KANA}"
# words allowed between an English number and its counter without qualifying it
_EN_PLAIN = re.compile(r"^(?:more|other|additional|further|new|remaining|such|of\s+the)?$", re.IGNORECASE)
_ZH_TITLE_RE = re.compile("|".join(sorted(TITLE_WORDS, key=len, reverse=True)))
_EN_ROLE_RE = re.compile(rf"^(?:{EN_TITLE_RE.pattern})$", re.IGNORECASE)
# the plain nouns a Chinese classifier count may stand before without being qualified
_ZH_PLAIN_NOUN_RE = re.compile(
    fold_pattern(r"^(?:國家|國|經濟體|貿易夥伴|人|組織|機構|實體|單位|企業|公司|個人|地區)")
)
_PEOPLE_COUNTERS = frozenset("人名位")
_JA_ROLE_BEFORE_RE = re.compile(rf"(?:{JA_TITLE_RE.pattern}|ら)\s*$")  # right before the number


def is_qualified(sentence: str, start: int, end: int, counter: str) -> bool:
    """The counted noun carries words of its own, or is a role: the count may be of a part of the list."""
    if re.search("[A-Za-z]", counter):
        words = re.sub(
            rf"^(?:{EN_WORD_NUMBER}|\S+)\s*", "", sentence[start:end], flags=re.IGNORECASE
        ).split()[:-1]
        singular = counter[:-1] if counter.casefold().endswith("s") else counter
        return not _EN_PLAIN.match(" ".join(words)) or _EN_ROLE_RE.match(singular) is not None
    before = sentence[max(0, start - 6) : start]
    if counter in _PEOPLE_COUNTERS and _JA_ROLE_BEFORE_RE.search(before):
        return True  # "副検察官2人", "判事ら4人": people counted by a role (not "大統領、13カ国")
    if counter not in ZH_CLASSIFIERS:
        # the counter is the noun (``12國``, ``14カ国``), unless it is a role (a headline's ``4法官``)
        return _ZH_TITLE_RE.fullmatch(counter) is not None
    rest = re.split(rf"[^{_EAST}A-Za-z]|的|の", sentence[end:], maxsplit=1)[0]
    plain = _ZH_PLAIN_NOUN_RE.match(rest)
    if plain is None:
        return bool(rest)  # "7個穆斯林為主國家", "4名法官", "125個締約國", "9名ICC官員"
    return _ZH_TITLE_RE.match(rest[plain.end() :]) is not None  # "4個國家官員"


# nouns and marks that count people whatever their titles: ``4名官員``, ``判事ら4人`` ("judges and others"),
# ``four officials``, ``the five individuals``
_ANY_PEOPLE_ZH_RE = re.compile(fold_pattern(r"官員|人士|人員"))
# the people noun after a count with a short qualifier before it (``10名甲方人士``)
_QUALIFIED_PEOPLE_ZH_RE = re.compile(rf"[{CJK}]{{0,4}}?" + fold_pattern(r"(?:官員|人士|人員)"))
_ANY_PEOPLE_EN = frozenset({"official", "people", "person", "individual"})
ANY_PERSON = "*"  # ``ProseCount.role`` of a count of people of any title


def role_of(sentence: str, start: int, end: int, counter: str) -> str:
    """The role a count's noun names (``4名法官``, ``4法官`` -> "法官"; ``four judges`` -> "judge"), or
    ``ANY_PERSON`` for people of any title (``4名官員``, ``判事ら4人``, ``four officials``)."""
    if re.search("[A-Za-z]", counter):
        singular = counter[:-1] if counter.casefold().endswith("s") else counter
        if singular.casefold() in _ANY_PEOPLE_EN:
            return ANY_PERSON
        return singular.casefold() if _EN_ROLE_RE.match(singular) else ""
    if _ANY_PEOPLE_ZH_RE.fullmatch(counter) or _QUALIFIED_PEOPLE_ZH_RE.match(sentence, end):
        return ANY_PERSON
    if counter in _PEOPLE_COUNTERS and re.search(r"ら\s*$", sentence[max(0, start - 3) : start]):
        return ANY_PERSON
    if _ZH_TITLE_RE.fullmatch(counter):
        return counter
    m = _ZH_TITLE_RE.match(sentence, end)
    return m.group(0) if m else ""

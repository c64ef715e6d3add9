"""Comparison keys for Chinese names, their character n-grams, and the parts two names share.

A Chinese key folds the script (OpenCC Japanese forms -> Traditional, then Hong Kong variants and
Traditional -> Simplified), the width (NFKC turns fullwidth forms into halfwidth) and drops punctuation,
quote marks, symbols and spaces, so ``「X」基金會`` and ``X基金会`` share most of their character n-grams.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from pipeline.normalize.fixpoint import fixpoint
from pipeline.normalize.scripts import convert

_CJK_CHAR = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@cache  # asked of every character of every name's key, of a few thousand distinct characters
def _keep_char(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] in "LN" or cat == "Mn"


@cache
def _from_japanese(ch: str) -> str:
    """A character in its Japanese form (暁, 曽, 竜, 恵) written in Traditional (曉, 曾, 龍, 惠); any other
    character as it is. Only forms outside both Chinese standard sets (GB 2312 and Big5) are changed:
    研 and 并, which OpenCC's Japanese table also rewrites, are Chinese characters and stay; and so is a
    form OpenCC's own Traditional-to-Simplified table converts (頴), so that a name and its Simplified
    form keep one key."""
    if not _CJK_CHAR.match(ch) or _chinese_standard(ch) or convert("t2s", ch) != ch:
        return ch
    trad = convert("jp2t", ch)
    return trad if len(trad) == 1 else ch


def _chinese_standard(ch: str) -> bool:
    for codec in ("gb2312", "big5"):
        try:
            ch.encode(codec)
        except UnicodeEncodeError:
            continue
        return True
    return False


def _zh_step(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    # Japanese forms to Traditional (甲暁明 -> 甲曉明), then Hong Kong variants and Traditional to
    # Simplified (甲國衞 -> 甲国卫): one key for a Chinese name in Japanese, Hong Kong, Taiwan or
    # mainland text
    s = convert("hk2s", "".join(map(_from_japanese, s)))
    return "".join(filter(_keep_char, s))


@lru_cache(maxsize=65536)
def zh_key(s: str) -> str:
    """Comparison key for a Chinese name: NFKC, halfwidth, Simplified, no punctuation or spaces."""
    return fixpoint(_zh_step, s or "")


def zh_ngrams(s: str, n: int = 2) -> tuple[str, ...]:
    """Character n-grams of ``zh_key(s)`` in order; a key shorter than ``n`` is its own gram."""
    key = zh_key(s)
    if n < 1:
        raise ValueError("n must be at least 1")
    if len(key) < n:
        return (key,) if key else ()
    return tuple(key[i : i + n] for i in range(len(key) - n + 1))


MIN_ENDING = 2  # characters of an ending two Chinese names share (甲乙汽車, 丙丁汽車), and of what it leaves


def shared_ending(key: str, others: Iterable[str]) -> str:
    """The longest ending of ``key`` (a ``zh_key``) that one of ``others`` also ends with, two characters
    or more, leaving two or more of ``key`` and of that name (``汽車`` of 甲乙汽車 beside 丙丁汽車); ""
    when there is none."""
    best = ""
    for other in others:
        n = 0
        while n < min(len(key), len(other)) and key[-1 - n] == other[-1 - n]:
            n += 1
        if n >= MIN_ENDING and len(key) - n >= MIN_ENDING and len(other) - n >= MIN_ENDING and n > len(best):
            best = key[-n:]
    return best


def cut_ending(name: str, ending: str) -> str:
    """``name`` without the characters that make ``ending`` (a ``zh_key``), else ``name`` as it is."""
    for k in range(len(ending), len(name)):
        if zh_key(name[-k:]) == ending:
            return name[:-k]
    return name


def is_subsequence(short: str, long: str) -> bool:
    """Whether ``short``'s characters appear in ``long`` in order (an abbreviation keeps some characters
    of its full form, in order: ``甲保局`` of ``甲境保護局``, ``ABC`` of ``AlandBordurianCouncil``)."""
    it = iter(long)
    return all(ch in it for ch in short)

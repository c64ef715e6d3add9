"""A person printed after their country and a blank, the post glued to the name: ``甲国　ロー首相``,
``乙國　張三總統``, ``丙国　外相山田太郎`` (leaders at a summit, ministers by country). The person is the
item; the country before them is their place, the post their title.

A country is a territory CLDR names (``pipeline.lang.demonyms.place_at_start``); a short word CLDR does not
name so (a short form of a country's name, ``乙国``) is taken for one only before a name in katakana, which a
post's words never are. The name and its post are read by the item parser's own readers of an East Asian
name with its post after or before it. No name is known here.
"""

from __future__ import annotations

import re

from pipeline.lang.demonyms import place_at_start
from pipeline.lang.scripts import CJK, KANA, NAME_DOTS, WHITESPACE
from pipeline.models import Attribute, AttributeKind
from sources.item_posts_after import title_after_name
from sources.item_posts_before import title_before_name
from sources.item_titles import is_title
from sources.item_values import trim

_BLANK_RE = re.compile(f"[{re.escape(WHITESPACE)}]+")
# a short word in East Asian characters before the blank: the person's country where CLDR does not name it so
_WORD_RE = re.compile(f"[{CJK}{KANA}]{{2,6}}(?=[{re.escape(WHITESPACE)}])")
_KATAKANA_NAME_RE = re.compile(r"[\u30a1-\u30fa\u30fc・･]{2,}")
# a name in Chinese characters: two to four of them (a family name and a given name)
MAX_CJK_NAME_CHARS = 4
# (a name transliterated in parts parted by dots: "甲乙·丙丁")
_CJK_NAME_RE = re.compile(f"[{CJK}]{{2,{MAX_CJK_NAME_CHARS}}}|[{CJK}]+(?:[{NAME_DOTS}][{CJK}]+)+")


def person_with_post(text: str, start: int, end: int) -> tuple[int, int, tuple[Attribute, ...]] | None:
    """``ロー首相``, ``張三總統（議長）``, ``外相山田太郎``: the name's span, its post, a note after it."""
    title_start, after = title_after_name(text, start, end)
    if any(a.kind is AttributeKind.TITLE for a in after):
        name_s, name_e, said = start, title_start, after
    else:
        name_start, before = title_before_name(text, start, end)
        if not before or before[0].kind is not AttributeKind.TITLE or before[0].start != start:
            return None
        name_s, name_e, said = name_start, end, before
    name_s, name_e = trim(text, name_s, name_e)
    shaped = _KATAKANA_NAME_RE.fullmatch(text, name_s, name_e) or _CJK_NAME_RE.fullmatch(text, name_s, name_e)
    return (name_s, name_e, said) if shaped else None  # "首相發表聲明": a post, then what was done


def place_then_person(text: str, start: int, end: int) -> tuple[int, int, tuple[Attribute, ...]] | None:
    """The person's name span and the country and post printed with it, where ``text[start:end]`` is a
    country's whole name, a blank, then a name with its post glued after or before it; else None. A blank
    after the country and a post with the name are both needed: ``甲國　外交、公務護照`` (a note of what
    applies) and ``甲國　乙市`` (two places) are no person, nor ``張三　行政長官`` (a name, then its post)."""
    s, e = trim(text, start, end)
    n = place_at_start(text[s:e])
    known = n > 0
    if not known and (word := _WORD_RE.match(text, s, e)) is not None and not is_title(word.group(0)):
        n = word.end() - s  # "乙国　ロー大統領", checked below: a name in katakana after it
    blank = _BLANK_RE.match(text, s + n) if n else None
    if blank is None or blank.end() >= e:
        return None
    person = person_with_post(text, blank.end(), e)
    if person is None:
        return None
    name_s, name_e, said = person
    if not known and not _KATAKANA_NAME_RE.fullmatch(text, name_s, name_e):
        return None
    place = Attribute(AttributeKind.PLACE if known else AttributeKind.OTHER, text[s : s + n], "", s, s + n)
    return name_s, name_e, (place, *said)

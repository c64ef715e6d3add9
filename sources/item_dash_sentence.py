"""A name, a spaced dash, then a sentence about it, as factboxes print their entries
(``ALAND - The military took power in 2021.``, ``Borduria — Its capital was hit twice this year.``): the name
is before the dash, the sentence is what the outlet says of it (an attribute), never the name nor its parent.
A post after the dash (``Jane Roe — Aland's deputy minister of defence.``) is read as a post elsewhere.
Chinese and Japanese factboxes set a colon where English sets the dash (``甲國：2021年軍方奪權。``)."""

from __future__ import annotations

import re

from pipeline.lang.scripts import CJK, CJK_RE, KANA, NAME_DOTS, WHITESPACE
from pipeline.lang.values import find_values
from pipeline.models import Attribute, AttributeKind
from sources.item_titles import is_title

MAX_NAME_WORDS = 6
MIN_SENTENCE_WORDS = 4  # "The Taliban took power."
MIN_LOWER_WORDS = 2  # a sentence's words in lower case ("took", "power"), as a name has none or one
_DASH_RE = re.compile(r"\s+[-–—]\s+")
_WORD_RE = re.compile(r"[^\s]+")


def sentence_after_dash(text: str, start: int, end: int) -> tuple[int, Attribute] | None:
    """Where the name of ``text[start:end]`` ends and the sentence after its dash, or None."""
    dash = _DASH_RE.search(text, start, end)
    if dash is None:
        return None
    name = text[start : dash.start()].strip()
    said_start = dash.end()
    said = text[said_start:end].strip()
    if not name or len(name.split()) > MAX_NAME_WORDS or not (name[0].isupper() or not name[0].isascii()):
        return None
    words = _WORD_RE.findall(said.rstrip(".。"))
    if (
        len(words) < MIN_SENTENCE_WORDS
        or not said[:1].isupper()
        or sum(w[0].islower() for w in words) < MIN_LOWER_WORDS
        or is_title(said.rstrip(".。"))
    ):
        return None
    said_end = said_start + len(text[said_start:end].rstrip())
    return dash.start(), Attribute(AttributeKind.OTHER, text[said_start:said_end], "", said_start, said_end)


MAX_CJK_NAME = 10  # characters of a name before its colon ("阿拉伯聯合大公國")
MIN_CJK_SAID = 8  # characters of a sentence said of it ("由軍事委員會統治。")
MIN_CJK_CLAUSE = 12  # characters of one without its full stop (a list's last item may have lost it)
_CJK_COLON_RE = re.compile(r"[：:]")
_NUMBER_RE = re.compile(r"[0-9０-９]+")
MIN_FIGURES = 2  # numbers in words that are no sentence but figures with their labels ("40金44銀42銅")
_CJK_NAME_RE = re.compile(rf"[{CJK}{KANA}ー・·]{{1,{MAX_CJK_NAME}}}")


def sentence_after_cjk_colon(text: str, start: int, end: int) -> tuple[int, Attribute] | None:
    """``甲國：2021年軍方奪權後局勢動盪。``: a name in Chinese or Japanese, a colon, then a sentence about it
    (no value, no run of names, no post, no figures with their labels): where the name ends and the
    sentence, or None."""
    colon = _CJK_COLON_RE.search(text, start, end)
    head = text[start : colon.start()].strip(WHITESPACE) if colon is not None else ""
    if colon is None or not _CJK_NAME_RE.fullmatch(head) or is_title(head):
        return None  # "主席：張三（甲黨）": a post, then the name
    said_start = colon.end()
    said = text[said_start:end].strip(WHITESPACE)
    core = said.rstrip("。.")
    if (
        len(core) < MIN_CJK_SAID
        or re.search(rf"[、（({NAME_DOTS}]", core)  # a run of names, a name with its bracket or dots
        or not (said.endswith(("。", ".")) or len(core) >= MIN_CJK_CLAUSE)
        or find_values(core)
        or (len(_NUMBER_RE.findall(core)) >= MIN_FIGURES and not said.endswith(("。", ".")))
        or is_title(core)
        or not CJK_RE.search(core)
    ):
        return None
    said_start = text.index(said, said_start)
    return colon.start(), Attribute(AttributeKind.OTHER, said, "", said_start, said_start + len(said))

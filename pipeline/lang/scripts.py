"""Scripts: which characters are CJK, kana or Latin, and one OpenCC converter for the project.

Chinese patterns are written once, in Traditional characters; ``zre`` compiles them so that every
Traditional character also matches its Simplified form, which is why an article converted with OpenCC
reads the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any

# CJK ideographs as regex escapes (kept as escapes so that folding never touches range ends)
CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KANA = r"\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f"
# the dots that part the names of one person in East Asian writing ("瑪麗亞・羅西", "瑪麗亞．羅西")
NAME_DOTS = "・·‧．"
CJK_RE = re.compile(f"[{CJK}]")
KANA_RE = re.compile(f"[{KANA}]")
EAST_ASIAN_RE = re.compile(f"[{CJK}{KANA}]")
# the ideographs as one span with the Yijing hexagram symbols (U+4DC0-U+4DFF) between Extension A and the
# unified block, as name keys, sounds and the gazetteer read Han text; compiled once here (a class of some
# 28,000 code points takes Python's compiler 1 to 2 ms, once per pattern that spells it)
HAN_SPAN = r"\u3400-\u9fff\uf900-\ufaff"
HAN_SPAN_RE = re.compile(f"[{HAN_SPAN}]")
LATIN_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]")
WHITESPACE = " \t\u3000\u00a0"
# Two ideographic spaces: the gap between a text table's columns, which an HTML page's text keeps
# (``sources.html_text``) where it collapses any other run of whitespace into one space.
COLUMN_GAP = "\u3000\u3000"
# marks that send the reader to a note below ("20%†"): printed after a value or a name, part of neither
FOOTNOTE_MARKS = "†‡§*＊※¹²³⁴⁵⁶⁷⁸⁹⁰"  # superscript digits too ("Aland¹")
# presentation forms of East Asian punctuation (vertical, small, halfwidth) that some outlets type for the
# usual marks (Hong Kong pages print "︰" for "：", some mainland pages the ratio sign "∶"): read as the
# marks they stand for, and no-break spaces as a space, one character for one so that every offset holds
PUNCTUATION_FORMS = str.maketrans(
    {
        "︰": "：", "︓": "：", "﹕": "：", "∶": "：",
        "︔": "；", "﹔": "；",
        "︐": "，", "﹐": "，",
        "︑": "、", "﹑": "、", "､": "、",
        "︒": "。", "｡": "。",
        # no-break spaces (a page's ``&nbsp;`` kept in its text: "1.\u00a0甲國") read as a space
        "\u00a0": " ", "\u202f": " ", "\u2007": " ",
    }
)  # fmt: skip
_PUNCTUATION_FORMS_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in PUNCTUATION_FORMS) + "]")


def usual_punctuation(text: str) -> str:
    """``text`` with its punctuation's presentation forms read as the usual marks (``PUNCTUATION_FORMS``):
    ``str.translate`` looks every character up, a search for the forms skips a text that has none (most)."""
    return text.translate(PUNCTUATION_FORMS) if _PUNCTUATION_FORMS_RE.search(text) else text


@lru_cache(maxsize=8)
def converter(config: str = "t2s") -> Any:
    """An OpenCC converter (None when OpenCC is unavailable: then text passes unchanged)."""
    try:
        from pipeline.lang.conversions_kept import converter as kept_converter

        return kept_converter(config)
    except Exception:  # noqa: BLE001 - without OpenCC the Traditional patterns still work
        return None


@lru_cache(maxsize=16384)
def japanese_forms(text: str) -> str:
    """``text`` in the characters Japanese prints (``进``, ``進`` -> ``進``; ``国`` -> ``国``): Simplified to
    Traditional, then Traditional to the Japanese forms (unchanged when OpenCC is unavailable)."""
    to_traditional, to_japanese = converter("s2t"), converter("t2jp")
    if to_traditional is None or to_japanese is None or not text:
        return text
    out: str = to_japanese.convert(to_traditional.convert(text))
    return out


# Japanese writes a foreign v with ヴ or with the b row (ヴァージン, バージン; ヴェネツィア, ベネチア)
_KANA_V = {"ヴァ": "バ", "ヴィ": "ビ", "ヴェ": "ベ", "ヴォ": "ボ", "ヴ": "ブ"}
_KANA_V_RE = re.compile("|".join(sorted(_KANA_V, key=len, reverse=True)))


def fold_kana_v(text: str) -> str:
    """``text`` with ヴ and its small vowels written in the b row (``ヴァ`` -> ``バ``), as many outlets print
    them: two spellings of one foreign name get one key."""
    return _KANA_V_RE.sub(lambda m: _KANA_V[m.group(0)], text) if "ヴ" in text else text


@lru_cache(maxsize=16384)
def simplified(text: str) -> str:
    """``text`` in Simplified characters (unchanged when OpenCC is unavailable)."""
    conv = converter("t2s")
    if conv is None or not text:
        return text
    out: str = conv.convert(text)
    return out


_NOT_IN_KEY_RE = re.compile(r"[\W_]+")


def name_fold(text: str) -> str:
    """A printed name as two outlets' lists compare it letter for letter: NFKC, Simplified characters,
    case folded, without spaces or punctuation (``Aland-Borduria`` / ``aland borduria``, ``甲國`` /
    ``甲国``)."""
    return _NOT_IN_KEY_RE.sub("", simplified(unicodedata.normalize("NFKC", text)).casefold())


def fold_pattern(pattern: str) -> str:
    """A regex source in which every Traditional character also matches its Simplified form."""
    return _folded(pattern, _simplified_form)


def fold_japanese_pattern(pattern: str) -> str:
    """A regex source written in the characters Japanese prints in which every kanji also matches its
    Traditional and Simplified forms (``総務相`` matches ``總務相`` and ``总务相``, as Chinese papers print a
    Japanese minister's post)."""
    return _folded(pattern, _chinese_forms)


def _simplified_form(ch: str) -> str:
    alt = simplified(ch)
    return alt if alt != ch and len(alt) == 1 else ""


@lru_cache(maxsize=4096)
def _chinese_forms(ch: str) -> str:
    to_traditional, from_japanese = converter("s2t"), converter("jp2t")
    if to_traditional is None or from_japanese is None:
        return ""
    old = from_japanese.convert(ch)
    forms = (old, simplified(old), to_traditional.convert(simplified(old)))
    return "".join(dict.fromkeys(f for f in forms if len(f) == 1 and f != ch))


def _folded(pattern: str, alternatives: Callable[[str], str]) -> str:
    """``pattern`` with each Chinese character outside a range also matching its ``alternatives``."""
    out: list[str] = []
    in_class = False
    escaped = False
    for i, ch in enumerate(pattern):
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            out.append(ch)
            escaped = True
            continue
        alt = alternatives(ch) if CJK_RE.match(ch) else ""
        if in_class:
            if ch == "]":
                in_class = False
                out.append(ch)
                continue
            near_range = (i + 1 < len(pattern) and pattern[i + 1] == "-") or (i > 0 and pattern[i - 1] == "-")
            out.append(ch + alt if alt and not near_range else ch)
            continue
        if ch == "[":
            in_class = True
            out.append(ch)
            continue
        out.append(f"[{ch}{alt}]" if alt else ch)
    return "".join(out)


def zre(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` of a pattern written in Traditional Chinese, matching both scripts."""
    return re.compile(fold_pattern(pattern), flags)


def variants(literal: str) -> tuple[str, ...]:
    """A literal and its Simplified form (deduplicated, order kept)."""
    return tuple(dict.fromkeys((literal, simplified(literal))))


def script_of(text: str) -> str:
    """``ja`` when kana appear, ``zh`` for other CJK text, ``latin`` for Latin letters, else ``""``."""
    if KANA_RE.search(text):
        return "ja"
    if CJK_RE.search(text):
        return "zh"
    if LATIN_RE.search(text):
        return "latin"
    return ""


def chinese_script(text: str, head: int = 2000) -> str:
    """``traditional`` when some of the Chinese characters among the first ``head`` of ``text`` change
    in Simplified (Taiwan, Hong Kong, Macau print them), ``simplified`` when none does, ``""`` without
    Chinese characters or in Japanese text."""
    sample = "".join(CJK_RE.findall(text[:head]))
    if not sample or is_japanese_text(text, head):
        return ""
    return "traditional" if simplified(sample) != sample else "simplified"


JAPANESE_KANA_SHARE = 0.1  # of a text's East Asian characters in kana: written in Japanese


def is_japanese_text(text: str, head: int = 2000) -> bool:
    """Text written in Japanese: kana among its first ``head`` characters, at least a tenth of its East
    Asian characters (a Chinese article quoting one Japanese word is still Chinese)."""
    sample = text[:head]
    kana = len(KANA_RE.findall(sample))
    return kana > 0 and kana >= JAPANESE_KANA_SHARE * (kana + len(CJK_RE.findall(sample)))


def zh_short_form(short: str, full: str) -> bool:
    """``short`` may be a Chinese short form of ``full``: shorter, Chinese characters only, its first
    character ``full``'s and the others found in ``full`` in the same order (``甲聯`` of ``甲乙聯丙``).
    Compared in Simplified characters."""
    a, b = simplified(short), simplified(full)
    if not 2 <= len(a) < len(b) or not all(CJK_RE.match(ch) for ch in a) or a[0] != b[0]:
        return False
    pos = 1
    for ch in a[1:]:
        pos = b.find(ch, pos) + 1
        if pos == 0:
            return False
    return True

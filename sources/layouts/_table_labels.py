"""Row labels of a table of names: a first column that only numbers or letters its rows (``甲組``,
``乙組``…, ``Group A``, ``Group B``…, ``第一類``, ``第二類``…), whose every other cell is a name filed under
the row's label.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence

from pipeline.lang.group_cues import GROUP_WORD_RE
from pipeline.lang.numbers import chinese_numeral
from sources.layouts._values import roman_value

MAX_LABEL_CHARS = 10  # characters of a row label
# what tells the labels of a series apart: a letter, a number (digits, Chinese numerals, Roman), or one of
# the ten stems Chinese and Japanese letter things with (甲乙丙丁…)
_ORDER_RE = re.compile(
    r"\s*(?:[A-Za-zＡ-Ｚａ-ｚ]|[0-9０-９]{1,3}|[一二三四五六七八九十百〇零]{1,3}|[甲乙丙丁戊己庚辛壬癸]"
    r"|(?i:[ivx]{1,4}))\s*"
)


def are_row_labels(texts: Sequence[str]) -> bool:
    """The texts share words (a prefix or a suffix with a letter in it) and differ only in a few characters
    between them, each its own: labels of a series of groups, not names."""
    if len(texts) < 2 or len(set(texts)) < len(texts) or any(len(t) > MAX_LABEL_CHARS for t in texts):
        return False
    prefix = os.path.commonprefix(list(texts))
    suffix = os.path.commonprefix([t[::-1] for t in texts])[::-1]
    # the shared words may end inside the numbers ("Region I", "Region II": "Region I" is shared)
    for p in range(len(prefix), -1, -1):
        for q in range(len(suffix), -1, -1):
            if not any(ch.isalpha() for ch in prefix[:p] + suffix[len(suffix) - q :]):
                continue
            if all(_ordered(t, p, len(t) - q) for t in texts):
                return True
    return False


def _ordered(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` tells one label of a series from the others, a word of its own ("Group A", "A組";
    not the "n" of "Iran")."""
    if end <= start or not _ORDER_RE.fullmatch(text, start, end):
        return False
    before = start > 0 and _LATIN_RE.match(text[start - 1])
    glued = before or (end < len(text) and _LATIN_RE.match(text[end]))
    return not (glued and _LATIN_RE.match(text[start:end].strip()[:1]))


_LATIN_RE = re.compile(r"[A-Za-z0-9]")


SERIES_REACH = 40  # lines after a label where the next label of its series is looked for
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_CN_NUMERALS = "一二三四五六七八九十百〇零"


def series_labels(texts: Sequence[str]) -> set[int]:
    """Which of ``texts`` (the lines of an article, in order) label a series with the next one, in turn
    (``グループA`` … ``グループB``, ``Group A`` … ``Group B``, ``甲組`` … ``乙組``), each over lines of its
    own and a group's word beside the letter: lines that head the lines under them. Names a letter apart
    that come out of turn (``Path D winner`` … ``Path A winner``), that follow one another with nothing of
    another kind under them (``甲國``, ``乙國`` on lines of their own), or that hold no group's word
    (``甲東國`` over ``甲西國``, ``乙東國`` over ``乙西國``) are no series."""
    short = [k for k, t in enumerate(texts) if 0 < len(t) <= MAX_LABEL_CHARS]
    pairs: list[tuple[int, int]] = []
    for n, k in enumerate(short):
        for m in short[n + 1 :]:
            if m - k > SERIES_REACH:
                break
            if m - k > 1 and GROUP_WORD_RE.search(texts[k]) and are_row_labels([texts[k], texts[m]]):
                if _next_in_turn(texts[k], texts[m]):  # the next label alike must be the next in turn
                    pairs.append((k, m))
                break
    after = dict(pairs)
    chains = []
    for k in sorted(set(after) - set(after.values())):
        chain = [k]
        while chain[-1] in after:
            chain.append(after[chain[-1]])
        chains.append(chain)
    out: set[int] = set()
    for chain in sorted(chains, key=lambda c: (-len(c), c[0])):  # the longest series first
        members = set(chain)
        heads = all((below := _next_line(texts, k)) is not None and below not in members for k in chain)
        if heads and not any(chain[0] < k < chain[-1] for k in out):  # no series across a longer one
            out |= members
    return out


def _next_line(texts: Sequence[str], k: int) -> int | None:
    return next((n for n in range(k + 1, len(texts)) if texts[n].strip()), None)


def _next_in_turn(one: str, other: str) -> bool:
    """``other`` is the label right after ``one`` in its series: A then B, 1 then 2, 一 then 二, 甲 乙."""
    p = len(os.path.commonprefix([one, other]))
    q = len(os.path.commonprefix([one[::-1], other[::-1]]))
    q = min(q, len(one) - p, len(other) - p)
    while p > 0 and (one[p - 1].isascii() and one[p - 1].isalnum() or one[p - 1] in _CN_NUMERALS):
        p -= 1  # "Region I" / "Region II", "第十類" / "第十一類": the shared start is the number's
    a, b = (unicodedata.normalize("NFKC", t[p : len(t) - q]).strip() for t in (one, other))
    return any(
        x is not None and y is not None and y == x + 1 for x, y in zip(_orders(a), _orders(b), strict=True)
    )


def _orders(token: str) -> tuple[int | None, ...]:
    """The places ``token`` may give in a series: as a letter, a number, a Chinese numeral or stem, a
    Roman numeral."""
    letter = (
        ord(token.upper()) - ord("A") if len(token) == 1 and token.isascii() and token.isalpha() else None
    )
    number = int(token) if token.isdigit() else None
    stem = _STEMS.index(token) if len(token) == 1 and token in _STEMS else None
    return letter, number, chinese_numeral(token), stem, roman_value(token)

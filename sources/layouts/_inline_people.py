"""The pieces of a Chinese or Japanese sentence's run of people, where ``、`` and the joiners say more or less
than they do between names: a post that joins the fields of one ministry (``甲、乙和丙事務大臣李四``) is
one piece, its ``、`` parting no person; two people each honoured after their name and joined by ``と``
(``元官僚の山田太郎氏と弁護士の佐藤花子氏``) are two pieces. Used by ``_inline_pieces.item_spans``.
"""

from __future__ import annotations

import re

from pipeline.lang.cues import JA_HONORIFIC, ZH_JOINER
from pipeline.lang.scripts import CJK, WHITESPACE
from pipeline.models import AttributeKind
from sources.items import split_item

MAX_FIELD = 4  # characters of one field of a ministry's post, parted by ``、`` ("甲", "乙", "丙")
MAX_FIELDS = 6  # fields of one post before the one the joiner adds

_FIELD_RE = re.compile(f"[{CJK}]{{1,{MAX_FIELD}}}")
_ZH_JOINER_RE = re.compile(ZH_JOINER)
# an honoured person, then the word joining the next one: "…山田太郎氏と", "…佐藤花子さんや"
_JA_HONOURED_JOINER_RE = re.compile(
    rf"(?<=[{CJK}\u30a1-\u30fa\u30fc]){JA_HONORIFIC}(?P<joiner>と|および|及び|や)"
)
# the piece after that joiner: a person honoured at its end, the run's closing (``の3人``) aside
_JA_HONOURED_PIECE_RE = re.compile(rf"[^、と]{{2,24}}?{JA_HONORIFIC}(?=の|ら|など|\s*$)")


def people_pieces(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` (of a sentence split on ``、``) with the fields of one post joined back to the person
    holding it and two honoured people joined by ``と`` parted."""
    return [p for piece in _fields_joined(text, pieces) for p in _honoured_parted(text, *piece)]


def _fields_joined(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``甲、乙和丙事務大臣李四``: pieces of one field each (``甲``), then the piece whose joiner adds the
    last field before the title and the person, are one piece when the item parser reads the fields and
    the title as one post of the person after it."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(pieces):
        j = k
        while j < len(pieces) - 1 and j - k < MAX_FIELDS and _FIELD_RE.fullmatch(_bare(text, *pieces[j])):
            j += 1
        if j > k and _one_post(text, pieces[k][0], pieces[j][1]):
            out.append((pieces[k][0], pieces[j][1]))
            k = j + 1
        else:
            out.append(pieces[k])
            k += 1
    return out


def _bare(text: str, a: int, b: int) -> str:
    return text[a:b].strip(WHITESPACE)


def _one_post(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is read whole as one post holding ``、`` and a joiner, then a person's name."""
    lead = len(text[a:b]) - len(text[a:b].lstrip(WHITESPACE))
    split = split_item(text, a + lead, b)
    titles = [x for x in split.attributes if x.kind is AttributeKind.TITLE]
    name = text[split.name_start : split.name_end]
    return (
        len(titles) == 1
        and titles[0].start == a + lead
        and "、" in titles[0].text
        and _ZH_JOINER_RE.search(titles[0].text) is not None
        and titles[0].end <= split.name_start
        and 2 <= len(name) <= MAX_FIELD
        and re.fullmatch(f"[{CJK}]+", name) is not None
    )


def _honoured_parted(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``元官僚の山田太郎氏と弁護士の佐藤花子氏``: the piece parted at each joiner that follows an honorific
    and comes before another person honoured at the piece's end; else the piece whole."""
    out: list[tuple[int, int]] = []
    start = a
    for m in _JA_HONOURED_JOINER_RE.finditer(text, a, b):
        if m.start() <= start or _JA_HONOURED_PIECE_RE.match(text, m.end(), b) is None:
            continue
        out.append((start, m.start("joiner")))
        start = m.end()
    return [*out, (start, b)]

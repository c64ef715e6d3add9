"""What an HTML list item says after its name: its values (labelled, qualified) and its attributes (the
description's pieces up to the end of its first sentence). Used by the ``html_items`` layout
(``html_items.py``).
"""

from __future__ import annotations

import re

from pipeline.lang.leads import RELATIVE_CLAUSE_RE
from pipeline.lang.named_figures import number_after_colon, numbers_before_words
from pipeline.lang.row_values import labelled_numbers, labels_after_numbers
from pipeline.lang.scripts import FOOTNOTE_MARKS, WHITESPACE
from pipeline.lang.values import find_values
from pipeline.models import Attribute, AttributeKind, Value
from sources.item_titles import is_title

_ARTICLE_RE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
# the end of the sentence that describes a name: what follows it is the story, not the description
# (not an initial's or an abbreviation's dot: "U.S. Treasury official")
_SENTENCE_END_RE = re.compile(r"(?:(?<=[a-z0-9)])\.|[。!?！？])(?=\s+[A-Z\"“]|\s*$)")
# where a description after a name ends: a sentence's end, or a Chinese full stop whatever follows it
# ("<b>張三</b>，甲國內政部長。1961年出生…": the biography after it is no description)
_DESCRIPTION_END_RE = re.compile(rf"{_SENTENCE_END_RE.pattern}|[。！？]")
_PIECE_STRIP = (
    WHITESPACE + ".\n—–-:："
)  # a description's dash or colon before it ("Jane Roe — defence minister")


_VALUE_REST_RE = re.compile(rf"^[\s:：\-–—,，;；()（）/{re.escape(FOOTNOTE_MARKS)}]*$")


_SENTENCE_AFTER_VALUE_RE = re.compile(r"[.。](?:\s|$)")
MAX_VALUE_LABEL = 16  # characters of the words before a second value ("(up from 24%)", "（原24%）")
MAX_BRACKETED_LABEL = 32  # the same words opening a bracket after the first value
MAX_QUALIFIER = 30  # characters of the words after the last value ("announced in May", "為全區最高")


def _values(text: str, start: int, end: int) -> tuple[Value, ...]:
    """``<b>Aland</b> – 25%``, ``<b>Aland:</b> 25% (up from 24%)``: the words after a marked name are its
    values when they are values only, or values with a few words labelling the later ones."""
    rest = text[start:end]
    found = find_values(rest)
    if not found:
        return _labelled(rest, start)
    if _VALUE_REST_RE.match(rest[: found[0].start]) and (
        end_at := _SENTENCE_AFTER_VALUE_RE.search(rest, found[0].end)
    ):  # "<b>Aland:</b> 25%, down from 30%. Trade between the two is small.": the values, then the story
        rest = rest[: end_at.start()]
        found = [f for f in found if f.end <= end_at.start()]
    gaps, last = [], 0
    for f in found:
        gaps.append(rest[last : f.start])
        last = f.end
    if not _VALUE_REST_RE.match(gaps[0]) or not _qualifier(rest[last:]):
        return ()
    labels = [_value_label(gap) for gap in gaps]
    if any(label is None for label in labels[1:]):
        return ()
    return tuple(
        Value(
            f.raw, f.number, f.unit, label or "", start + f.start, start + f.end, f.low, f.high, f.approximate
        )
        for f, label in zip(found, labels, strict=True)
    )


def _labelled(rest: str, start: int) -> tuple[Value, ...]:
    """``<b>甲國</b>：金40　銀44``, ``40金44銀``, ``— 40 gold, 44 silver``: the words after a marked name are
    plain numbers, each with its label (glued before it, glued after it, or in words after it)."""
    found = labelled_numbers(rest, named=False)
    glued = len(found[0][0]) if found else 0  # the first label, when it comes before its number
    found = (
        found
        or labels_after_numbers(rest, named=False)
        or numbers_before_words(rest, named=False)
        or number_after_colon(rest, named=False)  # "– 191", "– 191 destinations"
    )
    if not found or not _VALUE_REST_RE.match(rest[: found[0][1].start - glued]):
        return ()  # words before the numbers: a description, not values only
    return tuple(Value(f.raw, f.number, f.unit, label, start + f.start, start + f.end) for label, f in found)


def _qualifier(words: str) -> bool:
    """A few words after the last value that qualify it (``… from 30% announced in May``), no number."""
    words = words.strip(WHITESPACE + ".。,，;；()（）")
    return len(words) <= MAX_QUALIFIER and not re.search(r"[\d.。!?！？:：]", words)


def _value_label(gap: str) -> str | None:
    """The words between two values as the later one's label; None when they are more than a label."""
    words = gap.strip(WHITESPACE + "\n:：-–—,，;；()（）/")
    if not words:
        return ""
    # an aside in brackets may say more of its value ("(on top of an existing 20%)")
    most = MAX_BRACKETED_LABEL if re.search(r"[(（]", gap) else MAX_VALUE_LABEL
    return words if len(words) <= most and not re.search(r"[.。!?！？]", words) else None


def _attributes(text: str, start: int, end: int) -> tuple[Attribute, ...]:
    """``, a judge from Canada, who …``: the description after a marked name, up to a relative clause."""
    rest = text[start:end]
    if (sentence := _DESCRIPTION_END_RE.search(rest)) is not None:  # "— Head of … . He took the job …"
        rest = rest[: sentence.start()]
    cut = RELATIVE_CLAUSE_RE.search(rest)
    pieces = [p for p in re.split(r"[,，;；]", rest[: cut.start()] if cut else rest) if p.strip(_PIECE_STRIP)]
    out = []
    pos = start
    for piece in pieces[:2]:
        offset = text.find(piece, pos, end)
        if offset < 0:
            break
        words = _ARTICLE_RE.sub("", piece.strip(_PIECE_STRIP))
        s = text.find(words, offset)
        # a post ("former Commissioner of Police") is a title; any other description is kept as printed
        kind = AttributeKind.TITLE if is_title(words) else AttributeKind.OTHER
        out.append(Attribute(kind, words, "", s, s + len(words)))
        pos = offset + len(piece)
    return tuple(out)

"""Words a wide space sets off after a line's first words that repeat on the lines beside it
(``- 甲國　外交、公務護照`` over ``- 乙國　外交、公務護照``): what each line says of its first words, a note
of the item, not a group's names under a label (``▽甲組　A、B`` over ``▽乙組　C``: an article lists each
item once). Used by ``_inline_labels.spaced_label_end``."""

from __future__ import annotations

import re

from pipeline.lang.scripts import WHITESPACE

_PIECE_RE = re.compile(r"[^、，,；;。\s\u3000]+")


def _pieces(text: str, start: int, pattern: re.Pattern[str]) -> set[str]:
    """The pieces after the spaced first words of the line from ``start`` (none when it has no such
    words)."""
    m = pattern.match(text, start)
    if m is None:
        return set()
    end = text.find("\n", m.end())
    return set(_PIECE_RE.findall(text, m.end(), len(text) if end < 0 else end))


def notes_repeated(text: str, line_start: int, pattern: re.Pattern[str]) -> bool:
    """A piece after the spaced first words of the line from ``line_start`` (``pattern`` matches them) is
    printed after those of a line of the block around it too."""
    own = _pieces(text, line_start, pattern)
    if not own:
        return False
    for step in (-1, 1):
        at = line_start
        while True:
            at = text.rfind("\n", 0, max(at - 1, 0)) + 1 if step < 0 else text.find("\n", at) + 1
            if at <= 0 or at >= len(text) or not text[at : text.find("\n", at)].strip(WHITESPACE):
                break  # the block's first or last line passed
            if own & _pieces(text, at, pattern):
                return True
            if step < 0 and at == 0:
                break
    return False

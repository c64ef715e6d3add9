"""Generic words inside a foreign place's name, translated by their meaning where every script prints
them as words: ``Aland City`` / ``阿蘭城`` / ``アランシティ``, ``Aland Bay Area`` / ``阿蘭灣區`` /
``アランベイエリア``, ``New Aland`` / ``新阿蘭`` / ``ニューアラン``. Each is given in English (the word every
script's form is read as), then its forms: Traditional Chinese (folded to Simplified where matched),
katakana and English. Never a name of anything."""

from __future__ import annotations

from pipeline.lang.scripts import simplified

__all__ = ["PLACE_PREFIXES", "PLACE_SUFFIXES"]


def _forms(*words: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f for w in words for f in (w, simplified(w))))


# a word closing a place's name, after its proper part: the English word and its forms, longest first
PLACE_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bay area", _forms("灣區", "ベイエリア", "bay area")),
    ("city", _forms("シティー", "シティ", "城", "市", "city")),
)
# a word opening a place's name, before its proper part (``New``)
PLACE_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (("new", _forms("ニュー", "新", "new")),)

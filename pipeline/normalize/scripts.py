"""Chinese script conversion with OpenCC (kept conversions, ``pipeline.lang.conversions_kept``):
Traditional to Simplified and back, and any other configuration the keys need (Japanese forms, Hong Kong
variants). Other text passes through; a lone surrogate never reaches OpenCC."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lang.conversions_kept import KeptConverter
from pipeline.lang.conversions_kept import converter as kept_converter

_SURROGATE = re.compile("[\ud800-\udfff]")


@lru_cache(maxsize=4)
def _converter(config: str) -> KeptConverter:
    return kept_converter(config)


def convert(config: str, s: str) -> str:
    if not s:
        return s
    if _SURROGATE.search(s):  # lone surrogates cannot reach OpenCC (UTF-8); they carry no name anyway
        s = _SURROGATE.sub("\ufffd", s)
    return _converter(config).convert(s)


def to_simplified(s: str) -> str:
    """Traditional -> Simplified Chinese (OpenCC t2s); other text passes through."""
    return convert("t2s", s)


def to_traditional(s: str) -> str:
    """Simplified -> Traditional Chinese (OpenCC s2t); other text passes through."""
    return convert("s2t", s)

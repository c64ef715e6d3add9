"""Latin acronyms in prose: the shape of one (``ABC``, ``AB-CD``, ``A&B``), one standing alone in running text
(not inside a word, an address or a file name), and capitalized words right beside it.
"""

from __future__ import annotations

import re

ACRONYM_PATTERN = r"[A-Z][A-Z0-9]*(?:[-&/][A-Z0-9]+)*"
_ACRONYM = re.compile(rf"^{ACRONYM_PATTERN}$")
STANDALONE_ACRONYM = re.compile(rf"(?<![A-Za-z0-9@._/-]){ACRONYM_PATTERN}(?![A-Za-z0-9@_/-]|\.[A-Za-z])")
CAPS_WORD_BEFORE = re.compile(r"[A-Z]{2,} $")
CAPS_WORD_AFTER = re.compile(r" [A-Z]{2,}")


def is_acronym(value: str) -> bool:
    """A Latin acronym: 2-12 characters, capitals (digits, ``-&/`` allowed), at least two capitals."""
    value = value.strip()
    if not 2 <= len(value) <= 12 or not _ACRONYM.match(value):
        return False
    return sum(ch.isupper() for ch in value) >= 2

"""Numbered bilingual rows: ``N 中文名 English name`` one per line, under section headings.

The number is followed by a blank (no punctuation), each section may number from 1 again, and a
table header row without a number (``編號 …``) is skipped. The row text is split into the Chinese
name and the English name written after it; a trailing ``(ACR)`` is an acronym, or the parent's
acronym when several rows of the list carry the same one.
"""

from __future__ import annotations

import re

from sources.layouts._line_lists import LineListLayout
from sources.layouts._marked_runs import Marker
from sources.layouts._values import digit_value

LAYOUTS = (
    LineListLayout(
        name="numbered-rows",
        description="rows 'N 中文名 English name' numbered per section, under section headings",
        markers=(
            Marker(
                "number-blank",
                re.compile(r"^[ \t\u3000]*(?P<n>\d{1,4})[ \t\u3000]+(?=\S)"),
                digit_value,
                first=str.isdecimal,  # what \d matches
            ),
        ),
    ),
)

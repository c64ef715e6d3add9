"""Enumerated lists ``N、中文名（English name，annotation）；`` with fullwidth punctuation.

Items end with ``；`` or ``。``; the parenthetical holds the English name, an acronym after a comma,
an alias introduced by ``即「…」`` and an editor's note after ``X註：`` (kept out of the names).
Group headings such as ``一、甲類組織，共35個，包括：`` sit between the items, whose numbering may
run on through the sections or start again.
"""

from __future__ import annotations

import re

from sources.layouts._line_lists import LineListLayout
from sources.layouts._marked_runs import Marker
from sources.layouts._values import digit_value

LAYOUTS = (
    LineListLayout(
        name="enumerated",
        description="enumerated items 'N、中文名（English，note）；' under ordinal section headings",
        markers=(
            Marker(
                "number-comma",
                re.compile(r"^[ \t\u3000]*(?P<n>\d{1,4})[ \t\u3000]*、[ \t\u3000]*"),
                digit_value,
                first=str.isdecimal,  # what \d matches
            ),
        ),
    ),
)

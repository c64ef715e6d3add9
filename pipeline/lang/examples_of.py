"""The words that close a list of examples with the count of the whole they are examples of:
``A、B、C等26位``, ``AのA氏、BのB氏ら26カ国の首脳``, ``A, B and C were among the 26``. Between the last
name and the count stands a word of examples and nothing else."""

from __future__ import annotations

import re

from pipeline.lang.scripts import fold_pattern

# the whole run between a list's last item and the count closing it
EXAMPLES_CLOSING_RE = re.compile(
    r"\s*(?:" + fold_pattern(r"等等|等") + r"|ら|など|(?:(?:were|are|was|is)\s+)?among\s+the)\s*",
    re.IGNORECASE,
)
CLOSING_CHARS = 24  # characters after a list's last item where the words and the count closing it stand

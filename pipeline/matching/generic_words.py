"""Generic words of the domain, in English and Chinese: what kind of body a name is, or what almost
every name carries. They prove little when two names share them.
"""

from __future__ import annotations

# Words that name what kind of body something is, or that almost every name of this domain carries:
# language knowledge (not names). Their IDF is multiplied by ``EvidenceSettings.generic_weight``,
# because a small run can make them look rare (one "Agreement" on a list proves nothing about another).
GENERIC_EN = frozenset(
    {"international", "organization", "agreement", "office", "global", "world"}
    | {"institute", "technology"}  # what kind of school a name is (``Institute of Technology``)
)
GENERIC_ZH = ("国际", "组织", "全球", "世界", "协定", "办公室", "机构")

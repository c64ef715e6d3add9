"""Words that say who won what, a sentence per group: ``甲獎由張三、李四和王五奪得`` (the group, then
by whom it was won), ``甲獎頒給張三`` (given to), ``The Aland prize went to Jane Roe and John Doe for …``.
The group's label is the words before the verb; the names are the run the verb frames. Used by the
inline layout (``sources.layouts._inline_awarded``)."""

from __future__ import annotations

import re

from pipeline.lang.scripts import fold_pattern

# "甲獎由A、B和C奪得", "甲獎由A及B分享": 由 opens the names, a verb of winning closes them
ZH_WON_BY_RE = re.compile(
    r"(?P<label>[^\s，,。：:、（）()]{2,12}?)由(?P<names>[^。！？\n]+?)"
    + fold_pattern(r"(?:奪得|獲得|分享|共享|摘得|贏得|奪魁|獲頒)")
    + r"(?=[，,。；;]|$)"
)
# "甲獎頒給A和B", "甲獎頒予A": the group, a verb of giving, the names to the clause's end
ZH_GIVEN_TO_RE = re.compile(
    r"(?P<label>[^\s，,。：:、（）()]{2,12}?)"
    + fold_pattern(r"(?:頒給|頒予|頒發給|授予)")
    + r"(?P<names>[^，,。！？；;\n]+)"
)
# "The Aland prize went to A, B and C for …", "The Borduria award was won by A": the group, the names up
# to a reason ("for …", "in recognition of …") or the sentence's end
EN_WENT_TO_RE = re.compile(
    r"The\s+(?P<label>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s+"
    r"(?:went\s+to|was\s+(?:awarded|given)\s+to|was\s+won\s+by|was\s+shared\s+by)\s+"
    r"(?P<names>.+?)(?:,?\s+(?:for|in\s+recognition\s+of|who|whose)\b[^.]*)?\.(?=\s|$)"
)
# the joiner before the last name of the run ("A、B和C", "A, B and C")
ZH_LAST_JOINER_RE = re.compile(fold_pattern(r"(?:和|及|與|以及)"))
EN_LAST_JOINER_RE = re.compile(r",?\s+(?:and|&)\s+")

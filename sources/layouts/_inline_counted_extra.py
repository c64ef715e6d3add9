"""One more item after the count that closes a run of names: ``甲國、乙國、丙國等3國以及丁地區``,
``…和丙國3國及丁地區``, ``Aland, Borduria and Carpathia, three countries, as well as Dalmatia``.

The count closes the names before it (the countries), and the joining word (``lang.leads.
EXTRA_AFTER_COUNT_RE``) adds one item of the same list after it (a region the article sets apart): the
list is the run and that item, and the count is no count of the whole list. The item runs from the joining
word to the clause's next pause or its end and must be shaped as a name (``以及其他國家``, ``和地區``
are none: the run is left as it is). Used by ``_inline_enumeration``.
"""

from __future__ import annotations

from pipeline.lang.group_cues import CLASS_NOUN_RE, COMPLEMENT_RE
from pipeline.lang.leads import EXTRA_AFTER_COUNT_RE
from sources.layouts._inline_piece_shapes import name_shaped, trim

_PAUSES = "，,、；;。：:（(\n"


def extra_after_count(text: str, closing_end: int, b: int, east_asian: bool) -> tuple[int, int] | None:
    """The span of the one item joined after the closing count that ends at ``closing_end`` (see the
    module), or None."""
    m = EXTRA_AFTER_COUNT_RE.match(text, closing_end, b)
    if m is None:
        return None
    end = min((k for c in _PAUSES if (k := text.find(c, m.end(), b)) >= 0), default=b)
    s, e = trim(text, m.end(), end)
    if e <= s or COMPLEMENT_RE.search(text, s, e) is not None or not name_shaped(text[s:e], east_asian):
        return None
    if CLASS_NOUN_RE.fullmatch(text, s, e) is not None:
        return None  # "…等18國和地區": the counted noun's second half, no item
    if not east_asian and not text[s:e][:1].isupper():
        return None  # "…, as well as other partners": words, no name
    return s, e

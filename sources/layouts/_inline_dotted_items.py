"""Japanese items parted by ``・`` (four names or more, or pieces each with a count) and runs of dotted
names followed by a count, read as ``、``-separated items. Used by
``_inline_separators.with_separators_read``.
"""

from __future__ import annotations

import re

from pipeline.lang.counts import find_counts

_NAKAGURO_RE = re.compile(r"・")


MIN_NAKAGURO_ITEMS = 4  # a katakana person's name has up to three parts joined by "・"


def _nakaguro_list(clause: str) -> bool:
    """``・`` separates the items of a Japanese enumeration: some stretch without ``、`` joins at least
    ``MIN_NAKAGURO_ITEMS`` words with it (fewer are one person's name)."""
    if _counted_dotted_names(clause):
        return False
    return any(
        part.count("・") >= MIN_NAKAGURO_ITEMS - 1 for part in re.split("[、，]", clause)
    ) or _counted_pieces(clause)


# the word closing a run right before its count: "…判事の4人", "…ら4人"
_CLOSES_RE = re.compile(r"(?:の|ら|など)\s*$")


def _counted_dotted_names(clause: str) -> bool:
    """``…のジェーン・アン・ロー判事、…のジョン・ドウ判事の2人``: the pieces ``、`` parts each hold a
    dotted name, and the count closing the last of them numbers those pieces: the dots part the words of
    one person's name (however many), not items."""
    dotted = [part for part in re.split("[、，]", clause) if "・" in part]
    if len(dotted) < 2:
        return False
    last = dotted[-1]
    return any(
        c.value == len(dotted) and c.start > 0 and _CLOSES_RE.search(last, 0, c.start) is not None
        for c in find_counts(last)
    )


_PAUSE_RE = re.compile("[、，]")


def _part(clause: str, pauses: list[re.Match[str]], k: int) -> str:
    """The ``k``-th stretch of ``clause`` between its pauses."""
    return clause[pauses[k - 1].end() if k else 0 : pauses[k].start() if k < len(pauses) else len(clause)]


def _nakaguro_read(clause: str) -> str:
    """The clause with each ``・`` read as ``、``; the pause before the stretch the dots part ends the
    lead-in (``対象に、アランド・ボルドゥリア・…``), read as a colon. A place whose name holds a dot
    (``アランド・バーブラ`` where CLDR knows it whole) is joined again later, by the gazetteer
    (``knowledge.joined``)."""
    out = list(_NAKAGURO_RE.sub("、", clause))
    pauses = list(_PAUSE_RE.finditer(clause))
    listed = max(range(len(pauses) + 1), key=lambda k: _part(clause, pauses, k).count("・"))
    dotted = _part(clause, pauses, listed).count("・") >= MIN_NAKAGURO_ITEMS - 1
    if dotted and listed and not any("・" in _part(clause, pauses, k) for k in range(listed)):
        out[pauses[listed - 1].start()] = "："
    return "".join(out)


# names joined by ``・`` right before the count of them (``丁国・戊国の2カ国``)
_DOTTED_RUN_RE = re.compile(r"[^\s、，,。：:・（）()]+(?:・[^\s、，,。：:・（）()]+)+(?=の)")
MAX_COUNT_AFTER = 8  # characters after the run's の where its count stands


def _counted_dots(clause: str) -> str | None:
    """The clause with the ``・`` of a run of names read as ``、`` where the count right after the run
    numbers its pieces (``丁国・戊国の2カ国``: two names, where one person's name would be no count of
    two); None for no such run, or when the count numbers the names ``、`` parts
    (``_counted_dotted_names``)."""
    if _counted_dotted_names(clause):
        return None
    out = list(clause)
    found = False
    for m in _DOTTED_RUN_RE.finditer(clause):
        counts = find_counts(clause[m.end() + 1 : m.end() + 1 + MAX_COUNT_AFTER])
        if counts and counts[0].start == 0 and counts[0].value == m.group(0).count("・") + 1:
            for k in range(m.start(), m.end()):
                if clause[k] == "・":
                    out[k] = "、"
            found = True
    return "".join(out) if found else None


_COLON_RE = re.compile(r"[：:]")


def _counted_pieces(clause: str) -> bool:
    """Fewer words joined by ``・`` after a label's colon are items too when the label counts as many
    (``丙州（2カ国）：アランド・ボルドゥリア``): one person's name is no count of two."""
    colon = _COLON_RE.search(clause)
    if colon is None or "、" in clause[colon.end() :]:
        return False
    counts = find_counts(clause[: colon.start()])
    return bool(counts) and counts[-1].value == clause.count("・", colon.end()) + 1 >= 2

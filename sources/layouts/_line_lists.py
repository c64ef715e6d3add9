"""The layout of lists whose items each take one line, introduced by a marker (``LineListLayout``).

It plans each document once and keeps the plan for ``detect`` and ``extract`` (runs found by
``_marked_runs``, sections by ``_sections``), scores it, and reads each item through ``_records``.
The layouts ``bullets``, ``enumerated`` and ``numbered_rows`` are made of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.lang.count_lines import tally_line, total_line
from pipeline.lang.scripts import WHITESPACE
from sources.base import Document, Extraction
from sources.layouts._headings import HEADING_MARKER_RE, MAX_LABEL_CHARS, is_heading_text, ordinal_heading
from sources.layouts._item_or_prose import looks_like_name
from sources.layouts._lines import Line, body_lines
from sources.layouts._marked_item_end import item_end
from sources.layouts._marked_runs import (
    Hit,
    Marker,
    Plan,
    counted_above,
    find_hits,
    find_runs,
    tried_lines,
)
from sources.layouts._records import build_mentions, confidence
from sources.layouts._sections import described, sections_and_items, titled_runs
from sources.layouts._shapes import MIN_RUN
from sources.layouts._ties import names_per_line

PLAN_CACHE = 16  # documents whose plans are kept (detect, then extract, of each layout)
_PLANS: dict[tuple[str, str, int, str], Plan | None] = {}


def _closing_tally(lines: Sequence[Line], last: int) -> int | None:
    """The line right after a list's last item (a blank line between or not) when it is a tally of the
    items above it (``（共2國）``, ``以上2國``, ``— 2 countries``)."""
    after = [k for k in range(last + 1, min(last + 3, len(lines))) if lines[k].stripped]
    return after[0] if after and total_line(lines[after[0]].text.strip(WHITESPACE)) is not None else None


def _closing(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` tallies the items above it (``——共3国``), right under the last of them."""
    return i > 0 and bool(lines[i - 1].stripped) and total_line(lines[i].text.strip(WHITESPACE)) is not None


_SENTENCE_RE = re.compile(r"[。！？!?]|[a-z]\.\s|\.$")


def _over_tally(lines: Sequence[Line], i: int, last: int) -> bool:
    """``全面禁止`` right over ``3カ国``, the line right over a run's first item: a short line of words
    (no sentence) over the tally that opens a group is the group's label, with no colon or count of its
    own."""
    text = lines[i].stripped
    return (
        i + 1 == last
        and len(text) <= MAX_LABEL_CHARS
        and not _SENTENCE_RE.search(text)
        and tally_line(text) is None
        and tally_line(lines[last].text) is not None
    )


@dataclass(frozen=True, slots=True)
class LineListLayout:
    """A list whose items each take one line, introduced by a marker (number, ordinal or bullet).

    Runs of at least ``MIN_RUN`` items (numbered ones consecutive, restarting at any group) count;
    headings are the short lines before or between runs that name a part or state a count.
    """

    name: str
    description: str
    markers: tuple[Marker, ...]
    numbered: bool = True
    min_name_share: float = 0.6

    def _plan(self, doc: Document) -> Plan | None:
        """The marker whose runs hold the most name-like items (computed once per document: ``detect``
        and ``extract`` share it)."""
        key = (self.name, doc.id, doc.body_end, doc.text)
        if key not in _PLANS:
            if len(_PLANS) >= PLAN_CACHE:
                _PLANS.pop(next(iter(_PLANS)))
            _PLANS[key] = self._find_plan(doc)
        return _PLANS[key]

    def _find_plan(self, doc: Document) -> Plan | None:
        best: Plan | None = None
        seen: dict[tuple[int, ...], list[Hit]] = {}
        lines = body_lines(doc)
        for marker in self.markers:
            hits = find_hits(lines, marker, tried_lines(doc, marker.first))
            lines_hit = tuple(h.line for h in hits)
            if lines_hit in seen and [h.value for h in seen[lines_hit]] == [h.value for h in hits]:
                continue  # another marker of this layout matched the same lines: same runs
            seen[lines_hit] = hits
            runs = []
            names = 0  # the names the runs hold (a line of ties holds several)
            # "— 17 countries" under "• Aland": a group's tally set with a dash, no item of it
            hits = [h for h in hits if total_line(lines[h.line].text.strip(WHITESPACE)) is None]
            for run in find_runs(lines, hits, self.numbered):
                spans = [(h.content_start, item_end(doc.text, lines, h.line, h.content_start)) for h in run]
                tied = names_per_line(doc.text, spans)
                share = 1.0 if tied else sum(looks_like_name(doc.text[s:e]) for s, e in spans) / len(spans)
                if share >= self.min_name_share:
                    runs.append(run)
                    names += sum(tied) if tied else len(run)
            n = sum(len(r) for r in runs)
            if n and (best is None or n > sum(len(r) for r in best.runs)):
                best = Plan(marker.style, tuple(runs), names)
        return best

    def detect(self, doc: Document) -> float:
        plan = self._plan(doc)
        if plan is None:
            return 0.0
        lines = body_lines(doc)
        # groups shorter than a list, each as long as the label over it says (``Partial (2)``): a list
        counted = plan.runs and all(counted_above(lines, r) for r in plan.runs)
        return confidence(max(plan.name_like, MIN_RUN) if counted else plan.name_like)

    def _heading_lines(
        self,
        lines: Sequence[Line],
        runs: Sequence[Sequence[Hit]],
        item_lines: dict[int, Hit],
        titled: set[int],
    ) -> tuple[list[int], set[int]]:
        """The heading lines before and between the runs (by their words, an ordinal over a run, or lines in
        ``titled``), and the lines right over a run's first item."""
        heading_lines: list[int] = []
        above: set[int] = set()
        prev_end = -1
        for run in runs:
            first = run[0].line
            before = [i for i in range(prev_end + 1, first) if lines[i].stripped]
            above.update(before[-1:])
            heading_lines.extend(
                i
                for i in before[-3:]
                if is_heading_text(lines[i].text)
                or tally_line(lines[i].text) is not None
                or _over_tally(lines, i, before[-1])
                or i in titled
                or (i == before[-1] and self.name != "chinese-ordinals" and ordinal_heading(lines[i].text))
            )
            heading_lines.extend(
                i
                for i in range(first, run[-1].line)
                if i not in item_lines
                and (
                    is_heading_text(lines[i].text)
                    or tally_line(lines[i].text) is not None
                    or _over_tally(lines, i, i + 1)
                    or i in titled
                )
            )
            prev_end = run[-1].line
        if runs and (closing := _closing_tally(lines, runs[-1][-1].line)) is not None:
            heading_lines.append(closing)  # "（共2國）" under the last group's items
        return heading_lines, above

    def extract(self, doc: Document) -> Extraction:
        lines = body_lines(doc)
        plan = self._plan(doc)
        if plan is None:
            return Extraction(self.name)
        item_lines = {h.line: h for run in plan.runs for h in run}
        heading_lines, above = self._heading_lines(lines, plan.runs, item_lines, set())
        first_item = min(item_lines)
        if not any(i > first_item and not _closing(lines, i) for i in heading_lines):
            # no line between the blocks is a heading by its words (a lead-in above them all at most, a
            # tally closing a block aside): lines that title each block
            titled = titled_runs(lines, plan.runs)
            if titled or not heading_lines:
                heading_lines, above = self._heading_lines(lines, plan.runs, item_lines, titled)
        title = doc.title.strip(WHITESPACE)
        if len(heading_lines) > 1 and title:  # the article's headline over a list is no heading of it
            heading_lines = [
                i
                for i in heading_lines
                if i in above
                or (t := lines[i].text.strip(WHITESPACE)) != title
                or HEADING_MARKER_RE.match(t) is not None
            ]
        events = sorted([(i, "h") for i in heading_lines] + [(i, "i") for i in item_lines])
        headings, raw = sections_and_items(doc, lines, events, item_lines)
        mentions, problems = build_mentions(doc, raw, self.name)
        mentions = described(doc, lines, mentions, {h.content_start: h.line for h in item_lines.values()})
        return Extraction(self.name, tuple(mentions), tuple(headings), tuple(problems))

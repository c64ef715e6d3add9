"""A page's tally of a group printed in a block of its own beside the group's list, as a text layout reads
it on a line of its own (``_sections``): under the group's heading (``<h3>Full ban</h3><p>3 countries</p>``)
it opens the group, after the list's last item (``<p>（共3國）</p>``) it closes it. Either is the count
the group states, kept with the group's heading, never a heading of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from pipeline.lang.count_lines import tally_line, total_line
from pipeline.lang.scripts import WHITESPACE


class Event(Protocol):
    """A heading block of the page: its span and text."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def label(self) -> str: ...


E = TypeVar("E", bound=Event)


def labelled_tally(text: str, events: Sequence[E], event: E | None) -> tuple[E | None, int | None]:
    """The heading a list's governing ``event`` stands under when ``event`` is a tally alone (``3
    countries`` or ``共3國`` right under ``Full ban``, nothing between), and the tally's count; ``(event,
    None)`` when it is no such tally."""
    if event is None or (n := tally_line(event.label)) is None:
        return event, None
    above = [e for e in events if e.end <= event.start]
    if not above or text[above[-1].end : event.start].strip(WHITESPACE + "\n") or tally_line(above[-1].label):
        return event, None
    return above[-1], n


def closing_tally(text: str, end: int) -> tuple[int, int, int] | None:
    """The block right after a list ending at ``end`` when it is the list's tally (``（共3國）``, ``(3
    countries in all)``, ``— 3 countries``): its count and span; None otherwise."""
    start = len(text) - len(text[end:].lstrip(WHITESPACE + "\n"))
    line = text[start:].split("\n", 1)[0].rstrip(WHITESPACE)
    n = total_line(line) if line else None
    return (n, start, start + len(line)) if n is not None else None

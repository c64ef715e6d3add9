"""A marker printed as text at the start of an HTML list item (``<li>1. 甲公司</li>``, ``<li>● 甲公司</li>``,
``<li>⑴ 甲公司</li>``): pages whose editors type a list's numbers or bullets into its items. The markers are
the line lists' (``bullets``, ``numbered-list``, ``chinese-ordinals``), so an item opens with the same
marks a text line may; a letter is not taken for one (``<li>V. Roe</li>`` is a name with its initial)."""

from __future__ import annotations

from functools import cache

from sources.layouts._marked_runs import Marker


@cache
def _markers() -> tuple[Marker, ...]:
    from sources.layouts.bullets import LAYOUTS  # noqa: PLC0415 (the layouts import the HTML readers)

    # a letter, Roman or not, may be a name's initial ("V. Roe", "C. Doe"): only a run of lines in turn
    # tells it for a marker, and an item alone is no run
    return tuple(
        marker
        for layout in LAYOUTS
        if layout.name != "roman-numerals"
        for marker in layout.markers
        if not marker.style.startswith("letter")
    )


def after_marker(text: str, start: int, end: int) -> int:
    """Where the item in ``text[start:end]`` starts once a marker opening it is passed (``start`` when none
    does, or when nothing would be left after it)."""
    item = text[start:end]
    for marker in _markers():
        if marker.first is not None and not marker.first(item.lstrip(" \t\u3000")[:1]):
            continue
        m = marker.pattern.match(item)
        if m is not None and m.end() < len(item.rstrip()):
            return start + m.end()
    return start

"""Outlet adapters: data only (names, identifying markers, page-tail markers, web hosts).

An outlet is recognised by its web host when the URL is known, else by how often its markers occur
in the text. ``find_body_end`` cuts the page tail (related headlines, other articles, copyright
lines) with the outlet's own tail markers and with GENERIC rules every outlet gets, so a new outlet
needs at most a new ``Outlet(...)`` entry, and often none at all.

Markers are written in Traditional Chinese; they also match the Simplified form of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from pipeline.lang.count_binding import lead_in_counts
from pipeline.lang.scripts import variants, zre
from sources.layouts._lines import MAX_INSERTED_LINES, related_heading


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    markers: tuple[str, ...] = ()  # strings that identify the outlet in its pages
    tail_markers: tuple[str, ...] = ()  # a line containing one starts the page tail
    hosts: tuple[str, ...] = ()  # web hosts (a subdomain matches too)


GENERIC = Outlet(name="unknown")

OUTLETS: tuple[Outlet, ...] = (
    Outlet(
        name="東森新聞",
        markers=("東森新聞", "東森新聞雲", "EBC東森"),
        tail_markers=("更多東森新聞報導",),
        hosts=("news.ebc.net.tw", "ebc.net.tw"),
    ),
    Outlet(
        name="ETtoday",
        markers=("ETtoday",),
        tail_markers=("全台詐欺最新數據", "ETtoday著作權聲明"),
        hosts=("ettoday.net",),
    ),
    Outlet(
        name="端傳媒",
        markers=("端傳媒", "Initium Media"),
        tail_markers=("本刊載內容版權為",),
        hosts=("theinitium.com", "initium.media"),
    ),
    Outlet(
        name="觀察者網",
        markers=("觀察者網",),
        tail_markers=(),
        hosts=("guancha.cn",),
    ),
    Outlet(
        name="自由時報",
        markers=("自由時報", "自由電子報", "自由評論網"),
        tail_markers=("提供民眾對話的電子論壇", "不用抽 不用搶"),
        hosts=("ltn.com.tw",),
    ),
)

# ---- generic page-tail rules (every outlet): a short line opening a related/more block, or a copyright line
_COPYRIGHT = zre(r"版權所有|著作權|本刊載內容版權|版權聲明|不得轉載")
_COPYRIGHT_EN = re.compile(r"^(?:©|\(c\)\s|copyright\b)|all\s+rights\s+reserved", re.IGNORECASE)
BODY_START_CHARS = 40  # the tail cannot begin before the first line this long (the first paragraph)
MAX_COUNTED_HEADING = 30  # a group's heading with its count (``乙組（7國）``) is no longer than this
BODY_START_LINES = 10  # ... or before this many lines (an article of short lines: a list under a headline)


@lru_cache(maxsize=256)
def _marker_re(marker: str) -> re.Pattern[str]:
    alts = "|".join(re.escape(v) for v in variants(marker))
    if marker.isascii():
        return re.compile(rf"(?<![A-Za-z0-9])(?:{alts})(?![A-Za-z0-9])")
    return re.compile(alts)


def _host_matches(host: str, hosts: tuple[str, ...]) -> bool:
    return any(host == h or host.endswith("." + h) for h in hosts)


def identify(text: str, url: str | None) -> Outlet:
    """The outlet of a page: by URL host first, else by marker occurrences (ties: first listed)."""
    if url:
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            host = ""
        for outlet in OUTLETS:
            if host and _host_matches(host, outlet.hosts):
                return outlet
    best, best_hits = GENERIC, 0
    for outlet in OUTLETS:
        hits = sum(len(_marker_re(m).findall(text)) for m in outlet.markers)
        hits += sum(text.count(h) for h in outlet.hosts)  # a host's occurrences, none overlapping
        if hits > best_hits:
            best, best_hits = outlet, hits
    return best


def by_name(name: str) -> Outlet:
    return next((o for o in OUTLETS if o.name == name), GENERIC)


def is_tail_line(line: str, outlet: Outlet = GENERIC) -> bool:
    """Whether ``line`` opens the page tail, by the outlet's markers or the generic rules."""
    s = line.strip(" \t\u3000\u00a0※*■●▶►>【】[]")
    if not s:
        return False
    if any(_marker_re(m).search(line) for m in outlet.tail_markers):
        return True
    if related_heading(line):
        return True
    if len(s) <= 120 and (_COPYRIGHT.search(s) or _COPYRIGHT_EN.search(s)):
        return True
    return False


def find_body_end(text: str, outlet: Outlet) -> int:
    """Offset where the page tail starts (``len(text)`` when there is none).

    The tail is searched only after the body has begun (the first line of at least
    ``BODY_START_CHARS`` characters, or ``BODY_START_LINES`` lines), so navigation at the top of a page
    never cuts the article.
    """
    pos = 0
    started = False
    lines = 0
    all_lines = text.split("\n")
    for k, line in enumerate(all_lines):
        if started and is_tail_line(line, outlet) and not inserted_block(all_lines, k):
            return pos
        lines += bool(line.strip())
        if len(line.strip()) >= BODY_START_CHARS or lines > BODY_START_LINES:
            started = True
        pos += len(line) + 1
    return len(text)


def inserted_block(lines: list[str], k: int) -> bool:
    """Line ``k`` heads a block of related headlines the page inserts inside the article (``延伸閱讀：``
    over a few short lines), not the page's tail: after the block's blank line the article goes on, a
    line of prose, a lead-in ending in a colon or a group's heading closing on its count in brackets
    (``乙組（7國）``), before any other tail line."""
    if not related_heading(lines[k]):
        return False
    j = k + 1
    while j < len(lines) and lines[j].strip():
        j += 1
    if j - k - 1 > MAX_INSERTED_LINES:
        return False
    rest = next((x.strip() for x in lines[j:] if x.strip()), "")
    return (
        bool(rest)
        and not is_tail_line(rest)
        and (len(rest) >= BODY_START_CHARS or rest.endswith(("：", ":")) or _counted_heading(rest))
    )


def _counted_heading(line: str) -> bool:
    """A short heading closing on the count of its group in brackets (``乙組（7國）``)."""
    return len(line) <= MAX_COUNTED_HEADING and line.endswith(("）", ")")) and bool(lead_in_counts(line))

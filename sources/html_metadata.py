"""An HTML page's metadata, read before anything is removed: its title (meta tags, JSON-LD, ``<title>``
without the site's name, the headline), its date (meta tags, JSON-LD, ``<time>``), its url, its outlet and
where its body ends, and the ``articleBody`` its JSON-LD states.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlparse

from bs4 import BeautifulSoup, Tag

from pipeline.lang.scripts import EAST_ASIAN_RE
from sources.html_date_parts import parted_date
from sources.html_text import INVISIBLE_RE, WHITESPACE_RUN_RE
from sources.outlets import GENERIC, find_body_end, identify
from sources.tags import first_tag, tags

TITLE_KEYS = ("og:title", "twitter:title")
DATE_KEYS = (
    "article:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "og:published_time",
    "parsely-pub-date",
)
OUTLET_KEYS = ("og:site_name", "application-name")
URL_KEYS = ("og:url",)
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\D|$)")


def _clean(value: str | None) -> str:
    return WHITESPACE_RUN_RE.sub(" ", INVISIBLE_RE.sub("", value or "")).strip()


def meta_values(soup: BeautifulSoup) -> dict[str, str]:
    """Meta tags by lower-cased property / name / itemprop, first occurrence wins."""
    found: dict[str, str] = {}
    for meta in tags(soup, ("meta",)):
        content = meta.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            key = meta.get(attr)
            if isinstance(key, str) and key.strip():
                found.setdefault(key.strip().lower(), _clean(content))
    return found


def first_meta(values: Mapping[str, str], keys: tuple[str, ...]) -> str:
    for key in keys:
        if values.get(key):
            return values[key]
    return ""


def _json_ld(soup: BeautifulSoup) -> Iterator[dict[str, Any]]:
    """Every JSON object found in the page's JSON-LD blocks (nested ones too)."""
    for script in tags(soup, ("script",)):
        kind = script.get("type")
        if not isinstance(kind, str) or "ld+json" not in kind.lower():
            continue
        try:
            data = json.loads(script.string or script.get_text() or "")
        except (ValueError, TypeError):
            continue
        stack: list[Any] = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                yield item
                stack.extend(v for v in item.values() if isinstance(v, dict | list))
            elif isinstance(item, list):
                stack.extend(item)


def json_ld_body(soup: BeautifulSoup) -> str:
    """The longest ``articleBody`` the page's JSON-LD states (``""`` when none does)."""
    bodies = [item.get("articleBody") for item in _json_ld(soup)]
    return max((b for b in bodies if isinstance(b, str)), key=len, default="")


TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", "｜", "_")
MAX_SITE_CHARS = 20  # a <title>'s tail after a separator this short is the site's name


def title_parts(soup: BeautifulSoup, site_name: str) -> tuple[str, str]:
    """``<title>Headline | Site</title>``: the headline and the site's name (``""`` when there is none)."""
    tag = first_tag(soup, ("title",))  # soup.title
    title = _clean(tag.get_text()) if tag is not None else ""
    for separator in TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        tail = tail.strip()
        if found and head and (tail == site_name or (not site_name and _site_shaped(tail))):
            return head.strip(), tail
    head, found, tail = title.rpartition(
        "-"
    )  # ``标题-甲通讯网``: a hyphen without spaces before a site's name
    if found and head and (tail == site_name or (not site_name and _EAST_ASIAN_SITE.match(tail))):
        return head.strip(), tail
    return title, ""


# a site's name in East Asian script after a bare hyphen (never the end of ``COVID-19`` or ``G-7``)
_EAST_ASIAN_SITE = re.compile(rf"^{EAST_ASIAN_RE.pattern}{{2,{MAX_SITE_CHARS}}}$")


def _site_shaped(text: str) -> bool:
    """A short name (``BBC News``, ``島嶼日報``), not the end of a headline (``why the ban matters``)."""
    words = text.split()
    latin = [w for w in words if re.match("[A-Za-z]", w)]
    return 0 < len(text) <= MAX_SITE_CHARS and len(words) <= 4 and all(w[0].isupper() for w in latin)


def page_title(soup: BeautifulSoup, meta: Mapping[str, str], site_name: str) -> str:
    title = first_meta(meta, TITLE_KEYS)
    if title:
        return title
    if (tag := first_tag(soup, ("title",))) is not None and _clean(tag.get_text()):
        return title_parts(soup, site_name)[0]  # the site name is not part of the headline
    h1 = soup.find("h1")
    if isinstance(h1, Tag):
        return _clean(h1.get_text(" "))
    return ""


def page_titles(soup: BeautifulSoup, meta: Mapping[str, str], site_name: str) -> list[str]:
    """Every headline the page states of itself: ``og:title`` / ``twitter:title``, ``<title>`` without the
    site's name, JSON-LD ``headline``."""
    stated = [meta.get(key, "") for key in TITLE_KEYS]
    stated.append(title_parts(soup, site_name)[0])
    stated.extend(h for item in _json_ld(soup) if isinstance(h := item.get("headline"), str))
    return [t for t in stated if t]


def iso_date(value: str) -> str | None:
    """``YYYY-MM-DD`` from a date or timestamp as pages write it, None when there is none."""
    value = value.strip()
    match = _DATE.search(value) or _COMPACT_DATE.search(value)
    if match is None:
        return None
    year, month, day = (int(part) for part in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2999):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def page_date(soup: BeautifulSoup, values: Mapping[str, str]) -> str | None:
    for key in DATE_KEYS:
        if key in values and (found := iso_date(values[key])):
            return found
    for item in _json_ld(soup):
        value = item.get("datePublished")
        if isinstance(value, str) and (found := iso_date(value)):
            return found
    for time in tags(soup, ("time",)):
        value = time.get("datetime")
        if isinstance(value, str) and (found := iso_date(value)):
            return found
    return parted_date(soup)  # ``<span class="year"><em>2020</em></span>…`` in a block named as the time


def page_url(soup: BeautifulSoup, meta: Mapping[str, str]) -> str | None:
    for link in tags(soup, ("link",)):
        rel = link.get("rel")
        rels = [rel] if isinstance(rel, str) else list(rel or [])
        href = link.get("href")
        if any(r.lower() == "canonical" for r in rels) and isinstance(href, str) and href.strip():
            return href.strip()
    value = first_meta(meta, URL_KEYS)
    return value or None


def outlet_and_body_end(text: str, url: str | None, site_name: str, title_site: str = "") -> tuple[str, int]:
    """The outlet's name (page metadata, else the outlet adapters, else the site named after the
    headline in ``<title>``, else the web host) and where the article body ends (the adapters' page-tail
    rules)."""
    outlet = identify(text, url)
    body_end = find_body_end(text, outlet)
    if not 0 <= body_end <= len(text):
        body_end = len(text)
    name = site_name
    if not name and outlet is not GENERIC:
        name = outlet.name
    name = name or title_site
    if not name and url:
        name = (urlparse(url).hostname or "").lower().removeprefix("www.")
    return name or outlet.name, body_end

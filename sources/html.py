"""HTML pages -> ``Document``: the main content as text, one block element per line.

The page is parsed with BeautifulSoup (lxml). Metadata (title, date, outlet, url) is read from
meta tags, JSON-LD and ``<time>`` before anything is removed; then scripts, navigation, headers
(but the article's own: its headline, standfirst and byline), footers, asides (but a factbox inside
the article), forms and blocks whose class or id names them as navigation, menus, related or
recommended links, sharing widgets, comments, footers, copyright lines or ads are dropped, and so is a
box of headline links under a related-reading heading wherever it sits. The main content (the largest
``<article>``/``<main>``/``articleBody`` element, else ``<body>``; within it, the element around the
headline that holds most of the text, from the headline on: ``sources.html_chrome``; a page a script
fills, whose text is much shorter than its JSON-LD ``articleBody``, is read from that) is
turned into text: every block element (``p``, ``li``, ``tr``, ``h1``-``h6``, ``div`` ...) on its
own line, ``br`` as a line break, table cells of a row joined by a single space, whitespace
collapsed, entities decoded.

While the text is built, the character span of every element is recorded, so layouts that read
the tree (tables, lists) can give offsets into ``Document.text``: see ``HtmlPage.span``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from html import escape
from typing import Any
from urllib.parse import urlparse

from bs4 import BeautifulSoup, Tag
from bs4.element import CData, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

from pipeline.models import Problem, Severity
from sources.base import Document
from sources.html_chrome import (
    article_of,
    drop_link_inserts,
    drop_link_lists_after_body,
    headline_link,
    site_block,
)
from sources.layouts._lines import related_heading
from sources.outlets import GENERIC, find_body_end, identify
from sources.page import HtmlPage, page_of
from sources.tags import first_tag, parent_tag, tags

__all__ = ["HtmlPage", "html_to_document", "iso_date", "page_of"]

PARSER = "lxml"

# Elements whose content is never article text.
DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "iframe",
        "svg",
        "canvas",
        "button",
        "select",
        "input",
        "textarea",
        "object",
        "embed",
        "audio",
        "video",
        "map",
        "dialog",
        "menu",
        # AMP's own furniture: advertisements, embeds, menus, share bars, consent and analytics blocks
        "amp-ad",
        "amp-embed",
        "amp-sticky-ad",
        "amp-auto-ads",
        "amp-analytics",
        "amp-sidebar",
        "amp-social-share",
        "amp-consent",
    }
)
# Dropped elsewhere, kept inside the article: a factbox ``<aside>`` (often the list itself) and the
# article's own ``<header>`` (headline, standfirst and byline: where a count is stated first).
_KEPT_INSIDE_ARTICLE = frozenset({"aside", "header"})
# Containers never removed for their class or id words (they hold the article itself).
PROTECTED_TAGS = frozenset({"html", "body", "main", "article"})
# A table (or its part) without a link is data whatever its class says (``<table class="ranking">``).
DATA_TABLE_TAGS = frozenset({"table", "thead", "tbody", "tr", "td", "th"})
# class/id tokens that mark page furniture. Exact tokens, then token prefixes.
FURNITURE_TOKENS = frozenset(
    {
        "nav",
        "navbar",
        "navi",
        "menu",
        "menus",
        "ad",
        "ads",
        "adv",
        "adslot",
        "adbox",
        "adsbygoogle",
        "advert",
        "share",
        "shares",
        "sharing",
        "sharebar",
        "social",
        "sns",
        "comment",
        "comments",
        "footer",
        "copyright",
        "related",
        "recommend",
        "recommended",
        "recommendation",
        "recommendations",
        "breadcrumb",
        "breadcrumbs",
        "sidebar",
        "promo",
        "subscribe",
        "newsletter",
        "cookie",
        "cookies",
        "popup",
        "sponsor",
        "sponsored",
        "toolbar",
        "pagination",
        "pager",
        "tags",
        "ranking",
        "rankings",
        "popular",
        "trending",
        "mostread",
        # comment threads, consent notices and recommendation widgets under their usual names
        "reply",
        "replies",
        "cmt",
        "disqus",
        "consent",
        "gdpr",
        "onetrust",
        "outbrain",
        "taboola",
        # a social network's post embedded in the page (``blockquote.twitter-tweet``)
        "tweet",
        "twitter",
        "instagram",
        "tiktok",
    }
)
FURNITURE_PREFIXES = (
    "navigation",
    "menu",
    "related",
    "recommend",
    "comment",
    "copyright",
    "footer",
    "advert",
    "breadcrumb",
    "sidebar",
    "sharing",
    "social",
    "ranking",
    "popular",
    "trending",
)
# A factbox inside the article whose text (headings aside) is this much links is related headlines.
MIN_LINK_SHARE = 0.8
HEADING_NAMES = ("h1", "h2", "h3", "h4", "h5", "h6")
# Blocks read as a box of related headlines wherever they are (``_links_only``), up to this many characters.
RELATED_BOX_TAGS = frozenset({"div", "section", "p", "ul", "ol", "aside", "span"})
MAX_RELATED_BOX_CHARS = 600
# A block removed for its class words must not hold more than this share of the page text.
MAX_FURNITURE_SHARE = 0.5
# The chosen main container must hold at least this share of the page text.
MIN_MAIN_SHARE = 0.25
# A page whose text holds less than this share of its JSON-LD ``articleBody`` is a shell a script fills:
# the article is read from the JSON-LD instead.
MIN_MARKUP_SHARE_OF_BODY = 0.5
_MARKUP = re.compile(r"<(?:p|br|div|ul|ol|li|table|h[1-6])\b", re.IGNORECASE)

BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "html",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
    }
)
CELL_TAGS = frozenset({"td", "th"})
SKIP_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction, CData)
_WHITESPACE = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")

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


def html_to_document(
    raw_text: str, *, doc_id: str, path: str, encoding: str
) -> tuple[Document, tuple[Problem, ...]]:
    """Turn a decoded HTML page into a ``Document`` plus the problems found in it."""
    problems: list[Problem] = []
    soup = BeautifulSoup(raw_text, PARSER)
    meta = _meta_values(soup)
    site_name = _first_meta(meta, OUTLET_KEYS)
    title = _title(soup, meta, site_name)
    date = _date(soup, meta)
    url = _url(soup, meta)
    stated_body = _json_ld_body(soup)

    lengths = _remove_furniture(soup)
    root = _main_content(soup, lengths)
    root = article_of(root, _titles(soup, meta, site_name), lengths)
    drop_link_lists_after_body(root)
    drop_link_inserts(root, lengths)
    text, spans = _render(root)
    page_soup = soup
    if _chars(text) < MIN_MARKUP_SHARE_OF_BODY * _chars(stated_body):
        page_soup = _body_soup(stated_body)  # a page a script fills: its JSON-LD body is the article
        root = first_tag(page_soup, ("body",)) or page_soup
        text, spans = _render(root)
    if not text.strip():
        problems.append(Problem(doc_id, "html-empty", Severity.WARNING, "the page has no article text"))

    outlet_name, body_end = _outlet_and_body_end(text, url, site_name or "", _title_parts(soup, site_name)[1])
    if not title or date is None:
        from sources.reader import find_date, find_title  # text rules: datelines, headline lines

        title = title or find_title(text[:body_end])
        date = date or find_date(text[:body_end])
    page = HtmlPage(soup=page_soup, root=root, spans=spans)
    doc = Document(
        id=doc_id,
        path=path,
        text=text,
        encoding=encoding,
        format="html",
        outlet=outlet_name,
        title=title,
        date=date,
        url=url,
        body_end=body_end,
        html=page,
    )
    return doc, tuple(problems)


# --------------------------------------------------------------------------- metadata


def _clean(value: str | None) -> str:
    return _WHITESPACE.sub(" ", _INVISIBLE.sub("", value or "")).strip()


def _meta_values(soup: BeautifulSoup) -> dict[str, str]:
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


def _first_meta(values: Mapping[str, str], keys: tuple[str, ...]) -> str:
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


def _json_ld_body(soup: BeautifulSoup) -> str:
    """The longest ``articleBody`` the page's JSON-LD states (``""`` when none does)."""
    bodies = [item.get("articleBody") for item in _json_ld(soup)]
    return max((b for b in bodies if isinstance(b, str)), key=len, default="")


def _body_soup(body: str) -> BeautifulSoup:
    """A JSON-LD ``articleBody`` as a page: its own markup when it has some, else one paragraph per line."""
    if _MARKUP.search(body):
        return BeautifulSoup(body, PARSER)
    lines = "".join(f"<p>{escape(line)}</p>" for line in body.splitlines())
    return BeautifulSoup(f"<html><body>{lines}</body></html>", PARSER)


TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", "｜", "_")
MAX_SITE_CHARS = 20  # a <title>'s tail after a separator this short is the site's name


def _title_parts(soup: BeautifulSoup, site_name: str) -> tuple[str, str]:
    """``<title>Headline | Site</title>``: the headline and the site's name (``""`` when there is none)."""
    tag = first_tag(soup, ("title",))  # soup.title
    title = _clean(tag.get_text()) if tag is not None else ""
    for separator in TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        tail = tail.strip()
        if found and head and (tail == site_name or (not site_name and _site_shaped(tail))):
            return head.strip(), tail
    return title, ""


def _site_shaped(text: str) -> bool:
    """A short name (``BBC News``, ``島嶼日報``), not the end of a headline (``why the ban matters``)."""
    words = text.split()
    latin = [w for w in words if re.match("[A-Za-z]", w)]
    return 0 < len(text) <= MAX_SITE_CHARS and len(words) <= 4 and all(w[0].isupper() for w in latin)


def _title(soup: BeautifulSoup, meta: Mapping[str, str], site_name: str) -> str:
    title = _first_meta(meta, TITLE_KEYS)
    if title:
        return title
    if (tag := first_tag(soup, ("title",))) is not None and _clean(tag.get_text()):
        return _title_parts(soup, site_name)[0]  # the site name is not part of the headline
    h1 = soup.find("h1")
    if isinstance(h1, Tag):
        return _clean(h1.get_text(" "))
    return ""


def _titles(soup: BeautifulSoup, meta: Mapping[str, str], site_name: str) -> list[str]:
    """Every headline the page states of itself: ``og:title`` / ``twitter:title``, ``<title>`` without the
    site's name, JSON-LD ``headline``."""
    stated = [meta.get(key, "") for key in TITLE_KEYS]
    stated.append(_title_parts(soup, site_name)[0])
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


def _date(soup: BeautifulSoup, values: Mapping[str, str]) -> str | None:
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
    return None


def _url(soup: BeautifulSoup, meta: Mapping[str, str]) -> str | None:
    for link in tags(soup, ("link",)):
        rel = link.get("rel")
        rels = [rel] if isinstance(rel, str) else list(rel or [])
        href = link.get("href")
        if any(r.lower() == "canonical" for r in rels) and isinstance(href, str) and href.strip():
            return href.strip()
    value = _first_meta(meta, URL_KEYS)
    return value or None


def _outlet_and_body_end(text: str, url: str | None, site_name: str, title_site: str = "") -> tuple[str, int]:
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


# --------------------------------------------------------------------------- cleaning


def _tokens(tag: Tag) -> list[str]:
    words: list[str] = []
    for attr in ("class", "id"):
        value = tag.get(attr)
        parts = [value] if isinstance(value, str) else list(value or [])
        for part in parts:
            spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", str(part))
            words.extend(w for w in re.split(r"[^a-z0-9]+", spaced.lower()) if w)
    return words


def _is_furniture(tag: Tag) -> bool:
    if not tag.attrs:
        return False  # no class, id or role names it
    if tag.name in PROTECTED_TAGS or tag.get("itemprop") == "articleBody":
        return False
    if tag.name in DATA_TABLE_TAGS and first_tag(tag, ("a",)) is None:
        return False  # a table of figures named "ranking": a widget of most-read links has links
    for word in _tokens(tag):
        if word in FURNITURE_TOKENS or word.startswith(FURNITURE_PREFIXES):
            return True
    role = tag.get("role")
    return isinstance(role, str) and role.lower() in {"navigation", "banner", "contentinfo", "complementary"}


def _links_only(tag: Tag, lengths: Mapping[int, int]) -> bool:
    """A block under a related-reading heading (``相關新聞``, "Related") whose text, headings aside, is
    links as long as headlines: a box of related headlines, not a factbox. Without a heading element,
    the words outside the links are the heading (``<b>延伸閱讀</b><a>…</a><a>…</a>``)."""
    heads = tags(tag, HEADING_NAMES)
    links = [a for a in tags(tag, ("a",)) if parent_tag(a, ("a",)) is None]
    linked = sum(lengths[id(a)] for a in links)
    if any(related_heading(h.get_text(" ")) for h in heads):
        own = lengths[id(tag)] - sum(lengths[id(h)] for h in heads)
    elif not heads and links and related_heading(_unlinked_text(tag)):
        own = linked  # every word but the heading's is a link's
    else:
        return False
    headlines = sum(1 for a in links if headline_link(a.get_text(" ")))
    return own > 0 and linked >= MIN_LINK_SHARE * own and headlines > len(links) / 2


def _unlinked_text(tag: Tag) -> str:
    """The words of ``tag`` outside its links."""
    return " ".join(
        str(node)
        for node in tag.descendants
        if isinstance(node, NavigableString)
        and not isinstance(node, SKIP_STRINGS)
        and all(p.name != "a" for p in node.parents)
    )


def _text_lengths(root: Tag) -> dict[int, int]:
    """The number of non-blank characters of text under every element of ``root`` (by ``id``),
    counted in one pass over the tree: each string is measured once, whatever the nesting."""
    lengths: dict[int, int] = {}
    stack: list[tuple[Tag, bool]] = [(root, False)]
    while stack:
        tag, done = stack.pop()
        if done:
            lengths[id(tag)] = sum(
                lengths.get(id(child), 0) if isinstance(child, Tag) else _string_length(child)
                for child in tag.contents
            )
            continue
        stack.append((tag, True))
        stack.extend((child, False) for child in tag.contents if isinstance(child, Tag))
    return lengths


def _chars(text: str) -> int:
    return len(_WHITESPACE.sub("", text))


def _string_length(node: object) -> int:
    if not isinstance(node, NavigableString) or isinstance(node, SKIP_STRINGS):
        return 0
    return len(_WHITESPACE.sub("", str(node)))


def _remove_furniture(soup: BeautifulSoup) -> dict[int, int]:
    """Drop scripts, navigation, footers and blocks named as page furniture (never the article); the text
    lengths of what is left (``_text_lengths`` of the page after the removal: each removed block's length
    taken off the elements above it)."""
    lengths = _text_lengths(soup)
    total = lengths[id(soup)] or 1
    removed: set[int] = set()
    doomed: list[Tag] = []
    for tag in tags(soup):
        if id(tag.parent) in removed:
            removed.add(id(tag))  # inside a removed block (document order: parents come first)
            continue
        if (
            tag.name in _KEPT_INSIDE_ARTICLE
            and not _is_furniture(tag)
            and not _links_only(tag, lengths)
            and parent_tag(tag, ("article",) if tag.name == "header" else ("article", "main")) is not None
        ):
            continue  # a factbox inside the article (the list it reprints, often), the article's own header
        if (
            tag.name in DROP_TAGS
            or (_is_furniture(tag) and lengths[id(tag)] <= MAX_FURNITURE_SHARE * total)
            or (
                tag.name in RELATED_BOX_TAGS
                and lengths[id(tag)] <= MAX_RELATED_BOX_CHARS
                and _links_only(tag, lengths)
            )
            or site_block(tag, lengths)
        ):
            removed.add(id(tag))
            doomed.append(tag)
    for tag in doomed:
        gone = lengths[id(tag)]
        for parent in tag.parents:
            lengths[id(parent)] -= gone
        tag.decompose()
    for node in [n for n in soup.descendants if isinstance(n, SKIP_STRINGS)]:
        node.extract()  # comments and declarations: no text (length 0)
    return lengths


def _main_content(soup: BeautifulSoup, lengths: Mapping[int, int]) -> Tag:
    """The largest article container (``lengths``: text lengths by element, see ``_text_lengths``)."""
    found = first_tag(soup, ("body",))  # soup.body
    body = found if found is not None else soup
    total = lengths[id(body)]
    candidates: list[Tag] = []
    for tag in tags(soup):
        role = tag.get("role")
        if (
            tag.name in {"article", "main"}
            or tag.get("itemprop") == "articleBody"
            or (isinstance(role, str) and role.lower() == "main")
        ):
            candidates.append(tag)
    best: Tag | None = None
    best_length = -1
    for tag in candidates:
        length = lengths[id(tag)]
        if length > best_length:
            best, best_length = tag, length
    if best is not None and total and best_length >= MIN_MAIN_SHARE * total:
        return best
    return body


# --------------------------------------------------------------------------- text


class _TextBuilder:
    """Accumulates text with HTML whitespace rules and records element spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.pending = ""  # separator owed before the next word: "", " " or "\n"
        self.word_starts: list[int] = []
        self.last_end = 0

    def line_break(self) -> None:
        if self.pos:
            self.pending = "\n"

    def space(self) -> None:
        if self.pos and self.pending == "":
            self.pending = " "

    def write(self, value: str) -> None:
        value = _INVISIBLE.sub("", value)
        if not value:
            return
        words = _WHITESPACE.split(value)
        for index, word in enumerate(words):
            if index:
                self.space()
            if not word:
                continue
            if self.pending and self.pos:
                self.parts.append(self.pending)
                self.pos += 1
            self.pending = ""
            self.word_starts.append(self.pos)
            self.parts.append(word)
            self.pos += len(word)
            self.last_end = self.pos

    def text(self) -> str:
        return "".join(self.parts)


def _render(root: Tag) -> tuple[str, dict[int, tuple[int, int]]]:
    """The text of ``root`` and the span of every element in it."""
    builder = _TextBuilder()
    spans: dict[int, tuple[int, int]] = {}
    # Iterative walk: ("open", node) / ("close", tag, words_before, pos_before).
    stack: list[tuple[Any, ...]] = [("open", root)]
    while stack:
        entry = stack.pop()
        if entry[0] == "close":
            _, tag, words_before, pos_before = entry
            if len(builder.word_starts) > words_before:
                spans[id(tag)] = (builder.word_starts[words_before], builder.last_end)
            else:
                spans[id(tag)] = (pos_before, pos_before)
            if tag.name in BLOCK_TAGS:
                builder.line_break()
            elif tag.name in CELL_TAGS:
                builder.space()
            continue
        node = entry[1]
        if isinstance(node, NavigableString):
            if not isinstance(node, SKIP_STRINGS):
                builder.write(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name == "br":
            builder.line_break()
            spans[id(node)] = (builder.pos, builder.pos)
            continue
        if name in BLOCK_TAGS:
            builder.line_break()
        elif name in CELL_TAGS:
            builder.space()
        stack.append(("close", node, len(builder.word_starts), builder.pos))
        stack.extend(("open", child) for child in reversed(node.contents))
    return builder.text(), spans

"""An HTML page's furniture, removed before its text is built: elements that are never article text,
blocks whose class or id words name them as navigation, menus, related links, sharing, comments, footers
or ads, boxes of related headlines; then the main container of what is left.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString

from sources.html_chrome import headline_link, site_block
from sources.html_lengths import text_lengths
from sources.html_text import SKIP_STRINGS
from sources.html_unseen import never_text
from sources.layouts._lines import related_heading
from sources.tags import first_tag, parent_tag, tags

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


def remove_furniture(soup: BeautifulSoup) -> dict[int, int]:
    """Drop scripts, navigation, footers and blocks named as page furniture (never the article); the text
    lengths of what is left (``text_lengths`` of the page after the removal: each removed block's length
    taken off the elements above it)."""
    lengths = text_lengths(soup)
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
            or never_text(tag)
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


def main_content(soup: BeautifulSoup, lengths: Mapping[int, int]) -> Tag:
    """The largest article container (``lengths``: text lengths by element, see ``text_lengths``)."""
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

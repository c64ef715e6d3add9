"""An article's body as lines with their spans (``Line``), without the related headlines a block inside
the article inserts under its heading (``延伸閱讀``, ``Related:``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.scripts import WHITESPACE, zre
from sources.base import Document
from sources.layouts._memo import per_document
from sources.layouts._page_furniture import furniture, left_out
from sources.page import page_of


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int  # without the newline
    text: str
    # the span of the HTML paragraph the line is part of when line breaks (``<br>``) part that paragraph
    # into lines: a list set that way ends with its paragraph, though the page's next block comes with no
    # blank line between
    paragraph: tuple[int, int] | None = None
    # the line is the text of an HTML heading element (``<h2>``): the page sets it apart as a heading, so
    # no run of items goes on through it
    heading: bool = False

    @property
    def stripped(self) -> str:
        return self.text.strip(WHITESPACE)


def body_text(doc: Document) -> str:
    end = doc.body_end if 0 <= doc.body_end <= len(doc.text) else len(doc.text)
    return doc.text[:end]


# a line the page inserts into the article, between two items of a list or after it: an advertisement's
# label, one related headline after its label ("延伸閱讀：甲國股市收高", "Read more: …"), a photo's caption
# ("圖為…", "▲甲國總統在國會演說。（圖／乙通訊社）"), a credit or an editor's line
_INSERTED_LINE_RE = zre(
    r"^(?:(?:廣告|贊助|advertisement|sponsored)(?:\s*(?:廣告|贊助|advertisement))*"
    r"|(?:延伸閱讀|推薦閱讀|相關新聞|相關報導|看更多|read\s+more|related|see\s+also)\s*[：:]\s*\S.{0,40}"
    r"|圖為.{1,80}|.{0,80}[（(](?:圖|圖片|照片|攝影|資料照)(?:[／/：:][^（）()]{1,20})?[）)]"
    # a caption opening with its photo's label ("圖／甲國總統簽署命令。", "写真＝…", "Photo: …"); an
    # advertisement's label in brackets before its words ("【廣告】訂閱本報電子版")
    r"|(?:圖|圖片|照片|攝影|資料照|写真|photo|file\s+photo|pictured)\s*[／/：:=＝|｜].{1,80}"
    r"|[【\[［〔〖](?:廣告|贊助|広告|PR|AD|advertisement|sponsored)[】\]］〕〗].{0,60}"
    # a credit: its words alone in parentheses, no number among them, a date code after or not
    # ("（編輯：張三）1140708", "（綜合報導）"); an editor's line ("責任編輯：李四"); "Reporting by …"
    r"|[（(][^（）()\d０-９一二三四五六七八九十百千兩]{1,20}[）)]\s*\d{0,8}"
    r"|(?:責任編輯|責編|編輯|撰文|文字編輯|記者)\s*[：:]\s*\S.{0,40}"
    r"|(?:(?:additional\s+)?reporting|writing|editing|compiled|produced)\s+by\b.{0,200})$",
    re.IGNORECASE,
)


# a short line that heads related headlines, in the page's tail or inside the article (``延伸閱讀``)
TAIL_HEADINGS_RE = zre(
    r"^(?:更多.{0,15}(?:報導|報道|新聞|文章|內容)"
    r"|相關(?:新聞|報導|報道|文章|閱讀|推薦)|延伸閱讀|推薦閱讀|熱門(?:新聞|文章)|看更多|編輯精選|猜你喜歡|你可能也想看"
    r"|(?:この記事の)?関連(?:記事|ニュース)|あわせて読みたい|合わせて読みたい|おすすめ記事|主要ニュース)"
    r"[\s:：》>]*$"
)
TAIL_ENGLISH_RE = re.compile(
    r"^(?:related(?:\s+(?:stories|articles|news|coverage|content|posts|reading|topics|links))?|read\s+more"
    r"|more\s+(?:from|in)\b.*"
    r"|recommended(?:\s+for\s+you)?|see\s+also|more\s+stories)\s*[:：]?$",
    re.IGNORECASE,
)
# a short line that heads the site's own lists: most read, trending, its tags and topics, a stock ranking
# (``熱門排行``, ``最多人睇``, ``アクセスランキング``, ``Most read``, ``Topics``)
SITE_LIST_HEADINGS_RE = zre(
    r"^(?:熱門(?:排行|推薦|資訊|話題|點擊|關鍵字)?|即時熱門|熱搜|排行榜|人氣(?:排行|新聞)|最多人(?:睇|看|讀|點閱)"
    r"|你可能(?:感興趣|也喜歡|會喜歡|錯過)|大家都在看|相關(?:標籤|專題|閱讀)|標籤|關鍵字|關鍵詞|熱詞|精彩推薦|為你推薦"
    r"|アクセスランキング|(?:よく|最も)読まれ(?:ている|た)(?:記事|ニュース)?|人気(?:記事|ニュース)(?:ランキング)?"
    r"|注目(?:記事|ニュース)|キーワード|タグ)"
    r"[\s:：》>]*$"
)
SITE_LIST_ENGLISH_RE = re.compile(
    r"^(?:most[\s-](?:read|popular|viewed|shared)|trending(?:\s+(?:now|stories|news|topics))?|read\s+next"
    r"|popular(?:\s+(?:now|stories|articles))|top\s+stories|editor'?s\s+picks|topics|tags|more\s+on\b.*"
    r"|you\s+may\s+(?:also\s+)?like|what\s+to\s+read\s+next|also\s+read|read\s+also|also\s+see"
    r"|further\s+reading|recommended\s+reading|(?:suggested|explore)\s+(?:more\s+on\s+these\s+)?topics"
    r"|latest(?:\s+(?:news|stories|headlines))?)\s*[:：]?$",
    re.IGNORECASE,
)
# all a block says when an advertisement stands in it (``廣告``, ``広告``, ``Advertisement``)
_AD_LABEL_RE = zre(
    r"^(?:廣告|贊助(?:內容)?|広告|スポンサーリンク|PR|advertisement|sponsored(?:\s+content)?|scroll\s+to\s+continue"
    r"|點擊下載.{0,12}(?:客戶端|APP)|下載.{0,8}APP"
    # a page's mark where the advertisement under it cuts the article ("請繼續往下閱讀...",
    # "Story continues below advertisement")
    r"|請?繼續(?:往下|向下)?閱讀(?:下文|全文)?|(?:story|article)\s+continues\s+below(?:\s+advertisement)?)"
    r"(?:\s*[·・|｜/]?\s*(?:scroll\s+to\s+continue(?:\s+reading)?|廣告))?[.．…。]*$",
    re.IGNORECASE,
)
MAX_AD_LABEL = 40


def advertisement_label(text: str) -> bool:
    """All a block says is an advertisement's label (``廣告``, ``Advertisement · Scroll to continue``)."""
    s = text.strip(WHITESPACE + "-–—·|")
    return 0 < len(s) <= MAX_AD_LABEL and _AD_LABEL_RE.match(s) is not None


MAX_RELATED_HEADING = 24
MAX_INSERTED_LINES = 6  # related headlines a block inside the article lists under its heading


def related_heading(line: str) -> bool:
    """A short line that heads related headlines (``延伸閱讀``, ``Related coverage``) or another of the
    site's own lists (``熱門排行``, ``Most read``, ``Topics``)."""
    s = line.strip(" \t\u3000\u00a0※*■●▶►>【】[]▲")
    if not 0 < len(s) <= MAX_RELATED_HEADING:
        return False
    # the site's section may come first, set off by a dash or a bar ("日報新聞-相關報道：")
    return any(
        p.match(part)
        for part in {s, _SECTION_BEFORE_RE.sub("", s)}
        for p in (TAIL_HEADINGS_RE, TAIL_ENGLISH_RE, SITE_LIST_HEADINGS_RE, SITE_LIST_ENGLISH_RE)
    )


# the words of a heading before the dash or bar that sets the site's section off from its own words
_SECTION_BEFORE_RE = re.compile(r"^[^-－—|｜:：]{1,10}\s*[-－—|｜]\s*")


_PARAGRAPH_TAGS = ("p", "div", "blockquote")


def _broken_paragraphs(doc: Document) -> list[tuple[int, int]]:
    """The spans of an HTML page's paragraphs that line breaks part into lines, in order."""
    page = page_of(doc)
    if page is None:
        return []
    spans = set()
    for br in page.root.find_all("br"):
        parent = br.find_parent(_PARAGRAPH_TAGS)
        if parent is not None and (span := page.span(parent)) is not None and span[1] > span[0]:
            spans.add(span)
    return sorted(spans)


_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _heading_spans(doc: Document) -> list[tuple[int, int]]:
    """The spans of an HTML page's heading elements (``<h2>``), in order."""
    page = page_of(doc)
    if page is None:
        return []
    spans = {span for h in page.root.find_all(_HEADING_TAGS) if (span := page.span(h)) and span[1] > span[0]}
    return sorted(spans)


def _paragraph(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The innermost of ``spans`` that holds ``text[start:end]``, or None."""
    held = [s for s in spans if s[0] <= start and end <= s[1]]
    return min(held, key=lambda s: s[1] - s[0]) if held else None


@per_document
def body_lines(doc: Document) -> tuple[Line, ...]:
    """The lines of the body (split once per document: every line layout reads them)."""
    text = body_text(doc)
    lines: list[Line] = []
    broken = _broken_paragraphs(doc)
    headings = _heading_spans(doc)
    pos = 0
    block = 0  # lines left of a block of related headlines inside the body
    raws = text.split("\n")
    inserted = furniture(raws)
    for k, raw in enumerate(raws):
        if related_heading(raw):
            block = MAX_INSERTED_LINES + 1
        block = block - 1 if block > 0 and raw.strip(WHITESPACE) else 0
        inserted[k] = inserted[k] or block > 0 or _INSERTED_LINE_RE.match(raw.strip(WHITESPACE)) is not None
    dropped = left_out(raws, inserted) if page_of(doc) is None else [False] * len(raws)
    for k, raw in enumerate(raws):
        if dropped[k]:
            pos += len(raw) + 1  # left out: the run of lines around it goes on
            continue
        if inserted[k]:
            raw = " " * len(raw)  # read as a blank line: the list goes on after it
        paragraph = _paragraph(broken, pos, pos + len(raw)) if broken and raw.strip(WHITESPACE) else None
        heading = bool(headings) and _paragraph(headings, pos, pos + len(raw)) is not None
        lines.append(Line(pos, pos + len(raw), raw, paragraph, heading and bool(raw.strip(WHITESPACE))))
        pos += len(raw) + 1
    return tuple(lines)

"""Words a news page prints around its article, per language: the notice that cuts an article short for
subscribers (``この記事は有料記事です。残り856文字``, ``訂閱後即可閱讀全文``, ``Subscribe to continue
reading``). Written in Traditional Chinese (folded to match Simplified), Japanese and English; never a name
of anything.
"""

from __future__ import annotations

import re

from pipeline.lang.scripts import fold_pattern

# a paywall's notice: the article stops here for a reader who is not a subscriber
PAYWALL_NOTICE_RE = re.compile(
    r"有料記事|有料会員(?:限定|になると|の方)|会員限定(?:記事|です)|残り\s*[0-9０-９,，]+\s*文字|続きは(?:有料|会員)"
    + "|"
    + fold_pattern(
        r"付費(?:會員|訂閱)(?:專屬|限定|才能|即可|可)|訂閱(?:後|即可|會員)\S{0,6}(?:閱讀|觀看|解鎖)(?:全文|完整)"
        r"|(?:登入|登錄)(?:會員)?(?:後|即可)\S{0,4}閱讀全文|會員專屬(?:內容|文章)|解鎖全文"
    )
    + r"|\bsubscribe\s+(?:now\s+)?to\s+(?:continue|keep)\s+reading|\bfor\s+subscribers\s+only"
    r"|\bthis\s+(?:article|story)\s+is\s+(?:for|available\s+to|exclusive\s+to)\s+(?:paying\s+)?subscribers"
    r"|\bto\s+continue\s+reading,?\s+(?:subscribe|log\s+in|sign\s+in|become\s+a\s+(?:subscriber|member))",
    re.IGNORECASE,
)

# a line of a page's share buttons, copied with the article: nothing but their words (``分享``, ``WhatsApp``,
# ``複製連結``, ``Share``, ``Tweet``, ``シェア``, ``ブックマーク``), one or several parted by blanks
SHARE_WORD_RE = re.compile(
    r"(?:分享(?:到)?[：:]?|轉寄|轉發|複製連結|复制链接|複製網址|微信|微博|QQ空間|QQ空间|朋友圈|列印|打印|收藏"
    r"|シェア|ポスト|ブックマーク|印刷|送る|LINE|X|Facebook|WhatsApp|Telegram|Threads"
    r"|share(?:\s+this(?:\s+article)?)?|tweet|e-?mail|print|copy\s+link|save)",
    re.IGNORECASE,
)
# a page's number as a PDF's text layer prints it on a line of its own (``- 2 -``, ``— 12 —``, ``第3頁``,
# ``Page 4 of 9``); a bare number is no page number (a flattened table's cell is one)
PAGE_NUMBER_RE = re.compile(
    r"[-–—―－‐~〜]\s*[0-9０-９]{1,4}\s*[-–—―－‐~〜]|第\s*[0-9０-９]{1,4}\s*[頁页]|[0-9０-９]{1,4}\s*ページ"
    r"|page\s+[0-9]{1,4}(?:\s+of\s+[0-9]{1,4})?",
    re.IGNORECASE,
)
# a page's number inside a running head (``甲報　2025年6月　第1頁``, ``Aland Review, page 3``)
PAGE_IN_LINE_RE = re.compile(r"第\s*[0-9０-９]{1,4}\s*[頁页]|\bpage\s+[0-9]{1,4}\b", re.IGNORECASE)

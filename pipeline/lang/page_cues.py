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

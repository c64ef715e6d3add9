"""The words around a person's name in Chinese news (language knowledge, no person named here): role
titles that introduce a name, the verbs of speech and action that may follow one, words a name never
contains or starts with, the marks of a transliteration's alias, and the words of organizations in a Latin
name in brackets."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.normalize.scripts import to_simplified

# Role titles that introduce a person's name (language knowledge).
_ROLES_TRAD = (
    "副總統",
    "總統",
    "國務卿",
    "發言人",
    "副主席",
    "主席",
    "特使",
    "顧問",
    "部長",
    "外長",
    "秘書長",
    "負責人",
    "副主任",
    "主任",
    "總理",
    "首相",
    "大使",
    "參議員",
    "眾議員",
    "議員",
    "經濟學家",
    "科學家",
    "教授",
    "記者",
    "報告員",
    "研究員",
    "總幹事",
    "執行長",
    "總裁",
    "董事長",
    "院長",
    "局長",
    "署長",
    "領袖",
    "主持人",
    "州長",
    "市長",
    "專員",
)
# Titles that are also plain plural nouns ("科學家警告") introduce a name only with a Latin form.
_PLURAL_ROLES_TRAD = ("經濟學家", "科學家", "研究員", "領袖", "專員")


def _both_scripts(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(sorted({*words, *(to_simplified(w) for w in words)}, key=lambda r: (-len(r), r)))


ROLES = _both_scripts(_ROLES_TRAD)
_BARE_ROLES = tuple(r for r in ROLES if r not in _both_scripts(_PLURAL_ROLES_TRAD))
BARE_ROLE_ALT = "|".join(map(re.escape, _BARE_ROLES))
DOTS = "·‧・•"
ALIAS_MARK = r"(?:又譯|又译|或譯|或译|亦譯|亦译|也譯|也译|又譯作|又译作)"
# What may follow a name: verbs of speech and action, adverbs of time, prepositions.
FOLLOWERS = tuple(
    sorted(
        {
            *(
                "表示 說 说 指出 強調 强调 認為 认为 主持 簽署 签署 宣布 宣佈 發表 发表 發布 发布 "
                "在 於 于 稱 称 也 曾 今天 今日 昨天 昨日 當日 当日 當天 当天 此前 則 则 又 再度 再次 "
                "對 对 和 與 与 及 的 政府 已 將 将 就 更 還 还 透過 通过 通過 批評 批评 警告 直指 "
                "回應 回应 分析 提到 帶領 带领 領導 领导 上任 執政 执政 呼籲 呼吁 承認 承认 坦言 "
                "補充 补充 說明 说明 主張 主张 所 等 團隊 团队"
            ).split()
        },
        key=lambda w: (-len(w), w),
    )
)
# Words a person name never contains: generic nouns of organizations, places and offices.
NOT_NAME = re.compile(
    r"辦公|办公|委員|委员|組織|组织|機構|机构|政府|國家|国家|代表|問題|问题|特別|特别|部門|部门|會議|会议|"
    r"論壇|论坛|基金|理事|中心|聯合|联合|美國|美国|中國|中国|白宮|白宫|國際|国际|辦事|办事|秘書|秘书|計畫|计划|"
    r"協會|协会|議程|议程|系統|系统|立場|立场|任期|政策|成員|成员|聯盟|联盟|備忘|备忘|公告|聲明|声明|命令|"
    r"記者|记者|名單|名单"
)
# Joining words: a bare name followed only by one of these is too weak to be read as a name.
WEAK_FOLLOWERS = ("與", "与", "和", "及", "的", "對", "对", "等", "所")
# 等 and a count after a name: the close of a run of names ("…、總統李四等26人"), no joining word
DENG_COUNT_RE = re.compile(r"等\s*[0-9０-９一二三四五六七八九十兩两]")
NON_NAME_START = set("的在於于表說说也與与和及對对將将已就是為为從从把被向")
ORG_WORDS = {
    "forum",
    "fund",
    "council",
    "commission",
    "organization",
    "organisation",
    "center",
    "centre",
    "office",
    "agency",
    "institute",
    "union",
    "alliance",
    "programme",
    "program",
    "group",
    "committee",
    "board",
    "network",
    "coalition",
    "panel",
    "platform",
    "mechanism",
    "partnership",
    "convention",
    "university",
    "college",
    "compact",
    "initiative",
    "agreement",
    "secretariat",
    "news",
    "times",
    "post",
    "press",
    "images",
    "affairs",
    "department",
    "ministry",
    "house",
    "nations",
    "association",
    "foundation",
}
LATIN_STOP = {"of", "for", "the", "on", "and", "in", "to", "at", "a", "an", "by", "with"}

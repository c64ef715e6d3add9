"""Person names in a sentence: after a role title, a Chinese name with a Latin one in brackets, a
dotted transliteration, 又譯/或譯 aliases. Role titles, verbs of speech and generic nouns are language
knowledge: no person is named here."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipeline.claims.sentences import CJK, is_cjk
from pipeline.lang.counts import find_counts
from pipeline.lang.posts import TIME_WORD_START_RE
from pipeline.normalize import to_simplified

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


_ROLES = _both_scripts(_ROLES_TRAD)
_BARE_ROLES = tuple(r for r in _ROLES if r not in _both_scripts(_PLURAL_ROLES_TRAD))
_BARE_ROLE_ALT = "|".join(map(re.escape, _BARE_ROLES))
_DOTS = "·‧・•"
ALIAS_MARK = r"(?:又譯|又译|或譯|或译|亦譯|亦译|也譯|也译|又譯作|又译作)"
_PAREN_RE = re.compile(
    rf"(?P<name>[{CJK}{_DOTS}]{{2,12}})[（(]\s*"
    rf"(?:(?P<latin>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'’\-]{{1,40}}?)\s*(?:[，,、;；]\s*)?)?"
    rf"(?:{ALIAS_MARK}\s*(?P<alias>[{CJK}{_DOTS}]{{2,8}})\s*)?[）)]"
)
_ROLE_NAME_RE = re.compile(rf"(?P<role>{_BARE_ROLE_ALT})(?P<run>[{CJK}]{{2,8}})")
_DOTTED_RE = re.compile(rf"(?P<left>[{CJK}]{{1,16}})[{_DOTS}](?P<right>[{CJK}]{{1,8}})")
# What may follow a name: verbs of speech and action, adverbs of time, prepositions.
_FOLLOWERS = tuple(
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
_NOT_NAME = re.compile(
    r"辦公|办公|委員|委员|組織|组织|機構|机构|政府|國家|国家|代表|問題|问题|特別|特别|部門|部门|會議|会议|"
    r"論壇|论坛|基金|理事|中心|聯合|联合|美國|美国|中國|中国|白宮|白宫|國際|国际|辦事|办事|秘書|秘书|計畫|计划|"
    r"協會|协会|議程|议程|系統|系统|立場|立场|任期|政策|成員|成员|聯盟|联盟|備忘|备忘|公告|聲明|声明|命令|"
    r"記者|记者|名單|名单"
)
# Joining words: a bare name followed only by one of these is too weak to be read as a name.
_WEAK_FOLLOWERS = ("與", "与", "和", "及", "的", "對", "对", "等", "所")
# 等 and a count after a name: the close of a run of names ("…、總統李四等26人"), no joining word
_DENG_COUNT_RE = re.compile(r"等\s*[0-9０-９一二三四五六七八九十兩两]")
_NON_NAME_START = set("的在於于表說说也與与和及對对將将已就是為为從从把被向")
_ORG_WORDS = {
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
_LATIN_STOP = {"of", "for", "the", "on", "and", "in", "to", "at", "a", "an", "by", "with"}


@dataclass(frozen=True, slots=True)
class NameHit:
    name: str
    role: str
    english: str
    alias: str
    start: int  # offsets relative to the scanned string
    end: int
    country: str = ""


def _person_latin(latin: str) -> bool:
    tokens = latin.replace("’", "'").split()
    if not 2 <= len(tokens) <= 4:
        return False
    for tok in tokens:
        low = tok.casefold().strip(".")
        if low in _LATIN_STOP or low in _ORG_WORDS:
            return False
        if not tok[0].isupper():
            return False
    return True


def _follower_ok(rest: str) -> bool:
    if not rest or not is_cjk(rest[0]):
        return True
    return rest.startswith(_FOLLOWERS)


def _trim_to_role(run: str) -> tuple[str, str]:
    """Split ``run`` after its last role title: (role, name); role "" when there is none."""
    best = -1
    role = ""
    for r in _ROLES:
        i = run.rfind(r)
        if i >= 0 and i + len(r) > best:
            best, role = i + len(r), r
    if best < 0:
        return "", run
    return role, run[best:]


def _valid_name(name: str) -> bool:
    core = "".join(ch for ch in name if ch not in _DOTS)
    return (
        2 <= len(core) <= 8
        and all(is_cjk(ch) for ch in core)
        and name[0] not in _NON_NAME_START
        and name[0] not in _DOTS
        and name[-1] not in _DOTS
        and _NOT_NAME.search(name) is None
        and TIME_WORD_START_RE.search(name) is None
        and not any(r in name for r in _ROLES)
    )


def _counted_before(s: str, dot: int) -> bool:
    """A count's counter stands right before the dot at ``dot`` (``計12社・個人``, ``3カ国・地域``): two
    nouns the count is of, joined by the dot, not a dotted name."""
    return any(c.end == dot and c.counter for c in find_counts(s))


def _country_before(s: str, i: int) -> str:
    m = re.search(rf"([{CJK}]{{1,2}}[國国])(?:前|新任|現任|现任|副)?$", s[max(0, i - 5) : i])
    return to_simplified(m.group(1)) if m else ""


@lru_cache(maxsize=65_536)  # list lines and stock sentences recur from article to article
def names_in(s: str) -> tuple[NameHit, ...]:
    """Person names in a string: with a role title, a Latin name in brackets, or a dotted form."""
    hits: dict[int, NameHit] = {}

    # 1. NAME（Latin Name，又譯ALIAS）: the name after a role title, or a short name after a stop.
    for m in _PAREN_RE.finditer(s):
        latin = (m.group("latin") or "").strip()
        alias = m.group("alias") or ""
        if latin and not _person_latin(latin):
            continue
        if not latin and not alias:
            continue
        run = m.group("name")
        role, name = _trim_to_role(run)
        run_start = m.start("name")
        if not role:
            # No role: accept a dotted name, or a short name that starts a clause.
            if any(d in name for d in _DOTS):
                name = re.split(f"[^{CJK}{_DOTS}]", name)[-1]
                left = name.split(next(d for d in _DOTS if d in name))[0]
                if len(left) > 5:
                    continue
            elif len(run) > 4 or (run_start > 0 and is_cjk(s[run_start - 1])):
                continue
        start = m.end("name") - len(name)
        if not _valid_name(name):
            continue
        hits[start] = NameHit(
            name, role, latin, alias, start, start + len(name), _country_before(s, start - len(role))
        )

    # 2. Dotted transliterations: 名·姓 (the left part trimmed at a role title).
    for m in _DOTTED_RE.finditer(s):
        role, left = _trim_to_role(m.group("left"))
        if not role and len(left) > 4:
            continue
        right = m.group("right")
        rest_after = s[m.end("right") :]
        right_name = ""
        for k in range(1, min(4, len(right)) + 1):
            if _follower_ok(right[k:] + rest_after):
                right_name = right[:k]
                break
        if not right_name or not left:
            continue
        dot = s[m.start("right") - 1]
        name = f"{left}{dot}{right_name}"
        start = m.start("right") - 1 - len(left)
        if start in hits or not _valid_name(name) or _counted_before(s, m.start("right") - 1):
            continue
        hits[start] = NameHit(
            name, role, "", "", start, start + len(name), _country_before(s, start - len(role))
        )

    # 3. ROLE + name: the shortest name followed by a verb or adverb (2-4 characters), or by a
    #    stop (2-3 characters); never a joining word, never a word that is itself a verb.
    for m in _ROLE_NAME_RE.finditer(s):
        run = m.group("run")
        start = m.start("run")
        if start in hits or any(h.start <= start < h.end for h in hits.values()):
            continue
        rest_after = s[m.end("run") :]
        for k in range(2, min(4, len(run)) + 1):
            cand = run[:k]
            rest = run[k:] + rest_after
            closed = _DENG_COUNT_RE.match(rest) is not None  # "總理張三等26人": 等 and a count close it
            if cand.startswith(_FOLLOWERS) or (rest.startswith(_WEAK_FOLLOWERS) and not closed):
                continue
            at_stop = not rest or not is_cjk(rest[0])
            if at_stop and (k > 3 or cand.endswith("等")):
                continue  # 等 before a count is no name's end
            if closed and _valid_name(cand):
                hits[start] = NameHit(
                    cand, m.group("role"), "", "", start, start + k, _country_before(s, m.start("role"))
                )
                break
            if _follower_ok(rest) and _valid_name(cand):
                hits[start] = NameHit(
                    cand, m.group("role"), "", "", start, start + k, _country_before(s, m.start("role"))
                )
                break
    return tuple(hits[k] for k in sorted(hits))

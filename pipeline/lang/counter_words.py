"""Counter words in each of the project's languages: what follows a number to make it a count (``國``,
``カ国``, ``countries``), the classifiers that count anything, the counters of what a list names one by
one, those that count people, and the nouns a headline counts with no counter. Read by ``lang.counts``
(the count patterns) and by the readers that tell what a count counts.
"""

from __future__ import annotations

from pipeline.lang.scripts import fold_pattern

# counter words after a number (Chinese in Traditional characters: folded to match Simplified too)
ZH_COUNTERS = "個 國 家 項 名 位 人 所 處 條 種 座 筆 檔 隻 支 間 類 款 隊".split()
# counters that count anything: the noun after them says what (``14個國家``, ``15名部長``)
ZH_CLASSIFIERS = frozenset("個个名位家項项所款類类")
# counters of what a list names one by one (countries, people, companies, bodies), not of topics or
# measures (``3項協議，涵蓋甲、乙和丙``: 項 counts agreements, not the topics named after it)
MEMBER_COUNTERS = frozenset(
    "個 个 國 国 家 名 位 人 所 隊 队 カ国 か国 ヶ国 ケ国 ヵ国 箇国 社 団体 機関 チーム 候補 校 都市".split()
)
JA_COUNTERS = (
    "カ国 か国 ヶ国 ケ国 ヵ国 箇国 カ所 か所 人 名 社 団体 機関 党派 "
    "件 品目 省 チーム 候補 校 都市 通貨 の国と地域 の国・地域 の国"
).split()
EN_COUNTERS = (
    "countries nations economies territories states jurisdictions organizations organisations entities "
    "bodies agencies institutions universities schools groups items members people persons individuals "
    "officials judges cities "
    "governments companies firms banks vessels ships names products partners departments ministries "
    "producers exporters parties allies currencies "
    "ministers secretaries nominees heads candidates laureates winners recipients teams posts portfolios "
    "lawmakers legislators senators congressmen politicians activists executives leaders citizens nationals "
    "officers generals commanders"
).split()
# what counts people (``7名閣員``, ``閣僚7人``, ``four officials``; a post is counted as the one who holds
# it: ``seven key posts``), in Simplified characters and English; ``counts_people`` tells a count of people
# from a count of things a list names one by one (``12國``, ``5家``, ``twelve countries``)
PEOPLE_COUNTERS = frozenset(
    "名 位 人 候補 官员 法官 高官 人士 议员 部会首长 部长 首长 people persons individuals officials judges "
    "ministers secretaries nominees heads candidates laureates winners recipients lawmakers legislators "
    "senators congressmen politicians activists executives leaders posts portfolios officers generals "
    "commanders".split()
)
# counts of people by where they are from (``citizens of``): of neither kind, they bind no list by kind
_PEOPLE_BY_PLACE = frozenset("citizens nationals".split())
# nouns a headline counts with no counter word before them ("美制裁4官員", "四法官")
ZH_HEADLINE_NOUNS = "官員 法官 高官 人士 議員 企業 公司 實體 部會首長 部長 首長".split()
_ZH_NOUNS = fold_pattern("|".join(ZH_HEADLINE_NOUNS))
_ZH = fold_pattern("|".join(sorted(ZH_COUNTERS, key=len, reverse=True)))
_JA = "|".join(sorted(JA_COUNTERS, key=len, reverse=True))

"""Prose mentions of the bundled example, end to end: which listed organization each one names.

Expected values come from reading 002 (端傳媒), which has no list but names about a dozen listed
organizations in running text next to several that are on no list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind
from pipeline.run import reconcile

EXAMPLE_DIR = Path(__file__).resolve().parent.parent / "examples" / "us-withdrawal-2026-01"
A001 = "001_39d5073b08ac0f22"
A002 = "002_5fb0c41b056a1ba0"

# 002's wording -> the English name 001's list gives the same organization
LISTED_IN_002 = {
    "聯合國民主基金": "UN Democracy Fund",
    "聯合國能源組織": "UN Energy",
    "聯合國性別平等與婦女賦權署": "UN Entity for Gender Equality and the Empowerment of Women",
    "聯合國氣候變遷框架公約": "UN Framework Convention on Climate Change",
    "聯合國秘書長武裝衝突中兒童問題特別代表辦公室": (
        "Office of the Special Representative of the Secretary-General for Children in Armed Conflict"
    ),
    "聯合國秘書長暴力侵害兒童問題特別代表辦公室": (
        "Office of the Special Representative of the Secretary-General on Violence Against Children"
    ),
    "政府間氣候變遷專門委員會": "Intergovernmental Panel on Climate Change",
    "國際自然保護聯盟": "International Union for Conservation of Nature",
    "國際再生能源署": "International Renewable Energy Agency",
    "全球反恐論壇": "Global Counterterrorism Forum",
    "烏克蘭科學技術中心": "Science and Technology Center in Ukraine",
    "亞洲區域打擊海盜與武裝劫船合作協定": (
        "Regional Cooperation Agreement on Combatting Piracy and Armed Robbery against Ships in Asia"
    ),
}
# named in 002 but on no list: they must stay unlinked
OFF_LIST_IN_002 = [
    "世界衛生組織",
    "聯合國教科文組織",
    "國際開發署",
    "國際電信聯盟",
    "國際勞工組織",
    "史丹佛大學",
]


@pytest.fixture(scope="module")
def rec():
    return reconcile([str(EXAMPLE_DIR)])


def _entity_of(rec) -> dict[str, str]:
    return {k: e.id for e in rec.entities for k in e.mentions}


def test_listed_organizations_in_002_prose_link_to_their_entity(rec) -> None:
    entity_of = _entity_of(rec)
    by_english_001 = {
        m.name_en: entity_of[m.key] for m in rec.mentions if m.article == A001 and m.kind is Kind.LIST
    }
    prose_002 = [m for m in rec.mentions if m.article == A002 and m.kind is Kind.PROSE]
    for name_zh, english in LISTED_IN_002.items():
        found = [m for m in prose_002 if m.name_zh == name_zh]
        assert found, f"{name_zh} not found in 002's prose"
        assert {entity_of.get(m.key) for m in found} == {by_english_001[english]}, name_zh


def test_off_list_organizations_in_002_stay_unlinked(rec) -> None:
    entity_of = _entity_of(rec)
    prose_002 = {m.name_zh: m for m in rec.mentions if m.article == A002 and m.kind is Kind.PROSE}
    for name_zh in OFF_LIST_IN_002:
        assert name_zh in prose_002, f"{name_zh} should be reported as an off-list prose mention"
        assert prose_002[name_zh].key not in entity_of, f"{name_zh} must not be linked to a listed entity"


def test_ipcc_assertion_in_002_is_kept(rec) -> None:
    ipcc = [m for m in rec.mentions if m.article == A002 and m.name_zh == "政府間氣候變遷專門委員會"]
    assert len(ipcc) == 1
    assert ipcc[0].acronym == "IPCC"
    assert ipcc[0].asserted_group == "聯合國轄下單位"  # what "(IPCC,亦是聯合國轄下單位)" says it is part of


def test_off_list_organizations_in_003_stay_unlinked(rec) -> None:
    entity_of = _entity_of(rec)
    prose_003 = {
        m.name_zh: m for m in rec.mentions if m.article == "003_e6f1053f9d0a0c24" and m.kind is Kind.PROSE
    }
    # an environmental NGO, a scientists' union and a broadcaster: none is on the list
    for name_zh in ["自然資源保護協會", "憂思科學家聯盟", "美國有線電視新聞網"]:
        assert name_zh in prose_003
        assert prose_003[name_zh].key not in entity_of, name_zh

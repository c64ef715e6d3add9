"""A count a paragraph above a list, whose noun has words of its own (``four Aland defence companies``),
counts the list when the list's lead-in, right below it, names what it counts again (``The companies are
A, B, …``, ``被制裁的企業包括：``) and nothing counts or picks a part between
(``claims.count_context``). Three other outlets print the same five companies and count them alike; the
first outlet's count is the one that varies. Where the structure is not there (another sentence between,
another noun, a part of the list), the count stays loose and nothing is said against the article."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Severity
from pipeline.run import reconcile

FIRMS_EN = ("Aland Dynamics", "Borduria Aerospace", "Carpathia Systems", "Dalmatia Motors", "Elbonia Optics")
FIRMS_ZH = ("甲國動力公司", "乙國航太公司", "丙國系統公司", "丁國汽車公司", "戊國光學公司")
COUNT_KINDS = {"count_mismatch", "count_conflict", "list_short", "list_long"}


def _en(outlet: str, body: str) -> str:
    head = f"Ruritania sanctions Aland defence firms\n\n{outlet}, January 7, 2024\n\n"
    return f"{head}{body}\n\nThe measures took effect on Friday.\n"


def _others_en() -> list[str]:
    listed = ", ".join(FIRMS_EN[:-1]) + " and " + FIRMS_EN[-1]
    return [
        _en(outlet, f"Ruritania said on Sunday it sanctioned five Aland defence companies: {listed}.")
        for outlet in ("Borduria Post", "Carpathia Times", "Dalmatia Herald")
    ]


def _run(folder: Path, first: str, others: list[str]) -> list[tuple[str, Severity, tuple[str, ...]]]:
    for k, text in enumerate([first, *others]):
        (folder / f"0{k + 1}_outlet.txt").write_text(text, encoding="utf-8")
    rec = reconcile([str(folder)])
    return [(d.kind, d.severity, d.sources) for d in rec.discrepancies if d.severity is not Severity.INFO]


LISTED_EN = ", ".join(FIRMS_EN[:-1]) + " and " + FIRMS_EN[-1]


def test_a_count_above_the_lead_in_that_names_its_noun_counts_the_list(tmp_path: Path) -> None:
    first = _en(
        "Aland Wire",
        "BEIJING — Ruritania said on Sunday it would freeze the assets of four Aland defence companies "
        f"over an arms sale.\n\nThe companies are {LISTED_EN}, the foreign ministry said.",
    )
    ((kind, severity, sources),) = _run(tmp_path, first, _others_en())
    assert kind in COUNT_KINDS and severity is Severity.ERROR and sources == ("01_outlet",)


def test_a_chinese_count_above_the_lead_in_that_names_its_noun_counts_the_list(tmp_path: Path) -> None:
    def article(outlet: str, count: str) -> str:
        rows = "\n".join(f"－{name}" for name in FIRMS_ZH)
        return (
            f"戊國反制甲國軍工企業\n\n{outlet}　2024年1月7日\n\n"
            f"戊國外交部周日宣布，對{count}甲國軍工企業實施反制。\n\n被制裁的企業包括：\n\n{rows}\n\n"
            "外交部發言人表示，相關措施即日生效。\n"
        )

    others = [article(outlet, "5家") for outlet in ("乙港日報", "丙城新聞", "丁島時報")]
    ((kind, severity, sources),) = _run(tmp_path, article("甲島通訊社", "4家"), others)
    assert kind in COUNT_KINDS and severity is Severity.ERROR and sources == ("01_outlet",)


@pytest.mark.parametrize(
    "body",
    [
        # another sentence stands between the count and the lead-in
        "Ruritania said on Sunday it would freeze the assets of four Aland defence companies. The ministry "
        f"gave no reason.\n\nThe companies are {LISTED_EN}, the foreign ministry said.",
        # the lead-in names another noun than the count's
        "Ruritania said on Sunday it would freeze the assets of four Aland defence contractors over an arms "
        f"sale.\n\nThe firms named are {LISTED_EN}, the foreign ministry said.",
        # the lead-in picks a part of what the count counts
        "Ruritania said on Sunday it would freeze the assets of nine Aland defence companies over an arms "
        f"sale.\n\nAmong the companies are {LISTED_EN}, the foreign ministry said.",
    ],
)
def test_a_count_the_structure_does_not_bind_says_nothing(tmp_path: Path, body: str) -> None:
    assert _run(tmp_path, _en("Aland Wire", body), _others_en()) == []

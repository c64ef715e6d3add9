"""Family names written by sound: the mainland page prints only 史密斯, 琼斯, 布朗 …, the English and
Japanese pages full names (``tests/fixtures/family_names/``)."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Kind, Severity
from pipeline.run import reconcile

STORY = Path(__file__).resolve().parent / "fixtures" / "family_names"


def test_family_names_meet_their_own_full_names_and_no_other() -> None:
    rec = reconcile([str(STORY)])
    of = {lk.mention: lk.entity for lk in rec.links}
    label = {m.key: m.label for m in rec.mentions if m.kind is Kind.LIST}
    together: dict[str | None, set[str]] = {}
    for key, name in label.items():
        together.setdefault(of.get(key), set()).add(name)
    groups = [names for names in together.values() if len(names) > 1]
    assert {"史密斯", "John Smith", "ジョン・スミス"} in groups
    assert {"琼斯", "David Jones", "デービッド・ジョーンズ"} in groups
    assert {"威廉姆斯", "Robert Williams", "ロバート・ウィリアムズ"} in groups
    assert {"布朗", "Linda Brown", "リンダ・ブラウン"} in groups
    # the English page says "six Americans" and lists five (it leaves out the sixth): its list is short
    errors = [(d.kind, d.sources) for d in rec.discrepancies if d.severity is Severity.ERROR]
    assert errors == [("list_short", ("02_en",))]

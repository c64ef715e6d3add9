"""Outlets that print parts of one long list, and one that prints it whole (a rate for each of twelve
made-up trading partners; one outlet the four rates above 30%, two others a few main ones): the whole
list is judged item by item though most of its items are on no other list, and a part's own count
(``稅率高於30%的3個經濟體``, over four names) is judged against its own list, not set against the count
of the whole."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Severity
from pipeline.run import RunOptions, reconcile

NAMES = (
    "艾蘭 博杜里亞 卡帕西亞 希爾達維亞 魯里塔尼亞 弗里多尼亞 "
    "格勞斯塔克 拉塔維亞 馬爾科維亞 奧斯特里卡 圖蘭加 維斯塔尼亞"
).split()
RATES = (41, 40, 39, 35, 19, 19, 19, 15, 15, 15, 15, 10)
ROWS = list(zip(NAMES, RATES, strict=True))


def _article(outlet: str, lead: str, rows: list[tuple[str, int]]) -> str:
    lines = "\n".join(f"{name}：{rate}%" for name, rate in rows)
    return (
        f" date 2025-08-01 某國公布新稅率\n\n{outlet}　2025年8月1日　09:00\n\n"
        f"某國政府31日公布新稅率，8月7日起生效。{lead}\n\n{lines}\n\n編輯：王小明\n"
    )


def _write(folder: Path) -> None:
    articles = {
        "01_whole": _article("湖濱財經", "12個貿易夥伴的新稅率如下：", ROWS),
        "02_part": _article("山城日報", "稅率高於30%的3個經濟體如下：", ROWS[:4]),  # four names
        "03_part": _article("河谷新聞", "其中主要經濟體的稅率如下：", [ROWS[0], ROWS[1], ROWS[4]]),
        "04_part": _article("海岬商報", "部分經濟體的稅率如下：", [ROWS[1], ROWS[2], ROWS[4]]),
    }
    for stem, text in articles.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")


def test_a_part_counted_wrong_is_one_finding_and_the_whole_list_is_judged(tmp_path: Path) -> None:
    _write(tmp_path)
    rec = reconcile([str(tmp_path)])
    errors = [(d.kind, d.sources) for d in rec.discrepancies if d.severity is Severity.ERROR]
    assert errors == [("list_long", ("02_part",))]
    unlinked = [d.sources for d in rec.discrepancies if d.kind == "unlinked_list"]
    assert ("01_whole",) not in unlinked


def _reference(folder: Path) -> Path:
    entries = ",\n".join(
        f'{{"id": "p{k}", "group": null, "names": {{"zh-Hant": "{name}"}}, "aliases": [], '
        f'"values": {{"rate": {rate}}}}}'
        for k, (name, rate) in enumerate(ROWS)
    )
    path = folder / "reference.json"
    path.write_text(
        '{"version": "1", "kind": "reference", "title": "Rates", "date": "2025-07-31", "groups": [], '
        f'"columns": [{{"id": "rate", "label": "Rate", "unit": "%"}}], "entries": [{entries}]}}',
        encoding="utf-8",
    )
    return path


def test_a_selection_that_gives_an_off_list_name_a_rate_lists_it(tmp_path: Path) -> None:
    """A selection of the main rates (``其中主要經濟體的稅率如下``) that prints a name off the official list
    with a rate, as its other items: an error, as in a list; a selection's bare name is only worth a
    look."""
    articles = tmp_path / "articles"
    articles.mkdir()
    _write(articles)
    rows = [ROWS[0], ("韋克蘭", 35), ROWS[4]]
    (articles / "03_part.txt").write_text(_article("河谷新聞", "其中主要經濟體的稅率如下：", rows), "utf-8")
    rec = reconcile([str(articles)], options=RunOptions(reference=str(_reference(tmp_path))))
    off = [d for d in rec.discrepancies if d.kind == "not_on_list"]
    assert [(d.severity, d.sources) for d in off] == [(Severity.ERROR, ("03_part",))]

"""An English enumeration closed by the others it leaves unnamed (``Aland, Borduria, Carpathia and
three other countries``, ``… plus three others``): the names are examples of a longer list, so the
article's count of the whole (``covers 6 countries``) accuses it of nothing; without those words a short
list under that count is still reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.run import reconcile

NAMES = ["Aland", "Borduria", "Carpathia", "Dalmatia", "Elbonia", "Freedonia"]


def _story(tmp_path: Path, third: str) -> list[tuple[str, str, tuple[str, ...]]]:
    for k, outlet in enumerate(("Example Tribune", "Sample Herald")):
        (tmp_path / f"{k}.txt").write_text(
            f"Aland and five others face a travel ban\n\n{outlet}, June 4, 2031\n\n"
            "The proclamation bars entry by nationals of 6 countries: "
            f"{', '.join(NAMES[:-1])} and {NAMES[-1]}.\n",
            encoding="utf-8",
        )
    (tmp_path / "third.txt").write_text(
        "Travel ban covers 6 countries\n\nModel Gazette, June 4, 2031\n\n"
        f"The proclamation bars entry by {third}.\n",
        encoding="utf-8",
    )
    result = reconcile([tmp_path])
    return [(d.kind, d.severity.value, d.sources) for d in result.discrepancies if d.severity.value != "info"]


@pytest.mark.parametrize(
    "third",
    [
        "nationals of Aland, Borduria, Carpathia and three other countries",
        "nationals of Aland, Borduria, Carpathia, plus three others",
        "nationals of Aland, Borduria, Carpathia and 3 more countries",
    ],
)
def test_names_closed_by_the_others_left_unnamed_are_examples(tmp_path: Path, third: str) -> None:
    assert _story(tmp_path, third) == []


def test_guard_a_short_list_without_others_is_still_reported(tmp_path: Path) -> None:
    found = _story(tmp_path, "nationals of Aland, Borduria, Carpathia and Dalmatia")
    assert [(kind, sources) for kind, _, sources in found] == [("list_short", ("third",))]

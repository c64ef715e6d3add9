"""Three short articles about one made-up list, for the review tests.

* ``a_daily`` and ``c_wire`` list the same five bodies under the same names; ``c_wire`` says there are
  six and no other outlet states a count, so it is one short (a ``list_short`` error about ``c_wire``,
  subject ``total``).
* ``b_herald`` lists five bodies under other names: ``Office of Desert Affairs`` (``of`` for ``for``),
  ``River Basin Forum``, ``Delta Forum``, ``Polar Science Board`` and ``Glacier Programme``; only two of
  them read like the others' names, so its list is reported as possibly another list (an
  ``unlinked_list`` warning about ``b_herald``, subject ``list``).
"""

from __future__ import annotations

from pathlib import Path

A_DAILY = """date 2025-06-30
Country X leaves international bodies

By A Reporter

The government of Country X said on Monday that it would leave several international bodies.

The full list:
1. Office for Desert Affairs (ODA)
2. Forum on River Basins
3. Forum on River Deltas
4. Committee on Polar Research (CPR)
5. Glacier Programme
"""

B_HERALD = """date 2025-06-30
Country X quits international bodies

By Another Reporter

Country X will quit a number of international bodies, its government said on Monday.

The list:
1. Office of Desert Affairs
2. River Basin Forum
3. Delta Forum
4. Polar Science Board
5. Glacier Programme
"""

C_WIRE = """date 2025-06-30
Country X to leave six bodies

By A Third Reporter

Country X is leaving six international bodies.

The six bodies are:
1. Office for Desert Affairs
2. Forum on River Basins
3. Forum on River Deltas
4. Committee on Polar Research
5. Glacier Programme
"""

ARTICLES = {"a_daily.txt": A_DAILY, "b_herald.txt": B_HERALD, "c_wire.txt": C_WIRE}
LIST_SHORT = "list_short||c_wire|total"
UNLINKED = "unlinked_list||b_herald|list"


def write_articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder

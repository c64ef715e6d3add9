"""English words that say where a company or a body is, after its name and a comma (``Acme Ltd., based in
Aland``, ``Bolt GmbH, of Borduria``, ``Crane FZE, in Carpathia``): the place is the item's, never part of
its name nor an item of its own."""

from __future__ import annotations

import re

# the words before the place, after the comma that ends the name
EN_BASED_RE = re.compile(
    r"(?:(?:based|headquartered|registered|incorporated|located)\s+in|of|in|from)",
)

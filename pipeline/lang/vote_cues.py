"""Words of an election's results told in English wire prose (``Jane Roe of the Aland Party took 49% of
the vote, or 5.6 million votes, ahead of John Doe of the Borduria Union (41%) …``): the verb of a share
won, the words between a name and its party, the share's own words and the runner-ups' lead. Never a name
of anything.
"""

from __future__ import annotations

import re

from pipeline.lang.rank_cues import EN_PLACE

# how a candidate fared, right after their party: a verb of winning or taking votes, or a place with its
# verb left out (``… and John Doe of the Borduria Union third with 26%``)
EN_VOTE_VERB = (
    r"(?:won|wins|took|takes|secured|secures|received|receives|garnered|garners|polled|polls|got|gets"
    rf"|gained|gains|came|comes|finished|finishes|placed|was|{EN_PLACE})"
)
# lower-case words between ``of the`` and a party's name (``of the ruling Aland Party``, ``of the main
# opposition Borduria Union``): what the party is, not its name
EN_PARTY_DESCRIBED = r"(?:[a-z][a-z\-]*\s+){0,3}"
# the words of a share of the vote after its figure, and a vote count given after it (``49% of the vote,
# or 5.6 million votes``)
EN_OF_THE_VOTE = r"(?:\s+of\s+(?:the\s+)?(?:vote|votes|ballots)(?:\s+cast)?)?"
EN_OR_VOTES = r",\s+or\s+"
# the words that bring the runner-ups after the winner's share (``, ahead of``, ``, followed by``)
EN_RUNNER_UPS_RE = re.compile(
    r",\s+(?:(?:well|just|narrowly|comfortably)\s+)?(?:ahead\s+of|followed\s+by)\s+"
)
# the joiners of a run of runner-ups or of clauses (``, B (41%), C (8%) and D (1%)``)
EN_RESULT_JOINER_RE = re.compile(r",\s+(?:and\s+|while\s+)?|;\s+(?:and\s+|while\s+)?|\s+and\s+|\s+while\s+")
# who said so, closing a sentence of results (``…, the election commission said``)
EN_SAID_RE = re.compile(r",\s+(?:[\w'’\-]+\s+){1,6}(?:said|says|announced|reported)\s*$")

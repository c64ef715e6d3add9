"""Entity matching: which mentions in different articles name the same organization, person or place.

The stages, one module each (data flows down this list):

1. ``keys``        the forms a mention gives (Chinese, English, acronyms) and their comparison keys.
2. ``evidence``    signals between two bags of forms (Chinese, English, acronym), IDF over the run.
3. ``candidates``  scores of mention/entity pairs with gazetteer codes and reviewer decisions applied
                   (the brute-force matrices); ``blocks`` finds the pairs that share any evidence and
                   scores only them, with the same numbers; ``columns`` keeps the scores of every
                   distinct spelling against each distinct entity bag, for the alignments of many
                   short lists (many outlets print the same spellings), with the same numbers.
4. ``assign``      global one-item-per-article assignment and the re-alignment passes, which touch
                   only the articles whose evidence changed (``passes``); one article is aligned on the
                   brute-force matrices (``align_dense``) or, sparse, on the candidate pairs
                   (``align_blocked``);
                   ``board`` keeps the entities in alignment order as they change, with their kept columns;
                   ``onestep`` reads scipy's answer off the matrix when every row finds its column at once;
                   ``margins`` looks again at the links turned down for their margin, ``elimination``
                   holds the links by elimination and what refuses them; ``places_apart`` keeps two
                   names heard alike whose places name two countries apart, and after the assignment
                   ``context`` links the people of one country whom each outlet prints once and whose
                   names sound alike only weakly.
5. ``entities``    canonical ids, names and variants of the clusters.
6. ``record``      the evidence of each link, once the assignment is final: each row's own score and
                   runner-up (``link_scores``; ``runners``: from every spelling's best entities), the
                   closest members of other articles (``nearest``) and what the evidence holds
                   (``link_evidence``); ``levels`` classifies it (an ordered table) and ``explain``
                   formats it in words.
7. ``prose``       prose candidates linked to the entities the lists made.

``decisions`` reads reviewer decisions (a glossary); ``lists`` runs stages 1-6 on the list mentions.

Mention to entity: an entity carries every form of its members, so a signal between a mention and an
entity is the best value over the members (a Chinese-only mention reaches an English-only one through a
third article's bilingual pair: a *bilingual bridge*). Reviewer decisions override the number.

Cost: evidence is computed between distinct keys, not between mentions, and an entity is scored as one
row carrying the union of its members' keys and acronyms, kept up to date as members come and go.
Names, codes and bags are made once per distinct spelling; an alignment is a function of its scores,
so an article whose columns did not change keeps its last one; the blocked assignment leaves out the
pairs too weak to change it (``blocks.weak_floor``) but scores the pairs it keeps exactly. A row whose
entity keeps its forms and its first member without it stays in it while its article is aligned (the
entity looks the same to the alignment, and most rows stay), and a link's evidence is recorded once per
entity, spelling, scores and closest members of other articles.
Every threshold and weight is a field of ``pipeline.settings.Settings``, passed down by the run.
"""

from pipeline.matching.decisions import Decision, Decisions, load_decisions, unused_summary
from pipeline.matching.entities import Matching, ScoreTable
from pipeline.matching.explain import review_links
from pipeline.matching.lists import entity_scores, match_lists, match_lists_deferred
from pipeline.matching.prose import link_prose, score_against
from pipeline.settings import DEFAULT_SETTINGS, Settings

# The calibrated defaults, by their former names (pipeline.settings holds them all).
DEFAULT_SCORE_CUTOFF = DEFAULT_SETTINGS.lists.score_cutoff
DEFAULT_MIN_MARGIN = DEFAULT_SETTINGS.lists.min_margin
DEFAULT_SURE_SCORE = DEFAULT_SETTINGS.lists.sure_score
DEFAULT_REVIEW_MARGIN = DEFAULT_SETTINGS.lists.review_margin
PROSE_SCORE_CUTOFF = DEFAULT_SETTINGS.prose.score_cutoff
PROSE_MIN_MARGIN = DEFAULT_SETTINGS.prose.min_margin

__all__ = [
    "DEFAULT_MIN_MARGIN",
    "DEFAULT_REVIEW_MARGIN",
    "DEFAULT_SCORE_CUTOFF",
    "DEFAULT_SURE_SCORE",
    "PROSE_MIN_MARGIN",
    "PROSE_SCORE_CUTOFF",
    "Decision",
    "Decisions",
    "Matching",
    "ScoreTable",
    "Settings",
    "link_prose",
    "load_decisions",
    "match_lists",
    "match_lists_deferred",
    "entity_scores",
    "review_links",
    "score_against",
    "unused_summary",
]

"""The record-linkage peers as ``benchmarks/scale.py`` runs them in a child process, given the items as
extracted perfectly (``mentions.csv``, names folded to Simplified script by OpenCC): Splink (DuckDB
backend) and recordlinkage (see ``benchmarks/scale.py`` for their settings)."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scale_results import load_truth, result  # noqa: E402

MATCH_PROBABILITY = 0.5  # Splink: a pair is a match when the model finds it more likely than not
JW_MATCH = 0.9  # recordlinkage: a pair whose Chinese or English names score this much is a match
SN_WINDOW = 9  # recordlinkage: sorted-neighbourhood window


def _peer_frame(story: Path) -> object:
    import opencc
    import pandas as pd

    t2s = opencc.OpenCC("t2s")
    df = pd.read_csv(story / "mentions.csv", dtype=str, keep_default_na=False)
    df["name_s"] = [t2s.convert(n) for n in df["name"]]
    df["english"] = df["english"].str.lower().replace("", None)
    return df


def run_splink(story: Path, work: Path) -> dict[str, object]:
    import splink.comparison_library as cl
    from splink import Linker, SettingsCreator, block_on
    from splink.backends.duckdb import DuckDBAPI

    started = time.perf_counter()
    df = _peer_frame(story)
    df = df[["mention_id", "name_s", "english"]].rename(columns={"mention_id": "unique_id"})  # type: ignore[index]
    df["first2"] = df["name_s"].str[:2]
    df["last2"] = df["name_s"].str[-2:]
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("name_s", [0.9, 0.8]),
            cl.JaroWinklerAtThresholds("english", [0.9, 0.8]),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("first2"),
            block_on("last2"),
            block_on("english"),
        ],
        retain_intermediate_calculation_columns=False,
    )
    db_api = DuckDBAPI()
    linker = Linker(db_api.register(df), settings, log_level=logging.ERROR)
    linker.training.estimate_probability_two_random_records_match([block_on("name_s")], recall=0.8)
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("first2"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("last2"))
    pairs = linker.inference.predict(threshold_match_probability=MATCH_PROBABILITY)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        pairs, threshold_match_probability=MATCH_PROBABILITY
    ).as_pandas_dataframe()
    predicted = dict(zip(clusters["unique_id"], clusters["cluster_id"].astype(str), strict=True))
    seconds = time.perf_counter() - started
    truth, _ = load_truth(story)
    return result(truth, predicted, seconds, mentions=len(df))


def run_recordlinkage(story: Path, work: Path) -> dict[str, object]:
    import numpy as np
    import recordlinkage
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    started = time.perf_counter()
    df = _peer_frame(story).set_index("mention_id")  # type: ignore[attr-defined]
    indexer = recordlinkage.Index()
    indexer.sortedneighbourhood("name_s", window=SN_WINDOW)
    pairs = indexer.index(df)
    compare = recordlinkage.Compare()
    compare.string("name_s", "name_s", method="jarowinkler", label="name")
    compare.string("english", "english", method="jarowinkler", label="english", missing_value=0.0)
    features = compare.compute(pairs, df)
    matches = features[(features["name"] >= JW_MATCH) | (features["english"] >= JW_MATCH)].index
    position = {key: i for i, key in enumerate(df.index)}
    rows = np.array([position[a] for a, _ in matches], dtype=np.int64)
    cols = np.array([position[b] for _, b in matches], dtype=np.int64)
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(df), len(df)))
    _, labels = connected_components(graph, directed=False)
    predicted = {key: str(label) for key, label in zip(df.index, labels, strict=True)}
    seconds = time.perf_counter() - started
    truth, _ = load_truth(story)
    return result(truth, predicted, seconds, mentions=len(df))

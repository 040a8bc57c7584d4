"""Scoring as gold/score.py scores: matching through aliases, ignore, optional, traps, status."""

from __future__ import annotations

from loaders.evaluation import Totals, norm, score_case

CASE = {
    "id": "c",
    "actors": [
        {"name": "Vladimir Putin", "aliases": ["Putin"]},
        {"name": "Russia", "aliases": ["Moscow", "the Kremlin"]},
        {"name": "Ukraine", "aliases": ["Kyiv"]},
    ],
    "relations": [
        {"source": "Russia", "type": "ATTACKED", "target": "Ukraine", "status": "OCCURRED"},
        {"source": "Vladimir Putin", "type": "MET_WITH", "target": "Russia", "status": "PLANNED"},
    ],
    "optional": [{"source": "Vladimir Putin", "type": "ATTACKED", "target": "Ukraine"}],
    "traps": [{"source": "Ukraine", "type": "ATTACKED", "target": "Russia", "why": "claim"}],
    "ignore": ["Vostochny"],
}


def test_norm_like_score_py() -> None:
    assert norm("The Kremlin") == "kremlin"
    assert norm("Viktor Orbán") == "viktor orban"
    assert norm("U.S.") == "u s"


def test_scores_a_prediction() -> None:
    pred = {
        "actors": [
            {"id": "p", "name": "Putin", "aliases": []},
            {"id": "r", "name": "Russian Federation", "aliases": ["Kremlin"]},
            {"id": "u", "name": "Ukraine", "aliases": []},
            {"id": "v", "name": "Vostochny", "aliases": []},
            {"id": "x", "name": "Naval Group", "aliases": []},
        ],
        "relations": [
            {"source": "r", "type": "ATTACKED", "target": "u", "status": "PLANNED"},
            {"source": "r", "type": "MET_WITH", "target": "p", "status": "PLANNED"},
            {"source": "p", "type": "ATTACKED", "target": "u", "status": "OCCURRED"},
            {"source": "u", "type": "ATTACKED", "target": "r", "status": "OCCURRED"},
            {"source": "x", "type": "CONDEMNED", "target": "r", "status": "OCCURRED"},
        ],
    }
    totals = Totals()
    row = score_case(CASE, pred, totals)
    assert (row.actors_found, row.actors_gold, row.actors_extra) == (3, 3, 1)
    assert (row.relations_found, row.relations_gold) == (2, 2)
    assert row.relations_extra == 2  # the trap, and a relation with an unmatched end
    assert row.traps == 1
    assert totals.status_ok == 1 and totals.status_n == 2
    assert totals.per_type["ATTACKED"] == [1, 1, 0]
    assert totals.per_type["CONDEMNED"] == [0, 1, 0]
    assert round(totals.actor_f1, 3) == round(2 * 3 / (2 * 3 + 1), 3)


def test_nothing_found_scores_zero() -> None:
    totals = Totals()
    score_case(CASE, {"actors": [], "relations": []}, totals)
    assert totals.actor_f1 == 0.0 and totals.relation_f1 == 0.0 and totals.fn_r == 2

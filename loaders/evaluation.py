"""Scoring extractions against gold cases, exactly as the reference scorer gold/score.py does.

Same normalisation (case, accents, punctuation, a leading "the"), same matching (an emitted actor
matches through its name or any alias), same handling of `optional`, `traps` and `ignore`, same
per-type counting, so `diplograph eval` and score.py print the same figures on the same cases.
Pure functions over plain JSON-shaped dicts: the extract JSON of DESIGN.md and the case format of
ANNOTATION.md.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

SYMMETRIC = frozenset({"MET_WITH", "SIGNED_AGREEMENT_WITH"})
Key = tuple[str, ...]


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    text = re.sub(r"[^\w\s]", " ", text.lower())
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(text.split())


def gold_index(actors: list[dict[str, Any]]) -> dict[str, str]:
    """Normalised name or alias -> gold canonical name (the first actor claiming it wins)."""
    index: dict[str, str] = {}
    for actor in actors:
        for name in [actor["name"], *actor.get("aliases", [])]:
            index.setdefault(norm(name), actor["name"])
    return index


def resolve(pred_actor: dict[str, Any], index: dict[str, str]) -> str | None:
    for name in [pred_actor.get("name", ""), *(pred_actor.get("aliases") or [])]:
        if norm(name) in index:
            return index[norm(name)]
    return None


def key(source: str, target: str, rtype: str | None) -> Key:
    if rtype in SYMMETRIC:
        return (str(rtype), *sorted((source, target)))
    return (str(rtype), source, target)


@dataclass
class CaseScore:
    case_id: str
    actors_found: int
    actors_gold: int
    actors_extra: int
    relations_found: int
    relations_gold: int
    relations_extra: int
    traps: int
    missed: list[Key] = field(default_factory=list)
    extra: list[Key] = field(default_factory=list)
    error: str | None = None


@dataclass
class Totals:
    tp_a: int = 0
    fp_a: int = 0
    fn_a: int = 0
    tp_r: int = 0
    fp_r: int = 0
    fn_r: int = 0
    traps: int = 0
    status_ok: int = 0
    status_n: int = 0
    per_type: dict[str, list[int]] = field(default_factory=dict)
    """type -> [tp, fp, fn]"""
    countries: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(("right", "missing", "wrong", "extra"), 0)
    )
    """The state each found gold actor was given, against gold's `country`: right (null for
    null included), missing (gold names a state, none given), wrong (another state), extra (a
    state for an international body or a stateless actor). score.py does not score it; users
    filtering the graph by country see every miss."""
    cases: list[CaseScore] = field(default_factory=list)

    @property
    def actor_f1(self) -> float:
        return f1(self.tp_a, self.fp_a, self.fn_a)

    @property
    def relation_precision(self) -> float:
        n = self.tp_r + self.fp_r
        return self.tp_r / n if n else 0.0

    @property
    def relation_recall(self) -> float:
        n = self.tp_r + self.fn_r
        return self.tp_r / n if n else 0.0

    @property
    def relation_f1(self) -> float:
        return f1(self.tp_r, self.fp_r, self.fn_r)

    @property
    def status_accuracy(self) -> float | None:
        return self.status_ok / self.status_n if self.status_n else None


def f1(tp: int, fp: int, fn: int) -> float:
    return (2 * tp / (2 * tp + fp + fn)) if tp else 0.0


def _bump(per_type: dict[str, list[int]], rtype: object, slot: int) -> None:
    per_type.setdefault(str(rtype), [0, 0, 0])[slot] += 1


def score_case(case: dict[str, Any], pred: dict[str, Any], totals: Totals) -> CaseScore:
    """Score one case's prediction (extract JSON) and add it to the running totals."""
    idx = gold_index(case["actors"])
    ignored = {norm(n) for n in case.get("ignore", [])}
    by_id = {x.get("id"): resolve(x, idx) for x in pred.get("actors", [])}
    got_a = {v for v in by_id.values() if v}
    unmatched_a = sum(
        1
        for x in pred.get("actors", [])
        if not by_id.get(x.get("id")) and norm(x.get("name", "")) not in ignored
    )
    gold_a = {x["name"] for x in case["actors"]}
    _count_countries(case["actors"], pred.get("actors", []), by_id, totals.countries)
    ta = len(got_a & gold_a)
    totals.tp_a += ta
    totals.fp_a += unmatched_a
    totals.fn_a += len(gold_a - got_a)

    def keys(rows: list[dict[str, Any]]) -> set[Key]:
        return {key(r["source"], r["target"], r["type"]) for r in rows}

    gold_r, trap_r = keys(case["relations"]), keys(case.get("traps", []))
    optional_r = keys(case.get("optional", []))
    got_r: set[Key] = set()
    junk = 0
    got_status: dict[Key, Any] = {}
    for r in pred.get("relations", []):
        s, t = by_id.get(r.get("source")), by_id.get(r.get("target"))
        if s and t:
            k = key(s, t, r.get("type"))
            got_r.add(k)
            got_status.setdefault(k, r.get("status"))
        else:
            junk += 1
            _bump(totals.per_type, r.get("type"), 1)
    gold_status = {key(r["source"], r["target"], r["type"]): r["status"] for r in case["relations"]}
    for k in got_r & gold_r:
        totals.status_n += 1
        totals.status_ok += got_status.get(k) == gold_status[k]
        _bump(totals.per_type, k[0], 0)
    for k in got_r - gold_r - optional_r:
        _bump(totals.per_type, k[0], 1)
    for k in gold_r - got_r:
        _bump(totals.per_type, k[0], 2)
    tr, ct = len(got_r & gold_r), len(got_r & trap_r)
    extra = len(got_r - gold_r - optional_r) + junk
    totals.tp_r += tr
    totals.fp_r += extra
    totals.fn_r += len(gold_r - got_r)
    totals.traps += ct
    score = CaseScore(
        case_id=str(case["id"]),
        actors_found=ta,
        actors_gold=len(gold_a),
        actors_extra=unmatched_a,
        relations_found=tr,
        relations_gold=len(gold_r),
        relations_extra=extra,
        traps=ct,
        missed=sorted(gold_r - got_r),
        extra=sorted(got_r - gold_r - optional_r),
    )
    totals.cases.append(score)
    return score


def _count_countries(
    gold: list[dict[str, Any]],
    pred: list[dict[str, Any]],
    by_id: dict[Any, str | None],
    tally: dict[str, int],
) -> None:
    """Once per found gold actor, judged on the first emitted actor that resolves to it."""
    wanted = {x["name"]: x.get("country") for x in gold}
    given: dict[str, str | None] = {}
    for x in pred:
        name = by_id.get(x.get("id"))
        if name and name not in given:
            given[name] = x.get("country")
    for name, got in given.items():
        want = wanted.get(name)
        verdict = (
            "right" if got == want else "missing" if got is None else "extra" if want is None
            else "wrong"
        )  # fmt: skip
        tally[verdict] += 1


def case_input(case: dict[str, Any]) -> tuple[str, str]:
    """What score.py feeds the extractor: (file suffix, content) — the raw page, or the article."""
    import json

    if "html" in case:
        return ".html", str(case["html"])
    article = {k: case[k] for k in ("id", "title", "published", "text") if k in case}
    return ".json", json.dumps(article)

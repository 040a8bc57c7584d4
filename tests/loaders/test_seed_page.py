"""The page the project was created from: the relations its main story states, and nothing from
the teasers of other stories printed below it (issue: Loaders, "Done when")."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.pipeline import Extractor
from loaders.sources import load_one
from schema.models import Article, Extraction
from schema.ontology import RelationType as R
from schema.ontology import Status

pytestmark = pytest.mark.model
SEED = Path(__file__).resolve().parent / "sources" / "data" / "seed_page.txt"


@pytest.fixture(scope="module")
def seed() -> Extraction:
    article = load_one(str(SEED))
    assert isinstance(article, Article), article
    return Extractor.load().extract(article)


def _facts(extraction: Extraction) -> set[tuple[str, R, str, Status]]:
    names = {a.id: a.name for a in extraction.actors}
    return {
        (names[r.source_id], r.type, names[r.target_id], r.status) for r in extraction.relations
    }


def _has(extraction: Extraction, source: str, rtype: R, target: str, status: Status) -> bool:
    facts = _facts(extraction)
    if rtype.symmetric:
        return (source, rtype, target, status) in facts or (target, rtype, source, status) in facts
    return (source, rtype, target, status) in facts


@pytest.mark.parametrize(
    ("source", "rtype", "target", "status"),
    [
        ("Antony Blinken", R.MET_WITH, "Sergey Lavrov", Status.PLANNED),
        ("Russia", R.DETAINED, "Brittney Griner", Status.OCCURRED),
        ("Russia", R.DETAINED, "Paul Whelan", Status.OCCURRED),
        ("Sergey Lavrov", R.VISITED, "Egypt", Status.OCCURRED),
        ("Sergey Lavrov", R.VISITED, "Uganda", Status.OCCURRED),
        ("Sergey Lavrov", R.VISITED, "Ethiopia", Status.OCCURRED),
        ("Emmanuel Macron", R.CONDEMNED, "Russia", Status.OCCURRED),
        ("Victor Orban", R.URGED, "United States", Status.OCCURRED),
        ("Victor Orban", R.URGED, "Russia", Status.OCCURRED),
    ],
)
def test_the_main_story_states(
    seed: Extraction, source: str, rtype: R, target: str, status: Status
) -> None:
    assert _has(seed, source, rtype, target, status), sorted(_facts(seed))


def test_lavrov_visited_the_republic_of_the_congo(seed: Extraction) -> None:
    congo = next(a for a in seed.actors if a.country == "COG")
    lavrov = next(a for a in seed.actors if a.name == "Sergey Lavrov")
    assert any(
        r.source_id == lavrov.id and r.type == R.VISITED and r.target_id == congo.id
        for r in seed.relations
    )


def test_no_relation_comes_from_the_teasers(seed: Extraction) -> None:
    teaser_names = {"Marco Rubio", "Qasim al-Araji", "Rapid Support Forces", "Iraq", "Sudan"}
    assert not {a.name for a in seed.actors} & teaser_names
    sentences = " ".join(e.sentence for r in seed.relations for e in r.evidence)
    for teaser_word in ("tariff", "Kurdistan", "drone", "parallel government"):
        assert teaser_word not in sentences


def test_what_the_story_rules_out_is_not_extracted(seed: Extraction) -> None:
    facts = _facts(seed)
    # "will not be a negotiation about Ukraine"; "African leaders who refuse to condemn"
    assert not any(t == "Ukraine" and r == R.MET_WITH for _, r, t, _ in facts)
    assert not any(r == R.CONDEMNED and s != "Emmanuel Macron" for s, r, _, _ in facts)

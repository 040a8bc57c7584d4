"""People listed with their states ("A of X, B of Y and C of Z"): the small NER tags a late
name in such a list as an organization, or folds the state into it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

from tests.loaders.actors.conftest import spans

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The monitors — Helen Clark of New Zealand, Mary Robinson of Ireland and Festus Mogae "
            "of Botswana — reached Juba on Monday.",
            "Festus Mogae",
        ),
        (
            "Former leaders John Kufuor of Ghana and Kgosi Masire of Botswana arrived in Harare.",
            "Kgosi Masire",
        ),
        (
            "The observers, former presidents Joaquim Chissano of Mozambique, Ellen Johnson "
            "Sirleaf of Liberia and Kgalema Motlanthe of South Africa, arrived in Juba.",
            "Kgalema Motlanthe",
        ),
    ],
)
def test_a_name_listed_with_its_state_like_the_others_is_a_person(
    actor_nlp: Language, text: str, name: str
) -> None:
    assert spans(actor_nlp(text)).get(name, "").startswith("person:")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Talks between Ana Cruz and Banco Nacional of Peru stalled.", "Banco Nacional"),
        ("Mediators Ana Cruz of Peru and Orion Holdings of Chile signed it.", "Orion Holdings"),
    ],
)
def test_a_body_listed_with_a_person_stays_no_person(
    actor_nlp: Language, text: str, body: str
) -> None:
    found = spans(actor_nlp(text))
    assert not any(body in words and i.startswith("person:") for words, i in found.items())

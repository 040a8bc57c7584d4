"""What the text itself says of a person's gender: an address or rank before the name, a
gendered noun in apposition; a possessive or a lower-case word says nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from loaders.actors.person_gender import person_genders

pytestmark = pytest.mark.model


def _genders(actor_nlp: Language, text: str) -> dict[str, str]:
    doc = actor_nlp(text)
    people = [m for m in doc._.mentions if m.actor_id.startswith("person:")]
    return person_genders(doc, people)


def test_an_address_and_an_apposition_mark_gender(actor_nlp: Language) -> None:
    found = _genders(
        actor_nlp,
        "Mrs Helga Brandt met Mr Tomas Berger in Vienna. Her husband, Karl Brandt, said the "
        "talks had gone well.",
    )
    assert found.get("person:helga-brandt") == "f"
    assert found.get("person:tomas-berger") == "m"
    assert found.get("person:karl-brandt") == "m"


def test_a_possessor_of_a_gendered_noun_is_not_marked(actor_nlp: Language) -> None:
    found = _genders(
        actor_nlp,
        "President Viktor Orban's spokeswoman said on Monday that the talks had gone well.",
    )
    assert "person:viktor-orban" not in found

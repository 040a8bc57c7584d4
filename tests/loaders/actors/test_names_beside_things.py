"""Names that are no person where they stand: a name before a place, document or government noun
("Imam Khomeini airport", "a Biden administration envoy"), a form of address ("His Majesty");
and the words around names that are posts
("NASA Administrator", "Brig. Gen.") or the Chinese family name "He" that looks like a pronoun."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

pytestmark = pytest.mark.model


def people(doc: Doc) -> set[str]:
    return {a.name for a in doc._.actors.values() if a.kind.value == "PERSON"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The reporter was held on landing at Imam Khomeini airport last spring.", "Khomeini"),
        ("A senior Obama administration envoy toured the camps in Jordan.", "Obama"),
        ('"His Majesty wants a deal soon," the envoy told reporters in Riyadh.', "Majesty"),
    ],
)
def test_a_name_that_names_no_actor_here(actor_nlp: Language, text: str, absent: str) -> None:
    assert not any(absent in name for name in people(actor_nlp(text)))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # whose death it was can be the story itself: the person stays an actor
        ("Protests spread after the death of Mahnaz Karimi in police custody.", "Mahnaz Karimi"),
        ("President Barack Obama toured the camps in Jordan on Monday.", "Obama"),
        ("Pope Benedict received the Polish president in Rome.", "Benedict"),
    ],
)
def test_the_same_names_acting_stay_people(actor_nlp: Language, text: str, name: str) -> None:
    assert any(name in found for found in people(actor_nlp(text)))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NASA Administrator Jim Kerrow called the test reckless.", "Jim Kerrow"),
        ("Army spokesman Brig. Gen. Dan Ortel thanked both governments.", "Dan Ortel"),
        ("Hardliner Reza Tavakoli will be sworn in as speaker next week.", "Reza Tavakoli"),
        ("Chinese Vice Premier Wu He met the American trade envoy in Geneva.", "Wu He"),
        ("The talks resume as Vice Premier Wu He is due in Paris on Monday.", "Wu He"),
    ],
)
def test_post_words_and_the_family_name_he(actor_nlp: Language, text: str, name: str) -> None:
    found = people(actor_nlp(text))
    assert name in found
    assert not any(name != other and name in other for other in found)
    assert "Brig" not in found

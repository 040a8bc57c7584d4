"""What comes before a name and is no part of it: a legal post, an academic title, a rank
written without full stops, a sentence-opening participle; and a generational suffix after it.
Each left in the name made a second node for one person across articles ("Prof Turnell" beside
"Sean Turnell")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from loaders.actors.people import _before_inner_possessive

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model


def people(doc: Doc) -> set[str]:
    return {a.name for a in doc._.actors.values() if a.kind.value == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The court heard from Prof Alan Brewer, who was held for months.", "Alan Brewer"),
        ("Special Counsel Martha Quinlan said the inquiry was over.", "Martha Quinlan"),
        ("ICC Prosecutor Pierre Lamonde asked for arrest warrants.", "Pierre Lamonde"),
        ("Sayyed Hassan Fadlallah said the group would respond.", "Hassan Fadlallah"),
        ("Maj Gen Thant Zaw said the prisoners would be freed.", "Thant Zaw"),
    ],
)
def test_a_title_before_the_name_is_no_part_of_it(
    actor_nlp: Language, text: str, name: str
) -> None:
    assert people(actor_nlp(text)) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "Welcoming Olaf Brandt to the chancellery, the president said the two "
        "nations were close allies.",
        "Addressing Maria Santos at the opening session, the minister praised her government.",
    ],
)
def test_an_opening_participle_is_no_part_of_the_name(actor_nlp: Language, text: str) -> None:
    assert not any(name.split()[0].endswith("ing") for name in people(actor_nlp(text)))


def test_a_surname_refers_back_past_a_generational_suffix(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "President Joe Biden met Philippine President Ferdinand Marcos Jr. on Monday. "
        "Marcos said the alliance was strong."
    )
    assert people(doc) == {"Joe Biden", "Ferdinand Marcos Jr."}
    marcos = next(i for i, a in doc._.actors.items() if a.name == "Ferdinand Marcos Jr.")
    assert {m.actor_id for m in doc._.mentions if doc[m.start : m.end].text == "Marcos"} == {marcos}


def test_a_short_ing_name_is_kept(actor_nlp: Language) -> None:
    assert "Mao Ning" in people(
        actor_nlp("Mao Ning told reporters in Beijing the talks went well.")
    )


def test_a_name_the_ner_ran_past_its_possessive_ends_there() -> None:
    """The NER's "Volodymyr Zelenskiy's Oval" (one span, seen on a news article): the name is
    the words before "'s"; a possessive at the end is trimmed elsewhere."""
    words = ["after", "Oleh", "Marchuk", "'s", "Oval", "Office", "meeting"]
    doc = Doc(Vocab(), words=words)
    assert _before_inner_possessive(doc, 1, 5) == 3  # "Oleh Marchuk"
    assert _before_inner_possessive(doc, 1, 4) == 4  # "Oleh Marchuk's": trimmed later
    assert _before_inner_possessive(doc, 1, 3) == 3

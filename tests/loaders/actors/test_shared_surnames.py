"""People who share a surname stay two people, and a bare surname after them names only the
clear antecedent; a known surname opening a sentence before a comma aside is still the person."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

pytestmark = pytest.mark.model


def people(doc: Doc) -> set[str]:
    return {a.name for a in doc._.actors.values() if a.kind.value == "PERSON"}


def named(doc: Doc, text: str) -> list[str]:
    """The actors each occurrence of `text` refers to, in order."""
    return [m.actor_id for m in doc._.mentions if doc[m.start : m.end].text == text]


def test_relatives_sharing_a_surname_are_two_people(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "The freed prisoners included the former candidates Cristiana Chamorro, Felix "
        "Maradiaga, Juan Sebastian Chamorro and Medardo Mairena."
    )
    assert {"Cristiana Chamorro", "Juan Sebastian Chamorro"} <= people(doc)
    assert named(doc, "Cristiana Chamorro") == ["person:cristiana-chamorro"]


def test_a_bare_surname_after_both_namesakes_names_nobody(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Police detained Cristiana Chamorro and Juan Sebastian Chamorro, two former "
        "presidential hopefuls, in June. Chamorro denied the charges through a lawyer."
    )
    assert people(doc) == {"Cristiana Chamorro", "Juan Sebastian Chamorro"}
    assert named(doc, "Chamorro") == []


def test_an_undecided_surname_is_no_body_either(actor_nlp: Language) -> None:
    """Negative: the NER calls the bare "Chamorro" an organization; it still names nobody."""
    doc = actor_nlp(
        "Police detained Cristiana Chamorro and Juan Sebastian Chamorro in June. The court "
        "rejected an appeal by Chamorro."
    )
    assert {a.kind.value for a in doc._.actors.values()} == {"PERSON"}
    assert named(doc, "Chamorro") == []


def test_a_bare_surname_stays_with_the_principal_not_a_relative(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Police detained Cristiana Chamorro in Managua. Reporters later spoke to her "
        "brother, Pedro Joaquin Chamorro, outside the court. Chamorro denied the charges."
    )
    assert people(doc) == {"Cristiana Chamorro", "Pedro Joaquin Chamorro"}
    assert named(doc, "Chamorro") == ["person:cristiana-chamorro"]


def test_a_later_namesake_does_not_take_an_earlier_bare_surname(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Police detained Cristiana Chamorro in Managua. Chamorro denied the charges. Her "
        "brother, Pedro Joaquin Chamorro, said she was innocent."
    )
    assert named(doc, "Chamorro") == ["person:cristiana-chamorro"]


def test_a_bare_surname_names_the_one_namesake_just_named(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Cristiana Chamorro was placed under house arrest in Managua last June. "
        "Days later police also detained Juan Sebastian Chamorro, a former presidential "
        "hopeful. Juan Sebastian Chamorro said the charges were false, and Chamorro later "
        "appealed."
    )
    assert people(doc) == {"Cristiana Chamorro", "Juan Sebastian Chamorro"}
    assert named(doc, "Chamorro") == ["person:juan-sebastian-chamorro"]


def test_one_person_with_a_surname_still_takes_it(actor_nlp: Language) -> None:
    """Negative: with one bearer the bare surname is that person, however far back."""
    doc = actor_nlp(
        "Police arrested Juan Sebastian Chamorro on Monday. The arrest drew protests abroad. "
        "Washington condemned it. Chamorro had planned to run for president."
    )
    assert people(doc) == {"Juan Sebastian Chamorro"}
    assert named(doc, "Chamorro") == ["person:juan-sebastian-chamorro"]


def test_a_shorter_form_of_one_name_is_no_relative(actor_nlp: Language) -> None:
    """Negative: "Sebastian Chamorro" after "Juan Sebastian Chamorro" is the same man."""
    doc = actor_nlp(
        "Police arrested Juan Sebastian Chamorro on Monday. Sebastian Chamorro had planned to "
        "run for president."
    )
    assert people(doc) == {"Juan Sebastian Chamorro"}


@pytest.mark.parametrize(
    ("title", "name", "aside"),
    [
        ("Serbian President", "Aleksandar Vucic", "for his part"),
        ("Hungarian Prime Minister", "Viktor Orban", "for his part"),
        ("Hungarian Prime Minister", "Viktor Orban", "however"),
        ("Kosovo Prime Minister", "Albin Kurti", "in a statement"),
    ],
)
def test_a_known_surname_before_a_comma_aside_is_the_person(
    actor_nlp: Language, title: str, name: str, aside: str
) -> None:
    surname = name.split()[-1]
    doc = actor_nlp(
        f"{title} {name} met the envoys on Monday. The talks lasted for hours. "
        f"{surname}, {aside}, said a deal was close."
    )
    ident = "person:" + name.lower().replace(" ", "-")
    assert named(doc, surname) == [ident]


def test_an_unknown_word_before_a_comma_aside_is_nobody(actor_nlp: Language) -> None:
    """Negative: a sentence-opening word before an aside that no one of the article bears."""
    doc = actor_nlp(
        "Hungarian Prime Minister Viktor Orban met the envoys on Monday. Meanwhile, for his "
        "part, the minister said a deal was close."
    )
    assert people(doc) == {"Viktor Orban"}
    assert named(doc, "Meanwhile") == []

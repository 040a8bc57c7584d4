"""Modality on its own: what happened, what is firmly planned, and what records nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from loaders.relations.modality import noun_status, verb_status
from schema.ontology import Status

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model


def _status(nlp: Language, text: str, word: str) -> Status | None:
    doc = nlp.make_doc(text)
    for _name, proc in nlp.pipeline[:-1]:
        doc = proc(doc)
    token = next(t for t in doc if t.text == word)
    if token.pos_ == "NOUN":
        return noun_status(token)
    return verb_status(token)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Putin met Kim on Wednesday.", "met"),
        ("Biden said Washington imposed sanctions on Moscow.", "imposed"),
        ("Kurti criticised Serbia for refusing to sign.", "criticised"),
        ("Yoon became the first president in 12 years to travel to Japan.", "travel"),
        ("France condemned the offensive and called on Baku to halt it.", "called"),
        ("Israel freed the men it said were innocent and thanked Egypt.", "thanked"),
        ("Prigozhin called off his revolt under a deal brokered by Minsk.", "brokered"),
        ("In a call with Lavrov, Blinken urged him to stop.", "call"),
        ("Kim called Putin's mediation a miracle.", "mediation"),
        ("Egypt welcomed the resumption of negotiations between the two sides.", "negotiations"),
    ],
)
def test_occurred(nlp: Language, text: str, word: str) -> None:
    assert _status(nlp, text, word) is Status.OCCURRED


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Biden will meet Zelensky in Kyiv.", "meet"),
        ("Wang is due to hold talks with Lavrov on Wednesday.", "hold"),
        ("Putin is set to visit China next month.", "visit"),
        ("Blinken is scheduled to meet Lavrov.", "meet"),
    ],
)
def test_planned(nlp: Language, text: str, word: str) -> None:
    assert _status(nlp, text, word) is Status.PLANNED


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Biden did not meet Putin.", "meet"),
        ("Lavrov never visited Kyiv.", "visited"),
        ("China declined to condemn Russia.", "condemn"),
        ("Washington would not hesitate to impose sanctions if appropriate.", "impose"),
        ("Iran threatened to attack Israel.", "attack"),
        ("Qatar could mediate between the two sides.", "mediate"),
        ("If Kyiv agrees, Moscow might meet Kyiv.", "meet"),
        ("Officials hoped that Iran would release the prisoners.", "release"),
        ("Would Moscow sign the deal?", "sign"),
        ("Xi was preparing to visit Moscow.", "visit"),
        ("Washington denied meeting Iranian officials.", "meeting"),
        ("Putin accused Washington of attacking Russia.", "attacking"),
        ("Analysts say Moscow will sign a deal with Tehran.", "sign"),
        ("The Kremlin has not said whether Putin will receive him.", "receive"),
        ("Japan listed ten entities it said supported Russia's army.", "supported"),
        ("Kim asked for Putin's mediation.", "mediation"),
        ("Egypt called for the resumption of negotiations between the two sides.", "negotiations"),
        ("Egypt encouraged the start of negotiations between the two sides.", "negotiations"),
        ("Egypt encouraged negotiations between the two sides.", "negotiations"),
    ],
)
def test_nothing(nlp: Language, text: str, word: str) -> None:
    assert _status(nlp, text, word) is None


def test_negated_noun_records_nothing(nlp: Language) -> None:
    assert _status(nlp, "No agreements were announced.", "agreements") is None


def test_possible_deal_records_nothing(nlp: Language) -> None:
    assert _status(nlp, "They discussed a possible deal.", "deal") is None


def test_adverbial_clause_of_a_non_factive_verb_is_asserted(nlp: Language) -> None:
    text = "She said the deal had been negotiated by Moscow, while thanking Qatar for its help."
    assert _status(nlp, text, "thanking") is Status.OCCURRED

"""A body whose own name holds its state's name or demonym belongs to that state: "the Danish
Security Service", "the Bank of Poland"; a name with two states, a "-led" compound or a region's
demonym gives no state."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model


def _countries(nlp: Language, text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in nlp(text)._.actors.values()}


def test_a_demonym_opening_the_name_gives_the_body_its_state(actor_nlp: Language) -> None:
    found = _countries(
        actor_nlp, "The Danish Security Service arrested two men suspected of spying."
    )
    assert found.get("Danish Security Service") == "DNK"


def test_a_state_name_opening_the_name_gives_the_body_its_state(actor_nlp: Language) -> None:
    found = _countries(actor_nlp, "The U.S. Navy intercepted the weapons shipment on Sunday.")
    assert found.get("U.S. Navy") == "USA"


def test_a_state_closing_a_bank_s_name_is_its_owner(actor_nlp: Language) -> None:
    found = _countries(actor_nlp, "The National Bank of Poland raised its key rate again.")
    assert found.get("National Bank of Poland") == "POL"


def test_a_party_named_after_its_state_belongs_to_it(actor_nlp: Language) -> None:
    found = _countries(
        actor_nlp, "Critics said the Vietnamese Communist Party had tightened control of the press."
    )
    assert found.get("Vietnamese Communist Party") == "VNM"


def test_a_body_of_two_states_gets_no_state(actor_nlp: Language) -> None:
    found = _countries(actor_nlp, "The U.S.-China Business Council welcomed the trade deal.")
    assert found.get("U.S.-China Business Council") is None


def test_a_regions_demonym_is_no_state(actor_nlp: Language) -> None:
    found = _countries(
        actor_nlp, "The Organization of American States condemned the disputed election."
    )
    assert found.get("Organization of American States") is None


def test_a_state_name_before_a_topic_word_is_no_owner(actor_nlp: Language) -> None:
    found = _countries(
        actor_nlp, "The Ukraine Defense Contact Group met in Ramstein to pledge more air defence."
    )
    assert found.get("Ukraine Defense Contact Group") is None


def test_a_capital_named_court_sits_in_its_state(actor_nlp: Language) -> None:
    found = _countries(actor_nlp, "The Minsk City Court jailed the blogger for six years.")
    assert found.get("Minsk City Court") == "BLR"


def test_the_guards_named_again_bare_are_still_the_corps(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Iran's Revolutionary Guards detained a fishing boat on Tuesday. The Guards said its "
        "crew had smuggled fuel."
    )
    names = {a.name: a.country for a in doc._.actors.values()}
    assert names.get("Islamic Revolutionary Guard Corps") == "IRN"
    assert "Guards" not in names

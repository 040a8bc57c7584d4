"""A body named after "of" whose property is acted on is a party itself: "froze the assets
of Rostok Bank", "hacked the computers of the party"; not the forum on whose sidelines one met."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model


def _names(nlp: Language, text: str) -> set[str]:
    return {a.name for a in nlp(text)._.actors.values()}


def test_the_owner_of_what_is_acted_on_is_an_actor(actor_nlp: Language) -> None:
    names = _names(
        actor_nlp, "Tokyo froze the assets of Rostok Bank and two other lenders on Friday."
    )
    assert "Rostok Bank" in names


def test_a_body_whose_computers_are_hacked_is_an_actor(actor_nlp: Language) -> None:
    names = _names(
        actor_nlp,
        "Russian agents hacked the computers of the Radiant Future Party before the vote.",
    )
    assert "Radiant Future Party" in names


def test_the_forum_on_whose_sidelines_they_met_stays_out(actor_nlp: Language) -> None:
    names = _names(
        actor_nlp,
        "The two ministers met on the sidelines of the Baltic Security Forum on Saturday.",
    )
    assert not any("Forum" in name for name in names)


def test_a_body_named_only_in_an_adjunct_stays_out(actor_nlp: Language) -> None:
    names = _names(
        actor_nlp,
        "The minister spoke for an hour, in the spirit of the Helsinki Final Act.",
    )
    assert not any("Helsinki" in name for name in names)

"""A body named just before a comma and a person's name is not the person's post."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

    from schema.models import Actor


def nlp_actor(nlp: Language, text: str, ident: str) -> Actor:
    actor: Actor = nlp(text)._.actors[ident]
    return actor


@pytest.mark.model
def test_a_ministry_quoted_before_the_minister_is_no_name_of_him(actor_nlp: Language) -> None:
    text = (
        "Deputy Foreign Minister Abbas Araghchi received the envoy on Sunday. According to "
        "Iran's foreign ministry, Araghchi told his visitor that the case was closed."
    )
    araghchi = nlp_actor(actor_nlp, text, "person:abbas-araghchi")
    assert "Iran's foreign ministry" not in araghchi.aliases


@pytest.mark.model
def test_the_head_of_a_department_holds_no_post_named_after_it(actor_nlp: Language) -> None:
    text = (
        "The head of Chile's foreign affairs department, Laura Pinto, phoned the ambassador "
        "to object to his remarks."
    )
    pinto = nlp_actor(actor_nlp, text, "person:laura-pinto")
    assert not any("department" in alias for alias in pinto.aliases)
    assert not any("department" in role.title.lower() for role in pinto.roles)


@pytest.mark.model
def test_a_spokesman_of_the_ministry_keeps_his_post(actor_nlp: Language) -> None:
    text = "China's foreign ministry spokesman, Li Wen, said the move was wrong."
    li = nlp_actor(actor_nlp, text, "person:li-wen")
    assert li.country == "CHN"
    assert "China's foreign ministry spokesman" in li.aliases

"""Definite descriptions of a body or state named before ("the group", "the junta", "the
kingdom"), read through the whole extractor on sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an apposition names the group
            "Hezbollah, the armed group that dominates southern Lebanon, fired rockets overnight. "
            "Israel blamed the group for the attack.",
            ("Israel", "ACCUSED", "Hezbollah"),
        ),
        (  # an indefinite apposition names it too
            "M23, a rebel group, seized the border town. Angola condemned the rebels on Sunday.",
            ("Angola", "CONDEMNED", "M23"),
        ),
        (  # by kind: the one armed group named before
            "The Taliban took a British aid worker into custody. London urged the group to free "
            "him.",
            ("United Kingdom", "URGED", "Taliban"),
        ),
        (
            "Sudan's army and the Rapid Support Forces fought in Khartoum. Washington imposed "
            "sanctions on the paramilitary group.",
            ("United States", "SANCTIONED", "Rapid Support Forces"),
        ),
        (
            "The Houthis, an Iran-aligned movement, fired missiles at tankers. Britain "
            "sanctioned the movement on Friday.",
            ("United Kingdom", "SANCTIONED", "Houthis"),
        ),
        (  # a body that names itself
            "The junta, which calls itself the National Council for the Defence of the Homeland "
            "(CNDH), said the vote was off. Ghana urged the junta to restore civilian rule.",
            ("Ghana", "URGED", "National Council for the Defence of the Homeland"),
        ),
        (  # a state's military rule is the state when no body of its own is named
            "Mali's military government expelled a French diplomat. Senegal urged the junta to "
            "hold elections.",
            ("Senegal", "URGED", "Mali"),
        ),
        (
            "Saudi Arabia hosted the ceasefire talks. The kingdom condemned Israel on Monday.",
            ("Saudi Arabia", "CONDEMNED", "Israel"),
        ),
        (
            "China sent warships around Taiwan. Beijing accused the island of provocations.",
            ("China", "ACCUSED", "Taiwan"),
        ),
        (
            "UN chief Antonio Guterres addressed the summit. Moscow accused the world body of "
            "bias.",
            ("Russia", "ACCUSED", "United Nations"),
        ),
        (  # a body word: the one body with that word in its name
            "The International Criminal Court issued a warrant for Putin. Moscow condemned the "
            "court.",
            ("Russia", "CONDEMNED", "International Criminal Court"),
        ),
    ],
)
def test_a_description_is_the_body_named_before(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (  # two armed groups named before: ambiguous
            "Hamas and Hezbollah praised the attack. Israel accused the group of lying.",
            {("Israel", "ACCUSED", "Hamas"), ("Israel", "ACCUSED", "Hezbollah")},
        ),
        (  # two kingdoms named before: ambiguous
            "Morocco and Saudi Arabia signed a deal. The kingdom condemned Spain.",
            {("Morocco", "CONDEMNED", "Spain"), ("Saudi Arabia", "CONDEMNED", "Spain")},
        ),
        (  # a "group of" something is no armed group's anaphor
            "Hamas attacked a convoy. Egypt hosted the group of Arab states and criticised the "
            "group.",
            {("Egypt", "CONDEMNED", "Hamas")},
        ),
        (  # an indefinite "a group" is no anaphor
            "Hamas fired rockets. Israel accused a group of settlers of arson.",
            {("Israel", "ACCUSED", "Hamas")},
        ),
        (  # no state's military rule was named
            "Mali and Myanmar signed a trade pact. Russia condemned the junta.",
            {("Russia", "CONDEMNED", "Mali"), ("Russia", "CONDEMNED", "Myanmar")},
        ),
        (  # the description comes first: no antecedent
            "Israel accused the group of stalling. Hamas, the militant group, denied it.",
            {("Israel", "ACCUSED", "Hamas")},
        ),
        (  # the group's leader is a person, not the group
            "The Taliban held an American. The United States urged the group leader to free him.",
            {("United States", "URGED", "Taliban")},
        ),
        (  # a body word no body of the article carries
            "The International Criminal Court opened a case. Russia condemned the tribunal.",
            {("Russia", "CONDEMNED", "International Criminal Court")},
        ),
    ],
)
def test_a_description_without_one_antecedent_names_nobody(
    extractor: Extractor, text: str, unwanted: set[tuple[str, str, str]]
) -> None:
    assert not unwanted & extracted_triples(extractor, text)

""" "X said Y had struck the hospital, calling it a blatant violation": the "it" a teller labels
an event takes up the act of the clause told, so its doer is condemned, and the teller (not
that doer) does the labelling, though the parser hangs "calling" on the told verb
(act_agents.labelled_verb_act, said_and_did.speaker_of_answer), on sentences of our own
wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Blinken said Russia had struck the hospital with two missiles, calling it a blatant "
        "violation of the laws of war.",
        "Blinken said Russia had shelled the school, calling it an act of aggression.",
        # the act told under a judgement of its likelihood: the label is still the teller's
        "Blinken said it was almost certain that Russia had struck the hospital, calling it a "
        "deliberate strike and a clear breach of international law.",
    ],
)
def test_the_labelled_act_condemns_its_teller_named_doer(read: Reader, text: str) -> None:
    found = triples(read(text))
    assert ("Antony Blinken", "CONDEMNED", "Russia") in found
    assert ("Russia", "CONDEMNED", "Russia") not in found


@pytest.mark.parametrize(
    "text",
    [
        # a label for a thing, not an event: the hospital, not the strike
        "Blinken said Russia had struck the hospital, calling it a disgrace to the city.",
        # the doer labels its own act: nobody condemned
        "Russia struck the power station overnight, calling it a legitimate target.",
    ],
)
def test_no_condemnation_without_an_event_label_by_another(read: Reader, text: str) -> None:
    assert not [t for t in triples(read(text)) if t[1] == "CONDEMNED"]

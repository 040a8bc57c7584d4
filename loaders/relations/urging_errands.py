"""An urging a trip, meeting or letter was made for: "travelled to Washington to press Trump to
stay in the deal", "flew to Sochi to press Putin to return to the arrangement", "met the
premier to urge him to end the war". News states the errand's purpose as what was done on it,
so the urging happened when the trip or meeting did (its own status still rules: "will fly to
Sochi to press Putin" is planned, "plans to fly ... to press" nothing), and its doer is the
traveller, not the object of the meeting (which the parser may read as the controller of an
object-control infinitive). Only urging verbs read so: "flew to Kyiv to sign a deal" states an
aim, not a signing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.arguments import to_infinitive
from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

URGING_PURPOSES = words("press urge lobby")
"""Urging verbs read as done on the errand made for them."""
ERRANDS = words("travel fly go come visit meet call phone telephone speak talk write arrive")
"""Verbs of a trip, a meeting or a message, whose purpose is carried out on them."""


def urging_errand(verb: Token) -> bool:
    """The verb is an urging to-infinitive stating the purpose of a trip, meeting or message."""
    if verb.dep_ not in ("advcl", "xcomp") or not to_infinitive(verb):
        return False
    head = verb.head
    return verb.lemma_.lower() in URGING_PURPOSES and head.lemma_.lower() in ERRANDS

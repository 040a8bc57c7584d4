"""An act done with something put to use for it: "Russia used drones to strike Kyiv", "drones
that Moscow has used to strike Ukrainian cities". The infinitive is the purpose the thing
served, so the act happened when the use did, and its doer is the user, not the thing used
(which the parser reads as the controller of an object-control infinitive)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.arguments import to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token


def _instrument_used(use: Token) -> bool:
    """ "used drones to ...", "which Moscow used to ...": a thing is named as the means
    (object or relative gap); bare habitual "used to strike" names none and is not read."""
    if use.lemma_.lower() != "use" or use.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" for c in use.children) or use.dep_ == "relcl"


def used_for(verb: Token) -> bool:
    """The verb is the to-infinitive purpose of a use of something: "used X to strike Y"."""
    link = verb.dep_ in ("xcomp", "advcl")
    return link and to_infinitive(verb) and _instrument_used(verb.head)

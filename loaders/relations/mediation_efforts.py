"""A mediation effort under way: "Egypt has been working to mediate between Israel and Hamas".

"trying to broker a deal between A and B", "working alongside Qatar to mediate between A and B":
the infinitive of an effort verb is no fact in general ("tried to enter the country"), but a
mediator trying to bring two sides together is already mediating between them, which is what
MEDIATED records. Only an effort told as going on counts ("is trying", "has been working"): a
bare "tried to mediate a truce, but the effort failed" tells of an attempt that came to nothing.
The effort verb's own modality still decides: "did not try to mediate" and "offered to mediate"
(no effort verb) stay silent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.arguments import to_infinitive
from loaders.relations.lexicon import words
from loaders.relations.modality import verb_status

if TYPE_CHECKING:
    from spacy.tokens import Token

    from schema.ontology import Status

_MEDIATING = words("broker mediate facilitate")
_EFFORTS = words("try attempt work strive endeavour endeavor labour labor")


def effort_status(verb: Token) -> Status | None:
    """The status of a mediating infinitive under an effort verb, else None."""
    if verb.lemma_.lower() not in _MEDIATING or not to_infinitive(verb):
        return None
    gov = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or gov.lemma_.lower() not in _EFFORTS:
        return None
    if gov.tag_ != "VBG":  # "has been trying", "are working"; not "tried to ... but failed"
        return None
    return verb_status(gov)

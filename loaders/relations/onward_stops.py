"""The further stops of a trip the parser hangs away from the motion verb.

"travels on to Djibouti and Kenya": the parser hangs "to" on "on", not on the verb.
"is due to travel to El Salvador, and then to Costa Rica and Guatemala": the second "to" is a
conjunct of the clause's root, not of the first "to". Both name places the traveller goes to,
as the first destination does. A present-tense "travels on to" in news tells the rest of a
schedule, not a past trip: it is PLANNED.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from schema.ontology import Status

if TYPE_CHECKING:
    from spacy.tokens import Token

_ONWARD = frozenset({"on", "onward", "onwards"})
_PRESENT = frozenset({"VBZ", "VBP"})


def _onward_preps(verb: Token, prep: str) -> list[Token]:
    """ "travels on to X": the "to" under the "on" the verb governs."""
    return [
        p
        for on in verb.children
        if on.lower_ in _ONWARD and on.dep_ in ("prep", "advmod", "prt")
        for p in on.children
        if p.dep_ == "prep" and p.lower_ == prep
    ]


def _later_coordinated_preps(verb: Token, prep: str) -> list[Token]:
    """ "travel to A, and then to B": a "to" coordinated with the clause above the verb, after
    the verb's own "to", in the same sentence."""
    own = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == prep]
    if not own:
        return []
    above = {verb.i, *(a.i for a in verb.ancestors)}
    return [
        t
        for t in verb.sent
        if t.i > own[0].i and t.dep_ == "conj" and t.lower_ == prep and t.head.i in above
    ]


def onward_destinations(verb: Token, prep: str) -> list[Token]:
    """The places named by a motion verb's further "to" phrases (see the module's docstring)."""
    preps = _onward_preps(verb, prep) + _later_coordinated_preps(verb, prep)
    return [
        member
        for p in preps
        for pobj in p.children
        if pobj.dep_ == "pobj"
        for member in arg.listed(pobj)
    ]


def onward_in_present(verb: Token) -> bool:
    """ "Tillerson travels on to Djibouti": the schedule's next leg, told in the present."""
    has_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.tag_ in _PRESENT and not has_aux and bool(_onward_preps(verb, "to"))


def onward_status(verb: Token, status: Status) -> Status:
    """PLANNED for a present-tense onward leg; otherwise the status read so far."""
    return Status.PLANNED if onward_in_present(verb) else status
